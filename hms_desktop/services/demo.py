"""``hms demo``: fill a database with a believable demo hospital.

Departments, the fixed demo accounts of ``domain.demo``, twenty doctors in ten specialties,
a few more desk staff, and generated patients. Staff go through ``users.add_staff`` and the
settings through ``settings.write_settings``, like any administrator's changes.

Patients are streamed with COPY. Names come from Faker, but only to fill pools once: calling
Faker per row would take minutes at 1,000,000 rows, while picking from pools with a seeded
``random.Random`` takes seconds and looks just as real. Everything is deterministic for a
given database state and day.
"""

from __future__ import annotations

import logging
import random
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import psycopg
from sqlalchemy import Connection, text

from hms_desktop.domain.demo import (
    AGE_BANDS,
    DEMO_ACCOUNTS,
    DEMO_DEPARTMENTS,
    DEMO_DOCTOR_COUNT,
    DEMO_HOSPITAL_NAME,
    DEMO_PASSWORD,
    EMAIL_DOMAINS,
    EXTRA_DESK_STAFF,
    NAME_LOCALES,
    SPECIALTIES,
    STREET_SUFFIXES,
    STREET_WORDS,
    TOWNS,
    DemoAccount,
    nhs_check_digit,
)
from hms_desktop.domain.staff import Group, NewStaffMember, username_problem
from hms_desktop.domain.wording import plural
from hms_desktop.i18n import translate
from hms_desktop.services import users
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.demo_billing import DemoBilling, add_demo_billing
from hms_desktop.services.demo_claims import add_demo_claims
from hms_desktop.services.demo_clinical import seed_demo_clinical
from hms_desktop.services.demo_insurance import add_demo_insurance
from hms_desktop.services.demo_inventory import add_demo_inventory
from hms_desktop.services.demo_labs import seed_demo_labs
from hms_desktop.services.demo_prescriptions import add_demo_prescriptions
from hms_desktop.services.demo_schedule import seed_demo_schedule
from hms_desktop.services.demo_shifts import add_demo_shift
from hms_desktop.services.demo_wards import admit_demo_patients, seed_demo_wards
from hms_desktop.services.errors import Conflict, ValidationFailed, user_facing_errors
from hms_desktop.services.scheduling.common import HospitalTime
from hms_desktop.services.settings import HospitalSettings

log = logging.getLogger(__name__)

SEED = 20261129
DEFAULT_PATIENTS = 2000
PROGRESS_EVERY = 100_000
# Rows per COPY write: big enough that the per-call overhead vanishes, small enough to stay in cache.
_CHUNK = 5_000
DEMO_LAB_PATIENTS = 12  # of those given a history, the first (the demo doctor's of today) get lab results
_POOL_SIZE = 5_000

_COPY_SQL = ("COPY patient (family_name, given_name, sex, birth_date, phone, email, national_id, address, area) "
             "FROM STDIN")

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class DemoReport:
    """What ``load_demo`` did, for the terminal."""

    skipped_reason: str | None
    hospital_name: str
    departments_added: int
    staff_added: int
    staff_kept: int
    # Demo user names already used by a login role of another database on the same server.
    staff_unavailable: tuple[str, ...]
    patients_added: int
    patients_total: int
    # True when the patient rows were loaded with the audit trigger off and one summary audit entry.
    audit_summarised: bool
    seconds: float
    accounts: tuple[DemoAccount, ...]
    beds_added: int = 0
    patients_admitted: int = 0
    # Patients given a clinical history (signed encounters, allergies, problems) and the encounters written.
    histories_added: int = 0
    encounters_added: int = 0
    lab_results_added: int = 0
    prescriptions_added: int = 0
    # Billing (services/demo_billing.py): invoices issued from recent charges; charges left to bill today.
    invoices_added: int = 0
    unbilled_charges: int = 0

    @property
    def skipped(self) -> bool:
        return self.skipped_reason is not None

    def describe(self) -> str:
        if self.skipped_reason is not None:
            return self.skipped_reason
        lines = [
            f"Demo hospital “{self.hospital_name}” ready in {self.seconds:.1f} s.",
            f"  Departments: {self.departments_added} added.",
            f"  Staff accounts: {self.staff_added} added, {self.staff_kept} already there.",
        ]
        if self.staff_unavailable:
            lines.append("  Not created, because the server already has a login role of that name: "
                         + ", ".join(self.staff_unavailable) + ".")
        if self.patients_added:
            how = (" (audited as one bulk-load entry)" if self.audit_summarised
                   else " (each audited by the database)")
            lines.append(f"  Patients: {self.patients_added:,} added{how}, {self.patients_total:,} in all.")
        else:
            lines.append(f"  Patients: the database already has {self.patients_total:,}; none added "
                         "(--patients N tops up to N).")
        if self.beds_added:
            lines.append(f"  Wards: {self.beds_added} beds added, {self.patients_admitted} patients admitted.")
        if self.histories_added:
            lines.append(f"  Clinical histories: {self.histories_added} patients, {self.encounters_added} signed "
                         f"encounters, {self.lab_results_added} lab results, "
                         f"{plural(self.prescriptions_added, '%n prescription', '%n prescriptions')}.")
        if self.invoices_added:
            lines.append(f"  Billing: {plural(self.invoices_added, '%n invoice', '%n invoices')} issued, "
                         f"{self.unbilled_charges} charges left to bill.")
        lines.append("")
        lines.append(accounts_table(self.accounts))
        return "\n".join(lines)


