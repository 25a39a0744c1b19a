<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name />
        <message>
            <location filename="../../hms_desktop/ui/widgets/chart_text.py" line="+39" />
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
        <message>
            <location line="+1" />
            <source>%1 days ago</source>
            <translation>il y a %1 jours</translation>
        </message>
        <message>
            <location line="+13" />
            <source>BP %1/%2 mmHg</source>
            <translation>TA %1/%2 mmHg</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pulse %1/min</source>
            <translation>pouls %1/min</translation>
        </message>
        <message>
            <location line="+4" />
            <source>RR %1/min</source>
            <translation>FR %1/min</translation>
        </message>
        <message>
            <location line="+9" />
            <source>no values</source>
            <translation>aucune valeur</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Signed %1 by %2</source>
            <translation>Signé le %1 par %2</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Addendum %1 by %2</source>
            <translation>Addendum du %1 par %2</translation>
        </message>
    </context>
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
            <location filename="../../hms_desktop/ui/widgets/addendum_dialog.py" line="+38" />
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
            <location line="+0" />
            <source>hint</source>
            <translation>hint</translation>
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
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="+164" />
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
            <location filename="../../hms_desktop/ui/tabs/administration.py" line="+28" />
            <source>Administration sections</source>
            <translation>Rubriques d'administration</translation>
        </message>
        <message>
            <location line="+8" />
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
            <location filename="../../hms_desktop/ui/dialogs/admit_dialog.py" line="+220" />
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
            <location line="+0" />
            <source> days</source>
            <translation> jours</translation>
        </message>
    </context>
    <context>
        <name>AllergyDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="+141" />
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
            <location filename="../../hms_desktop/ui/widgets/audit_browser.py" line="+42" />
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
            <location line="+35" />
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
            <location line="+18" />
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
            <location filename="../../hms_desktop/ui/dialogs/batch_print_dialog.py" line="+108" />
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
            <location line="+0" />
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
            <location line="+2" />
            <source>%1 skipped: no longer issued invoices.</source>
            <translation>%1 ignorées : ne sont plus des factures émises.</translation>
        </message>
        <message>
            <location line="+1" />
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
        <message>
            <location filename="../../hms_desktop/ui/tabs/bed_board.py" line="+366" />
            <location line="+79" />
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
            <location line="+126" />
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
            <location filename="../../hms_desktop/ui/tabs/bed_board.py" line="-408" />
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
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="+90" />
            <source>&amp;Cancel</source>
            <translation>&amp;Annuler</translation>
        </message>
    </context>
    <context>
        <name>BillingTab</name>
        <message>
            <location filename="../../hms_desktop/ui/tabs/billing.py" line="+180" />
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
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="-38" />
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
            <location filename="../../hms_desktop/ui/dialogs/book_dialog.py" line="+73" />
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
            <location filename="../../hms_desktop/ui/widgets/catalogue_editor.py" line="+233" />
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
            <location filename="../../hms_desktop/ui/widgets/chart_text.py" line="-90" />
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
    </context>
    <context>
        <name>ChartHistory</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="-84" />
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
            <location line="+14" />
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
            <location filename="../../hms_desktop/ui/dialogs/conflict_dialog.py" line="+105" />
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
            <location filename="../../hms_desktop/ui/dialogs/credit_note_dialog.py" line="+63" />
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
            <location line="+52" />
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
            <location filename="../../hms_desktop/ui/widgets/day_calendar.py" line="+132" />
            <source>Day calendar</source>
            <translation>Calendrier du jour</translation>
        </message>
        <message>
            <location line="+515" />
            <location line="+8" />
            <location line="+161" />
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
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>hint</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="+165" />
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
            <location line="+8" />
            <source>Enter a percentage from 0 to 100.</source>
            <translation>Saisissez un pourcentage de 0 à 100.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter an amount from 0 to %1, in whole cents.</source>
            <translation>Saisissez un montant de 0 à %1, en centimes entiers.</translation>
        </message>
        <message>
            <location line="+3" />
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
            <translation>p. ex. 10.00 ou 15</translation>
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
            <location filename="../../hms_desktop/ui/dialogs/doctor_hours_dialog.py" line="+49" />
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
        <message>
            <location line="+81" />
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
            <location filename="../../hms_desktop/ui/tabs/doctor_queue.py" line="+137" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location line="+68" />
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
            <location filename="../../hms_desktop/ui/tabs/doctors_page.py" line="+87" />
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
            <location filename="../../hms_desktop/ui/domain_words.py" line="+35" />
            <source>Database owner</source>
            <translation>Propriétaire de la base</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <location filename="../../hms_desktop/ui/dialogs/duplicates_dialog.py" line="+36" />
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
            <location filename="../../hms_desktop/ui/widgets/encounter_editor.py" line="+74" />
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
            <location line="+120" />
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
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="+188" />
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
            <location filename="../../hms_desktop/ui/dialogs/fee_dialog.py" line="+60" />
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
            <location line="+1" />
            <source>price</source>
            <translation>prix</translation>
        </message>
        <message>
            <location line="+3" />
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
            <translation>p. ex. 45.00</translation>
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
            <location filename="../../hms_desktop/ui/tabs/fee_schedule_page.py" line="+54" />
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
            <location filename="../../hms_desktop/ui/widgets/field_conflict.py" line="+50" />
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
            <location filename="../../hms_desktop/ui/dialogs/base.py" line="+244" />
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
            <location filename="../../hms_desktop/ui/dialogs/admit_dialog.py" line="-203" />
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
            <location filename="../../hms_desktop/ui/widgets/icd10_chooser.py" line="+61" />
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
            <location filename="../../hms_desktop/ui/tabs/insurance_page.py" line="+83" />
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
            <location line="+52" />
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
            <location filename="../../hms_desktop/ui/dialogs/billing_desk.py" line="-208" />
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
            <location line="+3" />
            <source>Enter a quantity above zero, like 1 or 1.5 (three decimals at most).</source>
            <translation>Saisissez une quantité supérieure à zéro, comme 1 ou 1.5 (trois décimales au plus).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter the price of one unit, like 12.50.</source>
            <translation>Saisissez le prix d'une unité, comme 12.50.</translation>
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
            <translation>p. ex. 12.50</translation>
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
            <location filename="../../hms_desktop/ui/widgets/lab_results_pane.py" line="+67" />
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
            <location filename="../../hms_desktop/ui/widgets/lab_worklist.py" line="+61" />
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
            <location line="+9" />
            <source>hospitalLabel</source>
            <translation>hospitalLabel</translation>
        </message>
        <message>
            <location line="+6" />
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
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="-63" />
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
            <location filename="../../hms_desktop/ui/dialogs/out_of_service_dialog.py" line="+41" />
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
            <location line="+0" />
            <source>hint</source>
            <translation>hint</translation>
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
            <location filename="../../hms_desktop/ui/dialogs/patient_dialog.py" line="+65" />
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
            <location line="+128" />
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
            <location line="+23" />
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
            <location filename="../../hms_desktop/ui/dialogs/conflict_dialog.py" line="-73" />
            <source>%1 (estimated)</source>
            <translation>%1 (estimé)</translation>
        </message>
        <message>
            <location line="+23" />
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
            <location filename="../../hms_desktop/ui/dialogs/patient_overview.py" line="+114" />
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
            <location line="+11" />
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
            <location filename="../../hms_desktop/ui/dialogs/insurance_dialogs.py" line="+69" />
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
            <location line="+5" />
            <source>Enter the amount, above zero, like 40.00.</source>
            <translation>Saisissez le montant, supérieur à zéro, comme 40.00.</translation>
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
            <location line="+5" />
            <source>Enter the cash handed over, like 50.00.</source>
            <translation>Saisissez les espèces remises, comme 50.00.</translation>
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
            <translation>p. ex. 40.00</translation>
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
            <location filename="../../hms_desktop/ui/tabs/pharmacy_page.py" line="+76" />
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
            <location line="+24" />
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
            <location filename="../../hms_desktop/ui/dialogs/insurance_dialogs.py" line="+59" />
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
            <location line="+24" />
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
            <location line="+13" />
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
            <translation>0.00</translation>
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
            <location filename="../../hms_desktop/ui/dialogs/insurance_dialogs.py" line="+39" />
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
            <location line="+2" />
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
            <location filename="../../hms_desktop/ui/dialogs/policy_dialog.py" line="+155" />
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
            <location filename="../../hms_desktop/ui/dialogs/policy_dialog.py" line="-140" />
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
            <location filename="../../hms_desktop/ui/dialogs/prescription_dialog.py" line="+122" />
            <source>Prescription for %1 · MRN %2</source>
            <extracomment>Emitted once the prescription is issued (the chart refreshes its medication list).</extracomment>
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
            <location line="+23" />
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
            <location line="+81" />
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
            <location line="+1" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location filename="../../hms_desktop/ui/dialogs/print_preview.py" line="+130" />
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
            <location line="+220" />
            <source>Could not print</source>
            <translation>Impossible d'imprimer</translation>
        </message>
        <message>
            <location line="-220" />
            <location line="+260" />
            <source>The document could not be read for printing.</source>
            <translation>Le document n'a pas pu être lu pour l'impression.</translation>
        </message>
        <message>
            <location line="-244" />
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
            <location line="+144" />
            <source>The file could not be written: {0}. Choose another folder or name.</source>
            <translation>Le fichier n'a pas pu être écrit : {0}. Choisissez un autre dossier ou un autre nom.</translation>
        </message>
        <message>
            <location line="-108" />
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
            <location line="+43" />
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
            <translation>avant le montant (£12.50)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>after the amount (12.50 kr)</source>
            <translation>après le montant (12.50 kr)</translation>
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
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="-63" />
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
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="-88" />
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
            <location filename="../../hms_desktop/ui/tabs/registration.py" line="+178" />
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
            <location filename="../../hms_desktop/ui/dialogs/remittance_dialog.py" line="+48" />
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
            <location line="+54" />
            <source>%1: enter the approved amount, e.g. 12.50.</source>
            <translation>%1 : saisissez le montant accepté, p. ex. 12.50.</translation>
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
            <location filename="../../hms_desktop/ui/tabs/report_builder.py" line="+85" />
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
            <translation>Taux de %1</translation>
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
            <location line="+177" />
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Report chart</source>
            <translation>Graphique du rapport</translation>
        </message>
        <message>
            <location line="+69" />
            <source>%1 (first %2 of %3)</source>
            <translation>%1 (%2 premiers sur %3)</translation>
        </message>
        <message>
            <location line="+112" />
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
            <location filename="../../hms_desktop/ui/widgets/report_filters.py" line="+82" />
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
            <location filename="../../hms_desktop/ui/tabs/report_result_view.py" line="+45" />
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
            <location line="+114" />
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
            <location line="+6" />
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
            <location line="+1" />
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
            <location line="+29" />
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
            <location filename="../../hms_desktop/ui/tabs/report_runner.py" line="+33" />
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
            <location line="+63" />
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
            <location filename="../../hms_desktop/ui/tabs/reports_dashboard.py" line="+55" />
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
            <location line="+36" />
            <source>Beds by ward</source>
            <translation>Lits par service</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bed occupancy by ward</source>
            <translation>Occupation des lits par service</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location filename="../../hms_desktop/ui/tabs/reports_dashboard.py" line="-264" />
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
            <location filename="../../hms_desktop/ui/dialogs/resource_booking_dialog.py" line="+51" />
            <source>{resource} is already booked at that time. Choose another time.</source>
            <translation>{resource} a déjà une réservation à cet horaire. Choisissez un autre horaire.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{resource} is already booked {times}. Choose another time.</source>
            <translation>{resource} a déjà des réservations : {times}. Choisissez un autre horaire.</translation>
        </message>
        <message>
            <location line="+34" />
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
            <location filename="../../hms_desktop/ui/tabs/resources_page.py" line="+85" />
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
            <location filename="../../hms_desktop/ui/tabs/revenue_page.py" line="+58" />
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
            <location line="+41" />
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
            <location filename="../../hms_desktop/ui/tabs/scheduling.py" line="+141" />
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
            <location line="+14" />
            <source>Off hours</source>
            <translation>Hors horaires</translation>
        </message>
        <message>
            <location line="+52" />
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
            <location line="+66" />
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
            <location line="+13" />
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
            <location filename="../../hms_desktop/ui/tabs/settings_page.py" line="+128" />
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
            <location filename="../../hms_desktop/ui/tabs/shift_page.py" line="+50" />
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
            <location line="+18" />
            <source>Enter an amount like 245.50.</source>
            <translation>Saisissez un montant comme 245.50.</translation>
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
            <location line="+51" />
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
            <translation>p. ex. 100.00</translation>
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
            <translation>p. ex. 245.50</translation>
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
            <location filename="../../hms_desktop/ui/dialogs/chart_history_dialogs.py" line="+107" />
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
            <location filename="../../hms_desktop/ui/dialogs/stock_dialogs.py" line="-30" />
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
            <location filename="../../hms_desktop/ui/tabs/stock_page.py" line="+84" />
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
            <location line="+61" />
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
            <location line="+1" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location line="+5" />
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
            <translation>coût d'une unité, p. ex. 0.35</translation>
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
        <message>
            <location line="+0" />
            <source>hint</source>
            <translation>hint</translation>
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
            <location filename="../../hms_desktop/ui/tabs/users_page.py" line="+110" />
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
            <location filename="../../hms_desktop/ui/dialogs/waiting_list_dialog.py" line="+56" />
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
            <location filename="../../hms_desktop/ui/tabs/wards_page.py" line="+55" />
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
            <location line="+39" />
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
            <location filename="../../hms_desktop/ui/widgets/week_calendar.py" line="+30" />
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
            <location line="+75" />
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
            <location line="+5" />
            <source>Week shown</source>
            <translation>Semaine affichée</translation>
        </message>
        <message>
            <location line="+14" />
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
</TS>