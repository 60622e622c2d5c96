"""Whom the thank-you goes to: the interviewers, the coordinator who arranged the interview, and the user.

(Which company it names is core/company.py; what kind of mailbox an address is, core/mailboxes.py; names
folded and cleaned, core/names.py. Their public functions are importable from here as before.)

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
from dataclasses import dataclass

from ..model import CalendarEvent, Message, Person
from . import layout as layout_mod
from .company import _COMPANY_TAIL_WORDS, company_key
from .company import company as company
from .mailboxes import (
    FREE_MAIL,
    _org,
    is_booking_service,
    is_individual,
    is_personal_address,
    is_relay,
    is_shared_mailbox,
)
from .mailboxes import (
    RELAY_DOMAINS as RELAY_DOMAINS,
)
from .mailboxes import (
    organisation as organisation,
)
from .names import NOT_A_NAME, TITLES, clean_name, fold, name_key

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
        return bool(person.name) and name_key(person.name) in self.names

    def named(self, text: str) -> bool:
        """Whether `text` is (or starts with) one of the user's names, or the name the user's mailbox spells
        ("Priya Nair" for priya.n@ or priyanair@)."""
        key = name_key(text)
        if any(key == n or key.startswith(n + " ") for n in self.names):
            return True
        if TITLES.match(text):  # "Mr. Tanaka", "Dr Nair": the user's family name after an honorific
            family = name_key(TITLES.sub("", text)).split()[:1]
            return bool(family) and any(family[0] in n.split() for n in self.names if len(n.split()) > 1)
        words = key.split()
        # The name may run on into the next words ("Candidate: Priya Nair Job Opening"): its first two words too.
        return len(words) >= 2 and any(_spells_name(local, w) for local in self.locals for w in (words, words[:2]))


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
            names.add(name_key(clean_name(person.name)))
    for address in addresses:
        local = address.partition("@")[0]
        parts = [p for p in re.split(r"[._-]+", local) if p.isalpha() and len(p) > 1]
        if len(parts) >= 2:
            names.add(" ".join(parts))
    return Identity(frozenset(addresses), frozenset(n for n in names if n))


def _spells_name(local: str, words: list[str]) -> bool:
    """A mailbox name spelled from a full name: "priya.n" or "priyanair" for Priya Nair."""
    first, last = fold(words[0]), fold(words[-1])
    parts = [p for p in re.split(r"[._+-]+", fold(local)) if p and not p.isdigit()]
    if len(parts) == 2 and parts[0] == first and len(parts[1]) == 1:
        return last.startswith(parts[1])
    return len(last) > 2 and "".join(parts) == first + last


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
    ("Jordan <> Tom", "Interview: Jordan Lee / Tom Reyes"), or the calendar lists them as the meeting's CHAIR
    (Apple Calendar, Thunderbird, Nextcloud; Google and Outlook list every organizer as a plain guest)."""
    if text and _takes_part(text):
        return True
    organizer = event.organizer
    if organizer and text and _named_with_attendees(event, text):
        return True
    if organizer and any(a.role == "CHAIR" and a.person.email == organizer.email for a in event.attendees):
        return True
    first = clean_name(organizer.name).split()[:1] if organizer else []
    return bool(first) and len(first[0]) > 2 and bool(re.search(rf"\b{re.escape(first[0])}\b", event.summary))


def _named_with_attendees(event: CalendarEvent, text: str) -> bool:
    """The words name the organizer in one breath with an attendee ("your review with Maya and Oren", "Gil Romero
    (chair) and Hope Adams"): they are one of the people the candidate meets, not only who sent the invitation.
    A list one name a line ("Maya Chen - organizer" over the guests) is no such phrase: calendars print it for
    every event."""
    organizer = event.organizer
    first = clean_name(organizer.name).split()[:1] if organizer else []
    if not first or len(first[0]) < 3:
        return False
    others: set[str] = set()
    for attendee in event.attendees:
        words = clean_name(attendee.person.name).split()
        if organizer and attendee.person.email != organizer.email and words and len(words[0]) > 2:
            others.add(words[0])
    if not others:
        return False
    name = rf"{re.escape(first[0])}(?: [A-Z][\w'-]+)?(?: \([^()\n]{{1,30}}\))?"
    other = "(?:" + "|".join(re.escape(o) for o in sorted(others)) + r")(?: [A-Z][\w'-]+)?(?: \([^()\n]{1,30}\))?"
    joined = r"(?:,? and |, | & )"
    for match in re.finditer(rf"\b(?:{name}{joined}{other}|{other}{joined}{name})\b", text):
        start, end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        if not _LIST_TAG.search(text[start : end if end >= 0 else len(text)]):
            return True
    return False


