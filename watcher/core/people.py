"""Who the interview is with, for which company and role: the thank-you's recipients and its wording.

Interviewers, in order of preference:
1. people named as taking part who have an address in the message: calendar attendees, people written
   next to an address in the body ("Interviewer: Elena Sokolova <elena@quarry.dev>", "his email is ..."),
   people copied on the message whom the text names, and the writer when they say they take part
   ("with me and Victor", "und ich", "avec moi-même");
2. else the recruiter or coordinator: the sender when a person, the Reply-To behind an ATS or no-reply
   sender, a contact address given in the body, the calendar organizer.
Never the user, never a robot or shared mailbox, never an address from quoted text, a link, a forwarded
header's recipient list or a Reply-To on a foreign domain.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..model import CalendarEvent, Message, Person
from . import layout as layout_mod

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
    "apple.com",
    "linkedin.com",
    "indeed.com",
    "hirevue.com",
    "codility.com",
    "hackerrank.com",
    "hackerrankforwork.com",
    "coderpad.io",
    "karat.io",
    "paradox.ai",
    "rippling.com",
    "ripplingmail.com",
    "breezy.hr",
    "recruiterbox.com",
    "jazzhr.com",
    "applytojob.com",
    "pinpointhq.com",
    "comeet.co",
    "dover.com",
    "wellfound.com",
    "yello.co",
    "prelude.co",
    "cronofy.com",
    "doodle.com",
    "sendgrid.net",
    "mailchimp.com",
)
# Meeting and mail-delivery services: relays too, but no sign of a hiring process (unlike RELAY_DOMAINS,
# which understand.py also reads as applicant-tracking senders).
_SERVICE_DOMAINS = (
    "cal.com",
    "zoomgov.com",
    "webex.com",
    "gotomeeting.com",
    "microsoftonline.com",
    "office.com",
    "hubspot.com",
    "hubspotemail.net",
    "mailgun.org",
    "amazonses.com",
    "mandrillapp.com",
    "sparkpostmail.com",
)
FREE_MAIL = (
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.fr",
    "yahoo.es",
    "yahoo.de",
    "hotmail.com",
    "hotmail.fr",
    "hotmail.de",
    "hotmail.es",
    "outlook.com",
    "outlook.de",
    "outlook.fr",
    "outlook.es",
    "live.com",
    "aol.com",
    "icloud.com",
    "me.com",
    "proton.me",
    "protonmail.com",
    "fastmail.com",
    "gmx.de",
    "gmx.net",
    "gmx.at",
    "web.de",
    "t-online.de",
    "posteo.de",
    "yandex.ru",
    "mail.com",
    "zoho.com",
    "hey.com",
    "msn.com",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "wanadoo.fr",
    "libero.it",
    "qq.com",
    "163.com",
)
_NO_REPLY = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|calendar|invitations?|mailer|bounce|auto|alerts?|"
    r"system|postmaster|daemon)",
    re.I,
)
# Shared mailboxes: a thank-you there reaches nobody in particular. A last resort, never an interviewer.
_ROLE_MAILBOX = re.compile(
    r"^(?:recruit\w*|careers?|jobs?|hr|talent\w*|people|hiring|interviews?|scheduling|schedule|info|hello|"
    r"support|team|contact|office|admin|apply|applications?|bewerbung\w*|karriere|emploi|empleo|rh|rrhh|"
    r"personal|candidates?|staffing|exec-office|all|everyone)(?:[-_.].*)?$",
    re.I,
)
_VIDEO_LINK = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|zoomgov\.com|teams\.microsoft\.com|teams\.live\.com|meet\.google\.com|"
    r"webex\.com|whereby\.com|meet\.jit\.si|chime\.aws|bluejeans\.com|gotomeeting\.com|app\.coderpad\.io|"
    r"coderpad\.io)/[^\s<>\"')\]]*",
    re.I,
)
_BARE_MEET = re.compile(r"(?<![/\w.])meet\.google\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}\b", re.I)
_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass(frozen=True)
class Identity:
    """Who the user is: their addresses, the local parts of those addresses, and the names they go by."""

    addresses: frozenset[str]
    names: frozenset[str] = frozenset()

    @property
    def locals(self) -> frozenset[str]:
        return frozenset(a.partition("@")[0] for a in self.addresses)

    def is_user(self, person: Person | None) -> bool:
        if person is None:
            return False
        if person.email in self.addresses:
            return True
        local, _, domain = person.email.partition("@")
        # The same mailbox name at another free-mail provider is the user's old address ("jordan.lee@hotmail").
        if local in self.locals and (domain in FREE_MAIL or len(local) > 6):
            return True
        return bool(person.name) and _name_key(person.name) in self.names

    def named(self, text: str) -> bool:
        """Whether `text` is (or starts with) one of the user's names."""
        key = _name_key(text)
        return any(key == n or key.startswith(n + " ") for n in self.names)


def identity(message: Message | None, configured: frozenset[str], events: tuple[CalendarEvent, ...] = ()) -> Identity:
    """The user as configured; without a config, the message's own recipients (To, Delivered-To)."""
    addresses = set(configured)
    if not addresses and message is not None:
        addresses.update(message.delivered_to)
        recipients = list(message.to)
        sender_org = _org(message.sender.domain) if message.sender else ""
        # Several To: addresses: the ones outside the sender's organisation are the user.
        outside = [p for p in recipients if _org(p.domain) != sender_org]
        addresses.update(p.email for p in (outside or recipients[:1]))
    names: set[str] = set()
    seen: list[Person] = []
    if message is not None:
        seen += [*message.to, *message.cc]
        if message.sender:
            seen.append(message.sender)
    for event in events:
        seen += [a.person for a in event.attendees]
    for person in seen:
        if person.email in addresses and person.name:
            names.add(_name_key(clean_name(person.name)))
    for address in addresses:
        local = address.partition("@")[0]
        parts = [p for p in re.split(r"[._-]+", local) if p.isalpha() and len(p) > 1]
        if len(parts) >= 2:
            names.add(" ".join(parts))
    return Identity(frozenset(addresses), frozenset(n for n in names if n))


_RELAYS = frozenset(RELAY_DOMAINS + _SERVICE_DOMAINS)


# A service's own mail domains vary ("greenhouse-mail.io", "teamtailor-mail.com", "smartrecruitersmail.com",
# "talent.icims.com"): a domain label made of a distinctive service name, alone or with "mail", is a relay.
_SERVICE_LABEL = re.compile(
    r"^(?:greenhouse|ashbyhq|ashby|smartrecruiters|icims|jobvite|teamtailor|personio|recruitee|bamboohr|goodtime|"
    r"calendly|workable|breezy|breezyhr|jazzhr|pinpointhq|myworkday|myworkdayjobs|workday|successfactors|taleo|"
    r"modernloop|cronofy|comeet|hirevue|paradox|rippling|ripplingmail|recruiterbox|applytojob|homerun|"
    r"factorial|bullhorn|jobdiva|avature|phenom|eightfold|beamery|oracle-?cloud|taleo|gem|dover|hireology|"
    r"clockwise|reclaim|savvycal|youcanbook|zcal|harver|willo|spark-?hire|codesignal|testgorilla)"
    r"(?:-?mail(?:er)?|-?notifications?|-?email|-?messaging)?$",
    re.I,
)


