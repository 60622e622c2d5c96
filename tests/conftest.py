"""Shared fixtures: real servers (tests/servers), configs pointing at them, and the service as a process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import figures
from tests.mailgen import USER
from tests.servers.fixtures import *  # noqa: F403 - the server fixtures

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

FAST_TIMING = """
[timing]
thank_you_after = "2s"
thank_you_send_by = "1h"
thank_you_deadline = "2h"
check_in_after = "30d"
default_interview_length = "1h"
"""


def imap_config(account, state_dir: Path, *, extra: str = FAST_TIMING, imap_extra: str = "") -> str:
    return f"""
[user]
name = "{USER[0]}"
email = "{USER[1]}"
timezone = "America/New_York"

[imap]
host = "127.0.0.1"
port = {account.port}
security = "none"
username = "{account.user}"
password = {{ env = "FOLLOWUP_TEST_PASSWORD" }}
idle_renew = "20s"
timeout = "10s"
{imap_extra}

[state]
dir = "{state_dir}"
{extra}
"""


@pytest.fixture
def make_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Write a config for an IMAP account; the password travels in an environment variable."""

    def make(account, *, extra: str = FAST_TIMING, imap_extra: str = "", name: str = "config.toml") -> Path:
        monkeypatch.setenv("FOLLOWUP_TEST_PASSWORD", account.password)
        path = tmp_path / name
        path.write_text(imap_config(account, tmp_path / "state", extra=extra, imap_extra=imap_extra))
        return path

    return make


class ServiceProcess:
    """`followup run` as a real process, its log kept in a file for assertions and failure reports."""

    def __init__(self, config: Path, log_path: Path, *args: str):
        self.config = config
        self.log_path = log_path
        self.args = args
        self.process: subprocess.Popen | None = None

    def start(self) -> ServiceProcess:
        # A restarted service writes to the same log: wait for its own "started" line, not the last one's.
        started_before = self.log.count("followup started") if self.log_path.exists() else 0
        log = open(self.log_path, "ab")  # noqa: SIM115 - owned by the child process
        self.process = subprocess.Popen(
            [sys.executable, "-m", "watcher", "--config", str(self.config), "run", *self.args],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        log.close()
        self.wait_for_log("followup started", count=started_before + 1)
        return self

    @property
    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, text: str, timeout: float = 20.0, count: int = 1) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log.count(text) >= count:
                return
            if self.process and self.process.poll() is not None:
                raise AssertionError(
                    f"service exited ({self.process.returncode}) while waiting for {text!r}:\n{self.log}"
                )
            time.sleep(0.05)
        raise AssertionError(f"timed out waiting for {text!r} in the service log:\n{self.log}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError(f"service did not stop within {timeout}s:\n{self.log}") from None


@pytest.fixture
def service(tmp_path: Path) -> Iterator[Callable[..., ServiceProcess]]:
    started: list[ServiceProcess] = []

    def start(config: Path, *args: str) -> ServiceProcess:
        proc = ServiceProcess(config, tmp_path / "service.log", *args).start()
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.process and proc.process.poll() is None:
            proc.stop(signal.SIGKILL)


def wait_until(condition: Callable[[], object], timeout: float = 20.0, interval: float = 0.1, what: str = "") -> object:
    """Poll `condition` until it returns something truthy; tests wait for events, never fixed sleeps."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what or condition}")
        time.sleep(interval)


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A keyring in a file of this test's own, for this process and the `followup` processes it starts.

    Tests must never read or write the real user keyring.
    """
    import keyring
    import keyring.core

    from tests.keyring_file import ENV, FileKeyring

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_file.FileKeyring")
    monkeypatch.setenv(ENV, str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p))
    previous = getattr(keyring.core, "_keyring_backend", None)
    backend = FileKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    lines = figures.summary(config)
    if lines:
        terminalreporter.section("figures measured by the robustness tests")
        for line in lines:
            terminalreporter.write_line(line)