# "Who: Riley Chen (organizer), Dana Whitfield, Sam Ortiz": a calendar's guest list on one line, which names the
# organizer of every event, whether they interview or only arranged it.
_LIST_TAG = re.compile(r"\((?:organi[sz]er|host|co-?host|owner|optional|required)\)", re.I)


def booking_host(message: Message, user: Identity) -> Person | None:
    """The host of a booked slot: a booking service writes in their name with them as Reply-To ("Finn Walker
    <notifications@calendly.com>", Reply-To finn@tallgrass.studio). They interview, with any guests they add."""
    sender = message.sender
    if sender is None or not is_booking_service(sender.domain) or not clean_name(sender.name):
        return None
    for person in message.reply_to:
        if is_individual(person) and not user.is_user(person) and same_person(clean_name(sender.name), person):
            return Person(clean_name(person.name) or clean_name(sender.name), person.email)
    return None


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
    named_text = fold(primary_text)
    copied = bool(_COPIED_INTERVIEWERS.search(primary_text))
    copies = [
        p
        for p in (*message.to, *message.cc)
        if not user.is_user(p)
        and is_individual(p)
        and p.email not in forwarded_recipients
        and not (message.sender and p.email == message.sender.email)
    ]
    # A system mailbox ("hiring@", "no-reply@") that writes to the user and, in the same message, to people of
    # its own organisation sends them the same notice: they take part (an HR suite mails an interview's
    # confirmation to the candidate and its interviewers at once).
    sender = message.sender
    system: set[str] = set()
    if (
        sender is not None
        and not is_individual(sender)
        and not is_relay(sender.domain)
        and any(user.is_user(p) for p in message.to)
    ):
        system = {_org(sender.domain)} - {_org(a.partition("@")[2]) for a in user.addresses}
    # "Peter and I would like to move you forward ... You'll meet Liam Walsh": when the words say whom the user
    # will meet and that is someone copied, the others copied are only told.
    cued = [n for n in named_interviewers(primary_text) if any(same_person(n, p) for p in copies)]
    for person in copies:
        name = clean_name(person.name) or _name_near("", 0, person.email, primary_text)
        if cued and not any(same_person(n, person) for n in cued):
            continue
        at = _mention_position(name, person.email, named_text)
        if at is not None and _helps_only(named_text, at):
            continue  # "Grace Liu, our department administrator (also copied), can help with parking"
        if at is None and copied and person in message.cc:
            at = len(primary_text)  # "I've copied your interviewers": everyone in Cc, after those named
        if at is None and system and _org(person.domain) in system:
            at = len(primary_text)  # a recruiting system's notice sent to the candidate and the panel alike
        if at is not None:
            found.append((at, Person(name, person.email)))
    for block in layout.forwarded:
        # A forwarded invitation's own copies: colleagues of its author whom its words name ("Raj and I").
        author = block.author
        if author is None or block.index not in block_start or not is_individual(author):
            continue
        text = fold("\n".join(line.text for line in primary if line.block == block.index))
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
    passed_on = _PASSED_ON.search(primary_text)
    if passed_on is not None:
        # "passing along Keisha's confirmation below": the quoted author who confirmed is the one who interviews.
        confirmers = [
            b.author
            for b in layout.blocks
            if b.kind == layout_mod.QUOTED
            and b.author is not None
            and is_individual(b.author)
            and not user.is_user(b.author)
            and fold(b.author.name).split()[:1] == [fold(passed_on["who"])]
        ]
        if confirmers:
            found.append((len(primary_text), Person(clean_name(confirmers[0].name), confirmers[0].email)))
    found.sort(key=lambda x: x[0])
    return _unique([p for _, p in found])


_PASSED_ON = re.compile(r"\b(?P<who>[A-Z][a-zà-ÿ]+)['’]s (?:confirmation|reply|note|ok|yes) (?:below|attached)\b")


def _helps_only(folded_text: str, at: int) -> bool:
    """Whether the sentence that names someone copied gives them a helping part, not a seat at the interview."""
    start = max(folded_text.rfind(". ", 0, at), folded_text.rfind("\n\n", 0, at)) + 1
    end = min(i for i in (folded_text.find(". ", at), folded_text.find("\n\n", at), len(folded_text)) if i >= 0)
    sentence = folded_text[start:end]
    return bool(_HELPING_PART.search(sentence)) and not _INTERVIEWING_PART.search(sentence)


