"""End to end on the private Dovecot: an invitation written in words, moved and then cancelled in the same thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime

from tests.mailgen import RECRUITER, USER

DEFAULT_TIMING = """
[timing]
thank_you_after = "2h"
check_in_after = "7d"
default_interview_length = "1h"
"""


def _words(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"{moment:%A}, {moment:%B} {moment.day}, {moment.year} at {moment:%H:%M} UTC"


def _mail(message_id: str, text: str, sent: datetime, references: tuple[str, ...] = ()) -> bytes:
    message = EmailMessage()
    message["From"] = f"{RECRUITER[0]} <{RECRUITER[1]}>"
    message["To"] = f"{USER[0]} <{USER[1]}>"
    message["Subject"] = ("Re: " if references else "") + "Interview: Senior Data Engineer at Northwind"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{message_id}>"
    if references:
        message["In-Reply-To"] = f"<{references[-1]}>"
        message["References"] = " ".join(f"<{r}>" for r in references)
    message.set_content(f"Hi Jordan,\n\n{text}\n\nRiley Chen\nRecruiter, Northwind\n")
    return bytes(message)


def test_a_thread_moves_then_cancels_one_interview(imap_account, make_config):
    from watcher.config import load_config
    from watcher.daemon import Service

    now = datetime.now(UTC).replace(second=0, microsecond=0)
    first_time, new_time = now + timedelta(days=3), now + timedelta(days=4)
    imap_account.append(
        "INBOX",
        _mail(
            "t1@northwind.example",
            f"Confirming your interview with Dana on {_words(first_time)} for 45 minutes.",
            now - timedelta(hours=2),
        ),
    )
    settings = load_config(make_config(imap_account, extra=DEFAULT_TIMING))

    def once() -> list:
        service = Service(settings)
        try:
            service.run_once()
            return service.store.interviews()
        finally:
            service.close()

    records = once()
    assert len(records) == 1 and records[0].interview.start == first_time

    imap_account.append(
        "INBOX",
        _mail(
            "t2@northwind.example",
            f"Dana had a conflict, so we've moved your interview to {_words(new_time)}. It's still 45 minutes.",
            now - timedelta(hours=1),
            ("t1@northwind.example",),
        ),
    )
    records = once()
    assert len(records) == 1, "the reply updates the interview of its thread"
    assert records[0].interview.start == new_time and records[0].status == "active"

    imap_account.append(
        "INBOX",
        _mail(
            "t3@northwind.example",
            "I'm sorry, we have to cancel your interview: the role has been put on hold.",
            now,
            ("t1@northwind.example", "t2@northwind.example"),
        ),
    )
    records = once()
    assert len(records) == 1 and records[0].status == "cancelled"


def test_a_reschedule_notice_in_a_new_thread_replaces_the_interview_of_the_same_role(imap_account, make_config):
    from watcher.config import load_config
    from watcher.daemon import Service

    now = datetime.now(UTC).replace(second=0, microsecond=0)
    first_time, new_time = now + timedelta(days=3), now + timedelta(days=5)
    imap_account.append(
        "INBOX",
        _mail(
            "r1@northwind.example",
            f"Confirming your interview for the Senior Data Engineer role on {_words(first_time)} for 45 minutes.",
            now - timedelta(hours=2),
        ),
    )
    imap_account.append(
        "INBOX",
        _mail(
            "r2@northwind.example",
            f"Your interview for the Senior Data Engineer role has been rescheduled. "
            f"New time: {_words(new_time)}, 45 minutes.",
            now - timedelta(hours=1),
        ),
    )
    settings = load_config(make_config(imap_account, extra=DEFAULT_TIMING))
    service = Service(settings)
    try:
        service.run_once()
        records = {r.interview.start: r.status for r in service.store.interviews()}
    finally:
        service.close()
    assert records == {first_time: "cancelled", new_time: "active"}
