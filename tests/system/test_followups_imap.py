"""Skip rules, dry runs and notes end to end against a real Dovecot: the mailbox is read (Sent found by
SPECIAL-USE, the inbox searched server-side) and nothing in it is changed."""

from __future__ import annotations

import email
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as default_policy
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.mailgen import INTERVIEWER, RECRUITER, USER, invitation
from tests.servers.dovecot import GERMAN_LAYOUT

NY = ZoneInfo("America/New_York")
SAM = ("Sam Ortiz", "sam.ortiz@northwind.example")
MORGAN = ("Morgan Alvarez", "morgan.alvarez@contoso.example")

THANK_YOU_ONLY = """
[timing]
thank_you_after = "2h"
[drafts]
check_in = false
"""


def followup(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def mail(
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    body: str,
    when: datetime,
    *,
    in_reply_to: str = "",
    cc: tuple[str, str] | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = f"{sender[0]} <{sender[1]}>"
    message["To"] = f"{to[0]} <{to[1]}>"
    if cc:
        message["Cc"] = f"{cc[0]} <{cc[1]}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain=sender[1].split("@")[1])
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
        message["References"] = f"<{in_reply_to}>"
    message.set_content(body)
    return message.as_bytes()


def draft_recipients(account, folder: str = "Drafts") -> list[list[str]]:
    parsed = [email.message_from_bytes(m.raw, policy=default_policy) for m in account.messages(folder)]
    return sorted(sorted(a.addr_spec for a in d["To"].addresses) for d in parsed)


def flags(account, folder: str) -> dict[int, tuple]:
    return {m.uid: tuple(sorted(m.flags)) for m in account.messages(folder)}


def weekday_before(moment: datetime, tz=NY) -> datetime:
    """The latest 15:00 local on a weekday at least two days before `moment`: check-ins skip weekends, so a
    test that must find one due now starts from a weekday whatever day it runs on."""
    day = (moment - timedelta(days=2)).astimezone(tz).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 15, tzinfo=tz)


@pytest.mark.parametrize("dovecot_private", [{"layout": GERMAN_LAYOUT}], indirect=True)
def test_a_thank_you_already_in_sent_is_not_drafted_again(dovecot_private, make_config):
    """Sent is "Gesendet" here, found only by its SPECIAL-USE flag; the user thanked Dana but not Sam."""
    account = dovecot_private.add_user("jordan@example.test")
    now = datetime.now(UTC)
    end = now - timedelta(hours=3)
    raw, message_id, _ = invitation(start=end - timedelta(hours=1), end=end, attendees=(INTERVIEWER, SAM, USER))
    account.append("INBOX", raw)
    account.append(
        "Gesendet",
        mail(
            USER,
            INTERVIEWER,
            "Thank you",
            "Hi Dana, thank you for today!",
            end + timedelta(minutes=20),
            in_reply_to=message_id,
        ),
    )
    # Not thank-yous for Sam: one sent before the interview, one that is not a thank-you.
    account.append("Gesendet", mail(USER, SAM, "See you", "Thanks, see you tomorrow!", end - timedelta(days=1)))
    account.append("Gesendet", mail(USER, SAM, "Slides", "Here are the slides.", end + timedelta(minutes=30)))
    sent_flags = flags(account, "Gesendet")
    config = make_config(account, extra=THANK_YOU_ONLY)

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert draft_recipients(account, "Entwürfe") == [[SAM[1]]]
    assert "skipped: already thanked" in result.stderr
    assert "Dana" not in result.stderr, "names stay out of the log"
    listing = followup(config, "list").stdout
    assert "you already thanked Dana Whitfield (sent" in listing
    assert flags(account, "Gesendet") == sent_flags, "Sent must stay untouched (no \\Seen)"


def test_a_company_reply_in_the_thread_skips_the_check_in(imap_account, make_config):
    now = datetime.now(UTC)
    end = weekday_before(now)
    sent = end - timedelta(days=3)
    northwind, northwind_id, _ = invitation(start=end - timedelta(hours=1), end=end, sent=sent)
    contoso, _, _ = invitation(
        start=end - timedelta(hours=1),
        end=end,
        sent=sent,
        summary="Interview: Product Analyst at Contoso",
        organizer=MORGAN,
        attendees=(MORGAN, USER),
    )
    for raw in (northwind, contoso):
        imap_account.append("INBOX", raw)
    # Northwind wrote in the thread a day after the interview, with news; Contoso only acknowledged.
    imap_account.append(
        "INBOX",
        mail(
            RECRUITER,
            USER,
            "Re: Interview: Senior Data Engineer at Northwind",
            "Hi Jordan, the team would like to schedule a final round with you.",
            end + timedelta(days=1),
            in_reply_to=northwind_id,
        ),
    )
    imap_account.append(
        "INBOX",
        mail(MORGAN, USER, "Thanks", "Thanks for coming in today, Jordan!", end + timedelta(hours=2)),
    )
    inbox_flags = flags(imap_account, "INBOX")
    config = make_config(
        imap_account, extra='[timing]\ncheck_in_after = "1h"\ncheck_in_send_by = "10bd"\n[drafts]\nthank_you = false\n'
    )

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert draft_recipients(imap_account) == [[MORGAN[1]]], result.stderr
    assert "check_in draft for interview" in result.stderr and "skipped: the company wrote" in result.stderr
    listing = followup(config, "list").stdout
    assert "Riley Chen wrote after the interview" in listing
    assert flags(imap_account, "INBOX") == inbox_flags


def test_a_rejection_from_the_recruiting_system_in_a_new_thread_ends_the_check_in(imap_account, make_config):
    """Issue 11: the company's ATS writes from its own domain, in a thread of its own; Contoso's interview,
    which got no news, still gets its check-in."""
    now = datetime.now(UTC)
    end = weekday_before(now)
    sent = end - timedelta(days=3)
    northwind, _, _ = invitation(start=end - timedelta(hours=1), end=end, sent=sent)
    contoso, _, _ = invitation(
        start=end - timedelta(hours=1),
        end=end,
        sent=sent,
        summary="Interview: Product Analyst at Contoso",
        organizer=MORGAN,
        attendees=(MORGAN, USER),
    )
    for raw in (northwind, contoso):
        imap_account.append("INBOX", raw)
    imap_account.append(
        "INBOX",
        mail(
            ("Northwind", "no-reply@us.greenhouse-mail.io"),
            USER,
            "Your application to Northwind",
            "Hi Jordan,\n\nThank you for interviewing with Northwind. After careful consideration we have "
            "decided not to move forward with your application.\n\nThe Northwind Recruiting Team",
            end + timedelta(hours=20),
        ),
    )
    inbox_flags = flags(imap_account, "INBOX")
    config = make_config(
        imap_account, extra='[timing]\ncheck_in_after = "1h"\ncheck_in_send_by = "10bd"\n[drafts]\nthank_you = false\n'
    )

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert draft_recipients(imap_account) == [[MORGAN[1]]], result.stderr
    assert "rejected; no check-in" in result.stderr
    listing = followup(config, "list").stdout
    northwind_block = next(block for block in listing.split("\n\n") if "Northwind" in block)
    assert "[REJECTED]" in northwind_block, listing
    assert "check-in" in northwind_block and "not needed: the company said no (rejected)" in northwind_block
    assert flags(imap_account, "INBOX") == inbox_flags


def test_a_small_business_s_no_in_a_new_thread_after_a_restart_ends_the_check_in(imap_account, make_config):
    """Issue 19: the shop that invited the user writes "we went with someone else" in a new thread, with no job
    word, after the service was restarted: the interview on record makes its news pass the sieve."""
    start = weekday_before(datetime.now(UTC)) - timedelta(hours=1)  # 14:00 on a weekday, whenever the test runs
    leah = ("Leah Gantt", "lgantt@redfernprinting.example")
    body = (
        f"Hi Jordan,\n\nConfirming your interview for the press operator job on {start:%A, %B %-d} at "
        f"{start:%-I:%M %p}. It takes an hour.\n\nLeah"
    )
    imap_account.append("INBOX", mail(leah, USER, "press operator", body, start - timedelta(days=2)))
    config = make_config(imap_account, extra='[timing]\ncheck_in_after = "20d"\n[drafts]\nthank_you = false\n')
    assert followup(config, "run", "--once").returncode == 0
    assert "REJECTED" not in followup(config, "list").stdout
    imap_account.append(
        "INBOX",
        mail(
            leah,
            USER,
            "Tuesday",
            "Jordan, we went with someone with more offset experience. Best of luck.",
            start + timedelta(days=1),
        ),
    )
    inbox_flags = flags(imap_account, "INBOX")
    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    listing = followup(config, "list").stdout
    assert "[REJECTED]" in listing and "not needed: the company said no (rejected)" in listing, listing
    assert draft_recipients(imap_account) == []
    assert flags(imap_account, "INBOX") == inbox_flags


def test_news_read_before_the_invitation_is_still_found_when_the_check_in_comes_due(imap_account, make_config):
    """The rejection is older in the mailbox than the invitation (read first, when no interview was on
    record): the check-in's own search, by the company's name in From, finds it on the server."""
    now = datetime.now(UTC)
    end = weekday_before(now)
    imap_account.append(
        "INBOX",
        mail(
            ("Northwind Careers", "northwind@myworkday.com"),
            USER,
            "Your application",
            "Dear Jordan,\n\nWe regret to inform you that we will not be moving forward with your candidacy.",
            end + timedelta(hours=20),
        ),
    )
    northwind, _, _ = invitation(start=end - timedelta(hours=1), end=end, sent=end - timedelta(days=3))
    imap_account.append("INBOX", northwind)
    config = make_config(
        imap_account, extra='[timing]\ncheck_in_after = "1h"\ncheck_in_send_by = "10bd"\n[drafts]\nthank_you = false\n'
    )

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert draft_recipients(imap_account) == [], result.stderr
    listing = followup(config, "list").stdout
    assert "rejected: the company said no, from Northwind Careers" in listing, listing


def test_a_hosted_hr_suite_s_automatic_refusal_found_by_its_reply_to_ends_the_check_in(imap_account, make_config):
    """Issue 11: Odoo Online refuses in a new thread, from its own host under a recruiter's name, with the
    company's address only in Reply-To and the headers of automatic mail; it was read before the invitation,
    so only the check-in's own search of the server can find it."""
    now = datetime.now(UTC)
    end = weekday_before(now)
    refusal = EmailMessage()
    refusal["From"] = "Riley Chen <notifications@northwind.odoo.com>"
    refusal["Reply-To"] = "Northwind <jobs@northwind.example>"
    refusal["To"] = f"{USER[0]} <{USER[1]}>"
    refusal["Subject"] = "Your Job Application: Senior Data Engineer"
    refusal["Date"] = format_datetime(end + timedelta(hours=20))
    refusal["Message-ID"] = make_msgid(domain="northwind.odoo.com")
    refusal["Auto-Submitted"] = "auto-generated"
    refusal["List-Unsubscribe"] = "<https://northwind.odoo.com/mail/unfollow>"
    refusal.set_content(
        "Hello,\n\nThank you for your interest in joining the Northwind team. We wanted to let you know that,\n"
        "although your resume is competitive, our hiring team reviewed your application and did not select it\n"
        "for further consideration.\n\nThank you,\n--\nRiley Chen\n"
    )
    imap_account.append("INBOX", refusal.as_bytes())
    northwind, _, _ = invitation(start=end - timedelta(hours=1), end=end, sent=end - timedelta(days=3))
    imap_account.append("INBOX", northwind)
    inbox_flags = flags(imap_account, "INBOX")
    config = make_config(
        imap_account, extra='[timing]\ncheck_in_after = "1h"\ncheck_in_send_by = "10bd"\n[drafts]\nthank_you = false\n'
    )

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert draft_recipients(imap_account) == [], result.stderr
    listing = followup(config, "list").stdout
    assert "rejected: the company said no, from Riley Chen" in listing, listing
    assert flags(imap_account, "INBOX") == inbox_flags


def test_dry_run_walks_the_plan_and_saves_or_records_nothing(imap_account, make_config):
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3))
    imap_account.append("INBOX", raw)
    config = make_config(imap_account, extra=THANK_YOU_ONLY)
    state = config.parent / "state"

    dry = followup(config, "run", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would save" in dry.stdout and "Dana Whitfield" in dry.stdout
    assert "1 draft(s) would be saved now" in dry.stdout
    assert imap_account.messages("Drafts") == []
    assert not state.exists(), "a dry run must not even create the state folder"

    # The dry run advanced no checkpoint: the real pass still finds the invitation and saves its draft.
    real = followup(config, "run", "--once")
    assert real.returncode == 0, real.stderr
    assert draft_recipients(imap_account) == [[INTERVIEWER[1]]]
    before = sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in state.iterdir())
    again = followup(config, "run", "--dry-run")
    assert again.returncode == 0, again.stderr
    assert "drafted" in again.stdout
    assert sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in state.iterdir()) == before
    assert len(imap_account.messages("Drafts")) == 1


