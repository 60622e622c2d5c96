"""Who the interview is with, for which company and role: the thank-you's recipients and its wording."""

from __future__ import annotations

import re

from ..model import CalendarEvent, Message, Person

# Senders that relay for an employer; their domain says nothing about the company.
RELAY_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "hire.lever.co",
    "ashbyhq.com",
    "myworkday.com",
    "workday.com",
    "myworkdayjobs.com",
    "goodtime.io",
    "calendly.com",
    "smartrecruiters.com",
    "icims.com",
    "gem.com",
    "modernloop.io",
    "jobvite.com",
    "bamboohr.com",
    "workable.com",
    "recruitee.com",
    "teamtailor.com",
    "personio.de",
    "personio.com",
    "successfactors.com",
    "taleo.net",
    "zoom.us",
    "google.com",
    "calendar.google.com",
    "microsoft.com",
    "outlook.com",
    "office365.com",
    "teams.microsoft.com",
    "icloud.com",
    "me.com",
    "mac.com",
    "linkedin.com",
    "indeed.com",
    "hirevue.com",
    "codility.com",
    "hackerrank.com",
    "coderpad.io",
    "karat.io",
    "paradox.ai",
    "rippling.com",
    "ripplingmail.com",
)
FREE_MAIL = (
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "live.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "fastmail.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "yandex.ru",
    "mail.com",
    "zoho.com",
    "hey.com",
    "msn.com",
    "orange.fr",
    "free.fr",
    "laposte.net",
)
_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|calendar|invitations?|mailer|bounce)", re.I)


def is_relay(domain: str) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in RELAY_DOMAINS)


# A plain addr-spec (dot-atom local part, a dotted domain, Unicode letters allowed): anything else read
# from an invitation (control characters, quotes, a "mailto:" fused into it) is garbage, not a recipient.
_ADDRESS = re.compile(r"[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*@[\w-]+(?:\.[\w-]+)+")


def is_personal_address(person: Person) -> bool:
    """Whether a person could read a thank-you: not a robot mailbox, not a resource calendar."""
    local = person.email.partition("@")[0]
    return (
        bool(_ADDRESS.fullmatch(person.email))
        and not _NO_REPLY.match(local)
        and "resource.calendar" not in person.domain
    )


def event_interviewers(event: CalendarEvent, user_addresses: frozenset[str]) -> tuple[Person, ...]:
    """Attendees who are people and not the user; the organizer when no one else is named."""
    people: list[Person] = []
    for attendee in event.attendees:
        if attendee.cutype in ("ROOM", "RESOURCE") or attendee.role == "NON-PARTICIPANT":
            continue
        if attendee.person.email in user_addresses or not is_personal_address(attendee.person):
            continue
        people.append(attendee.person)
    organizer = event.organizer
    if not people and organizer and organizer.email not in user_addresses and is_personal_address(organizer):
        people.append(organizer)
    return _unique(people)


def message_contacts(message: Message, user_addresses: frozenset[str]) -> tuple[Person, ...]:
    """The sender when it is a person, and a Reply-To in the sender's own organisation, for invitations
    that name no interviewer. A Reply-To elsewhere is the classic hand-off to an impostor, so it counts
    only when the sender is a scheduling service relaying for the employer (and not a free-mail box)."""
    candidates: list[Person] = []
    sender = message.sender
    if sender and sender.email not in user_addresses and is_personal_address(sender):
        candidates.append(sender)
    for person in message.reply_to:
        same_org = sender is not None and _org(person.domain) == _org(sender.domain)
        relayed = sender is not None and is_relay(sender.domain) and person.domain not in FREE_MAIL
        if person.email not in user_addresses and is_personal_address(person) and (same_org or relayed):
            candidates.append(person)
    return _unique(candidates)


def company_from(people: list[Person], subject: str) -> str | None:
    """The employer: from a subject "... at Acme" / "Acme - ...", else the first non-relay, non-free-mail domain."""
    match = re.search(r"\b(?:at|with|bei|chez|con|en)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})", subject)
    if match and match.group(1).lower() not in ("the", "our"):
        return match.group(1).strip(" .-")
    for person in people:
        if person.domain and not is_relay(person.domain) and person.domain not in FREE_MAIL:
            return _org_name(person.domain)
    return None


_ROLE_PATTERNS = (
    # "Interview: Senior Data Engineer at Northwind", "Phone screen - Data Analyst (Acme)"
    re.compile(
        r"(?i:interview|screen|call|chat)\s*[:\-–—|]\s*(?P<role>[A-Z][^:|\n]{2,60}?)\s*(?:\bat\b|@|\(|[-–—|]|$)"
    ),
    # "... for the Senior Data Engineer role/position", "Position: Data Engineer"
    re.compile(
        r"\b(?:for (?:the|our|a|an)\s+|position:\s*|role:\s*)"
        r"(?P<role>(?:[A-Z][\w/+#&.-]*\s?){1,6}?)\s*(?:role|position|opening|\bat\b|\(|$|[,.\n])"
    ),
)


def role_from(subject: str, description: str) -> str | None:
    """The job title when the invitation names it ("Interview: Senior Data Engineer", "for the X role")."""
    for text in (subject, description[:2000]):
        for pattern in _ROLE_PATTERNS:
            match = pattern.search(text)
            if match and match.group("role").strip(" -,."):
                return match.group("role").strip(" -,.")
    return None


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gv", "nic", "ltd", "plc"})


def _org(domain: str) -> str:
    """The registrable domain: "jobs.northwind.com" -> "northwind.com", "hr.northwind.co.uk" -> "northwind.co.uk"
    (so two companies under .co.uk are not one organisation)."""
    parts = domain.split(".")
    size = 3 if len(parts) >= 3 and len(parts[-1]) == 2 and parts[-2] in _SECOND_LEVEL else 2
    return ".".join(parts[-size:]) if len(parts) >= size else domain


def _org_name(domain: str) -> str:
    label = _org(domain).split(".")[0]
    return label[:1].upper() + label[1:]


def _unique(people: list[Person]) -> tuple[Person, ...]:
    seen: set[str] = set()
    unique = []
    for person in people:
        if person.email not in seen:
            seen.add(person.email)
            unique.append(person)
    return tuple(unique)
