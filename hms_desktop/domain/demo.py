"""The demo hospital: well-known accounts, departments and the word lists patients are built from.

Pure data. ``services.demo`` loads it; the login dialog shows ``DEMO_ACCOUNTS`` when the
hospital setting ``demo_mode`` is on, so people trying the app know how to get in.
"""

from __future__ import annotations

from dataclasses import dataclass

from hms_desktop.domain.staff import Group

# One password for every demo account: the point of a demo is that anyone can get in.
# It must pass ``password_problem`` (10+ characters, not containing any demo user name).
DEMO_PASSWORD = "demo-pass-2026"

DEMO_HOSPITAL_NAME = "St. Demo General Hospital"


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A staff account the demo creates, with its password shown in demo mode."""

    username: str
    password: str
    full_name: str
    role: str  # what the login dialog shows, e.g. "Administrator"
    groups: frozenset[Group] = frozenset()
    title: str = ""
    department: str = ""


# Fixed names so they can be printed, documented and typed from memory.
DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("admin", DEMO_PASSWORD, "Alex Morgan", "Administrator", frozenset({Group.ADMIN}),
                "Hospital Administrator", "Administration"),
    DemoAccount("reception", DEMO_PASSWORD, "Rita Shah", "Reception", frozenset({Group.RECEPTION}),
                "Receptionist", "Front desk"),
    DemoAccount("billing", DEMO_PASSWORD, "Ben Clarke", "Billing", frozenset({Group.BILLING}),
                "Billing Clerk", "Billing"),
    DemoAccount("doctor", DEMO_PASSWORD, "Sarah Okafor", "Doctor", frozenset({Group.DOCTOR}),
                "Consultant Physician", "General Medicine"),
)

DEMO_DEPARTMENTS: tuple[str, ...] = (
    "Administration", "Front desk", "Billing", "Emergency", "General Medicine", "Cardiology", "Paediatrics",
    "Surgery", "Orthopaedics", "Obstetrics & Gynaecology", "Dermatology", "ENT", "Neurology", "Radiology",
    "Pathology", "Pharmacy",
)


@dataclass(frozen=True, slots=True)
class Specialty:
    department: str
    consultant_title: str
    registrar_title: str


# Two doctors per specialty (a consultant and a registrar), 20 with the fixed "doctor" account.
SPECIALTIES: tuple[Specialty, ...] = (
    Specialty("General Medicine", "Consultant Physician", "Specialty Registrar in General Medicine"),
    Specialty("Cardiology", "Consultant Cardiologist", "Specialty Registrar in Cardiology"),
    Specialty("Paediatrics", "Consultant Paediatrician", "Specialty Registrar in Paediatrics"),
    Specialty("Surgery", "Consultant General Surgeon", "Specialty Registrar in General Surgery"),
    Specialty("Orthopaedics", "Consultant Orthopaedic Surgeon",
              "Specialty Registrar in Trauma & Orthopaedics"),
    Specialty("Obstetrics & Gynaecology", "Consultant Obstetrician & Gynaecologist",
              "Specialty Registrar in Obstetrics & Gynaecology"),
    Specialty("Dermatology", "Consultant Dermatologist", "Specialty Doctor in Dermatology"),
    Specialty("ENT", "Consultant ENT Surgeon", "Specialty Registrar in ENT"),
    Specialty("Neurology", "Consultant Neurologist", "Specialty Registrar in Neurology"),
    Specialty("Radiology", "Consultant Radiologist", "Specialty Registrar in Radiology"),
)
DEMO_DOCTOR_COUNT = 20
# Besides the fixed accounts, a few more people at the desks: (title, department, group, how many).
EXTRA_DESK_STAFF: tuple[tuple[str, str, Group, int], ...] = (
    ("Receptionist", "Front desk", Group.RECEPTION, 2),
    ("Billing Clerk", "Billing", Group.BILLING, 1),
)

# Addresses: real town names with their postcode areas, streets built from common English
# street words and surnames. Faker's en_GB streets and postcodes look American or malformed.
TOWNS: tuple[tuple[str, str], ...] = (
    ("London", "N"), ("London", "SE"), ("London", "E"), ("London", "NW"), ("Croydon", "CR"),
    ("Birmingham", "B"), ("Manchester", "M"), ("Leeds", "LS"), ("Sheffield", "S"), ("Bristol", "BS"),
    ("Liverpool", "L"), ("Nottingham", "NG"), ("Leicester", "LE"), ("Coventry", "CV"), ("Bradford", "BD"),
    ("Reading", "RG"), ("Oxford", "OX"), ("Cambridge", "CB"), ("Norwich", "NR"), ("Brighton", "BN"),
    ("Southampton", "SO"), ("Portsmouth", "PO"), ("Exeter", "EX"), ("Plymouth", "PL"), ("York", "YO"),
    ("Newcastle upon Tyne", "NE"), ("Sunderland", "SR"), ("Derby", "DE"), ("Stoke-on-Trent", "ST"),
    ("Wolverhampton", "WV"), ("Luton", "LU"), ("Milton Keynes", "MK"), ("Northampton", "NN"),
    ("Peterborough", "PE"), ("Ipswich", "IP"), ("Colchester", "CO"), ("Chelmsford", "CM"), ("Bath", "BA"),
    ("Gloucester", "GL"), ("Cardiff", "CF"), ("Swansea", "SA"), ("Edinburgh", "EH"), ("Glasgow", "G"),
    ("Belfast", "BT"), ("Preston", "PR"), ("Blackpool", "FY"), ("Bolton", "BL"), ("Stockport", "SK"),
    ("Warrington", "WA"), ("Hull", "HU"),
)
STREET_WORDS: tuple[str, ...] = (
    "High", "Station", "Church", "Park", "Victoria", "Albert", "Manor", "Mill", "Green", "Chapel", "School",
    "Queen's", "King's", "New", "Old", "Oak", "Elm", "Beech", "Willow", "Ash", "Cedar", "Meadow", "Orchard",
    "Springfield", "Grange", "Windsor", "York", "London", "North", "South", "West", "East", "Highfield",
    "Brook", "Hill", "Mount", "Rose", "Heath", "Marsh", "Priory", "Abbey", "Castle", "Bridge", "Market",
    "Cromwell", "Nelson", "Wellington", "Stanley", "Kingsway", "Fairfield",
)
STREET_SUFFIXES: tuple[str, ...] = (
    "Street", "Road", "Road", "Road", "Lane", "Avenue", "Close", "Drive", "Way", "Gardens", "Crescent",
    "Grove", "Place", "Terrace", "Court", "Rise", "Walk", "Mews",
)
# Names are drawn from these Faker locales, weighted to look like a British city's patient list.
NAME_LOCALES: tuple[tuple[str, float], ...] = (
    ("en_GB", 0.78), ("en_IE", 0.08), ("en_IN", 0.10), ("pl_PL", 0.04),
)
# Only the reserved example domains (RFC 2606): demo data never holds a deliverable address.
EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.org", "example.net", "example.co.uk")

# Age at registration, in years: (from, to exclusive, share). A general hospital sees more
# of the very young and the old than the population pyramid alone would suggest.
AGE_BANDS: tuple[tuple[int, int, float], ...] = (
    (0, 1, 0.03), (1, 5, 0.05), (5, 18, 0.10), (18, 30, 0.12), (30, 45, 0.15), (45, 65, 0.24),
    (65, 80, 0.20), (80, 95, 0.10), (95, 101, 0.01),
)


def nhs_check_digit(nine_digits: str) -> int | None:
    """The NHS number's modulus-11 check digit, or None when the nine digits cannot have one."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine_digits))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check
