"""The schema as SQLAlchemy 2 typed models.

Alembic migrations in ``migrations/`` create it; ``alembic check`` (run in the tests)
proves the two agree. Things the ORM cannot express (roles, GRANTs, audit triggers,
SECURITY DEFINER functions) live in the migrations as SQL.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Computed,
    Date,
    DateTime,
    Double,
    FetchedValue,
    ForeignKey,
    ForeignKeyConstraint,
    Identity,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    SmallInteger,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, ExcludeConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hms_desktop.domain.clinical import ICD10_CODE_SQL, VITAL_LIMITS
from hms_desktop.domain.labs import LOINC_CODE_SQL
from hms_desktop.domain.scheduling import ACTIVE_STATUSES, AppointmentStatus, statuses_sql

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Department(Base):
    __tablename__ = "department"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # Migration 0025: retired, never deleted; ``retired_at``/``retired_by`` and ``updated_*`` are the database's.
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    retired_by: Mapped[str | None] = mapped_column(String(63))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("active = (retired_at IS NULL)", name="retired_when_inactive"),)


class Staff(Base):
    """A person who works here; ``username`` is also their PostgreSQL login role."""

    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    username: Mapped[str] = mapped_column(String(63), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(100), server_default="")
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # Administrators only (migration 0008): deferred, so loading a Staff never selects it.
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), deferred=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("length(btrim(full_name)) > 0", name="full_name_present"),)


class StaffVerifier(Base):
    """A digest of each staff role's password verifier as of its last recorded change (migration 0010):
    a login whose verifier differs was given a new password outside the app, and the audit trail says so.
    Written only by the owner's functions and triggers; no staff group has any privilege on it."""

    __tablename__ = "staff_verifier"

    username: Mapped[str] = mapped_column(String(63), primary_key=True)
    digest: Mapped[str | None] = mapped_column(String(64))
    noted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class HospitalSetting(Base):
    """Hospital-wide settings, one JSON value per key (typed in ``services.settings``)."""

    __tablename__ = "hospital_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONB)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}


class HospitalLogo(Base):
    """The logo printed on A4/A5 documents (migration 0028): at most one row, hospital-wide; administrators write
    it, everyone reads it. ``sha256`` stands for the bytes in the audit trail."""

    __tablename__ = "hospital_logo"

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, server_default=text("1"))
    image: Mapped[bytes] = mapped_column(LargeBinary)
    media_type: Mapped[str] = mapped_column(String(20))
    width_px: Mapped[int] = mapped_column(Integer)
    height_px: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("id = 1", name="one_row"),
        CheckConstraint("media_type IN ('image/png', 'image/jpeg')", name="media_type"),
        CheckConstraint("width_px BETWEEN 1 AND 4000 AND height_px BETWEEN 1 AND 4000", name="size"),
    )


class ReportTemplate(Base):
    """A report built in the report builder and saved under a name (migration 0031): administrators only. The
    definition is JSON of allow-listed keys (``domain/report_builder.py``), checked by the table's guard."""

    __tablename__ = "report_template"

    id: Mapped[int] = mapped_column(Integer, Identity(always=True), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    definition: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("btrim(name) <> ''", name="name_given"),
        Index("uq_report_template_name", func.lower(name), unique=True),
    )


class AppointmentDaySummary(Base):
    """Per hospital day and doctor, the appointment reports' counts of a complete past day (migration 0032):
    derived by ``hms_report_refresh_summary``, read only by the report functions; the owner's alone."""

    __tablename__ = "appointment_day_summary"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    doctor_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    booked: Mapped[int] = mapped_column(Integer)
    seen: Mapped[int] = mapped_column(Integer)
    no_shows: Mapped[int] = mapped_column(Integer)
    cancelled: Mapped[int] = mapped_column(Integer)
    due: Mapped[int] = mapped_column(Integer)
    waited: Mapped[int] = mapped_column(Integer)
    waited_minutes: Mapped[float | None] = mapped_column(Double)
    longest_wait: Mapped[float | None] = mapped_column(Double)


class AppointmentMonthLeadSummary(Base):
    """The lead-time histogram (tenths of a day) per complete month and doctor (migration 0032)."""

    __tablename__ = "appointment_month_lead_summary"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    doctor_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    tenth: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointments: Mapped[int] = mapped_column(Integer)
    days: Mapped[float] = mapped_column(Double)


class AppointmentSummaryState(Base):
    """The summary's one row: the watermark (first day not summarised) and the zone its days were counted in."""

    __tablename__ = "appointment_summary_state"

    id: Mapped[bool] = mapped_column(Boolean, primary_key=True, server_default=text("true"))
    zone: Mapped[str | None] = mapped_column(Text)
    summarised_before: Mapped[date | None] = mapped_column(Date)
    refreshed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (CheckConstraint("id", name="one_row"),)


class InvoiceBalance(Base):
    """What each issued invoice is still owed now and when money last moved on it (migration 0036): kept by
    ``hms_invoice_balance_note`` as invoices are issued, paid and credited; read only by the
    outstanding-balances report; the owner's alone."""

    __tablename__ = "invoice_balance"

    invoice_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("invoice.id"), primary_key=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    balance: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    moved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        # Only the invoices owed now, with what the report needs (an index-only scan).
        Index("ix_invoice_balance_owed", "issued_at", postgresql_include=["balance", "moved_at"],
              postgresql_where=text("balance > 0")),
    )


class PatientYearSeen(Base):
    """Who was seen (an attended appointment), per patient and year, a bit per complete month (migration 0037):
    derived by ``hms_report_refresh_summary``, read by the age pyramid; the owner's alone."""

    __tablename__ = "patient_year_seen"

    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    patient_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    months: Mapped[int] = mapped_column(Integer)


class DiagnosisYearSeen(Base):
    """Which codes were diagnosed on whom, per year, a bit per complete month (migration 0037)."""

    __tablename__ = "diagnosis_year_seen"

    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    icd10_code: Mapped[str] = mapped_column(String(7), primary_key=True)
    patient_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    months: Mapped[int] = mapped_column(Integer)


class DiagnosisMonthCount(Base):
    """Encounters per complete month and code (migration 0037)."""

    __tablename__ = "diagnosis_month_count"

    month: Mapped[date] = mapped_column(Date, primary_key=True)
    icd10_code: Mapped[str] = mapped_column(String(7), primary_key=True)
    encounters: Mapped[int] = mapped_column(Integer)


# Days whose encounters' diagnoses changed since they were summarised (migration 0037), as below.
diagnosis_summary_dirty = Table(
    "diagnosis_summary_dirty", Base.metadata,
    Column("day", Date, nullable=False),
    Index("ix_diagnosis_summary_dirty_day", "day"),
)


# Days (today or before) whose appointments changed since they were summarised: an append-only note, no key
# (an ON CONFLICT could let a refresh delete the note an uncommitted change relies on; migration 0032).
appointment_summary_dirty = Table(
    "appointment_summary_dirty", Base.metadata,
    Column("day", Date, nullable=False),
    Index("ix_appointment_summary_dirty_day", "day"),
)


