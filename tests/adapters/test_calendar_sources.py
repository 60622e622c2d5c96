"""Calendar sources against real servers: Radicale for CalDAV, the local HTTP feed for ICS subscriptions.

Most tests drive the service in-process (`Service.poll_calendars()`, one poll per call) for determinism;
the last one runs `followup run` as a process with Dovecot and Radicale together.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import FAST_TIMING, wait_until
from tests.mailgen import INTERVIEWER, RECRUITER, USER, invitation
from tests.paths import ROOT
from tests.servers.httpfeed import IcsFeed
from watcher.config import load_config
from watcher.daemon import Service
from watcher.errors import ConfigError
from watcher.store import PLANNED, SKIPPED

ZONE = ZoneInfo("America/New_York")
SUMMARY = "Interview: Senior Data Engineer at Northwind"
DESCRIPTION = "Technical interview with the data platform team."


def ics_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event(
    uid: str,
    start: datetime | date,
    end: datetime | date | None = None,
    *,
    summary: str = SUMMARY,
    status: str = "CONFIRMED",
    sequence: int = 0,
    my_partstat: str = "ACCEPTED",
    rrule: str = "",
    exdates: tuple[datetime, ...] = (),
    organizer: tuple[str, str] = RECRUITER,
    stamp: datetime | None = None,
) -> str:
    """A VEVENT as a calendar server stores it (no METHOD), the user an attendee."""
    if isinstance(start, datetime):
        when = [f"DTSTART:{ics_time(start)}", f"DTEND:{ics_time(end or start + timedelta(hours=1))}"]
    else:
        when = [f"DTSTART;VALUE=DATE:{start:%Y%m%d}", f"DTEND;VALUE=DATE:{(end or start + timedelta(days=1)):%Y%m%d}"]
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{ics_time(stamp or datetime.now(UTC))}",
        *when,
        f"SUMMARY:{summary}",
        f"DESCRIPTION:{DESCRIPTION}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"ATTENDEE;CN={INTERVIEWER[0]};PARTSTAT=ACCEPTED:mailto:{INTERVIEWER[1]}",
        f"ATTENDEE;CN={USER[0]};PARTSTAT={my_partstat}:mailto:{USER[1]}",
    ]
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += [f"EXDATE:{ics_time(moment)}" for moment in exdates]
    lines.append("END:VEVENT")
    return "\r\n".join(lines)


def calendar(*events: str) -> str:
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//followup tests//EN", *events, "END:VCALENDAR", ""])


def maildir(root: Path) -> Path:
    for folder in (root, root / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
    return root


@pytest.fixture
def write_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A Maildir account plus the given [[calendar]] tables; calendar passwords travel in an env variable."""

    def write(calendars: str, *, password: str = "", extra: str = FAST_TIMING) -> Path:
        monkeypatch.setenv("FOLLOWUP_CAL_PASSWORD", password)
        path = tmp_path / "config.toml"
        path.write_text(
            f"""
[user]
name = "{USER[0]}"
email = "{USER[1]}"
timezone = "America/New_York"

[maildir]
path = "{maildir(tmp_path / "mail")}"

[state]
dir = "{tmp_path / "state"}"
{extra}
{calendars}
"""
        )
        return path

    return write


def caldav_table(radicale, url: str, *, extra: str = "") -> str:
    return f"""
[[calendar]]
name = "work"
type = "caldav"
url = "{url}"
username = "{radicale.user}"
password = {{ env = "FOLLOWUP_CAL_PASSWORD" }}
poll_interval = "1s"
{extra}
"""


def feed_table(url: str, *, extra: str = "") -> str:
    return f"""
[[calendar]]
name = "feed"
type = "ics"
url = "{url}"
poll_interval = "1s"
{extra}
"""


@pytest.fixture
def services():
    opened: list[Service] = []

    def open_service(config: Path) -> Service:
        service = Service(load_config(config))
        opened.append(service)
        return service

    yield open_service
    for service in opened:
        service.close()


def record(service: Service, uid: str, suffix: str = ""):
    return service.store.interview(f"ical:{uid}{suffix}")


