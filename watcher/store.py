"""The state database: interviews, their planned follow-ups, mailbox checkpoints and messages already read.

This is the source of truth; the scheduler's job store is rebuilt from it at start-up. SQLite in WAL mode
so `followup list` can read while the service writes; files are created 0600 (they hold names and
addresses of the user's contacts, never a password).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO, TypeVar

from .errors import StateError
from .model import (
    EndSource,
    FollowUp,
    Interview,
    Kind,
    Person,
    Session,
    State,
    Status,
    StoredFollowUp,
    StoredInterview,
)

log = logging.getLogger("followup")
_Made = TypeVar("_Made")

SCHEMA_VERSION = 5

_MIGRATIONS: dict[int, str] = {
    1: """
    CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        key TEXT UNIQUE NOT NULL,
        status TEXT NOT NULL,            -- active | cancelled | declined
        data TEXT NOT NULL,              -- the Interview as JSON
        source TEXT NOT NULL DEFAULT '', -- where it was last read from, e.g. "imap:INBOX:1234"
        updated_at TEXT NOT NULL
    );
    CREATE TABLE followups (
        id TEXT PRIMARY KEY,
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        kind TEXT NOT NULL,
        due TEXT NOT NULL,
        send_by TEXT NOT NULL,
        expires TEXT NOT NULL,
        recipients TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL,             -- planned | saving | drafted | skipped
        detail TEXT NOT NULL DEFAULT '',
        draft_id TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    );
    CREATE INDEX followups_due ON followups(state, due);
    CREATE INDEX followups_interview ON followups(interview_id);
    CREATE TABLE checkpoints (
        mailbox TEXT NOT NULL,
        folder TEXT NOT NULL,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        PRIMARY KEY (mailbox, folder)
    );
    CREATE TABLE messages (
        key TEXT PRIMARY KEY,            -- Message-ID, or a digest of the headers when there is none
        source TEXT NOT NULL,
        outcome TEXT NOT NULL,
        seen_at TEXT NOT NULL
    );
    CREATE TABLE notes (
        interview_id TEXT NOT NULL,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL
    );
    """,
    2: """
    -- What became of a saved draft, read from Drafts and Sent: '' (not looked yet), waiting, edited, sent,
    -- deleted; fate_at: when it was sent.
    ALTER TABLE followups ADD COLUMN fate TEXT NOT NULL DEFAULT '';
    ALTER TABLE followups ADD COLUMN fate_at TEXT;
    """,
    # One guard per input (watcher/guard.py): what failed, and what is being handled right now, so an
    # input that kills the process itself (a crash in C code, the OOM killer) is counted across restarts.
    3: """
    CREATE TABLE quarantine (
        key TEXT PRIMARY KEY,            -- a digest of the input's bytes: the same input is known again
        kind TEXT NOT NULL,              -- message | event | calendar object
        source TEXT NOT NULL,            -- where it was read, e.g. "INBOX:1234" or "calendar:work:<uid>"
        name TEXT NOT NULL DEFAULT '',   -- its Message-ID or UID once known
        error TEXT NOT NULL,             -- the error's class and first line
        attempts INTEGER NOT NULL,
        at TEXT NOT NULL
    );
    CREATE TABLE in_hand (
        key TEXT PRIMARY KEY,            -- written before an input is handled, deleted with its last write
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        started_at TEXT NOT NULL
    );
    """,
    # What each calendar's sync remembers (it lived in state/calendars/<calendar>.json before): the
    # occurrences that became interviews, and the interview each one went into.
    4: """
    CREATE TABLE calendar_occurrences (
        calendar TEXT NOT NULL,          -- the calendar's name and origin, e.g. "work-1a2b3c4d5e"
        key TEXT NOT NULL,               -- UID, with #RECURRENCE-ID for an occurrence of a series
        uid TEXT NOT NULL,
        into_key TEXT NOT NULL,          -- the key of the interview it went into
        start TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (calendar, key)
    );
    """,
    # Interviewers known only by name whose thanks a thank-you asks its recipient to pass on (a JSON list).
    5: """
    ALTER TABLE followups ADD COLUMN pass_on TEXT NOT NULL DEFAULT '[]';
    """,
}

PLANNED, SAVING, DRAFTED, SKIPPED, OFF = State.PLANNED, State.SAVING, State.DRAFTED, State.SKIPPED, State.OFF


@dataclass(frozen=True)
class QuarantinedInput:
    """An input (a message, a calendar event) that failed and is not handled again."""

    key: str
    kind: str
    source: str
    name: str
    error: str
    attempts: int
    at: str


class _Connection:
    """One SQLite connection, safe to share between the service's threads (calls are serialised), and its
    transactions."""

    _db: sqlite3.Connection
    _lock: threading.RLock
    _depth: int
    _after_commit: list[Callable[[], None]]
    _plan_writes: int
    _made: dict[tuple, object]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Every write inside is one transaction: all of it is kept, or none. Nested uses are savepoints.

        The store's lock is held throughout, so no other thread's write can slip into it.
        """
        with self._lock:
            outer = self._depth == 0
            savepoint = f"nested{self._depth}"
            pending = len(self._after_commit)
            self._db.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield
                self._db.execute("COMMIT" if outer else f"RELEASE {savepoint}")
            except BaseException:
                if outer:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                else:
                    self._db.execute(f"ROLLBACK TO {savepoint}")
                    self._db.execute(f"RELEASE {savepoint}")
                self._plan_writes += 1  # rows read inside it may be gone now (see plan_version)
                del self._after_commit[pending:]
                raise
            finally:
                self._depth -= 1
            if outer:
                done, self._after_commit = self._after_commit, []
                for action in done:
                    action()

    def on_commit(self, action: Callable[[], None]) -> None:
        """Run `action` once the transaction in progress is kept (now, when there is none); never when it
        is rolled back. For what mirrors the state outside it, such as the scheduler's jobs."""
        with self._lock:
            if self._depth:
                self._after_commit.append(action)
                return
        action()

    def _write(self, sql: str, args: tuple = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, args)

    def _read(self, sql: str, args: tuple = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _row(self, make: Callable[[sqlite3.Row], _Made], row: sqlite3.Row) -> _Made:
        """`make(row)`, kept for a row read again unchanged: the records are immutable, and a first start reads
        the whole plan again after each interview message, decoding the same JSON each time."""
        key = (make, tuple(row))
        made = self._made.get(key)
        if made is None:
            if len(self._made) >= 20_000:  # rows long rewritten: start afresh rather than grow without end
                self._made.clear()
            made = self._made[key] = make(row)
        return made  # type: ignore[return-value]

    def plan_version(self) -> tuple[int, int]:
        """Changes whenever the interviews or follow-ups may have changed: a write of them through this store, a
        transaction undone, or a commit by another connection (a CLI command beside the service; SQLite's
        data_version). What was read of them is still true while it stays the same (Executor.records)."""
        with self._lock:
            return self._plan_writes, self._db.execute("PRAGMA data_version").fetchone()[0]


class _Inputs(_Connection):
    """What the service remembers of its inputs besides the plan: those in hand and those set aside (the
    guard, watcher/guard.py), and the calendar occurrences that became interviews (watcher/calendar_sync.py)."""

    # ---------------------------------------------------------------- inputs in hand, quarantine

    def begin_input(self, key: str, kind: str, source: str) -> int:
        """Note (committed at once) that an input is being handled; returns how many times it has been,
        this one included. A count above one means the process died while handling it before."""
        with self._lock:
            self._db.execute(
                "INSERT INTO in_hand VALUES (?,?,?,1,?) ON CONFLICT(key) DO UPDATE SET "
                "attempts=in_hand.attempts+1, source=excluded.source, started_at=excluded.started_at",
                (key, kind, source, _now()),
            )
            return self._db.execute("SELECT attempts FROM in_hand WHERE key=?", (key,)).fetchone()[0]

    def end_input(self, key: str) -> None:
        self._write("DELETE FROM in_hand WHERE key=?", (key,))

    def quarantine(self, key: str, kind: str, source: str, name: str, error: str, attempts: int) -> None:
        self._write(
            "INSERT OR REPLACE INTO quarantine VALUES (?,?,?,?,?,?,?)",
            (key, kind, source, name, error, attempts, _now()),
        )

    def is_quarantined(self, key: str) -> bool:
        return bool(self._read("SELECT 1 FROM quarantine WHERE key=?", (key,)))

    def quarantined(self) -> list[QuarantinedInput]:
        return [QuarantinedInput(**dict(r)) for r in self._read("SELECT * FROM quarantine ORDER BY at, rowid")]

    # ---------------------------------------------------------------- calendars

    def calendar_occurrences(self, calendar: str) -> dict[str, dict[str, str]]:
        """Occurrence key -> {"uid", "into", "start", "fp"} for one calendar."""
        rows = self._read("SELECT * FROM calendar_occurrences WHERE calendar=?", (calendar,))
        return {
            r["key"]: {"uid": r["uid"], "into": r["into_key"], "start": r["start"], "fp": r["fingerprint"]}
            for r in rows
        }

    def put_calendar_occurrence(self, calendar: str, key: str, entry: dict[str, str]) -> None:
        self._write(
            "INSERT OR REPLACE INTO calendar_occurrences VALUES (?,?,?,?,?,?)",
            (calendar, key, entry["uid"], entry["into"], entry.get("start", ""), entry.get("fp", "")),
        )

    def drop_calendar_occurrence(self, calendar: str, key: str) -> None:
        self._write("DELETE FROM calendar_occurrences WHERE calendar=? AND key=?", (calendar, key))

    def set_calendar_occurrences(self, calendar: str, known: dict[str, dict[str, str]]) -> None:
        with self.transaction():
            self._db.execute("DELETE FROM calendar_occurrences WHERE calendar=?", (calendar,))
            for key, entry in known.items():
                if not (isinstance(entry, dict) and "uid" in entry and "into" in entry):
                    continue
                self._db.execute(
                    "INSERT INTO calendar_occurrences VALUES (?,?,?,?,?,?)",
                    (calendar, key, entry["uid"], entry["into"], entry.get("start", ""), entry.get("fp", "")),
                )


class Store(_Inputs):
    """The state database: the interviews, their follow-ups, checkpoints, messages read, notes; a schema version."""

    def __init__(self, state_dir: Path, *, snapshot: bool = False):
        """`snapshot`: work on an in-memory copy of the state (empty if there is none yet), so a dry run can
        go through every step and leave the state folder exactly as it was (not even created)."""
        self.dir = Path(state_dir)
        path = self.dir / "state.sqlite"
        try:
            if snapshot:
                self._db = _snapshot(path)
            else:
                self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
                if not path.exists():
                    path.touch(mode=0o600)
                _restrict(self.dir, 0o700)
                _restrict(path, 0o600)
                self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=10)
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"cannot open the state database in {self.dir}: {exc}") from None
        self._lock = threading.RLock()
        self._after_commit: list[Callable[[], None]] = []
        self._depth = 0
        self._plan_writes = 0
        self._made = {}
        self._db.row_factory = sqlite3.Row
        try:
            if not snapshot:
                self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StateError(f"the state database {path} is unreadable ({exc}); move it away to start afresh") from None
        self.snapshot = snapshot
        self._migrate()

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # ---------------------------------------------------------------- schema

    def _migrate(self) -> None:
        with self._lock:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StateError(
                    f"the state in {self.dir} was written by a newer followup (schema {version}); upgrade followup"
                )
            for target in range(version + 1, SCHEMA_VERSION + 1):
                # One transaction per step: a crash or an error leaves the database at the previous version.
                try:
                    self._db.executescript(f"BEGIN; {_MIGRATIONS[target]}; PRAGMA user_version={target}; COMMIT;")
                except sqlite3.Error as exc:
                    if self._db.in_transaction:
                        self._db.execute("ROLLBACK")
                    raise StateError(
                        f"cannot upgrade the state in {self.dir} to schema {target}: {exc}; it is left at {target - 1}"
                    ) from None
            if version < 4 <= SCHEMA_VERSION:
                self._adopt_calendar_files()

    def _adopt_calendar_files(self) -> None:
        """Calendar state written by followup before schema 4 (one JSON file per calendar) moves into the
        database; the files are removed once it is in (left alone by a dry run's in-memory copy)."""
        folder = self.dir / "calendars"
        files = sorted(folder.glob("*.json")) if folder.is_dir() else []
        adopted = []
        for path in files:
            try:
                known = json.loads(path.read_text()).get("known", {})
            except (OSError, ValueError, AttributeError):
                continue  # unreadable: the sync starts afresh for that calendar, as it always did
            if isinstance(known, dict):
                self.set_calendar_occurrences(path.stem, known)
                adopted.append(path)
        if self.snapshot:
            return
        for path in adopted:
            with contextlib.suppress(OSError):
                path.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()

    # ---------------------------------------------------------------- checkpoints

    def checkpoint(self, mailbox: str, folder: str) -> tuple[int, int] | None:
        rows = self._read(
            "SELECT uidvalidity, last_uid FROM checkpoints WHERE mailbox=? AND folder=?", (mailbox, folder)
        )
        return (rows[0]["uidvalidity"], rows[0]["last_uid"]) if rows else None

    def set_checkpoint(self, mailbox: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self._write(
            "INSERT INTO checkpoints VALUES (?,?,?,?) ON CONFLICT(mailbox, folder) "
            "DO UPDATE SET uidvalidity=excluded.uidvalidity, last_uid=excluded.last_uid",
            (mailbox, folder, uidvalidity, last_uid),
        )

    # ---------------------------------------------------------------- messages read

    def seen(self, key: str) -> bool:
        return bool(self._read("SELECT 1 FROM messages WHERE key=?", (key,)))

    def mark_seen(self, key: str, source: str, outcome: str) -> None:
        self._write("INSERT OR REPLACE INTO messages VALUES (?,?,?,?)", (key, source, outcome, _now()))

    def message_outcomes(self) -> dict[str, int]:
        return {r["outcome"]: r["n"] for r in self._read("SELECT outcome, count(*) AS n FROM messages GROUP BY 1")}

    # ---------------------------------------------------------------- interviews

    def interview(self, key: str) -> StoredInterview | None:
        rows = self._read("SELECT * FROM interviews WHERE key=?", (key,))
        return _interview_row(rows[0]) if rows else None

    def interview_by_id(self, interview_id: str) -> StoredInterview | None:
        rows = self._read("SELECT * FROM interviews WHERE id=? OR id LIKE ?", (interview_id, interview_id + "%"))
        return _interview_row(rows[0]) if len(rows) == 1 else None

    def interviews(self) -> list[StoredInterview]:
        rows = self._read("SELECT * FROM interviews")
        return sorted((self._row(_interview_row, r) for r in rows), key=lambda s: s.interview.start)

    def interview_domains(self) -> set[str]:
        """The mail domains of the interviewers and organizers of the interviews on record."""
        people = (p for s in self.interviews() for p in (*s.interview.interviewers, s.interview.organizer) if p)
        return {p.domain for p in people if p.domain}

    def save_interview(self, interview: Interview, status: str, source: str) -> None:
        self._plan_writes += 1
        self._write(
            "INSERT INTO interviews VALUES (?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET "
            "status=excluded.status, data=excluded.data, source=excluded.source, updated_at=excluded.updated_at",
            (interview.id, interview.key, status, json.dumps(_interview_json(interview)), source, _now()),
        )

    # ---------------------------------------------------------------- follow-ups

    def replace_plan(
        self,
        interview_id: str,
        plan: list[FollowUp],
        skips: dict[str, str] | None = None,
        *,
        off: dict[str, str] | None = None,
        keep_skipped: bool = False,
    ) -> None:
        """Make the planned follow-ups of an interview equal `plan`. Drafts already saved (or being saved)
        are history and stay as they are; planned ones no longer in the plan are dropped. `skips` and `off`
        (id -> why) are stored as skipped and switched off. `keep_skipped` leaves follow-ups already skipped
        when they came due as they are (a reload re-plans only what is pending)."""
        skips = skips or {}
        off = off or {}
        replaceable = (PLANNED, OFF) if keep_skipped else (PLANNED, SKIPPED, OFF)
        marks = ",".join("?" * len(replaceable))
        self._plan_writes += 1
        with self.transaction():
            wanted = {f.id for f in plan}
            for row in self._db.execute(
                f"SELECT id FROM followups WHERE interview_id=? AND state IN ({marks})",
                (interview_id, *replaceable),
            ).fetchall():
                if row["id"] not in wanted:
                    self._db.execute("DELETE FROM followups WHERE id=?", (row["id"],))
            for f in plan:
                state, detail = (
                    (SKIPPED, skips[f.id]) if f.id in skips else (OFF, off[f.id]) if f.id in off else (PLANNED, "")
                )
                self._db.execute(
                    "INSERT INTO followups (id, interview_id, kind, due, send_by, expires, recipients, reason, "
                    "state, detail, draft_id, updated_at, pass_on) VALUES (?,?,?,?,?,?,?,?,?,?,'',?,?) "
                    "ON CONFLICT(id) DO UPDATE SET "
                    "due=excluded.due, send_by=excluded.send_by, expires=excluded.expires, "
                    "recipients=excluded.recipients, reason=excluded.reason, state=excluded.state, "
                    "pass_on=excluded.pass_on, "
                    "detail=excluded.detail, updated_at=excluded.updated_at "
                    f"WHERE followups.state IN ({marks})",
                    (
                        f.id,
                        interview_id,
                        f.kind.value,
                        _iso(f.due),
                        _iso(f.send_by),
                        _iso(f.expires),
                        json.dumps([_person_json(p) for p in f.recipients]),
                        f.reason,
                        state,
                        detail,
                        _now(),
                        json.dumps(list(f.pass_on)),
                        *replaceable,
                    ),
                )

    def cancel_plan(self, interview_id: str, reason: str) -> int:
        """Turn every follow-up still planned into a skip with `reason`; returns how many."""
        self._plan_writes += 1
        cursor = self._write(
            "UPDATE followups SET state=?, detail=?, updated_at=? WHERE interview_id=? AND state IN (?,?)",
            (SKIPPED, reason, _now(), interview_id, PLANNED, OFF),
        )
        return cursor.rowcount

    def followups(self, interview_id: str | None = None, states: tuple[str, ...] = ()) -> list[StoredFollowUp]:
        sql, args = "SELECT * FROM followups WHERE 1=1", []
        if interview_id:
            sql += " AND interview_id=?"
            args.append(interview_id)
        if states:
            sql += f" AND state IN ({','.join('?' * len(states))})"
            args.extend(states)
        return [self._row(_followup_row, r) for r in self._read(sql + " ORDER BY due, id", tuple(args))]

    def followup(self, followup_id: str) -> StoredFollowUp | None:
        rows = self._read("SELECT * FROM followups WHERE id=?", (followup_id,))
        return _followup_row(rows[0]) if rows else None

    def due(self, now: datetime) -> list[StoredFollowUp]:
        """Planned follow-ups whose time has come, and any left half-saved by a crash."""
        rows = self._read(
            "SELECT * FROM followups WHERE (state=? AND due<=?) OR state=? ORDER BY due",
            (PLANNED, _iso(now), SAVING),
        )
        return [_followup_row(r) for r in rows]

    def mark(self, followup_id: str, state: str, detail: str = "", draft_id: str = "") -> None:
        self._plan_writes += 1
        self._write(
            "UPDATE followups SET state=?, detail=?, draft_id=CASE WHEN ?='' THEN draft_id ELSE ? END, "
            "updated_at=? WHERE id=?",
            (state, detail, draft_id, draft_id, _now(), followup_id),
        )

    def set_fate(self, followup_id: str, fate: str, when: datetime | None) -> bool:
        """Record what became of a saved draft; True when that changed (nothing is written otherwise)."""
        self._plan_writes += 1
        cursor = self._write(
            "UPDATE followups SET fate=?, fate_at=?, updated_at=? WHERE id=? AND (fate IS NOT ? OR fate_at IS NOT ?)",
            (fate, _iso(when) if when else None, _now(), followup_id, fate, _iso(when) if when else None),
        )
        return cursor.rowcount > 0

    # ---------------------------------------------------------------- notes

    def add_note(self, interview_id: str, text: str) -> None:
        self._write("INSERT INTO notes VALUES (?,?,?)", (interview_id, text, _now()))

    def notes(self, interview_id: str) -> list[str]:
        return [
            r["text"] for r in self._read("SELECT text FROM notes WHERE interview_id=? ORDER BY rowid", (interview_id,))
        ]


class InstanceLock:
    """Only one service per state folder: two would each save the same drafts."""

    def __init__(self, state_dir: Path):
        self.path = Path(state_dir) / "lock"
        self._file: TextIO | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Opened through os.open so the file is 0600 whatever the umask.
        handle = os.fdopen(os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600), "r+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise StateError(f"another followup service is already running on {self.path.parent}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file:
            fcntl.flock(self._file, fcntl.LOCK_UN)
            self._file.close()
            self._file = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _restrict(path: Path, mode: int) -> None:
    """Make `path` no wider than `mode` (the state holds the names and addresses of the user's contacts),
    however it was created; one log line when it was wider. A folder that cannot be made private is an
    error: the service does not start there."""
    current = path.stat().st_mode & 0o777
    if current & ~mode:
        try:
            os.chmod(path, mode)
        except OSError as exc:
            raise StateError(
                f"{path} is open to others (mode {current:o}) and cannot be made {mode:o}: {exc}"
            ) from None
        log.warning("%s was open to others (mode %o); made %o", path, current, mode)


def _snapshot(path: Path) -> sqlite3.Connection:
    """An in-memory database holding a copy of `path` (read without writing a byte), or an empty one."""
    memory = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    if not path.exists():
        return memory
    # With no -wal file nobody is writing (the last connection folds the WAL back in when it closes), and
    # "immutable" reads without creating one; while a service runs, a read-only open sees its last commit.
    live = path.with_name(path.name + "-wal").exists()
    source = sqlite3.connect(f"{path.resolve().as_uri()}?{'mode=ro' if live else 'immutable=1'}", uri=True, timeout=10)
    try:
        source.backup(memory)
    finally:
        source.close()
    return memory


# ---------------------------------------------------------------- (de)serialisation


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(moment: datetime) -> str:
    """UTC, fixed width: string order is time order, so SQL can compare them."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _person_json(person: Person) -> dict:
    return {"name": person.name, "email": person.email}


def _person(data: dict | None) -> Person | None:
    return Person(data["name"], data["email"]) if data else None


def _interview_json(i: Interview) -> dict:
    return {
        "key": i.key,
        "start": i.start.isoformat(),
        "end": i.end.isoformat(),
        "end_source": i.end_source.value,
        "subject": i.subject,
        "company": i.company,
        "role": i.role,
        "interviewers": [_person_json(p) for p in i.interviewers],
        "organizer": _person_json(i.organizer) if i.organizer else None,
        "sessions": [[s.start.isoformat(), s.end.isoformat()] for s in i.sessions],
        "message_id": i.message_id,
        "references": list(i.references),
        "feedback_by": i.feedback_by.isoformat() if i.feedback_by else None,
        "feedback_within": i.feedback_within,
        "link": i.link,
        "cancelled": i.cancelled,
        "declined": i.declined,
        "version": list(i.version),
        "evidence": list(i.evidence),
        "coordinator": _person_json(i.coordinator) if i.coordinator else None,
        "unaddressed": list(i.unaddressed),
        "outcome": i.outcome,
        "warnings": list(i.warnings),
        "language": i.language,
        "informal": i.informal,
        "language_source": i.language_source,
        "honorifics": [list(pair) for pair in i.honorifics],
        "notification": i.notification,
    }


def _interview_row(row: sqlite3.Row) -> StoredInterview:
    d = json.loads(row["data"])
    interview = Interview(
        key=d["key"],
        start=_at(d["start"]),
        end=_at(d["end"]),
        end_source=EndSource(d["end_source"]),
        subject=d["subject"],
        company=d["company"],
        role=d["role"],
        interviewers=tuple(Person(p["name"], p["email"]) for p in d["interviewers"]),
        organizer=_person(d["organizer"]),
        sessions=tuple(Session(_at(a), _at(b)) for a, b in d["sessions"]),
        message_id=d["message_id"],
        references=tuple(d["references"]),
        feedback_by=_dt(d["feedback_by"]),
        feedback_within=d["feedback_within"],
        link=d["link"],
        cancelled=d["cancelled"],
        declined=d["declined"],
        version=tuple(d["version"]),
        evidence=tuple(d["evidence"]),
        coordinator=_person(d.get("coordinator")),
        unaddressed=tuple(d.get("unaddressed", ())),
        outcome=d.get("outcome"),
        warnings=tuple(d.get("warnings", ())),
        language=d.get("language", ""),
        informal=d.get("informal", False),
        language_source=d.get("language_source", ""),
        honorifics=tuple((a, b) for a, b in d.get("honorifics", ())),
        notification=d.get("notification", False),
    )
    return StoredInterview(interview=interview, status=Status(row["status"]), source=row["source"])


def _followup_row(row: sqlite3.Row) -> StoredFollowUp:
    followup = FollowUp(
        interview_id=row["interview_id"],
        kind=Kind(row["kind"]),
        due=_at(row["due"]),
        send_by=_at(row["send_by"]),
        expires=_at(row["expires"]),
        recipients=tuple(Person(p["name"], p["email"]) for p in json.loads(row["recipients"])),
        reason=row["reason"],
        pass_on=tuple(json.loads(row["pass_on"])),
    )
    return StoredFollowUp(
        followup=followup,
        state=State(row["state"]),
        detail=row["detail"],
        draft_id=row["draft_id"],
        fate=row["fate"],
        fate_at=_dt(row["fate_at"]),
    )
