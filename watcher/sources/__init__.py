"""Adapters that read: a mailbox (IMAP or Maildir) hands over new raw messages, a calendar its events."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Incoming:
    """A raw message and where it came from (`ref`, e.g. "INBOX:1234", for log lines)."""

    ref: str
    raw: bytes
    truncated: bool = False


class Checkpoints(Protocol):
    def checkpoint(self, mailbox: str, folder: str) -> tuple[int, int] | None: ...
    def set_checkpoint(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None: ...


class MailSource(Protocol):
    """What the daemon needs from a mailbox, whether IMAP or Maildir."""

    name: str

    def read_new(self, folder: str, since: datetime) -> Iterator[Incoming]:
        """Messages not read before (or, on a first start, within the look-back window since `since`)."""
        ...

    def close(self) -> None: ...