def planned(service: Service, interview_id: str) -> list:
    return [s.followup for s in service.store.followups(interview_id, (PLANNED,))]


def soon(hours: float = 26) -> datetime:
    return (datetime.now(UTC) + timedelta(hours=hours)).replace(second=0, microsecond=0)


# ---------------------------------------------------------------- CalDAV


def test_caldav_event_is_planned_and_moving_it_moves_the_follow_ups(radicale, write_config, services):
    url = radicale.make_calendar("interviews")
    start = soon()
    radicale.put_event("interviews", "move-1", calendar(event("move-1@northwind", start)))
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    source = service.calendar_pollers[0].source

    assert service.poll_calendars() == 1
    stored = record(service, "move-1@northwind")
    assert stored is not None and stored.status == "active"
    assert stored.interview.start == start and stored.interview.end == start + timedelta(hours=1)
    assert [p.email for p in stored.interview.interviewers] == [INTERVIEWER[1]]
    (thank_you,) = [f for f in planned(service, stored.interview.id) if f.kind.value == "thank_you"]
    assert thank_you.due == start + timedelta(hours=1, seconds=2)

    # Nothing changed: one sync-collection REPORT, nothing downloaded, nothing handed on.
    before = source.requests
    assert service.poll_calendars() == 0
    assert source.requests - before == 1

    moved = start + timedelta(hours=3)
    radicale.put_event("interviews", "move-1", calendar(event("move-1@northwind", moved, sequence=1)))
    before = source.requests
    assert service.poll_calendars() == 1
    assert source.requests - before == 2  # the REPORT, and one multiget for the changed object
    stored = record(service, "move-1@northwind")
    assert stored.interview.start == moved
    (thank_you,) = [f for f in planned(service, stored.interview.id) if f.kind.value == "thank_you"]
    assert thank_you.due == moved + timedelta(hours=1, seconds=2)
    assert len(service.store.interviews()) == 1


def test_caldav_cancelled_declined_and_deleted_events_drop_their_drafts(radicale, write_config, services, caplog):
    url = radicale.make_calendar("interviews")
    uids = ["cancel@n", "decline@n", "delete@n", "stays@n"]
    for n, uid in enumerate(uids):
        radicale.put_event("interviews", uid, calendar(event(uid, soon(24 + n))))
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    assert service.poll_calendars() == 4
    ids = {uid: record(service, uid).interview.id for uid in uids}
    assert all(planned(service, i) for i in ids.values())

    radicale.put_event("interviews", "cancel@n", calendar(event("cancel@n", soon(24), status="CANCELLED", sequence=1)))
    radicale.put_event("interviews", "decline@n", calendar(event("decline@n", soon(25), my_partstat="DECLINED")))
    radicale.delete_event("interviews", "delete@n")
    with caplog.at_level(logging.INFO):
        service.poll_calendars()

    assert record(service, "cancel@n").status == "cancelled"
    assert record(service, "decline@n").status == "declined"
    assert record(service, "delete@n").status == "cancelled"
    assert record(service, "stays@n").status == "active"
    for uid in ("cancel@n", "decline@n", "delete@n"):
        assert planned(service, ids[uid]) == []
        assert {s.state for s in service.store.followups(ids[uid])} == {SKIPPED}
    assert planned(service, ids["stays@n"])
    assert f"interview {ids['delete@n']} deleted from the calendar" in caplog.text


def test_event_deleted_while_the_service_was_stopped_is_noticed_at_the_next_start(radicale, write_config, services):
    url = radicale.make_calendar("interviews")
    radicale.put_event("interviews", "gone", calendar(event("gone@n", soon())))
    config = write_config(caldav_table(radicale, url), password=radicale.password)
    first = services(config)
    first.poll_calendars()
    interview_id = record(first, "gone@n").interview.id
    first.close()

    radicale.delete_event("interviews", "gone")
    second = services(config)
    second.poll_calendars()
    assert record(second, "gone@n").status == "cancelled"
    assert planned(second, interview_id) == []


