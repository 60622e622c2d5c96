"""IMAP: connecting securely, reading new messages read-only (BODY.PEEK), IDLE, and saving drafts.

The watcher never changes a flag: folders are opened with EXAMINE (read-only select) and bodies are
fetched with BODY.PEEK. One connection sits in IDLE and only signals; a second one does FETCH and APPEND.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..config import ImapSettings
from ..errors import AuthError, FollowupError, TransientError
from . import Checkpoints, Incoming

log = logging.getLogger("followup.imap")

FETCH_BATCH = 200
MAX_MESSAGE_BYTES = 2_000_000  # larger messages are read only this far: an invitation never needs more
FETCH_BYTES = 4_000_000  # at most this much message data per FETCH, so memory stays bounded
KEEPALIVE = (60, 15, 4)  # TCP keepalive: idle seconds, interval, probes; a dead path fails in ~2 min
LARGE_RANGE = 50  # above this many new messages, let the server pick the candidates (SEARCH)

DRAFT_NAMES = (
    "Drafts",
    "Draft",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "Entwürfe",
    "Brouillons",
    "Borradores",
    "Bozze",
    "Concepten",
    "Rascunhos",
    "Utkast",
    "Luonnokset",
    "Kladder",
    "Szkice",
    "Черновики",
    "INBOX.Drafts",
    "INBOX/Drafts",
)
SENT_NAMES = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "Gesendet",
    "Gesendete Objekte",
    "Gesendete Elemente",
    "Envoyés",
    "Éléments envoyés",
    "Enviados",
    "Elementos enviados",
    "Posta inviata",
    "Verzonden items",
    "Skickat",
    "Lähetetyt",
    "INBOX.Sent",
)

# Transient network faults; anything else from imaplib is a protocol problem worth reporting as such.
NETWORK_ERRORS = (OSError, socket.timeout, ssl.SSLError, EOFError)


@dataclass(frozen=True)
class Fetched:
    """One message as the server gave it; `truncated` when it was too large to read whole."""

    uid: int
    raw: bytes
    truncated: bool


def connect(settings: ImapSettings, password: str):
    """A logged-in IMAPClient. The socket always has a timeout: imapclient waits forever without one."""
    from imapclient import IMAPClient
    from imapclient.exceptions import LoginError

    timeout = max(settings.timeout.delta.total_seconds(), 5)
    context = tls_context(settings)
    try:
        if settings.security == "tls":
            client = IMAPClient(settings.host, port=settings.port, ssl=True, ssl_context=context, timeout=timeout)
        else:
            client = IMAPClient(settings.host, port=settings.port, ssl=False, timeout=timeout)
            if settings.security == "starttls":
                client.starttls(context)
    except ssl.SSLCertVerificationError as exc:
        raise AuthError(
            f"the certificate of {settings.host} is not trusted ({exc.verify_message}); "
            f"set imap.ca_file to its CA, or imap.tls_verify = false if you accept the risk"
        ) from None
    except NETWORK_ERRORS as exc:
        raise TransientError(f"cannot connect to {settings.host}:{settings.port}: {_why(exc)}") from None
    except Exception as exc:  # imaplib.abort / error during STARTTLS
        raise TransientError(f"cannot connect to {settings.host}:{settings.port}: {_why(exc)}") from None
    _keepalive(client)
    try:
        client.login(settings.username, password)
    except LoginError:
        _close(client)
        raise AuthError(f"{settings.host} refused the login for {settings.username}") from None
    except NETWORK_ERRORS as exc:
        _close(client)
        raise TransientError(f"lost {settings.host} while logging in: {_why(exc)}") from None
    return client


def _keepalive(client) -> None:
    """Let the kernel probe an idle connection: after a laptop sleep or a NAT timeout the IDLE socket can
    be dead without any packet saying so; keepalive turns that into an error within minutes."""
    with contextlib.suppress(Exception):
        sock = client.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        idle, interval, count = KEEPALIVE
        for name, value in (("TCP_KEEPIDLE", idle), ("TCP_KEEPINTVL", interval), ("TCP_KEEPCNT", count)):
            if hasattr(socket, name):
                sock.setsockopt(socket.IPPROTO_TCP, getattr(socket, name), value)


def tls_context(settings: ImapSettings) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=settings.ca_file or None)
    if not settings.tls_verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _why(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:200]


def _close(client) -> None:
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def pick_folder(listing: Iterable[tuple[tuple[bytes, ...], str]], flag: bytes, names: tuple[str, ...]) -> str | None:
    """RFC 6154 SPECIAL-USE first, then the usual and localised names (case-insensitive)."""
    listing = list(listing)
    for flags, name in listing:
        if any(f.lower() == flag.lower() for f in flags):
            return name
    by_lower = {name.lower(): name for _, name in listing}
    for candidate in names:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


class ImapMailbox:
    """The FETCH/APPEND connection, reconnected on demand. Used from one thread only."""

    def __init__(
        self,
        settings: ImapSettings,
        password: Callable[[], str],
        checkpoints: Checkpoints,
        search_terms: tuple[str, ...] = (),
    ):
        self.settings = settings
        self.checkpoints = checkpoints
        self._password = password
        self._terms = search_terms
        self._client = None
        self.name = f"imap:{settings.username}@{settings.host}"
        self.on_progress: Callable[[], None] = lambda: None  # after every server round trip
        self.waiting_since: float | None = None  # time.monotonic() when the round trip in hand began

    # ---------------------------------------------------------------- connection

    @property
    def client(self):
        if self._client is None:
            self._client = connect(self.settings, self._password())
        return self._client

    def close(self) -> None:
        if self._client is not None:
            _close(self._client)
            self._client = None

    def _guard(self, action: str, work: Callable):
        """Run `work`; a dropped connection becomes a TransientError and is reopened next time."""
        from imapclient.exceptions import IMAPClientAbortError, IMAPClientError

        self.waiting_since = time.monotonic()
        try:
            result = work()
            self.on_progress()
            return result
        except (IMAPClientAbortError, *NETWORK_ERRORS) as exc:
            self._drop()
            raise TransientError(f"{action}: connection lost ({_why(exc)})") from None
        except IMAPClientError as exc:
            raise FollowupError(f"{action}: the server said {_why(exc)}") from None
        finally:
            self.waiting_since = None

    def _drop(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):
                self._client.shutdown()
            self._client = None

    def capabilities(self) -> set[str]:
        return self._guard("capabilities", lambda: {c.decode().upper() for c in self.client.capabilities()})

    # ---------------------------------------------------------------- reading

    def examine(self, folder: str) -> tuple[int, int]:
        """Open `folder` read-only (EXAMINE); returns its UIDVALIDITY and UIDNEXT (0 if not given)."""

        def work() -> tuple[int, int]:
            info = self.client.select_folder(folder, readonly=True)
            return int(info[b"UIDVALIDITY"]), int(info.get(b"UIDNEXT", 0))

        return self._guard(f"open {folder}", work)

    def new_uids(self, folder: str, after_uid: int | None, since: datetime) -> list[int]:
        """UIDs to read in the open folder: those above the checkpoint or, on a first start (`after_uid`
        None), those within the look-back window that might be invitations."""

        def work() -> list[int]:
            if after_uid is None:
                return self._candidates(["SINCE", since.date()])
            uids = [u for u in self.client.search(["UID", f"{after_uid + 1}:*"]) if u > after_uid]
            if len(uids) > LARGE_RANGE:
                return [u for u in self._candidates(["UID", f"{after_uid + 1}:*"]) if u > after_uid]
            return uids

        return sorted(self._guard(f"search {folder}", work))

    def _candidates(self, criteria: list) -> list[int]:
        """Let the server search for the words an invitation must contain, instead of downloading all."""
        if not self._terms:
            return self.client.search(criteria)
        terms: list = []
        for term in self._terms:
            terms = ["TEXT", term] if not terms else ["OR", "TEXT", term, *terms]
        needs_utf8 = any(not t.isascii() for t in self._terms)
        return self.client.search([*criteria, *terms], charset="UTF-8" if needs_utf8 else None)

    def fetch(self, uids: list[int]) -> Iterator[Fetched]:
        """Whole messages with BODY.PEEK[] (never sets \\Seen), oversized ones only partially, in UID order."""
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            sizes = self._guard("fetch sizes", lambda b=batch: self.client.fetch(b, ["RFC822.SIZE"]))
            size = {u: min(sizes.get(u, {}).get(b"RFC822.SIZE", 0), MAX_MESSAGE_BYTES + 1) for u in batch}
            for chunk in _chunks(batch, size, FETCH_BYTES):
                small = [u for u in chunk if size[u] <= MAX_MESSAGE_BYTES]
                large = [u for u in chunk if u in sizes and u not in small]
                found = [
                    *self._fetch_parts(small, "BODY.PEEK[]", b"BODY[]", truncated=False),
                    *self._fetch_parts(large, f"BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>", b"BODY[]<0>", truncated=True),
                ]
                yield from sorted(found, key=lambda f: f.uid)

    def _fetch_parts(self, uids: list[int], item: str, key: bytes, truncated: bool) -> list[Fetched]:
        if not uids:
            return []
        data = self._guard("fetch messages", lambda: self.client.fetch(uids, [item]))
        return [Fetched(uid, data[uid][key], truncated) for uid in uids if key in data.get(uid, {})]

    def read_new(self, folder: str, since: datetime) -> Iterator[Incoming]:
        """Messages that arrived after the folder's checkpoint, which advances as each one is handled.

        The checkpoint holds the folder's UIDVALIDITY; when it changes the UIDs mean nothing any more and
        the look-back window is read again (the state's Message-ID table keeps that free of duplicates).
        """
        checkpoint = self.checkpoints.checkpoint(self.name, folder)
        uidvalidity, uidnext = self.examine(folder)
        after = checkpoint[1] if checkpoint and checkpoint[0] == uidvalidity else None
        if checkpoint and after is None:
            log.warning(
                "%s: UIDVALIDITY changed (%s -> %s); re-reading the look-back window",
                folder,
                checkpoint[0],
                uidvalidity,
            )
        uids = self.new_uids(folder, after, since)
        for fetched in self.fetch(uids):
            yield Incoming(f"{folder}:{fetched.uid}", fetched.raw, fetched.truncated)
            self.checkpoints.set_checkpoint(self.name, folder, uidvalidity, fetched.uid)
        # Non-candidates below UIDNEXT were ruled out by the server's SEARCH: they need no second look.
        high = max([uidnext - 1, *uids]) if uidnext else max(uids, default=after or 0)
        self.checkpoints.set_checkpoint(self.name, folder, uidvalidity, max(high, after or 0))

    def folders(self) -> list[tuple[tuple[bytes, ...], str]]:
        return self._guard("list folders", lambda: [(flags, name) for flags, _, name in self.client.list_folders()])

    def find_folder(self, configured: str, flag: bytes, names: tuple[str, ...]) -> str | None:
        listing = self.folders()
        if configured != "auto":
            return configured if any(name == configured for _, name in listing) else None
        return pick_folder(listing, flag, names)

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        self.examine(folder)
        return self._guard(f"search {folder}", lambda: self.client.search(["HEADER", header, value]))

    # ---------------------------------------------------------------- writing

    def append(self, folder: str, raw: bytes, flags: tuple[bytes, ...]) -> None:
        # msg_time None: the server stamps its own arrival time, which is what the user's client sorts by.
        self._guard(f"save into {folder}", lambda: self.client.append(folder, raw, flags=flags, msg_time=None))


class IdleWatcher(threading.Thread):
    """Keeps a second connection in IDLE on one folder and calls `on_change` when something may be new.

    IDLE is renewed every `renew` (servers and NAT boxes drop idle connections long before RFC 2177's
    29 minutes); a NOOP between renewals proves the connection alive. A wall-clock jump (the laptop slept)
    forces a reconnect at once. After every (re)connect `on_change` is called, so the reader catches up
    on whatever arrived while the watcher was away. Without IDLE the folder is polled.
    """

    CHECK_SLICE = 30.0  # longest single wait, so stop requests and clock jumps are noticed quickly

    def __init__(
        self,
        settings: ImapSettings,
        password: Callable[[], str],
        folder: str,
        on_change: Callable[[str], None],
        on_error: Callable[[FollowupError], None],
    ):
        super().__init__(name=f"idle:{folder}", daemon=True)
        self.settings = settings
        self._password = password
        self.folder = folder
        self.on_change = on_change
        self.on_error = on_error
        self.stopping = threading.Event()
        self.connected = threading.Event()
        self.mode = "connecting"
        self._client = None

    def stop(self) -> None:
        self.stopping.set()
        client = self._client
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()  # wakes a blocked idle_check at once

    def run(self) -> None:
        backoff = Backoff()
        while not self.stopping.is_set():
            try:
                self._session()
            except AuthError as exc:
                self.on_error(exc)
                self.stopping.wait(self._delay(backoff, long=True))
            except FollowupError as exc:
                self.on_error(exc)
                self.stopping.wait(self._delay(backoff))
            except Exception as exc:  # a protocol surprise must not end the watcher thread
                if not self.stopping.is_set():
                    self.on_error(TransientError(f"IDLE on {self.folder}: {_why(exc)}"))
                    self.stopping.wait(self._delay(backoff))
            finally:
                self.connected.clear()
                if self._client is not None:
                    _close_quietly(self._client)
                    self._client = None

    def _delay(self, backoff: Backoff, long: bool = False) -> float:
        """The wait before reconnecting. It grows while the server stays away, not from one outage to the
        next: a session that got connected starts the count again."""
        if self.connected.is_set():
            backoff.reset()
        return backoff.next(long=long)

    def _session(self) -> None:
        from imapclient.exceptions import IMAPClientError

        client = connect(self.settings, self._password())
        self._client = client
        try:
            client.select_folder(self.folder, readonly=True)
            idle_ok = self.settings.idle and client.has_capability("IDLE")
        except (IMAPClientError, *NETWORK_ERRORS) as exc:
            raise TransientError(f"IDLE on {self.folder}: {_why(exc)}") from None
        self.mode = "idle" if idle_ok else "poll"
        self.connected.set()
        self.on_change("connected")
        try:
            if idle_ok:
                self._idle_loop(client)
            else:
                self._poll_loop(client)
        except (IMAPClientError, *NETWORK_ERRORS) as exc:
            if not self.stopping.is_set():
                raise TransientError(f"IDLE on {self.folder} dropped: {_why(exc)}") from None

    def _idle_loop(self, client) -> None:
        renew = max(self.settings.idle_renew.delta.total_seconds(), 1.0)
        while not self.stopping.is_set():
            client.idle()
            started = time.time()
            changed = False
            while not self.stopping.is_set():
                waited = time.time() - started
                if waited >= renew:
                    break
                before = time.time()
                wait = min(self.CHECK_SLICE, renew - waited)
                responses = client.idle_check(timeout=wait)
                took = time.time() - before
                if took > wait * 2 + 5:
                    raise TransientError("the clock jumped (resumed from sleep?); reconnecting")
                if any(_is_change(r) for r in responses):
                    changed = True
                    break
                if not responses and took < wait / 2:
                    break  # readable but nothing parsed: imapclient swallows EOF; the NOOP below tells
            if self.stopping.is_set():
                return
            client.idle_done()
            if changed:
                self.on_change("idle")
            else:
                client.noop()  # raises on a connection that died silently while we slept

    def _poll_loop(self, client) -> None:
        interval = max(self.settings.poll_interval.delta.total_seconds(), 1.0)
        while not self.stopping.wait(interval):
            client.noop()
            self.on_change("poll")


def _chunks(uids: list[int], size: dict[int, int], limit: int) -> Iterator[list[int]]:
    """Consecutive runs of `uids` whose sizes add up to at most `limit` (a larger message goes alone)."""
    chunk: list[int] = []
    total = 0
    for uid in uids:
        if chunk and total + size[uid] > limit:
            yield chunk
            chunk, total = [], 0
        chunk.append(uid)
        total += size[uid]
    if chunk:
        yield chunk


def _is_change(response: tuple) -> bool:
    """EXISTS, EXPUNGE (UIDVALIDITY may follow) or FETCH responses; the server's OK "still here" is not."""
    return len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT", b"EXPUNGE", b"FETCH")


def _close_quietly(client) -> None:
    with contextlib.suppress(Exception):
        client.shutdown()


class Backoff:
    """Exponential backoff with full jitter, so many clients do not reconnect in step after an outage."""

    def __init__(self, first: float = 1.0, cap: float = 300.0):
        self.first = first
        self.cap = cap
        self.attempt = 0

    def reset(self) -> None:
        self.attempt = 0

    def next(self, long: bool = False) -> float:
        import random

        self.attempt += 1
        ceiling = min(self.cap, self.first * 2 ** min(self.attempt, 16)) if not long else self.cap
        return random.uniform(ceiling / 2, ceiling)


def lookback_start(now: datetime, window: timedelta) -> datetime:
    return now - window
