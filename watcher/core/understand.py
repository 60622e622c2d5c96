"""One message or calendar event -> Understanding: the verdict, the event it carries and the interview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from ..model import CalendarEvent, EndSource, Interview, Message, Understanding, Verdict
from . import detect, people, when


@dataclass(frozen=True)
class Context:
    """What the core needs to know about the user; no clock, no I/O."""

    user_addresses: frozenset[str]
    timezone: tzinfo
    default_length: timedelta


def event_key(event: CalendarEvent) -> str:
    return f"ical:{event.uid}"


def message_key(message: Message) -> str:
    return f"msg:{message.message_id}"


def understand_message(message: Message, ctx: Context) -> Understanding:
    verdict = detect.judge_message(message, ctx.user_addresses)
    event = primary_event(message.events)
    if event is not None:
        return _from_event(event, verdict, ctx, message)
    if not verdict.is_interview:
        return Understanding(verdict=verdict)
    found = when.find_sessions(message.text, message.subject, message.date, ctx.timezone)
    if not found:
        return Understanding(verdict=_reject(verdict, "no confirmed date and time"))
    sessions, end_stated = found
    start = sessions[0].start
    end = sessions[-1].end if end_stated else start + ctx.default_length
    recipients = people.message_contacts(message, ctx.user_addresses)
    interview = Interview(
        key=message_key(message),
        start=start,
        end=end,
        end_source=EndSource.TEXT if end_stated else EndSource.DEFAULT,
        subject=message.subject,
        company=people.company_from(list(recipients) + _senders(message), message.subject),
        role=people.role_from(message.subject, message.text),
        interviewers=recipients,
        organizer=message.sender,
        sessions=tuple(sessions) if len(sessions) > 1 else (),
        message_id=message.message_id,
        references=message.thread_ids,
        version=(0, message.date.isoformat() if message.date else ""),
        evidence=verdict.evidence,
    )
    return Understanding(verdict=verdict, interview=interview)


def understand_event(event: CalendarEvent, ctx: Context, *, assume_interview: bool = False) -> Understanding:
    """`assume_interview`: the event's UID already belongs to an interview on record (an update)."""
    verdict = detect.judge_event(event, ctx.user_addresses)
    if assume_interview and not verdict.is_interview:
        verdict = Verdict(True, verdict.score, (*verdict.evidence, "updates an interview on record"))
    return _from_event(event, verdict, ctx, None)


def primary_event(events: tuple[CalendarEvent, ...]) -> CalendarEvent | None:
    """The first event in file order: an invitation carries one VEVENT, or a series and its exceptions."""
    return events[0] if events else None


def _from_event(event: CalendarEvent, verdict: Verdict, ctx: Context, message: Message | None) -> Understanding:
    key = event_key(event)
    if event.cancelled:
        return Understanding(verdict=verdict, event=event, cancels=key)
    if not verdict.is_interview:
        return Understanding(verdict=verdict, event=event)
    if event.all_day or not isinstance(event.start, datetime):
        return Understanding(verdict=_reject(verdict, "an all-day event has no time to follow up from"), event=event)
    start = event.start
    if event.end_source in ("dtend", "duration") and isinstance(event.end, datetime) and event.end > start:
        end = event.end
        source = EndSource.CALENDAR if event.end_source == "dtend" else EndSource.DURATION
    else:
        end, source = start + ctx.default_length, EndSource.DEFAULT
    interviewers = people.event_interviewers(event, ctx.user_addresses)
    if not interviewers and message is not None:
        interviewers = people.message_contacts(message, ctx.user_addresses)
    named = list(interviewers) + ([event.organizer] if event.organizer else [])
    if message is not None:
        named += _senders(message)
    declined = any(a.person.email in ctx.user_addresses and a.partstat == "DECLINED" for a in event.attendees)
    interview = Interview(
        key=key,
        start=start,
        end=end,
        end_source=source,
        subject=(message.subject if message and message.subject else event.summary),
        company=people.company_from(named, event.summary),
        role=people.role_from(event.summary, event.description),
        interviewers=interviewers,
        organizer=event.organizer,
        message_id=message.message_id if message else "",
        references=message.thread_ids if message else (),
        link=event.conference or event.url,
        declined=declined,
        version=event.version,
        evidence=verdict.evidence,
    )
    return Understanding(verdict=verdict, event=event, interview=interview)


def _senders(message: Message) -> list:
    return [p for p in (message.sender, *message.reply_to) if p is not None]


def _reject(verdict: Verdict, why: str) -> Verdict:
    return Verdict(is_interview=False, score=verdict.score, evidence=(*verdict.evidence, why))
