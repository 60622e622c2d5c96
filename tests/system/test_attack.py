"""Attacks through the mailbox and on the connection: what a stranger's email can make the drafts do, and
where the password could leak. Each test tries to break one promise of the README's "Guarantees".
"""

from __future__ import annotations

import email
import os
import secrets
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import wait_until
from tests.local import local_service, maildir_config, push
from tests.mailgen import USER
from watcher.config import parse_config
from watcher.core.people import FREE_MAIL, is_relay
from watcher.errors import ConfigError

ALLOWED_HEADERS = {
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "in-reply-to",
    "references",
    "mime-version",
    "content-type",
    "content-transfer-encoding",
}
END = datetime.now(UTC) - timedelta(hours=3)  # the thank-you of an interview that ended then is due now
ATTACKER = "attacker.example"
TIMING = '[timing]\nthank_you_after = "2h"\n'


def ics_time(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def invite(
    *,
    subject: str | None = "Interview: Data Engineer at Northwind",
    sender: str = "Riley Chen <riley.chen@northwind.example>",
    extra_headers: str = "",
    summary: str = "Interview: Data Engineer at Northwind",
    organizer: str = "ORGANIZER;CN=Riley Chen:mailto:riley.chen@northwind.example",
    attendees: tuple[str, ...] = ("ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@northwind.example",),
    description: str = "Technical interview with the data team.",
    body: str = "You are invited to an interview.",
    message_id: str = "<invite-1@northwind.example>",
) -> bytes:
    """An invitation written by hand, so every header and calendar line can carry an attack verbatim."""
    head = f"From: {sender}\r\nTo: Jordan Lee <jordan@example.test>\r\n"
    if subject is not None:
        head += f"Subject: {subject}\r\n"
    head += f"Message-ID: {message_id}\r\nDate: Mon, 03 Mar 2025 09:00:00 +0000\r\n{extra_headers}"
    calendar = "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "UID:attack-1@northwind.example",
            f"DTSTART:{ics_time(END - timedelta(hours=1))}",
            f"DTEND:{ics_time(END)}",
            f"SUMMARY:{summary}",
            f"DESCRIPTION:{description}",
            organizer,
            *attendees,
            "ATTENDEE;CN=Jordan Lee:mailto:jordan@example.test",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )
    return (
        head + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n"
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        f"--b\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n{calendar}\r\n--b--\r\n"
    ).encode("utf-8")


def header_lines(raw: bytes) -> list[str]:
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    return head.decode("ascii").splitlines()  # a draft's headers are 7-bit: RFC 2047 encodes the rest


def assert_safe_draft(raw: bytes) -> email.message.EmailMessage:
    """Only the headers a draft has, each once, and no line that starts a header of its own."""
    for line in header_lines(raw):
        assert line[:1] in (" ", "\t") or line.split(":", 1)[0].lower() in ALLOWED_HEADERS, f"forged header: {line!r}"
    draft = email.message_from_bytes(raw, policy=default_policy)
    names = [name.lower() for name in draft]
    assert sorted(names) == sorted(set(names)), names
    return draft


def recipients(draft) -> set[str]:
    return {address.addr_spec.lower() for address in draft["To"].addresses}


def drafts_for(tmp_path: Path, raw: bytes, notes: str = "") -> list[bytes]:
    """The drafts saved now for `raw`; asserts on the way that no follow-up planned for later (a check-in
    a week on) is addressed to the user either."""
    service = local_service(tmp_path)
    try:
        if notes:
            from watcher.sources import Incoming

            service.handle(Incoming("INBOX:1", raw))
            (record,) = service.store.interviews()
            service.store.add_note(record.interview.id, notes)
        drafts = push(service, raw)
        planned = {p.email for f in service.store.followups() for p in f.followup.recipients}
        assert planned.isdisjoint(service.ctx.user_addresses), f"a follow-up is planned to the user: {planned}"
        return drafts
    finally:
        service.close()


# ---------------------------------------------------------------- header injection

