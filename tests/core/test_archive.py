"""Real mail as it sits in public archives (issue 19): press interviews of the reader, hiring-side schedules,
times as people jot them. The labelled examples live in tests/corpus_archive/ and are scored by
bench/accuracy.py; these tests pin the behaviour a user notices, each on a message of its own."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bench.accuracy import context, evaluate_corpus, inspect
from tests.paths import TESTS
from watcher.core.understand import Context, understand_message
from watcher.model import Message, Person

NY = ZoneInfo("America/New_York")
USER = Person("Jordan Lee", "jordan.lee@example.net")
CTX = Context(user_addresses=frozenset({USER.email}), timezone=NY, default_length=timedelta(hours=1))
MONDAY = datetime(2026, 12, 7, 9, 0, tzinfo=NY)


def understand(subject: str, text: str, sender: Person):
    msg = Message(message_id="m@x", subject=subject, sender=sender, to=(USER,), date=MONDAY, text=text)
    return understand_message(msg, CTX)


def test_a_magazine_writers_telephone_interview_for_a_cover_story_is_not_a_job_interview() -> None:
    # Enron, skilling-j: "a telephone interview with Erick Schonfeld on Friday from 2 to 3 p.m. for the cover
    # story in the August issue of the new Business 2.0" - the reader is the one being written about.
    result = inspect(TESTS / "corpus_archive" / "m05.eml", context())
    assert result["is_interview"] is False


def test_an_interview_schedule_for_someone_else_sent_to_an_interviewer_is_the_hiring_side() -> None:
    text = """Jordan,

Here is the interview schedule for Maria Chen on 12/10:

9:00  Jordan Lee
9:30  Bob Smith
10:00 Sally Jones

Please send me your feedback on the candidate by Friday.
Mary"""
    result = understand("candidate schedule", text, Person("Mary Hill", "mary@smallco.com"))
    assert not result.verdict.is_interview


def test_an_hour_with_a_bare_meridiem_letter_is_a_clock_time() -> None:
    text = """Jordan,

Jeff will call you Thursday, December 10 at 10a for the phone interview about the analyst position.

Mary
713-555-1212"""
    result = understand("phone interview", text, Person("Mary Hill", "mary@smallco.com"))
    assert result.verdict.is_interview
    assert result.interview is not None
    assert result.interview.start.isoformat() == "2026-12-10T10:00:00-05:00"


def test_archive_corpus_holds_its_figures() -> None:
    """tests/corpus_archive: real near-misses from public archives; none may be taken for an interview."""
    report = evaluate_corpus(TESTS / "corpus_archive")
    assert report.fp == 0, report.failures
    assert report.total >= 30
