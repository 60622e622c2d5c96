"""Real servers (Dovecot, Radicale, an ICS feed) started on loopback for tests and benchmarks.

Also the bits they share: picking free ports, and cleaning up after test processes that died
without stopping their servers (a `kill -9`, a hard timeout), which would otherwise leave
servers running and temporary folders behind on a developer's machine.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
from pathlib import Path

LOOPBACK = "127.0.0.1"
OWNER_FILE = "owner.pid"


def free_port() -> int:
    """A loopback port that was free a moment ago; starters retry if another process won it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def claim(root: Path) -> None:
    """Mark `root` as belonging to this process, so `reap_orphans` leaves it alone while we live."""
    (root / OWNER_FILE).write_text(f"{os.getpid()}\n")


def reap_orphans(pattern: str, server_pid_file: str, base: Path = Path("/tmp")) -> None:
    """Kill the servers and delete the folders of instances whose owning process is gone.

    `server_pid_file` (relative to each instance folder) names the server's pid, which is also
    its process group (servers start in their own session); the group is killed only if that
    process still runs with a command line naming the folder, so a recycled pid is never hit.
    """
    for root in base.glob(pattern):
        try:
            owner = int((root / OWNER_FILE).read_text())
            if root.stat().st_uid != os.geteuid() or _alive(owner):
                continue
        except (OSError, ValueError):
            continue
        with contextlib.suppress(OSError, ValueError):
            pid = int((root / server_pid_file).read_text().split()[0])
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
            if str(root) in cmdline:
                os.killpg(pid, signal.SIGKILL)
        shutil.rmtree(root, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
