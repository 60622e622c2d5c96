"""watcher.core.ical and watcher.core.zones: every real-world calendar in tests/data/realworld (expected
values from its MANIFEST.tsv), then each producer quirk on its own, then hostile input."""

from __future__ import annotations

import csv
import email
import random
from datetime import UTC, date, datetime, timedelta, tzinfo
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.paths import TESTS
from watcher.core.ical import parse_calendar
from watcher.core.zones import EmbeddedZone, offset_from_label, zone_for_name
from watcher.errors import ParseError
from watcher.model import Attendee, CalendarEvent, Person

DATA = TESTS / "data" / "realworld"
NY = ZoneInfo("America/New_York")
with (DATA / "MANIFEST.tsv").open(encoding="utf-8", newline="") as _manifest:
    MANIFEST = {row["file"]: row for row in csv.DictReader(_manifest, delimiter="\t")}

# Rows whose expected values are not UTC instants: the dates / local times their notes document.
SPECIAL = {
    "google-allday-dtstart-date-no-dtend.ics": (date(2012, 6, 30), date(2012, 7, 1), "allday"),
    "nextcloud-allday-yearly.ics": (date(2025, 7, 1), date(2025, 7, 2), "dtend"),
    "floating-bare-vevent-no-vcalendar.ics": (
        datetime(2014, 4, 9, 9, 30, tzinfo=NY),
        datetime(2014, 4, 9, 10, 30, tzinfo=NY),
        "dtend",
    ),
}


def calendar_part(path: Path) -> tuple[bytes, str | None]:
    """The calendar data of a test file and the `method=` of its MIME part (None for .ics files).

    Emails: the first text/calendar or application/ics part, transfer-decoded by the stdlib.
    """
    raw = path.read_bytes()
    if path.suffix == ".ics":
        return raw, None
    message = email.message_from_bytes(raw, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() in ("text/calendar", "application/ics"):
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload, part.get_param("method")
    raise AssertionError(f"{path.name} has no calendar part")


def read(name: str, default_tz: tzinfo = NY) -> list[CalendarEvent]:
    data, hint = calendar_part(DATA / name)
    return parse_calendar(data, default_tz, method_hint=hint)


def utc(moment: datetime | date | None) -> str:
    assert isinstance(moment, datetime), moment
    assert moment.tzinfo is not None and moment.utcoffset() is not None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def one(ics: str, default_tz: tzinfo = NY, method_hint: str | None = None) -> CalendarEvent:
    events = parse_calendar(ics, default_tz, method_hint=method_hint)
    assert len(events) == 1, events
    return events[0]


def vevent(*lines: str, uid: str = "u1") -> str:
    """A minimal calendar around the given VEVENT lines."""
    body = "\n".join(lines)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:{uid}\n{body}\nEND:VEVENT\nEND:VCALENDAR\n"


# --- the real-world corpus -------------------------------------------------------------------------


def test_every_data_file_is_in_the_manifest() -> None:
    files = {p.name for p in DATA.iterdir()} - {"MANIFEST.tsv", "README.md"}
    assert files == set(MANIFEST)
    specials = {f for f, row in MANIFEST.items() if row["expected_start_utc"] in ("allday", "floating")}
    assert specials == set(SPECIAL)


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_realworld_first_event(name: str) -> None:
    row = MANIFEST[name]
    first = read(name)[0]
    assert first.method == (None if row["method"] == "none" else row["method"])
    if name in SPECIAL:
        start, end, end_source = SPECIAL[name]
        assert (first.start, first.end, first.end_source) == (start, end, end_source)
        assert type(first.start) is type(start)
    else:
        assert utc(first.start) == row["expected_start_utc"]
        assert utc(first.end) == row["expected_end_utc"]
        assert first.end_source == ("duration" if name == "google-duration-instead-of-dtend.ics" else "dtend")
    assert first.uid


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("exchange-windows-tz-names-publish.ics", 4),
        ("exchange-owa-display-name-tzids.ics", 4),
        ("apple-macos-x-wr-timezone-status.ics", 4),
        ("google-x-wr-timezone-utc-times.ics", 2),
    ],
)
def test_realworld_files_with_several_events_keep_them_all(name: str, count: int) -> None:
    assert len(read(name)) == count


