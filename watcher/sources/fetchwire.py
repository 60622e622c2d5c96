"""UID FETCH spoken straight on an imapclient connection: commands pipelined, answers read in bulk.

imaplib reads an answer line by line and formats every line for its debug log (imapclient turns that on);
on a FETCH of 20,000 small items that costs ~4x what the server needs to send them (measured in bench/,
see bench/RESULTS.md). Here a few FETCH commands are sent ahead (at most `window` in flight, so neither
side can block on a full socket while the other waits), the answer is read in large chunks and cut into
responses with `bytes.find`, and each response is parsed only as far as its items need.

Only FETCH is spoken, with tags of our own, and every answer is read to its tagged end: the connection is
left exactly as imapclient expects it. A connection that breaks or answers out of turn is reported as an
`IMAPClientAbortError`, which the caller treats as a lost connection (it is dropped and reopened).
"""

from __future__ import annotations

import itertools
import json
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

CHUNK = 1 << 20  # bytes asked of the socket at a time
_LITERAL_END = re.compile(rb"\{(\d+)\}\Z")
_FETCH_START = re.compile(rb"\* \d+ FETCH \(")
_ITEM_NAME = re.compile(rb"([A-Za-z0-9.]+(?:\[[^\]]*\])?(?:<\d+>)?) ")
_ATOM = re.compile(rb"[^\s()\"{}\[\]]+")
_NUMBER = re.compile(rb"\d+")
# The usual BODYSTRUCTURE answer, one line without literals: parsed in bulk (see _bodystructures).
_QUICK_STRUCTURE = re.compile(rb"\* \d+ FETCH \(UID (\d+) RFC822\.SIZE (\d+) BODYSTRUCTURE (\(.*\))\)\Z")
_TAGS = (f"fw{n}".encode() for n in itertools.count(1))


class WireError(Exception):
    """The server answered something this reader cannot follow; the connection must be dropped."""


class FetchRefused(Exception):
    """The server answered BAD to a FETCH (a syntax it does not take); the connection is still in step."""


@dataclass
class Fetched:
    uid: int
    items: dict[bytes, object]  # b"BODYSTRUCTURE" -> nested lists, b"BODY[1]<0>" -> bytes, ...


@dataclass
class Command:
    """One UID FETCH: `uids` (sorted), `items` as written in the command, e.g. b"(BODY.PEEK[1]<0.8192>)"."""

    uids: list[int]
    items: bytes
    tag: bytes = b""
    status: bytes = b""  # OK, NO or BAD once answered


class Wire:
    """Pipelined UID FETCH on `client` (an IMAPClient with a folder selected)."""

    chunk = CHUNK

    def __init__(self, client, window: int = 2):
        self._imap = client._imap  # imaplib.IMAP4 under imapclient: its socket file and send()
        self._window = max(window, 1)
        self._buffer = bytearray()
        self._position = 0
        self.clean = True  # False while answers are unread: the connection is then unusable

    def fetch(self, commands: Iterable[Command]) -> Iterator[tuple[Command, Fetched | None]]:
        """(command, response) for every FETCH response, and (command, None) once a command is answered.

        A command answered NO (messages expunged meanwhile) simply has what it got; BAD is an error."""
        for command, response in self.responses(commands):
            if response is None:
                yield command, None
                continue
            fetched = parse_fetch(response)
            if fetched is not None:
                yield command, fetched

    def responses(self, commands: Iterable[Command]) -> Iterator[tuple[Command, bytes | None]]:
        """`fetch` without the parsing: each FETCH response as the server sent it (literals inline).

        The command given with a response is the oldest one unanswered (servers answer pipelined FETCH
        commands one after the other); callers that must be sure look at the response's items. A command
        the server refuses (BAD) raises FetchRefused once every command in flight is answered, so the
        connection stays usable."""
        pending = iter(commands)
        in_flight: deque[Command] = deque()
        refused: bytes | None = None
        self.clean = False
        while True:
            while refused is None and len(in_flight) < self._window:
                command = next(pending, None)
                if command is None:
                    break
                self._send(command)
                in_flight.append(command)
            if not in_flight:
                self.clean = True
                if refused is not None:
                    raise FetchRefused(f"the server refused a FETCH: {refused[:200]!r}")
                return
            current = in_flight[0]
            response = self._response()
            if response.startswith(b"* "):
                if refused is None and _FETCH_START.match(response):
                    yield current, response
                continue  # EXISTS, EXPUNGE, OK [ALERT]...: nothing this reader needs
            tag, _, rest = response.partition(b" ")
            # Usually the oldest command; a server may refuse a later one (BAD) before it finishes the first.
            answered = next((command for command in in_flight if command.tag == tag), None)
            if answered is None:
                raise WireError(f"unexpected answer {response[:80]!r} while waiting for {current.tag!r}")
            answered.status = rest.split(b" ", 1)[0].upper()
            in_flight.remove(answered)
            if answered.status not in (b"OK", b"NO"):
                refused = refused or response
                continue
            if refused is None:
                yield answered, None

    # ------------------------------------------------------------------ the socket

    def _send(self, command: Command) -> None:
        command.tag = next(_TAGS)
        self._imap.send(command.tag + b" UID FETCH " + uid_set(command.uids) + b" " + command.items + b"\r\n")

    def _fill(self) -> None:
        if self._position > self.chunk:  # drop what was read so the buffer stays ~ one chunk plus one response
            del self._buffer[: self._position]
            self._position = 0
        data = self._imap.file.read1(self.chunk)
        if not data:
            raise WireError("the server closed the connection")
        self._buffer += data

    def _response(self) -> bytes:
        """The next response, literals included, without its final CRLF."""
        start = segment = scan = self._position  # response, current line (after any literal), search point
        while True:
            end = self._buffer.find(b"\r\n", scan)
            if end < 0:
                scan = max(scan, len(self._buffer) - 1)
                start, segment, scan = self._more(start, segment, scan)
                continue
            line_end = self._buffer[max(segment, end - 24) : end]
            literal = _LITERAL_END.search(line_end) if line_end.endswith(b"}") else None
            if literal is None:
                response = bytes(self._buffer[start:end])
                self._position = end + 2
                return response
            segment = scan = end + 2 + int(literal.group(1))
            while len(self._buffer) < scan:
                start, segment, scan = self._more(start, segment, scan)

    def _more(self, *positions: int) -> tuple[int, ...]:
        """Read more; returns `positions` moved along with the buffer."""
        before = self._position
        self._fill()
        shift = before - self._position  # the consumed prefix may have been dropped
        return tuple(p - shift for p in positions)


