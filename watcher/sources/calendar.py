"""Calendars that are read: CalDAV (sync tokens, else ETags), ICS subscription URLs (conditional GET) and
local .ics files (only when they change). Each source says what changed since its last look; it does
not understand events (that is `core.agenda`).

- CalDAV, through the `caldav` library: RFC 6578 `sync-collection` where the server offers it, so a poll
  with nothing new is one small REPORT; else a depth-1 PROPFIND of the ETags. Only changed resources are
  downloaded, many at a time (`calendar-multiget`).
- ICS over HTTP(S): `If-None-Match` / `If-Modified-Since`, so an unchanged feed costs one 304.
- Every failure becomes an AuthError (the user must act) or a TransientError (retry later), with a
  message that never holds a password or a secret address. `CalendarPoller` logs an outage once and
  retries with backoff.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import logging
import os
import ssl
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import unquote, urljoin, urlsplit

from .. import __version__
from ..config import CalendarSettings
from ..errors import AuthError, FollowupError, TransientError

log = logging.getLogger("followup.calendar")

MULTIGET_BATCH = 100  # hrefs per calendar-multiget REPORT
MAX_FEED_BYTES = 64 * 1024 * 1024  # a feed larger than this is not a calendar of one person
USER_AGENT = f"followup/{__version__} (calendar poller)"


@dataclass(frozen=True)
class CalendarObject:
    """One calendar resource as the server holds it: a CalDAV object, or a whole feed or file."""

    href: str
    data: bytes


@dataclass(frozen=True)
class CalendarChanges:
    """What changed since the last poll. With `complete`, `changed` holds every object the calendar has,
    so anything seen before and not in it is gone."""

    changed: tuple[CalendarObject, ...] = ()
    removed: tuple[str, ...] = ()
    complete: bool = False

    @property
    def empty(self) -> bool:
        return not (self.changed or self.removed or self.complete)


class CalendarSource(Protocol):
    name: str
    requests: int  # HTTP requests made so far (for figures and tests)

    def fetch(self) -> CalendarChanges:
        """Raises AuthError or TransientError."""
        ...

    def describe(self) -> str:
        """One line for `followup check`: what was found and how it is polled."""
        ...

    def close(self) -> None: ...


PasswordSource = Callable[[], str]


def open_source(settings: CalendarSettings, password: PasswordSource | None) -> CalendarSource:
    if settings.type == "caldav":
        return CaldavSource(settings, password)
    if settings.path is not None:
        return IcsFileSource(settings)
    return IcsFeedSource(settings, password)


# ---------------------------------------------------------------- CalDAV


@dataclass
class _Collection:
    """One watched CalDAV calendar and what is known of it."""

    calendar: Any  # caldav.Calendar
    path: str
    name: str
    token: str | None = None
    sync: bool | None = None  # None: not tried yet; False: the server cannot, ETags are compared instead
    etags: dict[str, str] = field(default_factory=dict)


class CaldavSource:
    """A CalDAV account or calendar. `url` may be a calendar (only it is watched) or a server/principal
    address (every calendar found there, or those named in `calendars`)."""

    def __init__(self, settings: CalendarSettings, password: PasswordSource | None):
        self.settings = settings
        self.name = settings.name
        self._password = password
        self._client: Any = None  # caldav.DAVClient
        self._collections: list[_Collection] = []
        self.requests = 0
        # The library's debug log holds whole requests and answers, that is, the user's events.
        logging.getLogger("caldav").setLevel(max(logging.getLogger("caldav").level, logging.WARNING))

    # -- connection --------------------------------------------------------------------------

    def _connect(self) -> list[_Collection]:
        if self._client is not None:
            return self._collections
        from caldav.davclient import DAVClient

        settings = self.settings
        verify: bool | str = settings.ca_file or settings.tls_verify
        password = self._password() if self._password and settings.username else None
        client = DAVClient(
            url=settings.url,
            username=settings.username or None,
            password=password,
            timeout=max(int(settings.timeout.delta.total_seconds()), 5),
            ssl_verify_cert=verify,
            headers={"User-Agent": USER_AGENT},
        )
        inner = client.request

        def counted(*args, **kwargs):
            self.requests += 1
            return inner(*args, **kwargs)

        client.request = counted  # type: ignore[method-assign]  # counts every HTTP request the library makes, for the figures
        self._client = client
        try:
            self._collections = self._discover(client)
        except BaseException:
            self._client = None
            raise
        return self._collections

    def _discover(self, client) -> list[_Collection]:
        wanted = _path(self.settings.url)
        try:
            found = self._calls(lambda: client.principal().calendars())
        except _ServerSaid:
            found = []  # the server answered but offers no discovery here: take the address as the calendar
        mine = [c for c in found if _path(str(c.url)) == wanted]
        if not mine and not found:
            mine = [client.calendar(url=self.settings.url)]
        if not mine:
            names = {n.casefold() for n in self.settings.calendars}
            mine = [
                c
                for c in found
                if not names
                or _last_segment(str(c.url)).casefold() in names
                or (_display_name(c) or "").casefold() in names
            ]
            if not mine:
                raise TransientError(
                    f"calendar {self.name}: none of the calendars at {self.settings.where} is named "
                    + ", ".join(self.settings.calendars)
                )
        return [_Collection(c, _path(str(c.url)), _display_name(c) or _last_segment(str(c.url))) for c in mine]

    def close(self) -> None:
        client, self._client = self._client, None
        self._collections = []
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()

    # -- polling -----------------------------------------------------------------------------

    def fetch(self) -> CalendarChanges:
        try:
            collections = self._connect()
            changed: list[CalendarObject] = []
            removed: list[str] = []
            complete = True
            for collection in collections:
                objects, gone, whole = self._changes(collection)
                changed.extend(objects)
                removed.extend(gone)
                complete = complete and whole
            return CalendarChanges(tuple(changed), tuple(removed), complete)
        except AuthError:
            self.close()  # the next attempt logs in afresh (and reads a changed password)
            raise

    def _changes(self, collection: _Collection) -> tuple[list[CalendarObject], list[str], bool]:
        """(changed objects with their data, removed hrefs, whether this was a full listing)."""
        listing: dict[str, str] | None = None
        removed: list[str] = []
        complete = False
        if collection.sync is not False:
            try:
                listing, removed, complete = self._sync(collection)
            except _NoSync:
                collection.sync = False
                log.info("calendar %s: %s offers no sync tokens; comparing ETags", self.name, collection.name)
        if listing is None:  # ETags: the whole listing every time, but no data for what did not change
            current = self._calls(lambda: _etag_listing(collection.calendar))
            removed = [href for href in collection.etags if href not in current]
            listing = {href: tag for href, tag in current.items() if collection.etags.get(href) != tag}
            complete = not collection.etags
            collection.etags = dict(current)
        objects, missing = self._download(collection, listing)
        for href in missing:
            collection.etags.pop(href, None)
        return objects, removed + missing, complete

    def _sync(self, collection: _Collection) -> tuple[dict[str, str], list[str], bool]:
        from caldav.lib import error

        token = collection.token
        try:
            result = self._calls(
                lambda: collection.calendar.objects_by_sync_token(token, load_objects=False, disable_fallback=True)
            )
        except _ServerSaid as said:
            if token is not None:  # RFC 6578 3.2: an expired or unknown token; start over with a full listing
                log.info("calendar %s: sync token no longer valid; listing everything again", self.name)
                collection.token = None
                return self._sync(collection)
            status = getattr(said.error, "status", None)
            if isinstance(said.error, error.DAVError) and status is not None and status not in _SERVER_TROUBLE:
                raise _NoSync() from None  # 403, 405, 501...: this server or calendar cannot sync
            raise TransientError(said.message) from None
        collection.sync = True
        changed: dict[str, str] = {}
        removed: list[str] = [_path(str(u)) for u in getattr(result, "deleted_urls", ()) or ()]
        for obj in result:
            href = _path(str(obj.url))
            etag = (getattr(obj, "props", None) or {}).get("{DAV:}getetag")
            if href == collection.path or href in removed:
                continue
            if etag:
                changed[href] = etag
            else:
                removed.append(href)  # RFC 6578: a removed member is reported with 404 and no properties
        complete = token is None
        if complete:
            removed = [href for href in collection.etags if href not in changed]
            collection.etags = dict(changed)
        else:
            for href in removed:
                collection.etags.pop(href, None)
            collection.etags.update(changed)
        collection.token = result.sync_token
        return changed, sorted(set(removed)), complete

    def _download(self, collection: _Collection, wanted: dict[str, str]) -> tuple[list[CalendarObject], list[str]]:
        """calendar-multiget in batches; returns the objects and the hrefs that were gone meanwhile."""
        hrefs = sorted(wanted)
        objects: list[CalendarObject] = []
        got: set[str] = set()
        base = str(collection.calendar.url)
        for start in range(0, len(hrefs), MULTIGET_BATCH):
            batch = hrefs[start : start + MULTIGET_BATCH]
            urls = [collection.calendar.url.join(href) for href in batch]
            for obj in self._calls(lambda urls=urls: collection.calendar.multiget(urls)):
                href = _path(urljoin(base, str(obj.url)))
                data = obj.data
                if not data:
                    continue
                objects.append(CalendarObject(href, data.encode() if isinstance(data, str) else data))
                got.add(href)
        return objects, [h for h in hrefs if h not in got]

    def _calls(self, action):
        """Run one library call; its failures become AuthError, TransientError or _ServerSaid."""
        try:
            return action()
        except FollowupError:
            raise
        except Exception as exc:
            raise _classify(exc, self.settings) from None

    def describe(self) -> str:
        collections = self._connect()
        parts = []
        for collection in collections:
            _, _, _ = self._changes(collection)
            how = "sync token" if collection.sync else "ETags"
            parts.append(f"{collection.name} ({len(collection.etags)} objects, polled by {how})")
        return f"{self.settings.where}: " + "; ".join(parts)


_SERVER_TROUBLE = (500, 502, 503, 504, 507)


class _NoSync(Exception):
    """The server does not do sync-collection for this calendar."""


class _ServerSaid(TransientError):
    """The server answered with an error status (not a network failure)."""

    def __init__(self, message: str, error: Exception):
        super().__init__(message)
        self.message = message
        self.error = error


def _classify(exc: Exception, settings: CalendarSettings) -> FollowupError:
    from caldav.lib import error

    where = f"calendar {settings.name} ({settings.where})"
    status = getattr(exc, "status", None)
    reason = str(getattr(exc, "reason", "") or "")
    if isinstance(exc, error.AuthorizationError) and (status == 401 or "unauthori" in reason.lower()):
        return AuthError(f"{where} refused the login for {settings.username or '(no user)'}")
    if isinstance(exc, error.DAVError):
        return _ServerSaid(f"{where}: the server answered {status or ''} {reason}".replace("  ", " "), exc)
    text = f"{type(exc).__name__}: {exc}"
    if "CERTIFICATE_VERIFY_FAILED" in text or isinstance(exc, ssl.SSLCertVerificationError):
        return AuthError(
            f"{where}: the server's certificate is not trusted; set ca_file to its CA, "
            f"or tls_verify = false if you accept the risk"
        )
    return TransientError(f"{where} cannot be reached: {_network_reason(text.replace(settings.url, settings.where))}")


def _etag_listing(calendar) -> dict[str, str]:
    from caldav.elements import dav

    response = calendar.get_properties([dav.GetEtag()], depth=1, parse_response_xml=False)
    base = str(calendar.url)
    own = _path(base)
    listing = {}
    for href, props in response.expand_simple_props([dav.GetEtag()]).items():
        path = _path(urljoin(base, href))
        tag = props.get("{DAV:}getetag")
        if path != own and tag:
            listing[path] = tag
    return listing


def _display_name(calendar) -> str | None:
    with contextlib.suppress(Exception):
        name = calendar.get_display_name() if hasattr(calendar, "get_display_name") else calendar.name
        return str(name) if name else None
    return None


def _path(url: str) -> str:
    """A resource's identity: its unquoted path (servers differ in what they percent-encode)."""
    path = unquote(urlsplit(url).path)
    return path.rstrip("/") + "/" if url.endswith("/") else path


