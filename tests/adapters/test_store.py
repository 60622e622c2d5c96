"""The state database across versions and accidents: migrations from every older schema keep the data,
a failed or newer schema is refused with a clear message, a damaged file is named, not a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.local import maildir_config
from tests.paths import TESTS
from watcher import store as store_module
from watcher.errors import StateError
from watcher.store import DRAFTED, PLANNED, SCHEMA_VERSION, Store

GOLDEN = sorted((TESTS / "data" / "state").glob("state-v*.sql"))


def database_at(folder: Path, version: int, dump: Path | None = None) -> Path:
    """A state folder whose database is at `version`: loaded from a golden dump, or built with the real
    migrations up to it (version 0: the empty file an interrupted first start leaves behind)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "state.sqlite"
    path.touch(mode=0o600)
    db = sqlite3.connect(path)
    if dump is not None:
        db.executescript(dump.read_text())
    else:
        for step in range(1, version + 1):
            db.executescript(store_module._MIGRATIONS[step])
    db.execute(f"PRAGMA user_version={version}")
    db.commit()
    db.close()
    return path


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_older_schema_migrates_to_the_current_one(tmp_path, version):
    database_at(tmp_path / "state", version)
    store = Store(tmp_path / "state")
    try:
        assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {row[0] for row in store._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"interviews", "followups", "checkpoints", "messages", "notes"} <= tables
        assert store.interviews() == [] and store.followups() == []
    finally:
        store.close()


@pytest.mark.parametrize("dump", GOLDEN, ids=lambda p: p.stem)
def test_a_real_database_of_an_older_version_keeps_all_its_data(tmp_path, dump):
    """The golden database written by the version of its name: after the migration every record reads back."""
    database_at(tmp_path / "state", int(dump.stem.removeprefix("state-v")), dump)
    store = Store(tmp_path / "state")
    try:
        (record,) = store.interviews()
        interview = record.interview
        assert (record.status, interview.company, interview.role) == ("active", "Northwind", "Data Engineer")
        assert [p.email for p in interview.interviewers] == [
            "dana.whitfield@northwind.example",
            "lee.park@northwind.example",
        ]
        states = sorted((f.followup.kind.value, f.state) for f in store.followups(interview.id))
        assert states == [("check_in", PLANNED), ("thank_you", DRAFTED), ("thank_you", PLANNED)]
        assert store.checkpoint("imap:jordan@imap.example.test", "INBOX") == (1700000000, 17)
        assert store.seen("golden-1@northwind.example")
        assert store.notes(interview.id) == ["Ask about the on-call rotation."]
    finally:
        store.close()


def test_a_database_from_a_newer_followup_is_refused(tmp_path):
    database_at(tmp_path / "state", SCHEMA_VERSION)
    with sqlite3.connect(tmp_path / "state" / "state.sqlite") as db:
        db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    with pytest.raises(StateError, match="written by a newer followup"):
        Store(tmp_path / "state")


def test_a_failed_migration_leaves_the_previous_version_intact(tmp_path, monkeypatch):
    database_at(tmp_path / "state", SCHEMA_VERSION)
    with sqlite3.connect(tmp_path / "state" / "state.sqlite") as db:
        db.execute("INSERT INTO notes VALUES ('i1', 'kept', '2025-01-01')")
    broken = SCHEMA_VERSION + 1
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", broken)
    monkeypatch.setitem(
        store_module._MIGRATIONS, broken, "ALTER TABLE notes ADD COLUMN pinned INTEGER; CREATE TABLE notes (x);"
    )
    with pytest.raises(StateError, match=f"cannot upgrade the state .* to schema {broken}: .*left at {broken - 1}"):
        Store(tmp_path / "state")

    monkeypatch.undo()
    store = Store(tmp_path / "state")
    try:
        assert store.notes("i1") == ["kept"]
        columns = [row[1] for row in store._db.execute("PRAGMA table_info(notes)")]
        assert "pinned" not in columns, "the half-done step was rolled back"
    finally:
        store.close()


