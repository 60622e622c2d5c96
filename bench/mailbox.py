"""A generated, realistic job seeker's INBOX: fixed seed, sizes 2 KB-200 KB, attachments, multipart, 1% invitations.

The mix is what makes a server-side pre-filter earn its keep or not: besides the invitations it holds the
mail that shares their words without being one (job alerts, application receipts, rejections, articles
about interviewing, "screenshot" notifications, ordinary meeting invitations with a calendar part), so
the candidates a SEARCH picks are realistic, not just the invitations. Messages are built as bytes from
templates (not with `email.message`), so 20,000 of them take seconds.
"""

from __future__ import annotations

import base64
import quopri
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

USER = ("Jordan Lee", "jordan@example.test")
SEED = 20240607

# Share of each kind of mail (invitations are placed separately, exactly `invitation_share` of the total).
# 20,000 messages in 30 days is a heavy mailbox, heavy in bulk mail; job mail does not grow with it:
# ~10 job alerts and a few application replies a day are 2% of it.
MIX: tuple[tuple[str, float], ...] = (
    ("personal", 0.15),
    ("newsletter", 0.27),
    ("notification", 0.26),
    ("attachment", 0.28),
    ("job_alert", 0.015),
    ("application", 0.005),
    ("meeting", 0.01),
    ("text_invitation", 0.002),
)

_WORD_TEXT = (
    "the of and to a in that it is was for on are as with his they at be this from have or by one had not "
    "but what all were when we there can an your which their said if do will each about how up out them "
    "then she many some so these would other into has more her two like him see time could no make than "
    "first been its who now people my made over did down only way find use may water long little very "
    "after words called just where most know get through back much before go good new write our used me "
    "man too any day same right look think also around another came come work three word must because "
    "does part even place well such here take why things help put years different away again off went old "
    "number great tell men say small every found still between name should home big give air line set own "
    "under read last never us left end along while might next sound below saw something thought both few "
    "those always looked show large often together asked house world going want school important until "
    "form food keep children feet land side without boy once animals life enough took sometimes four head "
    "above kind began almost live page got earth need far hand high year mother light parts country "
    "father let night following picture being study second eyes soon times story boys since white days "
    "ever paper hard near sentence better best across during today others however sure means knew try "
    "told young miles sun ways thing whole hear example heard several change answer room sea against top "
    "turned learn point city play toward five using himself usually project budget weekend report dinner "
    "update invoice delivery order account payment travel ticket receipt team release meeting notes "
    "coffee garden photos"
)
_WORDS = _WORD_TEXT.split()

_SENDERS = (
    ("Sam Ortiz", "sam.ortiz@gmail.com"),
    ("Priya Nair", "priya@fastmail.com"),
    ("Mum", "mum.lee@yahoo.com"),
    ("Alex Kim", "alex.kim@proton.me"),
    ("Chris Park", "chris@park.example"),
)
_NEWSLETTERS = (
    ("The Morning Brief", "news@morningbrief.example"),
    ("Product Weekly", "digest@productweekly.example"),
    ("Cooking Club", "hello@cookingclub.example"),
    ("Data Eng Digest", "editor@dataeng.example"),
)
_NOTIFIERS = (
    ("GitHub", "notifications@github.example"),
    ("Bank of Examples", "alerts@bank.example"),
    ("ShopMart", "orders@shopmart.example"),
    ("Airline", "no-reply@airline.example"),
    ("Cloud Console", "noreply@cloud.example"),
)
_COMPANIES = (
    ("Northwind", "northwind.example"),
    ("Contoso", "contoso.example"),
    ("Fabrikam", "fabrikam.example"),
    ("Globex", "globex.example"),
    ("Initech", "initech.example"),
    ("Umbrella Labs", "umbrella.example"),
    ("Tailspin", "tailspin.example"),
    ("Wingtip", "wingtip.example"),
)
_ROLES = ("Senior Data Engineer", "Backend Engineer", "Product Manager", "Site Reliability Engineer", "Analyst")
_FIRST = ("Dana", "Riley", "Morgan", "Casey", "Jamie", "Taylor", "Avery", "Quinn", "Robin", "Sasha")
_LAST = ("Whitfield", "Chen", "Garcia", "Novak", "Okafor", "Schmidt", "Dubois", "Rossi", "Ito", "Larsen")


@dataclass(frozen=True)
class Generated:
    """One message and what it is: `kind`, and for invitations the event UID the service must plan."""

    raw: bytes
    kind: str
    message_id: str
    event_uid: str = ""

    @property
    def is_invitation(self) -> bool:
        return self.kind == "invitation"


