"""`core.decide` over sequences of invitations, updates, cancellations and declines, arriving by mail and by
calendar, in any order, with duplicates and replays. The invariants are asserted on the intents and on
the state they lead to (applied by the real executor to an in-memory state database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watcher.core.decide import (
    DropPlan,
    Outcome,
    PlanSettings,
    Schedule,
    Unschedule,
    decide,
)
from watcher.core.understand import Context
from watcher.executor import Executor
from watcher.model import EndSource, Interview, Kind, Person, State, Status, Understanding, Verdict
from watcher.store import Store

ME = "me@example.com"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
SETTINGS = PlanSettings(Context(frozenset({ME}), ZoneInfo("Europe/Berlin"), timedelta(hours=1)))
UIDS = ("a", "b", "c")


@dataclass(frozen=True)
class Step:
    """One input: `what` is invite, decline, cancel or draft (the user's drafts being saved meanwhile)."""

    what: str
    uid: str
    by_calendar: bool = False
    sequence: int = 0
    hour: int = 0
    recruiter: bool = True  # without one, the check-in goes to the interviewer: another follow-up id


steps = st.builds(
    Step,
    what=st.sampled_from(("invite", "invite", "invite", "decline", "cancel", "draft")),
    uid=st.sampled_from(UIDS),
    by_calendar=st.booleans(),
    sequence=st.integers(0, 3),
    hour=st.integers(0, 2),
    recruiter=st.booleans(),
)


def understanding(step: Step) -> Understanding:
    key = f"ical:{step.uid}"
    if step.what == "cancel":
        return Understanding(verdict=Verdict(False, 0.0, ("cancelled",)), cancels=key)
    start = NOW + timedelta(days=2, hours=step.hour)
    # People of their own per interview (the core never counts the user among them): no two merge.
    people = [Person(f"Dana {step.uid.upper()}", f"dana@{step.uid}corp.example")]
    interview = Interview(
        key=key,
        start=start,
        end=start + timedelta(hours=1),
        end_source=EndSource.CALENDAR,
        company=f"{step.uid.upper()} Corp",
        interviewers=tuple(people),
        organizer=Person("Recruiter", f"jobs@{step.uid}corp.example") if step.recruiter else None,
        declined=step.what == "decline",
        version=(step.sequence, f"2026-03-01T0{step.hour}:00:00+00:00"),
    )
    return Understanding(verdict=Verdict(True, 1.0, ("invitation",)), interview=interview)


def source(step: Step, n: int) -> str:
    return f"calendar:work:{step.uid}" if step.by_calendar else f"INBOX:{n}"


def state(store: Store) -> tuple:
    """The plan as the user would see it (what changed when, aside)."""
    interviews = sorted((r.interview.key, r.status, r.interview.version, r.interview.start) for r in store.interviews())
    followups = sorted((s.id, s.state, s.followup.due, s.detail) for s in store.followups())
    return interviews, followups


def run(sequence: list[Step]):
    """Feed the steps through decide and the executor; yields (step, intents, store) after each one."""
    store = Store(Path("/nonexistent/followup-property-test"), snapshot=True)  # in memory, nothing on disk
    executor = Executor(store)
    try:
        for n, step in enumerate(sequence):
            if step.what == "draft":
                due = store.followups(states=(State.PLANNED,))
                if due:
                    store.mark(due[0].id, State.DRAFTED, "saved", f"<draft-{n}@example>")
                continue
            read = understanding(step)
            where = source(step, n)
            intents = decide(read, executor.records(read), NOW, SETTINGS, source=where)
            yield where, read, intents, executor, store
    finally:
        store.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(steps, min_size=1, max_size=12))
def test_every_decision_ends_in_one_outcome_and_is_deterministic(sequence):
    for where, read, intents, executor, _store in run(sequence):
        outcomes = [i for i in intents if isinstance(i, Outcome)]
        assert len(outcomes) == 1 and intents[-1] is outcomes[0]
        assert decide(read, executor.records(read), NOW, SETTINGS, source=where) == intents, "no hidden state"
        executor.run(intents)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(steps, min_size=1, max_size=12))