def test_a_damaged_state_file_is_a_one_line_error_naming_it(tmp_path):
    config = maildir_config(tmp_path)
    state = tmp_path / "state"
    state.mkdir(mode=0o700)  # private, as the service leaves it: only the damage is to be reported here
    (state / "state.sqlite").write_bytes(b"this is not a database, a disk filled up or a sync tool broke it" * 100)
    (state / "state.sqlite").chmod(0o600)
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "list"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"the state database {state / 'state.sqlite'} is unreadable" in done.stderr
    assert "move it away to start afresh" in done.stderr


def test_calendar_state_of_an_older_version_moves_into_the_database(tmp_path):
    """Before schema 2 each calendar's sync kept its occurrences in state/calendars/<calendar>.json: the upgrade
    takes them in (a deleted event is still noticed after the upgrade) and removes the files; a dry run's
    in-memory copy takes them in too but leaves every file as it was."""
    import json

    state = tmp_path / "state"
    database_at(state, 1)
    files = state / "calendars"
    files.mkdir()
    known = {"uid-1@example": {"uid": "uid-1@example", "into": "ical:uid-1@example", "start": "", "fp": "abc"}}
    (files / "work-0123456789.json").write_text(json.dumps({"version": 1, "calendar": "work", "known": known}))
    (files / "broken-0123456789.json").write_text("{not json")

    dry = Store(state, snapshot=True)
    try:
        assert dry.calendar_occurrences("work-0123456789") == known
    finally:
        dry.close()
    assert (files / "work-0123456789.json").exists()

    store = Store(state)
    try:
        assert store.calendar_occurrences("work-0123456789") == known
        assert store.calendar_occurrences("broken-0123456789") == {}
    finally:
        store.close()
    assert not (files / "work-0123456789.json").exists()
    assert (files / "broken-0123456789.json").exists(), "a file that could not be read is left for the user"


@pytest.mark.parametrize("mode", [0o755, 0o777])
def test_a_state_folder_made_beforehand_is_made_private_at_start(tmp_path, mode, caplog):
    import logging
    import stat

    state = tmp_path / "state"
    state.mkdir()
    state.chmod(mode)
    caplog.set_level(logging.WARNING, logger="followup")
    Store(state).close()
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    assert stat.S_IMODE((state / "state.sqlite").stat().st_mode) == 0o600
    (line,) = [r.getMessage() for r in caplog.records]
    assert line == f"{state} was open to others (mode {mode:o}); made 700"
    caplog.clear()
    Store(state).close()
    assert caplog.records == []


def test_the_executor_sees_every_change_to_the_interviews_on_record(tmp_path):
    """Executor.records keeps what it read of the store between messages; a change by the service itself, by
    a command beside it (another connection) or a transaction undone is seen by the next message."""
    from datetime import UTC, datetime, timedelta

    from watcher.executor import Executor
    from watcher.model import EndSource, Interview, Person, Status, Understanding, Verdict

    def interview(key: str) -> Interview:
        start = datetime(2026, 3, 4, 15, tzinfo=UTC)
        return Interview(
            key=key,
            start=start,
            end=start + timedelta(hours=1),
            end_source=EndSource.CALENDAR,
            company="Northwind",
            interviewers=(Person("Dana Wu", "dana@northwind.example"),),
        )

    read = Understanding(verdict=Verdict(True, 1.0, ("invitation",)), interview=interview("ical:x"))

    def keys(executor: Executor) -> list[str]:
        return sorted(r.interview.key for r in executor.records(read).interviews)

    service, beside = Store(tmp_path), Store(tmp_path)
    executor = Executor(service)
    assert keys(executor) == []
    service.save_interview(interview("ical:a"), Status.ACTIVE.value, "INBOX:1")
    assert keys(executor) == ["ical:a"]
    beside.save_interview(interview("ical:b"), Status.ACTIVE.value, "INBOX:2")
    assert keys(executor) == ["ical:a", "ical:b"]
    with pytest.raises(RuntimeError), service.transaction():
        service.save_interview(interview("ical:c"), Status.ACTIVE.value, "INBOX:3")
        assert keys(executor) == ["ical:a", "ical:b", "ical:c"]
        raise RuntimeError("undone")
    assert keys(executor) == ["ical:a", "ical:b"]
    service.close()
    beside.close()