def uid_set(uids: list[int]) -> bytes:
    """1,2,3,7,9,10 -> b"1:3,7,9:10" (sorted input), so a command line stays short."""
    out: list[str] = []
    run_start = previous = None
    for uid in uids:
        if previous is not None and uid == previous + 1:
            previous = uid
            continue
        if run_start is not None:
            out.append(f"{run_start}:{previous}" if previous != run_start else str(run_start))
        run_start = previous = uid
    if run_start is not None:
        out.append(f"{run_start}:{previous}" if previous != run_start else str(run_start))
    return ",".join(out).encode()


# ---------------------------------------------------------------------- parsing


def parse_fetch(response: bytes) -> Fetched | None:
    """`* n FETCH (UID u ITEM value ...)` -> Fetched; None without a UID (a flag change the server reports)."""
    position = response.index(b"(") + 1
    items: dict[bytes, object] = {}
    while position < len(response) and response[position : position + 1] != b")":
        name = _ITEM_NAME.match(response, position)
        if name is None:
            raise WireError(f"cannot read FETCH item at {response[position : position + 60]!r}")
        value, position = _value(response, name.end())
        items[name.group(1).upper()] = value
        if response[position : position + 1] == b" ":
            position += 1
    uid = items.get(b"UID")
    return Fetched(int(uid), items) if isinstance(uid, bytes) and uid.isdigit() else None


def _value(data: bytes, position: int) -> tuple[object, int]:
    """One value (NIL, number or atom, quoted string, literal, parenthesized list) starting at `position`."""
    first = data[position : position + 1]
    if first == b"(":
        out: list[object] = []
        position += 1
        while data[position : position + 1] != b")":
            if position >= len(data):
                raise WireError("unterminated list in a FETCH response")
            value, position = _value(data, position)
            out.append(value)
            if data[position : position + 1] == b" ":
                position += 1
        return out, position + 1
    if first == b'"':
        chunks: list[bytes] = []
        position += 1
        while True:
            end = data.find(b'"', position)
            escape = data.find(b"\\", position, end if end >= 0 else None)
            if end < 0:
                raise WireError("unterminated string in a FETCH response")
            if escape < 0:
                chunks.append(data[position:end])
                return b"".join(chunks), end + 1
            chunks.append(data[position:escape] + data[escape + 1 : escape + 2])
            position = escape + 2
    if first == b"{":
        close = data.index(b"}\r\n", position)
        size = int(data[position + 1 : close])
        start = close + 3
        return data[start : start + size], start + size
    atom = _ATOM.match(data, position)
    if atom is None:
        raise WireError(f"cannot read a value at {data[position : position + 60]!r}")
    text = atom.group(0)
    return (None if text.upper() == b"NIL" else text), atom.end()


def bodystructures(responses: list[bytes]) -> list[tuple[int, int, object]] | None:
    """(uid, size, BODYSTRUCTURE) of many `UID n RFC822.SIZE s BODYSTRUCTURE (...)` answers at once, or None
    when any is not of that usual one-line shape (the caller then parses each with parse_fetch).

    Turning IMAP lists into JSON needs no tokenizer when no string holds a backslash: splitting on quotes
    separates the strings from the structure, the structure (parentheses, spaces, numbers and NIL) is
    rewritten with a few `bytes.replace` over the whole batch, and `json` parses it in C: ~10x faster than
    a tokenizer in Python on 20,000 messages. Strings come back as `str` (a Latin-1 reading of the bytes)."""
    found: list[tuple[int, int]] = []
    texts: list[bytes] = []
    for response in responses:
        match = _QUICK_STRUCTURE.match(response)
        if match is None:
            return None
        found.append((int(match.group(1)), int(match.group(2))))
        texts.append(match.group(3))
    joined = b"(" + b" ".join(texts) + b")"
    if b"\\" in joined:
        return None
    parts = joined.split(b'"')
    if len(parts) % 2 == 0:
        return None
    structure = b"\x00".join(parts[0::2])
    if structure.replace(b"NIL", b"").translate(None, b"() \x000123456789"):
        return None  # an atom other than NIL or a number: read it the slow way
    structure = structure.replace(b")(", b"),(").replace(b" ", b",").replace(b"(", b"[").replace(b")", b"]")
    parts[0::2] = structure.replace(b"NIL", b"null").split(b"\x00")
    try:
        parsed = json.loads(b'"'.join(parts).decode("latin-1"), strict=False)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than any real message
        return None
    if not isinstance(parsed, list) or len(parsed) != len(found):
        return None
    return [(uid, size, body) for (uid, size), body in zip(found, parsed, strict=True)]
