"""What the service says about its work (issue 18): a pass that changes nothing says only its summary and
writes nothing; a command that could not do its job exits non-zero; guesses are said out loud; a drafted
follow-up whose interview then moved or was cancelled reads correctly in `followup list`.

Against the real servers: Dovecot for the mailbox, Radicale for the calendar.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.adapters.test_calendar_sources import caldav_table, calendar, event, services, write_config  # noqa: F401
from tests.conftest import FAST_TIMING
from tests.mailgen import invitation
from tests.paths import ROOT, TESTS

DATA = TESTS / "data"


def followup(config: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("JOURNAL_STREAM", "INVOCATION_ID")}
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**env, "PYTHONPATH": str(ROOT)},
    )


def log_lines(stderr: str) -> list[str]:
    """The log without its time stamps: '<LEVEL> <message>'."""
    return [line.split(" ", 2)[2] for line in stderr.splitlines() if line.strip()]


def state_dump(state_dir: Path) -> dict[str, list]:
    """Every row of every table of every database in the state folder, and every other file's bytes."""
    dump: dict[str, list] = {}
    for path in sorted(state_dir.rglob("*")):
        if not path.is_file() or path.name == "lock" or path.name.endswith(("-wal", "-shm", "-journal")):
            continue
        if path.suffix == ".sqlite":
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
                tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
                for table in sorted(tables):
                    dump[f"{path.name}:{table}"] = sorted(map(repr, db.execute(f'SELECT * FROM "{table}"')))
        else:
            dump[str(path.relative_to(state_dir))] = [path.read_bytes()]
    return dump


def test_second_pass_over_unchanged_mail_and_calendar_logs_only_its_summary_and_writes_nothing(
    imap_account, make_config, radicale
):
    now = datetime.now(UTC).replace(microsecond=0)
    url = radicale.make_calendar("interviews")
    soon = now + timedelta(days=2)
    radicale.put_event("interviews", "upcoming", calendar(event("upcoming@northwind", soon)))
    radicale.put_event(
        "interviews", "called-off", calendar(event("off@northwind", soon + timedelta(hours=3), status="CANCELLED"))
    )
    # Over a day ago: with the tests' 2-hour deadline its thank-you is too late ("passed while stopped").
    radicale.put_event("interviews", "past", calendar(event("past@northwind", now - timedelta(days=1, hours=2))))
    raw, _, _ = invitation(start=soon + timedelta(days=1), end=soon + timedelta(days=1, hours=1))
    imap_account.append("INBOX", raw)
    config = make_config(
        imap_account, extra=FAST_TIMING + caldav_table(radicale, url).replace("FOLLOWUP_CAL_PASSWORD", "CAL_PW")
    )
    os.environ["CAL_PW"] = radicale.password
    try:
        first = followup(config, "run", "--once")
        assert first.returncode == 0, first.stderr
        assert "planned" in first.stderr and "skipped" in first.stderr, first.stderr
        before = state_dump(config.parent / "state")

        second = followup(config, "run", "--once")
        third = followup(config, "run", "--once")
    finally:
        del os.environ["CAL_PW"]
    assert second.returncode == 0, second.stderr
    for rerun in (second, third):
        lines = log_lines(rerun.stderr)
        assert len(lines) == 1 and lines[0].startswith("INFO pass complete"), rerun.stderr
    assert state_dump(config.parent / "state") == before


def test_run_once_exits_non_zero_when_a_calendar_refuses_the_login(imap_account, make_config, radicale):
    url = radicale.make_calendar("interviews")
    config = make_config(imap_account, extra=FAST_TIMING + caldav_table(radicale, url))
    os.environ["FOLLOWUP_CAL_PASSWORD"] = "not-the-password"
    try:
        result = followup(config, "run", "--once")
    finally:
        del os.environ["FOLLOWUP_CAL_PASSWORD"]
    assert result.returncode != 0
    assert "refused the login" in result.stderr
    assert "not-the-password" not in result.stderr


def test_run_once_and_check_exit_non_zero_when_the_mail_login_is_refused(imap_account, make_config):
    config = make_config(imap_account)
    os.environ["FOLLOWUP_TEST_PASSWORD"] = "wrong-password"
    for command in (("run", "--once"), ("check",)):
        result = followup(config, *command)
        assert result.returncode != 0, (command, result.stdout, result.stderr)
        assert "refused the login" in result.stdout + result.stderr
        assert "wrong-password" not in result.stdout + result.stderr