INJECTIONS = {
    "subject-encoded-crlf": dict(subject="=?utf-8?q?Interview=3A_Data_Engineer=0D=0ABcc=3A_evil=40attacker.example?="),
    "subject-encoded-lf-base64": dict(subject="=?utf-8?b?SW50ZXJ2aWV3Cg0KQmNjOiBldmlsQGF0dGFja2VyLmV4YW1wbGUKCg==?="),
    "subject-unicode-line-breaks": dict(
        subject="=?utf-8?q?Interview=E2=80=A8Bcc:_evil@attacker.example=C2=85X-Evil:_1=0BY:=0CZ:=1CW:?="
    ),
    "summary-escaped-newline": dict(subject=None, summary="Interview\\nBcc: evil@attacker.example\\r\\nX-Evil: 1"),
    "sender-name-encoded-crlf": dict(
        sender="=?utf-8?q?Riley=0D=0ABcc=3A_evil=40attacker.example?= <riley.chen@northwind.example>",
        organizer="ORGANIZER;CN=Robot:mailto:noreply@northwind.example",
        attendees=(),
    ),
    "sender-encoded-word-hides-a-comma": dict(
        sender="=?utf-8?q?evil=40attacker.example=2C?= <riley.chen@northwind.example>",
        organizer="ORGANIZER;CN=Robot:mailto:noreply@northwind.example",
        attendees=(),
    ),
    "attendee-cn-encoded-word": dict(
        attendees=('ATTENDEE;CN="=?utf-8?q?Dana=0D=0ABcc:_evil@attacker.example?=":mailto:dana@northwind.example',)
    ),
    "attendee-address-list": dict(
        attendees=(
            "ATTENDEE;CN=Dana:mailto:dana@northwind.example,evil@attacker.example",
            "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@northwind.example",
        )
    ),
    "attendee-cn-quote-breakout": dict(
        attendees=('ATTENDEE;CN="Dana\\" <evil@attacker.example>, \\"x":mailto:dana.whitfield@northwind.example',)
    ),
    "subject-double-encoded": dict(
        subject="=?utf-8?q?=3D=3Futf-8=3Fq=3FInterview=3D0D=3D0ABcc=3A=5Fevil=40attacker.example=3F=3D?="
    ),
    "summary-literal-encoded-word": dict(subject=None, summary="=?utf-8?q?Interview=0D=0ABcc:_evil@attacker.example?="),
    "sender-name-literal-encoded-word": dict(
        sender='"=?utf-8?q?Riley=0D=0ABcc:_evil@attacker.example?=" <riley.chen@northwind.example>',
        organizer="ORGANIZER;CN=Robot:mailto:noreply@northwind.example",
        attendees=(),
    ),
    "message-id-encoded-crlf": dict(message_id="=?utf-8?q?<a@b>=0D=0ABcc:_evil@attacker.example?="),
    "message-id-double-encoded": dict(
        message_id="<=?utf-8?q?=3D=3Futf-8=3Fq=3Fa=3D0D=3D0ABcc:=5Fevil=40attacker.example=3F=3D?=@x>"
    ),
    "message-id-literal-encoded-word": dict(message_id="<=?utf-8?q?a=0D=0ABcc:_evil=40attacker.example?=@x>"),
    "references-encoded-crlf": dict(
        extra_headers="References: <r1@x> =?utf-8?q?<r2@x>=0D=0ABcc:_evil@attacker.example?=\r\n"
        "In-Reply-To: <r3@x>\r\n X-Evil: folded\r\n"
    ),
}


@pytest.mark.parametrize("attack", list(INJECTIONS))
def test_text_from_an_email_cannot_add_or_alter_a_draft_header(attack, tmp_path):
    drafts = drafts_for(tmp_path, invite(**INJECTIONS[attack]))
    assert drafts, "the invitation itself is valid: a draft is expected"
    for raw in drafts:
        draft = assert_safe_draft(raw)
        assert "followup" not in draft["Message-ID"].lower()
        assert all(address.endswith("northwind.example") for address in recipients(draft))


def test_the_draft_on_the_server_has_only_its_own_headers(imap_account, make_config, service):
    """End to end over IMAP: the injected Subject arrives in Drafts as one Subject, nothing more."""
    imap_account.append("INBOX", invite(**INJECTIONS["subject-encoded-crlf"]))
    proc = service(make_config(imap_account, extra=TIMING))
    stored = wait_until(lambda: imap_account.messages("Drafts"), timeout=30, what="the draft")
    assert proc.stop() == 0
    (draft_raw,) = [m.raw for m in stored]
    draft = assert_safe_draft(draft_raw)
    assert recipients(draft) == {"dana.whitfield@northwind.example"}
    assert "Bcc" in draft["Subject"], "the text stays in the subject, as text"


# ---------------------------------------------------------------- template injection