def test_what_is_scheduled_is_what_is_planned_and_nothing_for_a_cancelled_interview(sequence):
    for _step, _read, intents, executor, store in run(sequence):
        executor.run(intents)
        statuses = {r.interview.id: r.status for r in store.interviews()}
        for intent in intents:
            if isinstance(intent, Schedule):
                assert statuses[intent.interview_id] is Status.ACTIVE
                pending = [
                    s.followup.due
                    for s in store.followups(intent.interview_id, (State.PLANNED,))
                    if s.followup.kind is intent.kind
                ]
                assert pending and intent.due == min(pending), "the wake-up is the earliest planned draft"
        for record in store.interviews():
            if record.status is not Status.ACTIVE:
                assert store.followups(record.interview.id, (State.PLANNED,)) == []
        for dropped in (i for i in intents if isinstance(i, DropPlan)):
            gone = dropped.interview_id
            unscheduled = {i.kind for i in intents if isinstance(i, Unschedule) and i.interview_id == gone}
            assert unscheduled == set(Kind), "a cancelled interview leaves no wake-up behind"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(steps, min_size=1, max_size=12))
def test_a_replayed_input_changes_nothing(sequence):
    """Mail read twice (a second folder, a rescan) or a calendar polled twice leaves the plan as it was."""
    for where, read, intents, executor, store in run(sequence):
        executor.run(intents)
        before = state(store)
        executor.run(decide(read, executor.records(read), NOW, SETTINGS, source=where))
        assert state(store) == before


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(steps, min_size=1, max_size=12))
def test_a_saved_draft_is_history(sequence):
    """Whatever comes after, a draft already saved keeps its row, and nobody gets a second one of its kind."""
    drafted: dict[str, tuple] = {}
    for _step, _read, intents, executor, store in run(sequence):
        for s in store.followups(states=(State.DRAFTED,)):
            drafted.setdefault(s.id, (s.followup, s.state))
        executor.run(intents)
        for followup_id, kept in drafted.items():
            now = store.followup(followup_id)
            assert now is not None and (now.followup, now.state) == kept
        for s in store.followups(states=(State.PLANNED,)):
            followup = s.followup
            same = (followup.interview_id, followup.kind)
            done = [d for d, _ in drafted.values() if (d.interview_id, d.kind) == same]
            if s.followup.kind is Kind.CHECK_IN:
                assert not done, "one check-in per interview"
            elif done:
                reached = {p.email for d in done for p in d.recipients}
                assert not {p.email for p in s.followup.recipients} <= reached, "nobody is thanked twice"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations([0, 1, 2, 3]), st.sampled_from(UIDS), st.booleans())
def test_revisions_in_any_order_leave_the_newest(order, uid, by_calendar):
    """iTIP order: whatever order the revisions of one interview arrive in, the newest one is on record."""
    sequence = [Step("invite", uid, by_calendar, sequence=n, hour=n % 3) for n in order]
    for _step, _read, intents, executor, store in run(sequence):
        executor.run(intents)
        (record,) = store.interviews()
    assert record.interview.version[0] == 3 and record.status is Status.ACTIVE
    assert record.interview.start == NOW + timedelta(days=2, hours=0)


def test_mail_and_calendar_copies_of_one_meeting_make_one_interview():
    """An emailed invitation and a calendar event of the same meeting under another UID: one plan."""
    mail = understanding(Step("invite", "a"))
    event = understanding(Step("invite", "b"))
    event = Understanding(
        verdict=event.verdict,
        interview=Interview(**{**mail.interview.__dict__, "key": "ical:other-uid"}),
    )
    sequence_store = Store(Path("/nonexistent/followup-twins"), snapshot=True)
    executor = Executor(sequence_store)
    try:
        executor.run(decide(mail, executor.records(mail), NOW, SETTINGS, source="INBOX:1"))
        second = decide(event, executor.records(event), NOW, SETTINGS, source="calendar:work:other-uid")
        executor.run(second)
        assert [r.interview.key for r in sequence_store.interviews()] == ["ical:a"]
        outcome = second[-1]
        assert isinstance(outcome, Outcome) and outcome.interview is not None and outcome.interview.key == "ical:a"
    finally:
        sequence_store.close()
