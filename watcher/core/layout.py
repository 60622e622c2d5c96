"""The shape of an email body: the writer's own words, the messages quoted below them, forwarded messages.

Replies carry the whole thread: "> " quoting, Outlook's "From: / Sent: / Subject:" blocks, Gmail's
"---------- Forwarded message ---------". What the sender wrote now is worth more than what they quote,
and a forwarded invitation is the invitation itself, written by its own author. This module only finds
those parts; it does not interpret them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.utils import getaddresses

from ..model import Person

OWN, QUOTED, FORWARDED, HEADER = "own", "quoted", "forwarded", "header"

_FORWARD_MARK = re.compile(
    r"^\s*(?:-{2,}|_{2,}|\*{2,})?\s*(?:forwarded message|begin forwarded message|original message|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|message original|"
    r"mensaje reenviado|mensaje original)\s*:?\s*(?:-{2,}|_{2,}|\*{2,})?\s*:?\s*$",
    re.IGNORECASE,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|sv|antw|r|rv)\s*:\s*)*(?:fwd?|fw|wg|tr|rv|enc|i)\s*:", re.IGNORECASE)
_HEADER_FIELD = re.compile(
    r"^\s*\**(from|von|de|expéditeur|sent|gesendet|envoyé|enviado|date|datum|fecha|to|an|à|para|cc|"
    r"subject|betreff|objet|asunto)\**\s*:\s*(.*)$",
    re.IGNORECASE,
)
_FROM_FIELDS = {"from", "von", "de", "expéditeur"}
_DATE_FIELDS = {"sent", "gesendet", "envoyé", "enviado", "date", "datum", "fecha"}
_TO_FIELDS = {"to", "an", "à", "para", "cc"}
_SUBJECT_FIELDS = {"subject", "betreff", "objet", "asunto"}
# "On Tue, Nov 10, 2026 at 9:14 AM Jordan Lee <jordan.lee@fastmail.com> wrote:" and its translations,
# possibly wrapped over two lines.
_ATTRIBUTION = re.compile(
    r"^\s*(?:on|am|le|el|op|il)\b.{4,200}?\b(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto)\s*:\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_END = re.compile(r"\b(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto)\s*:\s*$", re.IGNORECASE)
_ANGLE_ADDRESS = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")


@dataclass
class Block:
    """One message in the body: the writer's own text (index 0), or a quoted or forwarded message."""

    index: int
    kind: str  # OWN, QUOTED or FORWARDED
    author: Person | None = None
    recipients: tuple[Person, ...] = ()
    sent_text: str = ""  # the block header's date, as written ("Monday, August 10, 2026 3:04 PM")
    subject: str = ""
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class Line:
    text: str
    kind: str  # OWN, QUOTED, FORWARDED or HEADER
    block: int


@dataclass
class Layout:
    lines: list[Line]
    blocks: list[Block]

    def text_of(self, *kinds: str) -> str:
        return "\n".join(line.text for line in self.lines if line.kind in kinds)

    @property
    def primary(self) -> str:
        """What the message itself says: its own words and any message it forwards."""
        return self.text_of(OWN, FORWARDED)

    @property
    def quoted(self) -> str:
        return self.text_of(QUOTED)

    @property
    def forwarded(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == FORWARDED]


