"""OAuth2 sign-in: provider presets, the config shape, SASL XOAUTH2/OAUTHBEARER against a real Dovecot
with an oauth2 passdb, both interactive sign-in flows, token refresh in the running service, revocation,
and that no token ever reaches a log, an error, `followup check` or the state folder."""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.conftest import ROOT, imap_config, wait_until
from tests.mailgen import invitation
from tests.servers.dovecot import Dovecot, MailboxSpec
from tests.servers.oauth import IMAP_SCOPE, OAuthServer
from watcher.config import ImapSettings, SecretRef, parse_config
from watcher.errors import AuthError, ConfigError
from watcher.oauth2 import (
    CommandToken,
    FixedToken,
    Grant,
    RefreshingToken,
    google,
    grant_keyring_user,
    microsoft,
    refresh_margin,
    resolve,
)
from watcher.secrets import set_keyring_secret
from watcher.signin import authorization_request, pkce_challenge
from watcher.sources.imap import connect, sasl_mechanism
from watcher.sources.providers import how_found, identify

PASSWORD_LINE = 'password = { env = "FOLLOWUP_TEST_PASSWORD" }'
BASE = {"user": {"name": "A", "email": "a@example.test", "timezone": "UTC"}}


# ---------------------------------------------------------------- presets, PKCE (pure)