class Patient(Base):
    """Demographics and contacts. The MRN comes from the database (sequence + Luhn check digit)."""

    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    mrn: Mapped[str] = mapped_column(String(20), unique=True, server_default=text("hms_next_mrn()"))
    # The registering form's idempotency token: a retry after the client gave up finds the earlier row
    # instead of adding a second one (migration 0007). Unique where given: rows without one (every bulk
    # load) take no room in its index.
    request_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    family_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    birth_date_estimated: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    phone: Mapped[str | None] = mapped_column(String(20))
    phone_alt: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    national_id: Mapped[str | None] = mapped_column(String(40))
    national_id_type: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(Text)
    preferred_language: Mapped[str | None] = mapped_column(String(40))
    emergency_name: Mapped[str | None] = mapped_column(String(200))
    emergency_relation: Mapped[str | None] = mapped_column(String(60))
    emergency_phone: Mapped[str | None] = mapped_column(String(20))
    kin_name: Mapped[str | None] = mapped_column(String(200))
    kin_relation: Mapped[str | None] = mapped_column(String(60))
    kin_phone: Mapped[str | None] = mapped_column(String(20))
    # The locality the hospital reports on ("patients-by-area", migration 0034): text trimmed by the database
    # (hms_patient_area_guard), at most domain.patients.AREA_MAX characters.
    area: Mapped[str | None] = mapped_column(Text)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("patient.id"))
    merged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Folded (lower-case, no accents) "family given" for trigram search; computed by the database.
    name_search: Mapped[str | None] = mapped_column(
        Text, Computed("hms_fold((((family_name)::text || ' '::text) || (given_name)::text))",
                       persisted=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                 index=True)  # new registrations (migration 0030)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("sex IN ('F', 'M', 'X', 'U')", name="sex_known"),
        CheckConstraint("area IS NULL OR (area <> '' AND area = btrim(area) AND char_length(area) <= 80)",
                        name="area_trimmed"),
        Index("ix_patient_area", "area"),
        Index("ix_patient_name_search_trgm", "name_search", postgresql_using="gin",
              postgresql_ops={"name_search": "gin_trgm_ops"}),
        Index("ix_patient_phone", "phone"),
        Index("ix_patient_phone_alt", "phone_alt"),
        Index("ix_patient_birth_date", "birth_date"),
        Index("ix_patient_national_id", "national_id"),
        Index("ix_patient_merged_into_id", "merged_into_id"),
        Index("uq_patient_request_id", "request_id", unique=True, postgresql_where=text("request_id IS NOT NULL")),
        Index("ix_patient_name_search_c", text('(name_search COLLATE "C")'), "id",
              postgresql_where=text("merged_into_id IS NULL")),
        Index("ix_patient_birth_date_name", "birth_date", postgresql_include=["id", "name_search"],
              postgresql_where=text("merged_into_id IS NULL")),
    )


class PatientInsurance(Base):
    """A patient's insurance policy as the front desk records it; billing links ``plan_id`` to its plans."""

    __tablename__ = "patient_insurance"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    payer: Mapped[str] = mapped_column(String(200))
    plan_id: Mapped[int | None] = mapped_column(ForeignKey("insurance_plan.id"))
    member_number: Mapped[str] = mapped_column(String(60))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from",
                        name="validity_ordered"),
        # The target of patient_policy's composite key: a policy resolves its own patient's reference (0017).
        UniqueConstraint("id", "patient_id", name="uq_patient_insurance_id_patient_id"),
    )


class PatientPhoto(Base):
    __tablename__ = "patient_photo"

    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)
    mime_type: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Ward(Base):
    __tablename__ = "ward"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    floor: Mapped[str] = mapped_column(String(40), server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # Migration 0025: retired, never deleted; ``retired_at``/``retired_by`` and ``updated_*`` are the database's.
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    retired_by: Mapped[str | None] = mapped_column(String(63))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("active = (retired_at IS NULL)", name="retired_when_inactive"),)


class Room(Base):
    __tablename__ = "room"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("ward.id"))
    name: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # Migration 0025: retired, never deleted; ``retired_at``/``retired_by`` and ``updated_*`` are the database's.
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    retired_by: Mapped[str | None] = mapped_column(String(63))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (UniqueConstraint("ward_id", "name"),
                      CheckConstraint("active = (retired_at IS NULL)", name="retired_when_inactive"))


class Bed(Base):
    """A bed; "occupied" is not stored: it is an open ``bed_stay``."""

    __tablename__ = "bed"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    label: Mapped[str] = mapped_column(String(20))
    bed_type: Mapped[str] = mapped_column(String(20), server_default="general")
    status: Mapped[str] = mapped_column(String(20), server_default="available")
    # Migration 0025: why a bed is out of service and when it should be back; cleared by the database when
    # it returns (hms_bed_structure_guard), ``out_of_service_since`` stamped by it.
    out_of_service_reason: Mapped[str | None] = mapped_column(String(200))
    out_of_service_until: Mapped[date | None] = mapped_column(Date)
    out_of_service_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    # Migration 0025: retired, never deleted; ``retired_at``/``retired_by`` and ``updated_*`` are the database's.
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    retired_by: Mapped[str | None] = mapped_column(String(63))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        UniqueConstraint("room_id", "label"),
        CheckConstraint("bed_type IN ('general', 'icu', 'maternity', 'isolation')", name="type_known"),
        CheckConstraint("status IN ('available', 'cleaning', 'out_of_service')", name="status_known"),
        CheckConstraint("active = (retired_at IS NULL)", name="retired_when_inactive"),
        CheckConstraint("status = 'out_of_service' OR (out_of_service_reason IS NULL AND out_of_service_until IS NULL "
                        "AND out_of_service_since IS NULL)", name="out_of_service_details"),
        # Migration 0029: out of service always says why (hms_bed_structure_guard v2 says so in words, HM031).
        CheckConstraint("status <> 'out_of_service' OR btrim(coalesce(out_of_service_reason, '')) <> ''",
                        name="out_of_service_has_reason"),
    )


class Admission(Base):
    __tablename__ = "admission"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    attending_doctor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    # Clinical text, not granted to billing (migration 0008): deferred, so loading an Admission never selects it.
    reason: Mapped[str] = mapped_column(Text, deferred=True)
    expected_days: Mapped[int | None] = mapped_column(Integer)
    admitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                  index=True)  # reports (migration 0030)
    discharged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)  # reports (0030)
    disposition: Mapped[str | None] = mapped_column(String(20))
    discharge_summary: Mapped[str | None] = mapped_column(Text, deferred=True)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("(discharged_at IS NULL) = (disposition IS NULL)", name="discharge_complete"),
        CheckConstraint(
            "disposition IS NULL OR disposition IN ('home', 'referred', 'deceased', 'against_advice')",
            name="disposition_known"),
        CheckConstraint("discharged_at IS NULL OR discharged_at >= admitted_at",
                        name="discharge_after_admission"),
        CheckConstraint("expected_days IS NULL OR expected_days BETWEEN 0 AND 365",
                        name="expected_days_range"),
        ExcludeConstraint(
            (Column("patient_id"), "="),
            (text("tstzrange(admitted_at, coalesce(discharged_at, 'infinity'::timestamptz))"), "&&"),
            using="gist", name="ex_admission_one_at_a_time"),
    )


class BedStay(Base):
    """Who lay in which bed when; exclusion constraints make a double occupancy impossible."""

    __tablename__ = "bed_stay"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admission.id"), index=True)
    bed_id: Mapped[int] = mapped_column(ForeignKey("bed.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    ends_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        CheckConstraint("ends_at IS NULL OR ends_at > starts_at", name="ends_after_start"),
        Index("ix_bed_stay_open_bed_id", "bed_id", postgresql_where=text("ends_at IS NULL")),
        ExcludeConstraint(
            (Column("bed_id"), "="),
            (text("tstzrange(starts_at, coalesce(ends_at, 'infinity'::timestamptz))"), "&&"),
            using="gist", name="ex_bed_stay_one_patient_per_bed"),
        ExcludeConstraint(
            (Column("admission_id"), "="),
            (text("tstzrange(starts_at, coalesce(ends_at, 'infinity'::timestamptz))"), "&&"),
            using="gist", name="ex_bed_stay_one_bed_per_admission"),
    )


class PrintLog(Base):
    """Every print or save of a document; a reprint is marked as a copy."""

    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    actor: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    document: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(100))
    is_copy: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    destination: Mapped[str] = mapped_column(String(200), server_default="")

    __table_args__ = (Index("ix_print_log_document_subject", "document", "subject"),)


class AuditHead(Base):
    """One row that serialises writers of the audit chain: ``hms_audit_append`` (run as the owner) locks it
    ``FOR UPDATE``. No staff group has any privilege on it, so no login can take that lock and hold it
    (an advisory lock on a fixed key could be taken by anyone; issue 7)."""

    __tablename__ = "audit_head"

    id: Mapped[bool] = mapped_column(Boolean, primary_key=True, server_default=text("true"))

    __table_args__ = (CheckConstraint("id", name="only_one_row"),)


