"""Raw email bytes -> Message: headers, readable text and every calendar part, whatever the MIME nesting.

The standard library's compat32 parser reads anything without raising; we walk it ourselves rather than
through mail-parser because mail-parser decodes encoded-words before splitting address lists (a crafted
display name can then smuggle in a recipient), re-encodes every attachment to base64 (a 50 MB attachment
costs 70 MB more) and recurses without bound into nested messages.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import hashlib
import re
from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from email.header import decode_header, make_header
from email.message import Message as StdMessage

from ..errors import ParseError
from ..model import CalendarEvent, Message, Person
from .bounds import in_range, out_of_range
from .html import html_to_text
from .ical import parse_calendar

MAX_PARTS = 500  # a message with more parts than this is hostile or broken; the rest is ignored
MAX_DEPTH = 12
MAX_TEXT = 200_000  # characters of body text kept; invitations state their time near the top
# Characters of one header read; the stdlib's RFC 2047 decoder is quadratic, a 2 MB Subject takes ~15 s.
MAX_HEADER = 16_384
MAX_ADDRESSES = 200  # per address header; more is a mailing blast, not an invitation
MAX_REFERENCES = 50  # the newest ones: enough to thread a reply (RFC 5322 allows trimming the middle)
# Content types the parser reads as calendars (also named by a .ics/.vcs file name); backfill.py reads this.
CALENDAR_TYPES = {"text/calendar", "application/ics", "application/x-ics", "text/x-vcalendar", "application/ical"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def parse_message(raw: bytes, default_tz: tzinfo) -> Message:
    """Parse an RFC 5322 message. Never raises for a damaged message: unreadable parts go to `problems`."""
    if not raw or not raw.strip():
        raise ParseError("empty message")
    std = _parse_std(raw)
    problems: list[str] = []
    _limit_headers(std, problems)
    # Text per message: 0 is the message itself, 1.. the messages attached to it (message/rfc822 forwards).
    texts: dict[int, list[str]] = {0: []}
    htmls: dict[int, list[StdMessage]] = {0: []}  # decoded only where there is no plain text (most have one)
    headers: dict[int, str] = {}
    events: list[CalendarEvent] = []
    seen_calendars: set[bytes] = set()
    parts: list[StdMessage] = []
    for part, owner in _walk(std, problems):
        parts.append(part)
        ctype = part.get_content_type()
        texts.setdefault(owner, [])
        htmls.setdefault(owner, [])
        if ctype == "message/rfc822":
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], StdMessage):
                headers[owner + 1] = _forward_header(inner[0])
            continue
        filename = _filename(part)
        if ctype in CALENDAR_TYPES or filename.endswith((".ics", ".vcs")):
            payload = _payload(part)
            if payload is None or hashlib.sha1(payload).digest() in seen_calendars:
                continue
            seen_calendars.add(hashlib.sha1(payload).digest())
            try:
                text = _decode(payload, part, problems)
                events.extend(parse_calendar(text, default_tz, method_hint=_method_param(part)))
            except ParseError as exc:
                problems.append(f"calendar part: {exc}")
            continue
        if part.is_multipart() or part.get("Content-Disposition", "").lower().startswith("attachment"):
            continue
        if ctype == "text/plain":
            payload = _payload(part)
            if payload is not None:
                texts[owner].append(_without_entities(_decode(payload, part, problems)))
        elif ctype == "text/html":
            htmls[owner].append(part)
    bodies = []
    for owner in sorted(texts):
        body = "\n\n".join(t for t in texts[owner] if t.strip())
        if not body.strip() and htmls.get(owner):
            decoded = [
                _decode(payload, part, problems) for part in htmls[owner] if (payload := _payload(part)) is not None
            ]
            body = "\n\n".join(html_to_text(h) for h in decoded)
        # A forwarded message keeps its own sender, date and recipients, in the form mail clients write them.
        bodies.append(headers.get(owner, "") + body)
    text = "\n\n".join(b for b in bodies if b.strip())
    date_header = _header(std, "Date")
    date = _date(date_header)
    if date is not None and not in_range(date):
        problems.append(out_of_range("Date header", date) + "; relative times in it cannot be placed")
        date = None
    elif date_header and date is None:
        problems.append("unreadable Date header; relative times in it cannot be placed")
    for event in events:
        if event.start is None and not event.cancelled:
            why = "; ".join(event.problems) or "no valid DTSTART"
            problems.append(f"calendar event {_clean(event.uid)[:80]!r} has no usable start ({why})")
        elif event.problems:
            problems.append(f"calendar event {_clean(event.uid)[:80]!r}: {'; '.join(event.problems)}")
    # Decoding payloads above adds defects (broken base64...), so they are gathered last.
    defects = sorted({type(d).__name__.removesuffix("Defect") for part in parts for d in part.defects})
    if defects:
        problems.append(f"malformed MIME ({', '.join(defects)})")
    references = re.findall(r"<[^<>\s]+>", _header(std, "References"))[-MAX_REFERENCES:]
    return Message(
        message_id=_msgid(_header(std, "Message-ID")),
        subject=_clean(_header(std, "Subject")),
        sender=_first(_addresses(std, "From")),
        reply_to=_addresses(std, "Reply-To"),
        to=_addresses(std, "To"),
        cc=_addresses(std, "Cc"),
        date=date,
        in_reply_to=_msgid(_header(std, "In-Reply-To")),
        references=tuple(_msgid(ref) for ref in references),
        text=text[:MAX_TEXT],
        events=tuple(_unique_events(events)),
        problems=tuple(problems),
        delivered_to=tuple(p.email for name in ("Delivered-To", "X-Original-To") for p in _addresses(std, name)),
    )


def _parse_std(raw: bytes) -> StdMessage:
    """compat32 is built not to raise on malformed input; anything it still raises is reported, not propagated."""
    try:
        return email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:  # the stdlib parser is meant not to raise; a bug there must not stop the service
        raise ParseError(f"unreadable message: {type(exc).__name__}") from None


def _limit_headers(message: StdMessage, problems: list[str]) -> None:
    """Cut overlong header values (address lists at an address boundary), noting each cut."""
    items = list(message.raw_items())  # raw: 8-bit bytes stay as they are, for header_text() to read
    if all(len(str(value)) <= MAX_HEADER for _, value in items):
        return
    for name in {name for name, _ in items}:
        del message[name]  # every occurrence; all are put back below, in their order
    for name, value in items:
        text = str(value)
        if len(text) > MAX_HEADER:
            text = text[:MAX_HEADER]
            if name.lower() in ("from", "to", "cc", "bcc", "reply-to", "sender"):
                text = text[: max(text.rfind(","), 0)]
            problems.append(f"header {_clean(name)[:40]} longer than {MAX_HEADER} characters; the rest was ignored")
        message[name] = text


def _walk(message: StdMessage, problems: list[str]) -> Iterator[tuple[StdMessage, int]]:
    """Every part, depth first, with the number of the message it belongs to (0 for the message itself, a new
    number inside each attached message/rfc822), bounded in count and depth so a nested-message bomb cannot
    hang us."""
    stack: list[tuple[StdMessage, int, int]] = [(message, 0, 0)]
    count = 0
    messages = 0
    while stack:
        part, depth, owner = stack.pop()
        count += 1
        if count > MAX_PARTS:
            problems.append(f"more than {MAX_PARTS} MIME parts; the rest was ignored")
            return
        yield part, owner
        if part.is_multipart():
            if depth >= MAX_DEPTH:
                problems.append(f"MIME nesting deeper than {MAX_DEPTH}; inner parts ignored")
                continue
            children = part.get_payload()
            if isinstance(children, list):
                if part.get_content_type() == "message/rfc822":
                    messages += 1
                    owner = messages
                stack.extend((child, depth + 1, owner) for child in reversed(children) if isinstance(child, StdMessage))


def _forward_header(inner: StdMessage) -> str:
    """The attached message's headers as a forwarded-message block (read by core/layout.py)."""
    fields = [("From", "From"), ("Date", "Date"), ("Subject", "Subject"), ("To", "To"), ("Cc", "Cc")]
    lines = ["---------- Forwarded message ---------"]
    for label, name in fields:
        value = _clean(_header(inner, name))
        if value:
            lines.append(f"{label}: {value}")
    return "\n".join(lines) + "\n\n"


