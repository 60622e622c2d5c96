"""The plan as a job seeker reads it (`followup list`, `followup run --dry-run`): what is next, then each
interview with its follow-ups, their state and why, in the user's time zone."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

from .core.drafts import choose_language
from .core.fates import Fate
from .core.language import join_names
from .core.policy import Rule
from .model import Interview, Kind, Person, Status
from .store import DRAFTED, OFF, PLANNED, SAVING, SKIPPED, QuarantinedInput, StoredFollowUp, StoredInterview

KIND_WORDS = {Kind.THANK_YOU: "thank-you", Kind.CHECK_IN: "check-in"}
STATE_WORDS = {PLANNED: "planned", DRAFTED: "drafted", SKIPPED: "skipped", SAVING: "saving", OFF: "off"}


def render_plan(
    entries: Iterable[tuple[StoredInterview, list[StoredFollowUp]]],
    now: datetime,
    tz: tzinfo,
    *,
    me: frozenset[str] = frozenset(),
    would_save: frozenset[str] = frozenset(),
    language: str = "auto",
    rules: tuple[Rule, ...] = (),
) -> str:
    """The whole plan as text: what to do now and what comes next, then every interview (oldest first)
    with its follow-ups, one line each plus a line saying why. `would_save`: what a dry run would save.
    `language` and `rules` ([drafts] language, [[rules]]) say which language the drafts are in, and why."""
    entries = list(entries)
    zone = getattr(tz, "key", None) or str(tz)
    lines = [f"Times in {zone}; now {_when(now, now, tz)}."]
    if not entries:
        lines += ["", "No interviews found yet."]
        return "\n".join(lines)
    titles = {record.interview.id: _title(record.interview) for record, _ in entries}
    followups = [f for _, group in entries for f in group]
    if would_save:
        lines.append(f"Dry run: {len(would_save)} draft(s) would be saved now; nothing was saved or recorded.")
    records = {record.interview.id: record for record, _ in entries}
    waiting = [
        f
        for f in followups
        if f.state == DRAFTED
        and f.fate not in (Fate.SENT, Fate.DELETED)
        and now < f.followup.expires
        and outdated_draft(f, records[f.followup.interview_id], tz) is None
    ]
    for stored in sorted(waiting, key=lambda s: s.followup.send_by):
        f = stored.followup
        lines.append(
            f"In your Drafts to send: {KIND_WORDS[f.kind]}{_to(f.recipients)} ({titles[f.interview_id]}), "
            f"{_send_by(f, now, tz)}."
        )
    upcoming = sorted(
        (f for f in followups if f.state == PLANNED and f.id not in would_save), key=lambda s: s.followup.due
    )
    if upcoming:
        nxt = upcoming[0].followup
        lines.append(
            f"Next draft: {KIND_WORDS[nxt.kind]}{_to(nxt.recipients)} ({titles[nxt.interview_id]}), "
            f"{_when(nxt.due, now, tz)} ({_relative(nxt.due, now, tz)})."
        )
    for record, group in entries:
        lines.append("")
        lines.extend(_interview_lines(record, group, now, tz, me, would_save, language, rules))
    return "\n".join(lines)


def _interview_lines(
    record: StoredInterview,
    followups: list[StoredFollowUp],
    now: datetime,
    tz: tzinfo,
    me: frozenset[str],
    would_save: frozenset[str],
    language: str = "auto",
    rules: tuple[Rule, ...] = (),
) -> list[str]:
    i = record.interview
    status = "" if record.status is Status.ACTIVE else f"  [{record.status.upper()}]"
    if i.outcome:
        status += f"  [{i.outcome.replace('_', ' ').upper()}]"  # news that came after the interview
    start, end = i.start.astimezone(tz), i.end.astimezone(tz)
    assumed = " (end assumed)" if i.end_inferred else ""
    when = f"{_when(start, now, tz)}–{end:%H:%M}{assumed} ({_relative(start, now, tz)})"
    people = _people_line(i, me)
    lines = [f"{i.id}  {_title(i)}{status}", f"{_PAD}{when}{', ' + people if people else ''}"]
    lines.extend(f"{_PAD}note: {warning}" for warning in i.warnings)
    if not followups:
        lines.append(f"{_PAD}no follow-up planned")
    elif any(s.state in (PLANNED, SAVING, DRAFTED) for s in followups):
        lines.append(f"{_PAD}drafts in {choose_language(i, language, rules).describe()}")
    for stored in sorted(followups, key=lambda s: (s.followup.due, s.followup.kind.value, s.id)):
        head, why = _followup_lines(stored, record, now, tz, would_save)
        lines.append(f"{_PAD}{head}")
        lines.append(f"{_PAD}{'':11}{why}")
    return lines


_PAD = " " * 10


def _followup_lines(
    stored: StoredFollowUp, record: StoredInterview, now: datetime, tz: tzinfo, would_save: frozenset[str]
) -> tuple[str, str]:
    """("thank-you  planned  Thu 26 Nov 13:45 (tomorrow)  to Morgan Alvarez", why)."""
    f = stored.followup
    state = "would save" if stored.id in would_save else STATE_WORDS.get(stored.state, stored.state)
    when = _when(f.due, now, tz)
    if stored.state == PLANNED and stored.id not in would_save:
        when += f" ({_relative(f.due, now, tz)})"
    to = _to(f.recipients).strip() or "to nobody yet (no address found: add one in the draft)"
    if f.pass_on:
        to += f", to pass on to {_names([Person(name, '') for name in f.pass_on])}"
    head = f"{KIND_WORDS[f.kind]:<9}  {state:<8} {when:<29} {to}"
    if stored.id in would_save:
        return head, "would be saved to Drafts now (dry run: nothing was saved)"
    if stored.state == PLANNED:
        return head, f"why then: {f.reason}"
    if stored.fate == Fate.SENT:
        sent = f" {_when(stored.fate_at, now, tz)}" if stored.fate_at else ""
        return f"{KIND_WORDS[f.kind]:<9}  {'sent':<8} {sent.strip():<29} {to}", f"you sent it{sent}"
    if stored.fate == Fate.DELETED:
        return head, "deleted by you without being sent"
    if stored.state in (DRAFTED, SAVING):
        where = "in your Drafts" if stored.state == DRAFTED else "being saved to Drafts"
        if stored.fate == Fate.EDITED:
            where += " (edited)"
        outdated = outdated_draft(stored, record, tz, now)
        if outdated is not None:
            return head, f"{where}, but {outdated}"
        return head, f"{where}: {_send_by(f, now, tz)}" if now < f.expires else where
    return head, _skip_words(stored, record)


def outdated_draft(
    stored: StoredFollowUp, record: StoredInterview, tz: tzinfo, now: datetime | None = None
) -> str | None:
    """What to do with a saved draft that the interview's later changes made wrong, or None if it still holds."""
    if record.status == "cancelled":
        return "the interview was cancelled: delete this draft"
    if record.status == "declined":
        return "you declined the interview: delete this draft"
    interview = record.interview
    if stored.followup.kind is Kind.THANK_YOU and stored.followup.due < interview.end:
        # Saved before the interview, at its current time, was over: it was written for the old time.
        when = _when(interview.start, now or interview.start, tz)
        return f"the interview moved to {when}: this draft was for the old time"
    return None