def is_relay(domain: str) -> bool:
    """A recruiting, scheduling or calendar service that sends on someone's behalf: never the employer."""
    parts = domain.lower().split(".")
    if any(".".join(parts[i:]) in _RELAYS for i in range(len(parts) - 1)):
        return True
    return any(_SERVICE_LABEL.match(label) for label in parts[:-1])


# A plain ASCII addr-spec (dot-atom local part, a dotted domain): anything else read from an invitation
# (control characters, quotes, a "mailto:" fused into it, stray 8-bit bytes) is garbage, not a recipient;
# a draft header cannot carry a non-ASCII address without SMTPUTF8 anyway.
_VALID_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)


# A part of a mailbox name that makes it a list or a team's ("eng-interviewers", "sales.hiring", "nyc-recruiting").
_GROUP_PART = re.compile(
    r"^(?:interviewers?|interviews|recruit\w*|hiring|talent|panel|team|staff|careers?|jobs)$", re.IGNORECASE
)


def is_shared_mailbox(address: str) -> bool:
    """A mailbox that belongs to a team or a process, not a person: "recruiting@", "eng-interviewers@"."""
    local = address.partition("@")[0]
    return bool(_ROLE_MAILBOX.match(local)) or any(_GROUP_PART.match(p) for p in re.split(r"[-_.+]", local)[1:])


def is_personal_address(person: Person) -> bool:
    """Whether a person could read a thank-you: a valid address, not a robot mailbox, not a resource calendar."""
    local = person.email.partition("@")[0]
    return (
        bool(_VALID_ADDRESS.fullmatch(person.email))
        and not _NO_REPLY.match(local)
        and "resource.calendar" not in person.domain
    )


def is_individual(person: Person) -> bool:
    """A person's own mailbox at a real organisation: not a robot, a shared mailbox or a relay."""
    local = person.email.partition("@")[0]
    return is_personal_address(person) and not is_shared_mailbox(local) and not is_relay(person.domain)


# ---------------------------------------------------------------------- interviewers


def event_interviewers(event: CalendarEvent, user: Identity, text: str = "") -> tuple[Person, ...]:
    """Attendees who are people and not the user; the organizer when they take part or no one else is named."""
    people: list[Person] = []
    organizer = event.organizer
    for attendee in event.attendees:
        if attendee.cutype in ("ROOM", "RESOURCE", "GROUP") or attendee.role == "NON-PARTICIPANT":
            continue
        person = attendee.person
        if user.is_user(person) or not is_personal_address(person) or is_relay(person.domain):
            continue
        if is_shared_mailbox(person.email):
            continue  # "interviews@", "eng-interviewers@": a scheduling mailbox or a list invited along
        if _is_room(person, event.location):
            continue
        if organizer and person.email == organizer.email:
            continue  # Google lists the organizer as a guest too; whether they take part is decided below
        people.append(Person(clean_name(person.name), person.email))
    takes_part = organizer_takes_part(event, text)
    if organizer and not user.is_user(organizer) and is_individual(organizer) and (not people or takes_part):
        people.insert(0, Person(clean_name(organizer.name), organizer.email))
    return _unique(people)


_ROOM_WORDS = re.compile(
    r"(?:^|[\W_\d])(?:room|conf|conference|boardroom|meetingroom|meeting room|huddle|auditorium|salle|"
    r"besprechungsraum|sitzungssaal|zoom ?room|teams ?room)(?:$|[\W_\d])",
    re.I,
)


def _is_room(person: Person, location: str) -> bool:
    """A meeting room invited as a plain attendee (Exchange often gives no CUTYPE): named like a room, or
    named as the event's location ("NYC-12-Boardroom (16)")."""
    local = person.email.partition("@")[0]
    if _ROOM_WORDS.search(person.name or "") or _ROOM_WORDS.search(local):
        return True
    name = (person.name or "").strip().casefold()
    return len(name) >= 4 and any(name == part.strip().casefold() for part in re.split(r"[;,]", location or ""))


def organizer_takes_part(event: CalendarEvent, text: str = "") -> bool:
    """The organizer interviews too: the words say so ("with me and Victor"), or the title names them
    ("Jordan <> Tom", "Interview: Jordan Lee / Tom Reyes")."""
    if text and _takes_part(text):
        return True
    organizer = event.organizer
    first = clean_name(organizer.name).split()[:1] if organizer else []
    return bool(first) and len(first[0]) > 2 and bool(re.search(rf"\b{re.escape(first[0])}\b", event.summary))


def writer(message: Message) -> Person | None:
    """Who wrote a message's own words: its sender, or behind a recruiting system's no-reply sender the
    person its Reply-To names ("Grace Holt <grace@lumendental.com>" behind "X via Recruitee")."""
    sender = message.sender
    if sender is None or is_individual(sender):
        return sender
    behind = [p for p in message.reply_to if is_individual(p) and _trusted_reply_to(p, sender)]
    return behind[0] if len(behind) == 1 else sender


def text_interviewers(message: Message, layout: layout_mod.Layout, user: Identity) -> tuple[Person, ...]:
    """Interviewers named with an address in the words of a message (rule 1); empty when none is."""
    primary = [line for line in layout.lines if line.kind in (layout_mod.OWN, layout_mod.FORWARDED)]
    primary_text = "\n".join(line.text for line in primary)
    authors = {b.index: b.author for b in layout.blocks}
    authors[0] = message.sender
    forwarded_recipients = {p.email for b in layout.forwarded for p in b.recipients}
    header_names = _header_names(message, layout)
    found: list[tuple[int, Person]] = []
    position = 0
    block_start: dict[int, int] = {}
    for line in primary:
        block_start.setdefault(line.block, position)
        author = authors.get(line.block)
        for match in _ADDRESS.finditer(line.text):
            address = match.group(0).lower().strip(".")
            if _in_link(line.text, match.start()):
                continue
            person = Person(header_names.get(address, ""), address)
            if user.is_user(person) or not is_individual(person):
                continue
            if author and address == author.email:
                continue  # the writer's own signature
            if _is_contact(line.text[: match.start()]):
                continue  # "questions? contact Lily at ..." is the recruiter, not an interviewer
            name = person.name or _name_near(line.text, match.start(), address, primary_text)
            if not name:
                continue  # a bare address introduces no one: it may be a footer, a list, anything
            found.append((position + match.start(), Person(clean_name(name), address)))
        position += len(line.text) + 1
    named_text = _fold(primary_text)
    copied = bool(_COPIED_INTERVIEWERS.search(primary_text))
    for person in (*message.to, *message.cc):
        if user.is_user(person) or not is_individual(person) or person.email in forwarded_recipients:
            continue
        if message.sender and person.email == message.sender.email:
            continue
        name = clean_name(person.name) or _name_near("", 0, person.email, primary_text)
        at = _mention_position(name, person.email, named_text)
        if at is None and copied and person in message.cc:
            at = len(primary_text)  # "I've copied your interviewers": everyone in Cc, after those named
        if at is not None:
            found.append((at, Person(name, person.email)))
    for block in layout.forwarded:
        # A forwarded invitation's own copies: colleagues of its author whom its words name ("Raj and I").
        author = block.author
        if author is None or block.index not in block_start or not is_individual(author):
            continue
        text = _fold("\n".join(line.text for line in primary if line.block == block.index))
        for person in block.recipients:
            if person.email == author.email or user.is_user(person) or not is_individual(person):
                continue
            if _org(person.domain) != _org(author.domain):
                continue  # the agency it was forwarded to, not the hiring company's people
            name = clean_name(person.name) or _name_near("", 0, person.email, primary_text)
            # Past the salutation ("Hi Josh,", "Rachel, I read..."): whom the note is written to is not named in it.
            opening = re.match(r"\s*[^\n]{0,40}?(?:,|\n)", text)
            skip = opening.end() if opening else 0
            at = _mention_position(name, person.email, text[skip:])
            if at is not None:
                found.append((block_start[block.index] + skip + at, Person(name, person.email)))
    for block in layout.blocks:
        if block.kind == layout_mod.QUOTED or block.index not in block_start:
            continue
        author = writer(message) if block.index == 0 else authors.get(block.index)
        text = "\n".join(line.text for line in primary if line.block == block.index)
        if author and not user.is_user(author) and is_individual(author) and _takes_part(text):
            name = clean_name(author.name) or _name_near("", 0, author.email, primary_text)
            found.append((block_start[block.index] + _first_person_position(text), Person(name, author.email)))
    found.sort(key=lambda x: x[0])
    return _unique([p for _, p in found])