def _filename(part: StdMessage) -> str:
    try:
        return (part.get_filename() or "").lower()
    except Exception:  # malformed RFC 2231 parameters
        return ""


def _payload(part: StdMessage) -> bytes | None:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        return None
    return payload if isinstance(payload, bytes) else None


def _decode(payload: bytes, part: StdMessage, problems: list[str]) -> str:
    """Text in its declared charset; an unknown or wrong one falls back to UTF-8, then Windows-1252."""
    try:
        charset = (part.get_content_charset() or "utf-8").strip("\"' ").lower()
    except Exception:  # a malformed RFC 2231 charset parameter
        charset = "utf-8"
    candidates = [charset, "utf-8", "cp1252"]
    if _single_byte(charset) and not payload.isascii():
        # Valid UTF-8 beyond ASCII is next to never meant as Latin-1 ("SchÃ¤fer"); calendar tools and mailers
        # that label UTF-8 as ISO-8859-1 are common.
        candidates.insert(0, "utf-8")
    for candidate in candidates:
        try:
            text = payload.decode(candidate)
        except (LookupError, UnicodeError):
            continue
        if candidate != charset and not (candidate == "utf-8" and _single_byte(charset)):
            problems.append(f"text not in its declared charset {_clean(charset)[:40]!r}; read as {candidate}")
        return text
    problems.append(f"text not in its declared charset {_clean(charset)[:40]!r}; read as latin-1")
    return payload.decode("latin-1")


