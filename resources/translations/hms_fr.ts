<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>ActionFeedback</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/action_feedback.py" line="+24" />
            <source>Checked in at %1: %2 (%3 with %4).</source>
            <translation>Arrivée enregistrée à %1 : %2 (%3 avec %4).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Called in at %1: %2 (%3 with %4).</source>
            <translation>Appel en consultation à %1 : %2 (%3 avec %4).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed at %1: %2 (%3 with %4).</source>
            <translation>Terminé à %1 : %2 (%3 avec %4).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marked as no-show at %1: %2 (%3 with %4).</source>
            <translation>Marqué absent à %1 : %2 (%3 avec %4).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled at %1: %2 (%3 with %4).</source>
            <translation>Annulé à %1 : %2 (%3 avec %4).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accepted at %1: %2 (%3 with %4).</source>
            <translation>Accepté à %1 : %2 (%3 avec %4).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined at %1: %2 (%3 with %4).</source>
            <translation>Refusé à %1 : %2 (%3 avec %4).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Moved at %1: %2 is now at %3 with %4.</source>
            <translation>Déplacé à %1 : %2 est maintenant à %3 avec %4.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved at %1: %2 (%3 with %4).</source>
            <translation>Enregistré à %1 : %2 (%3 avec %4).</translation>
        </message>
    </context>
    <context>
        <name>AddBedsDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/add_beds_dialog.py" line="+35" />
            <source>Add beds to %1</source>
            <translation>Ajouter des lits à %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New beds in %1. They are free for admissions at once.</source>
            <translation>Nouveaux lits dans %1. Ils sont aussitôt disponibles pour les admissions.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add beds</source>
            <translation>&amp;Ajouter les lits</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Beds %1 (%2 in all).</source>
            <translation>Lits %1 (%2 au total).</translation>
        </message>
        <message>
            <location filename="../../forms/add_beds_dialog.ui" line="+6" />
            <source>Add beds</source>
            <translation>Ajouter des lits</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Prefix</source>
            <translation>&amp;Préfixe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. A (empty: numbers only)</source>
            <translation>p. ex. A (vide : numéros seuls)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;First number</source>
            <translation>P&amp;remier numéro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Number of beds</source>
            <translation>&amp;Nombre de lits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bed t&amp;ype</source>
            <translation>T&amp;ype de lit</translation>
        </message>
    </context>
    <context>
        <name>AddendumDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/addendum_dialog.py" line="+39" />
            <source>Add an addendum to the note of %1</source>
            <translation>Ajouter un addendum à la note de %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sign a&amp;ddendum</source>
            <translation>Signer l'a&amp;ddendum</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write the addendum.</source>
            <translation>Rédigez l'addendum.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An addendum can be at most %1 characters.</source>
            <translation>Un addendum compte au plus %1 caractères.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Signing…</source>
            <translation>Signature…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Discard addendum</source>
            <translation>Abandonner l'addendum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard the addendum you wrote?</source>
            <translation>Abandonner l'addendum rédigé ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Discard</source>
            <translation>A&amp;bandonner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep writing</source>
            <translation>&amp;Continuer la rédaction</translation>
        </message>
        <message>
            <location filename="../../forms/addendum_dialog.ui" line="+6" />
            <source>Add addendum</source>
            <translation>Ajouter un addendum</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add an addendum</source>
            <translation>Ajouter un addendum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The signed note stays as it is. The addendum is shown under it with your name and the time, and cannot be changed either.</source>
            <translation>La note signée reste inchangée. L'addendum s'affiche en dessous avec votre nom et l'heure, et ne peut pas non plus être modifié.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Addendum</source>
            <translation>&amp;Addendum</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The correction or what was learnt later</source>
            <translation>La correction ou ce qui a été appris ensuite</translation>
        </message>
    </context>
    <context>
        <name>AdjustStockDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="+172" />
            <source>Adjust stock</source>
            <translation>Ajuster le stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loss, breakage and expiry take stock away; a stock count may find fewer or more. Type a negative number to take away.</source>
            <translation>Les pertes, la casse et la péremption retirent du stock ; un inventaire peut en trouver moins ou plus. Saisissez un nombre négatif pour retirer.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ad&amp;just</source>
            <translation>A&amp;juster</translation>
        </message>
    </context>
    <context>
        <name>AdministrationTab</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/administration.py" line="+30" />
            <source>Administration sections</source>
            <translation>Rubriques d'administration</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Doctors and hours</source>
            <translation>Médecins et horaires</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Specialties</source>
            <translation>Spécialités</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wards and beds</source>
            <translation>Services et lits</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rooms and equipment</source>
            <translation>Salles et équipements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lab tests</source>
            <translation>Examens biologiques</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pharmacy and stores</source>
            <translation>Pharmacie et magasins</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fees and prices</source>
            <translation>Prestations et tarifs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hospital settings</source>
            <translation>Paramètres de l'hôpital</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Printouts</source>
            <translation>Impressions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit trail</source>
            <translation>Journal d'audit</translation>
        </message>
    </context>
    <context>
        <name>AdmitDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/admit_dialog.py" line="+221" />
            <location line="+2" />
            <source>Admit %1</source>
            <translation>Admettre %1</translation>
        </message>
        <message>
            <location line="-1" />
            <location filename="../../forms/admit_dialog.ui" line="+6" />
            <source>Admit patient</source>
            <translation>Admettre le patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the patient</source>
            <translation>le patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Admit</source>
            <translation>&amp;Admettre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not assigned yet</source>
            <translation>Pas encore attribué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leave at “Not known” if nobody can say yet.</source>
            <translation>Laissez « Inconnue » si personne ne peut encore le dire.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> day</source>
            <translation> jour</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The bed chosen on the board is no longer free; choose another.</source>
            <translation>Le lit choisi sur le tableau n'est plus libre ; choisissez-en un autre.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Choose a free bed.</source>
            <translation>Choisissez un lit libre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the reason for admission.</source>
            <translation>Saisissez le motif d'admission.</translation>
        </message>
        <message>
            <location filename="../../forms/admit_dialog.ui" line="+7" />
            <source>Admit</source>
            <translation>Admettre</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Bed &amp;type</source>
            <translation>&amp;Type de lit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show only free beds of this type</source>
            <translation>N'afficher que les lits libres de ce type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Bed</source>
            <translation>&amp;Lit</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Bed</source>
            <translation>Lit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Room</source>
            <translation>Chambre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Attending &amp;doctor</source>
            <translation>&amp;Médecin référent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reason</source>
            <translation>M&amp;otif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Community-acquired pneumonia</source>
            <translation>p. ex. Pneumopathie communautaire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xpected stay</source>
            <translation>Durée &amp;prévue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not known</source>
            <translation>Inconnue</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/admit_dialog.py" line="-41" />
            <location filename="../../forms/admit_dialog.ui" line="+0" />
            <source> days</source>
            <translation> jours</translation>
        </message>
    </context>
    <context>
        <name>AllergyDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="+143" />
            <source>Record reported allergy</source>
            <translation>Enregistrer une allergie signalée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change allergy</source>
            <translation>Modifier l'allergie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add allergy</source>
            <translation>Ajouter une allergie</translation>
        </message>
        <message>
            <location filename="../../forms/allergy_dialog.ui" line="+6" />
            <source>Allergy</source>
            <translation>Allergie</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Substance or drug</source>
            <translation>&amp;Substance ou médicament</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Amoxicillin, peanuts, latex</source>
            <translation>p. ex. Amoxicilline, arachide, latex</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drug c&amp;lass</source>
            <translation>&amp;Classe médicamenteuse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Penicillins (optional)</source>
            <translation>p. ex. Pénicillines (facultatif)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reaction</source>
            <translation>&amp;Réaction</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Hives within an hour; anaphylaxis in 2019</source>
            <translation>p. ex. Urticaire en moins d'une heure ; anaphylaxie en 2019</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Se&amp;verity</source>
            <translation>&amp;Gravité</translation>
        </message>
        <message>
            <location line="+3" />
            <source>S&amp;tatus</source>
            <translation>S&amp;tatut</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reported &amp;by</source>
            <translation>Signalée &amp;par</translation>
        </message>
    </context>
    <context>
        <name>Amounts</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/amounts.py" line="+125" />
            <source>“%1” can be read two ways: is the point or comma a decimal sign or a thousands separator? Type the amount without thousands separators, for example 1234 or 12.50.</source>
            <translation>« %1 » peut se lire de deux façons : le point ou la virgule sépare-t-il les décimales ou les milliers ? Tapez le montant sans séparateur de milliers, par exemple 1234 ou 12,50.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../hms_desktop/ui/controller.py" line="+112" />
            <source>Starting the local database…</source>
            <translation>Démarrage de la base de données locale…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server: %1</source>
            <translation>Serveur : %1</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Administrator created. Log in with the new account.</source>
            <translation>Administrateur créé. Connectez-vous avec le nouveau compte.</translation>
        </message>
        <message>
            <location line="+87" />
            <source>Your administrator does not allow passwords to be remembered; yours was not stored.</source>
            <translation>Votre administrateur n'autorise pas la mémorisation des mots de passe ; le vôtre n'a pas été enregistré.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Your account was deactivated by an administrator.</source>
            <translation>Votre compte a été désactivé par un administrateur.</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/appointment_dialog.py" line="+109" />
            <source>Appointment — %1</source>
            <translation>Rendez-vous — %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>OVERBOOKED: %1</source>
            <translation>SURRÉSERVÉ : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name} · MRN {mrn}</source>
            <translation>{name} · MRN {mrn}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not assigned</source>
            <translation>Non attribué</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Checked in at %1</source>
            <translation>Arrivé à %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The doctor declined this appointment. Move it to another slot, or cancel it if the patient no longer wants one.</source>
            <translation>Le médecin a refusé ce rendez-vous. Déplacez-le sur un autre créneau, ou annulez-le si le patient n'en veut plus.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Say why, for the patient's record and for reception.</source>
            <translation>Indiquez pourquoi, pour le dossier du patient et pour l'accueil.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Saved: %1.</source>
            <translation>Enregistré : %1.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} (MRN {mrn})</source>
            <translation>{name} (MRN {mrn})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled. This time could go to someone on the waiting list: %1.</source>
            <translation>Annulé. Ce créneau pourrait revenir à une personne de la liste d'attente : %1.</translation>
        </message>
        <message>
            <location filename="../../forms/appointment_dialog.ui" line="+6" />
            <location line="+7" />
            <source>Appointment</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Check &amp;in</source>
            <translation>Enregistrer l'arr&amp;ivée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Accept</source>
            <translation>&amp;Accepter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reschedule…</source>
            <translation>&amp;Reprogrammer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark &amp;no-show</source>
            <translation>Marquer &amp;absent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print slip…</source>
            <translation>Im&amp;primer le bon…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Needed to cancel or decline, e.g. patient unwell</source>
            <translation>Requis pour annuler ou refuser, p. ex. patient souffrant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Decline</source>
            <translation>Re&amp;fuser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel appointment</source>
            <translation>A&amp;nnuler le rendez-vous</translation>
        </message>
    </context>
    <context>
        <name>AuditBrowser</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/audit_browser.py" line="+45" />
            <source>Insert</source>
            <translation>Création</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Update</source>
            <translation>Modification</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete</source>
            <translation>Suppression</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge</source>
            <translation>Fusion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capability</source>
            <translation>Droit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bulk load</source>
            <translation>Chargement en masse</translation>
        </message>
        <message>
            <location line="+36" />
            <source>All tables</source>
            <translation>Toutes les tables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All actions</source>
            <translation>Toutes les actions</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Staff member</source>
            <translation>Membre du personnel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Before</source>
            <translation>Avant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location line="+16" />
            <source>A value cut short is shown in full when you point at it.</source>
            <translation>Une valeur tronquée s'affiche en entier au survol.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Last anchored: …</source>
            <translation>Dernier ancrage : …</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Last anchored: never</source>
            <translation>Dernier ancrage : jamais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last anchored: %1</source>
            <translation>Dernier ancrage : %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>No entries match these filters.</source>
            <translation>Aucune entrée ne correspond à ces filtres.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The newest %1 entries are shown; more match.</source>
            <translation>Les %1 entrées les plus récentes sont affichées ; d'autres correspondent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 entries match.</source>
            <translation>%1 entrées correspondent.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Choose an entry to see what it changed.</source>
            <translation>Choisissez une entrée pour voir ce qu'elle a modifié.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Entry %1: %2 by %3 on %4 row %5, %6.</source>
            <translation>Entrée %1 : %2 par %3 sur %4 ligne %5, %6.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The record was opened; nothing was changed.</source>
            <translation>Le dossier a été ouvert ; rien n'a été modifié.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This entry records no field values.</source>
            <translation>Cette entrée n'enregistre aucune valeur de champ.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1, changed</source>
            <translation>%1, modifié</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Export the audit trail</source>
            <translation>Exporter le journal d'audit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 entries exported to %2.</source>
            <translation>%1 entrées exportées vers %2.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Checking the audit trail…</source>
            <translation>Vérification du journal d'audit…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The check was cancelled.</source>
            <translation>La vérification a été annulée.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Anchor the audit trail: keep this file away from the database server</source>
            <translation>Ancrer le journal d'audit : conservez ce fichier loin du serveur de base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit anchors (*.json)</source>
            <translation>Ancres d'audit (*.json)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The audit trail was anchored at entry %1 (%2 entries) in %3. Keep the file where the database's administrators cannot change it; “hms audit verify --anchor” checks against it.</source>
            <translation>Le journal d'audit a été ancré à l'entrée %1 (%2 entrées) dans %3. Conservez le fichier là où les administrateurs de la base de données ne peuvent pas le modifier ; « hms audit verify --anchor » vérifie par rapport à lui.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../../forms/audit_page.ui" line="+10" />
            <source>&amp;Staff</source>
            <translation>&amp;Personnel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Login or name</source>
            <translation>Identifiant ou nom</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Staff member: login or name</source>
            <translation>Membre du personnel : identifiant ou nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Patient no.</source>
            <translation>N° &amp;patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record number</source>
            <translation>Numéro de dossier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient record number</source>
            <translation>Numéro de dossier patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Table</source>
            <translation>&amp;Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Action</source>
            <translation>&amp;Action</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only from a day</source>
            <translation>Seulement à partir d'un jour</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="-2" />
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;o</source>
            <translation>A&amp;u</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Only up to a day</source>
            <translation>Seulement jusqu'à un jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;earch</source>
            <translation>Re&amp;chercher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;lear</source>
            <translation>E&amp;ffacer</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Audit entries, newest first</source>
            <translation>Entrées d'audit, les plus récentes d'abord</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Load &amp;more</source>
            <translation>Charger &amp;plus</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Before and after</source>
            <translation>Avant et après</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose an entry to see what it changed.</source>
            <translation>Choisissez une entrée pour voir ce qu'elle a modifié.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fields of the selected entry: before and after</source>
            <translation>Champs de l'entrée choisie : avant et après</translation>
        </message>
        <message>
            <location line="+14" />
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Verify chain</source>
            <translation>&amp;Vérifier la chaîne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chain verification progress</source>
            <translation>Progression de la vérification de la chaîne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;nchor…</source>
            <translation>A&amp;ncrer…</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/backups_page.py" line="+61" />
            <source>When the program starts and the last backup is more than a day old, it backs up by itself into {folder}, keeping the newest {keep} there.</source>
            <translation>Au démarrage du programme, si la dernière sauvegarde date de plus d'un jour, il sauvegarde de lui-même dans {folder} et y conserve les {keep} plus récentes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>None from this workstation: the server's administrators schedule them.</source>
            <translation>Aucune depuis ce poste : les administrateurs du serveur les planifient.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>None taken from this program yet</source>
            <translation>Aucune faite depuis ce programme pour l'instant</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{when}: {file} ({size})</source>
            <translation>{when} : {file} ({size})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose the folder for the backup</source>
            <translation>Choisir le dossier de la sauvegarde</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Starting the backup…</source>
            <translation>Démarrage de la sauvegarde…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Backup written: {file} ({size}) in {folder}.</source>
            <translation>Sauvegarde écrite : {file} ({size}) dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../forms/backups_page.ui" line="+10" />
            <source>Backups of the hospital database</source>
            <translation>Sauvegardes de la base de données de l'hôpital</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A backup is one file holding the whole database: patients, appointments, charts, bills and the audit trail. Keep copies away from this computer (a USB disk kept elsewhere, a network folder). Its name says the hospital, the date and time, and the schema version. To restore one, an administrator runs “hms restore FILE --url postgresql://USER@HOST/DATABASE” into an empty database.</source>
            <translation>Une sauvegarde est un fichier unique contenant toute la base de données : patients, rendez-vous, dossiers, factures et journal d'audit. Conservez-en des copies loin de cet ordinateur (un disque USB rangé ailleurs, un dossier réseau). Son nom indique l'hôpital, la date et l'heure, et la version du schéma. Pour en restaurer une, un administrateur exécute « hms restore FILE --url postgresql://USER@HOST/DATABASE » vers une base de données vide.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>Last backup</source>
            <translation>Dernière sauvegarde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not known yet</source>
            <translation>Encore inconnue</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Daily backups</source>
            <translation>Sauvegardes quotidiennes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep in the folder</source>
            <translation>&amp;Conserver dans le dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After each backup, older backups of this hospital in the same folder beyond this number are deleted; “all backups” deletes none</source>
            <translation>Après chaque sauvegarde, les anciennes sauvegardes de cet hôpital dans le même dossier au-delà de ce nombre sont supprimées ; « toutes les sauvegardes » n'en supprime aucune</translation>
        </message>
        <message>
            <location line="+0" />
            <source>all backups</source>
            <translation>toutes les sauvegardes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>the newest </source>
            <translation>les </translation>
        </message>
        <message>
            <location line="+0" />
            <source> backups</source>
            <translation> plus récentes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Back up now…</source>
            <translation>&amp;Sauvegarder maintenant…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose a folder; the backup runs in the background while you work</source>
            <translation>Choisissez un dossier ; la sauvegarde s'exécute en arrière-plan pendant que vous travaillez</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel backup</source>
            <translation>&amp;Annuler la sauvegarde</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup progress</source>
            <translation>Progression de la sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>BatchPrintDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/batch_print_dialog.py" line="+113" />
            <source>Only invoices of %1 (MRN %2)</source>
            <translation>Seulement les factures de %1 (MRN %2)</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../forms/batch_print_dialog.ui" line="+42" />
            <source>All patients</source>
            <translation>Tous les patients</translation>
        </message>
        <message>
            <location line="+40" />
            <source>No issued invoices in that period.</source>
            <translation>Aucune facture émise sur cette période.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Save the invoices in</source>
            <translation>Enregistrer les factures dans</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 of %2 ticked</source>
            <translation>%1 sur %2 cochées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Print %1 to PDF</source>
            <translation>&amp;Imprimer %1 en PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>1 invoice</source>
            <translation>1 facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 invoices</source>
            <translation>%1 factures</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Find the invoices and tick at least one.</source>
            <translation>Recherchez les factures et cochez-en au moins une.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the folder to save them in.</source>
            <translation>Choisissez le dossier où les enregistrer.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Printing… the PDFs are written in the background; you may cancel at any time.</source>
            <translation>Impression… les PDF sont écrits en arrière-plan ; vous pouvez annuler à tout moment.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>0 of %1</source>
            <translation>0 sur %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Stopping after the invoice being written…</source>
            <translation>Arrêt après la facture en cours d'écriture…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>1 PDF</source>
            <translation>1 PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 PDFs</source>
            <translation>%1 PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cancelled: %1 of %2 written to %3.</source>
            <translation>Annulé : %1 sur %2 écrits dans %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done: %1 written to %2.</source>
            <translation>Terminé : %1 écrits dans %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of them marked COPY (printed before).</source>
            <translation>Dont %1 marqués COPIE (déjà imprimés).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 skipped: no longer issued invoices.</source>
            <translation>%1 ignorées : ne sont plus des factures émises.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location filename="../../forms/batch_print_dialog.ui" line="-36" />
            <source>Print invoices to PDF</source>
            <translation>Imprimer des factures en PDF</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the issued invoices by the day they were issued (and, if you like, one patient), then a folder: each invoice is saved there as a PDF named after its number. An invoice printed before is saved marked COPY.</source>
            <translation>Choisissez les factures émises par leur jour d'émission (et, si vous le souhaitez, un patient), puis un dossier : chaque facture y est enregistrée en PDF nommé d'après son numéro. Une facture déjà imprimée est enregistrée avec la mention COPIE.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Issued &amp;from</source>
            <translation>Émises &amp;du</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;to</source>
            <translation>&amp;au</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only &amp;patient</source>
            <translation>Seulement le &amp;patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name, MRN or phone (leave blank for all)</source>
            <translation>Nom, MRN ou téléphone (vide pour tous)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;ll patients</source>
            <translation>&amp;Tous les patients</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Patients found</source>
            <translation>Patients trouvés</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Find invoices</source>
            <translation>&amp;Rechercher les factures</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Invoices to print (tick each one)</source>
            <translation>Factures à imprimer (cochez chacune)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued</source>
            <translation>Émise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MRN</source>
            <translation>MRN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tick a&amp;ll</source>
            <translation>Tout coc&amp;her</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick &amp;none</source>
            <translation>Tout déco&amp;cher</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save in f&amp;older</source>
            <translation>Enregistrer dans le d&amp;ossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a folder…</source>
            <translation>Choisissez un dossier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Printing progress</source>
            <translation>Progression de l'impression</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Print to PDF</source>
            <translation>&amp;Imprimer en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel printing</source>
            <translation>A&amp;nnuler l'impression</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cl&amp;ose</source>
            <translation>&amp;Fermer</translation>
        </message>
    </context>
    <context>
        <name>BedBoard</name>
        <message numerus="yes">
            <location filename="../../hms_desktop/ui/tabs/bed_board.py" line="+72" />
            <source>%n free</source>
            <translation>
                <numerusform>%n libre</numerusform>
                <numerusform>%n libres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n occupied</source>
            <translation>
                <numerusform>%n occupé</numerusform>
                <numerusform>%n occupés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n cleaning</source>
            <translation>
                <numerusform>%n en nettoyage</numerusform>
                <numerusform>%n en nettoyage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n out of service</source>
            <translation>
                <numerusform>%n hors service</numerusform>
                <numerusform>%n hors service</numerusform>
            </translation>
        </message>
        <message>
            <location line="+307" />
            <location line="+86" />
            <source>All wards</source>
            <translation>Tous les services</translation>
        </message>
        <message>
            <location line="-59" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The bed board could not be loaded: %1</source>
            <translation>Le tableau des lits n'a pas pu être chargé : %1</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>%1 (%n free)</source>
            <translation>
                <numerusform>%1 (%n libre)</numerusform>
                <numerusform>%1 (%n libres)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+75" />
            <source>%n bed</source>
            <translation>
                <numerusform>%n lit</numerusform>
                <numerusform>%n lits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n beds</source>
            <translation>
                <numerusform>%n lit</numerusform>
                <numerusform>%n lits</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>updated %1</source>
            <translation>mis à jour %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Only reception or an administrator can change beds.</source>
            <translation>Seuls l'accueil ou un administrateur peuvent modifier les lits.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark ready</source>
            <translation>Marquer prêt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark for cleaning</source>
            <translation>Marquer à nettoyer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark out of service…</source>
            <translation>Marquer hors service…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Transfer %1…</source>
            <translation>Transférer %1…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discharge %1…</source>
            <translation>Faire sortir %1…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Admit a patient to this bed…</source>
            <translation>Admettre un patient dans ce lit…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark ready (back in service)</source>
            <translation>Marquer prêt (remis en service)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change why it is out of service…</source>
            <translation>Modifier le motif de mise hors service…</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1 has been discharged meanwhile.</source>
            <translation>%1 est sorti entre-temps.</translation>
        </message>
        <message>
            <location filename="../../forms/bed_board.ui" line="+15" />
            <source>Bed board</source>
            <translation>Tableau des lits</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Ward</source>
            <translation>&amp;Service</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reload the bed board (F5). It also updates by itself.</source>
            <translation>Recharger le tableau des lits (F5). Il se met aussi à jour de lui-même.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Wards and beds</source>
            <translation>Services et lits</translation>
        </message>
    </context>
    <context>
        <name>BedTile</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/bed_board.py" line="-417" />
            <location line="+58" />
            <source>Bed %1</source>
            <translation>Lit %1</translation>
        </message>
        <message>
            <location line="-43" />
            <location line="+33" />
            <source>MRN %1</source>
            <translation>MRN %1</translation>
        </message>
        <message>
            <location line="-31" />
            <source>day %1</source>
            <translation>jour %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 bed</source>
            <translation>Lit %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Why: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>expected back %1</source>
            <translation>retour prévu %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Patient: %1</source>
            <translation>Patient : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Admitted since %1 (day %2)</source>
            <translation>Admis depuis le %1 (jour %2)</translation>
        </message>
    </context>
    <context>
        <name>BillingDesk</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="+99" />
            <source>&amp;Cancel</source>
            <translation>&amp;Annuler</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/billing.py" line="+182" />
            <source>My shift</source>
            <translation>Ma caisse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ins&amp;urance claims</source>
            <translation>Dossiers de tiers pa&amp;yant</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Daily revenue</source>
            <translation>Recettes du jour</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pharmac&amp;y</source>
            <translation>P&amp;harmacie</translation>
        </message>
        <message>
            <location line="+45" />
            <source>%1 (MRN %2)</source>
            <translation>%1 (MRN %2)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Owes %1 on issued invoices.</source>
            <translation>Doit %1 sur les factures émises.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The hospital owes %1 back (overpaid).</source>
            <translation>L'hôpital doit rembourser %1 (trop-perçu).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Owes nothing on issued invoices.</source>
            <translation>Ne doit rien sur les factures émises.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deposits held, not yet applied: %1 (%2).</source>
            <translation>Acomptes détenus, non encore imputés : %1 (%2).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+45" />
            <source>No price yet: %1</source>
            <translation>Pas encore de tarif : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The fee schedule has no price for %1 on this date; an administrator adds one.</source>
            <translation>La grille tarifaire n'a pas de tarif pour %1 à cette date ; un administrateur en ajoute un.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>On a draft invoice already: %1</source>
            <translation>Déjà sur une facture brouillon : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This charge is on a draft invoice that is not issued yet: open the draft to issue it.</source>
            <translation>Cet acte figure sur une facture brouillon pas encore émise : ouvrez le brouillon pour l'émettre.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Nothing to bill: this patient has no unbilled charges.</source>
            <translation>Rien à facturer : ce patient n'a aucun acte non facturé.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Tick at least one charge to invoice.</source>
            <translation>Cochez au moins un acte à facturer.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Draft invoice created. Check it, then issue it.</source>
            <translation>Facture brouillon créée. Vérifiez-la, puis émettez-la.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Invoice %1: %2, %3 by %4</source>
            <translation>Facture %1 : %2, %3 par %4</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Draft invoice (numbered when issued): %1</source>
            <translation>Facture brouillon (numérotée à l'émission) : %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Discount: %1</source>
            <translation>Remise : %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Subtotal</source>
            <translation>Sous-total</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../forms/billing_tab.ui" line="+149" />
            <source>Discount</source>
            <translation>Remise</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tax %1% on %2</source>
            <translation>TVA %1% sur %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tax</source>
            <translation>TVA</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+44" />
            <location filename="../../forms/billing_tab.ui" line="-37" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Insurer's share (%1)</source>
            <translation>Part de l'assureur (%1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Patient's share</source>
            <translation>Part du patient</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Credited</source>
            <translation>Crédité</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/billing_tab.ui" line="+1" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+32" />
            <source>Balance due</source>
            <translation>Reste dû</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+32" />
            <source>Overpaid: to refund</source>
            <translation>Trop-perçu : à rembourser</translation>
        </message>
        <message>
            <location line="-29" />
            <source>Credit note %1: %2 (%3)</source>
            <translation>Avoir %1 : %2 (%3)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>(handed %1, change %2)</source>
            <translation>(remis %1, rendu %2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refund %1: %2, %3</source>
            <translation>Remboursement %1 : %2, %3</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid %1: %2, %3</source>
            <translation>Payé %1 : %2, %3</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Issue this invoice of %1 for %2?

An issued invoice gets its number and cannot be changed afterwards: a mistake is then corrected with a credit note.</source>
            <translation>Émettre cette facture de %1 pour %2 ?

Une facture émise reçoit son numéro et ne peut plus être modifiée ensuite : une erreur se corrige alors par un avoir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Issue invoice</source>
            <translation>Émettre la facture</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Issue</source>
            <translation>É&amp;mettre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not yet</source>
            <translation>&amp;Pas encore</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Invoice %1 issued. Take a payment, or print it.</source>
            <translation>Facture %1 émise. Encaissez un paiement ou imprimez-la.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Credit note %1 issued for %2.</source>
            <translation>Avoir %1 émis pour %2.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Line added.</source>
            <translation>Ligne ajoutée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Removed “%1” from the draft.</source>
            <translation>« %1 » retiré du brouillon.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Discount applied.</source>
            <translation>Remise appliquée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Cancel draft</source>
            <translation>Annuler le brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel this draft of %1?

Its lines go; its charges are listed as unbilled again, for another invoice.</source>
            <translation>Annuler ce brouillon de %1 ?

Ses lignes sont supprimées ; ses actes redeviennent non facturés, pour une autre facture.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel &amp;draft</source>
            <translation>Annuler le &amp;brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep it</source>
            <translation>&amp;Le conserver</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Draft cancelled; its charges can go on another invoice.</source>
            <translation>Brouillon annulé ; ses actes peuvent figurer sur une autre facture.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Refunded %1 (%2).</source>
            <translation>%1 remboursé (%2).</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took %1 (%2).</source>
            <translation>%1 encaissé (%2).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change to give: %1.</source>
            <translation>Monnaie à rendre : %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print the receipt if the patient wants one.</source>
            <translation>Imprimez le reçu si le patient en souhaite un.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Deposit of %1 taken; it is held until applied to an invoice.</source>
            <translation>Acompte de %1 encaissé ; il est conservé jusqu'à son imputation sur une facture.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deposit applied.</source>
            <translation>Acompte imputé.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1 ticked, %2 before tax</source>
            <translation>%1 cochés, %2 HT</translation>
        </message>
        <message>
            <location filename="../../forms/billing_tab.ui" line="-98" />
            <source>Billing pages</source>
            <translation>Pages de facturation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Patient &amp;account</source>
            <translation>&amp;Compte patient</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Find &amp;patient: name, MRN or phone</source>
            <translation>Rechercher un &amp;patient : nom, MRN ou téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Okafor or 100234</source>
            <translation>p. ex. Okafor ou 100234</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Patients found</source>
            <translation>Patients trouvés</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Bul&amp;k print invoices…</source>
            <translation>Impression &amp;groupée des factures…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Write the issued invoices of a period to PDF files, in the background</source>
            <translation>Écrire les factures émises d'une période en fichiers PDF, en arrière-plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the issued invoices of a period to PDF files</source>
            <translation>Imprimer les factures émises d'une période en fichiers PDF</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose a patient on the left to see what is not billed yet.</source>
            <translation>Choisissez un patient à gauche pour voir ce qui n'est pas encore facturé.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Un&amp;billed charges (tick the ones to invoice)</source>
            <translation>Actes &amp;non facturés (cochez ceux à facturer)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unbilled charges</source>
            <translation>Actes non facturés</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+29" />
            <location line="+33" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+62" />
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+62" />
            <source>Fee code</source>
            <translation>Code tarif</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+62" />
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+62" />
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <location line="-61" />
            <location line="+64" />
            <source>Line total</source>
            <translation>Total ligne</translation>
        </message>
        <message>
            <location line="-58" />
            <source>&amp;Open its draft</source>
            <translation>&amp;Ouvrir son brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the draft invoice that holds the chosen charge</source>
            <translation>Ouvrir la facture brouillon qui contient l'acte choisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create &amp;draft invoice</source>
            <translation>Créer un &amp;brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Create a draft invoice of the ticked charges</source>
            <translation>Créer une facture brouillon des actes cochés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Invoi&amp;ces (drafts first, then the newest)</source>
            <translation>Fa&amp;ctures (brouillons d'abord, puis les plus récentes)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The patient's invoices</source>
            <translation>Les factures du patient</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Take deposi&amp;t…</source>
            <translation>Encaisser un acomp&amp;te…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take a deposit from this patient</source>
            <translation>Encaisser un acompte de ce patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;invoice</source>
            <translation>Ouvrir la &amp;facture</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the chosen invoice</source>
            <translation>Ouvrir la facture choisie</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Invoice lines</source>
            <translation>Lignes de facture</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Tax %</source>
            <translation>TVA %</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Invoice totals</source>
            <translation>Totaux de la facture</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Add &amp;line…</source>
            <translation>Ajouter une &amp;ligne…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add a line to this draft</source>
            <translation>Ajouter une ligne à ce brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move line</source>
            <translation>Supp&amp;rimer la ligne</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove the chosen line from this draft</source>
            <translation>Retirer la ligne choisie de ce brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount li&amp;ne…</source>
            <translation>Remise sur la lig&amp;ne…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discount the chosen line</source>
            <translation>Appliquer une remise à la ligne choisie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount &amp;whole invoice…</source>
            <translation>Remise sur &amp;toute la facture…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discount the whole draft invoice</source>
            <translation>Appliquer une remise à toute la facture brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take pa&amp;yment…</source>
            <translation>Encaisser un pai&amp;ement…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take a payment on this invoice</source>
            <translation>Encaisser un paiement sur cette facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply d&amp;eposit…</source>
            <translation>Imputer un &amp;acompte…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Apply one of the patient's deposits to this invoice</source>
            <translation>Imputer un des acomptes du patient sur cette facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;fund…</source>
            <translation>Rem&amp;bourser…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pay back what this invoice is overpaid by</source>
            <translation>Rembourser le trop-perçu de cette facture</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Back to account</source>
            <translation>&amp;Retour au compte</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Back to the patient's account</source>
            <translation>Retour au compte du patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Cancel draft</source>
            <translation>Annuler le &amp;brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel this draft invoice</source>
            <translation>Annuler cette facture brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print re&amp;ceipt</source>
            <translation>Imprimer le re&amp;çu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print the receipt of the payment just taken</source>
            <translation>Imprimer le reçu du paiement qui vient d'être encaissé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print in&amp;voice</source>
            <translation>Imprimer la fact&amp;ure</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Print this invoice</source>
            <translation>Imprimer cette facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;redit note…</source>
            <translation>A&amp;voir…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issue a credit note for this invoice</source>
            <translation>Émettre un avoir sur cette facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Issue invoice</source>
            <translation>É&amp;mettre la facture</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issue this invoice</source>
            <translation>Émettre cette facture</translation>
        </message>
    </context>
    <context>
        <name>BillingWords</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="-46" />
            <location filename="../../hms_desktop/ui/tabs/billing.py" line="-671" />
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/ui/tabs/billing.py" line="+1" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/ui/tabs/billing.py" line="+1" />
            <source>Bank transfer</source>
            <translation>Virement</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/ui/tabs/billing.py" line="+1" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/tabs/billing.py" line="-14" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued</source>
            <translation>Émise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unpaid</source>
            <translation>Impayée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly paid</source>
            <translation>Payée en partie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overpaid</source>
            <translation>Trop-perçu</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deposit applied</source>
            <translation>Acompte imputé</translation>
        </message>
    </context>
    <context>
        <name>BookDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/book_dialog.py" line="+75" />
            <location line="+156" />
            <source>{name} (MRN {mrn})</source>
            <translation>{name} (MRN {mrn})</translation>
        </message>
        <message>
            <location line="-140" />
            <source>Move appointment</source>
            <translation>Déplacer le rendez-vous</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/book_dialog.ui" line="+6" />
            <location line="+7" />
            <source>Find and book</source>
            <translation>Chercher et réserver</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Move here</source>
            <translation>&amp;Déplacer ici</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Book</source>
            <translation>&amp;Réserver</translation>
        </message>
        <message>
            <location line="+21" />
            <source>First free slot in a specialty</source>
            <translation>Premier créneau libre d'une spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A particular doctor</source>
            <translation>Un médecin précis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any specialty</source>
            <translation>Toute spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+141" />
            <source>Any doctor</source>
            <translation>Tout médecin</translation>
        </message>
        <message>
            <location line="-72" />
            <location filename="../../forms/book_dialog.ui" line="+45" />
            <source> slot</source>
            <translation> créneau</translation>
        </message>
        <message>
            <location line="+0" />
            <source> slots</source>
            <translation> créneaux</translation>
        </message>
        <message>
            <location line="+30" />
            <source>— (kept as it was; reception does not see reasons)</source>
            <translation>— (inchangé ; l'accueil ne voit pas les motifs)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+8" />
            <source>Booking for %1</source>
            <translation>Réservation pour %1</translation>
        </message>
        <message>
            <location line="-8" />
            <source>the patient</source>
            <translation>le patient</translation>
        </message>
        <message>
            <location line="+95" />
            <source>Looking for free slots…</source>
            <translation>Recherche de créneaux libres…</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Until %1</source>
            <translation>Jusqu'au %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No free slots in the next two weeks. Try a later date or another doctor.</source>
            <translation>Aucun créneau libre dans les deux semaines à venir. Essayez une date ultérieure ou un autre médecin.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The time chosen on the calendar is not free; choose one of these.</source>
            <translation>L'heure choisie sur le calendrier n'est pas libre ; choisissez l'une de celles-ci.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Find and choose the patient.</source>
            <translation>Recherchez et choisissez le patient.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the doctor who will see the patient.</source>
            <translation>Choisissez le médecin qui verra le patient.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say why the patient must be seen although the time is taken.</source>
            <translation>Indiquez pourquoi le patient doit être vu bien que l'horaire soit pris.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a free slot.</source>
            <translation>Choisissez un créneau libre.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the reason for the appointment.</source>
            <translation>Saisissez le motif du rendez-vous.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 The next free ones are listed.</source>
            <translation>%1 Les prochains créneaux libres sont listés.</translation>
        </message>
        <message>
            <location filename="../../forms/book_dialog.ui" line="-42" />
            <source>1. Patient</source>
            <translation>1. Patient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name, MRN, phone or date of birth</source>
            <translation>Nom, MRN, téléphone ou date de naissance</translation>
        </message>
        <message>
            <location line="+21" />
            <source>2. Slot</source>
            <translation>2. Créneau</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Specialty</source>
            <translation>&amp;Spécialité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Doctor</source>
            <translation>&amp;Médecin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fr&amp;om</source>
            <translation>À &amp;partir du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ddd dd MMM yyyy</source>
            <translation>ddd dd MMM yyyy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Length</source>
            <translation>&amp;Durée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A procedure may take several consecutive slots</source>
            <translation>Un acte peut occuper plusieurs créneaux consécutifs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find free slots</source>
            <translation>Chercher des créneaux libres</translation>
        </message>
        <message>
            <location line="+16" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Book the chosen doctor at this time even though it is taken (urgent cases only; marked in the calendar)</source>
            <translation>Réserver le médecin choisi à cette heure bien qu'elle soit prise (urgences seulement ; signalé dans le calendrier)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Urgent: overbook at</source>
            <translation>&amp;Urgent : surréserver à</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overbook at</source>
            <translation>Surréserver à</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ddd dd MMM yyyy HH:mm</source>
            <translation>ddd dd MMM yyyy HH:mm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why overbook</source>
            <translation>Motif de la surréservation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why the patient must be seen then, e.g. GP phoned: suspected DVT</source>
            <translation>Pourquoi le patient doit être vu à ce moment-là, p. ex. appel du médecin traitant : suspicion de TVP</translation>
        </message>
        <message>
            <location line="+9" />
            <source>3. &amp;Reason</source>
            <translation>3. &amp;Motif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Palpitations for two weeks</source>
            <translation>p. ex. Palpitations depuis deux semaines</translation>
        </message>
    </context>
    <context>
        <name>BreakGlassDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/break_glass_dialog.py" line="+37" />
            <source>Open the chart of %1?</source>
            <translation>Ouvrir le dossier de %1 ?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>this patient</source>
            <translation>ce patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>O&amp;pen chart</source>
            <translation>Ou&amp;vrir le dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details of the reason</source>
            <translation>Précisions sur le motif</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Details (required)</source>
            <translation>&amp;Précisions (obligatoire)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Details (optional)</source>
            <translation>&amp;Précisions (facultatif)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Opening…</source>
            <translation>Ouverture…</translation>
        </message>
        <message>
            <location filename="../../forms/break_glass_dialog.ui" line="+6" />
            <source>Why are you opening this chart?</source>
            <translation>Pourquoi ouvrez-vous ce dossier ?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>You have no appointment or admission with this patient today. You may still open the chart: say why. The opening and your reason are recorded with your name and the time, and reviewed.</source>
            <translation>Vous n'avez aucun rendez-vous ni admission avec ce patient aujourd'hui. Vous pouvez tout de même ouvrir le dossier : indiquez pourquoi. L'ouverture et votre motif sont enregistrés avec votre nom et l'heure, puis contrôlés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Emergency</source>
            <translation>&amp;Urgence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Covering for a colleague</source>
            <translation>&amp;Remplacement d'un confrère</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Other reason (say which)</source>
            <translation>&amp;Autre motif (préciser)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Details</source>
            <translation>&amp;Précisions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Required for "Other reason", e.g. asked by the ward for a second opinion</source>
            <translation>Obligatoire pour « Autre motif », p. ex. avis demandé par le service</translation>
        </message>
    </context>
    <context>
        <name>CatalogueEditor</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/catalogue_editor.py" line="+235" />
            <source>Filter %1…</source>
            <translation>Filtrer %1…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Filter %1</source>
            <translation>Filtrer %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show retired %1</source>
            <translation>Afficher %1 archivés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New %1</source>
            <translation>&amp;Nouveau : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+346" />
            <source>New %1</source>
            <translation>Nouveau : %1</translation>
        </message>
        <message>
            <location line="-344" />
            <location filename="../../forms/catalogue_editor.ui" line="+21" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo changes</source>
            <translation>Annuler les modifications</translation>
        </message>
        <message>
            <location line="+141" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+54" />
            <location line="+441" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location line="-441" />
            <location line="+441" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location line="-422" />
            <source>%1 (retired)</source>
            <translation>%1 (archivé)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 %3 shown.</source>
            <translation>%1 sur %2 %3 affichés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 retired not listed (Show retired).</source>
            <translation>%1 archivés non listés (Afficher archivés).</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discard your changes to %1?</source>
            <translation>Abandonner vos modifications — %1 ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discard</source>
            <translation>A&amp;bandonner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
        <message>
            <location line="+27" />
            <source>a new %1</source>
            <translation>nouveau : %1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Select a %1, or add a new one</source>
            <translation>Sélectionnez un élément (%1) ou ajoutez-en un</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Enter a whole number, or leave it empty.</source>
            <translation>Saisissez un nombre entier, ou laissez vide.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+2" />
            <source>Enter a number (such as 12.5), or leave it empty.</source>
            <translation>Saisissez un nombre (comme 12.5), ou laissez vide.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This is too long: at most %1 characters (now %2).</source>
            <translation>Trop long : %1 caractères au plus (actuellement %2).</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Retired: not offered for anything new. What already uses it keeps it.</source>
            <translation>Archivé : n'est plus proposé pour rien de nouveau. Ce qui l'utilise déjà le conserve.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Last changed by %1 on %2.</source>
            <translation>Dernière modification par %1 le %2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 at %2</source>
            <translation>%1 à %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Set when the entry is created; it cannot change afterwards.</source>
            <translation>Défini à la création de l'entrée ; ne peut plus changer ensuite.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing has changed yet.</source>
            <translation>Rien n'a encore changé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save or undo your changes first.</source>
            <translation>Enregistrez ou annulez d'abord vos modifications.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reactivate</source>
            <translation>&amp;Réactiver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reactivate</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../forms/catalogue_editor.ui" line="+53" />
            <source>&amp;Retire</source>
            <translation>&amp;Archiver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retire</source>
            <translation>Archiver</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>This %1 no longer exists.</source>
            <translation>Cet élément (%1) n'existe plus.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>someone else</source>
            <translation>quelqu'un d'autre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 changed this %2 on %3 while you were editing.</source>
            <translation>%1 a modifié cet élément (%2) le %3 pendant votre saisie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 changed this %2 while you were editing.</source>
            <translation>%1 a modifié cet élément (%2) pendant votre saisie.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed this %1</source>
            <translation>Quelqu'un d'autre a modifié cet élément (%1)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Showing the saved %1; your changes were dropped.</source>
            <translation>Affichage de l'élément enregistré (%1) ; vos modifications ont été abandonnées.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was saved. Your changes are still in the form.</source>
            <translation>Rien n'a été enregistré. Vos modifications sont toujours dans le formulaire.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Retired</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Reactivated.</source>
            <translation>Réactivé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retired: no longer offered for anything new; Reactivate brings it back.</source>
            <translation>Archivé : n'est plus proposé pour rien de nouveau ; Réactiver le rétablit.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Someone else changed this %1 meanwhile; it is shown as saved now. Look at it, then try again.</source>
            <translation>Quelqu'un d'autre a modifié cet élément (%1) entre-temps ; il est maintenant affiché tel qu'enregistré. Vérifiez-le, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../forms/catalogue_editor.ui" line="-58" />
            <source>&amp;Filter</source>
            <translation>&amp;Filtrer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show re&amp;tired</source>
            <translation>Afficher les arc&amp;hivés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>List retired entries too (they are kept, and can be reactivated)</source>
            <translation>Lister aussi les entrées archivées (elles sont conservées et peuvent être réactivées)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New</source>
            <translation>&amp;Nouveau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload the list from the database (F5)</source>
            <translation>Recharger la liste depuis la base de données (F5)</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Sa&amp;ve</source>
            <translation>Enre&amp;gistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo changes</source>
            <translation>&amp;Annuler les modifications</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Put the form back as it was saved</source>
            <translation>Remettre le formulaire tel qu'il était enregistré</translation>
        </message>
    </context>
    <context>
        <name>Catalogues</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/catalogue_pages.py" line="+46" />
            <source>Lab tests</source>
            <translation>Examens biologiques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lab test</source>
            <translation>examen biologique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lab tests</source>
            <translation>examens biologiques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What doctors can order. A retired test is no longer offered; orders and results already made keep it. Reference ranges are kept as seeded (review them with the laboratory).</source>
            <translation>Ce que les médecins peuvent prescrire. Un examen archivé n'est plus proposé ; les prescriptions et résultats déjà faits le conservent. Les valeurs de référence sont conservées telles qu'initialisées (revoyez-les avec le laboratoire).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+10" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+16" />
            <location line="+71" />
            <location line="+6" />
            <location line="+39" />
            <location line="+7" />
            <location filename="../../hms_desktop/ui/tabs/stock_items.py" line="+63" />
            <location line="+27" />
            <location line="+101" />
            <location line="+7" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="-138" />
            <location line="+18" />
            <source>Specimen</source>
            <translation>Prélèvement</translation>
        </message>
        <message>
            <location line="-17" />
            <location line="+32" />
            <location filename="../../hms_desktop/ui/tabs/stock_items.py" line="-133" />
            <location line="+32" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location line="-31" />
            <source>LOINC</source>
            <translation>LOINC</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+47" />
            <location filename="../../hms_desktop/ui/tabs/stock_items.py" line="+25" />
            <source>Fee code</source>
            <translation>Code tarif</translation>
        </message>
        <message>
            <location line="-37" />
            <source>HGB</source>
            <translation>HGB</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Serum</source>
            <translation>Sérum</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+10" />
            <source>mmol/L</source>
            <translation>mmol/L</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit of a numeric result.</source>
            <translation>L'unité d'un résultat numérique.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Normal answer</source>
            <translation>Réponse normale</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Negative</source>
            <translation>Négatif</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For a text result: the normal answer.</source>
            <translation>Pour un résultat textuel : la réponse normale.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>LOINC code</source>
            <translation>Code LOINC</translation>
        </message>
        <message>
            <location line="+6" />
            <source>LAB-HGB</source>
            <translation>LAB-HGB</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The service in Fees and prices charged for each test ordered.</source>
            <translation>La prestation (rubrique Prestations et tarifs) facturée pour chaque examen prescrit.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Specialties</source>
            <translation>Spécialités</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specialty</source>
            <translation>spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specialties</source>
            <translation>spécialités</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctors' specialties, and the length of an appointment slot in each (empty: the hospital's default). A retired specialty is not offered for doctors or the waiting list; doctors who have it keep it.</source>
            <translation>Les spécialités des médecins, et la durée d'un créneau de rendez-vous dans chacune (vide : la durée par défaut de l'hôpital). Une spécialité archivée n'est plus proposée pour les médecins ni pour la liste d'attente ; les médecins qui l'ont la conservent.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+12" />
            <source>Slot (minutes)</source>
            <translation>Créneau (min)</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Cardiology</source>
            <translation>Cardiologie</translation>
        </message>
        <message>
            <location line="+7" />
            <source>5 to 240 minutes; empty: the hospital's default slot length.</source>
            <translation>De 5 à 240 minutes ; vide : la durée de créneau par défaut de l'hôpital.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Rooms and equipment</source>
            <translation>Salles et équipements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>room or device</source>
            <translation>salle ou appareil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rooms and devices</source>
            <translation>salles et appareils</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consulting and procedure rooms and equipment that appointments and bookings use. A retired one is not offered for new bookings or doctors' rooms; bookings already made keep it.</source>
            <translation>Les salles de consultation et d'actes et les équipements qu'utilisent les rendez-vous et les réservations. Un élément archivé n'est plus proposé pour les nouvelles réservations ni comme salle d'un médecin ; les réservations déjà faites le conservent.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+13" />
            <location filename="../../hms_desktop/ui/tabs/stock_items.py" line="-58" />
            <location line="+7" />
            <location line="+121" />
            <location line="+13" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+17" />
            <source>Department</source>
            <translation>Pôle</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Consulting room 4</source>
            <translation>Salle de consultation 4</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/tabs/stock_items.py" line="-152" />
            <source>Stock items</source>
            <translation>Articles en stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>item</source>
            <translation>article</translation>
        </message>
        <message>
            <location line="+1" />
            <source>items</source>
            <translation>articles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drugs of the formulary the pharmacy stocks, and supplies. Dispensing finds a prescribed drug's item by its formulary drug; the reorder level is compared with the stock of every location together.</source>
            <translation>Les médicaments du livret thérapeutique que la pharmacie stocke, et les fournitures. La dispensation trouve l'article d'un médicament prescrit par son médicament du livret ; le seuil de réapprovisionnement est comparé au stock cumulé de tous les emplacements.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Reorder at</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Formulary drug</source>
            <translation>Médicament du livret</translation>
        </message>
        <message>
            <location line="+2" />
            <source>type a few letters: amox…</source>
            <translation>tapez quelques lettres : amox…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The formulary drug this item supplies (drugs only; empty for a supply), as prescriptions name it: amoxicillin-500-mg-capsule.</source>
            <translation>Le médicament du livret que fournit cet article (médicaments uniquement ; vide pour une fourniture), tel que les ordonnances le nomment : amoxicillin-500-mg-capsule.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Amoxicillin 500 mg capsule</source>
            <translation>Amoxicilline 500 mg gélule</translation>
        </message>
        <message>
            <location line="+7" />
            <source>capsule</source>
            <translation>gélule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is counted when stock is received, moved and dispensed.</source>
            <translation>Ce qui est compté quand le stock est reçu, déplacé et dispensé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pack size</source>
            <translation>Conditionnement</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reorder level</source>
            <translation>Seuil de réappro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The item is on the reorder list when the stock of all locations is at or below this.</source>
            <translation>L'article figure sur la liste de réapprovisionnement quand le stock de tous les emplacements atteint ce seuil ou passe en dessous.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>empty: DRUG-&lt;ATC code&gt;</source>
            <translation>vide : DRUG-&lt;ATC code&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Empty for a drug: dispensing charges DRUG-&lt;ATC code&gt; as issuing does.</source>
            <translation>Vide pour un médicament : la dispensation facture DRUG-&lt;ATC code&gt;, comme la dispensation à un service.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Stock locations</source>
            <translation>Emplacements de stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>location</source>
            <translation>emplacement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>locations</source>
            <translation>emplacements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A closed location keeps its stock and history; nothing is received, moved or dispensed there.</source>
            <translation>Un emplacement fermé conserve son stock et son historique ; rien n'y est reçu, déplacé ni dispensé.</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+19" />
            <source>Ward</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="-11" />
            <source>Main pharmacy</source>
            <translation>Pharmacie centrale</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The ward a ward store supplies (ward stores only).</source>
            <translation>Le service qu'approvisionne une pharmacie de service (pharmacies de service uniquement).</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/chart_text.py" line="+17" />
            <source>Appointment</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inpatient</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk-in</source>
            <translation>Sans rendez-vous</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chief complaint</source>
            <translation>Motif de consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>History</source>
            <translation>Histoire de la maladie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Examination</source>
            <translation>Examen clinique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assessment</source>
            <translation>Conclusion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+14" />
            <source>just now</source>
            <translation>à l'instant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 min ago</source>
            <translation>il y a %1 min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 h ago</source>
            <translation>il y a %1 h</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n days ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>BP %1/%2 mmHg</source>
            <translation>TA %1/%2 mmHg</translation>
        </message>
        <message>
            <location line="+3" />
            <source>pulse %1/min</source>
            <translation>pouls %1/min</translation>
        </message>
        <message>
            <location line="+4" />
            <source>RR %1/min</source>
            <translation>FR %1/min</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SpO₂ %1%</source>
            <translation>SpO₂ %1%</translation>
        </message>
        <message>
            <location line="+6" />
            <source>BMI %1</source>
            <translation>IMC %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no values</source>
            <translation>aucune valeur</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Signed %1 by %2</source>
            <translation>Signé le %1 par %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>primary</source>
            <translation>principal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Diagnoses</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Vital signs</source>
            <translation>Constantes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing written yet.</source>
            <translation>Rien n'est encore écrit.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Addendum %1 by %2</source>
            <translation>Addendum du %1 par %2</translation>
        </message>
    </context>
    <context>
        <name>ChartHistory</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="-85" />
            <source>Mild</source>
            <translation>Légère</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moderate</source>
            <translation>Modérée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severe</source>
            <translation>Sévère</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+10" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refuted (not allergic)</source>
            <translation>Réfutée (non allergique)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past illness</source>
            <translation>Maladie passée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Surgery</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone changed this record since you opened it; what you typed is still here. Save again to replace their change with yours, or Cancel to keep theirs.</source>
            <translation>Quelqu'un a modifié cet enregistrement depuis que vous l'avez ouvert ; votre saisie est toujours là. Enregistrez de nouveau pour remplacer sa modification par la vôtre, ou Annulez pour conserver la sienne.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/tabs/history_pane.py" line="+44" />
            <source>reported, not confirmed</source>
            <translation>signalée, non confirmée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergies not recorded: ask the patient.</source>
            <translation>Allergies non renseignées : interrogez le patient.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No known allergies (recorded).</source>
            <translation>Aucune allergie connue (noté au dossier).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>confirmed</source>
            <translation>confirmée</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/chart_view.py" line="+62" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Encounters</source>
            <translation>&amp;Venues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Documents</source>
            <translation>&amp;Documents</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+1" />
            <location line="+3" />
            <source>None recorded</source>
            <translation>Aucun enregistré</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 y</source>
            <translation>%1 ans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>age not known</source>
            <translation>âge inconnu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{age} · {sex} · MRN {mrn}</source>
            <translation>{age} · {sex} · MRN {mrn}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No known allergies</source>
            <translation>Aucune allergie connue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergies not recorded</source>
            <translation>Allergies non renseignées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reported, not confirmed</source>
            <translation>déclarée, non confirmée</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <location filename="../../forms/chart_view.ui" line="+14" />
            <source>Patient banner</source>
            <translation>Bandeau patient</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medications</source>
            <translation>Traitements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Last vitals</source>
            <translation>Dernières constantes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Chart</source>
            <translation>Dossier</translation>
        </message>
    </context>
    <context>
        <name>ClaimsPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/claims_page.py" line="+146" />
            <source>%1 (1 claim)</source>
            <translation>%1 (1 demande)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 (%2 claims)</source>
            <translation>%1 (%2 demandes)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The insurer must authorise these services first: record its authorisation number below, then the claim can be batched.</source>
            <translation>L'assureur doit d'abord donner son accord pour ces prestations : saisissez ci-dessous son numéro d'accord préalable, puis la demande pourra être mise en lot.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not needed</source>
            <translation>Non requis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No claims are waiting to be batched.</source>
            <translation>Aucune demande n'attend d'être mise en lot.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/claims_page.ui" line="+93" />
            <source>Submitted</source>
            <translation>Transmise</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/claims_page.ui" line="-1" />
            <location line="+28" />
            <source>Approved</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partly approved</source>
            <translation>Partiellement acceptée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rejected</source>
            <translation>Rejetée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Authorisation %1 recorded for invoice %2; the claim can now be batched.</source>
            <translation>Accord %1 enregistré pour la facture %2 ; la demande peut maintenant être mise en lot.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Batch %1 created for %2 with %3 claims (%4). Submit it when it is complete.</source>
            <translation>Lot %1 créé pour %2 avec %3 demandes (%4). Transmettez-le quand il est complet.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Submit batch %1 to %2: %3 claims, %4?

A submitted batch cannot be changed; the insurer's answer is then posted as a remittance.</source>
            <translation>Transmettre le lot %1 à %2 : %3 demandes, %4 ?

Un lot transmis ne peut plus être modifié ; la réponse de l'assureur est ensuite saisie comme relevé de règlement.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Submit batch</source>
            <translation>Transmettre le lot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Submit</source>
            <translation>&amp;Transmettre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not yet</source>
            <translation>&amp;Pas encore</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Batch %1 submitted to %2.</source>
            <translation>Lot %1 transmis à %2.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Remittance posted for batch %1: %2 paid by the insurer, %3 moved to the patients' balances.</source>
            <translation>Relevé de règlement saisi pour le lot %1 : %2 payés par l'assureur, %3 reportés sur le solde des patients.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Export claim batch</source>
            <translation>Exporter le lot de demandes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Batch %1 exported: %2 lines written to %3.</source>
            <translation>Lot %1 exporté : %2 lignes écrites dans %3.</translation>
        </message>
        <message>
            <location filename="../../forms/claims_page.ui" line="-106" />
            <source>Insurance claims</source>
            <translation>Tiers payant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refresh the claims</source>
            <translation>Actualiser les demandes</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Insurer</source>
            <translation>&amp;Assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurer of the claims to batch</source>
            <translation>Assureur des demandes à mettre en lot</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Claims not in a batch yet (tick those to send)</source>
            <translation>&amp;Demandes pas encore en lot (cochez celles à envoyer)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Claims not in a batch yet</source>
            <translation>Demandes pas encore en lot</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+69" />
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <location line="-68" />
            <location line="+69" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+41" />
            <location line="+28" />
            <source>Claimed</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Authorisation</source>
            <translation>Accord préalable</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Authorisation &amp;number</source>
            <translation>&amp;Numéro d'accord</translation>
        </message>
        <message>
            <location line="+1" />
            <source>for the selected claim</source>
            <translation>pour la demande choisie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sa&amp;ve number</source>
            <translation>Enregistrer le &amp;numéro</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Create &amp;batch</source>
            <translation>Créer un &amp;lot</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ba&amp;tches</source>
            <translation>Lo&amp;ts</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Claim batches</source>
            <translation>Lots de demandes</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurer</source>
            <translation>Assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+29" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="-28" />
            <source>Claims</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sub&amp;mit batch</source>
            <translation>Trans&amp;mettre le lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Post remittance…</source>
            <translation>&amp;Saisir le relevé de règlement…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export CSV…</source>
            <translation>&amp;Exporter en CSV…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Claims &amp;of the selected batch</source>
            <translation>Demandes &amp;du lot choisi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Claims in the selected batch</source>
            <translation>Demandes du lot choisi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/conflict_dialog.py" line="+113" />
            <source>%1 changed this patient at %2 on %3 while you were editing.</source>
            <translation>%1 a modifié ce patient à %2 le %3 pendant votre saisie.</translation>
        </message>
        <message>
            <location filename="../../forms/conflict_dialog.ui" line="+6" />
            <source>Someone else changed this patient</source>
            <translation>Quelqu'un d'autre a modifié ce patient</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Show only the &amp;fields that differ</source>
            <translation>N'afficher que les &amp;champs qui diffèrent</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yours (not saved)</source>
            <translation>Les vôtres (non enregistrées)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Theirs (saved)</source>
            <translation>Les leurs (enregistrées)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Back to my changes</source>
            <translation>&amp;Retour à mes modifications</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Return to the form; nothing is saved or lost</source>
            <translation>Revenir au formulaire ; rien n'est enregistré ni perdu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Keep theirs (reload)</source>
            <translation>&amp;Garder les leurs (recharger)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discard your changes and show the saved record</source>
            <translation>Abandonner vos modifications et afficher le dossier enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save mine over theirs</source>
            <translation>&amp;Enregistrer les miennes à la place</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Replace the saved record with what you typed</source>
            <translation>Remplacer le dossier enregistré par votre saisie</translation>
        </message>
    </context>
    <context>
        <name>ConsultationTab</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/consultation.py" line="+85" />
            <source>&amp;Labs</source>
            <translation>&amp;Biologie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pres&amp;criptions</source>
            <translation>&amp;Ordonnances</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Tests waiting for a result are listed on the right: choose one, type the value and save. A critical value alerts the ordering doctor at once.</source>
            <translation>Les examens en attente de résultat sont listés à droite : choisissez-en un, saisissez la valeur et enregistrez. Une valeur critique alerte aussitôt le médecin prescripteur.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lab &amp;work</source>
            <translation>&amp;Labo</translation>
        </message>
        <message>
            <location line="+70" />
            <source>no bed</source>
            <translation>sans lit</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <location line="+11" />
            <source>{name} · MRN {mrn}</source>
            <translation>{name} · MRN {mrn}</translation>
        </message>
        <message>
            <location line="-27" />
            <source>No patients are admitted under you.</source>
            <translation>Aucun patient n'est hospitalisé sous votre responsabilité.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>My admitted patients (%1)</source>
            <translation>Mes patients hospitalisés (%1)</translation>
        </message>
        <message>
            <location filename="../../forms/consultation_tab.ui" line="+21" />
            <source>&amp;Queue</source>
            <translation>&amp;Attente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Ad&amp;mitted</source>
            <translation>&amp;Hospitalisés</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>My admitted patients</source>
            <translation>Mes patients hospitalisés</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed</source>
            <translation>Lit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+26" />
            <source>Open chart</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Open the chart of the chosen admitted patient</source>
            <translation>Ouvrir le dossier du patient hospitalisé choisi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Find</source>
            <translation>&amp;Chercher</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name, MRN or phone</source>
            <translation>&amp;Nom, MRN ou téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Okafor, 100234 or 0803…</source>
            <translation>p. ex. Okafor, 100234 ou 0803…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Patients found</source>
            <translation>Patients trouvés</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Opening a chart is recorded.</source>
            <translation>L'ouverture d'un dossier est enregistrée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open the chart of the chosen patient</source>
            <translation>Ouvrir le dossier du patient choisi</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose a patient: call the next one from the queue, pick an admitted patient, or find one by name or MRN.</source>
            <translation>Choisissez un patient : appelez le suivant dans la file, choisissez un patient hospitalisé, ou recherchez-en un par nom ou MRN.</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/credit_note_dialog.py" line="+70" />
            <source>Credit note for invoice %1 (%2, total %3)</source>
            <translation>Avoir sur la facture %1 (%2, total %3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Issue credit note</source>
            <translation>É&amp;mettre l'avoir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Already credited in full.</source>
            <translation>Déjà entièrement crédité.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The quantity to credit: less than %1 credits part of the line.</source>
            <translation>La quantité à créditer : moins de %1 crédite une partie de la ligne.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Credit note total: %1</source>
            <translation>Total de l'avoir : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>above %1, which needs a billing approver; you do not have that right. Ask a colleague who has it, or credit less here.</source>
            <translation>au-delà de %1, ce qui requiert un approbateur de facturation ; vous n'avez pas ce droit. Demandez à un collègue qui l'a, ou créditez moins ici.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Tick at least one invoice line to credit.</source>
            <translation>Cochez au moins une ligne de facture à créditer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“%1”: the quantity to credit is more than 0 and at most %2.</source>
            <translation>« %1 » : la quantité à créditer est supérieure à 0 et au plus %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A credit note above %1 needs a billing approver.</source>
            <translation>Un avoir au-delà de %1 requiert un approbateur de facturation.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say why the invoice is corrected (at least 5 characters).</source>
            <translation>Indiquez pourquoi la facture est corrigée (5 caractères au moins).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reason is too long: at most %1 characters.</source>
            <translation>Le motif est trop long : %1 caractères au plus.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Issuing the credit note…</source>
            <translation>Émission de l'avoir…</translation>
        </message>
        <message>
            <location filename="../../forms/credit_note_dialog.ui" line="+6" />
            <source>Credit note</source>
            <translation>Avoir</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Lines to credit (tick each line; to credit part of a line, change its quantity to credit)</source>
            <translation>&amp;Lignes à créditer (cochez chaque ligne ; pour créditer une partie d'une ligne, modifiez sa quantité à créditer)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Invoice lines to credit</source>
            <translation>Lignes de facture à créditer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line total</source>
            <translation>Total ligne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credited so far</source>
            <translation>Déjà crédité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qty to credit</source>
            <translation>Qté à créditer</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Re&amp;ason (required)</source>
            <translation>M&amp;otif (obligatoire)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. consultation charged twice</source>
            <translation>p. ex. consultation facturée deux fois</translation>
        </message>
    </context>
    <context>
        <name>CriticalAlertBanner</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/critical_alert.py" line="+107" />
            <source>Say that you have seen this result; it is recorded</source>
            <translation>Indiquer que vous avez vu ce résultat ; c'est enregistré</translation>
        </message>
        <message>
            <location line="+19" />
            <source>CRITICAL: %1 %2 for %3 (MRN %4)</source>
            <translation>CRITIQUE : %1 %2 pour %3 (MRN %4)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 more</source>
            <translation>%1 de plus</translation>
        </message>
        <message>
            <location filename="../../forms/critical_alert_banner.ui" line="+6" />
            <source>Critical lab result</source>
            <translation>Résultat biologique critique</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ac&amp;knowledge</source>
            <translation>Prendre &amp;connaissance</translation>
        </message>
    </context>
    <context>
        <name>DayCalendar</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/day_calendar.py" line="+133" />
            <source>Day calendar</source>
            <translation>Calendrier du jour</translation>
        </message>
        <message>
            <location line="+560" />
            <location line="+8" />
            <location line="+163" />
            <source>OVERBOOKED</source>
            <translation>SURRÉSERVÉ</translation>
        </message>
        <message>
            <location line="-120" />
            <source>Move to %1</source>
            <translation>Déplacer à %1</translation>
        </message>
        <message>
            <location line="+77" />
            <source>%1, until %2: %3</source>
            <translation>%1, jusqu'à %2 : %3</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1, %2: free</source>
            <translation>%1, %2 : libre</translation>
        </message>
    </context>
    <context>
        <name>DepositDesk</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/deposit_desk.py" line="+41" />
            <source>Deposit of %1 taken (%2).</source>
            <translation>Acompte de %1 encaissé (%2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change to give: %1.</source>
            <translation>Monnaie à rendre : %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It is held until billing applies it to an invoice.</source>
            <translation>Il est conservé jusqu'à ce que la facturation l'impute sur une facture.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Receipt not printed</source>
            <translation>Reçu non imprimé</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Take a deposit</source>
            <translation>Encaisser un acompte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 is admitted. Take a deposit now?</source>
            <translation>%1 est admis. Encaisser un acompte maintenant ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cash needs your cash shift open (Registration &gt; My shift); card and transfer do not.</source>
            <translation>Les espèces exigent votre caisse ouverte (Accueil &gt; Ma caisse) ; la carte et le virement non.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Take deposit…</source>
            <translation>&amp;Encaisser un acompte…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not now</source>
            <translation>&amp;Pas maintenant</translation>
        </message>
    </context>
    <context>
        <name>DischargeDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/discharge_dialog.py" line="+36" />
            <location line="+1" />
            <source>Discharge %1</source>
            <translation>Sortie de %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MRN %1</source>
            <translation>MRN %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>admitted %1</source>
            <translation>admis le %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Discharge</source>
            <translation>&amp;Sortie</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Optional when the patient leaves against advice: what they were told, if anything</source>
            <translation>Facultatif quand le patient part contre avis médical : ce qui lui a été dit, le cas échéant</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/discharge_dialog.ui" line="+24" />
            <source>What was done, medicines on discharge, follow-up arranged</source>
            <translation>Ce qui a été fait, traitement de sortie, suivi prévu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Choose where the patient is going.</source>
            <translation>Choisissez la destination du patient.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a short discharge summary (what was done, what happens next).</source>
            <translation>Rédigez un bref compte rendu de sortie (ce qui a été fait, la suite).</translation>
        </message>
        <message>
            <location filename="../../forms/discharge_dialog.ui" line="-18" />
            <source>Discharge patient</source>
            <translation>Sortie du patient</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Discharge</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Discharged &amp;to</source>
            <translation>Sorti &amp;vers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Summary</source>
            <translation>&amp;Compte rendu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The bed will be marked for cleaning.</source>
            <translation>Le lit sera marqué à nettoyer.</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="+175" />
            <source>Discount a line</source>
            <translation>Remise sur une ligne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount “%1” (%2 before any discount).</source>
            <translation>Remise sur « %1 » (%2 avant toute remise).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Discount the whole invoice</source>
            <translation>Remise sur toute la facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discount the whole draft (%1 before discounts). The discount is spread over the lines in proportion to their amounts and replaces their own discounts.</source>
            <translation>Remise sur tout le brouillon (%1 avant remises). La remise est répartie sur les lignes au prorata de leurs montants et remplace leurs propres remises.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Apply discount</source>
            <translation>&amp;Appliquer la remise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount off</source>
            <translation>Montant déduit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percentage</source>
            <translation>Pourcentage</translation>
        </message>
        <message>
            <location line="+36" />
            <source>%1 off, %2 before tax (per line: %3)</source>
            <translation>%1 de remise, %2 HT (par ligne : %3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 off, %2 before tax</source>
            <translation>%1 de remise, %2 HT</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Discounts on this invoice come to more than %1: you give them as a billing approver.</source>
            <translation>Les remises sur cette facture dépassent %1 : vous les accordez en tant qu'approbateur de facturation.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Discounts on one invoice above %1 need a billing approver; you do not have that right. Ask a colleague who has it, or give at most %2 here.</source>
            <translation>Des remises au-delà de %1 sur une facture requièrent un approbateur de facturation ; vous n'avez pas ce droit. Demandez à un collègue qui l'a, ou accordez au plus %2 ici.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter a percentage from 0 to 100.</source>
            <translation>Saisissez un pourcentage de 0 à 100.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter an amount from 0 to %1, in whole cents.</source>
            <translation>Saisissez un montant de 0 à %1, en centimes entiers.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Above %1 on one invoice needs a billing approver.</source>
            <translation>Au-delà de %1 sur une facture, il faut un approbateur de facturation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Say why the discount is given (at least 3 characters).</source>
            <translation>Indiquez pourquoi la remise est accordée (3 caractères au moins).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reason is too long: at most %1 characters.</source>
            <translation>Le motif est trop long : %1 caractères au plus.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Applying the discount…</source>
            <translation>Application de la remise…</translation>
        </message>
        <message>
            <location filename="../../forms/discount_dialog.ui" line="+6" />
            <source>Discount</source>
            <translation>Remise</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Discount &amp;type</source>
            <translation>&amp;Type de remise</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discount</source>
            <translation>&amp;Remise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 10.00 or 15</source>
            <translation>p. ex. 10,00 ou 15</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Comes to</source>
            <translation>Soit</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason</source>
            <translation>M&amp;otif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. hardship, agreed with the patient</source>
            <translation>p. ex. difficultés financières, convenu avec le patient</translation>
        </message>
    </context>
    <context>
        <name>DoctorHoursDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/doctor_hours_dialog.py" line="+50" />
            <source>Monday</source>
            <translation>Lundi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tuesday</source>
            <translation>Mardi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>Mercredi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thursday</source>
            <translation>Jeudi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>Vendredi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saturday</source>
            <translation>Samedi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation>Dimanche</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Row {row}: the session must end after it starts.</source>
            <translation>Ligne {row} : la plage doit finir après son début.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Row {row}: the last day is before the first day.</source>
            <translation>Ligne {row} : le dernier jour précède le premier jour.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Rows {first} and {second}: the {weekday} sessions {first_hours} and {second_hours} overlap.</source>
            <translation>Lignes {first} et {second} : les plages du {weekday} {first_hours} et {second_hours} se chevauchent.</translation>
        </message>
        <message numerus="yes">
            <location line="+57" />
            <source>… and %n more</source>
            <translation>
                <numerusform>… et %n autre</numerusform>
                <numerusform>… et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location line="+25" />
            <source>Working hours of %1</source>
            <translation>Horaires de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Times are the hospital's local time. Changing hours never cancels appointments: any booked appointment that no longer fits is listed before saving, and afterwards for reception to move.</source>
            <translation>Les heures sont celles de l'hôpital. Modifier les horaires n'annule jamais de rendez-vous : tout rendez-vous réservé qui ne tient plus est listé avant l'enregistrement, puis ensuite pour que l'accueil le déplace.</translation>
        </message>
        <message>
            <location line="+86" />
            <source>(no room)</source>
            <translation>(sans salle)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (retired)</source>
            <translation>%1 (archivé)</translation>
        </message>
        <message>
            <location line="+4" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctor's default</source>
            <translation>Par défaut du médecin</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open-ended</source>
            <translation>Sans fin</translation>
        </message>
        <message>
            <location line="+30" />
            <source>All doctors</source>
            <translation>Tous les médecins</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. conference, annual leave</source>
            <translation>p. ex. congrès, congés annuels</translation>
        </message>
        <message>
            <location line="+42" />
            <source>%1, row %2</source>
            <translation>%1, ligne %2</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Absence %1: it must end after it starts.</source>
            <translation>Absence %1 : elle doit finir après son début.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Absence %1: keep the note under %2 characters.</source>
            <translation>Absence %1 : la note doit faire moins de %2 caractères.</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Booked appointments are affected</source>
            <translation>Des rendez-vous réservés sont concernés</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n booked appointment would fall outside the doctor's hours:</source>
            <translation>
                <numerusform>%n rendez-vous réservé sortirait des horaires du médecin :</numerusform>
                <numerusform>%n rendez-vous réservés sortiraient des horaires du médecin :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n booked appointments would fall outside the doctor's hours:</source>
            <translation>
                <numerusform>%n rendez-vous réservé sortirait des horaires du médecin :</numerusform>
                <numerusform>%n rendez-vous réservés sortiraient des horaires du médecin :</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>They are not cancelled: after saving they stay booked and are listed for reception to move.</source>
            <translation>Ils ne sont pas annulés : après l'enregistrement, ils restent réservés et sont listés pour que l'accueil les déplace.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save and list them to move</source>
            <translation>Enregistrer et lister ceux à déplacer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nothing was saved.</source>
            <translation>Rien n'a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../forms/doctor_hours_dialog.ui" line="+6" />
            <source>Working hours</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Weekly sessions</source>
            <translation>Plages hebdomadaires</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+33" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="-32" />
            <location line="+33" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slot length</source>
            <translation>Durée du créneau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid from</source>
            <translation>Valable du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid to</source>
            <translation>Valable au</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add session</source>
            <translation>&amp;Ajouter une plage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move session</source>
            <translation>Supp&amp;rimer la plage</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Absences (leave, training, public holidays)</source>
            <translation>Absences (congés, formation, jours fériés)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Whole hospital</source>
            <translation>Tout l'hôpital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a&amp;bsence</source>
            <translation>Ajouter une a&amp;bsence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove abse&amp;nce</source>
            <translation>Supprimer l'abse&amp;nce</translation>
        </message>
    </context>
    <context>
        <name>DoctorQueue</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/doctor_queue.py" line="+138" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Choose a doctor to see their day.</source>
            <translation>Choisissez un médecin pour voir sa journée.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>My day could not be loaded: %1</source>
            <translation>Ma journée n'a pas pu être chargée : %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../forms/doctor_queue.ui" line="+14" />
            <source>My day</source>
            <translation>Ma journée</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+25" />
            <source>{name} · MRN {mrn}</source>
            <translation>{name} · MRN {mrn}</translation>
        </message>
        <message>
            <location line="-13" />
            <source>Nobody is waiting.</source>
            <translation>Personne n'attend.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waiting (%1)</source>
            <translation>En attente (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Complete the current consultation first</source>
            <translation>Terminez d'abord la consultation en cours</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/doctor_queue.ui" line="+54" />
            <source>Call the patient who has waited longest into consultation</source>
            <translation>Appeler en consultation le patient qui attend depuis le plus longtemps</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Booked for %1 · called in at %2</source>
            <translation>Rendez-vous à %1 · appelé à %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No appointments today.</source>
            <translation>Aucun rendez-vous aujourd'hui.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 of %2 seen · updated %3</source>
            <translation>%1 vus sur %2 · mis à jour %3</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Waiting longer than %1 minutes</source>
            <translation>Attente de plus de %1 minutes</translation>
        </message>
        <message>
            <location filename="../../forms/doctor_queue.ui" line="-46" />
            <source>&amp;Doctor</source>
            <translation>&amp;Médecin</translation>
        </message>
        <message>
            <location line="+27" />
            <source>IN CONSULTATION</source>
            <translation>EN CONSULTATION</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Open chart</source>
            <translation>Ouvrir le dossier</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the chart of the patient in consultation</source>
            <translation>Ouvrir le dossier du patient en consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Complete</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+22" />
            <source>Waiting</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Call &amp;next</source>
            <translation>Appeler le &amp;suivant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Patients waiting</source>
            <translation>Patients en attente</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+22" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Booked for</source>
            <translation>Rendez-vous à</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+6" />
            <source>Today's appointments</source>
            <translation>Rendez-vous du jour</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
    </context>
    <context>
        <name>DoctorsPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/doctors_page.py" line="+88" />
            <source>My profile</source>
            <translation>Mon profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administrators change the other fields and your hours.</source>
            <translation>Les administrateurs modifient les autres champs et vos horaires.</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+16" />
            <source>%1 (retired)</source>
            <translation>%1 (archivé)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>There are no doctors yet.</source>
            <translation>Il n'y a encore aucun médecin.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You are not set up as a doctor.</source>
            <translation>Vous n'êtes pas enregistré comme médecin.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>No profile has been saved for this doctor yet; saving creates it.</source>
            <translation>Aucun profil n'a encore été enregistré pour ce médecin ; l'enregistrement le crée.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>A slot is 5 to 240 minutes long.</source>
            <translation>Un créneau dure de 5 à 240 minutes.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Hours saved. These booked appointments are outside the doctor's hours now and need moving (they were not cancelled):</source>
            <translation>Horaires enregistrés. Ces rendez-vous réservés sont désormais hors des horaires du médecin et doivent être déplacés (ils n'ont pas été annulés) :</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hours saved. No booked appointment is affected.</source>
            <translation>Horaires enregistrés. Aucun rendez-vous réservé n'est concerné.</translation>
        </message>
        <message>
            <location filename="../../forms/doctors_page.ui" line="+12" />
            <source>Doctors</source>
            <translation>Médecins</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Specialties</source>
            <translation>Spécialités</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Department</source>
            <translation>Pôle</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Rooms</source>
            <translation>Salles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slot</source>
            <translation>Créneau</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Doctor's details</source>
            <translation>Fiche du médecin</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The title comes from the staff record (Administration → Users).</source>
            <translation>Le titre provient de la fiche du personnel (Administration → Utilisateurs).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The department comes from the staff record (Administration → Users).</source>
            <translation>Le pôle provient de la fiche du personnel (Administration → Utilisateurs).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Qualifications</source>
            <translation>&amp;Qualifications</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;gistration number</source>
            <translation>N° d'ins&amp;cription (RPPS)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;pecialties</source>
            <translation>S&amp;pécialités</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Consultation &amp;fee code</source>
            <translation>Code tarif de &amp;consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tariff code used by billing</source>
            <translation>Code tarif utilisé par la facturation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Rooms used</source>
            <translation>&amp;Salles utilisées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;lot length</source>
            <translation>Durée du c&amp;réneau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital default</source>
            <translation>Par défaut de l'hôpital</translation>
        </message>
        <message>
            <location line="+0" />
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A&amp;vailability notes</source>
            <translation>Notes de &amp;disponibilité</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Working &amp;hours…</source>
            <translation>&amp;Horaires…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Re&amp;vert</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save profile</source>
            <translation>&amp;Enregistrer le profil</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPane</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/documents_pane.py" line="+21" />
            <source>Wristband</source>
            <translation>Bracelet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Label sheet</source>
            <translation>Planche d'étiquettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescription</source>
            <translation>Ordonnance</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Copy</source>
            <translation>Copie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Original</source>
            <translation>Original</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing has been printed for this patient.</source>
            <translation>Rien n'a été imprimé pour ce patient.</translation>
        </message>
        <message>
            <location filename="../../forms/documents_pane.ui" line="+7" />
            <source>What was printed for this patient. A reprint is marked as a copy.</source>
            <translation>Ce qui a été imprimé pour ce patient. Une réimpression est marquée comme copie.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Printed documents, newest first</source>
            <translation>Documents imprimés, les plus récents d'abord</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Printed</source>
            <translation>Imprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Original or copy</source>
            <translation>Original ou copie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Par</translation>
        </message>
    </context>
    <context>
        <name>DomainWords</name>
        <message>
            <location filename="../../hms_desktop/ui/domain_words.py" line="+45" />
            <source>Database owner</source>
            <translation>Propriétaire de la base</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/duplicates_dialog.py" line="+37" />
            <source>this patient</source>
            <translation>ce patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1 may already be registered.&lt;/b&gt; %2 existing record looks like the same person. Check with the patient before registering them again: a second record splits their history.</source>
            <translation>&lt;b&gt;%1 est peut-être déjà enregistré.&lt;/b&gt; %2 dossier existant semble correspondre à la même personne. Vérifiez auprès du patient avant de l'enregistrer à nouveau : un second dossier scinde son historique.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;%1 may already be registered.&lt;/b&gt; %2 existing records look like the same person. Check with the patient before registering them again: a second record splits their history.</source>
            <translation>&lt;b&gt;%1 est peut-être déjà enregistré.&lt;/b&gt; %2 dossiers existants semblent correspondre à la même personne. Vérifiez auprès du patient avant de l'enregistrer à nouveau : un second dossier scinde son historique.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One</source>
            <translation>Un</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records that may be the same person</source>
            <translation>Dossiers pouvant concerner la même personne</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 (est.)</source>
            <translation>%1 (est.)</translation>
        </message>
        <message>
            <location filename="../../forms/duplicates_dialog.ui" line="+6" />
            <source>This patient may already be registered</source>
            <translation>Ce patient est peut-être déjà enregistré</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MRN</source>
            <translation>MRN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why it matches</source>
            <translation>Pourquoi il correspond</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Open this patient</source>
            <translation>&amp;Ouvrir ce patient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Stop registering and open the selected existing patient</source>
            <translation>Arrêter l'enregistrement et ouvrir le patient existant choisi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Back to the form</source>
            <translation>&amp;Retour au formulaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Register as new patient</source>
            <translation>&amp;Enregistrer comme nouveau patient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>It is a different person: register them with a new MRN</source>
            <translation>C'est une autre personne : l'enregistrer avec un nouveau MRN</translation>
        </message>
    </context>
    <context>
        <name>EncounterEditor</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/encounter_editor.py" line="+75" />
            <source>Appointment</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inpatient</source>
            <translation>Hospitalisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Walk-in</source>
            <translation>Sans rendez-vous</translation>
        </message>
        <message>
            <location line="+4" />
            <source>After signing, the note cannot be changed; corrections are added as addenda.</source>
            <translation>Une fois signée, la note ne peut plus être modifiée ; les corrections sont ajoutées en addenda.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved — connection lost; your text is kept and will be saved when the connection is back.</source>
            <translation>Non enregistrée — connexion perdue ; votre texte est conservé et sera enregistré au retour de la connexion.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>%1 in %2 (%3 to %4)</source>
            <translation>%1 en %2 (%3 à %4)</translation>
        </message>
        <message>
            <location line="+77" />
            <source>The encounter could not be opened: %1</source>
            <translation>La venue n'a pas pu être ouverte : %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>{name} · MRN {mrn}</source>
            <translation>{name} · MRN {mrn}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 · started %2 · %3</source>
            <translation>%1 · commencée %2 · %3</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Signed by %1 at %2 on %3. %4</source>
            <translation>Signée par %1 à %2 le %3. %4</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No addenda.</source>
            <translation>Aucun addendum.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Addendum signed by %1 at %2 on %3</source>
            <translation>Addendum signé par %1 à %2 le %3</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Changes not saved yet</source>
            <translation>Modifications pas encore enregistrées</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Not saved — someone else changed this note</source>
            <translation>Non enregistrée — quelqu'un d'autre a modifié cette note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not saved</source>
            <translation>Non enregistrée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your text is kept but was not saved: %1</source>
            <translation>Votre texte est conservé mais n'a pas été enregistré : %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Saved %1</source>
            <translation>Enregistrée %1</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing else was done: what you typed must be saved first. Try again when it shows “Saved”.</source>
            <translation>Rien d'autre n'a été fait : votre saisie doit d'abord être enregistrée. Réessayez quand « Enregistrée » s'affiche.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This encounter was signed from another window or workstation. What you typed here is still shown but can no longer be saved into the note: copy what you need, then load the signed note and add an addendum.</source>
            <translation>Cette venue a été signée depuis une autre fenêtre ou un autre poste. Votre saisie reste affichée mais ne peut plus être enregistrée dans la note : copiez ce dont vous avez besoin, puis chargez la note signée et ajoutez un addendum.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Someone saved this encounter from another window or workstation while you were typing. Your text is still here and nothing is lost: save yours over theirs, or load the saved version (your changes here are then dropped).</source>
            <translation>Quelqu'un a enregistré cette venue depuis une autre fenêtre ou un autre poste pendant votre saisie. Votre texte est toujours là et rien n'est perdu : enregistrez le vôtre à la place du leur, ou chargez la version enregistrée (vos modifications ici sont alors abandonnées).</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1 kg/m²</source>
            <translation>%1 kg/m²</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+3" />
            <source>%1: enter a number.</source>
            <translation>%1 : saisissez un nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 must be a whole number.</source>
            <translation>%1 doit être un nombre entier.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Recorded. Flagged: %1</source>
            <translation>Enregistré. Signalé : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recorded.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Flagged</source>
            <translation>Signalé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No vital signs recorded yet.</source>
            <translation>Aucune constante enregistrée pour l'instant.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>No ICD-10 code matches “%1”.</source>
            <translation>Aucun code CIM-10 ne correspond à « %1 ».</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Search for a diagnosis and choose it in the list first.</source>
            <translation>Recherchez d'abord un diagnostic et choisissez-le dans la liste.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is already a diagnosis of this encounter.</source>
            <translation>%1 est déjà un diagnostic de cette venue.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>There is already a primary diagnosis (%1). Add this one as secondary, or choose it afterwards and press Make primary.</source>
            <translation>Il y a déjà un diagnostic principal (%1). Ajoutez celui-ci comme associé, ou choisissez-le ensuite et cliquez sur Rendre principal.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add the primary diagnosis first: the main reason for this consultation.</source>
            <translation>Ajoutez d'abord le diagnostic principal : le motif principal de cette consultation.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+7" />
            <source>Choose a diagnosis in the list first.</source>
            <translation>Choisissez d'abord un diagnostic dans la liste.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Make another diagnosis the primary one before removing this one.</source>
            <translation>Rendez un autre diagnostic principal avant de retirer celui-ci.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Primary</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Secondary</source>
            <translation>Associé</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No diagnosis yet.</source>
            <translation>Aucun diagnostic pour l'instant.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Record at least the primary diagnosis before signing.</source>
            <translation>Enregistrez au moins le diagnostic principal avant de signer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The vital signs typed but not recorded will not be part of the note.</source>
            <translation>Les constantes saisies mais non enregistrées ne feront pas partie de la note.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign the note</source>
            <translation>Signer la note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Si&amp;gn</source>
            <translation>Si&amp;gner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Signing…</source>
            <translation>Signature…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Saved, not signed</source>
            <translation>Enregistrée, non signée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not signed: %1</source>
            <translation>Non signée : %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>First choose above what happens to your text: save yours over the other version, or load the saved one.</source>
            <translation>Choisissez d'abord ci-dessus ce que devient votre texte : enregistrer le vôtre à la place de l'autre version, ou charger la version enregistrée.</translation>
        </message>
        <message>
            <location filename="../../forms/encounter_editor.ui" line="+6" />
            <source>Encounter</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save state</source>
            <translation>État d'enregistrement</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save &amp;mine over it</source>
            <translation>Enregistrer le &amp;mien à la place</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your text replaces what was saved from the other window</source>
            <translation>Votre texte remplace ce qui a été enregistré depuis l'autre fenêtre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Load the saved &amp;version</source>
            <translation>Charger la &amp;version enregistrée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show what was saved; what you typed here since is dropped</source>
            <translation>Afficher ce qui a été enregistré ; votre saisie depuis est abandonnée</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Consultation note</source>
            <translation>Note de consultation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Chief complaint</source>
            <translation>Motif de &amp;consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why the patient came, in their words</source>
            <translation>Pourquoi le patient est venu, avec ses mots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;History</source>
            <translation>&amp;Histoire de la maladie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset, course, what makes it better or worse; relevant past history</source>
            <translation>Début, évolution, facteurs d'amélioration ou d'aggravation ; antécédents pertinents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xamination</source>
            <translation>E&amp;xamen clinique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>General appearance, systems examined, findings</source>
            <translation>État général, appareils examinés, constatations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Assessment</source>
            <translation>&amp;Conclusion</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working diagnosis and differential</source>
            <translation>Diagnostic retenu et différentiel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Investigations, treatment, advice, follow-up</source>
            <translation>Examens, traitement, conseils, suivi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else</source>
            <translation>Autre chose</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+2" />
            <source>Addenda</source>
            <translation>Addenda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add addend&amp;um…</source>
            <translation>Ajouter un addend&amp;um…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A signed, timestamped correction shown under the note</source>
            <translation>Une correction signée et horodatée, affichée sous la note</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vital signs</source>
            <translation>Constantes</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Temperature</source>
            <translation>&amp;Température</translation>
        </message>
        <message>
            <location line="+2" />
            <source>°C</source>
            <translation>°C</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pulse</source>
            <translation>Pouls</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+3" />
            <source>/min</source>
            <translation>/min</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Respiratory rate</source>
            <translation>Fréquence respiratoire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SpO₂</source>
            <translation>SpO₂</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location line="+2" />
            <source>kg</source>
            <translation>kg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Height</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cm</source>
            <translation>cm</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Blood pressure</source>
            <translation>Tension artérielle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Systolic blood pressure</source>
            <translation>Pression artérielle systolique</translation>
        </message>
        <message>
            <location line="+0" />
            <source>/</source>
            <translation>/</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Diastolic blood pressure</source>
            <translation>Pression artérielle diastolique</translation>
        </message>
        <message>
            <location line="+0" />
            <source>mmHg</source>
            <translation>mmHg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>BMI</source>
            <translation>IMC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Body mass index, computed from weight and height</source>
            <translation>Indice de masse corporelle, calculé à partir du poids et de la taille</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Record vitals</source>
            <translation>&amp;Enregistrer les constantes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save these measurements with the time now</source>
            <translation>Enregistrer ces mesures avec l'heure actuelle</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recorded vital signs</source>
            <translation>Constantes enregistrées</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measurements</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flags</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Diagnoses (ICD-10)</source>
            <translation>Diagnostics (CIM-10)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Diagnosis</source>
            <translation>&amp;Diagnostic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search ICD-10 by code or words, e.g. J45 or asthma</source>
            <translation>Rechercher en CIM-10 par code ou mots, p. ex. J45 ou asthme</translation>
        </message>
        <message>
            <location line="+7" />
            <source>ICD-10 codes found</source>
            <translation>Codes CIM-10 trouvés</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add as pr&amp;imary</source>
            <translation>Ajouter comme pr&amp;incipal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The main reason for this consultation; there is exactly one</source>
            <translation>Le motif principal de cette consultation ; il y en a exactement un</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add as sec&amp;ondary</source>
            <translation>Ajouter comme ass&amp;ocié</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Diagnoses of this encounter</source>
            <translation>Diagnostics de cette venue</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Ma&amp;ke primary</source>
            <translation>Rendre princi&amp;pal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The chosen diagnosis becomes the primary one; the current primary becomes secondary</source>
            <translation>Le diagnostic choisi devient le principal ; l'actuel principal devient associé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move</source>
            <translation>Reti&amp;rer</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Order &amp;labs…</source>
            <translation>Prescrire des e&amp;xamens…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescri&amp;be…</source>
            <translation>Prescri&amp;re…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Si&amp;gn…</source>
            <translation>Si&amp;gner…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sign the note: it cannot be changed afterwards; corrections become addenda</source>
            <translation>Signer la note : elle ne peut plus être modifiée ensuite ; les corrections deviennent des addenda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clos&amp;e</source>
            <translation>F&amp;ermer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save and go back</source>
            <translation>Enregistrer et revenir</translation>
        </message>
    </context>
    <context>
        <name>EncountersPane</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/encounters_pane.py" line="+117" />
            <source>No encounters yet.</source>
            <translation>Aucune venue pour l'instant.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1–%2 of %3</source>
            <translation>%1–%2 sur %3</translation>
        </message>
        <message>
            <location line="+45" />
            <location filename="../../forms/encounters_pane.ui" line="+11" />
            <source>Continue the chosen draft encounter</source>
            <translation>Reprendre la venue brouillon choisie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A colleague's draft: only they can continue it</source>
            <translation>Brouillon d'un confrère : lui seul peut le reprendre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start the consultation of today's appointment</source>
            <translation>Commencer la consultation du rendez-vous du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start an inpatient encounter for this admission</source>
            <translation>Commencer une venue d'hospitalisation pour cette admission</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start a walk-in consultation</source>
            <translation>Commencer une consultation sans rendez-vous</translation>
        </message>
        <message>
            <location filename="../../forms/encounters_pane.ui" line="-1" />
            <source>New enco&amp;unter</source>
            <translation>Nouvelle ve&amp;nue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start a consultation: from today's appointment, the admission, or as a walk-in</source>
            <translation>Commencer une consultation : depuis le rendez-vous du jour, l'admission, ou sans rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open draf&amp;t</source>
            <translation>Ouvrir le &amp;brouillon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pre&amp;vious</source>
            <translation>Pré&amp;cédent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Newer encounters</source>
            <translation>Venues plus récentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ne&amp;xt</source>
            <translation>Sui&amp;vant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Older encounters</source>
            <translation>Venues plus anciennes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Encounters, newest first</source>
            <translation>Venues, les plus récentes d'abord</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnosis</source>
            <translation>Diagnostic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The chosen encounter</source>
            <translation>La venue choisie</translation>
        </message>
    </context>
    <context>
        <name>FamilyHistoryDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="+191" />
            <source>Change family history</source>
            <translation>Modifier l'antécédent familial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a relative's condition</source>
            <translation>Ajouter une affection d'un proche</translation>
        </message>
        <message>
            <location filename="../../forms/family_history_dialog.ui" line="+6" />
            <source>Family history</source>
            <translation>Antécédents familiaux</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Relative</source>
            <translation>&amp;Parent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Condition (ICD-10)</source>
            <translation>&amp;Affection (CIM-10)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A code (J45) or words (asthma, diab mell)</source>
            <translation>Un code (J45) ou des mots (asthme, diab suc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matching ICD-10 codes</source>
            <translation>Codes CIM-10 correspondants</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. at age 52 (optional)</source>
            <translation>p. ex. à 52 ans (facultatif)</translation>
        </message>
    </context>
    <context>
        <name>FeeDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/fee_dialog.py" line="+62" />
            <source>New service</source>
            <translation>Nouvelle prestation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A service the fee schedule does not have yet, with its first price. Its code is what charges and invoices name.</source>
            <translation>Une prestation que la grille tarifaire n'a pas encore, avec son premier tarif. Son code est celui que citent les actes et les factures.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add service</source>
            <translation>&amp;Ajouter la prestation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New price for %1</source>
            <translation>Nouveau tarif pour %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prices are never changed: the new price applies to services given on or after the day below; earlier ones keep the price of their day. Today: %1 (tax %2 %).</source>
            <translation>Les tarifs ne sont jamais modifiés : le nouveau tarif s'applique aux prestations réalisées à partir du jour ci-dessous ; les précédentes gardent le tarif de leur jour. Aujourd'hui : %1 (TVA %2 %).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add price</source>
            <translation>&amp;Ajouter le tarif</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose the service's category.</source>
            <translation>Choisissez la catégorie de la prestation.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>price</source>
            <translation>prix</translation>
        </message>
        <message>
            <location line="+4" />
            <source>tax rate</source>
            <translation>taux de TVA</translation>
        </message>
        <message>
            <location line="+0" />
            <source>20 or 7.5</source>
            <translation>20 ou 7.5</translation>
        </message>
        <message>
            <location filename="../../forms/fee_dialog.ui" line="+6" />
            <source>Fee</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. XRAY-CHEST</source>
            <translation>p. ex. XRAY-CHEST</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as printed on an invoice</source>
            <translation>tel qu'imprimé sur une facture</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tégorie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Price</source>
            <translation>&amp;Prix</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 45.00</source>
            <translation>p. ex. 45,00</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ta&amp;x rate (%)</source>
            <translation>Taux de T&amp;VA (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0 when not taxed</source>
            <translation>0 si non taxé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Effective from</source>
            <translation>&amp;En vigueur à partir du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>FeeSchedulePage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/fee_schedule_page.py" line="+55" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+5" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+3" />
            <source>Price</source>
            <translation>Prix</translation>
        </message>
        <message>
            <location line="-3" />
            <location line="+4" />
            <source>Tax %</source>
            <translation>TVA %</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Valid from</source>
            <translation>Valable du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next change</source>
            <translation>Prochain changement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Effective from</source>
            <translation>En vigueur depuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added by</source>
            <translation>Ajouté par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added on</source>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1 from %2</source>
            <translation>%1 à partir du %2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 of %2 services shown. Prices are those valid today; a change takes effect on its day and never rewrites the past.</source>
            <translation>%1 prestations affichées sur %2. Les prix sont ceux en vigueur aujourd'hui ; un changement prend effet à sa date et ne réécrit jamais le passé.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Price history (select a service)</source>
            <translation>Historique des tarifs (choisissez une prestation)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Price history of %1</source>
            <translation>Historique des tarifs de %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Select a service first.</source>
            <translation>Choisissez d'abord une prestation.</translation>
        </message>
        <message>
            <location filename="../../forms/fee_schedule_page.ui" line="+10" />
            <source>Filter by code or name…</source>
            <translation>Filtrer par code ou nom…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filter by code or name</source>
            <translation>Filtrer par code ou nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tégorie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New ser&amp;vice…</source>
            <translation>Nouvelle pres&amp;tation…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;price…</source>
            <translation>Nouveau &amp;tarif…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reload the fee schedule from the database (F5)</source>
            <translation>Recharger la grille tarifaire depuis la base de données (F5)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Fee schedule</source>
            <translation>Grille tarifaire</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Price history</source>
            <translation>Historique des tarifs</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Price history of the selected service</source>
            <translation>Historique des tarifs de la prestation choisie</translation>
        </message>
    </context>
    <context>
        <name>FieldConflictDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/field_conflict.py" line="+49" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nothing of yours has been saved yet. %2 highlighted below. Keep their version, or save yours over it.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Rien de votre saisie n'a encore été enregistré. %2 ci-dessous. Gardez leur version, ou enregistrez la vôtre à la place.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One field differs; it is</source>
            <translation>Un champ diffère ; il est surligné</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 fields differ; they are</source>
            <translation>%1 champs diffèrent ; ils sont surlignés</translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/first_admin_dialog.py" line="+25" />
            <source>Create administrator</source>
            <translation>Créer l'administrateur</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Enter the administrator's full name.</source>
            <translation>Saisissez le nom complet de l'administrateur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
        <message>
            <location filename="../../forms/first_admin_dialog.ui" line="+6" />
            <source>Create the first administrator</source>
            <translation>Créer le premier administrateur</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This database has no administrator yet. Create one now: the administrator then adds everyone else in Administration → Users.</source>
            <translation>Cette base de données n'a pas encore d'administrateur. Créez-en un maintenant : l'administrateur ajoute ensuite tous les autres dans Administration → Utilisateurs.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Full &amp;name</source>
            <translation>&amp;Nom complet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User name</source>
            <translation>&amp;Identifiant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lower-case, e.g. jsmith</source>
            <translation>en minuscules, p. ex. jdupont</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at least 10 characters</source>
            <translation>10 caractères au moins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat password</source>
            <translation>&amp;Répéter le mot de passe</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/base.py" line="+248" />
            <source>Discard changes</source>
            <extracomment>False where closing would leave the person with no window at all (the login window). The task runner ``save()`` uses; a subclass that saves sets it in its ``__init__``. The open "Discard what you typed?" question, if any (tests answer it).</extracomment>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discard what you typed?</source>
            <translation>Abandonner votre saisie ?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Discard</source>
            <translation>A&amp;bandonner</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer la saisie</translation>
        </message>
    </context>
    <context>
        <name>FreeBedChooser</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/admit_dialog.py" line="-163" />
            <source>Any type</source>
            <translation>Tout type</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Loading free beds…</source>
            <translation>Chargement des lits libres…</translation>
        </message>
        <message>
            <location line="+32" />
            <source>No free %1 beds at the moment.</source>
            <translation>Aucun lit %1 libre pour le moment.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No free beds at the moment.</source>
            <translation>Aucun lit libre pour le moment.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Bed %1</source>
            <translation>Lit %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1 free bed</source>
            <translation>1 lit libre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 free beds</source>
            <translation>%1 lits libres</translation>
        </message>
    </context>
    <context>
        <name>HistoryPane</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/history_pane.py" line="+85" />
            <source>No allergies recorded.</source>
            <translation>Aucune allergie enregistrée.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No problems, illnesses or surgeries recorded.</source>
            <translation>Aucun problème, maladie ou intervention enregistré.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No family history recorded.</source>
            <translation>Aucun antécédent familial enregistré.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 units a week</source>
            <translation>%1 unités par semaine</translation>
        </message>
        <message>
            <location line="+129" />
            <source>H&amp;istory</source>
            <translation>A&amp;ntécédents</translation>
        </message>
        <message>
            <location filename="../../forms/history_pane.ui" line="+13" />
            <source>&amp;Allergies</source>
            <translation>&amp;Allergies</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add aller&amp;gy…</source>
            <translation>Ajouter une aller&amp;gie…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+24" />
            <location line="+24" />
            <location line="+24" />
            <source>Edi&amp;t…</source>
            <translation>Modi&amp;fier…</translation>
        </message>
        <message>
            <location line="-72" />
            <source>Change the allergy, or mark it inactive or refuted</source>
            <translation>Modifier l'allergie, ou la marquer inactive ou réfutée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confi&amp;rm</source>
            <translation>Confi&amp;rmer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirm an allergy the patient or a relative reported</source>
            <translation>Confirmer une allergie signalée par le patient ou un proche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No &amp;known allergies</source>
            <translation>Aucune allergie &amp;connue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record that you asked and the patient has no known allergies</source>
            <translation>Enregistrer que vous avez posé la question et que le patient n'a aucune allergie connue</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Substance</source>
            <translation>Substance</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drug class</source>
            <translation>Classe médicamenteuse</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reaction</source>
            <translation>Réaction</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+24" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Verification</source>
            <translation>Vérification</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Pro&amp;blems</source>
            <translation>Pro&amp;blèmes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;problem…</source>
            <translation>Ajouter un &amp;problème…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A problem, a past illness or a surgery</source>
            <translation>Un problème, une maladie passée ou une intervention</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Resol&amp;ve</source>
            <translation>Résou&amp;dre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Mark the chosen problem resolved</source>
            <translation>Marquer le problème choisi comme résolu</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems, past illnesses and surgeries</source>
            <translation>Problèmes, maladies passées et interventions</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+24" />
            <source>ICD-10</source>
            <translation>CIM-10</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Since / date</source>
            <translation>Depuis / date</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Famil&amp;y</source>
            <translation>Famil&amp;le</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add &amp;relative's condition…</source>
            <translation>Ajouter l'affection d'un p&amp;roche…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Family history</source>
            <translation>Antécédents familiaux</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Relative</source>
            <translation>Proche</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Condition</source>
            <translation>Affection</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;ocial</source>
            <translation>M&amp;ode de vie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Smoking, alcohol, occupation</source>
            <translation>Tabac, alcool, profession</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Smoking</source>
            <translation>Tabac</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pack-years</source>
            <translation>Paquets-années</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alcohol</source>
            <translation>Alcool</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Occupation</source>
            <translation>Profession</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>Icd10Chooser</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/icd10_chooser.py" line="+57" />
            <source>%1 · chapter %2: %3</source>
            <translation>%1 · chapitre %2 : %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No ICD-10 code matches. Try another word or the code.</source>
            <translation>Aucun code CIM-10 ne correspond. Essayez un autre mot ou le code.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No code chosen yet: type a code or words and pick one.</source>
            <translation>Aucun code choisi : saisissez un code ou des mots et choisissez-en un.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 is not a WHO ICD-10 code.</source>
            <translation>%1 n'est pas un code CIM-10 de l'OMS.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Chosen: %1 %2 (chapter %3)</source>
            <translation>Choisi : %1 %2 (chapitre %3)</translation>
        </message>
    </context>
    <context>
        <name>InsurancePage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/insurance_page.py" line="+85" />
            <location line="+5" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Plan</source>
            <translation>Contrat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Co-payment</source>
            <translation>Ticket modérateur</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Annual limit</source>
            <translation>Plafond annuel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Exclusions</source>
            <translation>Exclusions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Service</source>
            <translation>Prestation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan price</source>
            <translation>Prix du contrat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effective from</source>
            <translation>En vigueur depuis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Added by</source>
            <translation>Ajouté par</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Retired</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 insurers (%2 active), %3 plans.</source>
            <translation>%1 assureurs (%2 actifs), %3 contrats.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Plans of %1</source>
            <translation>Contrats de %1</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/insurance_page.ui" line="+37" />
            <source>Plans</source>
            <translation>Contrats</translation>
        </message>
        <message>
            <location line="+6" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Select a plan to see what it covers.</source>
            <translation>Choisissez un contrat pour voir ce qu'il couvre.</translation>
        </message>
        <message>
            <location line="+18" />
            <source> (pre-authorisation)</source>
            <translation> (accord préalable)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covers: %1. Categories not listed are the patient's.</source>
            <translation>Couvre : %1. Les catégories non listées sont à la charge du patient.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Reins&amp;tate insurer</source>
            <translation>Réac&amp;tiver l'assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/insurance_page.ui" line="-18" />
            <source>Re&amp;tire insurer</source>
            <translation>Archiver l'ass&amp;ureur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reinst&amp;ate plan</source>
            <translation>Réacti&amp;ver le contrat</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/insurance_page.ui" line="+24" />
            <source>Retire pl&amp;an</source>
            <translation>Archiver le co&amp;ntrat</translation>
        </message>
        <message>
            <location filename="../../forms/insurance_page.ui" line="-30" />
            <location line="+12" />
            <source>Insurers</source>
            <translation>Assureurs</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Add &amp;insurer…</source>
            <translation>Ajouter un &amp;assureur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit ins&amp;urer…</source>
            <translation>Modifier l'ass&amp;ureur…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Add p&amp;lan…</source>
            <translation>Ajouter un &amp;contrat…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit pla&amp;n…</source>
            <translation>Modifier le co&amp;ntrat…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reload insurers and plans from the database (F5)</source>
            <translation>Recharger assureurs et contrats depuis la base de données (F5)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Plans of the selected insurer</source>
            <translation>Contrats de l'assureur choisi</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The plan's own prices</source>
            <translation>Les prix propres au contrat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Plan &amp;price…</source>
            <translation>&amp;Prix du contrat…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The selected plan's own prices</source>
            <translation>Les prix propres au contrat choisi</translation>
        </message>
    </context>
    <context>
        <name>InvoiceLineDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="-210" />
            <source>A line for the draft invoice of %1.</source>
            <translation>Une ligne pour la facture brouillon de %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add line</source>
            <translation>&amp;Ajouter la ligne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None: type the description, price and tax rate</source>
            <translation>Aucun : saisissez le libellé, le prix et le taux de TVA</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fee code from the fee schedule</source>
            <translation>Code tarif de la grille tarifaire</translation>
        </message>
        <message>
            <location line="+44" />
            <source>%1 + tax %2 = %3</source>
            <translation>%1 + TVA %2 = %3</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Say what the line is for.</source>
            <translation>Indiquez l'objet de la ligne.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At most %1 characters.</source>
            <translation>%1 caractères au plus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter a quantity above zero, like 1 or 1.5 (three decimals at most).</source>
            <translation>Saisissez une quantité supérieure à zéro, comme 1 ou 1.5 (trois décimales au plus).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the price of one unit, like 12.50.</source>
            <translation>Saisissez le prix d'une unité, comme 12,50.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the tax rate in percent, 0 to 100 (0 if none).</source>
            <translation>Saisissez le taux de TVA en pourcentage, de 0 à 100 (0 si aucun).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Adding the line…</source>
            <translation>Ajout de la ligne…</translation>
        </message>
        <message>
            <location filename="../../forms/invoice_line_dialog.ui" line="+6" />
            <source>Add a line</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Fee code</source>
            <translation>Code &amp;tarif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Description</source>
            <translation>&amp;Libellé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Dressing pack</source>
            <translation>p. ex. Kit de pansement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quantity</source>
            <translation>&amp;Quantité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 or 1.5</source>
            <translation>p. ex. 2 ou 1.5</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unit &amp;price</source>
            <translation>&amp;Prix unitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 12.50</source>
            <translation>p. ex. 12,50</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Tax rate (%)</source>
            <translation>Taux de T&amp;VA (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 20</source>
            <translation>p. ex. 20</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
    </context>
    <context>
        <name>KeyboardSort</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/keyboard_sort.py" line="+28" />
            <source>Sort by %1</source>
            <translation>Trier par %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>To sort by a column: the menu key or Shift+F10.</source>
            <translation>Pour trier par une colonne : la touche Menu ou Maj+F10.</translation>
        </message>
    </context>
    <context>
        <name>LabResultsPane</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/lab_results_pane.py" line="+71" />
            <source>Chart of the chosen test over time</source>
            <translation>Courbe de l'examen choisi dans le temps</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose a patient.</source>
            <translation>Choisissez un patient.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Lab results could not be loaded: %1</source>
            <translation>Les résultats biologiques n'ont pas pu être chargés : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No lab results are recorded for this patient.</source>
            <translation>Aucun résultat biologique n'est enregistré pour ce patient.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>1 result</source>
            <translation>1 résultat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 results</source>
            <translation>%1 résultats</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No numeric results to chart</source>
            <translation>Aucun résultat numérique à tracer</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chart of %1 over time</source>
            <translation>Évolution de %1 dans le temps</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Reference range</source>
            <translation>Valeurs de référence</translation>
        </message>
        <message>
            <location filename="../../forms/lab_results_pane.ui" line="+14" />
            <source>Chart &amp;of</source>
            <translation>&amp;Courbe de</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Lab results, newest first</source>
            <translation>Résultats biologiques, les plus récents d'abord</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test</source>
            <translation>Examen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Range</source>
            <translation>Normes</translation>
        </message>
    </context>
    <context>
        <name>LabWorklist</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/lab_worklist.py" line="+65" />
            <source>Waiting for a result</source>
            <translation>En attente de résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results since yesterday</source>
            <translation>Résultats depuis hier</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Result value</source>
            <translation>Valeur du résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The lab worklist could not be loaded: %1</source>
            <translation>La liste de travail du laboratoire n'a pas pu être chargée : %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 waiting</source>
            <translation>%1 en attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 results</source>
            <translation>%1 résultats</translation>
        </message>
        <message>
            <location line="+2" />
            <source> · %1 STAT</source>
            <translation> · %1 STAT</translation>
        </message>
        <message>
            <location line="+10" />
            <source>No tests are waiting for a result.</source>
            <translation>Aucun examen n'attend de résultat.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No results were entered since yesterday.</source>
            <translation>Aucun résultat saisi depuis hier.</translation>
        </message>
        <message>
            <location line="+45" />
            <location filename="../../forms/lab_worklist.ui" line="+46" />
            <source>Choose a test in the list.</source>
            <translation>Choisissez un examen dans la liste.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>, %1 y</source>
            <translation>, %1 ans</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 for %2 (MRN %3), %4, ordered by %5</source>
            <translation>%1 pour %2 (MRN %3), %4, prescrit par %5</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Already resulted</source>
            <translation>Résultat déjà rendu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A word, e.g. %1</source>
            <translation>Un mot, p. ex. %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Positive</source>
            <translation>Positif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A number, e.g. 4.2</source>
            <translation>Un nombre, p. ex. 4.2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Enter the result of %1.</source>
            <translation>Saisissez le résultat de %1.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Saved at %1: %2 %3 for %4 — %5</source>
            <translation>Enregistré à %1 : %2 %3 pour %4 — %5</translation>
        </message>
        <message>
            <location line="+4" />
            <source> (reference %1)</source>
            <translation> (référence %1)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>. The ordering doctor is alerted.</source>
            <translation>. Le médecin prescripteur est alerté.</translation>
        </message>
        <message>
            <location filename="../../forms/lab_worklist.ui" line="-32" />
            <source>Lab worklist</source>
            <translation>Liste de travail du laboratoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sh&amp;ow</source>
            <translation>Affic&amp;her</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Tests waiting for a result</source>
            <translation>Examens en attente de résultat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Urgency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MRN</source>
            <translation>MRN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test</source>
            <translation>Examen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ordered</source>
            <translation>Prescrit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the result</source>
            <translation>Saisir le résultat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Value</source>
            <translation>&amp;Valeur</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save &amp;result</source>
            <translation>Enregistrer le &amp;résultat</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/language_dialog.py" line="+28" />
            <source>The system's language (now %1)</source>
            <translation>La langue du système (actuellement %1)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only English is installed. A hospital adds a language with `make translations`.</source>
            <translation>Seul l'anglais est installé. Un hôpital ajoute une langue avec `make translations`.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The choice could not be saved on this computer (%1). Ask IT to check the settings folder.</source>
            <translation>Le choix n'a pas pu être enregistré sur cet ordinateur (%1). Demandez à l'informatique de vérifier le dossier des paramètres.</translation>
        </message>
        <message>
            <location filename="../../forms/language_dialog.ui" line="+6" />
            <source>Language on this workstation</source>
            <translation>Langue sur ce poste</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The language of the screens on this computer, for everyone who uses it. Printouts follow it too. It applies from the next start of hms.</source>
            <translation>La langue des écrans sur cet ordinateur, pour tous ceux qui l'utilisent. Les impressions la suivent aussi. Elle s'applique au prochain démarrage de hms.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/lock_screen.py" line="+29" />
            <source>%1 (%2) is logged in. Enter your password to continue where you left off.</source>
            <translation>%1 (%2) est connecté. Saisissez votre mot de passe pour reprendre là où vous en étiez.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter your password.</source>
            <translation>Saisissez votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../forms/lock_screen.ui" line="+21" />
            <source>Workstation locked</source>
            <translation>Poste verrouillé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Log in as &amp;someone else</source>
            <translation>Se connecter sous un &amp;autre nom</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/login_dialog.py" line="+49" />
            <source>Starting…</source>
            <translation>Démarrage…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This computer (embedded database)</source>
            <translation>Cet ordinateur (base de données intégrée)</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../forms/login_dialog.ui" line="+16" />
            <source>Hospital Management System</source>
            <translation>Système de gestion hospitalière</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Demo mode</source>
            <translation>Mode démo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>try these accounts:</source>
            <translation>essayez ces comptes :</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>Too many failed attempts on this workstation. Wait %n second before trying again.</source>
            <translation>
                <numerusform>Trop d'échecs sur ce poste. Attendez %n seconde avant de réessayer.</numerusform>
                <numerusform>Trop d'échecs sur ce poste. Attendez %n secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Too many failed attempts on this workstation. Wait %n seconds before trying again.</source>
            <translation>
                <numerusform>Trop d'échecs sur ce poste. Attendez %n seconde avant de réessayer.</numerusform>
                <numerusform>Trop d'échecs sur ce poste. Attendez %n secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter your user name and password.</source>
            <translation>Saisissez votre identifiant et votre mot de passe.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Logging in…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../forms/login_dialog.ui" line="-10" />
            <source>Log in — Hospital Management System</source>
            <translation>Connexion — Système de gestion hospitalière</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Log in with your own user name and password.</source>
            <translation>Connectez-vous avec votre propre identifiant et mot de passe.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Server</source>
            <translation>&amp;Serveur</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Servers…</source>
            <translation>Serveurs…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add or edit the shared servers this workstation can use</source>
            <translation>Ajouter ou modifier les serveurs partagés que ce poste peut utiliser</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;User name</source>
            <translation>&amp;Identifiant</translation>
        </message>
        <message>
            <location line="+6" />
            <source>e.g. jsmith</source>
            <translation>p. ex. jdupont</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Remember password on this workstation</source>
            <translation>&amp;Mémoriser le mot de passe sur ce poste</translation>
        </message>
        <message>
            <location line="+29" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Log in</source>
            <translation>Se &amp;connecter</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../hms_desktop/ui/main_window.py" line="+61" />
            <source>{hospital} — Hospital Management System</source>
            <translation>{hospital} — Système de gestion hospitalière</translation>
        </message>
        <message>
            <location line="+45" />
            <source>&amp;Session</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change &amp;password…</source>
            <translation>Changer le &amp;mot de passe…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log &amp;out</source>
            <translation>Se &amp;déconnecter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;rinters on this workstation…</source>
            <translation>Imp&amp;rimantes de ce poste…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lan&amp;guage on this workstation…</source>
            <translation>Lan&amp;gue sur ce poste…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>My doctor &amp;profile…</source>
            <translation>Mon &amp;profil médecin…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About</source>
            <translation>À &amp;propos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} ({username})</source>
            <translation>{name} ({username})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>embedded database</source>
            <translation>base de données intégrée</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — not encrypted</source>
            <translation>%1 — non chiffrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This connection crosses the network without TLS: anyone on the network can read what is sent. Ask the administrator to set up TLS and use sslmode verify-full.</source>
            <translation>Cette connexion traverse le réseau sans TLS : toute personne sur le réseau peut lire ce qui est envoyé. Demandez à l'administrateur de configurer TLS et d'utiliser sslmode verify-full.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>● Connected</source>
            <translation>● Connecté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>● Connection lost — reconnecting…</source>
            <translation>● Connexion perdue — reconnexion…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;Hospital Management System&lt;/b&gt; (hms_desktop %1)&lt;br&gt;Connected to the %2.</source>
            <translation>&lt;b&gt;Système de gestion hospitalière&lt;/b&gt; (hms_desktop %1)&lt;br&gt;Connecté à %2.</translation>
        </message>
        <message numerus="yes">
            <location line="+47" />
            <source>Too many failed attempts. Wait %n second.</source>
            <translation>
                <numerusform>Trop d'échecs. Attendez %n seconde.</numerusform>
                <numerusform>Trop d'échecs. Attendez %n secondes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Too many failed attempts. Wait %n seconds.</source>
            <translation>
                <numerusform>Trop d'échecs. Attendez %n seconde.</numerusform>
                <numerusform>Trop d'échecs. Attendez %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>That is not your password.</source>
            <translation>Ce n'est pas votre mot de passe.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Your password was changed.</source>
            <translation>Votre mot de passe a été modifié.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Printers saved for this workstation.</source>
            <translation>Imprimantes enregistrées pour ce poste.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The screens will be in %1 from the next start.</source>
            <translation>Les écrans seront en %1 au prochain démarrage.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>My doctor profile</source>
            <translation>Mon profil médecin</translation>
        </message>
    </context>
    <context>
        <name>MedicationsPane</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/medications_pane.py" line="+114" />
            <source>No current medications recorded.</source>
            <extracomment>The list changed here (stopped, added, renewed): the chart banner's current medications are stale. A renewal to show in the prescribing dialog (the first of the two clicks was Renew…). A prescription to preview and print (the print preview logs it; a reprint says COPY). The dialog ``connect_medications_pane`` opened last (the prescribing dialog or the print preview).</extracomment>
            <translation>Aucun traitement en cours enregistré.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescribed</source>
            <translation>Prescrit</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/medications_pane.ui" line="+39" />
            <source>Prescribed elsewhere</source>
            <translation>Prescrit ailleurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <location line="+12" />
            <source>elsewhere: %1</source>
            <translation>ailleurs : %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>elsewhere</source>
            <translation>ailleurs</translation>
        </message>
        <message>
            <location line="+41" />
            <location filename="../../forms/medications_pane.ui" line="-5" />
            <source>Prescribe the selected medications again</source>
            <translation>Prescrire à nouveau les traitements choisis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Renewals are prescribed in a consultation: start one first.</source>
            <translation>Les renouvellements se prescrivent en consultation : commencez-en une d'abord.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Say why the medication is stopped.</source>
            <translation>Indiquez pourquoi le traitement est arrêté.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Stopped 1 medication.</source>
            <translation>1 traitement arrêté.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stopped %1 medications.</source>
            <translation>%1 traitements arrêtés.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>A renewal is prescribed in a consultation: start or open one for this patient first.</source>
            <translation>Un renouvellement se prescrit en consultation : commencez ou ouvrez-en d'abord une pour ce patient.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>These medications were prescribed elsewhere by name only: prescribe them from the formulary.</source>
            <translation>Ces traitements ont été prescrits ailleurs, par leur nom seulement : prescrivez-les depuis le livret thérapeutique.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Renewed on prescription %1.</source>
            <translation>Renouvelé sur l'ordonnance %1.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Added to the medication list.</source>
            <translation>Ajouté à la liste des traitements.</translation>
        </message>
        <message>
            <location filename="../../forms/medications_pane.ui" line="-22" />
            <source>C&amp;urrent medications</source>
            <translation>Traitements en co&amp;urs</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+47" />
            <source>Medication</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Dose and frequency</source>
            <translation>Posologie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reason for st&amp;opping</source>
            <translation>Motif de l'a&amp;rrêt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. side effects, course finished</source>
            <translation>p. ex. effets indésirables, traitement terminé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;top</source>
            <translation>Arrê&amp;ter</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Renew…</source>
            <translation>&amp;Renouveler…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Medic&amp;ation</source>
            <translation>Médic&amp;ament</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. simvastatin 40 mg tablet</source>
            <translation>p. ex. simvastatine 40 mg comprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose and frequenc&amp;y</source>
            <translation>Posolo&amp;gie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 40 mg at night</source>
            <translation>p. ex. 40 mg le soir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescri&amp;bed by</source>
            <translation>Prescrit &amp;par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Dr Shah (GP)</source>
            <translation>p. ex. Dr Martin (médecin traitant)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sa&amp;ve</source>
            <translation>Enre&amp;gistrer</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Medication timeline</source>
            <translation>Chronologie des traitements</translation>
        </message>
        <message>
            <location line="+6" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prescriptions</source>
            <translation>Ordonnances</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Issued prescriptions</source>
            <translation>Ordonnances émises</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued</source>
            <translation>Émise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescriber</source>
            <translation>Prescripteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drugs</source>
            <translation>Médicaments</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Print or reprint…</source>
            <translation>&amp;Imprimer ou réimprimer…</translation>
        </message>
    </context>
    <context>
        <name>MoveStockDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="-64" />
            <source>Issue or transfer stock</source>
            <translation>Dispenser ou transférer du stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To a ward store it is an issue to that ward; to any other location, a transfer.</source>
            <translation>Vers une pharmacie de service, c'est une dispensation à ce service ; vers tout autre emplacement, un transfert.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (%2 in stock)</source>
            <translation>%1 (%2 en stock)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Move</source>
            <translation>&amp;Déplacer</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose where the stock goes.</source>
            <translation>Choisissez la destination du stock.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only %1 of this batch here.</source>
            <translation>Seulement %1 de ce lot ici.</translation>
        </message>
    </context>
    <context>
        <name>OrderLabsDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/order_labs_dialog.py" line="+51" />
            <source>&amp;Order</source>
            <translation>&amp;Prescrire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>STAT: needed at once; urgent: today; routine: the usual run</source>
            <translation>STAT : immédiatement ; urgent : dans la journée ; routine : la tournée habituelle</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Loading the lab catalogue…</source>
            <translation>Chargement du catalogue des examens…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The lab catalogue could not be loaded.</source>
            <translation>Le catalogue des examens n'a pas pu être chargé.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>LOINC %1</source>
            <translation>LOINC %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>%1 chosen: %2</source>
            <translation>%1 choisis : %2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Tick at least one test.</source>
            <translation>Cochez au moins un examen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wait for the lab catalogue to load.</source>
            <translation>Attendez le chargement du catalogue des examens.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Ordering…</source>
            <translation>Prescription…</translation>
        </message>
        <message>
            <location filename="../../forms/order_labs_dialog.ui" line="+6" />
            <location line="+7" />
            <source>Order lab tests</source>
            <translation>Prescrire des examens biologiques</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Find</source>
            <translation>&amp;Rechercher</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name, code or LOINC, e.g. potassium</source>
            <translation>Nom, code ou LOINC, p. ex. potassium</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tests</source>
            <translation>&amp;Examens</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tick each test to order; Space ticks the highlighted one</source>
            <translation>Cochez chaque examen à prescrire ; Espace coche celui en surbrillance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tests to order</source>
            <translation>Examens à prescrire</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Urgency</source>
            <translation>&amp;Urgence</translation>
        </message>
    </context>
    <context>
        <name>OutOfServiceDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/out_of_service_dialog.py" line="+43" />
            <source>Bed %1 out of service</source>
            <translation>Lit %1 hors service</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Mark out of service</source>
            <translation>&amp;Mettre hors service</translation>
        </message>
        <message>
            <location filename="../../forms/out_of_service_dialog.ui" line="+6" />
            <source>Mark out of service</source>
            <translation>Mettre hors service</translation>
        </message>
        <message>
            <location line="+8" />
            <source>It takes no patients until it is marked ready again. Say why, so the next person knows; the reason shows on the bed board.</source>
            <translation>Il ne reçoit aucun patient tant qu'il n'est pas de nouveau marqué prêt. Indiquez pourquoi, pour la personne suivante ; le motif s'affiche sur le tableau des lits.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Why</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. broken side rail, deep clean</source>
            <translation>p. ex. barrière cassée, bionettoyage</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why the bed is out of service</source>
            <translation>Pourquoi le lit est hors service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xpected back</source>
            <translation>Retour &amp;prévu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expected back on a known date</source>
            <translation>Retour prévu à une date connue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expected back on</source>
            <translation>Retour prévu le</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/password_dialog.py" line="+31" />
            <source>Reset password</source>
            <translation>Réinitialiser le mot de passe</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The two new passwords differ.</source>
            <translation>Les deux nouveaux mots de passe diffèrent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter your current password.</source>
            <translation>Saisissez votre mot de passe actuel.</translation>
        </message>
        <message>
            <location filename="../../forms/password_dialog.ui" line="+6" />
            <source>Change password</source>
            <translation>Changer le mot de passe</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Current password</source>
            <translation>Mot de passe &amp;actuel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New password</source>
            <translation>&amp;Nouveau mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at least 10 characters, not the user name</source>
            <translation>10 caractères au moins, pas l'identifiant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat new password</source>
            <translation>&amp;Répéter le nouveau mot de passe</translation>
        </message>
    </context>
    <context>
        <name>PatientAuditDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/patient_audit_dialog.py" line="+23" />
            <source>Who opened or changed the record of %1</source>
            <translation>Qui a ouvert ou modifié le dossier de %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every opening of %1's chart and every change to the record, the visits, stays and orders that name the patient, newest first. Notes and results are not in the audit trail: it says who did what when.</source>
            <translation>Chaque ouverture du dossier de %1 et chaque modification du dossier, des consultations, séjours et prescriptions qui concernent le patient, les plus récentes d'abord. Les notes et résultats ne figurent pas dans le journal d'audit : il dit qui a fait quoi et quand.</translation>
        </message>
        <message>
            <location filename="../../forms/patient_audit_dialog.ui" line="+6" />
            <source>Who opened or changed this record</source>
            <translation>Qui a ouvert ou modifié ce dossier</translation>
        </message>
    </context>
    <context>
        <name>PatientDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/patient_words.py" line="+21" />
            <source>Spouse</source>
            <translation>Conjoint(e)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Partner</source>
            <translation>Partenaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent</source>
            <translation>Parent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Child</source>
            <translation>Enfant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sibling</source>
            <translation>Frère ou sœur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Guardian</source>
            <translation>Tuteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friend</source>
            <translation>Ami(e)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Portuguese</source>
            <translation>Portugais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Arabic</source>
            <translation>Arabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Polish</source>
            <translation>Polonais</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urdu</source>
            <translation>Ourdou</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bengali</source>
            <translation>Bengali</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mandarin</source>
            <translation>Mandarin</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/patient_dialog.py" line="+197" />
            <source>Register a new patient</source>
            <translation>Enregistrer un nouveau patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Register</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Please correct the fields marked in red; nothing has been saved.</source>
            <translation>Corrigez les champs marqués en rouge ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>MRN %1 · last changed by %2 on %3</source>
            <translation>MRN %1 · dernière modification par %2 le %3</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit %1 — MRN %2</source>
            <translation>Modifier %1 — MRN %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Save changes</source>
            <translation>&amp;Enregistrer les modifications</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Not linked to a plan</source>
            <translation>Non lié à un contrat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The patient's insurance policies: add one, or (billing) correct one.</source>
            <translation>Les contrats d'assurance du patient : ajoutez-en un, ou (facturation) corrigez-en un.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Choose a photo</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Images (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This file is not a picture that can be read.</source>
            <translation>Ce fichier n'est pas une image lisible.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Enter the date of birth as day/month/year, for example 12/03/1980, or tick “Date unknown” and give an age.</source>
            <translation>Saisissez la date de naissance au format jour/mois/année, par exemple 12/03/1980, ou cochez « Date inconnue » et indiquez un âge.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the date as day/month/year, for example 01/01/2027.</source>
            <translation>Saisissez la date au format jour/mois/année, par exemple 01/01/2027.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Enter the member number on the card to link it to a plan.</source>
            <translation>Saisissez le numéro d'adhérent figurant sur la carte pour la lier à un contrat.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Correct it, or choose “Not linked to a plan” to save the rest.</source>
            <translation>Corrigez-le, ou choisissez « Non lié à un contrat » pour enregistrer le reste.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correct it, or choose another photo.</source>
            <translation>Corrigez-la, ou choisissez une autre photo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not saved: see the message below.</source>
            <translation>Non enregistré : voir le message ci-dessous.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was saved: %1 %2</source>
            <translation>Rien n'a été enregistré : %1 %2</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nothing was saved. Check the details, or cancel.</source>
            <translation>Rien n'a été enregistré. Vérifiez les informations, ou annulez.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The form now shows the record as %1 saved it; your changes were set aside.</source>
            <translation>Le formulaire affiche maintenant le dossier tel que %1 l'a enregistré ; vos modifications ont été mises de côté.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nothing was saved. Your changes are still in the form.</source>
            <translation>Rien n'a été enregistré. Vos modifications sont toujours dans le formulaire.</translation>
        </message>
        <message>
            <location filename="../../forms/patient_form.ui" line="+14" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Identity</source>
            <translation>Identité</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;Family name</source>
            <translation>&amp;Nom de famille</translation>
        </message>
        <message>
            <location line="+13" />
            <source>e.g. Okafor</source>
            <translation>p. ex. Okafor</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Given name(s)</source>
            <translation>&amp;Prénom(s)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>e.g. Grace Adaeze</source>
            <translation>p. ex. Grace Adaeze</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Se&amp;x</source>
            <translation>Se&amp;xe</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Date of &amp;birth</source>
            <translation>Date de &amp;naissance</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+789" />
            <location line="+29" />
            <source>dd/mm/yyyy</source>
            <translation>jj/mm/aaaa</translation>
        </message>
        <message>
            <location line="-799" />
            <source>Date &amp;unknown — estimated age</source>
            <translation>Date &amp;inconnue — âge estimé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Estimated age in years</source>
            <translation>Âge estimé en années</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Age in years, as the patient or their companion estimates it</source>
            <translation>Âge en années, tel que le patient ou son accompagnant l'estime</translation>
        </message>
        <message>
            <location line="+3" />
            <source> years</source>
            <translation> ans</translation>
        </message>
        <message>
            <location line="+41" />
            <source>&amp;ID number</source>
            <translation>N° de pièce d'&amp;identité</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+176" />
            <location line="+30" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location line="-201" />
            <location line="+2" />
            <source>Type of ID</source>
            <translation>Type de pièce d'identité</translation>
        </message>
        <message>
            <location line="+41" />
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Ph&amp;oto…</source>
            <translation>Ph&amp;oto…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a photo file (optional). It is shown on the patient overview.</source>
            <translation>Choisissez un fichier photo (facultatif). Elle s'affiche dans la synthèse du patient.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Contact</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <location line="+29" />
            <source>&amp;Phone</source>
            <translation>&amp;Téléphone</translation>
        </message>
        <message>
            <location line="+13" />
            <source>mobile or landline, any format</source>
            <translation>mobile ou fixe, tout format</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Second p&amp;hone</source>
            <translation>Second télép&amp;hone</translation>
        </message>
        <message>
            <location line="+30" />
            <source>E&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <location line="+30" />
            <source>A&amp;ddress</source>
            <translation>A&amp;dresse</translation>
        </message>
        <message>
            <location line="+19" />
            <source>street, town, postcode</source>
            <translation>rue, ville, code postal</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Area</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The town, locality or district the patient lives in: what the "Patients by area" report counts. Choose one already used where it fits, so the same place is spelt the same way.</source>
            <translation>La ville, la localité ou le quartier où vit le patient : ce que compte le rapport « Patients par secteur ». Choisissez un nom déjà utilisé s'il convient, pour que le même lieu s'écrive de la même façon.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>town or district, for reports</source>
            <translation>ville ou quartier, pour les rapports</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Emergency contact</source>
            <translation>Personne à prévenir</translation>
        </message>
        <message>
            <location line="+29" />
            <source>N&amp;ame</source>
            <translation>N&amp;om</translation>
        </message>
        <message>
            <location line="+27" />
            <location line="+130" />
            <source>Relation</source>
            <translation>Lien</translation>
        </message>
        <message>
            <location line="-100" />
            <location line="+130" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="-98" />
            <source>Next of kin</source>
            <translation>Plus proche parent</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Same as the emergency &amp;contact</source>
            <translation>Identique à la personne à &amp;prévenir</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Nam&amp;e</source>
            <translation>No&amp;m</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Insurance (optional)</source>
            <translation>Assurance (facultatif)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Pa&amp;yer</source>
            <translation>&amp;Payeur</translation>
        </message>
        <message>
            <location line="+13" />
            <source>insurer or scheme</source>
            <translation>assureur ou régime</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Member &amp;number</source>
            <translation>&amp;Numéro d'adhérent</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Valid from</source>
            <translation>&amp;Valable du</translation>
        </message>
        <message>
            <location line="+34" />
            <source>&amp;to</source>
            <translation>&amp;au</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Lin&amp;k to plan</source>
            <translation>Lier à un &amp;contrat</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The insurer's plan this card belongs to: saving adds the patient's policy (member number and dates above), which billing uses to split invoices.</source>
            <translation>Le contrat de l'assureur auquel appartient cette carte : l'enregistrement ajoute le contrat d'assurance du patient (numéro d'adhérent et dates ci-dessus), que la facturation utilise pour répartir les factures.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Vie&amp;w policies…</source>
            <translation>Voir les &amp;contrats…</translation>
        </message>
    </context>
    <context>
        <name>PatientFields</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/conflict_dialog.py" line="-80" />
            <source>%1 (estimated)</source>
            <translation>%1 (estimé)</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Given name(s)</source>
            <translation>Prénom(s)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ID number</source>
            <translation>N° de pièce d'identité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Second phone</source>
            <translation>Second téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Area</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact</source>
            <translation>Personne à prévenir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Emergency contact: relation</source>
            <translation>Personne à prévenir : lien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Emergency contact: phone</source>
            <translation>Personne à prévenir : téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next of kin</source>
            <translation>Plus proche parent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next of kin: relation</source>
            <translation>Plus proche parent : lien</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next of kin: phone</source>
            <translation>Plus proche parent : téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance payer</source>
            <translation>Payeur (assurance)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance member number</source>
            <translation>Numéro d'adhérent (assurance)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insurance valid from</source>
            <translation>Assurance valable du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance valid to</source>
            <translation>Assurance valable au</translation>
        </message>
    </context>
    <context>
        <name>PatientOverview</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/patient_overview.py" line="+119" />
            <source>Reading the balance…</source>
            <translation>Lecture du solde…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the patient owes on issued invoices, less credit notes and payments. A deposit counts once billing applies it to an invoice.</source>
            <translation>Ce que le patient doit sur les factures émises, moins les avoirs et les paiements. Un acompte compte dès que la facturation l'impute sur une facture.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Read only: your role can view this record but not change it.</source>
            <translation>Lecture seule : votre rôle peut consulter ce dossier mais pas le modifier.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Owes %1 on issued invoices</source>
            <translation>Doit %1 sur les factures émises</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overpaid by %1: a refund is owed at the billing desk</source>
            <translation>Trop-perçu de %1 : un remboursement est dû au guichet de facturation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing owed on issued invoices</source>
            <translation>Rien de dû sur les factures émises</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The balance could not be read just now.</source>
            <translation>Le solde n'a pas pu être lu pour le moment.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not open this patient</source>
            <translation>Impossible d'ouvrir ce patient</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../forms/patient_overview.ui" line="+55" />
            <source>No photo</source>
            <translation>Pas de photo</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1 — MRN %2</source>
            <translation>%1 — MRN %2</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>about %n year (date of birth estimated)</source>
            <translation>
                <numerusform>environ %n an (date de naissance estimée)</numerusform>
                <numerusform>environ %n ans (date de naissance estimée)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>about %n years (date of birth estimated)</source>
            <translation>
                <numerusform>environ %n an (date de naissance estimée)</numerusform>
                <numerusform>environ %n ans (date de naissance estimée)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n year, born %2</source>
            <translation>
                <numerusform>%n an, né(e) le %2</numerusform>
                <numerusform>%n ans, né(e) le %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n years, born %2</source>
            <translation>
                <numerusform>%n an, né(e) le %2</numerusform>
                <numerusform>%n ans, né(e) le %2</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>MRN &lt;b&gt;%1&lt;/b&gt;</source>
            <translation>MRN &lt;b&gt;%1&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+2" />
            <source>last visit %1</source>
            <translation>dernière venue le %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This record was merged into MRN %1; use that record.</source>
            <translation>Ce dossier a été fusionné dans le MRN %1 ; utilisez ce dossier-là.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Admitted now</source>
            <translation>Hospitalisé actuellement</translation>
        </message>
        <message>
            <location line="+17" />
            <source>ALLERGIES — SEVERE: check the chart before giving anything</source>
            <translation>ALLERGIES — SÉVÈRES : consultez le dossier avant toute administration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ALLERGIES: check the chart before giving anything</source>
            <translation>ALLERGIES : consultez le dossier avant toute administration</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No known allergies</source>
            <translation>Aucune allergie connue</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Allergies not recorded</source>
            <translation>Allergies non renseignées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Allergies</source>
            <translation>Allergies</translation>
        </message>
        <message>
            <location line="+7" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+20" />
            <source>valid %1 to %2</source>
            <translation>valable du %1 au %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>not shown to your role</source>
            <translation>non affiché pour votre rôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registered %1; last changed %2 by %3</source>
            <translation>enregistré le %1 ; modifié le %2 par %3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Not admitted.</source>
            <translation>Non hospitalisé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 · %2 · bed %3</source>
            <translation>%1 · %2 · lit %3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no bed</source>
            <translation>sans lit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;b&gt;%1&lt;/b&gt;, since %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;, depuis le %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Doctor: %1</source>
            <translation>Médecin : %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not set</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Expected stay: %1 days</source>
            <translation>Durée prévue : %1 jours</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No upcoming appointments.</source>
            <translation>Aucun rendez-vous à venir.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Appointment</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Admission</source>
            <translation>Admission</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No visits yet.</source>
            <translation>Aucune venue pour l'instant.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>still admitted</source>
            <translation>toujours hospitalisé</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Allergy recorded as reported, not confirmed: a doctor confirms it in the chart.</source>
            <translation>Allergie enregistrée telle que signalée, non confirmée : un médecin la confirme dans le dossier.</translation>
        </message>
        <message>
            <location line="+106" />
            <source>Merge a duplicate into this record</source>
            <translation>Fusionner un doublon dans ce dossier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This record (MRN %1) is kept. Scan or type the MRN of the duplicate record to merge into it:</source>
            <translation>Ce dossier (MRN %1) est conservé. Scannez ou saisissez le MRN du dossier en doublon à y fusionner :</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No patient has MRN %1.</source>
            <translation>Aucun patient n'a le MRN %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>MRN %1 is this record (or was already merged into it).</source>
            <translation>Le MRN %1 est ce dossier (ou y a déjà été fusionné).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>date of birth unknown</source>
            <translation>date de naissance inconnue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge patient records</source>
            <translation>Fusionner des dossiers patients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge &lt;b&gt;%1&lt;/b&gt; (MRN %2, %3) into &lt;b&gt;%4&lt;/b&gt; (MRN %5)?&lt;br&gt;&lt;br&gt;Admissions and everything else recorded under MRN %2 move to MRN %5, and MRN %2 can no longer be used. This cannot be undone.</source>
            <translation>Fusionner &lt;b&gt;%1&lt;/b&gt; (MRN %2, %3) dans &lt;b&gt;%4&lt;/b&gt; (MRN %5) ?&lt;br&gt;&lt;br&gt;Les admissions et tout ce qui est enregistré sous le MRN %2 passent au MRN %5, et le MRN %2 ne peut plus être utilisé. Cette opération est irréversible.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <location line="+17" />
            <source>MRN %1 was merged into this record (%2 linked rows moved).</source>
            <translation>Le MRN %1 a été fusionné dans ce dossier (%2 lignes liées déplacées).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Could not print the labels</source>
            <translation>Impossible d'imprimer les étiquettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Could not print the wristband</source>
            <translation>Impossible d'imprimer le bracelet</translation>
        </message>
        <message>
            <location filename="../../forms/patient_overview.ui" line="-41" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+140" />
            <source>Demographics and contacts</source>
            <translation>Identité et coordonnées</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Second phone</source>
            <translation>Second téléphone</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Email</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Area</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location line="+23" />
            <source>ID</source>
            <translation>Pièce d'identité</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Emergency contact</source>
            <translation>Personne à prévenir</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Next of kin</source>
            <translation>Plus proche parent</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Record</source>
            <translation>Dossier</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Account</source>
            <translation>Compte</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Current admission</source>
            <translation>Hospitalisation en cours</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Upcoming appointments</source>
            <translation>Rendez-vous à venir</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Recent visits</source>
            <translation>Venues récentes</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Visits</source>
            <translation>Venues</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Visit</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Until</source>
            <translation>Jusqu'au</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Where</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+33" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change this patient's details</source>
            <translation>Modifier les informations de ce patient</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Admit…</source>
            <translation>&amp;Admettre…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Admit to a bed</source>
            <translation>Admettre dans un lit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Transfer…</source>
            <translation>&amp;Transférer…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Move to another bed</source>
            <translation>Déplacer vers un autre lit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Discharge…</source>
            <translation>&amp;Sortie…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Discharge and free the bed</source>
            <translation>Faire sortir et libérer le lit</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print &amp;wristband…</source>
            <translation>Imprimer le &amp;bracelet…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview and print the wristband</source>
            <translation>Aperçu et impression du bracelet</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Print &amp;label sheet…</source>
            <translation>Imprimer des é&amp;tiquettes…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Preview and print an A4 sheet of patient labels</source>
            <translation>Aperçu et impression d'une planche A4 d'étiquettes patient</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Take de&amp;posit…</source>
            <translation>Encaisser un acom&amp;pte…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Take a deposit from the patient and print its receipt (cash needs your cash shift open)</source>
            <translation>Encaisser un acompte du patient et imprimer son reçu (les espèces exigent votre caisse ouverte)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Reported alle&amp;rgy…</source>
            <translation>Allergie si&amp;gnalée…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Record an allergy the patient reports at the desk; it shows as "reported, not confirmed" until a doctor confirms it</source>
            <translation>Enregistrer une allergie que le patient signale à l'accueil ; elle s'affiche « signalée, non confirmée » jusqu'à ce qu'un médecin la confirme</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Merge…</source>
            <translation>&amp;Fusionner…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merge a duplicate record into this one</source>
            <translation>Fusionner un dossier en doublon dans celui-ci</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Insurance &amp;policies…</source>
            <translation>Contrats d'ass&amp;urance…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The patient's insurance policies: correct a member number or the last day of a card</source>
            <translation>Les contrats d'assurance du patient : corriger un numéro d'adhérent ou le dernier jour de validité d'une carte</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record &amp;history…</source>
            <translation>&amp;Historique du dossier…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who opened or changed this record, and what they changed (administrators)</source>
            <translation>Qui a ouvert ou modifié ce dossier, et ce qui a été modifié (administrateurs)</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>PatientSearch</name>
        <message>
            <location filename="../../hms_desktop/ui/models/patient_search.py" line="+35" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Date de naissance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MRN</source>
            <translation>MRN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last visit</source>
            <translation>Dernière venue</translation>
        </message>
    </context>
    <context>
        <name>PatientSearchModel</name>
        <message>
            <location line="+210" />
            <source>Click to sort by this column</source>
            <translation>Cliquez pour trier selon cette colonne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This column cannot be sorted; results are ordered by the sorted column or by best match</source>
            <translation>Cette colonne ne peut pas être triée ; les résultats sont ordonnés selon la colonne triée ou par pertinence</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Merged into MRN %1</source>
            <translation>Fusionné dans le MRN %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth estimated from the age given</source>
            <translation>Date de naissance estimée à partir de l'âge indiqué</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 (est.)</source>
            <translation>%1 (est.)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (merged)</source>
            <translation>%1 (fusionné)</translation>
        </message>
    </context>
    <context>
        <name>PayerDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/insurance_dialogs.py" line="+71" />
            <source>Add an insurer</source>
            <translation>Ajouter un assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add insurer</source>
            <translation>&amp;Ajouter l'assureur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <location filename="../../forms/payer_dialog.ui" line="+6" />
            <source>Insurer</source>
            <translation>Assureur</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>short, e.g. ACME</source>
            <translation>court, p. ex. ACME</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;ontact</source>
            <translation>C&amp;oordonnées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>claims address, phone</source>
            <translation>adresse des demandes, téléphone</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ac&amp;tive (takes new members)</source>
            <translation>Ac&amp;tif (accepte de nouveaux adhérents)</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="+159" />
            <location filename="../../forms/payment_dialog.ui" line="+6" />
            <source>Take payment</source>
            <translation>Encaisser un paiement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment on invoice %1 for %2: %3 left to pay.</source>
            <translation>Paiement sur la facture %1 de %2 : reste %3 à payer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Take payment</source>
            <translation>&amp;Encaisser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice %1 for %2 is overpaid by %3: pay that back.</source>
            <translation>La facture %1 de %2 présente un trop-perçu de %3 : remboursez-le.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Pay back</source>
            <translation>&amp;Rembourser</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Take deposit</source>
            <translation>Encaisser un acompte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A deposit from %1, held until it is applied to an invoice.</source>
            <translation>Un acompte de %1, conservé jusqu'à son imputation sur une facture.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Take deposit</source>
            <translation>&amp;Encaisser l'acompte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Apply deposit</source>
            <translation>Imputer un acompte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apply a deposit of %1 to invoice %2 (%3 left to pay); what is left of it goes on, up to the balance.</source>
            <translation>Imputer un acompte de %1 sur la facture %2 (reste %3 à payer) ; ce qu'il en reste est imputé, jusqu'à concurrence du solde.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Apply deposit</source>
            <translation>&amp;Imputer l'acompte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 left of %2 (%3, %4)</source>
            <translation>Reste %1 sur %2 (%3, %4)</translation>
        </message>
        <message>
            <location line="+59" />
            <source>&amp;Reference (from the card slip)</source>
            <translation>&amp;Référence (du ticket de carte)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/payment_dialog.ui" line="+26" />
            <source>&amp;Reference</source>
            <translation>&amp;Référence</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 short</source>
            <translation>Il manque %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This patient has no deposit with anything left.</source>
            <translation>Ce patient n'a aucun acompte avec un reste disponible.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the amount, above zero, like 40.00.</source>
            <translation>Saisissez le montant, supérieur à zéro, comme 40,00.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>At most %1 is left to pay (for cash, the change covers the rest).</source>
            <translation>Il reste au plus %1 à payer (en espèces, la monnaie couvre le reste).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The invoice is overpaid by %1: pay back at most that.</source>
            <translation>La facture présente un trop-perçu de %1 : remboursez au plus ce montant.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the cash handed over, like 50.00.</source>
            <translation>Saisissez les espèces remises, comme 50,00.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That is less than the deposit.</source>
            <translation>C'est moins que l'acompte.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That is less than the amount to pay.</source>
            <translation>C'est moins que le montant à payer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the card terminal's reference from the slip.</source>
            <translation>Saisissez la référence du terminal de paiement figurant sur le ticket.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reference has at most 60 characters.</source>
            <translation>La référence compte au plus 60 caractères.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location filename="../../forms/payment_dialog.ui" line="-13" />
            <source>&amp;Deposit</source>
            <translation>&amp;Acompte</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Method</source>
            <translation>&amp;Mode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Amount</source>
            <translation>Mon&amp;tant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 40.00</source>
            <translation>p. ex. 40,00</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Handed over</source>
            <translation>&amp;Remis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the cash the patient gives</source>
            <translation>les espèces que donne le patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <location line="+3" />
            <source>from the card slip or the bank</source>
            <translation>du ticket de carte ou de la banque</translation>
        </message>
    </context>
    <context>
        <name>PharmacyPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/pharmacy_page.py" line="+77" />
            <source>Dispense from location</source>
            <translation>Dispenser depuis l'emplacement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity to dispense</source>
            <translation>Quantité à dispenser</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued</source>
            <translation>Émise</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>MRN</source>
            <translation>MRN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescription</source>
            <translation>Ordonnance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Drug</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Directions</source>
            <translation>Posologie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prescribed</source>
            <translation>Prescrit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispensed</source>
            <translation>Dispensé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Left</source>
            <translation>Reste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expires</source>
            <translation>Péremption</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take</source>
            <translation>Prendre</translation>
        </message>
        <message>
            <location line="+86" />
            <source>No issued prescriptions are waiting to be dispensed.</source>
            <translation>Aucune ordonnance émise n'attend d'être dispensée.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 — %2 (MRN %3)</source>
            <translation>%1 — %2 (MRN %3)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 (not stocked)</source>
            <translation>%1 (non stocké)</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../forms/pharmacy_page.ui" line="+33" />
            <source>Select a prescription</source>
            <translation>Choisissez une ordonnance</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Batches to take (first expiry first out): looking…</source>
            <translation>Lots à prélever (premier périmé, premier sorti) : recherche…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Select a line to dispense.</source>
            <translation>Choisissez une ligne à dispenser.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 is not a stock item: add it to the item catalogue (Administration &gt; Pharmacy and stores) before dispensing it.</source>
            <translation>%1 n'est pas un article en stock : ajoutez-le au catalogue des articles (Administration &gt; Pharmacie et magasins) avant de le dispenser.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This line has been dispensed in full.</source>
            <translation>Cette ligne a été entièrement dispensée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the quantity and where to dispense from.</source>
            <translation>Choisissez la quantité et l'emplacement de dispensation.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>None in stock here (batches not expired). Choose another location, or receive stock first.</source>
            <translation>Aucun stock ici (lots non périmés). Choisissez un autre emplacement, ou réceptionnez d'abord du stock.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Only %1 in stock here (batches not expired): %2 short. Choose another location or dispense fewer.</source>
            <translation>Seulement %1 en stock ici (lots non périmés) : il manque %2. Choisissez un autre emplacement ou dispensez moins.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Batches to take (first expiry first out; %1 in stock here):</source>
            <translation>Lots à prélever (premier périmé, premier sorti ; %1 en stock ici) :</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1 from %2</source>
            <translation>%1 du lot %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dispensed at %1: %2 of %3 (%4).</source>
            <translation>Dispensé à %1 : %2 sur %3 (%4).</translation>
        </message>
        <message>
            <location filename="../../forms/pharmacy_page.ui" line="-23" />
            <source>Filter by patient, MRN or prescription number…</source>
            <translation>Filtrer par patient, MRN ou numéro d'ordonnance…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filter prescriptions by patient, MRN or number</source>
            <translation>Filtrer les ordonnances par patient, MRN ou numéro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispense &amp;from</source>
            <translation>Dispenser &amp;depuis</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reload the prescriptions awaiting dispensing (F5)</source>
            <translation>Recharger les ordonnances en attente de dispensation (F5)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Issued prescriptions awaiting dispensing</source>
            <translation>Ordonnances émises en attente de dispensation</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Lines of the selected prescription: prescribed and dispensed</source>
            <translation>Lignes de l'ordonnance choisie : prescrit et dispensé</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Quantity</source>
            <translation>&amp;Quantité</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dispense</source>
            <translation>&amp;Dispenser</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dispense the quantity from the chosen location, first expiry first out</source>
            <translation>Dispenser la quantité depuis l'emplacement choisi, premier périmé premier sorti</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Batches to take (first expiry first out)</source>
            <translation>Lots à prélever (premier périmé, premier sorti)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Batches the dispensing will take</source>
            <translation>Lots que la dispensation prélèvera</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/insurance_dialogs.py" line="+60" />
            <source>Add a plan to %1</source>
            <translation>Ajouter un contrat à %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add plan</source>
            <translation>&amp;Ajouter le contrat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit %1 (%2)</source>
            <translation>Modifier %1 (%2)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>What %1 pays on an invoice of a member: per category, the share of each line; the co-payment is the patient's on every invoice with covered lines.</source>
            <translation>Ce que %1 paie sur une facture d'un adhérent : par catégorie, la part de chaque ligne ; le ticket modérateur reste à la charge du patient sur toute facture comportant des lignes couvertes.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>percentage</source>
            <translation>pourcentage</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: enter the percentage the insurer pays, or untick pre-authorisation.</source>
            <translation>%1 : saisissez le pourcentage payé par l'assureur, ou décochez l'accord préalable.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: the insurer's share is a percentage from 0 to 100 (two decimals at most).</source>
            <translation>%1 : la part de l'assureur est un pourcentage de 0 à 100 (deux décimales au plus).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>co-payment</source>
            <translation>ticket modérateur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>annual limit</source>
            <translation>plafond annuel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the most the insurer pays in a year, or tick “No limit”.</source>
            <translation>Saisissez le maximum que l'assureur paie par an, ou cochez « Sans plafond ».</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter the plan's name.</source>
            <translation>Saisissez le nom du contrat.</translation>
        </message>
        <message>
            <location filename="../../forms/plan_dialog.ui" line="+6" />
            <source>Insurance plan</source>
            <translation>Contrat d'assurance</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Co-payment per invoice</source>
            <translation>&amp;Ticket modérateur par facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>0.00</source>
            <translation>0,00</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Annual &amp;limit</source>
            <translation>&amp;Plafond annuel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>N&amp;o limit</source>
            <translation>Sans pla&amp;fond</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Coverage per category (empty: the patient pays it all)</source>
            <translation>Couverture par catégorie (vide : le patient paie tout)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurer pays (%)</source>
            <translation>Part assureur (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre-authorisation</source>
            <translation>Accord préalable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <location line="+3" />
            <location line="+3" />
            <location line="+3" />
            <location line="+3" />
            <source>not covered</source>
            <translation>non couvert</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Consultation: insurer pays (%)</source>
            <translation>Consultation : part assureur (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <location line="+3" />
            <location line="+3" />
            <location line="+3" />
            <location line="+3" />
            <source>needed</source>
            <translation>requis</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Consultation: pre-authorisation needed</source>
            <translation>Consultation : accord préalable requis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Procedure</source>
            <translation>Acte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Procedure: insurer pays (%)</source>
            <translation>Acte : part assureur (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Procedure: pre-authorisation needed</source>
            <translation>Acte : accord préalable requis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laboratory</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laboratory: insurer pays (%)</source>
            <translation>Laboratoire : part assureur (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laboratory: pre-authorisation needed</source>
            <translation>Laboratoire : accord préalable requis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug: insurer pays (%)</source>
            <translation>Médicament : part assureur (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug: pre-authorisation needed</source>
            <translation>Médicament : accord préalable requis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed day</source>
            <translation>Journée d'hospitalisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed day: insurer pays (%)</source>
            <translation>Journée d'hospitalisation : part assureur (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed day: pre-authorisation needed</source>
            <translation>Journée d'hospitalisation : accord préalable requis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other: insurer pays (%)</source>
            <translation>Autre : part assureur (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other: pre-authorisation needed</source>
            <translation>Autre : accord préalable requis</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Excluded fee codes</source>
            <translation>Codes tarif &amp;exclus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>separated by commas, e.g. PROC-COSMETIC, LAB-VITD</source>
            <translation>séparés par des virgules, p. ex. PROC-COSMETIC, LAB-VITD</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ac&amp;tive (takes new members)</source>
            <translation>Ac&amp;tif (accepte de nouveaux adhérents)</translation>
        </message>
    </context>
    <context>
        <name>PlanPriceDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/insurance_dialogs.py" line="+40" />
            <source>Plan price for %1</source>
            <translation>Prix du contrat pour %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What a member of %1 (%2) is charged for a service from a day, instead of the fee schedule's price. Earlier days keep their price.</source>
            <translation>Ce qui est facturé à un adhérent de %1 (%2) pour une prestation à partir d'un jour donné, au lieu du prix de la grille tarifaire. Les jours précédents gardent leur prix.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: %2 today</source>
            <translation>%1 : %2 aujourd'hui</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Service (fee code)</source>
            <translation>Prestation (code tarif)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Add price</source>
            <translation>&amp;Ajouter le tarif</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Choose the service from the list.</source>
            <translation>Choisissez la prestation dans la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The fee schedule has no service %1: choose one from the list.</source>
            <translation>La grille tarifaire n'a pas de prestation %1 : choisissez-en une dans la liste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>price</source>
            <translation>prix</translation>
        </message>
        <message>
            <location filename="../../forms/plan_price_dialog.ui" line="+6" />
            <source>Plan price</source>
            <translation>Prix du contrat</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Service</source>
            <translation>&amp;Prestation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Plan price</source>
            <translation>Prix du &amp;contrat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Effective from</source>
            <translation>&amp;En vigueur à partir du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>PoliciesDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/policy_dialog.py" line="+158" />
            <source>Insurance policies of %1</source>
            <translation>Contrats d'assurance de %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plans %1 is insured with. Billing splits an invoice by the policy valid on the service date.</source>
            <translation>Les contrats auprès desquels %1 est assuré. La facturation répartit une facture selon le contrat valable à la date de la prestation.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Insurer and plan</source>
            <translation>Assureur et contrat</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Member number</source>
            <translation>Numéro d'adhérent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Valid</source>
            <translation>Validité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Plan retired</source>
            <translation>Contrat archivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Valid today</source>
            <translation>Valable aujourd'hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not valid today</source>
            <translation>Non valable aujourd'hui</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No policy recorded yet.</source>
            <translation>Aucun contrat enregistré pour l'instant.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>no end date</source>
            <translation>sans date de fin</translation>
        </message>
        <message>
            <location filename="../../forms/policies_dialog.ui" line="+6" />
            <source>Insurance policies</source>
            <translation>Contrats d'assurance</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add policy…</source>
            <translation>&amp;Ajouter un contrat…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit policy…</source>
            <translation>&amp;Modifier le contrat…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The patient's insurance policies</source>
            <translation>Les contrats d'assurance du patient</translation>
        </message>
    </context>
    <context>
        <name>PolicyDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/policy_dialog.py" line="-141" />
            <source>Add an insurance policy</source>
            <translation>Ajouter un contrat d'assurance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add policy</source>
            <translation>&amp;Ajouter le contrat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The insurer's plan on the patient's card, the member number and the dates it is valid (both days included).</source>
            <translation>Le contrat de l'assureur figurant sur la carte du patient, le numéro d'adhérent et les dates de validité (jours inclus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Correct the policy %1</source>
            <translation>Corriger le contrat %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A policy keeps its plan: add a new policy for another plan.</source>
            <translation>Un contrat garde sa formule : ajoutez un nouveau contrat pour une autre formule.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Correct the member number or the dates, e.g. the last day of a card that lapsed.</source>
            <translation>Corrigez le numéro d'adhérent ou les dates, p. ex. le dernier jour d'une carte expirée.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose the insurer and plan on the patient's card.</source>
            <translation>Choisissez l'assureur et le contrat figurant sur la carte du patient.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the member number on the card.</source>
            <translation>Saisissez le numéro d'adhérent figurant sur la carte.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The policy cannot end before it starts — check the dates.</source>
            <translation>Le contrat ne peut pas finir avant de commencer — vérifiez les dates.</translation>
        </message>
        <message>
            <location filename="../../forms/policy_dialog.ui" line="+6" />
            <source>Insurance policy</source>
            <translation>Contrat d'assurance</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Insurer and &amp;plan</source>
            <translation>Assureur et &amp;contrat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Member number</source>
            <translation>&amp;Numéro d'adhérent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Valid &amp;from</source>
            <translation>Valable d&amp;u</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Valid &amp;to</source>
            <translation>Valable a&amp;u</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;No end date</source>
            <translation>&amp;Sans date de fin</translation>
        </message>
    </context>
    <context>
        <name>PrescriptionDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/prescription_dialog.py" line="+108" />
            <source> day</source>
            <extracomment>Emitted once the prescription is issued (the chart refreshes its medication list).</extracomment>
            <translation> jour</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Prescription for %1 · MRN %2</source>
            <translation>Ordonnance pour %1 · MRN %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prescribe — %1</source>
            <translation>Prescrire — %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Allergies not recorded: ask the patient before prescribing.</source>
            <translation>Allergies non renseignées : interrogez le patient avant de prescrire.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No known allergies</source>
            <translation>Aucune allergie connue</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Allergies: %1</source>
            <translation>Allergies : %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Interaction and allergy checks are OFF: %1. Check every drug yourself, give a reason to issue, and tell the system administrator.</source>
            <translation>Les contrôles d'interactions et d'allergies sont DÉSACTIVÉS : %1. Vérifiez vous-même chaque médicament, donnez un motif pour émettre, et prévenez l'administrateur système.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Current medications: %1</source>
            <translation>Traitements en cours : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not checked (not in the formulary; check by hand): %1</source>
            <translation>Non contrôlé (hors livret thérapeutique ; à vérifier à la main) : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Allergies no rule covers (check by hand): %1</source>
            <translation>Allergies qu'aucune règle ne couvre (à vérifier à la main) : %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Not renewed (prescribed elsewhere, not in the formulary): %1</source>
            <translation>Non renouvelé (prescrit ailleurs, hors livret thérapeutique) : %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The formulary is unavailable with the checks: only renewals of earlier prescriptions can be issued now.</source>
            <translation>Le livret thérapeutique est indisponible avec les contrôles : seuls les renouvellements d'ordonnances antérieures peuvent être émis pour l'instant.</translation>
        </message>
        <message>
            <location line="+17" />
            <location filename="../../forms/prescription_dialog.ui" line="+41" />
            <source>Choose a drug from the list.</source>
            <translation>Choisissez un médicament dans la liste.</translation>
        </message>
        <message>
            <location line="+85" />
            <location filename="../../forms/prescription_dialog.ui" line="+17" />
            <source>not counted</source>
            <translation>non compté</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No alerts.</source>
            <translation>Aucune alerte.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No alerts can be shown: the checks are OFF.</source>
            <translation>Aucune alerte ne peut être affichée : les contrôles sont DÉSACTIVÉS.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Loading the patient's allergies and medications…</source>
            <translation>Chargement des allergies et traitements du patient…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add at least one drug.</source>
            <translation>Ajoutez au moins un médicament.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the checks are off</source>
            <translation>les contrôles sont désactivés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a serious alert</source>
            <translation>une alerte grave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>serious alerts</source>
            <translation>des alertes graves</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give a reason (at least %1 characters) for prescribing despite %2.</source>
            <translation>Indiquez un motif (%1 caractères au moins) pour prescrire malgré %2.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Issuing…</source>
            <translation>Émission…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Prescription %1 issued. Print it for the patient.</source>
            <translation>Ordonnance %1 émise. Imprimez-la pour le patient.</translation>
        </message>
        <message>
            <location filename="../../forms/prescription_dialog.ui" line="-52" />
            <source>Prescribe</source>
            <translation>Prescrire</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Safety checks warning</source>
            <translation>Avertissement des contrôles de sécurité</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Find a drug</source>
            <translation>&amp;Rechercher un médicament</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name or ATC code, e.g. warf</source>
            <translation>Nom ou code ATC, p. ex. warf</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Formulary drugs found</source>
            <translation>Médicaments du livret trouvés</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New line</source>
            <translation>Nouvelle ligne</translation>
        </message>
        <message>
            <location line="+5" />
            <source>D&amp;ose</source>
            <translation>D&amp;ose</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dose</source>
            <translation>Dose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose unit</source>
            <translation>Unité de dose</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Route</source>
            <translation>&amp;Voie</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fr&amp;equency</source>
            <translation>Fré&amp;quence</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;uration</source>
            <translation>D&amp;urée</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/prescription_dialog.py" line="-244" />
            <location filename="../../forms/prescription_dialog.ui" line="+1" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../forms/prescription_dialog.ui" line="+1" />
            <source>&amp;Quantity</source>
            <translation>&amp;Quantité</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Items to hand over; computed from the dose, frequency and duration where it can be</source>
            <translation>Unités à remettre ; calculé à partir de la dose, de la fréquence et de la durée quand c'est possible</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Instructions</source>
            <translation>&amp;Instructions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. after food</source>
            <translation>p. ex. après le repas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add to prescription</source>
            <translation>&amp;Ajouter à l'ordonnance</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Lines</source>
            <translation>&amp;Lignes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Directions</source>
            <translation>Posologie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instructions</source>
            <translation>Instructions</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Re&amp;move line</source>
            <translation>Supp&amp;rimer la ligne</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aler&amp;ts</source>
            <translation>Aler&amp;tes</translation>
        </message>
        <message>
            <location line="+15" />
            <source>O&amp;verride reason</source>
            <translation>Motif de &amp;dérogation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Needed for a contraindicated or major alert, or while the checks are off</source>
            <translation>Requis pour une alerte de contre-indication ou majeure, ou tant que les contrôles sont désactivés</translation>
        </message>
        <message>
            <location line="+8" />
            <source>I&amp;ssue</source>
            <translation>É&amp;mettre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
    </context>
    <context>
        <name>PrintPreviewDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/print_preview.py" line="+131" />
            <source>Preview of %1</source>
            <translation>Aperçu de %1</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+101" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location line="-99" />
            <source>Print on another printer…</source>
            <translation>Imprimer sur une autre imprimante…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+221" />
            <source>Could not print</source>
            <translation>Impossible d'imprimer</translation>
        </message>
        <message>
            <location line="-221" />
            <location line="+261" />
            <source>The document could not be read for printing.</source>
            <translation>Le document n'a pas pu être lu pour l'impression.</translation>
        </message>
        <message>
            <location line="-245" />
            <source>Sending to {0}…</source>
            <translation>Envoi vers {0}…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Could not save</source>
            <translation>Impossible d'enregistrer</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+145" />
            <source>The file could not be written: {0}. Choose another folder or name.</source>
            <translation>Le fichier n'a pas pu être écrit : {0}. Choisissez un autre dossier ou un autre nom.</translation>
        </message>
        <message>
            <location line="-109" />
            <source>Print on {0}</source>
            <translation>Imprimer sur {0}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This workstation prints {0} on {1} (Session → Printers on this workstation).</source>
            <translation>Ce poste imprime {0} sur {1} (Session → Imprimantes de ce poste).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The printer set for this document on this workstation, {0}, is not installed now: Print… asks which printer to use.</source>
            <translation>L'imprimante définie pour ce document sur ce poste, {0}, n'est pas installée actuellement : Imprimer… demande quelle imprimante utiliser.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Print {0}</source>
            <translation>Imprimer {0}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+48" />
            <source> (COPY)</source>
            <translation> (COPIE)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This has been printed before: this print is marked COPY.</source>
            <translation>Ce document a déjà été imprimé : cette impression porte la mention COPIE.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First print. Any further print will be marked COPY.</source>
            <translation>Première impression. Toute impression suivante portera la mention COPIE.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+44" />
            <source>default printer</source>
            <translation>imprimante par défaut</translation>
        </message>
        <message>
            <location line="-9" />
            <source>No printer is set up on this computer. Nothing was printed.</source>
            <translation>Aucune imprimante n'est configurée sur cet ordinateur. Rien n'a été imprimé.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Sent to {0}.</source>
            <translation>Envoyé vers {0}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The printer is paused: the document waits in its queue and prints when the printer is resumed.</source>
            <translation>L'imprimante est en pause : le document attend dans sa file et s'imprimera à la reprise de l'imprimante.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Any further print is marked COPY.</source>
            <translation>Toute impression suivante porte la mention COPIE.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Print not recorded</source>
            <translation>Impression non enregistrée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The document was printed, but the print could not be recorded: {0}</source>
            <translation>Le document a été imprimé, mais l'impression n'a pas pu être enregistrée : {0}</translation>
        </message>
        <message>
            <location line="+32" />
            <source>The printer could not be opened. Check that it is switched on and connected, or choose another printer.</source>
            <translation>L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée et connectée, ou choisissez une autre imprimante.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The printer stopped after page {0}.</source>
            <translation>L'imprimante s'est arrêtée après la page {0}.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Page {0} could not be prepared for printing.</source>
            <translation>La page {0} n'a pas pu être préparée pour l'impression.</translation>
        </message>
    </context>
    <context>
        <name>PrintersDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/printers_dialog.py" line="+42" />
            <source>Printer for %1</source>
            <translation>Imprimante pour %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ask every time</source>
            <translation>Toujours demander</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (this computer's default)</source>
            <translation>%1 (par défaut sur cet ordinateur)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 (not installed)</source>
            <translation>%1 (non installée)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No printer is installed on this computer: documents can be saved as PDF, or a printer added in the operating system's settings and chosen here.</source>
            <translation>Aucune imprimante n'est installée sur cet ordinateur : les documents peuvent être enregistrés en PDF, ou une imprimante ajoutée dans les paramètres du système d'exploitation puis choisie ici.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The choice could not be saved on this computer (the settings file is not writable). Nothing was changed.</source>
            <translation>Le choix n'a pas pu être enregistré sur cet ordinateur (le fichier de paramètres n'est pas accessible en écriture). Rien n'a été modifié.</translation>
        </message>
        <message>
            <location filename="../../forms/printers_dialog.ui" line="+6" />
            <source>Printers on this workstation</source>
            <translation>Imprimantes de ce poste</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the printer each kind of document goes to from this computer. Print then sends it there straight away; "Ask every time" shows the print dialog. The choice is kept on this computer only, for everyone who uses it.</source>
            <translation>Choisissez l'imprimante vers laquelle chaque type de document part depuis cet ordinateur. Imprimer l'y envoie alors directement ; « Toujours demander » affiche la boîte d'impression. Le choix est conservé sur cet ordinateur seulement, pour tous ceux qui l'utilisent.</translation>
        </message>
    </context>
    <context>
        <name>PrintoutsPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/printouts_page.py" line="+46" />
            <source>before the amount (£12.50)</source>
            <translation>avant le montant (£12,50)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after the amount (12.50 kr)</source>
            <translation>après le montant (12,50 kr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where the currency symbol goes</source>
            <translation>Position du symbole monétaire</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Choose the logo for printouts</source>
            <translation>Choisir le logo des impressions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
            <translation>Images PNG ou JPEG (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Logo saved. Documents printed from now on carry it, on every workstation.</source>
            <translation>Logo enregistré. Les documents imprimés désormais le portent, sur tous les postes.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Remove the logo</source>
            <translation>Retirer le logo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print every document without a logo from now on, on every workstation?</source>
            <translation>Imprimer désormais tous les documents sans logo, sur tous les postes ?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Logo removed. Documents print without one.</source>
            <translation>Logo retiré. Les documents s'impriment sans logo.</translation>
        </message>
        <message>
            <location line="+11" />
            <location filename="../../forms/printouts_page.ui" line="+14" />
            <source>No logo</source>
            <translation>Pas de logo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents print without a logo.</source>
            <translation>Les documents s'impriment sans logo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The stored logo cannot be shown</source>
            <translation>Le logo enregistré ne peut pas être affiché</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{kind}, {width} × {height} pixels, put in by {who} on {when}.</source>
            <translation>{kind}, {width} × {height} pixels, ajouté par {who} le {when}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{amount}, and {minus} for what the hospital owes</source>
            <translation>{amount}, et {minus} pour ce que doit l'hôpital</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Currency saved. Printouts use it from now on; screens on other workstations at their next login.</source>
            <translation>Devise enregistrée. Les impressions l'utilisent désormais ; les écrans des autres postes à leur prochaine connexion.</translation>
        </message>
        <message>
            <location filename="../../forms/printouts_page.ui" line="-6" />
            <source>What every workstation prints on the hospital's documents. The hospital's name, address, phone, e-mail and tax number are under Hospital settings; the printer for each kind of document is chosen on each computer (Session → Printers on this workstation).</source>
            <translation>Ce que chaque poste imprime sur les documents de l'hôpital. Le nom, l'adresse, le téléphone, l'e-mail et le numéro fiscal de l'hôpital se trouvent dans Paramètres de l'hôpital ; l'imprimante de chaque type de document se choisit sur chaque ordinateur (Session → Imprimantes de ce poste).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Logo preview</source>
            <translation>Aperçu du logo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The logo as stored, on white as on paper</source>
            <translation>Le logo tel qu'enregistré, sur fond blanc comme sur papier</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A PNG or JPEG image of at most 5 MB; it is scaled to at most 600 pixels a side before it is stored. Printed at the top left of invoices, prescriptions and the daily revenue report, and small on payment and deposit receipts. Wristbands, labels, appointment slips and Z-reports print without it: they have no room, or nobody outside reads them.</source>
            <translation>Une image PNG ou JPEG de 5 Mo au plus ; elle est réduite à 600 pixels de côté au plus avant d'être enregistrée. Imprimé en haut à gauche des factures, des ordonnances et du rapport des recettes du jour, et en petit sur les reçus de paiement et d'acompte. Les bracelets, étiquettes, bons de rendez-vous et rapports Z s'impriment sans : ils n'ont pas la place, ou personne d'extérieur ne les lit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Choose image…</source>
            <translation>&amp;Choisir une image…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re&amp;move logo</source>
            <translation>Reti&amp;rer le logo</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Currency co&amp;de</source>
            <translation>Co&amp;de devise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GBP</source>
            <translation>GBP</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The three-letter ISO 4217 code (GBP, EUR, USD, KES…), named on the daily revenue report</source>
            <translation>Le code ISO 4217 à trois lettres (GBP, EUR, USD, KES…), cité dans le rapport des recettes du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;ymbol</source>
            <translation>S&amp;ymbole</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Printed and shown with every amount (£, €, $, KSh); leave blank for bare amounts</source>
            <translation>Imprimé et affiché avec chaque montant (£, €, $, KSh) ; laissez vide pour des montants sans symbole</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Symbol &amp;goes</source>
            <translation>&amp;Position du symbole</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Amounts read</source>
            <translation>Les montants s'écrivent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How amounts are written</source>
            <translation>Comment les montants s'écrivent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sa&amp;ve currency</source>
            <translation>Enregistrer la de&amp;vise</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="-64" />
            <source>Change problem</source>
            <translation>Modifier le problème</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add problem</source>
            <translation>Ajouter un problème</translation>
        </message>
        <message>
            <location filename="../../forms/problem_dialog.ui" line="+6" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Kind</source>
            <translation>&amp;Nature</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;ICD-10</source>
            <translation>&amp;CIM-10</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A code (J45) or words (asthma, diab mell)</source>
            <translation>Un code (J45) ou des mots (asthme, diab suc)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matching ICD-10 codes</source>
            <translation>Codes CIM-10 correspondants</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Description</source>
            <translation>&amp;Libellé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The operation's name for a surgery; a note otherwise</source>
            <translation>Le nom de l'intervention pour une chirurgie ; une note sinon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;ate</source>
            <translation>D&amp;ate</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Known</source>
            <translation>Connue</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date known</source>
            <translation>Date connue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="+4" />
            <source>S&amp;tatus</source>
            <translation>S&amp;tatut</translation>
        </message>
    </context>
    <context>
        <name>ReceiveStockDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="-92" />
            <source>Receive stock</source>
            <translation>Réceptionner du stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A delivery as printed on the packs. A batch number received before is the same batch: its expiry date and unit cost must agree.</source>
            <translation>Une livraison telle qu'imprimée sur les boîtes. Un numéro de lot déjà reçu est le même lot : sa date de péremption et son coût unitaire doivent concorder.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Recei&amp;ve</source>
            <translation>Récep&amp;tionner</translation>
        </message>
    </context>
    <context>
        <name>RegistrationTab</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/registration.py" line="+182" />
            <source>Searching…</source>
            <translation>Recherche…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The list can be sorted by name, date of birth or MRN.</source>
            <translation>La liste peut être triée par nom, date de naissance ou MRN.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Type a name, MRN, phone number, ID or date of birth, or scan a wristband.</source>
            <translation>Nom, MRN, téléphone, n° d'identité, date de naissance ou bracelet scanné.</translation>
        </message>
        <message>
            <location line="+9" />
            <source> — &lt;a href="new"&gt;register a new one?&lt;/a&gt;</source>
            <translation> — &lt;a href="new"&gt;en enregistrer un nouveau ?&lt;/a&gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No patient matches</source>
            <translation>Aucun patient ne correspond</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n patient shown; scroll down for more.</source>
            <translation>
                <numerusform>%n patient affiché ; faites défiler pour en voir plus.</numerusform>
                <numerusform>%n patients affichés ; faites défiler pour en voir plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n patients shown; scroll down for more.</source>
            <translation>
                <numerusform>%n patient affiché ; faites défiler pour en voir plus.</numerusform>
                <numerusform>%n patients affichés ; faites défiler pour en voir plus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n patient shown</source>
            <translation>
                <numerusform>%n patient affiché</numerusform>
                <numerusform>%n patients affichés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n patients shown</source>
            <translation>
                <numerusform>%n patient affiché</numerusform>
                <numerusform>%n patients affichés</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Admitting to the bed chosen on the bed board. &lt;a href="cancel-bed"&gt;Cancel&lt;/a&gt;</source>
            <translation>Admission dans le lit choisi sur le tableau des lits. &lt;a href="cancel-bed"&gt;Annuler&lt;/a&gt;</translation>
        </message>
        <message>
            <location line="+68" />
            <source>Looking up MRN %1…</source>
            <translation>Recherche du MRN %1…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No patient has MRN %1.</source>
            <translation>Aucun patient n'a le MRN %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Opened %1.</source>
            <translation>%1 ouvert.</translation>
        </message>
        <message>
            <location line="+2" />
            <source> MRN %1 was merged into MRN %2.</source>
            <translation> Le MRN %1 a été fusionné dans le MRN %2.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Registered %1 with MRN &lt;b&gt;%2&lt;/b&gt;.</source>
            <translation>%1 enregistré avec le MRN &lt;b&gt;%2&lt;/b&gt;.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>Find the patient to admit, select them and press Admit…; the bed you chose is preselected. &lt;a href="cancel-bed"&gt;Cancel&lt;/a&gt;</source>
            <translation>Recherchez le patient, puis Admettre… ; le lit choisi est présélectionné. &lt;a href="cancel-bed"&gt;Annuler&lt;/a&gt;</translation>
        </message>
        <message>
            <location filename="../../forms/registration_tab.ui" line="+15" />
            <source>&amp;Patients</source>
            <translation>&amp;Patients</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Search patients</source>
            <translation>Rechercher des patients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name, MRN, phone, ID or date of birth</source>
            <translation>Nom, MRN, téléphone, pièce d'identité ou date de naissance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Type part of a name (spelling need not be exact), an MRN or scan a wristband, a phone number in any format, an ID number, or a date of birth (12/03/1980). Enter opens an exact MRN.</source>
            <translation>Saisissez une partie d'un nom (l'orthographe peut être approximative), un MRN ou scannez un bracelet, un numéro de téléphone dans tout format, un numéro de pièce d'identité, ou une date de naissance (12/03/1980). Entrée ouvre un MRN exact.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;New patient…</source>
            <translation>&amp;Nouveau patient…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Register a new patient (Ctrl+N)</source>
            <translation>Enregistrer un nouveau patient (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Patients found</source>
            <translation>Patients trouvés</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the selected patient's overview (Enter)</source>
            <translation>Ouvrir la synthèse du patient choisi (Entrée)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Admit…</source>
            <translation>&amp;Admettre…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print &amp;wristband…</source>
            <translation>Imprimer le &amp;bracelet…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Print &amp;label sheet…</source>
            <translation>Imprimer des é&amp;tiquettes…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Preview and print an A4 sheet of labels for the selected patient</source>
            <translation>Aperçu et impression d'une planche A4 d'étiquettes pour le patient choisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take &amp;deposit…</source>
            <translation>Encaisser un &amp;acompte…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Take a deposit from the selected patient and print its receipt (cash needs your shift open: My shift)</source>
            <translation>Encaisser un acompte du patient choisi et imprimer son reçu (les espèces exigent votre caisse ouverte : Ma caisse)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Bed board</source>
            <translation>&amp;Tableau des lits</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Loading the bed board…</source>
            <translation>Chargement du tableau des lits…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;My shift</source>
            <translation>&amp;Ma caisse</translation>
        </message>
    </context>
    <context>
        <name>RemittanceDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/remittance_dialog.py" line="+49" />
            <source>Remittance of %1 for batch %2: %3 claims, %4 claimed</source>
            <translation>Relevé de règlement de %1 pour le lot %2 : %3 demandes, %4 demandés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Post remittance</source>
            <translation>&amp;Saisir le relevé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cancel</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location line="+56" />
            <source>%1: enter the approved amount, e.g. 12.50.</source>
            <translation>%1 : saisissez le montant accepté, p. ex. 12,50.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: enter the approved amount in cents, zero or more.</source>
            <translation>%1 : saisissez le montant accepté en centimes, zéro ou plus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: the insurer was asked for %2; it cannot approve more.</source>
            <translation>%1 : l'assureur a été sollicité pour %2 ; il ne peut pas accepter davantage.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: say why the insurer did not pay all of it.</source>
            <translation>%1 : indiquez pourquoi l'assureur n'a pas tout payé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1: the reason is too long (at most %2 characters).</source>
            <translation>%1 : le motif est trop long (%2 caractères au plus).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Posting the remittance…</source>
            <translation>Saisie du relevé de règlement…</translation>
        </message>
        <message>
            <location filename="../../forms/remittance_dialog.ui" line="+6" />
            <source>Post remittance</source>
            <translation>Saisir le relevé de règlement</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The insurer's &amp;answer per line (type the approved amount; say why for what is not paid)</source>
            <translation>La &amp;réponse de l'assureur par ligne (saisissez le montant accepté ; indiquez pourquoi pour ce qui n'est pas payé)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Claim lines and the insurer's answer</source>
            <translation>Lignes de demande et réponse de l'assureur</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service</source>
            <translation>Prestation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claimed</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason for the rest</source>
            <translation>Motif pour le reste</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Insurer's &amp;reference</source>
            <translation>&amp;Référence de l'assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>remittance or transfer reference (optional)</source>
            <translation>référence du relevé ou du virement (facultatif)</translation>
        </message>
    </context>
    <context>
        <name>ReportBuilder</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/report_builder.py" line="+88" />
            <source>Your account may not build reports.</source>
            <translation>Votre compte ne peut pas créer de rapports.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The builder's lists could not be loaded: %1</source>
            <translation>Les listes du générateur n'ont pas pu être chargées : %1</translation>
        </message>
        <message>
            <location line="+23" />
            <source>This saved report can no longer be run: its choices are not offered.</source>
            <translation>Ce rapport enregistré ne peut plus être exécuté : ses choix ne sont plus proposés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved by %1</source>
            <translation>Enregistré par %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Count of %1</source>
            <translation>Nombre de %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 rate</source>
            <translation>Taux (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sum of %1</source>
            <translation>Somme de %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Average of %1</source>
            <translation>Moyenne de %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(nothing: one total)</source>
            <translation>(rien : un seul total)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(nothing)</source>
            <translation>(rien)</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../forms/report_builder.ui" line="+41" />
            <source>Build a report</source>
            <translation>Créer un rapport</translation>
        </message>
        <message>
            <location line="+64" />
            <source>“%1” can no longer be run: the choices it was saved with are not offered any more.</source>
            <translation>« %1 » ne peut plus être exécuté : les choix avec lesquels il a été enregistré ne sont plus proposés.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Save as template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name of the saved report (other administrators see it):</source>
            <translation>Nom du rapport enregistré (visible par les autres administrateurs) :</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Saved as “%1”.</source>
            <translation>Enregistré sous « %1 ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The report could not be saved: %1</source>
            <translation>Le rapport n'a pas pu être enregistré : %1</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Delete the saved report</source>
            <translation>Supprimer le rapport enregistré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete “%1” for every administrator?</source>
            <translation>Supprimer « %1 » pour tous les administrateurs ?</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The saved report could not be deleted: %1</source>
            <translation>Le rapport enregistré n'a pas pu être supprimé : %1</translation>
        </message>
        <message>
            <location filename="../../forms/report_builder.ui" line="-32" />
            <source>Sav&amp;ed reports</source>
            <translation>Rapports &amp;enregistrés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved reports</source>
            <translation>Rapports enregistrés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click or press Enter to run a saved report.</source>
            <translation>Double-cliquez ou appuyez sur Entrée pour exécuter un rapport enregistré.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sa&amp;ve as template…</source>
            <translation>Enregistrer comme &amp;modèle…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Save this report as a named template</source>
            <translation>Enregistrer ce rapport comme modèle nommé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De&amp;lete</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delete the chosen saved report</source>
            <translation>Supprimer le rapport enregistré choisi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sub&amp;ject</source>
            <translation>Su&amp;jet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to report on</source>
            <translation>Sur quoi porte le rapport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Measure</source>
            <translation>&amp;Mesure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Measure</source>
            <translation>Mesure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;By</source>
            <translation>&amp;Par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Break down by</source>
            <translation>Ventiler par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Then by</source>
            <translation>Pu&amp;is par</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Then break down by</source>
            <translation>Puis ventiler par</translation>
        </message>
    </context>
    <context>
        <name>ReportChart</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/report_chart.py" line="+64" />
            <location line="+179" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location line="-117" />
            <source>Report chart</source>
            <translation>Graphique du rapport</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 (first %2 of %3)</source>
            <translation>%1 (%2 premiers sur %3)</translation>
        </message>
        <message>
            <location line="+113" />
            <source>%1 (left)</source>
            <translation>%1 (à gauche)</translation>
        </message>
    </context>
    <context>
        <name>ReportDrillDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/report_drill_dialog.py" line="+37" />
            <location line="+12" />
            <location filename="../../forms/report_drill_dialog.ui" line="+6" />
            <location line="+7" />
            <source>Patients behind the report row</source>
            <translation>Patients derrière la ligne du rapport</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Showing the first %1. Narrow the report (a shorter range or a filter) to see the rest.</source>
            <translation>Affichage des %1 premiers. Restreignez le rapport (période plus courte ou filtre) pour voir le reste.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../forms/report_drill_dialog.ui" line="+8" />
            <source>MRN</source>
            <translation>MRN</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/report_drill_dialog.ui" line="+1" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/report_drill_dialog.ui" line="+1" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/report_drill_dialog.ui" line="+1" />
            <source>Detail</source>
            <translation>Détail</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close the list of patients</source>
            <translation>Fermer la liste des patients</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No patients are behind this row (the records may have changed since the report ran).</source>
            <translation>Aucun patient derrière cette ligne (les dossiers ont pu changer depuis l'exécution du rapport).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More than %1 records.</source>
            <translation>Plus de %1 enregistrements.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>1 record.</source>
            <translation>1 enregistrement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 records.</source>
            <translation>%1 enregistrements.</translation>
        </message>
    </context>
    <context>
        <name>ReportFilters</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/report_filters.py" line="+84" />
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <location filename="../../forms/report_filters.ui" line="+9" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First day of the report</source>
            <translation>Premier jour du rapport</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="-1" />
            <source>T&amp;o</source>
            <translation>A&amp;u</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day of the report</source>
            <translation>Dernier jour du rapport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Department</source>
            <translation>&amp;Pôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Pôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Do&amp;ctor</source>
            <translation>Méde&amp;cin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;pecialty</source>
            <translation>S&amp;pécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pa&amp;yer</source>
            <translation>&amp;Payeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payer</source>
            <translation>Payeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ward</source>
            <translation>&amp;Service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ward</source>
            <translation>Service</translation>
        </message>
    </context>
    <context>
        <name>ReportResultView</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/report_result_view.py" line="+46" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+117" />
            <source>Running “%1”…</source>
            <translation>Exécution de « %1 »…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The report was cancelled.</source>
            <translation>Le rapport a été annulé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The report could not be run: %1</source>
            <translation>Le rapport n'a pas pu être exécuté : %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>1 row</source>
            <translation>1 ligne</translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n rows</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>generated at %1</source>
            <translation>généré le %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the primary database</source>
            <translation>depuis la base de données principale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from the %1</source>
            <translation>depuis %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing to report for these days and filters.</source>
            <translation>Rien à signaler pour ces jours et ces filtres.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Export the report</source>
            <translation>Exporter le rapport</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Exporting…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved to %1</source>
            <translation>Enregistré dans %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The report could not be exported: %1</source>
            <translation>Le rapport n'a pas pu être exporté : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Preparing the printout…</source>
            <translation>Préparation de l'impression…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The report could not be prepared for printing: %1</source>
            <translation>Le rapport n'a pas pu être préparé pour l'impression : %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Finding the patients…</source>
            <translation>Recherche des patients…</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelled.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The patients could not be listed: %1</source>
            <translation>Les patients n'ont pas pu être listés : %1</translation>
        </message>
        <message>
            <location filename="../../forms/report_result_view.ui" line="+10" />
            <source>&amp;Run</source>
            <translation>E&amp;xécuter</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Run the report</source>
            <translation>Exécuter le rapport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ca&amp;ncel</source>
            <translation>A&amp;nnuler</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cancel the running report</source>
            <translation>Annuler le rapport en cours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report running</source>
            <translation>Rapport en cours</translation>
        </message>
        <message>
            <location line="+7" />
            <source>About the result</source>
            <translation>À propos du résultat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show counts &amp;under 5</source>
            <translation>Afficher les effectifs &amp;inférieurs à 5</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show counts under 5 in exports and printouts</source>
            <translation>Afficher les effectifs inférieurs à 5 dans les exports et les impressions</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Exported and printed reports show a count of 1 to 4 as “&lt;5” so that nobody can be recognised; an administrator may show the exact counts.</source>
            <translation>Les rapports exportés et imprimés affichent un effectif de 1 à 4 comme « &lt;5 » afin que personne ne puisse être reconnu ; un administrateur peut afficher les effectifs exacts.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show pa&amp;tients…</source>
            <translation>Afficher les pa&amp;tients…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show the patients behind the chosen row</source>
            <translation>Afficher les patients derrière la ligne choisie</translation>
        </message>
        <message>
            <location line="+0" />
            <source>The patients counted in the chosen row (double-click a row does the same).</source>
            <translation>Les patients comptés dans la ligne choisie (double-cliquer sur une ligne fait de même).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pr&amp;int preview…</source>
            <translation>Aperçu avant impress&amp;ion…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Preview and print the report</source>
            <translation>Aperçu et impression du rapport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Export the report to a file</source>
            <translation>Exporter le rapport dans un fichier</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Report rows</source>
            <translation>Lignes du rapport</translation>
        </message>
    </context>
    <context>
        <name>ReportRunner</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/report_runner.py" line="+36" />
            <source>Appointments</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inpatients</source>
            <translation>Hospitalisations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revenue</source>
            <translation>Recettes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pharmacy</source>
            <translation>Pharmacie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnoses</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <location line="+67" />
            <source>The list of reports could not be loaded: %1</source>
            <translation>La liste des rapports n'a pas pu être chargée : %1</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Your account may not run any report.</source>
            <translation>Votre compte ne peut exécuter aucun rapport.</translation>
        </message>
        <message>
            <location line="+30" />
            <location filename="../../forms/report_runner.ui" line="+24" />
            <source>Choose a report</source>
            <translation>Choisissez un rapport</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/report_runner.ui" line="+1" />
            <source>Choose a report in the list, a range of days and the filters it offers, then Run.</source>
            <translation>Choisissez un rapport dans la liste, une période et les filtres qu'il propose, puis Exécuter.</translation>
        </message>
        <message>
            <location filename="../../forms/report_runner.ui" line="-16" />
            <source>&amp;Available reports</source>
            <translation>Rapports &amp;disponibles</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Available reports</source>
            <translation>Rapports disponibles</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
    </context>
    <context>
        <name>ReportsDashboard</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/reports_dashboard.py" line="+57" />
            <source>Appointments today</source>
            <translation>Rendez-vous du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today's appointments, not cancelled or declined</source>
            <translation>Les rendez-vous du jour, ni annulés ni refusés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Arrivés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients who arrived for today's appointments</source>
            <translation>Les patients arrivés pour les rendez-vous du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seen</source>
            <translation>Vus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today's appointments completed</source>
            <translation>Les rendez-vous du jour terminés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-shows</source>
            <translation>Absents</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today's appointments marked as not attended</source>
            <translation>Les rendez-vous du jour marqués comme non honorés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting now</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in and not yet called</source>
            <translation>Arrivés et pas encore appelés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Average wait</source>
            <translation>Attente moyenne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long those waiting now have waited, on average</source>
            <translation>Le temps d'attente moyen des personnes qui attendent en ce moment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beds occupied</source>
            <translation>Lits occupés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beds with a patient, of the beds in service</source>
            <translation>Lits occupés par un patient, parmi les lits en service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admissions today</source>
            <translation>Admissions du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients admitted since midnight</source>
            <translation>Patients admis depuis minuit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discharges today</source>
            <translation>Sorties du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients discharged since midnight</source>
            <translation>Patients sortis depuis minuit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken today</source>
            <translation>Encaissé aujourd'hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payments less refunds, and deposits, taken since midnight</source>
            <translation>Paiements moins remboursements, et acomptes, encaissés depuis minuit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Items to reorder</source>
            <translation>Articles à réapprovisionner</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Reload the dashboard</source>
            <translation>Recharger le tableau de bord</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Beds by ward</source>
            <translation>Lits par service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bed occupancy by ward</source>
            <translation>Occupation des lits par service</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Taken today by payment method</source>
            <translation>Encaissé aujourd'hui par mode de paiement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Money taken today by payment method</source>
            <translation>Sommes encaissées aujourd'hui par mode de paiement</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The dashboard could not be loaded: %1</source>
            <translation>Le tableau de bord n'a pas pu être chargé : %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Today, %1</source>
            <translation>Aujourd'hui, %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Updated %1</source>
            <translation>Mis à jour %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from the %1</source>
            <translation>depuis %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>none waiting</source>
            <translation>personne n'attend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Occupied</source>
            <translation>Occupés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free</source>
            <translation>Libres</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1: %2 of %3 beds occupied</source>
            <translation>%1 : %2 lits occupés sur %3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Taken</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Nothing yet</source>
            <translation>Rien pour l'instant</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dashboard.ui" line="+9" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Re&amp;load</source>
            <translation>Rec&amp;harger</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Read every figure again now (F5)</source>
            <translation>Relire tous les chiffres maintenant (F5)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Below reorder level</source>
            <translation>Sous le seuil de réapprovisionnement</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/tabs/reports_dashboard.py" line="-266" />
            <location filename="../../forms/reports_dashboard.ui" line="+3" />
            <source>Stock items below their reorder level</source>
            <translation>Articles en stock sous leur seuil de réapprovisionnement</translation>
        </message>
        <message>
            <location filename="../../forms/reports_dashboard.ui" line="+7" />
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On hand</source>
            <translation>En stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reorder at</source>
            <translation>Seuil</translation>
        </message>
    </context>
    <context>
        <name>ReportsTab</name>
        <message>
            <location filename="../../forms/reports_tab.ui" line="+10" />
            <source>Reports sections</source>
            <translation>Rubriques des rapports</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Run a report</source>
            <translation>Exécuter un rapport</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Build a report</source>
            <translation>Créer un rapport</translation>
        </message>
    </context>
    <context>
        <name>ResourceBookingDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/resource_booking_dialog.py" line="+52" />
            <source>{resource} is already booked at that time. Choose another time.</source>
            <translation>{resource} a déjà une réservation à cet horaire. Choisissez un autre horaire.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{resource} is already booked {times}. Choose another time.</source>
            <translation>{resource} a déjà des réservations : {times}. Choisissez un autre horaire.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>&amp;Book</source>
            <translation>&amp;Réserver</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Choose a room or device.</source>
            <translation>Choisissez une salle ou un appareil.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The booking must end after it starts.</source>
            <translation>La réservation doit finir après son début.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say what the room or device is booked for.</source>
            <translation>Indiquez l'objet de la réservation de la salle ou de l'appareil.</translation>
        </message>
        <message>
            <location filename="../../forms/resource_booking_dialog.ui" line="+6" />
            <location line="+7" />
            <source>Book a room or device</source>
            <translation>Réserver une salle ou un appareil</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Room or device</source>
            <translation>&amp;Salle ou appareil</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ddd dd MMM yyyy</source>
            <translation>ddd dd MMM yyyy</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>HH:mm</source>
            <translation>HH:mm</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;to</source>
            <translation>&amp;au</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Purpose</source>
            <translation>&amp;Objet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it is booked for, e.g. “Pre-op ECG, ward 3”</source>
            <translation>Objet de la réservation, p. ex. « ECG préopératoire, service 3 »</translation>
        </message>
    </context>
    <context>
        <name>ResourcesPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/resources_page.py" line="+89" />
            <source>All rooms and equipment</source>
            <translation>Toutes les salles et tous les équipements</translation>
        </message>
        <message>
            <location line="+52" />
            <source>The bookings could not be loaded: %1</source>
            <translation>Les réservations n'ont pas pu être chargées : %1</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Appointment</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Booked on its own</source>
            <translation>Réservé seul</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No active rooms or equipment of this kind.</source>
            <translation>Aucune salle ni aucun équipement actif de ce type.</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n room or device</source>
            <translation>
                <numerusform>%n salle ou appareil</numerusform>
                <numerusform>%n salles et appareils</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n rooms and devices</source>
            <translation>
                <numerusform>%n salle ou appareil</numerusform>
                <numerusform>%n salles et appareils</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <location line="+6" />
            <source>%n booking</source>
            <translation>
                <numerusform>%n réservation</numerusform>
                <numerusform>%n réservations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="-6" />
            <location line="+6" />
            <source>%n bookings</source>
            <translation>
                <numerusform>%n réservation</numerusform>
                <numerusform>%n réservations</numerusform>
            </translation>
        </message>
        <message>
            <location line="-5" />
            <source>updated %1</source>
            <translation>mis à jour %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Free all day</source>
            <translation>Libre toute la journée</translation>
        </message>
        <message>
            <location line="+52" />
            <source>This room belongs to an appointment: cancel or move the appointment instead.</source>
            <translation>Cette salle dépend d'un rendez-vous : annulez ou déplacez plutôt le rendez-vous.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Booked: %1 on %2, %3.</source>
            <translation>Réservé : %1 le %2, %3.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Cancel the booking of %1
on %2, %3
(%4)?</source>
            <translation>Annuler la réservation de %1
le %2, %3
(%4) ?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancel booking</source>
            <translation>Annuler la réservation</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Cancel booking</source>
            <translation>A&amp;nnuler la réservation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep</source>
            <translation>&amp;Conserver</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Cancelled: %1, %2.</source>
            <translation>Annulé : %1, %2.</translation>
        </message>
        <message>
            <location filename="../../forms/resources_page.ui" line="+15" />
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Kind</source>
            <translation>&amp;Nature</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Book room or device…</source>
            <translation>&amp;Réserver une salle ou un appareil…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel bookin&amp;g</source>
            <translation>Annuler la réser&amp;vation</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rooms and equipment</source>
            <translation>Salles et équipements</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Room or device / time</source>
            <translation>Salle ou appareil / heure</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booked for</source>
            <translation>Rendez-vous à</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
    </context>
    <context>
        <name>RevenuePage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/revenue_page.py" line="+60" />
            <location filename="../../forms/revenue_page.ui" line="+32" />
            <source>Money taken</source>
            <translation>Sommes encaissées</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/revenue_page.ui" line="+24" />
            <source>Per clerk</source>
            <translation>Par agent</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/revenue_page.ui" line="+22" />
            <source>Shifts closed this day</source>
            <translation>Caisses clôturées ce jour</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/revenue_page.ui" line="-62" />
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/revenue_page.ui" line="+2" />
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only an administrator reads the daily revenue.</source>
            <translation>Seul un administrateur consulte les recettes du jour.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Invoiced %1 (%2)   ·   Credited %3 (%4)   ·   Taken %5   ·   Refunded %6   ·   Deposits %7   ·   Net takings %8</source>
            <translation>Facturé %1 (%2)   ·   Crédité %3 (%4)   ·   Encaissé %5   ·   Remboursé %6   ·   Acomptes %7   ·   Recette nette %8</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Taken</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/revenue_page.ui" line="+50" />
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/revenue_page.ui" line="+1" />
            <source>Deposits</source>
            <translation>Acomptes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No money taken this day</source>
            <translation>Aucun encaissement ce jour</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Export the daily revenue</source>
            <translation>Exporter les recettes du jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The file could not be written (%1). Choose another folder.</source>
            <translation>Le fichier n'a pas pu être écrit (%1). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <location filename="../../forms/revenue_page.ui" line="-54" />
            <source>&amp;Day</source>
            <translation>&amp;Jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <location line="+2" />
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Today</source>
            <translation>&amp;Aujourd'hui</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Money</source>
            <translation>Encaissements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+23" />
            <source>Clerk</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Net cash</source>
            <translation>Espèces nettes</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Z-report</source>
            <translation>Rapport Z</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>SchedulingTab</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/scheduling.py" line="+147" />
            <source>Previous day (Ctrl+Right in the calendar)</source>
            <translation>Jour précédent (Ctrl+Droite dans le calendrier)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day (Ctrl+Left in the calendar)</source>
            <translation>Jour suivant (Ctrl+Gauche dans le calendrier)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>All departments</source>
            <translation>Tous les pôles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All specialties</source>
            <translation>Toutes les spécialités</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Overbooked</source>
            <translation>Surréservé</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Off hours</source>
            <translation>Hors horaires</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Fit</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctors per screen</source>
            <translation>Médecins par écran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How many doctors' columns the day shows across the screen (the rest scroll sideways). “Fit”: as many as fit at the usual width. Hover over a column's header for the doctor's full name.</source>
            <translation>Combien de colonnes de médecins la journée affiche sur la largeur de l'écran (les autres défilent latéralement). « Ajuster » : autant qu'il en tient à la largeur habituelle. Survolez l'en-tête d'une colonne pour voir le nom complet du médecin.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Doc&amp;tors per screen</source>
            <translation>Médecins par éc&amp;ran</translation>
        </message>
        <message>
            <location line="+88" />
            <source>The lists of specialties and doctors could not be loaded: %1</source>
            <translation>Les listes des spécialités et des médecins n'ont pas pu être chargées : %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The day could not be loaded: %1</source>
            <translation>La journée n'a pas pu être chargée : %1</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not working today</source>
            <translation>Ne travaille pas aujourd'hui</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not working</source>
            <translation>ne travaille pas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No doctor works on this day with these filters.</source>
            <translation>Aucun médecin ne travaille ce jour-là avec ces filtres.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n doctor</source>
            <translation>
                <numerusform>%n médecin</numerusform>
                <numerusform>%n médecins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n doctors</source>
            <translation>
                <numerusform>%n médecin</numerusform>
                <numerusform>%n médecins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n appointment</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n appointments</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n waiting</source>
            <translation>
                <numerusform>%n en attente</numerusform>
                <numerusform>%n en attente</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>updated %1</source>
            <translation>mis à jour %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Enter or double-click to move it to another slot or cancel it</source>
            <translation>Entrée ou double-clic pour le déplacer sur un autre créneau ou l'annuler</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Declined by doctors — to rebook (%1)</source>
            <translation>Refusés par les médecins — à reprogrammer (%1)</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../forms/scheduling_tab.ui" line="+86" />
            <source>Nothing selected. Use the arrow keys or click an appointment; Enter opens it.</source>
            <translation>Rien de sélectionné. Utilisez les flèches ou cliquez sur un rendez-vous ; Entrée l'ouvre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>MRN {mrn} · {doctor}</source>
            <translation>MRN {mrn} · {doctor}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Patients are checked in on the day of their appointment.</source>
            <translation>L'arrivée des patients s'enregistre le jour de leur rendez-vous.</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Booked: %1 with %2 on %3.</source>
            <translation>Réservé : %1 avec %2 le %3.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Move %1's appointment
from %2 with %3
to %4 with %5?</source>
            <translation>Déplacer le rendez-vous de %1
du %2 avec %3
au %4 avec %5 ?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Move appointment</source>
            <translation>Déplacer le rendez-vous</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Move</source>
            <translation>&amp;Déplacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keep</source>
            <translation>&amp;Conserver</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Moved: %1 is now at %2 with %3.</source>
            <translation>Déplacé : %1 est maintenant à %2 avec %3.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Next free: %1.</source>
            <translation>Prochain libre : %1.</translation>
        </message>
        <message>
            <location filename="../../forms/scheduling_tab.ui" line="-71" />
            <source>Scheduling</source>
            <translation>Planification</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Previous day (Ctrl+Left in the calendar)</source>
            <translation>Jour précédent (Ctrl+Gauche dans le calendrier)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>◀</source>
            <translation>◀</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next day (Ctrl+Right in the calendar)</source>
            <translation>Jour suivant (Ctrl+Droite dans le calendrier)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <location line="+0" />
            <source>▶</source>
            <translation>▶</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day shown</source>
            <translation>Jour affiché</translation>
        </message>
        <message>
            <location line="+8" />
            <source>De&amp;partment</source>
            <translation>Pô&amp;le</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sp&amp;ecialty</source>
            <translation>Sp&amp;écialité</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Find &amp;&amp; book…</source>
            <translation>&amp;Chercher &amp;&amp; réserver…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>My day</source>
            <translation>Ma journée</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Selected</source>
            <translation>Sélectionné</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check &amp;in</source>
            <translation>Enregistrer l'arr&amp;ivée</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+6" />
            <source>Declined by doctors — to rebook</source>
            <translation>Refusés par les médecins — à reprogrammer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rooms &amp;&amp; equipment</source>
            <translation>Salles &amp;&amp; équipements</translation>
        </message>
    </context>
    <context>
        <name>ServersDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/servers_dialog.py" line="+93" />
            <source>Saved “%1”.</source>
            <translation>« %1 » enregistré.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>CA certificate</source>
            <translation>Certificat d'AC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
            <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../forms/servers_dialog.ui" line="+6" />
            <source>Database servers</source>
            <translation>Serveurs de base de données</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Saved servers</source>
            <translation>Serveurs enregistrés</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ne&amp;w</source>
            <translation>Nou&amp;veau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Main hospital server</source>
            <translation>p. ex. Serveur principal de l'hôpital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Host</source>
            <translation>&amp;Hôte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>db.hospital.local</source>
            <translation>db.hospital.local</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Port</source>
            <translation>&amp;Port</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Database</source>
            <translation>&amp;Base de données</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hms</source>
            <translation>hms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;TLS (sslmode)</source>
            <translation>&amp;TLS (sslmode)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>CA c&amp;ertificate</source>
            <translation>C&amp;ertificat d'AC</translation>
        </message>
        <message>
            <location line="+3" />
            <source>optional: file that signs the server's certificate</source>
            <translation>facultatif : fichier qui signe le certificat du serveur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the CA certificate file</source>
            <translation>Choisir le fichier du certificat d'AC</translation>
        </message>
        <message>
            <location line="+0" />
            <source>…</source>
            <translation>…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rep&amp;lica for reports</source>
            <translation>Rép&amp;lica pour les rapports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: host of a streaming read replica</source>
            <translation>facultatif : hôte d'un réplica en lecture (streaming)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reports and the dashboard run on this read replica, never on the server above, so the desks are not slowed. Empty: they run on the server above.</source>
            <translation>Les rapports et le tableau de bord s'exécutent sur ce réplica en lecture, jamais sur le serveur ci-dessus, pour ne pas ralentir les guichets. Vide : ils s'exécutent sur le serveur ci-dessus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Replica p&amp;ort</source>
            <translation>P&amp;ort du réplica</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Save profile</source>
            <translation>&amp;Enregistrer le profil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/settings_page.py" line="+175" />
            <source>The slot length of %1 is 5 to 240 minutes, or blank for the hospital default.</source>
            <translation>La durée de créneau de %1 va de 5 à 240 minutes, ou vide pour la valeur par défaut de l'hôpital.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Saved. Slot lengths and the time zone apply to the next search; the idle lock and password remembering at each workstation's next login.</source>
            <translation>Enregistré. Les durées de créneau et le fuseau horaire s'appliquent à la prochaine recherche ; le verrouillage d'inactivité et la mémorisation des mots de passe à la prochaine connexion de chaque poste.</translation>
        </message>
        <message>
            <location filename="../../forms/settings_page.ui" line="+10" />
            <source>Hospital (name, address, phone, e-mail and tax number are printed on invoices, receipts and prescriptions)</source>
            <translation>Hôpital (le nom, l'adresse, le téléphone, l'e-mail et le numéro fiscal sont imprimés sur les factures, reçus et ordonnances)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hospital &amp;name</source>
            <translation>&amp;Nom de l'hôpital</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Phone numbers are in</source>
            <translation>Les numéros de &amp;téléphone sont en</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ta&amp;x (VAT) number</source>
            <translation>N° de T&amp;VA</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed on invoices and receipts; leave blank to print none</source>
            <translation>Imprimé sur les factures et les reçus ; laissez vide pour ne rien imprimer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;hone</source>
            <translation>Télép&amp;hone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The hospital's phone number as printed; leave blank to print none</source>
            <translation>Le numéro de téléphone de l'hôpital tel qu'imprimé ; laissez vide pour ne rien imprimer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>+44 20 7946 0000</source>
            <translation>+44 20 7946 0000</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The hospital's e-mail address as printed; leave blank to print none</source>
            <translation>L'adresse e-mail de l'hôpital telle qu'imprimée ; laissez vide pour ne rien imprimer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>info@example.org</source>
            <translation>info@example.org</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal a&amp;ddress</source>
            <translation>A&amp;dresse postale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to 4 lines, printed under the hospital's name on invoices, receipts and prescriptions</source>
            <translation>Jusqu'à 4 lignes, imprimées sous le nom de l'hôpital sur les factures, reçus et ordonnances</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discounts need approval a&amp;bove</source>
            <translation>Remises soumises à approbation au-&amp;delà de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discounts on one invoice adding up to more than this amount, and credit notes above it, can only be given by staff holding the billing approver right; the database itself refuses them to everyone else</source>
            <translation>Les remises sur une facture totalisant plus que ce montant, et les avoirs au-delà, ne peuvent être accordés que par le personnel ayant le droit d'approbateur de facturation ; la base de données elle-même les refuse à tous les autres</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Discounts and credit notes above this amount need a billing approver</source>
            <translation>Les remises et avoirs au-delà de ce montant requièrent un approbateur de facturation</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workstation security</source>
            <translation>Sécurité des postes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Lock after</source>
            <translation>&amp;Verrouiller après</translation>
        </message>
        <message>
            <location line="+1" />
            <source> minutes without input</source>
            <translation> minutes d'inactivité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff may let a workstation &amp;remember their password (kept in the operating system's keyring)</source>
            <translation>Le personnel peut laisser un poste &amp;mémoriser son mot de passe (conservé dans le trousseau du système d'exploitation)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Scheduling</source>
            <translation>Planification</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Default &amp;slot length</source>
            <translation>Durée de &amp;créneau par défaut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Used where neither the session, the doctor nor the specialty sets a slot length</source>
            <translation>Utilisée quand ni la plage, ni le médecin, ni la spécialité ne fixent de durée de créneau</translation>
        </message>
        <message>
            <location line="+0" />
            <source> minutes</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital &amp;time zone</source>
            <translation>&amp;Fuseau horaire de l'hôpital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working hours and calendar days are in this time zone</source>
            <translation>Les horaires et les jours du calendrier sont dans ce fuseau horaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slot length by s&amp;pecialty</source>
            <translation>Durée de créneau par s&amp;pécialité</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Minutes (5 to 240) for doctors of the specialty who have no slot length of their own; leave blank for the hospital default</source>
            <translation>Minutes (5 à 240) pour les médecins de la spécialité qui n'ont pas leur propre durée de créneau ; laissez vide pour la valeur par défaut de l'hôpital</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes (blank: hospital default)</source>
            <translation>Minutes (vide : défaut de l'hôpital)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reasons for appointments and waiting-list notes are clinical information. When this is off, the database itself refuses reception logins these columns (with any program), and reception screens show "—" instead of the reason. Doctors and administrators always read them; billing never does. Moving an appointment or booking from the waiting list still keeps the reason.</source>
            <translation>Les motifs de rendez-vous et les notes de liste d'attente sont des informations cliniques. Quand cette option est désactivée, la base de données elle-même refuse ces colonnes aux comptes de l'accueil (quel que soit le programme), et les écrans de l'accueil affichent « — » au lieu du motif. Les médecins et les administrateurs les lisent toujours ; la facturation jamais. Déplacer un rendez-vous ou réserver depuis la liste d'attente conserve toujours le motif.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rec&amp;eption may read appointment reasons (and waiting-list notes)</source>
            <translation>L'acc&amp;ueil peut lire les motifs de rendez-vous (et les notes de liste d'attente)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Revert</source>
            <translation>Ré&amp;tablir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Save settings</source>
            <translation>&amp;Enregistrer les paramètres</translation>
        </message>
    </context>
    <context>
        <name>ShiftPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/shift_page.py" line="+51" />
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank transfer</source>
            <translation>Virement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposit applied</source>
            <translation>Acompte imputé</translation>
        </message>
        <message>
            <location line="+59" />
            <source>What this shift took</source>
            <translation>Encaissé pendant cette caisse</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/shift_page.ui" line="+101" />
            <source>My shifts</source>
            <translation>Mes caisses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening float</source>
            <translation>Fonds de caisse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash counted</source>
            <translation>Espèces comptées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note on the difference</source>
            <translation>Note sur l'écart</translation>
        </message>
        <message>
            <location line="+68" />
            <source>No cash shift open. Open one with the float in the drawer before taking cash.</source>
            <translation>Aucune caisse ouverte. Ouvrez-en une avec le fonds de caisse dans le tiroir avant d'encaisser des espèces.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cash shift Z-%1 open since %2, float %3.</source>
            <translation>Caisse Z-%1 ouverte depuis %2, fonds de caisse %3.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Payments</source>
            <translation>Paiements</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposits</source>
            <translation>Acomptes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing taken yet</source>
            <translation>Rien d'encaissé pour l'instant</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Expected in the drawer: %1 (float %2 + cash taken %3 − cash paid back %4)</source>
            <translation>Attendu dans le tiroir : %1 (fonds %2 + espèces encaissées %3 − espèces remboursées %4)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Enter an amount like 245.50.</source>
            <translation>Saisissez un montant comme 245,50.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <location filename="../../forms/shift_page.ui" line="-17" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="-4" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location line="+1" />
            <source>over</source>
            <translation>excédent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>short</source>
            <translation>manquant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference %1 (%2)</source>
            <translation>Écart %1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Note (required)</source>
            <translation>&amp;Note (obligatoire)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Open</source>
            <translation>Ouverte</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Shift opened at %1 with a float of %2.</source>
            <translation>Caisse ouverte à %1 avec un fonds de caisse de %2.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The count differs from the expected cash by %1; say why in a note.</source>
            <translation>Le comptage diffère des espèces attendues de %1 ; indiquez pourquoi dans une note.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Close your cash shift with %1 counted (difference %2)?

A closed shift cannot be changed; the Z-report prints its figures.</source>
            <translation>Clôturer votre caisse avec %1 comptés (écart %2) ?

Une caisse clôturée ne peut plus être modifiée ; le rapport Z imprime ses chiffres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Close shift</source>
            <translation>Clôturer la caisse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>C&amp;lose shift</source>
            <translation>C&amp;lôturer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Not yet</source>
            <translation>&amp;Pas encore</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Shift closed at %1: counted %2, expected %3, difference %4. Print the Z-report for the cash bag.</source>
            <translation>Caisse clôturée à %1 : compté %2, attendu %3, écart %4. Imprimez le rapport Z pour le sac de caisse.</translation>
        </message>
        <message>
            <location filename="../../forms/shift_page.ui" line="-72" />
            <source>No cash shift open.</source>
            <translation>Aucune caisse ouverte.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open a shift</source>
            <translation>Ouvrir une caisse</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Opening &amp;float</source>
            <translation>&amp;Fonds de caisse</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 100.00</source>
            <translation>p. ex. 100,00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open shift</source>
            <translation>&amp;Ouvrir la caisse</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Count the cash in the drawer before your first patient. Cash payments, cash refunds and cash deposits are taken only while your shift is open.</source>
            <translation>Comptez les espèces du tiroir avant votre premier patient. Les paiements, remboursements et acomptes en espèces ne sont acceptés que pendant que votre caisse est ouverte.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This shift so far</source>
            <translation>Cette caisse jusqu'ici</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Money</source>
            <translation>Encaissements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Close the shift</source>
            <translation>Clôturer la caisse</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cash &amp;counted</source>
            <translation>Espèces &amp;comptées</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. 245.50</source>
            <translation>p. ex. 245,50</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Why the count differs, if it does</source>
            <translation>Pourquoi le comptage diffère, le cas échéant</translation>
        </message>
        <message>
            <location line="+5" />
            <source>C&amp;lose shift…</source>
            <translation>C&amp;lôturer la caisse…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Opened</source>
            <translation>Ouverte le</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Float</source>
            <translation>Fonds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Print &amp;Z-report…</source>
            <translation>Imprimer le rapport &amp;Z…</translation>
        </message>
    </context>
    <context>
        <name>SlotOffer</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/slot_offer.py" line="+31" />
            <source>any {specialty}</source>
            <translation>tout médecin ({specialty})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>any doctor</source>
            <translation>tout médecin</translation>
        </message>
        <message>
            <location line="+5" />
            <source>from {first} to {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from {first}</source>
            <translation>à partir du {first}</translation>
        </message>
        <message>
            <location line="+37" />
            <source>✕</source>
            <translation>✕</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Dismiss this offer</source>
            <translation>Ignorer cette proposition</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Freed: %1, %2 with %3. Waiting list, longest waiting first:</source>
            <translation>Libéré : %1, %2 avec %3. Liste d'attente, attente la plus longue d'abord :</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Book this slot for %1</source>
            <translation>Réserver ce créneau pour %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>MRN {mrn} · {wanted} · {days}</source>
            <translation>MRN {mrn} · {wanted} · {days}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Booked from the waiting list: %1 with %2 on %3.</source>
            <translation>Réservé depuis la liste d'attente : %1 avec %2 le %3.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This slot was just taken by another booking; nobody on the waiting list was booked.</source>
            <translation>Ce créneau vient d'être pris par une autre réservation ; personne de la liste d'attente n'a été réservé.</translation>
        </message>
    </context>
    <context>
        <name>SocialHistoryDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="+109" />
            <location filename="../../forms/social_history_dialog.ui" line="+6" />
            <source>Social history</source>
            <translation>Mode de vie</translation>
        </message>
        <message>
            <location filename="../../forms/social_history_dialog.ui" line="+13" />
            <source>S&amp;moking</source>
            <translation>&amp;Tabac</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Pack-years</source>
            <translation>&amp;Paquets-années</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Not known</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location line="-1" />
            <source>&amp;Alcohol</source>
            <translation>&amp;Alcool</translation>
        </message>
        <message>
            <location line="+1" />
            <source> units a week</source>
            <translation> unités par semaine</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Occupation</source>
            <translation>&amp;Profession</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. lives alone; cares for a parent</source>
            <translation>p. ex. vit seul ; aidant d'un parent</translation>
        </message>
    </context>
    <context>
        <name>StaffTable</name>
        <message>
            <location filename="../../hms_desktop/ui/models/staff_table.py" line="+18" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Pôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last login</source>
            <translation>Dernière connexion</translation>
        </message>
    </context>
    <context>
        <name>StaffTableModel</name>
        <message>
            <location line="+57" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deactivated</source>
            <translation>Désactivé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
    </context>
    <context>
        <name>StockAdjustDialog</name>
        <message>
            <location filename="../../forms/stock_adjust_dialog.ui" line="+6" />
            <source>Adjust stock</source>
            <translation>Ajuster le stock</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In stock</source>
            <translation>En stock</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reason</source>
            <translation>M&amp;otif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Change by</source>
            <translation>&amp;Variation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>optional: what happened</source>
            <translation>facultatif : ce qui s'est passé</translation>
        </message>
    </context>
    <context>
        <name>StockDialogs</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="-31" />
            <source>{item} — batch {batch}, expires {expiry}</source>
            <translation>{item} — lot {batch}, péremption {expiry}</translation>
        </message>
    </context>
    <context>
        <name>StockMoveDialog</name>
        <message>
            <location filename="../../forms/stock_move_dialog.ui" line="+6" />
            <source>Issue or transfer stock</source>
            <translation>Dispenser ou transférer du stock</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;To</source>
            <translation>&amp;Vers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quantity</source>
            <translation>&amp;Quantité</translation>
        </message>
    </context>
    <context>
        <name>StockPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/stock_page.py" line="+96" />
            <location line="+2" />
            <location line="+5" />
            <location line="+2" />
            <source>Location</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Location valued</source>
            <translation>Emplacement valorisé</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <location line="+2" />
            <location line="+2" />
            <location line="+2" />
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+5" />
            <location line="+4" />
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+5" />
            <source>Expires</source>
            <translation>Péremption</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+5" />
            <location line="+1" />
            <location line="+3" />
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Unit cost</source>
            <translation>Coût unitaire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier</source>
            <translation>Fournisseur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On hand</source>
            <translation>En stock</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reorder level</source>
            <translation>Seuil de réappro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short by</source>
            <translation>Manque</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pack size</source>
            <translation>Conditionnement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Value at cost</source>
            <translation>Valeur au coût</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location line="+0" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location line="+9" />
            <source> day</source>
            <translation> jour</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+1" />
            <source>All locations</source>
            <translation>Tous les emplacements</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1 (expired)</source>
            <translation>%1 (périmé)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 of %2 batch levels shown (item, batch and location).</source>
            <translation>%1 niveaux de lot affichés sur %2 (article, lot et emplacement).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1 items at or below their reorder level (stock summed over every location), the emptiest first.</source>
            <translation>%1 articles au seuil de réapprovisionnement ou en dessous (stock cumulé sur tous les emplacements), les plus vides d'abord.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Expired: adjust it out</source>
            <translation>Périmé : à sortir par ajustement</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/stock_page.ui" line="+54" />
            <source>Expiring</source>
            <translation>Bientôt périmé</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 batch levels expire within %2 days or have expired.</source>
            <translation>%1 niveaux de lot périment dans les %2 jours ou sont périmés.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Total at cost: %1</source>
            <translation>Total au coût : %1</translation>
        </message>
        <message>
            <location filename="../../forms/stock_page.ui" line="-44" />
            <source>Pharmacy and stores sections</source>
            <translation>Rubriques pharmacie et magasins</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stock on hand</source>
            <translation>Stock disponible</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Filter by item or batch…</source>
            <translation>Filtrer par article ou lot…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filter by item or batch</source>
            <translation>Filtrer par article ou lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Location</source>
            <translation>&amp;Emplacement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Receive…</source>
            <translation>&amp;Réceptionner…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Receive a delivery: a batch with its expiry date and unit cost</source>
            <translation>Réceptionner une livraison : un lot avec sa date de péremption et son coût unitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Issue or transfer…</source>
            <translation>&amp;Dispenser ou transférer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Issue the selected batch to a ward store or move it to another location</source>
            <translation>Dispenser le lot choisi à une pharmacie de service ou le déplacer vers un autre emplacement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ad&amp;just…</source>
            <translation>A&amp;juster…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Correct the selected batch's quantity: loss, breakage, expired or a stock count</source>
            <translation>Corriger la quantité du lot choisi : perte, casse, péremption ou inventaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reload from the database (F5)</source>
            <translation>Recharger depuis la base de données (F5)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stock on hand by batch and location</source>
            <translation>Stock disponible par lot et emplacement</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Reorder list</source>
            <translation>Liste de réapprovisionnement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Items whose stock over every location is at or below their reorder level, the emptiest first.</source>
            <translation>Articles dont le stock sur tous les emplacements est au seuil de réapprovisionnement ou en dessous, les plus vides d'abord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Items to reorder</source>
            <translation>Articles à réapprovisionner</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Expiring with&amp;in</source>
            <translation>Périmant d&amp;ans</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/ui/tabs/stock_page.py" line="-166" />
            <location filename="../../forms/stock_page.ui" line="+1" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../forms/stock_page.ui" line="+5" />
            <source>Batches expiring soon</source>
            <translation>Lots bientôt périmés</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Valuation</source>
            <translation>Valorisation</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lo&amp;cation</source>
            <translation>Empla&amp;cement</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stock value at cost by item and location</source>
            <translation>Valeur du stock au coût par article et emplacement</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Items</source>
            <translation>Articles</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Locations</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Movements</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The latest stock movements, newest first. A movement is never changed: a mistake is corrected by an adjustment.</source>
            <translation>Les derniers mouvements de stock, les plus récents d'abord. Un mouvement n'est jamais modifié : une erreur se corrige par un ajustement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Latest stock movements</source>
            <translation>Derniers mouvements de stock</translation>
        </message>
    </context>
    <context>
        <name>StockReceiveDialog</name>
        <message>
            <location filename="../../forms/stock_receive_dialog.ui" line="+6" />
            <source>Receive stock</source>
            <translation>Réceptionner du stock</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Item</source>
            <translation>&amp;Article</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Location</source>
            <translation>&amp;Emplacement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Batch number</source>
            <translation>Numéro de &amp;lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as printed on the pack</source>
            <translation>tel qu'imprimé sur la boîte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E&amp;xpiry date</source>
            <translation>Date de &amp;péremption</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Quantity</source>
            <translation>&amp;Quantité</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unit &amp;cost</source>
            <translation>&amp;Coût unitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cost of one unit, e.g. 0.35</source>
            <translation>coût d'une unité, p. ex. 0,35</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Su&amp;pplier</source>
            <translation>&amp;Fournisseur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>who delivered it</source>
            <translation>qui l'a livré</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <location filename="../../hms_desktop/ui/tasks.py" line="+90" />
            <source>Could not complete</source>
            <translation>Échec de l'opération</translation>
        </message>
        <message>
            <location line="+107" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/transfer_dialog.py" line="+38" />
            <location line="+1" />
            <source>Transfer %1</source>
            <translation>Transférer %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>no bed</source>
            <translation>sans lit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>MRN %1 · admitted %2
Now in %3</source>
            <translation>MRN %1 · admis le %2
Actuellement en %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Transfer</source>
            <translation>&amp;Transférer</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Choose the bed the patient moves to.</source>
            <translation>Choisissez le lit où va le patient.</translation>
        </message>
        <message>
            <location filename="../../forms/transfer_dialog.ui" line="+6" />
            <source>Transfer patient</source>
            <translation>Transférer le patient</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Transfer</source>
            <translation>Transfert</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Bed &amp;type</source>
            <translation>&amp;Type de lit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show only free beds of this type</source>
            <translation>N'afficher que les lits libres de ce type</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;New bed</source>
            <translation>&amp;Nouveau lit</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Bed</source>
            <translation>Lit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Room</source>
            <translation>Chambre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The bed the patient leaves will be marked for cleaning.</source>
            <translation>Le lit que quitte le patient sera marqué à nettoyer.</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/user_dialog.py" line="+54" />
            <source>Add a staff member</source>
            <translation>Ajouter un membre du personnel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit %1</source>
            <translation>Modifier %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A user name cannot be changed: it is the person's database account and appears in the audit trail.</source>
            <translation>Un identifiant ne peut pas être modifié : c'est le compte de la personne dans la base de données et il figure dans le journal d'audit.</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
        <message>
            <location filename="../../forms/user_dialog.ui" line="+6" />
            <source>Staff member</source>
            <translation>Membre du personnel</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Full &amp;name</source>
            <translation>&amp;Nom complet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;User name</source>
            <translation>&amp;Identifiant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lower-case, e.g. jsmith</source>
            <translation>en minuscules, p. ex. jdupont</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Staff Nurse, Consultant Cardiologist</source>
            <translation>p. ex. Infirmier, Cardiologue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Department</source>
            <translation>&amp;Pôle</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Groups</source>
            <translation>Groupes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Reception</source>
            <translation>&amp;Accueil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;octor</source>
            <translation>Mé&amp;decin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Billing</source>
            <translation>&amp;Facturation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Administrator</source>
            <translation>Ad&amp;ministrateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May give discounts and credit notes above the hospital's approval threshold (Hospital settings); the database refuses them to other billing staff</source>
            <translation>Peut accorder des remises et des avoirs au-delà du seuil d'approbation de l'hôpital (Paramètres de l'hôpital) ; la base de données les refuse aux autres agents de facturation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Billing appro&amp;ver (large discounts and credit notes)</source>
            <translation>Appro&amp;bateur de facturation (remises et avoirs importants)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>May dispense issued prescriptions from the pharmacy's stock (Billing &gt; Pharmacy); the database refuses dispensing to everyone else</source>
            <translation>Peut dispenser les ordonnances émises depuis le stock de la pharmacie (Facturation &gt; Pharmacie) ; la base de données refuse la dispensation à tous les autres</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dispen&amp;ses prescriptions (pharmacy)</source>
            <translation>Dispense les &amp;ordonnances (pharmacie)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>at least 10 characters</source>
            <translation>10 caractères au moins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>R&amp;epeat password</source>
            <translation>R&amp;épéter le mot de passe</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/users_page.py" line="+113" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 staff members, %2 active</source>
            <translation>%1 membres du personnel, %2 actifs</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Reactivate</source>
            <translation>&amp;Réactiver</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../forms/users_page.ui" line="+16" />
            <source>&amp;Deactivate</source>
            <translation>&amp;Désactiver</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You cannot deactivate your own account.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Set a new password for %1 (%2). Tell them in person; they can change it afterwards under Session → Change password.</source>
            <translation>Définir un nouveau mot de passe pour %1 (%2). Communiquez-le en personne ; il pourra le changer ensuite dans Session → Changer le mot de passe.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Deactivate account</source>
            <translation>Désactiver le compte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deactivate %1? They will no longer be able to log in on any workstation. Their records and audit history stay.</source>
            <translation>Désactiver %1 ? Cette personne ne pourra plus se connecter sur aucun poste. Ses dossiers et son historique d'audit sont conservés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Deactivate</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <location filename="../../forms/users_page.ui" line="-6" />
            <source>Filter staff accounts</source>
            <translation>Filtrer les comptes du personnel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Filter by name, user, department or group…</source>
            <translation>Filtrer par nom, identifiant, pôle ou groupe…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;inactive</source>
            <translation>Voir les &amp;inactifs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add user…</source>
            <translation>&amp;Nouvel utilisateur…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reset &amp;password…</source>
            <translation>Nouveau mot de &amp;passe…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reload the list from the database (F5)</source>
            <translation>Recharger la liste depuis la base de données (F5)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Staff accounts</source>
            <translation>Comptes du personnel</translation>
        </message>
    </context>
    <context>
        <name>WaitingListDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/waiting_list_dialog.py" line="+58" />
            <source>&amp;Add to waiting list</source>
            <translation>&amp;Ajouter à la liste d'attente</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+34" />
            <source>Waiting: %1</source>
            <translation>En attente : %1</translation>
        </message>
        <message>
            <location line="-33" />
            <source>the patient</source>
            <translation>le patient</translation>
        </message>
        <message>
            <location line="+4" />
            <source>— choose —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+52" />
            <source>Any doctor of the specialty</source>
            <translation>Tout médecin de la spécialité</translation>
        </message>
        <message>
            <location line="-25" />
            <source>{name} (MRN {mrn})</source>
            <translation>{name} (MRN {mrn})</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Find and choose the patient.</source>
            <translation>Recherchez et choisissez le patient.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a doctor, or a specialty for any of its doctors.</source>
            <translation>Choisissez un médecin, ou une spécialité pour n'importe lequel de ses médecins.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The latest day is before the earliest one.</source>
            <translation>Le dernier jour est avant le premier.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Add to &amp;waiting list…</source>
            <translation>Ajouter à la liste d'&amp;attente…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No early slot suits: put the patient on the waiting list instead</source>
            <translation>Aucun créneau proche ne convient : inscrire plutôt le patient sur la liste d'attente</translation>
        </message>
        <message>
            <location filename="../../forms/waiting_list_dialog.ui" line="+6" />
            <location line="+7" />
            <source>Add to waiting list</source>
            <translation>Ajouter à la liste d'attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For a patient who wants an earlier slot than the ones free now. When a matching appointment is cancelled, reception is offered the patients on the list, longest waiting first.</source>
            <translation>Pour un patient qui souhaite un créneau plus tôt que ceux libres actuellement. Quand un rendez-vous correspondant est annulé, les patients de la liste sont proposés à l'accueil, attente la plus longue d'abord.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1. Patient</source>
            <translation>1. Patient</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Name, MRN, phone or date of birth</source>
            <translation>Nom, MRN, téléphone ou date de naissance</translation>
        </message>
        <message>
            <location line="+21" />
            <source>2. Wants an earlier slot with</source>
            <translation>2. Souhaite un créneau plus tôt avec</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Specialty</source>
            <translation>&amp;Spécialité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Doctor</source>
            <translation>&amp;Médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A particular doctor; or any doctor of the specialty</source>
            <translation>Un médecin précis ; ou tout médecin de la spécialité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Earliest day</source>
            <translation>&amp;Premier jour</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>ddd dd MMM yyyy</source>
            <translation>ddd dd MMM yyyy</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Leave unticked if any later day will do</source>
            <translation>Laissez décoché si n'importe quel jour ultérieur convient</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Latest day</source>
            <translation>&amp;Dernier jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latest day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <location line="+9" />
            <source>3. &amp;Note</source>
            <translation>3. &amp;Note</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Mornings only; can come at an hour's notice</source>
            <translation>p. ex. Matins seulement ; peut venir dans l'heure</translation>
        </message>
    </context>
    <context>
        <name>WaitingListPanel</name>
        <message numerus="yes">
            <location filename="../../hms_desktop/ui/tabs/waiting_list_panel.py" line="+53" />
            <source>waiting since {since} (%n d)</source>
            <translation>
                <numerusform>en attente depuis le {since} (%n j)</numerusform>
                <numerusform>en attente depuis le {since} (%n j)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>waiting since {since} (today)</source>
            <translation>en attente depuis le {since} (aujourd'hui)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} · MRN {mrn}</source>
            <translation>{name} · MRN {mrn}</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+7" />
            <source>Waiting list</source>
            <translation>Liste d'attente</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a patient who wants an earlier slot to the waiting list</source>
            <translation>Ajouter à la liste d'attente un patient qui souhaite un créneau plus tôt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Boo&amp;k…</source>
            <translation>Réser&amp;ver…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a slot for the selected patient with their doctor or specialty</source>
            <translation>Trouver un créneau pour le patient choisi avec son médecin ou sa spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+117" />
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <location line="-91" />
            <source>The waiting list could not be loaded: %1</source>
            <translation>La liste d'attente n'a pas pu être chargée : %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Enter or double-click to find a slot and book it</source>
            <translation>Entrée ou double-clic pour trouver un créneau et le réserver</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Waiting list (%1)</source>
            <translation>Liste d'attente (%1)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 is on the waiting list for %2.</source>
            <translation>%1 est sur la liste d'attente pour %2.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Remove from the waiting list</source>
            <translation>Retirer de la liste d'attente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take %1 off the waiting list for %2?</source>
            <translation>Retirer %1 de la liste d'attente pour %2 ?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Keep</source>
            <translation>&amp;Conserver</translation>
        </message>
        <message>
            <location line="+17" />
            <source>%1 is off the waiting list.</source>
            <translation>%1 n'est plus sur la liste d'attente.</translation>
        </message>
    </context>
    <context>
        <name>WardCard</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/bed_board.py" line="+65" />
            <source>No beds in this ward yet.</source>
            <translation>Aucun lit dans ce service pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n bed</source>
            <translation>
                <numerusform>%n lit</numerusform>
                <numerusform>%n lits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n beds</source>
            <translation>
                <numerusform>%n lit</numerusform>
                <numerusform>%n lits</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WardsPage</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/wards_page.py" line="+56" />
            <source>Department</source>
            <translation>Pôle</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Ward</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Room</source>
            <translation>Chambre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed</source>
            <translation>Lit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Beds</source>
            <translation>Lits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beds in service now: in use, not retired, not out of service</source>
            <translation>Lits en service actuellement : utilisés, ni archivés ni hors service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed-nights</source>
            <translation>Nuits-lits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed-nights available: each night, the beds that existed and were not retired</source>
            <translation>Nuits-lits disponibles : chaque nuit, les lits existants et non archivés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occupied</source>
            <translation>Occupés</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed-nights occupied: each night, the beds with a patient at the hospital's midnight</source>
            <translation>Nuits-lits occupées : chaque nuit, les lits occupés par un patient à minuit (heure de l'hôpital)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Utilisation</source>
            <translation>Utilisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occupied bed-nights as a share of the available ones</source>
            <translation>Part des nuits-lits disponibles qui sont occupées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admissions</source>
            <translation>Admissions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients admitted in the period whose first bed was in this ward</source>
            <translation>Patients admis pendant la période dont le premier lit était dans ce service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discharges</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients discharged in the period whose last bed was in this ward</source>
            <translation>Patients sortis pendant la période dont le dernier lit était dans ce service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Avg stay</source>
            <translation>DMS</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Average length of stay, in days, of the patients discharged in the period</source>
            <translation>Durée moyenne de séjour, en jours, des patients sortis pendant la période</translation>
        </message>
        <message>
            <location line="+40" />
            <location filename="../../forms/wards_page.ui" line="+32" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/wards_page.ui" line="+1" />
            <location line="+21" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location line="+108" />
            <source>back %1</source>
            <translation>retour %1</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+27" />
            <location line="+7" />
            <location line="+13" />
            <source>retired</source>
            <translation>archivé</translation>
        </message>
        <message numerus="yes">
            <location line="-41" />
            <source>%n bed</source>
            <translation>
                <numerusform>%n lit</numerusform>
                <numerusform>%n lits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n beds</source>
            <translation>
                <numerusform>%n lit</numerusform>
                <numerusform>%n lits</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 free</source>
            <translation>%1 libres</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Bed %1</source>
            <translation>Lit %1</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n ward</source>
            <translation>
                <numerusform>%n service</numerusform>
                <numerusform>%n services</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n wards</source>
            <translation>
                <numerusform>%n service</numerusform>
                <numerusform>%n services</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Wards without a department</source>
            <translation>Services sans pôle</translation>
        </message>
        <message>
            <location line="+113" />
            <location filename="../../forms/wards_page.ui" line="-13" />
            <source>Choose a department, ward, room or bed on the left, or add one.</source>
            <translation>Choisissez un pôle, un service, une chambre ou un lit à gauche, ou ajoutez-en un.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Label</source>
            <translation>&amp;Libellé</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/wards_page.ui" line="+5" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location line="+5" />
            <source>New %1 in %2</source>
            <translation>Nouveau : %1 dans %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New %1</source>
            <translation>Nouveau : %1</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+4" />
            <location filename="../../forms/wards_page.ui" line="+14" />
            <source>Sa&amp;ve</source>
            <translation>Enre&amp;gistrer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{kind}: {name}</source>
            <translation>{kind} : {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../forms/wards_page.ui" line="+1" />
            <source>Re&amp;tire</source>
            <translation>Archi&amp;ver</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reac&amp;tivate</source>
            <translation>Réac&amp;tiver</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Update out of serv&amp;ice</source>
            <translation>Mettre à jour la mise hors serv&amp;ice</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../forms/wards_page.ui" line="+16" />
            <source>Take out of serv&amp;ice</source>
            <translation>Mettre hors serv&amp;ice</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Retired: not on the bed board, takes no patients. Reactivate to use it again.</source>
            <translation>Archivé : absent du tableau des lits, n'accueille aucun patient. Réactivez-le pour l'utiliser de nouveau.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>In use</source>
            <translation>En service</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No department</source>
            <translation>Aucun pôle</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+37" />
            <location line="+8" />
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Retiring…</source>
            <translation>Archivage…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reactivating…</source>
            <translation>Réactivation…</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Calculating…</source>
            <translation>Calcul…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 (retired)</source>
            <translation>%1 (archivé)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 nights, %2 to %3; hospital-wide %4. A night counts at the hospital's midnight that ends it.</source>
            <translation>%1 nuits, du %2 au %3 ; ensemble de l'hôpital %4. Une nuit compte à minuit (heure de l'hôpital), qui la termine.</translation>
        </message>
        <message>
            <location filename="../../forms/wards_page.ui" line="-67" />
            <source>Show &amp;retired</source>
            <translation>Afficher les a&amp;rchivés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Also list departments, wards, rooms and beds that are retired (to reactivate one)</source>
            <translation>Lister aussi les pôles, services, chambres et lits archivés (pour en réactiver un)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New &amp;department</source>
            <translation>Nouveau &amp;pôle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New &amp;ward</source>
            <translation>Nouveau &amp;service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A new ward, in the selected department if one is selected</source>
            <translation>Un nouveau service, dans le pôle choisi si un pôle est choisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New r&amp;oom</source>
            <translation>Nouvelle c&amp;hambre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A new room in the selected ward</source>
            <translation>Une nouvelle chambre dans le service choisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add &amp;beds…</source>
            <translation>Ajouter des &amp;lits…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Add several beds to the selected room at once (A1 … A6)</source>
            <translation>Ajouter plusieurs lits d'un coup à la chambre choisie (A1 … A6)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reload</source>
            <translation>Recharger</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reload wards and beds from the database (F5)</source>
            <translation>Recharger services et lits depuis la base de données (F5)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Departments, wards, rooms and beds</source>
            <translation>Pôles, services, chambres et lits</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Dep&amp;artment</source>
            <translation>Pô&amp;le</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Floor</source>
            <translation>É&amp;tage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Level 2, east wing</source>
            <translation>p. ex. Niveau 2, aile est</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed t&amp;ype</source>
            <translation>T&amp;ype de lit</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Out of service</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <location line="+4" />
            <source>R&amp;eason</source>
            <translation>M&amp;otif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. broken side rail, deep clean</source>
            <translation>p. ex. barrière cassée, bionettoyage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xpected back</source>
            <translation>Retour &amp;prévu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expected back on a known date</source>
            <translation>Retour prévu à une date connue</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <location line="+2" />
            <source>dd MMM yyyy</source>
            <translation>dd MMM yyyy</translation>
        </message>
        <message>
            <location line="-24" />
            <source>Expected back on</source>
            <translation>Retour prévu le</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ba&amp;ck in service</source>
            <translation>Remis en ser&amp;vice</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+14" />
            <source>Occupancy and utilisation per ward</source>
            <translation>Occupation et utilisation par service</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Nights fro&amp;m</source>
            <translation>Nuits d&amp;u</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;until</source>
            <translation>&amp;au</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ca&amp;lculate</source>
            <translation>Ca&amp;lculer</translation>
        </message>
    </context>
    <context>
        <name>WeekCalendar</name>
        <message>
            <location filename="../../hms_desktop/ui/widgets/week_calendar.py" line="+32" />
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&lt;b&gt;{name}&lt;/b&gt; · MRN {mrn}</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; · MRN {mrn}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&lt;b&gt;Overbooked&lt;/b&gt;: {reason}</source>
            <translation>&lt;b&gt;Surréservé&lt;/b&gt; : {reason}</translation>
        </message>
        <message>
            <location line="+74" />
            <source>&amp;Doctor</source>
            <translation>&amp;Médecin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>◀ Previous week</source>
            <translation>◀ Semaine précédente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next week ▶</source>
            <translation>Semaine suivante ▶</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Week of</source>
            <translation>Semaine du</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Week shown</source>
            <translation>Semaine affichée</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Week calendar</source>
            <translation>Calendrier de la semaine</translation>
        </message>
        <message>
            <location line="+51" />
            <source>No doctors with working hours yet.</source>
            <translation>Aucun médecin n'a encore d'horaires.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The week could not be loaded: %1</source>
            <translation>La semaine n'a pas pu être chargée : %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Today · </source>
            <translation>Aujourd'hui · </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n appointment</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n appointments</source>
            <translation>
                <numerusform>%n rendez-vous</numerusform>
                <numerusform>%n rendez-vous</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>No appointments</source>
            <translation>Aucun rendez-vous</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not working</source>
            <translation>Ne travaille pas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 · week of %2</source>
            <translation>%1 · semaine du %2</translation>
        </message>
    </context>
    <context>
        <name>billing</name>
        <message>
            <location filename="../../hms_desktop/domain/billing.py" line="+42" />
            <source>Enter an amount like 12.50.</source>
            <translation>Saisissez un montant tel que 12,50.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter an amount of zero or more.</source>
            <translation>Saisissez un montant supérieur ou égal à zéro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the amount in whole cents (two decimals at most).</source>
            <translation>Saisissez le montant au centime près (deux décimales au plus).</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Enter a quantity above zero (three decimals at most).</source>
            <translation>Saisissez une quantité supérieure à zéro (trois décimales au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter an amount of zero or more, in whole cents.</source>
            <translation>Saisissez un montant supérieur ou égal à zéro, au centime près.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter a tax rate between 0 and 100 percent.</source>
            <translation>Saisissez un taux de TVA entre 0 et 100 %.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The discount is more than the line's amount ({gross}).</source>
            <translation>La remise dépasse le montant de la ligne ({gross}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This line's amount is too large.</source>
            <translation>Le montant de cette ligne est trop élevé.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>The amount handed over ({tendered}) is less than the amount to pay ({amount}).</source>
            <translation>Le montant remis ({tendered}) est inférieur au montant à payer ({amount}).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Enter a percentage between 0 and 100.</source>
            <translation>Saisissez un pourcentage entre 0 et 100.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../hms_desktop/services/billing/use_cases.py" line="+351" />
            <source>Enter a discount of zero or more, in whole cents.</source>
            <translation>Saisissez une remise supérieure ou égale à zéro, au centime près.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The discount is more than the invoice's lines ({whole}).</source>
            <translation>La remise dépasse le total des lignes de la facture ({whole}).</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/claims.py" line="+101" />
            <source>{label}: enter the approved amount in cents, zero or more.</source>
            <translation>{label} : saisissez le montant accepté en centimes, supérieur ou égal à zéro.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label}: the insurer was asked for {insurer_amount}; it cannot approve more.</source>
            <translation>{label} : {insurer_amount} ont été demandés à l'assureur ; il ne peut pas accepter davantage.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{label}: say why the insurer did not pay all of it.</source>
            <translation>{label} : indiquez pourquoi l'assureur n'a pas tout payé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label}: the reason is too long (at most {limit} characters).</source>
            <translation>{label} : le motif est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Enter the insurer's authorisation number.</source>
            <translation>Saisissez le numéro d'accord préalable de l'assureur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The authorisation number is too long (at most {limit} characters).</source>
            <translation>Le numéro d'accord préalable est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/fees.py" line="+28" />
            <source>A new price takes effect today or later ({today}); past prices stay as they were charged.</source>
            <translation>Un nouveau tarif s'applique à partir d'aujourd'hui ou plus tard ({today}) ; les tarifs passés restent tels qu'ils ont été facturés.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{label}: too many characters; type a number such as {example}.</source>
            <translation>{label} : trop de caractères ; saisissez un nombre comme {example}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{label}: type a number, e.g. {example}.</source>
            <translation>{label} : saisissez un nombre, par exemple {example}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter the service's name as it is printed on an invoice.</source>
            <translation>Saisissez le nom de la prestation tel qu'il figure sur la facture.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A name has at most {limit} characters.</source>
            <translation>Un nom comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The list is too long (at most {limit} characters).</source>
            <translation>La liste est trop longue ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Not a fee code: {shown} ({code_problem}) Separate codes with commas.</source>
            <translation>Code tarif non valide : {shown} ({code_problem}) Séparez les codes par des virgules.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Enter the service's code.</source>
            <translation>Saisissez le code de la prestation.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A code has at most {limit} characters.</source>
            <translation>Un code comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A code has letters, digits and '-' only, and starts with a letter or digit (e.g. XRAY-CHEST).</source>
            <translation>Un code ne contient que des lettres, des chiffres et « - », et commence par une lettre ou un chiffre (p. ex. XRAY-CHEST).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>price</source>
            <translation>prix</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/insurance.py" line="+218" />
            <source>{label}: required.</source>
            <translation>{label} : obligatoire.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/insurance.py" line="+23" />
            <source>{label}: cannot be negative.</source>
            <translation>{label} : une valeur négative n'est pas admise.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/insurance.py" line="+2" />
            <source>{label}: two decimals at most (cents).</source>
            <translation>{label} : deux décimales au plus (centimes).</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/insurance.py" line="+2" />
            <source>{label}: too large.</source>
            <translation>{label} : valeur trop élevée.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the tax rate (0 when the service is not taxed).</source>
            <translation>Saisissez le taux de TVA (0 si la prestation n'est pas taxée).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tax rate is a percentage from 0 to 100.</source>
            <translation>Le taux de TVA est un pourcentage de 0 à 100.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A tax rate has at most two decimals.</source>
            <translation>Un taux de TVA comporte au plus deux décimales.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Choose the service's category.</source>
            <translation>Choisissez la catégorie de la prestation.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/insurance.py" line="-25" />
            <source>{label}: too long (at most {limit} characters).</source>
            <translation>{label} : {limit} caractères au maximum.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>insurer's name</source>
            <translation>nom de l'assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>insurer's code</source>
            <translation>code de l'assureur</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The insurer's code may contain only letters, digits, '-' and '_'.</source>
            <translation>Le code de l'assureur ne peut contenir que des lettres, des chiffres, « - » et « _ ».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <location line="+23" />
            <source>plan's name</source>
            <translation>nom du contrat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unknown service category: {category}.</source>
            <translation>Catégorie de prestation inconnue : {category}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The coverage of {value} is a percentage from 0 to 100.</source>
            <translation>La prise en charge de {value} est un pourcentage de 0 à 100.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A coverage percentage has at most two decimals.</source>
            <translation>Un pourcentage de prise en charge comporte au plus deux décimales.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A fee code has at most {limit} characters: {value}.</source>
            <translation>Un code tarif comporte au plus {limit} caractères : {value}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>co-payment</source>
            <translation>ticket modérateur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>annual limit</source>
            <translation>plafond annuel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An annual limit of 0 pays nothing: leave it empty for no limit, or enter it.</source>
            <translation>Un plafond annuel de 0 ne rembourse rien : laissez-le vide pour n'avoir aucun plafond, ou saisissez-le.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>member number</source>
            <translation>numéro d'adhérent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The policy cannot end before it starts — check the dates.</source>
            <translation>Le contrat ne peut pas finir avant de commencer — vérifiez les dates.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/batch_print.py" line="+95" />
            <location line="+24" />
            <location filename="../../hms_desktop/services/billing/printing.py" line="+43" />
            <source>print invoices</source>
            <translation>imprimer des factures</translation>
        </message>
        <message>
            <location line="-22" />
            <source>The last day is before the first day.</source>
            <translation>Le dernier jour est antérieur au premier jour.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose at most {period_max_days} days at a time.</source>
            <translation>Choisissez au plus {period_max_days} jours à la fois.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>More than {limit} invoices were issued in that period; choose fewer days.</source>
            <translation>Plus de {limit} factures ont été émises sur cette période ; choisissez moins de jours.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Print at most {limit} invoices at a time.</source>
            <translation>Imprimez au plus {limit} factures à la fois.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{files_count} of {wanted_count} written</source>
            <translation>{files_count} sur {wanted_count} enregistrées</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Could not write {name} ({strerror}). {files_count} of {wanted_count} invoices were written before that.</source>
            <translation>Impossible d'enregistrer {name} ({strerror}). {files_count} factures sur {wanted_count} avaient été enregistrées auparavant.</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Choose at least one invoice.</source>
            <translation>Choisissez au moins une facture.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a folder that exists.</source>
            <translation>Choisissez un dossier existant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This folder cannot be written to; choose another one.</source>
            <translation>Impossible d'écrire dans ce dossier ; choisissez-en un autre.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/bed_days.py" line="+33" />
            <source>charge bed days</source>
            <translation>facturer des journées d'hospitalisation</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/claims.py" line="+56" />
            <source>This claim no longer exists.</source>
            <translation>Cette demande de remboursement n'existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This claim batch no longer exists.</source>
            <translation>Ce lot de demandes n'existe plus.</translation>
        </message>
        <message>
            <location line="+112" />
            <location filename="../../hms_desktop/services/billing/use_cases.py" line="-289" />
            <source>This invoice no longer exists.</source>
            <translation>Cette facture n'existe plus.</translation>
        </message>
        <message>
            <location line="+26" />
            <location filename="../../hms_desktop/services/fees.py" line="+191" />
            <location filename="../../hms_desktop/services/insurance.py" line="+41" />
            <source>This insurance plan no longer exists.</source>
            <translation>Ce contrat n'existe plus.</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+9" />
            <source>read insurance claims</source>
            <translation>consulter les demandes de remboursement</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+6" />
            <source>read claim batches</source>
            <translation>consulter les lots de demandes</translation>
        </message>
        <message>
            <location line="+8" />
            <source>file insurance claims</source>
            <translation>établir des demandes de remboursement</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose at least one claim for the batch.</source>
            <translation>Choisissez au moins une demande de remboursement pour le lot.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Some chosen claims no longer exist. Reload the list.</source>
            <translation>Certaines demandes choisies n'existent plus. Rechargez la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A batch holds one insurer's claims; choose claims of one insurer.</source>
            <translation>Un lot regroupe les demandes d'un seul assureur ; choisissez les demandes d'un même assureur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waiting for the insurer's pre-authorisation number: {invoices}. Record it first, or leave them out.</source>
            <translation>En attente du numéro d'accord préalable de l'assureur : {invoices}. Saisissez-le d'abord, ou retirez-les du lot.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Some chosen claims were put in another batch meanwhile. Reload the list.</source>
            <translation>Certaines demandes choisies ont entre-temps été placées dans un autre lot. Rechargez la liste.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>submit claim batches</source>
            <translation>transmettre des lots de demandes</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Batch {batch_id} was already {status}.</source>
            <translation>Le lot {batch_id} est déjà {status}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>record pre-authorisations</source>
            <translation>enregistrer des accords préalables</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The authorisation number is recorded before the claim is submitted.</source>
            <translation>Le numéro d'accord préalable est enregistré avant la transmission de la demande.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>post insurers' remittances</source>
            <translation>saisir les relevés de règlement des assureurs</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reference is too long (at most {limit} characters).</source>
            <translation>La référence est trop longue ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only a submitted batch takes a remittance; batch {batch_id} is {status}.</source>
            <translation>Seul un lot transmis reçoit un relevé de règlement ; le lot {batch_id} est {status}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Enter the insurer's answer for every line of the batch.</source>
            <translation>Saisissez la réponse de l'assureur pour chaque ligne du lot.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>export claim batches</source>
            <translation>exporter des lots de demandes</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The file could not be written ({strerror}). Choose another folder.</source>
            <translation>Impossible d'enregistrer le fichier ({strerror}). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/payments.py" line="+28" />
            <location filename="../../hms_desktop/services/billing/printing.py" line="-11" />
            <source>This deposit no longer exists.</source>
            <translation>Cet acompte n'existe plus.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>take payments</source>
            <translation>encaisser des paiements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose how the patient pays: cash, card, transfer or insurance.</source>
            <translation>Choisissez le mode de paiement du patient : espèces, carte, virement ou assurance.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter the amount handed over.</source>
            <translation>Saisissez le montant remis.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>handed over</source>
            <translation>remis</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Payments are taken only on an issued invoice; issue the draft first.</source>
            <translation>Les encaissements ne portent que sur une facture émise ; émettez d'abord le brouillon.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Invoice {number} has {balance} left to pay; take at most that (for cash, the change covers the rest).</source>
            <translation>Il reste {balance} à payer sur la facture {number} ; encaissez au plus ce montant (en espèces, la monnaie rendue couvre le surplus).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>refund payments</source>
            <translation>rembourser des paiements</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose how the money is paid back: cash, card or transfer.</source>
            <translation>Choisissez le mode de remboursement : espèces, carte ou virement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>to pay back</source>
            <translation>à rembourser</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Invoice {number} is overpaid by {value}; pay back at most that.</source>
            <translation>La facture {number} a été payée en trop de {value} ; remboursez au plus ce montant.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>take deposits</source>
            <translation>encaisser des acomptes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose how the deposit is paid: cash, card or transfer.</source>
            <translation>Choisissez le mode de paiement de l'acompte : espèces, carte ou virement.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open your cash shift first ({cash_shift_place}), or take the deposit by card or transfer.</source>
            <translation>Ouvrez d'abord votre caisse ({cash_shift_place}), ou encaissez l'acompte par carte ou par virement.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>apply deposits</source>
            <translation>imputer des acomptes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>A deposit is applied only to an issued invoice; issue the draft first.</source>
            <translation>Un acompte ne s'impute que sur une facture émise ; émettez d'abord le brouillon.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This deposit is another patient's.</source>
            <translation>Cet acompte appartient à un autre patient.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Nothing is left of this deposit.</source>
            <translation>Il ne reste rien de cet acompte.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This invoice has nothing left to pay.</source>
            <translation>Cette facture n'a plus rien à payer.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>read deposits</source>
            <translation>consulter les acomptes</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Enter the amount {what}, above zero.</source>
            <translation>Saisissez le montant {what}, supérieur à zéro.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to pay</source>
            <translation>à payer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter the card terminal's reference from the slip.</source>
            <translation>Saisissez la référence du terminal de paiement figurant sur le ticket.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reference has at most {limit} characters.</source>
            <translation>La référence comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/printing.py" line="+1" />
            <source>This payment no longer exists.</source>
            <translation>Cet encaissement n'existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank transfer</source>
            <translation>Virement bancaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposit applied</source>
            <translation>Acompte imputé</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Only an issued invoice is printed; issue the draft first.</source>
            <translation>Seule une facture émise est imprimée ; émettez d'abord le brouillon.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invoice {invoice_number} — {invoice_patient_name}</source>
            <translation>Facture {invoice_number} — {invoice_patient_name}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>print receipts</source>
            <translation>imprimer des reçus</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Receipt {subject} — {invoice_patient_name}</source>
            <translation>Reçu {subject} — {invoice_patient_name}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>print deposit receipts</source>
            <translation>imprimer des reçus d'acompte</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The cash handed over is less than the deposit.</source>
            <translation>Les espèces remises sont inférieures à l'acompte.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Deposit receipt {subject} — {patient_name}</source>
            <translation>Reçu d'acompte {subject} — {patient_name}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Refund ({label})</source>
            <translation>Remboursement ({label})</translation>
        </message>
        <message>
            <location line="+37" />
            <source>{invoice_payer_name} – {invoice_plan_name}, member {invoice_member_number}</source>
            <translation>{invoice_payer_name} – {invoice_plan_name}, n° d'adhérent {invoice_member_number}</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/shifts.py" line="+39" />
            <source>This cash shift does not exist, or it is not yours.</source>
            <translation>Cette caisse n'existe pas, ou ce n'est pas la vôtre.</translation>
        </message>
        <message>
            <location line="+108" />
            <source>open a cash shift</source>
            <translation>ouvrir une caisse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the float in the drawer, like 100.00 (0 if none).</source>
            <translation>Saisissez le fonds de caisse présent dans le tiroir, p. ex. 100,00 (0 s'il n'y en a pas).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You already have a cash shift open (since {when}); close it first.</source>
            <translation>Vous avez déjà une caisse ouverte (depuis {when}) ; clôturez-la d'abord.</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+8" />
            <source>keep a cash shift</source>
            <translation>tenir une caisse</translation>
        </message>
        <message>
            <location line="+8" />
            <source>read cash shifts</source>
            <translation>consulter les caisses</translation>
        </message>
        <message>
            <location line="+8" />
            <source>close a cash shift</source>
            <translation>clôturer une caisse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the cash counted in the drawer, like 245.50.</source>
            <translation>Saisissez les espèces comptées dans le tiroir, p. ex. 245,50.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The note has at most {limit} characters.</source>
            <translation>La note comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This cash shift is already closed; a closed shift and its Z-report never change.</source>
            <translation>Cette caisse est déjà clôturée ; une caisse clôturée et son rapport Z ne changent jamais.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only the person who opened a cash shift closes it.</source>
            <translation>Seule la personne qui a ouvert une caisse peut la clôturer.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The cash counted differs from the {expected} expected by {value}; say why in a note.</source>
            <translation>Les espèces comptées diffèrent de {value} par rapport aux {expected} attendus ; indiquez pourquoi dans une note.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>print Z-reports</source>
            <translation>imprimer des rapports Z</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Close the shift first: the Z-report is the count at its close.</source>
            <translation>Clôturez d'abord la caisse : le rapport Z est le comptage à la clôture.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Z-report {subject} — {shift_staff_name}</source>
            <translation>Rapport Z {subject} — {shift_staff_name}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>read the daily revenue</source>
            <translation>consulter le chiffre d'affaires journalier</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Invoiced</source>
            <translation>Facturé</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n issued invoice</source>
            <translation>
                <numerusform>%n facture émise</numerusform>
                <numerusform>%n factures émises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n issued invoices</source>
            <translation>
                <numerusform>%n facture émise</numerusform>
                <numerusform>%n factures émises</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credited</source>
            <translation>Crédité</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n credit note</source>
            <translation>
                <numerusform>%n avoir</numerusform>
                <numerusform>%n avoirs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n credit notes</source>
            <translation>
                <numerusform>%n avoir</numerusform>
                <numerusform>%n avoirs</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Taken</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposits</source>
            <translation>Acomptes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Net takings</source>
            <translation>Recette nette</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken (deposits applied left out) - refunds + deposits</source>
            <translation>Encaissé (hors acomptes imputés) - remboursements + acomptes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Clerk</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{clerk_name}: payments {written}, refunds {written2}, deposits {written3}</source>
            <translation>{clerk_name} : encaissements {written}, remboursements {written2}, acomptes {written3}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Shift closed</source>
            <translation>Caisse clôturée</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Daily revenue {day}</source>
            <translation>Chiffre d'affaires du {day}</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/use_cases.py" line="-1" />
            <source>This patient record no longer exists.</source>
            <translation>Ce dossier patient n'existe plus.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>see unbilled charges</source>
            <translation>voir les actes non facturés</translation>
        </message>
        <message>
            <location line="+12" />
            <source>create invoices</source>
            <translation>créer des factures</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose at least one charge or add a line.</source>
            <translation>Choisissez au moins un acte ou ajoutez une ligne.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+149" />
            <source>An invoice has at most {limit} lines.</source>
            <translation>Une facture comporte au plus {limit} lignes.</translation>
        </message>
        <message>
            <location line="-118" />
            <source>issue invoices</source>
            <translation>émettre des factures</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Invoice {number} was already {status}.</source>
            <translation>La facture {number} est déjà {status}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>An invoice without lines cannot be issued.</source>
            <translation>Une facture sans ligne ne peut pas être émise.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+132" />
            <source>This draft was issued or cancelled meanwhile. Reload it.</source>
            <translation>Ce brouillon a entre-temps été émis ou annulé. Rechargez-le.</translation>
        </message>
        <message>
            <location line="-121" />
            <source>read invoices</source>
            <translation>consulter les factures</translation>
        </message>
        <message>
            <location line="+9" />
            <source>issue credit notes</source>
            <translation>émettre des avoirs</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Say why the invoice is corrected (at least 5 characters).</source>
            <translation>Indiquez pourquoi la facture est corrigée (au moins 5 caractères).</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+183" />
            <source>The reason is too long: at most {limit} characters.</source>
            <translation>Le motif est trop long : {limit} caractères au plus.</translation>
        </message>
        <message>
            <location line="-180" />
            <source>Choose at least one invoice line to credit.</source>
            <translation>Choisissez au moins une ligne de facture à créditer.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Only an issued invoice is corrected by a credit note; edit the draft instead.</source>
            <translation>Seule une facture émise est corrigée par un avoir ; modifiez plutôt le brouillon.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A chosen line is not on this invoice.</source>
            <translation>Une ligne choisie ne figure pas sur cette facture.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“{description}”: at most {left} is left to credit.</source>
            <translation>« {description} » : il reste au plus {left} à créditer.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>see patient accounts</source>
            <translation>voir les comptes patients</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../../hms_desktop/services/fees.py" line="-90" />
            <location line="+11" />
            <source>read the fee schedule</source>
            <translation>consulter la grille tarifaire</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+16" />
            <source>edit draft invoices</source>
            <translation>modifier les brouillons de factures</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+28" />
            <source>This line is no longer on the draft. Reload it.</source>
            <translation>Cette ligne ne figure plus sur le brouillon. Rechargez-le.</translation>
        </message>
        <message>
            <location line="-21" />
            <source>cancel draft invoices</source>
            <translation>annuler des brouillons de factures</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+22" />
            <source>give discounts</source>
            <translation>accorder des remises</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Add a line before discounting the invoice.</source>
            <translation>Ajoutez une ligne avant d'appliquer une remise à la facture.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Say why the discount is given (at least 3 characters).</source>
            <translation>Indiquez pourquoi la remise est accordée (au moins 3 caractères).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Enter the discount as an amount or as a percentage.</source>
            <translation>Saisissez la remise en montant ou en pourcentage.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The discount is more than the amount it applies to ({base}).</source>
            <translation>La remise dépasse le montant auquel elle s'applique ({base}).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Discounts above {threshold} on one invoice need a billing approver (this one: {invoice_discount}); ask a colleague who has that right.</source>
            <translation>Les remises supérieures à {threshold} sur une facture nécessitent un approbateur de facturation (celle-ci : {invoice_discount}) ; demandez à un collègue disposant de ce droit.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Some chosen charges no longer exist. Reload the list.</source>
            <translation>Certains actes choisis n'existent plus. Rechargez la liste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Some chosen charges are another patient's.</source>
            <translation>Certains actes choisis appartiennent à un autre patient.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Already billed (or voided): {charges}.</source>
            <translation>Déjà facturés (ou annulés) : {charges}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Some chosen charges are already on a draft invoice ({invoices}); issue or change that draft.</source>
            <translation>Certains actes choisis figurent déjà sur un brouillon de facture ({invoices}) ; émettez ou modifiez ce brouillon.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{fee_code} on {service_date}</source>
            <translation>{fee_code} du {service_date}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The fee schedule has no price for {services}. Ask an administrator to add one.</source>
            <translation>La grille tarifaire n'a pas de tarif pour {services}. Demandez à un administrateur d'en ajouter un.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Line {number}: enter a price (the fee schedule has none for {code} on {day}).</source>
            <translation>Ligne {number} : saisissez un prix (la grille tarifaire n'en a pas pour {code} au {day}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a line without a code</source>
            <translation>une ligne sans code</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Line {number}: say what the line is for.</source>
            <translation>Ligne {number} : indiquez l'objet de la ligne.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line {number}: at most {limit} characters.</source>
            <translation>Ligne {number} : {limit} caractères au plus.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/fees.py" line="-77" />
            <source>The fee schedule has no service with the code {code}. Add it first under Fees and prices.</source>
            <translation>La grille tarifaire n'a pas de prestation avec le code {code}. Ajoutez-la d'abord dans Prestations et tarifs.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>{code} already has a price from {effective_from}. Prices are never changed: choose another day.</source>
            <translation>{code} a déjà un tarif à partir du {effective_from}. Les tarifs ne sont jamais modifiés : choisissez un autre jour.</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+21" />
            <source>change the fee schedule</source>
            <translation>modifier la grille tarifaire</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The fee schedule already has {code}. Select it and use “New price…” to change its price.</source>
            <translation>La grille tarifaire contient déjà {code}. Sélectionnez-le et utilisez « Nouveau tarif… » pour changer son tarif.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Someone else has just added {code}. Reload the list.</source>
            <translation>Quelqu'un d'autre vient d'ajouter {code}. Rechargez la liste.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../hms_desktop/services/insurance.py" line="+143" />
            <location line="+14" />
            <source>read insurance plans</source>
            <translation>consulter les contrats d'assurance</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../../hms_desktop/services/insurance.py" line="+34" />
            <source>change an insurance plan</source>
            <translation>modifier un contrat d'assurance</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/insurance.py" line="-195" />
            <source>Someone else changed this {what} while you were editing it. Reload it and try again; your changes were not saved.</source>
            <translation>Quelqu'un d'autre a modifié cette fiche ({what}) pendant que vous la modifiiez. Rechargez-la et réessayez ; vos modifications n'ont pas été enregistrées.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+168" />
            <source>This insurer no longer exists.</source>
            <translation>Cet assureur n'existe plus.</translation>
        </message>
        <message>
            <location line="-166" />
            <source>This insurance policy no longer exists.</source>
            <translation>Ce contrat d'assurance du patient n'existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This plan no longer takes new members. Choose another.</source>
            <translation>Ce contrat n'accepte plus de nouveaux adhérents. Choisissez-en un autre.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>read the insurers</source>
            <translation>consulter les assureurs</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add an insurer</source>
            <translation>ajouter un assureur</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <source>An insurer with the code {code} already exists.</source>
            <translation>Un assureur avec le code {code} existe déjà.</translation>
        </message>
        <message>
            <location line="-3" />
            <source>change an insurer</source>
            <translation>modifier un assureur</translation>
        </message>
        <message>
            <location line="+10" />
            <source>insurer</source>
            <translation>assureur</translation>
        </message>
        <message>
            <location line="+17" />
            <source>choose an insurance plan</source>
            <translation>choisir un contrat d'assurance</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This insurer already has a plan named {name}.</source>
            <translation>Cet assureur a déjà un contrat nommé {name}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>add an insurance plan</source>
            <translation>ajouter un contrat d'assurance</translation>
        </message>
        <message>
            <location line="+25" />
            <source>plan</source>
            <translation>contrat</translation>
        </message>
        <message>
            <location line="+19" />
            <source>This patient already has a policy on this plan for some of these dates. Change the dates of the existing policy instead.</source>
            <translation>Ce patient a déjà une police sur ce contrat pour une partie de ces dates. Modifiez plutôt les dates de la police existante.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The plan, the patient or the registration's insurance reference no longer exists (or the reference is another patient's).</source>
            <translation>Le contrat, le patient ou la référence d'assurance du dossier n'existe plus (ou la référence est celle d'un autre patient).</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+88" />
            <source>read insurance policies</source>
            <translation>consulter les contrats d'assurance des patients</translation>
        </message>
        <message>
            <location line="-81" />
            <location line="+33" />
            <source>add an insurance policy</source>
            <translation>ajouter un contrat d'assurance à un patient</translation>
        </message>
        <message>
            <location line="+26" />
            <source>change an insurance policy</source>
            <translation>modifier le contrat d'assurance d'un patient</translation>
        </message>
        <message>
            <location line="+8" />
            <source>A policy stays with its patient: add a new one instead.</source>
            <translation>Un contrat d'assurance reste attaché à son patient : ajoutez-en plutôt un nouveau.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>policy</source>
            <translation>contrat du patient</translation>
        </message>
    </context>
    <context>
        <name>config</name>
        <message>
            <location filename="../../hms_desktop/config.py" line="+109" />
            <source>Give the profile a name.</source>
            <translation>Donnez un nom au profil.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The profile name is too long (at most {limit} characters).</source>
            <translation>Le nom du profil est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the server's host name or address.</source>
            <translation>Saisissez le nom d'hôte ou l'adresse du serveur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The host name is too long (at most {limit} characters).</source>
            <translation>Le nom d'hôte est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The port is a number from 1 to 65535.</source>
            <translation>Le port est un nombre de 1 à 65535.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the database name.</source>
            <translation>Saisissez le nom de la base de données.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The database name is too long (at most {limit} characters).</source>
            <translation>Le nom de la base de données est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose one of: {choices}.</source>
            <translation>Choisissez parmi : {choices}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file name is too long (at most {limit} characters).</source>
            <translation>Le nom de fichier est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The CA certificate file does not exist.</source>
            <translation>Le fichier du certificat d'AC n'existe pas.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The replica's host name is too long (at most {limit} characters).</source>
            <translation>Le nom d'hôte du réplica est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The replica's host name cannot contain spaces.</source>
            <translation>Le nom d'hôte du réplica ne peut pas contenir d'espaces.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The replica's port is a number from 1 to 65535.</source>
            <translation>Le port du réplica est un nombre de 1 à 65535.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The read replica must be another server than the main one: give its own host name, or its own port on the same host.</source>
            <translation>Le réplica en lecture doit être un autre serveur que le serveur principal : indiquez son propre nom d'hôte, ou son propre port sur le même hôte.</translation>
        </message>
    </context>
    <context>
        <name>database</name>
        <message>
            <location filename="../../hms_desktop/services/database_messages.py" line="+15" />
            <source>A SCRAM-SHA-256 verifier is required.</source>
            <translation>Un vérificateur SCRAM-SHA-256 est requis.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A batch needs its number, expiry date and a unit cost of 0 or more.</source>
            <translation>Un lot nécessite son numéro, sa date de péremption et un coût unitaire supérieur ou égal à 0.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A cash shift is never removed; close it with the cash counted.</source>
            <translation>Une caisse n'est jamais supprimée ; clôturez-la avec les espèces comptées.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A charge on this invoice was billed or voided meanwhile; reload the draft.</source>
            <translation>Un acte de cette facture a entre-temps été facturé ou annulé ; rechargez le brouillon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim batch stays with its insurer.</source>
            <translation>Un lot de demandes reste attaché à son assureur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim goes only into a draft batch of its own insurer.</source>
            <translation>Une demande ne va que dans un lot brouillon de son propre assureur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim in this batch waits for its pre-authorisation number.</source>
            <translation>Une demande de ce lot attend son numéro d'accord préalable.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim is made only for an issued invoice.</source>
            <translation>Une demande n'est établie que pour une facture émise.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim is submitted with its batch.</source>
            <translation>Une demande est transmise avec son lot.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim line is a line of the claim's own invoice, added while the claim is a draft.</source>
            <translation>Une ligne de demande est une ligne de la facture de la demande, ajoutée tant que la demande est à l'état de brouillon.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A claim line's shares never change.</source>
            <translation>Les parts d'une ligne de demande ne changent jamais.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim's invoice, policy, date and pre-authorisation need never change.</source>
            <translation>La facture, le contrat, la date et l'accord préalable d'une demande ne changent jamais.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A claim's rejection reason is recorded with the insurer's answer.</source>
            <translation>Le motif de rejet d'une demande est enregistré avec la réponse de l'assureur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A count needs no column.</source>
            <translation>Un comptage ne nécessite pas de colonne.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A credit note cannot be changed or removed; issue another one.</source>
            <translation>Un avoir ne peut être ni modifié ni supprimé ; émettez-en un autre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A credit note line corrects a line of the credit note's own invoice.</source>
            <translation>Une ligne d'avoir corrige une ligne de la facture de cet avoir.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A credit note line is taxed at the rate of the line it corrects.</source>
            <translation>Une ligne d'avoir est taxée au taux de la ligne qu'elle corrige.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A credit note needs at least one line.</source>
            <translation>Un avoir nécessite au moins une ligne.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A diagnosis or measurement cannot move to another encounter.</source>
            <translation>Un diagnostic ou une mesure ne peut pas être déplacé vers une autre venue.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A lab result cannot be changed once entered.</source>
            <translation>Un résultat biologique ne peut plus être modifié une fois saisi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A lab result is never deleted.</source>
            <translation>Un résultat biologique n'est jamais supprimé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A line cannot move to another prescription.</source>
            <translation>Une ligne ne peut pas être déplacée vers une autre ordonnance.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A medication is never removed from the list; stop it with a reason instead.</source>
            <translation>Un médicament n'est jamais retiré de la liste ; arrêtez-le plutôt en indiquant un motif.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A medication on the list is not edited; stop it and prescribe the new one.</source>
            <translation>Un médicament de la liste n'est pas modifié ; arrêtez-le et prescrivez le nouveau.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A prescription needs at least one line.</source>
            <translation>Une ordonnance nécessite au moins une ligne.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A record cannot be merged into itself.</source>
            <translation>Un dossier ne peut pas être fusionné avec lui-même.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A record number is needed to record a read.</source>
            <translation>Un numéro de dossier est nécessaire pour tracer un accès en lecture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A stock movement cannot be changed or removed; record an adjustment instead.</source>
            <translation>Un mouvement de stock ne peut être ni modifié ni supprimé ; enregistrez plutôt un ajustement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A submitted claim stays in its batch.</source>
            <translation>Une demande transmise reste dans son lot.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A verified lab result stays verified.</source>
            <translation>Un résultat biologique validé reste validé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addenda are added to signed encounters only; edit the draft instead.</source>
            <translation>Les addenda ne s'ajoutent qu'aux venues signées ; modifiez plutôt le brouillon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An addendum cannot be changed or removed; add another one.</source>
            <translation>Un addendum ne peut être ni modifié ni supprimé ; ajoutez-en un autre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An insurer's payment is recorded with its answer to a submitted claim.</source>
            <translation>Le paiement d'un assureur est enregistré avec sa réponse à une demande transmise.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An invoice line cannot move to another invoice.</source>
            <translation>Une ligne de facture ne peut pas être déplacée vers une autre facture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An invoice without lines cannot be issued.</source>
            <translation>Une facture sans ligne ne peut pas être émise.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At least one active administrator must remain.</source>
            <translation>Au moins un administrateur actif doit rester.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audited changes must run at READ COMMITTED isolation.</source>
            <translation>Les modifications auditées doivent s'exécuter au niveau d'isolation READ COMMITTED.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Both records must exist and not be merged already.</source>
            <translation>Les deux dossiers doivent exister et ne pas être déjà fusionnés.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a different location to move the stock to.</source>
            <translation>Choisissez un autre emplacement vers lequel déplacer le stock.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a measure from the list.</source>
            <translation>Choisissez une mesure dans la liste.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a number to add up or average from the list.</source>
            <translation>Choisissez dans la liste un nombre à additionner ou à moyenner.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a range of at most five years.</source>
            <translation>Choisissez une période de cinq ans au plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose a yes/no column for the rate from the list.</source>
            <translation>Choisissez dans la liste une colonne oui/non pour le taux.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose at least one group.</source>
            <translation>Choisissez au moins un groupe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose at most 2 ways to break the report down.</source>
            <translation>Choisissez au plus 2 ventilations du rapport.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose each way to break the report down once.</source>
            <translation>Choisissez chaque ventilation du rapport une seule fois.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose how to break the report down from the list.</source>
            <translation>Choisissez dans la liste la ventilation du rapport.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose one of day, week or month.</source>
            <translation>Choisissez jour, semaine ou mois.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose what to report on from the list.</source>
            <translation>Choisissez dans la liste le sujet du rapport.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit notes are issued against issued invoices only; edit the draft instead.</source>
            <translation>Les avoirs ne sont émis que sur des factures émises ; modifiez plutôt le brouillon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispensing needs the dispensing permission; an administrator grants it on the Users page.</source>
            <translation>La dispensation nécessite le droit de dispensation ; un administrateur l'accorde dans la page Utilisateurs.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document numbers are given by issuing an invoice or a credit note.</source>
            <translation>Les numéros de pièce sont attribués à l'émission d'une facture ou d'un avoir.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the cash counted in the drawer to close the shift.</source>
            <translation>Saisissez les espèces comptées dans le tiroir pour clôturer la caisse.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every claim of the batch needs the insurer's answer first.</source>
            <translation>Chaque demande du lot nécessite d'abord la réponse de l'assureur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the reason: loss, breakage, expired or count.</source>
            <translation>Indiquez le motif : perte, casse, péremption ou inventaire.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance claims and batches are kept; they are never removed.</source>
            <translation>Les demandes de remboursement et leurs lots sont conservés ; ils ne sont jamais supprimés.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issuing while the drug safety checks are off needs a reason.</source>
            <translation>L'émission avec les contrôles de sécurité médicamenteuse désactivés nécessite un motif.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Money taken is never changed or removed; record a refund instead.</source>
            <translation>L'argent encaissé n'est jamais modifié ni supprimé ; enregistrez plutôt un remboursement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a critical result is acknowledged.</source>
            <translation>Seul un résultat critique peut être acquitté.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a member of staff opens a cash shift.</source>
            <translation>Seul un membre du personnel ouvre une caisse.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a signed encounter is charged.</source>
            <translation>Seule une venue signée est facturée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a staff account records a change of its own password.</source>
            <translation>Seul un compte du personnel enregistre le changement de son propre mot de passe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a stock count adds stock; loss, breakage and expiry take it away.</source>
            <translation>Seul un inventaire ajoute du stock ; la perte, la casse et la péremption en retirent.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator adjusts stock.</source>
            <translation>Seul un administrateur ajuste le stock.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator can change whether reception reads appointment reasons.</source>
            <translation>Seul un administrateur peut décider si l'accueil voit les motifs de rendez-vous.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator moves stock between locations.</source>
            <translation>Seul un administrateur déplace du stock entre emplacements.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator of this hospital database can manage its staff accounts.</source>
            <translation>Seul un administrateur de cette base de données hospitalière peut gérer les comptes de son personnel.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator or a user allowed to merge records can merge patients.</source>
            <translation>Seul un administrateur ou un utilisateur autorisé à fusionner des dossiers peut fusionner des patients.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an administrator or a user allowed to overbook can book over another appointment.</source>
            <translation>Seul un administrateur ou un utilisateur autorisé au surbooking peut réserver par-dessus un autre rendez-vous.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an administrator receives stock.</source>
            <translation>Seul un administrateur réceptionne du stock.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an issued prescription is charged.</source>
            <translation>Seule une ordonnance émise est facturée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only an issued prescription is dispensed.</source>
            <translation>Seule une ordonnance émise est dispensée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the cash counted and a note are written when a shift is closed.</source>
            <translation>Seules les espèces comptées et une note sont enregistrées à la clôture d'une caisse.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the doctor of an encounter changes its diagnoses and measurements.</source>
            <translation>Seul le médecin d'une venue modifie ses diagnostics et ses mesures.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the doctor who issued a prescription charges it.</source>
            <translation>Seul le médecin qui a émis une ordonnance la facture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the doctor who ordered these tests charges them.</source>
            <translation>Seul le médecin qui a prescrit ces examens les facture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the doctor who ordered this test acknowledges its critical result.</source>
            <translation>Seul le médecin qui a prescrit cet examen acquitte son résultat critique.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the doctor who signed an encounter charges it.</source>
            <translation>Seul le médecin qui a signé une venue la facture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the front desk can book appointments.</source>
            <translation>Seul l'accueil peut prendre des rendez-vous.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the person who opened a cash shift closes it.</source>
            <translation>Seule la personne qui a ouvert une caisse peut la clôturer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the person whose shift it is and administrators read its totals.</source>
            <translation>Seuls le titulaire de la caisse et les administrateurs en consultent les totaux.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the prescriber of a prescription changes its lines.</source>
            <translation>Seul le prescripteur d'une ordonnance en modifie les lignes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open your cash shift first (Billing &gt; My shift).</source>
            <translation>Ouvrez d'abord votre caisse (Facturation &gt; Ma caisse).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payments are taken only on an issued invoice; issue the draft first.</source>
            <translation>Les encaissements ne portent que sur une facture émise ; émettez d'abord le brouillon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say whether reception may read appointment reasons.</source>
            <translation>Indiquez si l'accueil peut voir les motifs de rendez-vous.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say why the bed is out of service.</source>
            <translation>Indiquez pourquoi le lit est hors service.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say why the medication is stopped.</source>
            <translation>Indiquez pourquoi le médicament est arrêté.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The adjustment must change the quantity.</source>
            <translation>L'ajustement doit modifier la quantité.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The area is too long (at most 80 characters).</source>
            <translation>La zone est trop longue (80 caractères au plus).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The authorisation number is recorded before the claim is submitted.</source>
            <translation>Le numéro d'accord préalable est enregistré avant la transmission de la demande.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The chosen row does not name a day or a month of the report.</source>
            <translation>La ligne choisie ne correspond pas à un jour ou un mois du rapport.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The chosen row does not name a month of the report.</source>
            <translation>La ligne choisie ne correspond pas à un mois du rapport.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The chosen row does not name an age band of the report.</source>
            <translation>La ligne choisie ne correspond pas à une tranche d'âge du rapport.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The claim's status must match the approved amounts of its lines.</source>
            <translation>Le statut de la demande doit correspondre aux montants acceptés de ses lignes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The credit note totals are not the sum of its lines.</source>
            <translation>Les totaux de l'avoir ne sont pas la somme de ses lignes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The destination does not exist or has been closed.</source>
            <translation>La destination n'existe pas ou a été fermée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The hospital's time zone is not known to the server.</source>
            <translation>Le fuseau horaire de l'hôpital n'est pas connu du serveur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The insurer's answer is recorded once, on a submitted claim.</source>
            <translation>La réponse de l'assureur est enregistrée une seule fois, sur une demande transmise.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The last day is before the first. Choose a range that runs forward.</source>
            <translation>Le dernier jour est antérieur au premier. Choisissez une période dans l'ordre chronologique.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The logo is too large to store (at most 1 MB once scaled).</source>
            <translation>Le logo est trop volumineux pour être enregistré (1 Mo au plus après redimensionnement).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>Le logo doit être une image PNG ou JPEG.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The number and the time of issue are the database's to set.</source>
            <translation>Le numéro et l'heure d'émission sont fixés par la base de données.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The quantity moved must be at least 1.</source>
            <translation>La quantité déplacée doit être d'au moins 1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The quantity received must be at least 1.</source>
            <translation>La quantité reçue doit être d'au moins 1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The quantity to dispense must be at least 1.</source>
            <translation>La quantité à dispenser doit être d'au moins 1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no such record to have read.</source>
            <translation>Ce dossier n'existe pas ; l'accès en lecture ne peut pas être tracé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This batch has no claims; add claims before submitting it.</source>
            <translation>Ce lot ne contient aucune demande ; ajoutez des demandes avant de le transmettre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This cash shift is closed; a closed shift and its Z-report never change.</source>
            <translation>Cette caisse est clôturée ; une caisse clôturée et son rapport Z ne changent jamais.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This charge is not one of this patient's.</source>
            <translation>Cet acte n'appartient pas à ce patient.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This charge was already billed (or voided).</source>
            <translation>Cet acte a déjà été facturé (ou annulé).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This claim waits for the insurer's pre-authorisation number.</source>
            <translation>Cette demande attend le numéro d'accord préalable de l'assureur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This critical result was already acknowledged.</source>
            <translation>Ce résultat critique a déjà été acquitté.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This database is not set up for its own staff yet: an administrator must run "hms db upgrade" against it.</source>
            <translation>Cette base de données n'est pas encore configurée pour son propre personnel : un administrateur doit y exécuter "hms db upgrade".</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This deposit is not one of this patient's.</source>
            <translation>Cet acompte n'appartient pas à ce patient.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This encounter no longer exists.</source>
            <translation>Cette venue n'existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This encounter was signed and can no longer be changed; add an addendum instead.</source>
            <translation>Cette venue a été signée et ne peut plus être modifiée ; ajoutez plutôt un addendum.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This invoice was issued (or cancelled) and its lines can no longer change.</source>
            <translation>Cette facture a été émise (ou annulée) et ses lignes ne peuvent plus être modifiées.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is not a report the builder can run.</source>
            <translation>Ce n'est pas un rapport que le générateur peut exécuter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This item is not in the catalogue or has been retired.</source>
            <translation>Cet article ne figure pas au catalogue ou a été archivé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This lab order no longer exists.</source>
            <translation>Cette demande d'examens n'existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This lab result no longer exists.</source>
            <translation>Ce résultat biologique n'existe plus.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This location does not exist or has been closed.</source>
            <translation>Cet emplacement n'existe pas ou a été fermé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This location does not exist.</source>
            <translation>Cet emplacement n'existe pas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This medication was already stopped; prescribe it again to restart it.</source>
            <translation>Ce médicament a déjà été arrêté ; prescrivez-le à nouveau pour le reprendre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This policy is not the invoice patient's, or not valid on the invoice date.</source>
            <translation>Ce contrat n'est pas celui du patient de la facture, ou n'est pas valide à la date de la facture.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This prescription line does not exist.</source>
            <translation>Cette ligne d'ordonnance n'existe pas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This prescription was issued and can no longer be changed; stop the medication or </source>
            <translation>Cette ordonnance a été émise et ne peut plus être modifiée ; arrêtez le médicament ou </translation>
        </message>
        <message>
            <location line="+1" />
            <source>This report cannot be filtered that way.</source>
            <translation>Ce rapport ne peut pas être filtré de cette façon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This test has been retired from the lab catalogue and cannot be ordered.</source>
            <translation>Cet examen a été archivé du catalogue des examens biologiques et ne peut pas être prescrit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This test is no longer on the worklist.</source>
            <translation>Cet examen ne figure plus dans la liste de travail.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This user name is not allowed.</source>
            <translation>Cet identifiant n'est pas autorisé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When a batch was submitted or settled is the database's to say.</source>
            <translation>Les dates de transmission et de règlement d'un lot sont fixées par la base de données.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You cannot deactivate your own account.</source>
            <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>You cannot remove your own administrator rights.</source>
            <translation>Vous ne pouvez pas retirer vos propres droits d'administrateur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your password has not changed since its last recorded change.</source>
            <translation>Votre mot de passe n'a pas changé depuis sa dernière modification enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <location filename="../../hms_desktop/domain/audit.py" line="+71" />
            <source>This file is not an audit anchor written by “hms audit anchor”.</source>
            <translation>Ce fichier n'est pas une ancre d'audit créée par « hms audit anchor ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This audit anchor file is damaged: its head entry or time is not valid.</source>
            <translation>Ce fichier d'ancre d'audit est endommagé : son entrée de tête ou son horodatage n'est pas valide.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Entry {anchored_last_id}, the newest entry when the chain was anchored, is missing: entries were removed from the end of the audit trail.</source>
            <translation>L'entrée {anchored_last_id}, la plus récente lors de l'ancrage de la chaîne, est manquante : des entrées ont été supprimées à la fin du journal d'audit.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Entry {anchored_last_id} is not the entry that was anchored (its hash differs): the end of the audit trail was removed and rewritten.</source>
            <translation>L'entrée {anchored_last_id} n'est pas celle qui a été ancrée (son empreinte diffère) : la fin du journal d'audit a été supprimée puis réécrite.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The audit trail holds {at_anchor_count} entries up to entry {anchored_last_id}, but held {anchored_count} when it was anchored: entries were removed.</source>
            <translation>Le journal d'audit contient {at_anchor_count} entrées jusqu'à l'entrée {anchored_last_id}, mais en contenait {anchored_count} lors de l'ancrage : des entrées ont été supprimées.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/catalogues.py" line="+42" />
            <source>A number</source>
            <translation>Un nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location line="+24" />
            <location filename="../../hms_desktop/domain/wards.py" line="+36" />
            <source>{label}: too long (at most {limit} characters).</source>
            <translation>{label} : {limit} caractères au maximum.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>code</source>
            <translation>code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Give the test a short code, such as HGB.</source>
            <translation>Donnez à l'examen un code court, comme HGB.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A test's code is letters and digits, with '-' or '_' after the first (such as HBA1C).</source>
            <translation>Le code d'un examen se compose de lettres et de chiffres, avec « - » ou « _ » après le premier caractère (p. ex. HBA1C).</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+40" />
            <location line="+21" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Give the test a name.</source>
            <translation>Donnez un nom à l'examen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specimen</source>
            <translation>prélèvement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say which specimen the test needs, such as Serum.</source>
            <translation>Indiquez le prélèvement nécessaire à l'examen, p. ex. Sérum.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unit</source>
            <translation>unité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>LOINC code</source>
            <translation>code LOINC</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A LOINC code is digits, a dash and one check digit, such as 718-7.</source>
            <translation>Un code LOINC se compose de chiffres, d'un tiret et d'un chiffre de contrôle, p. ex. 718-7.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Say whether the result is a number or text.</source>
            <translation>Indiquez si le résultat est un nombre ou un texte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>normal answer</source>
            <translation>réponse normale</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a test with a text result has a normal answer; a number is judged against the reference ranges.</source>
            <translation>Seul un examen à résultat textuel a une réponse normale ; un nombre est évalué par rapport aux valeurs de référence.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A test with a text result has no unit.</source>
            <translation>Un examen à résultat textuel n'a pas d'unité.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fee code</source>
            <translation>code tarif</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A fee code is letters and digits, with '-', '_' or '.' after the first.</source>
            <translation>Un code tarif se compose de lettres et de chiffres, avec « - », « _ » ou « . » après le premier caractère.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Give the specialty a name.</source>
            <translation>Donnez un nom à la spécialité.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An appointment slot is {min_slot_minutes} to {limit} minutes long; leave it empty for the hospital's default.</source>
            <translation>Un créneau de rendez-vous dure de {min_slot_minutes} à {limit} minutes ; laissez vide pour utiliser la valeur par défaut de l'hôpital.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Give the room or equipment a name.</source>
            <translation>Donnez un nom à la salle ou à l'équipement.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Say whether this is a consulting room, a procedure room or equipment.</source>
            <translation>Indiquez s'il s'agit d'une salle de consultation, d'une salle d'actes ou d'un équipement.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/clinical.py" line="+71" />
            <location line="+325" />
            <location line="+55" />
            <location line="+93" />
            <source>“{code}” is not a WHO ICD-10 code.</source>
            <translation>« {code} » n'est pas un code CIM-10 de l'OMS.</translation>
        </message>
        <message>
            <location line="-407" />
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pulse</source>
            <translation>Pouls</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Respiratory rate</source>
            <translation>Fréquence respiratoire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Systolic blood pressure</source>
            <translation>Pression artérielle systolique</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Diastolic blood pressure</source>
            <translation>Pression artérielle diastolique</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Oxygen saturation</source>
            <translation>Saturation en oxygène</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Height</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Enter at least one measurement.</source>
            <translation>Saisissez au moins une mesure.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{limit_label} must be a whole number.</source>
            <translation>{limit_label} : saisissez un nombre entier.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{limit_label} {number} {limit_unit} is not plausible; enter a value between {number2} and {number3} {limit_unit}.</source>
            <translation>{limit_label} {number} {limit_unit} : valeur non plausible ; saisissez une valeur entre {number2} et {number3} {limit_unit}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter both blood pressure values (systolic and diastolic).</source>
            <translation>Saisissez les deux valeurs de pression artérielle (systolique et diastolique).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The diastolic pressure must be lower than the systolic.</source>
            <translation>La pression diastolique doit être inférieure à la systolique.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Temperature {number} °C: fever</source>
            <translation>Température {number} °C : fièvre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Temperature {number} °C: hypothermia</source>
            <translation>Température {number} °C : hypothermie</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pulse {d_pulse_bpm}/min: {kind}</source>
            <translation>Pouls {d_pulse_bpm}/min : {kind}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Respiratory rate {d_respiratory_rate}/min is abnormal</source>
            <translation>Fréquence respiratoire {d_respiratory_rate}/min anormale</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Blood pressure {d_systolic_mmhg}/{d_diastolic_mmhg} mmHg</source>
            <translation>Pression artérielle {d_systolic_mmhg}/{d_diastolic_mmhg} mmHg</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{reading} is in the hypertensive crisis range</source>
            <translation>{reading} : zone de crise hypertensive</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{reading} is high</source>
            <translation>{reading} : valeur élevée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{reading} is low</source>
            <translation>{reading} : valeur basse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Oxygen saturation {d_spo2_percent}% is low</source>
            <translation>Saturation en oxygène {d_spo2_percent} % basse</translation>
        </message>
        <message>
            <location line="+5" />
            <source>BMI {number}: {kind}</source>
            <translation>IMC {number} : {kind}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>mild</source>
            <translation>légère</translation>
        </message>
        <message>
            <location line="+1" />
            <source>moderate</source>
            <translation>modérée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>severe</source>
            <translation>sévère</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{substance} ({severity})</source>
            <translation>{substance} ({severity})</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Relative or carer</source>
            <translation>Proche ou aidant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous records</source>
            <translation>Dossiers antérieurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinician</source>
            <translation>Clinicien</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Enter the substance or drug the patient is allergic to.</source>
            <translation>Saisissez la substance ou le médicament auquel le patient est allergique.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The substance can be at most {limit} characters.</source>
            <translation>La substance comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The drug class can be at most {limit} characters.</source>
            <translation>La classe médicamenteuse comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The reaction can be at most {limit} characters.</source>
            <translation>La réaction comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose mild, moderate or severe.</source>
            <translation>Choisissez légère, modérée ou sévère.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose active, inactive or refuted.</source>
            <translation>Choisissez active, inactive ou réfutée.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose where the information comes from.</source>
            <translation>Choisissez la source de l'information.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Choose a problem, a past illness or a surgery.</source>
            <translation>Choisissez un problème, un antécédent médical ou une intervention chirurgicale.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+55" />
            <source>Choose an ICD-10 code.</source>
            <translation>Choisissez un code CIM-10.</translation>
        </message>
        <message>
            <location line="-51" />
            <source>Enter the operation.</source>
            <translation>Saisissez l'intervention.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The description can be at most {limit} characters.</source>
            <translation>La description comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date cannot be in the future.</source>
            <translation>La date ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose active or resolved.</source>
            <translation>Choisissez active ou résolue.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mother</source>
            <translation>Mère</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Father</source>
            <translation>Père</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Brother or sister</source>
            <translation>Frère ou sœur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Son or daughter</source>
            <translation>Fils ou fille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grandparent</source>
            <translation>Grand-parent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aunt or uncle</source>
            <translation>Tante ou oncle</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other relative</source>
            <translation>Autre parent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not asked</source>
            <translation>Non demandé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never smoked</source>
            <translation>N'a jamais fumé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Former smoker</source>
            <translation>Ancien fumeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Smokes</source>
            <translation>Fume</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Choose the relative.</source>
            <translation>Choisissez le membre de la famille.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The note can be at most {limit} characters.</source>
            <translation>La note comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Choose whether the patient smokes.</source>
            <translation>Indiquez si le patient fume.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pack-years are between 0 and {limit}.</source>
            <translation>Les paquets-années sont compris entre 0 et {limit}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pack-years are for current or former smokers.</source>
            <translation>Les paquets-années concernent les fumeurs actuels ou anciens.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alcohol units a week are between 0 and {limit}.</source>
            <translation>Les unités d'alcool par semaine sont comprises entre 0 et {limit}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The occupation can be at most {limit} characters.</source>
            <translation>La profession comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notes can be at most {limit} characters.</source>
            <translation>Les notes comportent au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This text can be at most {limit} characters.</source>
            <translation>Ce texte comporte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>“{name}” is not part of an encounter.</source>
            <translation>« {name} » ne fait pas partie d'une venue.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>{code} is listed twice.</source>
            <translation>{code} figure deux fois dans la liste.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Mark exactly one diagnosis as the primary one.</source>
            <translation>Marquez exactement un diagnostic comme diagnostic principal.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Emergency</source>
            <translation>Urgence</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Covering for a colleague</source>
            <translation>Remplacement d'un confrère</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other reason</source>
            <translation>Autre motif</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose why you are opening this chart.</source>
            <translation>Choisissez le motif d'ouverture de ce dossier patient.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say why you are opening this chart.</source>
            <translation>Indiquez pourquoi vous ouvrez ce dossier patient.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reason can be at most {limit} characters.</source>
            <translation>Le motif ne peut pas dépasser {limit} caractères.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/inventory.py" line="+17" />
            <source>Drug (formulary)</source>
            <translation>Médicament (livret)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supply or consumable</source>
            <translation>Fourniture ou consommable</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pharmacy</source>
            <translation>Pharmacie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ward store</source>
            <translation>Réserve de service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Store</source>
            <translation>Magasin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Breakage</source>
            <translation>Casse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expired</source>
            <translation>Périmé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stock count</source>
            <translation>Inventaire</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dispensed</source>
            <translation>Dispensé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued to ward</source>
            <translation>Délivré au service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transferred</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adjusted</source>
            <translation>Ajusté</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Choose whether this is a drug of the formulary or a supply.</source>
            <translation>Indiquez s'il s'agit d'un médicament du livret thérapeutique ou d'une fourniture.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the drug from the formulary.</source>
            <translation>Choisissez le médicament dans le livret thérapeutique.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The formulary has no drug {drug_id}.</source>
            <translation>Le livret thérapeutique ne contient pas de médicament {drug_id}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Give the item a name.</source>
            <translation>Donnez un nom à l'article.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/staff.py" line="+123" />
            <source>The name is too long (200 characters at most).</source>
            <translation>Le nom est trop long (200 caractères au plus).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say what is counted: capsule, tablet, box, pair…</source>
            <translation>Indiquez ce qui est compté : gélule, comprimé, boîte, paire…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The unit is too long (30 characters at most).</source>
            <translation>L'unité est trop longue (30 caractères au plus).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A pack holds at least 1.</source>
            <translation>Un conditionnement contient au moins 1 unité.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The reorder level is 0 or more.</source>
            <translation>Le seuil de réapprovisionnement est de 0 ou plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The fee code is too long (40 characters at most).</source>
            <translation>Le code de prestation est trop long (40 caractères au plus).</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Choose the item received.</source>
            <translation>Choisissez l'article reçu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose where it was received.</source>
            <translation>Choisissez le lieu de réception.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the batch number printed on the pack.</source>
            <translation>Saisissez le numéro de lot imprimé sur le conditionnement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The batch number is too long ({limit} characters at most).</source>
            <translation>Le numéro de lot est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Give the expiry date printed on the pack.</source>
            <translation>Saisissez la date de péremption imprimée sur le conditionnement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This batch has already expired: do not receive it.</source>
            <translation>Ce lot est déjà périmé : ne le réceptionnez pas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receive at least 1.</source>
            <translation>Réceptionnez au moins 1 unité.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the cost of one unit, e.g. 0.35 (0 for a donation).</source>
            <translation>Saisissez le coût d'une unité, par ex. 0,35 (0 pour un don).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The supplier's name is too long ({limit} characters at most).</source>
            <translation>Le nom du fournisseur est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The note is too long ({limit} characters at most).</source>
            <translation>La note est trop longue ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose why: loss, breakage, expired or stock count.</source>
            <translation>Choisissez le motif : perte, casse, péremption ou inventaire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The adjustment must change the quantity.</source>
            <translation>L'ajustement doit modifier la quantité.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a stock count adds stock; loss, breakage and expiry take it away.</source>
            <translation>Seul un inventaire ajoute du stock ; la perte, la casse et la péremption en retirent.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only {level} in stock here: the level cannot go below zero.</source>
            <translation>Seulement {level} en stock ici : le stock ne peut pas être négatif.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/labs.py" line="+58" />
            <source>Routine</source>
            <translation>Routine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>STAT</source>
            <translation>STAT</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critical low</source>
            <translation>Critique bas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critical high</source>
            <translation>Critique élevé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abnormal</source>
            <translation>Anormal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No reference range</source>
            <translation>Pas de valeurs de référence</translation>
        </message>
        <message>
            <location line="+125" />
            <source>Enter the result of {test_name}.</source>
            <translation>Saisissez le résultat de {test_name}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep the result under {limit} characters.</source>
            <translation>Le résultat doit faire moins de {limit} caractères.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the result of {test_name} as a number{expected}, for example 4.2.</source>
            <translation>Saisissez le résultat de {test_name} sous forme de nombre{expected}, par exemple 4.2.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter {test_name} in {unit}, the laboratory's unit for this test (not {typed_unit}).</source>
            <translation>Saisissez {test_name} en {unit}, l'unité du laboratoire pour cet examen (et non en {typed_unit}).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{test_name} has no unit; enter the number alone.</source>
            <translation>{test_name} n'a pas d'unité ; saisissez le nombre seul.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the result of {test_name} as a number.</source>
            <translation>Saisissez le résultat de {test_name} sous forme de nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter at most {limit} decimals.</source>
            <translation>Saisissez au plus {limit} décimales.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{number} is not a plausible result; check the number.</source>
            <translation>{number} n'est pas un résultat plausible ; vérifiez le nombre.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/patients.py" line="+20" />
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/clinical.py" line="-283" />
            <location filename="../../hms_desktop/domain/insurance.py" line="-220" />
            <location filename="../../hms_desktop/domain/patients.py" line="+1" />
            <location line="+4" />
            <location filename="../../hms_desktop/domain/scheduling.py" line="+87" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/patients.py" line="-4" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>National ID</source>
            <translation>Carte d'identité</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Passport</source>
            <translation>Passeport</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Driving licence</source>
            <translation>Permis de conduire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Birth certificate</source>
            <translation>Acte de naissance</translation>
        </message>
        <message>
            <location line="+113" />
            <location filename="../../hms_desktop/domain/wards.py" line="-2" />
            <source>{label}: required.</source>
            <translation>{label} : obligatoire.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>{label}: too long (at most {max_length} characters).</source>
            <translation>{label} : {max_length} caractères au maximum.</translation>
        </message>
        <message>
            <location line="-19" />
            <source>{label}: remove the characters that cannot be printed, such as a tab or a line break.</source>
            <translation>{label} : retirez les caractères non imprimables, comme une tabulation ou un saut de ligne.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{label}: cannot contain digits.</source>
            <translation>{label} : ne peut pas contenir de chiffres.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{label}: can only contain letters, spaces, hyphens, apostrophes and full stops.</source>
            <translation>{label} : ne peut contenir que des lettres, des espaces, des traits d'union, des apostrophes et des points.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{label}: must contain letters.</source>
            <translation>{label} : doit contenir des lettres.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label}: remove the characters that cannot be printed.</source>
            <translation>{label} : retirez les caractères non imprimables.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>An age is from 0 to {limit} years.</source>
            <translation>L'âge va de 0 à {limit} ans.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The date of birth is in the future — check the year.</source>
            <translation>La date de naissance est dans le futur — vérifiez l'année.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date of birth is more than {limit} years ago — check the year.</source>
            <translation>La date de naissance remonte à plus de {limit} ans — vérifiez l'année.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This is too long for a phone number — check the digits.</source>
            <translation>C'est trop long pour un numéro de téléphone — vérifiez les chiffres.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A phone number has only digits, spaces, brackets, dashes and a leading +.</source>
            <translation>Un numéro de téléphone ne contient que des chiffres, des espaces, des parenthèses, des tirets et un + initial.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+7" />
            <source>This phone number cannot be dialled — check the digits.</source>
            <translation>Ce numéro de téléphone ne peut pas être composé — vérifiez les chiffres.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A check digit is computed from digits only.</source>
            <translation>Une clé de contrôle se calcule uniquement à partir de chiffres.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>family name</source>
            <translation>nom de famille</translation>
        </message>
        <message>
            <location line="+1" />
            <source>given name</source>
            <translation>prénom</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose the sex: {choices}.</source>
            <translation>Choisissez le sexe : {choices}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter the date of birth or an estimated age.</source>
            <translation>Saisissez la date de naissance ou un âge estimé.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The ID number is too long (at most {limit} characters).</source>
            <translation>Le numéro de pièce d'identité est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The ID number can only contain letters, digits and /.</source>
            <translation>Le numéro de pièce d'identité ne peut contenir que des lettres, des chiffres et /.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the kind of ID: {kinds}.</source>
            <translation>Choisissez le type de pièce d'identité : {kinds}.</translation>
        </message>
        <message>
            <location line="+16" />
            <location filename="../../hms_desktop/domain/settings.py" line="+125" />
            <source>The e-mail address is too long (at most {limit} characters).</source>
            <translation>L'adresse e-mail est trop longue ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is not an e-mail address — it should look like name@example.com.</source>
            <translation>Ce n'est pas une adresse e-mail — elle doit ressembler à name@example.com.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <location line="+5" />
            <source>area</source>
            <translation>secteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>relationship</source>
            <translation>lien de parenté</translation>
        </message>
        <message>
            <location line="+7" />
            <source>emergency contact's name</source>
            <translation>nom de la personne à prévenir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>next of kin's name</source>
            <translation>nom du plus proche parent</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Enter the insurer and member number, or clear the policy dates.</source>
            <translation>Saisissez l'assureur et le numéro d'adhérent, ou effacez les dates du contrat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the insurer, or clear the member number.</source>
            <translation>Saisissez l'assureur, ou effacez le numéro d'adhérent.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>insurer's name</source>
            <translation>nom de l'assureur</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the member number, or clear the insurer.</source>
            <translation>Saisissez le numéro d'adhérent, ou effacez l'assureur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>member number</source>
            <translation>numéro d'adhérent</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The policy cannot end before it starts — check the dates.</source>
            <translation>Le contrat ne peut pas finir avant de commencer — vérifiez les dates.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/permissions.py" line="+119" />
            <source>Billing &gt; My shift</source>
            <translation>Facturation &gt; Ma caisse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registration &gt; My shift</source>
            <translation>Accueil &gt; Ma caisse</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/prescribing/model.py" line="+67" />
            <source>once a day</source>
            <translation>une fois par jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>once a day, in the morning</source>
            <translation>une fois par jour, le matin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>once a day, at night</source>
            <translation>une fois par jour, le soir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>twice a day</source>
            <translation>deux fois par jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>three times a day</source>
            <translation>trois fois par jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>four times a day</source>
            <translation>quatre fois par jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>five times a day</source>
            <translation>cinq fois par jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every 4 hours</source>
            <translation>toutes les 4 heures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every 6 hours</source>
            <translation>toutes les 6 heures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every 8 hours</source>
            <translation>toutes les 8 heures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every 12 hours</source>
            <translation>toutes les 12 heures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>every 72 hours</source>
            <translation>toutes les 72 heures</translation>
        </message>
        <message>
            <location line="+1" />
            <source>once a week</source>
            <translation>une fois par semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <source>when required</source>
            <translation>si besoin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>once, immediately</source>
            <translation>une fois, immédiatement</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n tablet</source>
            <translation>
                <numerusform>%n comprimé</numerusform>
                <numerusform>%n comprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n tablets</source>
            <translation>
                <numerusform>%n comprimé</numerusform>
                <numerusform>%n comprimés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n capsule</source>
            <translation>
                <numerusform>%n gélule</numerusform>
                <numerusform>%n gélules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n capsules</source>
            <translation>
                <numerusform>%n gélule</numerusform>
                <numerusform>%n gélules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n sachet</source>
            <translation>
                <numerusform>%n sachet</numerusform>
                <numerusform>%n sachets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n sachets</source>
            <translation>
                <numerusform>%n sachet</numerusform>
                <numerusform>%n sachets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n patch</source>
            <translation>
                <numerusform>%n patch</numerusform>
                <numerusform>%n patchs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n patches</source>
            <translation>
                <numerusform>%n patch</numerusform>
                <numerusform>%n patchs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n suppository</source>
            <translation>
                <numerusform>%n suppositoire</numerusform>
                <numerusform>%n suppositoires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n suppositories</source>
            <translation>
                <numerusform>%n suppositoire</numerusform>
                <numerusform>%n suppositoires</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pessary</source>
            <translation>
                <numerusform>%n ovule</numerusform>
                <numerusform>%n ovules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n pessaries</source>
            <translation>
                <numerusform>%n ovule</numerusform>
                <numerusform>%n ovules</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>units</source>
            <translation>unités</translation>
        </message>
        <message>
            <location line="+1" />
            <source>puff</source>
            <translation>bouffée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>drop</source>
            <translation>goutte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>spray</source>
            <translation>pulvérisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>application</source>
            <translation>application</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tablet</source>
            <translation>comprimé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>capsule</source>
            <translation>gélule</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sachet</source>
            <translation>sachet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>patch</source>
            <translation>patch</translation>
        </message>
        <message>
            <location line="+1" />
            <source>suppository</source>
            <translation>suppositoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pessary</source>
            <translation>ovule</translation>
        </message>
        <message>
            <location line="+11" />
            <source>oral</source>
            <translation>voie orale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sublingual</source>
            <translation>voie sublinguale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>buccal</source>
            <translation>voie buccale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IV</source>
            <translation>IV</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IM</source>
            <translation>IM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SC</source>
            <translation>SC</translation>
        </message>
        <message>
            <location line="+1" />
            <source>inhaled</source>
            <translation>inhalation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nebulised</source>
            <translation>nébulisation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nasal</source>
            <translation>voie nasale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>topical</source>
            <translation>voie cutanée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ophthalmic</source>
            <translation>voie ophtalmique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>otic</source>
            <translation>voie auriculaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rectal</source>
            <translation>voie rectale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vaginal</source>
            <translation>voie vaginale</translation>
        </message>
        <message>
            <location line="+1" />
            <source>transdermal</source>
            <translation>voie transdermique</translation>
        </message>
        <message>
            <location line="+1" />
            <source>infiltration</source>
            <translation>infiltration</translation>
        </message>
        <message>
            <location line="+165" />
            <source>Enter the dose as a number, e.g. 500 or 2.5.</source>
            <translation>Saisissez la dose sous forme de nombre, par ex. 500 ou 2.5.</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>%n day</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n days</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>for %n day</source>
            <translation>
                <numerusform>pendant %n jour</numerusform>
                <numerusform>pendant %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>for %n days</source>
            <translation>
                <numerusform>pendant %n jour</numerusform>
                <numerusform>pendant %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lines are numbered from 1.</source>
            <translation>Les lignes sont numérotées à partir de 1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The dose must be more than zero.</source>
            <translation>La dose doit être supérieure à zéro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>“{line_unit}” is not a dose unit; choose one of {join}.</source>
            <translation>« {line_unit} » n'est pas une unité de dose ; choisissez parmi {join}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{line_route}” is not a route; choose one of {join}.</source>
            <translation>« {line_route} » n'est pas une voie d'administration ; choisissez parmi {join}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{line_frequency}” is not a frequency; use one of {join}.</source>
            <translation>« {line_frequency} » n'est pas une fréquence ; utilisez l'une des suivantes : {join}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The duration is 1 to {limit} days.</source>
            <translation>La durée va de 1 à {limit} jours.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The quantity must be at least 1.</source>
            <translation>La quantité doit être d'au moins 1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Instructions are at most {limit} characters.</source>
            <translation>Les instructions font au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Name the substance the patient is allergic to.</source>
            <translation>Indiquez la substance à laquelle le patient est allergique.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Give a reason (at least {minimum} characters) for prescribing although the safety checks are off.</source>
            <translation>Indiquez un motif (au moins {minimum} caractères) pour prescrire malgré la désactivation des contrôles de sécurité.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Give a reason (at least {minimum} characters) for prescribing although %n serious alert.</source>
            <translation>
                <numerusform>Indiquez un motif (au moins {minimum} caractères) pour prescrire malgré %n alerte grave.</numerusform>
                <numerusform>Indiquez un motif (au moins {minimum} caractères) pour prescrire malgré %n alertes graves.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Give a reason (at least {minimum} characters) for prescribing although %n serious alerts.</source>
            <translation>
                <numerusform>Indiquez un motif (au moins {minimum} caractères) pour prescrire malgré %n alerte grave.</numerusform>
                <numerusform>Indiquez un motif (au moins {minimum} caractères) pour prescrire malgré %n alertes graves.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/scheduling.py" line="-28" />
            <source>Requested</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Booked</source>
            <translation>Programmé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In consultation</source>
            <translation>En consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined by doctor</source>
            <translation>Refusé par le médecin</translation>
        </message>
        <message>
            <location line="+12" />
            <source>New patient</source>
            <translation>Nouveau patient</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location line="+241" />
            <source>From the waiting list</source>
            <translation>Depuis la liste d'attente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From the waiting list: {note}</source>
            <translation>Depuis la liste d'attente : {note}</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/insurance.py" line="-4" />
            <location filename="../../hms_desktop/domain/scheduling.py" line="-245" />
            <source>Procedure</source>
            <translation>Acte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laboratory</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed day</source>
            <translation>Journée d'hospitalisation</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/scheduling.py" line="+3" />
            <source>Leave</source>
            <translation>Congé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Training</source>
            <translation>Formation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holiday</source>
            <translation>Jour férié</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/catalogues.py" line="-103" />
            <location filename="../../hms_desktop/domain/scheduling.py" line="+2" />
            <source>Consulting room</source>
            <translation>Salle de consultation</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/scheduling.py" line="+1" />
            <source>Procedure room</source>
            <translation>Salle d'actes</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/scheduling.py" line="+1" />
            <source>Equipment</source>
            <translation>Équipement</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/scheduling.py" line="+37" />
            <source>This appointment is already {status}; it cannot be changed any more.</source>
            <translation>Ce rendez-vous est déjà au statut « {status} » ; il ne peut plus être modifié.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An appointment that is {status} cannot be marked “{new_status}”.</source>
            <translation>Un rendez-vous au statut « {status} » ne peut pas passer au statut « {new_status} ».</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/settings.py" line="-74" />
            <source>Phone {hospital_phone}</source>
            <translation>Tél. {hospital_phone}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>E-mail {hospital_email}</source>
            <translation>E-mail {hospital_email}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Enter the hospital's name.</source>
            <translation>Saisissez le nom de l'hôpital.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is too long (at most {limit} characters).</source>
            <translation>Le nom est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The idle lock is from 1 to 240 minutes.</source>
            <translation>Le verrouillage après inactivité va de 1 à 240 minutes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the country whose phone numbers are typed without a code.</source>
            <translation>Choisissez le pays dont les numéros de téléphone sont saisis sans indicatif.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A slot is 5 to 240 minutes long.</source>
            <translation>Un créneau dure de 5 à 240 minutes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the hospital's time zone from the list (for example Europe/London).</source>
            <translation>Choisissez le fuseau horaire de l'hôpital dans la liste (par exemple Europe/London).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter an amount of zero or more, in whole cents.</source>
            <translation>Saisissez un montant supérieur ou égal à zéro, au centime près.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The address is too long (at most {limit} characters).</source>
            <translation>L'adresse est trop longue ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The address has at most {limit} lines.</source>
            <translation>L'adresse compte au plus {limit} lignes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>An address line is too long to print (at most {limit} characters per line).</source>
            <translation>Une ligne de l'adresse est trop longue pour être imprimée ({limit} caractères au plus par ligne).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The phone number is too long (at most {limit} characters).</source>
            <translation>Le numéro de téléphone est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the phone number with digits, spaces, +, - or brackets.</source>
            <translation>Saisissez le numéro de téléphone avec des chiffres, des espaces, +, - ou des parenthèses.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Type the e-mail address as name@example.org.</source>
            <translation>Saisissez l'adresse e-mail sous la forme name@example.org.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The tax number is too long (at most {limit} characters).</source>
            <translation>Le numéro fiscal est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The tax number is one line.</source>
            <translation>Le numéro fiscal tient sur une seule ligne.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Type the currency as its three-letter code in capitals, for example GBP, EUR, USD or KES.</source>
            <translation>Saisissez la devise par son code à trois lettres en majuscules, par exemple GBP, EUR, USD ou KES.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The currency symbol is too long (at most {limit} characters, for example £, € or KSh).</source>
            <translation>Le symbole monétaire est trop long ({limit} caractères au plus, par exemple £, € ou KSh).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The currency symbol cannot hold spaces, digits, signs or separators; type only the symbol, for example £ or KSh.</source>
            <translation>Le symbole monétaire ne peut contenir ni espaces, ni chiffres, ni signes, ni séparateurs ; saisissez uniquement le symbole, par exemple £ ou KSh.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/staff.py" line="-89" />
            <source>Reception</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+117" />
            <source>Billing</source>
            <translation>Facturation</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Administrator</source>
            <translation>Administrateur</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no group called “{raw}”. Known groups: {known}.</source>
            <translation>Aucun groupe ne s'appelle « {raw} ». Groupes connus : {known}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Enter a password.</source>
            <translation>Saisissez un mot de passe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password must be at least {min_password_length} characters long.</source>
            <translation>Le mot de passe doit comporter au moins {min_password_length} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The password must not contain the user name.</source>
            <translation>Le mot de passe ne doit pas contenir l'identifiant.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password must not start or end with a space.</source>
            <translation>Le mot de passe ne doit ni commencer ni finir par une espace.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The password contains a character that cannot be typed.</source>
            <translation>Le mot de passe contient un caractère impossible à saisir au clavier.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Enter a new password.</source>
            <translation>Saisissez un nouveau mot de passe.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Enter a user name.</source>
            <translation>Saisissez un identifiant.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A user name is 3 to 41 characters: lower-case letters, digits, dots or underscores, starting with a letter.</source>
            <translation>Un identifiant compte de 3 à 41 caractères : lettres minuscules, chiffres, points ou tirets bas, et commence par une lettre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This user name is reserved; choose another.</source>
            <translation>Cet identifiant est réservé ; choisissez-en un autre.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Enter the person's full name.</source>
            <translation>Saisissez le nom complet de la personne.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The name contains characters that cannot be printed.</source>
            <translation>Le nom contient des caractères non imprimables.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The title is too long (100 characters at most).</source>
            <translation>Le titre est trop long (100 caractères au plus).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The department is too long (100 characters at most).</source>
            <translation>Le pôle est trop long (100 caractères au plus).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose at least one group.</source>
            <translation>Choisissez au moins un groupe.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Registration</source>
            <translation>Admissions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scheduling</source>
            <translation>Planification</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/billing.py" line="+23" />
            <location filename="../../hms_desktop/domain/insurance.py" line="-4" />
            <location filename="../../hms_desktop/domain/staff.py" line="+1" />
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/staff.py" line="+2" />
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/wards.py" line="+16" />
            <source>Keep the floor to {limit} characters.</source>
            <translation>L'étage ne doit pas dépasser {limit} caractères.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ward's name</source>
            <translation>nom du service</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Choose a bed type from the list.</source>
            <translation>Choisissez un type de lit dans la liste.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bed's label</source>
            <translation>libellé du lit</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add between 1 and {limit} beds at a time.</source>
            <translation>Ajoutez entre 1 et {limit} lits à la fois.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Start numbering at 0 or above.</source>
            <translation>Commencez la numérotation à 0 ou plus.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bed labels are at most {limit} characters; shorten the prefix.</source>
            <translation>Les libellés de lit font au plus {limit} caractères ; raccourcissez le préfixe.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Say why the bed is out of service (for example: broken rail, deep clean).</source>
            <translation>Indiquez pourquoi le lit est hors service (par exemple : barrière cassée, bionettoyage).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the reason to {limit} characters.</source>
            <translation>Le motif ne doit pas dépasser {limit} caractères.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The expected return cannot be in the past; leave it empty if nobody knows.</source>
            <translation>Le retour prévu ne peut pas être dans le passé ; laissez vide si personne ne le sait.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/billing.py" line="-68" />
            <source>unpaid</source>
            <translation>impayée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>partly paid</source>
            <translation>payée en partie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>paid</source>
            <translation>payée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>overpaid</source>
            <translation>trop-perçu</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Consultation (inpatient)</source>
            <translation>Consultation (hospitalisation)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consultation (walk-in)</source>
            <translation>Consultation (sans rendez-vous)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Laboratory: {test}</source>
            <translation>Laboratoire : {test}</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+8" />
            <source>Bed day, night of {date}</source>
            <translation>Hospitalisation, nuit du {date}</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Bed day, night of {date} ({ward}, {room}, bed {bed})</source>
            <translation>Hospitalisation, nuit du {date} ({ward}, {room}, lit {bed})</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/prescribing/knowledge.py" line="+61" />
            <source>DRUG SAFETY CHECKS ARE OFF: interactions, allergies and duplicate therapy are NOT being checked. The knowledge base could not be used ({problem}). Check every drug yourself and tell the system administrator.</source>
            <translation>CONTRÔLES DE SÉCURITÉ DES MÉDICAMENTS DÉSACTIVÉS : interactions, allergies et redondances thérapeutiques ne sont PAS vérifiées. La base de connaissances est inutilisable ({problem}). Vérifiez vous-même chaque médicament et prévenez l'administrateur système.</translation>
        </message>
        <message>
            <location line="+162" />
            <source>The drug safety knowledge base (version {version}) was due for review on {day}; newer interactions may be missing. Tell the administrator.</source>
            <translation>La base de connaissances sur la sécurité des médicaments (version {version}) devait être révisée le {day} ; des interactions récentes peuvent manquer. Prévenez l'administrateur.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/report_builder.py" line="+102" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sum</source>
            <translation>Somme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Average</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/wording.py" line="+20" />
            <source>the system</source>
            <translation>le système</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <location filename="../../hms_desktop/printing/appointment_slip.py" line="+43" />
            <source>Monday</source>
            <translation>Lundi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Tuesday</source>
            <translation>Mardi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wednesday</source>
            <translation>Mercredi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Thursday</source>
            <translation>Jeudi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Friday</source>
            <translation>Vendredi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Saturday</source>
            <translation>Samedi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sunday</source>
            <translation>Dimanche</translation>
        </message>
        <message>
            <location line="+24" />
            <source>{weekday} {date}</source>
            <translation>{weekday} {date}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{start} – {end}</source>
            <comment>a time range</comment>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Appointment slip {mrn} {starts_at:%Y-%m-%d %H:%M}</source>
            <translation>Convocation {mrn} {starts_at:%Y-%m-%d %H:%M}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>APPOINTMENT</source>
            <translation>RENDEZ-VOUS</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Ask at the front desk</source>
            <translation>Renseignez-vous à l'accueil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit</source>
            <translation>Venue</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../hms_desktop/printing/receipt.py" line="+75" />
            <location line="+61" />
            <source>Patient</source>
            <translation>Patient</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../hms_desktop/printing/invoice.py" line="+218" />
            <location filename="../../hms_desktop/printing/wristband.py" line="+101" />
            <source>MRN {mrn}</source>
            <translation>MRN {mrn}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Please arrive {arrive_minutes} minutes early and bring this slip.</source>
            <translation>Merci d'arriver {arrive_minutes} minutes en avance et d'apporter ce document.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/cups.py" line="+84" />
            <source>“{queue}” is not the name of a printer on this computer. Choose another printer.</source>
            <translation>« {queue} » n'est pas le nom d'une imprimante de cet ordinateur. Choisissez une autre imprimante.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This computer has no print service (CUPS). Nothing was printed.</source>
            <translation>Cet ordinateur n'a pas de service d'impression (CUPS). Rien n'a été imprimé.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The print service did not answer in time. Nothing was printed; check the printer and try again.</source>
            <translation>Le service d'impression n'a pas répondu à temps. Rien n'a été imprimé ; vérifiez l'imprimante et réessayez.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The printer “{queue}” is not accepting jobs ({reason}). Nothing was printed. Choose another printer, or ask whoever looks after the printers to accept jobs again.</source>
            <translation>L'imprimante « {queue} » n'accepte pas de travaux ({reason}). Rien n'a été imprimé. Choisissez une autre imprimante, ou demandez à la personne qui gère les imprimantes de la réactiver.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The printer “{queue}” is not accepting jobs. Nothing was printed. Choose another printer, or ask whoever looks after the printers to accept jobs again.</source>
            <translation>L'imprimante « {queue} » n'accepte pas de travaux. Rien n'a été imprimé. Choisissez une autre imprimante, ou demandez à la personne qui gère les imprimantes de la réactiver.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The printer “{queue}” no longer exists on this computer. Nothing was printed. Choose another printer.</source>
            <translation>L'imprimante « {queue} » n'existe plus sur cet ordinateur. Rien n'a été imprimé. Choisissez une autre imprimante.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The print service (CUPS) is not running on this computer. Nothing was printed.</source>
            <translation>Le service d'impression (CUPS) n'est pas démarré sur cet ordinateur. Rien n'a été imprimé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no reason given</source>
            <translation>aucun motif indiqué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The printer “{queue}” did not take the document ({detail}). Nothing was printed.</source>
            <translation>L'imprimante « {queue} » n'a pas accepté le document ({detail}). Rien n'a été imprimé.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/invoice.py" line="-166" />
            <location filename="../../hms_desktop/printing/receipt.py" line="-62" />
            <location line="+61" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+202" />
            <source>Discount</source>
            <translation>Remise</translation>
        </message>
        <message>
            <location line="-201" />
            <source>Tax %</source>
            <translation>TVA %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Invoice {number} MRN {mrn}</source>
            <translation>Facture {number} MRN {mrn}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Continued on page {value} of {pages_count}</source>
            <translation>Suite page {value} sur {pages_count}</translation>
        </message>
        <message>
            <location line="+41" />
            <location filename="../../hms_desktop/printing/receipt.py" line="-69" />
            <location line="+62" />
            <source>Tax number {tax_number}</source>
            <translation>N° fiscal {tax_number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>INVOICE</source>
            <translation>FACTURE</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/printing/prescription.py" line="+239" />
            <location line="+254" />
            <source>Date {format_date}</source>
            <translation>Date {format_date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Bill to</source>
            <translation>Facturé à</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Discount: {line_discount_reason}</source>
            <translation>Remise : {line_discount_reason}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Subtotal</source>
            <translation>Sous-total</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tax {rate} % on {money}</source>
            <translation>TVA {rate} % sur {money}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Insurer: {insurer}</source>
            <translation>Assureur : {insurer}</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/printing/receipt.py" line="-39" />
            <source>Insurer's share</source>
            <translation>Part de l'assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient's share</source>
            <translation>Part du patient</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Credit notes</source>
            <translation>Avoirs</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Patient's balance</source>
            <translation>Solde du patient</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../hms_desktop/printing/receipt.py" line="+1" />
            <source>Balance</source>
            <translation>Solde</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/labels.py" line="+61" />
            <source>Labels {mrn}</source>
            <translation>Étiquettes {mrn}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>MRN {text_mrn}</source>
            <translation>MRN {text_mrn}</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/layout.py" line="+590" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>~{year} (estimated)</source>
            <translation>~{year} (estimée)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{prefix}{years} y</source>
            <comment>age in years</comment>
            <translation>{prefix}{years} ans</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{months} mo</source>
            <comment>age in months</comment>
            <translation>{months} mois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{days} d</source>
            <comment>age in days</comment>
            <translation>{days} j</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{title} (COPY)</source>
            <translation>{title} (COPIE)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>COPY</source>
            <translation>COPIE</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/prescription.py" line="-392" />
            <source>for {duration}</source>
            <translation>pendant {duration}</translation>
        </message>
        <message>
            <location line="+35" />
            <location filename="../../hms_desktop/printing/wristband.py" line="+24" />
            <source>Allergies not recorded</source>
            <translation>Allergies non renseignées</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/printing/wristband.py" line="-1" />
            <source>No known allergies</source>
            <translation>Aucune allergie connue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergies: {allergies}</source>
            <translation>Allergies : {allergies}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Prescription {prescription_number} MRN {mrn}</source>
            <translation>Ordonnance {prescription_number} MRN {mrn}</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Reg. no. {registration_number}</source>
            <translation>N° RPPS {registration_number}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rx no. {prescription_number}</source>
            <translation>Ordonnance n° {prescription_number}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{sex} · Age {age} · DOB {born}</source>
            <translation>{sex} · Âge {age} · Né(e) le {born}</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/printing/wristband.py" line="-28" />
            <source>{sex} · DOB {born}</source>
            <translation>{sex} · Né(e) le {born}</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Page {page_number} of {page_count}</source>
            <translation>Page {page_number} sur {page_count}</translation>
        </message>
        <message>
            <location line="+22" />
            <source>MRN {data_mrn}</source>
            <translation>MRN {data_mrn}</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Quantity: {line_quantity}</source>
            <translation>Quantité : {line_quantity}</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Notes: {notes}</source>
            <translation>Remarques : {notes}</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Continued on page {next_page} of {page_count} · Rx no. {prescription_number}</source>
            <translation>Suite page {next_page} sur {page_count} · Ordonnance n° {prescription_number}</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>End of prescription: %n item</source>
            <translation>
                <numerusform>Fin de l'ordonnance : %n ligne</numerusform>
                <numerusform>Fin de l'ordonnance : %n lignes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>End of prescription: %n items</source>
            <translation>
                <numerusform>Fin de l'ordonnance : %n ligne</numerusform>
                <numerusform>Fin de l'ordonnance : %n lignes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{doctor_name} · Reg. no. {registration_number}</source>
            <translation>{doctor_name} · N° RPPS {registration_number}</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/receipt.py" line="-17" />
            <location line="+61" />
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location line="-58" />
            <location line="+61" />
            <source>MRN</source>
            <translation>MRN</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice total</source>
            <translation>Total de la facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunded</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+58" />
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="-56" />
            <location line="+58" />
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <location line="-56" />
            <location line="+58" />
            <source>Cash tendered</source>
            <translation>Espèces remises</translation>
        </message>
        <message>
            <location line="-56" />
            <location line="+58" />
            <source>Change</source>
            <translation>Monnaie</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Your balance</source>
            <translation>Votre solde</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/invoice.py" line="+2" />
            <location filename="../../hms_desktop/printing/receipt.py" line="+1" />
            <source>{label} ({status})</source>
            <translation>{label} ({status})</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/receipt.py" line="+2" />
            <location line="+54" />
            <source>Taken by</source>
            <translation>Encaissé par</translation>
        </message>
        <message>
            <location line="-48" />
            <source>REFUND RECEIPT</source>
            <translation>REÇU DE REMBOURSEMENT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PAYMENT RECEIPT</source>
            <translation>REÇU D'ENCAISSEMENT</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Deposit</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Held until</source>
            <translation>Conservé jusqu'au</translation>
        </message>
        <message>
            <location line="+0" />
            <source>applied to an invoice</source>
            <translation>imputé sur une facture</translation>
        </message>
        <message>
            <location line="+7" />
            <source>DEPOSIT RECEIPT</source>
            <translation>REÇU D'ACOMPTE</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Receipt {number}</source>
            <translation>Reçu {number}</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Thank you</source>
            <translation>Merci</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/report.py" line="+194" />
            <source>{series} (left)</source>
            <translation>{series} (à gauche)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{series} (right)</source>
            <translation>{series} (à droite)</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Page {document_page}</source>
            <translation>Page {document_page}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Generated {generated} from the {source} database. Counts below 5 may be shown as &lt;5.</source>
            <translation>Généré le {generated} à partir de la base {source}. Les effectifs inférieurs à 5 peuvent être affichés sous la forme &lt;5.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>No rows for this range and these filters.</source>
            <translation>Aucune ligne pour cette période et ces filtres.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/revenue_report.py" line="+54" />
            <source>Daily revenue {day}</source>
            <translation>Chiffre d'affaires du {day}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>DAILY REVENUE</source>
            <translation>RECETTES DU JOUR</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Page {number} of {pages_count}</source>
            <translation>Page {number} sur {pages_count}</translation>
        </message>
        <message>
            <location line="+13" />
            <source>the hospital's currency</source>
            <translation>la devise de l'hôpital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printed {printed_at}. Amounts in {currency}; a clerk's amount is their net cash, a shift's its difference.</source>
            <translation>Imprimé le {printed_at}. Montants en {currency} ; pour un agent, le montant est son encaissement net en espèces ; pour une caisse, son écart.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/wristband.py" line="-18" />
            <source>Wristband {mrn}</source>
            <translation>Bracelet {mrn}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{sex} · DOB {born} · Age {age}</source>
            <translation>{sex} · Né(e) le {born} · Âge {age}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Check the chart before giving anything</source>
            <translation>Consultez le dossier avant toute administration</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>ALLERGIES</source>
            <translation>ALLERGIES</translation>
        </message>
        <message>
            <location line="-1" />
            <source>SEVERE</source>
            <translation>SÉVÈRE</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/printing/z_report.py" line="+74" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+61" />
            <source>Clerk</source>
            <translation>Agent</translation>
        </message>
        <message>
            <location line="-60" />
            <source>User name</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opened</source>
            <translation>Ouverte le</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>Clôturée le</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+8" />
            <source>Opening float</source>
            <translation>Fonds de caisse</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Payments</source>
            <translation>Encaissements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refunds</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposits</source>
            <translation>Acomptes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cash taken</source>
            <translation>Espèces encaissées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cash paid back</source>
            <translation>Espèces rendues</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected in drawer</source>
            <translation>Attendu en caisse</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted</source>
            <translation>Compté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Note: {note}</source>
            <translation>Remarque : {note}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Z-report {report_number}</source>
            <translation>Rapport Z {report_number}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Z-REPORT (SHIFT CLOSE)</source>
            <translation>RAPPORT Z (CLÔTURE DE CAISSE)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Supervisor</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Printed {printed_at}</source>
            <translation>Imprimé le {printed_at}</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <location filename="../../hms_desktop/domain/report_builder.py" line="-18" />
            <location filename="../../hms_desktop/domain/reports.py" line="+406" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week</source>
            <translation>Semaine</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="-61" />
            <location line="+48" />
            <location line="+105" />
            <location line="+19" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Pôle</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="-184" />
            <location line="+31" />
            <location line="+60" />
            <source>Doctor</source>
            <translation>Médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="-90" />
            <location line="+12" />
            <location line="+9" />
            <source>Specialty</source>
            <translation>Spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sex</source>
            <translation>Sexe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age band</source>
            <translation>Tranche d'âge</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="+78" />
            <location line="+103" />
            <location line="+10" />
            <location line="+10" />
            <location line="+9" />
            <source>Payer</source>
            <translation>Payeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Service category</source>
            <translation>Catégorie de prestation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnosis chapter</source>
            <translation>Chapitre de diagnostic</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Patients (registered)</source>
            <translation>Patients (enregistrés)</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../hms_desktop/domain/reports.py" line="-73" />
            <source>Patients</source>
            <translation>Patients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age (years)</source>
            <translation>Âge (ans)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="-232" />
            <location line="+2" />
            <location line="+94" />
            <source>Appointments</source>
            <translation>Rendez-vous</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lead time (days)</source>
            <translation>Délai (jours)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wait (minutes)</source>
            <translation>Attente (minutes)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/services/reports/drill.py" line="+132" />
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="-20" />
            <location line="+29" />
            <location filename="../../hms_desktop/services/reports/drill.py" line="+7" />
            <source>Seen</source>
            <translation>Vus</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/reports.py" line="+29" />
            <source>Admissions</source>
            <translation>Admissions</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Length of stay (days)</source>
            <translation>Durée de séjour (jours)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discharged</source>
            <translation>Sortis</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/reports.py" line="+97" />
            <source>Encounters</source>
            <translation>Venues</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signed</source>
            <translation>Signées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Invoice lines (issued)</source>
            <translation>Lignes de facture (émises)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="-75" />
            <location line="+9" />
            <source>Lines</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/reports.py" line="-16" />
            <location line="+8" />
            <location line="+9" />
            <location line="+9" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Insurance claims</source>
            <translation>Demandes de tiers payant</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../hms_desktop/domain/reports.py" line="-158" />
            <location line="+261" />
            <location line="+20" />
            <source>Claims</source>
            <translation>Demandes</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/domain/reports.py" line="-19" />
            <source>Claimed</source>
            <translation>Demandé</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="+9" />
            <source>Rejected</source>
            <translation>Rejetées</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stock movements</source>
            <translation>Mouvements de stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Movements</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../hms_desktop/domain/reports.py" line="-85" />
            <location line="+19" />
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Choose what to report on from the list.</source>
            <translation>Choisissez dans la liste le sujet du rapport.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a measure from the list.</source>
            <translation>Choisissez une mesure dans la liste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A count needs no column.</source>
            <translation>Un comptage ne nécessite pas de colonne.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a column of {subject_label} from the list.</source>
            <translation>Choisissez une colonne de « {subject_label} » dans la liste.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A rate is the share of a yes/no column; sums and averages need a number.</source>
            <translation>Un taux est la proportion d'une colonne oui/non ; les sommes et les moyennes nécessitent un nombre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{column}” is a yes/no column: choose the rate.</source>
            <translation>« {column} » est une colonne oui/non : choisissez le taux.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at most {limit} ways to break the report down.</source>
            <translation>Choisissez au plus {limit} ventilations pour le rapport.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose how to break {subject_label} down from the list.</source>
            <translation>Choisissez dans la liste comment ventiler « {subject_label} ».</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose each way to break the report down once.</source>
            <translation>Choisissez chaque ventilation du rapport une seule fois.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose one of day, week or month.</source>
            <translation>Choisissez jour, semaine ou mois.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the filters from the lists.</source>
            <translation>Choisissez les filtres dans les listes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{subject_label} cannot be filtered by {filter}.</source>
            <translation>Impossible de filtrer « {subject_label} » par {filter}.</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../hms_desktop/domain/reports.py" line="-347" />
            <source>Choose a {filter} from the list.</source>
            <translation>Choisissez une valeur de « {filter} » dans la liste.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>This saved report is not one the builder can run.</source>
            <translation>Ce rapport enregistré ne peut pas être exécuté par le générateur de rapports.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{column} rate</source>
            <translation>Taux ({column})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sum of {column}</source>
            <translation>Somme de {column}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Average of {column}</source>
            <translation>Moyenne de {column}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{what} ({subject})</source>
            <translation>{what} ({subject})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{title} by {dimension}</source>
            <translation>{title} par {dimension}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Built in the report builder: {title}.</source>
            <translation>Créé dans le générateur de rapports : {title}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Give the report a name.</source>
            <translation>Donnez un nom au rapport.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use at most {limit} characters for the name.</source>
            <translation>Le nom ne doit pas dépasser {limit} caractères.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/domain/reports.py" line="-107" />
            <source>department</source>
            <translation>pôle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>doctor</source>
            <translation>médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specialty</source>
            <translation>spécialité</translation>
        </message>
        <message>
            <location line="+0" />
            <source>payer</source>
            <translation>payeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ward</source>
            <translation>service</translation>
        </message>
        <message>
            <location line="+94" />
            <location filename="../../hms_desktop/services/reports/builder.py" line="+56" />
            <source>The last day is before the first. Choose a range that runs forward.</source>
            <translation>Le dernier jour est antérieur au premier. Choisissez une période dans l'ordre chronologique.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/services/reports/builder.py" line="+3" />
            <source>Choose a range of at most five years.</source>
            <translation>Choisissez une période de cinq ans au plus.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The report “{title}” cannot be filtered by {filter}.</source>
            <translation>Le rapport « {title} » ne peut pas être filtré par {filter}.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>No doctor</source>
            <translation>Sans médecin</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No specialty</source>
            <translation>Sans spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No department</source>
            <translation>Sans service</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No diagnosis</source>
            <translation>Sans diagnostic</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No bed</source>
            <translation>Sans lit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No reason given</source>
            <translation>Aucun motif indiqué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(not recorded)</source>
            <translation>(non renseignée)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Patients (own share)</source>
            <translation>Patients (part personnelle)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>0-30 days</source>
            <translation>0 à 30 jours</translation>
        </message>
        <message>
            <location line="+0" />
            <source>31-60 days</source>
            <translation>31 à 60 jours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>61-90 days</source>
            <translation>61 à 90 jours</translation>
        </message>
        <message>
            <location line="+0" />
            <source>over 90 days</source>
            <translation>plus de 90 jours</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>draft</source>
            <translation>Brouillon</translation>
        </message>
        <message>
            <location line="+0" />
            <source>submitted</source>
            <translation>Transmise</translation>
        </message>
        <message>
            <location line="+1" />
            <source>approved</source>
            <translation>Acceptée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>partly approved</source>
            <translation>Partiellement acceptée</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rejected</source>
            <translation>Rejetée</translation>
        </message>
        <message>
            <location line="+0" />
            <source>paid</source>
            <translation>Payée</translation>
        </message>
        <message>
            <location line="+2" />
            <source>cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>transfer</source>
            <translation>Virement</translation>
        </message>
        <message>
            <location line="+0" />
            <source>insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deposit</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>procedure</source>
            <translation>Acte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>lab</source>
            <translation>Laboratoire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>drug</source>
            <translation>Médicament</translation>
        </message>
        <message>
            <location line="+1" />
            <source>bed_day</source>
            <translation>Journée d'hospitalisation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>consulting room</source>
            <translation>Salle de consultation</translation>
        </message>
        <message>
            <location line="+0" />
            <source>procedure room</source>
            <translation>Salle d'actes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>equipment</source>
            <translation>Équipement</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I Infectious and parasitic diseases</source>
            <translation>I Maladies infectieuses et parasitaires</translation>
        </message>
        <message>
            <location line="+0" />
            <source>II Neoplasms</source>
            <translation>II Tumeurs</translation>
        </message>
        <message>
            <location line="+1" />
            <source>III Blood and immune disorders</source>
            <translation>III Maladies du sang et du système immunitaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>IV Endocrine, nutritional and metabolic</source>
            <translation>IV Maladies endocriniennes, nutritionnelles et métaboliques</translation>
        </message>
        <message>
            <location line="+1" />
            <source>V Mental and behavioural disorders</source>
            <translation>V Troubles mentaux et du comportement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VI Nervous system</source>
            <translation>VI Système nerveux</translation>
        </message>
        <message>
            <location line="+0" />
            <source>VII Eye and adnexa</source>
            <translation>VII Œil et annexes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>VIII Ear and mastoid process</source>
            <translation>VIII Oreille et apophyse mastoïde</translation>
        </message>
        <message>
            <location line="+0" />
            <source>IX Circulatory system</source>
            <translation>IX Appareil circulatoire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>X Respiratory system</source>
            <translation>X Appareil respiratoire</translation>
        </message>
        <message>
            <location line="+0" />
            <source>XI Digestive system</source>
            <translation>XI Appareil digestif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XII Skin and subcutaneous tissue</source>
            <translation>XII Peau et tissu cellulaire sous-cutané</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XIII Musculoskeletal system</source>
            <translation>XIII Système ostéo-articulaire et muscles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XIV Genitourinary system</source>
            <translation>XIV Appareil génito-urinaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XV Pregnancy and childbirth</source>
            <translation>XV Grossesse et accouchement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XVI Perinatal conditions</source>
            <translation>XVI Affections périnatales</translation>
        </message>
        <message>
            <location line="+0" />
            <source>XVII Congenital anomalies</source>
            <translation>XVII Malformations congénitales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XVIII Symptoms and abnormal findings</source>
            <translation>XVIII Symptômes et résultats anormaux</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XIX Injury and poisoning</source>
            <translation>XIX Lésions traumatiques et empoisonnements</translation>
        </message>
        <message>
            <location line="+0" />
            <source>XX External causes</source>
            <translation>XX Causes externes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XXI Factors influencing health status</source>
            <translation>XXI Facteurs influant sur l'état de santé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>XXII Codes for special purposes</source>
            <translation>XXII Codes d'utilisation particulière</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unknown chapter</source>
            <translation>Chapitre inconnu</translation>
        </message>
        <message>
            <location line="+5" />
            <source>paid by card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+65" />
            <location line="+76" />
            <location line="+11" />
            <source>No-shows</source>
            <translation>Absents</translation>
        </message>
        <message>
            <location line="-85" />
            <location line="+11" />
            <source>Patients seen</source>
            <translation>Patients vus</translation>
        </message>
        <message>
            <location line="-10" />
            <source>Patients in the ward</source>
            <translation>Patients dans le service</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+120" />
            <source>Discharges</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <location line="-119" />
            <source>Admissions and discharges</source>
            <translation>Admissions et sorties</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+141" />
            <source>Payments</source>
            <translation>Encaissements</translation>
        </message>
        <message>
            <location line="-140" />
            <location line="+1" />
            <location line="+1" />
            <location line="+164" />
            <location line="+8" />
            <source>Invoices</source>
            <translation>Factures</translation>
        </message>
        <message>
            <location line="-171" />
            <source>Invoices owed</source>
            <translation>Factures impayées</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Patients diagnosed</source>
            <translation>Patients diagnostiqués</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New registrations</source>
            <translation>Nouvelles inscriptions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients registered or seen</source>
            <translation>Patients inscrits ou vus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Claims answered</source>
            <translation>Demandes traitées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rejected claims</source>
            <translation>Demandes rejetées</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+286" />
            <source>Paid claims</source>
            <translation>Demandes payées</translation>
        </message>
        <message>
            <location line="-267" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{noun} — {row} ({first} – {last})</source>
            <translation>{noun} — {row} ({first} – {last})</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Appointment volume by doctor and specialty</source>
            <translation>Volume de rendez-vous par médecin et spécialité</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Appointments starting in the range, by doctor and specialty, and what became of them.</source>
            <translation>Rendez-vous débutant dans la période, par médecin et spécialité, et leur issue.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../hms_desktop/services/reports/drill.py" line="-2" />
            <source>Booked</source>
            <translation>Programmé</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../hms_desktop/services/reports/drill.py" line="-4" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No-show rate by specialty by month</source>
            <translation>Taux d'absence par spécialité et par mois</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Of the appointments due in each month, the share marked a no-show, by specialty.</source>
            <translation>Parmi les rendez-vous prévus chaque mois, la part marquée absent, par spécialité.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Due</source>
            <translation>Prévus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No-show rate</source>
            <translation>Taux d'absence</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lead time from booking to appointment</source>
            <translation>Délai entre la prise de rendez-vous et le rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days between booking and the appointment, by specialty.</source>
            <translation>Jours entre la prise de rendez-vous et le rendez-vous, par spécialité.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+210" />
            <source>Average (days)</source>
            <translation>Moyenne (jours)</translation>
        </message>
        <message>
            <location line="-209" />
            <source>Median (days)</source>
            <translation>Médiane (jours)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waiting time from check-in to the doctor</source>
            <translation>Temps d'attente entre l'arrivée et le médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes between check-in and being called, by doctor.</source>
            <translation>Minutes entre l'arrivée et l'appel du patient, par médecin.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Average wait (min)</source>
            <translation>Attente moyenne (min)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Longest (min)</source>
            <translation>Maximum (min)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Bed occupancy by ward</source>
            <translation>Occupation des lits par service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed-days used over bed-days available in the range, by ward.</source>
            <translation>Journées-lits occupées rapportées aux journées-lits disponibles dans la période, par service.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+10" />
            <source>Ward</source>
            <translation>Service</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Beds</source>
            <translation>Lits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bed-days used</source>
            <translation>Journées-lits occupées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occupancy</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Average length of stay</source>
            <translation>Durée moyenne de séjour</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admissions discharged in the range: how many days they stayed, by ward of discharge.</source>
            <translation>Admissions sorties dans la période : durée du séjour en jours, par service de sortie.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Average stay (days)</source>
            <translation>Séjour moyen (jours)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+181" />
            <source>Longest (days)</source>
            <translation>Maximum (jours)</translation>
        </message>
        <message>
            <location line="-178" />
            <source>Admissions and discharges by disposition</source>
            <translation>Admissions et sorties par mode de sortie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Admissions and discharges per month; discharges by where the patient went.</source>
            <translation>Admissions et sorties par mois ; sorties selon la destination du patient.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Home</source>
            <translation>Domicile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Against advice</source>
            <translation>Contre avis médical</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deceased</source>
            <translation>Décédé</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Revenue by day and payment method</source>
            <translation>Recettes par jour et mode de paiement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payments taken each day, by method (refunds subtracted).</source>
            <translation>Encaissements de chaque jour, par mode (remboursements déduits).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Method</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Revenue by service category</source>
            <translation>Recettes par catégorie de prestation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoiced amounts (invoices issued in the range) by the fee schedule's category.</source>
            <translation>Montants facturés (factures émises dans la période) par catégorie de la grille tarifaire.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Revenue by doctor</source>
            <translation>Recettes par médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoiced amounts (invoices issued in the range) by the doctor whose service the line bills.</source>
            <translation>Montants facturés (factures émises dans la période) par médecin ayant réalisé la prestation facturée.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Revenue by payer</source>
            <translation>Recettes par payeur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoiced amounts in the range: what patients owe themselves and what each insurer covers.</source>
            <translation>Montants facturés dans la période : part restant due par les patients et part prise en charge par chaque assureur.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Outstanding balances by age</source>
            <translation>Soldes impayés par ancienneté</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Issued invoices still owed on the last day of the range, by days since issue.</source>
            <translation>Factures émises encore impayées le dernier jour de la période, par nombre de jours depuis l'émission.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+67" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location line="-65" />
            <source>Owed</source>
            <translation>Dû</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Utilisation of rooms and equipment</source>
            <translation>Utilisation des salles et équipements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bookings of each room and device in the range (cancelled ones left out) and the hours they hold.</source>
            <translation>Réservations de chaque salle et appareil dans la période (hors annulations) et heures réservées.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bookings</source>
            <translation>Réservations</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours booked</source>
            <translation>Heures réservées</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours a day</source>
            <translation>Heures par jour</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stock valuation</source>
            <translation>Valorisation du stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is in stock now, at each batch's cost, by item.</source>
            <translation>Stock actuel, au coût de chaque lot, par article.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <location line="+9" />
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+9" />
            <location line="+10" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Stock consumption</source>
            <translation>Consommation de stock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantities dispensed, issued or written off in the range, by item.</source>
            <translation>Quantités dispensées, délivrées ou sorties du stock dans la période, par article.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dispensed</source>
            <translation>Dispensé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other use</source>
            <translation>Autre usage</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Expiring batches</source>
            <translation>Lots arrivant à péremption</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Batches in stock whose expiry falls in the range.</source>
            <translation>Lots en stock dont la péremption tombe dans la période.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Batch</source>
            <translation>Lot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expires</source>
            <translation>Péremption</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Top diagnoses (ICD-10)</source>
            <translation>Diagnostics les plus fréquents (CIM-10)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The most frequent ICD-10 codes on encounters in the range.</source>
            <translation>Codes CIM-10 les plus fréquents sur les venues de la période.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ICD-10</source>
            <translation>CIM-10</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Diagnoses by ICD-10 chapter over time</source>
            <translation>Évolution des diagnostics par chapitre CIM-10</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnoses per month by ICD-10 chapter.</source>
            <translation>Diagnostics par mois et par chapitre CIM-10.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Chapter</source>
            <translation>Chapitre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnoses</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Age pyramid by sex</source>
            <translation>Pyramide des âges par sexe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients seen in the range (an appointment or an admission), by age band and sex.</source>
            <translation>Patients vus sur la période (un rendez-vous ou une admission), par tranche d'âge et par sexe.</translation>
        </message>
        <message>
            <location line="-347" />
            <location line="+351" />
            <location filename="../../hms_desktop/services/reports/drill.py" line="+14" />
            <source>Male</source>
            <translation>Homme</translation>
        </message>
        <message>
            <location line="-351" />
            <location line="+352" />
            <location filename="../../hms_desktop/services/reports/drill.py" line="+0" />
            <source>Female</source>
            <translation>Femme</translation>
        </message>
        <message>
            <location line="-351" />
            <location line="+352" />
            <location filename="../../hms_desktop/services/reports/drill.py" line="+1" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>New registrations over time</source>
            <translation>Nouvelles inscriptions dans le temps</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patients registered per month.</source>
            <translation>Patients inscrits par mois.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Registrations</source>
            <translation>Inscriptions</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Patients by area</source>
            <translation>Patients par secteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per area (the locality recorded at registration): patients registered in the range, patients on record on its last day, and visits (appointments attended) in the range.</source>
            <translation>Par secteur (la localité saisie à l'inscription) : patients inscrits sur la période, patients enregistrés à son dernier jour, et venues (rendez-vous honorés) sur la période.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Area</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered</source>
            <translation>Inscrits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On record</source>
            <translation>Au fichier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits</source>
            <translation>Venues</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Claims by status and payer</source>
            <translation>Demandes par statut et assureur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims created in the range, by payer and status.</source>
            <translation>Demandes créées sur la période, par assureur et par statut.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Claim rejection rate</source>
            <translation>Taux de rejet des demandes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Of the claims answered in the range, the share rejected (wholly or in part), by payer.</source>
            <translation>Parmi les demandes ayant reçu une réponse sur la période, la part rejetée (totalement ou partiellement), par assureur.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Answered</source>
            <translation>Avec réponse</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rejection rate</source>
            <translation>Taux de rejet</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Claim rejection reasons</source>
            <translation>Motifs de rejet des demandes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims dated in the range that the insurer rejected wholly or in part, by payer and reason.</source>
            <translation>Demandes datées de la période que l'assureur a rejetées totalement ou partiellement, par assureur et par motif.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Days to payment</source>
            <translation>Délai de paiement (jours)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Claims paid in the range: days from submission to the insurer's payment, by payer.</source>
            <translation>Demandes payées sur la période : nombre de jours entre la transmission et le paiement par l'assureur, par assureur.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/reports/builder.py" line="+50" />
            <location line="+34" />
            <source>see saved reports</source>
            <translation>voir les rapports enregistrés</translation>
        </message>
        <message>
            <location line="-25" />
            <source>save reports</source>
            <translation>enregistrer des rapports</translation>
        </message>
        <message>
            <location line="+14" />
            <source>delete saved reports</source>
            <translation>supprimer des rapports enregistrés</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+23" />
            <source>That saved report is no longer there.</source>
            <translation>Ce rapport enregistré n'existe plus.</translation>
        </message>
        <message>
            <location line="-6" />
            <source>run saved reports</source>
            <translation>exécuter des rapports enregistrés</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/reports/drill.py" line="-98" />
            <source>The report “{title}” has no list of patients behind its rows.</source>
            <translation>Le rapport « {title} » ne donne pas accès à la liste des patients derrière ses lignes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>That row is not in the report any more. Run the report again and choose the row.</source>
            <translation>Cette ligne ne figure plus dans le rapport. Exécutez à nouveau le rapport et choisissez la ligne.</translation>
        </message>
        <message>
            <location line="+80" />
            <source>Seen (one appointment)</source>
            <translation>Vu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checked in</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>With the doctor</source>
            <translation>Avec le médecin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <location line="+6" />
            <source>home</source>
            <translation>domicile</translation>
        </message>
        <message>
            <location line="+0" />
            <source>referred</source>
            <translation>transfert vers un autre établissement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>against advice</source>
            <translation>contre avis médical</translation>
        </message>
        <message>
            <location line="+1" />
            <source>deceased</source>
            <translation>décès</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not recorded</source>
            <translation>non renseignée</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Admitted</source>
            <translation>Admission</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Discharged: {disposition}</source>
            <translation>Sortie : {disposition}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{sex}, {age} on {day}</source>
            <translation>{sex}, {age} ans au {day}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Bed {bed}, still there</source>
            <translation>Lit {bed}, toujours présent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bed {bed}, until {time}</source>
            <translation>Lit {bed}, jusqu'au {time}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Invoice {number}, {status}: {reason}</source>
            <translation>Facture {number}, {status} : {reason}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Invoice {number}, {status}</source>
            <translation>Facture {number}, {status}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invoice {number}, claimed {amount}</source>
            <translation>Facture {number}, {amount} demandés</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Invoice {number}, paid after {days} days</source>
            <translation>Facture {number}, payée après {days} jours</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{code} (primary), {doctor}</source>
            <translation>{code} (principal), {doctor}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{code}, {doctor}</source>
            <translation>{code}, {doctor}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Booked {days} days before, with {doctor}</source>
            <translation>Pris {days} jours avant, avec {doctor}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stayed {days} days</source>
            <translation>Séjour de {days} jours</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Merged into {mrn}</source>
            <translation>Fusionné avec {mrn}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No-show with {doctor}</source>
            <translation>Absent chez {doctor}</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Invoice {number}: {owed} owed, %n day</source>
            <translation>
                <numerusform>Facture {number} : {owed} dus, %n jour</numerusform>
                <numerusform>Facture {number} : {owed} dus, %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Invoice {number}: {owed} owed, %n days</source>
            <translation>
                <numerusform>Facture {number} : {owed} dus, %n jour</numerusform>
                <numerusform>Facture {number} : {owed} dus, %n jours</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Registered in the range</source>
            <translation>Inscrit sur la période</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n visit</source>
            <translation>
                <numerusform>%n visite</numerusform>
                <numerusform>%n visites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n visits</source>
            <translation>
                <numerusform>%n visite</numerusform>
                <numerusform>%n visites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Invoice {number}: %n line, {amount}</source>
            <translation>
                <numerusform>Facture {number} : %n ligne, {amount}</numerusform>
                <numerusform>Facture {number} : %n lignes, {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Invoice {number}: %n lines, {amount}</source>
            <translation>
                <numerusform>Facture {number} : %n ligne, {amount}</numerusform>
                <numerusform>Facture {number} : %n lignes, {amount}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>Refund of {amount}, deposit</source>
            <translation>Remboursement de {amount}, acompte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment of {amount}, deposit</source>
            <translation>Paiement de {amount}, acompte</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Refund of {amount}, invoice {number}</source>
            <translation>Remboursement de {amount}, facture {number}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payment of {amount}, invoice {number}</source>
            <translation>Paiement de {amount}, facture {number}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Invoice {number}: {amount}</source>
            <translation>Facture {number} : {amount}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Waited {minutes} min</source>
            <translation>Attente de {minutes} min</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/reports/export.py" line="+46" />
            <source>{first} to {last}</source>
            <translation>Du {first} au {last}</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Range and filters</source>
            <translation>Période et filtres</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose CSV, XLSX or PDF.</source>
            <translation>Choisissez CSV, XLSX ou PDF.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The file could not be written ({strerror}). Choose another folder.</source>
            <translation>Impossible d'enregistrer le fichier ({strerror}). Choisissez un autre dossier.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>print this report</source>
            <translation>imprimer ce rapport</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/reports/run.py" line="+45" />
            <source>The report was cancelled.</source>
            <translation>Le rapport a été annulé.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>There is no report called “{name}”. `hms report list` lists them.</source>
            <translation>Il n'existe aucun rapport nommé « {name} ». `hms report list` en donne la liste.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>There is no report called “{name}”.</source>
            <translation>Il n'existe aucun rapport nommé « {name} ».</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/reports/source.py" line="+35" />
            <source>Reports run on the read replica {where}, which cannot be reached. They are not run on the main server instead, so the desks are never slowed by them. Try again later, or ask the administrator to check the replica (or remove it from the server profile).</source>
            <translation>Les rapports s'exécutent sur le réplica en lecture {where}, qui est injoignable. Ils ne sont pas exécutés sur le serveur principal à la place, afin de ne jamais ralentir les guichets. Réessayez plus tard, ou demandez à l'administrateur de vérifier le réplica (ou de le retirer du profil de serveur).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The server named as the read replica ({where}) is not a replica: it accepts writes, so it may be the main server, or a replica promoted after a failover. Reports are not run there. Ask the administrator to correct the server profile.</source>
            <translation>Le serveur indiqué comme réplica en lecture ({where}) n'est pas un réplica : il accepte les écritures, il s'agit donc peut-être du serveur principal, ou d'un réplica promu après une bascule. Les rapports n'y sont pas exécutés. Demandez à l'administrateur de corriger le profil de serveur.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The read replica had to stop this report to keep replaying the main server's changes. Run it again; if it keeps happening, ask the administrator to raise max_standby_streaming_delay or turn on hot_standby_feedback on the replica.</source>
            <translation>Le réplica en lecture a dû interrompre ce rapport pour continuer à rejouer les modifications du serveur principal. Exécutez-le à nouveau ; si cela se reproduit, demandez à l'administrateur d'augmenter max_standby_streaming_delay ou d'activer hot_standby_feedback sur le réplica.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/reports/summary.py" line="+54" />
            <source>see how far the report summary reaches</source>
            <translation>voir jusqu'où va la synthèse des rapports</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+13" />
            <source>refresh the report summary</source>
            <translation>actualiser la synthèse des rapports</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <location filename="../../hms_desktop/services/admissions.py" line="+44" />
            <source>General</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ICU</source>
            <translation>Réanimation</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maternity</source>
            <translation>Maternité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Isolation</source>
            <translation>Isolement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Occupied</source>
            <translation>Occupé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cleaning</source>
            <translation>En nettoyage</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out of service</source>
            <translation>Hors service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Home</source>
            <translation>Domicile</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referred</source>
            <translation>Transféré</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deceased</source>
            <translation>Décédé</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left against medical advice</source>
            <translation>Sortie contre avis médical</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This patient is already admitted.</source>
            <translation>Ce patient est déjà hospitalisé.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This bed was just taken by another admission. Choose another bed.</source>
            <translation>Ce lit vient d'être attribué à une autre admission. Choisissez un autre lit.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else changed these beds at the same moment; nothing was saved. Look at the bed board again and retry.</source>
            <translation>Quelqu'un d'autre a modifié ces lits au même moment ; rien n'a été enregistré. Consultez à nouveau le tableau des lits et réessayez.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>{ward} · {room} · bed {label}</source>
            <translation>{ward} · {room} · lit {label}</translation>
        </message>
        <message>
            <location line="+71" />
            <location line="+30" />
            <source>see the bed board</source>
            <translation>voir le tableau des lits</translation>
        </message>
        <message>
            <location line="-16" />
            <source>see the free beds</source>
            <translation>voir les lits libres</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a bed type from the list.</source>
            <translation>Choisissez un type de lit dans la liste.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+153" />
            <location line="+33" />
            <location line="+56" />
            <source>This bed no longer exists. Reload the bed board.</source>
            <translation>Ce lit n'existe plus. Rechargez le tableau des lits.</translation>
        </message>
        <message>
            <location line="-230" />
            <source>see the list of doctors</source>
            <translation>voir la liste des médecins</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+8" />
            <location line="+14" />
            <location filename="../../hms_desktop/services/patients/overview.py" line="+28" />
            <source>see admissions</source>
            <translation>voir les admissions</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+113" />
            <source>This admission no longer exists.</source>
            <translation>Cette admission n'existe plus.</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Bed {bed_label} ({ward}, {room})</source>
            <translation>Lit {bed_label} ({ward}, {room})</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{bed_words} has been retired. Choose another bed.</source>
            <translation>{bed_words} a été archivé. Choisissez un autre lit.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{bed_words} is waiting to be cleaned. Choose another bed, or mark it ready on the bed board once it is clean.</source>
            <translation>{bed_words} attend d'être nettoyé. Choisissez un autre lit, ou marquez-le prêt sur le tableau des lits une fois nettoyé.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{bed_words} is out of service. Choose another bed.</source>
            <translation>{bed_words} est hors service. Choisissez un autre lit.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the attending doctor from the list.</source>
            <translation>Choisissez le médecin responsable dans la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This doctor's account is deactivated; choose another doctor.</source>
            <translation>Le compte de ce médecin est désactivé ; choisissez un autre médecin.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>admit patients</source>
            <translation>admettre des patients</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the reason for admission.</source>
            <translation>Saisissez le motif d'admission.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the reason under {limit} characters; details belong in the notes.</source>
            <translation>Limitez le motif à {limit} caractères ; les détails vont dans les notes.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The expected stay is between 0 and {limit} days.</source>
            <translation>La durée de séjour prévue est comprise entre 0 et {limit} jours.</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../hms_desktop/services/scheduling/booking.py" line="+117" />
            <location filename="../../hms_desktop/services/scheduling/waiting_list.py" line="+64" />
            <source>This patient record no longer exists.</source>
            <translation>Ce dossier patient n'existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This record was merged into another one. Admit the patient on the record it was merged into.</source>
            <translation>Ce dossier a été fusionné dans un autre. Admettez le patient sur le dossier dans lequel il a été fusionné.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>This patient has already been discharged. Reload to see the latest state.</source>
            <translation>Ce patient est déjà sorti. Rechargez pour voir l'état le plus récent.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>transfer patients</source>
            <translation>transférer des patients</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The patient is in this bed already. Choose another bed.</source>
            <translation>Le patient occupe déjà ce lit. Choisissez un autre lit.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>discharge patients</source>
            <translation>faire sortir des patients</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose where the patient is going.</source>
            <translation>Choisissez la destination du patient.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a short discharge summary (what was done, what happens next).</source>
            <translation>Rédigez un bref compte rendu de sortie (ce qui a été fait, la suite).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The summary is too long (at most {limit} characters).</source>
            <translation>Le compte rendu est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+22" />
            <source>change the status of beds</source>
            <translation>modifier le statut des lits</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A bed can be marked free, cleaning or out of service.</source>
            <translation>Un lit peut être marqué libre, en nettoyage ou hors service.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{bed_words} has a patient in it. Transfer or discharge the patient first.</source>
            <translation>{bed_words} est occupé par un patient. Transférez le patient ou faites-le sortir d'abord.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{bed_words} has been retired by an administrator. Reload the bed board.</source>
            <translation>{bed_words} a été archivé par un administrateur. Rechargez le tableau des lits.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/audit.py" line="+56" />
            <source>The audit trail is intact ({checked} entries checked).</source>
            <translation>Le journal d'audit est intact ({checked} entrées vérifiées).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Entry {id} does not follow the entry before it: an entry was removed or reordered.</source>
            <translation>L'entrée {id} ne fait pas suite à l'entrée précédente : une entrée a été supprimée ou déplacée.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Entry {id} was changed after it was written.</source>
            <translation>L'entrée {id} a été modifiée après son écriture.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The entry anchored at {anchored_at} is still its entry {entry}, unchanged.</source>
            <translation>L'entrée ancrée le {anchored_at} est toujours l'entrée {entry}, inchangée.</translation>
        </message>
        <message>
            <location line="+69" />
            <location line="+8" />
            <source>read the audit trail</source>
            <translation>consulter le journal d'audit</translation>
        </message>
        <message>
            <location line="+13" />
            <source>export the audit trail</source>
            <translation>exporter le journal d'audit</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Could not write {path}: {strerror}.</source>
            <translation>Impossible d'écrire {path} : {strerror}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>anchor the audit trail</source>
            <translation>ancrer le journal d'audit</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The audit trail is empty: there is nothing to anchor.</source>
            <translation>Le journal d'audit est vide : il n'y a rien à ancrer.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Could not read the anchor file {path}: {strerror}.</source>
            <translation>Impossible de lire le fichier d'ancrage {path} : {strerror}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Could not write the anchor file {path}: {strerror}.</source>
            <translation>Impossible d'écrire le fichier d'ancrage {path} : {strerror}.</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../hms_desktop/services/doctors.py" line="+381" />
            <source>The last day is before the first day.</source>
            <translation>Le dernier jour est antérieur au premier jour.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A record number has at most {limit} digits.</source>
            <translation>Un numéro de dossier compte au plus {limit} chiffres.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No patient has the record number {mrn}.</source>
            <translation>Aucun patient n'a le numéro de dossier {mrn}.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/auth.py" line="+33" />
            <source>The user name or password is not right, or the account is not active.</source>
            <translation>L'identifiant ou le mot de passe est incorrect, ou le compte n'est pas actif.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Your account does not belong to the hospital database “{database}” on this server; it was made for another database. Choose your hospital's server profile (Servers…), or ask your administrator.</source>
            <translation>Votre compte n'appartient pas à la base de données hospitalière « {database} » de ce serveur ; il a été créé pour une autre base. Choisissez le profil de serveur de votre hôpital (Serveurs…), ou adressez-vous à votre administrateur.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The server has no database “{target_database}”. Check the connection profile.</source>
            <translation>Le serveur n'a pas de base de données « {target_database} ». Vérifiez le profil de connexion.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A secure (TLS) connection to the server could not be made: check the profile's SSL mode and CA certificate, or ask the administrator.</source>
            <translation>Impossible d'établir une connexion sécurisée (TLS) avec le serveur : vérifiez le mode SSL et le certificat de l'autorité (CA) du profil, ou adressez-vous à l'administrateur.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot reach the database server ({describe}). Check the network, or ask the administrator whether the server is running.</source>
            <translation>Le serveur de base de données est injoignable ({describe}). Vérifiez le réseau, ou demandez à l'administrateur si le serveur fonctionne.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Enter your user name and password.</source>
            <translation>Saisissez votre identifiant et votre mot de passe.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>The new password must differ from the current one.</source>
            <translation>Le nouveau mot de passe doit être différent de l'actuel.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The current password is not right.</source>
            <translation>Le mot de passe actuel est incorrect.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/backup.py" line="+94" />
            <source>Restored {tables} tables into the database {database}.</source>
            <translation>{tables} tables restaurées dans la base de données {database}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>These staff accounts have no login on this server yet, so they cannot log in until an administrator gives them one: {names}.</source>
            <translation>Ces comptes du personnel n'ont pas encore d'identifiant de connexion sur ce serveur ; ils ne pourront pas se connecter tant qu'un administrateur ne leur en aura pas donné un : {names}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Cannot connect to {describe} as {who_username}: {value}</source>
            <translation>Impossible de se connecter à {describe} en tant que {who_username} : {value}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>{program} (version {major})</source>
            <translation>{program} (version {major})</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No {name} of PostgreSQL {server_major} or newer was found (the server runs {server_major}; found: {join}). Install the PostgreSQL {server_major} client programs.</source>
            <translation>Aucun {name} de PostgreSQL {server_major} ou plus récent n'a été trouvé (le serveur exécute la version {server_major} ; trouvés : {join}). Installez les programmes clients de PostgreSQL {server_major}.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{verb} cancelled.</source>
            <translation>{verb} : opération annulée.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{verb}: table {table} ({done} of {total})</source>
            <translation>{verb} : table {table} ({done} sur {total})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{verb} failed: {detail}</source>
            <translation>{verb} : échec ({detail})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cannot use the folder {out_dir}: {strerror}.</source>
            <translation>Impossible d'utiliser le dossier {out_dir} : {strerror}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Backing up {tables_count} tables…</source>
            <translation>Sauvegarde de {tables_count} tables…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Backup</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cannot write the backup in {out_dir}: {strerror}.</source>
            <translation>Impossible d'écrire la sauvegarde dans {out_dir} : {strerror}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Backup written: {final_name}</source>
            <translation>Sauvegarde enregistrée : {final_name}</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Keep at least one backup.</source>
            <translation>Conservez au moins une sauvegarde.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>There is no backup file {file}.</source>
            <translation>Le fichier de sauvegarde {file} n'existe pas.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Cannot create the database {target_database}: {diag_message_primary}.</source>
            <translation>Impossible de créer la base de données {target_database} : {diag_message_primary}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restoring needs an account that may create roles (a superuser): {diag_message_primary}.</source>
            <translation>La restauration nécessite un compte autorisé à créer des rôles (un superutilisateur) : {diag_message_primary}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{file_name} is not a backup this program can read ({value}).</source>
            <translation>{file_name} n'est pas une sauvegarde lisible par ce programme ({value}).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The database {target_database} is not empty: it has tables. Nothing was restored. Restore into a new database, or give --force to replace its contents.</source>
            <translation>La base de données {target_database} n'est pas vide : elle contient des tables. Rien n'a été restauré. Restaurez dans une nouvelle base de données, ou indiquez --force pour remplacer son contenu.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Restoring {total} tables…</source>
            <translation>Restauration de {total} tables…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Restore</source>
            <translation>Restauration</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Restore finished.</source>
            <translation>Restauration terminée.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This workstation works on a shared server. Back it up on the server, with an account that can read every table: hms backup --url postgresql://OWNER@HOST/DATABASE --out FOLDER.</source>
            <translation>Ce poste travaille sur un serveur partagé. Effectuez la sauvegarde sur le serveur, avec un compte autorisé à lire toutes les tables : hms backup --url postgresql://OWNER@HOST/DATABASE --out FOLDER.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>see the database's backups</source>
            <translation>voir les sauvegardes de la base de données</translation>
        </message>
        <message>
            <location line="+17" />
            <source>back up the database</source>
            <translation>sauvegarder la base de données</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{value} KB</source>
            <translation>{value} Ko</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{value} MB</source>
            <translation>{value} Mo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{value} GB</source>
            <translation>{value} Go</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/catalogues.py" line="+41" />
            <source>Someone else changed this {what} while you were editing it. Nothing of yours was saved; compare and save again.</source>
            <translation>Quelqu'un d'autre a modifié cet élément ({what}) pendant que vous le modifiiez. Aucune de vos modifications n'a été enregistrée ; comparez et enregistrez à nouveau.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This {what} no longer exists. Reload the list.</source>
            <translation>Cet élément ({what}) n'existe plus. Rechargez la liste.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>test</source>
            <translation>examen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specialty</source>
            <translation>spécialité</translation>
        </message>
        <message>
            <location line="+1" />
            <source>room or device</source>
            <translation>salle ou équipement</translation>
        </message>
        <message>
            <location line="+107" />
            <source>manage the lab test catalogue</source>
            <translation>gérer le catalogue des examens biologiques</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+17" />
            <source>change the lab test catalogue</source>
            <translation>modifier le catalogue des examens biologiques</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Another test already has the code {code}.</source>
            <translation>Un autre examen a déjà le code {code}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>There is no service with the fee code {fee_code} in Fees and prices. Add it there first, or leave this empty.</source>
            <translation>Aucune prestation n'a le code tarifaire {fee_code} dans Prestations et tarifs. Ajoutez-la d'abord, ou laissez ce champ vide.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>manage the specialties</source>
            <translation>gérer les spécialités</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+12" />
            <source>change the specialties</source>
            <translation>modifier les spécialités</translation>
        </message>
        <message>
            <location line="-9" />
            <source>There is already a specialty called {name}.</source>
            <translation>Une spécialité nommée {name} existe déjà.</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+7" />
            <source>manage the rooms and equipment</source>
            <translation>gérer les salles et équipements</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+12" />
            <source>change the rooms and equipment</source>
            <translation>modifier les salles et équipements</translation>
        </message>
        <message>
            <location line="-9" />
            <source>There is already a room or device called {name}.</source>
            <translation>Une salle ou un appareil nommé {name} existe déjà.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/consultation/chart.py" line="+26" />
            <location filename="../../hms_desktop/services/consultation/encounters.py" line="+82" />
            <location filename="../../hms_desktop/services/prescribing/medications.py" line="+91" />
            <location filename="../../hms_desktop/services/prescribing/prescriptions.py" line="+191" />
            <location line="+39" />
            <location filename="../../hms_desktop/services/printing.py" line="+103" />
            <source>This patient record no longer exists. Search for the patient again.</source>
            <translation>Ce dossier patient n'existe plus. Recherchez à nouveau le patient.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>open patient charts</source>
            <translation>ouvrir des dossiers patients</translation>
        </message>
        <message>
            <location line="+24" />
            <source>read patient charts</source>
            <translation>consulter des dossiers patients</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/consultation/common.py" line="+22" />
            <location filename="../../hms_desktop/services/labs/use_cases.py" line="+75" />
            <source>This encounter no longer exists.</source>
            <translation>Cette venue n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/consultation/encounters.py" line="-39" />
            <source>This encounter was signed and can no longer be changed; add an addendum instead.</source>
            <translation>Cette venue a été signée et ne peut plus être modifiée ; ajoutez plutôt un addendum.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This encounter was saved from another window or workstation since you opened it. Reload it; your last changes were not saved.</source>
            <translation>Cette venue a été enregistrée depuis une autre fenêtre ou un autre poste depuis que vous l'avez ouverte. Rechargez-la ; vos dernières modifications n'ont pas été enregistrées.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only the doctor of an encounter can change or sign it; add an addendum instead.</source>
            <translation>Seul le médecin de la venue peut la modifier ou la signer ; ajoutez plutôt un addendum.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>start consultations</source>
            <translation>commencer des consultations</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start the consultation from the appointment or from the admission, not both.</source>
            <translation>Commencez la consultation depuis le rendez-vous ou depuis l'admission, pas les deux.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../hms_desktop/services/scheduling/booking.py" line="+111" />
            <location line="+15" />
            <location filename="../../hms_desktop/services/scheduling/calendars.py" line="+80" />
            <location filename="../../hms_desktop/services/scheduling/waiting_list.py" line="+24" />
            <source>This appointment no longer exists.</source>
            <translation>Ce rendez-vous n'existe plus.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A consultation starts from a checked-in appointment; check the patient in first.</source>
            <translation>Une consultation commence à partir d'un rendez-vous enregistré à l'arrivée ; enregistrez d'abord l'arrivée du patient.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This patient is not in hospital under this admission any more.</source>
            <translation>Ce patient n'est plus hospitalisé au titre de cette admission.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>write consultation notes</source>
            <translation>rédiger des notes de consultation</translation>
        </message>
        <message>
            <location line="+15" />
            <source>record vital signs</source>
            <translation>saisir des constantes</translation>
        </message>
        <message>
            <location line="+14" />
            <source>record diagnoses</source>
            <translation>saisir des diagnostics</translation>
        </message>
        <message>
            <location line="+13" />
            <source>sign consultations</source>
            <translation>signer des consultations</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Record at least the primary diagnosis before signing.</source>
            <translation>Enregistrez au moins le diagnostic principal avant de signer.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Signed; the consultation was charged.</source>
            <translation>Signée ; la consultation a été facturée.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signed. Your profile has no consultation fee code, so nothing was charged: tell the billing office.</source>
            <translation>Signée. Votre profil n'a pas de code tarifaire de consultation, rien n'a donc été facturé : prévenez le service de facturation.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>add addenda</source>
            <translation>ajouter des addenda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write the addendum.</source>
            <translation>Rédigez l'addendum.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An addendum can be at most {limit} characters.</source>
            <translation>Un addendum compte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This encounter is still a draft: change the draft itself instead of adding an addendum.</source>
            <translation>Cette venue est encore un brouillon : modifiez le brouillon lui-même au lieu d'ajouter un addendum.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>read consultations</source>
            <translation>lire les consultations</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/consultation/history.py" line="+38" />
            <source>Someone else changed this allergy since you opened it. Reload it and try again.</source>
            <translation>Quelqu'un d'autre a modifié cette allergie depuis que vous l'avez ouverte. Rechargez-la et réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed this entry since you opened it. Reload it and try again.</source>
            <translation>Quelqu'un d'autre a modifié cette entrée depuis que vous l'avez ouverte. Rechargez-la et réessayez.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This entry is no longer recorded.</source>
            <translation>Cette entrée n'est plus enregistrée.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>record allergies</source>
            <translation>saisir des allergies</translation>
        </message>
        <message>
            <location line="+17" />
            <source>confirm allergies</source>
            <translation>confirmer des allergies</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+46" />
            <source>This allergy is no longer recorded.</source>
            <translation>Cette allergie n'est plus enregistrée.</translation>
        </message>
        <message>
            <location line="-37" />
            <source>record that a patient has no known allergies</source>
            <translation>indiquer qu'un patient n'a aucune allergie connue</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This patient has active allergies recorded. Mark them inactive or refuted first.</source>
            <translation>Ce patient a des allergies actives enregistrées. Marquez-les d'abord comme inactives ou infirmées.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>record problems and past illnesses</source>
            <translation>saisir des problèmes et antécédents médicaux</translation>
        </message>
        <message>
            <location line="+15" />
            <source>change allergies</source>
            <translation>modifier des allergies</translation>
        </message>
        <message>
            <location line="+17" />
            <source>change problems and past illnesses</source>
            <translation>modifier des problèmes et antécédents médicaux</translation>
        </message>
        <message>
            <location line="+19" />
            <source>read patient histories</source>
            <translation>consulter les antécédents des patients</translation>
        </message>
        <message>
            <location line="+15" />
            <source>record family history</source>
            <translation>saisir des antécédents familiaux</translation>
        </message>
        <message>
            <location line="+13" />
            <source>change family history</source>
            <translation>modifier des antécédents familiaux</translation>
        </message>
        <message>
            <location line="+18" />
            <source>record social history</source>
            <translation>saisir le mode de vie</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/consultation/worklist.py" line="+15" />
            <source>see admitted patients</source>
            <translation>voir les patients hospitalisés</translation>
        </message>
        <message>
            <location line="+14" />
            <source>see a patient's printed documents</source>
            <translation>voir les documents imprimés d'un patient</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/context.py" line="+41" />
            <source>Database owner</source>
            <translation>Propriétaire de la base</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{either} or {other}</source>
            <translation>{either} ou {other}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only a {who} can {action}.</source>
            <translation>Seul le profil {who} peut {action}.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/dashboard.py" line="+96" />
            <source>see the dashboard</source>
            <translation>voir le tableau de bord</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/demo.py" line="+160" />
            <source>load demo data</source>
            <translation>charger des données de démonstration</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The number of patients cannot be negative.</source>
            <translation>Le nombre de patients ne peut pas être négatif.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/doctors.py" line="-347" />
            <source>Someone else changed this profile while you were editing it. Reload it and try again.</source>
            <translation>Quelqu'un d'autre a modifié ce profil pendant que vous le modifiiez. Rechargez-le et réessayez.</translation>
        </message>
        <message>
            <location line="+79" />
            <source>There is no such staff member.</source>
            <translation>Ce membre du personnel n'existe pas.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>see doctor profiles</source>
            <translation>voir les profils des médecins</translation>
        </message>
        <message>
            <location line="+15" />
            <source>edit doctor profiles</source>
            <translation>modifier les profils des médecins</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You can only edit your own profile.</source>
            <translation>Vous ne pouvez modifier que votre propre profil.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Keep the qualifications under {limit} characters.</source>
            <translation>Limitez les qualifications à {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Keep the notes under {limit} characters.</source>
            <translation>Limitez les notes à {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The registration number is too long (at most {limit} characters).</source>
            <translation>Le numéro d'inscription est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The fee code is too long (at most {limit} characters).</source>
            <translation>Le code tarifaire est trop long ({limit} caractères au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+101" />
            <location line="+125" />
            <source>A slot is 5 to 240 minutes long.</source>
            <translation>Un créneau dure de 5 à 240 minutes.</translation>
        </message>
        <message>
            <location line="-214" />
            <source>Your profile has not been set up yet. Ask an administrator to create it.</source>
            <translation>Votre profil n'a pas encore été configuré. Demandez à un administrateur de le créer.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>change a doctor's specialties and rooms</source>
            <translation>modifier les spécialités et salles d'un médecin</translation>
        </message>
        <message>
            <location line="+22" />
            <source>add specialties</source>
            <translation>ajouter des spécialités</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the specialty's name (up to 100 characters).</source>
            <translation>Saisissez le nom de la spécialité (100 caractères au plus).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>change the slot length of specialties</source>
            <translation>modifier la durée des créneaux des spécialités</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n of these specialties no longer exists. Reload and try again.</source>
            <translation>
                <numerusform>%n de ces spécialités n'existe plus. Rechargez et réessayez.</numerusform>
                <numerusform>%n de ces spécialités n'existent plus. Rechargez et réessayez.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n of these specialties no longer exist. Reload and try again.</source>
            <translation>
                <numerusform>%n de ces spécialités n'existe plus. Rechargez et réessayez.</numerusform>
                <numerusform>%n de ces spécialités n'existent plus. Rechargez et réessayez.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>change a doctor's specialties</source>
            <translation>modifier les spécialités d'un médecin</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../hms_desktop/services/scheduling/resources.py" line="+97" />
            <source>see rooms and equipment</source>
            <translation>voir les salles et équipements</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add rooms and equipment</source>
            <translation>ajouter des salles et équipements</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter a name (up to 100 characters).</source>
            <translation>Saisissez un nom (100 caractères au plus).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose consulting room, procedure room or equipment.</source>
            <translation>Choisissez salle de consultation, salle d'actes ou équipement.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>change a doctor's rooms</source>
            <translation>modifier les salles d'un médecin</translation>
        </message>
        <message>
            <location line="+28" />
            <source>see working hours</source>
            <translation>voir les horaires de travail</translation>
        </message>
        <message>
            <location line="+28" />
            <location filename="../../hms_desktop/services/scheduling/calendars.py" line="+5" />
            <location line="+7" />
            <source>see appointments</source>
            <translation>voir les rendez-vous</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Choose a day of the week.</source>
            <translation>Choisissez un jour de la semaine.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The session must end after it starts.</source>
            <translation>La plage doit se terminer après son début.</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+15" />
            <location line="+54" />
            <source>change working hours</source>
            <translation>modifier les horaires de travail</translation>
        </message>
        <message>
            <location line="-50" />
            <source>This session no longer exists.</source>
            <translation>Cette plage n'existe plus.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Someone else changed these hours. Reload them and try again.</source>
            <translation>Quelqu'un d'autre a modifié ces horaires. Rechargez-les et réessayez.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>A session you changed no longer exists. Nothing was saved; reload the hours.</source>
            <translation>Une plage que vous avez modifiée n'existe plus. Rien n'a été enregistré ; rechargez les horaires.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed these hours. Nothing was saved; reload them and try again.</source>
            <translation>Quelqu'un d'autre a modifié ces horaires. Rien n'a été enregistré ; rechargez-les et réessayez.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>An absence you removed was already gone. Nothing was saved; reload the hours.</source>
            <translation>Une absence que vous avez supprimée n'existait déjà plus. Rien n'a été enregistré ; rechargez les horaires.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>see absences</source>
            <translation>voir les absences</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The times have no time zone; this is a bug in the calling screen.</source>
            <translation>Les heures n'ont pas de fuseau horaire ; il s'agit d'un bogue de l'écran appelant.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The absence must end after it starts.</source>
            <translation>L'absence doit se terminer après son début.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose leave, training, public holiday or other.</source>
            <translation>Choisissez congé, formation, jour férié ou autre.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/services/scheduling/waiting_list.py" line="-30" />
            <source>Keep the note under {limit} characters.</source>
            <translation>Limitez la note à {limit} caractères.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+11" />
            <source>record absences</source>
            <translation>saisir des absences</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This absence no longer exists.</source>
            <translation>Cette absence n'existe plus.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/errors.py" line="+47" />
            <source>You have no appointment or admission with this patient today. Say why you are opening this chart: an emergency, covering for a colleague, or another reason. It is recorded.</source>
            <translation>Vous n'avez aucun rendez-vous ni admission avec ce patient aujourd'hui. Indiquez pourquoi vous ouvrez ce dossier : une urgence, le remplacement d'un collègue, ou un autre motif. Ce motif est enregistré.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Your account was deactivated by an administrator.</source>
            <translation>Votre compte a été désactivé par un administrateur.</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>Too many failed attempts. Wait %n second before trying again.</source>
            <translation>
                <numerusform>Trop de tentatives échouées. Patientez %n seconde avant de réessayer.</numerusform>
                <numerusform>Trop de tentatives échouées. Patientez %n secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Too many failed attempts. Wait %n seconds before trying again.</source>
            <translation>
                <numerusform>Trop de tentatives échouées. Patientez %n seconde avant de réessayer.</numerusform>
                <numerusform>Trop de tentatives échouées. Patientez %n secondes avant de réessayer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>The connection to the database was lost. Nothing was saved; what you typed is kept. Try again when the status bar shows “Connected”.</source>
            <translation>La connexion à la base de données a été perdue. Rien n'a été enregistré ; votre saisie est conservée. Réessayez quand la barre d'état affiche « Connecté ».</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The server did not answer in time. Nothing was saved; what you typed is kept.</source>
            <translation>Le serveur n'a pas répondu à temps. Rien n'a été enregistré ; votre saisie est conservée.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>Someone else changed this record while you were editing it. Reload it and try again; your changes were not saved.</source>
            <translation>Quelqu'un d'autre a modifié cet enregistrement pendant que vous le modifiiez. Rechargez-le et réessayez ; vos modifications n'ont pas été enregistrées.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Your account is not allowed to do this. Ask an administrator if you need it.</source>
            <translation>Votre compte n'est pas autorisé à effectuer cette action. Adressez-vous à un administrateur si vous en avez besoin.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else is changing this right now. Nothing was saved; try again in a moment.</source>
            <translation>Quelqu'un d'autre est en train de modifier cet élément. Rien n'a été enregistré ; réessayez dans un instant.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The database took too long to answer, so the request was stopped. Nothing was saved; what you typed is kept. Try again, and tell an administrator if it happens again.</source>
            <translation>La base de données a mis trop de temps à répondre, la requête a donc été interrompue. Rien n'a été enregistré ; votre saisie est conservée. Réessayez, et prévenez un administrateur si cela se reproduit.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This time overlaps another booking.</source>
            <translation>Cet horaire chevauche une autre réservation.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This record already exists.</source>
            <translation>Cet enregistrement existe déjà.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Something unexpected went wrong; it has been logged. Please try again, and tell an administrator if it happens again.</source>
            <translation>Une erreur inattendue s'est produite ; elle a été journalisée. Veuillez réessayer, et prévenez un administrateur si cela se reproduit.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/hospital_logo.py" line="+69" />
            <source>The file is empty. Choose a PNG or JPEG image of the logo.</source>
            <translation>Le fichier est vide. Choisissez une image PNG ou JPEG du logo.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+57" />
            <source>The file is too large ({value} MB). Choose an image of at most {value2} MB.</source>
            <translation>Le fichier est trop volumineux ({value} Mo). Choisissez une image de {value2} Mo au plus.</translation>
        </message>
        <message>
            <location line="-50" />
            <source>This is a {kind} image the printouts cannot use. Choose a PNG or JPEG image (save it as PNG from your drawing program).</source>
            <translation>Cette image ({kind}) n'est pas utilisable pour les impressions. Choisissez une image PNG ou JPEG (enregistrez-la au format PNG depuis votre logiciel de dessin).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is a kind of image the printouts cannot use. Choose a PNG or JPEG image (save it as PNG from your drawing program).</source>
            <translation>Les impressions ne peuvent pas utiliser ce type d'image. Choisissez une image PNG ou JPEG (enregistrez-la en PNG depuis votre logiciel de dessin).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The image is too large ({value} × {value2} pixels). Choose one of at most {source_max_side} pixels a side.</source>
            <translation>L'image est trop grande ({value} × {value2} pixels). Choisissez-en une de {source_max_side} pixels de côté au plus.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file is not a PNG or JPEG image. Choose the logo as a .png or .jpg file.</source>
            <translation>Ce fichier n'est pas une image PNG ou JPEG. Choisissez le logo sous forme de fichier .png ou .jpg.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The image is damaged and cannot be read. Save it again as PNG or JPEG and choose it again.</source>
            <translation>L'image est endommagée et illisible. Enregistrez-la de nouveau en PNG ou JPEG, puis choisissez-la à nouveau.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Even scaled down, the image is too large to store. Choose a simpler logo (fewer colours, no photograph).</source>
            <translation>Même réduite, l'image est trop volumineuse pour être enregistrée. Choisissez un logo plus simple (moins de couleurs, pas de photo).</translation>
        </message>
        <message>
            <location line="+16" />
            <source>change the logo printed on documents</source>
            <translation>modifier le logo imprimé sur les documents</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The file could not be read: {strerror}. Choose another file.</source>
            <translation>Le fichier n'a pas pu être lu : {strerror}. Choisissez un autre fichier.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>remove the logo printed on documents</source>
            <translation>retirer le logo imprimé sur les documents</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/inventory.py" line="+41" />
            <source>manage pharmacy and stores stock</source>
            <translation>gérer les stocks de la pharmacie et des magasins</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name} was changed by someone else while you were editing it ({who}). The list has been reloaded: check it and make your change again.</source>
            <translation>Quelqu'un d'autre a modifié « {name} » pendant votre saisie ({who}). La liste a été rechargée : vérifiez-la et refaites votre modification.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dispensing needs the dispensing permission; an administrator grants it on the Users page.</source>
            <translation>La dispensation nécessite le droit de dispensation ; un administrateur l'accorde dans la page Utilisateurs.</translation>
        </message>
        <message>
            <location line="+229" />
            <source>read the stock items</source>
            <translation>consulter les articles en stock</translation>
        </message>
        <message>
            <location line="+21" />
            <source>There is already an item called {name}.</source>
            <translation>Un article nommé {name} existe déjà.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This drug already has a stock item; edit that one.</source>
            <translation>Ce médicament a déjà un article en stock ; modifiez celui-ci.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{name} is no longer in the catalogue.</source>
            <translation>{name} ne figure plus dans le catalogue.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This item</source>
            <translation>Cet article</translation>
        </message>
        <message>
            <location line="+8" />
            <source>read the stock locations</source>
            <translation>consulter les emplacements de stock</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Give the location a name (100 characters at most).</source>
            <translation>Donnez un nom à l'emplacement (100 caractères au plus).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the kind of location.</source>
            <translation>Choisissez le type d'emplacement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only a ward store belongs to a ward.</source>
            <translation>Seule une réserve de service est rattachée à un service.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>There is already a location called {name}.</source>
            <translation>Un emplacement nommé {name} existe déjà.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>This location</source>
            <translation>Cet emplacement</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Choose a different location to move the stock to.</source>
            <translation>Choisissez un autre emplacement vers lequel déplacer le stock.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Move at least 1.</source>
            <translation>Déplacez au moins 1 unité.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Only {level} of this batch here.</source>
            <translation>Seulement {level} de ce lot ici.</translation>
        </message>
        <message>
            <location line="+110" />
            <source>Dispense at least 1.</source>
            <translation>Délivrez au moins 1 unité.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/labs/use_cases.py" line="-39" />
            <source>This test is no longer on the worklist. Reload the worklist.</source>
            <translation>Cet examen ne figure plus dans la liste de travail. Rechargez la liste de travail.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This lab result no longer exists.</source>
            <translation>Ce résultat biologique n'existe plus.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>read the lab catalogue</source>
            <translation>consulter le catalogue des examens biologiques</translation>
        </message>
        <message>
            <location line="+17" />
            <source>order lab tests</source>
            <translation>prescrire des examens biologiques</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose at least one test.</source>
            <translation>Choisissez au moins un examen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose routine, urgent or STAT.</source>
            <translation>Choisissez normal, urgent ou STAT.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Not in the lab catalogue (or no longer offered): {codes}.</source>
            <translation>Absent du catalogue du laboratoire (ou plus proposé) : {codes}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>use the lab worklist</source>
            <translation>utiliser la liste de travail du laboratoire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show the waiting tests or the results.</source>
            <translation>Affichez les examens en attente ou les résultats.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>enter lab results</source>
            <translation>saisir des résultats d'examens biologiques</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{item_test_name} already has a result (entered from another workstation?). Reload the worklist.</source>
            <translation>{item_test_name} a déjà un résultat (saisi depuis un autre poste ?). Rechargez la liste de travail.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>read lab results</source>
            <translation>consulter des résultats d'examens biologiques</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+10" />
            <source>read critical lab results</source>
            <translation>consulter des résultats biologiques critiques</translation>
        </message>
        <message>
            <location line="+12" />
            <source>acknowledge critical lab results</source>
            <translation>accuser réception de résultats biologiques critiques</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/patients/areas.py" line="+17" />
            <location filename="../../hms_desktop/services/patients/records.py" line="+113" />
            <location filename="../../hms_desktop/services/patients/registration.py" line="+72" />
            <source>register patients</source>
            <translation>inscrire des patients</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/patients/merge.py" line="+26" />
            <source>Only an administrator or a user allowed to merge records can merge patients. Ask an administrator.</source>
            <translation>Seul un administrateur ou un utilisateur autorisé à fusionner des dossiers peut fusionner des patients. Adressez-vous à un administrateur.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Both records have a hospital stay or an appointment at the same time, so they cannot be merged. Cancel or correct one of them first.</source>
            <translation>Les deux dossiers ont un séjour ou un rendez-vous au même moment : ils ne peuvent donc pas être fusionnés. Annulez ou corrigez d'abord l'un d'eux.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Both records have something a patient can have only one of (such as a photo). Remove it from the duplicate record first, then merge.</source>
            <translation>Les deux dossiers contiennent un élément qu'un patient ne peut avoir qu'en un seul exemplaire (une photo, par exemple). Retirez-le d'abord du dossier en double, puis fusionnez.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/patients/photos.py" line="+32" />
            <source>The photo must be a JPEG or PNG picture.</source>
            <translation>La photo doit être une image JPEG ou PNG.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The photo is empty.</source>
            <translation>La photo est vide.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The photo is too large (at most {value} MB).</source>
            <translation>La photo est trop volumineuse ({value} Mo au plus).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This file is not a JPEG or PNG picture.</source>
            <translation>Ce fichier n'est pas une image JPEG ou PNG.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This patient record does not exist.</source>
            <translation>Ce dossier patient n'existe pas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>change patient photos</source>
            <translation>modifier les photos des patients</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/patients/records.py" line="-58" />
            <source>This patient record does not exist (it may have been opened from an old list).</source>
            <translation>Ce dossier patient n'existe pas (il a peut-être été ouvert depuis une liste ancienne).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>A recorded policy cannot be removed. Enter the date it ended in “valid to” instead.</source>
            <translation>Un contrat d'assurance enregistré ne peut pas être supprimé. Saisissez plutôt sa date de fin dans « Valable au ».</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Your earlier attempt from this window registered this patient as MRN {mrn} while the server was slow; nothing more was saved. Open that record to make your changes.</source>
            <translation>Votre tentative précédente depuis cette fenêtre a inscrit ce patient sous le MRN {mrn} pendant que le serveur était lent ; rien d'autre n'a été enregistré. Ouvrez ce dossier pour faire vos modifications.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The system</source>
            <translation>Le système</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{date} at {time}</source>
            <translation>{date} à {time}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{person} changed this patient at {when} while you were editing.</source>
            <translation>{person} a modifié ce patient à {when} pendant que vous le modifiiez.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../hms_desktop/services/patients/registration.py" line="+1" />
            <source>change patient details</source>
            <translation>modifier les informations des patients</translation>
        </message>
        <message>
            <location line="+20" />
            <source>This record was merged into {merged_into_mrn}. Open that record and make your changes there; nothing was saved.</source>
            <translation>Ce dossier a été fusionné dans {merged_into_mrn}. Ouvrez ce dossier et faites-y vos modifications ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This patient was changed by someone else while you were editing. Reload and save again.</source>
            <translation>Ce patient a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rechargez et enregistrez à nouveau.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/patients/registration.py" line="-29" />
            <source>Enter the member number on the card to link it to a plan.</source>
            <translation>Saisissez le numéro d'adhérent figurant sur la carte pour la lier à un contrat.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>add an insurance policy</source>
            <translation>ajouter un contrat d'assurance à un patient</translation>
        </message>
        <message>
            <location line="+64" />
            <source>The card's end date has passed: enter the date it was valid from to link it to a plan.</source>
            <translation>La date de fin de la carte est dépassée : saisissez sa date de début de validité pour la lier à un contrat.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/prescribing/medications.py" line="-70" />
            <source>This medication is no longer on the patient's list.</source>
            <translation>Ce médicament ne figure plus dans la liste du patient.</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+7" />
            <location line="+65" />
            <location line="+79" />
            <source>read medication lists</source>
            <translation>consulter les listes de médicaments</translation>
        </message>
        <message>
            <location line="-134" />
            <source>record medications</source>
            <translation>saisir des médicaments</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This drug is not in the formulary any more; type its name instead.</source>
            <translation>Ce médicament ne figure plus dans le livret thérapeutique ; saisissez plutôt son nom.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name the medication.</source>
            <translation>Indiquez le nom du médicament.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The name is at most {limit} characters.</source>
            <translation>Le nom compte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The dose and frequency are at most {limit} characters.</source>
            <translation>La posologie compte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who prescribed it is at most {limit} characters.</source>
            <translation>Le prescripteur compte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The start date cannot be in the future.</source>
            <translation>La date de début ne peut pas être dans le futur.</translation>
        </message>
        <message>
            <location line="+35" />
            <source>stop medications</source>
            <translation>arrêter des médicaments</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say why the medication is stopped.</source>
            <translation>Indiquez pourquoi le médicament est arrêté.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../hms_desktop/services/prescribing/prescriptions.py" line="-122" />
            <source>The reason is at most {limit} characters.</source>
            <translation>Le motif compte au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This medication was already stopped by {stopped_by}.</source>
            <translation>Ce médicament a déjà été arrêté par {stopped_by}.</translation>
        </message>
        <message>
            <location line="+13" />
            <location filename="../../hms_desktop/services/prescribing/prescriptions.py" line="-39" />
            <location line="+32" />
            <source>prescribe</source>
            <translation>prescrire</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a prescription, or the medications to renew.</source>
            <translation>Choisissez une ordonnance, ou les médicaments à renouveler.</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../hms_desktop/services/prescribing/prescriptions.py" line="-43" />
            <source>This consultation no longer exists.</source>
            <translation>Cette consultation n'existe plus.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This prescription is not one of this patient's.</source>
            <translation>Cette ordonnance n'appartient pas à ce patient.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/prescribing/prescriptions.py" line="+1" />
            <source>This prescription no longer exists.</source>
            <translation>Cette ordonnance n'existe plus.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Add at least one drug to the prescription.</source>
            <translation>Ajoutez au moins un médicament à l'ordonnance.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A prescription has at most {limit} lines; write a second one.</source>
            <translation>Une ordonnance compte au plus {limit} lignes ; rédigez-en une deuxième.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Notes are at most {limit} characters.</source>
            <translation>Les notes comptent au plus {limit} caractères.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This consultation was signed; start a new consultation to prescribe.</source>
            <translation>Cette consultation a été signée ; commencez une nouvelle consultation pour prescrire.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A medication this prescription renews is no longer on the patient's list.</source>
            <translation>Un médicament renouvelé par cette ordonnance ne figure plus dans la liste du patient.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Prescription {issued_number} issued.</source>
            <translation>Ordonnance {issued_number} émise.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescription {issued_number} issued. The override and its reason are recorded.</source>
            <translation>Ordonnance {issued_number} émise. La dérogation et son motif sont enregistrés.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+7" />
            <source>read prescriptions</source>
            <translation>consulter des ordonnances</translation>
        </message>
        <message>
            <location line="+16" />
            <source>print prescriptions</source>
            <translation>imprimer des ordonnances</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Prescription {rx_number} — {display_name}</source>
            <translation>Ordonnance {rx_number} — {display_name}</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/printing.py" line="-72" />
            <source>Wristband</source>
            <translation>Bracelet</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location line="-25" />
            <source>Prescription</source>
            <translation>Ordonnance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoice</source>
            <translation>Facture</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deposit receipt</source>
            <translation>Reçu d'acompte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Z-report</source>
            <translation>Rapport Z</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daily revenue</source>
            <translation>Chiffre d'affaires du jour</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Wristbands</source>
            <translation>Bracelets</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Appointment slips</source>
            <translation>Fiches de rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescriptions</source>
            <translation>Ordonnances</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invoices and A4 reports</source>
            <translation>Factures et rapports A4</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Receipts and Z-reports (80 mm)</source>
            <translation>Reçus et rapports Z (80 mm)</translation>
        </message>
        <message>
            <location line="+35" />
            <source>print wristbands and labels</source>
            <translation>imprimer des bracelets et des étiquettes</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{value} — {display_name} — MRN {mrn}</source>
            <translation>{value} — {display_name} — MRN {mrn}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>print</source>
            <translation>imprimer</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/scheduling/booking.py" line="-186" />
            <source>The room for this slot was just booked by someone else. The next free slots are shown.</source>
            <translation>La salle de ce créneau vient d'être réservée par quelqu'un d'autre. Les prochains créneaux libres sont affichés.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This patient already has an appointment at this time. Choose another time.</source>
            <translation>Ce patient a déjà un rendez-vous à cette heure. Choisissez un autre horaire.</translation>
        </message>
        <message>
            <location line="+59" />
            <location filename="../../hms_desktop/services/scheduling/waiting_list.py" line="+8" />
            <source>This record was merged into another one. Book on the record it was merged into.</source>
            <translation>Ce dossier a été fusionné dans un autre. Prenez le rendez-vous sur le dossier dans lequel il a été fusionné.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose an active doctor from the list.</source>
            <translation>Choisissez un médecin actif dans la liste.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{doctor_name} does not work at this time, or is away. Choose one of the free slots.</source>
            <translation>{doctor_name} ne travaille pas à cette heure, ou est absent. Choisissez l'un des créneaux libres.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose the type of appointment: new patient, follow-up or procedure.</source>
            <translation>Choisissez le type de rendez-vous : nouveau patient, suivi ou acte.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+40" />
            <location filename="../../hms_desktop/services/scheduling/common.py" line="+106" />
            <source>Keep the reason under {limit} characters.</source>
            <translation>Limitez le motif à {limit} caractères.</translation>
        </message>
        <message>
            <location line="-38" />
            <location filename="../../hms_desktop/services/scheduling/slots.py" line="+91" />
            <source>An appointment takes 1 to {limit} slots.</source>
            <translation>Un rendez-vous occupe de 1 à {limit} créneaux.</translation>
        </message>
        <message>
            <location line="+28" />
            <location filename="../../hms_desktop/services/scheduling/waiting_list.py" line="+59" />
            <source>book appointments</source>
            <translation>prendre des rendez-vous</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Say why this patient must be seen although the slot is taken.</source>
            <translation>Indiquez pourquoi ce patient doit être vu alors que le créneau est pris.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Only an administrator or a user allowed to overbook can book over another appointment.</source>
            <translation>Seul un administrateur ou un utilisateur autorisé au surbooking peut réserver par-dessus un autre rendez-vous.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Your earlier attempt from this window booked {earlier_doctor_name} at {when} while the server was slow; nothing more was booked. Close this window and change that appointment in the calendar if needed.</source>
            <translation>Votre tentative précédente depuis cette fenêtre a pris un rendez-vous avec {earlier_doctor_name} le {when} pendant que le serveur était lent ; rien d'autre n'a été réservé. Fermez cette fenêtre et modifiez ce rendez-vous dans l'agenda si nécessaire.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>move appointments</source>
            <translation>déplacer des rendez-vous</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This declined appointment has already been rebooked.</source>
            <translation>Ce rendez-vous refusé a déjà été reprogrammé.</translation>
        </message>
        <message>
            <location line="+50" />
            <location line="+5" />
            <source>You can only {change_action} for your own appointments.</source>
            <translation>Vous ne pouvez {change_action} que pour vos propres rendez-vous.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A no-show can be recorded only once the appointment time has come.</source>
            <translation>Une absence ne peut être enregistrée qu'une fois l'heure du rendez-vous arrivée.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patients can be checked in only on the day of their appointment.</source>
            <translation>L'arrivée d'un patient ne peut être enregistrée que le jour de son rendez-vous.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>cancel appointments</source>
            <translation>annuler des rendez-vous</translation>
        </message>
        <message>
            <location line="+1" />
            <source>record no-shows</source>
            <translation>enregistrer des absences</translation>
        </message>
        <message>
            <location line="+1" />
            <source>check patients in</source>
            <translation>enregistrer l'arrivée des patients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>accept appointments</source>
            <translation>accepter des rendez-vous</translation>
        </message>
        <message>
            <location line="+2" />
            <source>decline appointments</source>
            <translation>refuser des rendez-vous</translation>
        </message>
        <message>
            <location line="+2" />
            <source>call patients in</source>
            <translation>appeler des patients</translation>
        </message>
        <message>
            <location line="+2" />
            <source>complete consultations</source>
            <translation>terminer des consultations</translation>
        </message>
        <message>
            <location line="+2" />
            <source>close declined appointments</source>
            <translation>clore des rendez-vous refusés</translation>
        </message>
        <message>
            <location line="+8" />
            <source>cancelled</source>
            <comment>the appointment is ...</comment>
            <translation>annulé</translation>
        </message>
        <message>
            <location line="+21" />
            <source>declined</source>
            <comment>the appointment is ...</comment>
            <translation>refusé</translation>
        </message>
        <message>
            <location line="+19" />
            <location filename="../../hms_desktop/services/scheduling/calendars.py" line="+67" />
            <source>Choose whose queue to show.</source>
            <translation>Choisissez la file d'attente à afficher.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>closed</source>
            <comment>the appointment is ...</comment>
            <translation>clôturé</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/scheduling/calendars.py" line="-110" />
            <location line="+84" />
            <location line="+10" />
            <source>see the doctors' schedules</source>
            <translation>voir les plannings des médecins</translation>
        </message>
        <message>
            <location line="-86" />
            <source>see the specialties</source>
            <translation>voir les spécialités</translation>
        </message>
        <message>
            <location line="+92" />
            <source>This doctor is not in the list of active doctors.</source>
            <translation>Ce médecin ne figure pas dans la liste des médecins actifs.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>see the queue</source>
            <translation>voir la file d'attente</translation>
        </message>
        <message>
            <location line="+20" />
            <source>see declined appointments</source>
            <translation>voir les rendez-vous refusés</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/scheduling/common.py" line="-63" />
            <source>Someone else changed this appointment at the same moment; nothing was saved. Reload and try again.</source>
            <translation>Quelqu'un d'autre a modifié ce rendez-vous au même moment ; rien n'a été enregistré. Rechargez et réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed this appointment while you were looking at it. Reload it and try again.</source>
            <translation>Quelqu'un d'autre a modifié ce rendez-vous pendant que vous le consultiez. Rechargez-le et réessayez.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This time has already passed. Choose a time from now on.</source>
            <translation>Cet horaire est déjà passé. Choisissez un horaire à partir de maintenant.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>The time has no time zone; this is a bug in the calling screen.</source>
            <translation>L'heure n'a pas de fuseau horaire ; il s'agit d'un bogue de l'écran appelant.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Say why the appointment is {what}.</source>
            <translation>Indiquez pourquoi le rendez-vous est {what}.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/scheduling/dtos.py" line="+12" />
            <source>This slot was just taken by another booking. The next free slots are shown.</source>
            <translation>Ce créneau vient d'être pris par une autre réservation. Les prochains créneaux libres sont affichés.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/scheduling/resources.py" line="-58" />
            <location line="+42" />
            <source>This booking no longer exists.</source>
            <translation>Cette réservation n'existe plus.</translation>
        </message>
        <message>
            <location line="-35" />
            <location line="+31" />
            <source>book rooms and equipment</source>
            <translation>réserver des salles et équipements</translation>
        </message>
        <message>
            <location line="-26" />
            <source>The booking must end after it starts.</source>
            <translation>La réservation doit finir après son début.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Say what the room or device is booked for.</source>
            <translation>Indiquez l'objet de la réservation de la salle ou de l'appareil.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep the purpose under {limit} characters.</source>
            <translation>Limitez l'objet à {limit} caractères.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This room or device no longer exists.</source>
            <translation>Cette salle ou cet appareil n'existe plus.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This room or device is already booked at that time. Choose another time.</source>
            <translation>Cette salle ou cet appareil est déjà réservé à cette heure. Choisissez un autre horaire.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>This room belongs to an appointment: cancel or move the appointment instead.</source>
            <translation>Cette salle dépend d'un rendez-vous : annulez ou déplacez plutôt le rendez-vous.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/scheduling/slots.py" line="-5" />
            <source>look for free slots</source>
            <translation>rechercher des créneaux libres</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Search between 1 and 366 days ahead.</source>
            <translation>Recherchez entre 1 et 366 jours à l'avance.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/scheduling/waiting_list.py" line="-92" />
            <source>Someone else changed this waiting-list entry. Reload it and try again.</source>
            <translation>Quelqu'un d'autre a modifié cette inscription sur la liste d'attente. Rechargez-la et réessayez.</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+63" />
            <location line="+31" />
            <source>This waiting-list entry no longer exists.</source>
            <translation>Cette inscription sur la liste d'attente n'existe plus.</translation>
        </message>
        <message>
            <location line="-85" />
            <location line="+48" />
            <source>manage the waiting list</source>
            <translation>gérer la liste d'attente</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Choose a doctor or a specialty.</source>
            <translation>Choisissez un médecin ou une spécialité.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The last acceptable day is before the first one.</source>
            <translation>Le dernier jour acceptable est antérieur au premier.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>see the waiting list</source>
            <translation>voir la liste d'attente</translation>
        </message>
        <message>
            <location line="+8" />
            <source>offer freed slots</source>
            <translation>proposer des créneaux libérés</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose waiting, offered, booked or removed.</source>
            <translation>Choisissez en attente, proposé, réservé ou retiré.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The freed time must end after it starts.</source>
            <translation>Le créneau libéré doit finir après son début.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/settings.py" line="+50" />
            <location line="+58" />
            <source>change hospital settings</source>
            <translation>modifier les paramètres de l'hôpital</translation>
        </message>
        <message>
            <location line="-45" />
            <source>change the hospital's currency</source>
            <translation>modifier la devise de l'hôpital</translation>
        </message>
        <message>
            <location line="+24" />
            <source>change whether reception reads appointment reasons</source>
            <translation>choisir si l'accueil peut lire les motifs de rendez-vous</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/setup.py" line="+30" />
            <source>This account cannot give the database its own staff role. Run “hms db upgrade” as a superuser, or as the database's owner with the CREATEROLE attribute.</source>
            <translation>Ce compte ne peut pas attribuer à la base de données son propre rôle du personnel. Exécutez « hms db upgrade » en tant que superutilisateur, ou en tant que propriétaire de la base de données doté de l'attribut CREATEROLE.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>This needs administrator access to the server: give it with --url postgresql://USER@HOST/DATABASE (or HMS_DATABASE_URL).</source>
            <translation>Cette opération nécessite un accès administrateur au serveur : indiquez-le avec --url postgresql://USER@HOST/DATABASE (ou HMS_DATABASE_URL).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Cannot use the database URL: {error}</source>
            <translation>Impossible d'utiliser l'URL de la base de données : {error}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>There is no connection profile called “{name}”.</source>
            <translation>Il n'existe aucun profil de connexion nommé « {name} ».</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No server is configured.</source>
            <translation>Aucun serveur n'est configuré.</translation>
        </message>
        <message>
            <location line="+84" />
            <source>That database account is not an active staff member.</source>
            <translation>Ce compte de base de données ne correspond à aucun membre actif du personnel.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>An administrator already exists; log in as them to add users.</source>
            <translation>Un administrateur existe déjà ; connectez-vous avec son compte pour ajouter des utilisateurs.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/slips.py" line="+28" />
            <source>Appointment slip</source>
            <translation>Fiche de rendez-vous</translation>
        </message>
        <message>
            <location line="+26" />
            <source>print appointment slips</source>
            <translation>imprimer des bons de rendez-vous</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This appointment no longer exists. Reload the calendar.</source>
            <translation>Ce rendez-vous n'existe plus. Rechargez l'agenda.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Only an appointment that is still to happen gets a slip.</source>
            <translation>Seul un rendez-vous à venir donne lieu à un bon.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Appointment slip — {patient_name} — {starts_at}</source>
            <translation>Bon de rendez-vous — {patient_name} — {starts_at}</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/users.py" line="+21" />
            <source>manage staff accounts</source>
            <translation>gérer les comptes du personnel</translation>
        </message>
        <message>
            <location line="+42" />
            <location line="+52" />
            <source>There is no staff member called {username}.</source>
            <translation>Aucun membre du personnel n'a l'identifiant {username}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{staff_full_name}'s account was changed by someone else while you were editing it. Reload it and make your changes again.</source>
            <translation>Le compte de {staff_full_name} a été modifié par quelqu'un d'autre pendant que vous le modifiiez. Rechargez-le et refaites vos modifications.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Choose at least one group.</source>
            <translation>Choisissez au moins un groupe.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/wards.py" line="+45" />
            <source>department</source>
            <translation>pôle</translation>
        </message>
        <message>
            <location line="+0" />
            <source>ward</source>
            <translation>service</translation>
        </message>
        <message>
            <location line="+1" />
            <source>room</source>
            <translation>chambre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>bed</source>
            <translation>lit</translation>
        </message>
        <message>
            <location line="+94" />
            <source>This bed no longer exists. The list has been reloaded.</source>
            <translation>Ce lit n'existe plus. La liste a été rechargée.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>What you were adding to no longer exists. Reload the list.</source>
            <translation>L'élément auquel vous faisiez un ajout n'existe plus. Rechargez la liste.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This {what} no longer exists. The list has been reloaded.</source>
            <translation>Cet élément ({what}) n'existe plus. La liste a été rechargée.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed this {what} by {who} while you were editing it; nothing was saved. The list has been reloaded: look at it and make your change again.</source>
            <translation>Cet élément ({what}) a été modifié par {who} pendant que vous le modifiiez ; rien n'a été enregistré. La liste a été rechargée : consultez-la et refaites votre modification.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Someone else changed this {what} while you were editing it; nothing was saved. The list has been reloaded: look at it and make your change again.</source>
            <translation>Quelqu'un d'autre a modifié cet élément ({what}) pendant que vous le modifiiez ; rien n'a été enregistré. La liste a été rechargée : consultez-la et refaites votre modification.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>manage wards and beds</source>
            <translation>gérer les services et les lits</translation>
        </message>
        <message>
            <location line="+16" />
            <source>see ward occupancy</source>
            <translation>voir l'occupation des services</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The period ends before it starts.</source>
            <translation>La période se termine avant de commencer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a period of at most {limit} days.</source>
            <translation>Choisissez une période de {limit} jours au plus.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>change departments</source>
            <translation>modifier les pôles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A department named “{join}” already exists.</source>
            <translation>Un pôle nommé « {join} » existe déjà.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>department's name</source>
            <translation>nom du pôle</translation>
        </message>
        <message>
            <location line="+14" />
            <source>change wards</source>
            <translation>modifier les services</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A ward named “{join}” already exists.</source>
            <translation>Un service nommé « {join} » existe déjà.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>change rooms</source>
            <translation>modifier les chambres</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This ward already has a room named “{join}”.</source>
            <translation>Ce service a déjà une chambre nommée « {join} ».</translation>
        </message>
        <message>
            <location line="+2" />
            <source>room's name</source>
            <translation>nom de la chambre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the ward the room is in.</source>
            <translation>Choisissez le service de la chambre.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>change beds</source>
            <translation>modifier les lits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This room already has a bed labelled “{join}”.</source>
            <translation>Cette chambre a déjà un lit nommé « {join} ».</translation>
        </message>
        <message>
            <location line="+14" />
            <source>add beds</source>
            <translation>ajouter des lits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This room already has a bed with one of these labels; nothing was added. Choose another prefix or first number.</source>
            <translation>Cette chambre a déjà un lit portant l'un de ces noms ; rien n'a été ajouté. Choisissez un autre préfixe ou un autre premier numéro.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>retire or reactivate wards and beds</source>
            <translation>archiver ou réactiver des services et des lits</translation>
        </message>
        <message>
            <location line="+10" />
            <source>take beds out of service</source>
            <translation>mettre des lits hors service</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Bed {label} has a patient in it. Transfer or discharge the patient first.</source>
            <translation>Le lit {label} est occupé par un patient. Transférez le patient ou faites-le sortir d'abord.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>put beds back in service</source>
            <translation>remettre des lits en service</translation>
        </message>
        <message numerus="yes">
            <location filename="../../hms_desktop/services/patients/dtos.py" line="+128" />
            <source>This patient may already be registered (%n possible match). Check the list before registering a new record.</source>
            <translation>
                <numerusform>Ce patient est peut-être déjà enregistré (%n correspondance possible). Vérifiez la liste avant de créer un nouveau dossier.</numerusform>
                <numerusform>Ce patient est peut-être déjà enregistré (%n correspondances possibles). Vérifiez la liste avant de créer un nouveau dossier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>This patient may already be registered (%n possible matches). Check the list before registering a new record.</source>
            <translation>
                <numerusform>Ce patient est peut-être déjà enregistré (%n correspondance possible). Vérifiez la liste avant de créer un nouveau dossier.</numerusform>
                <numerusform>Ce patient est peut-être déjà enregistré (%n correspondances possibles). Vérifiez la liste avant de créer un nouveau dossier.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>{what_happened} Compare and save again.</source>
            <translation>{what_happened} Comparez et enregistrez de nouveau.</translation>
        </message>
        <message>
            <location filename="../../hms_desktop/services/billing/shifts.py" line="-291" />
            <source>Cash</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Card</source>
            <translation>Carte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank transfer</source>
            <translation>Virement bancaire</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance</source>
            <translation>Assurance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deposit applied</source>
            <translation>Acompte imputé</translation>
        </message>
    </context>
</TS>