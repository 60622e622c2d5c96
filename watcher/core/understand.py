"""One message or calendar event -> Understanding: the verdict, the event it carries and the interview."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone, tzinfo

from ..model import CalendarEvent, EndSource, Interview, Message, Person, Session, Understanding, Verdict
from . import detect, outcomes, people, roles, threads, timeline, when, zones
from . import layout as layout_mod
from .language import detect_voice, honorifics
from .lexicon import guess_language
from .subjects import is_notification


@dataclass(frozen=True)
class Context:
    """What the core needs to know about the user; no clock, no I/O."""

    user_addresses: frozenset[str]
    timezone: tzinfo
    default_length: timedelta


def event_key(event: CalendarEvent) -> str:
    return f"ical:{event.uid}"


def message_key(message: Message) -> str:
    """A text-only interview is known by its thread, so a later "moved to Thursday 3pm" or "we have to cancel"
    in the same thread updates or cancels it (see reconcile.py)."""
    return f"msg:{message.thread_root}"


# Applicant-tracking and interview-scheduling systems: a message from them is about a hiring process.
_ATS_DOMAINS = tuple(
    d for d in people.RELAY_DOMAINS if d not in ("zoom.us", "google.com", "calendar.google.com", "microsoft.com",
                                                 "outlook.com", "office365.com", "teams.microsoft.com", "icloud.com",
                                                 "me.com", "mac.com", "apple.com", "linkedin.com", "indeed.com",
                                                 "calendly.com", "sendgrid.net", "mailchimp.com", "doodle.com",
                                                 "cronofy.com")
)  # fmt: skip
_CANCELLED = re.compile(
    r"\b(?:(?:has|have) been (?:cancel+ed|called off)|(?:is|was) (?:now )?cancel+ed|"
    r"(?:need|have|had) to (?:cancel|call off)|call(?:ing)? off (?:tomorrow's|today's|your|the|our)|"
    r"(?:was|has been|have been) removed from (?:the|your|our) (?:schedule|calendar)|"
    r"(?:i'm|we're|i am|we are|i'll be|we'll be) cancel+ing|cancel+ing (?:tomorrow's|today's|your|the|our)|"
    r"wurde abgesagt|müssen (?:wir )?(?:den termin|das gespräch|das interview)? ?absagen|sagen (?:wir )?.{0,40}\bab\b|"
    r"(?:est|a été) annulée?|sommes contraints d'annuler|devons annuler|annulons|"
    r"(?:ha sido|fue) cancelad[ao]|debemos cancelar|tenemos que cancelar|cancelamos)",
    re.IGNORECASE,
)
_DAY_FIRST_TLDS = frozenset(
    [
        "uk",
        "ie",
        "au",
        "nz",
        "in",
        "de",
        "at",
        "ch",
        "fr",
        "be",
        "es",
        "it",
        "nl",
        "pt",
        "pl",
        "se",
        "dk",
        "no",
        "fi",
        "mx",
        "ar",
        "co",
        "br",
        "cl",
        "pe",
        "uy",
        "za",
        "sg",
        "hk",
        "eu",
        "lu",
        "cz",
    ]
)


def understand_message(message: Message, ctx: Context) -> Understanding:
    layout = layout_mod.split(message.text, message.subject)
    user = people.identity(message, ctx.user_addresses, message.events)
    understanding = _understand_message(message, ctx, layout, user)
    news = outcomes.message_outcome(message, layout, user.addresses)
    return replace(understanding, outcome=news, interview=_with_people_warnings(understanding.interview))


def _with_people_warnings(interview: Interview | None) -> Interview | None:
    """The interview, with what the user should check about whom the thank-you goes to added to its
    warnings (shown by inspect and list, logged by the service)."""
    if interview is None:
        return None
    notes = []
    coordinator = interview.coordinator
    for name in interview.unaddressed:
        if coordinator is not None:
            # core.policy plans a thank-you to whoever arranged the interview that asks them to pass it on.
            who = coordinator.name or coordinator.email
            notes.append(
                f"{name} has no address in the message: {who}, who arranged it, is asked to pass the thanks on"
            )
        else:
            notes.append(f"{name} has no address in the message: no thank-you is addressed to them")
    if not interview.interviewers and not interview.unaddressed:
        notes.append("no interviewer or contact address found: the thank-you has nobody to go to")
    return replace(interview, warnings=(*interview.warnings, *notes)) if notes else interview


def _understand_message(
    message: Message, ctx: Context, layout: layout_mod.Layout, user: people.Identity
) -> Understanding:
    sender = message.sender
    ats = bool(sender and any(sender.domain == d or sender.domain.endswith("." + d) for d in _ATS_DOMAINS))
    verdict = detect.judge_message(
        message,
        user.addresses,
        user_named=user.named,
        title_ok=_expected_names(message, message.events),
        layout=layout,
        ats_sender=ats,
    )
    event = primary_event(message.events)
    if event is not None:
        return _from_event(event, verdict, ctx, message, layout, user)
    if not verdict.is_interview and verdict.score < detect.THRESHOLD - TIME_WEIGHT:
        return Understanding(verdict=verdict)
    day_first = _day_first(message, layout)
    key = message_key(message)
    head = f"{message.subject}\n{layout.primary[:4000]}"
    cancelled = bool(_CANCELLED.search(head)) and not threads.reschedules(head)
    writer = _sender_zone(message, layout)

    def read(cancelling: bool = False) -> when.Found | None:
        return when.find(
            message.text,
            message.subject,
            message.date,
            ctx.timezone,
            day_first=day_first,
            layout=layout,
            sender_tz=writer,
            writer_zone=True,
            cancelled=cancelling,
        )

    found = read()
    if found is None and cancelled and verdict.is_interview:
        found = read(cancelling=True)  # "I have to cancel our meeting Thursday at 10": the time cancelled
        if found is None and layout.quoted:
            # "we need to cancel Thursday's call" over the quoted confirmation: the time it confirmed
            found = when.find(layout.quoted, "", message.date, ctx.timezone, day_first=day_first, cancelled=True)
    if found is None:
        if verdict.is_interview and cancelled:
            return Understanding(verdict=_add(verdict, "cancelled in words"), cancels=key)
        return Understanding(verdict=_reject(verdict, "no confirmed date and time"))
    verdict = _with_time(verdict, found)
    if not verdict.is_interview:
        return Understanding(verdict=verdict)
    if cancelled:
        verdict = _add(verdict, "cancelled in words")
    sessions = list(found.sessions)
    start = sessions[0].start
    end = sessions[-1].end if found.end_stated else start + ctx.default_length
    if not found.end_stated:
        sessions = [Session(s.start, s.start + ctx.default_length) for s in sessions]
    primary = layout.primary
    known = people.everyone(message, layout, message.events)
    named = people.named_interviewers(primary)
    addressed = people.with_named(people.text_interviewers(message, layout, user), named, known, user)
    host = people.booking_host(message, user)
    if addressed and host is not None:  # alone, the host is found among the contacts below
        addressed = people.with_named((host, *addressed), [], known, user)
    contacts = people.contacts(message, layout, user)
    interviewers = addressed or contacts[:1]
    company = people.company(interviewers, message, [primary], message.subject, quoted=layout.quoted)
    missing = people.unaddressed([n for n in named if people.company_key(n) != people.company_key(company or "")],
                                 known, user)  # fmt: skip
    stated = timeline.stated_feedback(primary, end, message.date, ctx.timezone, day_first=day_first)
    interview = Interview(
        key=key,
        start=start,
        end=end,
        end_source=EndSource.TEXT if found.end_stated else EndSource.DEFAULT,
        subject=message.subject,
        company=company,
        role=roles.role_from(message.subject, f"{primary}\n{layout.quoted}", exclude=(*user.names, company or "")),
        interviewers=interviewers,
        organizer=sender,
        coordinator=people.coordinator([sender, *message.reply_to, *contacts], addressed, user),
        unaddressed=missing,
        sessions=tuple(sessions) if len(sessions) > 1 else (),
        message_id=message.message_id,
        references=message.thread_ids,
        feedback_by=stated.by if stated else None,
        feedback_within=stated.phrase if stated else "",
        link=people.video_link(primary),
        cancelled=cancelled,
        version=(0, message.date.isoformat() if message.date else ""),
        evidence=verdict.evidence,
        warnings=_length_warning(EndSource.TEXT if found.end_stated else EndSource.DEFAULT, ctx),
        **_voice(message, layout, None),
    )
    if cancelled:
        return Understanding(verdict=verdict, interview=interview, cancels=key)
    moved = threads.reschedules(f"{message.subject}\n{primary[:4000]}")
    return Understanding(verdict=verdict, interview=interview, reschedules=moved)


def understand_event(event: CalendarEvent, ctx: Context, *, assume_interview: bool = False) -> Understanding:
    """`assume_interview`: the event's UID already belongs to an interview on record (an update)."""
    user = people.identity(None, ctx.user_addresses, (event,))
    verdict = detect.judge_event(event, user.addresses, user_named=user.named, title_ok=_expected_names(None, (event,)))
    if assume_interview and not verdict.is_interview:
        verdict = Verdict(True, verdict.score, (*verdict.evidence, "updates an interview on record"))
    understanding = _from_event(event, verdict, ctx, None, None, user)
    return replace(understanding, interview=_with_people_warnings(understanding.interview))