def test_recurring_event_plans_each_occurrence_in_the_window(radicale, write_config, services):
    url = radicale.make_calendar("interviews")
    first = soon(20)
    series = event("loop@n", first, rrule="FREQ=DAILY;COUNT=3", summary="Onsite interview loop at Northwind")
    standup = event("standup@n", first, rrule="FREQ=DAILY", summary="Team standup", organizer=USER)
    radicale.put_event("interviews", "loop", calendar(series))
    radicale.put_event("interviews", "standup", calendar(standup))
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    service.poll_calendars()

    starts = sorted(r.interview.start for r in service.store.interviews() if r.status == "active")
    assert starts == [first, first + timedelta(days=1), first + timedelta(days=2)]
    second_key = f"#{ics_time(first + timedelta(days=1))}"
    assert record(service, "loop@n").status == "active"  # the first occurrence is keyed like the series
    assert record(service, "loop@n", second_key).status == "active"

    # The second day is taken out of the series: its follow-ups go, the others stay.
    without = event(
        "loop@n",
        first,
        rrule="FREQ=DAILY;COUNT=3",
        summary="Onsite interview loop at Northwind",
        exdates=(first + timedelta(days=1),),
        sequence=1,
    )
    radicale.put_event("interviews", "loop", calendar(without))
    service.poll_calendars()
    assert record(service, "loop@n", second_key).status == "cancelled"
    assert record(service, "loop@n").status == "active"
    assert len([r for r in service.store.interviews() if r.status == "active"]) == 2


@pytest.mark.parametrize("all_day", [False, True])
def test_all_day_interview_day_gets_follow_ups_only_when_asked(radicale, write_config, services, all_day):
    url = radicale.make_calendar("interviews")
    day = (datetime.now(ZONE) + timedelta(days=2)).date()
    radicale.put_event("interviews", "day", calendar(event("day@n", day, summary="Onsite interview day at Northwind")))
    extra = 'all_day = true\nall_day_end = "16:30"' if all_day else ""
    service = services(write_config(caldav_table(radicale, url, extra=extra), password=radicale.password))
    service.poll_calendars()
    stored = record(service, "day@n")
    if not all_day:
        assert stored is None
        return
    assert stored.status == "active"
    assert stored.interview.end == datetime(day.year, day.month, day.day, 16, 30, tzinfo=ZONE)
    assert stored.interview.end_inferred
    assert planned(service, stored.interview.id)


def test_unreachable_caldav_is_logged_once_retried_with_backoff_and_recovers(radicale, write_config, services, caplog):
    url = radicale.make_calendar("interviews")
    radicale.put_event("interviews", "a", calendar(event("a@n", soon())))
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    poller = service.calendar_pollers[0]
    service.poll_calendars()

    radicale.stop()
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            assert service.poll_calendars() == 0
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING and "work" in r.getMessage()]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert "cannot be reached" in warnings[0].getMessage()
    assert poller.failures == 3 and poller.delay() > poller.interval
    assert record(service, "a@n").status == "active"  # an outage is not a deletion

    radicale.start()
    radicale.put_event("interviews", "b", calendar(event("b@n", soon(30))))
    caplog.clear()
    with caplog.at_level(logging.INFO):
        assert service.poll_calendars() == 1
    assert "reachable again after 3 failed attempts" in caplog.text
    assert poller.failures == 0 and poller.delay() == poller.interval
    assert record(service, "b@n").status == "active"


def test_wrong_caldav_password_is_an_auth_error_that_never_shows_the_password(radicale, write_config, services, caplog):
    url = radicale.make_calendar("interviews")
    wrong = "not-the-password-" + uuid.uuid4().hex
    service = services(write_config(caldav_table(radicale, url), password=wrong))
    with caplog.at_level(logging.DEBUG):
        assert service.poll_calendars() == 0
    poller = service.calendar_pollers[0]
    assert poller.auth_failed
    assert "refused the login" in poller.last_error
    assert wrong not in caplog.text and radicale.password not in caplog.text