def test_pkce_challenge_is_rfc7636_s256() -> None:
    # The example of RFC 7636, appendix B.
    assert (
        pkce_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


def test_google_sign_in_asks_for_the_gmail_scope_offline_with_pkce() -> None:
    address = authorization_request(
        google(), "id.apps.googleusercontent.com", "http://127.0.0.1:5000", "st", "ch", "me@gmail.com"
    )
    parts = urlsplit(address)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == "https://accounts.google.com/o/oauth2/v2/auth"
    assert query["scope"] == "https://mail.google.com/"
    assert query["access_type"] == "offline" and query["prompt"] == "consent"  # or no refresh token
    assert query["code_challenge_method"] == "S256" and query["code_challenge"] == "ch"
    assert query["redirect_uri"] == "http://127.0.0.1:5000" and query["state"] == "st"
    assert query["login_hint"] == "me@gmail.com" and query["response_type"] == "code"
    assert google().token_url == "https://oauth2.googleapis.com/token"
    assert google().caldav_scopes == ("https://www.googleapis.com/auth/calendar.readonly",)
    assert not google().device_authorization_url and "ssh -L" in google().no_device_flow


def test_microsoft_preset_uses_the_tenant_and_the_imap_scope_with_offline_access() -> None:
    provider = microsoft("contoso.onmicrosoft.com")
    base = "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0"
    assert (provider.authorization_url, provider.token_url, provider.device_authorization_url) == (
        f"{base}/authorize",
        f"{base}/token",
        f"{base}/devicecode",
    )
    assert provider.scopes == ("https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access")
    assert provider.redirect_host == "localhost"  # what a "Mobile and desktop" registration matches on any port
    assert provider.caldav_scopes == ()


def test_refresh_margin_is_five_minutes_or_a_quarter_of_a_short_lifetime() -> None:
    assert refresh_margin(3599) == 300
    assert refresh_margin(8) == 2


def test_sasl_prefers_oauthbearer_where_offered() -> None:
    assert sasl_mechanism(["IMAP4rev1", "AUTH=XOAUTH2", "AUTH=OAUTHBEARER"]) == "OAUTHBEARER"
    assert sasl_mechanism(["IMAP4rev1", "AUTH=PLAIN", "AUTH=XOAUTH2"]) == "XOAUTH2"  # Outlook
    assert sasl_mechanism(["IMAP4rev1", "AUTH=PLAIN"]) is None
    assert sasl_mechanism(["AUTH=OAUTHBEARER"], "xoauth2") == "XOAUTH2"


def test_stored_sign_in_hides_its_token_and_reads_a_bare_one() -> None:
    grant = Grant("rt-secret", "client", ("a", "b"))
    assert "rt-secret" not in repr(grant)
    assert Grant.loads(grant.dumps()) == grant
    assert Grant.loads("1//0bare-refresh-token\n") == Grant("1//0bare-refresh-token")


def test_server_conventions_gmail_outlook_and_how_folders_were_found() -> None:
    gmail = identify("imap.example.test", ["IMAP4rev1", "X-GM-EXT-1"])
    assert gmail.name.startswith("Gmail") and any("References" in c for c in gmail.conventions)
    assert identify("outlook.office365.com", []).name.startswith("Outlook")
    assert identify("mail.example.test", ["IMAP4rev1"]).name == ""
    listing = [((b"\\HasNoChildren", b"\\Drafts"), "[Gmail]/Entwürfe"), ((b"\\HasNoChildren",), "Drafts")]
    assert how_found(listing, "[Gmail]/Entwürfe", b"\\Drafts", "auto") == "SPECIAL-USE \\Drafts"
    assert how_found(listing, "Drafts", b"\\Drafts", "auto") == "by its name"
    assert how_found(listing, "Drafts", b"\\Drafts", "Drafts") == "as configured"


# ---------------------------------------------------------------- the config shape


def imap_with(password) -> ImapSettings:
    data = {**BASE, "imap": {"host": "imap.example.test", "username": "me@example.test", "password": password}}
    settings = parse_config(data, Path("/tmp/config.toml"))
    assert settings.imap is not None
    return settings.imap


def config_problems(password) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        imap_with(password)
    return caught.value.problems


def test_oauth2_password_sources() -> None:
    ms = imap_with({"oauth2": "microsoft", "client_id": "0000-1111", "tenant": "consumers"}).password.oauth2
    assert ms is not None and (ms.provider, ms.client_id, ms.tenant, ms.client_secret) == (
        "microsoft",
        "0000-1111",
        "consumers",
        None,
    )
    assert resolve(ms).token_url == "https://login.microsoftonline.com/consumers/oauth2/v2.0/token"
    gmail = imap_with({"oauth2": "google", "client_id": "x", "client_secret": {"keyring": True}}).password.oauth2
    assert gmail is not None and gmail.client_secret == SecretRef("keyring")
    scoped = imap_with(
        {"oauth2": "google", "client_id": "x", "client_secret": {"env": "S"}, "scopes": "https://mail.google.com/ x"}
    ).password.oauth2
    assert scoped is not None and resolve(scoped).scopes == ("https://mail.google.com/", "x")
    command = imap_with({"oauth2": "command", "command": "oama access me@gmail.com"}).password
    assert command.oauth2 is not None and command.oauth2.command == "oama access me@gmail.com"
    assert str(command) == "token command `oama ...`"
    custom = imap_with(
        {
            "oauth2": "custom",
            "client_id": "c",
            "token_url": "https://id.example/t",
            "device_authorization_url": "https://id.example/d",
            "scopes": ["imap"],
            "mechanism": "xoauth2",
        }
    ).password.oauth2
    assert custom is not None and custom.mechanism == "xoauth2" and resolve(custom).device_authorization_url


def test_oauth2_config_mistakes_are_all_reported_by_key() -> None:
    problems = config_problems({"oauth2": "google", "client_id": "x", "client_secret": "GOCSPX-inline", "tenant": "t"})
    assert any("imap.password.client_secret must not be the secret itself" in p for p in problems)
    assert any('imap.password.tenant does not apply to oauth2 = "google"' in p for p in problems)
    assert "GOCSPX-inline" not in " ".join(problems)
    assert any(
        "client_secret is required for Google" in p for p in config_problems({"oauth2": "google", "client_id": "x"})
    )
    assert any("imap.password.client_id is required" in p for p in config_problems({"oauth2": "microsoft"}))
    assert any("must be one of google, microsoft" in p for p in config_problems({"oauth2": "yahoo"}))
    problems = config_problems({"oauth2": "custom", "client_id": "c", "token_url": "http://id.example/token"})
    assert any("token_url must be an https:// URL" in p for p in problems)
    assert any("authorization_url or imap.password.device_authorization_url is required" in p for p in problems)
    assert any("scopes is required" in p for p in problems)
    assert any("imap.password.command is required" in p for p in config_problems({"oauth2": "command"}))
    assert any(
        "mechanism must be one of" in p
        for p in config_problems({"oauth2": "command", "command": "x", "mechanism": "plain"})
    )


def test_example_config_shows_valid_oauth2_passwords() -> None:
    import tomllib

    lines = [
        line.removeprefix("# ")
        for line in (ROOT / "config.example.toml").read_text().splitlines()
        if line.startswith("# password = { oauth2")
    ]
    providers = {imap_with(tomllib.loads(line)["password"]).password.oauth2.provider for line in lines}
    assert providers == {"google", "microsoft", "command"}


# ---------------------------------------------------------------- SASL against Dovecot's oauth2 passdb


def oauth_settings(server: Dovecot, provider: OAuthServer, mechanism: str = "auto") -> ImapSettings:
    data = {
        **BASE,
        "imap": {
            "host": "127.0.0.1",
            "port": server.port,
            "security": "none",
            "username": server.user,
            "timeout": "10s",
            "password": {
                "oauth2": "custom",
                "client_id": provider.client_id,
                "token_url": provider.token_url,
                "device_authorization_url": provider.device_authorization_url,
                "scopes": [IMAP_SCOPE],
                "mechanism": mechanism,
            },
        },
    }
    settings = parse_config(data, Path("/tmp/config.toml"))
    assert settings.imap is not None
    return settings.imap


def access_token(provider: OAuthServer, user: str) -> str:
    """An access token as a sign-in would give it (through the token endpoint)."""
    from watcher.oauth2 import post_form

    refresh = provider.sign_in(user)
    answer = post_form(
        provider.token_url, {"grant_type": "refresh_token", "refresh_token": refresh, "client_id": provider.client_id}
    )
    return answer["access_token"]


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer", "auto"])
def test_sasl_login_with_a_valid_token(dovecot_oauth: Dovecot, oauth_provider: OAuthServer, mechanism: str) -> None:
    settings = oauth_settings(dovecot_oauth, oauth_provider, mechanism)
    client = connect(settings, FixedToken(access_token(oauth_provider, dovecot_oauth.user)))
    try:
        assert client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"]
    finally:
        client.logout()
    expected = "OAUTHBEARER" if mechanism == "auto" else mechanism.upper()
    logins = [line for line in dovecot_oauth.log_tail(lines=50).splitlines() if "Login: user=" in line]
    assert f"method={expected}," in logins[-1]


def test_a_refused_token_is_an_auth_error_that_never_shows_the_token(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer
) -> None:
    token = access_token(oauth_provider, dovecot_oauth.user)
    oauth_provider.revoke(dovecot_oauth.user)
    with pytest.raises(AuthError) as caught:
        connect(oauth_settings(dovecot_oauth, oauth_provider), FixedToken(token))
    assert "refused the OAuth2 access token" in str(caught.value)
    assert token not in str(caught.value) and token not in repr(caught.value)


def seed_sign_in(provider: OAuthServer, user: str, settings: ImapSettings) -> str:
    """As if `followup auth login` had run: the provider's refresh token in the (test) keyring."""
    refresh = provider.sign_in(user)
    assert settings.password.oauth2 is not None
    entry = grant_keyring_user(user, resolve(settings.password.oauth2))
    set_keyring_secret(entry, Grant(refresh, provider.client_id, (IMAP_SCOPE,)).dumps())
    return refresh


def test_refresh_before_expiry_and_once_more_when_the_server_refuses(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring
) -> None:
    settings = oauth_settings(dovecot_oauth, oauth_provider)
    seed_sign_in(oauth_provider, dovecot_oauth.user, settings)
    now = [1_000_000.0]
    tokens = RefreshingToken(settings.password.oauth2, dovecot_oauth.user, clock=lambda: now[0])
    connect(settings, tokens).logout()
    assert oauth_provider.grants["refresh_token"] == 1
    connect(settings, tokens).logout()
    assert oauth_provider.grants["refresh_token"] == 1, "a valid token is reused"
    now[0] += 3600 - 299  # within five minutes of expiry: renewed before use
    connect(settings, tokens).logout()
    assert oauth_provider.grants["refresh_token"] == 2
    oauth_provider.expire_access_tokens(dovecot_oauth.user)  # the server stops accepting it early
    connect(settings, tokens).logout()
    assert oauth_provider.grants["refresh_token"] == 3


def test_a_rotated_refresh_token_is_kept_in_the_keyring(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring
) -> None:
    oauth_provider.rotate_refresh_tokens = True  # as Microsoft does
    settings = oauth_settings(dovecot_oauth, oauth_provider)
    first = seed_sign_in(oauth_provider, dovecot_oauth.user, settings)
    connect(settings, RefreshingToken(settings.password.oauth2, dovecot_oauth.user)).logout()
    stored = Grant.loads(
        file_keyring.get_password("followup", grant_keyring_user(dovecot_oauth.user, resolve(settings.password.oauth2)))
    )
    assert stored.refresh_token != first
    # The old one is dead at the provider; a new process starts from the kept one.
    connect(settings, RefreshingToken(settings.password.oauth2, dovecot_oauth.user)).logout()


def test_token_command_is_run_for_each_login_and_again_after_a_refusal(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, tmp_path: Path
) -> None:
    # Like oama or mutt_oauth2.py: prints the token it holds, and has a fresh one ready next time.
    script = tmp_path / "print-token"
    script.write_text(
        f"#!/bin/sh\necho run >> {tmp_path}/runs\ncat {tmp_path}/token\n"
        f"if [ -f {tmp_path}/next ]; then mv {tmp_path}/next {tmp_path}/token; fi\n"
    )
    script.chmod(0o755)
    (tmp_path / "token").write_text(access_token(oauth_provider, dovecot_oauth.user) + "\n")
    settings = oauth_settings(dovecot_oauth, oauth_provider)
    connect(settings, CommandToken(str(script))).logout()
    assert (tmp_path / "runs").read_text().count("run") == 1

    oauth_provider.expire_access_tokens(dovecot_oauth.user)  # the tool's token stopped working
    (tmp_path / "next").write_text(access_token(oauth_provider, dovecot_oauth.user) + "\n")
    connect(settings, CommandToken(str(script))).logout()
    assert (tmp_path / "runs").read_text().count("run") == 3, "stale token refused, command run again"


# ---------------------------------------------------------------- the service and `followup check`


def oauth_config(account, provider: OAuthServer, state_dir: Path, *, extra: str = "", **password) -> str:
    text = imap_config(account, state_dir)
    assert PASSWORD_LINE in text
    text = text.replace(PASSWORD_LINE, f"password = {provider.config(**password)}")
    return text + '\n[log]\nlevel = "debug"\n' + extra  # the most talkative log must still hold no token


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def followup(config: Path, *args: str, timeout: float = 60, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        stdin=subprocess.DEVNULL,
    )


def sasl_forms(user: str, token: str) -> list[str]:
    """The token as it travels in AUTHENTICATE, base64-encoded: that must not be logged either."""
    return [
        base64.b64encode(f"user={user}\1auth=Bearer {token}\1\1".encode()).decode(),
        base64.b64encode(f"n,a={user},\1auth=Bearer {token}\1\1".encode()).decode(),
    ]


def assert_no_token_leaked(provider: OAuthServer, user: str, texts: list[str], state_dir: Path) -> None:
    tokens = provider.all_tokens()
    assert tokens, "the test issued no token at all"
    haystacks = list(texts)
    for path in state_dir.rglob("*"):
        if path.is_file():
            haystacks.append(path.read_bytes().decode("latin-1"))
    for token in tokens:
        for needle in [token, *sasl_forms(user, token)]:
            for text in haystacks:
                assert needle not in text, f"a token leaked: {text[:200]!r}"


def invitation_ending_soon(seconds: float = 3) -> bytes:
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(minutes=40), end=now + timedelta(seconds=seconds))
    return raw