def _length_warning(source: EndSource, ctx: Context) -> tuple[str, ...]:
    if source is not EndSource.DEFAULT:
        return ()
    return (f"no end or length stated: taken to last {duration_words(ctx.default_length)} (default_interview_length)",)


def duration_words(length: timedelta) -> str:
    """ "1 hour", "45 minutes", "1 hour 30 minutes"."""
    minutes = int(length.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
    if minutes or not parts:
        parts.append(f"{minutes} minute{'s' if minutes != 1 else ''}")
    return " ".join(parts)


def primary_event(events: tuple[CalendarEvent, ...]) -> CalendarEvent | None:
    """The first event in file order: an invitation carries one VEVENT, or a series and its exceptions."""
    return events[0] if events else None


def _from_event(
    event: CalendarEvent,
    verdict: Verdict,
    ctx: Context,
    message: Message | None,
    layout: layout_mod.Layout | None,
    user: people.Identity,
) -> Understanding:
    key = event_key(event)
    if not verdict.is_interview:
        return Understanding(verdict=verdict, event=event, cancels=key if event.cancelled else None)
    if event.all_day or not isinstance(event.start, datetime):
        if event.cancelled:
            return Understanding(verdict=verdict, event=event, cancels=key)
        why = "the event has no start time" if event.start is None else "an all-day event has no time to follow up from"
        return Understanding(verdict=_reject(verdict, why), event=event)
    loop = _loop(event, message)
    start = event.start
    if event.end_source in ("dtend", "duration") and isinstance(event.end, datetime) and event.end > start:
        end = event.end
        source = EndSource.CALENDAR if event.end_source == "dtend" else EndSource.DURATION
    else:
        end, source = start + ctx.default_length, EndSource.DEFAULT
    sessions: tuple[Session, ...] = ()
    if len(loop) > 1:
        sessions = tuple(Session(e.start, e.end) for e in loop)  # type: ignore[arg-type]
        start, end = sessions[0].start, sessions[-1].end
    text = "\n".join(filter(None, [layout.primary if layout else "", event.description]))
    interviewers: tuple[Person, ...] = ()
    for part in loop or [event]:
        interviewers += people.event_interviewers(part, user, text)
    interviewers = tuple({p.email: p for p in interviewers}.values())
    organizer_email = event.organizer.email if event.organizer else ""
    # Who surely interviews (not a stand-in for the thank-you): attendees, and the organizer when the text
    # says they take part; a lone organizer or a contact is there only for want of anyone else.
    confirmed = tuple(p for p in interviewers if p.email != organizer_email or people.organizer_takes_part(event, text))
    named = people.named_interviewers(f"{event.summary}\n{text}")
    known = people.everyone(message, layout, message.events if message else (event,))
    confirmed += tuple(p for p in interviewers if any(people.same_person(n, p) for n in named))
    if not confirmed and message is not None and layout is not None:
        # Nobody but a stand-in from the calendar: the interviewers the words name with an address win.
        from_text = people.with_named(people.text_interviewers(message, layout, user), named, known, user)
        confirmed = tuple(p for p in from_text if p.email != organizer_email or people.takes_part(text))
        interviewers = from_text or interviewers or people.contacts(message, layout, user)[:1]
    elif confirmed:
        interviewers = people.with_named(interviewers, named, known, user)
        confirmed += tuple(p for p in interviewers if any(people.same_person(n, p) for n in named))
    texts = [text]
    subject = message.subject if message and message.subject else event.summary
    company = people.company(
        interviewers, message, [*texts, event.summary], f"{event.summary}\n{subject}", event.organizer
    )
    named = [n for n in named if people.company_key(n) != people.company_key(company or "")]
    missing = people.unaddressed(named, known, user)
    arrangers = [event.organizer]
    if message is not None and layout is not None:
        arrangers += [message.sender, *message.reply_to, *people.contacts(message, layout, user)]
    declined = any(user.is_user(a.person) and a.partstat == "DECLINED" for a in event.attendees)
    stated = (
        timeline.stated_feedback(text, end, message.date if message else None, ctx.timezone)
        if not event.cancelled
        else None
    )
    interview = Interview(
        key=key,
        start=start,
        end=end,
        end_source=source,
        subject=subject,
        company=company,
        role=roles.role_from(
            # The first line of a description is often a title line ("Acme - Senior UX Designer, portfolio").
            f"{message.subject if message else ''}\n{event.summary}\n{_first_line(event.description)}",
            f"{layout.primary if layout else ''}\n{event.description}",
            exclude=tuple(user.names),
        ),
        interviewers=interviewers,
        organizer=event.organizer,
        coordinator=people.coordinator(arrangers, confirmed, user),
        unaddressed=missing,
        sessions=sessions,
        message_id=message.message_id if message else "",
        references=message.thread_ids if message else (),
        feedback_by=stated.by if stated else None,
        feedback_within=stated.phrase if stated else "",
        link=event.conference or event.url or people.video_link(text),
        cancelled=event.cancelled,
        declined=declined,
        version=event.version,
        evidence=verdict.evidence,
        warnings=(*event.problems, *_length_warning(source, ctx)),
        **_voice(message, layout, event),
    )
    moved = threads.reschedules(f"{subject}\n{text[:4000]}") and not event.cancelled
    return Understanding(
        verdict=verdict, event=event, interview=interview, cancels=key if event.cancelled else None, reschedules=moved
    )


def _voice(message: Message | None, layout: layout_mod.Layout | None, event: CalendarEvent | None) -> dict:
    """How the company wrote (language, du/tu/tú, titles of address) and whether a person wrote the invitation.

    The words a person at the company wrote come first: a calendar event's title and description (the email
    around it is often the calendar tool's, in the recipient's language), then the message's own words, then
    the thread it quotes."""
    sources: list[tuple[str, str]] = []
    if event is not None:
        sources.append((f"{event.summary}\n{event.description}", "calendar invitation"))
    if message is not None and layout is not None:
        own = "thread" if message.in_reply_to or message.references else "invitation"
        sources.append((f"{message.subject}\n{layout.primary}", own))
        sources.append((layout.quoted, "thread"))
    fields: dict = {
        "honorifics": honorifics("\n".join(text for text, _ in sources)),
        "notification": message is None or is_notification(message),
    }
    for text, where in sources:
        voice = detect_voice(text)
        if voice.language:
            return {**fields, "language": voice.language, "informal": voice.informal, "language_source": where}
    return fields


def _loop(event: CalendarEvent, message: Message | None) -> list[CalendarEvent]:
    """The sessions of a loop sent as one calendar file with one VEVENT per session (different UIDs)."""
    if message is None or len(message.events) < 2 or not isinstance(event.start, datetime):
        return [event]
    parts = [
        e
        for e in message.events
        if isinstance(e.start, datetime)
        and isinstance(e.end, datetime)
        and e.recurrence_id is None
        and not e.rrule
        and e.method == event.method
        and e.cancelled == event.cancelled
        and abs(e.start - event.start) <= timedelta(hours=12)
    ]
    if len({e.uid for e in parts}) < 2 or event not in parts:
        return [event]
    return sorted({e.uid: e for e in parts}.values(), key=lambda e: e.start)  # type: ignore[arg-type, return-value]


def _expected_names(message: Message | None, events: tuple[CalendarEvent, ...]):
    """Who may be named in an interview's title besides the user: its people, its company, a job title."""
    people_seen: list[Person] = []
    if message is not None:
        people_seen += [p for p in (message.sender, *message.reply_to, *message.to, *message.cc) if p is not None]
    for event in events:
        people_seen += [a.person for a in event.attendees]
        if event.organizer:
            people_seen.append(event.organizer)
    keys = {people.name_key(part) for p in people_seen for part in (p.name, p.email.partition("@")[0]) if part}
    orgs = {p.domain.split(".")[-2] if "." in p.domain else p.domain for p in people_seen}

    def expected(name: str) -> bool:
        key = people.name_key(name)
        squashed = key.replace(" ", "")
        return (
            any(key in k or k in key for k in keys if len(k) > 2)
            or any(squashed in org or org.startswith(squashed) for org in orgs)
            # "Nordhavn Shipping" in a title, from nordhavn.se: the company's fuller name.
            or any(len(org) >= 4 and squashed.startswith(org) for org in orgs)
            or roles.is_title(name)
        )

    return expected


def _first_line(text: str) -> str:
    stripped = text.strip()
    return stripped.splitlines()[0][:200] if stripped else ""


_PHONE = re.compile(r"(?:^|[\s(:])(?:\+|00)(\d{1,3})[\s.(-]*\d")
_NANP = re.compile(r"(?<![\d+])(?:\+?1[\s.-]?)?\(?([2-9]\d\d)\)?[\s./-]{0,2}[2-9]\d\d[\s.-]\d{4}(?!\d)")
_SIGNATURE_LINES = 8
_SIGNATURE_LINE = re.compile(r"(?:\S+\s+){0,7}\S+(?<![.?!:])")
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2}")
_GREETING = re.compile(
    r"\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|sehr geehrte[rs]?|guten tag|"
    r"bonjour|bonsoir|cher|chère|hola|estimad[oa]s?|querid[oa]|olá|ola|oi|prezad[oa])\b",
    re.I,
)
_SITE = re.compile(r"\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2})\b(?![.@-])", re.I)


