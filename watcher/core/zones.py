"""Turn the zone names that calendars carry into tzinfo objects.

Producers name zones in many ways: IANA ("Europe/Paris"), Windows ("W. Europe Standard Time"),
Outlook display labels ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"), truncated
Windows names ("FLE", "Eastern"), vendor prefixes ("/mozilla.org/20050126_1/Europe/Berlin"), or
private names that only their own VTIMEZONE defines ("GMT +0100 (Standard) / GMT +0200 (Daylight)").

Policy (shared with ical.py): a name we recognise wins, because the embedded VTIMEZONE is often
wrong or stale while the IANA rules are maintained; otherwise the calendar's VTIMEZONE defines the
zone (`EmbeddedZone`); otherwise the "(UTC+07:00)" offset written in the label (`offset_from_label`,
no DST); otherwise the caller falls back to the user's zone.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import TZPATH, ZoneInfo, available_timezones

from dateutil.rrule import rrule, rrulestr

# Windows zone ids that CLDR's current windowsZones.xml (icalendar's table) no longer lists but that
# old Exchange/Outlook versions still write.
_LEGACY_WINDOWS = {
    "Alberta Standard Time": "America/Edmonton",
    "Armenian Standard Time": "Asia/Yerevan",
    "British Columbia Standard Time": "America/Vancouver",
    "Kamchatka Standard Time": "Asia/Kamchatka",
    "Mexico Standard Time": "America/Mexico_City",
    "Mexico Standard Time 2": "America/Chihuahua",
    "Mid-Atlantic Standard Time": "Etc/GMT+2",
    "Coordinated Universal Time": "Etc/UTC",
    "Greenwich Mean Time": "Etc/GMT",
}


@lru_cache(maxsize=1)
def _windows_zones() -> dict[str, str]:
    """icalendar's CLDR table, imported on first use: importing icalendar costs ~35 ms of start-up (and
    memory) that an email without a Windows zone name never needs."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    return {k.casefold(): v for k, v in {**_LEGACY_WINDOWS, **WINDOWS_TO_OLSON}.items()}


# Outlook display labels (text after "(UTC+hh:mm) ") that name no IANA city. Labels that do name one
# ("Canberra, Melbourne, Sydney") are found through the tz database itself, see `_city_zone`.
_LABELS = {
    "eastern time (us & canada)": "America/New_York",
    "central time (us & canada)": "America/Chicago",
    "mountain time (us & canada)": "America/Denver",
    "pacific time (us & canada)": "America/Los_Angeles",
    "pacific time (us & canada); tijuana": "America/Los_Angeles",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "arizona": "America/Phoenix",
    "indiana (east)": "America/Indiana/Indianapolis",
    "atlantic time (canada)": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "newfoundland and labrador": "America/St_Johns",
    "saskatchewan": "America/Regina",
    "central america": "America/Guatemala",
    "brasilia": "America/Sao_Paulo",
    "city of buenos aires": "America/Argentina/Buenos_Aires",
    "buenos aires, georgetown": "America/Argentina/Buenos_Aires",
    "salvador": "America/Bahia",
    "greenland": "America/Nuuk",
    "mid-atlantic": "Etc/GMT+2",
    "cape verde is.": "Atlantic/Cape_Verde",
    "coordinated universal time": "Etc/UTC",
    "greenwich mean time": "Europe/London",
    "west central africa": "Africa/Lagos",
    "ekaterinburg": "Asia/Yekaterinburg",
    "yangon (rangoon)": "Asia/Yangon",
    "astana": "Asia/Almaty",
    "sri jayawardenepura": "Asia/Colombo",
    "port louis": "Indian/Mauritius",
    "nuku'alofa": "Pacific/Tongatapu",
    "samoa": "Pacific/Apia",
    "solomon is., new caledonia": "Pacific/Guadalcanal",
    "international date line west": "Etc/GMT+12",
}

# Abbreviations seen as TZIDs that are not IANA keys; the most common meaning in business mail.
_ABBREVIATIONS = {
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "PT": "America/Los_Angeles",
    "MDT": "America/Denver",
    "MT": "America/Denver",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "CT": "America/Chicago",
    "EDT": "America/New_York",
    "ET": "America/New_York",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "BST": "Europe/London",
    "IST": "Asia/Kolkata",
    "CEST": "Europe/Berlin",
    "EEST": "Europe/Helsinki",
    "WEST": "Europe/Lisbon",
    "MSK": "Europe/Moscow",
    "SAST": "Africa/Johannesburg",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "ACST": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "BRT": "America/Sao_Paulo",
}

