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
from email.policy import EmailPolicy
from email.utils import format_datetime
from typing import TYPE_CHECKING

from ..model import FollowUp, Interview, Kind, Person
from .language import LANGUAGES, NAMES, addressee, join_names, plain_role, salutation
from .policy import Rule, language_rule
from .subjects import looks_generated

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


def template_name(kind: Kind, html: bool = False, language: str = "en") -> str:
    """`thank_you.txt.j2` is English (the name user folders have always used); `thank_you.de.txt.j2` German."""
    suffix = "html" if html else "txt"
    return f"{kind.value}.{suffix}.j2" if language == "en" else f"{kind.value}.{language}.{suffix}.j2"


def template_names(kind: Kind, language: str, html: bool = False) -> list[str]:
    """The names to look for, in order (each in the user's folder first, then the bundled templates)."""
    names = [template_name(kind, html, language)]
    if language == "en":
        names.insert(0, f"{kind.value}.en.{'html' if html else 'txt'}.j2")
    return names


@dataclass(frozen=True)
class LanguageChoice:
    """The language a draft is written in, whether it says du/tu/tú, and why (for `preview` and `list`)."""

    language: str
    informal: bool
    why: str

    def describe(self) -> str:
        return f"{language_name(self.language)}: {self.why}"


def language_name(code: str) -> str:
    if code in NAMES:
        return NAMES[code]
    try:
        from babel import Locale

        return Locale.parse(code.replace("-", "_")).get_display_name("en") or code
    except Exception:  # a code CLDR does not know: shown as written
        return code


def bundled_choice(kwargs: dict) -> dict:
    """render_draft's arguments for the bundled templates: a language only the user's folder has is English."""
    choice = kwargs.get("choice")
    if choice is None or choice.language in LANGUAGES:
        return kwargs
    return {**kwargs, "choice": LanguageChoice("en", False, f"no bundled {language_name(choice.language)} template")}


def choose_language(interview: Interview, setting: str = "auto", rules: tuple[Rule, ...] = ()) -> LanguageChoice:
    """`[[rules]]` language for the company, else `[drafts] language`, else ("auto") the language the company
    wrote in. The informal register only where the draft is in the language the company wrote informally in."""
    rule = language_rule(rules, interview)
    if rule is not None and rule.language != "auto":
        language, why = rule.language, f"set for {rule.label} in [[rules]]"
    elif setting != "auto":
        language, why = setting, "set in [drafts] language"
    elif interview.language:
        language = interview.language
        why = f"the {interview.language_source or 'invitation'} is in {language_name(language)}"
    else:
        where = "invitation" if interview.message_id else "calendar invitation"
        return LanguageChoice("en", False, f"no clear language in the {where}")
    return LanguageChoice(language, interview.informal and language == interview.language, why)


