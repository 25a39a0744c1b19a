"""The patient search behind the registration tab's box and every patient picker: one page of rows.

The services read the box (``domain.patients.parse_search``) and ask for one indexed path:

* name: the folded fragments are matched against ``name_search`` (GIN trigram index) in bands, best
  first (see ``_name_tiers``): as typed, "family given" or "given family" prefixes, in name order; then
  the corrections (``_corrections_tier``): patients whose surname is one typing slip away from a fragment
  (a letter wrong, missing, doubled or two neighbours swapped, first and last letters included), a few of
  each surname first; then the fragments anywhere in the name. Only when none of these finds anyone, the
  old typo bands for bigger slips: swapped letters, then the word-similarity operator ``<%``, ranked by
  the sum of ``word_similarity``. A name whose as-typed band fills the page never pays for the
  corrections. Pages are ``limit + 1`` rows, so a million matches are never read at once.
* phone (``phone`` or ``phone_alt``, E.164), national ID, date of birth: exact matches on b-tree indexes.

Merged records are left out: they are duplicates that now point elsewhere, and showing them would invite
someone to book onto a dead record (the MRN lookup, in the patients repository, is the one way to them).

Every row has the summary columns ``id, mrn, family_name, given_name, sex, birth_date,
birth_date_estimated, phone, last_visit, merged_into_mrn``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    Row,
    Select,
    String,
    Table,
    and_,
    any_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy import text as sql_text
from sqlalchemy.dialects.postgresql import ARRAY

from hms_desktop.db.models import Admission, Appointment, Patient
from hms_desktop.domain.scheduling import AppointmentStatus

# Word-similarity threshold for ``<%``. 0.45 lets one transposition through in a five-letter name
# ("smiht" ~ "smith" = 0.5) while keeping "smith" from matching every name with an "s" and an "h".
WORD_SIMILARITY_THRESHOLD = 0.45
# Fragments shorter than this are matched as substrings, not by similarity.
SIMILARITY_MIN_TOKEN = 4
# Similar-name (typo) matches are ranked among at most this many candidates: a misspelt common
# name ("smiht") is similar to tens of thousands of rows, and the page must not wait for all of them.
SIMILAR_CANDIDATES = 300
MAX_SWAPS = 12
# Corrections (see _corrections_tier): surnames one slip away from a fragment of this many characters.
CORRECTABLE = range(3, 31)
# At most this many corrected surnames are offered, and the first page shows up to PREVIEW_ROWS patients of
# each before the rest of any of them, so a rare intended name is not pushed off it by a common neighbour.
MAX_CORRECTIONS = 12
PREVIEW_ROWS = 4
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

_PATIENT = cast(Table, Patient.__table__)
_ADMISSION = cast(Table, Admission.__table__)
_APPOINTMENT = cast(Table, Appointment.__table__)
_SUMMARY_COLUMNS = ("id", "mrn", "family_name", "given_name", "sex", "birth_date", "birth_date_estimated",
                    "phone")


class SortKey(StrEnum):
    """The orders the patient list offers; a column name from the UI never reaches SQL as text."""

    RELEVANCE = "relevance"
    NAME = "name"
    MRN = "mrn"
    BIRTH_DATE = "birth_date"
    CREATED = "created"  # newest first


# Statements are built once per shape (which kind of search, how many fragments of which lengths, which
# order) and cached: building SQLAlchemy subqueries costs more than running the query. Every value
# arrives as a bound parameter; nothing the person typed is ever part of the SQL text.

_NAME = _PATIENT.c.name_search
# Constants are written into the SQL, not bound: every statement's parameters are then exactly the
# named ones.
_NO_SCORE: ColumnElement[Any] = literal_column("0.0")
_PAGE = {"page_limit": bindparam("page_limit", type_=Integer), "page_offset": bindparam("page_offset",
                                                                                         type_=Integer)}


def _name_key(c: Any, *, walk_index: bool = False) -> ColumnElement[Any]:
    """Names sort by their folded form in byte order ("smith john" before "smithson ann"): the same order
    whatever the database's locale, and the order of the b-tree proposed in docs/front_desk_api.md.

    Only a family-name prefix is sorted by walking that b-tree (``walk_index``): the walk stops after a
    page when matches are dense along it. Elsewhere the key is wrapped so the planner cannot choose the
    walk, which for sparse matches ("che whi") would read the whole index before finding a page.
    """
    name: ColumnElement[Any] = c.name_search if walk_index else c.name_search.concat(literal_column("''"))
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
        similarity: ColumnElement[Any] = func.word_similarity(bindparam(f"sim{i}", type_=String), _NAME)
        if fragment.swaps:
            similarity = case((or_(*_swap_matches(i, fragment)), literal_column(repr(_SWAP_SCORE))), else_=similarity)
        parts.append(similarity)
    score = parts[0]
    for part in parts[1:]:
        score = score + part
    return score


def _summary_columns() -> tuple[Any, ...]:
    return (*(_PATIENT.c[name] for name in _SUMMARY_COLUMNS), _PATIENT.c.name_search, _PATIENT.c.created_at,
            _PATIENT.c.merged_into_id)


def _with_details(inner: Any, order: list[ColumnElement[Any]]) -> Select[Any]:
    # Only the page's rows get last_visit and the survivor's MRN: a correlated subquery in the inner
    # select list would run for every match before the sort.
    survivor = _PATIENT.alias("survivor")
    # The end of the latest completed appointment or stay, or the start of the current stay: LAST_VISIT_SQL
    # in db/repositories/patients.py.
    discharged = (select(func.max(func.coalesce(_ADMISSION.c.discharged_at, _ADMISSION.c.admitted_at)))
                  .where(_ADMISSION.c.patient_id == inner.c.id).scalar_subquery())
    seen = (select(func.max(func.coalesce(_APPOINTMENT.c.completed_at, _APPOINTMENT.c.ends_at)))
            .where(_APPOINTMENT.c.patient_id == inner.c.id,
                   _APPOINTMENT.c.status == str(AppointmentStatus.COMPLETED))
            .scalar_subquery())
    last_visit = func.greatest(discharged, seen).label("last_visit")
    return (select(*(inner.c[name] for name in _SUMMARY_COLUMNS), last_visit,
                   survivor.c.mrn.label("merged_into_mrn"))
            .select_from(inner.outerjoin(survivor, survivor.c.id == inner.c.merged_into_id))
            .order_by(*order))


def _paged(where: ColumnElement[bool], score: ColumnElement[Any], sort: SortKey) -> Select[Any]:
    inner = (select(*_summary_columns(), score.label("score")).where(where)
             .order_by(*_order_by(sort, _PATIENT.c, score))
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
                 .order_by(_name_key(_PATIENT.c, walk_index=walk_index), _PATIENT.c.id)
                 .limit(_PAGE["page_limit"]).offset(_PAGE["page_offset"]).subquery("hit"))
        matches = select(_PATIENT.c.id).where(where)
    else:  # ranked by similarity among at most SIMILAR_CANDIDATES candidates
        candidates = (select(*_summary_columns(), score.label("score")).where(where)
                      .limit(literal_column(str(SIMILAR_CANDIDATES))).subquery("candidate"))
        inner = (select(candidates)
                 .order_by(*_order_by(SortKey.RELEVANCE, candidates.c, candidates.c.score))
                 .limit(_PAGE["page_limit"]).offset(_PAGE["page_offset"]).subquery("hit"))
        matches = select(_PATIENT.c.id).where(where).limit(literal_column(str(SIMILAR_CANDIDATES)))
    page = _with_details(inner, [inner.c.score.desc(), inner.c.name_search.collate("C"), inner.c.id])
    return _Tier(page=page, count=select(func.count()).select_from(matches.subquery()), fallback=fallback)


def one_slip_away(token: str) -> list[str]:
    """The spellings one typing slip away from ``token`` (folded), the likeliest slips first: two
    neighbouring letters swapped, a letter too many (doubled or stray), a letter wrong, a letter missing.

    Spellings that start with ``token`` itself are left out: the first band has them already.
    """
    letters = _ALPHABET + "".join(sorted({ch for ch in token if ch.isalpha() and ch not in _ALPHABET}))
    n = len(token)
    found: list[str] = []
    found += [token[:i] + token[i + 1] + token[i] + token[i + 2:] for i in range(n - 1) if token[i] != token[i + 1]]
    found += [token[:i] + token[i + 1:] for i in range(n)]
    found += [token[:i] + ch + token[i + 1:] for i in range(n) for ch in letters if ch != token[i]]
    found += [token[:i] + ch + token[i:] for i in range(n) for ch in letters]
    return list(dict.fromkeys(w for w in found if len(w) >= 2 and not w.startswith(token)))


# Which of the spellings are someone's surname (the first word of name_search): one descent of the
# byte-order b-tree (ix_patient_name_search_c) per spelling, stopping at the first patient.
_EXISTING_SURNAMES_SQL = sql_text(
    "SELECT v.token, v.word FROM unnest(CAST(:words AS text[]), CAST(:tokens AS int[])) WITH ORDINALITY "
    "AS v(word, token, n) "
    "CROSS JOIN LATERAL (SELECT 1 FROM patient p WHERE p.merged_into_id IS NULL "
    "AND (p.name_search COLLATE \"C\") >= v.word || ' ' AND (p.name_search COLLATE \"C\") < v.word || '!' "
    "LIMIT 1) AS found ORDER BY v.n")


def surname_corrections(conn: Connection, tokens: Sequence[str]) -> tuple[tuple[int, str], ...]:
    """(fragment index, surname): surnames in the register one slip away from a fragment, the first
    fragment's first (the desk types the family name first), at most MAX_CORRECTIONS."""
    words: list[str] = []
    owners: list[int] = []
    for i, token in enumerate(tokens):
        if len(token) in CORRECTABLE and all(ch.isalpha() for ch in token):
            spellings = one_slip_away(token)
            words += spellings
            owners += [i] * len(spellings)
    if not words:
        return ()
    found = conn.execute(_EXISTING_SURNAMES_SQL, {"words": words, "tokens": owners}).all()
    return tuple((int(r.token), str(r.word)) for r in found)[:MAX_CORRECTIONS]


