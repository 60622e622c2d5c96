"""A calendar's contents as interview candidates: the occurrences in a window, their keys and fingerprints.

Pure: no network, no disk, no clock (the window is passed in). Events are read with the project's own
tolerant reader (`ical.parse_calendar`); only events that recur are also read by icalendar, because
expanding an RRULE with its EXDATEs, RDATEs and moved occurrences (RECURRENCE-ID overrides) across DST is
a solved problem (`recurring-ical-events`) that a small expansion of our own would get subtly wrong.
Each expanded occurrence is written back out with its calendar's VTIMEZONEs and read by the tolerant
reader again, so an occurrence is understood exactly like a single event (Windows zone names, floating
times, people, conference links).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from ..model import CalendarEvent, EndSource, Interview, Understanding, Verdict
from .ical import parse_calendar


@dataclass(frozen=True)
class Window:
    """The span of time a calendar source looks at: interviews ending before `start` or starting after
    `end` are not planned (yet)."""

    start: datetime
    end: datetime

    @classmethod
    def around(cls, now: datetime, lookback: timedelta, lookahead: timedelta) -> Window:
        return cls(now - lookback, now + lookahead)

    def holds(self, event: CalendarEvent, tz: tzinfo) -> bool:
        start, end = _span(event, tz)
        return start is not None and start < self.end and (end or start) >= self.start


@dataclass(frozen=True)
class Agenda:
    """What one calendar object (a CalDAV resource or a whole ICS feed) holds.

    `uids`: every UID in it, in or out of the window (a UID missing from the calendar means the event was
    deleted, not that it moved out of view). `occurrences`: the events and expanded occurrences in the
    window. `singles`: the events that do not recur, wherever they are (an interview on record that was
    moved out of the window must still move its follow-ups). `problems`: what could not be read; the
    rest still counts.
    """

    uids: frozenset[str]
    occurrences: tuple[CalendarEvent, ...]
    singles: tuple[CalendarEvent, ...] = ()  # every event that does not recur, in the window or not
    problems: tuple[str, ...] = ()


def read_agenda(data: bytes | str, default_tz: tzinfo, window: Window) -> Agenda:
    """Raises ParseError when nothing calendar-like can be read at all."""
    events = parse_calendar(data, default_tz)
    uids = frozenset(e.uid for e in events)
    problems: list[str] = [p for e in events for p in e.problems]
    # A series repeating every second, minute or hour is no interview, and expanding one over the window
    # would make millions of occurrences: it is read as its first event only.
    rapid = {e.uid for e in events if e.rrule and _more_often_than_daily(e.rrule)}
    if rapid:
        problems.append(f"{len(rapid)} series repeating more often than daily read as their first event only")
        events = [replace(e, rrule="") if e.uid in rapid else e for e in events]
    recurring = {e.uid for e in events if e.rrule and e.recurrence_id is None}
    singles = tuple(e for e in events if e.uid not in recurring)
    found = [e for e in singles if window.holds(e, default_tz)]
    if recurring:
        try:
            found.extend(_expand(data, recurring, default_tz, window))
        except Exception as exc:  # icalendar is strict where our reader is not: keep each series' first event
            problems.append(f"recurring events not expanded ({type(exc).__name__}: {str(exc)[:120]})")
            found.extend(e for e in events if e.uid in recurring and window.holds(e, default_tz))
    return Agenda(uids=uids, occurrences=tuple(found), singles=singles, problems=tuple(problems))


_RAPID = re.compile(r"FREQ=(?:SECONDLY|MINUTELY|HOURLY)", re.I)
_SUBDAILY_LIST = re.compile(r"BY(?:HOUR|MINUTE|SECOND)=[^;]*,", re.I)


def _more_often_than_daily(rrule: str) -> bool:
    # "FREQ=DAILY;BYHOUR=0,1,...;BYMINUTE=0,10,..." repeats every ten minutes as surely as FREQ=MINUTELY does.
    return bool(_RAPID.search(rrule) or _SUBDAILY_LIST.search(rrule))


def _expand(data: bytes | str, uids: set[str], default_tz: tzinfo, window: Window) -> list[CalendarEvent]:
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar.from_ical(data if isinstance(data, bytes) else data.encode())
    series = icalendar.Calendar()  # only the recurring events: the others need no expansion
    expanded = icalendar.Calendar()  # their occurrences in the window, with the zones they refer to
    for name in ("VERSION", "PRODID", "METHOD", "X-WR-TIMEZONE"):
        if name in calendar:
            series[name] = expanded[name] = calendar[name]
    firsts: dict[str, datetime | date] = {}
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE":
            series.add_component(component)
            expanded.add_component(component)
        elif component.name == "VEVENT" and str(component.get("UID", "")) in uids:
            series.add_component(component)
            if "RRULE" in component and "RECURRENCE-ID" not in component and "DTSTART" in component:
                dtstart: Any = component["DTSTART"]
                firsts[str(component["UID"])] = dtstart.dt
    occurrences = recurring_ical_events.of(series).between(window.start, window.end)
    for occurrence in occurrences:
        expanded.add_component(occurrence)
    if not occurrences:
        return []
    results = []
    for event in parse_calendar(expanded.to_ical(), default_tz):
        if not window.holds(event, default_tz):
            continue
        first = firsts.get(event.uid)
        if event.recurrence_id is not None and first is not None and _same_moment(event.recurrence_id, first):
            # The first occurrence is the series itself, as an email invitation for the series is keyed.
            event = replace(event, recurrence_id=None)
        results.append(replace(event, rrule=""))
    return results


def _same_moment(a: datetime | date, b: datetime | date) -> bool:
    if isinstance(a, datetime) and isinstance(b, datetime):
        if a.tzinfo is None or b.tzinfo is None:
            return a.replace(tzinfo=None) == b.replace(tzinfo=None)
        return a == b
    if isinstance(a, datetime) or isinstance(b, datetime):
        return False
    return a == b


def _span(event: CalendarEvent, tz: tzinfo) -> tuple[datetime | None, datetime | None]:
    """Start and end as aware datetimes; dates are whole days in the user's zone."""

    def moment(value: datetime | date | None) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return value
        return datetime.combine(value, time(0), tzinfo=tz)

    return moment(event.start), moment(event.end)