def _send_by(f, now: datetime, tz: tzinfo) -> str:
    if now < f.send_by:
        return f"send it by {_when(f.send_by, now, tz)}"
    return f"send it soon (best by {_when(f.send_by, now, tz)})"


def _skip_words(stored: StoredFollowUp, record: StoredInterview) -> str:
    detail = stored.detail or "skipped"
    if stored.state == OFF:
        return detail
    if detail == "cancelled":
        return "the interview was cancelled"
    if detail == "declined by the user":
        return "you declined the interview"
    return detail


def _people_line(i: Interview, me: frozenset[str]) -> str:
    interviewers = [p for p in i.interviewers if p.email not in me]
    parts = []
    if interviewers:
        kind = "panel with" if len(interviewers) > 1 else "with"
        parts.append(f"{kind} {_names(interviewers)}")
    organizer = i.organizer
    if organizer and organizer.email not in me and organizer.email not in {p.email for p in interviewers}:
        parts.append(f"invited by {organizer.name or organizer.email}")
    return "; ".join(parts)


def _title(i: Interview) -> str:
    return " — ".join(x for x in (i.company, i.role) if x) or i.subject or "(no title)"


def _to(people: tuple[Person, ...]) -> str:
    return f" to {_names(list(people))}" if people else ""


def _names(people: list[Person]) -> str:
    return join_names([p.name or p.email for p in people])


def _when(moment: datetime, now: datetime, tz: tzinfo) -> str:
    local = moment.astimezone(tz)
    year = f" {local.year}" if local.year != now.astimezone(tz).year else ""
    return f"{local:%a} {local.day} {local:%b}{year} {local:%H:%M}"


def _relative(moment: datetime, now: datetime, tz: tzinfo) -> str:
    days = (moment.astimezone(tz).date() - now.astimezone(tz).date()).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    return f"in {days} days" if days > 0 else f"{-days} days ago"


RECENT = timedelta(days=30)


def still_relevant(record: StoredInterview, followups: list[StoredFollowUp], now: datetime) -> bool:
    """Worth showing by default: recent, or with a draft still to come or still worth sending."""
    if record.interview.end >= now - RECENT:
        return True
    return any(s.state in (PLANNED, SAVING) or (s.state == DRAFTED and now < s.followup.expires) for s in followups)


def plan_entries(store) -> list[tuple[StoredInterview, list[StoredFollowUp]]]:
    """Every interview on record (oldest first) with its follow-ups."""
    return [(record, store.followups(record.interview.id)) for record in store.interviews()]


def render_problems(problems: list[QuarantinedInput], tz: tzinfo) -> str:
    """`followup list --problems`: every input set aside, where it was read, when, and why."""
    if not problems:
        return "No problems: every message and calendar event read so far was handled."
    lines = [f"{len(problems)} input(s) set aside (quarantined); the service went on without them:"]
    for problem in problems:
        when = datetime.fromisoformat(problem.at).astimezone(tz).strftime("%a %d %b %Y %H:%M")
        name = f" <{problem.name[:120]}>" if problem.name else ""
        lines.append(f"  {when}  {problem.kind} {problem.source}{name}")
        lines.append(f"      {problem.error} ({_plural_times(problem.attempts)})")
    lines.append(
        "They are not read again (a calendar event is, once it changes). Internal errors are bugs: please report them."
    )
    return "\n".join(lines)


def _plural_times(count: int) -> str:
    return "1 attempt" if count == 1 else f"{count} attempts"