def test_calendar_event_of_a_mailed_invitation_is_one_interview(radicale, write_config, services, tmp_path):
    """Same UID: the calendar copy updates the mailed interview. Another UID at the same start with the same
    people (an ATS writing into the calendar): merged too, and it keeps following the calendar."""
    url = radicale.make_calendar("interviews")
    config = write_config(caldav_table(radicale, url), password=radicale.password)
    start = soon()
    raw, message_id, uid = invitation(start=start, end=start + timedelta(hours=1))
    other_start = soon(50)
    raw_other, other_message_id, _ = invitation(start=other_start, end=other_start + timedelta(minutes=45))
    for n, data in enumerate((raw, raw_other)):
        (tmp_path / "mail" / "new" / f"{n}.eml").write_bytes(data)
    service = services(config)
    service.run_once()
    assert len(service.store.interviews()) == 2

    radicale.put_event("interviews", "same-uid", calendar(event(uid, start, sequence=0, stamp=datetime.now(UTC))))
    radicale.put_event("interviews", "ats", calendar(event("ats-123@scheduler", other_start)))
    service.poll_calendars()
    records = service.store.interviews()
    assert len(records) == 2, [r.interview.key for r in records]
    merged = service.store.interview(records[1].interview.key)
    assert merged.interview.message_id == other_message_id  # the draft still replies to the invitation
    assert merged.interview.end == other_start + timedelta(hours=1)  # the calendar's DTEND wins

    moved = other_start + timedelta(hours=2)
    radicale.put_event("interviews", "ats", calendar(event("ats-123@scheduler", moved, sequence=1)))
    service.poll_calendars()
    records = service.store.interviews()
    assert len(records) == 2
    assert sorted(r.interview.start for r in records) == [start, moved]
    assert service.store.interview(f"ical:{uid}").interview.message_id == message_id


# ---------------------------------------------------------------- ICS feeds and files


def test_ics_feed_is_polled_with_conditional_gets(ics_feed: IcsFeed, write_config, services):
    start = soon()
    ics_feed.set("/secret/basic.ics", calendar(event("feed-1@n", start), event("other@n", soon(5), summary="Lunch")))
    service = services(write_config(feed_table(ics_feed.url("/secret/basic.ics"))))

    assert service.poll_calendars() == 2
    assert record(service, "feed-1@n").status == "active"
    assert record(service, "other@n") is None
    for _ in range(3):
        assert service.poll_calendars() == 0
    assert ics_feed.statuses() == [200, 304, 304, 304]
    assert [r.conditional for r in ics_feed.requests] == [False, True, True, True]

    moved = start + timedelta(days=1)
    ics_feed.set("/secret/basic.ics", calendar(event("feed-1@n", moved, sequence=1)))
    assert service.poll_calendars() == 1
    assert ics_feed.statuses()[-1] == 200
    assert record(service, "feed-1@n").interview.start == moved
    assert record(service, "other@n") is None


def test_feed_without_validators_is_downloaded_but_not_handed_on_again(write_config, services):
    with IcsFeed(send_etag=False, send_last_modified=False) as feed:
        feed.set("/cal.ics", calendar(event("plain@n", soon())))
        service = services(write_config(feed_table(feed.url("/cal.ics"))))
        assert service.poll_calendars() == 1
        assert service.poll_calendars() == 0
        assert feed.statuses() == [200, 200]


def test_feed_with_basic_auth(write_config, services, caplog):
    secret = "feed-" + uuid.uuid4().hex
    with IcsFeed(auth=("jordan", secret)) as feed:
        feed.set("/cal.ics", calendar(event("auth@n", soon())))
        credentials = 'username = "jordan"\npassword = { env = "FOLLOWUP_CAL_PASSWORD" }'
        table = feed_table(feed.url("/cal.ics"), extra=credentials)
        service = services(write_config(table, password=secret))
        assert service.poll_calendars() == 1
        assert feed.statuses() == [200]

        wrong = services(write_config(table, password="wrong-" + secret))
        with caplog.at_level(logging.DEBUG):
            assert wrong.poll_calendars() == 0
        assert wrong.calendar_pollers[0].auth_failed
        assert feed.statuses()[-1] == 401
        assert secret not in caplog.text


