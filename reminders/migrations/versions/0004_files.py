"""Ingested files remembered across restarts (issue 10).

``ingested_file`` is the watched folder's memory (path, size, mtime, SHA-256, outcome), and
an index on ``meeting.source_sha256`` lets ingest find an unchanged file before extracting.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

from reminders.models import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingested_file",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("path", sa.String, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("sha256", sa.String, nullable=False),
        sa.Column("status", sa.String, nullable=False),
        sa.Column("detail", sa.String, nullable=False),
        sa.Column("seen_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("path", name="uq_ingested_file_path"),
    )
    op.create_index("ix_meeting_source_sha256", "meeting", ["source_sha256"])


def downgrade() -> None:
    op.drop_index("ix_meeting_source_sha256", "meeting")
    op.drop_table("ingested_file")
