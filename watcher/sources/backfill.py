"""Backfill: which messages of a large look-back window are worth downloading, decided without downloading them.

A first start reads every message of the window (30 days can be 20,000 messages, ~800 MB). Almost none
can matter: a message matters only if it carries a calendar part or if the detector finds one of its core
terms (`detect.CORE_TERMS`; the thread terms in a reply or forward) in its subject or text. So:

1. Structure: one pipelined FETCH of `RFC822.SIZE BODYSTRUCTURE` and one of the subject and threading
   headers for the whole window (Dovecot answers both from its cache, at about the cost of the bare
   header FETCH the benchmark calls the floor). A calendar part (by type or .ics/.vcs file name), an
   attached message (a forward), a text in a charset byte search cannot read, or a core term in the
   subject: the message is a candidate.
2. Top of the text: for the rest, the beginning of each text part the parser would read (text/plain,
   else text/html; by section number, `BODY.PEEK[1.1]<0.n>`, one FETCH per group of messages asking for
   the same thing), decoded from its transfer encoding and searched like the sieve searches a whole
   message (sieve.py). At least READ_CHARS visible characters are read (THREAD_READ_CHARS in a reply or
   forward, whose quoted history the detector also reads); HTML is read on until that much text shows
   past its head and styles.
   With the service's sieve (a staged `sieve.Sieve`), what was read is judged by its rules: job words and
   everyday hiring words count beside an invitation to meet, a stated time or news, thread words in a job
   conversation (issue 13).
3. Only the candidates are downloaded whole, read whole by the sieve once more (imap.py), and handed to the
   parser.

Recall rests on one fact: an invitation says what it is near the top. In the corpora (tests/corpus,
tests/corpus_holdout, tests/corpus_threads, tests/corpus_plain, tests/data/realworld) every message the
service plans or cancels has a calendar part, a core term in the subject, or one within the first 550
characters of its text; the generated benchmark mailbox likewise. `tests/adapters/test_backfill.py` runs this
selection on Dovecot over all of them and
checks that nothing the service acts on is left out. A message arriving later, one at a time, is still
downloaded whole and sieved whole (imap.py); this path is for windows of at least SELECT_FROM messages,
and a server that refuses these FETCHes (BAD) gets its window downloaded whole the same way.
"""

from __future__ import annotations

import contextlib
import logging
import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.header import decode_header, make_header

from ..core.mail import CALENDAR_TYPES
from .fetchwire import Command, Wire, WireError, bodystructures, parse_fetch
from .sieve import OPAQUE_MARKERS, Needles, Sieve, TextView, _found, text_view

log = logging.getLogger("followup.imap")

SELECT_FROM = 200  # fewer new messages than this are simply downloaded (the steady state: one at a time)
STRUCTURE_CHUNK = 2_000  # messages per structure FETCH: bounded memory, the server kept busy
TEXT_CHUNK = 500  # messages per text FETCH: the UID set is in the command line
READ_CHARS = 2_000  # visible characters read at least of every text the parser would read...
THREAD_READ_CHARS = 6_000  # ...and of a reply's or forward's (the detector reads 4,000 of its quoted history)
MAX_TEXT_READ = 256 * 1024  # a text with fewer visible characters than asked in this many bytes is a candidate
MAX_PARTS = 500  # as many MIME parts as the parser reads (core/mail.py)
MAX_TEXTS = 8  # a message with more text parts than this is a candidate rather than read piecemeal
HEADER_FIELDS = b"SUBJECT IN-REPLY-TO REFERENCES MESSAGE-ID FROM LIST-ID LIST-UNSUBSCRIBE PRECEDENCE"
_HEADERS_ITEM = b"BODY[HEADER.FIELDS (" + HEADER_FIELDS + b")]"
_FORWARD_TYPES = ("message/rfc822", "message/global")
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_UUENCODE = ("x-uuencode", "uuencode", "x-uue", "uue")
_CALENDAR_NAME = re.compile(r"(?:\.|%2e)(?:ics|vcs)\b")  # a file name ending in .ics or .vcs (RFC 2231 too)
_OPAQUE_CHARSET = re.compile("|".join(re.escape(m.decode()) for m in OPAQUE_MARKERS))
_REPLY_PREFIXES = (b"re", b"fw", b"fwd", b"aw", b"wg", b"tr", b"rv", b"sv", b"vs", b"antw")
_FIRST_READ = {  # bytes asked first per READ_CHARS visible characters wanted, by encoding and kind
    ("quoted-printable", False): 1.15,
    ("base64", False): 1.4,
    ("quoted-printable", True): 3.0,
    ("base64", True): 4.0,
}