def generate(count: int, *, now: datetime, seed: int = SEED, invitation_share: float = 0.01) -> Iterator[Generated]:
    """`count` messages dated over the 29 days before `now`, oldest first; invitations are for the weeks after."""
    rng = random.Random(seed)
    invitations = round(count * invitation_share)
    slots = set(rng.sample(range(count), invitations))
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    span = timedelta(days=29).total_seconds()
    for index in range(count):
        sent = now - timedelta(seconds=span * (1 - index / max(count, 1))) + timedelta(seconds=rng.random())
        kind = "invitation" if index in slots else rng.choices(kinds, weights)[0]
        yield _BUILDERS[kind](rng, index, sent, now)


# ---------------------------------------------------------------- building blocks


def _text(rng: random.Random, size: int) -> str:
    """Paragraphs of ordinary words, about `size` characters."""
    out: list[str] = []
    total = 0
    while total < size:
        words = rng.choices(_WORDS, k=rng.randint(25, 90))
        words[0] = words[0].capitalize()
        paragraph = " ".join(words) + "."
        lines, line = [], ""
        for word in paragraph.split(" "):
            if len(line) + len(word) >= 72:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
        out.append("\n".join(lines))
        total += len(paragraph) + 2
    return "\n\n".join(out)


def _html(text: str, rng: random.Random) -> str:
    style = (
        'style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#333333;margin:0 0 12px"'
    )
    cells = "".join(f"<p {style}>{p}</p>\n" for p in text.split("\n\n"))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{padding:0}</style></head><body>'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'style="background:#f4f4f4"><tr><td align="center"><table width="600" style="background:#ffffff">'
        f'<tr><td style="padding:24px">\n{cells}</td></tr></table></td></tr></table></body></html>'
    )


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _b64(data: bytes) -> str:
    encoded = base64.b64encode(data).decode("ascii")
    return "\n".join(encoded[i : i + 76] for i in range(0, len(encoded), 76))


def _log_size(rng: random.Random, low: int, high: int) -> int:
    return int(low * (high / low) ** rng.random())


def _headers(
    sender: tuple[str, str], subject: str, sent: datetime, message_id: str, content_type: str, extra: str = ""
) -> str:
    domain = sender[1].split("@")[1]
    return (
        f"Return-Path: <{sender[1]}>\n"
        f"Received: from mx.{domain} (mx.{domain} [192.0.2.{abs(hash(domain)) % 250}])\n"
        f"\tby mail.example.test with ESMTPS id {message_id[:12]}; {format_datetime(sent)}\n"
        f"From: {sender[0]} <{sender[1]}>\n"
        f"To: {USER[0]} <{USER[1]}>\n"
        f"Subject: {subject}\n"
        f"Date: {format_datetime(sent)}\n"
        f"Message-ID: <{message_id}>\n"
        f"MIME-Version: 1.0\n{extra}"
        f"Content-Type: {content_type}\n"
    )


def _message_id(rng: random.Random, index: int, domain: str) -> str:
    return f"{index:06d}.{rng.getrandbits(48):012x}@{domain}"


def _alternative(rng: random.Random, text: str, boundary: str, extra_parts: str = "") -> str:
    return (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        f"{_qp(text)}\n--{boundary}\nContent-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{_qp(_html(text, rng))}\n{extra_parts}--{boundary}--\n"
    )


def _finish(head: str, body: str) -> bytes:
    return (head + "\n" + body).replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------- kinds of mail


def _personal(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_SENDERS)
    mid = _message_id(rng, index, sender[1].split("@")[1])
    body = _text(rng, _log_size(rng, 1800, 12_000))
    head = _headers(sender, f"Re: {' '.join(rng.choices(_WORDS, k=4))}", sent, mid, "text/plain; charset=utf-8")
    return Generated(_finish(head, body), "personal", mid)


def _newsletter(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_NEWSLETTERS)
    mid = _message_id(rng, index, sender[1].split("@")[1])
    text = _text(rng, _log_size(rng, 4000, 30_000))
    if rng.random() < 0.05:  # an article about interviewing: shares the words, is no invitation
        text = (
            "This week: five ways to prepare for your next job interview, and what hiring managers "
            "say candidates get wrong in a phone screen.\n\n" + text
        )
    text += "\n\nYou receive this newsletter because you subscribed. Unsubscribe or manage your preferences."
    boundary = f"nl{rng.getrandbits(64):016x}"
    head = _headers(
        sender,
        f"{sender[0]}: {' '.join(rng.choices(_WORDS, k=5))}",
        sent,
        mid,
        f'multipart/alternative; boundary="{boundary}"',
        "List-Unsubscribe: <mailto:unsubscribe@example.test>\n",
    )
    return Generated(_finish(head, _alternative(rng, text, boundary)), "newsletter", mid)