# "I've copied your interviewers", "the panel is cc'd", "Ihre Gesprächspartner sind in Kopie".
_COPIED_INTERVIEWERS = re.compile(
    r"\b(?:copied|copying|cc['’]?e?d|cc['’]?ing|cc:?ed|looped in|looping in|included|added|kopiert|mis en copie)\b"
    r"[^.\n]{0,60}?"
    r"\b(?:interviewers?|panel(?:ists)?|people you(?:'ll| will) (?:meet|speak|talk)|gesprächspartner\w*|"
    r"interlocuteurs)"
    r"|\b(?:interviewers?|panel(?:ists)?|gesprächspartner\w*|interlocuteurs)\b[^.\n]{0,50}?"
    r"\b(?:(?:are|is|sind|ist|sont) (?:copied|cc['’]?e?d|on (?:cc|copy|this (?:e-?mail|thread))|in kopie|en copie)|"
    r"in cc|in kopie|en copie)",
    re.IGNORECASE,
)


def _trusted_reply_to(person: Person, sender: Person | None) -> bool:
    """A Reply-To in the sender's own organisation, or one a scheduling service relays to (not free mail)."""
    if sender is None:
        return False
    if _org(person.domain) == _org(sender.domain):
        return True
    return is_relay(sender.domain) and person.domain not in FREE_MAIL


def contacts(message: Message, layout: layout_mod.Layout, user: Identity) -> tuple[Person, ...]:
    """The recruiter or coordinator to thank when no interviewer has an address (rule 2), best first."""
    candidates: list[Person] = []
    sender = message.sender
    if sender and not user.is_user(sender) and is_individual(sender):
        candidates.append(Person(clean_name(sender.name), sender.email))
    # A Reply-To outside the sender's organisation is the classic hand-off to an impostor (see below).
    for person in message.reply_to:
        if user.is_user(person) or not is_individual(person):
            continue
        if _trusted_reply_to(person, sender):
            candidates.append(Person(clean_name(person.name), person.email))
    header_names = _header_names(message, layout)
    primary_text = layout.primary
    for line in layout.lines:
        if line.kind not in (layout_mod.OWN, layout_mod.FORWARDED):
            continue
        for match in _ADDRESS.finditer(line.text):
            address = match.group(0).lower().strip(".")
            person = Person(header_names.get(address, ""), address)
            if _in_link(line.text, match.start()) or user.is_user(person) or not is_individual(person):
                continue
            name = person.name or _name_near(line.text, match.start(), address, primary_text)
            if name:  # an address written in the text counts only for someone it introduces by name
                candidates.append(Person(clean_name(name), address))
    if not candidates:
        # Shared mailboxes only as a last resort: better than no one to thank.
        trusted = [p for p in message.reply_to if _trusted_reply_to(p, sender)]
        for person in (*trusted, *([sender] if sender else [])):
            if not user.is_user(person) and is_personal_address(person) and not is_relay(person.domain):
                candidates.append(Person(clean_name(person.name), person.email))
    return _unique(candidates)


# ---------------------------------------------------------------------- company and role

_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|se|plc|corp\.?|corporation|company|"
    r"co\.,? ltd\.?|s\.?a\.?s\.?|s\.?a\.?|s\.?l\.?|sarl|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|pvt\.? ltd\.?|"
    r"private limited|pty\.? ltd\.?|kg|ohg|e\.?v\.?|ab|as|oy|spa|s\.p\.a\.))+\.?$",
    re.IGNORECASE,
)
_NOT_COMPANY_WORDS = {
    "recruiting",
    "recruitment",
    "recruiter",
    "talent",
    "careers",
    "career",
    "jobs",
    "team",
    "hr",
    "people",
    "hiring",
    "interview",
    "interviews",
    "scheduling",
    "acquisition",
    "via",
    "the",
    "and",
    "at",
    "with",
    "for",
}


def company(
    interviewers: tuple[Person, ...],
    message: Message | None,
    texts: list[str],
    subject: str,
    organizer: Person | None = None,
) -> str | None:
    """The employer: the organisation of the interviewers (else of the sender, Reply-To or organizer), named
    as its own words write it ("Hollis & Grey", "Banque Saint-Laurent"), never the ATS that relayed it."""
    others: list[str] = []
    if message is not None:
        others += [p.domain for p in (message.sender, *message.reply_to) if p is not None]
    if organizer is not None:
        others.append(organizer.domain)
    usable: list[str] = []
    # The interviewers' organisation first: an agency that forwards (and is the Reply-To) is not the employer.
    for domains in ([p.domain for p in interviewers], others):
        usable = [d for d in domains if d and not is_relay(d) and d not in FREE_MAIL and not d.endswith(".example")]
        usable = usable or [d for d in domains if d and not is_relay(d) and d not in FREE_MAIL]
        if usable:
            break
    displays = _display_names(message)
    haystack = "\n".join([subject, *displays, *texts])
    if usable:
        org = Counter(_org(d) for d in usable).most_common(1)[0][0]
        label = org.split(".")[0]
        written = _written_name(label, haystack)
        core = _SLUG_AFFIX.sub("", label)
        if not written and core != label and len(core) >= 3:
            written = _written_name(core, haystack)  # "getsolace.com" written "Solace Health"
        written = (
            written
            or _initials_name(core, haystack)
            or _prefix_name(core, haystack)
            or _signature_name(core, haystack)
            or _split_label(label, haystack)
        )
        written = _legal_name(written, haystack)
        sender = message.sender if message is not None else None
        if sender is not None and interviewers and _org(sender.domain) != org and not is_relay(sender.domain):
            return written  # the interviewers' own company, whoever forwarded their invitation
        client = _agency_client(written, org, interviewers, haystack)
        return client or written
    # Only relays and free mail: the ATS writes the employer as its display name ("Ridgeline" via Lever),
    # or the text says on whose behalf it writes; the relay's own brand ("Greenhouse Mail") never counts.
    relays = _relay_brands(message, haystack)
    behalf = _ON_BEHALF.search(haystack)
    if behalf:
        name = _tidy_org(behalf.group("org"))
        if name and not _is_brand(name, relays):
            return name
    persons = _person_names(message)
    for display in displays:
        name = _strip_company_words(display)
        if name and not _is_brand(name, relays) and not _is_person(name, persons, haystack):
            return name
    for pattern in (_PERSON_AT, _COMPANY_IN_TEXT, _TEAM_SIGNATURE):
        for match in pattern.finditer(haystack):
            name = _tidy_org(next((g for g in match.groupdict().values() if g), ""))
            name = re.sub(r"\s+(?:Talent|Recruiting|Recruitment|Careers|Hiring|People|HR)\b.*$", "", name)
            if not name or _is_brand(name, relays) or name.split()[0] in ("The", "Our", "Your"):
                continue
            if _NOT_A_NAME.match(name.split()[0]):
                continue  # "joining Monday", "join Zoom Meeting": a day or a tool, not a company
            if not _is_person(name, persons, haystack):
                return name
    titled = re.search(r"\b(?:at|with|bei|chez|con)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})", subject)
    if titled and titled.group(1).lower() not in ("the", "our"):
        name = titled.group(1).strip(" .-")
        if not _is_person(name, persons, haystack) and not _is_brand(name, relays):
            return name
    return None


