"""The one place that chooses IMAP or Maildir: the rest of the program never asks again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from .config import Settings
from .core import detect
from .sinks.drafts import DraftSink, ImapDrafts, MaildirDrafts
from .sources import Checkpoints
from .sources.imap import ImapMailbox
from .sources.maildir import MaildirMailbox

if TYPE_CHECKING:
    from .sources.imap import Credential


@dataclass
class Mailbox:
    """A mailbox to read from and the Drafts sink of the same account."""

    source: ImapMailbox | MaildirMailbox
    drafts: DraftSink
    folders: tuple[str, ...]
    lookback: timedelta

    @property
    def name(self) -> str:
        """The account, e.g. "imap:jordan@imap.example.com" (its checkpoints are kept under it)."""
        return self.source.name

    def close(self) -> None:
        self.source.close()


def open_mailbox(settings: Settings, checkpoints: Checkpoints, password: Callable[[], Credential]) -> Mailbox:
    """`password` is asked only when the IMAP server is first contacted (never for a Maildir)."""
    if settings.imap is not None:
        imap = ImapMailbox(settings.imap, password, checkpoints, detect.CORE_TERMS, detect.THREAD_TERMS)
        drafts: DraftSink = ImapDrafts(imap, settings.imap.drafts)
        return Mailbox(imap, drafts, tuple(settings.imap.folders), settings.imap.lookback.delta)
    assert settings.maildir is not None, "the config has either [imap] or [maildir]"
    maildir = MaildirMailbox(settings.maildir, checkpoints)
    drafts = MaildirDrafts(maildir, settings.maildir.drafts)
    return Mailbox(maildir, drafts, tuple(settings.maildir.folders), settings.maildir.lookback.delta)
