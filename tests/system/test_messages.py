"""The errors a new user meets first read as a person needs them: what is wrong, where, and what to do.

Each is produced the way a user would meet it: the `followup` command against a config file, a real Dovecot
(plain port, TLS port, no Drafts folder) and a machine without a keyring.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import imap_config
from tests.mailgen import USER
from tests.servers.dovecot import NO_DRAFTS
from watcher.config import key_lines, load_config
from watcher.errors import ConfigError


def followup(*args: str, env: dict | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "watcher", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        start_new_session=True,  # no controlling terminal: getpass cannot reach a /dev/tty
    )


BASE = f"""\
[user]
name = "{USER[0]}"
email = "{USER[1]}"
timezone = "America/New_York"

[imap]
host = "imap.example.com"
username = "{USER[1]}"
"""


def config_error(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return str(caught.value)


def test_an_unknown_key_names_its_line_and_the_key_that_was_meant(tmp_path):
    text = BASE + 'prot = 993\ndrafs = "Drafts"\n\n[timing]\nthank_you_afer = "3h"\n'
    message = config_error(tmp_path, text)
    assert "line 9: unknown key imap.prot (did you mean imap.port?)" in message
    assert "line 10: unknown key imap.drafs (did you mean imap.drafts?)" in message
    assert "line 13: unknown key timing.thank_you_afer (did you mean timing.thank_you_after?)" in message


def test_an_unknown_key_with_nothing_close_gets_no_guess(tmp_path):
    message = config_error(tmp_path, BASE + 'colour = "blue"\n')
    assert message.endswith("line 9: unknown key imap.colour")


def test_a_wrong_value_names_the_line_of_its_key(tmp_path):
    text = BASE + 'port = "993"\n\n[[calendar]]\ntype = "ics"\nurl = "https://a.example/x.ics"\n\n'
    text += '[[calendar]]\ntype = "ics"\nurl = "ftp://b.example/y.ics"\n'
    message = config_error(tmp_path, text)
    assert "line 9: imap.port must be a whole number, not '993'" in message
    assert "line 17: calendar[2].url must be an http(s) or webcal address" in message


def test_a_negative_duration_must_be_positive(tmp_path):
    message = config_error(tmp_path, BASE + '\n[timing]\ncheck_in_after = "-2d"\n')
    assert 'line 11: timing.check_in_after: "-2d" must be positive' in message
    assert "is not a duration" not in message


def test_key_lines_follow_tables_arrays_of_tables_and_skip_multiline_values():
    text = """\
top = 1
[imap]
folders = [
  "INBOX",
  "port = 1",
]
note = \"\"\"
host = "not a key"
\"\"\"
host = "x"
[[rules]]
domain = "a.example"
[[rules]]
domain = "b.example"
[ drafts ]
thank_you = true
"""
    lines = key_lines(text)
    assert lines["top"] == 1
    assert lines["imap"] == 2 and lines["imap.folders"] == 3 and lines["imap.host"] == 10
    assert "imap.port" not in lines
    assert lines["rules[1].domain"] == 12 and lines["rules[2].domain"] == 14
    assert lines["drafts.thank_you"] == 16


def test_a_mistyped_command_suggests_the_right_one():
    done = followup("chek")
    assert done.returncode == 2
    assert "invalid choice: 'chek' (did you mean 'check'?)" in done.stderr
    done = followup("service", "instal")
    assert "invalid choice: 'instal' (did you mean 'install'?)" in done.stderr


def test_check_names_the_security_mode(imap_account, make_config):
    done = followup("--config", str(make_config(imap_account)), "check")
    assert done.returncode == 0, done.stderr
    assert 'no encryption (loopback only) (security = "none"): ok' in done.stdout
    assert "(none)" not in done.stdout


def test_check_names_tls_by_name(dovecot, imap_account, make_config):
    extra = f'ca_file = "{dovecot.ca_path}"'
    config = make_config(imap_account)
    config.write_text(
        config.read_text()
        .replace('security = "none"', 'security = "tls"')
        .replace(f"port = {imap_account.port}", f"port = {imap_account.imaps_port}")
        .replace('host = "127.0.0.1"', 'host = "localhost"')
        .replace('timeout = "10s"', f'timeout = "10s"\n{extra}')
    )
    done = followup("--config", str(config), "check")
    assert done.returncode == 0, done.stderr
    assert 'TLS (security = "tls"): ok' in done.stdout


def test_tls_to_a_plain_imap_port_says_to_use_starttls(dovecot, imap_account, make_config):
    config = make_config(imap_account)
    config.write_text(
        config.read_text().replace('security = "none"', f'security = "tls"\nca_file = "{dovecot.ca_path}"')
    )
    done = followup("--config", str(config), "check")
    assert done.returncode == 1
    assert (
        f'127.0.0.1:{imap_account.port}: the server speaks plain IMAP on this port: use security = "starttls" '
        "or port 993" in done.stderr
    )
    assert "WRONG_VERSION_NUMBER" not in done.stderr


def test_a_missing_drafts_folder_lists_the_folders_there_are(dovecot_factory, tmp_path, monkeypatch):
    server = dovecot_factory(layout=NO_DRAFTS)
    monkeypatch.setenv("FOLLOWUP_TEST_PASSWORD", server.account.password)
    config = tmp_path / "config.toml"
    config.write_text(imap_config(server.account, tmp_path / "state", imap_extra='drafts = "Brouillons"'))
    done = followup("--config", str(config), "check")
    assert done.returncode == 1
    assert "no folder 'Brouillons' on 127.0.0.1" in done.stderr
    folders = done.stderr.split("its folders: ", 1)[1]
    assert folders.startswith("'INBOX', ")
    for name in [spec.name for spec in NO_DRAFTS]:
        assert repr(name) in folders
    assert "set imap.drafts to one of them" in folders


def test_a_missing_maildir_drafts_folder_lists_the_folders_there_are(tmp_path):
    root = tmp_path / "Mail"
    for folder in ("", ".Sent", ".Archive.2024", "Bewerbungen"):
        for sub in ("cur", "new", "tmp"):
            (root / folder / sub).mkdir(parents=True, exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text(BASE.split("[imap]")[0] + f'[maildir]\npath = "{root}"\ndrafts = "Entwürfe"\n')
    config.write_text(config.read_text() + f'\n[state]\ndir = "{tmp_path / "state"}"\n')
    done = followup("--config", str(config), "check")
    assert done.returncode == 1
    assert "no Maildir folder Entwürfe" in done.stderr
    assert (
        "its folders: 'INBOX', 'Archive/2024', 'Bewerbungen', 'Sent'; set maildir.drafts to one of them)" in done.stderr
    )


def test_auth_set_without_a_keyring_says_so_before_asking_for_the_password(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(BASE)
    done = followup(
        "--config",
        str(config),
        "auth",
        "set",
        env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
        stdin="hunter2\n",
    )
    assert done.returncode == 1
    assert "no keyring is available on this machine" in done.stderr
    assert 'imap.password = { command = "pass show mail/imap" }' in done.stderr
    assert "Password for" not in done.stdout + done.stderr, "nothing is asked when it could not be kept"


def test_auth_set_with_a_keyring_still_asks_and_stores(tmp_path, file_keyring):
    config = tmp_path / "config.toml"
    config.write_text(BASE)
    done = followup("--config", str(config), "auth", "set", stdin="hunter2\n")
    assert done.returncode == 0, done.stderr
    assert file_keyring.get_password("followup", f"{USER[1]}@imap.example.com") == "hunter2"