def _person_names(message: Message | None) -> set[str]:
    """Folded names of the people in a message's headers and calendar parts (never a company's name)."""
    if message is None:
        return set()
    found = [p for p in (message.sender, *message.reply_to, *message.to, *message.cc) if p is not None]
    for event in message.events:
        found += [a.person for a in event.attendees] + ([event.organizer] if event.organizer else [])
    return {_name_key(clean_name(p.name)) for p in found if p.name and not is_relay(p.domain)}


def _is_person(name: str, persons: set[str], text: str) -> bool:
    """ "Interview with Nadia Petrova": a person's name where a company's was looked for."""
    key = _name_key(name)
    if key in persons or any(key.split()[:1] == p.split()[:1] and key.split()[-1:] == p.split()[-1:] for p in persons):
        return True
    if _fold(name.split()[-1]).strip(".,") in _COMPANY_TAIL_WORDS:
        return False  # "Fernbridge Analytics", though the text says "Fernbridge would like to meet you"
    return _looks_like_person(name, text)


def _initials_name(label: str, text: str) -> str | None:
    """A domain made of initials ("bcg.com") for the name the text writes in full ("Boston Consulting Group")."""
    label = label.split("-")[0].lower()  # "nrg-partners"
    if not (3 <= len(label) <= 5 and label.isalpha()):
        return None
    small = ("of", "the", "and", "&", "for")
    for run in re.finditer(r"[A-Z][a-z]+(?:[ \t]+(?:(?:of|the|and|&|for)[ \t]+)?[A-Z][a-z]+)+", text):
        words = run.group(0).split()
        for i in range(len(words)):
            if words[i] in small:
                continue
            initials = ""
            for j in range(i, min(i + 8, len(words))):
                if words[j] not in small:
                    initials += words[j][0].lower()
                if initials == label and j > i:
                    return " ".join(words[i : j + 1])
                if not label.startswith(initials):
                    break
    return None


_ORG_NAME = r"[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,3}"
_SLUG_AFFIX = re.compile(
    r"^(?:get|join|try|use|hello|go|meet|with|team|hey|play)(?=[a-z]{3})|(?<=[a-z]{3})(?:hq|app|inc|team|jobs|careers)$"
)
_ON_BEHALF = re.compile(rf"\b(?:on behalf of|im auftrag von|au nom de|en nombre de)\s+(?:the\s+)?(?P<org>{_ORG_NAME})")
_COMPANY_IN_TEXT = re.compile(
    rf"\b(?:interview with|interest in|role at|position at|opportunity at|team at|here at|join(?:ing)?|"
    rf"applying to|application to|applied to|interviewing with|on behalf of)\s+(?P<org>{_ORG_NAME})"
    rf"|^\s*(?P<org2>{_ORG_NAME}) (?:has scheduled|would like to|invites you)",
    re.MULTILINE,
)
# "your interview with Owen Marsh at Pebble & Pine Studio"
_PERSON_AT = re.compile(rf"\bwith [A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+(?:at|from|of)[ \t]+(?P<org>{_ORG_NAME})")
_TEAM_SIGNATURE = re.compile(
    rf"^\W*(?:[Tt]he\s+)?(?P<org>{_ORG_NAME})\s+(?:Talent|Recruiting|Recruitment|Careers|Hiring|People)"
    rf"(?:\s+(?:Acquisition|Team|Operations))*\s*$",
    re.MULTILINE,
)
_POWERED_BY = re.compile(r"\b(?:powered by|sent (?:via|with|using)|scheduled (?:via|with))\s+([A-Z][\w.-]+)", re.I)


def _tidy_org(name: str) -> str:
    """ "Larkspur Analytics. Powered" -> "Larkspur Analytics"; "Harbor & Vine, Inc." -> "Harbor & Vine"."""
    name = re.split(r"[.!?](?:\s|$)", name.strip())[0]
    return _LEGAL_SUFFIX.sub("", name.strip(" .,'’")).strip(" ,")


def _relay_brands(message: Message | None, text: str) -> set[str]:
    """Names of the services that relayed the message: their domains' labels, "Powered by X", "X via Y"."""
    brands = {m.group(1).lower().split(".")[0] for m in _POWERED_BY.finditer(text)}
    if message is not None:
        for person in (message.sender, *message.reply_to):
            if person is not None and is_relay(person.domain):
                parts = person.domain.split(".")
                brands.update(p.split("-")[0] for p in parts[:-1] if len(p) > 2)
    return brands - {"mail", "hire", "us", "eu", "app", "www"}


def _is_brand(name: str, brands: set[str]) -> bool:
    first = _fold(name.split()[0]) if name.split() else ""
    return first in brands or first in _SERVICE_NAMES


_SERVICE_NAMES = {
    "greenhouse", "lever", "ashby", "workday", "smartrecruiters", "icims", "jobvite", "teamtailor", "personio",
    "recruitee", "bamboohr", "goodtime", "calendly", "cal", "zoom", "google", "outlook", "microsoft", "gem",
    "workable", "taleo", "successfactors", "linkedin", "indeed", "hirevue", "modernloop", "paradox", "rippling",
    "breezy", "jazzhr", "pinpoint", "comeet", "dover", "wellfound", "yello", "prelude", "cronofy", "doodle",
    "notifications", "noreply", "calendar", "coderpad", "hackerrank", "codility", "karat",
}  # fmt: skip


_AGENCY = re.compile(  # a prefix, so "TalentBridge" and "Recruitology" count
    r"\b(?:talent|recruit|staffing|search|headhunt|personnel|personalberatung|personaldienst|cabinet|agency|"
    r"agence|consultores|reclutadora)",
    re.IGNORECASE,
)
_CLIENT = re.compile(
    rf"\b(?i:our|my|the) client,?\s+(?P<a>{_ORG_NAME})"
    rf"|(?P<b>{_ORG_NAME}) (?:would (?:like|love) to|wants to|is keen to) (?:interview|meet|move forward|speak|chat)"
    rf"|\b(?:role|position|opening|opportunity) (?:at|with) (?P<c>{_ORG_NAME})"
    rf"|\b(?:notre client|unser(?:em)? kunden?|nuestro cliente),?\s+(?P<d>{_ORG_NAME})",
)


# Whoever writes "my client" is an agency, whatever its name (Hays, Robert Half, Michael Page...).
_ON_CLIENTS_BEHALF = re.compile(
    r"\b(?:our|my) client\b|\bnotre client\b|\bunser(?:em)? kunden?\b|\bnuestro cliente\b", re.I
)