def _signature(layout: layout_mod.Layout) -> str:
    """The last lines of the sender's own words: where a signature gives a phone number, a city, a website."""
    own = [line for line in layout.blocks[0].lines if line.strip()] if layout.blocks else []
    return "\n".join(own[-_SIGNATURE_LINES:])


def _phone_countries(text: str) -> set[str]:
    """Countries of the international phone numbers written in `text` ("+44 7700 900123" -> "uk")."""
    found = set()
    for match in _PHONE.finditer(text):
        digits = match.group(1)
        if digits.startswith("1"):
            found.add("us")
            continue
        for size in (3, 2):
            country = zones.PHONE_PREFIXES.get(digits[:size])
            if country:
                found.add(country)
                break
    return found


def _sender_zone(message: Message, layout: layout_mod.Layout) -> tzinfo | None:
    """The zone the sender evidently writes from ("our time", and a time written without a zone): a city in
    their signature, their phone number's country, their domain's country; None when nothing says it (a US
    number spans six zones)."""
    signature = "\n".join(line for line in _signature(layout).splitlines() if not _GREETING.match(line))
    # Signature lines are short and end without a full stop ("Torstraße 109, 10119 Berlin", "Copenhagen"); a
    # sentence of a short message ("you'll meet Victoria and Austin at 2pm.") names people, not places.
    places = "\n".join(line for line in signature.splitlines() if _SIGNATURE_LINE.fullmatch(line.strip()))
    sender = message.sender
    # "Victoria Hart" signs, "Hi Sofía" greets: people, not Australia or Bulgaria.
    named = [p for p in (sender, *message.reply_to, *message.to, *message.cc) if p is not None]
    names = {w.casefold() for p in named for w in re.findall(r"\w+", p.name)}
    # From the bottom up: the signature ends the message; a city named in a sentence above it ("that's 10:00
    # in New York") is the reader's, not the writer's.
    runs = [m.group(0) for line in places.splitlines() for m in _CAPITALISED.finditer(line)]
    for run in reversed(runs):
        words = run.split()
        if any(w.casefold() in names for w in words):
            continue  # "Victoria Hart" is a person, not Australia
        for i in range(len(words)):
            tz = zones.city_zone(" ".join(words[i:]))
            if tz is not None:
                return tz
    countries = _phone_countries(signature)
    if len(countries) == 1:
        tz = zones.country_zone(next(iter(countries)))
        if tz is not None:
            return tz
    if not countries - {"us"}:
        # "713-853-5290", "(713) 853-5290", "713/853-5290": a North American number's area code.
        found = {zones.area_code_zone(m.group(1)) for m in _NANP.finditer(signature)}
        if len(found) == 1 and None not in found:
            return found.pop()
    tld = sender.domain.rsplit(".", 1)[-1] if sender is not None else ""
    if sender is not None and tld not in _VANITY_TLDS and not people.is_relay(sender.domain):
        tz = zones.country_zone(tld)
        if tz is not None:
            return tz
    return _foreign_clock(message.date) if sender is not None and not people.is_relay(sender.domain) else None


