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
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ..config import ImapSettings
from ..errors import AuthError, FollowupError, TransientError
from . import Ahead, Checkpoints, Incoming, Lookup, as_they_are, backfill
from .fetchwire import FetchRefused

if TYPE_CHECKING:
    from ..oauth2 import TokenSource

    Credential = str | TokenSource

log = logging.getLogger("followup.imap")

FETCH_BYTES = 4_000_000  # one FETCH asks for about this much mail: bounded memory, few round trips
FETCH_MAX_UIDS = 500  # ...and for at most this many messages (the UID list is sent in the command line)
MAX_MESSAGE_BYTES = 2_000_000  # larger messages are read only this far: an invitation never needs more
MAX_CONDITIONS = 80  # search keys OR-ed in one SEARCH for a skip decision
LOOKUP_LIMIT = 200  # messages read for one skip decision (the newest); more means the search was too loose
KEEPALIVE = (60, 15, 4)  # TCP keepalive: idle seconds, interval, probes; a dead path fails in ~2 min

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


# OpenSSL's reasons when a TLS handshake is answered in plain text (the wording changed with OpenSSL 3.2).
_PLAIN_TEXT_REPLIES = frozenset({"WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "UNKNOWN_PROTOCOL", "HTTP_REQUEST"})

SECURITY_NAMES = {
    "tls": "TLS",
    "starttls": "STARTTLS",
    "none": "no encryption (loopback only)",
}


def connect(settings: ImapSettings, password: Credential):
    """A logged-in IMAPClient. The socket always has a timeout: imapclient waits forever without one.

    `password` is the password, or for an OAuth2 account the TokenSource its access tokens come from.
    """
    from imapclient.exceptions import LoginError

    if not isinstance(password, str):
        return _connect_oauth2(settings, password)
    client = _open(settings)
    try:
        client.login(settings.username, password)
    except LoginError:
        _close(client)
        raise AuthError(f"{settings.host} refused the login for {settings.username}") from None
    except NETWORK_ERRORS as exc:
        _close(client)
        raise TransientError(f"lost {settings.host} while logging in: {_why(exc)}") from None
    return client


def _open(settings: ImapSettings):
    """A connected, not yet logged-in client: TLS or STARTTLS as configured, certificate verified."""
    from imapclient import IMAPClient

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
    except ssl.SSLError as exc:
        if settings.security == "tls" and exc.reason in _PLAIN_TEXT_REPLIES:
            # The TLS handshake got plain text back: most often "* OK ... ready", a greeting meant for STARTTLS.
            instead = 'security = "starttls"' + (" or port 993" if settings.port != 993 else "")
            raise AuthError(
                f"{settings.host}:{settings.port}: the server speaks plain IMAP on this port: use {instead}"
            ) from None
        raise TransientError(f"cannot connect to {settings.host}:{settings.port}: {_why(exc)}") from None
    except TimeoutError as exc:
        if settings.security != "tls" and settings.port == 993:
            raise AuthError(
                f"{settings.host}:{settings.port}: no IMAP greeting; port 993 expects TLS from the start: "
                'use security = "tls"'
            ) from None
        raise TransientError(f"cannot connect to {settings.host}:{settings.port}: {_why(exc)}") from None
    except NETWORK_ERRORS as exc:
        raise TransientError(f"cannot connect to {settings.host}:{settings.port}: {_why(exc)}") from None
    except Exception as exc:  # imaplib.abort / error during STARTTLS
        raise TransientError(f"cannot connect to {settings.host}:{settings.port}: {_why(exc)}") from None
    _keepalive(client)
    return client


def sasl_mechanism(capabilities: Iterable[str], preference: str = "auto") -> str | None:
    """OAUTHBEARER (RFC 7628) where the server offers it, else Google's and Microsoft's XOAUTH2."""
    if preference != "auto":
        return preference.upper()
    offered = {c.upper() for c in capabilities}
    for mechanism in ("OAUTHBEARER", "XOAUTH2"):
        if f"AUTH={mechanism}" in offered:
            return mechanism
    return None


def _connect_oauth2(settings: ImapSettings, tokens: TokenSource):
    """Log in with an OAuth2 access token; a refused token is renewed once and tried on a new connection.

    The token never appears in an error: servers answer with their own text, and imapclient redacts
    AUTHENTICATE lines from its debug log.
    """
    from imapclient.exceptions import IMAPClientError, LoginError

    oauth = settings.password.oauth2
    preference = oauth.mechanism if oauth is not None else "auto"
    token = None
    for attempt in (1, 2):
        client = _open(settings)
        try:
            capabilities = [c.decode(errors="replace") for c in client.capabilities()]
            mechanism = sasl_mechanism(capabilities, preference)
            if mechanism is None:
                raise AuthError(
                    f"{settings.host} offers no OAuth2 login (AUTH=OAUTHBEARER or AUTH=XOAUTH2); "
                    'set mechanism = "xoauth2" in imap.password to try anyway'
                )
            if token is None:
                token = tokens.access_token()
            if mechanism == "OAUTHBEARER":
                client.oauthbearer_login(settings.username, token)
            else:
                client.oauth2_login(settings.username, token, mech=mechanism)
            log.debug("logged in to %s as %s with %s", settings.host, settings.username, mechanism)
            return client
        except LoginError as exc:
            _close(client)
            refused = _why(exc)
        except (IMAPClientError, *NETWORK_ERRORS) as exc:  # e.g. the connection dropped before AUTHENTICATE
            _close(client)
            raise TransientError(f"lost {settings.host} while logging in: {_why(exc)}") from None
        except BaseException:
            _close(client)
            raise
        renewed = tokens.renew(token) if attempt == 1 and token is not None else None
        if renewed is None:
            again = " even after renewing it" if attempt == 2 else ""
            raise AuthError(
                f"{settings.host} refused the OAuth2 access token for {settings.username}{again} ({refused}); "
                "check that IMAP is enabled for the account and that the sign-in covers the IMAP scope"
            )
        log.info("%s refused the access token for %s; signing in with a renewed one", settings.host, settings.username)
        token = renewed
    raise AssertionError("unreachable")


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
        password: Callable[[], Credential],
        checkpoints: Checkpoints,
        search_terms: tuple[str, ...] = (),
        thread_terms: tuple[str, ...] = (),
    ):
        from ..core.detect import JOB_TERMS
        from .sieve import make_sieve, needles_for

        self.settings = settings
        self.checkpoints = checkpoints
        self._password = password
        # Which messages are worth parsing is decided here, on the raw bytes (see sieve.py for why not SEARCH).
        job_terms = [term for term in search_terms if term in JOB_TERMS]
        self._sieve = make_sieve(search_terms, thread_terms, job_terms) if search_terms else None
        # ...and for a large window without downloading it (see backfill.py).
        self._needles = needles_for(search_terms, thread_terms) if search_terms else None
        self._client = None
        self._sent: str | None = None
        self.name = f"imap:{settings.username}@{settings.host}"
        self.on_progress: Callable[[], None] = lambda: None  # after every server round trip
        self.ahead: Ahead = as_they_are  # each batch, before its messages are handed over (watcher/pool.py)
        self.warm: Callable[[], None] = lambda: None  # a first start is about to choose what to read
        self.waiting_since: float | None = None  # time.monotonic() when the round trip in hand began

    def remember_organisations(self, domains: Iterable[str]) -> None:
        """Companies the user has interviews with: their news passes the sieve also in a new thread."""
        if self._sieve is not None:
            for domain in domains:
                self._sieve.remember_organisation(domain)

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

        from .fetchwire import WireError

        self.waiting_since = time.monotonic()
        try:
            result = work()
            self.on_progress()
            return result
        except (IMAPClientAbortError, WireError, *NETWORK_ERRORS) as exc:
            self._drop()
            raise TransientError(f"{action}: connection lost ({_why(exc)})") from None
        except IMAPClientError as exc:
            raise FollowupError(f"{action}: the server said {_why(exc)}") from None
        finally:
            self.waiting_since = None

    def renew_connection(self) -> None:
        """Open a new connection for the next command instead of trusting this one. Called when the IDLE
        connection to the same server was found dead: this one, idle meanwhile, very likely is too, and
        finding out would cost a whole `timeout` before the catch-up scan could start."""
        self._drop()

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
        None), those that arrived within the look-back window (SEARCH SINCE: the server's date index)."""

        def work() -> list[int]:
            if after_uid is None:
                return self.client.search(["SINCE", since.date()])
            return [u for u in self.client.search(["UID", f"{after_uid + 1}:*"]) if u > after_uid]

        return sorted(self._guard(f"search {folder}", work))

    def fetch(self, uids: list[int]) -> Iterator[Fetched]:
        """Whole messages with BODY.PEEK[] (never sets \\Seen), oversized ones only partially, in UID order."""
        for batch in self.fetch_batches(uids):
            yield from batch

    def fetch_batches(self, uids: list[int]) -> Iterator[list[Fetched]]:
        """`fetch` in batches of about FETCH_BYTES, so a look-back window of thousands of messages takes a
        few dozen round trips and never more memory than one batch."""
        for start in range(0, len(uids), FETCH_MAX_UIDS):
            chunk = uids[start : start + FETCH_MAX_UIDS]
            sizes = self._guard("fetch sizes", lambda c=chunk: self.client.fetch(c, ["RFC822.SIZE"]))
            batch: list[int] = []
            budget = 0
            for uid in chunk:
                if uid not in sizes:
                    continue  # expunged meanwhile
                size = sizes[uid].get(b"RFC822.SIZE", 0)
                if size > MAX_MESSAGE_BYTES:
                    yield self._fetch_parts([uid], f"BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>", b"BODY[]<0>", True)
                    continue
                if batch and budget + size > FETCH_BYTES:
                    yield self._fetch_parts(batch, "BODY.PEEK[]", b"BODY[]", truncated=False)
                    batch, budget = [], 0
                batch.append(uid)
                budget += size
            if batch:
                yield self._fetch_parts(batch, "BODY.PEEK[]", b"BODY[]", truncated=False)

    def _fetch_parts(self, uids: list[int], item: str, key: bytes, truncated: bool) -> list[Fetched]:
        data = self._guard("fetch messages", lambda: self.client.fetch(uids, [item]))
        return [Fetched(uid, data[uid][key], truncated) for uid in uids if key in data.get(uid, {})]

    def read_new(self, folder: str, since: datetime) -> Iterator[Incoming]:
        """Messages that arrived after the folder's checkpoint and might matter, in UID order.

        Every new message is downloaded, but only those the sieve lets through are handed over to be
        parsed. The checkpoint advances after each batch, once the messages handed over from it have been
        handled (a crash re-reads at most one batch; the state's Message-ID table makes that harmless).
        It holds the folder's UIDVALIDITY; when that changes the UIDs mean nothing any more and the
        look-back window is read again.
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
        whole = uids
        if self._needles is not None and len(uids) >= backfill.SELECT_FROM:
            whole = yield from self._read_selected(folder, uidvalidity, uids)
        for batch in self.fetch_batches(whole):
            chosen = (
                Incoming(f"{folder}:{fetched.uid}", fetched.raw, fetched.truncated)
                for fetched in batch
                if self._sieve is None or self._sieve(fetched.raw)
            )
            yield from self.ahead(chosen, len(batch))
            if batch:
                self.checkpoints.set_checkpoint(self.name, folder, uidvalidity, batch[-1].uid)
        # On a first start, messages older than the window below UIDNEXT are never to be read.
        high = max([uidnext - 1, *uids]) if uidnext else max(uids, default=after or 0)
        self.checkpoints.set_checkpoint(self.name, folder, uidvalidity, max(high, after or 0))

    def _read_selected(self, folder: str, uidvalidity: int, uids: list[int]) -> Generator[Incoming, None, list[int]]:
        """Many new messages (a first start): only those backfill.select picks are downloaded, whole.
        Returns what is left to download whole: nothing, or all of `uids` if the server refuses the FETCHes
        that choose (the connection is still in step then)."""
        needles = self._needles
        assert needles is not None
        self.warm()
        finished = False
        try:
            try:
                sieve = self._sieve
                selection = self._guard(
                    f"select in {folder}", lambda: backfill.select(self.client, uids, needles, sieve)
                )
            except FetchRefused as exc:
                log.warning("%s: cannot choose messages before downloading them (%s); reading all", folder, exc)
                finished = True
                return uids
            log.info("%s: %s", folder, selection.summary())
            batches = backfill.download(self.client, selection, FETCH_BYTES, MAX_MESSAGE_BYTES)
            # The second stage: the whole message, read by the sieve, before the parser (see sieve.make_sieve).
            reasons: Counter[str] = Counter()
            while (batch := self._guard("fetch messages", lambda: next(batches, None))) is not None:
                yield from self.ahead(self._second_look(folder, batch, reasons), len(batch))
                if batch:
                    self.checkpoints.set_checkpoint(self.name, folder, uidvalidity, batch[-1][0])
            handed = sum(count for reason, count in reasons.items() if reason != "dropped")
            why = ", ".join(f"{count} {reason}" for reason, count in reasons.most_common() if reason != "dropped")
            log.info(
                "%s: %d of %d message(s) handed to the parser after reading them whole (%s)",
                folder,
                handed,
                sum(reasons.values()),
                why or "none",
            )
            finished = True
            return []
        finally:
            if not finished:  # stopped halfway: answers may be unread, so this connection cannot be reused
                self._drop()

    def _second_look(
        self, folder: str, batch: list[tuple[int, bytes, bool]], reasons: Counter[str]
    ) -> Iterator[Incoming]:
        """The messages of a downloaded batch the sieve lets through, read whole, in order (taken as they are
        needed: the sieve reads the next ones while workers read the ones before, watcher/pool.py)."""
        for uid, raw, truncated in batch:
            reason = self._sieve(raw) if self._sieve is not None else "no sieve"
            reasons[reason or "dropped"] += 1
            if reason:
                yield Incoming(f"{folder}:{uid}", raw, truncated)

    def folders(self) -> list[tuple[tuple[bytes, ...], str]]:
        return self._guard("list folders", lambda: [(flags, name) for flags, _, name in self.client.list_folders()])

    def find_folder(self, configured: str, flag: bytes, names: tuple[str, ...]) -> str | None:
        listing = self.folders()
        if configured != "auto":
            return configured if any(name == configured for _, name in listing) else None
        return pick_folder(listing, flag, names)

    def sent_folder(self) -> str | None:
        """The Sent folder: `sent` from the config, else RFC 6154 SPECIAL-USE \\Sent, else the usual names."""
        if self._sent is None:
            self._sent = self.find_folder(self.settings.sent, rb"\Sent", SENT_NAMES)
        return self._sent

    def lookup(self, folder: str, query: Lookup) -> list[bytes]:
        """Server-side SEARCH (read-only, EXAMINE) for messages matching `query`, fetched with BODY.PEEK."""
        if query.empty:
            return []
        conditions: list[list] = []
        conditions += [[field, address] for address in query.to for field in ("TO", "CC")]
        conditions += [["FROM", domain] for domain in query.from_domains]
        conditions += [["FROM", name] for name in query.from_names]
        # A recruiting system writes from its own address and names the company's in Reply-To.
        conditions += [["HEADER", "Reply-To", value] for value in (*query.from_domains, *query.from_names)]
        conditions += [["HEADER", header, f"<{ref}>"] for ref in query.thread_ids for header in _THREAD_HEADERS]
        conditions = [c for c in conditions if c[-1].isascii()]  # search values go out as US-ASCII
        # OR takes two keys, so n conditions nest n deep, and imapclient reads the nesting recursively: an
        # invitation to 500 people would end in a RecursionError. The first ones are enough to look for.
        conditions = conditions[:MAX_CONDITIONS]
        if not conditions:
            return []
        # SINCE compares the server's arrival date, by whole days in the server's zone: a day early is safe.
        criteria = ["SINCE", (query.since - timedelta(days=1)).date(), *_any_of(conditions)]
        self.examine(folder)
        uids = self._guard(f"search {folder}", lambda: self.client.search(criteria))
        return [fetched.raw for fetched in self.fetch(sorted(uids)[-LOOKUP_LIMIT:])]

    def search_header(self, folder: str, header: str, value: str) -> list[int]:
        self.examine(folder)
        return self._guard(f"search {folder}", lambda: self.client.search(["HEADER", header, value]))

    # ---------------------------------------------------------------- writing

    def append(self, folder: str, raw: bytes, flags: tuple[bytes, ...]) -> None:
        # msg_time None: the server stamps its own arrival time, which is what the user's client sorts by.
        self._guard(f"save into {folder}", lambda: self.client.append(folder, raw, flags=flags, msg_time=None))


_THREAD_HEADERS = ("In-Reply-To", "References")


def _any_of(conditions: list[list]) -> list:
    """IMAP's OR takes two search keys: OR (a) (OR (b) (c)); imapclient puts a nested list in parentheses."""
    if len(conditions) == 1:
        return conditions[0]
    return ["OR", conditions[0], _any_of(conditions[1:])]


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
        password: Callable[[], Credential],
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
        self.sessions = 0  # connections made so far; after the first, on_change says "reconnected"
        self._client = None
        self._down_since: float | None = None  # when the connection was lost, until it is back

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
                if self._down_since is None and not self.stopping.is_set():
                    self._down_since = time.monotonic()
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
        if self._down_since is not None:
            # Said once per outage, however many attempts it took (each failed one was logged as it failed).
            away = time.monotonic() - self._down_since
            log.info("reconnected to %s (%s) after %s", self.settings.host, self.folder, _span(away))
            self._down_since = None
        self.sessions += 1
        self.on_change("connected" if self.sessions == 1 else "reconnected")
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


def _span(seconds: float) -> str:
    """ "12 s", "2 min", "1 h 5 min": an outage's length as a person says it."""
    if seconds < 90:
        return f"{max(seconds, 1):.0f} s"
    minutes = round(seconds / 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60} min"


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