def template_context(
    followup: FollowUp,
    interview: Interview,
    author: Author,
    timezone: tzinfo,
    notes: str | list[str] = "",
    choice: LanguageChoice | None = None,
) -> dict:
    """Plain values only: text from an email reaches the template as data, never as template code.

    `notes` are the user's own notes from the interview (`followup note`), oldest first. Dates, names of days
    and months, and lists of names are in the draft's language (CLDR, through Babel).
    """
    choice = choice or LanguageChoice("en", False, "")
    language = choice.language
    start = interview.start.astimezone(timezone)
    names = [p.first_name or p.name for p in followup.recipients]
    note_list = [n for n in (notes.splitlines() if isinstance(notes, str) else notes) if n.strip()]
    recipients = {p.email for p in followup.recipients}
    others = [p for p in interview.interviewers if p.email not in recipients]
    known = dict(interview.honorifics)
    feedback = interview.feedback_by.astimezone(timezone) if interview.feedback_by else None
    people = [addressee(_one_line(_header_text(p.name)), known) for p in followup.recipients]
    return {
        "kind": followup.kind.value,
        "language": language,
        "informal": choice.informal,
        "salutation": salutation(language, choice.informal, people),
        "recipients": [_person(p) for p in followup.recipients],
        "greeting_names": join_names([n for n in names if n], language),
        "company": _one_line(interview.company or ""),
        "role": plain_role(_one_line(interview.role or "")),
        "subject": _one_line(interview.subject),
        # "Re: <subject>" when the invitation is a thread a person wrote; "" when a calendar or a scheduling
        # system wrote it (or there is no email at all): then the template's subject block writes one.
        "reply_subject": _reply_subject(interview),
        "interview_date": _day_words(start, language),
        "interview_weekday": _babel_date(start, "EEEE", language),
        "interview_day_month": _babel_skeleton(start, "MMMMd", language),
        "interview_day": _babel_date(start, "EEEE", language),
        "feedback_by_date": _day_words(feedback, language) if feedback else "",
        "feedback_by_weekday": _babel_date(feedback, "EEEE", language) if feedback else "",
        "feedback_by_day_month": _babel_skeleton(feedback, "MMMMd", language) if feedback else "",
        "interview_start": start,
        "interview_end": interview.end.astimezone(timezone),
        "is_panel": interview.is_panel,
        "interviewers": [_person(p) for p in interview.interviewers],
        # the interviewers this draft is not addressed to, by name ("my interview with Dana and Sam")
        "other_interviewers": join_names([p.name or p.email for p in others], language),
        "feedback_within": interview.feedback_within,
        "send_by": followup.send_by.astimezone(timezone),
        "notes": "\n".join(note_list),
        "note_list": note_list,
        "user": {"name": author.name, "email": author.email},
        # Interviewers known only by name: this draft asks its recipient, who arranged the interview, to pass
        # the thanks on to them ("Sam Ortiz and Priya Raman"); "" for an ordinary thank-you.
        "pass_on": join_names([_one_line(_header_text(n)) for n in followup.pass_on], language),
        "pass_on_first_names": join_names(
            [_one_line(_header_text(n)).split()[0] for n in followup.pass_on if n.split()], language
        ),
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
    choice: LanguageChoice | None = None,
) -> EmailMessage:
    """Build the draft in the chosen language: From the user, To the recipients, In-Reply-To the invitation,
    under the subject the template's `subject` block writes (`Re:` a thread a person wrote).

    A `KIND.html.j2` template, when the user provides one, adds an HTML alternative to the text.
    """
    choice = choice or LanguageChoice("en", False, "")
    context = template_context(followup, interview, author, timezone, notes, choice)
    body, subject = render_text(env, followup.kind, choice.language, context)
    html = render_optional(env, template_names(followup.kind, choice.language, html=True), context)
    message = EmailMessage(policy=DRAFT_POLICY)
    message["From"] = _address(Person(author.name, author.email))
    message["To"] = [_address(p) for p in followup.recipients]
    message["Subject"] = _subject_line(subject, interview, context)
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


class _DraftPolicy(EmailPolicy):
    """SMTP's policy, except that In-Reply-To and References are written as raw message-id tokens.

    The email package folds a header at 78 characters, and an unbreakable token longer than that (an
    Exchange Online or Outlook Message-ID is 76 characters and more) it writes as an RFC 2047
    encoded-word: `=?utf-8?q?=3CSA1PR11MB...?=`, which no mail client takes for a Message-ID, so the
    draft would not thread. Here the ids are folded between ids only, each kept whole.
    """

    RAW = frozenset({"in-reply-to", "references"})

    def header_store_parse(self, name, value):
        if name.lower() in self.RAW:
            return (name, " ".join(str(value).split()))
        return super().header_store_parse(name, value)

    def fold(self, name, value):
        if name.lower() in self.RAW and isinstance(value, str):
            lines, line = [], f"{name}:"
            for token in value.split():
                if len(line) + 1 + len(token) > 78 and line != f"{name}:":
                    lines.append(line)
                    line = ""
                line += " " + token
            return self.linesep.join([*lines, line]) + self.linesep
        return super().fold(name, value)

    def fold_binary(self, name, value):
        if name.lower() in self.RAW and isinstance(value, str):
            return self.fold(name, value).encode("ascii")
        return super().fold_binary(name, value)


DRAFT_POLICY = _DraftPolicy(linesep="\r\n")
MAX_ID_LENGTH = 900  # a longer Message-ID cannot be written within RFC 5322's 998-character line


