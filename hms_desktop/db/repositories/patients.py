"""Patients: the rows of ``patient`` with their insurance policies and photo; MRN lookup, duplicate
candidates, merging (through ``hms_merge_patients``) and the version-checked update.

Rows come back as SQLAlchemy rows with the columns named below; the services turn them into DTOs.
Statements are built once at import: building an INSERT costs about as much as the database takes to run it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import datetime
from typing import Any, cast
from uuid import UUID

from sqlalchemy import Connection, Row, Select, Table, bindparam, insert, select, text, update
from sqlalchemy.orm import Session

from hms_desktop.db.models import Patient
from hms_desktop.domain.patients import PatientDraft

_PATIENT = cast(Table, Patient.__table__)

# A patient's last visit, of patient "p": when the latest completed appointment or stay ended, or when the
# current stay began. db/queries/patient_search.py builds the same expression for the search list.
LAST_VISIT_SQL = ("GREATEST((SELECT max(coalesce(a.discharged_at, a.admitted_at)) FROM admission a "
                  "WHERE a.patient_id = p.id), "
                  "(SELECT max(coalesce(ap.completed_at, ap.ends_at)) FROM appointment ap "
                  "WHERE ap.patient_id = p.id AND ap.status = 'completed'))")
_LAST_VISIT = text(f"SELECT {LAST_VISIT_SQL} FROM patient p WHERE p.id = :id")  # noqa: S608 (only the constant LAST_VISIT_SQL is interpolated, never input)
# The columns of a draft (the insurance lives in its own table).
DRAFT_COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(PatientDraft) if f.name != "insurance")
RECORD_COLUMNS: tuple[str, ...] = ("id", "mrn", *DRAFT_COLUMNS, "version", "updated_at", "updated_by",
                                   "created_at", "merged_into_id")

_RETURNING = tuple(_PATIENT.c[name] for name in RECORD_COLUMNS)
_INSERT = (insert(_PATIENT).values({**{name: bindparam(name) for name in DRAFT_COLUMNS},
                                     "request_id": bindparam("request_id")}).returning(*_RETURNING))
_BY_REQUEST = select(_PATIENT.c.id).where(_PATIENT.c.request_id == bindparam("request_id"))
# Optimistic locking in the statement itself: a row whose version moved on is not written.
_UPDATE = (update(_PATIENT)
           .where(_PATIENT.c.id == bindparam("patient_id"), _PATIENT.c.version == bindparam("expected_version"))
           .values({**{name: bindparam(name) for name in DRAFT_COLUMNS}, "version": _PATIENT.c.version + 1})
           .returning(*_RETURNING))


def _record_select(*, for_update: bool) -> Select[Any]:
    survivor = _PATIENT.alias("survivor")
    statement = (select(*_RETURNING, survivor.c.mrn.label("merged_into_mrn"))
                 .select_from(_PATIENT.outerjoin(survivor, survivor.c.id == _PATIENT.c.merged_into_id))
                 .where(_PATIENT.c.id == bindparam("patient_id")))
    return statement.with_for_update(of=_PATIENT) if for_update else statement


_RECORD = _record_select(for_update=False)
_RECORD_FOR_UPDATE = _record_select(for_update=True)

_INSURANCE = text("SELECT id, payer, member_number, valid_from, valid_to FROM patient_insurance "
                  "WHERE patient_id = :id ORDER BY id DESC")
_INSERT_INSURANCE = text(
    "INSERT INTO patient_insurance (patient_id, payer, member_number, valid_from, valid_to) "
    "VALUES (:patient_id, :payer, :member_number, :valid_from, :valid_to) "
    "RETURNING id, payer, member_number, valid_from, valid_to")
_UPDATE_INSURANCE_DATES = text(
    "UPDATE patient_insurance SET valid_from = :valid_from, valid_to = :valid_to, version = version + 1 "
    "WHERE id = :id")

# A merged record leads to its survivor (following merges of merges). The survivor comes first.
_BY_MRN = text(f"""
    WITH RECURSIVE chain(id, merged_into_id, depth) AS (
        SELECT id, merged_into_id, 0 FROM patient WHERE mrn = :mrn
        UNION ALL
        SELECT p.id, p.merged_into_id, c.depth + 1 FROM chain c JOIN patient p ON p.id = c.merged_into_id
        WHERE c.depth < 50
    ), survivor AS (
        SELECT id FROM chain ORDER BY depth DESC LIMIT 1
    )
    SELECT p.id, p.mrn, p.family_name, p.given_name, p.sex, p.birth_date, p.birth_date_estimated, p.phone,
           {LAST_VISIT_SQL} AS last_visit,
           CASE WHEN p.id = s.id THEN NULL ELSE sp.mrn END AS merged_into_mrn
    FROM chain c
    JOIN patient p ON p.id = c.id
    CROSS JOIN survivor s
    JOIN patient sp ON sp.id = s.id
    WHERE c.depth = 0 OR p.id = s.id
    ORDER BY (p.id = s.id) DESC