@dataclass
class Selection:
    """Which messages to download whole, and why (for the log line and the benchmark)."""

    candidates: list[int] = field(default_factory=list)
    sizes: dict[int, int] = field(default_factory=dict)
    reasons: Counter[str] = field(default_factory=Counter)
    examined: int = 0
    text_bytes: int = 0  # bytes of text read to decide
    seconds: dict[str, float] = field(default_factory=dict)  # per phase: "structure", "text"

    def take(self, uid: int, reason: str) -> None:
        self.candidates.append(uid)
        self.reasons[reason] += 1

    def summary(self) -> str:
        why = ", ".join(f"{count} {reason}" for reason, count in self.reasons.most_common())
        took = " + ".join(f"{seconds:.1f} s {phase}" for phase, seconds in self.seconds.items())
        return (
            f"{len(self.candidates)} of {self.examined} message(s) worth reading whole ({why or 'none'}); "
            f"{self.text_bytes / 1e6:.1f} MB of text read to decide ({took})"
        )


@dataclass
class _Text:
    """A text part the parser would read, and what has been read of it."""

    section: str
    html: bool
    encoding: str
    size: int
    data: bytes = b""
    done: bool = False  # read to its end
    view: TextView | None = None

    def next_read(self, want: int) -> tuple[int, int] | None:
        """(origin, length) of the next piece to read, or None when enough has been read."""
        if self.done or len(self.data) >= MAX_TEXT_READ:
            return None
        if self.view is not None and self.view.visible >= want:
            return None
        if not self.data:
            factor = _FIRST_READ.get((self.encoding, self.html), 2.5 if self.html else 1.05)
            return 0, min(int(want * factor) + 256, MAX_TEXT_READ)
        return len(self.data), min(len(self.data), MAX_TEXT_READ - len(self.data))


@dataclass
class _Pending:
    """A message whose texts are being read."""

    uid: int
    in_thread: bool  # by its headers: In-Reply-To, References, a "Re:" or "Fwd:" subject
    plain: list[_Text]
    html: list[_Text]
    reading_html: bool = False
    subject: bytes = b""
    header_lines: bytes = b""  # for the second stage: its thread test (Message-ID, References, From), bulk mail

    @property
    def texts(self) -> list[_Text]:
        return self.html if self.reading_html else self.plain

    def want(self, text: _Text) -> int:
        return THREAD_READ_CHARS if self.in_thread else READ_CHARS


def select(client, uids: list[int], needles: Needles, sieve: Sieve | None = None) -> Selection:
    """The messages among `uids` (sorted) that might matter, decided from structure, subject and the top of
    each text. With `sieve` (a staged one, see sieve.Sieve) job words count only as the second stage counts
    them, on what was read. Raises WireError (or a socket error) if the connection fails; it must then be
    dropped."""
    wire = Wire(client)
    selection = Selection(examined=len(uids))
    selection.seconds.update(structure=0.0, text=0.0)
    # A chunk at a time, structure then texts: what is held (structures, headers, the messages being read)
    # stays a chunk's worth however large the mailbox, and the thread memory of a staged sieve still sees
    # the messages in UID order.
    for start in range(0, len(uids), STRUCTURE_CHUNK):
        started = time.perf_counter()
        chunk = uids[start : start + STRUCTURE_CHUNK]
        structures, headers = _structures(wire, chunk)
        pending: list[_Pending] = []
        for uid in chunk:
            structure = structures.get(uid)
            if structure is None:
                continue  # expunged meanwhile
            size, body = structure
            selection.sizes[uid] = size
            reason, waiting = _first_look(uid, body, headers.get(uid, b""), needles, sieve)
            if reason:
                selection.take(uid, reason)
            elif waiting is not None:
                pending.append(waiting)
        del structures, headers
        read_from = time.perf_counter()
        selection.seconds["structure"] += read_from - started
        while pending:
            pending = _read_texts(wire, pending, needles, selection, sieve)
        selection.seconds["text"] += time.perf_counter() - read_from
    selection.candidates.sort()
    return selection