def test_service_keeps_working_across_token_expiry(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring, service, tmp_path: Path
) -> None:
    oauth_provider.access_lifetime = 4
    account = dovecot_oauth.account
    config = write_config(tmp_path, oauth_config(account, oauth_provider, tmp_path / "state"))
    seed_sign_in(oauth_provider, account.user, oauth_settings(dovecot_oauth, oauth_provider))
    proc = service(config)
    wait_until(lambda: account.session_count() >= 2, what="IDLE and reading connections")
    wait_until(lambda: oauth_provider.active_tokens(account.user) == 0, what="the access token to expire")
    refreshes = oauth_provider.grants["refresh_token"]

    # Outlook ends sessions whose token expired ("BYE Session invalidated - AccessTokenExpired").
    account.drop_connections()
    account.append("INBOX", invitation_ending_soon())
    wait_until(lambda: account.messages("Drafts"), timeout=30, what="the thank-you draft after the expiry")

    assert oauth_provider.grants["refresh_token"] > refreshes, "a new access token was fetched without user action"
    assert " ERROR " not in proc.log, proc.log
    assert proc.stop() == 0
    assert_no_token_leaked(oauth_provider, account.user, [proc.log], tmp_path / "state")


def test_service_renews_a_token_the_server_stops_accepting(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring, service, tmp_path: Path
) -> None:
    account = dovecot_oauth.account
    config = write_config(tmp_path, oauth_config(account, oauth_provider, tmp_path / "state"))
    seed_sign_in(oauth_provider, account.user, oauth_settings(dovecot_oauth, oauth_provider))
    proc = service(config)
    wait_until(lambda: account.session_count() >= 2, what="IDLE and reading connections")
    oauth_provider.expire_access_tokens(account.user)
    account.drop_connections()
    proc.wait_for_log("signing in with a renewed one")
    account.append("INBOX", invitation_ending_soon())
    wait_until(lambda: account.messages("Drafts"), timeout=30, what="the thank-you draft")
    assert " ERROR " not in proc.log, proc.log
    assert proc.stop() == 0
    assert_no_token_leaked(oauth_provider, account.user, [proc.log], tmp_path / "state")


