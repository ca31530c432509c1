"""Action history, matters-arising updates and the review list (issue 11).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from reminders.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("action") as batch:
        batch.add_column(sa.Column("update_meeting_id", sa.Integer))
        batch.add_column(sa.Column("update_on", sa.Date))
        batch.add_column(sa.Column("due_set_on", sa.Date))
        batch.add_column(sa.Column("closed_by", sa.String))
        batch.add_column(sa.Column("calendar_seq", sa.Integer, nullable=False,
                                   server_default="0"))
        batch.create_foreign_key("fk_action_update_meeting", "meeting",
                                 ["update_meeting_id"], ["id"])
    op.create_table(
        "action_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("action.id"), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String, nullable=False),
        sa.Column("by", sa.String, nullable=False),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id")),
        sa.Column("source", sa.String),
        sa.Column("line", sa.Integer),
        sa.Column("words", sa.String),
        sa.Column("due", sa.Date),
        sa.Column("slot", UTCDateTime()),
        sa.Column("recipient", sa.String),
    )
    op.create_index("ix_action_event_action_id", "action_event", ["action_id"])
    op.create_table(
        "review",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), nullable=False),
        sa.Column("text", sa.String, nullable=False),
        sa.Column("owners", sa.String, nullable=False),
        sa.Column("item", sa.String),
        sa.Column("update", sa.String),
        sa.Column("due", sa.Date),
        sa.Column("basis", sa.String),
        sa.Column("due_words", sa.String),
        sa.Column("source", sa.String, nullable=False),
        sa.Column("line", sa.Integer),
        sa.Column("fingerprint", sa.String, nullable=False),
        sa.Column("reason", sa.String, nullable=False),
        sa.Column("candidates", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("action.id")),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("resolved_at", UTCDateTime()),
    )
    op.create_index("ix_review_meeting_id", "review", ["meeting_id"])
    op.create_index("ix_review_status", "review", ["status"])


def downgrade() -> None:
    op.drop_index("ix_review_status", "review")
    op.drop_index("ix_review_meeting_id", "review")
    op.drop_table("review")
    op.drop_index("ix_action_event_action_id", "action_event")
    op.drop_table("action_event")
    with op.batch_alter_table("action") as batch:
        batch.drop_constraint("fk_action_update_meeting", type_="foreignkey")
        for name in ("calendar_seq", "closed_by", "due_set_on", "update_on",
                     "update_meeting_id"):
            batch.drop_column(name)
