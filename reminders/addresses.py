"""What an address or a header text in config.toml may be.

Each lands in a header of every message sent, so each is checked once, when the config is
read: one mailbox per string, no control or format character that could end a header or
hide what it says, and addresses kept in the canonical form that was checked.
"""

from __future__ import annotations

import unicodedata
from email import errors
from email._header_value_parser import get_address_list
from email.headerregistry import Address
from email.utils import parseaddr
from functools import lru_cache
from typing import Annotated

from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator

# Anywhere in an address or header text: C0/C1 controls (CR, LF, NEL...), the Unicode line
# and paragraph separators, and format characters (bidi overrides, zero-width joiners).
_FORBIDDEN = {"Cc", "Cf", "Zl", "Zp"}


def _no_controls(value: str, what: str) -> str:
    bad = next((ch for ch in value if unicodedata.category(ch) in _FORBIDDEN), None)
    if bad is not None:
        raise ValueError(f"{value!r}: {what} contains the control character U+{ord(bad):04X}")
    return value


def _email(value: str) -> str:
    """Exactly one mailbox, parsed by the ``email`` package: 'Name <addr>' or 'addr'.

    Returned in canonical form (display name quoted when it needs it, an IDN domain as its
    ASCII A-label) so that the header we write is the header we checked.
    """
    _no_controls(value, "the address")
    try:
        # The parser the header registry runs for a To (``AddressHeader.value_parser``),
        # read as the registry reads it; without the header object around it, which cost
        # as much again for each of a force's thousands of addresses at every start.
        parsed, rest = get_address_list(value)
        groups = [(address.display_name,
                   [Address(mb.display_name or "", mb.local_part or "", mb.domain or "")
                    for mb in address.all_mailboxes]) for address in parsed.addresses]
    except (errors.HeaderParseError, IndexError, ValueError):  # the parser's own failures
        raise ValueError(f"{value!r} is not an email address ('Name <user@example.org>' or "
                         "'user@example.org')") from None
    mailboxes = [mailbox for _, members in groups for mailbox in members]
    # Obsolete syntax ("J. Smith <js@...>", a period in the name) is common and harmless:
    # the canonical form written below quotes it.
    defects = [d for d in parsed.all_defects if not isinstance(
        d, errors.ObsoleteHeaderDefect | errors.NonASCIILocalPartDefect)]
    if len(mailboxes) > 1:
        raise ValueError(f"{value!r} is a list, not one email address: give each address its "
                         "own string, and quote a display name with a comma "
                         "('\"Smith, John\" <js@example.org>')")
    if groups and groups[0][0] is not None:
        raise ValueError(f"{value!r} is a group (NAME: ...;), not one email address")
    if defects or rest or len(mailboxes) != 1 or "@" not in mailboxes[0].addr_spec:
        raise ValueError(f"{value!r} is not an email address ('Name <user@example.org>' or "
                         "'user@example.org')")
    mailbox = mailboxes[0]
    if not mailbox.username.isascii():
        raise ValueError(f"{value!r}: the part before @ is not ASCII, which needs SMTPUTF8; "
                         "use an ASCII alias of the mailbox")
    try:
        checked = validate_email(mailbox.addr_spec, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(f"{value!r} is not an email address: {exc}") from None
    domain = checked.ascii_domain or mailbox.domain
    return str(Address(mailbox.display_name, mailbox.username, domain))


@lru_cache(maxsize=4096)
def bare(value: str) -> str:
    """The addr-spec of 'Name <addr>' (for envelopes, ledger rows and mailto: links).

    Remembered: a run asks about the same few thousand config addresses for every message,
    and the parser costs more than the rest of the question."""
    return parseaddr(value)[1]


def _header_text(value: str) -> str:
    _no_controls(value, "the text")
    if len(value) > 100:
        raise ValueError(f"{value[:40]!r}...: longer than 100 characters")
    return value


Email = Annotated[str, AfterValidator(_email)]
HeaderText = Annotated[str, AfterValidator(_header_text)]