_IANA_SHAPE = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+){0,2}")
_LABEL = re.compile(r"\(\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)\s*(.*)", re.I)
_OFFSET = re.compile(r"(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?", re.I)
_BARE_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")
_REGIONS = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")


def clean_tzid(tzid: str) -> str:
    """The TZID as its author meant it: no quotes, no text escapes (Exchange writes `Bangkok\\, Hanoi`
    in the VTIMEZONE but `Bangkok, Hanoi` in the event), single spaces."""
    text = tzid.strip().strip('"').replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    return " ".join(text.split())


def tzid_key(tzid: str) -> str:
    """Key for matching an event's TZID to a VTIMEZONE despite quoting, escaping, case and Unicode form."""
    return unicodedata.normalize("NFC", clean_tzid(tzid)).casefold()


@lru_cache(maxsize=1024)
def zone_for_name(tzid: str) -> tzinfo | None:
    """The zone a TZID names, or None when the name is not one we recognise (IANA, Windows, Outlook
    label, truncated Windows name, common abbreviation). Cached: every candidate email calls this."""
    name = clean_tzid(tzid)
    if not name or len(name) > 200:
        return None
    # The case-insensitive IANA scan comes last: building its index costs tens of milliseconds once.
    return _load(name) or _windows(name) or _outlook_label(name) or _abbreviation(name) or _iana_lenient(name)


def offset_from_label(tzid: str) -> tzinfo | None:
    """A fixed offset read from the name itself ("(UTC+07:00) ...", "GMT +0100 (Standard) / ...",
    "+05:30"). A last resort: the label states the standard offset only, so DST is lost."""
    name = clean_tzid(tzid)
    match = _OFFSET.search(name) or _BARE_OFFSET.fullmatch(name)
    if match is None:
        return UTC if re.match(r"\(\s*(UTC|GMT)\s*\)", name, re.I) else None
    sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    offset = timedelta(hours=hours, minutes=minutes) * (-1 if sign == "-" else 1)
    return timezone(offset)


def _load(name: str) -> tzinfo | None:
    if len(name) > 64 or not _IANA_SHAPE.fullmatch(name):
        return None
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):  # unknown key, or a tzdata file that is no zone
        return None


@lru_cache(maxsize=1)
def _iana_index() -> dict[str, str]:
    """Every IANA key by its case-folded name. Built once, lazily: the scan takes tens of ms."""
    return {key.casefold(): key for key in available_timezones()}


@lru_cache(maxsize=1)
def _city_index() -> dict[str, str]:
    """IANA keys by their city ("kolkata" -> "Asia/Kolkata"), regional keys preferred."""
    index: dict[str, str] = {}
    for key in sorted(available_timezones(), key=lambda k: (not k.startswith(_REGIONS), k)):
        index.setdefault(key.rsplit("/", 1)[-1].replace("_", " ").casefold(), key)
    return index


def _iana_lenient(name: str) -> tzinfo | None:
    """IANA names written loosely: "Z", "america/new_york", "/mozilla.org/20050126_1/Europe/Berlin",
    "tzone://Microsoft/Utc"."""
    if name.upper() in ("Z", "UT", "UTC", "GMT"):
        return UTC
    parts = [p for p in name.split("/") if p]
    for size in (3, 2, 1):
        tail = "/".join(parts[-size:])
        if len(parts) >= size and _IANA_SHAPE.fullmatch(tail):
            key = _iana_index().get(tail.casefold())
            if key is not None:
                return _load(key)
    return None


def _windows(name: str) -> tzinfo | None:
    folded = name.casefold()
    candidates = [folded, folded.replace("daylight time", "standard time")]
    if not folded.endswith("standard time"):
        stem = folded[: -len(" time")] if folded.endswith(" time") else folded
        candidates.append(stem + " standard time")  # "FLE", "Eastern", "Pacific Time"
    table = _windows_zones()
    for candidate in candidates:
        if candidate in table:
            return _load(table[candidate])
    return None


