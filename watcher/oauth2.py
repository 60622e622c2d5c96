"""OAuth2 for the service: Gmail, Google Workspace, Outlook.com, Microsoft 365 and any RFC 6749 provider.

The sign-in itself (`followup auth login`, watcher/signin.py) keeps a *refresh token* in the OS keyring,
as a small JSON record with the client id and scopes it was issued for. Here the service turns it into
short-lived access tokens on demand: before one expires, and again when a server refuses one. Access
tokens live in memory only. Alternatively a command of the user's (oama, mutt_oauth2.py, ...) prints an
access token whenever one is needed.

Plain urllib on purpose: three form POSTs and a tiny loopback HTTP server do not justify a
dependency, and the standard library verifies TLS certificates by default.
"""

from __future__ import annotations

import json
import logging
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode, urlsplit
from urllib.request import Request, urlopen

from . import __version__
from .errors import AuthError, FollowupError, SecretError, TransientError
from .secrets import get_secret, read_keyring_secret, run_secret_command, set_keyring_secret

if TYPE_CHECKING:
    from .config import ImapSettings, OAuth2Settings

log = logging.getLogger("followup.oauth2")

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
DEFAULT_LIFETIME = 3600.0  # RFC 6749 leaves expires_in optional; an hour is what providers issue
REFRESH_MARGIN = 300.0  # renew this long before expiry (a quarter of the lifetime for short-lived tokens)
HTTP_TIMEOUT = 30.0
MAX_BODY = 1_000_000


# ---------------------------------------------------------------- providers


@dataclass(frozen=True)
class Provider:
    """Where a provider signs people in, and what followup asks it for."""

    name: str
    authorization_url: str
    token_url: str
    device_authorization_url: str
    scopes: tuple[str, ...]
    # What a calendar read over CalDAV with the same sign-in needs on top (none: the provider has no CalDAV).
    caldav_scopes: tuple[str, ...] = ()
    # Google wants 127.0.0.1; Microsoft matches a registered "http://localhost" on any port.
    redirect_host: str = "127.0.0.1"
    authorization_params: tuple[tuple[str, str], ...] = ()
    no_device_flow: str = ""  # why the device flow cannot work here, when it cannot
    custom: bool = False

    @property
    def sign_in(self) -> str:
        """How log lines name a stored sign-in: "Google sign-in", or "OAuth2 sign-in" for a custom provider."""
        return f"{'OAuth2' if self.custom else self.name} sign-in"

    @property
    def token_host(self) -> str:
        return urlsplit(self.token_url).hostname or self.token_url


def google() -> Provider:
    return Provider(
        name="Google",
        authorization_url="https://accounts.google.com/o/oauth2/v2/auth",
        token_url="https://oauth2.googleapis.com/token",
        device_authorization_url="",
        scopes=("https://mail.google.com/",),
        # https://apidata.googleusercontent.com/caldav/v2/ takes the Calendar API scopes; followup only reads.
        caldav_scopes=("https://www.googleapis.com/auth/calendar.readonly",),
        # offline: issue a refresh token; consent: issue it again on a second sign-in too.
        authorization_params=(("access_type", "offline"), ("prompt", "consent")),
        no_device_flow=(
            "Google does not allow the Gmail scope in its device flow; on a machine without a browser run "
            "`followup auth login --no-browser --port 8765` and forward that port from a machine with one "
            "(ssh -L 8765:127.0.0.1:8765 this-host), then open the printed address there"
        ),
    )


def microsoft(tenant: str = "common") -> Provider:
    base = f"https://login.microsoftonline.com/{tenant}/oauth2/v2.0"
    return Provider(
        name="Microsoft",
        authorization_url=f"{base}/authorize",
        token_url=f"{base}/token",
        device_authorization_url=f"{base}/devicecode",
        # offline_access is what makes Microsoft issue a refresh token. Outlook offers no CalDAV.
        scopes=("https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"),
        redirect_host="localhost",
    )


def resolve(settings: OAuth2Settings) -> Provider:
    """The provider a config names, with its scopes overridden when the config lists its own."""
    if settings.provider == "google":
        preset = google()
    elif settings.provider == "microsoft":
        preset = microsoft(settings.tenant)
    else:
        preset = Provider(
            name=urlsplit(settings.token_url).hostname or "your provider",
            custom=True,
            authorization_url=settings.authorization_url,
            token_url=settings.token_url,
            device_authorization_url=settings.device_authorization_url,
            scopes=settings.scopes,
        )
    return replace(preset, scopes=settings.scopes) if settings.scopes else preset


def grant_keyring_user(username: str, provider: Provider) -> str:
    """The keyring entry of a sign-in: one per account and provider, so IMAP and CalDAV can share it."""
    return f"oauth2:{provider.token_host}:{username}"


def client_secret_keyring_user(client_id: str) -> str:
    return f"oauth2-client-secret:{client_id}"


# ---------------------------------------------------------------- talking to the token endpoint