_HELPING_PART = re.compile(
    r"\b(?:administrator|assistant|coordinator|receptionist|office manager|scheduler|"
    r"can help|will help|help(?:s)? (?:you )?with|for (?:logistics|parking|directions|travel)|reimburse\w*)\b"
)
_INTERVIEWING_PART = re.compile(
    r"\b(?:interview\w*|meet (?:with )?you|speak with you|talk (?:with|to) you|panel|committee|join us)\b"
)


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
    # An invitation forwarded from another organisation (an agency passing on its client's): its author arranged
    # the interview and knows the panel; the forwarder only passed it on.
    for block in layout.forwarded:
        author = block.author
        if (
            author is not None
            and sender is not None
            and not user.is_user(sender)
            and not user.is_user(author)
            and is_individual(author)
            and not is_relay(author.domain)
            and _org(author.domain) != _org(sender.domain)
            and author.domain not in FREE_MAIL
        ):
            candidates.append(Person(clean_name(author.name), author.email))
            break
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


def video_link(text: str) -> str:
    match = _VIDEO_LINK.search(text)
    if match:
        return match.group(0).rstrip(".,;")
    match = _BARE_MEET.search(text)
    return "https://" + match.group(0) if match else ""


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
    # "My colleague Nora Egli, in copy, will also join." (the writer is there too)
    r"and myself|(?:will|'ll) (?:also )?(?:join|be joining)(?: us\b|(?=\s*[.,;!)]))|"
    r"I(?:'ll| will) be (?:the one )?interviewing you|I(?:'ll| will) be (?:one of )?your interviewers?|"
    r"[Cc]['’]est\s+moi\s+qui\s+(?:mènerai|conduirai|ferai|animerai)|"
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
    text = TITLES.sub("", text.strip())
    names = []
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        # Also every shorter run, so "Dr. Jens Hartmann, Teamleiter" yields "Jens Hartmann".
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                names.append(" ".join(words[i:j]))
    return names


def _spells(local: str, name: str) -> bool:
    parts = [fold(p) for p in re.split(r"[\s'’-]+", name) if p]
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
    words = [fold(w) for w in name.split() if len(w) > 1]
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
    r"(?:^\W*(?:(?:your|the|our|ihre|vos|tus) )?(?:interviewers?|interviewer\(s\)|interview panel|panel|panelists?|"
    r"host|hosted by|staff|provider|participants|attendees|teilnehmer(?:innen)?|teilnehmende|"
    r"gesprächspartner(?:in)?(?:nen)?|"
    r"interlocuteurs?|entrevistador(?:es|a)?)\s*:\s*"
    r"|\b(?:you(?:'ll| will) (?:be )?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|interview(?:ing)?) with|"
    r"you(?:'ll| will) meet|you(?:'ll| will) be interviewed by|(?:your|the) interviewers? (?:is|are|will be)|"
    r"interview(?:s)? with|panel with|(?:sie|du) (?:sprechen|sprichst|treffen|triffst) mit|"
    # "Your interview for Senior Analyst is confirmed for Tuesday at 4pm (30 minutes) with Lucas Moretti"
    r"\binterview\b[^.!?\n]{1,120}?\bwith(?!\s+(?:you|me|us)\b)|gesprächspartner(?:in)?(?:nen)? (?:sind|ist|werden)|"
    r"vous rencontrerez|vous échangerez avec|te reunirás con|hablarás con)\s+"
    # A visit's itinerary line: "9:00-9:45 Meeting with Dr. Susan Cho" (a meal or a tour is no interview)
    r"|^[ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]*[-–][ \t]*\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?)?"
    r"[ \t]+(?:meeting|meet|call|chat|conversation|interview)[ \t]+with[ \t]+)",
    re.IGNORECASE | re.MULTILINE,
)


_TITLE_WORDS = {
    "engineer", "engineering", "manager", "designer", "design", "director", "scientist", "analyst", "developer",
    "architect", "consultant", "specialist", "coordinator", "recruiter", "officer", "partner", "associate",
    "software", "product", "team", "vp", "cto", "ceo", "coo", "cfo", "founder", "gerente", "lider", "directeur",
    "directrice", "responsable", "leiter", "leiterin", "ingenieur", "ingenieurin", "investigacion", "diseno",
    "analytics", "research", "operations", "sales", "marketing", "finance", "infrastructure", "platform",
}  # fmt: skip


_TITLE_DOT = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Mme|Mlle|Sr|Sra|Hr|Fr)\.\s*")


# Words at the edge of a run of capitals that make it no one's name: "Chef Lorenzo Viale", "Mountain Time".
_NOT_A_PERSON = re.compile(r"^(?:Chef|Coach|Professor|Dean|Time|Standard|Daylight)$")
_TITLE_ENDINGS = ("leiter", "leiterin", "manager", "managerin", "ingenieur", "ingenieurin", "referent", "referentin",
                  "direktor", "direktorin", "engineer", "officer", "lead")  # fmt: skip


