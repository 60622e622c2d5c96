"""A fast, conservative pre-filter on raw message bytes: could this message matter to the detector?

A message can only be an interview (or change one) if its subject or text holds one of the detector's core
terms, or if it carries a calendar part (an update or cancellation of an interview on record needs no
interview word). Parsing every message to find out costs milliseconds each; this sieve answers in
microseconds with byte operations that run in C (`bytes.lower`, `in`, `binascii`), and it errs only one
way: a message it lets through may be nothing, a message it drops cannot be anything.

It looks at every way the words can be written in a message: plain 7/8-bit text, quoted-printable (soft
line breaks inside a word), base64 parts (also nested in forwarded messages), RFC 2047 encoded headers
and HTML (tags inside a word, character references). Non-ASCII terms are searched by their longest ASCII
stem ("gespräch" -> "gespr"), which matches in every ASCII-compatible charset and in HTML escapes alike;
a message in a charset where ASCII letters are not single bytes (UTF-16/32, EBCDIC) or a uuencoded one
is always let through.

Measured in `bench/`: a server-side SEARCH for the same terms costs Dovecot one pass over every message
per term (13 terms: ~30x a header FETCH), and servers whose SEARCH is word-based (Gmail, full-text
indexes) would miss stems such as "recruit" in "recruiter"; the sieve has neither problem.

The same searches run on the top of single text parts for the backfill (`text_view`, `TextView`), which
decides from the structure and first lines of each message instead of downloading it (backfill.py).
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

# A calendar part, by type, by file name or by content.
CALENDAR_MARKERS: tuple[bytes, ...] = (
    b"text/calendar",
    b"application/ics",
    b"application/x-ics",
    b"text/x-vcalendar",
    b"application/ical",
    b".ics",
    b".vcs",
    b"begin:vcalendar",
    b"begin:vevent",
)
# Text the byte search cannot see through: let such messages through unread.
OPAQUE_MARKERS: tuple[bytes, ...] = (
    b"utf-16",
    b"utf16",
    b"utf-32",
    b"utf32",
    b"ucs-2",
    b"ucs2",
    b"ucs-4",
    b"ebcdic",
    b"cp037",
    b"cp500",
    b"cp1026",
    b"cp1140",
    b"uuencode",
    b"x-uue",
)
MIN_STEM = 4
MAX_DEPTH = 4  # base64 inside base64 (a forwarded message with an encoded part) this deep at most

_ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?([bBqQ])\?([^?\s]*)\?=")
_PADDING = re.compile(rb"=+")
# What an HTML parser takes for markup: "<" then a letter, "/", "!" or "?" ("a < b" stays text).
_TAG = re.compile(rb"<[a-z/!?][^<>]*>")
# Link targets the parser keeps in the text it reads (core/html.py), although they sit inside a tag.
_HREF = re.compile(rb"""href\s*=\s*["']?([^"'\s<>]+)""")
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_CHARREF = re.compile(rb"&#(x[0-9a-f]{1,6}|[0-9]{1,7});")
# A MIME part's Content-* header field (with its folded lines): read by the parser for structure, never as
# text, and "Content-Disposition" / "application/pdf" would otherwise hold the words "position", "application".
_MIME_FIELD = re.compile(rb"\ncontent-[a-z-]+:[^\n]*(?:\n[ \t][^\n]*)*")
# Needles that are also the name of an HTML attribute (<table role="presentation"> in most HTML mail):
# in HTML they count only in the text a reader sees.
_MARKUP_WORDS = frozenset({b"role"})
_CONTENT_TYPE = re.compile(rb"content-type:\s*([a-z0-9._+-]+)/")
_BINARY_TYPES = (b"image", b"audio", b"video", b"application", b"font", b"model")


def stems(terms: Iterable[str]) -> tuple[bytes, ...]:
    """Byte needles for `terms`: lowercase, non-ASCII ones cut to their longest ASCII run, none contained
    in another (a message holding "vorstellungsgespr" holds "gespr")."""
    needles: set[bytes] = set()
    for term in terms:
        term = term.lower()
        if term.isascii():
            needles.add(term.encode())
            continue
        runs = [run for run in re.split(r"[^\x00-\x7f]+", term) if len(run) >= MIN_STEM]
        if not runs:
            raise ValueError(f"core term {term!r} has no ASCII stem of {MIN_STEM}+ letters; the sieve cannot see it")
        needles.add(max(runs, key=len).encode())
    return tuple(sorted(n for n in needles if not any(o != n and o in n for o in needles)))


@dataclass(frozen=True)
class Needles:
    """The detector's terms as byte needles: `core` always count, `in_thread` (core and thread terms) in a
    reply or a forward; `hex_led` are those quoted-printable decoding can hide (see make_sieve)."""

    core: tuple[bytes, ...]
    in_thread: tuple[bytes, ...]
    hex_led: tuple[bytes, ...]

    def wanted(self, in_thread: bool) -> tuple[bytes, ...]:
        return self.in_thread if in_thread else self.core


def needles_for(terms: Iterable[str], thread_terms: Iterable[str] = ()) -> Needles:
    terms, thread_terms = list(terms), list(thread_terms)
    core = stems(terms)
    in_thread = stems([*terms, *thread_terms]) if thread_terms else core
    # Decoding quoted-printable keeps every needle in place except one that starts with two hex digits
    # right after an "=" ("x=candidate" in a URL); only those need looking for in the undecoded text too.
    hex_led = tuple(n for n in in_thread if re.fullmatch(rb"[0-9a-f]{2}", n[:2]))
    return Needles(core, in_thread, hex_led)


def make_sieve(terms: Iterable[str], thread_terms: Iterable[str] = ()) -> Callable[[bytes], bool]:
    """A predicate on raw messages: False only when no core term and no calendar part can be in it.

    `thread_terms` count too, but only in a reply or a forward (as the detector counts them)."""
    found = needles_for(terms, thread_terms)
    with_thread_terms = found.in_thread is not found.core

    def sieve(raw: bytes) -> bool:
        wanted = found.wanted(with_thread_terms and _in_thread(raw))
        return _might_matter(raw, wanted, tuple(n for n in found.hex_led if n in wanted), 0)

    return sieve


_STYLE_BLOCK = re.compile(rb"<(style|script|head)\b.*?(?:</\1\s*>|\Z)", re.DOTALL)


@dataclass(frozen=True)
class TextView:
    """One text part's body, or its beginning, as the parser would read it, lower-cased: what the backfill
    looks at instead of the whole message (see backfill.py)."""

    decoded: bytes  # transfer encoding undone
    stored: bytes  # as stored, for needles quoted-printable decoding can hide; b"" when not encoded
    html: bool

    def holds(self, wanted: tuple[bytes, ...], hex_led: tuple[bytes, ...] = ()) -> bool:
        """Could the parser find one of `wanted` in this text? In HTML only what a reader sees counts (the
        text without its markup, and link targets): `role="presentation"` holds no thread word."""
        if _found(self.readable, wanted):
            return True
        rest = tuple(n for n in hex_led if n in wanted) if self.stored else ()
        if not rest:
            return False
        return _found(self.stored if not self.html else html_text(self.stored) + _hrefs(self.stored), rest)

    @cached_property
    def readable(self) -> bytes:
        """The text as a reader sees it: HTML without its markup, head, styles and scripts (which the parser
        skips), link targets kept (which it keeps); plain text as it is."""
        if not self.html:
            return self.decoded
        return html_text(_STYLE_BLOCK.sub(b"", self.decoded)) + _hrefs(self.decoded)

    @cached_property
    def marked(self) -> bool:
        """Shows the marks of quoted or forwarded text."""
        return thread_marked(self.readable)

    @cached_property
    def visible(self) -> int:
        """About how many characters a reader sees."""
        return len(self.readable.strip())


def _hrefs(low: bytes) -> bytes:
    return b"\n" + b" ".join(_HREF.findall(low)) if b"href" in low else b""


def text_view(data: bytes, encoding: str, html: bool) -> TextView | None:
    """`data` (a text part's body or its beginning) in its Content-Transfer-Encoding, decoded; None when it
    cannot be (not base64 after all: what the parser makes of it is unknown)."""
    encoding = encoding.lower()
    if encoding == "base64":
        compact = data.translate(None, b" \t\r\n")
        decoded = decode_base64(compact[: len(compact) - len(compact) % 4])
        return None if decoded is None else TextView(decoded.lower(), b"", html)
    low = data.lower()
    if encoding == "quoted-printable":
        return TextView(binascii.a2b_qp(low), low, html)
    return TextView(low, b"", html)


def thread_marked(low_text: bytes) -> bool:
    """Quoted or forwarded text in a (lower-cased) body: the marks `_in_thread` looks for."""
    return any(marker in low_text for marker in _THREAD_MARKERS) or low_text.startswith(b">")


_REPLY_SUBJECT = re.compile(rb"\nsubject:[ \t]*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw)[ \t]*:")
_THREAD_MARKERS = (b"forwarded message", b"original message", b"message/rfc822", b"wrote:", b"\n>")


def _in_thread(raw: bytes) -> bool:
    """A reply or a forward: threading headers, or the marks of quoted or forwarded text (kept loose: a
    false "yes" only costs a parse)."""
    head, _, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw[:65536] else raw.partition(b"\n\n")
    low_head = b"\n" + head.lower()
    if b"\nin-reply-to:" in low_head or b"\nreferences:" in low_head or _REPLY_SUBJECT.search(low_head):
        return True
    return thread_marked(body.lower())


def _found(data: bytes, needles: tuple[bytes, ...]) -> bool:
    return any(map(data.__contains__, needles))


def _might_matter(raw: bytes, needles: tuple[bytes, ...], hex_led: tuple[bytes, ...], depth: int) -> bool:
    low = raw.lower()
    spans = list(_base64_spans(low)) if b"base64" in low else []
    if spans:  # the text around base64 bodies (whose lowercased letters would give false alarms)
        cuts = [0, *(edge for _, start, end in spans for edge in (start, end)), len(raw)]
        text = b"".join(low[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2))
    else:
        text = low
    if any(m in text for m in CALENDAR_MARKERS) or any(m in text for m in OPAQUE_MARKERS):
        return True
    quoted_printable = b"quoted-printable" in text
    html = b"<" in text and (b"html" in text or b"<p" in text or b"<br" in text)
    if b"\ncontent-" in text:  # "Content-Disposition", "Content-Type: application/pdf" are no words of the mail
        text = _MIME_FIELD.sub(b"\n", text)
    # Each view is read once with all needles: the decoded one stands in for the raw one (see hex_led).
    decoded, rest = (binascii.a2b_qp(text), hex_led) if quoted_printable else (text, ())
    words = needles
    if html and any(n in _MARKUP_WORDS for n in needles):
        words = tuple(n for n in needles if n not in _MARKUP_WORDS)  # looked for below, without the markup
    if _found(decoded, words) or (rest and _found(text, rest)):
        return True
    if html and (_found(html_text(decoded), needles) or (rest and _found(html_text(text), rest))):
        return True
    if b"=?" in text and any(_found(_decode_word(k, w), needles) for k, w in _ENCODED_WORD.findall(raw)):
        return True
    for binary, start, end in spans:
        if binary:
            continue  # an image, a PDF, an archive: the parser reads no text from it
        block = decode_base64(raw[start:end])
        if block is None or depth >= MAX_DEPTH or _might_matter(block, needles, hex_led, depth + 1):
            return True
    return False


def _decode_word(kind: bytes, text: bytes) -> bytes:
    if kind in b"bB":
        decoded = decode_base64(text)
        return decoded.lower() if decoded is not None else text.lower()
    return binascii.a2b_qp(text, header=True).lower()


def decode_base64(block: bytes) -> bytes | None:
    """Decoded base64, also when padding sits in the middle (pieces encoded separately); None if it is not."""
    compact = block.translate(None, b" \t\r\n")
    pieces = _PADDING.split(compact) if b"=" in compact.rstrip(b"=") else [compact.rstrip(b"=")]
    try:
        return b"".join(binascii.a2b_base64(p + b"=" * (-len(p) % 4)) for p in pieces if p)
    except (binascii.Error, ValueError):
        return None


def html_text(low: bytes) -> bytes:
    """Tags removed (a word may be split by one: "Inter<b>view</b>") and numeric character references
    resolved ("&#105;nterview"); named ones never spell an ASCII letter, and stems are ASCII."""
    stripped = _TAG.sub(b"", low)
    if b"&#" not in stripped:
        return stripped
    return _CHARREF.sub(_charref, stripped).lower()


def _charref(match: re.Match[bytes]) -> bytes:
    text = match.group(1)
    try:
        code = int(text[1:], 16) if text[:1] in b"xX" else int(text)
        return chr(code).encode("utf-8")
    except (ValueError, OverflowError):
        return match.group(0)


def _base64_spans(low: bytes) -> Iterator[tuple[bool, int, int]]:
    """(binary, start, end) of every body whose part header says `Content-Transfer-Encoding: base64`,
    found without parsing the MIME tree: from the blank line after that header to the next boundary line
    (or the end). `binary` when the part's type is one the parser reads no text from."""
    position = 0
    while (index := low.find(b"base64", position)) >= 0:
        position = index + 6
        header = low.rfind(b"content-transfer-encoding", max(0, index - 80), index)
        if header < 0 or low[header + 25 : index].strip(b" \t\r\n:\"'"):
            continue  # the word in a text, not a header: that text is searched as it is
        blank = _BLANK_LINE.search(low, index)
        if blank is None:
            return
        start = blank.end()
        end = low.find(b"\n--", start)
        end = len(low) if end < 0 else end
        part_start = max(low.rfind(b"\n--", 0, header), 0)
        kind = _CONTENT_TYPE.search(low, part_start, blank.start())
        yield bool(kind and kind.group(1) in _BINARY_TYPES), start, end
        position = max(position, end)