def _last_segment(url: str) -> str:
    return _path(url).rstrip("/").rpartition("/")[2]


def _network_reason(text: str) -> str:
    """The cause inside the HTTP library's nested exception text ("[Errno 111] Connection refused")."""
    import re

    found = re.search(r"\[Errno -?\d+\] [^'\")\]]+", text)
    if found:
        return found.group().strip()
    if "timed out" in text.lower() or "timeout" in text.lower():
        return "timed out"
    return _first_line(text)[:200]


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else text
    return line[:300]


# ---------------------------------------------------------------- ICS over HTTP(S)


class IcsFeedSource:
    """A subscription address. Conditional GETs: an unchanged feed answers 304 and costs nothing more;
    a feed that offers no validators is downloaded but only handed on when its content changed."""

    def __init__(self, settings: CalendarSettings, password: PasswordSource | None):
        self.settings = settings
        self.name = settings.name
        self._password = password
        self._etag = ""
        self._last_modified = ""
        self._digest = ""
        self.requests = 0
        self.last_status = 0
        self._opener: urllib.request.OpenerDirector | None = None
        self._secret: str | None = None

    def _open(self) -> urllib.request.OpenerDirector:
        if self._opener is None:
            try:
                context = ssl.create_default_context(cafile=self.settings.ca_file or None)
            except (OSError, ssl.SSLError) as exc:
                raise AuthError(f"calendar {self.name}: ca_file {self.settings.ca_file} unusable: {exc}") from None
            if not self.settings.tls_verify:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            self._opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context))
        return self._opener

    def fetch(self) -> CalendarChanges:
        body = self._get()
        if body is None:
            return CalendarChanges()
        digest = hashlib.sha256(body).hexdigest()
        if digest == self._digest:
            return CalendarChanges()
        self._digest = digest
        return CalendarChanges((CalendarObject(self.settings.where, body),), (), complete=True)

    def _get(self) -> bytes | None:
        settings = self.settings
        where = f"calendar {settings.name} ({settings.where})"
        request = urllib.request.Request(settings.url, method="GET")
        request.add_header("User-Agent", USER_AGENT)
        request.add_header("Accept", "text/calendar, */*;q=0.5")
        request.add_header("Accept-Encoding", "gzip, deflate")
        if self._etag:
            request.add_header("If-None-Match", self._etag)
        if self._last_modified:
            request.add_header("If-Modified-Since", self._last_modified)
        if settings.username and self._password:
            import base64

            if self._secret is None:  # asked once (a password command is not run at every poll)
                self._secret = self._password()
            token = base64.b64encode(f"{settings.username}:{self._secret}".encode()).decode()
            # Unredirected: a redirect to another host must not take the password along.
            request.add_unredirected_header("Authorization", f"Basic {token}")
        opener = self._open()
        self.requests += 1
        try:
            with opener.open(request, timeout=max(settings.timeout.delta.total_seconds(), 5)) as response:
                self.last_status = response.status
                raw = response.read(MAX_FEED_BYTES + 1)
                if len(raw) > MAX_FEED_BYTES:
                    raise TransientError(f"{where}: the feed is larger than {MAX_FEED_BYTES // 2**20} MB; not read")
                body = _decoded(raw, response.headers.get("Content-Encoding", ""))
                self._etag = response.headers.get("ETag", "") or ""
                self._last_modified = response.headers.get("Last-Modified", "") or ""
                return body
        except urllib.error.HTTPError as exc:
            self.last_status = exc.code
            if exc.code == 304:
                return None
            if exc.code in (401, 403):
                self._secret = None  # read it again next time: the user may have changed it
                raise AuthError(f"{where} refused access ({exc.code}); check username and password") from None
            if exc.code in (404, 410):
                raise TransientError(f"{where}: no such feed ({exc.code}); was the address reset?") from None
            raise TransientError(f"{where}: the server answered {exc.code}") from None
        except ssl.SSLCertVerificationError as exc:
            raise AuthError(
                f"{where}: the server's certificate is not trusted ({exc.verify_message}); "
                f"set ca_file to its CA, or tls_verify = false if you accept the risk"
            ) from None
        except (urllib.error.URLError, OSError, EOFError, ValueError, zlib.error) as exc:
            reason = getattr(exc, "reason", None) or exc
            raise TransientError(
                f"{where} cannot be reached: {_first_line(str(reason)) or type(exc).__name__}"
            ) from None
        except Exception as exc:  # http.client's odd ones (IncompleteRead, BadStatusLine...)
            raise TransientError(f"{where} cannot be reached: {type(exc).__name__}") from None

    def describe(self) -> str:
        changes = self.fetch()
        size = len(changes.changed[0].data) if changes.changed else 0
        validators = [n for n, v in (("ETag", self._etag), ("Last-Modified", self._last_modified)) if v]
        how = "conditional GET with " + " and ".join(validators) if validators else "full download (no validators)"
        return f"{self.settings.where}: {size} bytes, polled by {how}"

    def close(self) -> None:
        pass


