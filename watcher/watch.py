"""Noticing that the user edited the config or a template: poll their modification times every few seconds.

Polling a handful of files costs nothing and needs no inotify dependency; it also sees an editor's
write-to-temporary-then-rename (the inode changes) and a file that was deleted. A change is reported
once it has been stable for one interval, so a save in several steps gives one reload, not a reload
of a half-written file.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

log = logging.getLogger("followup.watch")

Signature = tuple[tuple[str, int, int, int], ...]


def signature(paths: Iterable[Path]) -> Signature:
    """(path, mtime, size, inode) of each file; a folder stands for the templates (*.j2) in it."""
    entries: list[tuple[str, int, int, int]] = []
    for path in paths:
        files = sorted(path.glob("*.j2")) if path.is_dir() else [path]
        if path.is_dir():
            entries.append((str(path), -2, len(files), 0))
        for file in files:
            try:
                stat = file.stat()
                entries.append((str(file), stat.st_mtime_ns, stat.st_size, stat.st_ino))
            except OSError:
                entries.append((str(file), -1, -1, -1))  # missing: changing back to present is a change too
    return tuple(entries)


class FileWatch(threading.Thread):
    """Calls `on_change()` from this thread after the files `paths()` names have changed and settled."""

    def __init__(self, paths: Callable[[], list[Path]], on_change: Callable[[], None], interval: float = 2.0):
        super().__init__(name="file-watch", daemon=True)
        self.paths = paths
        self.on_change = on_change
        self.interval = interval
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._baseline = signature(paths())

    def rebase(self) -> None:
        """The files as they are now are the ones in use (after a reload, whatever triggered it)."""
        with self._lock:
            self._baseline = signature(self.paths())

    def stop(self) -> None:
        self.stopping.set()

    def run(self) -> None:
        pending: Signature | None = None
        while not self.stopping.wait(self.interval):
            try:
                current = signature(self.paths())
            except Exception as exc:  # a watcher that dies silently would make reloads stop working
                log.warning("cannot check the config files for changes: %s", exc)
                continue
            with self._lock:
                changed = current != self._baseline
            if not changed:
                pending = None
            elif current == pending:
                pending = None
                with self._lock:
                    self._baseline = current
                with contextlib.suppress(Exception):
                    self.on_change()
            else:
                pending = current
