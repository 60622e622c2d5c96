"""`followup inspect --json` on the real-world samples: every file read, times as in the MANIFEST."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest

from tests.conftest import DATA

REALWORLD = DATA / "realworld"
MANIFEST = list(csv.DictReader((REALWORLD / "MANIFEST.tsv").open(encoding="utf-8"), delimiter="\t"))


def test_inspect_without_config_uses_defaults():
    results, done = inspect_json_noconfig(REALWORLD / "google-invite-utc.eml")
    assert done.returncode == 0, done.stderr
    assert results[0]["start"] == "2020-02-05T05:30:00+00:00"


def inspect_json_noconfig(*paths):
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "inspect", "--json", *map(str, paths)],
        capture_output=True,
        text=True,
        env={"TZ": "America/New_York", "PATH": "/usr/bin:/bin", "XDG_CONFIG_HOME": "/nonexistent"},
    )
    return [json.loads(line) for line in done.stdout.splitlines()], done


@pytest.fixture(scope="module")
def realworld_results() -> dict[str, dict]:
    results, done = inspect_json_noconfig(*(REALWORLD / row["file"] for row in MANIFEST))
    assert done.returncode == 0, done.stderr
    return {r["source"].rsplit("/", 1)[1]: r for r in results}


@pytest.mark.parametrize("row", MANIFEST, ids=lambda row: row["file"])
def test_realworld_sample_times_and_method(row, realworld_results):
    result = realworld_results[row["file"]]
    assert "error" not in result
    assert result["is_interview"] is False, "none of the real-world samples is a job interview"
    expected_method = None if row["method"] == "none" else row["method"]
    assert result["method"] == expected_method
    if row["expected_start_utc"] == "allday":
        assert len(result["start"]) == 10 and date.fromisoformat(result["start"])
    elif row["expected_start_utc"] == "floating":
        assert result["start"].startswith("2014-04-09T09:30:00")  # read in the user's zone
    else:
        assert _utc(result["start"]) == row["expected_start_utc"]
        assert _utc(result["end"]) == row["expected_end_utc"]


def _utc(text: str) -> str:
    return datetime.fromisoformat(text).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def test_unreadable_file_is_an_error_object_and_a_failing_status(tmp_path):
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"\x00\xff not a calendar")
    missing = tmp_path / "missing.eml"
    results, done = inspect_json_noconfig(broken, missing, REALWORLD / "google-cancel.ics")
    assert done.returncode == 1
    assert [("error" in r) for r in results] == [True, True, False]
    assert "Traceback" not in done.stderr
    assert results[2]["method"] == "CANCEL"


def test_interview_fields_from_a_calendar_invitation(tmp_path):
    from tests.mailgen import invitation

    raw, _, _ = invitation(start=datetime(2026, 3, 3, 19, tzinfo=UTC), end=datetime(2026, 3, 3, 19, 45, tzinfo=UTC))
    path = tmp_path / "invite.eml"
    path.write_bytes(raw)
    (result,), done = inspect_json_noconfig(path)
    assert done.returncode == 0
    assert result["is_interview"] is True
    assert (result["start"], result["end"], result["end_inferred"]) == (
        "2026-03-03T19:00:00+00:00",
        "2026-03-03T19:45:00+00:00",
        False,
    )
    assert result["interviewers"][0]["email"] == "dana.whitfield@northwind.example"
    assert result["thank_you_at"].startswith("2026-03-03T16:45:00-05:00")
    assert result["role"] == "Senior Data Engineer" and result["company"] == "Northwind"


def test_inspect_reads_the_whole_hostile_corpus_without_a_traceback(tmp_path):
    """Every hostile message, the year 9999 and year 1 invitations among them: one JSON object each, an
    `error` entry at worst, never a traceback."""
    from tests.conftest import ROOT

    hostile = sorted((ROOT / "tests" / "hostile").glob("*.eml"))
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "inspect", "--json", *map(str, hostile)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "TZ": "UTC", "HOME": str(tmp_path)},
    )
    assert "Traceback" not in done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in results] == [str(p) for p in hostile]
    by_name = {r["source"].rsplit("/", 1)[1]: r for r in results}
    assert by_name["ics-year-9999.eml"]["thank_you_at"] is None
    assert by_name["ics-year-9999.eml"]["start"] is None