def _plain(text: str) -> str:
    """Case-folded, accent-free, single-spaced: "Brasília" and "brasilia" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


def _outlook_label(name: str) -> tzinfo | None:
    match = _LABEL.fullmatch(name)
    if match is None:
        return None
    sign, hours, minutes, rest = match.groups()
    stated = timedelta(hours=int(hours or 0), minutes=int(minutes or 0)) * (-1 if sign == "-" else 1)
    texts = [_plain(rest)]
    if ":" in texts[0]:  # "(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London"
        texts += [t.strip() for t in texts[0].split(":")]
    for text in texts:
        if text in _LABELS:
            return _load(_LABELS[text])
    for text in texts:
        for city in re.split(r"[,;/]", text):
            zone = _city_zone(re.sub(r"\(.*?\)", "", city).strip(), stated)
            if zone is not None:
                return zone
    return None


def _city_zone(city: str, stated: timedelta) -> tzinfo | None:
    """The IANA zone of a city named in a label, if its offsets agree with the label's."""
    key = _city_index().get(city) if city else None
    zone = _load(key) if key else None
    if zone is None:
        return None
    offsets = {datetime(2020, month, 15, 12, tzinfo=zone).utcoffset() for month in (1, 7)}
    return zone if stated in offsets else None


def _abbreviation(name: str) -> tzinfo | None:
    key = _ABBREVIATIONS.get(name.upper())
    return _load(key) if key else None


# --- zones defined only by an embedded VTIMEZONE ------------------------------------------------


@dataclass(frozen=True)
class Observance:
    """One STANDARD or DAYLIGHT block of a VTIMEZONE: from `start` (local wall time), and again at
    each RRULE or RDATE onset, the offset is `offset_to`. `start` None means "always" (malformed)."""

    start: datetime | None
    offset_from: timedelta
    offset_to: timedelta
    rule: str = ""
    rdates: tuple[datetime, ...] = ()
    daylight: bool = False
    name: str = ""

    def last_onset(self, local: datetime) -> datetime | None:
        """The latest moment at or before `local` when this observance began, or None."""
        if self.start is None:
            return datetime.min
        if self.start > local:
            return None
        best = max((d for d in self.rdates if d <= local), default=self.start)
        onset = _rule_onset(self.rule, self.start, local) if self.rule else None
        return max(best, onset) if onset is not None else best


@lru_cache(maxsize=256)
def _compile_rule(text: str, start: datetime) -> tuple[rrule, int, bool] | None:
    """A VTIMEZONE RRULE as (dateutil rule, INTERVAL, has COUNT), or None when it is unusable.

    Only yearly rules are honoured (every real VTIMEZONE uses them); anything else, or a rule with a
    huge COUNT, could make evaluation slow, so its observance keeps only its DTSTART and RDATEs.
    """
    parts = dict(item.partition("=")[::2] for item in text.replace(" ", "").upper().split(";") if item)
    if parts.get("FREQ") != "YEARLY" or not parts.get("INTERVAL", "1").isdigit():
        return None
    if "COUNT" in parts and (not parts["COUNT"].isdigit() or int(parts["COUNT"]) > 500):
        return None
    if "UNTIL" in parts:  # dateutil refuses a UTC UNTIL with a naive DTSTART; minutes do not matter
        parts["UNTIL"] = parts["UNTIL"].rstrip("Z")
    try:
        rule = rrulestr(";".join(f"{k}={v}" for k, v in parts.items()), dtstart=start)
    except (ValueError, TypeError, OverflowError, IndexError, KeyError):
        return None
    return rule, max(1, int(parts.get("INTERVAL", "1"))), "COUNT" in parts


