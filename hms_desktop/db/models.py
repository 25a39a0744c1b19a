"""The schema as SQLAlchemy 2 typed models.

Alembic migrations in ``migrations/`` create it; ``alembic check`` (run in the tests)
proves the two agree. Things the ORM cannot express (roles, GRANTs, audit triggers,
SECURITY DEFINER functions) live in the migrations as SQL.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (CheckConstraint("length(btrim(full_name)) > 0", name="full_name_present"),)


class HospitalSetting(Base):
    """Hospital-wide settings, one JSON value per key (typed in ``services.settings``)."""

    __tablename__ = "hospital_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONB)
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}


class Patient(Base):
    """Core demographics. The front-desk issue extends this table; the MRN comes from the database."""

    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    mrn: Mapped[str] = mapped_column(String(20), unique=True, server_default=text("hms_next_mrn()"))
    family_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254))
    national_id: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, server_default=text("1"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("sex IN ('F', 'M', 'X', 'U')", name="sex_known"),
        Index("ix_patient_family_name_trgm", "family_name", postgresql_using="gin",
              postgresql_ops={"family_name": "gin_trgm_ops"}),
        Index("ix_patient_given_name_trgm", "given_name", postgresql_using="gin",
              postgresql_ops={"given_name": "gin_trgm_ops"}),
        Index("ix_patient_phone", "phone"),
        Index("ix_patient_birth_date", "birth_date"),
    )


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
    )