class AuditLog(Base):
    """Append-only; rows are written by triggers and chained by SHA-256 (see migrations)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(63))
    table_name: Mapped[str] = mapped_column(String(63))
    row_key: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(16))
    before: Mapped[Any | None] = mapped_column(JSONB)
    after: Mapped[Any | None] = mapped_column(JSONB)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_log_table_name_row_key", "table_name", "row_key"),
        Index("ix_audit_log_at", "at"),
        # Migration 0024: a patient's entries in other tables' rows, for "who opened or changed this record".
        Index("ix_audit_log_after_patient_id", text("(after ->> 'patient_id')"),
              postgresql_where=text("after ? 'patient_id'")),
        Index("ix_audit_log_before_patient_id", text("(before ->> 'patient_id')"),
              postgresql_where=text("before ? 'patient_id'")),
    )


# --- scheduling (migration 0003) -----------------------------------------------------------------------------

# An appointment in one of these statuses holds its time; the others free it and are kept for history.
# Built from domain.scheduling.AppointmentStatus, so the constraints and the rules cannot drift apart
# (the text is the same as migration 0003 wrote, so `alembic check` sees no change).
APPOINTMENT_ACTIVE_SQL = f"status IN {statuses_sql(ACTIVE_STATUSES)}"
APPOINTMENT_STATUS_SQL = f"status IN {statuses_sql(AppointmentStatus)}"


class Specialty(Base):
    __tablename__ = "specialty"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    # NULL: the hospital default (setting ``default_slot_minutes``); a doctor's own length comes first.
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    # 0026_catalogues: retired (not offered for new doctors or bookings), versioned, touched.
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    # The database's (hms_database_sets_defaults, hms_touch_row): FetchedValue keeps them out of the ORM's
    # INSERT, which the column grants would refuse.
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), server_default=FetchedValue())
    updated_by: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
    )


class DoctorSpecialty(Base):
    __tablename__ = "doctor_specialty"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    specialty_id: Mapped[int] = mapped_column(ForeignKey("specialty.id"), primary_key=True, index=True)


class DoctorProfile(Base):
    """What patients and reception see about a doctor; doctors edit their own qualifications and notes."""

    __tablename__ = "doctor_profile"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    qualifications: Mapped[str] = mapped_column(Text, server_default="")
    registration_number: Mapped[str | None] = mapped_column(String(60))
    consultation_fee_code: Mapped[str | None] = mapped_column(String(40))
    availability_notes: Mapped[str] = mapped_column(Text, server_default="")
    # NULL: the hospital default (setting ``default_slot_minutes``).
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
    )


class Resource(Base):
    """A bookable room or piece of equipment (consulting room, procedure room, ultrasound, ECG)."""

    __tablename__ = "resource"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    # 0026_catalogues: versioned and touched, edited in Administration > Rooms and equipment.
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    # The database's (hms_database_sets_defaults, hms_touch_row): FetchedValue keeps them out of the ORM's
    # INSERT, which the column grants would refuse.
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), server_default=FetchedValue())
    updated_by: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('consulting_room', 'procedure_room', 'equipment')", name="kind_known"),
    )


class DoctorRoom(Base):
    __tablename__ = "doctor_room"

    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id"), primary_key=True)


class WorkTemplate(Base):
    """One weekly session of a doctor (local wall-clock times), e.g. Monday 09:00–12:30 in room 3."""

    __tablename__ = "work_template"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 = Monday, as date.weekday()
    starts: Mapped[time] = mapped_column(Time)
    ends: Mapped[time] = mapped_column(Time)
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("resource.id"))
    valid_from: Mapped[date] = mapped_column(Date, server_default=text("CURRENT_DATE"))
    valid_to: Mapped[date | None] = mapped_column(Date)
    slot_minutes: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("ends > starts", name="ends_after_start"),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="validity_ordered"),
        CheckConstraint("slot_minutes IS NULL OR slot_minutes BETWEEN 5 AND 240", name="slot_minutes_range"),
    )


class ScheduleException(Base):
    """Time a doctor (or, with no staff_id, the whole hospital) is not available: leave, training, holiday."""

    __tablename__ = "schedule_exception"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, server_default="")

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("kind IN ('leave', 'training', 'holiday', 'other')", name="kind_known"),
        Index("ix_schedule_exception_staff_id_starts_at", "staff_id", "starts_at"),
    )


class Appointment(Base):
    """A patient's appointment with a doctor. Exclusion constraints make double booking impossible."""

    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    doctor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The booking form's idempotency token (see Patient.request_id).
    request_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    kind: Mapped[str] = mapped_column(String(20), server_default="new")
    # Clinical text (migration 0008: not billing's; reception's only as the hospital allows). Deferred, so
    # loading an Appointment never selects it; the screens' queries pick columns by db/column_access.py.
    reason: Mapped[str] = mapped_column(Text, server_default="", deferred=True)
    status: Mapped[str] = mapped_column(String(20), server_default="booked")
    overbooked: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    overbook_reason: Mapped[str | None] = mapped_column(Text, deferred=True)
    # Why it was cancelled, declined or marked a no-show ("rescheduled" when moved).
    cancel_reason: Mapped[str | None] = mapped_column(Text, deferred=True)
    rescheduled_from_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    called_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint("kind IN ('new', 'follow_up', 'procedure')", name="kind_known"),
        CheckConstraint(APPOINTMENT_STATUS_SQL, name="status_known"),
        CheckConstraint("NOT overbooked OR length(btrim(coalesce(overbook_reason, ''))) > 0",
                        name="overbook_has_reason"),
        Index("ix_appointment_doctor_id_starts_at", "doctor_id", "starts_at"),
        Index("ix_appointment_starts_at", "starts_at"),  # reports over every doctor (migration 0030)
        Index("uq_appointment_request_id", "request_id", unique=True,
              postgresql_where=text("request_id IS NOT NULL")),
        Index("ix_appointment_patient_id_starts_at", "patient_id", "starts_at"),
        Index("ix_appointment_rescheduled_from_id", "rescheduled_from_id",
              postgresql_where=text("rescheduled_from_id IS NOT NULL")),
        Index("ix_appointment_declined", "starts_at", postgresql_where=text("status = 'declined'")),
        # The age pyramid's index-only scan of the patients seen in a range (migration 0032).
        Index("ix_appointment_seen", "starts_at", postgresql_include=["patient_id"],
              postgresql_where=text("status IN ('completed', 'checked_in', 'in_consultation')")),
        ExcludeConstraint(
            (Column("doctor_id"), "="), (text("tstzrange(starts_at, ends_at)"), "&&"),
            using="gist", name="ex_appointment_doctor_busy",
            where=text(f"{APPOINTMENT_ACTIVE_SQL} AND NOT overbooked")),
        ExcludeConstraint(
            (Column("patient_id"), "="), (text("tstzrange(starts_at, ends_at)"), "&&"),
            using="gist", name="ex_appointment_patient_busy", where=text(APPOINTMENT_ACTIVE_SQL)),
    )


class ResourceBooking(Base):
    """A room or device held for a time, with an appointment or on its own; never two at once."""

    __tablename__ = "resource_booking"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resource.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    purpose: Mapped[str] = mapped_column(Text, server_default="", deferred=True)  # not billing's (0008)
    cancelled: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        ExcludeConstraint(
            (Column("resource_id"), "="), (text("tstzrange(starts_at, ends_at)"), "&&"),
            using="gist", name="ex_resource_booking_resource_busy", where=text("NOT cancelled")),
    )


class WaitingListEntry(Base):
    """A patient who wants an earlier slot with a doctor or any doctor of a specialty."""

    __tablename__ = "waiting_list"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    doctor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    specialty_id: Mapped[int | None] = mapped_column(ForeignKey("specialty.id"))
    earliest: Mapped[date] = mapped_column(Date)
    latest: Mapped[date | None] = mapped_column(Date)
    # Becomes an appointment's reason: reception reads it only as the hospital allows (migration 0008).
    note: Mapped[str] = mapped_column(Text, server_default="", deferred=True)
    status: Mapped[str] = mapped_column(String(20), server_default="waiting")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("status IN ('waiting', 'offered', 'booked', 'removed')", name="status_known"),
        CheckConstraint("doctor_id IS NOT NULL OR specialty_id IS NOT NULL", name="doctor_or_specialty"),
        CheckConstraint("latest IS NULL OR latest >= earliest", name="dates_ordered"),
        Index("ix_waiting_list_waiting", "created_at", postgresql_where=text("status = 'waiting'")),
    )