def test_notes_and_preview(imap_account, make_config):
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now + timedelta(hours=1), end=now + timedelta(hours=2))
    imap_account.append("INBOX", raw)
    config = make_config(imap_account, extra='[timing]\nthank_you_after = "2h"\n')
    assert followup(config, "run", "--once").returncode == 0
    listing = followup(config, "list").stdout
    interview_id = listing.split("\n\n")[1].split()[0]

    noted = followup(config, "note", interview_id[:5], "Asked about the Kafka migration; mention my Flink work")
    assert noted.returncode == 0, noted.stderr
    assert "2 draft(s) still to be saved will include it" in noted.stdout
    preview = followup(config, "preview", interview_id, "thank-you")
    assert preview.returncode == 0, preview.stderr
    assert "To: Dana Whitfield <dana.whitfield@northwind.example>" in preview.stdout
    assert "Hi Dana," in preview.stdout and "Senior Data Engineer" in preview.stdout
    assert "- Asked about the Kafka migration; mention my Flink work" in preview.stdout
    check_in = followup(config, "preview", interview_id, "check_in")
    assert "To: Riley Chen <riley.chen@northwind.example>" in check_in.stdout
    assert "Hi Riley," in check_in.stdout and "with Dana Whitfield" in check_in.stdout
    unknown = followup(config, "preview", "ffffffff")
    assert unknown.returncode == 1 and "no interview with id ffffffff" in unknown.stderr


