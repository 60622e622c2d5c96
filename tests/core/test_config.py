"""The config: every problem named with its key and the file, all at once; defaults; secret references."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import ROOT
from watcher.config import load_config
from watcher.core.durations import Duration, add_business_days, parse_duration
from watcher.errors import ConfigError, SecretError
from watcher.secrets import get_secret

MINIMAL = """
[user]
name = "Jordan Lee"
email = "jordan@example.test"
timezone = "Europe/Berlin"

[maildir]
path = "mail"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_the_documented_example_config_loads_with_its_defaults():
    settings = load_config(ROOT / "config.example.toml")
    assert settings.imap is not None and settings.imap.host == "imap.example.com"
    assert settings.imap.security == "tls" and settings.imap.tls_verify
    assert settings.imap.password.source == "keyring"
    assert settings.timing.thank_you_after.delta == timedelta(hours=2)
    assert settings.timing.panel_extra.business_days == 2
    assert settings.user.timezone == ZoneInfo("America/New_York")
    assert settings.drafts.max_thank_yous == 8


def test_relative_paths_are_relative_to_the_config_file(tmp_path):
    settings = load_config(write(tmp_path, MINIMAL))
    assert settings.maildir is not None and settings.maildir.path == tmp_path / "mail"


def test_every_problem_is_reported_at_once_with_key_and_file(tmp_path):
    path = write(
        tmp_path,
        MINIMAL.replace('timezone = "Europe/Berlin"', 'timezone = "Mars/Olympus"')
        + '\n[timing]\nthank_you_after = "soon"\ncheck_in_after = 7\nthank_you_aftr = "2h"\n',
    )
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    message = str(caught.value)
    assert str(path) in message
    assert "user.timezone: unknown time zone 'Mars/Olympus'" in message
    assert 'timing.thank_you_after: "soon" is not a duration' in message
    assert "timing.check_in_after must be a duration string" in message
    assert "unknown key timing.thank_you_aftr" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("section", "problem"),
    [
        ('[imap]\nhost = "mail.example.com"\nusername = "u"\nsecurity = "none"\n', 'security = "none" sends'),
        ('[imap]\nhost = "mail.example.com"\nusername = "u"\npassword = "hunter2"\n', "must not be the password"),
        ('[imap]\nhost = "mail.example.com"\nusername = "u"\nport = 99999\n', "imap.port must be between"),
        ('[imap]\nhost = "mail.example.com"\nusername = "u"\nsecurity = "ssl"\n', "imap.security must be one of"),
        ('[imap]\nusername = "u"\n', "imap.host is required"),
    ],
)
def test_unsafe_or_wrong_imap_settings_are_refused(tmp_path, section, problem):
    text = MINIMAL.replace('[maildir]\npath = "mail"\n', section)
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    assert problem in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_plain_imap_is_allowed_to_loopback(tmp_path):
    text = MINIMAL.replace(
        '[maildir]\npath = "mail"\n', '[imap]\nhost = "127.0.0.1"\nusername = "u"\nsecurity = "none"\n'
    )
    settings = load_config(write(tmp_path, text))
    assert settings.imap is not None and settings.imap.port == 143


def test_missing_and_broken_files_are_one_line_errors(tmp_path):
    with pytest.raises(ConfigError, match="no such file"):
        load_config(tmp_path / "absent.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path, "[user\nname="))


def test_cli_reports_config_errors_with_status_2_and_no_traceback(tmp_path):
    path = write(tmp_path, MINIMAL + '\n[timing]\nthank_you_after = "2 fortnights"\n')
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(path), "list"], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "timing.thank_you_after" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90s", Duration(timedelta(seconds=90))),
        ("15m", Duration(timedelta(minutes=15))),
        ("1h30m", Duration(timedelta(hours=1, minutes=30))),
        ("3d", Duration(timedelta(days=3))),
        ("1w", Duration(timedelta(days=7))),
        ("5bd", Duration(business_days=5)),
    ],
)
def test_durations(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "2", "h", "2 hours", "1.5bd", "-3d"])
def test_bad_durations_are_refused(text):
    with pytest.raises(ValueError):
        parse_duration(text)


def test_business_days_skip_weekends_and_keep_local_time_across_dst():
    berlin = ZoneInfo("Europe/Berlin")
    friday = datetime(2026, 3, 27, 15, 0, tzinfo=berlin)  # DST starts Sunday 29 March
    monday = add_business_days(friday, 1)
    assert (monday.date().isoformat(), monday.hour, monday.utcoffset()) == ("2026-03-30", 15, timedelta(hours=2))
    assert add_business_days(datetime(2026, 3, 28, 9, tzinfo=berlin), 1).date().isoformat() == "2026-03-30"
    assert parse_duration("2bd").after(friday).astimezone(UTC) == datetime(2026, 3, 31, 13, tzinfo=UTC)


def test_secret_from_environment_and_command(monkeypatch):
    from watcher.config import SecretRef

    monkeypatch.setenv("FOLLOWUP_PW", "s3cret")
    assert get_secret(SecretRef("env", "FOLLOWUP_PW"), "u@h") == "s3cret"
    assert get_secret(SecretRef("command", "printf 'line1\\nline2'"), "u@h") == "line1"
    monkeypatch.delenv("FOLLOWUP_PW")
    with pytest.raises(SecretError, match="FOLLOWUP_PW is not set"):
        get_secret(SecretRef("env", "FOLLOWUP_PW"), "u@h")
    with pytest.raises(SecretError, match="exited with status 3") as caught:
        get_secret(SecretRef("command", "sh -c 'echo s3cret; echo no entry >&2; exit 3'"), "u@h")
    assert "s3cret" not in str(caught.value)


def test_a_cap_on_thank_yous_and_waits_too_long_to_plan_are_checked(tmp_path):
    settings = load_config(write(tmp_path, MINIMAL + '[drafts]\nmax_thank_yous = 3\n'))
    assert settings.drafts.max_thank_yous == 3
    with pytest.raises(ConfigError) as error:
        load_config(write(tmp_path, MINIMAL + '[drafts]\nmax_thank_yous = 0\n[timing]\ncheck_in_after = "99999999d"\n'))
    assert "drafts.max_thank_yous must be between 1 and 100, not 0" in str(error.value)
    assert "timing.check_in_after: '99999999d' is longer than 3660 days" in str(error.value)


def test_a_failing_password_commands_stderr_is_never_echoed(tmp_path):
    """A command that prints the password in its error message: `check` names the program and its exit
    status, and nothing it printed."""
    script = tmp_path / "leaky-pass"
    script.write_text("#!/bin/sh\necho 'decryption failed for hunter2-SECRET' >&2\nexit 2\n")
    script.chmod(0o700)
    config = write(
        tmp_path,
        MINIMAL.replace("[maildir]\npath = \"mail\"\n", "")
        + f'[imap]\nhost = "127.0.0.1"\nusername = "u"\npassword = {{ command = "{script} --key hunter2-SECRET" }}\n',
    )
    with pytest.raises(SecretError) as caught:
        get_secret(load_config(config).imap.password, "u@h")
    assert str(caught.value) == (
        "password command (leaky-pass) exited with status 2; run it yourself to see its error message"
    )
    done = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "check"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode != 0 and "exited with status 2" in done.stderr
    assert "hunter2" not in done.stdout + done.stderr
