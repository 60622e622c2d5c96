"""A private, throw-away Dovecot on loopback, so IMAP code is tested against the real server.

Each `Dovecot` owns a short temporary folder (`/tmp/dcXXXXXXXX`) holding its generated config,
runtime sockets, log, passwd-file, TLS material and every user's Maildir. Nothing under
/etc/dovecot, /run/dovecot or /var/lib/dovecot is read or written, so any number of instances can
run side by side with a system Dovecot. The master runs as root (when we are root) and mail is
accessed as an unprivileged system user, because Dovecot refuses mail access as root.

Typical use::

    with Dovecot() as server:
        with server.imap_client() as imap:
            imap.select_folder("INBOX")
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import itertools
import os
import pwd
import re
import resource
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal, NamedTuple

from imapclient import IMAPClient
from imapclient.imap_utf7 import encode as imap_utf7_encode

from tests.servers import LOOPBACK, claim, free_port, reap_orphans

TlsMode = Literal["plain", "starttls", "imaps"]

HOST = LOOPBACK
MAIL_SYSTEM_USER = "followupt"
"""The unprivileged account that owns all test mail (created on first use when we are root)."""

START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0

_DOVECOT_CANDIDATES = ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot")
_DOVEADM_CANDIDATES = ("/usr/bin/doveadm", "/usr/local/bin/doveadm")

# Maildir "info" letters for the IMAP system flags Dovecot stores in file names.
_MAILDIR_FLAG_LETTERS = {
    "\\Draft": "D",
    "\\Flagged": "F",
    "\\Answered": "R",
    "\\Seen": "S",
    "\\Deleted": "T",
}


def find_dovecot() -> str | None:
    """Path of the dovecot binary, also when /usr/sbin is not on PATH (non-root shells)."""
    return _find_binary("dovecot", _DOVECOT_CANDIDATES)


def find_doveadm() -> str | None:
    return _find_binary("doveadm", _DOVEADM_CANDIDATES)


def _find_binary(name: str, candidates: Sequence[str]) -> str | None:
    return shutil.which(name) or next((c for c in candidates if os.access(c, os.X_OK)), None)


class DovecotError(RuntimeError):
    """The test server could not be started, stopped or driven; the message carries the log tail."""


@dataclass(frozen=True)
class MailboxSpec:
    """One folder Dovecot creates and subscribes at login; `special_use` like "\\Drafts" or ""."""

    name: str
    special_use: str = ""
    auto: Literal["subscribe", "create", "no"] = "subscribe"


Layout = Sequence[MailboxSpec]

DEFAULT_LAYOUT: Layout = (
    MailboxSpec("Drafts", "\\Drafts"),
    MailboxSpec("Sent", "\\Sent"),
    MailboxSpec("Trash", "\\Trash"),
    MailboxSpec("Junk", "\\Junk"),
    MailboxSpec("Archive", "\\Archive"),
)
"""INBOX (always present) plus the usual special-use folders."""

DRAFTS_WITHOUT_SPECIAL_USE: Layout = tuple(
    MailboxSpec(m.name) if m.special_use == "\\Drafts" else m for m in DEFAULT_LAYOUT
)
"""A "Drafts" folder exists but is not flagged \\Drafts: clients must fall back to the name."""

NO_DRAFTS: Layout = tuple(m for m in DEFAULT_LAYOUT if m.special_use != "\\Drafts")
"""No drafts folder at all."""

GERMAN_LAYOUT: Layout = (
    MailboxSpec("Entwürfe", "\\Drafts"),
    MailboxSpec("Gesendet", "\\Sent"),
    MailboxSpec("Papierkorb", "\\Trash"),
    MailboxSpec("Spam", "\\Junk"),
    MailboxSpec("Archiv", "\\Archive"),
)
"""Localized names (non-ASCII, sent as modified UTF-7 on the wire) with special-use flags."""


class StoredMessage(NamedTuple):
    """A message as the server has it; `flags` omits the per-session \\Recent."""

    uid: int
    flags: tuple[str, ...]
    raw: bytes


@dataclass(frozen=True)
class TlsMaterial:
    """A throw-away CA and a server certificate for 127.0.0.1/localhost signed by it."""

    ca_path: Path
    cert_path: Path
    key_path: Path


def make_tls_material(folder: Path, hostnames: Sequence[str] = ("localhost",)) -> TlsMaterial:
    """Write a CA and a server certificate (EC P-256, fast to generate) into `folder`.

    A separate CA (rather than one self-signed leaf) lets tests verify exactly like a client
    trusting a private CA would, with `ssl.create_default_context(cafile=ca_path)`.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "followup test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = [x509.IPAddress(ipaddress.ip_address(HOST))]
    alt_names += [x509.DNSName(name) for name in hostnames]
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostnames[0])]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    material = TlsMaterial(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    material.ca_path.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    material.cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    material.key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    material.key_path.chmod(0o600)
    return material


def ensure_mail_system_user(name: str = MAIL_SYSTEM_USER) -> pwd.struct_passwd:
    """The unprivileged owner of test mail; created (as a system user) when missing.

    Parallel test processes may race to create it, so a failed `useradd` is forgiven when the
    user exists afterwards, and a busy /etc/passwd lock is retried.
    """
    if os.geteuid() != 0:
        return pwd.getpwuid(os.geteuid())
    for attempt in range(20):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
        result = subprocess.run(
            [
                "useradd",
                "--system",
                "--user-group",
                "--no-create-home",
                "--home-dir",
                "/nonexistent",
                "--shell",
                "/usr/sbin/nologin",
                name,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode == 0:
            return pwd.getpwnam(name)
        time.sleep(0.05 * (attempt + 1))
    raise DovecotError(f"cannot create system user {name!r}: {result.stderr.strip()}")


def _service_users() -> tuple[str, str, str]:
    """(default_internal_user, its group, default_login_user) that exist on this machine."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return me.pw_name, _group_name(me.pw_gid), me.pw_name
    missing = []
    for name in ("dovecot", "dovenull"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            missing.append(name)
    if missing:
        raise DovecotError(
            f"system user(s) {', '.join(missing)} missing; install the Debian package dovecot-core (it creates them)"
        )
    return "dovecot", _group_name(pwd.getpwnam("dovecot").pw_gid), "dovenull"


def _group_name(gid: int) -> str:
    import grp

    return grp.getgrgid(gid).gr_name


def maildir_folder_name(folder: str, separator: str) -> str:
    """The directory name Dovecot's Maildir++ layout uses for an IMAP folder ("" for INBOX)."""
    if folder.upper() == "INBOX":
        return ""
    parts = folder.split(separator)
    return "." + ".".join(imap_utf7_encode(part).decode("ascii") for part in parts)


@dataclass
class ImapAccount:
    """One mail user on a running `Dovecot`; every helper acts on this user's mail only."""

    server: Dovecot
    user: str
    password: str
    home: Path

    @property
    def host(self) -> str:
        return self.server.host

    @property
    def port(self) -> int:
        return self.server.port

    @property
    def imaps_port(self) -> int:
        return self.server.imaps_port

    @property
    def maildir(self) -> Path:
        return self.home / "Maildir"

    def imap_client(self, tls: TlsMode = "plain", timeout: float = 10.0) -> IMAPClient:
        """A logged-in client; "imaps"/"starttls" verify the certificate against the test CA."""
        return self.server.connect(self.user, self.password, tls=tls, timeout=timeout)

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Iterable[str] = (),
        when: dt.datetime | None = None,
    ) -> int:
        """APPEND one message the way a mail client would; returns its UID (from APPENDUID)."""
        with self.imap_client() as imap:
            response = imap.append(folder, raw, flags=tuple(flags), msg_time=when)
        match = re.search(rb"APPENDUID \d+ (\d+)", response)
        if not match:
            raise DovecotError(f"APPEND to {folder!r} gave no APPENDUID: {response!r}")
        return int(match.group(1))

    def maildir_path(self, folder: str) -> Path:
        """Where `folder` lives on disk (Maildir++: INBOX is the root, others are ".Name")."""
        return self.maildir / maildir_folder_name(folder, self.server.separator)

    def deliver_to_maildir(
        self,
        folder: str,
        messages: Iterable[bytes],
        flags: Iterable[str] = (),
        sync: bool = False,
    ) -> list[Path]:
        """Write messages straight into the Maildir, much faster than APPEND for bulk fills.

        Follows the Maildir delivery protocol (write into tmp/, rename into new/ or, with flags,
        cur/) and names files like Dovecot does, including the exact ",S=<size>" and
        ",W=<CRLF size>" fields Dovecot trusts for RFC822.SIZE. File times in the names increase
        strictly, so Dovecot (which sorts new files by that time) gives UIDs in list order.
        With `sync`, Dovecot indexes the folder now instead of at the next SELECT, which keeps
        that cost out of a benchmark's timed part.
        """
        info = _maildir_info(flags)
        target = self.ensure_maildir_folder(folder)
        uid, gid = self.server.mail_uid, self.server.mail_gid
        host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
        subdir = "cur" if info else "new"
        as_root = os.geteuid() == 0
        written: list[Path] = []
        for raw in messages:
            micros = _next_maildir_time()
            seconds, usec = divmod(micros, 1_000_000)
            size = len(raw)
            vsize = size + raw.count(b"\n") - raw.count(b"\r\n")
            base = f"{seconds}.M{usec}P{os.getpid()}Q{next(_DELIVERY_COUNTER)}.{host}"
            name = f"{base},S={size},W={vsize}"
            tmp_path = target / "tmp" / name
            with open(tmp_path, "xb") as file:
                file.write(raw)
                if as_root:
                    os.fchown(file.fileno(), uid, gid)
            final = target / subdir / (name + (f":2,{info}" if info else ""))
            os.rename(tmp_path, final)
            written.append(final)
        if sync:
            self.doveadm("mailbox", "status", "-u", self.user, "messages uidnext", folder)
        return written

    def ensure_maildir_folder(self, folder: str) -> Path:
        """Create the folder's Maildir directories (owned by the mail user) if Dovecot has not.

        A running Dovecot creates a missing folder itself, so its mailbox list index knows it
        at once; directories made behind its back show up only when it rescans.
        """
        path = self.maildir_path(folder)
        if path != self.maildir and not path.exists() and self.server.running:
            self.doveadm("mailbox", "create", "-u", self.user, folder)
        dirs = [self.home, self.maildir]
        if path != self.maildir:
            dirs.append(path)
        dirs += [path / sub for sub in ("cur", "new", "tmp")]
        for directory in dirs:
            if not directory.exists():
                directory.mkdir(mode=0o700)
                self.server.chown_to_mail_user(directory)
        if path != self.maildir:
            marker = path / "maildirfolder"
            if not marker.exists():
                marker.touch(mode=0o600)
                self.server.chown_to_mail_user(marker)
        return path

    def messages(self, folder: str = "INBOX") -> list[StoredMessage]:
        """Every message in `folder` in UID order, fetched read-only with BODY.PEEK[]."""
        with self.imap_client() as imap:
            imap.select_folder(folder, readonly=True)
            uids = imap.search("ALL")
            if not uids:
                return []
            fetched = imap.fetch(uids, ["FLAGS", "BODY.PEEK[]"])
        result = []
        for uid in sorted(fetched):
            data = fetched[uid]
            flags = tuple(
                f.decode() if isinstance(f, bytes) else str(f)
                for f in data[b"FLAGS"]
                if f not in (b"\\Recent", "\\Recent")
            )
            result.append(StoredMessage(uid, flags, bytes(data[b"BODY[]"])))
        return result

    def uidvalidity(self, folder: str = "INBOX") -> int:
        with self.imap_client() as imap:
            status = imap.folder_status(folder, [b"UIDVALIDITY"])
        return int(status[b"UIDVALIDITY"])

    def uidvalidity_reset(self, folder: str = "INBOX", new_value: int | None = None) -> int:
        """Give `folder` a new UIDVALIDITY (as after a server-side restore); returns it.

        Uses `doveadm mailbox update`, so it works while the server runs. Messages keep their
        UIDs; Dovecot disconnects sessions that have the folder selected, as real servers do.
        """
        current = self.uidvalidity(folder)
        value = new_value if new_value is not None else max(current + 1, int(time.time()))
        if value == current:
            raise ValueError(f"{folder!r} already has UIDVALIDITY {value}")
        self.doveadm("mailbox", "update", "-u", self.user, "--uid-validity", str(value), folder)
        return value

    def drop_connections(self, graceful: bool = True) -> int:
        """End this user's IMAP sessions, like `doveadm kick` (see Dovecot.drop_connections)."""
        return self.server.drop_connections(self.user, graceful)

    def session_count(self) -> int:
        return self.server.session_count(self.user)

    def doveadm(self, *args: str) -> str:
        return self.server.doveadm(*args)


def _maildir_info(flags: Iterable[str]) -> str:
    letters = []
    for flag in flags:
        try:
            letters.append(_MAILDIR_FLAG_LETTERS[flag])
        except KeyError:
            raise ValueError(
                f"deliver_to_maildir supports only system flags {sorted(_MAILDIR_FLAG_LETTERS)}, "
                f"not {flag!r}; use append() for keywords"
            ) from None
    return "".join(sorted(set(letters)))


_DELIVERY_COUNTER = itertools.count(1)
_MAILDIR_CLOCK_LOCK = threading.Lock()
_last_maildir_time = 0


def _next_maildir_time() -> int:
    """Strictly increasing microseconds since the epoch, for Maildir names across all calls."""
    global _last_maildir_time
    with _MAILDIR_CLOCK_LOCK:
        _last_maildir_time = max(time.time_ns() // 1000, _last_maildir_time + 1)
        return _last_maildir_time


class Dovecot:
    """A private Dovecot 2.3 on 127.0.0.1 (IMAP with STARTTLS, and IMAPS) with passwd-file users.

    `layout` chooses the folders besides INBOX (see DEFAULT_LAYOUT, NO_DRAFTS,
    DRAFTS_WITHOUT_SPECIAL_USE, GERMAN_LAYOUT). The default account (`user`, `password`) exists
    from the start; `add_user` adds more while running. Ports stay the same across `restart()`.
    """

    def __init__(
        self,
        layout: Layout = DEFAULT_LAYOUT,
        user: str = "user@example.test",
        password: str | None = None,
        separator: str = ".",
        extra_config: str = "",
    ) -> None:
        binary = find_dovecot()
        if binary is None:
            raise DovecotError("dovecot binary not found (apt-get install dovecot-imapd)")
        self.binary = binary
        self.layout: tuple[MailboxSpec, ...] = tuple(layout)
        self.separator = separator
        self.extra_config = extra_config
        self.host = HOST
        self.port = 0
        self.imaps_port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._pgid: int | None = None
        self._paused = False
        self._users_lock = threading.Lock()
        self._accounts: dict[str, ImapAccount] = {}

        mail_user = ensure_mail_system_user()
        self.mail_uid = mail_user.pw_uid
        self.mail_gid = mail_user.pw_gid
        reap_orphans("dc*", "run/master.pid")
        # Short on purpose: Dovecot's unix socket paths below it must stay under ~100 bytes.
        self.root = Path(tempfile.mkdtemp(dir="/tmp", prefix="dc"))
        claim(self.root)
        # The mail user must traverse into homes below; nothing secret lives here.
        self.root.chmod(0o755)
        self.run_dir = self.root / "run"
        self.config_path = self.root / "dovecot.conf"
        self.log_path = self.root / "dovecot.log"
        self.console_path = self.root / "console.log"
        self.passwd_dir = self.root / "passwd"
        self.passwd_dir.mkdir(mode=0o755)
        self.homes = self.root / "home"
        self.homes.mkdir(mode=0o755)
        self.tls = make_tls_material(self.root)
        self.account = self.add_user(user, password)

    # -- default account shortcuts -------------------------------------------------------------

    @property
    def user(self) -> str:
        return self.account.user

    @property
    def password(self) -> str:
        return self.account.password

    @property
    def ca_path(self) -> Path:
        """PEM file of the CA that signed the server certificate; trust it to verify TLS."""
        return self.tls.ca_path

    def imap_client(self, tls: TlsMode = "plain", timeout: float = 10.0) -> IMAPClient:
        return self.account.imap_client(tls=tls, timeout=timeout)

    def append(self, folder: str, raw: bytes, flags: Iterable[str] = (), when: dt.datetime | None = None) -> int:
        return self.account.append(folder, raw, flags, when)

    def deliver_to_maildir(
        self, folder: str, messages: Iterable[bytes], flags: Iterable[str] = (), sync: bool = False
    ) -> list[Path]:
        return self.account.deliver_to_maildir(folder, messages, flags, sync)

    def maildir_path(self, folder: str) -> Path:
        return self.account.maildir_path(folder)

    def messages(self, folder: str = "INBOX") -> list[StoredMessage]:
        return self.account.messages(folder)

    def uidvalidity_reset(self, folder: str = "INBOX", new_value: int | None = None) -> int:
        return self.account.uidvalidity_reset(folder, new_value)

    # -- users ---------------------------------------------------------------------------------

    def add_user(self, name: str, password: str | None = None) -> ImapAccount:
        """Add a passwd-file user; a running Dovecot sees it at the next login (file re-read)."""
        if not name or any(c in name for c in ":\n/\0") or name.startswith("."):
            raise ValueError(f"unusable user name {name!r}")
        password = password if password is not None else secrets.token_urlsafe(12)
        if any(c in password for c in ":\n"):
            raise ValueError("passwords in a passwd-file cannot contain ':' or newlines")
        with self._users_lock:
            if name in self._accounts:
                raise ValueError(f"user {name!r} exists already")
            home = self.homes / name
            home.mkdir(mode=0o700)
            self.chown_to_mail_user(home)
            account = ImapAccount(self, name, password, home)
            self._accounts[name] = account
            self._write_passwd_file(account)
        return account

    def set_password(self, name: str, password: str) -> None:
        """Change a user's password, as an admin would; returns once Dovecot applies it.

        Dovecot re-reads a changed passwd-file at most once per second, so this waits for it.
        """
        account = self._accounts[name]
        account.password = password
        self._write_passwd_file(account)
        if self.running:
            deadline = time.monotonic() + 5
            while True:
                try:
                    self.doveadm("auth", "test", "-x", "service=imap", name, password)
                    return
                except DovecotError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)

    def _write_passwd_file(self, account: ImapAccount) -> None:
        """One passwd-file per user (the config's path has %u in it).

        A new user is a file Dovecot has never opened, so it is usable at once; with one shared
        file, Dovecot would notice additions only on the next second.
        """
        # Fields: user:password:uid:gid:gecos:home:shell (home is the 6th).
        line = f"{account.user}:{{PLAIN}}{account.password}:{self.mail_uid}:{self.mail_gid}::{account.home}::\n"
        path = self.passwd_dir / account.user
        staging = self.passwd_dir / f".{account.user}.new"
        staging.write_text(line)
        self._make_readable_by_auth(staging)
        # Replace atomically so a concurrent login never reads a half-written file.
        os.replace(staging, path)

    @staticmethod
    def _make_readable_by_auth(path: Path) -> None:
        """The auth process runs as default_internal_user, not root: let its group read."""
        path.chmod(0o640)
        if os.geteuid() == 0:
            os.chown(path, 0, pwd.getpwnam(_service_users()[0]).pw_gid)

    def accounts(self) -> list[ImapAccount]:
        return list(self._accounts.values())

    def chown_to_mail_user(self, path: Path) -> None:
        if os.geteuid() == 0:
            os.chown(path, self.mail_uid, self.mail_gid)

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> Dovecot:
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
    def is_paused(self) -> bool:
        return self._paused

    def start(self) -> None:
        """Start on fresh free ports (first start) or on the previous ports (after a stop)."""
        if self.running:
            return
        first_start = self.port == 0
        for attempt in range(3 if first_start else 1):
            if first_start:
                self.port, self.imaps_port = free_port(), free_port()
                while self.imaps_port == self.port:
                    self.imaps_port = free_port()
            try:
                self._start_once()
                return
            except DovecotError as error:
                if not (first_start and "Address already in use" in str(error) and attempt < 2):
                    raise

    def _start_once(self) -> None:
        self.run_dir.mkdir(exist_ok=True)
        self.config_path.write_text(self._render_config())
        log_offset = self.log_size()
        # Before its log is set up, the master reports problems on stdout/stderr: keep them in a
        # file (a pipe nobody reads could fill up and block it).
        with self.console_path.open("wb") as console:
            # -F keeps the master in the foreground: we own its pid, and its own process group
            # (start_new_session) holds all its children, which makes pause/stop exhaustive.
            self._process = subprocess.Popen(
                [self.binary, "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=console,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._pgid = self._process.pid
        deadline = time.monotonic() + START_TIMEOUT
        while not self._greets():
            if self._process.poll() is not None:
                self._process = None
                raise DovecotError(f"dovecot exited at start{self._diagnostics(log_offset)}")
            if time.monotonic() > deadline:
                self.kill()
                raise DovecotError(
                    f"dovecot did not greet on {self.host}:{self.port} within {START_TIMEOUT}s"
                    f"{self._diagnostics(log_offset)}"
                )
            time.sleep(0.01)

    def _diagnostics(self, log_offset: int) -> str:
        console = self.console_path.read_text(errors="replace").strip() if self.console_path.exists() else ""
        text = f"\n--- output ---\n{console}" if console else ""
        return f"{text}\n--- log tail ({self.log_path}) ---\n{self.log_tail(log_offset)}"

    def _greets(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=1.0) as sock:
                greeted = sock.recv(64).startswith(b"* OK")
                sock.sendall(b"a LOGOUT\r\n")  # a clean goodbye keeps the log free of resets
                return greeted
        except OSError:
            return False

    def stop(self, timeout: float = STOP_TIMEOUT) -> None:
        """Stop gracefully (SIGTERM to the master from base_dir/master.pid), SIGKILL on timeout.

        Returns only when every process of this instance is gone, so the ports are free again.
        """
        if self._process is None:
            return
        pid = self._master_pid() or self._process.pid
        # A stopped process cannot act on SIGTERM; continue it first.
        self._kill_group(signal.SIGCONT)
        self._paused = False
        # The 2.3 master only SIGQUITs running sessions; they linger ~10 s after it is gone
        # (holding nothing, but slowing every stop). SIGTERM makes them say BYE and exit now.
        for session_pid in self._pids_named("imap"):
            with contextlib.suppress(ProcessLookupError):
                os.kill(session_pid, signal.SIGTERM)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while self._group_alive() and time.monotonic() < deadline:
            self._process.poll()
            time.sleep(0.01)
        if self._group_alive():
            self._kill_group(signal.SIGKILL)
            while self._group_alive():
                self._process.poll()
                time.sleep(0.01)
        self._process.wait()
        self._process = None

    def kill(self) -> None:
        """Crash the server (SIGKILL everything): no goodbye to clients, as on a power cut."""
        if self._process is None:
            return
        self._kill_group(signal.SIGKILL)
        while self._group_alive():
            self._process.poll()
            time.sleep(0.01)
        self._process.wait()
        self._process = None
        self._paused = False

    def restart(self, graceful: bool = True) -> None:
        """Stop and start again on the same ports with the same mail, users and certificate.

        `graceful=False` crashes the server instead (see `kill`), which is also ~1 s faster:
        the 2.3 master sleeps a fixed second while shutting down.
        """
        if graceful:
            self.stop()
        else:
            self.kill()
        self.start()

    def close(self) -> None:
        """Kill the server and delete all files of this instance (nothing is kept, so no grace)."""
        try:
            self.kill()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def pause(self) -> None:
        """Freeze every process of the server (SIGSTOP), like a network cut without RST.

        The kernel still completes TCP handshakes on the listening sockets, so clients connect
        but never get a greeting or a response until `resume()`.
        """
        self._require_running()
        self._kill_group(signal.SIGSTOP)
        self._paused = True

    def resume(self) -> None:
        self._require_running()
        self._kill_group(signal.SIGCONT)
        self._paused = False

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        self.pause()
        try:
            yield
        finally:
            if self.running:
                self.resume()

    def drop_connections(self, user: str | None = None, graceful: bool = True) -> int:
        """End the IMAP sessions of `user` (default: everyone's); returns how many.

        Graceful is what `doveadm kick` does: SIGTERM, the client gets "* BYE Server shutting
        down." and a clean close. Otherwise SIGKILL: the connection just closes, mid-command if
        need be, as when a server process crashes. The server itself keeps running.
        """
        self._require_running()
        victims = self._session_pids(user)
        for pid in victims:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM if graceful else signal.SIGKILL)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline and set(victims) & set(self._session_pids(user)):
            time.sleep(0.01)
        return len(victims)

    def session_count(self, user: str | None = None) -> int:
        """How many logged-in IMAP sessions `user` (default: anyone) has right now."""
        return len(self._session_pids(user))

    def idle_session_pids(self, user: str | None = None) -> list[int]:
        """Session processes of `user` whose client is in IDLE right now (title "imap [user ip IDLE]").

        Stopping one with SIGSTOP makes that one connection silently dead while the server and new
        connections keep working: what a client sees after a laptop sleep or a NAT box forgetting it.
        """
        found = []
        for pid in self._session_pids(user):
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if title.rstrip("\0").endswith(" IDLE]"):
                found.append(pid)
        return found

    def _session_pids(self, user: str | None) -> list[int]:
        """imap processes, found by their title "imap [user ip state]" (verbose_proctitle)."""
        found = []
        for pid in self._pids_named("imap"):
            try:
                title = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            owner = title.partition("imap [")[2].split(" ", 1)[0].rstrip("]\0")
            if user is None or owner == user:
                found.append(pid)
        return found

    # -- process bookkeeping -------------------------------------------------------------------

    def _require_running(self) -> None:
        if not self.running:
            raise DovecotError("dovecot is not running")

    def _master_pid(self) -> int | None:
        try:
            return int((self.run_dir / "master.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None

    def _kill_group(self, sig: signal.Signals) -> None:
        if self._pgid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._pgid, sig)

    def _group_alive(self) -> bool:
        if self._pgid is None:
            return False
        if self._process is not None:
            self._process.poll()  # reap the master, or it lingers as a zombie in the group
        try:
            os.killpg(self._pgid, 0)
        except ProcessLookupError:
            return False
        # killpg also counts zombies (children reparented to init but not yet reaped).
        return bool(self._group_processes())

    def _pids_named(self, *names: str) -> list[int]:
        return [pid for pid, comm in self._group_processes() if comm in names]

    def _group_processes(self) -> list[tuple[int, str]]:
        """(pid, comm) of live (non-zombie) processes in this instance's process group."""
        found = []
        for entry in os.scandir("/proc"):
            if not entry.name.isdigit():
                continue
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            comm = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2 :].split()
            state, pgrp = fields[0], int(fields[2])
            if pgrp == self._pgid and state != "Z":
                found.append((int(entry.name), comm))
        return found

    # -- config, logs, admin -------------------------------------------------------------------

    def log_size(self) -> int:
        """Current end of the log; pass it to `log_errors` to see only what happens after."""
        try:
            return self.log_path.stat().st_size
        except FileNotFoundError:
            return 0

    def log_errors(self, since: int = 0) -> list[str]:
        """Error, Fatal and Panic lines logged after byte offset `since`."""
        text = self.log_tail(since, lines=1_000_000)
        return [line for line in text.splitlines() if re.search(r": (Error|Fatal|Panic): ", line)]

    def log_tail(self, offset: int = 0, lines: int = 40) -> str:
        try:
            with self.log_path.open("rb") as log:
                log.seek(offset)
                text = log.read().decode(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def doveadm(self, *args: str) -> str:
        """Run `doveadm` against this instance (never the system one); returns its stdout."""
        doveadm = find_doveadm()
        if doveadm is None:
            raise DovecotError("doveadm not found")
        result = subprocess.run(
            [doveadm, "-c", str(self.config_path), *args],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        if result.returncode != 0:
            raise DovecotError(
                f"doveadm {' '.join(args)} failed ({result.returncode}): "
                f"{result.stderr.strip()}\n--- log tail ---\n{self.log_tail()}"
            )
        return result.stdout

    def _render_config(self) -> str:
        internal_user, internal_group, login_user = _service_users()
        mailboxes = "\n".join(_render_mailbox(spec) for spec in self.layout)
        # Without root there is no chroot(); Dovecot then runs everything as the current user.
        no_chroot = "" if os.geteuid() == 0 else "\n  chroot ="
        # Root Dovecot raises its own fd limit; otherwise stay within ours (no startup warning).
        fd_limit = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
        client_limit = 4000 if os.geteuid() == 0 or fd_limit == resource.RLIM_INFINITY else min(4000, fd_limit)
        return f"""\
# Generated by tests/servers/dovecot.py for one test instance; not a production config.
base_dir = {self.run_dir}
state_dir = {self.root / "state"}
instance_name = followup-test-{self.root.name}
protocols = imap
listen = {self.host}
log_path = {self.log_path}
info_log_path = {self.log_path}
debug_log_path = {self.log_path}
log_timestamp = "%H:%M:%S "
# Process titles carry user and state ("imap [user 127.0.0.1 IDLE]"): per-user kicks use them.
verbose_proctitle = yes

default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = {min(self.mail_uid, 500)}
first_valid_gid = 1
mail_uid = {self.mail_uid}
mail_gid = {self.mail_gid}

# Loopback tests log in with plaintext passwords and without TLS.
disable_plaintext_auth = no
auth_mechanisms = plain login
# Wrong passwords are still answered after ~0.5 s: Dovecot flushes failures on a timer.
auth_failure_delay = 0
ssl = yes
ssl_cert = <{self.tls.cert_path}
ssl_key = <{self.tls.key_path}

passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.passwd_dir}/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {self.passwd_dir}/%u
}}

mail_location = maildir:~/Maildir
mail_fsync = never
mailbox_idle_check_interval = 1 secs

namespace inbox {{
  inbox = yes
  separator = {self.separator}
{mailboxes}
}}

protocol imap {{
  mail_max_userip_connections = 1000
  imap_idle_notify_interval = 10 secs
}}

default_process_limit = 1000
default_client_limit = {client_limit}
service imap-login {{{no_chroot}
  inet_listener imap {{
    address = {self.host}
    port = {self.port}
  }}
  inet_listener imaps {{
    address = {self.host}
    port = {self.imaps_port}
    ssl = yes
  }}
  # One long-lived login process for all connections: no fork per connection.
  service_count = 0
  process_min_avail = 1
  client_limit = {client_limit // 2}
}}
service imap {{
  process_limit = 1000
}}
service anvil {{{no_chroot}
  # Mode 0 disables the auth penalty: tests of wrong passwords must not slow down the rest.
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service stats {{
  # imap runs as the mail user and reports to stats; without this every session logs an error.
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
{self.extra_config}
"""

    # -- clients -------------------------------------------------------------------------------

    def ssl_context(self) -> ssl.SSLContext:
        """A client context that trusts only this instance's CA."""
        return ssl.create_default_context(cafile=str(self.ca_path))

    def connect(self, user: str, password: str, tls: TlsMode = "plain", timeout: float = 10.0) -> IMAPClient:
        """A logged-in IMAPClient for any user of this server."""
        if tls == "imaps":
            client = IMAPClient(
                self.host, port=self.imaps_port, ssl=True, ssl_context=self.ssl_context(), timeout=timeout
            )
        else:
            client = IMAPClient(self.host, port=self.port, ssl=False, timeout=timeout)
            if tls == "starttls":
                client.starttls(self.ssl_context())
        try:
            client.login(user, password)
        except Exception:
            with contextlib.suppress(Exception):
                client.logout()
            raise
        return client


def _render_mailbox(spec: MailboxSpec) -> str:
    special = f"\n    special_use = {spec.special_use}" if spec.special_use else ""
    name = spec.name.replace("\\", "\\\\").replace('"', '\\"')
    return f'  mailbox "{name}" {{\n    auto = {spec.auto}{special}\n  }}'
