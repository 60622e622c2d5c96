"""Decide, then act: what one input (an email, a calendar occurrence, a reload) does to the plan, as a list of
small frozen intents. Nothing here writes, reads a clock or touches a mailbox; the executor
(watcher/executor.py) applies the intents, and `followup run --dry-run` prints them.

Mail and calendars feed the same `decide`: a calendar occurrence and an emailed invitation of the same
meeting end up as one interview whichever arrives first. Within one input later steps see what earlier
ones decided (a view of the records with the intents applied), exactly as they would see the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo

from ..model import (
    FollowUp,
    Interview,
    Kind,
    Message,
    State,
    Status,
    StoredFollowUp,
    StoredInterview,
    Understanding,
)
from .agenda import adopt, same_meeting, with_invitation
from .outcomes import concerned
from .policy import Policy, Rule, make_plan, policy_for_interview
from .reconcile import Action, reconcile
from .threads import superseded
from .understand import Context, understand_event

# ---------------------------------------------------------------- intents


@dataclass(frozen=True)
class SaveInterview:
    interview: Interview
    status: Status
    source: str

    def __str__(self) -> str:
        return f"record interview {self.interview.id} as {self.status.value} (from {self.source})"


@dataclass(frozen=True)
class DropPlan:
    """Every follow-up of the interview still planned (or switched off) becomes skipped, with `reason`."""

    interview_id: str
    reason: str

    def __str__(self) -> str:
        return f"drop the planned follow-ups of interview {self.interview_id} ({self.reason})"


@dataclass(frozen=True)
class Plan:
    """The planned follow-ups of the interview become `followups`; `off` (id, why) are switched off. Saved
    drafts stay as they are; `keep_skipped` also leaves alone those skipped when they came due."""

    interview_id: str
    followups: tuple[FollowUp, ...]
    off: tuple[tuple[str, str], ...] = ()
    keep_skipped: bool = False

    def __str__(self) -> str:
        off = dict(self.off)
        parts = [
            f"{f.kind.value} to {', '.join(p.email for p in f.recipients) or 'nobody'} "
            + (f"off ({off[f.id]})" if f.id in off else f"at {f.due.isoformat(timespec='minutes')}")
            for f in self.followups
        ]
        return f"plan interview {self.interview_id}: {'; '.join(parts) or 'nothing'}"


@dataclass(frozen=True)
class Schedule:
    interview_id: str
    kind: Kind
    due: datetime

    def __str__(self) -> str:
        return f"wake at {self.due.isoformat(timespec='minutes')} for the {self.kind.value} of {self.interview_id}"


@dataclass(frozen=True)
class Unschedule:
    interview_id: str
    kind: Kind

    def __str__(self) -> str:
        return f"cancel any wake-up for the {self.kind.value} of {self.interview_id}"


@dataclass(frozen=True)
class RecheckDrafts:
    """Drafts of the interview already in Drafts that this change (a move, a cancellation) made wrong are
    pointed out to the user, once per change."""

    interview: Interview
    status: Status

    def __str__(self) -> str:
        return f"point out drafts of interview {self.interview.id} already saved that are now out of date"


@dataclass(frozen=True)
class Say:
    """One line for the person reading the service's log."""

    text: str
    warning: bool = False  # a guess the user should know of, rather than news

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Outcome:
    """What became of the input: the label kept in the table of messages read, and the interview it went
    into (the calendar sync follows an occurrence into it)."""

    label: str
    interview: Interview | None = None

    def __str__(self) -> str:
        return f"outcome: {self.label}"


@dataclass(frozen=True)
class Mark:
    """A follow-up's new state: skipped (with why), or saved."""

    followup_id: str
    state: State
    detail: str
    log: str = ""  # the line for the log, when one is worth it

    def __str__(self) -> str:
        return f"mark {self.followup_id} {self.state.value}: {self.detail}"


@dataclass(frozen=True)
class SaveDraft:
    """Save the rendered draft in Drafts, exactly once (`draft_id` is its Message-ID)."""

    followup: FollowUp
    interview: Interview
    draft_id: str
    raw: bytes = field(repr=False)
    earlier_ids: tuple[str, ...] = ()  # Message-IDs older versions gave this draft: found under one, it is there

    def __str__(self) -> str:
        to = ", ".join(p.name or p.email for p in self.followup.recipients) or "nobody"
        return f"save the {self.followup.kind.value} draft of interview {self.followup.interview_id} to {to}"