def test_quote_swallowing_the_value_is_repaired_and_the_other_events_kept() -> None:
    events = read("exchange-windows-tz-names-publish.ics")
    assert [e.summary for e in events] == [
        "test",
        "Log Yesterday's Jira time",
        "Not the actual summary 1",
        "Not the actual summary either",
    ]
    broken = events[1]
    assert broken.start == datetime(2020, 6, 9, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert utc(broken.start) == "2020-06-09T07:00:00Z"
    assert utc(broken.end) == "2020-06-09T07:30:00Z"
    assert broken.rrule == "FREQ=WEEKLY;UNTIL=20210309T080000Z;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR,SA;WKST=MO"
    assert utc(events[2].start) == "2020-09-15T15:30:00Z"  # Pacific Standard Time, PDT in September


def test_outlook_display_names_follow_dst() -> None:
    events = read("exchange-owa-display-name-tzids.ics")
    assert events[0].summary == "TEST Syd"  # leading space stripped
    assert events[0].start.utcoffset() == timedelta(hours=11)  # AEDT, not the label's +10
    assert utc(events[1].start) == "2020-10-28T17:30:00Z"  # Eastern, still EDT
    assert utc(events[2].start) == "2020-11-02T18:30:00Z"  # Eastern, EST after 1 November
    assert events[3].rrule == "FREQ=WEEKLY;UNTIL=20210828T140000Z;INTERVAL=1;BYDAY=TH,FR;WKST=SU"


def test_apple_statuses_and_zone_without_vtimezone() -> None:
    events = read("apple-macos-x-wr-timezone-status.ics")
    assert [e.status for e in events] == ["TENTATIVE", "CONFIRMED", "CANCELLED", ""]
    assert utc(events[1].start) == "2022-07-05T16:00:00Z"  # TZID America/Vancouver, no VTIMEZONE
    assert events[0].organizer == Person("", "tentative@example.com")
    assert events[0].attendees == (
        Attendee(
            Person("tentative@example.com", "tentative@example.com"), "REQ-PARTICIPANT", "TENTATIVE", "INDIVIDUAL"
        ),
    )


def test_x_wr_timezone_does_not_move_utc_times() -> None:
    events = read("google-x-wr-timezone-utc-times.ics")
    assert [utc(e.start) for e in events] == ["2021-12-22T17:00:00Z", "2021-12-23T02:00:00Z"]
    assert events[1].start.tzinfo is UTC


def test_yahoo_relayed_cancel() -> None:
    event = read("yahoo-relayed-cancel-method-mismatch.eml")[0]
    assert event.method == "CANCEL"  # the ICS wins over the MIME header's method=REQUEST
    assert event.cancelled
    assert event.status == "CONFIRMED"  # duplicated STATUS: the first
    assert {a.role for a in event.attendees} == {"REQ-PARTICIPANT"}  # was REQ_PARTICIPANT
    assert event.organizer == Person("Neeraj Ladkani", "neladk@microsoft.com")
    assert event.rrule == "FREQ=WEEKLY;WKST=SU;UNTIL=20191119T173000Z;INTERVAL=4;BYDAY=TU"
    assert event.conference.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_MDU1NDM2Y2E")
    assert event.sequence == 1


def test_mime_method_used_only_when_the_calendar_has_none() -> None:
    assert read("notes-style-undefined-tzid-fle.eml")[0].method == "REQUEST"
    data, _ = calendar_part(DATA / "yahoo-relayed-cancel-method-mismatch.eml")
    assert parse_calendar(data, NY, method_hint="request")[0].method == "CANCEL"


def test_zoom_webinar_quirks() -> None:
    event = read("zoom-webinar-registration.eml")[0]
    assert event.sequence == 1773423967
    assert event.organizer == Person("Zoom Webinar", "no-reply@zoom.us")
    assert event.conference.startswith("https://zoom.us/w/92287324493?tk=")
    assert event.attendees == (Attendee(Person("Friend", "linux-wpan@vger.kernel.org"), "REQ-PARTICIPANT"),)


def test_teams_and_meet_links() -> None:
    teams = read("teams-meeting-invite-fle-finnish.eml")[0]
    assert teams.conference == (
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_MGU5NmI2ZGYtOWZmOC00Y2ZmLWJlOTItNjUxNjA5YjUyYTYy"
        "%40thread.v2/0?context=%7b%22Tid%22%3a%222fd0c1c5-18e1-40c4-9f0d-a0363ca80a3c%22%2c%22Oid%22%3a%2214464d09"
        "-ceb8-458c-a61c-717f1e5c66c5%22%7d"
    )
    assert teams.organizer == Person("Marge", "marge@example.com")
    assert read("google-invite-utc.eml")[0].conference == "https://meet.google.com/ioi-aqwe-wms"
    assert read("google-meet-invite-swedish-qp.eml")[0].conference == "https://meet.google.com/pyb-ndcu-hhc"
    assert read("zoom-ics-attached-to-reply.eml")[0].conference == (
        "https://us02web.zoom.us/j/9396880476?pwd=a2gyYkVpRjhBZEthQUQzcEF2QjRXUT09"
    )


def test_google_update_keeps_sequence_but_newer_dtstamp() -> None:
    original = read("google-invite-utc.eml")[0]
    update = read("google-updated-invite-sequence0.eml")[0]
    assert original.uid == update.uid == "3k4b3urjjcs9pef2euo9aa87sv@google.com"
    assert original.sequence == update.sequence == 0
    assert update.version > original.version
    assert update.dtstamp == datetime(2020, 1, 30, 23, 40, 10, tzinfo=UTC)


def test_occurrence_cancels_and_moves_carry_recurrence_id() -> None:
    google = read("google-cancel-occurrence-with-note.eml")[0]
    assert (google.status, google.sequence) == ("CANCELLED", 9)
    assert google.recurrence_id == datetime(2021, 2, 9, 18, 0, tzinfo=UTC)
    outlook = read("outlook-exchange-pst-cancel-one-occurrence.eml")[0]
    assert outlook.recurrence_id == datetime(2019, 12, 24, 9, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
    moved = read("outlook-exchange-pst-exception-moved.eml")[0]
    assert utc(moved.recurrence_id) == "2019-07-09T16:30:00Z"
    assert moved.sequence == 4
    assert read("google-updated-exception-moved.eml")[0].recurrence_id == datetime(2025, 2, 11, 18, 0, tzinfo=UTC)


def test_alarm_properties_do_not_leak_into_the_event() -> None:
    event = read("nextcloud-allday-yearly.ics")[0]  # includes TRIGGER:-P1W6DT15H
    assert (event.summary, event.description, event.rrule) == ("Foobar", "", "FREQ=YEARLY")
    google = read("google-synced-monthly-rrule-utc.eml")[0]
    assert google.description == "AppArmor month IRC meeting"
    assert "apparmor@lists.ubuntu.com" in {a.person.email for a in google.attendees}
    assert len(google.attendees) == 6  # the VALARM's ATTENDEE is not one


def test_files_without_uid_get_a_stable_generated_one() -> None:
    first = read("exchange-cdo-request-custom-tzid-spaced-byday.ics")[0]
    again = read("exchange-cdo-request-custom-tzid-spaced-byday.ics", default_tz=ZoneInfo("Asia/Tokyo"))[0]
    assert first.uid == again.uid
    assert first.uid.startswith("followup-generated-")
    assert first.rrule == "FREQ=DAILY;UNTIL=20150722T080000Z;INTERVAL=1;BYDAY=MO, TU, WE, TH, FR;WKST=SU"
    assert isinstance(first.start.tzinfo, EmbeddedZone)  # only its VTIMEZONE knows this name
    owa = read("exchange-owa-display-name-tzids.ics")
    assert len({e.uid for e in owa}) == 4


def test_multiline_summary_without_folding() -> None:
    event = read("handmade-bogus-vtimezone-kolkata.eml")[0]
    assert (
        event.summary.splitlines()[1] == '19:15 - 20:00 -- "Introduction to GNU Radio Series, Part 1" by Neel Pandeya'
    )
    assert len(event.summary.splitlines()) == 5
    assert event.url == "https://www.softwaredefinedradio.in/events"
    assert event.start.tzinfo == ZoneInfo("Asia/Kolkata")


def test_people_from_realworld_files() -> None:
    cancel = read("testdata-cancel-single-dtend-and-duration.eml")[0]
    assert cancel.organizer == Person("Sender", "sender@example.com")
    assert [(a.person.name, a.partstat, a.cutype) for a in cancel.attendees] == [
        ("Sender", "ACCEPTED", "INDIVIDUAL"),
        ("Receiver", "NEEDS-ACTION", "INDIVIDUAL"),
        ("Other", "NEEDS-ACTION", "INDIVIDUAL"),
    ]
    lotus = read("lotus-notes-request-rrule-with-tzid.ics")[0]
    assert lotus.rrule == "FREQ=DAILY;COUNT=5"
    assert lotus.attendees[0] == Attendee(
        Person("iCal Chair/CoffeeBean", "icalchair@coffeebean.com"), "CHAIR", "ACCEPTED"
    )
    blank = read("exchange-blank-tzid.ics")[0]
    assert blank.location == "17 Commerce Crescent,Eastgate"
    assert blank.organizer == Person("Bruce Roberts", "roberts@company.com")


# --- zone names ------------------------------------------------------------------------------------


def offset_on(tzid: str, when: datetime) -> timedelta | None:
    zone = zone_for_name(tzid)
    assert zone is not None, tzid
    return when.replace(tzinfo=zone).utcoffset()


@pytest.mark.parametrize(
    ("tzid", "when", "hours"),
    [
        ("Europe/Paris", datetime(2021, 7, 1, 12), 2),
        ("america/new_york", datetime(2021, 1, 1, 12), -5),
        ("/mozilla.org/20050126_1/Europe/Berlin", datetime(2021, 1, 1, 12), 1),
        ("Pacific Standard Time", datetime(2021, 7, 1, 12), -7),
        ("Pacific Daylight Time", datetime(2021, 1, 1, 12), -8),
        ("FLE Standard Time", datetime(2021, 7, 1, 12), 3),
        ("W. Europe Standard Time", datetime(2021, 1, 1, 12), 1),
        ("New Zealand Standard Time", datetime(2019, 11, 20, 13), 13),
        ("FLE", datetime(2021, 10, 26, 9), 3),
        ("Eastern", datetime(2005, 4, 11, 9), -4),
        ("(UTC-05:00) Eastern Time (US & Canada)", datetime(2021, 7, 1, 12), -4),
        ("(GMT+10:00) Canberra, Melbourne, Sydney", datetime(2020, 10, 28, 13), 11),
        ("(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta", datetime(2019, 4, 30, 9), 7),
        ("(UTC-03:00) Brasília", datetime(2017, 5, 11, 13), -3),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", datetime(2021, 7, 1), 2),
        ("(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi", datetime(2021, 7, 1), 5.5),
        ("(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London", datetime(2021, 7, 1), 1),
        ('"Asia/Tokyo"', datetime(2021, 7, 1), 9),
        ("PST", datetime(2021, 7, 1), -7),
    ],
)
def test_zone_names(tzid: str, when: datetime, hours: float) -> None:
    assert offset_on(tzid, when) == timedelta(hours=hours)


@pytest.mark.parametrize(
    "tzid",
    ["", "GMT +0100 (Standard) / GMT +0200 (Daylight)", "Mars/Olympus_Mons", "zone.tab", "../../etc/passwd", "x" * 500],
)
def test_unrecognised_zone_names(tzid: str) -> None:
    assert zone_for_name(tzid) is None


def test_offset_from_label() -> None:
    assert offset_from_label("GMT +0100 (Standard) / GMT +0200 (Daylight)").utcoffset(None) == timedelta(hours=1)
    assert offset_from_label("(UTC-03:30) Somewhere").utcoffset(None) == timedelta(hours=-3, minutes=-30)
    assert offset_from_label("+0530").utcoffset(None) == timedelta(hours=5, minutes=30)
    assert offset_from_label("Mars/Olympus_Mons") is None


# --- time zones in events --------------------------------------------------------------------------

CUSTOM_TZ = """BEGIN:VTIMEZONE
TZID:Custom Rules
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE"""


def test_custom_tzid_follows_its_vtimezone_rules_including_dst() -> None:
    ics = (
        "BEGIN:VCALENDAR\n" + CUSTOM_TZ + "\n"
        "BEGIN:VEVENT\nUID:w\nDTSTART;TZID=Custom Rules:20230115T100000\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:s\nDTSTART;TZID=Custom Rules:20230715T100000\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:edge\nDTSTART;TZID=Custom Rules:20230326T013000\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:after\nDTSTART;TZID=Custom Rules:20230326T033000\nEND:VEVENT\n"
        "END:VCALENDAR\n"
    )
    winter, summer, before_switch, after_switch = parse_calendar(ics, NY)
    assert utc(winter.start) == "2023-01-15T09:00:00Z"
    assert utc(summer.start) == "2023-07-15T08:00:00Z"
    assert utc(before_switch.start) == "2023-03-26T00:30:00Z"
    assert utc(after_switch.start) == "2023-03-26T01:30:00Z"
    assert summer.start.astimezone(UTC).astimezone(summer.start.tzinfo) == summer.start  # fromutc round trip


def test_vtimezone_after_the_event_and_escaped_tzid() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\n"
        'DTSTART;TZID="(UTC+08:00) Foo, Bar":20230115T100000\nEND:VEVENT\n'
        "BEGIN:VTIMEZONE\nTZID:(UTC+08:00) Foo\\, Bar\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
        "TZOFFSETFROM:+0830\nTZOFFSETTO:+0830\nEND:STANDARD\nEND:VTIMEZONE\nEND:VCALENDAR\n"
    )
    assert one(ics).start.utcoffset() == timedelta(hours=8, minutes=30)  # the VTIMEZONE beats the label


def test_empty_tzid_uses_the_empty_tzid_vtimezone() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:\nBEGIN:STANDARD\nDTSTART:16010101T000000\n"
        "TZOFFSETFROM:+0200\nTZOFFSETTO:+0200\nEND:STANDARD\nEND:VTIMEZONE\n"
        "BEGIN:VEVENT\nUID:a\nDTSTART;TZID=:20150826T090000\nDTEND;TZID=:20150826T100000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    event = one(ics)
    assert (utc(event.start), utc(event.end)) == ("2015-08-26T07:00:00Z", "2015-08-26T08:00:00Z")


def test_recognised_name_wins_over_a_bogus_vtimezone() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Asia/Kolkata\nBEGIN:STANDARD\nTZOFFSETFROM:+0200\n"
        "TZOFFSETTO:+0100\nEND:STANDARD\nBEGIN:EVENING\nTZOFFSETTO:+0200\nEND:EVENING\nEND:VTIMEZONE\n"
        "BEGIN:VEVENT\nUID:a\nDTSTART;TZID=Asia/Kolkata:20210724T190000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert utc(one(ics).start) == "2021-07-24T13:30:00Z"


def test_unknown_tzid_without_vtimezone_falls_back() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    event = one(vevent("DTSTART;TZID=Mars/Olympus_Mons:20230115T100000"), default_tz=tokyo)
    assert event.start == datetime(2023, 1, 15, 10, 0, tzinfo=tokyo)
    labelled = one(vevent("DTSTART;TZID=GMT +0100 (Standard) / GMT +0200 (Daylight):20230715T100000"))
    assert utc(labelled.start) == "2023-07-15T09:00:00Z"  # the label's offset; DST unknown without VTIMEZONE


def test_x_wr_timezone_applies_to_floating_times_only() -> None:
    ics = (
        "BEGIN:VCALENDAR\nX-WR-TIMEZONE:Europe/Brussels\n"
        "BEGIN:VEVENT\nUID:f\nDTSTART:20210916T210000\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:z\nDTSTART:20210916T210000Z\nEND:VEVENT\n"
        "BEGIN:VEVENT\nUID:t\nDTSTART;TZID=America/Chicago:20210916T210000\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    floating, in_utc, zoned = parse_calendar(ics, NY)
    assert utc(floating.start) == "2021-09-16T19:00:00Z"
    assert utc(in_utc.start) == "2021-09-16T21:00:00Z"
    assert utc(zoned.start) == "2021-09-17T02:00:00Z"


def test_floating_time_without_x_wr_timezone_is_in_the_users_zone() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    assert one(vevent("DTSTART:20230115T100000"), default_tz=tokyo).start == datetime(2023, 1, 15, 10, tzinfo=tokyo)


def test_utc_offset_suffix_is_tolerated() -> None:
    assert utc(one(vevent("DTSTART:2023-01-15T10:00:00+02:00")).start) == "2023-01-15T08:00:00Z"


# --- ends ------------------------------------------------------------------------------------------


def test_dtend_wins_over_duration() -> None:
    event = one(vevent("DTSTART:20220316T110000Z", "DURATION:PT1H", "DTEND:20220316T113000Z"))
    assert (utc(event.end), event.end_source) == ("2022-03-16T11:30:00Z", "dtend")


def test_dtend_before_dtstart_in_property_order() -> None:
    event = one(vevent("DTEND:20220704T235000Z", "SUMMARY:x", "DTSTART:20220704T230000Z"))
    assert (utc(event.start), utc(event.end)) == ("2022-07-04T23:00:00Z", "2022-07-04T23:50:00Z")


def test_duration_days_are_nominal_and_hours_exact_across_dst() -> None:
    nominal = one(vevent("DTSTART;TZID=America/New_York:20210313T120000", "DURATION:P1D"))
    exact = one(vevent("DTSTART;TZID=America/New_York:20210313T120000", "DURATION:PT24H"))
    assert nominal.end == datetime(2021, 3, 14, 12, 0, tzinfo=NY)
    assert exact.end == datetime(2021, 3, 14, 13, 0, tzinfo=NY)
    assert (nominal.end_source, exact.end_source) == ("duration", "duration")
    assert one(vevent("DTSTART:20210313T120000Z", "DURATION:PT45M")).end == datetime(2021, 3, 13, 12, 45, tzinfo=UTC)


def test_all_day_ends() -> None:
    bare = one(vevent("DTSTART;VALUE=DATE:20240229"))
    assert (bare.start, bare.end, bare.end_source, bare.all_day) == (
        date(2024, 2, 29),
        date(2024, 3, 1),
        "allday",
        True,
    )
    longer = one(vevent("DTSTART;VALUE=DATE:20240229", "DURATION:P2D"))
    assert (longer.end, longer.end_source) == (date(2024, 3, 2), "duration")
    without_value_param = one(vevent("DTSTART:20240229", "DTEND:20240301"))
    assert (without_value_param.start, without_value_param.end) == (date(2024, 2, 29), date(2024, 3, 1))


def test_timed_event_without_end_states_none() -> None:
    event = one(vevent("DTSTART:20240229T100000Z"))
    assert (event.end, event.end_source) == (None, "")


def test_end_before_start_is_dropped() -> None:
    event = one(vevent("DTSTART:20240229T100000Z", "DTEND:20240229T090000Z"))
    assert (event.end, event.end_source) == (None, "")


def test_invalid_duration_is_ignored() -> None:
    event = one(vevent("DTSTART:20240229T100000Z", "DURATION:P1W6DT15H"))  # weeks and days: tolerated
    assert event.end == datetime(2024, 3, 14, 1, 0, tzinfo=UTC)
    assert one(vevent("DTSTART:20240229T100000Z", "DURATION:soon")).end is None
    assert one(vevent("DTSTART:20240229T100000Z", "DURATION:P999999W")).end is None  # past year 9999


# --- properties ------------------------------------------------------------------------------------


def test_bare_vevent_no_trailing_newline_uses_the_hint() -> None:
    event = one("BEGIN:VEVENT\nUID:x\nDTSTART:20240101T100000Z\nEND:VEVENT", method_hint=" request ")
    assert (event.uid, event.method, utc(event.start)) == ("x", "REQUEST", "2024-01-01T10:00:00Z")


def test_no_method_anywhere_is_none() -> None:
    assert one(vevent("DTSTART:20240101T100000Z")).method is None


def test_crlf_lf_and_cr_give_the_same_events() -> None:
    text = vevent("DTSTART:20240101T100000Z", "SUMMARY:Interview", "DESCRIPTION:a\\nb")
    results = {tuple(parse_calendar(text.replace("\n", sep), NY)) for sep in ("\n", "\r\n", "\r")}
    assert len(results) == 1
    assert parse_calendar(text.encode(), NY) == parse_calendar(text, NY)


def test_folded_lines_including_inside_parameters() -> None:
    event = one(
        vevent(
            "DTSTART;TZID=Europe/Ber",
            " lin:20240101T100000",
            "SUMMARY:Inter",
            "\tview with Ada",
            'ATTENDEE;CN="Lovelace, Ada";PARTSTAT=ACC',
            " EPTED:mailto:ada@EXAMPLE.org",
        )
    )
    assert event.start == datetime(2024, 1, 1, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    assert event.summary == "Interview with Ada"
    assert event.attendees == (Attendee(Person("Lovelace, Ada", "ada@example.org"), "", "ACCEPTED"),)


def test_mixed_case_content() -> None:
    ics = (
        "begin:vcalendar\nmethod:request\nBegin:VEvent\nuid:abc\nDtStart;tzid=europe/berlin:20240101T100000\n"
        "Summary:Hello\nend:vevent\nEND:VCALENDAR"
    )
    event = one(ics)
    assert (event.method, event.uid, event.summary) == ("REQUEST", "abc", "Hello")
    assert utc(event.start) == "2024-01-01T09:00:00Z"


def test_text_is_unescaped_and_stripped() -> None:
    event = one(vevent("SUMMARY:  Call\\, then lunch\\; ok  ", "DESCRIPTION:line1\\nline2\\N\\\\done", "LOCATION:"))
    assert event.summary == "Call, then lunch; ok"
    assert event.description == "line1\nline2\n\\done"
    assert event.location == ""


@pytest.mark.parametrize(
    ("line", "expected"),
    [("SEQUENCE:3", 3), ("SEQUENCE:1773423967", 1773423967), ("SEQUENCE:abc", 0), ("SEQUENCE:-2", 0), ("X-A:1", 0)],
)
def test_sequence(line: str, expected: int) -> None:
    assert one(vevent("DTSTART:20240101T100000Z", line)).sequence == expected


def test_rrule_is_kept_as_written_even_with_spaces_or_a_tzid_parameter() -> None:
    spaced = one(vevent("DTSTART:20240101T100000Z", "RRULE:FREQ=DAILY;BYDAY=MO, TU"))
    assert spaced.rrule == "FREQ=DAILY;BYDAY=MO, TU"
    with_tzid = one(vevent("DTSTART:20240101T100000Z", "RRULE;TZID=Eastern:FREQ=DAILY;COUNT=5"))
    assert with_tzid.rrule == "FREQ=DAILY;COUNT=5"


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("ORGANIZER;CN=Ada:mailto:Ada@Example.ORG", Person("Ada", "ada@example.org")),
        ("ORGANIZER;CN=Zoom Webinar:no-reply@zoom.us", Person("Zoom Webinar", "no-reply@zoom.us")),
        ("ORGANIZER;CN=Bruce:MAILTO:bruce@company.com", Person("Bruce", "bruce@company.com")),
        ('ORGANIZER;CN="Ops";EMAIL=ops@example.com:urn:uuid:1234', Person("Ops", "ops@example.com")),
        ("ORGANIZER:mailto:someone@example.com", Person("", "someone@example.com")),
        ("ORGANIZER;CN=Only A Name:", Person("Only A Name", "")),
    ],
)
def test_organizer(line: str, person: Person) -> None:
    assert one(vevent("DTSTART:20240101T100000Z", line)).organizer == person


def test_attendee_keywords_are_normalised() -> None:
    event = one(
        vevent(
            "DTSTART:20240101T100000Z",
            "ATTENDEE;ROLE=REQ_PARTICIPANT;PARTSTAT=accepted;CUTYPE=room;CN=Room 1:mailto:room1@example.com",
            "ATTENDEE:invalid:nomail",
        )
    )
    assert event.attendees == (Attendee(Person("Room 1", "room1@example.com"), "REQ-PARTICIPANT", "ACCEPTED", "ROOM"),)


def test_duplicated_status_keeps_the_first() -> None:
    assert one(vevent("DTSTART:20240101T100000Z", "STATUS:cancelled", "STATUS:CONFIRMED")).status == "CANCELLED"


def test_quoted_printable_leftovers_in_parameters() -> None:
    event = one(
        vevent(
            "DTSTART:20240101T100000Z",
            "ORGANIZER;CN=3DSender;",
            " EMAIL=3Dsender@example.com:mailto:sender@example.com",
            "ATTENDEE;CN=Other;EMAIL=other@example.com;CUTYPE=3DINDIVIDUAL;",
            " PARTSTAT=3DNEEDS-ACTION:mailto:other@example.com",
        )
    )
    assert event.organizer == Person("Sender", "sender@example.com")
    assert event.attendees == (Attendee(Person("Other", "other@example.com"), "", "NEEDS-ACTION", "INDIVIDUAL"),)


def test_invalid_alarm_trigger_does_not_break_the_event() -> None:
    event = one(
        vevent(
            "DTSTART:20240101T100000Z",
            "SUMMARY:Real",
            "BEGIN:VALARM",
            "TRIGGER:-P1W6DT15H",
            "SUMMARY:Alarm",
            "DESCRIPTION:Reminder",
            "ATTENDEE:mailto:alarm@example.com",
            "END:VALARM",
        )
    )
    assert (event.summary, event.description, event.attendees) == ("Real", "", ())


@pytest.mark.parametrize(
    ("lines", "link"),
    [
        (["X-GOOGLE-CONFERENCE:https://meet.google.com/abc-defg-hij"], "https://meet.google.com/abc-defg-hij"),
        (["LOCATION:https://us02web.zoom.us/j/123?pwd=x"], "https://us02web.zoom.us/j/123?pwd=x"),
        (["DESCRIPTION:Join at https://acme.webex.com/meet/jdoe."], "https://acme.webex.com/meet/jdoe"),
        (["URL:https://teams.microsoft.com/l/meetup-join/19%3a1"], "https://teams.microsoft.com/l/meetup-join/19%3a1"),
        (["DESCRIPTION:Dial https://tel.meet/abc or see https://example.com/zoom.us/j/1"], ""),
        (["LOCATION:Room 4", "URL:https://example.com/"], ""),
    ],
)
def test_conference_link(lines: list[str], link: str) -> None:
    event = one(vevent("DTSTART:20240101T100000Z", *lines))
    assert event.conference == link


def test_url_and_dtstamp() -> None:
    event = one(vevent("DTSTART:20240101T100000Z", "URL:https://example.com/e/1", "DTSTAMP:20231231T120000"))
    assert event.url == "https://example.com/e/1"
    assert event.dtstamp == datetime(2023, 12, 31, 12, 0, tzinfo=UTC)  # a floating DTSTAMP is UTC by RFC


def test_recurrence_id_of_an_all_day_occurrence_is_a_date() -> None:
    event = one(vevent("DTSTART;VALUE=DATE:20240102", "RECURRENCE-ID;VALUE=DATE:20240101"))
    assert event.recurrence_id == date(2024, 1, 1)


def test_generated_uid_is_stable_and_content_derived() -> None:
    def uid(summary: str, default_tz: tzinfo = NY) -> str:
        ics = f"BEGIN:VEVENT\nDTSTART;TZID=Europe/Paris:20240101T100000\nSUMMARY:{summary}\nEND:VEVENT"
        return one(ics, default_tz=default_tz).uid

    assert uid("Interview") == uid("Interview", ZoneInfo("Asia/Tokyo"))
    assert uid("Interview") != uid("Other interview")


def test_impossible_date_gives_no_start_but_keeps_the_event() -> None:
    event = one(vevent("DTSTART:20210230T100000Z", "DTEND:20210230T110000Z", "SUMMARY:Feb 30"))
    assert (event.start, event.end, event.end_source, event.summary) == (None, None, "", "Feb 30")


def test_event_without_anything_usable_is_skipped() -> None:
    ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nCLASS:PUBLIC\nEND:VEVENT\n" + vevent("DTSTART:20240101T100000Z")[16:]
    events = parse_calendar(ics, NY)
    assert [e.uid for e in events] == ["u1"]


def test_missing_dtstart_is_none() -> None:
    event = one(vevent("SUMMARY:No time yet"))
    assert (event.start, event.end, event.end_source) == (None, None, "")


def test_event_missing_its_end_line_does_not_swallow_the_next() -> None:
    ics = (
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nDTSTART:20240101T100000Z\n"
        "BEGIN:VEVENT\nUID:b\nDTSTART:20240102T100000Z\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    assert [(e.uid, e.start.day) for e in parse_calendar(ics, NY)] == [("a", 1), ("b", 2)]


def test_concatenated_calendars_keep_their_own_method() -> None:
    ics = vevent("DTSTART:20240101T100000Z", uid="a").replace("VERSION:2.0", "METHOD:REQUEST") + vevent(
        "DTSTART:20240101T100000Z", uid="b"
    ).replace("VERSION:2.0", "METHOD:CANCEL")
    assert [(e.uid, e.method) for e in parse_calendar(ics, NY)] == [("a", "REQUEST"), ("b", "CANCEL")]


@pytest.mark.parametrize(
    "data",
    [
        "\ufeff" + vevent("DTSTART:20240101T100000Z", "SUMMARY:Café"),
        vevent("DTSTART:20240101T100000Z", "SUMMARY:Café").encode("utf-8-sig"),
        vevent("DTSTART:20240101T100000Z", "SUMMARY:Café").encode("utf-16"),
        vevent("DTSTART:20240101T100000Z", "SUMMARY:Café").encode("cp1252"),
    ],
)
def test_encodings(data: bytes | str) -> None:
    assert one(data).summary == "Café"


# --- hostile input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", "", "   \n\n", b"\x00\x01\x02", "Hello, this is not a calendar", "BEGIN:VTODO\nUID:x\nEND:VTODO"],
)
def test_nothing_calendar_like_is_a_parse_error(data: bytes | str) -> None:
    with pytest.raises(ParseError) as raised:
        parse_calendar(data, NY)
    assert "\n" not in str(raised.value) and str(raised.value)


def test_calendar_without_events_is_empty_not_an_error() -> None:
    assert parse_calendar("BEGIN:VCALENDAR\nEND:VCALENDAR", NY) == []
    assert parse_calendar("BEGIN:VCALENDAR\nBEGIN:VTODO\nUID:t\nEND:VTODO\nEND:VCALENDAR\n", NY) == []


@pytest.mark.timeout(20)
def test_binary_garbage() -> None:
    garbage = random.Random(7).randbytes(200_000)
    with pytest.raises(ParseError):
        parse_calendar(garbage, NY)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", ["outlook-exchange-pst-biweekly-request.eml", "icloud-invite-french.txt"])
def test_truncated_at_any_point_never_crashes(name: str) -> None:
    data, _ = calendar_part(DATA / name)
    for cut in range(0, len(data), 37):
        try:
            events = parse_calendar(data[:cut], NY)
        except ParseError:
            continue
        assert all(isinstance(e, CalendarEvent) for e in events)
    full = parse_calendar(data[: len(data) - 30], NY)  # lost END:VEVENT/END:VCALENDAR
    assert full[0].start is not None


@pytest.mark.timeout(20)
def test_deeply_nested_begin_lines() -> None:
    with pytest.raises(ParseError):
        parse_calendar("BEGIN:VEVENT\n" * 100_000, NY)
    nested = "".join(f"BEGIN:X-{i}\n" for i in range(10_000)) + "BEGIN:VEVENT\nUID:deep\nEND:VEVENT\n"
    with pytest.raises(ParseError):
        parse_calendar(nested, NY)  # the VEVENT is below the depth limit, so it is not read
    top = "BEGIN:VEVENT\nUID:top\n" + "BEGIN:VALARM\n" * 10_000 + "END:VALARM\n" * 10_000 + "END:VEVENT"
    assert one(top).uid == "top"


@pytest.mark.timeout(30)
def test_ten_thousand_events() -> None:
    body = "".join(
        f"BEGIN:VEVENT\nUID:e{i}\nDTSTART;TZID=Pacific Standard Time:20240101T{i % 24:02d}0000\n"
        f"DURATION:PT30M\nEND:VEVENT\n"
        for i in range(10_000)
    )
    events = parse_calendar(f"BEGIN:VCALENDAR\n{body}END:VCALENDAR\n", NY)  # the timeout mark bounds it
    assert len(events) == 10_000
    assert (events[-1].uid, utc(events[-1].start)) == ("e9999", "2024-01-01T23:00:00Z")


@pytest.mark.timeout(20)
def test_huge_lines_and_pathological_timezone_rules() -> None:
    long_text = "x" * 2_000_000
    event = one(vevent("DTSTART:20240101T100000Z", f"DESCRIPTION:{long_text}", 'X-P;A="' + ";" * 100_000))
    assert len(event.description) == 2_000_000
    tz = CUSTOM_TZ.replace("FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "FREQ=SECONDLY")
    ics = (
        "BEGIN:VCALENDAR\n"
        + tz
        + "\nBEGIN:VEVENT\nUID:a\nDTSTART;TZID=Custom Rules:20230715T100000\nEND:VEVENT\nEND:VCALENDAR"
    )
    # The SECONDLY rule is ignored, so DAYLIGHT began only in 1601 and last October's STANDARD applies.
    assert one(ics).start.utcoffset() == timedelta(hours=1)


def test_unclosed_quote_and_stray_separators() -> None:
    event = one(vevent('DTSTART;TZID="Europe/Paris:20240101T100000', "SUMMARY;;;:ok", 'ATTENDEE;CN="x:mailto:a@b.c'))
    assert event.start == datetime(2024, 1, 1, 10, tzinfo=ZoneInfo("Europe/Paris"))
    assert event.summary == "ok"


_ICS_LINES = st.sampled_from(
    [
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "BEGIN:VTIMEZONE",
        "END:VTIMEZONE",
        "BEGIN:STANDARD",
        "END:STANDARD",
        "BEGIN:VALARM",
        "END:VALARM",
        "TZID:Custom",
        "TZOFFSETTO:+0100",
        "TZOFFSETFROM:-2400",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "DTSTART:16010101T020000",
        "DTSTART;TZID=Custom:20240101T100000",
        'DTSTART;TZID="Custom:20240101T100000"',
        "DTSTART;VALUE=DATE:20240230",
        "DTSTART:99991231T235959",
        "DTEND;TZID=:20240101T110000",
        "DURATION:-P1W6DT15H",
        "UID:x",
        "SUMMARY:a\\,b",
        " folded",
        'ATTENDEE;CN="A";ROLE=REQ_PARTICIPANT:mailto:a@b.c',
        "ORGANIZER:",
        "SEQUENCE:99999999999999999999999",
        "X-WR-TIMEZONE:Nowhere",
        "METHOD:",
        ";;::",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ICS_LINES | st.text(max_size=40), max_size=40), st.sampled_from(["\n", "\r\n"]))
def test_arbitrary_line_soup_is_events_or_parse_error(lines: list[str], newline: str) -> None:
    try:
        events = parse_calendar(newline.join(lines), NY, method_hint="request")
    except ParseError as error:
        assert "\n" not in str(error)
        return
    for event in events:
        assert event.uid
        assert event.method is None or event.method == event.method.upper()
        for moment in (event.start, event.end, event.dtstamp, event.recurrence_id):
            assert moment is None or isinstance(moment, date)
            if isinstance(moment, datetime):
                assert moment.utcoffset() is not None