# --- consultation (migration 0012) ---------------------------------------------------------------------------
# Clinical tables are named so that their names say so (encounter, diagnosis, vital, allergy, problem):
# tests/integration/test_consultation_grants.py refuses billing every table whose name does.


def _vital_range(column: str) -> CheckConstraint:
    limit = VITAL_LIMITS[column]
    return CheckConstraint(f"{column} IS NULL OR {column} BETWEEN {limit.low} AND {limit.high}",
                           name=f"{column}_plausible")


class ChartAccess(Base):
    """Every opening of a chart: who, when, which patient, why (``care``, or a break-the-glass reason)."""

    __tablename__ = "chart_access"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    actor: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    reason_kind: Mapped[str] = mapped_column(String(20))
    reason_text: Mapped[str] = mapped_column(Text, server_default="")
    break_glass: Mapped[bool] = mapped_column(Boolean, Computed("(reason_kind)::text <> 'care'::text",
                                                                persisted=True))

    __table_args__ = (
        CheckConstraint("reason_kind IN ('care', 'emergency', 'covering_colleague', 'other')", name="reason_known"),
        CheckConstraint("reason_kind <> 'other' OR length(btrim(reason_text)) > 0", name="other_has_text"),
        Index("ix_chart_access_patient_id_at", "patient_id", "at"),
        Index("ix_chart_access_staff_id_at", "staff_id", "at"),
    )


class Encounter(Base):
    """One consultation: a draft the doctor saves as they type, then signed, after which the database refuses
    any change (``hms_signed_encounter_guard``); corrections are addenda."""

    __tablename__ = "encounter"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    doctor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"))
    admission_id: Mapped[int | None] = mapped_column(ForeignKey("admission.id"))
    kind: Mapped[str] = mapped_column(String(20))
    chief_complaint: Mapped[str] = mapped_column(Text, server_default="")
    history: Mapped[str] = mapped_column(Text, server_default="")
    examination: Mapped[str] = mapped_column(Text, server_default="")
    assessment: Mapped[str] = mapped_column(Text, server_default="")
    plan: Mapped[str] = mapped_column(Text, server_default="")
    notes: Mapped[str] = mapped_column(Text, server_default="")
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    signed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    signed_by: Mapped[str | None] = mapped_column(String(63))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('appointment', 'admission', 'walk_in')", name="kind_known"),
        CheckConstraint("status IN ('draft', 'signed')", name="status_known"),
        CheckConstraint("(kind = 'appointment') = (appointment_id IS NOT NULL) "
                        "AND (kind = 'admission') = (admission_id IS NOT NULL)", name="kind_matches_link"),
        CheckConstraint("(status = 'signed') = (signed_at IS NOT NULL AND signed_by IS NOT NULL)",
                        name="signed_complete"),
        Index("ix_encounter_patient_id_created_at", "patient_id", "created_at"),
        Index("ix_encounter_created_at", "created_at"),  # diagnosis reports (migration 0030)
        Index("ix_encounter_doctor_id_status", "doctor_id", "status"),
        # One consultation per appointment.
        Index("uq_encounter_appointment_id", "appointment_id", unique=True,
              postgresql_where=text("appointment_id IS NOT NULL")),
        Index("ix_encounter_admission_id", "admission_id", postgresql_where=text("admission_id IS NOT NULL")),
    )


class EncounterAddendum(Base):
    """A signed, timestamped correction shown under a signed encounter; never changed afterwards."""

    __tablename__ = "encounter_addendum"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id"), index=True)
    body: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    signed_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (CheckConstraint("length(btrim(body)) > 0", name="body_present"),)


class EncounterDiagnosis(Base):
    """An ICD-10 diagnosis of an encounter; exactly one may be primary."""

    __tablename__ = "encounter_diagnosis"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id"))
    icd10_code: Mapped[str] = mapped_column(String(7))
    is_primary: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint(f"icd10_code ~ {ICD10_CODE_SQL}", name="icd10_code_format"),
        UniqueConstraint("encounter_id", "icd10_code"),
        Index("uq_encounter_diagnosis_primary", "encounter_id", unique=True, postgresql_where=text("is_primary")),
    )


class Vital(Base):
    """One set of vital signs; each value within the plausible range of ``domain.clinical.VITAL_LIMITS``."""

    __tablename__ = "vital"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id"), index=True)
    measured_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    temperature_c: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    pulse_bpm: Mapped[int | None] = mapped_column(SmallInteger)
    respiratory_rate: Mapped[int | None] = mapped_column(SmallInteger)
    systolic_mmhg: Mapped[int | None] = mapped_column(SmallInteger)
    diastolic_mmhg: Mapped[int | None] = mapped_column(SmallInteger)
    spo2_percent: Mapped[int | None] = mapped_column(SmallInteger)
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    height_cm: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    bmi: Mapped[Decimal | None] = mapped_column(
        Numeric, Computed("round((weight_kg / ((height_cm / (100)::numeric) * (height_cm / (100)::numeric))), 1)",
                          persisted=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        *(_vital_range(column) for column in VITAL_LIMITS),
        CheckConstraint("(systolic_mmhg IS NULL) = (diastolic_mmhg IS NULL) AND "
                        "(systolic_mmhg IS NULL OR diastolic_mmhg < systolic_mmhg)", name="blood_pressure_pair"),
    )


class Allergy(Base):
    """An allergy or intolerance. Reception records what the patient says (``reported``); a doctor confirms."""

    __tablename__ = "allergy"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    substance: Mapped[str] = mapped_column(String(200))
    drug_class: Mapped[str | None] = mapped_column(String(100))
    reaction: Mapped[str] = mapped_column(Text, server_default="")
    severity: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), server_default="active")
    source: Mapped[str] = mapped_column(String(20))
    verification: Mapped[str] = mapped_column(String(20), server_default="reported")
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    recorded_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    confirmed_by: Mapped[str | None] = mapped_column(String(63))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("length(btrim(substance)) > 0", name="substance_present"),
        CheckConstraint("severity IN ('mild', 'moderate', 'severe')", name="severity_known"),
        CheckConstraint("status IN ('active', 'inactive', 'refuted')", name="status_known"),
        CheckConstraint("source IN ('patient', 'relative', 'records', 'clinician', 'other')", name="source_known"),
        CheckConstraint("verification IN ('reported', 'confirmed')", name="verification_known"),
        CheckConstraint("(verification = 'confirmed') = (confirmed_at IS NOT NULL AND confirmed_by IS NOT NULL)",
                        name="confirmation_complete"),
    )


class AllergyNoneKnown(Base):
    """"No known allergies", as a doctor recorded it; an active allergy recorded later outweighs it."""

    __tablename__ = "allergy_none_known"

    # Not keyed by patient: merging two records that both say so keeps both rows (hms_merge_patients).
    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    recorded_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))


class Problem(Base):
    """A problem or past illness (ICD-10), or a surgery with its date."""

    __tablename__ = "problem"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    icd10_code: Mapped[str | None] = mapped_column(String(7))
    description: Mapped[str] = mapped_column(Text, server_default="")
    onset: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), server_default="active")
    verification: Mapped[str] = mapped_column(String(20), server_default="confirmed")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('problem', 'past_illness', 'surgery')", name="kind_known"),
        CheckConstraint(f"icd10_code IS NULL OR icd10_code ~ {ICD10_CODE_SQL}", name="icd10_code_format"),
        CheckConstraint("kind = 'surgery' OR icd10_code IS NOT NULL", name="coded_unless_surgery"),
        CheckConstraint("kind <> 'surgery' OR length(btrim(description)) > 0", name="surgery_named"),
        CheckConstraint("status IN ('active', 'resolved')", name="status_known"),
        CheckConstraint("verification IN ('reported', 'confirmed')", name="verification_known"),
    )


class ProblemFamilyHistory(Base):
    """A condition in a relative (ICD-10 coded): never one of the patient's own problems (migration 0013)."""

    __tablename__ = "problem_family_history"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    relation: Mapped[str] = mapped_column(String(20))
    icd10_code: Mapped[str] = mapped_column(String(7))
    description: Mapped[str] = mapped_column(Text, server_default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    recorded_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("relation IN ('mother', 'father', 'sibling', 'child', 'grandparent', 'aunt_uncle', "
                        "'other')", name="relation_known"),
        CheckConstraint(f"icd10_code ~ {ICD10_CODE_SQL}", name="icd10_code_format"),
        CheckConstraint("length(description) <= 500", name="description_length"),
    )