def test_revoked_sign_in_is_one_clear_log_line_a_failing_check_and_no_crash_loop(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring, service, tmp_path: Path
) -> None:
    account = dovecot_oauth.account
    config = write_config(tmp_path, oauth_config(account, oauth_provider, tmp_path / "state"))
    seed_sign_in(oauth_provider, account.user, oauth_settings(dovecot_oauth, oauth_provider))
    proc = service(config)
    wait_until(lambda: account.session_count() >= 2, what="IDLE and reading connections")
    checked = followup(config, "check")
    assert checked.returncode == 0, checked.stderr
    assert "oauth2     " in checked.stdout and "valid for" in checked.stdout

    oauth_provider.revoke(account.user)  # the user removed the app's access at the provider
    account.drop_connections()
    proc.wait_for_log("was revoked or has expired")
    attempts = oauth_provider.grants["refresh_token"]
    time.sleep(3)  # long enough for a crash loop to show; the service must be waiting instead
    assert proc.process.poll() is None, "the service must keep running"
    assert oauth_provider.grants["refresh_token"] - attempts <= 1, "no refresh loop"
    errors = [line for line in proc.log.splitlines() if " ERROR " in line]
    assert 1 <= len(errors) <= 2 and all("run `followup auth login`" in line for line in errors), errors
    assert "Traceback" not in proc.log

    failed = followup(config, "check")
    assert failed.returncode == 1
    assert "revoked or has expired" in failed.stderr and "followup auth login" in failed.stderr
    assert "Traceback" not in failed.stderr
    assert proc.stop() == 0, "SIGTERM ends a waiting service promptly"
    assert_no_token_leaked(
        oauth_provider,
        account.user,
        [proc.log, checked.stdout, checked.stderr, failed.stdout, failed.stderr],
        tmp_path / "state",
    )