def _is_title_word(word: str) -> bool:
    """A job title's word, also in German compounds: "Director", "VP", "Teamleiter", "Personalreferentin"."""
    folded = fold(word)
    return folded in _TITLE_WORDS or (len(folded) > 6 and folded.endswith(_TITLE_ENDINGS))


# A calendar tool's list of who takes part, one person a line under a heading of its own: Odoo's "Attendees",
# Cal.com's "Who" ("Grace Kim - Organizer grace@..."), Nextcloud's "Teilnehmende". Google's "Guests" list is not
# one: it names the organizer who scheduled for others ("Rosa Kim - organizer").
_ATTENDEE_LIST = re.compile(
    r"^[ \t]*(?:attendees|participants|teilnehmer(?:innen)?|teilnehmende|who|wer|qui|participantes|asistentes)"
    r"[ \t]*:?[ \t]*\n((?:[ \t]*\n|[^\n:]{2,120}\n){1,24})",
    re.IGNORECASE | re.MULTILINE,
)
_ROLE_TAG = re.compile(r"\s+[-–]\s+(?:organi[sz]er|team member|host|co-?host|chair|required|optional)\b.*$", re.I)
_OTHER_TAG = re.compile(r"\s+[-–]\s+\w.*$")


def _listed_attendees(text: str) -> list[str]:
    """The people a calendar tool's attendee list names, one a line (the user's guests left out)."""
    names: list[str] = []
    tagged: set[str] = set()
    for block in _ATTENDEE_LIST.finditer(text):
        for raw in block.group(1).splitlines():
            line = _ADDRESS.sub(" ", raw).strip(" \t•*·")
            if not line:
                continue
            if _LIST_TAG.search(line):
                # "Jess Ward (organizer)" over the panel: who booked it, not one of the panel (nor when her
                # signature follows the list)
                tagged.add(_LIST_TAG.sub("", line).strip(" ,;"))
                continue
            line = _ROLE_TAG.sub("", line)
            if _OTHER_TAG.search(line):
                continue  # "Marcus Oyelaran - Guest": whoever booked, and their own guests
            line = re.sub(r"\([^()]*\)", "", TITLES.sub("", line)).strip(" ,;")
            match = _NAME.fullmatch(line)
            if match is None:
                break  # the list ends where a line is no one's name
            if len(line.split()) >= 2 and line not in names and line not in tagged:
                names.append(line)
    for block in _GUEST_LIST.finditer(text):
        for raw in block.group(1).splitlines():
            address = raw.strip(" \t•*·<>")
            if not address:
                continue
            if not _ADDRESS.fullmatch(address):
                break  # "Priya Nair" over her address: a named invitee, read elsewhere; the bare run ends
            name = _name_from_local(address.partition("@")[0])
            if name and name not in names:
                names.append(name)
    return names


# A booking tool's lists of who comes ("Invitees:", "Guests:", "Hosts:" in Calendly), where a guest the host adds
# is often only an address, one a line: "maria.solis@tallgrass.studio". Only a run of bare addresses right under
# the heading is read here (Google's "Guests" list of names tags its organizer and is left to the calendar part).
_GUEST_LIST = re.compile(
    r"^[ \t]*(?:invitees?|guests?|hosts?|additional guests|gäste|invités)[ \t]*:?[ \t]*\n"
    r"((?:[ \t]*\S+@\S+[ \t]*\n?){1,12})",
    re.IGNORECASE | re.MULTILINE,
)


def _name_from_local(local: str) -> str:
    """ "maria.solis" -> "Maria Solis": a mailbox that spells a first and a family name, else nothing."""
    parts = re.split(r"[._-]", local)
    if len(parts) != 2 or not all(re.fullmatch(r"[a-z]{2,}", p) for p in parts):
        return ""
    return " ".join(p.capitalize() for p in parts)


