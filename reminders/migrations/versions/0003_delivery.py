"""Delivery leases and per-address outcomes (issue 12).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

* ``delivery.claimer`` / ``heartbeat_at``: which run holds a "sending" row ("host:pid:token")
  and when it last said it was alive, so a row whose claimer died is resumed at once (same
  host, process gone) or after the lease (another host), with its Message-ID.
* ``delivery.drops``: how often the server took the message and then dropped the
  connection; ``permanent``: the row was refused for good (5xx, or too many drops);
  ``finished_at``: when it reached "sent" or "gave_up" (what the next overview reports).
* ``delivery_address``: one row per address of a message (to, cc, escalation) with its own
  outcome, so a refused Cc is recorded, retried or reported on its own.
* ``missed_slot``: slots that fell out of ``catch_up_days`` while nothing ran.
"""

import sqlalchemy as sa
from alembic import op

from reminders.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delivery") as batch:
        batch.add_column(sa.Column("claimer", sa.String))
        batch.add_column(sa.Column("heartbeat_at", UTCDateTime()))
        batch.add_column(sa.Column("finished_at", UTCDateTime()))
        batch.add_column(sa.Column("drops", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("permanent", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
    op.create_index("ix_delivery_status", "delivery", ["status"])
    op.create_table(
        "delivery_address",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("delivery_id", sa.Integer, sa.ForeignKey("delivery.id"), nullable=False),
        sa.Column("address", sa.String, nullable=False),
        sa.Column("role", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("reply", sa.String),
        sa.Column("updated_at", UTCDateTime()),
        sa.UniqueConstraint("delivery_id", "address", name="uq_delivery_address"),
    )
    op.create_index("ix_delivery_address_delivery_id", "delivery_address", ["delivery_id"])
    op.create_table(
        "missed_slot",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("first_slot", UTCDateTime(), nullable=False),
        sa.Column("last_slot", UTCDateTime(), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("noticed_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("first_slot", name="uq_missed_slot_first"),
    )


def downgrade() -> None:
    op.drop_table("missed_slot")
    op.drop_index("ix_delivery_address_delivery_id", "delivery_address")
    op.drop_table("delivery_address")
    op.drop_index("ix_delivery_status", "delivery")
    with op.batch_alter_table("delivery") as batch:
        for name in ("permanent", "drops", "finished_at", "heartbeat_at", "claimer"):
            batch.drop_column(name)
