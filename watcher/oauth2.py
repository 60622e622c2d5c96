"""OAuth2 sign-in for Gmail, Google Workspace, Outlook.com, Microsoft 365 and any RFC 6749 provider.

`followup auth login` runs the provider's sign-in once: the authorization-code flow with PKCE
(RFC 7636) on a loopback redirect (RFC 8252) when there is a browser, the device-code flow
(RFC 8628) when there is not. What it keeps is the *refresh token*, in the OS keyring, as a small
JSON record with the client id and scopes it was issued for. The service turns it into short-lived
access tokens on demand: before one expires, and again when a server refuses one. Access tokens
live in memory only. Alternatively a command of the user's (oama, mutt_oauth2.py, ...) prints an
access token whenever one is needed.

Plain urllib on purpose: three form POSTs and a tiny loopback HTTP server do not justify a
dependency, and the standard library verifies TLS certificates by default.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import secrets
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Protocol
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qs, urlencode, urlsplit
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


# ---------------------------------------------------------------- PKCE and the authorization request


def pkce_pair() -> tuple[str, str]:
    """(verifier, S256 challenge) per RFC 7636: the code is useless to whoever intercepts it."""
    verifier = secrets.token_urlsafe(64)
    return verifier, pkce_challenge(verifier)


def pkce_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def authorization_request(
    provider: Provider, client_id: str, redirect_uri: str, state: str, challenge: str, login_hint: str = ""
) -> str:
    """The address the browser opens to sign in."""
    params = [
        ("response_type", "code"),
        ("client_id", client_id),
        ("redirect_uri", redirect_uri),
        ("scope", " ".join(provider.scopes)),
        ("state", state),
        ("code_challenge", challenge),
        ("code_challenge_method", "S256"),
        *provider.authorization_params,
    ]
    if login_hint:
        params.append(("login_hint", login_hint))
    separator = "&" if "?" in provider.authorization_url else "?"
    return provider.authorization_url + separator + urlencode(params)


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


def _brief(text: object) -> str:
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
        raise TransientError(f"cannot reach {host}: {_brief(reason) or type(exc).__name__}") from None
    try:
        data = json.loads(raw)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        # A captive portal or a proxy's error page: nothing the user must act on at the provider.
        raise TransientError(f"{host} answered HTTP {status} without a JSON body")
    if status >= 400 or "error" in data:
        raise OAuthError(status, str(data.get("error") or ""), _brief(data.get("error_description")), host)
    return data


def _access_token(data: dict, host: str) -> tuple[str, float]:
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


@dataclass(frozen=True)
class SignIn:
    """The outcome of an interactive sign-in."""

    access_token: str = field(repr=False)
    lifetime: float
    grant: Grant


def store_sign_in(settings: OAuth2Settings, username: str, sign_in: SignIn) -> str:
    """Keep the refresh token in the keyring; returns the keyring entry's name."""
    user = grant_keyring_user(username, resolve(settings))
    set_keyring_secret(user, sign_in.grant.dumps())
    return user


def client_secret(settings: OAuth2Settings) -> str:
    """The client secret, when the config names one ("" otherwise)."""
    if settings.client_secret is None:
        return ""
    return get_secret(settings.client_secret, client_secret_keyring_user(settings.client_id))


def ensure_client_secret(settings: OAuth2Settings, ask: Callable[[str], str]) -> None:
    """Before a sign-in: a client secret meant for the keyring but missing there is asked for once."""
    ref = settings.client_secret
    if ref is None or ref.source != "keyring":
        return
    user = client_secret_keyring_user(settings.client_id)
    if read_keyring_secret(user):
        return
    value = ask(f"Client secret of OAuth2 client {settings.client_id}: ").strip()
    if not value:
        raise SecretError("no client secret given; nothing stored")
    set_keyring_secret(user, value)


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
        token, lifetime = _access_token(data, self.provider.token_host)
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


# ---------------------------------------------------------------- interactive sign-in


Say = Callable[[str], None]


def _exchange(provider: Provider, settings: OAuth2Settings, fields: dict[str, str]) -> SignIn:
    secret = client_secret(settings)
    fields = {**fields, "client_id": settings.client_id}
    if secret:
        fields["client_secret"] = secret
    data = post_form(provider.token_url, fields)
    return _sign_in(provider, settings, data)


def _sign_in(provider: Provider, settings: OAuth2Settings, data: dict) -> SignIn:
    token, lifetime = _access_token(data, provider.token_host)
    refresh = data.get("refresh_token")
    if not isinstance(refresh, str) or not refresh:
        hint = (
            "; the scopes must include offline_access"
            if settings.provider == "microsoft"
            else "; the provider must be asked for offline access"
        )
        raise AuthError(f"{provider.token_host} issued no refresh token, so the sign-in could not be kept{hint}")
    return SignIn(token, lifetime, Grant(refresh, settings.client_id, provider.scopes))


@dataclass
class _Redirect:
    """What the browser brought back to the loopback listener."""

    state: str
    code: str = ""
    error: str = ""
    done: threading.Event = field(default_factory=threading.Event)


