"""The pure calendar core: occurrences in a window, their keys, and which records are one interview."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from watcher.core.agenda import (
    Window,
    adopt,
    as_timed,
    fingerprint,
    keep_known,
    occurrence_key,
    read_agenda,
    same_meeting,
)
from watcher.model import CalendarEvent, EndSource, Interview, Person, Understanding, Verdict

NEW_YORK = ZoneInfo("America/New_York")
WINDOW = Window(datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC))

SERIES = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:test
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:series-1
DTSTAMP:20250101T000000Z
DTSTART;TZID=Pacific Standard Time:20250301T100000
DTEND;TZID=Pacific Standard Time:20250301T110000
RRULE:FREQ=WEEKLY;COUNT=5
EXDATE;TZID=Pacific Standard Time:20250315T100000
SUMMARY:Interview loop
END:VEVENT
BEGIN:VEVENT
UID:series-1
RECURRENCE-ID;TZID=Pacific Standard Time:20250322T100000
DTSTAMP:20250101T000000Z
DTSTART;TZID=Pacific Standard Time:20250322T140000
DTEND;TZID=Pacific Standard Time:20250322T150000
SUMMARY:Interview loop (moved)
END:VEVENT
BEGIN:VEVENT
UID:old-one
DTSTAMP:20250101T000000Z
DTSTART:20240305T100000Z
DTEND:20240305T110000Z
SUMMARY:Long ago
END:VEVENT
END:VCALENDAR
"""


def test_series_is_expanded_across_dst_with_exdate_and_a_moved_occurrence():
    agenda = read_agenda(SERIES, NEW_YORK, WINDOW)
    assert agenda.uids == {"series-1", "old-one"}
    assert agenda.problems == ()
    found = {occurrence_key(e): (e.start, e.summary) for e in agenda.occurrences}
    pacific = ZoneInfo("America/Los_Angeles")
    assert found == {
        "ical:series-1": (datetime(2025, 3, 1, 10, tzinfo=pacific), "Interview loop"),
        "ical:series-1#20250308T180000Z": (datetime(2025, 3, 8, 10, tzinfo=pacific), "Interview loop"),
        # after the change to daylight time the wall time stays 10:00, the UTC instant moves
        "ical:series-1#20250322T170000Z": (datetime(2025, 3, 22, 14, tzinfo=pacific), "Interview loop (moved)"),
        "ical:series-1#20250329T170000Z": (datetime(2025, 3, 29, 10, tzinfo=pacific), "Interview loop"),
    }
    assert [e.uid for e in agenda.singles] == ["old-one"]  # out of the window, still known to exist


def test_a_series_icalendar_cannot_read_keeps_its_first_event():
    broken = SERIES.replace("RRULE:FREQ=WEEKLY;COUNT=5", "RRULE:FREQ=SOMETIMES")
    agenda = read_agenda(broken, NEW_YORK, WINDOW)
    assert [occurrence_key(e) for e in agenda.occurrences] == ["ical:series-1", "ical:series-1#20250322T170000Z"]
    assert agenda.problems and "not expanded" in agenda.problems[0]


def _one_series(rule: str) -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nBEGIN:VEVENT\r\nUID:s@test\r\n"
        "DTSTAMP:20250101T000000Z\r\nDTSTART:19000101T090000Z\r\nDURATION:PT1H\r\n"
        f"RRULE:{rule}\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def test_a_daily_series_whose_lists_repeat_it_within_the_day_is_read_as_its_first_event():
    # From 1900, every ten minutes of every day: expanding it took 17 s, past the per-object budget.
    every_ten_minutes = "FREQ=DAILY;BYHOUR=" + ",".join(map(str, range(24))) + ";BYMINUTE=0,10,20,30,40,50"
    agenda = read_agenda(_one_series(every_ten_minutes), NEW_YORK, WINDOW)
    assert agenda.occurrences == ()
    assert agenda.problems == ("1 series repeating more often than daily read as their first event only",)
    weekdays = read_agenda(_one_series("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9"), NEW_YORK, WINDOW)
    assert len(weekdays.occurrences) == 108 and weekdays.problems == ()