def _single_byte(charset: str) -> bool:
    return charset in ("us-ascii", "ascii", "latin-1", "latin1", "cp1252", "windows-1252") or charset.startswith(
        "iso-8859"
    )


def _method_param(part: StdMessage) -> str | None:
    method = part.get_param("method")
    return method.strip().upper() if isinstance(method, str) and method.strip() else None


def _raw_values(message: StdMessage, name: str) -> list[str]:
    """Every value of a header as it came (8-bit bytes kept as surrogates); the compat32 accessors would turn
    raw UTF-8 (RFC 6532) into U+FFFD."""
    wanted = name.lower()
    return [value for key, value in message.raw_items() if key.lower() == wanted and isinstance(value, str)]


def _header(message: StdMessage, name: str) -> str:
    """A header decoded (raw 8-bit text and RFC 2047 encoded-words alike), or "" when missing."""
    values = _raw_values(message, name)
    return header_text(values[0]) if values else ""


def header_text(value: str) -> str:
    """A header value as text: raw 8-bit bytes (the parser keeps them as surrogates) read as UTF-8, else
    Windows-1252, else Latin-1, so a meaningful byte never becomes U+FFFD; then RFC 2047 encoded-words."""
    return decode_words(_eight_bit(value))


def _eight_bit(value: str) -> str:
    if value.isascii():
        return value
    try:
        raw = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:  # already text (set by us after a cut, say): nothing to undo
        return value
    return decode_bytes(raw)


def decode_bytes(raw: bytes) -> str:
    """Bytes whose charset is unknown: UTF-8 when they are valid UTF-8 (which text in another charset almost
    never is), else Windows-1252, else Latin-1, which reads every byte."""
    for charset in ("utf-8", "cp1252"):
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
_BETWEEN_WORDS = re.compile(r"(?<=\?=)\s+(?==\?)")


def decode_words(text: str) -> str:
    """RFC 2047 encoded-words decoded, each in its own charset; text around them kept as it is (it may hold
    raw UTF-8 already read). Whitespace between two adjacent encoded-words is dropped, as RFC 2047 says."""
    if "=?" not in text:
        return text
    if text.isascii():
        try:
            return str(make_header(decode_header(text)))
        except Exception:  # a malformed encoded-word: decoded one by one below
            pass
    text = _BETWEEN_WORDS.sub("", text)
    return _ENCODED_WORD.sub(lambda m: _one_word(m.group(0)), text)


def _one_word(word: str) -> str:
    try:
        ((payload, charset),) = decode_header(word)
    except Exception:
        return word
    if isinstance(payload, str):
        return payload
    for candidate in (charset or "utf-8", "utf-8", "cp1252"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def _without_entities(text: str) -> str:
    """Plain text with the HTML entities a template left in it ("10:30 AM &ndash; 11:15 AM", "Hi Jordan,&nbsp;")
    as the characters they stand for; only the named ones such leftovers hold, so that no text is reinterpreted."""
    return _ENTITY.sub(lambda m: _ENTITIES[m.group(0).lower()], text) if "&" in text else text


_ENTITIES = {
    "&nbsp;": " ", "&ndash;": "–", "&mdash;": "—", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"',
    "&#39;": "'", "&apos;": "'", "&rsquo;": "’", "&lsquo;": "‘", "&ldquo;": "“", "&rdquo;": "”", "&hellip;": "…",
}  # fmt: skip
_ENTITY = re.compile("|".join(re.escape(e) for e in _ENTITIES), re.IGNORECASE)


def _clean(text: str) -> str:
    """One line: control characters (CR/LF included) become spaces, so nothing read can forge a header."""
    return " ".join(_CONTROL.sub(" ", text).split())


def _addresses(message: StdMessage, name: str) -> tuple[Person, ...]:
    values = [_eight_bit(v) for v in _raw_values(message, name)]
    people: list[Person] = []
    # Split first, decode each display name after: decoding first lets "=?utf-8?q?a@x.com,?=" add a recipient.
    # Raw 8-bit text is read before splitting: it cannot hide a comma or an address (RFC 6532 is plain text).
    for display, address in email.utils.getaddresses(values)[:MAX_ADDRESSES]:
        address = _clean(address).lower()
        if "@" not in address or " " in address:
            continue
        display = _clean(decode_words(display)).strip("'\" ")
        people.append(Person(name=display if display.lower() != address else "", email=address))
    return tuple(people)


def _first(people: tuple[Person, ...]) -> Person | None:
    return people[0] if people else None


def _msgid(value: str) -> str:
    value = _clean(value)
    match = re.search(r"<([^<>\s]+)>", value)
    return match.group(1) if match else value.strip("<> ")


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(_clean(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    # "-0000" means the zone is unknown (RFC 5322); the instant is still UTC.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _unique_events(events: list[CalendarEvent]) -> Iterator[CalendarEvent]:
    seen: set[tuple] = set()
    for event in events:
        key = (event.uid, event.recurrence_id, event.sequence, event.start, event.method)
        if key not in seen:
            seen.add(key)
            yield event