def _redirect_handler(expected: _Redirect) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = parse_qs(urlsplit(self.path).query)
            state = query.get("state", [""])[0]
            if not query.get("code") and not query.get("error"):
                self._page(404, "Nothing here.")
                return
            if not secrets.compare_digest(state, expected.state):
                # Not the answer to our request (a stale tab, or a forged redirect): ignore it.
                self._page(400, "This sign-in answer does not belong to the sign-in followup is waiting for.")
                return
            if query.get("error"):
                description = _brief(query.get("error_description", [""])[0])
                expected.error = query["error"][0] + (f": {description}" if description else "")
                self._page(200, "Sign-in did not complete. You can close this tab; the terminal says why.")
            else:
                expected.code = query["code"][0]
                self._page(200, "Signed in to followup. You can close this tab.")
            expected.done.set()

        def _page(self, status: int, text: str) -> None:
            body = f"<!doctype html><title>followup</title><p>{text}</p>\n".encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # the query holds the code: never log it
            pass

    return Handler


def can_open_browser() -> bool:
    """A graphical browser can be started here (webbrowser would otherwise start lynx in the terminal)."""
    import os
    import sys

    return bool(
        os.environ.get("BROWSER")
        or os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or sys.platform in ("darwin", "win32")
    )


def sign_in_with_browser(
    settings: OAuth2Settings,
    username: str,
    *,
    open_browser: bool = True,
    port: int = 0,
    timeout: float = 300.0,
    say: Say = print,
) -> SignIn:
    """Authorization code with PKCE: the browser signs in and comes back to a one-shot loopback listener."""
    provider = resolve(settings)
    if not provider.authorization_url:
        raise AuthError("the config names no authorization_url; use `followup auth login --device`")
    expected = _Redirect(state=secrets.token_urlsafe(24))
    try:
        server = HTTPServer(("127.0.0.1", port), _redirect_handler(expected))
    except OSError as exc:
        raise FollowupError(f"cannot listen on 127.0.0.1:{port} for the sign-in: {exc.strerror}") from None
    redirect_uri = f"http://{provider.redirect_host}:{server.server_address[1]}"
    verifier, challenge = pkce_pair()
    address = authorization_request(provider, settings.client_id, redirect_uri, expected.state, challenge, username)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
    thread.start()
    try:
        opened = False
        if open_browser and can_open_browser():
            import webbrowser

            say(f"Opening your browser to sign in to {provider.name} as {username}...")
            opened = webbrowser.open(address)
        if not opened:
            say(f"Open this address in a browser on this machine and sign in to {provider.name} as {username}:")
        say(f"  {address}")
        say(f"Waiting for the browser to come back to {redirect_uri} ...")
        if not expected.done.wait(timeout):
            raise AuthError(f"no sign-in within {timeout / 60:.0f} minutes; run `followup auth login` again")
    finally:
        server.shutdown()
        server.server_close()
    if expected.error:
        raise AuthError(f"{provider.name} did not sign you in ({expected.error})")
    try:
        return _exchange(
            provider,
            settings,
            {
                "grant_type": "authorization_code",
                "code": expected.code,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
        )
    except OAuthError as exc:
        raise AuthError(f"{provider.name} refused to complete the sign-in ({exc})") from None


def sign_in_with_device_code(
    settings: OAuth2Settings,
    username: str,
    *,
    say: Say = print,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> SignIn:
    """Device code: the user signs in on any other device with a short code; this side polls until done."""
    provider = resolve(settings)
    if not provider.device_authorization_url:
        raise AuthError(provider.no_device_flow or "the config names no device_authorization_url")
    fields = {"client_id": settings.client_id, "scope": " ".join(provider.scopes)}
    try:
        data = post_form(provider.device_authorization_url, fields)
    except OAuthError as exc:
        hint = (
            " (in the app registration, Authentication > 'Allow public client flows' must be Yes)"
            if settings.provider == "microsoft"
            else ""
        )
        raise AuthError(f"{provider.name} refused to start a device sign-in ({exc}){hint}") from None
    device_code = str(data.get("device_code") or "")
    user_code = str(data.get("user_code") or "")
    # Google spells it verification_url; RFC 8628 verification_uri.
    where = str(data.get("verification_uri") or data.get("verification_url") or "")
    if not (device_code and user_code and where):
        raise TransientError(f"{provider.token_host} gave an incomplete device sign-in answer")
    interval = max(1.0, float(data.get("interval") or 5))
    deadline = clock() + float(data.get("expires_in") or 900)
    say(f"To sign in to {provider.name} as {username}, open {where} on any device and enter the code {user_code}")
    if data.get("verification_uri_complete"):
        say(f"  (or open {data['verification_uri_complete']})")
    say("Waiting for you to finish signing in ...")
    while clock() < deadline:
        sleep(interval)
        try:
            return _exchange(provider, settings, {"grant_type": DEVICE_GRANT, "device_code": device_code})
        except OAuthError as exc:
            if exc.code == "authorization_pending":
                continue
            if exc.code == "slow_down":
                interval += 5  # RFC 8628 3.5
                continue
            if exc.code in ("access_denied", "authorization_declined"):
                raise AuthError(f"the sign-in to {provider.name} was declined") from None
            if exc.code in ("expired_token", "code_expired"):
                break
            if exc.transient:
                continue
            raise AuthError(f"{provider.name} refused to complete the sign-in ({exc})") from None
        except TransientError as exc:
            log.warning("%s; still waiting", exc)
    raise AuthError("the code expired before the sign-in was finished; run `followup auth login --device` again")
