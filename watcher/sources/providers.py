"""What `followup check` says about the mail server: whose it is, and how its folders were found.

Pure: works on the host name, the capabilities and the folder listing the IMAP adapter fetched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

DRAFTS_FLAG = rb"\Drafts"
SENT_FLAG = rb"\Sent"
GMAIL_HOSTS = ("imap.gmail.com", "imap.googlemail.com")
MICROSOFT_HOSTS = ("outlook.office365.com", "outlook.office.com", "imap-mail.outlook.com", "imap.outlook.com")


@dataclass(frozen=True)
class Server:
    """A known provider and the conventions of it that matter for drafts; `name` is "" when unknown."""

    name: str
    evidence: str = ""
    conventions: tuple[str, ...] = ()


def identify(host: str, capabilities: Iterable[str]) -> Server:
    caps = {c.upper() for c in capabilities}
    host = host.lower().rstrip(".")
    if "X-GM-EXT-1" in caps or host in GMAIL_HOSTS:
        return Server(
            "Gmail / Google Workspace",
            "X-GM-EXT-1" if "X-GM-EXT-1" in caps else host,
            (
                "drafts go to the folder flagged \\Drafts ([Gmail]/Drafts, or its name in your Gmail language)",
                "a draft joins the invitation's conversation because its subject is the invitation's with "
                '"Re: " and its In-Reply-To/References name the invitation',
            ),
        )
    if host in MICROSOFT_HOSTS or host.endswith((".outlook.com", ".office365.com")):
        return Server(
            "Outlook.com / Microsoft 365",
            host,
            (
                'drafts go to the folder flagged \\Drafts ("Drafts", or its name in your mailbox language)',
                'Outlook groups a draft with the invitation by its "Re: " subject and In-Reply-To/References',
            ),
        )
    return Server("")


def how_found(listing: Iterable[tuple[tuple[bytes, ...], str]], folder: str, flag: bytes, configured: str) -> str:
    """Why `folder` was chosen: named in the config, flagged by RFC 6154 SPECIAL-USE, or by its name."""
    if configured != "auto":
        return "as configured"
    for flags, name in listing:
        if name == folder:
            if any(f.lower() == flag.lower() for f in flags):
                return f"SPECIAL-USE {flag.decode()}"
            return "by its name"
    return "by its name"
