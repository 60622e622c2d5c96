"""Smoke tests of the test servers themselves: if these fail, adapter test failures mean nothing."""

from __future__ import annotations

import socket
import ssl
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from email.message import EmailMessage
from typing import TypeVar

import pytest
from caldav.collection import Calendar
from caldav.lib.error import NotFoundError
from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from tests.servers.dovecot import (
    DRAFTS_WITHOUT_SPECIAL_USE,
    GERMAN_LAYOUT,
    NO_DRAFTS,
    Dovecot,
    ImapAccount,
)
from tests.servers.httpfeed import IcsFeed
from tests.servers.radicale import Radicale

T = TypeVar("T")

ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//followup//tests//EN\r
BEGIN:VEVENT\r
UID:{uid}\r
DTSTAMP:20250101T090000Z\r
DTSTART:20250110T140000Z\r
DTEND:20250110T150000Z\r
SUMMARY:{summary}\r
END:VEVENT\r
END:VCALENDAR\r
"""


def make_message(number: int, subject: str = "Interview") -> bytes:
    message = EmailMessage()
    message["From"] = "Recruiter <recruiter@example.com>"
    message["To"] = "user@example.test"
    message["Subject"] = f"{subject} {number}"
    message["Message-ID"] = f"<msg-{number}@example.com>"
    message.set_content(f"Body of message {number}.\n")
    return bytes(message)


def bulk_message(number: int) -> bytes:
    """A plain LF-terminated message, as Maildir files hold them; much faster than EmailMessage."""
    return (
        f"From: Sender {number} <sender{number}@example.com>\n"
        f"To: user@example.test\n"
        f"Subject: Bulk {number}\n"
        f"Message-ID: <bulk-{number}@example.com>\n"
        f"Date: Mon, 06 Jan 2025 10:00:00 +0000\n"
        f"\n"
        f"Body {number}.\n"
    ).encode()


def wait_until(probe: Callable[[], T | None], timeout: float = 10.0, what: str = "condition") -> T:
    """Poll `probe` (which should itself block briefly, e.g. idle_check) until it gives a value."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = probe()
        if result:
            return result
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


# -- Dovecot on the shared server -----------------------------------------------------------------


def test_login_append_and_fetch(imap_account: ImapAccount) -> None:
    raw = make_message(1)
    uid = imap_account.append("INBOX", raw, flags=["\\Seen"])

    [stored] = imap_account.messages("INBOX")
    assert stored.uid == uid
    assert stored.flags == ("\\Seen",)
    assert stored.raw.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")