def download(
    client, selection: Selection, batch_bytes: int, max_message: int
) -> Iterator[list[tuple[int, bytes, bool]]]:
    """The candidates whole, in UID order and batches of about `batch_bytes` ((uid, raw, truncated) each);
    a message larger than `max_message` is read only that far."""
    commands: list[Command] = []
    batch: list[int] = []
    budget = 0
    for uid in selection.candidates:
        size = selection.sizes.get(uid, 0)
        if batch and (size > max_message or budget + size > batch_bytes):
            commands.append(Command(batch, b"(BODY.PEEK[])"))
            batch, budget = [], 0
        if size > max_message:
            commands.append(Command([uid], b"(BODY.PEEK[]<0.%d>)" % max_message))
            continue
        batch.append(uid)
        budget += size
    if batch:
        commands.append(Command(batch, b"(BODY.PEEK[])"))
    got: dict[int, tuple[bytes, bool]] = {}
    for command, fetched in Wire(client).fetch(commands):
        if fetched is None:  # this command is answered: its messages, in UID order
            yield [(uid, *got.pop(uid)) for uid in command.uids if uid in got]
            continue
        whole = fetched.items.get(b"BODY[]")
        part = fetched.items.get(b"BODY[]<0>")
        if isinstance(whole, bytes):
            got[fetched.uid] = (whole, False)
        elif isinstance(part, bytes):
            got[fetched.uid] = (part, True)


# ---------------------------------------------------------------------- phase 1: structure and subject


def _structures(wire: Wire, uids: list[int]) -> tuple[dict[int, tuple[int, object]], dict[int, bytes]]:
    """{uid: (RFC822.SIZE, BODYSTRUCTURE)} and {uid: subject and threading header lines} of `uids`."""
    commands = [
        Command(uids, b"(RFC822.SIZE BODYSTRUCTURE)"),
        Command(uids, b"(BODY.PEEK[HEADER.FIELDS (" + HEADER_FIELDS + b")])"),
    ]
    raw_structures: list[bytes] = []
    headers: dict[int, bytes] = {}
    for _command, response in wire.responses(commands):
        if response is None:
            continue
        if response.startswith(b"* ") and b" BODYSTRUCTURE (" in response[:80]:
            raw_structures.append(response)
            continue
        parsed = parse_fetch(response)
        if parsed is not None and isinstance(parsed.items.get(_HEADERS_ITEM), bytes):
            headers[parsed.uid] = parsed.items[_HEADERS_ITEM]  # type: ignore[assignment]
        elif parsed is not None and b"BODYSTRUCTURE" in parsed.items:
            raw_structures.append(response)
    quick = bodystructures(raw_structures)
    if quick is not None:
        return {uid: (size, body) for uid, size, body in quick}, headers
    structures: dict[int, tuple[int, object]] = {}
    for response in raw_structures:
        try:
            parsed = parse_fetch(response)
        except (WireError, RecursionError, ValueError):  # a structure this reader cannot follow: a candidate
            uid, stated = _UID.search(response), _SIZE.search(response)
            if uid is not None:
                structures[int(uid.group(1))] = (int(stated.group(1)) if stated else 1 << 62, None)
            continue
        if parsed is None:
            continue
        size = parsed.items.get(b"RFC822.SIZE")
        body = _as_text(parsed.items.get(b"BODYSTRUCTURE"))
        structures[parsed.uid] = (int(size) if isinstance(size, bytes) and size.isdigit() else 0, body)
    return structures, headers


def _as_text(value: object) -> object:
    """The slow parser's bytes as the quick one gives them: str (Latin-1), numbers as int."""
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    if isinstance(value, bytes):
        return int(value) if value.isdigit() else value.decode("latin-1")
    return value


class _Odd(Exception):
    """A BODYSTRUCTURE this reader does not follow: the message is simply a candidate."""