def _agency_client(agency: str, org: str, interviewers: tuple[Person, ...], text: str) -> str | None:
    """A recruitment agency writing for its client: the employer is the client the text names."""
    if any(_org(p.domain) != org for p in interviewers):
        return None
    if not (_AGENCY.search(agency) or _ON_CLIENTS_BEHALF.search(text)):
        return None
    agency_key = re.sub(r"[^a-z0-9]", "", _fold(agency))
    for match in _CLIENT.finditer(text):
        name = next(g for g in match.groups() if g)
        name = _LEGAL_SUFFIX.sub("", name.strip(" .,'’")).strip()
        if len(name) < 2 or _NOT_A_NAME.match(name.split()[0]):
            continue  # "Arjun and I would like to meet": a pronoun, not a client
        key = re.sub(r"[^a-z0-9]", "", _fold(name))
        if key and key not in agency_key and agency_key not in key and not _looks_like_person(name, text):
            return name
    return None


def _looks_like_person(name: str, text: str) -> bool:
    """ "Mark Stone would like to meet you": two capitalised words that the text uses as a first name."""
    words = name.split()
    return len(words) == 2 and bool(re.search(rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})", text))


def video_link(text: str) -> str:
    match = _VIDEO_LINK.search(text)
    if match:
        return match.group(0).rstrip(".,;")
    match = _BARE_MEET.search(text)
    return "https://" + match.group(0) if match else ""


# ---------------------------------------------------------------------- helpers

_TITLES = re.compile(
    r"^(?:(?:dr|mag|di|dipl|ing|prof|mr|mrs|ms|miss|herr|frau|mme|mlle|m|sr|sra|srta|don|doña)\.?\s+)+", re.I
)
_CONTACT_BEFORE = re.compile(
    r"(?:contact|reach(?: out to)?|questions?|write to|email me|e-mail me|mail me|an mich unter|mich unter|"
    r"kontaktieren|kontakt|à moi|contactez|contacter|écrivez|escríbeme|escríbenos|contactar|contacta|"
    r"reply to|rückfragen|fragen)\b[^.\n]{0,50}$",
    re.IGNORECASE,
)
_TAKES_PART = re.compile(
    r"\b(?:with me\b(?! at)|me and [A-Z]|me and (?:our|my) [A-Za-z]|"
    # "meet me at the Main Street shop" takes part; "meet me at the front desk" only greets.
    r"meet me\b(?! (?:at|in) (?:the )?(?:reception|lobby|front desk|front door|entrance|door|gate|security|"
    r"main entrance|elevators?|(?:(?:\d+\w*|ground|first|second|third) floor)))(?! downstairs| outside| there)|"
    r"and me\b|"
    r"(?<=[a-z] )and I\b(?!['’])(?! will| would| look| am| hope| are| have)|"
    r"(?!(?:Thanks|Thank|Yes|Sure|Great|Perfect|Okay|Ok|So|And|But|Hi|Hello|Cheers|Best|Regards)\b)"
    r"[A-Z][a-zà-ÿ]+(?: \([^()\n]{1,40}\))? and I\b(?!['’])(?! hope| look| would(?! (?:like|love) to (?:meet|see|"
    r"interview|speak|talk|chat))| have| am\b)|join me\b|joining me\b|"
    r"and myself|"
    r"mit mir\b|und mir\b|und ich\b(?! freue| würde| werde)|mich und|avec moi(?:-même)?|et moi(?:-même)?|"
    r"moi-même|conmigo|y yo\b|y conmigo|I'll (?:call|ring|phone) you|I will (?:call|ring|phone) you|"
    r"I'll give you a call|rufe ich sie|ruf ich dich|je vous appellerai|te llamaré|"
    r"(?:chat|call|conversation|meeting|talk|screen|interview) with me\b)",
)


_PAST_OR_THANKS_AFTER = re.compile(
    r"^.{0,25}\b(?:last|yesterday|earlier|this morning|letzte\w*|vergangene\w*|gestern|heute morgen|dernier|"
    r"dernière|hier|ce matin|pasad[ao]|ayer|esta mañana)\b",
    re.IGNORECASE,
)
_THANKS_BEFORE = re.compile(
    r"\b(?:thank|thanks|danke|dank|merci|gracias|enjoyed|great speaking|nice talking)\b[^.!?]*$", re.I
)


def _participation(text: str) -> re.Match[str] | None:
    """The writer says they take part in the interview ("with me and Victor", "Abschlussgespräch mit mir"),
    not that they spoke with the candidate before ("das Telefonat mit mir letzte Woche")."""
    for match in _TAKES_PART.finditer(text):
        if _PAST_OR_THANKS_AFTER.match(text[match.end() : match.end() + 40]):
            continue
        if _THANKS_BEFORE.search(text[max(0, match.start() - 120) : match.start()]):
            continue
        return match
    return None


def _takes_part(text: str) -> bool:
    return _participation(text) is not None


def takes_part(text: str) -> bool:
    """Whether the writer says they take part in the interview ("with me and Victor")."""
    return _takes_part(text)


def _first_person_position(text: str) -> int:
    match = _participation(text)
    return match.start() if match else len(text)


def _is_contact(before: str) -> bool:
    return bool(_CONTACT_BEFORE.search(before[-80:]))


def _in_link(text: str, at: int) -> bool:
    """An address inside a URL ("...?u=priya.n%40gmail.com", "https://x/jobs?e=a@b.c")."""
    start = text.rfind(" ", 0, at) + 1
    token = text[start:at]
    return "://" in token or token.startswith(("www.", "mailto:")) or "/" in token or "=" in token


def _header_names(message: Message, layout: layout_mod.Layout) -> dict[str, str]:
    names: dict[str, str] = {}
    people: list[Person] = [*message.to, *message.cc, *message.reply_to]
    if message.sender:
        people.append(message.sender)
    for block in layout.blocks:
        people += list(block.recipients)
        if block.author:
            people.append(block.author)
    for event in message.events:
        people += [a.person for a in event.attendees]
        if event.organizer:
            people.append(event.organizer)
    for person in people:
        name = clean_name(person.name)
        if name and "@" not in name and not is_relay(person.domain) and person.email not in names:
            names[person.email] = name
    return names


def clean_name(name: str) -> str:
    """ "Weigl, Markus Dr." -> "Markus Weigl"; "Sarah König (Helix Mobility)" -> "Sarah König"."""
    name = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name or "").strip(" '\"")
    name = re.sub(r"\s+via\s+.*$", "", name, flags=re.I)
    if "," in name:
        last, _, first = name.partition(",")
        if first.strip() and len(last.split()) <= 2 and not re.search(r"\b(?:inc|llc|ltd|gmbh)\b", first, re.I):
            first = re.sub(r"\s+(?:dr|prof|mag|di)\.?$", "", first.strip(), flags=re.I)
            name = f"{first} {last.strip()}"
    name = _TITLES.sub("", name.strip())
    return " ".join(name.split())


