"""Drafts a person can send as they are, and a plan that knows what was sent (issue 12), against Dovecot:
nothing in a draft shows that a tool wrote it; drafts saved by older versions are still recognised; what
the user did with a draft (sent it, deleted it) is read back from Sent and Drafts, read-only."""

from __future__ import annotations

import email
import re
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy

from tests.mailgen import INTERVIEWER, USER, invitation
from tests.system.test_followups_imap import THANK_YOU_ONLY, followup

ENDED = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=3)  # its thank-you (2 h after) is due


def one_draft(account):
    (stored,) = account.messages("Drafts")
    return stored


def test_a_draft_carries_no_trace_of_the_tool(imap_account, make_config):
    raw, _, _ = invitation(start=ENDED - timedelta(hours=1), end=ENDED)
    imap_account.append("INBOX", raw)
    config = make_config(imap_account, extra=THANK_YOU_ONLY)
    assert followup(config, "run", "--once").returncode == 0
    draft = one_draft(imap_account).raw
    assert b"followup" not in draft.lower()
    head = draft.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"(?m)^X-", head, re.I)
    parsed = email.message_from_bytes(draft, policy=default_policy)
    assert parsed["Message-ID"].strip("<>").endswith("@" + USER[1].split("@")[1])


def test_a_draft_saved_by_an_older_version_is_not_saved_again(imap_account, make_config):
    """An older version named its drafts <followup-ID@domain>: after an upgrade, that draft is the draft."""
    raw, _, _ = invitation(start=ENDED - timedelta(hours=1), end=ENDED)
    imap_account.append("INBOX", raw)
    config = make_config(imap_account, extra=THANK_YOU_ONLY)
    assert followup(config, "run", "--once").returncode == 0
    draft = one_draft(imap_account)
    new_id = email.message_from_bytes(draft.raw, policy=default_policy)["Message-ID"].strip("<>")
    with imap_account.imap_client() as imap:
        imap.select_folder("Drafts")
        imap.delete_messages([draft.uid])
        imap.expunge()
    (state,) = (config.parent / "state").glob("state.sqlite")
    import sqlite3

    with sqlite3.connect(state) as db:
        (followup_id,) = db.execute("SELECT id FROM followups WHERE kind='thank_you'").fetchone()
        db.execute("UPDATE followups SET state='saving', draft_id='', fate='' WHERE id=?", (followup_id,))
    legacy = draft.raw.replace(new_id.encode(), f"followup-{followup_id}@{USER[1].split('@')[1]}".encode())
    imap_account.append("Drafts", legacy, flags=(r"\Draft", r"\Seen"))

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert "was already in Drafts" in result.stderr
    assert len(imap_account.messages("Drafts")) == 1


def test_a_sent_draft_shows_as_sent_and_a_deleted_one_as_deleted(imap_account, make_config):
    first, _, _ = invitation(start=ENDED - timedelta(hours=1), end=ENDED)
    second, _, _ = invitation(
        start=ENDED - timedelta(hours=1, minutes=30), end=ENDED - timedelta(minutes=30), summary="Interview: Analyst"
    )
    imap_account.append("INBOX", first)
    imap_account.append("INBOX", second)
    config = make_config(imap_account, extra='[timing]\nthank_you_after = "2h"\n')
    assert followup(config, "run", "--once").returncode == 0
    drafts = {
        email.message_from_bytes(m.raw, policy=default_policy)["Subject"]: m for m in imap_account.messages("Drafts")
    }
    assert len(drafts) == 2
    before = followup(config, "list").stdout
    assert before.count("In your Drafts to send") == 2

    sent_subject = next(s for s in drafts if "Analyst" not in s)
    with imap_account.imap_client() as imap:
        # As a mail client does when sending: the message goes to Sent, the draft leaves Drafts.
        imap.append("Sent", drafts[sent_subject].raw, flags=(r"\Seen",))
        imap.select_folder("Drafts")
        imap.delete_messages([m.uid for m in drafts.values()])
        imap.expunge()
    inbox_flags = {m.uid: m.flags for m in imap_account.messages("INBOX")}

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert f"to {INTERVIEWER[0]}: sent" in result.stderr
    listing = followup(config, "list").stdout
    assert "In your Drafts to send" not in listing, listing
    assert "you sent it" in listing
    assert "deleted by you without being sent" in listing
    assert listing.count("check-in   planned") == 2, "a check-in comes whether or not the thank-you was sent"
    assert {m.uid: m.flags for m in imap_account.messages("INBOX")} == inbox_flags

    again = followup(config, "run", "--once")
    assert [line for line in again.stderr.splitlines() if "pass complete" not in line] == []


def test_an_interviewer_known_only_by_name_is_thanked_through_whoever_arranged_it(imap_account, make_config):
    from zoneinfo import ZoneInfo

    from tests.mailgen import RECRUITER, plain

    ny = ZoneInfo("America/New_York")
    start = (ENDED - timedelta(minutes=45)).astimezone(ny)
    sent = start - timedelta(days=2)
    body = (
        f"Hi Jordan,\n\nConfirming your interview for the Backend Engineer role at Northwind on "
        f"{start:%A, %B} {start.day} at {start:%I:%M %p} ET for 45 minutes. You'll speak with Sam Ortiz, "
        f"our hiring manager.\n\nBest,\nRiley Chen\nRecruiter, Northwind\n"
    )
    imap_account.append("INBOX", plain("Interview confirmation - Backend Engineer", body, sent=sent))
    config = make_config(imap_account, extra=THANK_YOU_ONLY)
    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    draft = email.message_from_bytes(one_draft(imap_account).raw, policy=default_policy)
    assert [a.addr_spec for a in draft["To"].addresses] == [RECRUITER[1]]
    text = draft.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert text.startswith("Hi Riley,\n\nThank you for arranging my interview")
    assert "Could you pass my thanks on to Sam?" in text
    assert "taking the time to speak with me" not in text
    listing = followup(config, "list").stdout
    assert "to Riley Chen, to pass on to Sam Ortiz" in listing
    assert "Sam Ortiz has no address in the message: Riley Chen, who arranged it, is asked to pass the thanks on" in (
        listing
    )