def _notification(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_NOTIFIERS)
    mid = _message_id(rng, index, sender[1].split("@")[1])
    text = _text(rng, _log_size(rng, 1400, 12_000))
    if rng.random() < 0.06:
        text = "A new screenshot was attached to the issue; see the screen recording for details.\n\n" + text
    subject = f"[{sender[0]}] {' '.join(rng.choices(_WORDS, k=5))}"
    head = _headers(sender, subject, sent, mid, "text/html; charset=utf-8")
    head += "Content-Transfer-Encoding: quoted-printable\n"
    return Generated(_finish(head, _qp(_html(text, rng))), "notification", mid)


_ATTACHMENTS = (
    ("application/pdf", "statement.pdf", b"%PDF-1.4\n"),
    ("image/jpeg", "IMG_2041.jpg", b"\xff\xd8\xff\xe0"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "notes.docx", b"PK\x03\x04"),
    ("application/zip", "photos.zip", b"PK\x03\x04"),
)


def _attachment_part(rng: random.Random, size: int, boundary: str) -> str:
    ctype, name, magic = rng.choice(_ATTACHMENTS)
    data = magic + rng.randbytes(max(size - len(magic), 0))
    return (
        f'--{boundary}\nContent-Type: {ctype}; name="{name}"\nContent-Disposition: attachment; '
        f'filename="{name}"\nContent-Transfer-Encoding: base64\n\n{_b64(data)}\n'
    )


def _attachment(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_SENDERS + _NOTIFIERS)
    mid = _message_id(rng, index, sender[1].split("@")[1])
    total = _log_size(rng, 30_000, 190_000)
    text = _text(rng, rng.randint(400, 3000))
    outer, inner = f"mx{rng.getrandbits(64):016x}", f"al{rng.getrandbits(64):016x}"
    body = (
        f'--{outer}\nContent-Type: multipart/alternative; boundary="{inner}"\n\n{_alternative(rng, text, inner)}'
        f"{_attachment_part(rng, int(total * 0.74), outer)}--{outer}--\n"
    )
    subject = f"{' '.join(rng.choices(_WORDS, k=3))} (attached)"
    head = _headers(sender, subject, sent, mid, f'multipart/mixed; boundary="{outer}"')
    return Generated(_finish(head, body), "attachment", mid)


