"""Patients at the front desk: find, register, edit, merge; photos; the overview a receptionist opens.

Every function takes the ``ServiceContext`` of the person at the keyboard, checks what they may do (the
GRANTs check again), validates with ``domain.patients``, runs one transaction and returns frozen DTOs.

Search (``search``) reads the box with ``domain.patients.parse_search`` and takes one indexed path:

* MRN: exact match on the unique index. A merged record's MRN returns its survivor first, then the
  merged record itself with ``merged_into_mrn`` set, so the desk sees why another record opened.
* phone (``phone`` or ``phone_alt``, E.164), national ID, date of birth: exact matches on b-tree indexes.
* name: the folded fragments are matched against ``name_search`` (GIN trigram index) in bands, best
  first (see ``_name_tiers``): as typed ("family given" or "given family" prefixes, then anywhere in the
  name), in name order; and only when nothing matches as typed, the typo bands: swapped letters, then
  the word-similarity operator ``<%`` ("smiht" finds "smith"), ranked by the sum of ``word_similarity``.
  A correct name never pays for the typo search. Pages are ``limit + 1`` rows, so a million matches are
  never read at once.

Merged records are left out of every search except the MRN one: they are duplicates that now point
elsewhere, and showing them would invite someone to book onto a dead record.
"""

from __future__ import annotations

import functools
import logging
import time
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import phonenumbers
from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy import insert as sql_insert
from sqlalchemy import text as sql_text
from sqlalchemy import update as sql_update

from hms_desktop.db.database import Database
from hms_desktop.db.models import Admission, Patient
from hms_desktop.domain.patients import (
    MRN_LENGTH,
    InsuranceDraft,
    PatientDraft,
    mrn_is_valid,
    parse_search,
    validate_patient,
)
from hms_desktop.domain.staff import GROUP_LABELS, Group
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ServiceError,
    ValidationFailed,
    user_facing_errors,
)

if TYPE_CHECKING:
    from hms_desktop.services.admissions import AdmissionDTO

log = logging.getLogger(__name__)

DEFAULT_REGION = "GB"
# Word-similarity threshold for ``<%``. 0.45 lets one transposition through in a five-letter name
# ("smiht" ~ "smith" = 0.5) while keeping "smith" from matching every name with an "s" and an "h".
WORD_SIMILARITY_THRESHOLD = 0.45
# Fragments shorter than this are matched as substrings, not by similarity.
SIMILARITY_MIN_TOKEN = 4
# Similar-name (typo) matches are ranked among at most this many candidates: a misspelt common
# name ("smiht") is similar to tens of thousands of rows, and the page must not wait for all of them.
SIMILAR_CANDIDATES = 300
MAX_SWAPS = 12
MAX_PAGE = 500
# Duplicate detection.
DUPLICATE_NAME_SIMILARITY = 0.6
DUPLICATE_PART_SIMILARITY = 0.8
MAX_DUPLICATES = 20
PHOTO_MAX_BYTES = 2 * 1024 * 1024
_PHOTO_SIGNATURES = {"image/jpeg": (b"\xff\xd8\xff",), "image/png": (b"\x89PNG\r\n\x1a\n",)}

WRITERS = (Group.RECEPTION, Group.ADMIN)
# patient_insurance is readable by these groups only (doctors never see it).
INSURANCE_READERS = (Group.RECEPTION, Group.BILLING, Group.ADMIN)


class SortKey(StrEnum):
    """The orders the patient list offers; a column name from the UI never reaches SQL as text."""

    RELEVANCE = "relevance"
    NAME = "name"
    MRN = "mrn"
    BIRTH_DATE = "birth_date"
    CREATED = "created"  # newest first


@dataclass(frozen=True, slots=True)
class PatientSummary:
    id: int
    mrn: str
    family_name: str
    given_name: str
    sex: str
    birth_date: date | None
    birth_date_estimated: bool
    phone: str | None
    last_visit: datetime | None  # the latest admission, for now
    merged_into_mrn: str | None

    @property
    def display_name(self) -> str:
        return f"{self.family_name.upper()}, {self.given_name}"


@dataclass(frozen=True, slots=True)
class SearchPage:
    rows: tuple[PatientSummary, ...]
    has_more: bool


@dataclass(frozen=True, slots=True)
class InsuranceRecord:
    id: int
    payer: str
    member_number: str
    valid_from: date | None
    valid_to: date | None


@dataclass(frozen=True, slots=True)
class PatientRecord:
    id: int
    mrn: str
    draft: PatientDraft  # ``draft.insurance`` is the current (latest) policy
    insurance: tuple[InsuranceRecord, ...]  # every policy recorded, newest first
    version: int
    updated_at: datetime
    updated_by: str  # the login name of whoever saved last
    created_at: datetime
    merged_into_mrn: str | None


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    patient: PatientSummary
    reasons: tuple[str, ...]  # "same national ID", "same phone number", "similar name and same date of birth"


class PossibleDuplicates(ServiceError):
    """Raised by ``register`` when the patient may already be registered; ask, then pass confirmed_new."""

    def __init__(self, candidates: tuple[DuplicateCandidate, ...]) -> None:
        self.candidates = candidates
        count = len(candidates)
        super().__init__(
            "This patient may already be registered "
            + ("(1 possible match)." if count == 1 else f"({count} possible matches).")
            + " Check the list before registering a new record.")