def accounts_table(accounts: tuple[DemoAccount, ...]) -> str:
    """The demo log-ins as a small table: printed once per run, never logged."""
    rows = [("user name", "password", "role", "name")]
    rows += [(a.username, a.password, a.role, a.full_name) for a in accounts]
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    out = ["Demo accounts (the other demo staff use the same password; `hms user list` shows them all):"]
    for r in rows:
        out.append("  " + "  ".join(r[i].ljust(widths[i]) for i in range(3)) + "  " + r[3])
    return "\n".join(out)


def load_demo(ctx: ServiceContext, *, patients: int = DEFAULT_PATIENTS, if_empty: bool = False,
              progress: Progress | None = None) -> DemoReport:
    """Create the demo hospital; with ``if_empty``, only when the database has no staff yet.

    Running it again is safe: accounts that exist are kept, and patients are topped up to
    ``patients`` (none are added if there are that many already).
    """
    ctx.require(Group.ADMIN, action=translate("services", "load demo data"))
    if patients < 0:
        raise ValidationFailed({"patients": translate("services", "The number of patients cannot be negative.")})
    say: Progress = progress or (lambda _msg: None)
    started = time.monotonic()
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        has_staff, patients_now = uow.session.execute(text(
            "SELECT EXISTS (SELECT 1 FROM staff), (SELECT count(*) FROM patient)")).one()
        current = uow.settings.read()
    if if_empty and has_staff:
        reason = "The database already has staff accounts; demo data was not loaded."
        if current.demo_mode:
            reason = "Demo data is already loaded.\n\n" + accounts_table(DEMO_ACCOUNTS)
        return DemoReport(skipped_reason=reason, hospital_name=current.hospital_name, departments_added=0,
                          staff_added=0, staff_kept=0, staff_unavailable=(), patients_added=0,
                          patients_total=patients_now, audit_summarised=False,
                          seconds=time.monotonic() - started, accounts=DEMO_ACCOUNTS)
    if not ctx.db.target.embedded:
        say("Note: this is a shared server. The demo accounts have well-known passwords; "
            "deactivate them (hms user deactivate NAME) before real use.")

    say("Creating departments…")
    departments_added = _add_departments(ctx)

    added, kept, unavailable = _add_staff(ctx, staff_plan(), say)

    # Loading a demo hospital is several steps, each its own unit of work, so progress can be reported and a
    # failure leaves the steps before it in place (running it again tops up what is missing).
    with user_facing_errors(), ctx.uow() as uow:
        settings = uow.settings.read()
        # A name someone chose is kept; only the out-of-the-box default is replaced.
        name = DEMO_HOSPITAL_NAME if settings.hospital_name == HospitalSettings().hospital_name \
            else settings.hospital_name
        uow.settings.write(replace(settings, demo_mode=True, hospital_name=name))
        uow.commit()

    patients_added, total, summarised = _top_up_patients(ctx, patients, say)
    say("Creating wards and beds…")
    with user_facing_errors(), ctx.uow() as uow:
        # Past admissions and appointments carry times and statuses only the table owner may write: a staff
        # login gets them from the database (migration 0010), so an administrator's demo has no history.
        history = _owns_the_tables(uow.connection)
        beds_added = seed_demo_wards(uow.connection)
        # Fill about half the beds so the bed board shows a working hospital.
        admitted = admit_demo_patients(uow.connection, min(30, total)) if beds_added and history else 0
        uow.commit()
    clinical = None
    labs_added = prescriptions_added = 0
    billed: DemoBilling | None = None
    if history:
        say("Creating doctors' hours and appointments…")
        with user_facing_errors(), ctx.uow() as uow:
            seed_demo_schedule(uow.connection)
            uow.commit()
        # After the schedule: the demo doctor's patients of today are the first to get a history.
        say("Writing patients' clinical histories…")
        with user_facing_errors(), ctx.uow() as uow:
            clinical = seed_demo_clinical(uow.connection)
            if clinical.demo_doctor_id is not None:
                # The same patients' lab results (one critical, acknowledged; a few tests still on the
                # worklist) and medications (the first is on aspirin long-term: try prescribing warfarin).
                now = datetime.now(UTC)
                today = now.astimezone(HospitalTime.read(uow).tz).date()
                # Adults only: the seeded reference ranges and the demo's long-term medicines are adults'.
                adults = _adults(uow.connection, clinical.patient_ids, today)
                labs_added = seed_demo_labs(uow.connection, patient_ids=adults[:DEMO_LAB_PATIENTS],
                                            doctor_id=clinical.demo_doctor_id, now=now).results
                prescriptions_added = add_demo_prescriptions(uow.connection, adults, clinical.demo_doctor_id,
                                                             today=today)
                # Pharmacy and stores; the demo clerk may dispense the amoxicillin course (Billing > Pharmacy).
                add_demo_inventory(uow.connection, today=today, dispenser="billing")
                # Two insurers with plans; the first adults of the day are insured (one policy lapsed).
                add_demo_insurance(uow.connection, adults[:4], today=today)
                # Invoices of yesterday's and last week's charges, the insured patients first; bed days.
                billed = add_demo_billing(uow.connection, adults, today=today)
                # The insurers' shares of those invoices: a batch paid by remittance, one submitted.
                add_demo_claims(uow.connection, billed.issued_ids, today=today)
                # The demo clerk's drawer closed yesterday, so "My shift" has a Z-report to look at.
                add_demo_shift(uow.connection, username="billing", today=today, zone=HospitalTime.read(uow).tz)
            uow.commit()
    else:
        say("Admissions, doctors' hours, appointments and clinical histories were not created: past times, "
            "statuses and authors need the database owner's rights (run “hms demo” as the owner).")
    return DemoReport(beds_added=beds_added, patients_admitted=admitted,
                      histories_added=clinical.patients if clinical else 0,
                      encounters_added=clinical.encounters if clinical else 0,
                      lab_results_added=labs_added, prescriptions_added=prescriptions_added,
                      invoices_added=billed.invoices_issued if billed else 0,
                      unbilled_charges=billed.unbilled_left if billed else 0,
                      skipped_reason=None, hospital_name=name, departments_added=departments_added,
                      staff_added=added, staff_kept=kept, staff_unavailable=tuple(unavailable),
                      patients_added=patients_added, patients_total=total, audit_summarised=summarised,
                      seconds=time.monotonic() - started, accounts=DEMO_ACCOUNTS)