def _first_look(
    uid: int, body: object, header_lines: bytes, needles: Needles, sieve: Sieve | None = None
) -> tuple[str, _Pending | None]:
    """(reason, None) for a candidate; ("", pending) when its texts must be read; ("", None) when it cannot
    matter (no core term in its subject and no text)."""
    try:
        leaves = _leaves(body)
    except _Odd:
        return "an unusual structure", None
    subject, in_thread = _subject(header_lines)
    plain: list[_Text] = []
    html: list[_Text] = []
    for section, leaf in leaves:
        kind = f"{_lower(leaf[0])}/{_lower(leaf[1])}"
        params = _params(leaf[2])
        disposition, named = _disposition(leaf, kind)
        names = " ".join([*params.values(), *named.values()]).lower()
        if kind in CALENDAR_TYPES or (("ics" in names or "vcs" in names) and _CALENDAR_NAME.search(names)):
            return "a calendar part", None
        if kind in _FORWARD_TYPES:
            return "an attached message", None
        if kind not in ("text/plain", "text/html") or disposition.startswith("attachment"):
            continue
        encoding = _lower(leaf[5]) or "7bit"
        charset = params.get("charset", "").lower()
        if encoding in _UUENCODE or (charset and _OPAQUE_CHARSET.search(charset)):
            return "a text byte search cannot read", None
        size = leaf[6] if isinstance(leaf[6], int) else MAX_TEXT_READ
        (plain if kind == "text/plain" else html).append(_Text(section, kind == "text/html", encoding, size))
    if sieve is not None:
        if sieve.judge_texts([(subject, None)], in_thread, header_lines, complete=False):
            return "the subject", None
    elif _holds(subject, needles, in_thread):
        return "the subject", None
    if len(plain) + len(html) > MAX_TEXTS:
        return "many text parts", None
    if not plain and not html:
        if sieve is not None and sieve.judge_texts([(subject, None)], in_thread, header_lines, complete=True):
            return "the subject", None
        return "", None
    kept = header_lines if sieve is not None else b""
    return "", _Pending(uid, in_thread, plain, html, reading_html=not plain, subject=subject, header_lines=kept)


def _leaves(body: object, section: str = "", depth: int = 0, found: list | None = None) -> list[tuple[str, list]]:
    """(section number, leaf) of every non-multipart part: "1" for a single-part message, "1.2" and so on."""
    found = [] if found is None else found
    if not isinstance(body, list) or not body or depth > 12 or len(found) > MAX_PARTS:
        raise _Odd
    if isinstance(body[0], list):  # multipart: its parts, then its subtype
        for number, child in enumerate(body, 1):
            if not isinstance(child, list):
                break
            _leaves(child, f"{section}.{number}" if section else str(number), depth + 1, found)
        return found
    if len(body) < 7 or not isinstance(body[0], str) or not isinstance(body[1], str):
        raise _Odd
    found.append((section or "1", body))
    return found


def _lower(value: object) -> str:
    return value.lower() if isinstance(value, str) else ""


def _params(value: object) -> dict[str, str]:
    if not isinstance(value, list):
        return {}
    pairs = [str(v) if v is not None else "" for v in value]
    return {pairs[i].lower(): pairs[i + 1] for i in range(0, len(pairs) - 1, 2)}


def _disposition(leaf: list, kind: str) -> tuple[str, dict[str, str]]:
    """The part's Content-Disposition (type, parameters) from the BODYSTRUCTURE extension data."""
    index = 9 if kind.startswith("text/") else 11 if kind in _FORWARD_TYPES else 8
    value = leaf[index] if len(leaf) > index else None
    if isinstance(value, list) and value and isinstance(value[0], str):
        return value[0].lower(), _params(value[1] if len(value) > 1 else None)
    return "", {}


def _subject(header_lines: bytes) -> tuple[bytes, bool]:
    """The subject as the parser reads it (lower-cased bytes), and whether headers mark a reply or forward."""
    unfolded = header_lines.replace(b"\r\n ", b" ").replace(b"\r\n\t", b" ").replace(b"\n ", b" ")
    subject = b""
    threaded = False
    for line in unfolded.splitlines():
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"subject":
            subject += b" " + value
        elif name in (b"in-reply-to", b"references") and value.strip():
            threaded = True
    if b"=?" in subject:  # RFC 2047: searched decoded as well as it is
        with contextlib.suppress(Exception):
            subject += b" " + str(make_header(decode_header(subject.decode("latin-1")))).encode("utf-8", "replace")
    subject = b" ".join(subject.split()).lower()
    prefix = subject.split(b":", 1)[0].strip() if b":" in subject[:12] else b""
    return subject, threaded or prefix in _REPLY_PREFIXES


def _holds(text: bytes, needles: Needles, in_thread: bool) -> bool:
    return _found(text, needles.wanted(in_thread))


# ---------------------------------------------------------------------- phase 2: the top of the texts


