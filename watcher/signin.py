"""`followup auth login`: the provider's sign-in, run once by the user (never by the service): the
authorization-code flow with PKCE (RFC 7636) on a loopback redirect (RFC 8252) when there is a browser,
the device-code flow (RFC 8628) when there is not. What it keeps is the refresh token (watcher/oauth2.py
turns it into access tokens for the service).

Plain urllib on purpose: a few form POSTs and a tiny loopback HTTP server do not justify a dependency,
and the standard library verifies TLS certificates by default.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlencode, urlsplit

from .errors import AuthError, FollowupError, SecretError, TransientError
from .oauth2 import (
    DEVICE_GRANT,
    Grant,
    OAuthError,
    Provider,
    access_token_from,
    brief,
    client_secret,
    client_secret_keyring_user,
    grant_keyring_user,
    post_form,
    resolve,
)
from .secrets import read_keyring_secret, set_keyring_secret

if TYPE_CHECKING:
    from .config import OAuth2Settings

log = logging.getLogger("followup.oauth2")


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
    token, lifetime = access_token_from(data, provider.token_host)
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
                description = brief(query.get("error_description", [""])[0])
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