def _name_near(line: str, at: int, address: str, context: str) -> str:
    """A person's name for an address: the capitalised words before it on its line, else any name in the
    message that its mailbox name spells ("cmendez" -> "Carlos Mendez", "sarah.koenig" -> "Sarah König")."""
    local = address.partition("@")[0].lower()
    if line:
        pieces = re.split(r"[|:;<>\[\]()]|(?:\s[-–—]\s)", line[:at].rstrip(" <(-–—:,"))
        candidates = [c for c in reversed(pieces) if c.strip()]
        for chunk in candidates[:3]:
            for name in _names_in(chunk):
                if _spells(local, name):
                    return name
    for name in _names_in(context):
        if _spells(local, name):
            return name
    # "Sean will send you an invite -- his email is sean.murphy@...": the first name is written, the
    # mailbox spells the whole name.
    first, dot, last = local.replace("_", ".").partition(".")
    plausible = dot and first.isalpha() and last.isalpha() and len(first) > 1 and len(last) > 1
    if plausible and re.search(rf"\b{re.escape(first.capitalize())}\b", context):
        return f"{first.capitalize()} {last.capitalize()}"
    if line:
        before = line[:at].rstrip(" <(-–—:,")
        names = _names_in(before.split(" - ")[0] if " - " in before else before)
        # Unconfirmed by the address, a name needs a first and a last name: "Interview" is not one.
        full = [name for name in names if len(name.split()) >= 2]
        if full:
            return full[0]
    return ""


_NAME_WORD = r"[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŞİĞ][a-zà-öø-ÿłśżźćńşığ]+(?:['’-][A-ZÀ-Þa-zà-ÿ][a-zà-ÿ]+)?|O['’][A-Z][a-z]+"
_NAME = re.compile(
    rf"(?:{_NAME_WORD})(?:\s+(?:(?:de|da|del|van|von|der|den|la|le|di|du|dos|y)\s+)?(?:{_NAME_WORD})){{0,3}}"
)


def _names_in(text: str) -> list[str]:
    text = _TITLES.sub("", text.strip())
    names = []
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        # Also every shorter run, so "Dr. Jens Hartmann, Teamleiter" yields "Jens Hartmann".
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                names.append(" ".join(words[i:j]))
    return names


def _spells(local: str, name: str) -> bool:
    parts = [_fold(p) for p in re.split(r"[\s'’-]+", name) if p]
    parts = [p for p in parts if p]
    if not parts:
        return False
    key = re.sub(r"[^a-z0-9]", "", local)
    first, last = parts[0], parts[-1]
    joined = "".join(parts)
    options = {joined, first + last, first[0] + last, first + last[0], last + first, last + first[0]}
    if len(parts) == 1:
        options = {first}
    else:
        options.add(first)
    return key in options or any(key == o for o in options if len(o) >= 3)


def _mention_position(name: str, address: str, folded_text: str) -> int | None:
    """Where the text first names someone copied on the message (first or last name), or None."""
    words = [_fold(w) for w in name.split() if len(w) > 1]
    if not words:
        local = address.partition("@")[0]
        words = [w for w in re.split(r"[._-]+", local) if len(w) > 2]
    positions = []
    for word in words:
        if len(word) < 3:
            continue
        match = re.search(rf"\b{re.escape(word)}\b", folded_text)
        if match:
            positions.append(match.start())
    return min(positions) if positions else None


_FOLD_FIRST = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE"})


def _fold(text: str) -> str:
    """Lower-case ASCII: "Bérénice" -> "berenice", "König" -> "konig", "Ayşe Yılmaz" -> "ayse yilmaz"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_FIRST))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def _fold_german(text: str) -> str:
    """ "Köln" -> "koeln", "Müller" -> "mueller": how German names are spelled in domains."""
    return _fold(text.translate(_GERMAN))


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def name_key(name: str) -> str:
    """A name folded for comparison: "Sofía  Castellanos" -> "sofia castellanos"."""
    return _name_key(name)


def _name_key(name: str) -> str:
    return " ".join(_fold(name).replace(".", " ").replace("-", " ").split())


def _display_names(message: Message | None) -> list[str]:
    if message is None:
        return []
    names = []
    for person in (message.sender, *message.reply_to):
        if person is not None and person.name:
            names.append(person.name)
            names += re.findall(r"\(([^()]+)\)", person.name)
    return names


def _strip_company_words(display: str) -> str:
    display = re.sub(r"\(.*?\)", "", display)
    display = re.split(r"\s+(?:via|through|on behalf of)\s+", display, flags=re.I)[0]  # "Acme via Lever"
    words = [w for w in re.split(r"\s+", display) if w]
    while words and words[-1].lower().strip(".,") in _NOT_COMPANY_WORDS:
        words.pop()
    while words and words[0].lower().strip(".,") in _NOT_COMPANY_WORDS:
        words.pop(0)
    return " ".join(words).strip(" -|,")


_COMPANY_TAIL_WORDS = {
    "group",
    "capital",
    "partners",
    "insurance",
    "bank",
    "labs",
    "lab",
    "systems",
    "software",
    "health",
    "holdings",
    "technologies",
    "technology",
    "media",
    "analytics",
    "ventures",
    "studio",
    "studios",
    "consulting",
    "home",
    "goods",
    "foods",
    "energy",
    "logistics",
    "robotics",
    "data",
    "digital",
    "financial",
    "solutions",
    "services",
    "mutual",
    "games",
    "pharmaceuticals",
    "hospitality",
    "travel",
    "freight",
    "security",
    "ledger",
    "mobility",
    "versicherung",
    "logistik",
    "robotik",
    "conseil",
    "pagos",
    "co.",
    "engineering",
    "aerospace",
    "bio",
    "biosciences",
    "therapeutics",
    "pharma",
    "networks",
    "industries",
    "manufacturing",
    "associates",
    "brands",
    "collective",
    "works",
    "markets",
    "medical",
    "education",
    "learning",
    "interactive",
    "cloud",
    "dynamics",
    "materials",
    "biotech",
    "ai",
    "devices",
    "instruments",
}


def _written_name(label: str, text: str, fold=None) -> str | None:
    """How the text writes the organisation whose domain label is `label` ("hollisgrey" -> "Hollis & Grey")."""
    fold = fold or _fold
    target = re.sub(r"[^a-z0-9]", "", _fold(label))
    if len(target) < 2:
        return None
    counts: Counter[str] = Counter()
    token = re.compile(r"[^\s,;:|()<>\"“”!?·•/]+")
    probe = target[:4]
    for line in text.splitlines():
        if probe not in re.sub(r"[^a-z0-9]", "", fold(line)):
            continue  # the name is not on this line
        words = [(m.group(0), m.start()) for m in token.finditer(line)]
        for i in range(len(words)):
            if not words[i][0][:1].isupper() and not words[i][0][:1].isdigit():
                continue
            squashed = ""
            squashed_and = ""
            for j in range(i, min(i + 5, len(words))):
                word = words[j][0]
                folded = fold(word)
                piece = re.sub(r"[^a-z0-9&]", "", folded)
                squashed += piece.replace("&", "")
                squashed_and += piece.replace("&", "and")
                # "kestrel-aero" written "Kestrel Aerospace": the label stops inside the name's last word.
                partial = j > i and len(target) >= 6 and squashed.startswith(target) and squashed != target
                if squashed == target or squashed_and == target or partial:
                    end = j
                    # Extend with words that belong to the name: "Solera Hospitality" + "Group".
                    while end + 1 < len(words):
                        nxt = words[end + 1][0]
                        gap = line[words[end][1] + len(words[end][0]) : words[end + 1][1]]
                        if gap.strip() or not nxt[:1].isupper() or _fold(nxt).strip(".,'") not in _COMPANY_TAIL_WORDS:
                            break
                        end += 1
                    start_at = words[i][1]
                    stop_at = words[end][1] + len(words[end][0])
                    # "Nordhavn Shipping AB": capitalised words up to a legal form are the legal name.
                    legal = _BEFORE_LEGAL_FORM.match(line[stop_at:])
                    if legal and not words[end][0].endswith((",", ".")):
                        stop_at += len(legal.group(1))
                    name = line[start_at:stop_at].strip(" .,-–—'’")
                    if words[end][0].endswith("Co.") or words[end][0] == "Co.":
                        name += "."
                    name = re.sub(r"['’]s$", "", name)
                    name = _LEGAL_SUFFIX.sub("", name).strip(" ,")
                    if name:
                        counts[name] += 1
                    break
                if len(squashed) >= len(target) and not target.startswith(squashed):
                    break
    if not counts:
        if fold is _fold and not text.isascii() and re.search(r"[aou]e", target):
            return _written_name(label, text, _fold_german)  # "holzwerk-koeln" is written "Holzwerk Köln"
        return None
    # The fullest form written ("Meridian Mutual Insurance" over "Meridian Mutual").
    return max(counts, key=lambda n: (len(n.split()), counts[n]))


_LEGAL_FORM = (
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SE|plc|PLC|Corp|Corporation|S\.?A\.?S?|S\.?L|SARL|"
    r"S\.?r\.?l|B\.?V|N\.?V|N\.A|AB|AS|ASA|Oy|A/S|ApS|Pty|KG|SpA|S\.p\.A|e\.V)\b"
)
# "© 2026 Aurora Health Care, Inc.", "Geschäftsführer, Nordlicht e.V.", "Bäckerei Sonnenkorn GmbH": a legal name
# at the start of a line (or after a title and a comma, a bar, a copyright), before its legal form.
_LEGAL_LINE = re.compile(
    r"(?:^|[,|·•]|©|\(c\)|\b(?:19|20)\d\d\b)[ \t]*"
    r"(?P<name>[A-ZÀ-Þ][\w&'’.-]*"
    rf"(?:[ \t]+(?:(?:&|and|of|for|de|du|des)[ \t]+)?(?!{_LEGAL_FORM})[A-ZÀ-Þ][\w&'’.-]*){{0,4}})"
    rf",?[ \t]+{_LEGAL_FORM}",
    re.MULTILINE,
)


def _legal_name(written: str, text: str) -> str:
    """The name as the company's legal name writes it when that holds the name found and at most two words
    more: "Aurora Health" -> "Aurora Health Care" ("Aurora Health Care, Inc."), "Sonnenkorn" -> "Bäckerei
    Sonnenkorn" ("Bäckerei Sonnenkorn GmbH")."""
    key = company_key(written)
    if not key or not _ANY_LEGAL.search(text):
        return written
    best = written
    for match in _LEGAL_LINE.finditer(text):
        name = match.group("name").strip(" .,")
        name_key = company_key(name)
        words = name.split()
        if name_key == key or len(words) > len(written.split()) + 2 or len(words) > 5:
            continue
        if f" {key} " in f" {name_key} " and len(words) > len(best.split()) and not _NOT_A_NAME.match(words[0]):
            best = name
    return best