# ---------------------------------------------------------------- identity


def occurrence_key(event: CalendarEvent) -> str:
    """`ical:<UID>` for a single event (the key an emailed invitation for it has), with the occurrence's
    RECURRENCE-ID in UTC appended for one occurrence of a series."""
    key = f"ical:{event.uid}"
    rid = event.recurrence_id
    if rid is None:
        return key
    if isinstance(rid, datetime):
        stamp = rid.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") if rid.tzinfo else rid.strftime("%Y%m%dT%H%M%S")
    else:
        stamp = rid.strftime("%Y%m%d")
    return f"{key}#{stamp}"


def fingerprint(event: CalendarEvent) -> str:
    """What a person would call a change of the event. DTSTAMP is left out: some servers (Google's feeds)
    stamp every event with the time of the download, which would make every poll look like an update."""
    people = sorted((a.person.email, a.partstat, a.role) for a in event.attendees)
    parts = (
        event.start.isoformat() if event.start else "",
        event.end.isoformat() if event.end else "",
        event.status,
        str(event.sequence),
        event.summary,
        event.description,
        event.location,
        event.organizer.email if event.organizer else "",
        repr(people),
        event.url,
        event.conference,
        event.method or "",
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()[:24]


def as_timed(event: CalendarEvent, tz: tzinfo, day_start: time, day_end: time) -> CalendarEvent:
    """An all-day event read as running from `day_start` on its first day to `day_end` on its last day,
    in the user's zone (the config's `all_day = true`)."""
    if not event.all_day or not isinstance(event.start, date):
        return event
    first = event.start
    last = event.end - timedelta(days=1) if isinstance(event.end, date) and event.end > first else first
    start = datetime.combine(first, day_start, tzinfo=tz)
    end = datetime.combine(last, day_end, tzinfo=tz)
    if end <= start:
        end = start + timedelta(hours=1)
    return replace(event, start=start, end=end, end_source="dtend")


def assumed_day_end(understanding: Understanding, day_end: time) -> Understanding:
    """Mark the interview of an all-day event as having an assumed end, saying so in the evidence."""
    interview = understanding.interview
    if interview is None:
        return understanding
    note = f"all-day event: taken to end at {day_end:%H:%M} (calendar all_day = true)"
    interview = replace(interview, end_source=EndSource.DEFAULT, evidence=(*interview.evidence, note))
    return replace(understanding, interview=interview)


def deletion(key: str, why: str) -> Understanding:
    """What an event that vanished from the calendar means: the interview it made is cancelled."""
    return Understanding(verdict=Verdict(False, 0.0, (why,)), cancels=key)


# ---------------------------------------------------------------- one interview, one plan


def same_meeting(a: Interview, b: Interview) -> bool:
    """Two records of one interview: the same start and someone (or some company) in common. One person
    cannot attend two interviews at the same minute, so this rarely merges what should stay apart."""
    if abs((a.start - b.start).total_seconds()) >= 60:
        return False
    people_a = _addresses(a)
    people_b = _addresses(b)
    if people_a & people_b:
        return True
    return bool(a.company and b.company and a.company.casefold() == b.company.casefold())


def _addresses(interview: Interview) -> set[str]:
    people: Iterable = (*interview.interviewers, *([interview.organizer] if interview.organizer else []))
    return {p.email.lower() for p in people if p is not None and p.email}


def adopt(understanding: Understanding, existing: Interview) -> Understanding:
    """Re-key what was read (an event or message of another series) onto the interview already on record.

    Revisions of different series cannot be ordered, so the incoming one is taken as the newest: it
    carries the record's version. What it knows less precisely than the record (an end from the default
    length where the calendar had DTEND; no invitation message to reply to) is filled from the record.
    """
    if understanding.cancels is not None:
        return replace(understanding, cancels=existing.key, event=None)
    incoming = understanding.interview
    if incoming is None:
        return understanding
    merged = replace(incoming, key=existing.key, version=existing.version)
    if _precision(incoming.end_source) < _precision(existing.end_source):
        merged = replace(
            merged, start=existing.start, end=existing.end, end_source=existing.end_source, sessions=existing.sessions
        )
    return replace(understanding, interview=_filled(merged, existing))


def keep_known(understanding: Understanding, existing: Interview) -> Understanding:
    """A calendar's copy of an interview on record (same UID) knows nothing of the email that invited to
    it: the draft must still reply to that email, and the people and company found there still count."""
    if understanding.interview is None:
        return understanding
    return replace(understanding, interview=_filled(understanding.interview, existing))


def with_invitation(existing: Interview, incoming: Interview) -> Interview:
    """The record of an interview first read from a calendar, given the email invitation to it: drafts reply to
    that email, under the subject rule it calls for, in the language it was written in (when it says)."""
    merged = replace(
        existing,
        message_id=incoming.message_id,
        references=incoming.references,
        subject=incoming.subject,
        notification=incoming.notification,
    )
    return _voice_from(merged, incoming) if incoming.language and not existing.language else merged


def _voice_from(target: Interview, source: Interview) -> Interview:
    return replace(target, language=source.language, informal=source.informal, language_source=source.language_source)


def _filled(incoming: Interview, existing: Interview) -> Interview:
    merged = incoming
    if not incoming.message_id and existing.message_id:
        # The subject belongs to the message the drafts reply to: one subject rule however the interview came.
        merged = replace(
            merged,
            message_id=existing.message_id,
            references=existing.references,
            subject=existing.subject or merged.subject,
            notification=existing.notification,
        )
    if not merged.language and existing.language:
        merged = _voice_from(merged, existing)
    return replace(
        merged,
        interviewers=incoming.interviewers or existing.interviewers,
        company=incoming.company or existing.company,
        role=incoming.role or existing.role,
        link=incoming.link or existing.link,
        feedback_by=incoming.feedback_by or existing.feedback_by,
        feedback_within=incoming.feedback_within or existing.feedback_within,
        coordinator=incoming.coordinator or existing.coordinator,
        unaddressed=incoming.unaddressed or existing.unaddressed,
        outcome=incoming.outcome or existing.outcome,
        honorifics=tuple(sorted(dict((*existing.honorifics, *incoming.honorifics)).items())),
    )


def _precision(source: EndSource) -> int:
    return {EndSource.DEFAULT: 0, EndSource.TEXT: 1, EndSource.DURATION: 2, EndSource.CALENDAR: 2}[source]
