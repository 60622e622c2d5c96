"""Which company the interview is for, named as the company writes itself ("Hollis & Grey", "Aurora Health
Care", "Bäckerei Sonnenkorn"): the organisation of the interviewers, else of the sender, Reply-To or
organizer; never the recruiting or scheduling service that relayed the mail, nor an agency that forwarded it.

A domain is only a clue: its label is read against the words of the message (the signature, "at X", a footer
legal name, an "X Recruiting" display name, the subject), and spelled out from the label only when the words
never write the name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from ..model import Message, Person
from .mailboxes import FREE_MAIL, _org, is_relay
from .names import NOT_A_NAME, clean_name, fold, fold_german, name_key

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
    # The same in the languages of the corpora: "Weidmann Logistik Karriere", "Grupo Alba Selección".
    "karriere",
    "personalabteilung",
    "recrutement",
    "carrières",
    "carrieres",
    "emploi",
    "empleo",
    "selección",
    "seleccion",
    "reclutamiento",
    "rrhh",
    "rh",
}
# What a shared mailbox's display name adds after the organisation's name ("Corvid Clinic Room Booking",
# "Acme CRM"): the mailbox's function, never part of the name.
_MAILBOX_FUNCTION_WORDS = {
    "booking",
    "bookings",
    "room",
    "rooms",
    "reservation",
    "reservations",
    "appointments",
    "calendar",
    "scheduler",
    "crm",
    "ats",
    "portal",
    "notifications",
    "notification",
    "alerts",
    "mailer",
    "noreply",
    "no-reply",
    "helpdesk",
    "bot",
}


def company(
    interviewers: tuple[Person, ...],
    message: Message | None,
    texts: list[str],
    subject: str,
    organizer: Person | None = None,
    quoted: str = "",
) -> str | None:
    """The employer: the organisation of the interviewers (else of the sender, Reply-To or organizer), named
    as its own words write it ("Hollis & Grey", "Banque Saint-Laurent"), never the ATS that relayed it.
    `quoted`: the thread's earlier messages, read only for how the organisation of the domain writes its name
    (a short reply's signature is often only in the message it answers: "Pruett Lambert LLP" under
    gsalerno@pruettlambert.com)."""
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
        # A domain whose name the footer gives as the service that sent the mail ("Powered by Odoo" from
        # notifications@acme.odoo.com) is the product's, not the employer's, when another is at hand.
        footer = {m.group(1).lower().split(".")[0] for m in _POWERED_BY.finditer(haystack)}
        usable = [d for d in usable if _org(d).split(".")[0] not in footer] or usable
        org = Counter(_org(d) for d in usable).most_common(1)[0][0]
        label = org.split(".")[0]
        written = _name_of_label(label, haystack)
        if written is None and quoted:
            haystack = f"{haystack}\n{quoted}"
            written = _name_of_label(label, haystack)
        written = written or _split_label(label, haystack)
        written = _with_kind(_legal_name(written, haystack), haystack)
        written = _fuller_display(written, displays, _person_names(message), haystack)
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
            if NOT_A_NAME.match(name.split()[0]):
                continue  # "joining Monday", "join Zoom Meeting": a day or a tool, not a company
            if not _is_person(name, persons, haystack):
                return name
    titled = re.search(r"\b(?:at|with|bei|chez|con)\s+([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2})", subject)
    if titled and titled.group(1).lower() not in ("the", "our"):
        name = titled.group(1).strip(" .-")
        if not _is_person(name, persons, haystack) and not _is_brand(name, relays):
            return name
    return None


def _name_of_label(label: str, text: str) -> str | None:
    """How `text` writes the organisation whose domain label is `label`, in any of the ways a domain shortens
    a name (None when it does not write it)."""
    written = _written_name(label, text)
    core = _SLUG_AFFIX.sub("", label)
    if not written and core != label and len(core) >= 3:
        written = _written_name(core, text)  # "getsolace.com" written "Solace Health"
    return (
        written
        or _initials_name(core, text)
        or _prefix_name(core, text)
        or _signature_name(core, text)
        or _abbreviated_name(core, text)
        or _initials_then_word(core, text)
    )


def _fuller_display(written: str, displays: list[str], persons: set[str], text: str) -> str:
    """The company's own display name when it writes the name in full ("Harbour & Finch Solicitors", "Orchard
    Valley Schools" as From) and the words found only its leading part ("Harbour & Finch")."""
    if not written:
        return written
    key = name_key(written)
    for display in displays:
        name = _LEGAL_SUFFIX.sub("", _strip_company_words(display)).strip(" ,")
        extra = name.split()[len(written.split()) :]
        if (
            extra
            and len(extra) <= 2
            and name_key(name).startswith(key + " ")
            and all(w[:1].isupper() for w in extra)
            and not _is_person(name, persons - {name_key(clean_name(display))}, text)
        ):
            return name
    return written