# ---------------------------------------------------------------- `followup auth login`


def browser_script(tmp_path: Path) -> Path:
    """$BROWSER must name one executable: a wrapper running tests/fake_browser.py with this Python."""
    script = tmp_path / "browser"
    script.write_text(f'#!/bin/sh\nexec {sys.executable} {ROOT / "tests" / "fake_browser.py"} "$1"\n')
    script.chmod(0o755)
    return script


def test_browser_sign_in_with_pkce_on_a_loopback_redirect(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring, tmp_path: Path, monkeypatch
) -> None:
    oauth_provider.client_secret = "desktop-client-secret"  # Google wants its Desktop clients' secret
    monkeypatch.setenv("FOLLOWUP_TEST_CLIENT_SECRET", oauth_provider.client_secret)
    account = dovecot_oauth.account
    config = write_config(tmp_path, oauth_config(account, oauth_provider, tmp_path / "state"))
    done = followup(config, "auth", "login", env={"BROWSER": str(browser_script(tmp_path))})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Opening your browser" in done.stdout and "IMAP login as" in done.stdout
    assert oauth_provider.grants["authorization_code"] == 1
    entry = grant_keyring_user(account.user, resolve(oauth_settings(dovecot_oauth, oauth_provider).password.oauth2))
    stored = Grant.loads(file_keyring.get_password("followup", entry))
    assert stored.client_id == oauth_provider.client_id and stored.scopes == (IMAP_SCOPE,)

    checked = followup(config, "check")
    assert checked.returncode == 0, checked.stderr
    assert f"sign-in for {account.user} found in the keyring" in checked.stdout
    assert "drafts     Drafts (SPECIAL-USE \\Drafts)" in checked.stdout
    assert_no_token_leaked(oauth_provider, account.user, [done.stdout, done.stderr, checked.stdout], tmp_path / "state")


