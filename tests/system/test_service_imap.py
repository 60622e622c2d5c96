"""The backbone end to end against a real Dovecot: invitation in, one thank-you draft in Drafts out."""

from __future__ import annotations

import contextlib
import email
import signal
import time
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy

from tests.conftest import wait_until
from tests.mailgen import INTERVIEWER, RECRUITER, USER, invitation, plain

DEFAULT_TIMING = '[timing]\nthank_you_after = "2h"\n'


def drafts(account) -> list:
    return account.messages("Drafts")


def parsed(raw: bytes):
    return email.message_from_bytes(raw, policy=default_policy)


def inbox_flags(account) -> dict[int, tuple]:
    return {m.uid: tuple(sorted(m.flags)) for m in account.messages("INBOX")}


def test_invitation_appended_while_running_yields_one_correct_draft(imap_account, make_config, service):
    config = make_config(imap_account)
    proc = service(config)
    now = datetime.now(UTC)
    raw, message_id, _ = invitation(start=now - timedelta(minutes=40), end=now + timedelta(seconds=3))
    imap_account.append("INBOX", raw)
    flags_before = inbox_flags(imap_account)

    proc.wait_for_log("planned from message INBOX:")
    assert drafts(imap_account) == [], "the draft must wait for its time (end + 2s)"
    stored = wait_until(lambda: drafts(imap_account), timeout=30, what="the thank-you draft")

    assert len(stored) == 1
    draft = parsed(stored[0].raw)
    assert draft["From"].addresses[0].addr_spec == USER[1]
    assert [a.addr_spec for a in draft["To"].addresses] == [INTERVIEWER[1]]
    # A calendar invitation is not answered under its notification subject; the draft still threads.
    assert draft["Subject"] == "Thank you — Senior Data Engineer interview"
    assert draft["In-Reply-To"] == f"<{message_id}>"
    assert f"<{message_id}>" in draft["References"]
    body = draft.get_content()
    assert body.startswith("Hi Dana,")
    assert "Senior Data Engineer" in body and "Northwind" in body and "[[" in body
    assert set(stored[0].flags) >= {"\\Draft", "\\Seen"}
    assert inbox_flags(imap_account) == flags_before, "the inbox must stay untouched (no \\Seen set)"

    # Restarting (even killed hard) never saves the same draft twice.
    proc.stop(signal.SIGKILL)
    proc2 = service(config)
    proc2.wait_for_log("followup started")
    time.sleep(1.5)  # one full IDLE catch-up pass; nothing should be written
    assert proc2.stop() == 0
    assert len(drafts(imap_account)) == 1
    assert inbox_flags(imap_account) == flags_before


def test_update_moves_the_draft_and_cancel_removes_it(imap_account, make_config, service):
    config = make_config(imap_account)
    proc = service(config)
    now = datetime.now(UTC)
    start = now - timedelta(minutes=30)
    moved_raw, _, uid = invitation(start=start, end=now + timedelta(seconds=4))
    imap_account.append("INBOX", moved_raw)
    proc.wait_for_log("planned from message")
    update, _, _ = invitation(
        start=start,
        end=now + timedelta(seconds=14),
        uid=uid,
        sequence=1,
        subject="Updated invitation: Interview: Senior Data Engineer at Northwind",
    )
    imap_account.append("INBOX", update)
    proc.wait_for_log(" moved from message")

    cancelled_raw, _, other_uid = invitation(
        start=start,
        end=now + timedelta(seconds=5),
        summary="Interview: Analytics Engineer at Northwind",
        attendees=(("Lee Park", "lee.park@northwind.example"), USER),
    )
    imap_account.append("INBOX", cancelled_raw)
    proc.wait_for_log("planned from message", count=2)
    cancel, _, _ = invitation(
        start=start,
        end=now + timedelta(seconds=5),
        uid=other_uid,
        method="CANCEL",
        sequence=1,
        summary="Interview: Analytics Engineer at Northwind",
    )
    imap_account.append("INBOX", cancel)
    proc.wait_for_log("cancelled")

    # Both original due times (end + 2s) pass with no draft.
    while datetime.now(UTC) < now + timedelta(seconds=9):
        assert drafts(imap_account) == []
        time.sleep(0.25)
    stored = wait_until(lambda: drafts(imap_account), timeout=30, what="the moved draft")
    assert len(stored) == 1
    assert parsed(stored[0].raw)["To"].addresses[0].addr_spec == INTERVIEWER[1]
    time.sleep(1)
    assert len(drafts(imap_account)) == 1, "the cancelled interview must get no draft"
    assert proc.stop() == 0


