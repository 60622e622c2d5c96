"""threads.superseded: which interview on record a reschedule notice from another thread replaces."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from watcher.core.threads import RESCHEDULED, superseded
from watcher.model import EndSource, Interview, Person

NY = ZoneInfo("America/New_York")
START = datetime(2026, 3, 10, 14, 0, tzinfo=NY)
DANA = Person("Dana", "dana@acme.io")
OLD = Interview(
    key="msg:old", start=START, end=START + timedelta(hours=1), end_source=EndSource.TEXT, company="Acme",
    role="Data Engineer", interviewers=(DANA,), version=(0, "2026-03-01T09:00:00-05:00"),
)  # fmt: skip
NEW = replace(
    OLD, key="msg:new", start=START + timedelta(days=2), end=START + timedelta(days=2, hours=1),
    version=(0, "2026-03-06T09:00:00-05:00"),
)  # fmt: skip


def test_same_company_and_role_at_another_time() -> None:
    assert superseded(NEW, [OLD]) is OLD


def test_not_another_company_role_or_a_past_round() -> None:
    assert superseded(NEW, [replace(OLD, company="Globex")]) is None
    assert superseded(NEW, [replace(OLD, role="Product Manager")]) is None
    assert superseded(NEW, [replace(OLD, cancelled=True)]) is None
    assert superseded(replace(NEW, version=(0, "2026-03-11T09:00:00-05:00")), [OLD]) is None  # round 1 was over
    assert superseded(NEW, [replace(OLD, key=NEW.key)]) is None


def test_without_roles_the_interviewers_must_overlap() -> None:
    no_role_old, no_role_new = replace(OLD, role=None), replace(NEW, role=None)
    assert superseded(no_role_new, [no_role_old]) is no_role_old
    stranger = replace(no_role_new, interviewers=(Person("Lee", "lee@acme.io"),))
    assert superseded(stranger, [no_role_old]) is None


def test_reschedule_words() -> None:
    for text in ("Your interview has been rescheduled", "Change of plans", "Ihr Termin wurde verschoben",
                 "Votre entretien est déplacé", "Entrevista reprogramada"):  # fmt: skip
        assert RESCHEDULED.search(text), text
    assert not RESCHEDULED.search("If you need to reschedule, reply to this email.")
