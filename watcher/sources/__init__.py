"""Adapters that read: a mailbox (IMAP or Maildir) hands over new raw messages, a calendar its events."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True)
class Incoming:
    """A raw message and where it came from (`ref`, e.g. "INBOX:1234", for log lines)."""

    ref: str
    raw: bytes
    truncated: bool = False
    understood: object = None  # what a worker process made of it ahead of time (watcher/pool.Understood), or None


@dataclass(frozen=True)
class Lookup:
    """Messages to find for a skip decision: dated from `since` on, and matching ANY of the conditions.

    Mailboxes match loosely (IMAP SEARCH is by day and by substring); the pure core decides precisely.
    """

    since: datetime
    to: tuple[str, ...] = ()  # one of these addresses in To or Cc
    from_domains: tuple[str, ...] = ()  # sent from this domain (or a subdomain), or with a Reply-To there
    thread_ids: tuple[str, ...] = ()  # In-Reply-To or References names one of these Message-IDs
    from_names: tuple[str, ...] = ()  # From or Reply-To says this name ("Acme via Greenhouse", "Acme Careers")

    @property
    def empty(self) -> bool:
        return not (self.to or self.from_domains or self.thread_ids or self.from_names)


# What a source does with each batch of messages it holds before handing them over one by one: by default
# nothing; the service sets one that reads them ahead in worker processes (watcher/pool.py).
# It gets the batch's messages as they are chosen, and how many the batch holds at most.
Ahead = Callable[[Iterable[Incoming], int], Iterable[Incoming]]


def as_they_are(items: Iterable[Incoming], count: int) -> Iterable[Incoming]:
    return items


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

    def sent_folder(self) -> str | None:
        """The folder the user's sent mail is in, or None when there is none to be found."""
        ...

    def lookup(self, folder: str, query: Lookup) -> list[bytes]:
        """Raw messages of `folder` matching `query`, read without changing anything."""
        ...