def _read_texts(
    wire: Wire, pending: list[_Pending], needles: Needles, selection: Selection, sieve: Sieve | None = None
) -> list[_Pending]:
    """One round: read the next piece of every text still short of its characters, and judge each message as
    soon as its pieces are in (what was read of it is then let go, so memory stays at a few commands' worth).
    Returns the messages that need another round."""
    groups: dict[tuple[str, int, int], list[tuple[_Pending, _Text]]] = defaultdict(list)
    for message in pending:
        for text in message.texts:
            piece = text.next_read(message.want(text))
            if piece is not None:
                groups[(text.section, *piece)].append((message, text))
    commands: list[Command] = []
    wanted: dict[tuple[int, bytes], tuple[_Pending, _Text, int]] = {}
    awaited: Counter[int] = Counter()
    for (section, origin, length), members in groups.items():
        members.sort(key=lambda member: member[0].uid)
        item = f"BODY[{section}]<{origin}>".encode()
        for start in range(0, len(members), TEXT_CHUNK):
            part = members[start : start + TEXT_CHUNK]
            commands.append(Command([m.uid for m, _ in part], f"(BODY.PEEK[{section}]<{origin}.{length}>)".encode()))
            for message, text in part:
                wanted[(message.uid, item)] = (message, text, length)
                awaited[message.uid] += 1
    del groups
    again: list[_Pending] = []

    def settle(message: _Pending) -> None:
        verdict = _judge(message, needles) if sieve is None else _judge_staged(message, sieve)
        if verdict is None:
            again.append(message)
            return
        if verdict:
            selection.take(message.uid, verdict)
        for text in (*message.plain, *message.html):
            text.data, text.view = b"", None

    for message in pending:
        if not awaited[message.uid]:
            settle(message)  # nothing (more) to read: judged on what it has
    for _command, fetched in wire.fetch(commands):
        if fetched is None:
            continue
        for name, value in fetched.items.items():
            entry = wanted.pop((fetched.uid, name), None)
            if entry is None:
                continue
            message, text, asked = entry
            chunk = value if isinstance(value, bytes) else b""
            selection.text_bytes += len(chunk)
            text.data += chunk
            text.done = len(chunk) < asked or len(text.data) >= text.size
            text.view = text_view(text.data, text.encoding, text.html)
            awaited[message.uid] -= 1
            if not awaited[message.uid]:
                settle(message)
    for message, text, _asked in wanted.values():  # no answer (expunged meanwhile, or a section refused)
        text.done = True
        text.view = text.view or text_view(text.data, text.encoding, text.html)
        awaited[message.uid] -= 1
        if not awaited[message.uid]:
            settle(message)
    return again


def _judge(message: _Pending, needles: Needles) -> str | None:
    """The reason to take the message, "" to leave it, None to read on."""
    thread_only = tuple(n for n in needles.in_thread if n not in needles.core)
    for text in message.texts:
        view = text.view
        if view is None:
            if text.data:
                return "a text byte search cannot read"
            continue
        if view.holds(needles.wanted(message.in_thread), needles.hex_led):
            return "the top of the text"
        if message.in_thread or not thread_only or not view.holds(thread_only, needles.hex_led):
            continue
        if view.marked:  # quoted or forwarded text: a thread word counts, as it does for the detector
            return "the top of the text"
        if not text.done:
            return "a thread word in a long text"  # its quoting may start below what was read
    return _read_on(message)


def _read_on(message: _Pending) -> str | None:
    """After the words found nothing: None to read more of the message, the reason to take it when its top
    holds too little to judge, "" when all that is worth reading was read."""
    if any(text.next_read(message.want(text)) is not None for text in message.texts):
        return None
    if any(t.view is not None and t.view.visible < message.want(t) and not t.done for t in message.texts):
        return "a text with little to read at its top"
    if (
        not message.reading_html
        and message.html
        and not any(t.view is not None and len(t.view.decoded.strip()) >= 32 for t in message.plain)
    ):
        message.reading_html = True  # an empty text/plain means the parser reads the HTML (a short one: read both)
        return None
    return ""


def _judge_staged(message: _Pending, sieve: Sieve) -> str | None:
    """_judge with the second stage's rules (sieve.Sieve) applied to what was read: the reason to take the
    message, "" to leave it, None to read on."""
    views = [text.view for text in message.texts]
    if any(view is None and text.data for view, text in zip(views, message.texts, strict=True)):
        return "a text byte search cannot read"
    read = [view for view in views if view is not None]
    in_thread = message.in_thread or any(view.marked for view in read) or not all(t.done for t in message.texts)
    texts = [(message.subject, None), *(view.pair for view in read)]
    if sieve.judge_texts(texts, in_thread, message.header_lines, complete=False):
        return "the top of the text"
    step = _read_on(message)
    if step != "":
        return step
    reason = sieve.judge_texts(texts, in_thread, message.header_lines, complete=True)
    return f"the top of the text: {reason}" if reason else ""