_ANY_LEGAL = re.compile(_LEGAL_FORM)


def _letters(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _fold(word))


_RUN = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:(?:&|and|of|for|de)[ \t]+)?[A-ZÀ-Þ][\w'’.-]*){0,5}")


def _prefix_name(label: str, text: str) -> str | None:
    """A domain label that is a written name plus the initials or words of the rest of it: "pinecrestcu" for
    "Pinecrest Credit Union", "quillpay" ... only when the rest is spelled out; see _signature_name."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(label) < 6:
        return None
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        first = _letters(words[0])
        if not (4 <= len(first) < len(label) and label.startswith(first) and len(first) * 2 >= len(label)):
            continue
        rest = label[len(first) :]
        end = 0
        for j in range(1, len(words)):
            piece = _letters(words[j])
            if not piece or words[j] in ("&", "and", "of", "for", "de"):
                continue
            if rest.startswith(piece):
                rest = rest[len(piece) :]
            elif rest[:1] == piece[:1]:
                rest = rest[1:]  # an initial: "cu" for "Credit Union"
            else:
                break
            end = j
            if not rest:
                break
        if not rest and end:
            return _LEGAL_SUFFIX.sub("", " ".join(words[: end + 1])).strip(" ,.")
    return None


_SIGNATURE_SEGMENT = re.compile(r"\s*(?:[|·•,@]|\s[-–—]\s)\s*")


def _signature_name(label: str, text: str) -> str | None:
    """A signature line (or a part of one between bars and commas) made only of a name that starts with the
    domain label's first word: "Harborview Family Dentistry" for harborviewdental.com, "Gravitas Therapeutics
    | 45 Sidney St" for gravitastx.com, "Recruiting @ Quill" for quillpay.com."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    if len(label) < 6:
        return None
    found: list[str] = []
    probe = label[:4]
    for line in text.splitlines():
        if probe not in _fold(line).replace(" ", ""):
            continue
        for segment in _SIGNATURE_SEGMENT.split(line.strip()):
            segment = _LEGAL_SUFFIX.sub("", segment.strip(" .")).strip(" ,.")
            if not segment or not _RUN.fullmatch(segment) or len(segment.split()) > 5:
                continue
            words = segment.split()
            while len(words) > 1 and words[-1].lower() in _NOT_COMPANY_WORDS:
                words.pop()  # "Quill Recruiting"
            first = _letters(words[0])
            if not (4 <= len(first) < len(label) and label.startswith(first) and len(first) * 2 >= len(label)):
                continue
            # Two words are a person's name as often as a company's ("Kimberly Jones" for kimberlyclark.com):
            # the second must be a company word or start the rest of the label ("Gravitas Therapeutics").
            second = _letters(words[1]) if len(words) == 2 else ""
            if second and second not in _COMPANY_TAIL_WORDS and not label[len(first) :].startswith(second[:1]):
                continue
            found.append(" ".join(words))
    if not found:
        return None
    return max(found, key=lambda n: (len(n.split()), found.count(n)))


_BEFORE_LEGAL_FORM = re.compile(
    r"((?:[ \t]+[A-Z][\w&'’-]*){1,3}),?[ \t]+(?:Inc|Incorporated|LLC|Ltd|Limited|GmbH|AG|SE|plc|PLC|Corp|"
    r"Corporation|S\.?A\.?S?|S\.?L|SARL|S\.?r\.?l|B\.?V|N\.?V|AB|AS|ASA|Oy|A/S|ApS|Pty|KG|SpA|S\.p\.A)\b"
)


def _split_label(label: str, text: str = "") -> str:
    """A domain label as a name when the text never writes it: "northbeamenergy" -> "Northbeam Energy", and
    "trattoriabellini" -> "Trattoria Bellini" when the text writes "Bellini" (Marco Bellini signs)."""
    words: list[str] = []
    rest = re.sub(r"[^a-z0-9-]", "", label.lower())
    if "-" in rest:
        return " ".join(w[:1].upper() + w[1:] for w in rest.split("-") if w)
    if text and len(rest) >= 8:
        written = {_letters(w) for w in re.findall(r"\b[A-ZÀ-Þ][a-zà-ÿ]{3,}\b", text)}
        for word in sorted(written, key=len, reverse=True):
            if len(rest) - len(word) < 3:
                continue
            if rest.endswith(word):
                return f"{_split_label(rest[: -len(word)])} {word.capitalize()}"
            if rest.startswith(word):
                return f"{word.capitalize()} {_split_label(rest[len(word) :])}"
    while True:
        tail = next(
            (
                w
                for w in sorted(_COMPANY_TAIL_WORDS, key=len, reverse=True)
                if w.isalpha() and rest.endswith(w) and len(rest) - len(w) >= 3
            ),
            None,
        )
        if tail is None:
            break
        words.insert(0, tail)
        rest = rest[: -len(tail)]
    words.insert(0, rest)
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def organisation(domain: str) -> str:
    """The organisation's registrable domain: "mail.northwind.com" -> "northwind.com"."""
    return _org(domain.lower())


def company_key(name: str) -> str:
    """A company name folded for comparison: "Hollis & Grey, Inc." -> "hollis grey"."""
    name = _LEGAL_SUFFIX.sub("", (name or "").strip(" .,"))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", _fold(name).replace("&", " ")).split())


def _org(domain: str) -> str:
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "ac", "gov", "net") and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:]) if len(parts) >= 2 else domain