def test_template_syntax_in_an_email_is_inert(tmp_path):
    payload = "{{ 7*7 }}{% for x in range(3) %}LOOP{% endfor %}{{ user.email }}{{ ''.__class__.__mro__ }}"
    raw = invite(
        subject=f"Interview: Senior {payload} Engineer at Northwind",
        summary=f"Interview: Senior {payload} Engineer at Northwind",
        attendees=(f'ATTENDEE;CN="{payload} Whitfield":mailto:dana.whitfield@northwind.example',),
        description=payload,
    )
    (raw_draft,) = drafts_for(tmp_path, raw, notes=f"My own note {payload}")
    draft = assert_safe_draft(raw_draft)
    body = draft.get_content()
    assert payload in body, "the text from the email appears exactly as written"
    assert "49" not in body and "LOOPLOOP" not in body and "<class" not in body


# ---------------------------------------------------------------- who a draft is addressed to

USER_FORMS = (
    "ATTENDEE;CN=Jordan:MAILTO:JORDAN@EXAMPLE.TEST",
    "ATTENDEE;CN=Jordan Lee (alias):mailto:jordan.lee@example.test",
    'ATTENDEE;CN="Jordan Lee";EMAIL=jordan@example.test:mailto:jordan@example.test',
)


def test_a_draft_is_never_addressed_to_the_user(tmp_path):
    raw = invite(attendees=(*USER_FORMS, "ATTENDEE;CN=Dana Whitfield:mailto:dana.whitfield@northwind.example"))
    drafts = [assert_safe_draft(d) for d in drafts_for(tmp_path, raw)]
    assert [recipients(d) for d in drafts] == [{"dana.whitfield@northwind.example"}]


def test_a_calendar_entry_the_user_made_for_themself_gets_no_draft_to_them(tmp_path):
    raw = invite(
        sender="Jordan Lee <jordan@example.test>",
        organizer="ORGANIZER;CN=Jordan Lee:mailto:jordan@example.test",
        attendees=USER_FORMS,
        summary="Interview with Northwind (hiring manager, final round)",
    )
    for draft in map(assert_safe_draft, drafts_for(tmp_path, raw)):
        assert recipients(draft).isdisjoint({"jordan@example.test", "jordan.lee@example.test"})


FOOTER = f"""Looking forward to it!

--
Riley Chen | Talent | Northwind | mailto:careers@{ATTACKER} | https://{ATTACKER}/apply?to=hr@{ATTACKER}

On Fri, Boss <ceo@{ATTACKER}> wrote:
> From: Someone Else <someone@{ATTACKER}>
> Reply to hr@{ATTACKER} for anything.
"""


def test_addresses_from_footers_links_and_descriptions_are_never_recipients(tmp_path):
    raw = invite(
        organizer="ORGANIZER;CN=Scheduling:mailto:noreply@northwind.example",
        attendees=(),
        body=FOOTER,
        description=f"Questions? mailto:hr@{ATTACKER} or {FOOTER}".replace("\n", "\\n"),
        extra_headers=f"Cc: Boss <ceo@{ATTACKER}>\r\n",
    )
    drafts = [assert_safe_draft(d) for d in drafts_for(tmp_path, raw)]
    assert [recipients(d) for d in drafts] == [{"riley.chen@northwind.example"}], "the sender, nobody else"


@pytest.mark.parametrize(
    ("sender", "reply_to", "allowed"),
    [
        # a Reply-To on another domain than the sender's: the classic phishing hand-off
        ("Northwind Careers <noreply@northwind.example>", f"hr-team@{ATTACKER}", set()),
        ("Riley Chen <riley.chen@northwind.example>", "northwind.careers@gmail.com", {"riley.chen@northwind.example"}),
        (
            "Riley Chen <riley.chen@northwind.co.uk>",
            f"riley@{ATTACKER.replace('.example', '.co.uk')}",
            {"riley.chen@northwind.co.uk"},
        ),
        # same organisation: fine
        (
            "Northwind Careers <noreply@northwind.example>",
            "talent@jobs.northwind.example",
            {"talent@jobs.northwind.example"},
        ),
        # an ATS relays for the employer: its Reply-To is the recruiter
        ("Greenhouse <no-reply@greenhouse.io>", "riley.chen@northwind.example", {"riley.chen@northwind.example"}),
    ],
)
def test_a_reply_to_on_a_foreign_domain_is_never_a_recipient(tmp_path, sender, reply_to, allowed):
    raw = invite(
        sender=sender,
        extra_headers=f"Reply-To: {reply_to}\r\n",
        organizer="ORGANIZER;CN=Scheduling:mailto:noreply@northwind.example",
        attendees=(),
    )
    drafts = [assert_safe_draft(d) for d in drafts_for(tmp_path, raw)]
    assert {a for d in drafts for a in recipients(d)} == allowed