def _foreign_clock(sent: datetime | None) -> tzinfo | None:
    """The offset of the sender's own clock (the Date header a mail program writes) when it is outside the
    Americas and not UTC: a Gmail address writing from Melbourne (+11:00) means Melbourne's 3pm. Within the
    Americas an offset could be any of several zones, and UTC is what servers stamp: nothing is read there."""
    offset = _clock_offset(sent)
    if offset is None or -timedelta(hours=11) < offset < timedelta(hours=1):
        return None
    return timezone(offset)


# Country codes start-ups use as words (".co", ".io", ".ai", ".me", ".tv"): no place.
_VANITY_TLDS = frozenset(("co", "io", "ai", "me", "tv", "ly", "fm", "gg", "so", "to", "sh", "app", "dev"))


def _day_first(message: Message, layout: layout_mod.Layout) -> bool | None:
    """How the sender likely writes 4/3/2026: day first outside the US, month first in American English."""
    domains = [p.domain for p in (message.sender, *message.reply_to) if p is not None]
    domains += [b.author.domain for b in layout.blocks if b.author is not None]
    tlds = {d.rsplit(".", 1)[-1] for d in domains if not people.is_relay(d)}
    if "us" in tlds:
        return False
    if tlds & _DAY_FIRST_TLDS:
        return True
    signature = _signature(layout)
    phones = _phone_countries(signature)
    if phones == {"us"}:
        return False
    if phones & _DAY_FIRST_TLDS:
        return True
    # A website in the signature ("www.fernbridge.co.uk"); ".co" is as often a start-up as Colombia.
    sites = {m.group(1).lower() for m in _SITE.finditer(signature)} - {"co"}
    if sites & _DAY_FIRST_TLDS:
        return True
    text = layout.primary[:4000]
    if guess_language(text) in ("de", "fr", "es") or _DAY_FIRST_WORDS.search(text):
        return True
    if re.search(r"\b(?:GMT|BST|whilst|colour|favour|organis\w+|programme)\b", text):
        return True
    if _day_first_offset(message.date):
        return True  # a Gmail sender whose clock is in Sydney, Berlin or Mumbai
    if tlds:
        return False
    return None