def test_failing_feed_is_logged_once_and_recovers(ics_feed: IcsFeed, write_config, services, caplog):
    ics_feed.set("/cal.ics", calendar(event("f@n", soon())))
    service = services(write_config(feed_table(ics_feed.url("/cal.ics"))))
    service.poll_calendars()
    ics_feed.fail("error")
    with caplog.at_level(logging.INFO):
        service.poll_calendars()
        ics_feed.fail("close")
        service.poll_calendars()
        ics_feed.stop()
        service.poll_calendars()
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "answered 500" in warnings[0].getMessage()
    assert record(service, "f@n").status == "active"

    ics_feed.start()
    ics_feed.recover()
    moved = soon(40)
    ics_feed.set("/cal.ics", calendar(event("f@n", moved, sequence=1)))
    with caplog.at_level(logging.INFO):
        assert service.poll_calendars() == 1
    assert "reachable again after 3 failed attempts" in caplog.text
    assert record(service, "f@n").interview.start == moved


def test_feed_that_comes_back_empty_is_not_taken_as_deleting_everything(ics_feed, write_config, services):
    ics_feed.set("/cal.ics", calendar(event("keep@n", soon())))
    service = services(write_config(feed_table(ics_feed.url("/cal.ics"))))
    service.poll_calendars()
    ics_feed.set("/cal.ics", calendar())
    service.poll_calendars()
    assert record(service, "keep@n").status == "active"
    ics_feed.set("/cal.ics", calendar(event("new@n", soon(30))))
    service.poll_calendars()
    assert record(service, "keep@n").status == "cancelled"  # a real calendar without it: deleted


def test_local_ics_file_and_a_broken_one(tmp_path, write_config, services, caplog):
    path = tmp_path / "exported.ics"
    path.write_text(calendar(event("file@n", soon())))
    table = f'[[calendar]]\nname = "file"\ntype = "ics"\npath = "{path}"\npoll_interval = "1s"\n'
    service = services(write_config(table))
    assert service.poll_calendars() == 1
    assert service.poll_calendars() == 0  # unchanged file: not even read

    path.write_bytes(b"this is not a calendar at all\n")
    with caplog.at_level(logging.WARNING):
        assert service.poll_calendars() == 0
        assert service.poll_calendars() == 0
    assert caplog.text.count("skipped") == 1
    assert record(service, "file@n").status == "active"  # unreadable is not deleted


# ---------------------------------------------------------------- config


def test_calendar_config_problems_are_reported_together(write_config):
    tables = """
[[calendar]]
type = "caldav"
url = "http://cal.example.com/dav/"
username = "me"
password = "hunter2"

[[calendar]]
type = "ics"
url = "https://example.com/a.ics"
path = "/tmp/a.ics"

[[calendar]]
url = "ftp://example.com/x"
"""
    with pytest.raises(ConfigError) as caught:
        load_config(write_config(tables))
    problems = "\n".join(caught.value.problems)
    assert "calendar[1].password must not be the password itself" in problems
    assert "sent in clear over http" in problems
    assert "calendar[2].url or calendar[2].path: give exactly one" in problems
    assert "calendar[3].type is required" in problems
    assert "calendar[3].url must be an http(s) or webcal address" in problems
    assert "hunter2" not in str(caught.value)


def test_example_config_documents_calendars_that_parse(tmp_path):
    example = (ROOT / "config.example.toml").read_text()
    assert load_config(_write(tmp_path / "plain.toml", example)).calendars == ()
    block = example[example.index("# [[calendar]]") :].split("\n\n[", 1)[0]
    enabled = example.replace(block, "\n".join(line.removeprefix("# ") for line in block.splitlines()))
    settings = load_config(_write(tmp_path / "enabled.toml", enabled))
    kinds = [(c.type, bool(c.url), c.path is not None) for c in settings.calendars]
    assert ("caldav", True, False) in kinds and ("ics", True, False) in kinds and ("ics", False, True) in kinds
    assert all(c.tls_verify for c in settings.calendars)
    feed = next(c for c in settings.calendars if c.type == "ics" and c.url)
    assert feed.url.startswith("https://")  # webcal:// is read as https://
    assert "private-" not in feed.where  # the secret part of the address never reaches a log line


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