def _decoded(raw: bytes, encoding: str) -> bytes:
    encoding = encoding.strip().lower()
    if encoding == "gzip":
        return gzip.decompress(raw)
    if encoding == "deflate":
        try:
            return zlib.decompress(raw)
        except zlib.error:
            return zlib.decompress(raw, -zlib.MAX_WBITS)
    return raw


# ---------------------------------------------------------------- a local .ics file


class IcsFileSource:
    """A file (exported, or kept in sync by another program); read again only when it changed."""

    def __init__(self, settings: CalendarSettings):
        assert settings.path is not None
        self.settings = settings
        self.name = settings.name
        self.path = settings.path
        self._stamp: tuple[int, int, int] | None = None
        self.requests = 0

    def fetch(self) -> CalendarChanges:
        try:
            info = os.stat(self.path)
            stamp = (info.st_mtime_ns, info.st_size, info.st_ino)
            if stamp == self._stamp:
                return CalendarChanges()
            if info.st_size > MAX_FEED_BYTES:
                raise TransientError(f"calendar {self.name}: {self.path} is larger than 64 MB; not read")
            data = self.path.read_bytes()
        except FileNotFoundError:
            raise TransientError(f"calendar {self.name}: no such file {self.path}") from None
        except OSError as exc:
            raise TransientError(f"calendar {self.name}: cannot read {self.path}: {exc.strerror}") from None
        self._stamp = stamp
        return CalendarChanges((CalendarObject(str(self.path), data),), (), complete=True)

    def describe(self) -> str:
        changes = self.fetch()
        size = len(changes.changed[0].data) if changes.changed else 0
        return f"{self.path}: {size} bytes, read again when it changes"

    def close(self) -> None:
        pass


