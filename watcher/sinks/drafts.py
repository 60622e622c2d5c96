"""Saving a draft exactly once: look for its deterministic Message-ID in Drafts before every APPEND."""

from __future__ import annotations

from typing import Protocol

from ..errors import FollowupError
from ..sources.imap import DRAFT_NAMES, ImapMailbox
from ..sources.maildir import MaildirMailbox

DRAFT_FLAGS = (rb"\Draft", rb"\Seen")


class DraftsMissing(FollowupError):
    """No Drafts folder could be found; drafts wait until it exists."""


class DraftSink(Protocol):
    def folder(self) -> str: ...
    def contains(self, message_id: str) -> bool: ...
    def save(self, raw: bytes) -> None: ...


class ImapDrafts:
    def __init__(self, mailbox: ImapMailbox, configured: str = "auto"):
        self.mailbox = mailbox
        self.configured = configured
        self._folder: str | None = None

    def folder(self) -> str:
        if self._folder is None:
            found = self.mailbox.find_folder(self.configured, rb"\Drafts", DRAFT_NAMES)
            if found is None:
                what = f"folder {self.configured!r}" if self.configured != "auto" else "Drafts folder"
                existing = existing_folders(name for _, name in self.mailbox.folders())
                raise DraftsMissing(
                    f"no {what} on {self.mailbox.settings.host}; drafts wait until it exists (its folders: "
                    f"{existing}; set imap.drafts to one of them)"
                )
            self._folder = found
        return self._folder

    def contains(self, message_id: str) -> bool:
        return bool(self.mailbox.search_header(self.folder(), "Message-ID", message_id))

    def save(self, raw: bytes) -> None:
        try:
            self.mailbox.append(self.folder(), raw, DRAFT_FLAGS)
        except FollowupError:
            self._folder = None  # renamed or deleted meanwhile? look it up again next time
            raise


class MaildirDrafts:
    def __init__(self, mailbox: MaildirMailbox, folder_name: str):
        self.mailbox = mailbox
        self.folder_name = folder_name

    def folder(self) -> str:
        if self.mailbox.folder_path(self.folder_name) is None:
            existing = existing_folders(maildir_folders(self.mailbox.root))
            raise DraftsMissing(
                f"no Maildir folder {self.folder_name} under {self.mailbox.root} (its folders: {existing}; "
                "set maildir.drafts to one of them)"
            )
        return self.folder_name

    def contains(self, message_id: str) -> bool:
        return message_id in self.mailbox.message_ids(self.folder())

    def save(self, raw: bytes) -> None:
        self.mailbox.save(self.folder(), raw)


def existing_folders(names, most: int = 25) -> str:
    """The folders a mailbox has, for an error that says the configured one is not among them."""
    names = sorted(set(names), key=lambda name: (name.upper() != "INBOX", name.lower()))
    if not names:
        return "none"
    shown = ", ".join(repr(name) for name in names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def maildir_folders(root) -> list[str]:
    """Folder names under a Maildir root, in both layouts (Maildir++ `.Name`, or plain `Name/`)."""
    names = ["INBOX"] if (root / "cur").is_dir() or (root / "INBOX" / "cur").is_dir() else []
    try:
        children = sorted(root.iterdir())
    except OSError:
        return names
    for child in children:
        if child.name in ("cur", "new", "tmp", "INBOX") or not (child / "cur").is_dir():
            continue
        names.append(child.name[1:].replace(".", "/") if child.name.startswith(".") else child.name)
    return names


def save_once(sink: DraftSink, message_id: str, raw: bytes, earlier_ids: tuple[str, ...] = ()) -> str | None:
    """Save unless the draft is already there, under its Message-ID or one an older version gave it.

    Returns None when saved now, else the Message-ID the draft was found under."""
    for candidate in (message_id, *earlier_ids):
        if sink.contains(candidate):
            return candidate
    sink.save(raw)
    return None
