"""Read iCalendar data (RFC 5545) into CalendarEvents, tolerating what real producers send.

Why a small reader of its own rather than icalendar's `Calendar.from_ical`: real invitations break the
RFC in ways that make a strict parser reject the whole file (an empty TZID, a quote that swallows the
value, unfolded continuation lines, a VTIMEZONE after the events, invalid alarm durations), and
icalendar spends 1-20 ms per invitation building objects we never read. Here every content line is
read on its own, so a broken property loses only itself and a broken VEVENT only itself; times and
zones are resolved with the policy of zones.py. Nothing here does I/O or reads the clock.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from watcher.core.bounds import in_range, out_of_range
from watcher.core.zones import (
    EmbeddedZone,
    Observance,
    offset_from_label,
    tzid_key,
    zone_for_name,
)
from watcher.errors import ParseError
from watcher.model import Attendee, CalendarEvent, Person

_MAX_DEPTH = 16  # VCALENDAR > VEVENT > VALARM is 3; deeper nesting is garbage, not worth a stack

# Property names accepted at the start of a line even when not written in upper case ("Dtstart:").
# Any other line that does not start with an upper-case NAME followed by ';' or ':' is taken as the
# continuation of the previous property (a producer that forgot to fold), not as a property.
# fmt: off
_KNOWN = frozenset({
    "BEGIN", "END", "METHOD", "PRODID", "VERSION", "CALSCALE", "UID", "DTSTAMP", "DTSTART", "DTEND",
    "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "STATUS", "SEQUENCE", "ORGANIZER", "ATTENDEE",
    "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "URL", "CLASS", "CREATED", "LAST-MODIFIED", "PRIORITY",
    "TRANSP", "CATEGORIES", "COMMENT", "CONTACT", "GEO", "RELATED-TO", "RESOURCES", "ATTACH", "TZID",
    "TZNAME", "TZOFFSETFROM", "TZOFFSETTO", "TZURL", "ACTION", "TRIGGER", "REPEAT",
})
# fmt: on
_NAME = re.compile(r"([A-Za-z][A-Za-z0-9_-]*)[;:]")
_TOKEN = re.compile(r'"[^"]*"?|[^";:]+|[;:]')
_CARET = re.compile(r"\^([n^'])")
_ESCAPE = re.compile(r"\\(.)", re.S)
_DATETIME = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[Tt ](\d{2}):?(\d{2})(?::?(\d{2}))?(?:[.,]\d+)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?"
)
_DURATION = re.compile(
    r"([+-])?P(?:(\d{1,6})W)?(?:(\d{1,6})D)?(?:T(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,9})S)?)?", re.I
)
_UTC_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?")
_EMAIL = re.compile(r"[^\s<>\"'(),;:]+@[^\s<>\"'(),;:]+")
_VIDEO = re.compile(
    r"https?://(?:[\w-]+\.)*(?:teams\.microsoft\.com/(?:l/meetup-join|meet)/|teams\.live\.com/meet/"
    r"|zoom\.us/(?:j|w|my|s|wc)/|zoomgov\.com/(?:j|w)/|meet\.google\.com/[a-z]|webex\.com/)"
    r"[^\s<>\"'\\]*",
    re.I,
)


@dataclass
class _Component:
    """A BEGIN/END block: its own properties (name, params, value) in order, and its sub-blocks."""

    name: str
    parent: _Component | None = None
    props: list[tuple[str, dict[str, str], str]] = field(default_factory=list)
    children: list[_Component] = field(default_factory=list)

    def first(self, name: str) -> tuple[dict[str, str], str] | None:
        """The first occurrence: a duplicated single-valued property (two STATUS lines) keeps the first."""
        for prop_name, params, value in self.props:
            if prop_name == name:
                return params, value
        return None

    def value(self, name: str) -> str | None:
        """The raw value of the first occurrence, None when absent."""
        found = self.first(name)
        return found[1] if found else None

    def all(self, name: str) -> list[tuple[dict[str, str], str]]:
        return [(params, value) for prop_name, params, value in self.props if prop_name == name]

    def text(self, name: str) -> str:
        found = self.first(name)
        return _unescape(found[1]).strip() if found else ""


def parse_calendar(data: bytes | str, default_tz: tzinfo, *, method_hint: str | None = None) -> list[CalendarEvent]:
    """Every VEVENT in file order. Raises watcher.errors.ParseError (one-line message) if nothing
    calendar-like can be read: no VCALENDAR and no VEVENT, or only VEVENTs with nothing usable in
    them. A VCALENDAR that holds no VEVENT (only to-dos, free/busy) gives an empty list.

    `default_tz` is the user's zone: it applies to floating times when the calendar has no
    X-WR-TIMEZONE, and to TZIDs that neither a zone database nor the calendar's VTIMEZONE define.
    `method_hint` is the email's Content-Type `method=`; the calendar's own METHOD wins over it.
    """
    text = _decode(data)
    events, timezones, has_calendar = _build_tree(_content_lines(text))
    if not events:
        if has_calendar:
            return []
        raise ParseError("no calendar data found (no BEGIN:VCALENDAR or BEGIN:VEVENT)")
    reader = _Reader(default_tz, timezones, _clean_method(method_hint))
    results = [event for event in map(reader.event, events) if event is not None]
    if not results:
        raise ParseError(f"none of the {len(events)} VEVENT block(s) has a start, UID or summary")
    return results


# --- lexing ----------------------------------------------------------------------------------------


def _decode(data: bytes | str) -> str:
    """Text from bytes whose charset nobody told us: UTF-8, UTF-16 by BOM, else Windows-1252, else Latin-1."""
    if isinstance(data, str):
        text = data
    elif data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:  # one of the five bytes Windows-1252 leaves undefined: Latin-1 reads all
                text = data.decode("latin-1")
    # NULs only come from binary junk or BOM-less UTF-16; dropping them keeps the ASCII readable.
    return text.lstrip("\ufeff").replace("\x00", "")


def _content_lines(text: str) -> Iterator[str]:
    """Logical content lines: unfolded, blank lines dropped, stray text lines glued to the property
    they continue (a SUMMARY written over several raw lines), text before any property discarded."""
    parts: list[str] = []
    for raw in re.split(r"\r\n|\r|\n", text):
        if raw[:1] in (" ", "\t"):
            if parts:
                parts.append(raw[1:])
        elif _looks_like_property(raw):
            if parts:
                yield "".join(parts)
            parts = [raw]
        elif parts and raw.strip() and parts[0][:6].upper() not in ("BEGIN:", "END:"):
            parts.append("\n" + raw)  # a raw line break inside a value (a multi-line SUMMARY)
    if parts:
        yield "".join(parts)


def _looks_like_property(line: str) -> bool:
    match = _NAME.match(line)
    if match is None:
        return False
    name = match.group(1)
    upper = name.upper()
    return upper in _KNOWN or upper.startswith("X-") or name == upper


def _split_line(line: str) -> tuple[str, dict[str, str], str] | None:
    """NAME;PARAM=VALUE;...:value, with quoted parameter values that may hold ';' and ':'.

    Repairs `DTSTART;TZID="W. Europe Standard Time:20200609T090000"` (the closing quote swallowed the
    value) by splitting the last quoted parameter at its last ':'.
    """
    match = _NAME.match(line)
    if match is None:
        return None
    name = match.group(1).upper()
    raw_params: list[str] = []
    piece: list[str] = []
    value: str | None = None
    for token in _TOKEN.finditer(line, match.end(1)):
        text = token.group()
        if text == ":":
            value = line[token.end() :]
            break
        if text == ";":
            raw_params.append("".join(piece))
            piece = []
        else:
            piece.append(text)
    raw_params.append("".join(piece))
    if value is None:
        for index in range(len(raw_params) - 1, -1, -1):
            if ":" in raw_params[index]:
                head, _, tail = raw_params[index].rpartition(":")
                raw_params[index], value = head, tail.strip().strip('"')
                break
        else:
            return None
    return name, _params(raw_params), value


def _params(raw_params: list[str]) -> dict[str, str]:
    """Parameters by upper-cased name (first wins), unquoted, RFC 6868 ^-escapes decoded.

    Undoes quoted-printable damage that an email layer left behind (`CN=3DSender`) when the line
    shows it on a parameter name.
    """
    params: dict[str, str] = {}
    qp_damaged = any(p.partition("=")[2][:2].upper() == "3D" for p in raw_params if "=" in p)
    for raw in raw_params:
        key, equals, value = raw.partition("=")
        key = key.strip().upper()
        if not equals or not key:
            continue
        value = value.strip()
        if qp_damaged and value[:2].upper() == "3D":
            value = value[2:]
        value = _CARET.sub(lambda m: {"n": "\n", "^": "^", "'": '"'}[m.group(1)], value.replace('"', ""))
        params.setdefault(key, value.strip())
    return params


def _build_tree(lines: Iterator[str]) -> tuple[list[_Component], dict[str, _Component], bool]:
    """The VEVENTs in file order, the VTIMEZONEs by TZID key wherever they stand in the file, and
    whether a VCALENDAR was seen at all.

    Tolerant nesting: END closes the innermost matching block (a stray END is ignored), BEGIN of a
    block type already open closes that one first (a VEVENT missing its END), blocks left open at
    the end of a truncated file count as closed.
    """
    stack: list[_Component] = []
    events: list[_Component] = []
    timezones: dict[str, _Component] = {}
    ignored_depth = 0
    has_calendar = False
    for line in lines:
        prop = _split_line(line)
        if prop is None:
            continue
        name, params, value = prop
        if name == "BEGIN":
            kind = value.strip().upper()
            for index in range(len(stack) - 1, -1, -1):
                if stack[index].name == kind:
                    del stack[index:]
                    break
            if ignored_depth or len(stack) >= _MAX_DEPTH:
                ignored_depth += 1
                continue
            component = _Component(kind, parent=stack[-1] if stack else None)
            if stack:
                stack[-1].children.append(component)
            stack.append(component)
            if kind == "VEVENT":
                events.append(component)
            has_calendar = has_calendar or kind == "VCALENDAR"
        elif name == "END":
            if ignored_depth:
                ignored_depth -= 1
                continue
            kind = value.strip().upper()
            for index in range(len(stack) - 1, -1, -1):
                if stack[index].name == kind:
                    closed = stack[index]
                    del stack[index:]
                    if kind == "VTIMEZONE":
                        _register_timezone(closed, timezones)
                    break
        elif stack:
            stack[-1].props.append((name, params, value))
    for component in stack:
        if component.name == "VTIMEZONE":
            _register_timezone(component, timezones)
    return events, timezones, has_calendar


def _register_timezone(component: _Component, timezones: dict[str, _Component]) -> None:
    found = component.first("TZID")
    timezones.setdefault(tzid_key(found[1]) if found else "", component)


# --- values ----------------------------------------------------------------------------------------


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _clean_method(value: str | None) -> str | None:
    cleaned = (value or "").strip().strip('"').strip().upper()
    return cleaned or None


def _parse_naive(value: str, as_date: bool = False) -> tuple[datetime | date, str] | None:
    """A DATE or DATE-TIME value (first of a list) as a naive date/datetime and its suffix
    ("Z", "+0200" or ""), or None when it is not a real date (20210230)."""
    match = _DATETIME.fullmatch(value.split(",")[0].strip())
    if match is None:
        return None
    year, month, day, hour, minute, second, suffix = match.groups()
    try:
        if hour is None or as_date:
            return date(int(year), int(month), int(day)), ""
        return datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0)), (
            suffix or ""
        ).upper()
    except ValueError:
        return None


def _parse_offset(value: str) -> timedelta | None:
    match = _UTC_OFFSET.fullmatch(value.strip())
    if match is None:
        return None
    sign, hours, minutes, seconds = match.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes), seconds=int(seconds or 0))
    if offset >= timedelta(hours=24):
        return None
    return -offset if sign == "-" else offset


def _parse_duration(value: str) -> tuple[int, int] | None:
    """(days, seconds) of a DURATION, signed. Weeks and days together (P1W6D) are accepted."""
    match = _DURATION.fullmatch(value.strip())
    if match is None or not any(match.groups()[1:]):
        return None
    sign = -1 if match.group(1) == "-" else 1
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups()[1:])
    return sign * (weeks * 7 + days), sign * (hours * 3600 + minutes * 60 + seconds)


def _add_duration(start: datetime | date, days: int, seconds: int) -> datetime | date:
    """RFC 5545: days are nominal (same wall time on the later day, across DST), hours exact."""
    if not isinstance(start, datetime):
        return start + timedelta(days=days)
    moved = start + timedelta(days=days)
    if not seconds:
        return moved
    assert moved.tzinfo is not None
    return (moved.astimezone(UTC) + timedelta(seconds=seconds)).astimezone(moved.tzinfo)


def _person(params: dict[str, str], value: str) -> Person | None:
    """ORGANIZER/ATTENDEE as a Person: the address from the value (with or without mailto:), else
    from the EMAIL parameter; the name from CN."""
    address = value.strip()
    if address[:7].lower() == "mailto:":
        address = address[7:].strip()
    if "@" not in address or any(c in address for c in " <>\"'"):
        found = _EMAIL.search(address) or _EMAIL.search(params.get("EMAIL", ""))
        address = found.group() if found else ""
    name = params.get("CN", "").strip()
    if not address and not name:
        return None
    return Person(name=name, email=address.lower())


def _conference(event: _Component) -> str:
    """The video link: the producers' dedicated properties first, then links in the text fields."""
    for name in ("X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK"):
        found = event.first(name)
        if found and found[1].strip().lower().startswith(("https://", "http://")):
            return found[1].strip()
    for name in ("LOCATION", "URL", "DESCRIPTION"):
        for _, value in event.all(name):
            match = _VIDEO.search(_unescape(value))
            if match:
                return match.group().rstrip(".,;:)]}>")
    return ""


