"""Idempotent registration and booking: a late commit can never produce a duplicate (issue 7, item 10).

When the server stops answering, the client gives up after a bounded time and tells the person that
nothing was saved, but the transaction may still commit when the server wakes up. The patient form and
the book dialog therefore send a token they made (a UUID, one per dialog) with every attempt; it is
stored in ``request_id`` under a unique index (partial: only rows that carry one). A retry with the same token finds the earlier row and
returns it instead of inserting a second one, and two attempts racing with one token cannot both insert.

Inserting a token is granted to the groups that insert the rows; nobody may change it afterwards.

Revision ID: 0007_request_ids
Revises: 0006_print_log_columns
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_request_ids"
down_revision: str | None = "0006_print_log_columns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    for table in ("patient", "appointment"):
        op.add_column(table, sa.Column("request_id", sa.Uuid(), nullable=True))
        # Partial: rows without a token (bulk loads, older rows) take no room in the index.
        op.create_index(f"uq_{table}_request_id", table, ["request_id"], unique=True,
                        postgresql_where=sa.text("request_id IS NOT NULL"))
    # appointment: INSERT is granted on the whole table already; patient: column by column.
    op.execute("GRANT INSERT (request_id) ON patient TO hms_reception, hms_admin")
    op.execute("RESET ROLE")


def downgrade() -> None:
    op.execute("SET LOCAL ROLE hms_owner")
    op.execute("REVOKE INSERT (request_id) ON patient FROM hms_reception, hms_admin")
    for table in ("appointment", "patient"):
        op.drop_index(f"uq_{table}_request_id", table_name=table)
        op.drop_column(table, "request_id")
    op.execute("RESET ROLE")
