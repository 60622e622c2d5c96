"""A real Radicale CalDAV server on loopback, so calendar code is tested against a real server.

Runs `python -m radicale` from the current interpreter (the venv has Radicale) with a config
file in a temporary folder: htpasswd users with plain passwords, filesystem storage, owner-only
rights. Calendars are made and filled over plain HTTP, like a CalDAV client would.
"""

from __future__ import annotations

import base64
import contextlib
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as xml_escape

from tests.servers import LOOPBACK, claim, free_port, reap_orphans

if TYPE_CHECKING:
    from caldav.davclient import DAVClient

HOST = LOOPBACK
START_TIMEOUT = 20.0
STOP_TIMEOUT = 5.0


class RadicaleError(RuntimeError):
    """Radicale could not be started or refused a request; the message carries the log tail."""


def _mkcalendar_body(display_name: str) -> bytes:
    name = xml_escape(display_name)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
  <D:set><D:prop>
    <D:displayname>{name}</D:displayname>
    <C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>
  </D:prop></D:set>
</C:mkcalendar>""".encode()


class Radicale:
    """Radicale on 127.0.0.1 with one user (`user`, `password`) and more via `users`.

    Calendar helpers act as `user` unless told otherwise; `calendar_url(name)` is what a
    CalDAV client would be configured with.
    """

    def __init__(
        self,
        user: str = "user",
        password: str | None = None,
        users: dict[str, str] | None = None,
    ) -> None:
        self.host = HOST
        self.port = 0
        self.user = user
        self.password = password if password is not None else secrets.token_urlsafe(12)
        self._process: subprocess.Popen[bytes] | None = None
        reap_orphans("radicale-*", "server.pid")
        self.root = Path(tempfile.mkdtemp(dir="/tmp", prefix="radicale-"))
        claim(self.root)
        self.config_path = self.root / "config"
        self.htpasswd_path = self.root / "users"
        self.storage_path = self.root / "collections"
        self.log_path = self.root / "radicale.log"
        self.users: dict[str, str] = {}
        for name, secret in {user: self.password, **(users or {})}.items():
            self.add_user(name, secret)

    def add_user(self, name: str, password: str | None = None) -> str:
        """Add a user, also while running (Radicale re-reads the htpasswd file); returns the password."""
        password = password if password is not None else secrets.token_urlsafe(12)
        if not name or ":" in name or "\n" in name + password:
            raise ValueError(f"unusable htpasswd entry for {name!r}")
        self.users[name] = password
        self._write_htpasswd()
        return password

    def _write_htpasswd(self) -> None:
        staging = self.htpasswd_path.with_suffix(".new")
        staging.write_text("".join(f"{u}:{p}\n" for u, p in self.users.items()))
        staging.replace(self.htpasswd_path)

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Radicale:
        try:
            self.start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def url(self) -> str:
        """Base URL of the server, with a trailing slash."""
        return f"http://{self.host}:{self.port}/"

    def start(self) -> None:
        """Start and return once Radicale answers HTTP; retries if the chosen port was taken."""
        if self.running:
            return
        self._write_htpasswd()
        first_start = self.port == 0
        for attempt in range(3 if first_start else 1):
            if first_start:
                self.port = free_port()
            try:
                self._start_once()
                return
            except RadicaleError as error:
                if not (first_start and "already in use" in str(error) and attempt < 2):
                    raise

    def _start_once(self) -> None:
        self.config_path.write_text(self._render_config())
        log = self.log_path.open("ab")
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        finally:
            log.close()
        (self.root / "server.pid").write_text(f"{self._process.pid}\n")
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if self._process.poll() is not None:
                self._process = None
                raise RadicaleError(f"radicale exited at start\n--- log tail ---\n{self.log_tail()}")
            if self._answers():
                return
            if time.monotonic() > deadline:
                self.stop()
                raise RadicaleError(
                    f"radicale did not answer on {self.url} within {START_TIMEOUT}s\n"
                    f"--- log tail ---\n{self.log_tail()}"
                )
            time.sleep(0.02)

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.url, timeout=1.0) as response:
                return bool(response.status)
        except urllib.error.HTTPError:
            return True  # any HTTP answer means it is serving
        except OSError:
            return False

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """SIGTERM, then SIGKILL after `timeout`; the data folder is kept for a restart."""
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        self._process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        try:
            self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def _render_config(self) -> str:
        return f"""\
# Generated by tests/servers/radicale.py for one test instance.
[server]
hosts = {self.host}:{self.port}
max_connections = 32
# Answer errors at once: tests provoke them on purpose.
delay_on_error = 0

[auth]
type = htpasswd
htpasswd_filename = {self.htpasswd_path}
htpasswd_encryption = plain
delay = 0

[rights]
type = owner_only

[storage]
filesystem_folder = {self.storage_path}

[web]
type = none

[logging]
level = warning
"""

    # -- CalDAV helpers ------------------------------------------------------------------------

    def principal_url(self, user: str | None = None) -> str:
        return f"{self.url}{urllib.parse.quote(user or self.user)}/"

    def calendar_url(self, name: str, user: str | None = None) -> str:
        return f"{self.principal_url(user)}{urllib.parse.quote(name)}/"

    def event_url(self, calendar: str, uid: str, user: str | None = None) -> str:
        return f"{self.calendar_url(calendar, user)}{urllib.parse.quote(uid, safe='')}.ics"

    def make_calendar(self, name: str, display_name: str | None = None, user: str | None = None) -> str:
        """MKCALENDAR; returns the calendar URL."""
        url = self.calendar_url(name, user)
        self.request(
            "MKCALENDAR",
            url,
            _mkcalendar_body(display_name or name),
            {"Content-Type": "application/xml; charset=utf-8"},
            user=user,
        )
        return url

    def put_event(self, calendar: str, uid: str, ics_text: str, user: str | None = None) -> str:
        """Create or replace the object `<uid>.ics`; returns the new ETag."""
        _, headers, _ = self.request(
            "PUT",
            self.event_url(calendar, uid, user),
            ics_text.encode(),
            {"Content-Type": "text/calendar; charset=utf-8"},
            user=user,
        )
        return headers.get("ETag", "")

    def get_event(self, calendar: str, uid: str, user: str | None = None) -> str:
        _, _, body = self.request("GET", self.event_url(calendar, uid, user), user=user)
        return body.decode()

    def delete_event(self, calendar: str, uid: str, user: str | None = None) -> None:
        self.request("DELETE", self.event_url(calendar, uid, user), user=user)

    def request(
        self,
        method: str,
        url: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        user: str | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        """One authenticated HTTP request; raises RadicaleError on any status >= 400."""
        name = user or self.user
        token = base64.b64encode(f"{name}:{self.users[name]}".encode()).decode()
        request = urllib.request.Request(url, data=body, method=method)
        request.add_header("Authorization", f"Basic {token}")
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers.items()), response.read()
        except urllib.error.HTTPError as error:
            detail = ""
            with contextlib.suppress(OSError):
                detail = error.read().decode(errors="replace")[:500]
            raise RadicaleError(f"{method} {url} -> {error.code} {error.reason}: {detail}") from None

    def caldav_client(self, user: str | None = None) -> DAVClient:
        """A `caldav.DAVClient` logged in as `user` (imported lazily: only some tests need it)."""
        from caldav.davclient import DAVClient

        name = user or self.user
        return DAVClient(url=self.url, username=name, password=self.users[name])