def split(text: str, subject: str = "") -> Layout:
    """Tag each line of `text` with the part it belongs to."""
    raw = text.splitlines()
    forwarding = bool(_FORWARD_SUBJECT.match(subject))
    lines: list[Line] = []
    blocks = [Block(0, OWN)]
    current = blocks[0]
    i = 0
    while i < len(raw):
        line = raw[i]
        stripped = line.lstrip()
        if stripped.startswith(">"):
            if current.kind != QUOTED or current.index == 0:
                current = _new_block(blocks, QUOTED)
            content = re.sub(r"^(?:\s*>)+ ?", "", line)
            lines.append(Line(content, QUOTED, current.index))
            current.lines.append(content)
            i += 1
            continue
        attribution = _attribution_at(raw, i)
        if attribution:
            current = _new_block(blocks, QUOTED)
            for j in range(i, i + attribution):
                lines.append(Line(raw[j], HEADER, current.index))
            _read_attribution(" ".join(raw[i : i + attribution]), current)
            i += attribution
            continue
        marker = bool(_FORWARD_MARK.match(line))
        header_len = _header_block_at(raw, i + 1 if marker else i)
        if marker or header_len:
            start = i + 1 if marker else i
            is_forward = (marker and "forward" in line.lower()) or (
                marker and re.search(r"weitergeleitet|transféré|reenviado", line, re.I) is not None
            )
            # An Outlook "-----Original Message-----" or a bare header block is a forward when the subject
            # says so and nothing has been quoted yet; otherwise it is the quoted thread of a reply.
            if not is_forward and forwarding and all(b.kind != QUOTED for b in blocks):
                is_forward = True
            current = _new_block(blocks, FORWARDED if is_forward else QUOTED)
            if marker:
                lines.append(Line(line, HEADER, current.index))
            for j in range(start, start + header_len):
                lines.append(Line(raw[j], HEADER, current.index))
                _read_header_field(raw[j], current)
            i = start + header_len
            continue
        kind = current.kind
        lines.append(Line(line, kind, current.index))
        current.lines.append(line)
        i += 1
    return Layout(lines, blocks)


def _new_block(blocks: list[Block], kind: str) -> Block:
    block = Block(len(blocks), kind)
    blocks.append(block)
    return block


def _header_block_at(raw: list[str], i: int) -> int:
    """Length of a "From: ... Subject: ..." block starting at line i (blank lines inside allowed), or 0."""
    if i >= len(raw):
        return 0
    first = _HEADER_FIELD.match(raw[i])
    if not first or first.group(1).lower() not in _FROM_FIELDS:
        return 0
    seen = {first.group(1).lower()}
    j = i + 1
    while j < len(raw) and j < i + 10:
        line = raw[j]
        match = _HEADER_FIELD.match(line)
        if match:
            seen.add(match.group(1).lower())
            j += 1
            continue
        if line.strip() == "" or (line.startswith((" ", "\t")) and j > i):  # folded continuation
            if any(s in _SUBJECT_FIELDS for s in seen):
                break
            j += 1
            continue
        break
    has_subject = any(s in _SUBJECT_FIELDS for s in seen)
    has_date_or_to = any(s in _DATE_FIELDS or s in _TO_FIELDS for s in seen)
    return j - i if has_subject and has_date_or_to else 0


def _attribution_at(raw: list[str], i: int) -> int:
    line = raw[i]
    if _ATTRIBUTION.match(line):
        return 1
    if i + 1 < len(raw) and re.match(r"^\s*(?:on|am|le|el|op|il)\b", line, re.I) and len(line) < 200:
        joined = f"{line} {raw[i + 1]}"
        if _ATTRIBUTION.match(joined) and _ATTRIBUTION_END.search(raw[i + 1]):
            return 2
    return 0


def _read_attribution(text: str, block: Block) -> None:
    addresses = _ANGLE_ADDRESS.findall(text)
    if addresses:
        before = text[: text.find("<" + addresses[0])]
        name = re.split(r"\b(?:at|um|à|a las)\s+\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?,?", before, flags=re.I)[-1]
        name = re.sub(r"^\s*(?:on|am|le|el)\b.*\d{4},?\s*", "", name, flags=re.I).strip(" ,")
        block.author = Person(name=name if len(name.split()) <= 4 else "", email=addresses[0].lower())
    block.sent_text = text


def _read_header_field(line: str, block: Block) -> None:
    match = _HEADER_FIELD.match(line)
    if not match:
        return
    name, value = match.group(1).lower(), match.group(2).strip()
    if name in _FROM_FIELDS:
        people = _people(value)
        block.author = people[0] if people else None
    elif name in _DATE_FIELDS:
        block.sent_text = value
    elif name in _TO_FIELDS:
        block.recipients = (*block.recipients, *_people(value))
    elif name in _SUBJECT_FIELDS:
        block.subject = value


def _people(value: str) -> tuple[Person, ...]:
    """Addresses in a header-like line; Outlook separates them with ';'."""
    people = []
    for display, address in getaddresses([value.replace(";", ",")]):
        address = address.strip().lower()
        if "@" in address and " " not in address:
            people.append(Person(name=display.strip("'\" "), email=address))
    return tuple(people)
