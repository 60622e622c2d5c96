"""What every benchmark shares: the private Dovecot, configs, running `followup` as a real process and
measuring it (wall time, CPU time and peak memory of that process alone), and printing figures."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` as well as `python -m bench`
    sys.path.insert(0, str(ROOT))

from tests.servers.dovecot import Dovecot, ImapAccount  # noqa: E402 - after the path fix above

PASSWORD_VARIABLE = "FOLLOWUP_BENCH_PASSWORD"


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile (p95 of 50 values is the 48th smallest)."""
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class Figure:
    """One measured number, the reference measured beside it, and the target it is held to."""

    name: str
    value: str
    reference: str = ""
    target: str = ""
    met: bool | None = None
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        verdict = "" if self.met is None else ("  [target met]" if self.met else "  [TARGET MISSED]")
        out = [f"{self.name}: {self.value}{verdict}"]
        if self.reference:
            out.append(f"    reference: {self.reference}")
        if self.target:
            out.append(f"    target:    {self.target}")
        out.extend(f"    {note}" for note in self.notes)
        return out


def report(figures: list[Figure]) -> None:
    for figure in figures:
        print("\n".join(figure.lines()), flush=True)


@contextlib.contextmanager
def dovecot() -> Iterator[Dovecot]:
    with Dovecot() as server:
        yield server


def config_text(account: ImapAccount, state_dir: Path, *, extra: str = "") -> str:
    return f"""
[user]
name = "Jordan Lee"
email = "jordan@example.test"
timezone = "America/New_York"

[imap]
host = "127.0.0.1"
port = {account.port}
security = "none"
username = "{account.user}"
password = {{ env = "{PASSWORD_VARIABLE}" }}
lookback = "30d"
timeout = "60s"

[state]
dir = "{state_dir}"
{extra}
"""


def write_config(account: ImapAccount, folder: Path, *, extra: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(config_text(account, folder / "state", extra=extra))
    return path


def followup_command(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "watcher", "--config", str(config), *args]


def service_env(account: ImapAccount) -> dict[str, str]:
    return {**os.environ, PASSWORD_VARIABLE: account.password, "PYTHONUNBUFFERED": "1"}


@dataclass
class Finished:
    """A child process that ended: its own wall time, CPU time and peak resident memory."""

    status: int
    wall: float
    cpu: float
    peak_rss_mb: float
    output: str
    peak_tree_mb: float = 0.0  # the process and its descendants (worker processes) together: peak of summed PSS


def _tree_pss_kb(pid: int) -> int:
    """Proportional set size of `pid` and all its descendants (shared pages counted once overall)."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        with contextlib.suppress(OSError, IndexError, ValueError):
            rollup = Path(f"/proc/{current}/smaps_rollup").read_text()
            total += int(rollup.split("\nPss:")[1].split()[0])
        with contextlib.suppress(OSError, ValueError):
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(child) for child in (task / "children").read_text().split())
    return total


def run_measured(command: list[str], env: dict[str, str], log: Path, timeout: float = 900.0) -> Finished:
    """Run `command` to its end and measure that process alone: CPU from os.wait4, peak memory from
    /proc/<pid>/status VmHWM, polled (wait4's ru_maxrss would count the pages the child shared with this
    process between fork and exec: the whole generated mailbox)."""
    peak_kb = 0
    tree_kb = 0
    polls = 0
    with open(log, "wb") as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            with contextlib.suppress(OSError, IndexError, ValueError):
                status_text = Path(f"/proc/{process.pid}/status").read_text()
                peak_kb = max(peak_kb, int(status_text.split("VmHWM:")[1].split()[0]))
            polls += 1
            if polls % 10 == 0:  # every ~50 ms: the whole tree (reading it costs ~1 ms)
                tree_kb = max(tree_kb, _tree_pss_kb(process.pid))
            if time.perf_counter() > deadline:
                process.kill()
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.005)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return Finished(
        status=process.returncode,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_rss_mb=peak_kb / 1024,
        output=log.read_text(errors="replace"),
        peak_tree_mb=tree_kb / 1024,
    )


class Service:
    """`followup run` (the long-running service) as a process, with its log in a file we can follow."""

    def __init__(self, config: Path, env: dict[str, str], log: Path):
        self.log_path = log
        self._log = open(log, "wb")  # noqa: SIM115 - owned by the child process
        self.process = subprocess.Popen(
            followup_command(config, "run"), stdout=self._log, stderr=subprocess.STDOUT, env=env
        )
        self._offset = 0
        self._text = ""

    def read_log(self) -> str:
        with open(self.log_path, "rb") as log:
            log.seek(self._offset)
            chunk = log.read()
        self._offset += len(chunk)
        self._text += chunk.decode(errors="replace")
        return self._text

    def wait_for(self, pattern: str, timeout: float = 30.0, poll: float = 0.002) -> float:
        """Wait until the log matches `pattern`; returns the perf_counter time it was seen."""
        compiled = re.compile(pattern)
        deadline = time.perf_counter() + timeout
        while True:
            if compiled.search(self.read_log()):
                return time.perf_counter()
            if self.process.poll() is not None:
                raise RuntimeError(f"service exited ({self.process.returncode}):\n{self._text[-3000:]}")
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no {pattern!r} in the service log after {timeout}s:\n{self._text[-3000:]}")
            time.sleep(poll)

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def status(self, key: str) -> int:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
        raise KeyError(key)

    def rss_mb(self) -> float:
        return self.status("VmRSS") / 1024

    def peak_rss_mb(self) -> float:
        return self.status("VmHWM") / 1024

    def wakeups(self) -> int:
        """Context switches of every thread: how often the process woke up."""
        total = 0
        for task in Path(f"/proc/{self.process.pid}/task").iterdir():
            with contextlib.suppress(OSError):
                for line in (task / "status").read_text().splitlines():
                    if line.startswith(("voluntary_ctxt_switches", "nonvoluntary_ctxt_switches")):
                        total += int(line.split()[1])
        return total

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def wait_until(condition: Callable[[], object], timeout: float, what: str, poll: float = 0.005) -> object:
    deadline = time.perf_counter() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.perf_counter() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(poll)


def own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