def _adults(conn: Connection, patient_ids: tuple[int, ...], today: date) -> list[int]:
    """Those of ``patient_ids`` aged 18 or more, in the same order."""
    adult = {r[0] for r in conn.execute(text(
        "SELECT id FROM patient WHERE id = ANY(:ids) AND age(:today, birth_date) >= interval '18 years'"),
        {"ids": list(patient_ids), "today": today})}
    return [p for p in patient_ids if p in adult]


# --- departments and staff -------------------------------------------------------------------------------


def _add_departments(ctx: ServiceContext) -> int:
    # There is no department service yet; this is the same insert users.add_staff does for a new name.
    added = 0
    with user_facing_errors(), ctx.uow() as uow:
        for name in DEMO_DEPARTMENTS:
            added += uow.connection.execute(text(
                "INSERT INTO department (name) SELECT CAST(:n AS varchar) "
                "WHERE NOT EXISTS (SELECT 1 FROM department WHERE lower(name) = lower(:n))"), {"n": name},
            ).rowcount
        uow.commit()
    return added


def _ascii_slug(name: str) -> str:
    """``Siobhán O'Connor`` -> ``siobhanoconnor``: for user names and e-mail addresses."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if "a" <= ch <= "z")


def staff_plan(seed: int = SEED) -> list[NewStaffMember]:
    """Every demo staff member, fixed accounts first; the same list on every run (seeded)."""
    from faker import Faker  # slow to import; only needed here and for the patient pools

    fake = Faker("en_GB")
    fake.seed_instance(seed)
    members = [NewStaffMember(username=a.username, full_name=a.full_name, title=a.title,
                              department=a.department, groups=a.groups) for a in DEMO_ACCOUNTS]
    taken = {m.username for m in members}

    def person() -> tuple[str, str]:
        while True:
            given = fake.first_name_female() if fake.random.random() < 0.5 else fake.first_name_male()
            family = fake.last_name()
            username = f"{_ascii_slug(given)}.{_ascii_slug(family)}"[:41]
            if username not in taken and username_problem(username) is None:
                taken.add(username)
                return username, f"{given} {family}"

    fixed_doctors = sum(1 for a in DEMO_ACCOUNTS if Group.DOCTOR in a.groups)
    # Consultants first, then registrars, across the specialties; the fixed "doctor" is the
    # first General Medicine consultant, so that title is not used twice.
    titles = [(s.department, s.consultant_title) for s in SPECIALTIES][fixed_doctors:]
    titles += [(s.department, s.registrar_title) for s in SPECIALTIES]
    for department, title in titles[:DEMO_DOCTOR_COUNT - fixed_doctors]:
        username, full_name = person()
        members.append(NewStaffMember(username=username, full_name=full_name, title=title,
                                      department=department, groups=frozenset({Group.DOCTOR})))
    for title, department, group, count in EXTRA_DESK_STAFF:
        for _ in range(count):
            username, full_name = person()
            members.append(NewStaffMember(username=username, full_name=full_name, title=title,
                                          department=department, groups=frozenset({group})))
    return members


def _add_staff(ctx: ServiceContext, plan: list[NewStaffMember], say: Progress) -> tuple[int, int, list[str]]:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        existing = set(uow.session.execute(text("SELECT username FROM staff")).scalars())
    missing = [m for m in plan if m.username not in existing]
    if missing:
        say(plural(len(missing), "Creating %n staff account…", "Creating %n staff accounts…"))
    added, unavailable = 0, []
    for member in missing:
        try:
            users.add_staff(ctx, member, DEMO_PASSWORD)
        except Conflict:
            # Roles belong to the whole server: another database there may use this name.
            unavailable.append(member.username)
            continue
        added += 1
    return added, len(plan) - len(missing), unavailable


# --- patients --------------------------------------------------------------------------------------------


def _clean(values: list[str]) -> list[str]:
    # COPY's text format gives tab, newline and backslash a meaning; names never need them.
    return [v.strip() for v in values if v.strip() and not any(c in v for c in "\t\n\r\\")]


@dataclass(frozen=True, slots=True)
class _NamePool:
    family: list[tuple[str, str]]  # (name, ascii slug)
    female: list[tuple[str, str]]
    male: list[tuple[str, str]]


def _name_pools(seed: int) -> list[_NamePool]:
    from faker import Faker

    pools = []
    for index, (locale, share) in enumerate(NAME_LOCALES):
        fake = Faker(locale)
        fake.seed_instance(seed + index)
        # Drawing with repeats keeps Faker's frequency weighting: Smith stays commoner than Ainsworth.
        size = max(500, int(_POOL_SIZE * share))

        def draw(make: Callable[[], str], size: int = size) -> list[tuple[str, str]]:
            return [(v, _ascii_slug(v)) for v in _clean([make() for _ in range(size)])]

        pools.append(_NamePool(family=draw(fake.last_name), female=draw(fake.first_name_female),
                               male=draw(fake.first_name_male)))
    return pools


def _address_pools(rng: random.Random) -> tuple[list[str], list[tuple[str, str]]]:
    """Street names, and places as (the address's last part, its town): the town is the patient's area."""
    from faker import Faker

    fake = Faker("en_GB")
    fake.seed_instance(rng.randrange(1 << 30))
    surnames = _clean([fake.last_name() for _ in range(800)])
    streets = []
    for _ in range(_POOL_SIZE):
        word = rng.choice(STREET_WORDS) if rng.random() < 0.6 else rng.choice(surnames)
        streets.append(f"{word} {rng.choice(STREET_SUFFIXES)}")
    unit_letters = "ABDEFGHJLNPQRSTUWXYZ"  # the letters Royal Mail uses in the inward code
    places = []
    for _ in range(_POOL_SIZE * 4):
        town, area = rng.choice(TOWNS)
        district = rng.randint(1, 28 if len(area) == 1 else 20)
        places.append((f"{town} {area}{district} {rng.randint(1, 9)}{rng.choice(unit_letters)}"
                       f"{rng.choice(unit_letters)}", town))
    return streets, places


def patient_lines(count: int, *, first_number: int = 0, seed: int = SEED,
                  today: date | None = None) -> Iterator[str]:
    """``count`` patients as lines of COPY text (tab-separated, ``\\N`` for null), without the MRN.

    ``first_number`` makes national ids unique across repeated loads (pass the highest patient id).
    """
    rng = random.Random(seed + first_number)
    pools = _name_pools(seed)
    streets, places = _address_pools(rng)
    today = today or date.today()
    # Birth dates as ready-made strings, indexed by age in days.
    max_days = AGE_BANDS[-1][1] * 365
    birth_dates = [(today - timedelta(days=d)).isoformat() for d in range(max_days)]
    # Lookup tables turn a weighted choice into one random() call and an index.
    age_table = [a for lo, hi, share in AGE_BANDS for a in range(lo, hi)
                 for _ in range(max(1, round(share * 1000 / (hi - lo))))]
    locale_table = [i for i, (_, share) in enumerate(NAME_LOCALES) for _ in range(round(share * 100))]
    n_ages, n_locales = len(age_table), len(locale_table)
    n_streets, n_places, n_domains = len(streets), len(places), len(EMAIL_DOMAINS)
    r = rng.random
    randrange = rng.randrange
    # A stride coprime with 900,000,000 walks every 9-digit body once: national ids never repeat.
    stride = 7_919_993

    for i in range(first_number, first_number + count):
        pool = pools[locale_table[int(r() * n_locales)]]
        u = r()
        sex = "F" if u < 0.505 else "M" if u < 0.992 else "X" if u < 0.996 else "U"
        names = pool.female if sex == "F" or (sex != "M" and u < 0.994) else pool.male
        given, given_slug = names[int(r() * len(names))]
        family, family_slug = pool.family[int(r() * len(pool.family))]
        age = age_table[int(r() * n_ages)]
        birth = birth_dates[min(age * 365 + int(r() * 365), max_days - 1)]

        u = r()
        if u < 0.90:
            phone = f"+447{randrange(100_000_000, 1_000_000_000)}"
        elif u < 0.96:
            phone = f"+44{randrange(1_100_000_000, 2_100_000_000)}"  # a landline: 01 or 02 numbers
        else:
            phone = "\\N"
        u = r()
        if age >= 16 and u < 0.65 and given_slug and family_slug:
            style = int(u * 100) % 3
            local = (f"{given_slug}.{family_slug}" if style == 0 else f"{given_slug[0]}{family_slug}"
                     if style == 1 else f"{given_slug}{family_slug}{int(r() * 99) + 1}")
            email = f"{local}@{EMAIL_DOMAINS[int(r() * n_domains)]}"
        else:
            email = "\\N"
        national_id = "\\N"
        if r() < 0.88:
            body = str(100_000_000 + (i * stride) % 900_000_000)
            check = nhs_check_digit(body)
            if check is not None:  # one body in eleven has no valid NHS number: left blank
                national_id = f"{body}{check}"
        house = int(r() * 180) + 1
        street = f"Flat {int(r() * 24) + 1}, {house} " if r() < 0.12 else f"{house} "
        street += streets[int(r() * n_streets)]  # drawn before the place, as it always was: same demo data
        place, town = places[int(r() * n_places)]
        address = f"{street}, {place}"
        yield f"{family}\t{given}\t{sex}\t{birth}\t{phone}\t{email}\t{national_id}\t{address}\t{town}\n"


def _driver(conn: Connection) -> psycopg.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    return raw


def _top_up_patients(ctx: ServiceContext, wanted: int, say: Progress) -> tuple[int, int, bool]:
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        have, last_id = uow.session.execute(text("SELECT count(*), coalesce(max(id), 0) FROM patient")).one()
    count = max(0, wanted - have)
    if count == 0:
        return 0, have, False
    summarised = _copy_patients(ctx, count, first_number=last_id, say=say)
    if summarised:
        # Fresh statistics, the trigram indexes' pending lists merged and the visibility map set:
        # the first search after a big load is fast. Needs the table owner's rights.
        say("Updating the planner's statistics…")
        with user_facing_errors():
            ctx.db.run_maintenance("VACUUM (ANALYZE) patient")
    return count, have + count, summarised


def _owns_the_tables(conn: Connection) -> bool:
    return bool(conn.execute(text(
        "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
        "WHERE c.oid = 'patient'::regclass")).scalar())


def _copy_patients(ctx: ServiceContext, count: int, *, first_number: int, say: Progress) -> bool:
    """Stream ``count`` patients in one transaction; True if audited as one bulk-load entry."""
    with user_facing_errors(), ctx.uow() as uow:
        conn = uow.connection
        # Turning the audit trigger off needs the table owner's rights (the cluster owner has them).
        # ALTER TABLE ... DISABLE TRIGGER names just that trigger, unlike session_replication_role
        # which would also silence any other trigger (NOTIFY, derived columns) a later migration adds.
        # The change is part of this transaction: other sessions never see the trigger off (their
        # writes to patient wait for our lock), and a failure rolls it back with the rows.
        owner = _owns_the_tables(conn)
        if owner:
            conn.execute(text("ALTER TABLE patient DISABLE TRIGGER audit"))
            # The owner's rows keep what they say anyway (migration 0010): skipping the trigger's call per
            # row takes about a tenth off a million-patient load.
            conn.execute(text("ALTER TABLE patient DISABLE TRIGGER database_sets_defaults"))
            say(f"Loading {count:,} patients (one audit entry for the whole load)…")
        else:
            say(f"Loading {count:,} patients; without the table owner's rights each row is audited "
                "one by one, which is slow for large numbers…")
        # Bigger buffers let the trigram (GIN) indexes merge their pending lists in fewer passes.
        conn.execute(text("SET LOCAL work_mem = '128MB'"))
        raw = _driver(conn)
        written = 0
        buffer: list[str] = []
        with raw.cursor() as cursor, cursor.copy(_COPY_SQL) as copy:
            for line in patient_lines(count, first_number=first_number):
                buffer.append(line)
                if len(buffer) == _CHUNK:
                    copy.write("".join(buffer))
                    written += len(buffer)
                    buffer.clear()
                    if written % PROGRESS_EVERY == 0 and written < count:
                        say(f"  {written:,} of {count:,} patients…")
            if buffer:
                copy.write("".join(buffer))
        if owner:
            conn.execute(text("ALTER TABLE patient ENABLE TRIGGER database_sets_defaults"))
            conn.execute(text("ALTER TABLE patient ENABLE TRIGGER audit"))
            conn.execute(text(
                "SELECT hms_audit_append('patient', NULL, 'BULK_LOAD', NULL, "
                "jsonb_build_object('rows', CAST(:n AS integer), 'source', 'hms demo'))"), {"n": count})
        say("Committing…")
        uow.commit()
    log.info("Demo load added %d patients", count)
    return owner
