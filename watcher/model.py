"""The shapes that flow through the pipeline: immutable values, no behaviour beyond small derivations."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


@dataclass(frozen=True)
class Person:
    """Someone named in a message or an event; `email` is lower-cased, `name` may be empty."""

    name: str
    email: str

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""


@dataclass(frozen=True)
class Attendee:
    person: Person
    role: str = ""  # REQ-PARTICIPANT, OPT-PARTICIPANT, CHAIR, NON-PARTICIPANT
    partstat: str = ""  # NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED
    cutype: str = ""  # INDIVIDUAL, ROOM, RESOURCE, GROUP


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT, with its times resolved to aware datetimes (or dates for all-day events).

    `end_source` says where `end` came from: "dtend", "duration", "allday" (a date event without
    DTEND lasts one day) or "" when the event states no end at all.
    """

    uid: str
    method: str | None  # the iTIP METHOD of the calendar object holding it
    summary: str = ""
    description: str = ""
    location: str = ""
    start: datetime | date | None = None
    end: datetime | date | None = None
    end_source: str = ""
    status: str = ""  # CONFIRMED, TENTATIVE, CANCELLED or ""
    sequence: int = 0
    dtstamp: datetime | None = None
    recurrence_id: datetime | date | None = None
    rrule: str = ""
    organizer: Person | None = None
    attendees: tuple[Attendee, ...] = ()
    url: str = ""
    conference: str = ""  # a video link found in X- properties, LOCATION or URL
    problems: tuple[str, ...] = ()  # what the reader had to guess or could not read, in words

    @property
    def all_day(self) -> bool:
        return isinstance(self.start, date) and not isinstance(self.start, datetime)

    @property
    def cancelled(self) -> bool:
        return self.method == "CANCEL" or self.status == "CANCELLED"

    @property
    def version(self) -> tuple[int, str]:
        """Order of iTIP revisions: SEQUENCE first, DTSTAMP breaks ties (Google re-sends with SEQUENCE 0)."""
        return (self.sequence, self.dtstamp.isoformat() if self.dtstamp else "")