# ---------------------------------------------------------------- polling with backoff


class CalendarPoller:
    """Polls one source: an outage is logged once (and its end once), retried with growing delays."""

    def __init__(self, source: CalendarSource, interval: float, *, backoff_cap: float = 900.0):
        self.source = source
        self.interval = max(interval, 0.5)
        self.backoff_cap = max(backoff_cap, self.interval)
        self.failures = 0
        self.auth_failed = False
        self.last_error = ""
        self.closing = False  # set at shutdown: a poll cut short then is no outage worth a line
        self._outage_since = 0.0

    @property
    def name(self) -> str:
        return self.source.name

    def poll(self) -> CalendarChanges | None:
        """The changes, or None when the calendar could not be read (already logged)."""
        try:
            changes = self.source.fetch()
        except FollowupError as exc:
            self._failed(exc)
            return None
        except Exception as exc:  # a library bug must not end the poller
            self._failed(TransientError(f"calendar {self.name}: unexpected {type(exc).__name__}"))
            return None
        if self.failures:
            log.info(
                "calendar %s: reachable again after %d failed attempt%s (%.0fs)",
                self.name,
                self.failures,
                "" if self.failures == 1 else "s",
                time.monotonic() - self._outage_since,
            )
        self.failures = 0
        self.auth_failed = False
        self.last_error = ""
        return changes

    def _failed(self, exc: FollowupError) -> None:
        if self.closing:
            return
        self.failures += 1
        self.last_error = str(exc)
        self.auth_failed = isinstance(exc, AuthError)
        if self.failures == 1:
            self._outage_since = time.monotonic()
            if self.auth_failed:
                log.error("%s; retrying with backoff", exc)
            else:
                log.warning("%s; retrying with backoff (logged once until it recovers)", exc)
        else:
            log.debug("calendar %s: still failing (%d): %s", self.name, self.failures, exc)

    def delay(self) -> float:
        """Seconds until the next poll: the interval, or a backoff with jitter after failures."""
        if not self.failures:
            return self.interval
        import random

        first = min(self.interval, 30.0)
        ceiling = min(self.backoff_cap, first * 2 ** min(self.failures - 1, 16))
        if self.auth_failed:
            ceiling = max(ceiling, min(self.backoff_cap, 300.0))
        return random.uniform(ceiling / 2, ceiling)