def named_interviewers(text: str, company_name: str | None = None) -> list[str]:
    """Full names ("Dana Whitfield") the text gives as interviewers, whether or not it gives an address.
    First names alone are left out: "you'll meet with Dana" alone is too little to address anyone by."""
    company = company_key(company_name or "")
    names: list[str] = [n for n in _listed_attendees(text) if not company or company_key(n) != company]
    for cue in _INTERVIEWER_CUE.finditer(text):
        span = _TITLE_DOT.sub("", text[cue.end() : cue.end() + 240])  # "Dr. Karen Whitlock" is no sentence end
        # Up to the next "Field:" line ("1:00 PM - 2:00 PM  Helen Ward" is a schedule line, not a field).
        span = re.split(r"[.!?](?:\s|$)|\n\s*\n|\n(?=[^\n:]{0,40}:(?!\d))", span)[0]
        span = re.sub(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", " ", span)  # addresses are read elsewhere
        span = re.sub(r"[^,;\n]*" + _LIST_TAG.pattern, ",", span, flags=re.I)  # "Jess Ward (organizer)" booked it
        span = re.sub(r"\([^()]*\)", ",", span)  # "(Engineering Manager)" is a title, not a name
        span = TITLES.sub("", span.replace("\n", "; "))
        for match in _NAME.finditer(span):
            before = span[: match.start()]
            previous = re.search(r"(\S+)\s+$", before[-20:])
            word_before = previous.group(1).strip(",;") if previous else ""
            if word_before in ("of", "for", "at", "in", "the") or _is_title_word(word_before):
                continue  # "Director of Network Planning", "VP Credit Risk", "the Vireo Hotel": not a person
            after_title = re.search(r"([^,;]*),\s*$", before)
            if after_title and any(_is_title_word(w) for w in after_title.group(1).split()):
                continue  # "Victor Lam, Senior Manager, Carrier Relations": a department after the title
            words = [w for w in match.group(0).split() if not TITLES.fullmatch(w + " ")]
            if any(_is_title_word(w) or (len(w) > 3 and fold(w) in _COMPANY_TAIL_WORDS) for w in words):
                continue  # "Staff Software Engineer", "Fleet Software": a job or a team, not a person
            while words and (NOT_A_NAME.match(words[0]) or _NOT_A_PERSON.match(words[0])):
                words.pop(0)
            while words and (NOT_A_NAME.match(words[-1]) or _NOT_A_PERSON.match(words[-1])):
                words.pop()
            if len(words) < 2 or len(words) > 4:
                continue
            name = " ".join(words)
            if company and company_key(name) == company:
                continue
            if name not in names:
                names.append(name)
    behalf = _ASSISTANT_TO.search(text)
    matches = [*_AND_I.finditer(text), *_WILL_MEET_YOU.finditer(text)]
    if behalf and _HE_WILL_MEET.search(text, behalf.end()):
        matches.append(behalf)
    for match in matches:
        words = match.group("name").split()
        while words and (NOT_A_NAME.match(words[0]) or _NOT_A_PERSON.match(words[0])):
            words.pop(0)  # "Tomorrow Sarah Kim and I": the sentence's first word is no part of the name
        if len(words) < 2 or any(NOT_A_NAME.match(w) or _NOT_A_PERSON.match(w) or _is_title_word(w) for w in words):
            continue
        name = " ".join(words)
        if name not in names and not (company and company_key(name) == company):
            names.append(name)
    return names


# "I'm the executive assistant to Michael Brandt ... He would like to meet with you": who the assistant books for.
_ASSISTANT_TO = re.compile(
    r"\b(?:assistant to|on behalf of|I support|I work for)[ \t]+(?:our[ \t]+[\w ]{0,40}?,?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})\b"
)
_HE_WILL_MEET = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)[ \t]+(?:would like|would love|wants|want|will|is looking forward|looks forward)"
    r"[ \t]+to[ \t]+(?:meet|interview|speak|talk|chat)"
)
# "Sarah Kim and I will call you then", "Dev Patel and I look forward to meeting you": the writer's co-interviewer;
# "Michael Brandt would like to meet with you": an assistant writing for the one who interviews.
_AND_I = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})[ \t]+and[ \t]+I\b(?:'ll|[ \t]+will)?[ \t]+"
    r"(?:call|meet|interview|speak|talk|chat|see|look forward to (?:meeting|speaking|talking|seeing)|"
    r"be (?:calling|meeting|interviewing|speaking|talking|chatting|seeing))\b(?:[ \t]+with)?[ \t]+you\b"
)
# "Our COO, Dana Ortiz, will call you"; the last of a list ("Stinson Gibner and Zimin Lu will interview you") is
# left to the list's own reading.
_WILL_MEET_YOU = re.compile(
    r"(?<!and )\b(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),?[ \t]+"
    r"(?:would like to|would love to|wants to|will|is looking forward to|looks forward to)[ \t]+"
    r"(?:call|meet|interview|speak|talk|chat|meeting|speaking|talking|chatting)\b(?:[ \t]+with)?[ \t]+you\b"
)


def same_person(name: str, person: Person) -> bool:
    """Whether a written name is this person: their display name, or the name their mailbox spells."""
    key = name_key(name)
    if person.name:
        other = name_key(clean_name(person.name))
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
