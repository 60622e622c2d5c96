"""Dates at the edge of what Python can hold, through the same path the service takes.

An invitation dated in year 9999 or year 1 once stopped the watcher for good (an OverflowError in the
planning, retried forever, every message after it never read). Whole messages and calendar events are
driven here through `Service.handle` / `Service.take_calendar` and `run_due`, with dates from year 1 to
9999 in every place a date can come from (DTSTART, DTEND, DURATION, RRULE, RECURRENCE-ID, the Date
header, the text), and the next normal invitation must still get its draft. The readers refuse such dates
with a reason, so nothing is quarantined: a quarantine here would mean a reader let one through.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.local import draft_files, local_service
from tests.mailgen import INTERVIEWER, RECRUITER, USER, invitation
from tests.paths import TESTS
from watcher.sources import Incoming
from watcher.sources.calendar import CalendarChanges, CalendarObject

NOW = datetime(2030, 3, 4, 15, tzinfo=UTC)
EDGES = ("00010101T000000Z", "99991231T235959Z", "99991231T230000Z", "00010101T000000", "99991231", "00010101")


def _stamp(moment: datetime) -> str:
    day = f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
    return f"{day}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"


moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59))
zones = st.sampled_from(("Z", ";TZID=America/New_York", ";TZID=Pacific/Kiritimati", ";TZID=Etc/GMT+12", ""))


@st.composite
def date_property(draw, name: str) -> str:
    if draw(st.booleans()):
        return f"{name}:{draw(st.sampled_from(EDGES))}"
    moment = draw(moments)
    zone = draw(zones)
    if draw(st.integers(0, 5)) == 0:
        return f"{name};VALUE=DATE:{_stamp(moment)[:8]}"
    if zone == "Z":
        return f"{name}:{_stamp(moment)}Z"
    return f"{name}{zone}:{_stamp(moment)}"


durations = st.builds(
    lambda sign, weeks, days, hours, seconds: f"DURATION:{sign}P{weeks}W{days}DT{hours}H0M{seconds}S",
    st.sampled_from(("", "-", "+")),
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.integers(0, 10**12),
    st.integers(0, 10**15),
) | st.sampled_from(("DURATION:P99999999W", "DURATION:-P1D", "DURATION:PT0S", "DURATION:P3652059D"))

rrules = st.builds(
    lambda freq, tail: f"RRULE:FREQ={freq};{tail}",
    st.sampled_from(("SECONDLY", "MINUTELY", "DAILY", "WEEKLY", "YEARLY")),
    st.sampled_from(("COUNT=99999999", "UNTIL=99991231T235959Z", "UNTIL=00010101", "INTERVAL=9999999", "COUNT=3"))
    | moments.map(lambda m: f"UNTIL={_stamp(m)}Z"),
)


@st.composite
def edge_events(draw) -> str:
    """A VEVENT of an interview with hostile dates in any of its date properties."""
    lines = ["BEGIN:VEVENT", f"UID:{uuid.uuid4()}@edge.test", "SUMMARY:Interview: Data Engineer at Northwind"]
    if draw(st.integers(0, 4)):
        lines.append(draw(date_property("DTSTART")))
    else:
        lines.append(f"DTSTART:{_stamp(NOW - timedelta(hours=5))}Z")
    choice = draw(st.integers(0, 3))
    if choice == 0:
        lines.append(draw(date_property("DTEND")))
    elif choice == 1:
        lines.append(draw(durations))
    elif choice == 2:
        lines.append(f"DTEND:{_stamp(NOW - timedelta(hours=4))}Z")
    if draw(st.booleans()):
        lines.append(draw(rrules))
    if draw(st.integers(0, 3)) == 0:
        lines.append(draw(date_property("RECURRENCE-ID")))
    if draw(st.integers(0, 3)) == 0:
        lines.append(draw(date_property("EXDATE")))
    lines += [
        f"ORGANIZER;CN={RECRUITER[0]}:mailto:{RECRUITER[1]}",
        f"ATTENDEE;CN={INTERVIEWER[0]}:mailto:{INTERVIEWER[1]}",
        f"ATTENDEE;CN={USER[0]}:mailto:{USER[1]}",
        "END:VEVENT",
    ]
    return "\r\n".join(lines)


def calendar_of(*events: str) -> bytes:
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//edge//EN\r\nMETHOD:REQUEST\r\n"
    return (head + "\r\n".join(events) + "\r\nEND:VCALENDAR\r\n").encode()


texts = st.sampled_from(
    (
        "Your interview is on December 31, 9999 at 11:00 PM EST for 45 minutes.",
        "Your interview is on January 1, 0001 at 9am, for 99999999 hours.",
        "We will meet on 9999-12-31 at 23:30 UTC. We'll get back to you within 99999999 weeks.",
        "Interview: Tuesday, March 3 at 2:00 PM EST for 999999999999 minutes. Feedback by December 31, 9999.",
        "Interview tomorrow at 10am (1h). We aim to decide within 5000000 business days.",
        "Your interview: 31/12/9999 23:00-23:59 CET",
    )
)
date_headers = st.sampled_from(
    ("Fri, 31 Dec 9999 23:59:59 -1200", "Mon, 01 Jan 0001 00:00:00 +1400", "")
) | moments.map(lambda m: format_datetime(m.replace(tzinfo=UTC)))


@st.composite
def edge_messages(draw) -> bytes:
    """A whole invitation email: a calendar part with hostile dates, or a text one, with any Date header."""
    date = draw(date_headers)
    head = (
        f"From: {RECRUITER[0]} <{RECRUITER[1]}>\r\nTo: {USER[0]} <{USER[1]}>\r\n"
        f"Subject: Interview: Data Engineer at Northwind\r\nMessage-ID: <{uuid.uuid4()}@edge.test>\r\n"
        + (f"Date: {date}\r\n" if date else "")
        + "MIME-Version: 1.0\r\n"
    )
    text = draw(texts)
    if draw(st.booleans()):
        return (head + f"Content-Type: text/plain; charset=utf-8\r\n\r\nHi Jordan,\r\n{text}\r\nRiley\r\n").encode()
    ics = calendar_of(draw(edge_events())).decode()
    return (
        head + 'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        f"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        f"--b\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n{ics}\r\n--b--\r\n"
    ).encode()


def _normal_invitation() -> bytes:
    raw, _, _ = invitation(start=NOW - timedelta(hours=5), end=NOW - timedelta(hours=4), sent=NOW - timedelta(days=2))
    return raw


def _fresh(root: Path, extra: str = ""):
    service = local_service(root, extra)
    service.clock = lambda: NOW
    return service


@settings(
    max_examples=120, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=edge_messages())
def test_edge_dates_in_a_message_cost_nothing_and_the_next_invitation_is_drafted(raw, tmp_path_factory):
    root = tmp_path_factory.mktemp("edge")
    service = _fresh(root)
    try:
        service.handle(Incoming("INBOX:1", raw))
        service.run_due()
        assert service.store.quarantined() == [], "a reader let an impossible date through to the planning"
        before = len(draft_files(root))
        assert service.handle(Incoming("INBOX:2", _normal_invitation())).label == "new"
        service.run_due()
        assert len(draft_files(root)) == before + 1
    finally:
        service.close()


@settings(
    max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(events=st.lists(edge_events(), min_size=1, max_size=3))
def test_edge_dates_in_a_calendar_cost_nothing_and_the_next_event_is_drafted(events, tmp_path_factory):
    root = tmp_path_factory.mktemp("edgecal")
    feed = root / "feed.ics"
    service = _fresh(root, f'[[calendar]]\nname = "file"\ntype = "ics"\npath = "{feed}"\n')
    normal = calendar_of(
        "BEGIN:VEVENT\r\nUID:normal@edge.test\r\nSUMMARY:Interview: Data Engineer at Northwind\r\n"
        f"DTSTART:{_stamp(NOW - timedelta(hours=5))}Z\r\nDTEND:{_stamp(NOW - timedelta(hours=4))}Z\r\n"
        f"ORGANIZER;CN={RECRUITER[0]}:mailto:{RECRUITER[1]}\r\n"
        f"ATTENDEE;CN={INTERVIEWER[0]}:mailto:{INTERVIEWER[1]}\r\nATTENDEE;CN={USER[0]}:mailto:{USER[1]}\r\n"
        "END:VEVENT"
    )
    try:
        hostile = CalendarChanges(changed=(CalendarObject("hostile.ics", calendar_of(*events)),), complete=True)
        service.take_calendar("file", hostile)
        service.run_due()
        assert service.store.quarantined() == [], "a reader let an impossible date through to the planning"
        before = len(draft_files(root))
        both = (CalendarObject("hostile.ics", calendar_of(*events)), CalendarObject("normal.ics", normal))
        assert service.take_calendar("file", CalendarChanges(changed=both, complete=True)) >= 1
        service.run_due()
        assert len(draft_files(root)) == before + 1
    finally:
        service.close()


@pytest.mark.parametrize(
    "dtstart, dtend",
    [
        ("DTSTART:99991231T230000Z", "DTEND:99991231T235959Z"),
        ("DTSTART:00010101T000000Z", "DTEND:00010101T010000Z"),
        (f"DTSTART:{_stamp(NOW - timedelta(hours=5))}Z", "DTEND:99991231T235959Z"),
        ("DTSTART;TZID=America/New_York:99991231T200000", ""),
        ("DTSTART;TZID=Pacific/Kiritimati:00010101T000000", "DURATION:PT1H"),
    ],
)
def test_the_reported_poison_invitations_are_read_with_a_reason(dtstart, dtend, tmp_path, caplog):
    """The four invitations of the attack run: each is read (no quarantine), says why its date is not
    used, and plans nothing in year 9999."""
    import logging

    ics = calendar_of(
        "\r\n".join(
            line
            for line in (
                "BEGIN:VEVENT",
                "UID:poison@edge.test",
                "SUMMARY:Interview: Data Engineer at Northwind",
                dtstart,
                dtend,
                f"ORGANIZER;CN={RECRUITER[0]}:mailto:{RECRUITER[1]}",
                f"ATTENDEE;CN={INTERVIEWER[0]}:mailto:{INTERVIEWER[1]}",
                "END:VEVENT",
            )
            if line
        )
    ).decode()
    raw = (
        f"From: {RECRUITER[0]} <{RECRUITER[1]}>\r\nTo: {USER[0]} <{USER[1]}>\r\nSubject: Interview\r\n"
        "Message-ID: <poison@edge.test>\r\nDate: Mon, 04 Mar 2030 09:00:00 +0000\r\n"
        "Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n" + ics
    ).encode()
    service = _fresh(tmp_path)
    caplog.set_level(logging.INFO, logger="followup")
    try:
        service.handle(Incoming("INBOX:1", raw))
        assert service.store.quarantined() == []
        assert all(f.followup.due.year < 2200 for f in service.store.followups())
    finally:
        service.close()
    lines = [r.getMessage() for r in caplog.records if "INBOX:1" in r.getMessage()]
    assert any("out of range" in line for line in lines), lines


def test_run_once_over_the_poison_invitations_exits_0_and_drafts_the_next_one(tmp_path):
    """`followup run --once` once exited 1 with a traceback on a year-9999 invitation, every time."""
    import subprocess
    import sys

    from tests.local import maildir_config

    config = maildir_config(tmp_path)
    hostile = TESTS / "hostile"
    inbox = tmp_path / "mail" / "new"
    for n, name in enumerate(("ics-year-9999.eml", "ics-year-0001.eml", "ics-tzid-9999.eml", "date-header-9999.eml")):
        (inbox / f"{n}.hostile:2,").write_bytes((hostile / name).read_bytes())
    now = datetime.now(UTC)
    normal, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3))
    (inbox / "9.normal:2,").write_bytes(normal)
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "quarantined" not in done.stderr
    assert done.stderr.count("is out of range") == 4
    assert len(draft_files(tmp_path)) == 1
