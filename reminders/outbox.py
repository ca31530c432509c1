"""The outbox transport: each message a file, for a site with no SMTP server (or a test).

Apart from ``reminders.mailer`` so that the SMTP transport and what every transport shares
read without the file handling; ``open_transport`` chooses this one when ``smtp.host`` is
unset.
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from reminders.errors import DeliveryError
from reminders.mailer import Attempt, Letter


class OutboxTransport:
    """Write each message to ``FOLDER/<slot>-<recipient>.eml``, atomically.

    A resend of the same (slot, recipient) replaces its file, so the outbox holds at most
    one file per digest, like the mailbox of someone whose client de-duplicates.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __enter__(self) -> OutboxTransport:
        return self

    def __exit__(self, *exc_info) -> None:
        pass

    def path_for(self, *, slot: datetime, recipient: str) -> Path:
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", recipient).strip("._") or "recipient"
        return self.folder / f"{slot.astimezone(UTC):%Y%m%dT%H%MZ}-{safe}.eml"

    def send(self, letter: Letter, *, slot: datetime, recipient: str) -> Attempt:
        """Write the file; every address counts as accepted (the outbox has no refusals)."""
        target = self.path_for(slot=slot, recipient=recipient)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(letter.data)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            return Attempt(error=str(DeliveryError(
                f"outbox {self.folder}: cannot write {target.name}: {exc.strerror or exc}",
                "check mail.outbox exists and is writable")))
        return Attempt(accepted=list(letter.recipients),
                       answer=f"written to {target}")
