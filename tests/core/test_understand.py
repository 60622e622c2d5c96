"""understand.py: keys, threads, loops and cancellations; `followup inspect --json` over a folder."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.paths import TESTS
from watcher.cli import main
from watcher.core.mail import parse_message
from watcher.core.reconcile import Action, reconcile
from watcher.core.understand import Context, understand_message
from watcher.model import EndSource, Message, Person

NY = ZoneInfo("America/New_York")
CORPUS = TESTS / "corpus"
CANDIDATES = frozenset({"jordan.lee@fastmail.com", "priya.n@gmail.com", "sofia.castellanos@proton.me"})
CTX = Context(user_addresses=CANDIDATES, timezone=NY, default_length=timedelta(hours=1))
USER = Person("Jordan Lee", "jordan.lee@fastmail.com")
RECRUITER = Person("Kelsey Morgan", "kmorgan@stonebridge.com")


def understand(path: str):
    return understand_message(parse_message((CORPUS / path).read_bytes(), NY), CTX)


def thread_message(message_id: str, text: str, sent: datetime, *, refs: tuple[str, ...] = ()) -> Message:
    return Message(
        message_id=message_id,
        subject="Re: Interview - Stonebridge" if refs else "Interview - Stonebridge",
        sender=RECRUITER,
        to=(USER,),
        date=sent,
        in_reply_to=refs[-1] if refs else "",
        references=refs,
        text=text + "\n\nKelsey Morgan\nRecruiter, Stonebridge",
    )


def test_text_interviews_are_known_by_their_thread_and_a_reply_can_move_or_cancel_them() -> None:
    first = thread_message(
        "a1@stonebridge.com",
        "Confirming your interview with Tom for Tuesday, March 10 at 2:00 PM ET (45 minutes).",
        datetime(2026, 3, 2, 9, 0, tzinfo=NY),
    )
    booked = understand_message(first, CTX)
    assert booked.interview is not None and booked.interview.key == "msg:a1@stonebridge.com"
    change = reconcile(booked, None)
    assert change.action is Action.NEW

    moved = understand_message(
        thread_message(
            "a2@stonebridge.com",
            "Tom had a conflict, so we've moved your interview from Tuesday 3/10 at 2pm to Thursday 3/12 at 3:30pm "
            "ET. It's still 45 minutes.",
            datetime(2026, 3, 6, 9, 0, tzinfo=NY),
            refs=("a1@stonebridge.com",),
        ),
        CTX,
    )
    assert moved.interview is not None and moved.interview.key == booked.interview.key
    update = reconcile(moved, change.interview)
    assert update.action is Action.UPDATE and update.reason == "moved"
    assert update.interview.start.isoformat() == "2026-03-12T15:30:00-04:00"
    # The older message read again (a rescan) does not undo the move.
    assert reconcile(booked, update.interview).action is Action.IGNORE

    cancelled = understand_message(
        thread_message(
            "a3@stonebridge.com",
            "I'm sorry to let you know that the role has been put on hold, so we have to cancel your interview.",
            datetime(2026, 3, 9, 9, 0, tzinfo=NY),
            refs=("a1@stonebridge.com", "a2@stonebridge.com"),
        ),
        CTX,
    )
    assert cancelled.verdict.is_interview and cancelled.cancels == booked.interview.key
    assert reconcile(cancelled, update.interview).action is Action.CANCEL


def test_a_later_round_booked_in_the_same_thread_is_a_new_interview() -> None:
    round1 = understand_message(
        thread_message(
            "b1@stonebridge.com",
            "Confirming your interview for Tuesday, March 10 at 2:00 PM ET (45 minutes).",
            datetime(2026, 3, 2, 9, 0, tzinfo=NY),
        ),
        CTX,
    )
    recorded = reconcile(round1, None).interview
    round2 = understand_message(
        thread_message(
            "b2@stonebridge.com",
            "Great news, the team would like you back for the final round on Monday, March 16 at 11:00 AM ET.",
            datetime(2026, 3, 11, 9, 0, tzinfo=NY),
            refs=("b1@stonebridge.com",),
        ),
        CTX,
    )
    change = reconcile(round2, recorded)
    assert change.action is Action.NEW and change.interview.key == "msg:b2@stonebridge.com"


def test_a_cancellation_in_words_that_names_the_time_cancels_and_reports_it() -> None:
    notice = thread_message(
        "c1@stonebridge.com",
        "Unfortunately we need to cancel your interview on Tuesday, March 10 at 2:00 PM ET; the role is on hold.",
        datetime(2026, 3, 6, 9, 0, tzinfo=NY),
    )
    understanding = understand_message(notice, CTX)
    assert understanding.verdict.is_interview and understanding.cancels == "msg:c1@stonebridge.com"
    assert (
        understanding.interview.cancelled and understanding.interview.start.isoformat() == "2026-03-10T14:00:00-04:00"
    )


def test_a_loop_sent_as_one_calendar_file_with_one_event_per_session() -> None:
    interview = understand("0026.eml").interview
    assert interview is not None
    assert [s.start.strftime("%H:%M") for s in interview.sessions] == ["12:00", "13:00", "14:00"]
    assert (interview.start.isoformat(), interview.end.isoformat()) == (
        "2026-03-24T12:00:00-04:00",
        "2026-03-24T14:30:00-04:00",
    )
    assert {p.email for p in interview.interviewers} == {
        "grace.oduya@brightlinehealth.com",
        "tom.reyes@brightlinehealth.com",
        "arjun.mehta@brightlinehealth.com",
        "helen.zhou@brightlinehealth.com",
    }
    assert interview.is_panel and interview.end_source is EndSource.CALENDAR


def test_a_calendar_cancellation_reports_the_interview_it_cancels() -> None:
    understanding = understand("0090.eml")
    assert understanding.verdict.is_interview and understanding.cancels == understanding.interview.key
    assert understanding.interview.cancelled
    assert [p.email for p in understanding.interview.interviewers] == ["jake.lindstrom@prairieandpine.com"]


def test_text_interview_fields() -> None:
    interview = understand("0101.eml").interview
    assert interview is not None
    assert (interview.company, interview.role) == ("Tessellate", "Senior Data Engineer")
    assert interview.feedback_within == "within a week"
    assert interview.feedback_by.isoformat() == "2026-03-10T14:45:00-04:00"
    assert interview.link.startswith("https://tessellate.zoom.us/j/")
    assert interview.end_source is EndSource.TEXT


def test_inspect_json_over_a_folder(capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))  # no config: defaults, the recipients are the user
    monkeypatch.setenv("TZ", "America/New_York")
    code = main(["inspect", "--json", str(CORPUS)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0
    assert len(lines) == len(list(CORPUS.glob("*.eml")))
    by_name = {Path(r["source"]).name: r for r in lines}
    row = by_name["0005.eml"]
    assert row["is_interview"] and row["start"] == "2026-04-20T15:00:00-04:00" and not row["end_inferred"]
    assert row["interviewers"] == [{"name": "Elena Sokolova", "email": "elena.sokolova@quarry.dev"}]
    assert row["feedback_within"] == "within 3-5 business days" and row["check_in_at"]
    assert not by_name["0001.eml"]["is_interview"]


def test_a_forwarded_message_attachment_is_read_with_its_own_author() -> None:
    from email.message import EmailMessage

    inner = EmailMessage()
    inner["From"] = "Lauren Pierce <lauren.pierce@arcadiafreight.com>"
    inner["To"] = "Tom Becker <tom@keystonetalent.com>"
    inner["Subject"] = "Interview confirmed - Senior Data Engineer"
    inner["Date"] = "Wed, 03 Jun 2026 16:12:00 -0400"
    inner.set_content(
        "<p>Confirming Jordan's interview for the Senior Data Engineer role on <b>Monday, June 8 at 11:00am ET</b> "
        "with me and Victor Huang (victor.huang@arcadiafreight.com), 60 minutes on Teams.</p>"
        "<p>Lauren Pierce<br>Director, Data &amp; Analytics | Arcadia Freight</p>",
        subtype="html",
    )
    outer = EmailMessage()
    outer["From"] = "Tom Becker <tom@keystonetalent.com>"
    outer["To"] = "Jordan Lee <jordan.lee@fastmail.com>"
    outer["Subject"] = "Fwd: Interview confirmed"
    outer["Date"] = "Wed, 03 Jun 2026 16:40:00 -0400"
    outer["Message-ID"] = "<fwd1@keystonetalent.com>"
    outer.set_content("Good luck on Monday! Call me after.\n\nTom\nKeystone Talent Partners")
    outer.add_attachment(inner)
    interview = understand_message(parse_message(bytes(outer), NY), CTX).interview
    assert interview is not None
    assert interview.start.isoformat() == "2026-06-08T11:00:00-04:00"
    assert interview.end.isoformat() == "2026-06-08T12:00:00-04:00"
    assert [p.email for p in interview.interviewers] == [
        "lauren.pierce@arcadiafreight.com",
        "victor.huang@arcadiafreight.com",
    ]
    assert interview.company == "Arcadia Freight"


def test_struck_through_html_is_the_old_time() -> None:
    from email.message import EmailMessage

    mail = EmailMessage()
    mail["From"] = "Wayfinder Recruiting <no-reply@us.greenhouse-mail.io>"
    mail["Reply-To"] = "Kara Liu <kara.liu@wayfindertravel.com>"
    mail["To"] = "Priya <priya.n@gmail.com>"
    mail["Subject"] = "Updated Interview Time"
    mail["Date"] = "Fri, 11 Sep 2026 21:15:40 +0000"
    mail.set_content(
        "<p>Your interview has been rescheduled.</p><p><s>Monday, September 14, 2026 at 11:00 AM EDT</s></p>"
        "<p>Wednesday, September 16, 2026, 4:00 PM - 4:45 PM EDT</p>",
        subtype="html",
    )
    understanding = understand_message(parse_message(bytes(mail), NY), CTX)
    assert understanding.interview is not None and understanding.reschedules
    assert understanding.interview.start.isoformat() == "2026-09-16T16:00:00-04:00"


def test_html_entities_a_template_left_in_plain_text_read_as_their_characters() -> None:
    raw = (
        b"From: Denise Ortiz <dortiz@pellhamcu.example>\nTo: Jordan Lee <jordan.lee@example.net>\n"
        b"Subject: Your interview with Pellham Credit Union\nDate: Tue, 01 Dec 2026 12:00:00 -0500\n"
        b"Content-Type: text/plain; charset=utf-8\n\n"
        b"Hi Jordan,&nbsp;\n\nYour interview is scheduled as follows:\n\n"
        b"<b>Date:</b> Thursday, December 3, 2026\n<b>Time:</b> 10:30 AM &ndash; 11:15 AM\n"
        b"<b>Interviewer:</b> Monica Hale, Branch Manager &amp; Team Lead\n"
    )
    message = parse_message(raw, ZoneInfo("America/New_York"))
    assert "10:30 AM – 11:15 AM" in message.text and "&" in message.text and "&amp;" not in message.text
    ctx = Context(frozenset({"jordan.lee@example.net"}), ZoneInfo("America/New_York"), timedelta(hours=1))
    interview = understand_message(message, ctx).interview
    assert interview is not None
    assert (interview.start.hour, interview.start.minute, interview.end.hour, interview.end.minute) == (10, 30, 11, 15)