def _job_alert(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    mid = _message_id(rng, index, "jobs.example")
    lines = []
    for _ in range(rng.randint(6, 25)):
        company = rng.choice(_COMPANIES)[0]
        lines.append(
            f"{rng.choice(_ROLES)} at {company} - {rng.choice(('Remote', 'Berlin', 'New York', 'London'))}\n"
            f"{company} is hiring. Be an early applicant: {rng.randint(3, 90)} candidates applied. "
            f"The recruiter is actively reviewing profiles."
        )
    text = "New jobs for you, based on your profile.\n\n" + "\n\n".join(lines)
    text += "\n\n" + _text(rng, rng.randint(500, 3000)) + "\n\nUnsubscribe from job alerts."
    boundary = f"ja{rng.getrandbits(64):016x}"
    subject = f"{rng.randint(5, 40)} new jobs for {rng.choice(_ROLES)}"
    head = _headers(
        ("Job Alerts", "jobalerts-noreply@jobs.example"),
        subject,
        sent,
        mid,
        f'multipart/alternative; boundary="{boundary}"',
        "List-Unsubscribe: <mailto:jobalerts-leave@jobs.example>\n",  # as real job alerts do
    )
    return Generated(_finish(head, _alternative(rng, text, boundary)), "job_alert", mid)


def _application(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    company, domain = rng.choice(_COMPANIES)
    role = rng.choice(_ROLES)
    mid = _message_id(rng, index, domain)
    kind = rng.random()
    if kind < 0.5:
        subject = f"Thank you for applying to {company}"
        text = (
            f"Hi Jordan,\n\nThank you for your application for the {role} position. We have received your "
            "application and our recruiting team will review it. If your background fits, a recruiter will "
            "reach out about next steps.\n\nThe hiring team"
        )
    elif kind < 0.8:
        subject = f"Your application to {company}"
        text = (
            f"Hi Jordan,\n\nThank you for your interest in the {role} role. Unfortunately, we have decided to "
            "move forward with other candidates whose experience more closely matches our needs.\n\nBest,\n"
            f"{company} Talent Acquisition"
        )
    else:
        subject = f"{role} opportunity at {company}"
        text = (
            f"Hi Jordan,\n\nI'm a recruiter at {company} and came across your profile. We're hiring for a "
            f"{role}. Would you be open to a quick chat? Please share your availability for next week.\n\n"
            f"{rng.choice(_FIRST)}"
        )
    text += "\n\n" + _text(rng, rng.randint(300, 2500))
    head = _headers((f"{company} Careers", f"careers@{domain}"), subject, sent, mid, "text/plain; charset=utf-8")
    return Generated(_finish(head, text), "application", mid)


def _ics(
    rng: random.Random,
    uid: str,
    start: datetime,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    description: str,
    windows_zone: bool,
) -> str:
    end = start + timedelta(minutes=minutes)
    if windows_zone:
        local = timedelta(hours=-5)
        fmt = "%Y%m%dT%H%M%S"
        times = (
            f"DTSTART;TZID=Eastern Standard Time:{(start + local).strftime(fmt)}\n"
            f"DTEND;TZID=Eastern Standard Time:{(end + local).strftime(fmt)}\n"
        )
        zone = (
            "BEGIN:VTIMEZONE\nTZID:Eastern Standard Time\nBEGIN:STANDARD\nDTSTART:16010101T020000\n"
            "TZOFFSETFROM:-0400\nTZOFFSETTO:-0500\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\n"
            "END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010101T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\n"
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
        )
    else:
        times = f"DTSTART:{start.strftime('%Y%m%dT%H%M%SZ')}\nDTEND:{end.strftime('%Y%m%dT%H%M%SZ')}\n"
        zone = ""
    people = "".join(
        f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{address}\n"
        for name, address in attendees
    )
    return (
        f"BEGIN:VCALENDAR\nPRODID:-//bench//EN\nVERSION:2.0\nMETHOD:REQUEST\n{zone}BEGIN:VEVENT\nUID:{uid}\n"
        f"SEQUENCE:0\nDTSTAMP:{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}\n{times}SUMMARY:{summary}\n"
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}\n{people}"
        f"DESCRIPTION:{description}\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n"
    )


def _meeting(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    """An ordinary meeting invitation with a calendar part: a candidate for any filter, no interview."""
    organizer = rng.choice(_SENDERS)
    mid = _message_id(rng, index, organizer[1].split("@")[1])
    uid = f"meet-{index}-{rng.getrandbits(32):08x}@bench"
    start = (now + timedelta(days=rng.randint(1, 20))).replace(
        hour=rng.randint(13, 21), minute=0, second=0, microsecond=0
    )
    summary = rng.choice(("Sprint planning", "Dentist appointment", "Book club", "Quarterly review", "Lunch"))
    ics = _ics(rng, uid, start, 60, summary, organizer, [organizer, USER], "See you there.", False)
    text = f"{organizer[0]} has invited you to: {summary}\n\n" + _text(rng, rng.randint(300, 1500))
    boundary = f"mt{rng.getrandbits(64):016x}"
    calendar = (
        f"--{boundary}\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n"
        f"Content-Transfer-Encoding: 7bit\n\n{ics}"
    )
    head = _headers(organizer, f"Invitation: {summary}", sent, mid, f'multipart/alternative; boundary="{boundary}"')
    return Generated(_finish(head, _alternative(rng, text, boundary, calendar)), "meeting", mid)


def _interview_parts(rng: random.Random, index: int, now: datetime):
    company, domain = rng.choice(_COMPANIES)
    role = rng.choice(_ROLES)
    interviewer = (f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "")
    interviewer = (interviewer[0], interviewer[0].lower().replace(" ", ".") + "@" + domain)
    recruiter = (f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "")
    recruiter = (recruiter[0], recruiter[0].lower().replace(" ", ".") + "@" + domain)
    day = now + timedelta(days=rng.randint(2, 21))
    start = day.replace(hour=rng.randint(14, 21), minute=rng.choice((0, 30)), second=0, microsecond=0)
    return company, domain, role, interviewer, recruiter, start


def _invitation(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    """A calendar invitation to a job interview, in one of the shapes Google, Outlook and ATS tools send."""
    company, domain, role, interviewer, recruiter, start = _interview_parts(rng, index, now)
    style = rng.choice(("google", "outlook", "ats"))
    kind_of = rng.choice(("Technical interview", "Phone screen", "Interview", "Final round interview"))
    summary = f"{kind_of}: {role} at {company}"
    uid = f"inv-{index}-{rng.getrandbits(48):012x}@{domain}"
    mid = _message_id(rng, index, domain)
    description = f"{kind_of} with {interviewer[0]} for the {role} role. We look forward to meeting you."
    ics = _ics(
        rng,
        uid,
        start,
        rng.choice((30, 45, 60, 90)),
        summary,
        recruiter,
        [interviewer, USER],
        description,
        windows_zone=style == "outlook",
    )
    text = (
        f"Hi Jordan,\n\nThank you for your interest in {company}. We are pleased to confirm your {kind_of.lower()} "
        f"for the {role} position with {interviewer[0]}. The calendar invitation is attached.\n\n"
        f"Best regards,\n{recruiter[0]}\nRecruiting, {company}\n\n" + _text(rng, rng.randint(200, 1200))
    )
    if style == "google":
        outer, inner = f"gm{rng.getrandbits(64):016x}", f"ga{rng.getrandbits(64):016x}"
        calendar = (
            f'--{inner}\nContent-Type: text/calendar; charset="UTF-8"; method=REQUEST\n'
            f"Content-Transfer-Encoding: 7bit\n\n{ics}"
        )
        body = (
            f'--{outer}\nContent-Type: multipart/alternative; boundary="{inner}"\n\n'
            f'{_alternative(rng, text, inner, calendar)}--{outer}\nContent-Type: application/ics; name="invite.ics"'
            f'\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\n'
            f"{_b64(ics.replace(chr(10), chr(13) + chr(10)).encode())}\n--{outer}--\n"
        )
        head = _headers(recruiter, f"Invitation: {summary}", sent, mid, f'multipart/mixed; boundary="{outer}"')
    elif style == "outlook":
        boundary = f"ol{rng.getrandbits(64):016x}"
        calendar = (
            f'--{boundary}\nContent-Type: text/calendar; charset="utf-8"; method=REQUEST\n'
            f"Content-Transfer-Encoding: base64\n\n{_b64(ics.replace(chr(10), chr(13) + chr(10)).encode())}\n"
        )
        head = _headers(recruiter, summary, sent, mid, f'multipart/alternative; boundary="{boundary}"')
        body = _alternative(rng, text, boundary, calendar)
    else:  # an applicant tracking system: HTML + text, the .ics and the job description as attachments
        outer, inner = f"at{rng.getrandbits(64):016x}", f"aa{rng.getrandbits(64):016x}"
        body = (
            f'--{outer}\nContent-Type: multipart/alternative; boundary="{inner}"\n\n{_alternative(rng, text, inner)}'
            f'--{outer}\nContent-Type: application/ics; name="interview.ics"\nContent-Disposition: attachment; '
            f'filename="interview.ics"\nContent-Transfer-Encoding: base64\n\n'
            f"{_b64(ics.replace(chr(10), chr(13) + chr(10)).encode())}\n"
            f"{_attachment_part(rng, _log_size(rng, 20_000, 120_000), outer)}--{outer}--\n"
        )
        sender = (f"{company} Recruiting", f"no-reply@{domain}")
        head = _headers(sender, f"Interview confirmed: {role}", sent, mid, f'multipart/mixed; boundary="{outer}"')
    return Generated(_finish(head, body), "invitation", mid, uid)


def _text_invitation(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    """A confirmation in words only ("Tuesday, March 3 at 2:00 PM EST"), no calendar part."""
    company, domain, role, interviewer, recruiter, start = _interview_parts(rng, index, now)
    mid = _message_id(rng, index, domain)
    local = start - timedelta(hours=5)
    when = f"{local:%A, %B} {local.day} at {local.hour % 12 or 12}:{local:%M} {'AM' if local.hour < 12 else 'PM'} EST"
    text = (
        f"Hi Jordan,\n\nThis confirms your phone interview for the {role} position on {when}, for 45 minutes. "
        f"{interviewer[0]} will call you.\n\nBest,\n{recruiter[0]}, {company}\n\n" + _text(rng, rng.randint(200, 900))
    )
    head = _headers(recruiter, f"Confirmed: phone interview for {role}", sent, mid, "text/plain; charset=utf-8")
    return Generated(_finish(head, text), "text_invitation", mid)


_BUILDERS = {
    "personal": _personal,
    "newsletter": _newsletter,
    "notification": _notification,
    "attachment": _attachment,
    "job_alert": _job_alert,
    "application": _application,
    "meeting": _meeting,
    "text_invitation": _text_invitation,
    "invitation": _invitation,
}


def invitation(index: int, *, now: datetime, seed: int = SEED) -> Generated:
    """One calendar invitation, sent now, for an interview in the coming weeks (the push benchmark's mail)."""
    return _invitation(random.Random(seed * 1_000_003 + index), 1_000_000 + index, now, now)