def test_ordinary_meeting_and_plain_mail_yield_nothing(imap_account, make_config, service):
    config = make_config(imap_account)
    proc = service(config)
    now = datetime.now(UTC)
    meeting, _, _ = invitation(
        start=now - timedelta(minutes=30),
        end=now + timedelta(seconds=1),
        summary="Weekly sync: Q3 planning",
        description="Agenda: roadmap review, budget.",
        organizer=RECRUITER,
    )
    imap_account.append("INBOX", meeting)
    imap_account.append("INBOX", plain("Lunch on Friday?", "Are you free for lunch on Friday at noon?"))
    proc.wait_for_log("followup started")
    time.sleep(5)
    assert drafts(imap_account) == []
    assert "planned" not in proc.log
    assert proc.stop() == 0


def test_first_start_reads_the_lookback_window_and_saves_what_is_due(imap_account, make_config):
    """`run --once` on a mailbox that already holds an invitation whose thank-you is due now."""
    import subprocess
    import sys

    now = datetime.now(UTC)
    due_now, _, _ = invitation(start=now - timedelta(hours=3, minutes=45), end=now - timedelta(hours=3))
    too_old, _, _ = invitation(
        start=now - timedelta(days=5, hours=1),
        end=now - timedelta(days=5),
        summary="Interview: Platform Engineer",
        sent=now - timedelta(days=9),
    )
    imap_account.append("INBOX", too_old)
    imap_account.append("INBOX", due_now)
    for _ in range(30):
        imap_account.append("INBOX", plain("Newsletter", "Nothing to see here."))
    config = make_config(imap_account, extra=DEFAULT_TIMING)

    def once() -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "watcher", "--config", str(config), "run", "--once"],
            capture_output=True,
            text=True,
            timeout=60,
        )

    first = once()
    assert first.returncode == 0, first.stderr
    stored = drafts(imap_account)
    assert len(stored) == 1, first.stderr
    assert "Platform Engineer" not in parsed(stored[0].raw)["Subject"], "past the 48 h deadline: no draft"
    assert (
        "too late"
        in subprocess.run(
            [sys.executable, "-m", "watcher", "--config", str(config), "list"], capture_output=True, text=True
        ).stdout
    )
    second = once()
    assert second.returncode == 0
    assert len(drafts(imap_account)) == 1


def test_changed_uidvalidity_rescans_without_duplicates(imap_account, make_config):
    from watcher.config import load_config
    from watcher.daemon import Service

    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3))
    imap_account.append("INBOX", raw)
    settings = load_config(make_config(imap_account, extra=DEFAULT_TIMING))
    service = Service(settings)
    assert service.run_once() == {"read": 1, "saved": 1}
    service.close()

    imap_account.uidvalidity_reset("INBOX")
    service = Service(settings)
    try:
        counts = service.run_once()
        interviews = service.store.interviews()
    finally:
        service.close()
    assert counts["saved"] == 0
    assert len(drafts(imap_account)) == 1
    assert len(interviews) == 1


def test_crash_between_append_and_record_does_not_duplicate(imap_account, make_config):
    """The service died after the APPEND but before recording it: the restart finds the draft."""
    from watcher.config import load_config
    from watcher.daemon import Service
    from watcher.store import DRAFTED, SAVING

    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3))
    imap_account.append("INBOX", raw)
    settings = load_config(make_config(imap_account, extra=DEFAULT_TIMING))

    service = Service(settings)
    original_mark = service.store.mark

    def crash_after_append(followup_id, state, detail="", draft_id=""):
        original_mark(followup_id, state, detail, draft_id)
        if state == DRAFTED:
            original_mark(followup_id, SAVING, "", draft_id)  # as if the DRAFTED write never happened
            raise KeyboardInterrupt

    service.store.mark = crash_after_append
    with contextlib.suppress(KeyboardInterrupt):
        service.run_once()
    service.close()
    assert len(drafts(imap_account)) == 1

    service = Service(settings)
    try:
        assert service.run_once()["saved"] == 0
        states = [f.state for f in service.store.followups() if f.followup.kind.value == "thank_you"]
    finally:
        service.close()
    assert states == [DRAFTED]
    assert len(drafts(imap_account)) == 1


def test_deleted_draft_is_not_recreated(imap_account, make_config):
    from watcher.config import load_config
    from watcher.daemon import Service

    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3))
    imap_account.append("INBOX", raw)
    settings = load_config(make_config(imap_account, extra=DEFAULT_TIMING))
    service = Service(settings)
    service.run_once()
    service.close()
    with imap_account.imap_client() as client:
        client.select_folder("Drafts")
        client.delete_messages(client.search(["ALL"]))
        client.expunge()
    service = Service(settings)
    try:
        assert service.run_once()["saved"] == 0
    finally:
        service.close()
    assert drafts(imap_account) == []