class EditConflict(Conflict):
    """Someone saved the patient while this person was editing; nothing of theirs was overwritten."""

    def __init__(self, message: str, *, mine: PatientDraft, theirs: PatientRecord) -> None:
        self.mine = mine
        self.theirs = theirs
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class PatientOverview:
    record: PatientRecord
    current_admission: AdmissionDTO | None
    admissions: tuple[AdmissionDTO, ...]  # recent visits, newest first
    upcoming_appointments: tuple[()] = ()  # filled by the scheduling issue


# --- settings ----------------------------------------------------------------------------------------------


def _region(conn: Connection) -> str:
    value = conn.execute(sql_text("SELECT value FROM hospital_setting WHERE key = 'phone_region'")).scalar()
    if isinstance(value, str) and value.upper() in phonenumbers.SUPPORTED_REGIONS:
        return value.upper()
    return DEFAULT_REGION  # missing or damaged: the default rather than a stopped front desk


# The region changes perhaps once in a hospital's life; a search should not pay a round trip for it.
_REGION_TTL_SECONDS = 60.0
_region_cache: weakref.WeakKeyDictionary[Database, tuple[float, str]] = weakref.WeakKeyDictionary()


def _cached_region(ctx: ServiceContext, conn: Connection) -> str:
    now = time.monotonic()
    cached = _region_cache.get(ctx.db)
    if cached is not None and now - cached[0] < _REGION_TTL_SECONDS:
        return cached[1]
    region = _region(conn)
    _region_cache[ctx.db] = (now, region)
    return region


def phone_region(ctx: ServiceContext) -> str:
    """The hospital setting ``phone_region`` (ISO country code for numbers typed without +), default GB.

    Read fresh; searches use a copy at most a minute old.
    """
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        region = _region(conn)
    _region_cache[ctx.db] = (time.monotonic(), region)
    return region


# --- rows to DTOs ------------------------------------------------------------------------------------------

_P = Patient.__table__
_A = Admission.__table__
_DRAFT_COLUMNS = tuple(f.name for f in fields(PatientDraft) if f.name != "insurance")
_SUMMARY_COLUMNS = ("id", "mrn", "family_name", "given_name", "sex", "birth_date", "birth_date_estimated",
                    "phone")
_RECORD_COLUMNS = ("id", "mrn", *_DRAFT_COLUMNS, "version", "updated_at", "updated_by", "created_at",
                   "merged_into_id")


def _summary(row: Any) -> PatientSummary:
    return PatientSummary(
        id=row.id, mrn=row.mrn, family_name=row.family_name, given_name=row.given_name, sex=row.sex,
        birth_date=row.birth_date, birth_date_estimated=row.birth_date_estimated, phone=row.phone,
        last_visit=row.last_visit, merged_into_mrn=row.merged_into_mrn)


def _insurance(conn: Connection, patient_id: int) -> tuple[InsuranceRecord, ...]:
    rows = conn.execute(sql_text(
        "SELECT id, payer, member_number, valid_from, valid_to FROM patient_insurance "
        "WHERE patient_id = :id ORDER BY id DESC"), {"id": patient_id})
    return tuple(InsuranceRecord(id=r.id, payer=r.payer, member_number=r.member_number,
                                 valid_from=r.valid_from, valid_to=r.valid_to) for r in rows)


def _record(row: Any, insurance: tuple[InsuranceRecord, ...], merged_into_mrn: str | None) -> PatientRecord:
    current = insurance[0] if insurance else None
    draft = PatientDraft(
        **{name: getattr(row, name) for name in _DRAFT_COLUMNS},
        insurance=None if current is None else InsuranceDraft(
            payer=current.payer, member_number=current.member_number, valid_from=current.valid_from,
            valid_to=current.valid_to))
    return PatientRecord(id=row.id, mrn=row.mrn, draft=draft, insurance=insurance, version=row.version,
                         updated_at=row.updated_at, updated_by=row.updated_by, created_at=row.created_at,
                         merged_into_mrn=merged_into_mrn)


def _record_statement(patient_id: int, *, for_update: bool) -> Select[Any]:
    survivor = _P.alias("survivor")
    statement = (select(*(_P.c[name] for name in _RECORD_COLUMNS), survivor.c.mrn.label("merged_into_mrn"))
                 .select_from(_P.outerjoin(survivor, survivor.c.id == _P.c.merged_into_id))
                 .where(_P.c.id == patient_id))
    return statement.with_for_update(of=_P) if for_update else statement


def _load_record(conn: Connection, ctx: ServiceContext, patient_id: int, *,
                 for_update: bool = False) -> PatientRecord:
    row = conn.execute(_record_statement(patient_id, for_update=for_update)).one_or_none()
    if row is None:
        raise NotFound("This patient record does not exist (it may have been opened from an old list).")
    # Doctors may not read insurance (the GRANTs say so); they see the record without it.
    can_read_insurance = any(ctx.user.has(g) for g in INSURANCE_READERS)
    insurance = _insurance(conn, patient_id) if can_read_insurance else ()
    return _record(row, insurance, row.merged_into_mrn)


# --- search ------------------------------------------------------------------------------------------------
#
# Statements are built once per shape (which kind of search, how many fragments of which lengths, which
# order) and cached: building SQLAlchemy subqueries costs more than running the query. Every value
# arrives as a bound parameter; nothing the person typed is ever part of the SQL text.