Intent = SaveInterview | DropPlan | Plan | Schedule | Unschedule | Mark | SaveDraft | RecheckDrafts | Say | Outcome


# ---------------------------------------------------------------- what decide knows


@dataclass(frozen=True)
class Records:
    """The part of the state an input is decided against: interviews on record (in start order, as the
    store lists them) and their follow-ups."""

    interviews: tuple[StoredInterview, ...] = ()
    followups: tuple[StoredFollowUp, ...] = ()


@dataclass(frozen=True)
class PlanSettings:
    context: Context
    policy: Policy = field(default_factory=Policy)
    rules: tuple[Rule, ...] = ()


def outcome_of(intents: Iterable[Intent]) -> Outcome:
    for intent in intents:
        if isinstance(intent, Outcome):
            return intent
    return Outcome("nothing to do")


# ---------------------------------------------------------------- deciding


def decide(
    understanding: Understanding,
    records: Records,
    now: datetime,
    settings: PlanSettings,
    *,
    source: str,
    message_id: str = "",
) -> list[Intent]:
    """What reading `understanding` (from `source`, e.g. "imap:INBOX:12" or "calendar:work:uid") does: a new,
    moved or cancelled interview and its plan, or nothing. The last intent is always the Outcome.

    `now` is not needed yet for the plan itself (windows are relative to the interview), but the decision
    is a function of it by contract, so a rule that needs it does not change every caller."""
    del now
    view = _View(records)
    out: list[Intent] = []
    from_calendar = source.startswith("calendar:")
    key = understanding.cancels or (understanding.interview.key if understanding.interview else None)
    if key is None and understanding.event is not None:
        key = f"ical:{understanding.event.uid}"
    stored = view.interview(key) if key else None
    if stored is None and understanding.interview is not None:
        # One interview, one plan: the same meeting may arrive as an email and as a calendar event.
        # A cancellation in words from another thread (or a scheduling service) names the interview by
        # its company, people and time: it cancels the one on record, whichever way that was read.
        twin = _same_meeting(
            view, understanding.interview, from_calendar=from_calendar, any_source=understanding.cancels is not None
        )
        if twin is not None:
            understanding, stored = adopt(understanding, twin.interview), twin
    existing = stored.interview if stored else None
    if understanding.interview is None and existing is not None and understanding.event is not None:
        # An update of an interview on record that no longer reads like one is still that interview.
        forced = understand_event(understanding.event, settings.context, assume_interview=True)
        understanding = replace(understanding, interview=forced.interview)
    change = reconcile(understanding, existing)
    noun = "event" if from_calendar else "message"
    where = f"{noun} {source} <{_short(message_id)}>" if message_id else f"{noun} {source}"
    if change.action is Action.UNCHANGED:
        return [Outcome(change.reason, existing)]
    if change.action is Action.IGNORE:
        if existing is not None or (understanding.verdict.is_interview and not understanding.cancels):
            out.append(Say(f"{where}: {change.reason}"))
        if stored is not None and understanding.interview is not None:
            out.extend(_keep_invitation(view, stored, understanding.interview))
        out.append(Outcome(change.reason))
        return out
    interview = change.interview
    assert interview is not None
    if existing is not None and existing.outcome and not interview.outcome:
        interview = replace(interview, outcome=existing.outcome)  # an update does not undo news
    if change.action is Action.CANCEL:
        status = Status.DECLINED if interview.declined else Status.CANCELLED
        dropped = len(view.followups(interview.id, (State.PLANNED, State.OFF)))
        out += view.apply(SaveInterview(interview, status, source), DropPlan(interview.id, change.reason))
        out += [Unschedule(interview.id, kind) for kind in Kind]
        out.append(Say(f"interview {interview.id} {change.reason} ({where}): {dropped} planned draft(s) dropped"))
        out.append(RecheckDrafts(interview, status))
        out.append(Outcome(change.action.value, interview))
        return out
    out += view.apply(SaveInterview(interview, Status.ACTIVE, source))
    if change.action is Action.NEW and understanding.reschedules:
        out += _retire_superseded(view, interview, source, where)
    planned, fresh = _replan(view, interview, settings, keep_skipped=False)
    out += planned
    if interview.warnings and (existing is None or existing.warnings != interview.warnings):
        out.append(Say(f"interview {interview.id}: {'; '.join(interview.warnings)}", warning=True))
    if change.reason == "moved":
        out.append(RecheckDrafts(interview, Status.ACTIVE))
    tz = settings.context.timezone
    out.append(
        Say(
            f"interview {interview.id} {'planned' if change.action is Action.NEW else change.reason} from {where}: "
            f"ends {interview.end.astimezone(tz).isoformat(timespec='minutes')} ({interview.end_source.value}); "
            f"{_plan_words(fresh, tz)}"
        )
    )
    out.append(Outcome(change.action.value, interview))
    return out