def draft_subject(
    followup: FollowUp,
    interview: Interview,
    author: Author,
    env: Environment,
    *,
    timezone: tzinfo,
    choice: LanguageChoice | None = None,
) -> str:
    """The subject render_draft gives this draft (to recognise it once sent); never raises: a template that
    fails here gives the subject rule's own answer."""
    choice = choice or LanguageChoice("en", False, "")
    context = template_context(followup, interview, author, timezone, "", choice)
    try:
        _, subject = render_text(env, followup.kind, choice.language, context)
    except Exception:  # the template's failure is reported when the draft is rendered, not here
        subject = ""
    return _subject_line(subject, interview, context)


def _subject_line(subject: str, interview: Interview, context: dict) -> str:
    return _header_text(subject) or context["reply_subject"] or _header_text(interview.role or "Interview")


BUNDLED = "bundled/"  # the prefix under which the environment also serves the bundled templates alone


def render_text(env: Environment, kind: Kind, language: str, context: dict) -> tuple[str, str]:
    """(body, subject) from the text template for the kind and language. A template with `subject` and
    `body` blocks gives both; one without blocks (older user templates) is all body, and its subject comes
    from the bundled template of that language."""
    template = env.select_template(template_names(kind, language))
    body = _block(template, "body", context) if "body" in template.blocks else template.render(context)
    if "subject" in template.blocks:
        return body, _block(template, "subject", context)
    bundled = env.get_template(BUNDLED + template_name(kind, False, language if language in LANGUAGES else "en"))
    return body, _block(bundled, "subject", context) if "subject" in bundled.blocks else ""


def _block(template, name: str, context: dict) -> str:
    return "".join(template.blocks[name](template.new_context(context)))


def render_optional(env: Environment, names: str | list[str], context: dict) -> str | None:
    """Render the first of `names` the environment has, else None."""
    from jinja2 import TemplateNotFound, TemplatesNotFound

    try:
        template = env.select_template([names] if isinstance(names, str) else names)
    except (TemplateNotFound, TemplatesNotFound):
        return None
    return _block(template, "body", context) if "body" in template.blocks else template.render(context)


def _check_headers(message: EmailMessage) -> None:
    """The header block as it will be saved holds exactly the headers set above, each once. The text that
    flows into them is already made safe; this catches what a future email package might do differently."""
    head = message.as_bytes().split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0].decode("ascii", "replace").lower() for line in head.split(b"\r\n")]
    names = [name for name in names if name[:1] not in (" ", "\t")]
    if sorted(names) != sorted(name.lower() for name in message):
        raise ValueError("the draft's headers failed the safety check; it was not saved")


def _reply_subject(interview: Interview) -> str:
    """ "Re: <subject>" for a thread a person wrote, "" where the subject is the template's to write."""
    if not interview.message_id or interview.notification or looks_generated(interview.subject):
        return ""
    if not _header_text(interview.subject):
        return ""
    return reply_subject(interview.subject, interview)


def _day_words(moment: datetime, language: str) -> str:
    """ "Tuesday, January 6", "Dienstag, 6. Januar", "mardi 6 janvier": CLDR's full date without the year."""
    from babel.dates import format_date, get_date_format

    try:
        pattern = get_date_format("full", locale=_locale(language)).pattern
    except Exception:  # a language CLDR does not know: English
        return _day_words(moment, "en") if language != "en" else f"{moment:%A}, {moment:%B} {moment.day}"
    pattern = re.sub(r"[\s,.]*(?:'[^']*'\s*)?y+[\s.]*", "", pattern).strip(" ,")
    return format_date(moment.date(), pattern, locale=_locale(language))


def _babel_date(moment: datetime, pattern: str, language: str) -> str:
    from babel.dates import format_date

    try:
        return format_date(moment.date(), pattern, locale=_locale(language))
    except Exception:
        return format_date(moment.date(), pattern, locale="en")


def _babel_skeleton(moment: datetime, skeleton: str, language: str) -> str:
    from babel.dates import format_skeleton

    try:
        return format_skeleton(skeleton, moment.date(), locale=_locale(language))
    except Exception:
        return format_skeleton(skeleton, moment.date(), locale="en")


def _locale(language: str) -> str:
    return language.replace("-", "_")


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
    return (
        bool(message_id)
        and len(message_id) <= MAX_ID_LENGTH
        and message_id.isascii()
        and not re.search(r"[\s<>\x00-\x1f\x7f]|=\?", message_id)
    )


def _person(person: Person) -> dict[str, str]:
    return {"name": person.name, "first_name": person.first_name, "email": person.email}