def _person_names(message: Message | None) -> set[str]:
    """Folded names of the people in a message's headers and calendar parts (never a company's name)."""
    if message is None:
        return set()
    found = [p for p in (message.sender, *message.reply_to, *message.to, *message.cc) if p is not None]
    for event in message.events:
        found += [a.person for a in event.attendees] + ([event.organizer] if event.organizer else [])
    return {name_key(clean_name(p.name)) for p in found if p.name and not is_relay(p.domain)}


def _is_person(name: str, persons: set[str], text: str) -> bool:
    """ "Interview with Nadia Petrova": a person's name where a company's was looked for."""
    key = name_key(name)
    if key in persons or any(key.split()[:1] == p.split()[:1] and key.split()[-1:] == p.split()[-1:] for p in persons):
        return True
    if fold(name.split()[-1]).strip(".,") in _COMPANY_TAIL_WORDS:
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


_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:,?[ \t]+(?:(?:of|the|and|&|for)[ \t]+)?[A-Z][a-z]+)+")
_LAW = ("law", "legal", "cpa", "cpas")  # what a firm's domain adds to its partners' initials ("okmlaw.com")


def _initials_then_word(label: str, text: str) -> str | None:
    """A domain of the initials of a name's first words and then its last word ("gbetrading" for "Galveston Bay
    Energy Trading", "pcbank" for "Piedmont Carolina Bank"), or a firm's partners' initials and its trade
    ("okmlaw" for "Ostrander Kealy & Moss", "wsflaw" for "Whitcombe, Strand & Farrow")."""
    label = label.lower()
    if not (4 <= len(label) <= 16 and label.isalpha()):
        return None
    small = ("of", "the", "and", "&", "for")
    for run in _NAME_RUN.finditer(text):
        written = run.group(0).split()  # as written: "Whitcombe, Strand & Farrow"
        words = [word.rstrip(",") for word in written]
        for i in range(len(words)):
            if words[i] in small:
                continue
            initials = ""
            for j in range(i, min(i + 6, len(words))):
                if words[j] not in small:
                    initials += words[j][0].lower()
                if not label.startswith(initials):
                    break
                rest = label[len(initials) :]
                if j == i or len(initials) < 2 or not rest:
                    continue
                if j + 1 < len(words) and _letters(words[j + 1]) == rest:
                    return " ".join(written[i : j + 2]).rstrip(",")
                if rest in _LAW:
                    return " ".join(written[i : j + 1]).rstrip(",")
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
    first = fold(name.split()[0]) if name.split() else ""
    return first in brands or first in _SERVICE_NAMES


