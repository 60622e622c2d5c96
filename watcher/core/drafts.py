"""A planned follow-up + a template environment -> the MIME draft, threaded under the invitation."""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import TYPE_CHECKING

from ..model import FollowUp, Interview, Kind, Person

if TYPE_CHECKING:  # only a type here; importing Jinja2 costs start-up time where no draft is rendered
    from jinja2 import Environment

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|vs|antw|réf|rif|fwd?|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


@dataclass(frozen=True)
class Author:
    name: str
    email: str


def draft_message_id(followup: FollowUp, author: Author) -> str:
    """Deterministic, so a draft saved before a crash is found again instead of saved twice; and opaque: a
    random-looking UUID in the user's own domain, as mail clients write them, that says nothing of this tool
    to whoever receives the note."""
    digest = hashlib.sha256(f"draft\0{followup.id}\0{author.email.lower()}".encode()).digest()
    return f"{uuid.UUID(bytes=digest[:16], version=4)}@{_domain(author)}"


def earlier_draft_message_ids(followup: FollowUp, author: Author) -> tuple[str, ...]:
    """The Message-IDs older versions gave the same draft: a draft they saved is still that draft."""
    return (f"followup-{followup.id}@{author.email.rpartition('@')[2] or 'followup.invalid'}",)


def _domain(author: Author) -> str:
    domain = author.email.rpartition("@")[2]
    return domain if domain and domain.isascii() and not re.search(r"[\s<>@]", domain) else "localhost"


def template_name(kind: Kind, html: bool = False) -> str:
    return f"{kind.value}.{'html' if html else 'txt'}.j2"


def template_context(
    followup: FollowUp, interview: Interview, author: Author, timezone: tzinfo, notes: str | list[str] = ""
) -> dict:
    """Plain values only: text from an email reaches the template as data, never as template code.

    `notes` are the user's own notes from the interview (`followup note`), oldest first.
    """
    start = interview.start.astimezone(timezone)
    names = [p.first_name or p.name for p in followup.recipients]
    note_list = [n for n in (notes.splitlines() if isinstance(notes, str) else notes) if n.strip()]
    recipients = {p.email for p in followup.recipients}
    others = [p for p in interview.interviewers if p.email not in recipients]
    return {
        "kind": followup.kind.value,
        "recipients": [_person(p) for p in followup.recipients],
        "greeting_names": _join_names([n for n in names if n]),
        "company": _one_line(interview.company or ""),
        "role": _one_line(interview.role or ""),
        "subject": _one_line(interview.subject),
        "interview_date": f"{start:%A}, {start:%B} {start.day}",
        "interview_day": f"{start:%A}",
        "interview_start": start,
        "interview_end": interview.end.astimezone(timezone),
        "is_panel": interview.is_panel,
        "interviewers": [_person(p) for p in interview.interviewers],
        # the interviewers this draft is not addressed to, by name ("my interview with Dana and Sam")
        "other_interviewers": _join_names([p.name or p.email for p in others]),
        "feedback_within": interview.feedback_within,
        "send_by": followup.send_by.astimezone(timezone),
        "notes": "\n".join(note_list),
        "note_list": note_list,
        "user": {"name": author.name, "email": author.email},
    }


def render_draft(
    followup: FollowUp,
    interview: Interview,
    author: Author,
    env: Environment,
    *,
    timezone: tzinfo,
    now: datetime,
    notes: str | list[str] = "",
) -> EmailMessage:
    """Build the draft: From the user, To the recipients, `Re:` the invitation, In-Reply-To it.

    A `KIND.html.j2` template, when the user provides one, adds an HTML alternative to the text.
    """
    context = template_context(followup, interview, author, timezone, notes)
    body = env.get_template(template_name(followup.kind)).render(context)
    html = render_optional(env, template_name(followup.kind, html=True), context)
    message = EmailMessage(policy=SMTP)
    message["From"] = _address(Person(author.name, author.email))
    message["To"] = [_address(p) for p in followup.recipients]
    message["Subject"] = reply_subject(interview.subject, interview)
    message["Date"] = format_datetime(now.astimezone(timezone))
    message["Message-ID"] = f"<{draft_message_id(followup, author)}>"
    if _safe_id(interview.message_id):
        message["In-Reply-To"] = f"<{interview.message_id}>"
    refs = [r for r in dict.fromkeys([*interview.references, interview.message_id]) if _safe_id(r)]
    if refs:
        message["References"] = " ".join(f"<{r}>" for r in refs)
    message.set_content(body.strip() + "\n", charset="utf-8")
    if html is not None:
        message.add_alternative(html.strip() + "\n", subtype="html", charset="utf-8")
    _check_headers(message)
    return message


def render_optional(env: Environment, name: str, context: dict) -> str | None:
    """Render `name` if the environment has such a template, else None."""
    from jinja2 import TemplateNotFound

    try:
        template = env.get_template(name)
    except TemplateNotFound:
        return None
    return template.render(context)


def _check_headers(message: EmailMessage) -> None:
    """The header block as it will be saved holds exactly the headers set above, each once. The text that
    flows into them is already made safe; this catches what a future email package might do differently."""
    head = message.as_bytes().split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0].decode("ascii", "replace").lower() for line in head.split(b"\r\n")]
    names = [name for name in names if name[:1] not in (" ", "\t")]
    if sorted(names) != sorted(name.lower() for name in message):
        raise ValueError("the draft's headers failed the safety check; it was not saved")


def reply_subject(subject: str, interview: Interview) -> str:
    clean = _header_text(subject)
    if not clean:
        clean = _header_text(f"Interview{' - ' + interview.role if interview.role else ''}")
    return "Re: " + _REPLY_PREFIX.sub("", clean)


def _address(person: Person) -> Address:
    """An Address object quotes the display name, so a name can never break out of its header."""
    local, _, domain = person.email.partition("@")
    return Address(display_name=_header_text(person.name), username=local, domain=domain)


def _one_line(text: str) -> str:
    return " ".join(_CONTROL.sub(" ", text).split())


def _header_text(text: str) -> str:
    """Text from an email made safe for a draft's header. The email package decodes RFC 2047 encoded-words
    when a header is set, also inside a quoted display name, and (before Python 3.11.10, CVE-2024-6923)
    writes a decoded line break out as is: a name or subject carrying a literal encoded-word could add a
    header. So encoded-words are decoded here, nested ones too, line breaks and control characters become
    spaces, and whatever still looks like an encoded-word is broken up so nothing is decoded later."""
    for _ in range(4):
        decoded = _decode_words(text)
        if decoded == text:
            break
        text = decoded
    return _one_line(text).replace("=?", "= ?")


def _decode_words(text: str) -> str:
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except Exception:  # a malformed encoded-word: left as text, then broken up by the caller
        return text


def _safe_id(message_id: str) -> bool:
    """A Message-ID that can go between angle brackets as is: ASCII, no space, bracket or encoded-word."""
    return bool(message_id) and message_id.isascii() and not re.search(r"[\s<>\x00-\x1f\x7f]|=\?", message_id)


def _person(person: Person) -> dict[str, str]:
    return {"name": person.name, "first_name": person.first_name, "email": person.email}


def _join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