def _unique(people: list[Person]) -> tuple[Person, ...]:
    seen: set[str] = set()
    unique = []
    for person in people:
        if person.email not in seen:
            seen.add(person.email)
            unique.append(person)
    return tuple(unique)


# ---------------------------------------------------------------------- named interviewers, coordinator

# Where a message lists who will interview: "Interviewers: A, B", "you'll meet with A and B", "your panel:
# A (Eng Manager), B", "Sie sprechen mit A und B", "vous rencontrerez A et B".
_INTERVIEWER_CUE = re.compile(
    r"(?:^\W*(?:interviewers?|interviewer\(s\)|interview panel|panel|panelists?|host|hosted by|staff|provider|"
    r"gesprächspartner(?:in)?(?:nen)?|"
    r"interlocuteurs?|entrevistador(?:es|a)?)\s*:\s*"
    r"|\b(?:you(?:'ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|interview(?:ing)?) with|"
    r"you(?:'ll| will) meet|you(?:'ll| will) be interviewed by|(?:your|the) interviewers? (?:is|are|will be)|"
    r"interview(?:s)? with|panel with|(?:sie|du) (?:sprechen|sprichst|treffen|triffst) mit|"
    r"vous rencontrerez|vous échangerez avec|te reunirás con|hablarás con)\s+)",
    re.IGNORECASE | re.MULTILINE,
)
_NOT_A_NAME = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Zoom|Google|Teams|Microsoft|Meet|Webex|Please|Thanks|Thank|"
    r"The|Our|Your|We|You|I|He|She|They|Hiring|Engineering|Product|Design|Data|Sales|Marketing|Team|Manager|"
    r"Senior|Staff|Lead|Principal|Head|Director|Recruiter|Recruiting|Talent|People|HR|Interview|Panel|"
    r"Technical|Onsite|Final|Round|Room|Office|Floor|Building|Lobby|Reception|Mr|Ms|Mrs|Dr)$"
)


_TITLE_WORDS = {
    "engineer", "engineering", "manager", "designer", "design", "director", "scientist", "analyst", "developer",
    "architect", "consultant", "specialist", "coordinator", "recruiter", "officer", "partner", "associate",
    "software", "product", "team", "vp", "cto", "ceo", "coo", "cfo", "founder", "gerente", "lider", "directeur",
    "directrice", "responsable", "leiter", "leiterin", "ingenieur", "ingenieurin", "investigacion", "diseno",
    "analytics", "research", "operations", "sales", "marketing", "finance", "infrastructure", "platform",
}  # fmt: skip


_TITLE_DOT = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Mme|Mlle|Sr|Sra|Hr|Fr)\.\s*")


def named_interviewers(text: str, company_name: str | None = None) -> list[str]:
    """Full names ("Dana Whitfield") the text gives as interviewers, whether or not it gives an address.
    First names alone are left out: "you'll meet with Dana" alone is too little to address anyone by."""
    company = company_key(company_name or "")
    names: list[str] = []
    for cue in _INTERVIEWER_CUE.finditer(text):
        span = _TITLE_DOT.sub("", text[cue.end() : cue.end() + 240])  # "Dr. Karen Whitlock" is no sentence end
        span = re.split(r"[.!?](?:\s|$)|\n\s*\n|\n(?=[^\n:]{0,40}:)", span)[0]  # up to the next "Field:" line
        span = re.sub(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", " ", span)  # addresses are read elsewhere
        span = re.sub(r"\([^()]*\)", ",", span)  # "(Engineering Manager)" is a title, not a name
        span = _TITLES.sub("", span.replace("\n", ", "))
        for match in _NAME.finditer(span):
            words = [w for w in match.group(0).split() if not _TITLES.fullmatch(w + " ")]
            if any(_fold(w) in _TITLE_WORDS or (len(w) > 3 and _fold(w) in _COMPANY_TAIL_WORDS) for w in words):
                continue  # "Staff Software Engineer", "Fleet Software": a job or a team, not a person
            while words and _NOT_A_NAME.match(words[0]):
                words.pop(0)
            while words and _NOT_A_NAME.match(words[-1]):
                words.pop()
            if len(words) < 2 or len(words) > 4:
                continue
            name = " ".join(words)
            if company and company_key(name) == company:
                continue
            if name not in names:
                names.append(name)
    return names


def same_person(name: str, person: Person) -> bool:
    """Whether a written name is this person: their display name, or the name their mailbox spells."""
    key = _name_key(name)
    if person.name:
        other = _name_key(clean_name(person.name))
        if key == other or (key.split()[-1:] == other.split()[-1:] and key.split()[:1] == other.split()[:1]):
            return True
    return _spells(person.email.partition("@")[0].lower(), name)


def unaddressed(names: list[str], known: list[Person], user: Identity) -> tuple[str, ...]:
    """The named interviewers no address in the message belongs to (never the user)."""
    missing = []
    for name in names:
        if user.named(name) or any(same_person(name, p) for p in known):
            continue
        missing.append(name)
    return tuple(missing)


def coordinator(candidates: list[Person | None], interviewers: tuple[Person, ...], user: Identity) -> Person | None:
    """Whoever arranged the interview, first found: not an interviewer, not the user, a person's mailbox."""
    taken = {p.email for p in interviewers}
    for person in candidates:
        if person is None or person.email in taken or user.is_user(person) or not is_individual(person):
            continue
        return Person(clean_name(person.name), person.email)
    return None


def everyone(
    message: Message | None, layout: layout_mod.Layout | None, events: tuple[CalendarEvent, ...]
) -> list[Person]:
    """Every person with an address anywhere in the message: headers, forwarded headers, calendar, text."""
    found: list[Person] = []
    if message is not None:
        found += [p for p in (message.sender, *message.reply_to, *message.to, *message.cc) if p is not None]
    if layout is not None:
        for block in layout.blocks:
            found += [*block.recipients, *([block.author] if block.author else [])]
        found += [Person("", m.group(0).lower().strip(".")) for m in _ADDRESS.finditer(layout.primary)]
    for event in events:
        found += [a.person for a in event.attendees]
        if event.organizer:
            found.append(event.organizer)
    return found


def with_named(
    interviewers: tuple[Person, ...], names: list[str], known: list[Person], user: Identity
) -> tuple[Person, ...]:
    """The interviewers, plus those the text names as interviewers whose address is elsewhere in the message
    ("Interviewers: Femke de Vries, ..." and Femke's address in Reply-To or a calendar part)."""
    found = list(interviewers)
    for name in names:
        if any(same_person(name, p) for p in found):
            continue
        match = next((p for p in known if same_person(name, p) and not user.is_user(p) and is_individual(p)), None)
        if match is not None:
            found.append(Person(clean_name(match.name) or name, match.email))
    return _unique(found)