class OAuthError(FollowupError):
    """The provider answered with an RFC 6749 error; `code` is its error code, e.g. invalid_grant."""

    def __init__(self, status: int, code: str, description: str, host: str):
        self.status = status
        self.code = code or f"HTTP {status}"
        self.description = description
        self.host = host
        super().__init__(f"{host} said {self.code}" + (f": {description}" if description else ""))

    @property
    def transient(self) -> bool:
        return self.status >= 500 or self.status == 429 or self.code in ("temporarily_unavailable", "server_error")


def brief(text: object) -> str:
    """One line of a provider's error description (Microsoft appends trace ids and timestamps)."""
    line = str(text or "").strip().splitlines()[0] if str(text or "").strip() else ""
    return line[:200]


def post_form(url: str, fields: dict[str, str], timeout: float = HTTP_TIMEOUT) -> dict:
    """POST a form, return the JSON object answered. Errors never repeat what was sent."""
    host = urlsplit(url).hostname or url
    request = Request(
        url,
        data=urlencode(fields).encode("ascii"),
        headers={
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
            "User-Agent": f"followup/{__version__}",
        },
        method="POST",
    )
    try:
        with urlopen(request, timeout=timeout, context=ssl.create_default_context()) as response:
            status, raw = response.status, response.read(MAX_BODY)
    except HTTPError as exc:  # an OAuth error comes as 400/401 with a JSON body worth reading
        status, raw = exc.code, exc.read(MAX_BODY)
        exc.close()
    except ssl.SSLCertVerificationError as exc:
        raise AuthError(f"the certificate of {host} is not trusted ({exc.verify_message})") from None
    except (URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise TransientError(f"cannot reach {host}: {brief(reason) or type(exc).__name__}") from None
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        # A captive portal or a proxy's error page: nothing the user must act on at the provider.
        raise TransientError(f"{host} answered HTTP {status} without a JSON body")
    if status >= 400 or "error" in data:
        raise OAuthError(status, str(data.get("error") or ""), brief(data.get("error_description")), host)
    return data


def access_token_from(data: dict, host: str) -> tuple[str, float]:
    token = data.get("access_token")
    if not isinstance(token, str) or not token:
        raise TransientError(f"{host} answered without an access token")
    kind = str(data.get("token_type") or "Bearer")
    if kind.lower() != "bearer":
        raise AuthError(f"{host} issued a {kind!r} token; only Bearer tokens work for IMAP")
    try:
        lifetime = float(data.get("expires_in") or DEFAULT_LIFETIME)
    except (TypeError, ValueError):
        lifetime = DEFAULT_LIFETIME
    return token, max(lifetime, 1.0)


def refresh_margin(lifetime: float) -> float:
    """How long before expiry a token is renewed: five minutes, or a quarter of a short lifetime."""
    return min(REFRESH_MARGIN, lifetime / 4)


# ---------------------------------------------------------------- the stored sign-in


@dataclass(frozen=True)
class Grant:
    """What the keyring keeps: the refresh token and what it was issued for."""

    refresh_token: str = field(repr=False)
    client_id: str = ""
    scopes: tuple[str, ...] = ()

    def dumps(self) -> str:
        return json.dumps({"refresh_token": self.refresh_token, "client_id": self.client_id, "scopes": self.scopes})

    @classmethod
    def loads(cls, text: str) -> Grant:
        """A record written by `followup auth login`, or a bare refresh token put there by hand."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls(text.strip())
        if not isinstance(data, dict) or not isinstance(data.get("refresh_token"), str):
            return cls(text.strip())
        scopes = data.get("scopes") or ()
        return cls(data["refresh_token"], str(data.get("client_id") or ""), tuple(str(s) for s in scopes))


def client_secret(settings: OAuth2Settings) -> str:
    """The client secret, when the config names one ("" otherwise)."""
    if settings.client_secret is None:
        return ""
    return get_secret(settings.client_secret, client_secret_keyring_user(settings.client_id))


# ---------------------------------------------------------------- access tokens for the service


class TokenSource(Protocol):
    """Hands out access tokens; connect() asks for one per login and renews a refused one once."""

    def access_token(self) -> str: ...

    def renew(self, refused: str) -> str | None:
        """A different token after a server refused `refused`, or None when none can be had."""
        ...

    def status(self) -> str:
        """One line for `followup check`; obtains a token, so it fails as a login would."""
        ...


class RefreshingToken:
    """Access tokens minted from the refresh token in the keyring; thread-safe (IDLE and main threads).

    A token is renewed when less than `refresh_margin` of its lifetime remains, and when a server
    refuses it (revoked, or the clocks disagree). A refresh token the provider rotates is written back
    to the keyring. A revoked one is an AuthError naming `followup auth login`: retrying cannot help.
    """

    def __init__(self, settings: OAuth2Settings, username: str, clock: Callable[[], float] = time.time):
        self.settings = settings
        self.provider = resolve(settings)
        self.username = username
        self.keyring_user = grant_keyring_user(username, self.provider)
        self._clock = clock
        self._lock = threading.Lock()
        self._grant: Grant | None = None
        self._secret: str | None = None
        self._token: str | None = None
        self._expires_at = 0.0
        self._margin = 0.0

    def __repr__(self) -> str:
        return f"RefreshingToken({self.provider.name}, {self.username})"

    @property
    def expires_at(self) -> float:
        return self._expires_at

    def access_token(self) -> str:
        with self._lock:
            if self._token is None or self._clock() >= self._expires_at - self._margin:
                self._refresh()
            assert self._token is not None
            return self._token

    def renew(self, refused: str) -> str | None:
        with self._lock:
            if self._token is not None and self._token != refused and self._clock() < self._expires_at:
                return self._token  # another connection renewed it meanwhile
            self._refresh()
            return self._token if self._token != refused else None

    def status(self) -> str:
        self.access_token()
        minutes = max(0, int((self._expires_at - self._clock()) // 60))
        return (
            f"{self.provider.sign_in} for {self.username} found in the keyring; "
            f"access token from {self.provider.token_host} valid for {minutes} min"
        )

    def _load(self) -> Grant:
        if self._grant is None:
            stored = read_keyring_secret(self.keyring_user)
            if not stored:
                raise AuthError(f"no {self.provider.sign_in} stored for {self.username}; run `followup auth login`")
            grant = Grant.loads(stored)
            if grant.client_id and grant.client_id != self.settings.client_id:
                raise AuthError(
                    f"the stored {self.provider.sign_in} for {self.username} was made with another client id "
                    f"than the config's {self.settings.client_id}; run `followup auth login`"
                )
            missing = [s for s in self.provider.scopes if grant.scopes and s not in grant.scopes]
            if missing:
                raise AuthError(
                    f"the stored {self.provider.sign_in} for {self.username} does not cover "
                    f"{' '.join(missing)}; run `followup auth login`"
                )
            self._grant = grant
        return self._grant

    def _refresh(self) -> None:
        grant = self._load()
        if self._secret is None:
            self._secret = client_secret(self.settings)
        fields = {
            "grant_type": "refresh_token",
            "refresh_token": grant.refresh_token,
            "client_id": self.settings.client_id,
            "scope": " ".join(self.provider.scopes),
        }
        if self._secret:
            fields["client_secret"] = self._secret
        try:
            data = post_form(self.provider.token_url, fields)
        except OAuthError as exc:
            raise self._explain(exc) from None
        token, lifetime = access_token_from(data, self.provider.token_host)
        self._token = token
        self._expires_at = self._clock() + lifetime
        self._margin = refresh_margin(lifetime)
        log.debug("new access token for %s, valid for %.0fs", self.username, lifetime)
        rotated = data.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != grant.refresh_token:
            self._grant = replace(grant, refresh_token=rotated)
            try:
                set_keyring_secret(self.keyring_user, self._grant.dumps())
            except SecretError as exc:
                log.warning("the renewed %s could not be kept in the keyring: %s", self.provider.sign_in, exc)

    def _explain(self, exc: OAuthError) -> FollowupError:
        what = f"the {self.provider.sign_in} for {self.username}"
        if exc.transient:
            return TransientError(f"cannot renew {what} now ({exc})")
        if exc.code == "invalid_grant":
            return AuthError(f"{what} was revoked or has expired ({exc}); run `followup auth login`")
        if exc.code in ("invalid_client", "unauthorized_client"):
            return AuthError(
                f"{exc.host} does not accept client id {self.settings.client_id} ({exc}); check client_id and "
                "client_secret in the config, then run `followup auth login`"
            )
        if exc.code == "invalid_scope":
            return AuthError(f"{what} does not cover the scopes in the config ({exc}); run `followup auth login`")
        return AuthError(f"cannot renew {what} ({exc}); run `followup auth login`")


class CommandToken:
    """A command of the user's (oama, mutt_oauth2.py, email-oauth2-proxy...) prints a current access token.

    Such tools keep and refresh their own tokens, so the command runs for every login; after a refused
    login it runs once more, in case the tool renews only when asked twice.
    """

    def __init__(self, command: str, timeout: float = 60.0):
        self.command = command
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"CommandToken({self.command!r})"

    def access_token(self) -> str:
        return run_secret_command(self.command, self.timeout, what="token command")

    def renew(self, refused: str) -> str | None:
        token = self.access_token()
        return token if token != refused else None

    def status(self) -> str:
        self.access_token()
        return f"token command `{self.command}` printed an access token"


class FixedToken:
    """One token just obtained (by `followup auth login`), to prove the login works."""

    def __init__(self, token: str):
        self._token = token

    def __repr__(self) -> str:
        return "FixedToken(...)"

    def access_token(self) -> str:
        return self._token

    def renew(self, refused: str) -> str | None:
        return None

    def status(self) -> str:
        return "access token just issued"


def credential_for(imap: ImapSettings) -> str | TokenSource:
    """A password for a classic account, a TokenSource for an OAuth2 one. Nothing is fetched yet for OAuth2."""
    oauth = imap.password.oauth2
    if oauth is None:
        return get_secret(imap.password, imap.keyring_user)
    if oauth.provider == "command":
        return CommandToken(oauth.command)
    return RefreshingToken(oauth, imap.username)