def _corrected_where(i: int, count: int, family: ColumnElement[bool]) -> ColumnElement[bool]:
    """The family name is ``family`` (a correction of fragment i) and every other fragment starts a
    later word."""
    return and_(_PATIENT.c.merged_into_id.is_(None), family,
                *(_starts_later_word(j) for j in range(count) if j != i))


def _is_corrected(count: int) -> ColumnElement[bool]:
    """The row is in the corrections band, whichever surnames were found (``corrected{i}``: the
    corrections of fragment i, an array, empty when there are none)."""
    first_word = func.split_part(_NAME, literal_column("' '"), literal_column("1"))
    return or_(*(_corrected_where(i, count, first_word == any_(bindparam(f"corrected{i}", type_=ARRAY(String))))
                 for i in range(count)))


@functools.lru_cache(maxsize=512)
def _corrections_tier(count: int, slots: tuple[int, ...]) -> _Tier:
    """Patients whose surname is one slip away from a fragment: ``slots`` holds, per surname found,
    the fragment it corrects (``corr{k}``: 'surname %').

    The first page shows PREVIEW_ROWS patients of each surname in turn, then the rest in name order:
    "tayler" shows Taylor and Tyler both, however many Taylors there are. Each surname's rows are a
    walk of the byte-order b-tree that stops after a page; with other fragments to match as well, the
    trigram index finds the few that do instead (a walk would read every Turner to find the Peters).
    """
    walked = [_name_key(_PATIENT.c, walk_index=count == 1), _PATIENT.c.id]
    parts = []
    for k, i in enumerate(slots):
        where = _corrected_where(i, count, _NAME.like(bindparam(f"corr{k}"), escape="\\"))
        parts.append(select(*_summary_columns(), literal_column(str(k)).label("slot"),
                            func.row_number().over(order_by=walked).label("rn"))
                     .where(where).order_by(*walked)
                     .limit(_PAGE["page_limit"] + _PAGE["page_offset"]))
    found = union_all(*parts).subquery("corrected")
    order = [found.c.rn > PREVIEW_ROWS, found.c.slot, _name_key(found.c), found.c.id]
    inner = select(found).order_by(*order).limit(_PAGE["page_limit"]).offset(_PAGE["page_offset"]).subquery("hit")
    page = _with_details(inner, [inner.c.rn > PREVIEW_ROWS, inner.c.slot, inner.c.name_search.collate("C"),
                                 inner.c.id])
    matches = union_all(*(select(_PATIENT.c.id).where(
        _corrected_where(i, count, _NAME.like(bindparam(f"corr{k}"), escape="\\"))) for k, i in enumerate(slots)))
    return _Tier(page=page, count=select(func.count()).select_from(matches.subquery()))


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
    live = _PATIENT.c.merged_into_id.is_(None)
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
    # Band 2 leaves out the corrections band's rows (the corrections band comes between the two).
    tiers = [_tier(and_(live, first), walk_index=len(shape) == 1),
             _tier(and_(live, contained, ~first, ~_is_corrected(len(shape))))]
    if any(f.fuzzy for f in shape):
        # A fallback band is read only when the bands before it are empty, so it needs no "and not
        # in an earlier band": saying it would only cost a recheck per row.
        tiers += [_tier(and_(live, swapped), score, fallback=True),
                  _tier(and_(live, similar), score, fallback=True)]
    return tuple(tiers)