def _int(value: str) -> int:
    """SEQUENCE: a non-negative integer (a Unix timestamp is fine), 0 when missing or garbage."""
    text = value.strip().lstrip("+")
    return int(text) if text.isdigit() and len(text) <= 18 else 0


# --- events ----------------------------------------------------------------------------------------


class _Reader:
    """Turns VEVENT blocks into CalendarEvents; holds what one calendar's events share (zones)."""

    def __init__(self, default_tz: tzinfo, timezones: dict[str, _Component], method_hint: str | None):
        self.default_tz = default_tz
        self.timezones = timezones
        self.method_hint = method_hint
        self._zones: dict[str, tzinfo | None] = {}  # None: unknown, read in default_tz
        self._calendars: dict[int, tuple[str | None, tzinfo]] = {}
        self.problems: list[str] = []  # dates of the current event not used (out of range), and why
        self._guessed: list[str] = []  # TZIDs read in default_tz while reading the current event

    def zone(self, tzid: str) -> tzinfo:
        """Recognised name, else the calendar's VTIMEZONE, else the label's offset, else default_tz."""
        if tzid not in self._zones:
            self._zones[tzid] = zone_for_name(tzid) or self._embedded(tzid) or offset_from_label(tzid)
        zone = self._zones[tzid]
        if zone is None:
            if tzid not in self._guessed:
                self._guessed.append(tzid)
            return self.default_tz
        return zone

    def _embedded(self, tzid: str) -> tzinfo | None:
        component = self.timezones.get(tzid_key(tzid))
        if component is None:
            return None
        observances = []
        for block in component.children:
            if block.name not in ("STANDARD", "DAYLIGHT"):
                continue
            offset_to = _parse_offset(block.value("TZOFFSETTO") or "")
            if offset_to is None:
                continue
            offset_from = _parse_offset(block.value("TZOFFSETFROM") or "")
            start = _parse_naive(block.value("DTSTART") or "")
            rdates = (_parse_naive(v) for _p, values in block.all("RDATE") for v in values.split(","))
            observances.append(
                Observance(
                    start=start[0] if start and isinstance(start[0], datetime) else None,
                    offset_from=offset_to if offset_from is None else offset_from,
                    offset_to=offset_to,
                    rule=block.value("RRULE") or "",
                    rdates=tuple(r[0] for r in rdates if r and isinstance(r[0], datetime)),
                    daylight=block.name == "DAYLIGHT",
                    name=block.text("TZNAME"),
                )
            )
        return EmbeddedZone(tzid, observances) if observances else None

    def calendar(self, event: _Component) -> tuple[str | None, tzinfo]:
        """(METHOD, zone for floating times) of the VCALENDAR holding the event."""
        calendar = event.parent
        while calendar is not None and calendar.name != "VCALENDAR":
            calendar = calendar.parent
        if calendar is None:
            return self.method_hint, self.default_tz
        if id(calendar) not in self._calendars:
            method = _clean_method(calendar.value("METHOD"))
            wr_zone = calendar.value("X-WR-TIMEZONE")
            floating = self.zone(wr_zone) if wr_zone and wr_zone.strip() else self.default_tz
            self._calendars[id(calendar)] = (method or self.method_hint, floating)
        return self._calendars[id(calendar)]

    def when(
        self, found: tuple[dict[str, str], str] | None, floating: tzinfo, what: str = ""
    ) -> datetime | date | None:
        """A DTSTART-like property as an aware datetime (or a date), None if absent or impossible. A date
        outside the years read (core/bounds.py) is None too, and said in `problems` under the name `what`."""
        if found is None:
            return None
        params, value = found
        parsed = _parse_naive(value, as_date=params.get("VALUE", "").upper() == "DATE")
        if parsed is None:
            return None
        moment, suffix = parsed
        if not in_range(moment):
            # Year 9999 or year 1 is valid iCalendar, but two hours later (or one zone east) overflows.
            if what:
                self.problems.append(out_of_range(what, moment) + "; not used")
            return None
        if not isinstance(moment, datetime):
            return moment
        if suffix == "Z":
            return moment.replace(tzinfo=UTC)
        if suffix:
            offset = _parse_offset(suffix)
            return moment.replace(tzinfo=timezone(offset) if offset is not None else floating)
        if "TZID" in params:
            return moment.replace(tzinfo=self.zone(params["TZID"]))
        return moment.replace(tzinfo=floating)

    def event(self, event: _Component) -> CalendarEvent | None:
        """One VEVENT, or None when it carries nothing usable (no start, UID, summary or organizer)."""
        method, floating = self.calendar(event)
        self.problems = []
        self._guessed = []
        start = self.when(event.first("DTSTART"), floating, "DTSTART")
        end, end_source = self._end(event, start, floating)
        summary = event.text("SUMMARY")
        organizer_prop = event.first("ORGANIZER")
        organizer = _person(*organizer_prop) if organizer_prop else None
        uid = event.text("UID")
        recurrence_id = self.when(event.first("RECURRENCE-ID"), floating, "RECURRENCE-ID")
        if not (start or uid or summary or organizer or recurrence_id):
            return None
        dtstamp = self.when(event.first("DTSTAMP"), UTC)  # RFC 5545: DTSTAMP is UTC
        problems = [*self.problems] + [
            f"time zone {_quoted(tzid)} is unknown and the calendar does not define it: "
            f"its times were read in {zone_label(self.default_tz)}"
            for tzid in self._guessed
            if tzid.strip()
        ]
        if start is None and not any(p.startswith("DTSTART") for p in self.problems):
            problems.append("the event has no start time (DTSTART missing or unreadable)")
        return CalendarEvent(
            uid=uid or _generated_uid(event),
            method=method,
            summary=summary,
            description=event.text("DESCRIPTION"),
            location=event.text("LOCATION"),
            start=start,
            end=end,
            end_source=end_source,
            status=event.text("STATUS").upper(),
            sequence=_int(event.value("SEQUENCE") or ""),
            dtstamp=dtstamp if isinstance(dtstamp, datetime) else None,
            recurrence_id=recurrence_id,
            rrule=(event.value("RRULE") or "").strip(),
            organizer=organizer,
            attendees=tuple(self._attendees(event)),
            url=event.text("URL"),
            conference=_conference(event),
            problems=tuple(problems),
        )

    def _end(
        self, event: _Component, start: datetime | date | None, floating: tzinfo
    ) -> tuple[datetime | date | None, str]:
        """DTEND (wins over an also-present DURATION), else DTSTART+DURATION, else one day for a
        date event. An end before the start is dropped: it would schedule follow-ups in the past."""
        if start is None:
            return None, ""
        end, source = self.when(event.first("DTEND"), floating, "DTEND"), "dtend"
        if end is None and event.value("DURATION"):
            duration = _parse_duration(event.value("DURATION") or "")
            if duration is not None:
                try:
                    end, source = _add_duration(start, *duration), "duration"
                except OverflowError:
                    end = None
                if end is None or not in_range(end):
                    self.problems.append(f"DURATION {(event.value('DURATION') or '')[:40]} goes out of range; not used")
                    end = None
        if end is None:
            if isinstance(start, datetime):
                return None, ""
            return start + timedelta(days=1), "allday"
        if isinstance(start, datetime) and not isinstance(end, datetime):
            end = datetime.combine(end, time(0), tzinfo=start.tzinfo)
        elif not isinstance(start, datetime) and isinstance(end, datetime):
            end = end.date()
        return (end, source) if end >= start else (None, "")

    def _attendees(self, event: _Component) -> Iterator[Attendee]:
        for params, value in event.all("ATTENDEE"):
            person = _person(params, value)
            if person is not None:
                yield Attendee(
                    person=person,
                    role=_keyword(params.get("ROLE", "")),
                    partstat=_keyword(params.get("PARTSTAT", "")),
                    cutype=_keyword(params.get("CUTYPE", "")),
                )


def _quoted(tzid: str) -> str:
    return '"' + "".join(c for c in tzid.strip() if c.isprintable())[:60] + '"'


def zone_label(zone: tzinfo) -> str:
    """A zone as a person knows it: its IANA name where it has one."""
    return getattr(zone, "key", None) or str(zone)


def _keyword(value: str) -> str:
    """ROLE=REQ_PARTICIPANT (Yahoo) means REQ-PARTICIPANT."""
    return value.strip().upper().replace("_", "-")


def _generated_uid(event: _Component) -> str:
    """A UID for an event that has none, from what identifies it as written (not as resolved, so
    it does not depend on the user's zone): re-reading the same content gives the same UID."""
    start = event.first("DTSTART")
    parts = (
        start[0].get("TZID", "") if start else "",
        start[1].strip() if start else "",
        event.text("SUMMARY"),
        (event.value("ORGANIZER") or "").strip().lower(),
    )
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()
    return f"followup-generated-{digest[:32]}"