@dataclass(frozen=True)
class Message:
    """An email reduced to what the pipeline reads. `text` is the best plain-text rendering of the body."""

    message_id: str  # without angle brackets; "" if the message has none
    subject: str = ""
    sender: Person | None = None
    reply_to: tuple[Person, ...] = ()
    to: tuple[Person, ...] = ()
    cc: tuple[Person, ...] = ()
    date: datetime | None = None
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    text: str = ""
    events: tuple[CalendarEvent, ...] = ()
    problems: tuple[str, ...] = ()  # parts that could not be read; the rest of the message still counts
    delivered_to: tuple[str, ...] = ()  # Delivered-To / X-Original-To: the mailbox it was delivered to

    @property
    def thread_root(self) -> str:
        """The first message of the thread this one belongs to (its own id when it starts one)."""
        if self.references:
            return self.references[0]
        return self.in_reply_to or self.message_id

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Every Message-ID this message names as its ancestors, oldest first."""
        ids = list(self.references)
        if self.in_reply_to and self.in_reply_to not in ids:
            ids.append(self.in_reply_to)
        return tuple(ids)


@dataclass(frozen=True)
class Session:
    start: datetime
    end: datetime


class EndSource(StrEnum):
    """How the end of an interview was found, from most to least certain."""

    CALENDAR = "calendar"  # DTEND
    DURATION = "duration"  # DTSTART + DURATION
    TEXT = "text"  # a range or a length stated in the words
    DEFAULT = "default"  # the configured default length


@dataclass(frozen=True)
class Interview:
    """A confirmed job interview (or loop of sessions), as understood from one message or event.

    `key` identifies the interview across messages: the calendar UID when there is one, otherwise the
    Message-ID of the message that confirmed it. `version` orders revisions of the same key.
    """

    key: str
    start: datetime
    end: datetime
    end_source: EndSource
    subject: str = ""
    company: str | None = None
    role: str | None = None
    interviewers: tuple[Person, ...] = ()
    organizer: Person | None = None
    sessions: tuple[Session, ...] = ()
    message_id: str = ""  # the invitation message, for In-Reply-To/References
    references: tuple[str, ...] = ()
    feedback_by: datetime | None = None  # when the company said it would get back
    feedback_within: str = ""  # the timeline as stated, for the plan's explanation
    link: str = ""
    cancelled: bool = False
    declined: bool = False
    version: tuple[int, str] = (0, "")
    evidence: tuple[str, ...] = ()
    # Whoever arranged the interview (recruiter, coordinator), kept apart from the interviewers: a thank-you
    # to an interviewer known only by name can ask them to pass it on.
    coordinator: Person | None = None
    unaddressed: tuple[str, ...] = ()  # interviewers named without any address in the message
    outcome: str | None = None  # news that came later: "rejected", "offer", "next_round"
    warnings: tuple[str, ...] = ()  # guesses the user should know of ("no end stated: taken as 1 hour")
    # How the company wrote: language ("" when unclear), du/tu/tú, and where that was read ("invitation",
    # "thread", "calendar invitation"), for drafts in the same language and register.
    language: str = ""
    informal: bool = False
    language_source: str = ""
    honorifics: tuple[tuple[str, str], ...] = ()  # (surname casefolded, "f"/"m") as the text named people
    # The invitation `message_id` names was written by a calendar or scheduling system, not by a person:
    # a draft gets a subject of its own instead of "Re: Invitation: ... @ Fri Dec 4, 2026 10:30am".
    notification: bool = False

    @property
    def id(self) -> str:
        return interview_id(self.key)

    @property
    def is_panel(self) -> bool:
        return len(self.interviewers) > 1 or len(self.sessions) > 1

    @property
    def end_inferred(self) -> bool:
        return self.end_source is EndSource.DEFAULT


def interview_id(key: str) -> str:
    """A short, stable, typeable id for an interview key (shown by `followup list`)."""
    return hashlib.sha256(key.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class Verdict:
    """Whether a message or event is a job interview, with the evidence a person can check."""

    is_interview: bool
    score: float
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Understanding:
    """Everything the core made of one input: the event it carries, the verdict, the interview."""

    verdict: Verdict
    event: CalendarEvent | None = None
    interview: Interview | None = None
    cancels: str | None = None  # key of an interview this input cancels
    reschedules: bool = False  # says the interview moved: it may replace one on record from another thread
    outcome: str | None = None  # news it brings about an application: "rejected", "offer", "next_round"


class Kind(StrEnum):
    THANK_YOU = "thank_you"
    CHECK_IN = "check_in"


@dataclass(frozen=True)
class FollowUp:
    """A planned draft for some recipients: saved at `due`, meant to be sent by `send_by`, and not worth
    saving at all after `expires` (a thank-you three days late does more harm than none)."""

    interview_id: str
    kind: Kind
    due: datetime
    send_by: datetime
    expires: datetime
    recipients: tuple[Person, ...] = ()
    reason: str = ""  # why this time, in words ("one business day after 'within a week'")
    # Interviewers known only by name whose thanks the recipient (who arranged the interview) is asked to pass on.
    pass_on: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """Stable across restarts and re-plans: the interview, the kind and who it is addressed to."""
        who = ",".join(sorted(p.email for p in self.recipients))
        if self.pass_on:
            who += "|" + ",".join(sorted(self.pass_on))
        return f"{self.interview_id}-{self.kind.value}-{hashlib.sha256(who.encode()).hexdigest()[:6]}"


class Status(StrEnum):
    """Where an interview on record stands."""

    ACTIVE = "active"
    CANCELLED = "cancelled"
    DECLINED = "declined"


class State(StrEnum):
    """Where a follow-up stands: `saving` is recorded before the APPEND, so after a crash it means "look in
    Drafts before saving again"; `off` was switched off by the config or a per-company rule."""

    PLANNED = "planned"
    SAVING = "saving"
    DRAFTED = "drafted"
    SKIPPED = "skipped"
    OFF = "off"


@dataclass(frozen=True)
class StoredFollowUp:
    followup: FollowUp
    state: State
    detail: str
    draft_id: str
    fate: str = ""  # what became of the saved draft (core.fates.Fate), "" before anyone looked
    fate_at: datetime | None = None  # when it was sent

    @property
    def id(self) -> str:
        return self.followup.id


@dataclass(frozen=True)
class StoredInterview:
    interview: Interview
    status: Status
    source: str