def before_drafting(stored: StoredFollowUp, record: StoredInterview | None, now: datetime, tz: tzinfo) -> Mark | None:
    """Whether a due follow-up is still worth a draft, before the mailbox is asked about replies: None
    goes on; a Mark says why not."""
    followup = stored.followup
    if record is None or record.status is not Status.ACTIVE:
        return Mark(followup.id, State.SKIPPED, "the interview is no longer active")
    if stored.state is State.PLANNED and now > followup.expires:
        local = followup.expires.astimezone(tz).isoformat(timespec="minutes")
        return Mark(
            followup.id,
            State.SKIPPED,
            f"too late: worth sending only until {local}",
            f"{followup.kind.value} draft for interview {followup.interview_id} skipped: due time passed while stopped",
        )
    return None


def take_news(
    understanding: Understanding, message: Message, records: Records, settings: PlanSettings, *, source: str
) -> list[Intent]:
    """A rejection, offer or next round ends the wait for the interviews it concerns: their pending check-in
    is switched off (shown in `followup list` with the news), in whatever thread the news came."""
    if not understanding.outcome:
        return []
    view = _View(records)
    own = understanding.interview.key if understanding.interview is not None else None
    active = [r for r in view.interviews() if r.status is Status.ACTIVE and r.interview.key != own]
    me = settings.context.user_addresses
    hit = {i.key for i in concerned([r.interview for r in active], message, me, text=message.text)}
    out: list[Intent] = []
    for record in active:
        interview = record.interview
        if interview.key not in hit or interview.outcome == understanding.outcome:
            continue
        updated = replace(interview, outcome=understanding.outcome)
        out += view.apply(SaveInterview(updated, record.status, record.source))
        out += _replan(view, updated, settings, keep_skipped=True)[0]
        out.append(
            Say(
                f"interview {interview.id}: news in message {source} <{_short(message.message_id)}>: "
                f"{understanding.outcome}; no check-in"
            )
        )
    return out


def replan(interview: Interview, records: Records, settings: PlanSettings, *, keep_skipped: bool) -> list[Intent]:
    """The interview's follow-ups under the policy in force now (a reload): pending ones move, saved stay."""
    return _replan(_View(records), interview, settings, keep_skipped=keep_skipped)[0]


def _replan(
    view: _View, interview: Interview, settings: PlanSettings, *, keep_skipped: bool
) -> tuple[list[Intent], list[FollowUp]]:
    """Plan the interview's follow-ups under the policy in force (and its per-company rule) and schedule
    them. Drafts already saved stay as they are, and nobody gets a second draft of a kind: a new
    follow-up is dropped when the ones already saved reached all of its recipients."""
    policy = policy_for_interview(settings.policy, settings.rules, interview)
    result = make_plan(interview, policy, settings.context.timezone, me=settings.context.user_addresses)
    notes: list[Intent] = [Say(f"interview {interview.id}: {note}") for note in result.notes]
    done = view.followups(interview.id, (State.DRAFTED, State.SAVING))
    fresh = [f for f in result.followups if not _already_covered(f, done)]
    off = {f.id: why for f, why in result.off if not _already_covered(f, done)}
    followups = (*fresh, *(f for f, _ in result.off if f.id in off))
    out = notes + view.apply(Plan(interview.id, followups, tuple(off.items()), keep_skipped))
    for kind in Kind:
        pending = [s.followup.due for s in view.followups(interview.id, (State.PLANNED,)) if s.followup.kind is kind]
        out.append(Schedule(interview.id, kind, min(pending)) if pending else Unschedule(interview.id, kind))
    return out, fresh


def _retire_superseded(view: _View, interview: Interview, source: str, where: str) -> list[Intent]:
    """A reschedule notice from another thread: the interview it moves no longer takes place."""
    old = superseded(interview, [r.interview for r in view.interviews() if r.status is Status.ACTIVE])
    if old is None:
        return []
    dropped = len(view.followups(old.id, (State.PLANNED, State.OFF)))
    out = view.apply(
        SaveInterview(replace(old, cancelled=True), Status.CANCELLED, source),
        DropPlan(old.id, f"moved to interview {interview.id}"),
    )
    out += [Unschedule(old.id, kind) for kind in Kind]
    out.append(Say(f"interview {old.id} moved to {interview.id} ({where}): {dropped} planned draft(s) dropped"))
    out.append(RecheckDrafts(replace(old, cancelled=True), Status.CANCELLED))
    return out