_SERVICE_NAMES = {
    "greenhouse", "lever", "ashby", "workday", "smartrecruiters", "icims", "jobvite", "teamtailor", "personio",
    "recruitee", "bamboohr", "goodtime", "calendly", "cal", "zoom", "google", "outlook", "microsoft", "gem",
    "workable", "taleo", "successfactors", "linkedin", "indeed", "hirevue", "modernloop", "paradox", "rippling",
    "breezy", "jazzhr", "pinpoint", "comeet", "dover", "wellfound", "yello", "prelude", "cronofy", "doodle",
    "notifications", "noreply", "calendar", "coderpad", "hackerrank", "codility", "karat",
    # Self-hosted and open-source suites that send in their own name unless configured otherwise.
    "odoo", "opencats", "librebooking", "booked", "frappe", "erpnext", "nextcloud", "easyappointments", "jitsi",
    "bigbluebutton", "greenlight", "suitecrm", "dolibarr", "zammad", "mautic", "rallly", "orangehrm", "kimai",
}  # fmt: skip


_AGENCY = re.compile(  # a prefix, so "TalentBridge" and "Recruitology" count
    r"\b(?:talent|recruit|staffing|search|headhunt|personnel|personalberatung|personaldienst|cabinet|agency|"
    r"agence|consultores|reclutadora|temps\b|temporary|placement|workforce|employment|resourcing|manpower)",
    re.IGNORECASE,
)
_CLIENT = re.compile(
    rf"\b(?i:our|my|the) client,?\s+(?P<a>{_ORG_NAME})"
    rf"|(?P<b>{_ORG_NAME}) (?:would (?:like|love) to|wants to|is keen to) (?:interview|meet|move forward|speak|chat)"
    rf"|\b(?:role|position|opening|opportunity) (?:at|with) (?P<c>{_ORG_NAME})"
    rf"|\b(?:notre client|unser(?:em)? kunden?|nuestro cliente),?\s+(?P<d>{_ORG_NAME})"
    # "You're confirmed with Everleaf Cosmetics for Wednesday", "Interview confirmed with Everleaf Cosmetics"
    # ("interview with Mark Stone" names a person: left to the patterns above)
    rf"|\b(?:confirmed|booked|scheduled) with (?P<e>{_ORG_NAME})",
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
    agency_key = re.sub(r"[^a-z0-9]", "", fold(agency))
    for match in _CLIENT.finditer(text):
        name = next(g for g in match.groups() if g)
        name = _LEGAL_SUFFIX.sub("", name.strip(" .,'’")).strip()
        if len(name) < 2 or NOT_A_NAME.match(name.split()[0]):
            continue  # "Arjun and I would like to meet": a pronoun, not a client
        key = re.sub(r"[^a-z0-9]", "", fold(name))
        if key and key not in agency_key and agency_key not in key and not _looks_like_person(name, text):
            return name
    return None


def _looks_like_person(name: str, text: str) -> bool:
    """ "Mark Stone would like to meet you": two capitalised words that the text uses as a first name."""
    words = name.split()
    if fold(words[-1]) in _COMPANY_TAIL_WORDS:
        return False  # "Everleaf Cosmetics" ("Everleaf have cancelled"): a trade, not a family name
    return len(words) == 2 and bool(re.search(rf"\b{re.escape(words[0])}\b(?!\s+{re.escape(words[1])})", text))


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
    while words and words[-1].lower().strip(".,") in _NOT_COMPANY_WORDS | _MAILBOX_FUNCTION_WORDS:
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
    "cosmetics",
    "builders",
    "construction",
    "apparel",
    "beauty",
    "motors",
    "retail",
    "dental",
    "legal",
    "pharmacy",
    # The trades and practices that small businesses name themselves after ("Tidewater Coffee", "Greystone
    # Print", "Mesa Verde Clinic"), which their domains run together.
    "clinic",
    "pediatrics",
    "dentistry",
    "orthodontics",
    "veterinary",
    "vets",
    "bakery",
    "cafe",
    "coffee",
    "diner",
    "kitchen",
    "brewing",
    "brewery",
    "winery",
    "farms",
    "hardware",
    "lumber",
    "supply",
    "cabinetry",
    "furniture",
    "print",
    "printing",
    "moving",
    "plumbing",
    "electric",
    "roofing",
    "landscaping",
    "realty",
    "properties",
    "law",
    "architects",
    "architecture",
    "design",
    "accounting",
    "cpa",
    "advisors",
    "montessori",
    "fitness",
    "salon",
    "florist",
    "auto",
    "mills",
    "outfitters",
    "marine",
    "books",
    "photography",
    "farm",
    "aquatics",
    "nursery",
    "gardens",
    "landscape",
    "grill",
    "bistro",
    "tavern",
    "pets",
}


