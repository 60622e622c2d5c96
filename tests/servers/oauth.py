"""A small OAuth2 provider on loopback, and a Dovecot that accepts its tokens.

It plays the identity provider's part for tests of OAuth2 sign-in, with the knobs a real one never
gives: how long access tokens live, revoking a sign-in, expiring tokens early, refusing consent.

- `GET /authorize`: the authorization endpoint. The "user" is `signed_in_user`; it consents at once
  (or refuses, with `deny = True`) and redirects back with a code bound to the PKCE challenge.
- `POST /device`, `GET /verify?user_code=...`: the device flow (RFC 8628); visiting /verify with the
  code is the user signing in on their phone.
- `POST /token`: authorization_code (checks the PKCE verifier), refresh_token, device_code grants.
- `POST /introspect`: RFC 7662 introspection, which Dovecot's oauth2 passdb calls for every login.

Every token ever issued is remembered, so a test can prove none of them leaked into a log.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import shutil
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

from tests.servers import LOOPBACK, claim, reap_orphans

IMAP_SCOPE = "imap"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


@dataclass
class SignIn:
    """One consent: the refresh token and whose it is."""

    user: str
    client_id: str
    scope: str
    refresh_token: str
    revoked: bool = False


@dataclass
class AccessToken:
    user: str
    scope: str
    expires_at: float
    sign_in: SignIn
    revoked: bool = False


@dataclass
class DeviceRequest:
    client_id: str
    scope: str
    device_code: str
    user_code: str
    expires_at: float
    approved_by: str = ""
    denied: bool = False


@dataclass
class PendingCode:
    user: str
    client_id: str
    scope: str
    redirect_uri: str
    challenge: str


@dataclass
class OAuthServer:
    """The provider. Thread-safe: Dovecot, the service and the test call it at the same time."""

    client_id: str = "followup-test-client"
    client_secret: str = ""
    signed_in_user: str = ""
    access_lifetime: float = 3600.0
    device_interval: int = 1
    rotate_refresh_tokens: bool = False
    deny: bool = False
    required_scope: str = IMAP_SCOPE
    port: int = 0
    grants: Counter = field(default_factory=Counter)
    _sign_ins: dict[str, SignIn] = field(default_factory=dict)
    _access: dict[str, AccessToken] = field(default_factory=dict)
    _codes: dict[str, PendingCode] = field(default_factory=dict)
    _devices: dict[str, DeviceRequest] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        reap_orphans("oauth*", "none.pid")
        self.root = Path(tempfile.mkdtemp(dir="/tmp", prefix="oauth"))
        claim(self.root)
        # Dovecot's auth process (an unprivileged user) reads the passdb file below.
        self.root.chmod(0o755)
        self._server = ThreadingHTTPServer((LOOPBACK, self.port), _handler(self))
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self._thread.start()

    # -- addresses ----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    @property
    def authorization_url(self) -> str:
        return f"{self.url}/authorize"

    @property
    def token_url(self) -> str:
        return f"{self.url}/token"

    @property
    def device_authorization_url(self) -> str:
        return f"{self.url}/device"

    def config(self, *, device: bool = True, browser: bool = True, extra: str = "") -> str:
        """The `password = {...}` value of a followup config for a custom provider pointing here."""
        parts = [
            'oauth2 = "custom"',
            f'client_id = "{self.client_id}"',
            f'token_url = "{self.token_url}"',
            f'scopes = ["{IMAP_SCOPE}"]',
        ]
        if browser:
            parts.append(f'authorization_url = "{self.authorization_url}"')
        if device:
            parts.append(f'device_authorization_url = "{self.device_authorization_url}"')
        if self.client_secret:
            parts.append('client_secret = { env = "FOLLOWUP_TEST_CLIENT_SECRET" }')
        if extra:
            parts.append(extra)
        return "{ " + ", ".join(parts) + " }"

    def dovecot_config(self) -> str:
        """extra_config for tests.servers.dovecot.Dovecot: XOAUTH2 and OAUTHBEARER checked against us.

        The oauth2 passdb follows the passwd-file one, so password logins keep working and only the
        OAuth2 mechanisms ever reach the introspection endpoint.
        """
        passdb = self.root / "dovecot-oauth2.conf.ext"
        passdb.write_text(
            "introspection_mode = post\n"
            f"introspection_url = {self.url}/introspect\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        passdb.chmod(0o644)
        return (
            "auth_mechanisms = plain login xoauth2 oauthbearer\n"
            "passdb {\n"
            "  driver = oauth2\n"
            "  mechanisms = xoauth2 oauthbearer\n"
            f"  args = {passdb}\n"
            "}\n"
        )

    # -- what a test controls -----------------------------------------------------------------

    def sign_in(self, user: str, scope: str = IMAP_SCOPE) -> str:
        """A consent made earlier (as if `followup auth login` had run); returns its refresh token."""
        with self._lock:
            return self._new_sign_in(user, self.client_id, scope).refresh_token

    def revoke(self, user: str) -> None:
        """The user removes the app's access: refresh and access tokens stop working at once."""
        with self._lock:
            for sign_in in self._sign_ins.values():
                if sign_in.user == user:
                    sign_in.revoked = True
            for token in self._access.values():
                if token.user == user:
                    token.revoked = True

    def expire_access_tokens(self, user: str) -> None:
        """Access tokens stop working before their stated expiry (clock skew, provider policy)."""
        with self._lock:
            for token in self._access.values():
                if token.user == user:
                    token.revoked = True

    def approve_device(self, user_code: str) -> None:
        with self._lock:
            for request in self._devices.values():
                if request.user_code == user_code:
                    request.approved_by = self.signed_in_user
                    return
        raise KeyError(user_code)

    def active_tokens(self, user: str) -> int:
        now = time.time()
        with self._lock:
            return sum(1 for t in self._access.values() if t.user == user and not t.revoked and t.expires_at > now)

    def all_tokens(self) -> list[str]:
        """Every secret this provider handed out (access and refresh tokens, codes)."""
        with self._lock:
            return [*self._access, *self._sign_ins, *self._codes, *self._devices]

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> OAuthServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the protocol (called from the handler, under the lock) -------------------------------

    def _new_sign_in(self, user: str, client_id: str, scope: str) -> SignIn:
        sign_in = SignIn(user, client_id, scope, "rt-" + secrets.token_urlsafe(24))
        self._sign_ins[sign_in.refresh_token] = sign_in
        return sign_in

    def _tokens(self, sign_in: SignIn, *, rotate: bool, new: bool) -> dict:
        access = "at-" + secrets.token_urlsafe(24)
        self._access[access] = AccessToken(sign_in.user, sign_in.scope, time.time() + self.access_lifetime, sign_in)
        answer = {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.access_lifetime,
            "scope": sign_in.scope,
        }
        if new:
            answer["refresh_token"] = sign_in.refresh_token
        elif rotate:
            sign_in.revoked = True
            fresh = self._new_sign_in(sign_in.user, sign_in.client_id, sign_in.scope)
            answer["refresh_token"] = fresh.refresh_token
        return answer

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], dict]:
        """(status, headers, json error) for GET /authorize."""
        redirect = query.get("redirect_uri", "")
        parts = urlsplit(redirect)
        if query.get("client_id") != self.client_id:
            return 400, {}, {"error": "invalid_client"}
        if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "localhost") or not parts.port:
            return 400, {}, {"error": "invalid_request", "error_description": "redirect_uri must be loopback"}
        if query.get("response_type") != "code" or query.get("code_challenge_method") != "S256":
            return 400, {}, {"error": "invalid_request", "error_description": "PKCE with S256 is required"}
        if not query.get("code_challenge"):
            return 400, {}, {"error": "invalid_request", "error_description": "code_challenge missing"}
        state = query.get("state", "")
        if self.deny:
            answer = {"error": "access_denied", "error_description": "The user said no", "state": state}
        else:
            code = "code-" + secrets.token_urlsafe(16)
            with self._lock:
                self._codes[code] = PendingCode(
                    self.signed_in_user, self.client_id, query.get("scope", ""), redirect, query["code_challenge"]
                )
            answer = {"code": code, "state": state}
        return 302, {"Location": redirect + ("&" if "?" in redirect else "?") + urlencode(answer)}, {}

    def token(self, form: dict[str, str]) -> tuple[int, dict]:
        if form.get("client_id") != self.client_id:
            return 401, {"error": "invalid_client"}
        if self.client_secret and form.get("client_secret") != self.client_secret:
            return 401, {"error": "invalid_client", "error_description": "client_secret is wrong or missing"}
        grant = form.get("grant_type", "")
        with self._lock:
            self.grants[grant] += 1
            if grant == "authorization_code":
                pending = self._codes.pop(form.get("code", ""), None)
                if pending is None or pending.redirect_uri != form.get("redirect_uri"):
                    return 400, {"error": "invalid_grant", "error_description": "unknown code or redirect_uri"}
                if _s256(form.get("code_verifier", "")) != pending.challenge:
                    return 400, {"error": "invalid_grant", "error_description": "PKCE verification failed"}
                sign_in = self._new_sign_in(pending.user, pending.client_id, pending.scope)
                return 200, self._tokens(sign_in, rotate=False, new=True)
            if grant == "refresh_token":
                sign_in = self._sign_ins.get(form.get("refresh_token", ""))
                if sign_in is None or sign_in.revoked:
                    return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                asked = set(form.get("scope", "").split())
                if not asked <= set(sign_in.scope.split()):
                    return 400, {"error": "invalid_scope"}
                return 200, self._tokens(sign_in, rotate=self.rotate_refresh_tokens, new=False)
            if grant == DEVICE_GRANT:
                request = self._devices.get(form.get("device_code", ""))
                if request is None or time.time() > request.expires_at:
                    return 400, {"error": "expired_token"}
                if request.denied:
                    return 400, {"error": "access_denied"}
                if not request.approved_by:
                    return 400, {"error": "authorization_pending"}
                del self._devices[request.device_code]
                sign_in = self._new_sign_in(request.approved_by, request.client_id, request.scope)
                return 200, self._tokens(sign_in, rotate=False, new=True)
        return 400, {"error": "unsupported_grant_type"}

    def device(self, form: dict[str, str]) -> tuple[int, dict]:
        if form.get("client_id") != self.client_id:
            return 401, {"error": "invalid_client"}
        request = DeviceRequest(
            self.client_id,
            form.get("scope", ""),
            "dc-" + secrets.token_urlsafe(24),
            "-".join(secrets.token_hex(2).upper() for _ in range(2)),
            time.time() + 600,
        )
        with self._lock:
            self._devices[request.device_code] = request
        return 200, {
            "device_code": request.device_code,
            "user_code": request.user_code,
            "verification_uri": f"{self.url}/verify",
            "expires_in": 600,
            "interval": self.device_interval,
        }

    def verify(self, query: dict[str, str]) -> tuple[int, dict]:
        with self._lock:
            for request in self._devices.values():
                if request.user_code == query.get("user_code"):
                    if self.deny:
                        request.denied = True
                    else:
                        request.approved_by = self.signed_in_user
                    return 200, {"ok": not self.deny}
        return 404, {"error": "unknown code"}

    def introspect(self, form: dict[str, str]) -> tuple[int, dict]:
        with self._lock:
            token = self._access.get(form.get("token", ""))
            if (
                token is None
                or token.revoked
                or time.time() >= token.expires_at
                or self.required_scope not in token.scope.split()
            ):
                return 200, {"active": False}
            return 200, {"active": True, "username": token.user, "scope": token.scope, "exp": int(token.expires_at)}


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def _handler(provider: OAuthServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive: Dovecot's HTTP client reuses its connection

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            if parts.path == "/authorize":
                status, headers, error = provider.authorize(query)
                self._send(status, error if error else None, headers)
            elif parts.path == "/verify":
                self._send(*provider.verify(query))
            else:
                self._send(404, {"error": "not found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            routes = {"/token": provider.token, "/device": provider.device, "/introspect": provider.introspect}
            route = routes.get(urlsplit(self.path).path)
            if route is None:
                self._send(404, {"error": "not found"})
            else:
                self._send(*route(form))

        def _send(self, status: int, body: dict | None, headers: dict[str, str] | None = None) -> None:
            data = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Type", "application/json")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