def test_accounts_do_not_share_mail(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    other = dovecot.add_user(f"other-{imap_account.user}")
    imap_account.append("INBOX", make_message(1))
    assert other.messages("INBOX") == []


def test_idle_reports_append_from_another_connection(imap_account: ImapAccount) -> None:
    with imap_account.imap_client() as watcher:
        watcher.select_folder("INBOX")
        watcher.idle()
        try:
            imap_account.append("INBOX", make_message(1))

            def exists_seen() -> list[tuple[int, bytes]]:
                return [r for r in watcher.idle_check(timeout=0.5) if r[1:2] == (b"EXISTS",)]

            events = wait_until(exists_seen, what="an EXISTS response during IDLE")
        finally:
            watcher.idle_done()
    assert events[0][0] == 1


def test_special_use_folders_are_listed(imap_account: ImapAccount) -> None:
    with imap_account.imap_client() as client:
        flags_by_name = {name: set(flags) for flags, _, name in client.list_folders()}
        assert b"\\Drafts" in flags_by_name["Drafts"]
        assert b"\\Sent" in flags_by_name["Sent"]
        assert {"INBOX", "Trash", "Junk", "Archive"} <= flags_by_name.keys()


def test_imaps_verifies_against_the_generated_ca(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    with imap_account.imap_client(tls="imaps") as client:
        assert isinstance(client.socket(), ssl.SSLSocket)
        client.select_folder("INBOX")

    with pytest.raises(ssl.SSLCertVerificationError):
        IMAPClient(dovecot.host, port=dovecot.imaps_port, ssl=True, ssl_context=ssl.create_default_context(), timeout=5)


def test_starttls_upgrades_the_plain_port(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    with imap_account.imap_client(tls="starttls") as client:
        assert isinstance(client.socket(), ssl.SSLSocket)
        client.select_folder("INBOX")

    untrusting = IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=5)
    with pytest.raises(ssl.SSLCertVerificationError):
        untrusting.starttls(ssl.create_default_context())


def test_plaintext_login_is_allowed_on_loopback(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    with IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=5) as client:
        assert b"LOGINDISABLED" not in client.capabilities()
        client.login(imap_account.user, imap_account.password)


def test_set_password_takes_effect(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    old_password = imap_account.password
    dovecot.set_password(imap_account.user, "changed-secret")
    with pytest.raises(LoginError):
        dovecot.connect(imap_account.user, old_password, timeout=5)
    imap_account.imap_client().logout()


def test_bulk_maildir_delivery_of_1000_messages(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    log_start = dovecot.log_size()
    raws = [bulk_message(n) for n in range(1000)]

    paths = imap_account.deliver_to_maildir("INBOX", raws)

    assert paths[0].name.split(",")[1] == f"S={len(raws[0])}"
    with imap_account.imap_client() as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        assert len(uids) == 1000
        fetched = client.fetch(uids, ["RFC822.SIZE", "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]"])
    # UIDs follow delivery order, and sizes are Dovecot's CRLF sizes (the ",W=" field).
    for number, uid in enumerate(sorted(uids)):
        assert f"<bulk-{number}@".encode() in fetched[uid][b"BODY[HEADER.FIELDS (MESSAGE-ID)]"]
        assert fetched[uid][b"RFC822.SIZE"] == len(raws[number].replace(b"\n", b"\r\n"))
    assert dovecot.log_errors(since=log_start) == []


def test_maildir_delivery_with_flags_into_other_folder(imap_account: ImapAccount) -> None:
    imap_account.deliver_to_maildir("Archive", [make_message(1)], flags=["\\Seen", "\\Flagged"], sync=True)
    imap_account.deliver_to_maildir("Projects", [make_message(2)])  # a folder that did not exist

    [archived] = imap_account.messages("Archive")
    assert set(archived.flags) == {"\\Seen", "\\Flagged"}
    assert len(imap_account.messages("Projects")) == 1
    assert imap_account.maildir_path("Projects").name == ".Projects"


def test_uidvalidity_change(imap_account: ImapAccount) -> None:
    imap_account.append("INBOX", make_message(1))
    before = imap_account.uidvalidity("INBOX")

    after = imap_account.uidvalidity_reset("INBOX")

    assert after != before
    with imap_account.imap_client() as client:
        assert client.select_folder("INBOX")[b"UIDVALIDITY"] == after
        assert len(client.search("ALL")) == 1


def test_drop_connections_ends_only_that_users_sessions(dovecot: Dovecot, imap_account: ImapAccount) -> None:
    bystander = dovecot.add_user(f"bystander-{imap_account.user}")
    with bystander.imap_client() as unaffected:
        victim = imap_account.imap_client()
        victim.select_folder("INBOX")

        assert imap_account.drop_connections() == 1

        with pytest.raises((IMAPClient.AbortError, OSError)):
            victim.noop()
        unaffected.noop()


# -- Dovecot instances of a test's own -------------------------------------------------------------


def test_restart_keeps_mail_and_ports(dovecot_private: Dovecot) -> None:
    uid = dovecot_private.append("INBOX", make_message(1))
    ports = (dovecot_private.port, dovecot_private.imaps_port)
    connected = dovecot_private.imap_client()
    connected.select_folder("INBOX")

    dovecot_private.restart()

    with pytest.raises((IMAPClient.AbortError, OSError)):
        connected.noop()
    assert (dovecot_private.port, dovecot_private.imaps_port) == ports
    assert [m.uid for m in dovecot_private.messages("INBOX")] == [uid]

    dovecot_private.restart(graceful=False)  # a crash loses nothing already stored either
    assert [m.uid for m in dovecot_private.messages("INBOX")] == [uid]


def test_pause_freezes_and_resume_continues(dovecot_private: Dovecot) -> None:
    connected = dovecot_private.imap_client(timeout=5)
    connected.select_folder("INBOX")

    address = (dovecot_private.host, dovecot_private.port)
    # The kernel accepts the TCP connection, but no greeting ever comes.
    with (
        dovecot_private.paused(),
        socket.create_connection(address, timeout=0.3) as sock,
        pytest.raises(TimeoutError),
    ):
        sock.recv(16)

    connected.noop()
    dovecot_private.imap_client().logout()


@pytest.mark.parametrize(
    ("dovecot_private", "expected"),
    [
        ({"layout": NO_DRAFTS}, {"Sent": "\\Sent"}),
        ({"layout": DRAFTS_WITHOUT_SPECIAL_USE}, {"Drafts": None, "Sent": "\\Sent"}),
        ({"layout": GERMAN_LAYOUT}, {"Entwürfe": "\\Drafts", "Gesendet": "\\Sent"}),
    ],
    indirect=["dovecot_private"],
    ids=["no-drafts", "drafts-without-special-use", "german"],
)
def test_mailbox_layouts(dovecot_private: Dovecot, expected: dict[str, str | None]) -> None:
    with dovecot_private.imap_client() as client:
        listed = {name: {f.decode() for f in flags} for flags, _, name in client.list_folders()}
    for name, special_use in expected.items():
        assert name in listed
        if special_use:
            assert special_use in listed[name]
        else:
            assert not listed[name] & {"\\Drafts", "\\Sent", "\\Trash", "\\Junk", "\\Archive"}
    if "Drafts" not in expected and "Entwürfe" not in expected:
        assert all("\\Drafts" not in flags for flags in listed.values())
        assert "Drafts" not in listed

    drafts = next(iter(expected))
    dovecot_private.append(drafts, make_message(1), flags=["\\Draft"])
    assert dovecot_private.maildir_path(drafts).is_dir()


# -- Radicale ------------------------------------------------------------------------------------


def test_radicale_calendar_roundtrip_through_caldav(radicale: Radicale) -> None:
    url = radicale.make_calendar("interviews", "Interviews")
    radicale.put_event("interviews", "event-1", ICS.format(uid="event-1", summary="Interview at ACME"))

    client = radicale.caldav_client()
    calendar = Calendar(client=client, url=url)
    assert "Interview at ACME" in calendar.event_by_uid("event-1").data
    assert [c.url for c in client.principal().calendars()] == [calendar.url]

    radicale.delete_event("interviews", "event-1")
    with pytest.raises(NotFoundError):
        calendar.event_by_uid("event-1")


# -- ICS feed ------------------------------------------------------------------------------------


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items()), b""


def test_feed_answers_conditional_gets_with_304(ics_feed: IcsFeed) -> None:
    ics_feed.set("/cal.ics", ICS.format(uid="a", summary="First"))
    status, headers, body = _get(ics_feed.url("/cal.ics"))
    assert status == 200 and b"First" in body

    assert _get(ics_feed.url("/cal.ics"), {"If-None-Match": headers["ETag"]})[0] == 304
    assert _get(ics_feed.url("/cal.ics"), {"If-Modified-Since": headers["Last-Modified"]})[0] == 304

    ics_feed.set("/cal.ics", ICS.format(uid="a", summary="Second"))
    status, _, body = _get(ics_feed.url("/cal.ics"), {"If-None-Match": headers["ETag"]})
    assert status == 200 and b"Second" in body
    assert ics_feed.statuses("/cal.ics") == [200, 304, 304, 200]
    assert [r.conditional for r in ics_feed.requests] == [False, True, True, True]


def test_feed_auth_and_failure_modes() -> None:
    with IcsFeed({"/private.ics": ICS.format(uid="b", summary="Secret")}, auth=("alice", "pw")) as feed:
        assert _get(feed.url("/private.ics"))[0] == 401
        token = "Basic YWxpY2U6cHc="  # alice:pw
        assert _get(feed.url("/private.ics"), {"Authorization": token})[0] == 200
        assert _get(feed.url("/missing.ics"), {"Authorization": token})[0] == 404

        feed.fail("error")
        assert _get(feed.url("/private.ics"), {"Authorization": token})[0] == 500
        feed.fail("close")
        with pytest.raises((urllib.error.URLError, ConnectionError)):
            urllib.request.urlopen(feed.url("/private.ics"), timeout=5)
        feed.recover()
        assert _get(feed.url("/private.ics"), {"Authorization": token})[0] == 200


def test_feed_goes_away_and_comes_back_on_the_same_port(ics_feed: IcsFeed) -> None:
    document = ics_feed.set("/cal.ics", ICS.format(uid="c", summary="Same"))
    assert ics_feed.set("/cal.ics", ICS.format(uid="c", summary="Same")) == document  # unchanged
    url = ics_feed.url("/cal.ics")

    ics_feed.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=5)
    ics_feed.start()

    assert ics_feed.url("/cal.ics") == url
    assert _get(url, {"If-None-Match": document.etag})[0] == 304