def _written_name(label: str, text: str, folding: Callable[[str], str] = fold) -> str | None:
    """How the text writes the organisation whose domain label is `label` ("hollisgrey" -> "Hollis & Grey")."""
    target = re.sub(r"[^a-z0-9]", "", folding(label))
    if len(target) < 2:
        return None
    counts: Counter[str] = Counter()
    token = re.compile(r"[^\s,;:|()<>\"“”!?·•/]+")
    probe = target[:4]
    for line in text.splitlines():
        letters = re.sub(r"[^a-z0-9&]", "", folding(line))
        if probe not in letters.replace("&", "and") and probe not in letters.replace("&", ""):
            continue  # the name is not on this line ("Lin & Brandt" for linbrandt or linandbrandt)
        words = [(m.group(0), m.start()) for m in token.finditer(line)]
        for i in range(len(words)):
            if not words[i][0][:1].isupper() and not words[i][0][:1].isdigit():
                continue
            squashed = ""
            squashed_and = ""
            for j in range(i, min(i + 5, len(words))):
                word = words[j][0]
                folded = folding(word)
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
                        if gap.strip() or not nxt[:1].isupper() or folding(nxt).strip(".,'") not in _COMPANY_TAIL_WORDS:
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
        if folding is fold and not text.isascii() and re.search(r"[aou]e", target):
            return _written_name(label, text, fold_german)  # "holzwerk-koeln" is written "Holzwerk Köln"
        return None
    # The fullest form written ("Meridian Mutual Insurance" over "Meridian Mutual").
    return max(counts, key=lambda n: (len(n.split()), counts[n]))