def test_inspect_warns_of_an_unknown_zone_a_missing_start_and_an_assumed_length(tmp_path: Path):
    def ics(body: str) -> Path:
        path = tmp_path / f"{len(list(tmp_path.iterdir()))}.ics"
        path.write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:w@x\r\n"
            "SUMMARY:Interview: Data Engineer at Northwind\r\n"
            "ORGANIZER;CN=Riley Chen:mailto:riley@northwind.example\r\n"
            "ATTENDEE;CN=Dana Whitfield:mailto:dana@northwind.example\r\n" + body + "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        return path

    mars = ics("DTSTART;TZID=Mars/Olympus_Mons:20270104T100000\r\nDTEND;TZID=Mars/Olympus_Mons:20270104T110000\r\n")
    no_start = ics("DTEND:20270104T110000Z\r\n")
    no_end = ics("DTSTART:20270104T150000Z\r\n")
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "inspect", "--json", str(mars), str(no_start), str(no_end)],
        capture_output=True,
        text=True,
        env={**os.environ, "TZ": "America/New_York", "XDG_CONFIG_HOME": str(tmp_path / "none")},
    )
    assert result.returncode == 0, result.stderr
    by_file = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    mars_warnings = " ".join(by_file[mars.name]["warnings"])
    assert "Mars/Olympus_Mons" in mars_warnings and "America/New_York" in mars_warnings
    assert by_file[mars.name]["start"] == "2027-01-04T10:00:00-05:00"
    assert any("DTSTART" in w for w in by_file[no_start.name]["warnings"])
    assert "all-day" not in " ".join(by_file[no_start.name]["warnings"])
    assert by_file[no_end.name]["end_inferred"] is True
    assert any("1 hour" in w or "1h" in w for w in by_file[no_end.name]["warnings"])


def test_drafted_thank_yous_of_a_moved_and_a_cancelled_interview_read_correctly_in_list(
    radicale,
    write_config,  # noqa: F811 - the fixture imported above
    services,  # noqa: F811 - the fixture imported above
    caplog,
):
    import logging

    from tests.adapters.test_calendar_sources import record
    from watcher.report import plan_entries, render_plan
    from watcher.store import DRAFTED

    url = radicale.make_calendar("interviews")
    ended = (datetime.now(UTC) - timedelta(hours=2)).replace(second=0, microsecond=0)
    radicale.put_event("interviews", "moves", calendar(event("moves@n", ended, sequence=0)))
    radicale.put_event("interviews", "off", calendar(event("off@n", ended - timedelta(minutes=30), sequence=0)))
    service = services(write_config(caldav_table(radicale, url), password=radicale.password))
    service.run_once()
    moves, off = record(service, "moves@n").interview, record(service, "off@n").interview
    for interview in (moves, off):
        assert [s.state for s in service.store.followups(interview.id) if s.followup.kind.value == "thank_you"] == [
            DRAFTED
        ]

    later = (datetime.now(UTC) + timedelta(days=3)).replace(hour=15, minute=0, second=0, microsecond=0)
    radicale.put_event("interviews", "moves", calendar(event("moves@n", later, sequence=1)))
    radicale.put_event("interviews", "off", calendar(event("off@n", ended, status="CANCELLED", sequence=1)))
    caplog.clear()  # only the second pass's lines: another test may have left INFO on for the first one
    with caplog.at_level(logging.INFO, logger="followup"):
        service.run_once()
    moved_lines = [r.getMessage() for r in caplog.records if moves.id in r.getMessage()]
    assert moved_lines and not any("thank_you at" in line for line in moved_lines), moved_lines

    tz = service.ctx.timezone
    text = render_plan(plan_entries(service.store), datetime.now(UTC), tz)
    top = text.split("\n\n")[0]
    assert "In your Drafts to send" not in top, text
    sections = {block.split()[0]: block for block in text.split("\n\n")[1:]}
    new_time = later.astimezone(tz)
    assert f"moved to {new_time:%a} {new_time.day} {new_time:%b}" in sections[moves.id]
    assert "this draft was for the old time" in sections[moves.id]
    assert "send it by" not in sections[moves.id]
    assert "the interview was cancelled: delete this draft" in sections[off.id]
    assert "send it" not in sections[off.id]


def test_check_exits_non_zero_when_a_watched_folder_is_missing(tmp_path: Path):
    mail = tmp_path / "mail"
    for folder in (mail, mail / ".Drafts"):
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[user]\nname = "Jordan Lee"\nemail = "jordan@example.test"\ntimezone = "America/New_York"\n'
        f'[maildir]\npath = "{mail}"\nfolders = ["INBOX", "Jobs"]\n[state]\ndir = "{tmp_path / "state"}"\n'
    )
    result = followup(config, "check")
    assert result.returncode != 0
    assert "folder     Jobs: MISSING" in result.stdout
    assert "Jobs" in result.stderr

    config.write_text(config.read_text().replace(', "Jobs"', ""))
    assert followup(config, "check").returncode == 0