# ---------------------------------------------------------------- end to end


def test_service_process_with_dovecot_and_radicale(imap_account, make_config, radicale, service):
    """`followup run`: a calendar-only interview gets its draft, a mailed one also in the calendar gets one
    plan, and a calendar that goes away leaves the mail side working."""
    now = datetime.now(UTC)
    url = radicale.make_calendar("interviews")
    radicale.put_event(
        "interviews",
        "cal-only",
        calendar(event("cal-only@n", now - timedelta(minutes=50), now + timedelta(seconds=2))),
    )
    raw, _, uid = invitation(start=now + timedelta(days=2), end=now + timedelta(days=2, hours=1))
    radicale.put_event("interviews", "mailed", calendar(event(uid, now + timedelta(days=2))))
    imap_account.append("INBOX", raw)
    calendar_table = caldav_table(radicale, url).replace("FOLLOWUP_CAL_PASSWORD", "FOLLOWUP_RADICALE_PASSWORD")
    import os

    os.environ["FOLLOWUP_RADICALE_PASSWORD"] = radicale.password
    try:
        proc = service(make_config(imap_account, extra=FAST_TIMING + calendar_table))
        wait_until(lambda: imap_account.messages("Drafts"), timeout=30, what="the calendar interview's draft")
        proc.wait_for_log("planned from event calendar:work:cal-only@n")
        proc.wait_for_log(f"calendar:work:{uid}")
        assert proc.log.count(" planned from ") == 2, proc.log  # the mailed interview is planned once

        radicale.stop()
        proc.wait_for_log("cannot be reached")
        late = datetime.now(UTC)
        raw_late, _, _ = invitation(start=late - timedelta(minutes=30), end=late + timedelta(seconds=2))
        imap_account.append("INBOX", raw_late)
        wait_until(lambda: len(imap_account.messages("Drafts")) == 2, timeout=30, what="the mailed draft")
        assert proc.log.count("cannot be reached") == 1
        assert radicale.password not in proc.log
        assert proc.stop() == 0
    finally:
        os.environ.pop("FOLLOWUP_RADICALE_PASSWORD", None)


def test_check_reports_each_calendar(radicale, ics_feed, write_config, tmp_path):
    import subprocess
    import sys

    url = radicale.make_calendar("interviews", "Interviews")
    radicale.put_event("interviews", "a", calendar(event("a@n", soon())))
    ics_feed.set("/cal.ics", calendar(event("b@n", soon())))
    tables = (
        caldav_table(radicale, url)
        + feed_table(ics_feed.url("/cal.ics"))
        + f'[[calendar]]\nname = "missing"\ntype = "ics"\npath = "{tmp_path / "nope.ics"}"\n'
    )
    config = write_config(tables, password=radicale.password)
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "check"], capture_output=True, text=True, timeout=60
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("calendar")]
    assert done.returncode == 1, done.stdout + done.stderr
    assert lines[0] == "calendar   work (caldav): password found in $FOLLOWUP_CAL_PASSWORD"
    assert lines[1].startswith(f"calendar   work (caldav): {url}: Interviews (1 objects, polled by sync token)")
    assert lines[2].startswith("calendar   feed (ics): ") and "conditional GET with ETag and Last-Modified" in lines[2]
    assert lines[3].startswith("calendar   missing (ics): FAILED: calendar missing: no such file")
    assert radicale.password not in done.stdout + done.stderr


def test_caldav_account_address_watches_the_calendars_named(radicale, write_config, services):
    radicale.make_calendar("interviews", "Job interviews")
    radicale.make_calendar("family", "Family")
    radicale.put_event("interviews", "i", calendar(event("in-interviews@n", soon())))
    radicale.put_event("family", "f", calendar(event("in-family@n", soon(30))))
    table = caldav_table(radicale, radicale.principal_url(), extra='calendars = ["Job interviews"]')
    service = services(write_config(table, password=radicale.password))
    assert service.poll_calendars() == 1
    assert record(service, "in-interviews@n").status == "active"
    assert record(service, "in-family@n") is None

    everything = services(write_config(caldav_table(radicale, radicale.url), password=radicale.password))
    assert everything.poll_calendars() == 2