def _clock_offset(sent: datetime | None) -> timedelta | None:
    """The offset of the Date header's clock, or None when the header has no date or no zone."""
    return sent.utcoffset() if sent is not None and sent.tzinfo is not None else None


def _day_first_offset(sent: datetime | None) -> bool:
    """Whether the sender's clock (the Date header's offset) is where dates are written day first: Europe,
    Africa, the Middle East, India, Australia and New Zealand. UTC itself is left out (servers stamp it), and
    so are +08:00 and +09:00, where China, Japan, Korea and the Philippines put the month first."""
    offset = _clock_offset(sent)
    if offset is None:
        return False
    minutes = int(offset.total_seconds() // 60)
    return 60 <= minutes <= 345 or 600 <= minutes <= 780


# Portuguese, Italian and Dutch, which guess_language does not tell apart: their writers put the day first.
_DAY_FIRST_WORDS = re.compile(
    r"\b(?:você|obrigad[oa]|às|horário|feira|entrevista marcada|grazie|colloquio|alle ore|"
    r"gesprek|sollicitatie|bedankt|om \d{1,2}[.:]\d{2} uur)\b",
    re.IGNORECASE,
)
TIME_WEIGHT = 1.0


def _with_time(verdict: Verdict, found: when.Found) -> Verdict:
    """A confirmed date and time is evidence too: the words and the time must together pass the threshold."""
    score = round(verdict.score + TIME_WEIGHT, 2)
    core = "no interview term" not in verdict.evidence
    evidence = (*verdict.evidence, f"+{TIME_WEIGHT:g} a confirmed time: {found.evidence}")
    return Verdict(is_interview=core and score >= detect.THRESHOLD, score=score, evidence=evidence)


def _add(verdict: Verdict, note: str) -> Verdict:
    return Verdict(is_interview=verdict.is_interview, score=verdict.score, evidence=(*verdict.evidence, note))


def _reject(verdict: Verdict, why: str) -> Verdict:
    return Verdict(is_interview=False, score=verdict.score, evidence=(*verdict.evidence, why))