@functools.lru_cache(maxsize=512)
def _name_statement(shape: tuple[_Fragment, ...], sort: SortKey) -> Select[Any]:
    """Any order but relevance: every fragment is in the name or, if long enough, similar to a word."""
    matches = and_(_PATIENT.c.merged_into_id.is_(None),
                   *(or_(_contains(i, f), _similar(i, f)) if f.fuzzy else _contains(i, f)
                     for i, f in enumerate(shape)))
    return _paged(matches, _NO_SCORE, sort)


@functools.lru_cache(maxsize=64)
def _exact_statement(kind: str, sort: SortKey) -> Select[Any]:
    value: Any = bindparam("value")
    where: ColumnElement[bool]
    if kind == "phone":
        where = or_(_PATIENT.c.phone == value, _PATIENT.c.phone_alt == value)
    elif kind == "date":
        where = _PATIENT.c.birth_date == bindparam("value", type_=Date)
    elif kind == "national_id":
        where = _PATIENT.c.national_id == value
    else:  # pragma: no cover - parse_search has no other kinds
        raise ValueError(kind)
    return _paged(and_(_PATIENT.c.merged_into_id.is_(None), where), _NO_SCORE, sort)


def _tiered_page(conn: Connection, tiers: Sequence[_Tier | Callable[[bool], _Tier | None]], params: dict[str, Any],
                 *, limit: int, offset: int) -> list[Row[Any]]:
    """``limit + 1`` rows from ``offset`` of the bands laid end to end.

    A fallback band is read only when all before it are empty. A band is counted only when a page
    starts beyond it. A band given as a function is made only when the page reaches it (it may need
    a query of its own first, and may turn out to be empty: None); it is told whether the bands before
    it found anyone.
    """
    rows: list[Row[Any]] = []
    need, skip, found_before = limit + 1, offset, False
    for made in tiers:
        tier = made if isinstance(made, _Tier) else made(found_before)
        if tier is None:
            continue
        if tier.fallback and found_before:
            break
        got = list(conn.execute(tier.page, {**params, "page_limit": need, "page_offset": skip}))
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