class ProblemSocialHistory(Base):
    """Smoking, alcohol, occupation: one row per patient kept by the service (not unique, so merging two
    records cannot fail on it; the newest is read)."""

    __tablename__ = "problem_social_history"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    smoking: Mapped[str] = mapped_column(String(20), server_default="unknown")
    pack_years: Mapped[Decimal | None] = mapped_column(Numeric(4, 1))
    alcohol_units_week: Mapped[int | None] = mapped_column(SmallInteger)
    occupation: Mapped[str] = mapped_column(String(100), server_default="")
    notes: Mapped[str] = mapped_column(Text, server_default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    recorded_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("smoking IN ('never', 'former', 'current', 'unknown')", name="smoking_known"),
        CheckConstraint("pack_years IS NULL OR pack_years BETWEEN 0 AND 200", name="pack_years_plausible"),
        CheckConstraint("alcohol_units_week IS NULL OR alcohol_units_week BETWEEN 0 AND 500",
                        name="alcohol_plausible"),
        CheckConstraint("length(notes) <= 2000", name="notes_length"),
    )


class Charge(Base):
    """A billable service, created where it happens (signing an encounter); billing turns charges into invoices.
    Billing reads this table and no clinical one: the description says what, never why."""

    __tablename__ = "charge"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    doctor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    service_date: Mapped[date] = mapped_column(Date)
    fee_code: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    source_kind: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), server_default="unbilled")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("source_kind IN ('encounter', 'lab_order', 'prescription', 'bed_night')",
                        name="source_kind_known"),
        CheckConstraint("status IN ('unbilled', 'billed', 'void')", name="status_known"),
        UniqueConstraint("source_kind", "source_id", "fee_code"),
        Index("ix_charge_patient_id_service_date", "patient_id", "service_date"),
        Index("ix_charge_unbilled", "service_date", postgresql_where=text("status = 'unbilled'")),
    )


# --- prescriptions (migration 0015) --------------------------------------------------------------------------
# An issued prescription, its lines and overrides are read-only in the database (hms_prescription_guard); the
# medication list is only ever stopped (hms_medication_guard). Their names say "prescription" for the grants test.


class Prescription(Base):
    """A prescription: numbered by the database (RX-<year>-<6 digits>), a draft only inside the transaction
    that issues it."""

    __tablename__ = "prescription"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id"), index=True)
    prescriber_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    issued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    issued_by: Mapped[str | None] = mapped_column(String(63))
    kb_version: Mapped[str | None] = mapped_column(String(40))
    checks_off: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    notes: Mapped[str] = mapped_column(Text, server_default="")
    renewed_from_id: Mapped[int | None] = mapped_column(ForeignKey("prescription.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("status IN ('draft', 'issued', 'cancelled')", name="status_known"),
        CheckConstraint("(status = 'issued') = (issued_at IS NOT NULL AND issued_by IS NOT NULL)",
                        name="issued_complete"),
        CheckConstraint("checks_off OR status <> 'issued' OR kb_version IS NOT NULL", name="checked_or_off"),
        Index("ix_prescription_patient_id_created_at", "patient_id", "created_at"),
    )


class PrescriptionLine(Base):
    """One numbered line; the formulary drug's name, strength, form and ATC code are copied, so the record
    stays what was prescribed whatever later formularies say."""

    __tablename__ = "prescription_line"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    prescription_id: Mapped[int] = mapped_column(ForeignKey("prescription.id"))
    line_number: Mapped[int] = mapped_column(SmallInteger)
    drug_id: Mapped[str] = mapped_column(String(100))
    drug_name: Mapped[str] = mapped_column(String(120))
    strength: Mapped[str] = mapped_column(String(60))
    form: Mapped[str] = mapped_column(String(60))
    atc: Mapped[str] = mapped_column(String(7))
    dose: Mapped[Decimal] = mapped_column(Numeric(10, 3))
    unit: Mapped[str] = mapped_column(String(20))
    route: Mapped[str] = mapped_column(String(20))
    frequency: Mapped[str] = mapped_column(String(10))
    duration_days: Mapped[int] = mapped_column(SmallInteger)
    quantity: Mapped[int | None] = mapped_column(Integer)
    quantity_unit: Mapped[str | None] = mapped_column(String(20))
    instructions: Mapped[str] = mapped_column(Text, server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("line_number >= 1", name="number_positive"),
        CheckConstraint("dose > 0", name="dose_positive"),
        CheckConstraint("duration_days BETWEEN 1 AND 365", name="duration_range"),
        CheckConstraint("(quantity IS NULL) = (quantity_unit IS NULL) AND (quantity IS NULL OR quantity > 0)",
                        name="quantity_complete"),
        CheckConstraint("atc ~ '^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$'", name="atc_format"),
        UniqueConstraint("prescription_id", "line_number"),
    )


class PrescriptionOverride(Base):
    """A contraindicated or major alert the prescriber overrode, with the reason (or ``checks_off``: issued
    while the knowledge base was unusable). Who and when: created_by / created_at, from the database."""

    __tablename__ = "prescription_override"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    prescription_id: Mapped[int] = mapped_column(ForeignKey("prescription.id"), index=True)
    alert_kind: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str | None] = mapped_column(String(20))
    alert_key: Mapped[str] = mapped_column(String(400), server_default="")
    drugs: Mapped[str] = mapped_column(String(400), server_default="")
    allergy: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    kb_version: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("alert_kind IN ('interaction', 'allergy', 'duplicate', 'checks_off')", name="kind_known"),
        CheckConstraint("(alert_kind = 'checks_off') = (severity IS NULL) AND "
                        "(severity IS NULL OR severity IN ('contraindicated', 'major', 'moderate'))",
                        name="severity_known"),
        CheckConstraint("length(btrim(reason)) >= 5", name="reason_given"),
    )


class PrescriptionMedication(Base):
    """The patient's medication list: from issued prescription lines and "prescribed elsewhere" entries;
    stopped with a reason, never edited or removed."""

    __tablename__ = "prescription_medication"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    source: Mapped[str] = mapped_column(String(20))
    prescription_line_id: Mapped[int | None] = mapped_column(ForeignKey("prescription_line.id"))
    drug_id: Mapped[str | None] = mapped_column(String(100))
    drug_name: Mapped[str] = mapped_column(String(200))
    atc: Mapped[str | None] = mapped_column(String(7))
    details: Mapped[str] = mapped_column(String(300), server_default="")
    started_on: Mapped[date] = mapped_column(Date)
    prescribed_elsewhere_by: Mapped[str] = mapped_column(String(200), server_default="")
    status: Mapped[str] = mapped_column(String(20), server_default="active")
    stop_reason: Mapped[str] = mapped_column(Text, server_default="")
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    stopped_by: Mapped[str | None] = mapped_column(String(63))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("source IN ('prescription', 'external')", name="source_known"),
        CheckConstraint("(source = 'prescription') = (prescription_line_id IS NOT NULL)",
                        name="source_matches_line"),
        CheckConstraint("length(btrim(drug_name)) > 0", name="name_present"),
        CheckConstraint("status IN ('active', 'stopped')", name="status_known"),
        CheckConstraint("(status = 'stopped') = (stopped_at IS NOT NULL AND stopped_by IS NOT NULL)",
                        name="stopped_complete"),
        Index("ix_prescription_medication_patient_id_status", "patient_id", "status"),
    )


# --- labs (migration 0014) -----------------------------------------------------------------------------------


class LabTest(Base):
    """The lab catalogue: what can be ordered, its LOINC code where known, specimen, unit, and fee code."""

    __tablename__ = "lab_test"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    loinc_code: Mapped[str | None] = mapped_column(String(10))
    specimen: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(20), server_default="")
    result_kind: Mapped[str] = mapped_column(String(10), server_default="numeric")
    normal_text: Mapped[str | None] = mapped_column(String(40))
    fee_code: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("code ~ '^[A-Z0-9][A-Z0-9_-]*$'", name="code_format"),
        CheckConstraint("length(btrim(name)) > 0", name="name_present"),
        CheckConstraint(f"loinc_code IS NULL OR loinc_code ~ {LOINC_CODE_SQL}", name="loinc_format"),
        CheckConstraint("result_kind IN ('numeric', 'text')", name="result_kind_known"),
        CheckConstraint("result_kind = 'text' OR normal_text IS NULL", name="normal_text_for_text"),
    )


