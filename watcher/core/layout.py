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
# German and Dutch clients put the name after the verb: "Am 09.12.2026 um 18:30 schrieb Lukas <l@x.de>:".
_WROTE = r"(?:wrote|a écrit|escribió|escreveu|ha scritto|(?:schrieb|schreef)(?:\s+[^:\n]{1,120})?)"
# Eudora writes "At 09:41 AM 5/4/2026, Camille Dubois wrote:" (or "..., you wrote:").
_ATTRIBUTION = re.compile(rf"^\s*(?:on|at|am|le|el|op|il|em)\b.{{4,200}}?\b{_WROTE}\s*:\s*$", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(rf"\b{_WROTE}\s*:\s*$", re.IGNORECASE)
_ANGLE_ADDRESS = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")
# Lotus Notes: "----- Forwarded by Jane Doe/HOU/ECT on 11/29/2000 03:22 PM -----", then a header without From:
#     Vince Kaminski                         (or: "Jimmy Chen" <jchen@rice.edu> on 11/27/2000 10:05:11 AM)
#     11/28/2000 04:15 PM
#     To: ..., cc: ..., Subject: ...
_NOTES_FORWARD = re.compile(
    r"^\s*-{2,}\s*(?:forwarded|weitergeleitet|transféré|reenviado) (?:by|von|par|por)\b.*$", re.I
)
_NOTES_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\b", re.I)
_NOTES_FIELD = re.compile(r"^\s*(to|cc|bcc|subject|an|kopie|betreff|à|objet|para|asunto)\s*:", re.I)


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
    quoted_header = False  # inside the header lines of a message quoted with ">"
    angled: set[int] = set()  # blocks quoted with ">"
    dated = {n for n, line in enumerate(raw) if ":" in line and _NOTES_DATE.search(line)}  # Notes preambles
    while i < len(raw):
        line = raw[i]
        stripped = line.lstrip()
        if stripped.startswith(">"):
            if current.kind != QUOTED or current.index == 0:
                current = _new_block(blocks, QUOTED)
            angled.add(current.index)
            content = re.sub(r"^(?:\s*>)+ ?", "", line)
            following = raw[i + 1].lstrip(" \t>") if i + 1 < len(raw) else ""
            wrapped_attribution = len(following) < 40 and _ATTRIBUTION_END.match(following)
            if wrapped_attribution and _ATTRIBUTION.match(f"{content} {following}"):
                # "> On Fri, Apr 3, 2026 at 4:15 PM Dana Whitfield <dana@...>" / "> wrote:": a nested message's
                # attribution the quoting wrapped in two; its lines are headers, and what follows is Dana's.
                current = _new_block(blocks, QUOTED)
                angled.add(current.index)
                lines.append(Line(content, HEADER, current.index))
                lines.append(Line(following, HEADER, current.index))
                i += 2
                continue
            quoted_header = _quoted_header_line(content, quoted_header)
            lines.append(Line(content, HEADER if quoted_header else QUOTED, current.index))
            if not quoted_header:
                current.lines.append(content)
            i += 1
            continue
        quoted_header = False
        notes = (
            _notes_forward_at(raw, i)
            if dated and (i in dated or i + 1 in dated or i + 2 in dated or line.lstrip().startswith("--"))
            else 0
        )
        if notes:
            current = _new_block(blocks, FORWARDED if forwarding or "forward" in line.lower() else QUOTED)
            for j in range(i, i + notes):
                lines.append(Line(raw[j], HEADER, current.index))
                _read_header_field(raw[j], current)
                _read_notes_preamble(raw[j], current)
            i += notes
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
        start = i + 1 if marker else i
        while marker and start < len(raw) - 1 and not raw[start].strip():
            start += 1  # a blank line between the marker and the header block
        header_len = _header_block_at(raw, start, after_marker=marker)
        if marker and not header_len:
            start = i + 1
        if marker or header_len:
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
        if current.index in angled and stripped:
            # Under lines quoted with ">", a line without one is the writer's again: an answer written between
            # the questions ("> Who will I be meeting?" / "Me and my daughter Kari"), or below the quote.
            current = blocks[0]
        kind = current.kind
        lines.append(Line(line, kind, current.index))
        current.lines.append(line)
        i += 1
    return Layout(lines, blocks)


def _quoted_header_line(content: str, inside: bool) -> bool:
    """Whether a line quoted with ">" belongs to the header of a message quoted further down ("> Sent: ...")."""
    if ":" not in content and not content.lstrip().startswith(("-", "_", "*")):
        return False  # every header line has a colon, every marker line starts with a rule
    if _ATTRIBUTION.match(content) or _FORWARD_MARK.match(content) or _NOTES_FORWARD.match(content):
        return True
    field = _HEADER_FIELD.match(content)
    if field is None:
        return False
    name = field.group(1).lower()
    return inside or name in _FROM_FIELDS or name in ("sent", "gesendet", "envoyé", "enviado")


def _notes_forward_at(raw: list[str], i: int) -> int:
    """Length of a Lotus Notes forward or reply header starting at line i: the "Forwarded by ... on <date>"
    line and/or the author and date lines before "To:/cc:/Subject:"; 0 when there is none."""
    marker = raw[i].lstrip().startswith("--") and bool(_NOTES_FORWARD.match(raw[i]))
    j = i
    if marker:
        j += 1
        while j < len(raw) and j < i + 4 and not raw[j].strip():
            j += 1
    start = j
    while j < len(raw) and j < start + 3 and raw[j].strip() and len(raw[j]) < 160 and not _NOTES_FIELD.match(raw[j]):
        j += 1
    preamble = raw[start:j]
    if not any(_NOTES_DATE.search(p) for p in preamble):
        return start - i if marker else 0
    seen: set[str] = set()
    while j < len(raw) and j < start + 12:
        if not seen and not raw[j].strip():
            j += 1  # some Notes templates leave a blank line between the author's date and "To:"
            continue
        field = _NOTES_FIELD.match(raw[j])
        if field:
            seen.add(field.group(1).lower())
        elif not (raw[j].startswith((" ", "\t")) and raw[j].strip()):
            break
        j += 1
    if not seen & {"subject", "betreff", "objet", "asunto"} or not seen & {"to", "an", "à", "para"}:
        return start - i if marker else 0
    return j - i


def _new_block(blocks: list[Block], kind: str) -> Block:
    block = Block(len(blocks), kind)
    blocks.append(block)
    return block


def _header_block_at(raw: list[str], i: int, after_marker: bool = False) -> int:
    """Length of a "From: ... Subject: ..." block starting at line i (blank lines inside allowed), or 0.
    Thunderbird starts its quoted headers with "Subject:", then "Date:", "From:", "To:". Below a forward
    marker ("--------- Forwarded Message ---------") webmail writes "DATE: ...", "From: ...", "To: ..." and
    may leave the subject out."""
    if i >= len(raw):
        return 0
    first = _HEADER_FIELD.match(raw[i])
    starts = _FROM_FIELDS | _SUBJECT_FIELDS | (_DATE_FIELDS if after_marker else set())
    if not first or first.group(1).lower() not in starts:
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
    has_from = any(s in _FROM_FIELDS for s in seen)
    return j - i if (has_subject or after_marker) and has_date_or_to and has_from else 0


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


def _read_notes_preamble(line: str, block: Block) -> None:
    """ "Jimmy Chen" <jchen@rice.edu> on 11/27/2000 10:05:11 AM", or a bare "11/28/2000 04:15 PM" line."""
    if _HEADER_FIELD.match(line) or _NOTES_FIELD.match(line):
        return
    date = _NOTES_DATE.search(line)
    if date:
        block.sent_text = date.group(0)
    addresses = _ANGLE_ADDRESS.findall(line)
    if addresses and block.author is None:
        name = line[: line.find("<")].strip(" \"'")
        block.author = Person(name=name if len(name.split()) <= 4 else "", email=addresses[0].lower())


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
