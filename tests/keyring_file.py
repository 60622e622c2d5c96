"""A keyring backend for tests: a JSON file named by $FOLLOWUP_TEST_KEYRING, never the user's keyring.

Selected with PYTHON_KEYRING_BACKEND=tests.keyring_file.FileKeyring, so that `followup` processes
started by a test share it with the test.
"""

from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError

ENV = "FOLLOWUP_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment] - only ever chosen explicitly

    @property
    def path(self) -> Path:
        name = os.environ.get(ENV)
        if not name:
            raise NoKeyringError(f"{ENV} is not set")
        return Path(name)

    @contextmanager
    def _entries(self, write: bool):
        self.path.touch(mode=0o600, exist_ok=True)
        with open(self.path, "r+") as file:
            fcntl.flock(file, fcntl.LOCK_EX if write else fcntl.LOCK_SH)
            text = file.read()
            entries = json.loads(text) if text.strip() else {}
            yield entries
            if write:
                file.seek(0)
                file.truncate()
                json.dump(entries, file)

    def get_password(self, service: str, username: str) -> str | None:
        with self._entries(write=False) as entries:
            return entries.get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        with self._entries(write=True) as entries:
            entries[f"{service}\0{username}"] = password

    def delete_password(self, service: str, username: str) -> None:
        with self._entries(write=True) as entries:
            if entries.pop(f"{service}\0{username}", None) is None:
                raise PasswordDeleteError(username)

    def entries(self) -> dict[str, str]:
        with self._entries(write=False) as entries:
            return dict(entries)
