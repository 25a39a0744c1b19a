"""Finding patients: the search box, an MRN scanned from a wristband, and possible duplicates of a draft.

``search`` reads the box with ``domain.patients.parse_search`` and takes one indexed path (the SQL is in
``db/queries/patient_search.py``):

* MRN: exact match on the unique index. A merged record's MRN returns its survivor first, then the
  merged record itself with ``merged_into_mrn`` set, so the desk sees why another record opened.
* phone, national ID, date of birth: exact matches on b-tree indexes.
* name: trigram bands, best first: as typed, then surnames one typing slip away, then anywhere in the
  name; the similarity bands for bigger slips only when nothing else matches.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from hms_desktop.db.queries import patient_search
from hms_desktop.db.queries.patient_search import SortKey
from hms_desktop.db.unit_of_work import UnitOfWork
from hms_desktop.domain.patients import MRN_LENGTH, PatientDraft, mrn_is_valid, parse_search
from hms_desktop.services.context import ServiceContext
from hms_desktop.services.errors import user_facing_errors
from hms_desktop.services.patients.dtos import DuplicateCandidate, PatientSummary, SearchPage, summary_from_row
from hms_desktop.services.patients.front_desk import front_desk_settings, local_today, validated

MAX_PAGE = 500
# Duplicate detection.
DUPLICATE_NAME_SIMILARITY = 0.6
DUPLICATE_PART_SIMILARITY = 0.8
MAX_DUPLICATES = 20


def search(ctx: ServiceContext, text: str, *, limit: int = 50, offset: int = 0,
           sort: SortKey = SortKey.RELEVANCE) -> SearchPage:
    """Find patients by MRN, phone, date of birth, national ID or name fragments; one page at a time."""
    sort = SortKey(sort)  # ValueError for anything off the allow-list, before any SQL
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise ValueError(f"limit must be 1..{MAX_PAGE} and offset >= 0")
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        settings = front_desk_settings(ctx, uow)
        query = parse_search(text, region=settings.phone_region, today=local_today(ctx, settings))
        if query.kind == "empty":
            return SearchPage(rows=(), has_more=False)
        conn = uow.connection
        if query.kind == "mrn":
            rows = list(uow.patients.by_mrn(query.value)) if offset == 0 else []
        elif query.kind == "name":
            tokens = patient_search.prepare_name_search(conn, query.tokens)
            if not tokens:
                return SearchPage(rows=(), has_more=False)
            rows = patient_search.name_page(conn, tokens, sort=sort, limit=limit, offset=offset)
        else:
            value: Any = date.fromisoformat(query.value) if query.kind == "date" else query.value
            rows = patient_search.exact_page(conn, query.kind, value, sort=sort, limit=limit, offset=offset)
    found = [summary_from_row(r) for r in rows]
    return SearchPage(rows=tuple(found[:limit]), has_more=len(found) > limit)


def find_by_mrn(ctx: ServiceContext, mrn: str) -> PatientSummary | None:
    """The patient with this MRN; a merged record leads to the record it was merged into."""
    mrn = "".join(mrn.split())
    if len(mrn) != MRN_LENGTH or not mrn_is_valid(mrn):
        return None
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        rows = uow.patients.by_mrn(mrn)
        return summary_from_row(rows[0]) if rows else None


def duplicates_of(uow: UnitOfWork, draft: PatientDraft, *,
                  exclude_id: int | None) -> tuple[DuplicateCandidate, ...]:
    """For a validated draft, inside the caller's unit of work (registration asks before it inserts)."""
    found = []
    for row in uow.patients.duplicate_candidates(
            draft, exclude_id=exclude_id, name_similarity=DUPLICATE_NAME_SIMILARITY,
            part_similarity=DUPLICATE_PART_SIMILARITY, max_rows=MAX_DUPLICATES):
        reasons = []
        if row.same_id:
            reasons.append("same national ID")
        if row.same_phone:
            reasons.append("same phone number")
        if row.similar_name:
            reasons.append("similar name and same date of birth")
        found.append(DuplicateCandidate(patient=summary_from_row(row), reasons=tuple(reasons)))
    return tuple(found)


def find_duplicates(ctx: ServiceContext, draft: PatientDraft, *,
                    exclude_id: int | None = None) -> tuple[DuplicateCandidate, ...]:
    """Records that may be the same person: same national ID, same phone, or similar name and birth date."""
    with user_facing_errors(), ctx.uow(read_only=True) as uow:
        clean = validated(ctx, draft, front_desk_settings(ctx, uow))
        return duplicates_of(uow, clean, exclude_id=exclude_id)