class LabTestRange(Base):
    """A reference range of a test for one sex (or any) and an age band [min, max) in years."""

    __tablename__ = "lab_test_range"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    lab_test_id: Mapped[int] = mapped_column(ForeignKey("lab_test.id"))
    sex: Mapped[str] = mapped_column(String(3), server_default="any")
    min_age_years: Mapped[int] = mapped_column(SmallInteger, server_default=text("0"))
    max_age_years: Mapped[int | None] = mapped_column(SmallInteger)
    low: Mapped[Decimal | None] = mapped_column(Numeric)
    high: Mapped[Decimal | None] = mapped_column(Numeric)
    critical_low: Mapped[Decimal | None] = mapped_column(Numeric)
    critical_high: Mapped[Decimal | None] = mapped_column(Numeric)
    note: Mapped[str] = mapped_column(String(200), server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("sex IN ('M', 'F', 'any')", name="sex_known"),
        CheckConstraint("min_age_years >= 0 AND (max_age_years IS NULL OR max_age_years > min_age_years)",
                        name="age_band"),
        CheckConstraint("low IS NULL OR high IS NULL OR low <= high", name="low_high"),
        CheckConstraint("critical_low IS NULL OR coalesce(low, high) IS NULL OR critical_low <= coalesce(low, high)",
                        name="critical_low_below"),
        CheckConstraint("critical_high IS NULL OR coalesce(high, low) IS NULL OR critical_high >= coalesce(high, low)",
                        name="critical_high_above"),
        ExcludeConstraint((Column("lab_test_id"), "="), (Column("sex"), "="),
                          (text("int4range(min_age_years, max_age_years)"), "&&"),
                          name="ex_lab_test_range_no_overlap", using="gist"),
        {"comment": "Reference ranges by sex and age band. The seeded ranges are typical adult values and must be "
                    "reviewed by the hospital's laboratory before clinical use."},
    )


class LabOrder(Base):
    """Tests ordered together from an encounter; the doctor and the patient are set by the database."""

    __tablename__ = "lab_order"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    encounter_id: Mapped[int] = mapped_column(ForeignKey("encounter.id"), index=True)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    urgency: Mapped[str] = mapped_column(String(10), server_default="routine")
    ordered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    status: Mapped[str] = mapped_column(String(20), server_default="ordered")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("urgency IN ('routine', 'urgent', 'stat')", name="urgency_known"),
        CheckConstraint("status IN ('ordered', 'resulted', 'cancelled')", name="status_known"),
        Index("ix_lab_order_patient_id_ordered_at", "patient_id", "ordered_at"),
    )


class LabOrderItem(Base):
    """One test of an order: on the worklist while ``ordered``."""

    __tablename__ = "lab_order_item"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    lab_order_id: Mapped[int] = mapped_column(ForeignKey("lab_order.id"))
    lab_test_id: Mapped[int] = mapped_column(ForeignKey("lab_test.id"))
    status: Mapped[str] = mapped_column(String(20), server_default="ordered")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("status IN ('ordered', 'resulted', 'cancelled')", name="status_known"),
        UniqueConstraint("lab_order_id", "lab_test_id"),
        Index("ix_lab_order_item_pending", "lab_order_id", postgresql_where=text("status = 'ordered'")),
    )


class LabResult(Base):
    """The result of one test. Unit, range and flag are the database's (``hms_lab_result_guard``); the value
    never changes once entered."""

    __tablename__ = "lab_result"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    lab_order_item_id: Mapped[int] = mapped_column(ForeignKey("lab_order_item.id"), unique=True)
    value_numeric: Mapped[Decimal | None] = mapped_column(Numeric)
    value_text: Mapped[str | None] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), server_default="")
    range_low: Mapped[Decimal | None] = mapped_column(Numeric)
    range_high: Mapped[Decimal | None] = mapped_column(Numeric)
    critical_low: Mapped[Decimal | None] = mapped_column(Numeric)
    critical_high: Mapped[Decimal | None] = mapped_column(Numeric)
    flag: Mapped[str | None] = mapped_column(String(20))
    entered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    entered_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    verified: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    verified_by: Mapped[str | None] = mapped_column(String(63))
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    acknowledged_by: Mapped[str | None] = mapped_column(String(63))

    __table_args__ = (
        CheckConstraint("(value_numeric IS NULL) <> (value_text IS NULL)", name="one_value"),
        CheckConstraint("value_text IS NULL OR length(btrim(value_text)) > 0", name="text_present"),
        CheckConstraint("flag IS NULL OR flag IN ('normal', 'low', 'high', 'critical_low', 'critical_high', "
                        "'abnormal')", name="flag_known"),
        CheckConstraint("verified = (verified_at IS NOT NULL AND verified_by IS NOT NULL)",
                        name="verification_complete"),
        CheckConstraint("(acknowledged_at IS NULL) = (acknowledged_by IS NULL)", name="acknowledgement_complete"),
        Index("ix_lab_result_critical_open", "lab_order_item_id",
              postgresql_where=text("flag LIKE 'critical%' AND acknowledged_at IS NULL")),
    )


# --- billing core (migration 0016) -----------------------------------------------------------------------------
# Issued invoices, their lines and credit notes are read-only in the database (hms_invoice_guard,
# hms_credit_note_guard); the rounding rule of domain/billing.py is in the lines' CHECK constraints.


class FeeSchedule(Base):
    """One price of one service from a day on; a price change is a new row, so history is kept."""

    __tablename__ = "fee_schedule"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(20))
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), server_default=text("0"))
    effective_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("category IN ('consultation', 'procedure', 'lab', 'drug', 'bed_day', 'other')",
                        name="category_known"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("tax_rate BETWEEN 0 AND 100", name="tax_rate_range"),
        CheckConstraint("code ~ '^[A-Z0-9][A-Z0-9-]*$'", name="code_format"),
        CheckConstraint("length(btrim(name)) > 0", name="name_present"),
        UniqueConstraint("code", "effective_from"),
    )


class DocumentCounter(Base):
    """The next number of a gapless series (INV, CN) in a year; locked FOR UPDATE by the issuing transaction."""

    __tablename__ = "document_counter"

    series: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    next_value: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __table_args__ = (CheckConstraint("next_value BETWEEN 1 AND 1000000", name="next_value_range"),)


def _line_checks() -> tuple[CheckConstraint, ...]:
    return (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price >= 0 AND discount >= 0 AND tax_rate BETWEEN 0 AND 100",
                        name="amounts_not_negative"),
        CheckConstraint("length(btrim(description)) > 0", name="description_present"),
        CheckConstraint("line_total = round(quantity * unit_price, 2) - discount AND line_total >= 0",
                        name="line_total_rounded"),
        CheckConstraint("tax_amount = round(line_total * tax_rate / 100, 2)", name="tax_amount_rounded"),
    )


class _PricedLine:
    fee_code: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(200))
    service_date: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 3))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    discount: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))
    tax_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), server_default=text("0"))
    line_total: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    tax_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))


class _Totals:
    subtotal: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))
    discount: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))
    tax: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))
    total: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))


_TOTALS_CHECKS = ("subtotal >= 0 AND discount >= 0 AND tax >= 0 AND discount <= subtotal",
                  "total = subtotal - discount + tax")


class Invoice(_Totals, Base):
    """A draft (no number) until issued; issuing numbers it (INV-<year>-<6 digits>) and freezes it."""

    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    issued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    issued_by: Mapped[str | None] = mapped_column(String(63))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __table_args__ = (
        CheckConstraint(_TOTALS_CHECKS[0], name="totals_not_negative"),
        CheckConstraint("status IN ('draft', 'issued', 'cancelled')", name="status_known"),
        CheckConstraint("(status = 'issued') = (number IS NOT NULL AND issued_at IS NOT NULL "
                        "AND issued_by IS NOT NULL)", name="issued_complete"),
        CheckConstraint(_TOTALS_CHECKS[1], name="total_adds_up"),
        Index("ix_invoice_patient_id_created_at", "patient_id", "created_at"),
        Index("ix_invoice_issued_at", "issued_at"),  # revenue reports (migration 0030)
    )