def test_a_long_outlook_message_id_threads_read_back_through_the_servers_envelope(imap_account, make_config):
    """Exchange Online and Outlook write Message-IDs of 76 characters and more; the draft's In-Reply-To and
    References carry them as raw tokens (never RFC 2047-encoded), as the server's ENVELOPE shows."""
    long_id = "SA1PR11MB8543" + "7F3A9C2E" * 6 + "@SA1PR11MB8543.namprd11.prod.outlook.co"
    assert len(long_id) == 100
    earlier = "BN8PR11MB36667E1D9C0F4A2B8E5D1C6AA7B3F9E2D4C8@BN8PR11MB3666.namprd11.prod.outlook.com"
    end = datetime.now(UTC) - timedelta(hours=3)
    raw, old_id, _ = invitation(start=end - timedelta(hours=1), end=end)
    raw = raw.replace(f"Message-ID: <{old_id}>".encode(), f"Message-ID: <{long_id}>".encode(), 1)
    newline = b"\r\n" if b"\r\n" in raw else b"\n"
    raw = f"References: <{earlier}>".encode() + newline + raw
    assert long_id.encode() in raw and earlier.encode() in raw
    imap_account.append("INBOX", raw)
    config = make_config(imap_account, extra=THANK_YOU_ONLY)
    assert followup(config, "run", "--once").returncode == 0

    client = imap_account.imap_client()
    try:
        client.select_folder("Drafts", readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["ENVELOPE", "BODY.PEEK[HEADER.FIELDS (REFERENCES)]"])
    finally:
        client.logout()
    (data,) = fetched.values()
    assert data[b"ENVELOPE"].in_reply_to == f"<{long_id}>".encode()
    references = data[b"BODY[HEADER.FIELDS (REFERENCES)]"].decode()
    assert references.split(None, 1)[1].split() == [f"<{earlier}>", f"<{long_id}>"]
    assert "=?" not in references