_people = st.sampled_from(
    [
        "dana.whitfield@northwind.example",
        "lee.park@northwind.example",
        "noreply@northwind.example",
        "jordan@example.test",
        "JORDAN@example.test",
        "jordan.lee@example.test",
        f"hr@{ATTACKER}",
        "conf-room-4@resource.calendar.google.com",
    ]
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    organizer=_people,
    attendees=st.lists(_people, max_size=4),
    sender=_people,
    reply_to=st.none() | _people,
    noise=st.lists(_people, max_size=3),
)
def test_drafts_go_only_to_people_the_invitation_names_as_taking_part(
    tmp_path_factory, organizer, attendees, sender, reply_to, noise
):
    """Any mix of organizer, attendees, sender, Reply-To and addresses in the text: every draft goes to
    someone named as organizer, attendee or sender (or a Reply-To of the sender's own organisation),
    never to the user, never to an address only mentioned in the text."""
    mentions = " ".join(f"mailto:{n} <{n}>" for n in noise)
    raw = invite(
        sender=f"Person <{sender}>",
        extra_headers=f"Reply-To: {reply_to}\r\n" if reply_to else "",
        organizer=f"ORGANIZER;CN=Org:mailto:{organizer}",
        attendees=tuple(f"ATTENDEE;CN=Att {i}:mailto:{a}" for i, a in enumerate(attendees)),
        body=f"Interview confirmed. {mentions}",
        description=f"Interview. {mentions}",
    )
    root = tmp_path_factory.mktemp("who")
    named = {organizer, *attendees, sender}
    org = lambda address: ".".join(address.lower().split("@")[1].split(".")[-2:])  # noqa: E731
    sender_domain = sender.lower().split("@")[1]
    if reply_to and (org(reply_to) == org(sender) or (is_relay(sender_domain) and org(reply_to) not in FREE_MAIL)):
        named.add(reply_to)  # a Reply-To of the sender's organisation, or of a scheduling service
    named = {a.lower() for a in named} - {"jordan@example.test", "jordan.lee@example.test"}
    for draft in map(assert_safe_draft, drafts_for(root, raw)):
        assert recipients(draft) <= named


# ---------------------------------------------------------------- connection security


def tls_config(tmp_path: Path, account, *, port: int, security: str, extra: str = "") -> Path:
    path = tmp_path / "tls.toml"
    path.write_text(
        f"""
[user]
name = "{USER[0]}"
email = "{USER[1]}"
timezone = "UTC"

[imap]
host = "127.0.0.1"
port = {port}
security = "{security}"
username = "{account.user}"
password = {{ env = "FOLLOWUP_TEST_PASSWORD" }}
timeout = "10s"
{extra}

[state]
dir = "{tmp_path / "state"}"
"""
    )
    return path


def check(config: Path, password: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "check"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "FOLLOWUP_TEST_PASSWORD": password},
    )


def logins(server, user: str, since: int) -> int:
    return sum(1 for line in server.log_tail(since, lines=100_000).splitlines() if f"Login: user=<{user}>" in line)


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_an_untrusted_certificate_is_refused_before_the_password_is_sent(dovecot, imap_account, tmp_path, security):
    port = imap_account.imaps_port if security == "tls" else imap_account.port
    since = dovecot.log_size()
    refused = check(tls_config(tmp_path, imap_account, port=port, security=security), imap_account.password)
    assert refused.returncode == 1
    assert "the certificate of 127.0.0.1 is not trusted" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert logins(dovecot, imap_account.user, since) == 0, "no login may happen over an unverified connection"

    trusted = tls_config(tmp_path, imap_account, port=port, security=security, extra=f'ca_file = "{dovecot.ca_path}"')
    accepted = check(trusted, imap_account.password)
    assert accepted.returncode == 0, accepted.stderr
    assert f'login      {imap_account.user} on 127.0.0.1:{port}, ' in accepted.stdout
    assert f'(security = "{security}"): ok' in accepted.stdout