def _keep_invitation(view: _View, stored: StoredInterview, incoming: Interview) -> list[Intent]:
    """The email invitation of an interview first read from a calendar: drafts reply to it, even when
    the calendar's copy was the newer revision."""
    if incoming.message_id and not stored.interview.message_id:
        return view.apply(SaveInterview(with_invitation(stored.interview, incoming), stored.status, stored.source))
    return []


def _same_meeting(
    view: _View, interview: Interview, *, from_calendar: bool, any_source: bool = False
) -> StoredInterview | None:
    """An active interview read the other way (mail for a calendar event, and the reverse) that is the
    same meeting. Two emails, or two events, with UIDs of their own are two interviews; `any_source`
    (a cancellation) looks at both."""
    for record in view.interviews():
        if record.status is not Status.ACTIVE:
            continue
        if not any_source and record.source.startswith("calendar:") == from_calendar:
            continue
        if same_meeting(interview, record.interview):
            return record
    return None


def _already_covered(followup: FollowUp, done: list[StoredFollowUp]) -> bool:
    """A follow-up whose kind was already saved for everyone it addresses (one check-in per interview)."""
    same = [s.followup for s in done if s.followup.kind is followup.kind]
    if not same:
        return False
    if followup.kind is Kind.CHECK_IN:
        return True
    reached = {p.email for s in same for p in s.recipients}
    return {p.email for p in followup.recipients} <= reached


def _plan_words(followups: list[FollowUp], tz) -> str:
    if not followups:
        return "no follow-up planned"
    parts = []
    for kind in Kind:
        times = sorted({f.due for f in followups if f.kind is kind})
        if times:
            parts.append(f"{kind.value} at {times[0].astimezone(tz).isoformat(timespec='minutes')}")
    return ", ".join(parts)


def _short(text: str, limit: int = 120) -> str:
    """A Message-ID for a log line: a hostile one can be megabytes long."""
    return text if len(text) <= limit else text[:limit] + "..."


# ---------------------------------------------------------------- the records as the store would show them


class _View:
    """The records with this input's intents applied so far, following the store's rules (a saved draft
    is history; an upsert keeps an interview's place)."""

    def __init__(self, records: Records):
        self._interviews = {r.interview.key: r for r in records.interviews}
        self._followups = {s.id: s for s in records.followups}

    def interview(self, key: str) -> StoredInterview | None:
        return self._interviews.get(key)

    def interviews(self) -> list[StoredInterview]:
        return sorted(self._interviews.values(), key=lambda r: r.interview.start)

    def followups(self, interview_id: str, states: tuple[State, ...]) -> list[StoredFollowUp]:
        found = [s for s in self._followups.values() if s.followup.interview_id == interview_id and s.state in states]
        return sorted(found, key=lambda s: (s.followup.due, s.id))

    def apply(self, *intents: Intent) -> list[Intent]:
        for intent in intents:
            if isinstance(intent, SaveInterview):
                self._interviews[intent.interview.key] = StoredInterview(intent.interview, intent.status, intent.source)
            elif isinstance(intent, DropPlan):
                for s in self.followups(intent.interview_id, (State.PLANNED, State.OFF)):
                    self._followups[s.id] = replace(s, state=State.SKIPPED, detail=intent.reason)
            elif isinstance(intent, Plan):
                self._plan(intent)
        return list(intents)

    def _plan(self, plan: Plan) -> None:
        replaceable = (State.PLANNED, State.OFF) if plan.keep_skipped else (State.PLANNED, State.SKIPPED, State.OFF)
        wanted = {f.id for f in plan.followups}
        for s in self.followups(plan.interview_id, replaceable):
            if s.id not in wanted:
                del self._followups[s.id]
        off = dict(plan.off)
        for f in plan.followups:
            current = self._followups.get(f.id)
            if current is not None and current.state not in replaceable:
                continue
            state, detail = (State.OFF, off[f.id]) if f.id in off else (State.PLANNED, "")
            self._followups[f.id] = StoredFollowUp(f, state, detail, current.draft_id if current else "")
