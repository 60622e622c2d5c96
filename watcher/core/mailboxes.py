"""What kind of mailbox an address is: a person's own, a shared or robot mailbox, a recruiting or scheduling
service that relays for an employer, free mail; and the organisation a domain belongs to."""

from __future__ import annotations

import re

from ..model import Person

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
    # Hosted HR suites: "notifications@<company>.odoo.com", Frappe Cloud sites.
    "odoo.com",
    "frappe.cloud",
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
    r"system|postmaster|daemon)"
    # "crm-notifications@", "hr-noreply@", "careers.donotreply@": a robot of one department or tool
    r"|^[a-z0-9]+[-_.](?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer|alerts?)\b",
    re.I,
)
# Shared mailboxes: a thank-you there reaches nobody in particular. A last resort, never an interviewer.
_ROLE_MAILBOX = re.compile(
    r"^(?:recruit\w*|careers?|jobs?|hr|talent\w*|people|hiring|interviews?|scheduling|schedule|info|hello|"
    r"support|team|contact|office|admin|apply|applications?|bewerbung\w*|karriere|emploi|empleo|rh|rrhh|"
    r"personal|candidates?|staffing|exec-office|all|everyone)(?:[-_.].*)?$",
    re.I,
)


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


# A part of a mailbox name after the first that makes it a list or a team's ("eng-interviewers", "sales.hiring",
# "nyc-recruiting"); not words that are also surnames ("steve.jobs").
_GROUP_PART = re.compile(r"^(?:interviewers?|interviews|recruit\w*|hiring|talent|panel|careers|team)$", re.IGNORECASE)


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


def organisation(domain: str) -> str:
    """The organisation's registrable domain: "mail.northwind.com" -> "northwind.com"."""
    return _org(domain.lower().strip("."))


# American locality domains: "orchardvalley.k12.ny.us", "library.ci.austin.tx.us" (the state is no organisation).
_US_LOCALITY = {"k12", "lib", "cc", "tec", "ci", "co", "city", "town", "state", "pvt", "mus", "gen", "dst", "cog"}


# Second-level labels under a country code that are no organisation: acme.co.uk, unsw.edu.au, nic.ne.jp.
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "gv", "ltd", "plc"}


def _org(domain: str) -> str:
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-1] == "us" and len(parts[-2]) == 2:
        keep = 4 if len(parts) >= 4 and parts[-3] in _US_LOCALITY else 3
        return ".".join(parts[-keep:])
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:]) if len(parts) >= 2 else domain


# Booking pages a person publishes for their own slots: their mail is sent in the host's name, and the host is the
# one met (unlike a recruiting system's, written by a coordinator for a panel).
_BOOKING_SERVICE = re.compile(
    r"(?:^|\.)(?:calendly|cal|savvycal|youcanbook|zcal|acuityscheduling|tidycal|doodle)\.(?:com|me|io)$", re.I
)


def is_booking_service(domain: str) -> bool:
    """A booking page's service (Calendly, Cal.com, SavvyCal...), which writes in the name of the slot's host."""
    return bool(_BOOKING_SERVICE.search(domain))