class InvoiceLine(_PricedLine, Base):
    """A priced line: from a charge (each charge on one invoice at most) or typed by the clerk (no charge)."""

    __tablename__ = "invoice_line"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    charge_id: Mapped[int | None] = mapped_column(ForeignKey("charge.id"), unique=True)
    # Why the line was discounted (migration 0019; required with a discount by a NOT VALID CHECK, so lines
    # written before it keep what they had).
    discount_reason: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (*_line_checks(),
                      CheckConstraint("discount = 0 OR length(btrim(coalesce(discount_reason, ''))) >= 3",
                                      name="discount_has_reason"))


class CreditNote(_Totals, Base):
    """A correction of an issued invoice, numbered CN-<year>-<6 digits> when inserted; never changed."""

    __tablename__ = "credit_note"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    issued_by: Mapped[str] = mapped_column(String(63))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint(_TOTALS_CHECKS[0], name="totals_not_negative"),
        CheckConstraint("length(btrim(reason)) >= 5", name="reason_given"),
        CheckConstraint(_TOTALS_CHECKS[1], name="total_adds_up"),
    )


class CreditNoteLine(_PricedLine, Base):
    """The amount credited against one invoice line (all credits of a line together at most its amount)."""

    __tablename__ = "credit_note_line"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    credit_note_id: Mapped[int] = mapped_column(ForeignKey("credit_note.id"), index=True)
    invoice_line_id: Mapped[int] = mapped_column(ForeignKey("invoice_line.id"), index=True)

    __table_args__ = _line_checks()


# --- insurance (migration 0017; the split rules are hms_desktop.domain.insurance) ---

_INSURANCE_CATEGORIES = "('consultation', 'procedure', 'lab', 'drug', 'bed_day', 'other')"


class InsurancePayer(Base):
    """An insurer. Administrators edit it (optimistic ``version``)."""

    __tablename__ = "insurance_payer"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(300), server_default="")
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("code ~ '^[A-Z0-9_-]+$'", name="code_format"),
        CheckConstraint("length(btrim(name)) > 0", name="name_present"),
    )


class InsurancePlan(Base):
    """A payer's plan: co-payment per invoice, annual limit; its coverage and exclusions are rows of their own."""

    __tablename__ = "insurance_plan"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    payer_id: Mapped[int] = mapped_column(ForeignKey("insurance_payer.id"))
    name: Mapped[str] = mapped_column(String(200))
    copay_per_invoice: Mapped[Decimal] = mapped_column(Numeric(12, 2), server_default=text("0"))
    annual_limit: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("copay_per_invoice >= 0", name="copay_not_negative"),
        CheckConstraint("annual_limit IS NULL OR annual_limit > 0", name="limit_positive"),
        CheckConstraint("length(btrim(name)) > 0", name="name_present"),
        UniqueConstraint("payer_id", "name"),
    )


class InsurancePlanCoverage(Base):
    """What a plan pays of one service category, and whether it needs pre-authorisation."""

    __tablename__ = "insurance_plan_coverage"

    plan_id: Mapped[int] = mapped_column(ForeignKey("insurance_plan.id"), primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    percent: Mapped[Decimal] = mapped_column(Numeric(5, 2))
    preauth_required: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint(f"category IN {_INSURANCE_CATEGORIES}", name="category_known"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),
    )


class InsurancePlanExclusion(Base):
    """A fee code the plan never pays (upper case, as the fee schedule writes it)."""

    __tablename__ = "insurance_plan_exclusion"

    plan_id: Mapped[int] = mapped_column(ForeignKey("insurance_plan.id"), primary_key=True)
    fee_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("fee_code = upper(btrim(fee_code)) AND fee_code <> ''", name="fee_code_normal"),
    )


class InsurancePlanPrice(Base):
    """A plan's own price for a fee code from a day on (migration 0020); kept like ``fee_schedule``: a change is a
    new row, and the price valid on a service date is the row with the latest ``effective_from`` on or before it."""

    __tablename__ = "insurance_plan_price"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("insurance_plan.id"))
    fee_code: Mapped[str] = mapped_column(String(40))
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    effective_from: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("fee_code ~ '^[A-Z0-9][A-Z0-9-]*$'", name="fee_code_format"),
        UniqueConstraint("plan_id", "fee_code", "effective_from"),
    )


class PatientPolicy(Base):
    """A patient's policy on a plan: member number and validity (inclusive; open end when ``valid_to`` is
    NULL); may name the registration reference (``patient_insurance``) it resolves, of the same patient."""

    __tablename__ = "patient_policy"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("insurance_plan.id"))
    patient_insurance_id: Mapped[int | None] = mapped_column(BigInteger)
    member_number: Mapped[str] = mapped_column(String(60))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="validity_ordered"),
        CheckConstraint("length(btrim(member_number)) > 0", name="member_number_present"),
        ForeignKeyConstraint(["patient_insurance_id", "patient_id"],
                             ["patient_insurance.id", "patient_insurance.patient_id"],
                             name="fk_patient_policy_patient_insurance_id_patient_insurance"),
        Index("ix_patient_policy_patient_id_valid_from", "patient_id", "valid_from"),
        ExcludeConstraint(
            (Column("patient_id"), "="), (Column("plan_id"), "="),
            (text("daterange(valid_from, valid_to, '[]')"), "&&"),
            using="gist", name="ex_patient_policy_overlap"),
    )


# --- payments (migration 0018; hms_payment_guard refuses UPDATE/DELETE and sets taken_at/taken_by) ------------