def test_a_calendar_failure_never_reaches_the_mail_side(
    ics_feed, write_config, services, tmp_path, monkeypatch, caplog
):
    """A fault no real server shows (a bug while taking changes in) is contained to the calendar."""
    from watcher.calendar_sync import CalendarSync

    ics_feed.set("/cal.ics", calendar(event("cal@n", soon())))
    start = soon(30)
    raw, _, uid = invitation(start=start, end=start + timedelta(hours=1))
    service = services(write_config(feed_table(ics_feed.url("/cal.ics"))))
    (tmp_path / "mail" / "new" / "1.eml").write_bytes(raw)

    def broken(self, changes, now):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(CalendarSync, "apply", broken)
    with caplog.at_level(logging.ERROR):
        counts = service.run_once()
    assert counts["read"] == 1 and counts["calendar_events"] == 0
    assert record(service, uid).status == "active"
    assert "calendar feed: changes not taken in: RuntimeError: simulated bug" in caplog.text


def test_invitation_mailed_after_the_calendar_copy_still_gets_the_reply_thread(
    radicale, write_config, services, tmp_path
):
    """The calendar already holds a newer revision (moved, SEQUENCE 1) when the original invitation is read:
    the older email does not move the interview back, but the drafts still reply to it."""
    url = radicale.make_calendar("interviews")
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    start = soon()
    raw, message_id, uid = invitation(start=start, end=start + timedelta(hours=1))
    moved = start + timedelta(hours=2)
    radicale.put_event("interviews", "copy", calendar(event(uid, moved, sequence=1)))
    service.poll_calendars()
    assert record(service, uid).interview.message_id == ""
    (tmp_path / "mail" / "new" / "1.eml").write_bytes(raw)
    service.run_once()
    assert len(service.store.interviews()) == 1
    stored = record(service, uid).interview
    assert stored.start == moved
    assert stored.message_id == message_id


def test_caldav_without_sync_tokens_compares_etags(radicale, write_config, services):
    """As on a server without RFC 6578 (Radicale has it, so the source is told it has not)."""
    url = radicale.make_calendar("interviews")
    radicale.put_event("interviews", "a", calendar(event("etag-a@n", soon())))
    radicale.put_event("interviews", "b", calendar(event("etag-b@n", soon(30))))
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    source = service.calendar_pollers[0].source
    for collection in source._connect():
        collection.sync = False
    assert service.poll_calendars() == 2

    before = source.requests
    assert service.poll_calendars() == 0
    assert source.requests - before == 1  # one PROPFIND of the ETags, nothing downloaded

    moved = soon(40)
    radicale.put_event("interviews", "a", calendar(event("etag-a@n", moved, sequence=1)))
    radicale.delete_event("interviews", "b")
    before = source.requests
    assert service.poll_calendars() == 1
    assert source.requests - before == 2  # the PROPFIND and one multiget
    assert record(service, "etag-a@n").interview.start == moved
    assert record(service, "etag-b@n").status == "cancelled"


def test_expired_sync_token_starts_over_without_replanning(radicale, write_config, services, caplog):
    url = radicale.make_calendar("interviews")
    radicale.put_event("interviews", "a", calendar(event("token@n", soon())))
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    source = service.calendar_pollers[0].source
    assert service.poll_calendars() == 1
    for collection in source._connect():
        collection.token = "http://radicale.org/ns/sync/0000000000000000000000000000000000000000"
    radicale.put_event("interviews", "b", calendar(event("token-b@n", soon(30))))
    with caplog.at_level(logging.INFO):
        assert service.poll_calendars() == 1  # only the new event is handed on
    assert "sync token no longer valid" in caplog.text
    assert record(service, "token-b@n").status == "active"
    assert service.poll_calendars() == 0