def test_browser_sign_in_the_user_declines(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring, tmp_path: Path
) -> None:
    oauth_provider.deny = True
    config = write_config(tmp_path, oauth_config(dovecot_oauth.account, oauth_provider, tmp_path / "state"))
    done = followup(config, "auth", "login", env={"BROWSER": str(browser_script(tmp_path))})
    assert done.returncode == 1
    assert "did not sign you in (access_denied: The user said no)" in done.stderr
    assert "Traceback" not in done.stderr and file_keyring.entries() == {}


def test_device_code_sign_in_for_a_machine_without_a_browser(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring, tmp_path: Path
) -> None:
    account = dovecot_oauth.account
    config = write_config(tmp_path, oauth_config(account, oauth_provider, tmp_path / "state"))
    login = subprocess.Popen(
        [sys.executable, "-m", "watcher", "--config", str(config), "auth", "login", "--device"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert login.stdout is not None
        line = login.stdout.readline()
        assert "enter the code" in line, line + (login.stderr.read() if login.stderr else "")
        code = line.rsplit(" ", 1)[1].strip()
        # The person opens the address on their phone and types the code.
        from urllib.request import urlopen

        with urlopen(f"{oauth_provider.url}/verify?user_code={code}", timeout=10) as page:
            assert page.status == 200
        out, err = login.communicate(timeout=60)
    finally:
        if login.poll() is None:
            login.send_signal(signal.SIGKILL)
            login.wait()
    assert login.returncode == 0, out + err
    assert "IMAP login as" in out
    assert oauth_provider.grants["urn:ietf:params:oauth:grant-type:device_code"] >= 1
    checked = followup(config, "check")
    assert checked.returncode == 0, checked.stderr
    assert_no_token_leaked(oauth_provider, account.user, [line, out, err, checked.stdout], tmp_path / "state")


def test_auth_login_explains_what_cannot_work(
    dovecot_oauth: Dovecot, oauth_provider: OAuthServer, file_keyring, tmp_path: Path
) -> None:
    account = dovecot_oauth.account
    plain = write_config(tmp_path, imap_config(account, tmp_path / "state"))
    done = followup(plain, "auth", "login")
    assert done.returncode == 1 and "is for OAuth2 accounts" in done.stderr
    no_device = oauth_config(account, oauth_provider, tmp_path / "state", device=False)
    done = followup(write_config(tmp_path, no_device), "auth", "login", "--device")
    assert done.returncode == 1 and "no device_authorization_url" in done.stderr, done.stderr
    config = write_config(tmp_path, oauth_config(account, oauth_provider, tmp_path / "state"))
    missing = followup(config, "check")
    assert missing.returncode == 1 and "run `followup auth login`" in missing.stderr
    # A machine without a keyring is told before anyone signs in, not after.
    done = followup(
        config, "auth", "login", "--device", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    )
    assert done.returncode == 1 and "no keyring is available" in done.stderr, done.stderr
    assert not oauth_provider.grants and "enter the code" not in done.stdout


# ---------------------------------------------------------------- provider conventions in `followup check`

GMAIL_GERMAN = (
    MailboxSpec("[Gmail]/Entwürfe", "\\Drafts"),
    MailboxSpec("[Gmail]/Gesendet", "\\Sent"),
    MailboxSpec("[Gmail]/Papierkorb", "\\Trash"),
)


def test_check_names_gmail_and_its_localised_folders(
    dovecot_factory, oauth_provider: OAuthServer, file_keyring, tmp_path: Path
) -> None:
    # A Dovecot dressed as Gmail: its capability, its "/" separator, German folder names with SPECIAL-USE.
    server = dovecot_factory(
        layout=GMAIL_GERMAN,
        separator="/",
        extra_config=oauth_provider.dovecot_config() + "protocol imap {\n  imap_capability = +X-GM-EXT-1\n}\n",
    )
    oauth_provider.signed_in_user = server.user
    config = write_config(tmp_path, oauth_config(server.account, oauth_provider, tmp_path / "state"))
    seed_sign_in(oauth_provider, server.user, oauth_settings(server, oauth_provider))
    checked = followup(config, "check")
    assert checked.returncode == 0, checked.stderr
    assert "server     Gmail / Google Workspace (X-GM-EXT-1)" in checked.stdout
    assert "drafts     [Gmail]/Entwürfe (SPECIAL-USE \\Drafts)" in checked.stdout
    assert "sent       [Gmail]/Gesendet (SPECIAL-USE \\Sent)" in checked.stdout
