"""A local Maildir (synced by mbsync/offlineimap, or the bundled sample): read-only reading, draft saving.

Folders follow Maildir++ (".Drafts" beside cur/new/tmp of the INBOX) or one folder per directory
("Drafts/cur"), whichever exists. Messages are never renamed or touched, so their flags stay the user's.
"""

from __future__ import annotations

import os
import re
import socket
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses
from pathlib import Path

from ..config import MaildirSettings
from ..errors import FollowupError
from . import Checkpoints, Incoming, Lookup

MAX_MESSAGE_BYTES = 2_000_000


class MaildirMailbox:
    def __init__(self, settings: MaildirSettings, checkpoints: Checkpoints):
        self.settings = settings
        self.root = settings.path
        self.checkpoints = checkpoints
        self.name = f"maildir:{self.root}"
        self._read_at_checkpoint: dict[str, set[str]] = {}  # per folder: files read in the checkpoint's second

    def folder_path(self, folder: str) -> Path | None:
        """The directory holding cur/new/tmp for `folder`, or None when it does not exist."""
        if folder.upper() == "INBOX":
            candidates = [self.root, self.root / "INBOX"]
        else:
            candidates = [self.root / f".{folder.replace('/', '.')}", self.root / folder]
        return next((c for c in candidates if (c / "cur").is_dir()), None)

    def read_new(self, folder: str, since: datetime) -> Iterator[Incoming]:
        """Files delivered after the checkpoint (a delivery time in whole seconds, kept per folder).

        Maildir has no UIDs; the delivery time (file mtime) ordered with the file name stands in. Messages
        delivered in the same second as the checkpoint are read again after a restart; the state's
        Message-ID table makes that harmless, and while running they are remembered here.
        """
        path = self.folder_path(folder)
        if path is None:
            raise FollowupError(f"Maildir folder {folder} not found under {self.root}")
        checkpoint = self.checkpoints.checkpoint(self.name, folder)
        after = checkpoint[1] if checkpoint else int(since.timestamp())
        done = self._read_at_checkpoint.setdefault(folder, set())
        entries = []
        for sub in ("new", "cur"):
            with os.scandir(path / sub) as scan:
                for entry in scan:
                    if entry.name.startswith(".") or not entry.is_file():
                        continue
                    mtime = int(entry.stat().st_mtime)
                    if mtime > after or (mtime == after and _unique(entry.name) not in done):
                        entries.append((mtime, entry.name, entry.path))
        entries.sort()
        for mtime, name, file in entries:
            try:
                with open(file, "rb") as handle:
                    raw = handle.read(MAX_MESSAGE_BYTES + 1)
            except FileNotFoundError:
                continue  # moved by the mail client between listing and reading (new/ -> cur/)
            yield Incoming(f"{folder}:{_unique(name)}", raw[:MAX_MESSAGE_BYTES], len(raw) > MAX_MESSAGE_BYTES)
            if mtime != after:
                done.clear()
                after = mtime
            done.add(_unique(name))
            self.checkpoints.set_checkpoint(self.name, folder, 0, mtime)

    def message_ids(self, folder: str) -> set[str]:
        path = self.folder_path(folder)
        if path is None:
            return set()
        ids = set()
        parser = BytesHeaderParser(policy=compat32)
        for sub in ("new", "cur"):
            for file in (path / sub).iterdir():
                try:
                    with open(file, "rb") as handle:
                        value = parser.parse(handle).get("Message-ID", "")
                except OSError:
                    continue
                ids.add(str(value).strip().strip("<>"))
        return ids

    def save(self, folder: str, raw: bytes) -> None:
        """Write through tmp/ and rename into cur/ with the Draft and Seen flags (the Maildir protocol)."""
        path = self.folder_path(folder)
        if path is None:
            raise FollowupError(f"Maildir folder {folder} not found under {self.root}")
        unique = f"{time.time_ns()}.P{os.getpid()}.{socket.gethostname().replace('/', '_').replace(':', '_')}"
        tmp = path / "tmp" / unique
        # 0600 whatever the umask, like the messages a mail client or mbsync writes.
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.rename(tmp, path / "cur" / f"{unique},S={len(raw)}:2,DS")

    def sent_folder(self) -> str | None:
        return self.settings.sent if self.folder_path(self.settings.sent) else None

    def lookup(self, folder: str, query: Lookup) -> list[bytes]:
        """Messages of `folder` delivered since (a day before) `query.since` whose headers match `query`."""
        path = self.folder_path(folder)
        if path is None or query.empty:
            return []
        after = (query.since - timedelta(days=1)).timestamp()
        parser = BytesHeaderParser(policy=compat32)
        found: list[tuple[float, bytes]] = []
        for sub in ("new", "cur"):
            with os.scandir(path / sub) as scan:
                for entry in scan:
                    if entry.name.startswith(".") or not entry.is_file() or entry.stat().st_mtime < after:
                        continue
                    try:
                        with open(entry.path, "rb") as handle:
                            raw = handle.read(MAX_MESSAGE_BYTES)
                    except OSError:
                        continue
                    if _matches(parser.parsebytes(raw, headersonly=True), query):
                        found.append((entry.stat().st_mtime, raw))
        return [raw for _, raw in sorted(found, key=lambda item: item[0])]

    def close(self) -> None:
        pass


def _unique(filename: str) -> str:
    """A Maildir file's unique name, without the ":2,FLAGS" info a mail client changes when it reads it."""
    return filename.split(":", 1)[0]


def _matches(headers, query: Lookup) -> bool:
    """The same loose test an IMAP server's SEARCH makes: any address, sender domain or thread id."""
    wanted = {a.lower() for a in query.to}
    recipients = getaddresses([str(v) for v in (headers.get_all("To") or []) + (headers.get_all("Cc") or [])])
    if any(address.lower() in wanted for _, address in recipients):
        return True
    # From, and the Reply-To a recruiting system names the company's address in.
    sender = f"{headers.get('From', '')} {headers.get('Reply-To', '')}".lower()
    if any(domain.lower() in sender for domain in query.from_domains):
        return True
    if any(name.lower() in sender for name in query.from_names):
        return True
    refs = set(re.findall(r"<([^<>\s]+)>", f"{headers.get('In-Reply-To', '')} {headers.get('References', '')}"))
    return bool(refs & set(query.thread_ids))