""")  # noqa: S608 (only the constant LAST_VISIT_SQL is interpolated, never input)

# Each reason is its own indexed lookup of ids; only the few rows found are read in full. The
# birth-date lookup, which every registration makes and which finds some thirty people a day, needs
# only birth_date, name_search and id: a covering index (proposed in docs/front_desk_api.md) answers
# it without reading the table. The names are folded once (in "q"), not once per candidate row:
# hms_fold reads a dictionary, and a prepared statement's generic plan would call it for every row.
_DUPLICATES = text(f"""
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
           {LAST_VISIT_SQL} AS last_visit,
           NULL::text AS merged_into_mrn, c.same_id, c.same_phone, c.similar_name
    FROM candidate c JOIN patient p ON p.id = c.id
    ORDER BY c.reasons DESC, p.id
""")  # noqa: S608 (only the constant LAST_VISIT_SQL is interpolated, never input)

# The areas typed so far (migration 0034), the most used first: the registration form's completion list. Merged
# records count too (their area was a real place); ix_patient_area gives the areas in order without the rows.
_AREAS = text("SELECT area FROM patient WHERE area IS NOT NULL GROUP BY area ORDER BY count(*) DESC, area "
              "LIMIT :limit")

_PRINTABLE = text("SELECT id, mrn, family_name, given_name, sex, birth_date, birth_date_estimated, merged_into_id "
                  "FROM patient WHERE id = :id")
_MAX_MERGE_HOPS = 10

_STORE_PHOTO = text(
    "INSERT INTO patient_photo (patient_id, image, mime_type) "
    "SELECT id, :image, :mime FROM patient WHERE id = :id "
    "ON CONFLICT (patient_id) DO UPDATE SET image = EXCLUDED.image, mime_type = EXCLUDED.mime_type, "
    "updated_at = now()")


class PatientRepository:
    def __init__(self, session: Session | Connection) -> None:
        self._session = session

    # --- reading ---

    def record(self, patient_id: int, *, for_update: bool = False) -> Row[Any] | None:
        """The patient's row (``RECORD_COLUMNS``) and ``merged_into_mrn``; ``for_update`` locks it, so that
        "check the version, then write" is one step against other savers."""
        statement = _RECORD_FOR_UPDATE if for_update else _RECORD
        return self._session.execute(statement, {"patient_id": patient_id}).one_or_none()

    def insurance(self, patient_id: int) -> Sequence[Row[Any]]:
        """Every policy recorded for the patient, newest first."""
        return self._session.execute(_INSURANCE, {"id": patient_id}).all()

    def last_visit(self, patient_id: int) -> datetime | None:
        """When the latest completed appointment or stay ended, or the current stay began (``LAST_VISIT_SQL``)."""
        return cast("datetime | None", self._session.execute(_LAST_VISIT, {"id": patient_id}).scalar_one_or_none())

    def by_mrn(self, mrn: str) -> Sequence[Row[Any]]:
        """Summary rows for an MRN: a merged record's survivor first, then the merged record itself."""
        return self._session.execute(_BY_MRN, {"mrn": mrn}).all()

    def duplicate_candidates(self, draft: PatientDraft, *, exclude_id: int | None, name_similarity: float,
                             part_similarity: float, max_rows: int) -> Sequence[Row[Any]]:
        """Live records with the same national ID, the same phone, or a similar name and the same birth
        date; each row says which (``same_id``, ``same_phone``, ``similar_name``)."""
        phones = sorted({p for p in (draft.phone, draft.phone_alt) if p})
        return self._session.execute(_DUPLICATES, {
            "nid": draft.national_id, "nid_type": draft.national_id_type, "phones": phones,
            "dob": draft.birth_date, "full_name": f"{draft.family_name} {draft.given_name}",
            "family": draft.family_name, "given": draft.given_name, "exclude": exclude_id,
            "name_similarity": name_similarity, "part_similarity": part_similarity, "max_rows": max_rows,
        }).all()

    def areas(self, *, limit: int) -> list[str]:
        """The areas patients live in, as typed, the most used first (at most ``limit``)."""
        return list(self._session.execute(_AREAS, {"limit": limit}).scalars())

    def printable(self, patient_id: int) -> Row[Any] | None:
        """What a wristband shows, from the surviving record if this one was merged."""
        row = self._session.execute(_PRINTABLE, {"id": patient_id}).one_or_none()
        hops = 0
        while row is not None and row.merged_into_id is not None and hops < _MAX_MERGE_HOPS:
            row = self._session.execute(_PRINTABLE, {"id": row.merged_into_id}).one_or_none()
            hops += 1
        return row

    def merge_state(self, patient_id: int) -> Row[Any] | None:
        """``id`` and ``merged_into_id`` of the patient, or None if there is no such record."""
        statement: Select[Any] = select(_PATIENT.c.id, _PATIENT.c.merged_into_id).where(_PATIENT.c.id == patient_id)
        return self._session.execute(statement).one_or_none()

    def photo(self, patient_id: int) -> bytes | None:
        image = self._session.execute(text("SELECT image FROM patient_photo WHERE patient_id = :id"),
                                      {"id": patient_id}).scalar()
        return bytes(image) if image is not None else None

    def session_may_merge(self) -> bool:
        """Whether the logged-in role holds the capability role now (it may have been granted since login)."""
        return bool(self._session.execute(text(
            "SELECT pg_has_role(session_user, 'hms_merge_patients', 'MEMBER')")).scalar())

    # --- writing ---

    def insert(self, values: dict[str, Any], *, request_id: UUID | None = None) -> Row[Any]:
        """Insert a patient from ``DRAFT_COLUMNS`` values; the database assigns the id and the MRN.
        ``request_id``: the registering form's token (UNIQUE), so a retried registration cannot insert twice."""
        return self._session.execute(_INSERT, {**values, "request_id": request_id}).one()

    def registered_by(self, request_id: UUID) -> int | None:
        """The patient an earlier attempt with this token registered, if it was committed."""
        return self._session.execute(_BY_REQUEST, {"request_id": request_id}).scalar_one_or_none()

    def update(self, patient_id: int, values: dict[str, Any], *, expected_version: int) -> Row[Any] | None:
        """Write the ``DRAFT_COLUMNS`` values if the row is still at ``expected_version``; None if it is not."""
        return self._session.execute(_UPDATE, {**values, "patient_id": patient_id,
                                               "expected_version": expected_version}).one_or_none()

    def add_insurance(self, patient_id: int, *, payer: str, member_number: str, valid_from: Any,
                      valid_to: Any) -> Row[Any]:
        return self._session.execute(_INSERT_INSURANCE, {
            "patient_id": patient_id, "payer": payer, "member_number": member_number, "valid_from": valid_from,
            "valid_to": valid_to}).one()

    def set_insurance_dates(self, insurance_id: int, *, valid_from: Any, valid_to: Any) -> None:
        self._session.execute(_UPDATE_INSURANCE_DATES,
                              {"id": insurance_id, "valid_from": valid_from, "valid_to": valid_to})

    def store_photo(self, patient_id: int, image: bytes, mime_type: str) -> bool:
        """Store or replace the photo; False if there is no such patient."""
        result = self._session.execute(_STORE_PHOTO, {"id": patient_id, "image": image, "mime": mime_type})
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def merge(self, survivor_id: int, duplicate_id: int) -> int:
        """Move everything of the duplicate onto the survivor (``hms_merge_patients``, which checks the
        caller's right and writes the MERGE audit entry); returns how many rows moved."""
        return int(self._session.execute(text("SELECT hms_merge_patients(:survivor, :duplicate)"),
                                         {"survivor": survivor_id, "duplicate": duplicate_id}).scalar_one())
