"""timeline.py: the stated feedback timeline, counted from the end of the interview."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from watcher.core.timeline import stated_feedback

NY = ZoneInfo("America/New_York")
END = datetime(2026, 3, 4, 15, 0, tzinfo=NY)  # a Wednesday afternoon
SENT = datetime(2026, 2, 26, 9, 0, tzinfo=NY)


@pytest.mark.parametrize(
    ("text", "phrase", "by"),
    [
        ("After this stage we usually get back to candidates within a week.", "within a week", "2026-03-11T15:00"),
        ("We aim to share feedback within 3-5 business days.", "within 3-5 business days", "2026-03-11T15:00"),
        ("Candidates will hear about second round decisions within 48 hours.", "within 48 hours", "2026-03-06T15:00"),
        ("You'll hear from me by Friday 13 March at the latest.", "by Friday 13 March", "2026-03-13T17:00"),
        ("We expect to make a decision by the end of next week.", "by the end of next week", "2026-03-13T17:00"),
        ("We'll be in touch early next week with next steps.", "early next week", "2026-03-10T17:00"),
        ("Expect to hear from us by the following Monday.", "by the following Monday", "2026-03-09T17:00"),
        (
            "Wir melden uns innerhalb einer Woche nach dem Gespräch bei Ihnen.",
            "innerhalb einer Woche",
            "2026-03-11T15:00",
        ),
        (
            "Eine Rückmeldung erhalten Sie bis spätestens Freitag, 13.03.2026.",
            "bis spätestens Freitag, 13.03.2026",
            "2026-03-13T17:00",
        ),
        ("Nous reviendrons vers vous sous 10 jours.", "sous 10 jours", "2026-03-14T15:00"),
        ("Nous vous donnerons des nouvelles d'ici deux semaines.", "d'ici deux semaines", "2026-03-18T15:00"),
        (
            "Te responderemos en un plazo máximo de dos semanas.",
            "en un plazo máximo de dos semanas",
            "2026-03-18T15:00",
        ),
    ],
)
def test_stated_timelines(text: str, phrase: str, by: str) -> None:
    found = stated_feedback(text, END, SENT, NY, day_first=True)
    assert found is not None, text
    assert found.phrase == phrase
    assert found.by.strftime("%Y-%m-%dT%H:%M") == by


@pytest.mark.parametrize(
    "text",
    [
        "Please submit scorecards within 24 hours of the interview.",
        "Le lien vous sera envoyé d'ici la fin de la semaine.",
        "If you need to reschedule, let us know at least 24 hours in advance.",
        "Once we have your availability, you'll receive a confirmation with your full schedule within 2 business days.",
        "Incentive: $150 (paid within 2 business days after the session).",
        "The session is 90 minutes.",
    ],
)
def test_not_a_feedback_timeline(text: str) -> None:
    assert stated_feedback(text, END, SENT, NY) is None