_NAME = _P.c.name_search
# Constants are written into the SQL, not bound: every statement's parameters are then exactly the
# named ones, and the compiled text can be sent to the driver as it is (see _run).
_NO_SCORE = literal_column("0.0")
_PAGE = {"page_limit": bindparam("page_limit", type_=Integer), "page_offset": bindparam("page_offset",
                                                                                         type_=Integer)}


def _name_key(c: Any, *, walk_index: bool = False) -> ColumnElement[Any]:
    """Names sort by their folded form in byte order ("smith john" before "smithson ann"): the same order
    whatever the database's locale, and the order of the b-tree proposed in docs/front_desk_api.md.

    Only a family-name prefix is sorted by walking that b-tree (``walk_index``): the walk stops after a
    page when matches are dense along it. Elsewhere the key is wrapped so the planner cannot choose the
    walk, which for sparse matches ("che whi") would read the whole index before finding a page.
    """
    name = c.name_search if walk_index else c.name_search.concat(literal_column("''"))
    return name.collate("C")


def _order_by(sort: SortKey, c: Any, score: ColumnElement[Any]) -> list[ColumnElement[Any]]:
    """The allow-list: each key maps to columns, never to text from the caller."""
    name = _name_key(c)
    orders: dict[SortKey, Callable[[], list[ColumnElement[Any]]]] = {
        # A constant is no order (and PostgreSQL refuses "ORDER BY 0.0").
        SortKey.RELEVANCE: lambda: [name, c.id] if score is _NO_SCORE else [score.desc(), name, c.id],
        SortKey.NAME: lambda: [name, c.id],
        SortKey.MRN: lambda: [c.mrn],
        SortKey.BIRTH_DATE: lambda: [c.birth_date.asc().nulls_last(), name, c.id],
        SortKey.CREATED: lambda: [c.created_at.desc(), c.id.desc()],
    }
    return orders[sort]()


def _like_escape(token: str) -> str:
    # The fragment's own % and _ match themselves.
    return token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass(frozen=True, slots=True)
class _Fragment:
    """What the SQL for one name fragment depends on (not its text, which is a parameter)."""

    has_trigram: bool  # 3+ characters: the GIN index can find it as a substring
    fuzzy: bool  # SIMILARITY_MIN_TOKEN+ characters: also matched by word similarity
    swaps: int  # slots for swapped-letter spellings (see _swapped)

    @classmethod
    def of(cls, token: str) -> _Fragment:
        fuzzy = len(token) >= SIMILARITY_MIN_TOKEN
        return cls(len(token) >= 3, fuzzy, _swap_slots(token) if fuzzy else 0)


def _swapped(token: str) -> list[str]:
    """The spellings with two neighbouring letters swapped back ("rboinson" -> "robinson", ...).

    The commonest typing slip, and the one trigrams forgive worst: a swap in the middle of a word
    breaks three of its trigrams, so "mathtews" is not similar enough to "matthews".
    """
    found: list[str] = []
    for k in range(len(token) - 1):
        if token[k] != token[k + 1]:
            candidate = token[:k] + token[k + 1] + token[k] + token[k + 2:]
            if candidate not in found:
                found.append(candidate)
    return found[:MAX_SWAPS]