def test_all_day_event_taken_as_a_working_day_in_the_users_zone():
    event = CalendarEvent(uid="d", method=None, start=date(2025, 3, 10), end=date(2025, 3, 12), end_source="dtend")
    timed = as_timed(event, NEW_YORK, time(9), time(17, 30))
    assert timed.start == datetime(2025, 3, 10, 9, tzinfo=NEW_YORK)
    assert timed.end == datetime(2025, 3, 11, 17, 30, tzinfo=NEW_YORK)


def test_fingerprint_ignores_the_download_stamp_but_not_a_move():
    base = CalendarEvent(uid="x", method=None, start=datetime(2025, 3, 1, 10, tzinfo=UTC), summary="Interview")
    restamped = CalendarEvent(**{**base.__dict__, "dtstamp": datetime(2025, 3, 1, tzinfo=UTC)})
    moved = CalendarEvent(**{**base.__dict__, "start": datetime(2025, 3, 1, 11, tzinfo=UTC)})
    assert fingerprint(base) == fingerprint(restamped)
    assert fingerprint(base) != fingerprint(moved)


def interview(key: str, start: datetime, *, people=(), company=None, end_source=EndSource.CALENDAR, **extra):
    return Interview(
        key=key,
        start=start,
        end=start + timedelta(hours=1),
        end_source=end_source,
        interviewers=tuple(Person("", p) for p in people),
        company=company,
        **extra,
    )


def test_same_meeting_needs_the_same_start_and_someone_or_some_company_in_common():
    at = datetime(2025, 3, 1, 15, tzinfo=UTC)
    mailed = interview("msg:1", at, people=("dana@northwind.example",), company="Northwind")
    assert same_meeting(mailed, interview("ical:a", at, people=("dana@northwind.example",)))
    assert same_meeting(mailed, interview("ical:b", at, company="northwind"))
    assert not same_meeting(mailed, interview("ical:c", at, people=("sam@contoso.example",), company="Contoso"))
    assert not same_meeting(mailed, interview("ical:d", at + timedelta(hours=1), people=("dana@northwind.example",)))


def test_adopt_keeps_the_record_key_and_invitation_and_takes_the_better_times():
    at = datetime(2025, 3, 1, 15, tzinfo=UTC)
    mailed = interview(
        "msg:1", at, end_source=EndSource.DEFAULT, message_id="invite@northwind", version=(3, "x"), company="Northwind"
    )
    from_calendar = interview("ical:ats", at, people=("dana@northwind.example",))
    from_calendar = Interview(**{**from_calendar.__dict__, "end": at + timedelta(minutes=45)})
    merged = adopt(Understanding(Verdict(True, 5), interview=from_calendar), mailed).interview
    assert (merged.key, merged.version, merged.message_id) == ("msg:1", (3, "x"), "invite@northwind")
    assert merged.end == at + timedelta(minutes=45) and merged.end_source is EndSource.CALENDAR
    assert merged.company == "Northwind"

    # A text-only email does not overwrite the calendar's DTEND with a guessed length.
    guessed = interview("msg:2", at, end_source=EndSource.DEFAULT, message_id="mail@northwind")
    kept = adopt(Understanding(Verdict(True, 5), interview=guessed), merged).interview
    assert kept.end == at + timedelta(minutes=45) and kept.message_id == "mail@northwind"

    same_uid = keep_known(Understanding(Verdict(True, 5), interview=interview("msg:1", at)), mailed).interview
    assert same_uid.message_id == "invite@northwind"


def test_cancellation_of_another_series_is_redirected_without_version_test():
    at = datetime(2025, 3, 1, 15, tzinfo=UTC)
    record = interview("msg:1", at)
    cancels = adopt(Understanding(Verdict(False, 0), cancels="ical:ats"), record)
    assert cancels.cancels == "msg:1" and cancels.event is None
