"""Meetings, actions and the delivery ledger.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from reminders.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String, nullable=False),
        sa.Column("title", sa.String),
        sa.Column("date", sa.Date),
        sa.Column("next_meeting", sa.Date),
        sa.Column("chair", sa.String),
        sa.Column("minute_taker", sa.String),
        sa.Column("attendees", sa.String, nullable=False),
        sa.Column("warnings", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("source_sha256", sa.String, nullable=False),
        sa.Column("ingested_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("key", name="uq_meeting_key"),
    )
    op.create_table(
        "action",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("owners", sa.String, nullable=False),
        sa.Column("due", sa.Date),
        sa.Column("basis", sa.String),
        sa.Column("due_words", sa.String),
        sa.Column("item", sa.String),
        sa.Column("section", sa.String),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("update", sa.String),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("line", sa.Integer),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("edited", sa.String, nullable=False),
        sa.Column("note", sa.String),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime()),
    )
    op.create_index("ix_action_meeting_id", "action", ["meeting_id"])
    op.create_index("ix_action_due", "action", ["due"])
    op.create_index("ix_action_status", "action", ["status"])
    op.create_index("ix_action_fingerprint", "action", ["fingerprint"])
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("recipient", sa.String, nullable=False),
        sa.Column("slot", UTCDateTime(), nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("message_id", sa.String, nullable=False),
        sa.Column("to_addresses", sa.String, nullable=False),
        sa.Column("overdue", sa.Integer, nullable=False),
        sa.Column("due_soon", sa.Integer, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("error", sa.String),
        sa.Column("claimed_at", UTCDateTime()),
        sa.Column("sent_at", UTCDateTime()),
        sa.Column("retry_at", UTCDateTime()),
        sa.UniqueConstraint("recipient", "slot", name="uq_delivery_slot"),
    )


def downgrade() -> None:
    op.drop_table("delivery")
    op.drop_table("action")
    op.drop_table("meeting")