def _swap_slots(token: str) -> int:
    # Rounded up to a multiple of four (the spare slots repeat a spelling), so that a handful of
    # statement shapes serve every name length and the statement cache stays small.
    return max(4, -(-len(_swapped(token)) // 4) * 4)


def _fragment_params(tokens: Sequence[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for i, token in enumerate(tokens):
        escaped = _like_escape(token)
        # Outside letters and digits, every character is escaped for the regular expression.
        word = "".join(ch if ch.isalnum() else "\\" + ch for ch in token)
        params |= {f"in{i}": f"%{escaped}%", f"start{i}": f"{escaped}%", f"later{i}": f"% {escaped}%",
                   f"word{i}": f"(^| ){word}", f"sim{i}": token}
        if len(token) >= SIMILARITY_MIN_TOKEN:
            spellings = _swapped(token) or [token]
            slots = _swap_slots(token)
            spellings += [spellings[-1]] * (slots - len(spellings))
            params |= {f"swap{i}_{k}": f"%{_like_escape(v)}%" for k, v in enumerate(spellings)}
    return params


def _contains(i: int, fragment: _Fragment) -> ColumnElement[bool]:
    """The fragment appears in the name. One or two letters must start a word: "jo" is not "mojo".

    Both forms give the trigram index something to look up: '%frag%' has a trigram when the fragment
    has three letters; '(^| )jo' gives the word-start trigrams "  j" and " jo" (LIKE 'jo%' would not).
    """
    if fragment.has_trigram:
        return _NAME.like(bindparam(f"in{i}"), escape="\\")
    return _NAME.op("~", is_comparison=True)(bindparam(f"word{i}", type_=String))


def _starts_family(i: int) -> ColumnElement[bool]:
    """The family name (the start of name_search) begins with the fragment.

    LIKE 'frag%' is answered by the trigram index, and by a b-tree in byte order (the one proposed in
    docs/front_desk_api.md) as a range walked in name order that stops after one page, however common
    the name. It is said once only: with the range spelt out as well, the planner would count the same
    condition twice and take a common name for a rare one.
    """
    return _NAME.like(bindparam(f"start{i}"), escape="\\")


def _starts_later_word(i: int) -> ColumnElement[bool]:
    """A word after the first (the given name, a second family name) begins with the fragment."""
    return _NAME.like(bindparam(f"later{i}"), escape="\\")


def _swap_matches(i: int, fragment: _Fragment) -> list[ColumnElement[bool]]:
    return [_NAME.like(bindparam(f"swap{i}_{k}"), escape="\\") for k in range(fragment.swaps)]


def _contains_or_swapped(i: int, fragment: _Fragment) -> ColumnElement[bool]:
    """As typed, or with two letters swapped back. Each swapped spelling is a LIKE whose rare trigrams
    make its index lookup nearly free."""
    return or_(_contains(i, fragment), *_swap_matches(i, fragment)) if fragment.fuzzy else _contains(i, fragment)


def _similar(i: int, fragment: _Fragment) -> ColumnElement[bool]:
    if fragment.fuzzy:
        # ``'frag' <% name_search`` is the form gin_trgm_ops can answer from the index.
        return bindparam(f"sim{i}", type_=String).op("<%", is_comparison=True)(_NAME)
    return _contains(i, fragment)


# A name that matches once two letters are swapped back ranks just below an exact match.
_SWAP_SCORE = 0.95


def _similarity_score(shape: tuple[_Fragment, ...]) -> ColumnElement[Any]:
    parts: list[ColumnElement[Any]] = []
    for i, fragment in enumerate(shape):
        similarity = func.word_similarity(bindparam(f"sim{i}", type_=String), _NAME)
        if fragment.swaps:
            similarity = case((or_(*_swap_matches(i, fragment)), literal_column(repr(_SWAP_SCORE))), else_=similarity)
        parts.append(similarity)
    score = parts[0]
    for part in parts[1:]:
        score = score + part
    return score


def _summary_columns() -> tuple[Any, ...]:
    return (*(_P.c[name] for name in _SUMMARY_COLUMNS), _P.c.name_search, _P.c.created_at, _P.c.merged_into_id)


def _with_details(inner: Any, order: list[ColumnElement[Any]]) -> Select[Any]:
    # Only the page's rows get last_visit and the survivor's MRN: a correlated subquery in the inner
    # select list would run for every match before the sort.
    survivor = _P.alias("survivor")
    last_visit = (select(func.max(_A.c.admitted_at)).where(_A.c.patient_id == inner.c.id)
                  .scalar_subquery().label("last_visit"))
    return (select(*(inner.c[name] for name in _SUMMARY_COLUMNS), last_visit,
                   survivor.c.mrn.label("merged_into_mrn"))
            .select_from(inner.outerjoin(survivor, survivor.c.id == inner.c.merged_into_id))
            .order_by(*order))


def _paged(where: ColumnElement[bool], score: ColumnElement[Any], sort: SortKey) -> Select[Any]:
    inner = (select(*_summary_columns(), score.label("score")).where(where)
             .order_by(*_order_by(sort, _P.c, score))
             .limit(_PAGE["page_limit"]).offset(_PAGE["page_offset"])
             .subquery("hit"))
    return _with_details(inner, _order_by(sort, inner.c, inner.c.score))


@dataclass(frozen=True, slots=True)
class _Tier:
    """One band of the relevance order: the statement for a page of it, and one counting it."""

    page: Select[Any]
    count: Select[Any]
    fallback: bool = False  # read only when every band before it is empty


def _tier(where: ColumnElement[bool], score: ColumnElement[Any] | None = None, *,
          walk_index: bool = False, fallback: bool = False) -> _Tier:
    if score is None:  # a band in name order
        inner = (select(*_summary_columns(), _NO_SCORE.label("score")).where(where)
                 .order_by(_name_key(_P.c, walk_index=walk_index), _P.c.id)
                 .limit(_PAGE["page_limit"]).offset(_PAGE["page_offset"]).subquery("hit"))
        matches = select(_P.c.id).where(where)
    else:  # ranked by similarity among at most SIMILAR_CANDIDATES candidates
        candidates = (select(*_summary_columns(), score.label("score")).where(where)
                      .limit(literal_column(str(SIMILAR_CANDIDATES))).subquery("candidate"))
        inner = (select(candidates)
                 .order_by(*_order_by(SortKey.RELEVANCE, candidates.c, candidates.c.score))
                 .limit(_PAGE["page_limit"]).offset(_PAGE["page_offset"]).subquery("hit"))
        matches = select(_P.c.id).where(where).limit(literal_column(str(SIMILAR_CANDIDATES)))
    page = _with_details(inner, [inner.c.score.desc(), inner.c.name_search.collate("C"), inner.c.id])
    return _Tier(page=page, count=select(func.count()).select_from(matches.subquery()), fallback=fallback)


@functools.lru_cache(maxsize=512)
def _name_tiers(shape: tuple[_Fragment, ...]) -> tuple[_Tier, ...]:
    """Relevance as bands, best first:

    1. one fragment starts the family name and the others start later words ("smith": Smith, Smithson;
       "john smi": Smith, John);
    2. every fragment is somewhere in the name ("john": Smith, John; "mith": Smith);
    then, only when nothing matches as typed, the typo bands:
    3. the fragments as typed or with two neighbouring letters swapped ("rboinson": Robinson);
    4. names similar to the fragments by trigrams ("smiht", "smyth": Smith).
    Bands 1 and 2 are in name order, 3 and 4 by the sum of each fragment's word similarity.
    A correct name never pays for the typo search, and a cheap typo search spares the costly one.
    """
    live = _P.c.merged_into_id.is_(None)
    contains = [_contains(i, f) for i, f in enumerate(shape)]
    contained = and_(*contains)
    # Band 1 reads the fragments as the desk types them, "family given" or "given family": one starts
    # the family name and each other one starts a later word, so "pate pa" is a Patel whose given name
    # starts with Pa, not every Patel. No condition implies another: the planner multiplies
    # selectivities, and a fragment's "starts with" next to its own "contains" makes a common name
    # look rare.
    first = or_(*(and_(_starts_family(i), *(_starts_later_word(j) for j in range(len(shape)) if j != i))
                  for i in range(len(shape))))
    swapped = and_(*(_contains_or_swapped(i, f) for i, f in enumerate(shape)))
    similar = and_(*(_similar(i, f) for i, f in enumerate(shape)))
    score = _similarity_score(shape)
    tiers = [_tier(and_(live, first), walk_index=len(shape) == 1),
             _tier(and_(live, contained, ~first))]
    if any(f.fuzzy for f in shape):
        # A fallback band is read only when the bands before it are empty, so it needs no "and not
        # in an earlier band": saying it would only cost a recheck per row.
        tiers += [_tier(and_(live, swapped), score, fallback=True),
                  _tier(and_(live, similar), score, fallback=True)]
    return tuple(tiers)


@functools.lru_cache(maxsize=512)
def _name_statement(shape: tuple[_Fragment, ...], sort: SortKey) -> Select[Any]:
    """Any order but relevance: every fragment is in the name or, if long enough, similar to a word."""
    matches = and_(_P.c.merged_into_id.is_(None),
                   *(or_(_contains(i, f), _similar(i, f)) if f.fuzzy else _contains(i, f)
                     for i, f in enumerate(shape)))
    return _paged(matches, _NO_SCORE, sort)


@functools.lru_cache(maxsize=64)
def _exact_statement(kind: str, sort: SortKey) -> Select[Any]:
    value = bindparam("value")
    where: ColumnElement[bool]
    if kind == "phone":
        where = or_(_P.c.phone == value, _P.c.phone_alt == value)
    elif kind == "date":
        where = _P.c.birth_date == bindparam("value", type_=Date)
    elif kind == "national_id":
        where = _P.c.national_id == value
    else:  # pragma: no cover - parse_search has no other kinds
        raise ValueError(kind)
    return _paged(and_(_P.c.merged_into_id.is_(None), where), _NO_SCORE, sort)


def _tiered_page(conn: Connection, tiers: Sequence[_Tier], params: dict[str, Any], *, limit: int,
                 offset: int) -> list[PatientSummary]:
    """``limit + 1`` rows from ``offset`` of the bands laid end to end.

    A fallback band is read only when all before it are empty. A band is counted only when a page
    starts beyond it.
    """
    rows: list[PatientSummary] = []
    need, skip, found_before = limit + 1, offset, False
    for tier in tiers:
        if tier.fallback and found_before:
            break
        got = [_summary(r) for r in conn.execute(tier.page, {**params, "page_limit": need, "page_offset": skip})]
        rows += got
        need -= len(got)
        if need == 0:
            break
        if got:
            found_before = True
            skip = 0  # the page started inside this band: the next one is read from its beginning
        elif skip:
            held = int(conn.execute(tier.count, params).scalar_one())
            found_before = found_before or held > 0
            skip = max(0, skip - held)
    return rows


# A merged record leads to its survivor (following merges of merges). The survivor comes first.
_MRN_SQL = sql_text("""
    WITH RECURSIVE chain(id, merged_into_id, depth) AS (
        SELECT id, merged_into_id, 0 FROM patient WHERE mrn = :mrn
        UNION ALL
        SELECT p.id, p.merged_into_id, c.depth + 1 FROM chain c JOIN patient p ON p.id = c.merged_into_id
        WHERE c.depth < 50
    ), survivor AS (
        SELECT id FROM chain ORDER BY depth DESC LIMIT 1
    )
    SELECT p.id, p.mrn, p.family_name, p.given_name, p.sex, p.birth_date, p.birth_date_estimated, p.phone,
           (SELECT max(a.admitted_at) FROM admission a WHERE a.patient_id = p.id) AS last_visit,
           CASE WHEN p.id = s.id THEN NULL ELSE sp.mrn END AS merged_into_mrn
    FROM chain c
    JOIN patient p ON p.id = c.id
    CROSS JOIN survivor s
    JOIN patient sp ON sp.id = s.id
    WHERE c.depth = 0 OR p.id = s.id
    ORDER BY (p.id = s.id) DESC
""")


def _mrn_rows(conn: Connection, mrn: str) -> list[PatientSummary]:
    return [_summary(r) for r in conn.execute(_MRN_SQL, {"mrn": mrn})]


# One round trip: the similarity threshold and custom plans for this transaction, and the fragments
# folded exactly as the column is. Custom plans: psycopg prepares a statement run five times, and a
# generic plan cannot see how selective a LIKE pattern is.
_PREPARE_NAME_SEARCH_SQL = sql_text(
    "SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true), "
    "set_config('plan_cache_mode', 'force_custom_plan', true), "
    "ARRAY(SELECT hms_fold(t) FROM unnest(CAST(:tokens AS text[])) WITH ORDINALITY AS u(t, n) "
    "ORDER BY n) AS folded")


def _prepare_name_search(conn: Connection, tokens: Sequence[str]) -> tuple[str, ...]:
    row = conn.execute(_PREPARE_NAME_SEARCH_SQL, {"threshold": str(WORD_SIMILARITY_THRESHOLD),
                                                  "tokens": list(tokens)}).one()
    folded: list[str] = []
    for raw in row.folded:
        token = raw.strip()
        if token and token not in folded:
            folded.append(token)
    return tuple(folded)


def search(ctx: ServiceContext, text: str, *, limit: int = 50, offset: int = 0,
           sort: SortKey = SortKey.RELEVANCE) -> SearchPage:
    """Find patients by MRN, phone, date of birth, national ID or name fragments; one page at a time."""
    sort = SortKey(sort)  # ValueError for anything off the allow-list, before any SQL
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise ValueError(f"limit must be 1..{MAX_PAGE} and offset >= 0")
    page = {"page_limit": limit + 1, "page_offset": offset}
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        query = parse_search(text, region=_cached_region(ctx, conn), today=date.today())
        if query.kind == "empty":
            return SearchPage(rows=(), has_more=False)
        if query.kind == "mrn":
            found = _mrn_rows(conn, query.value) if offset == 0 else []
        elif query.kind == "name":
            tokens = _prepare_name_search(conn, query.tokens)
            if not tokens:
                return SearchPage(rows=(), has_more=False)
            shape = tuple(_Fragment.of(t) for t in tokens)
            params = _fragment_params(tokens)
            if sort is SortKey.RELEVANCE:
                found = _tiered_page(conn, _name_tiers(shape), params, limit=limit, offset=offset)
            else:
                found = [_summary(r) for r in conn.execute(_name_statement(shape, sort), params | page)]
        else:
            value: Any = date.fromisoformat(query.value) if query.kind == "date" else query.value
            found = [_summary(r) for r in conn.execute(_exact_statement(query.kind, sort), {"value": value} | page)]
    return SearchPage(rows=tuple(found[:limit]), has_more=len(found) > limit)


def find_by_mrn(ctx: ServiceContext, mrn: str) -> PatientSummary | None:
    """The patient with this MRN; a merged record leads to the record it was merged into."""
    mrn = "".join(mrn.split())
    if len(mrn) != MRN_LENGTH or not mrn_is_valid(mrn):
        return None
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        rows = _mrn_rows(conn, mrn)
    return rows[0] if rows else None


# --- duplicates --------------------------------------------------------------------------------------------

# Each reason is its own indexed lookup of ids; only the few rows found are read in full. The
# birth-date lookup, which every registration makes and which finds some thirty people a day, needs
# only birth_date, name_search and id: a covering index (proposed in docs/front_desk_api.md) answers
# it without reading the table. The names are folded once (in "q"), not once per candidate row:
# hms_fold reads a dictionary, and a prepared statement's generic plan would call it for every row.
_DUPLICATES_SQL = sql_text("""
    WITH q AS MATERIALIZED (
        SELECT hms_fold(:full_name) AS full_name, hms_fold(:family) AS family, hms_fold(:given) AS given
    ), hit(id, reason) AS (
        SELECT p.id, 1 FROM patient p
        WHERE p.merged_into_id IS NULL AND p.national_id = :nid
          AND (CAST(:nid_type AS text) IS NULL OR p.national_id_type IS NULL OR p.national_id_type = :nid_type)
        UNION ALL
        SELECT p.id, 2 FROM patient p
        WHERE p.merged_into_id IS NULL
          AND (p.phone = ANY(CAST(:phones AS text[])) OR p.phone_alt = ANY(CAST(:phones AS text[])))
        UNION ALL
        SELECT p.id, 3 FROM patient p CROSS JOIN q
        WHERE p.merged_into_id IS NULL AND p.birth_date = :dob
          AND (similarity(p.name_search, q.full_name) >= :name_similarity
               OR (word_similarity(q.family, p.name_search) >= :part_similarity
                   AND word_similarity(q.given, p.name_search) >= :part_similarity))
    ), candidate AS (
        SELECT id, bool_or(reason = 1) AS same_id, bool_or(reason = 2) AS same_phone,
               bool_or(reason = 3) AS similar_name, count(*) AS reasons
        FROM hit WHERE id IS DISTINCT FROM CAST(:exclude AS bigint)
        GROUP BY id ORDER BY count(*) DESC, id LIMIT :max_rows
    )
    SELECT p.id, p.mrn, p.family_name, p.given_name, p.sex, p.birth_date, p.birth_date_estimated, p.phone,
           (SELECT max(a.admitted_at) FROM admission a WHERE a.patient_id = p.id) AS last_visit,
           NULL::text AS merged_into_mrn, c.same_id, c.same_phone, c.similar_name
    FROM candidate c JOIN patient p ON p.id = c.id
    ORDER BY c.reasons DESC, p.id
""")


def _duplicates(conn: Connection, draft: PatientDraft, exclude_id: int | None) -> tuple[DuplicateCandidate, ...]:
    phones = sorted({p for p in (draft.phone, draft.phone_alt) if p})
    rows = conn.execute(_DUPLICATES_SQL, {
        "nid": draft.national_id, "nid_type": draft.national_id_type, "phones": phones,
        "dob": draft.birth_date, "full_name": f"{draft.family_name} {draft.given_name}",
        "family": draft.family_name, "given": draft.given_name, "exclude": exclude_id,
        "name_similarity": DUPLICATE_NAME_SIMILARITY, "part_similarity": DUPLICATE_PART_SIMILARITY,
        "max_rows": MAX_DUPLICATES,
    })
    found = []
    for row in rows:
        reasons = []
        if row.same_id:
            reasons.append("same national ID")
        if row.same_phone:
            reasons.append("same phone number")
        if row.similar_name:
            reasons.append("similar name and same date of birth")
        found.append(DuplicateCandidate(patient=_summary(row), reasons=tuple(reasons)))
    return tuple(found)


def _validated(draft: PatientDraft, region: str) -> PatientDraft:
    # ValidationError from the domain becomes ValidationFailed in user_facing_errors().
    return validate_patient(draft, region=region, today=date.today())


def find_duplicates(ctx: ServiceContext, draft: PatientDraft, *,
                    exclude_id: int | None = None) -> tuple[DuplicateCandidate, ...]:
    """Records that may be the same person: same national ID, same phone, or similar name and birth date."""
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        return _duplicates(conn, _validated(draft, _cached_region(ctx, conn)), exclude_id)


# --- writing -----------------------------------------------------------------------------------------------

_RETURNING = tuple(_P.c[name] for name in _RECORD_COLUMNS)
# Built once: constructing an INSERT costs about as much as the database takes to run it.
_INSERT_PATIENT = sql_insert(_P).values({name: bindparam(name) for name in _DRAFT_COLUMNS}).returning(*_RETURNING)
_UPDATE_PATIENT = (sql_update(_P).where(_P.c.id == bindparam("patient_id"))
                   .values({**{name: bindparam(name) for name in _DRAFT_COLUMNS}, "version": _P.c.version + 1})
                   .returning(*_RETURNING))


_INSERT_INSURANCE_SQL = sql_text(
    "INSERT INTO patient_insurance (patient_id, payer, member_number, valid_from, valid_to) "
    "VALUES (:patient_id, :payer, :member_number, :valid_from, :valid_to)")

_UPDATE_INSURANCE_DATES_SQL = sql_text(
    "UPDATE patient_insurance SET valid_from = :valid_from, valid_to = :valid_to, version = version + 1 "
    "WHERE id = :id")


def _draft_params(draft: PatientDraft) -> dict[str, Any]:
    return {name: getattr(draft, name) for name in _DRAFT_COLUMNS}


def _write_insurance(conn: Connection, patient_id: int, wanted: InsuranceDraft | None,
                     current: tuple[InsuranceRecord, ...]) -> None:
    """One policy at a time: a new payer or member number adds a row (the old one stays as history);
    changed dates update the current row. Policies are never deleted (nobody has DELETE on them)."""
    latest = current[0] if current else None
    if wanted is None:
        if latest is not None:
            raise ValidationFailed({"insurance.payer": "A recorded policy cannot be removed. Enter the date "
                                                       "it ended in “valid to” instead."})
        return
    params = {"patient_id": patient_id, "payer": wanted.payer, "member_number": wanted.member_number,
              "valid_from": wanted.valid_from, "valid_to": wanted.valid_to}
    if latest is None or (latest.payer, latest.member_number) != (wanted.payer, wanted.member_number):
        conn.execute(_INSERT_INSURANCE_SQL, params)
    elif (latest.valid_from, latest.valid_to) != (wanted.valid_from, wanted.valid_to):
        conn.execute(_UPDATE_INSURANCE_DATES_SQL, {"id": latest.id, **params})


def register(ctx: ServiceContext, draft: PatientDraft, *, confirmed_new: bool = False) -> PatientRecord:
    """Register a new patient; raises PossibleDuplicates first unless ``confirmed_new``."""
    ctx.require(*WRITERS, action="register patients")
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        clean = _validated(draft, _cached_region(ctx, conn))
        if not confirmed_new and (candidates := _duplicates(conn, clean, None)):
            raise PossibleDuplicates(candidates)
        row = conn.execute(_INSERT_PATIENT, _draft_params(clean)).one()
        insurance: tuple[InsuranceRecord, ...] = ()
        if clean.insurance is not None:
            _write_insurance(conn, row.id, clean.insurance, ())
            insurance = _insurance(conn, row.id)
        record = _record(row, insurance, None)
    log.info("Registered patient id %d", record.id)  # the id only: no patient data in logs
    return record


def get(ctx: ServiceContext, patient_id: int) -> PatientRecord:
    """Open a patient's record; the read is recorded in the audit trail."""
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        record = _load_record(conn, ctx, patient_id)
        conn.execute(sql_text("SELECT hms_audit_access('patient', :key)"), {"key": str(patient_id)})
    return record


def _conflict_message(conn: Connection, record: PatientRecord) -> str:
    who = conn.execute(sql_text("SELECT full_name, hms_staff_groups(username) AS groups FROM staff "
                            "WHERE username = :u"), {"u": record.updated_by}).one_or_none()
    if who is None:
        person = record.updated_by  # e.g. the database owner or an account since removed
    else:
        roles = ", ".join(GROUP_LABELS[Group(g)].lower() for g in who.groups)
        person = f"{who.full_name} ({roles})" if roles else who.full_name
    local = record.updated_at.astimezone()
    when = local.strftime("%H:%M") if local.date() == datetime.now().astimezone().date() \
        else local.strftime("%d %b %Y at %H:%M")
    return f"{person} changed this patient at {when} while you were editing. Compare and save again."


def update(ctx: ServiceContext, patient_id: int, draft: PatientDraft, *, expected_version: int) -> PatientRecord:
    """Save changes made to the version the person loaded; EditConflict if someone saved in between."""
    ctx.require(*WRITERS, action="change patient details")
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        clean = _validated(draft, _cached_region(ctx, conn))
        # The row lock makes "check the version, then write" one step against other savers.
        current = _load_record(conn, ctx, patient_id, for_update=True)
        if current.merged_into_mrn is not None:
            raise Conflict(f"This record was merged into {current.merged_into_mrn}. Open that record and make "
                           "your changes there; nothing was saved.")
        if current.version != expected_version:
            raise EditConflict(_conflict_message(conn, current), mine=draft, theirs=current)
        if clean == current.draft:
            return current  # nothing changed: no new version, no audit entry
        row = conn.execute(_UPDATE_PATIENT, {**_draft_params(clean), "patient_id": patient_id}).one()
        insurance = current.insurance
        if clean.insurance != current.draft.insurance:
            _write_insurance(conn, patient_id, clean.insurance, current.insurance)
            insurance = _insurance(conn, patient_id)
        record = _record(row, insurance, None)
    log.info("Updated patient id %d to version %d", record.id, record.version)
    return record


def merge(ctx: ServiceContext, survivor_id: int, duplicate_id: int) -> int:
    """Move everything of ``duplicate_id`` onto ``survivor_id`` and mark the duplicate merged.

    Returns how many rows were moved. Needs an administrator or the capability role hms_merge_patients;
    the database function checks the same and writes a MERGE entry in the audit trail.
    """
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        # Asked afresh rather than trusting ctx.user.can_merge_patients alone: the capability may have
        # been granted since this person logged in.
        allowed = ctx.user.has(Group.ADMIN) or ctx.user.can_merge_patients or bool(conn.execute(sql_text(
            "SELECT pg_has_role(session_user, 'hms_merge_patients', 'MEMBER')")).scalar())
        if not allowed:
            raise PermissionDenied("Only an administrator or a user allowed to merge records can merge "
                                   "patients. Ask an administrator.")
        try:
            moved = int(conn.execute(sql_text("SELECT hms_merge_patients(:survivor, :duplicate)"),
                                     {"survivor": survivor_id, "duplicate": duplicate_id}).scalar_one())
        except Exception as error:
            raise _merge_error(error) from error
    log.info("Merged patient id %d into %d (%d rows moved)", duplicate_id, survivor_id, moved)
    return moved


def _merge_error(error: Exception) -> Exception:
    state = getattr(getattr(error, "orig", None), "sqlstate", None)
    if state == "23P01":
        return Conflict("Both records have a hospital stay or an appointment at the same time, so they cannot "
                        "be merged. Cancel or correct one of them first.")
    if state == "23505":
        return Conflict("Both records have something a patient can have only one of (such as a photo). "
                        "Remove it from the duplicate record first, then merge.")
    return error  # user_facing_errors() translates the rest (HM003 refused, HM004 invalid pair)


def set_photo(ctx: ServiceContext, patient_id: int, image: bytes, mime_type: str) -> None:
    ctx.require(*WRITERS, action="change patient photos")
    signatures = _PHOTO_SIGNATURES.get(mime_type)
    if signatures is None:
        raise ValidationFailed({"photo": "The photo must be a JPEG or PNG picture."})
    if not image:
        raise ValidationFailed({"photo": "The photo is empty."})
    if len(image) > PHOTO_MAX_BYTES:
        raise ValidationFailed({"photo": f"The photo is too large (at most {PHOTO_MAX_BYTES // 1024 // 1024} MB)."})
    if not image.startswith(signatures):
        # The bytes decide, not the file name: a mislabelled file would not display anywhere.
        raise ValidationFailed({"photo": "This file is not a JPEG or PNG picture."})
    with user_facing_errors(), ctx.db.engine.begin() as conn:
        stored = conn.execute(sql_text(
            "INSERT INTO patient_photo (patient_id, image, mime_type) "
            "SELECT id, :image, :mime FROM patient WHERE id = :id "
            "ON CONFLICT (patient_id) DO UPDATE SET image = EXCLUDED.image, mime_type = EXCLUDED.mime_type, "
            "updated_at = now()"), {"id": patient_id, "image": image, "mime": mime_type}).rowcount
        if not stored:
            raise NotFound("This patient record does not exist.")


def get_photo(ctx: ServiceContext, patient_id: int) -> bytes | None:
    with user_facing_errors(), ctx.db.engine.connect() as conn:
        image = conn.execute(sql_text("SELECT image FROM patient_photo WHERE patient_id = :id"),
                             {"id": patient_id}).scalar()
    return bytes(image) if image is not None else None


def overview(ctx: ServiceContext, patient_id: int) -> PatientOverview:
    """The record (its read audited) with the current stay and recent visits."""
    # Imported here: admissions builds on patients, and this keeps the import graph one-way.
    from hms_desktop.services import admissions

    record = get(ctx, patient_id)
    return PatientOverview(record=record, current_admission=admissions.current_admission(ctx, patient_id),
                           admissions=admissions.admissions_of(ctx, patient_id))