def _rule_onset(text: str, start: datetime, local: datetime) -> datetime | None:
    compiled = _compile_rule(text, start)
    if compiled is None:
        return None
    rule, interval, counted = compiled
    if not counted:  # skip the centuries between 1601 and now: 0.2 ms instead of 20 ms
        skip = max(0, (local.year - 1 - start.year) // interval) * interval
        with contextlib.suppress(ValueError):  # a 29 February start keeps its year
            rule = rule.replace(dtstart=start.replace(year=start.year + skip))
    try:
        return rule.before(local, inc=True)
    except (ValueError, OverflowError, TypeError):
        return None


class EmbeddedZone(tzinfo):
    """A zone defined by a calendar's own VTIMEZONE, for TZIDs no database knows.

    Offsets are evaluated on demand from the observances (latest onset wins) and memoised; a local
    time before every onset takes the earliest observance's TZOFFSETFROM.
    """

    def __init__(self, tzid: str, observances: Sequence[Observance]):
        if not observances:
            raise ValueError("a VTIMEZONE needs at least one STANDARD or DAYLIGHT block")
        self.tzid = tzid
        self._observances = tuple(observances)
        self._memo: dict[datetime, Observance | None] = {}

    def _at(self, local: datetime) -> tuple[timedelta, Observance | None]:
        local = local.replace(tzinfo=None, fold=0)
        if local not in self._memo:
            best: tuple[datetime, Observance] | None = None
            for candidate in self._observances:
                onset = candidate.last_onset(local)
                if onset is not None and (best is None or onset > best[0]):
                    best = (onset, candidate)
            self._memo[local] = best[1] if best else None
        observance = self._memo[local]
        if observance is not None:
            return observance.offset_to, observance
        earliest = min(self._observances, key=lambda o: o.start or datetime.min)
        return earliest.offset_from, None

    def utcoffset(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return self._observances[0].offset_to
        return self._at(dt)[0]

    def dst(self, dt: datetime | None) -> timedelta:
        if dt is None:
            return timedelta(0)
        offset, observance = self._at(dt)
        if observance is None or not observance.daylight:
            return timedelta(0)
        standard = [o.offset_to for o in self._observances if not o.daylight]
        return offset - standard[0] if standard else timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        observance = self._at(dt)[1] if dt is not None else None
        return (observance.name if observance and observance.name else self.tzid) or "VTIMEZONE"

    def fromutc(self, dt: datetime) -> datetime:
        """UTC to local: the offset whose local time maps back to it (the default needs dst())."""
        utc = dt.replace(tzinfo=None)
        offsets = {o.offset_to for o in self._observances} | {o.offset_from for o in self._observances}
        for offset in sorted(offsets):
            local = utc + offset
            if self._at(local)[0] == offset:
                return local.replace(tzinfo=self)
        return (utc + self._at(utc)[0]).replace(tzinfo=self)

    def __repr__(self) -> str:
        return f"EmbeddedZone({self.tzid!r})"


# --- zones named in prose: "<city> time", an office city, a sender's country --------------------

_US_E, _US_C, _US_M, _US_P = "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"
# Cities people write that are not the key city of an IANA zone ("Houston time", "our Munich office").
_CITIES: dict[str, str] = {
    **dict.fromkeys(
        [
            "new york city",
            "nyc",
            "brooklyn",
            "manhattan",
            "boston",
            "washington",
            "washington dc",
            "atlanta",
            "philadelphia",
            "pittsburgh",
            "miami",
            "charlotte",
            "raleigh",
            "durham",
            "baltimore",
            "orlando",
            "tampa",
            "columbus",
            "cleveland",
            "jersey city",
            "newark",
            "hartford",
            "providence",
            "ottawa",
            "montreal",
            "montréal",
            "quebec",
            "québec",
            "quebec city",
        ],
        _US_E,
    ),
    **dict.fromkeys(
        [
            "houston",
            "dallas",
            "austin",
            "san antonio",
            "minneapolis",
            "st. louis",
            "saint louis",
            "kansas city",
            "nashville",
            "new orleans",
            "milwaukee",
            "omaha",
            "fort worth",
            "plano",
            "madison",
            "des moines",
        ],
        _US_C,
    ),
    **dict.fromkeys(["salt lake city", "boulder", "albuquerque", "colorado springs", "calgary"], _US_M),
    "phoenix": "America/Phoenix",
    "scottsdale": "America/Phoenix",
    "tempe": "America/Phoenix",
    **dict.fromkeys(
        [
            "seattle",
            "san francisco",
            "sf",
            "bay area",
            "silicon valley",
            "san diego",
            "san jose",
            "palo alto",
            "mountain view",
            "menlo park",
            "sunnyvale",
            "oakland",
            "portland",
            "sacramento",
            "redmond",
            "bellevue",
            "irvine",
            "santa monica",
            "las vegas",
        ],
        _US_P,
    ),
    **dict.fromkeys(
        [
            "munich",
            "münchen",
            "frankfurt",
            "hamburg",
            "cologne",
            "köln",
            "düsseldorf",
            "dusseldorf",
            "stuttgart",
            "leipzig",
            "dresden",
            "nuremberg",
            "nürnberg",
            "hannover",
            "bremen",
        ],
        "Europe/Berlin",
    ),
    **dict.fromkeys(["lyon", "marseille", "toulouse", "nantes", "bordeaux", "lille", "nice"], "Europe/Paris"),
    **dict.fromkeys(["barcelona", "valencia", "seville", "sevilla", "bilbao", "málaga", "malaga"], "Europe/Madrid"),
    **dict.fromkeys(
        ["milan", "milano", "turin", "torino", "florence", "firenze", "naples", "napoli", "roma", "bologna"],
        "Europe/Rome",
    ),
    **dict.fromkeys(["lisboa", "porto", "braga"], "Europe/Lisbon"),
    **dict.fromkeys(
        ["rio de janeiro", "belo horizonte", "curitiba", "porto alegre", "brasília", "brasilia", "campinas"],
        "America/Sao_Paulo",
    ),
    **dict.fromkeys(["geneva", "genève", "basel", "bern", "lausanne"], "Europe/Zurich"),
    **dict.fromkeys(
        ["manchester", "edinburgh", "glasgow", "bristol", "leeds", "birmingham", "belfast", "cardiff", "oxford"],
        "Europe/London",
    ),
    **dict.fromkeys(["rotterdam", "utrecht", "eindhoven", "the hague"], "Europe/Amsterdam"),
    **dict.fromkeys(["antwerp", "ghent"], "Europe/Brussels"),
    **dict.fromkeys(["krakow", "kraków", "wroclaw", "wrocław", "gdansk"], "Europe/Warsaw"),
    # German adjectives of cities ("unser Münchner Büro")
    **dict.fromkeys(
        [
            "berliner",
            "münchner",
            "hamburger",
            "frankfurter",
            "kölner",
            "stuttgarter",
            "düsseldorfer",
            "leipziger",
            "dresdner",
            "nürnberger",
            "hannoveraner",
            "bremer",
        ],
        "Europe/Berlin",
    ),
    "wiener": "Europe/Vienna",
    "wien": "Europe/Vienna",
    "zürcher": "Europe/Zurich",
    "basler": "Europe/Zurich",
    "porto": "Europe/Lisbon",
    "gothenburg": "Europe/Stockholm",
    "tel aviv": "Asia/Jerusalem",
    **dict.fromkeys(
        [
            "bangalore",
            "bengaluru",
            "mumbai",
            "delhi",
            "new delhi",
            "hyderabad",
            "pune",
            "chennai",
            "gurgaon",
            "gurugram",
            "noida",
        ],
        "Asia/Kolkata",
    ),
    **dict.fromkeys(["beijing", "shenzhen", "hangzhou", "guangzhou"], "Asia/Shanghai"),
    "osaka": "Asia/Tokyo",
    "cape town": "Africa/Johannesburg",
    "abu dhabi": "Asia/Dubai",
    "rio de janeiro": "America/Sao_Paulo",
    **dict.fromkeys(["ciudad de mexico", "cdmx", "guadalajara", "monterrey"], "America/Mexico_City"),
    "buenos aires": "America/Argentina/Buenos_Aires",
    "kolkata": "Asia/Kolkata",
    "calcutta": "Asia/Kolkata",
}
# A country with one zone, by its country-code top-level domain and its telephone prefix.
_COUNTRIES: dict[str, str] = {
    "uk": "Europe/London", "gb": "Europe/London", "ie": "Europe/Dublin", "de": "Europe/Berlin",
    "fr": "Europe/Paris", "es": "Europe/Madrid", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
    "be": "Europe/Brussels", "ch": "Europe/Zurich", "at": "Europe/Vienna", "se": "Europe/Stockholm",
    "dk": "Europe/Copenhagen", "no": "Europe/Oslo", "fi": "Europe/Helsinki", "pl": "Europe/Warsaw",
    "cz": "Europe/Prague", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "sg": "Asia/Singapore", "in": "Asia/Kolkata",
    "il": "Asia/Jerusalem", "ae": "Asia/Dubai", "za": "Africa/Johannesburg", "nz": "Pacific/Auckland",
    "hk": "Asia/Hong_Kong", "co": "America/Bogota", "pe": "America/Lima", "ar": "America/Argentina/Buenos_Aires",
}  # fmt: skip
PHONE_PREFIXES: dict[str, str] = {
    "44": "uk", "353": "ie", "49": "de", "33": "fr", "34": "es", "39": "it", "31": "nl", "32": "be",
    "41": "ch", "43": "at", "46": "se", "45": "dk", "47": "no", "358": "fi", "48": "pl", "420": "cz",
    "351": "pt", "81": "jp", "82": "kr", "65": "sg", "91": "in", "972": "il", "971": "ae", "27": "za",
    "64": "nz", "852": "hk", "57": "co", "51": "pe", "54": "ar",
}  # fmt: skip
_COUNTRIES["pt"] = "Europe/Lisbon"
# North American area codes of large metropolitan areas, by zone: a US or Canadian number in a signature
# ("713-853-5290") says where its writer sits, where "+1" alone spans six zones. Only codes wholly inside one zone.
_AREA_CODES_BY_ZONE = {
    "America/New_York": (
        "201 202 203 212 215 216 234 239 240 248 267 301 302 305 313 315 321 330 332 339 347 351 386 401 404 407 "
        "410 412 413 416 434 440 443 470 475 484 508 513 516 518 551 561 571 585 586 603 607 609 610 614 617 631 "
        "646 647 678 703 704 716 718 727 732 734 740 754 757 770 772 774 781 786 802 804 813 828 843 845 848 856 "
        "857 860 862 878 904 908 910 914 917 919 929 937 941 954 973 978 980 984"
    ),
    "America/Chicago": (
        "205 210 214 217 224 225 251 254 256 262 281 309 312 314 316 318 319 320 331 334 337 346 361 402 405 409 "
        "414 417 430 432 469 479 501 504 507 512 515 563 573 601 608 612 615 618 629 630 636 641 651 662 682 708 "
        "713 726 731 737 763 773 779 806 815 816 817 830 832 847 870 872 901 903 913 918 920 936 940 952 956 972 "
        "979 985"
    ),
    "America/Denver": ("303 307 385 406 505 575 719 720 801 970"),
    "America/Phoenix": ("480 520 602 623"),
    "America/Los_Angeles": (
        "206 209 213 253 279 310 323 341 360 408 415 424 425 442 503 510 530 559 562 564 604 619 626 628 650 657 "
        "661 669 702 707 714 725 747 760 775 778 805 818 831 858 909 916 925 949 951 971"
    ),
}
_AREA_CODES: dict[str, str] = {code: zone for zone, codes in _AREA_CODES_BY_ZONE.items() for code in codes.split()}


def area_code_zone(code: str) -> tzinfo | None:
    """The zone of a North American area code ("713" -> Central), or None when the code is not one whose
    whole area keeps one zone (or is not known here)."""
    key = _AREA_CODES.get(code)
    return _load(key) if key else None


@lru_cache(maxsize=1)
def _plain_cities() -> dict[str, str]:
    return {_plain(city): key for city, key in _CITIES.items()}


_CITY_REGIONS = ("America/", "Europe/", "Asia/", "Africa/", "Australia/", "Pacific/", "Atlantic/", "Indian/")
_LOWER_IN_KEYS = frozenset(("of", "es", "de", "au"))  # "Port_of_Spain", "Dar_es_Salaam", "Port-au-Prince"


# Old aliases of the tz database that are words of an address, not cities ("1400 Route 9 North", "the ACT").
_NO_CITIES = frozenset({"north", "south", "west", "act", "nsw", "lhi"})


@lru_cache(maxsize=2048)
def city_zone(name: str) -> tzinfo | None:
    """The zone of a city written in prose ("Houston", "Phoenix", "São Paulo"), or None for anything else.
    Only cities: the key cities of the tz database's regions (looked up by name, without listing the whole
    database: that scan costs tens of milliseconds, a start-up `inspect` cannot afford it) and a table of
    large cities that are no key of their own."""
    plain = _plain(name).strip(" .,")
    if not plain or len(plain) > 40 or plain in _NO_CITIES:
        return None
    key = _plain_cities().get(plain)
    if key is not None:
        return _load(key)
    if not re.fullmatch(r"[a-z]+(?: [a-z]+){0,3}", plain):
        return None
    folders = _tz_folders()
    if not folders:  # zone data only in the tzdata package: ask the whole index once
        found = _city_index().get(plain)
        return _load(found) if found and found.startswith(_CITY_REGIONS) else None
    stem = "_".join(w if w in _LOWER_IN_KEYS else w.capitalize() for w in plain.split())
    for region in _CITY_REGIONS:
        key = region + stem
        # A stat per folder: a missing key asked of ZoneInfo would import the tzdata package (~25 ms).
        if any(os.path.isfile(os.path.join(folder, key)) for folder in folders):
            return _load(key)
    return None


@lru_cache(maxsize=1)
def _tz_folders() -> tuple[str, ...]:
    return tuple(folder for folder in TZPATH if os.path.isdir(folder))


def country_zone(country: str) -> tzinfo | None:
    """The zone of a country with one zone, by its two-letter code ("uk", "de"), or None."""
    key = _COUNTRIES.get(country.casefold())
    return _load(key) if key else None


def windows_zone(name: str) -> tzinfo | None:
    """A Windows zone id written in text ("W. Europe Standard Time", "GMT Standard Time"), or None."""
    return _windows(" ".join(name.split()))
