"""A real SMTP server (aiosmtpd, in this process) that misbehaves on purpose, per recipient.

``FaultyServer(rcpt={"cc@...": "550 5.1.1 no such user"}, drop={"acc@..."})`` answers RCPT
for the named addresses with the given reply (421, 451, 550...), and for a message to an
address in ``drop`` it keeps the message (the server "accepted" it) and closes the
connection before answering DATA: the accept-then-drop that makes clients send copies.
"""

from __future__ import annotations

from tests.digest_helpers import Collector, SmtpServer


class FaultyCollector(Collector):
    def __init__(self, rcpt: dict[str, str], drop: set[str]) -> None:
        super().__init__()
        self.rcpt = rcpt
        self.drop = drop
        self.dropped = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self.rcpt.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        await super().handle_DATA(server, session, envelope)
        if self.drop & set(envelope.rcpt_tos):
            self.dropped += 1
            server.transport.close()
        return "250 OK"


class FaultyServer(SmtpServer):
    def __init__(self, *, rcpt: dict[str, str] | None = None, drop: set[str] | None = None,
                 **kwargs) -> None:
        super().__init__(**kwargs)
        self.handler = FaultyCollector(rcpt or {}, drop or set())
        self.controller.handler = self.handler

    def fix(self) -> None:
        """The server's problems are over: it answers every address and keeps connections."""
        self.handler.rcpt.clear()
        self.handler.drop.clear()