# One round trip: the similarity threshold and custom plans for this transaction, and the fragments
# folded exactly as the column is. Custom plans: psycopg prepares a statement run five times, and a
# generic plan cannot see how selective a LIKE pattern is.
_PREPARE_NAME_SEARCH_SQL = sql_text(
    "SELECT set_config('pg_trgm.word_similarity_threshold', :threshold, true), "
    "set_config('plan_cache_mode', 'force_custom_plan', true), "
    "ARRAY(SELECT hms_fold(t) FROM unnest(CAST(:tokens AS text[])) WITH ORDINALITY AS u(t, n) "
    "ORDER BY n) AS folded")


def prepare_name_search(conn: Connection, tokens: Sequence[str]) -> tuple[str, ...]:
    """Set up this transaction for a name search; the fragments folded as ``name_search`` is, without
    blanks and repeats (an empty tuple: nothing left to look for)."""
    row = conn.execute(_PREPARE_NAME_SEARCH_SQL, {"threshold": str(WORD_SIMILARITY_THRESHOLD),
                                                  "tokens": list(tokens)}).one()
    folded: list[str] = []
    for raw in row.folded:
        token = raw.strip()
        if token and token not in folded:
            folded.append(token)
    return tuple(folded)




def name_page(conn: Connection, tokens: Sequence[str], *, sort: SortKey, limit: int,
              offset: int) -> list[Row[Any]]:
    """Up to ``limit + 1`` rows from ``offset`` matching the folded fragments (``prepare_name_search``):
    by relevance in bands, or in another order over every match."""
    shape = tuple(_Fragment.of(t) for t in tokens)
    params = _fragment_params(tokens)
    if sort is SortKey.RELEVANCE:
        params |= {f"corrected{i}": [] for i in range(len(tokens))}

        def corrections(found_as_typed: bool) -> _Tier | None:
            """After the names as typed: the surnames one slip away (and band 2 leaves them out).

            Not when several fragments already found someone as typed ("johnson megan"): the desk typed
            a whole name and it is there; correcting each fragment would cost a search per spelling.
            """
            if found_as_typed and len(tokens) > 1:
                return None
            found = surname_corrections(conn, tokens)
            for i in range(len(tokens)):
                params[f"corrected{i}"] = [word for owner, word in found if owner == i]
            params.update({f"corr{k}": f"{_like_escape(word)} %" for k, (_, word) in enumerate(found)})
            return _corrections_tier(len(tokens), tuple(i for i, _ in found)) if found else None

        first, *rest = _name_tiers(shape)
        return _tiered_page(conn, [first, corrections, *rest], params, limit=limit, offset=offset)
    page = {"page_limit": limit + 1, "page_offset": offset}
    return list(conn.execute(_name_statement(shape, sort), params | page))


def exact_page(conn: Connection, kind: str, value: Any, *, sort: SortKey, limit: int,
               offset: int) -> list[Row[Any]]:
    """Up to ``limit + 1`` rows from ``offset`` with this phone number, date of birth or national ID
    (``kind`` as ``parse_search`` names it)."""
    page = {"page_limit": limit + 1, "page_offset": offset}
    return list(conn.execute(_exact_statement(kind, sort), {"value": value} | page))