class Deposit(Base):
    """Money taken for a patient before there is an invoice; applied later as payments of method 'deposit'."""

    __tablename__ = "deposit"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), index=True)
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    reference: Mapped[str | None] = mapped_column(String(60))
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    taken_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    # The taker's open cash shift, set by the database (migration 0022_cash_shifts).
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("cash_shift.id"), index=True)

    __table_args__ = (
        CheckConstraint("method IN ('cash', 'card', 'transfer')", name="method_known"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("method <> 'card' OR length(btrim(coalesce(reference, ''))) > 0", name="card_has_reference"),
    )


class Payment(Base):
    """Money on an issued invoice (kind 'payment') or paid back ('refund'); the amount is never negative."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10), server_default="payment")
    method: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    amount_tendered: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    change_given: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    reference: Mapped[str | None] = mapped_column(String(60))
    deposit_id: Mapped[int | None] = mapped_column(ForeignKey("deposit.id"), index=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                               index=True)  # revenue by day (migration 0030)
    taken_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    # The taker's open cash shift, set by the database (migration 0022_cash_shifts).
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("cash_shift.id"), index=True)

    __table_args__ = (
        CheckConstraint("kind IN ('payment', 'refund')", name="kind_known"),
        CheckConstraint("method IN ('cash', 'card', 'transfer', 'insurance', 'deposit')", name="method_known"),
        CheckConstraint("amount > 0", name="amount_positive"),
        CheckConstraint("(method = 'cash' AND kind = 'payment') = (amount_tendered IS NOT NULL) "
                        "AND (amount_tendered IS NULL) = (change_given IS NULL)", name="cash_tendered"),
        CheckConstraint("change_given IS NULL OR (change_given = amount_tendered - amount AND change_given >= 0)",
                        name="change_adds_up"),
        CheckConstraint("method <> 'card' OR length(btrim(coalesce(reference, ''))) > 0", name="card_has_reference"),
        CheckConstraint("(method = 'deposit') = (deposit_id IS NOT NULL)", name="deposit_named"),
    )


class CashShift(Base):
    """A clerk's cash drawer from the opening float to the counted close (migration 0022_cash_shifts); the
    database sets the person and the times and computes the expected cash and the difference."""

    __tablename__ = "cash_shift"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    opening_float: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    counted_cash: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    expected_cash: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    difference: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        CheckConstraint("opening_float >= 0 AND counted_cash >= 0", name="amounts_not_negative"),
        CheckConstraint("(closed_at IS NULL) = (counted_cash IS NULL) AND (closed_at IS NULL) = "
                        "(expected_cash IS NULL) AND (closed_at IS NULL) = (difference IS NULL)",
                        name="closed_complete"),
        CheckConstraint("difference = counted_cash - expected_cash", name="difference_adds_up"),
        CheckConstraint("closed_at >= opened_at", name="closed_after_opened"),
        CheckConstraint("difference = 0 OR length(btrim(note)) > 0", name="difference_noted"),
        Index("ix_cash_shift_staff_id_opened_at", "staff_id", "opened_at"),
        Index("uq_cash_shift_one_open", "staff_id", unique=True, postgresql_where=text("closed_at IS NULL")),
    )


class BedNight(Base):
    """A night a patient spent admitted (migration 0023), in the bed occupied at the hospital's midnight that
    ends it; the source of that night's bed-day charge. Written only by ``hms_accrue_bed_days``."""

    __tablename__ = "bed_night"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admission.id"))
    night: Mapped[date] = mapped_column(Date)
    bed_id: Mapped[int | None] = mapped_column(ForeignKey("bed.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (UniqueConstraint("admission_id", "night"),)


# --- insurance claims (migration 0021; hms_claim_guard moves statuses and refuses DELETE) ---------------------

_CLAIM_STATUSES = "('draft', 'submitted', 'approved', 'partly approved', 'rejected', 'paid')"


class ClaimBatch(Base):
    """One payer's claims sent together; submitted and settled times are the database's."""

    __tablename__ = "claim_batch"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    payer_id: Mapped[int] = mapped_column(ForeignKey("insurance_payer.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    submitted_by: Mapped[str | None] = mapped_column(String(63))
    settled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    settled_by: Mapped[str | None] = mapped_column(String(63))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint(f"status IN {_CLAIM_STATUSES}", name="status_known"),)


class Claim(Base):
    """The insurer's share of one issued invoice; plan and payer are the policy's (set by the guard)."""

    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"))
    policy_id: Mapped[int] = mapped_column(ForeignKey("patient_policy.id"))
    plan_id: Mapped[int] = mapped_column(ForeignKey("insurance_plan.id"))
    payer_id: Mapped[int] = mapped_column(ForeignKey("insurance_payer.id"))
    claim_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), server_default="draft")
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("claim_batch.id"), index=True)
    preauth_needed: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    preauth_number: Mapped[str | None] = mapped_column(String(60))
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(f"status IN {_CLAIM_STATUSES}", name="status_known"),
        CheckConstraint("status NOT IN ('rejected', 'partly approved') "
                        "OR length(btrim(coalesce(rejection_reason, ''))) > 0", name="rejection_has_reason"),
        CheckConstraint("preauth_number IS NULL OR length(btrim(preauth_number)) > 0", name="preauth_number_present"),
        CheckConstraint("status = 'draft' OR batch_id IS NOT NULL", name="submitted_in_batch"),
        UniqueConstraint("invoice_id"),
        Index("ix_claim_policy_id_claim_date", "policy_id", "claim_date"),
        Index("ix_claim_claim_date", "claim_date"),  # insurance reports (migration 0030)
        Index("ix_claim_plan_id_claim_date", "plan_id", "claim_date"),
        Index("ix_claim_unbatched_payer_id", "payer_id", postgresql_where=text("batch_id IS NULL")),
    )


class ClaimLine(Base):
    """The insurer's and the patient's share of one invoice line (with tax), and later the insurer's answer."""

    __tablename__ = "claim_line"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id"), index=True)
    invoice_line_id: Mapped[int] = mapped_column(ForeignKey("invoice_line.id"))
    insurer_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    patient_amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    needs_preauth: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    approved_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("insurer_amount >= 0 AND patient_amount >= 0", name="shares_not_negative"),
        CheckConstraint("approved_amount IS NULL OR approved_amount BETWEEN 0 AND insurer_amount",
                        name="approved_range"),
        CheckConstraint("approved_amount IS NULL OR approved_amount = insurer_amount "
                        "OR length(btrim(coalesce(rejection_reason, ''))) > 0", name="rejection_has_reason"),
        UniqueConstraint("invoice_line_id"),
    )


# --- pharmacy and stores inventory (migration 0027) ----------------------------------------------------------

class StockItem(Base):
    """A drug of the formulary (``drug_id``) or a supply the hospital stocks; levels come from its batches."""

    __tablename__ = "stock_item"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), server_default="drug")
    drug_id: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[str] = mapped_column(String(30))
    pack_size: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    reorder_level: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    fee_code: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('drug', 'supply')", name="kind_known"),
        CheckConstraint("(kind = 'drug') = (drug_id IS NOT NULL)", name="drug_has_id"),
        CheckConstraint("length(btrim(name)) > 0 AND length(btrim(unit)) > 0", name="named"),
        CheckConstraint("pack_size >= 1", name="pack_size_positive"),
        CheckConstraint("reorder_level >= 0", name="reorder_level_not_negative"),
        Index("uq_stock_item_drug_id", "drug_id", unique=True, postgresql_where=text("drug_id IS NOT NULL")),
    )


class StockLocation(Base):
    """The main pharmacy, a ward store (``ward_id``) or another store."""

    __tablename__ = "stock_location"

    id: Mapped[int] = mapped_column(Integer, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    ward_id: Mapped[int | None] = mapped_column(ForeignKey("ward.id"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))
    updated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str | None] = mapped_column(String(63))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("kind IN ('pharmacy', 'ward_store', 'store')", name="kind_known"),
        CheckConstraint("ward_id IS NULL OR kind = 'ward_store'", name="ward_store"),
        CheckConstraint("length(btrim(name)) > 0", name="named"),
    )


class StockBatch(Base):
    """One delivered batch of an item: number, expiry, unit cost, supplier (written by ``hms_stock_receive``)."""

    __tablename__ = "stock_batch"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("stock_item.id"))
    batch_number: Mapped[str] = mapped_column(String(40))
    expiry_date: Mapped[date] = mapped_column(Date, index=True)
    unit_cost: Mapped[Decimal] = mapped_column(Numeric(12, 4))
    supplier: Mapped[str] = mapped_column(String(200), server_default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("unit_cost >= 0", name="unit_cost_not_negative"),
        CheckConstraint("length(btrim(batch_number)) > 0", name="numbered"),
        UniqueConstraint("item_id", "batch_number"),
    )


class StockOnHand(Base):
    """How many of a batch are at a location; never below zero (the CHECK holds for every writer)."""

    __tablename__ = "stock_on_hand"

    batch_id: Mapped[int] = mapped_column(ForeignKey("stock_batch.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_location.id"), primary_key=True, index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity_not_negative"),)


class StockMovement(Base):
    """Every change of a level, append-only: receive, dispense, issue, transfer, adjust (with its reason)."""

    __tablename__ = "stock_movement"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    batch_id: Mapped[int] = mapped_column(ForeignKey("stock_batch.id"), index=True)
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("stock_location.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("stock_location.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, server_default="")
    prescription_line_id: Mapped[int | None] = mapped_column(ForeignKey("prescription_line.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(),
                                                 index=True)  # consumption (migration 0030)
    created_by: Mapped[str] = mapped_column(String(63), server_default=text("session_user"))

    __table_args__ = (
        CheckConstraint("kind IN ('receive', 'dispense', 'issue', 'transfer', 'adjust')", name="kind_known"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "(kind = 'receive' AND from_location_id IS NULL AND to_location_id IS NOT NULL) OR "
            "(kind = 'dispense' AND from_location_id IS NOT NULL AND to_location_id IS NULL) OR "
            "(kind IN ('issue', 'transfer') AND from_location_id IS NOT NULL AND to_location_id IS NOT NULL "
            " AND from_location_id <> to_location_id) OR "
            "(kind = 'adjust' AND (from_location_id IS NULL) <> (to_location_id IS NULL))",
            name="locations_match_kind"),
        CheckConstraint("(kind = 'adjust') = (reason IS NOT NULL)", name="adjust_reason"),
        CheckConstraint("reason IS NULL OR reason IN ('loss', 'breakage', 'expired', 'count') AND "
                        "(to_location_id IS NULL OR reason = 'count')", name="reason_known"),
        CheckConstraint("(kind = 'dispense') = (prescription_line_id IS NOT NULL)", name="dispense_line"),
        Index("ix_stock_movement_prescription_line_id", "prescription_line_id",
              postgresql_where=text("prescription_line_id IS NOT NULL")),
    )