def test_certificate_checks_are_off_only_when_the_config_says_so_for_that_host(dovecot, imap_account, tmp_path):
    from watcher.config import load_config
    from watcher.sources.imap import tls_context

    config = tls_config(tmp_path, imap_account, port=imap_account.imaps_port, security="tls")
    context = tls_context(load_config(config).imap)
    assert context.check_hostname and context.verify_mode.name == "CERT_REQUIRED"
    opted_out = tls_config(
        tmp_path, imap_account, port=imap_account.imaps_port, security="tls", extra="tls_verify = false"
    )
    assert check(opted_out, imap_account.password).returncode == 0


@pytest.mark.parametrize(
    "host", ["mail.example.com", "localhost.attacker.example", "127.0.0.1.nip.io", "0.0.0.0", "10.0.0.1", "::", "[::1]"]
)
def test_plain_imap_is_refused_for_any_host_that_is_not_loopback(host, tmp_path):
    data = {
        "user": {"name": "J", "email": "j@example.test", "timezone": "UTC"},
        "imap": {"host": host, "username": "u", "security": "none"},
    }
    with pytest.raises(ConfigError, match='security = "none" sends the password in clear'):
        parse_config(data, tmp_path / "config.toml")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.9.9.9", "::1", "localhost", "LOCALHOST"])
def test_plain_imap_is_allowed_to_loopback_only(host, tmp_path):
    data = {
        "user": {"name": "J", "email": "j@example.test", "timezone": "UTC"},
        "imap": {"host": host, "username": "u", "security": "none"},
    }
    assert parse_config(data, tmp_path / "config.toml").imap.security == "none"


# ---------------------------------------------------------------- the password


def test_the_password_never_appears_in_logs_errors_check_output_or_state(dovecot_private, make_config, tmp_path):
    server = dovecot_private
    account = server.add_user("leaky@example.test", password="pw-" + secrets.token_hex(12))
    password = account.password
    config = make_config(account, extra=TIMING)
    account.append("INBOX", invite())
    # `-v` logs every IMAP command at debug level: the LOGIN line must be redacted there too.
    log_path = tmp_path / "verbose.log"
    with open(log_path, "wb") as out:
        run = subprocess.Popen(
            [sys.executable, "-m", "watcher", "-v", "--config", str(config), "run"],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "FOLLOWUP_TEST_PASSWORD": password},
        )
    outputs = []
    try:
        wait_until(lambda: account.messages("Drafts"), timeout=30, what="the draft")
        outputs.append(check(config, password))
        server.set_password(account.user, "pw-" + secrets.token_hex(12))  # changed by an admin meanwhile
        server.drop_connections(account.user)  # the service logs in again with the old one: refused
        wait_until(lambda: "refused the login" in log_path.read_text(), timeout=30, what="the refused login")
        outputs.append(check(config, password))  # now a wrong password
    finally:
        run.terminate()
        run.wait(15)

    assert "LOGIN" in log_path.read_text(), "the debug log shows IMAP commands (else this test proves little)"
    assert "refused the login" in outputs[-1].stderr
    texts = {"service log": log_path.read_bytes()}
    texts.update({f"check {n}": (o.stdout + o.stderr).encode() for n, o in enumerate(outputs)})
    texts.update({f"state/{p.name}": p.read_bytes() for p in (tmp_path / "state").iterdir() if p.is_file()})
    assert "state/state.sqlite" in texts
    leaks = [where for where, text in texts.items() if password.encode() in text]
    assert leaks == []


def test_state_files_and_drafts_are_private_whatever_the_umask(tmp_path, service):
    config = maildir_config(tmp_path, extra='[log]\nlevel = "info"\n')
    (tmp_path / "mail" / "new" / "1.eml").write_bytes(invite())
    previous = os.umask(0o022)
    try:
        proc = service(config)
    finally:
        os.umask(previous)
    wait_until(lambda: list((tmp_path / "mail" / ".Drafts" / "cur").iterdir()), timeout=30, what="the draft")
    state = tmp_path / "state"
    files = {p.name: stat.S_IMODE(p.stat().st_mode) for p in state.iterdir()}
    drafts = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "mail" / ".Drafts" / "cur").iterdir()}
    assert proc.stop() == 0
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    assert {"state.sqlite", "state.sqlite-wal", "jobs.sqlite", "lock"} <= set(files)
    assert {name: mode for name, mode in files.items() if mode != 0o600} == {}
    assert set(drafts.values()) == {0o600}