_LEGAL_FORM = (
    r"(?:Inc|Incorporated|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SE|plc|PLC|Corp|Corporation|S\.?A\.?S?|S\.?L|SARL|"
    r"S\.?r\.?l|B\.?V|N\.?V|N\.A|AB|AS|ASA|Oy|A/S|ApS|Pty|KG|SpA|S\.p\.A|e\.V|"
    # American partnerships and firms, "Co." and Singapore's "Pte. Ltd." ("Quarry Lane Builders Co.")
    r"Co(?=\.|,|[ \t]*$)|Company(?=[ \t]*$)|LP|L\.P|LLP|PLLC|Pte)\b"
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
        # "…, Managing Partner. Pinecrest Legal PLLC": the name starts after a sentence's end.
        name = re.split(r"\.[ \t]+", match.group("name"))[-1].strip(" .,")
        candidate_key = company_key(name)
        words = name.split()
        if candidate_key == key or len(words) > len(written.split()) + 2 or len(words) > 5:
            continue
        if f" {key} " in f" {candidate_key} " and len(words) > len(best.split()) and not NOT_A_NAME.match(words[0]):
            best = name
    return best


_ANY_LEGAL = re.compile(_LEGAL_FORM)


def _letters(word: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(word))


_RUN = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+(?:(?:&|and|of|for|de)[ \t]+)?[A-ZÀ-Þ][\w'’.-]*){0,5}")


def _written_runs(label: str, text: str) -> Iterator[tuple[list[str], str]]:
    """Each run of capitalised words in the text, with its first word's letters, for a domain label long enough
    to be more than an abbreviation (a shorter one says too little to match a written name)."""
    if len(label) < 6:
        return
    for run in _RUN.finditer(text):
        words = run.group(0).split()
        yield words, _letters(words[0])


def _prefix_name(label: str, text: str) -> str | None:
    """A domain label that is a written name plus the initials or words of the rest of it: "pinecrestcu" for
    "Pinecrest Credit Union", "quillpay" ... only when the rest is spelled out; see _signature_name."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    for words, first in _written_runs(label, text):
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
        if probe not in fold(line).replace(" ", ""):
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


def _abbreviated_name(label: str, text: str) -> str | None:
    """A domain label that shortens a written name's later words ("redoakmfg" for "Red Oak Manufacturing",
    as its From writes it): the first word spelled out, each later word from its initial on, in order."""
    label = re.sub(r"[^a-z0-9]", "", label.lower())
    for words, first in _written_runs(label, text):
        if len(words) < 2 or len(first) < 3 or not label.startswith(first) or len(first) >= len(label):
            continue
        at = len(first)
        for j, word in enumerate(words[1:], start=1):
            letters = _letters(word)
            if not letters or letters[0] != label[at]:
                break
            for letter in letters:  # each later word from its initial on: "mfg" in "manufacturing"
                if at < len(label) and letter == label[at]:
                    at += 1
            if at == len(label):
                return " ".join(words[: j + 1])
    return None


# Words that say what kind of organisation a name is ("Ferncliff College", "Lakeside Dairy Cooperative"), which
# a domain often leaves out ("ferncliff.edu").
_KIND_WORDS = {"college", "university", "school", "schools", "academy", "institute", "hospital", "clinic",
               "cooperative", "co-op", "foundation", "museum", "library"}  # fmt: skip


def _with_kind(written: str, text: str) -> str:
    """The name with the word for its kind that follows it where it is written: "Ferncliff" -> "Ferncliff
    College" from the signature "Ferncliff College"."""
    if not written:
        return written
    for match in re.finditer(rf"\b{re.escape(written)}[ \t]+([A-Z][\w-]+)\b", text):
        if fold(match.group(1)) in _KIND_WORDS:
            return f"{written} {match.group(1)}"
    return written


_CAPITALISED_WORD = re.compile(r"\b(?:[A-ZÀ-Þ]['’])?[A-ZÀ-Þ][a-zà-ÿ]+(?:[A-ZÀ-Þ][a-zà-ÿ]+)*\b")


def _split_label(label: str, text: str = "") -> str:
    """A domain label as a name when the text never writes it: "northbeamenergy" -> "Northbeam Energy", and
    "trattoriabellini" -> "Trattoria Bellini" when the text writes "Bellini" (Marco Bellini signs)."""
    words: list[str] = []
    rest = re.sub(r"[^a-z0-9-]", "", label.lower())
    if "-" in rest:
        return " ".join(w[:1].upper() + w[1:] for w in rest.split("-") if w)
    if text and len(rest) >= 8:
        # Names keep their own capitals: "DiNapoli", "McAllister", "O'Brien".
        written = {_letters(w): w for w in _CAPITALISED_WORD.findall(text) if len(_letters(w)) >= 4}
        for word in sorted(written, key=len, reverse=True):
            if len(rest) - len(word) < 3:
                continue
            if rest.endswith(word):
                return f"{_split_label(rest[: -len(word)])} {written[word]}"
            if rest.startswith(word):
                return f"{written[word]} {_split_label(rest[len(word) :])}"
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
    joined = re.fullmatch(r"(.{3,}?)(?:and|n)(sons?|daughters?|co)", rest) or re.fullmatch(r"()and(sons?)", rest)
    if joined:  # "russoandsons" -> "Russo & Sons"
        words[:0] = [joined.group(1), "&", joined.group(2)]
        rest = ""
    words.insert(0, rest)
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def company_key(name: str) -> str:
    """A company name folded for comparison: "Hollis & Grey, Inc." -> "hollis grey"."""
    name = _LEGAL_SUFFIX.sub("", (name or "").strip(" .,"))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", fold(name).replace("&", " ")).split())
