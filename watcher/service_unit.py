"""`followup service install | uninstall | status`: run this very executable, with this config, as a service.

Linux: a systemd user unit (Type=notify with the watchdog the service feeds) in $XDG_CONFIG_HOME/systemd/user.
macOS: a launchd LaunchAgent in ~/Library/LaunchAgents, kept alive, logging to ~/Library/Logs/followup.log.
Both name the absolute path of the running executable, so a pipx, venv or system install each gets a unit
that starts what the user just ran, and the absolute config path, so the service reads the file `check` read.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

from . import __version__
from .errors import FollowupError

UNIT_NAME = "followup.service"
AGENT_LABEL = "local.followup"
LOG_LINES = 10

Say = Callable[[str], None]


def service_command(argv0: str | None = None) -> list[str]:
    """How to start the running program again: its console script, or `python -m watcher` from a checkout."""
    script = Path(argv0 if argv0 is not None else sys.argv[0])
    if script.name and script.suffix != ".py" and script.is_file() and os.access(script, os.X_OK):
        # absolute() keeps a pipx link such as ~/.local/bin/followup: it still points right after an upgrade.
        return [str(script.absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "watcher"]


def for_this_system(config: Path, platform: str | None = None, home: Path | None = None) -> ServiceManager:
    platform = platform or sys.platform
    home = home or Path.home()
    command = [*service_command(), "--config", str(config.absolute()), "run"]
    if platform.startswith("linux"):
        return Systemd(command, home)
    if platform == "darwin":
        return Launchd(command, home)
    raise FollowupError(
        f"`followup service` knows systemd (Linux) and launchd (macOS), not {platform}; "
        f"run `{' '.join(command)}` under your own service manager"
    )


def _run(args: list[str], timeout: float = 90, env: dict[str, str] | None = None) -> subprocess.CompletedProcess | None:
    """Run a service manager's tool; None when it is not installed here."""
    if shutil.which(args[0]) is None:
        return None
    try:
        return subprocess.run(
            args, capture_output=True, text=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL, check=False
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(args, 124, "", f"{args[0]} did not answer within {timeout:.0f}s")


def _last_line(done: subprocess.CompletedProcess) -> str:
    lines = (done.stderr or done.stdout or "").strip().splitlines()
    return lines[-1] if lines else f"exit status {done.returncode}"


def _write_replacing(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode() if isinstance(text, str) else text
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", delete=False) as out:
        out.write(data)
    os.replace(out.name, path)


class ServiceManager:
    path: Path

    def __init__(self, command: list[str], home: Path):
        self.command = command
        self.home = home

    def render(self) -> str:
        raise NotImplementedError

    def install(self, say: Say) -> bool:
        raise NotImplementedError

    def uninstall(self, say: Say) -> bool:
        raise NotImplementedError

    def status(self, say: Say) -> bool:
        raise NotImplementedError


# ---------------------------------------------------------------- systemd


def systemd_quote(word: str) -> str:
    """One ExecStart= word: `%` is a specifier and `$` a variable to systemd; spaces need quotes."""
    escaped = word.replace("%", "%%").replace("$", "$$")
    if any(c.isspace() for c in escaped) or '"' in escaped or "\\" in escaped or "'" in escaped:
        return '"' + escaped.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return escaped


def _readme_uri() -> str | None:
    from .init_config import bundled_file

    try:
        return "file://" + quote(str(bundled_file("README.md")))
    except FollowupError:
        return None


class Systemd(ServiceManager):
    def __init__(self, command: list[str], home: Path):
        super().__init__(command, home)
        config_home = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        self.path = config_home / "systemd" / "user" / UNIT_NAME

    def render(self) -> str:
        """The unit shipped in systemd/followup.service, with this executable, this config and the README."""
        from .init_config import bundled_file

        text = bundled_file("systemd/followup.service").read_text(encoding="utf-8")
        lines = text[text.index("[Unit]") :].splitlines()  # the file's own opening comment is about the file
        readme = _readme_uri()
        exec_start = " ".join(systemd_quote(word) for word in self.command)
        lines = [
            line.replace("@EXEC_START@", exec_start).replace("@DOCUMENTATION@", readme or "")
            for line in lines
            if readme or "@DOCUMENTATION@" not in line
        ]
        header = [
            f"# Written by `followup service install` (followup {__version__}); `followup service uninstall`",
            "# removes it. Logs: journalctl --user -u followup",
        ]
        return "\n".join([*header, *lines, ""])

    def verify(self, text: str) -> str | None:
        """What `systemd-analyze --user verify` objects to in `text`: "" when nothing, None when it could not
        tell (not installed, or unable to run here)."""
        if shutil.which("systemd-analyze") is None:
            return None
        with tempfile.TemporaryDirectory(prefix="followup-verify-") as folder:
            unit = Path(folder) / UNIT_NAME
            unit.write_text(text)
            env = dict(os.environ)
            if not env.get("XDG_RUNTIME_DIR"):
                # verify builds a throw-away user manager that wants a runtime folder, even outside a session.
                runtime = Path(folder) / "runtime"
                runtime.mkdir(mode=0o700)
                env["XDG_RUNTIME_DIR"] = str(runtime)
            done = _run(["systemd-analyze", "--user", "--man=no", "verify", str(unit)], env=env)
        assert done is not None
        problems = [line for line in (done.stderr or "").splitlines() if UNIT_NAME in line]
        if problems:
            return "; ".join(line.strip() for line in problems)
        if done.returncode != 0:
            # The tool itself failed (no manager can be made in this sandbox...): the unit is not to blame.
            return None
        return ""

    def _systemctl(self, *args: str) -> subprocess.CompletedProcess | None:
        return _run(["systemctl", "--user", *args])

    def _manager(self) -> str | None:
        """None when a user manager answers; else why not, for a person."""
        done = self._systemctl("show-environment")
        if done is None:
            return "systemctl is not installed"
        if done.returncode != 0:
            return f"no systemd user manager is reachable ({_last_line(done)})"
        return None

    def install(self, say: Say) -> bool:
        text = self.render()
        problems = self.verify(text)
        if problems:
            raise FollowupError(f"systemd-analyze rejects the unit, nothing installed: {problems}")
        _write_replacing(self.path, text)
        say(f"Wrote {self.path}" + ("" if problems is None else " (checked with systemd-analyze verify)"))
        absent = self._manager()
        if absent:
            say(f"Not started: {absent}. In your login session run:")
            say(f"  systemctl --user daemon-reload && systemctl --user enable --now {UNIT_NAME}")
            return False
        for step in (("daemon-reload",), ("enable", UNIT_NAME), ("restart", UNIT_NAME)):
            done = self._systemctl(*step)
            if done is None or done.returncode != 0:
                say(f"`systemctl --user {' '.join(step)}` failed: {_last_line(done) if done else 'no systemctl'}")
                self._log_tail(say)
                return False
        say("followup is running. Its log: journalctl --user -u followup -f")
        linger = _run(["loginctl", "show-user", os.environ.get("USER") or str(os.getuid()), "-p", "Linger", "--value"])
        if linger is not None and linger.returncode == 0 and linger.stdout.strip() == "no":
            say("It stops when you log out; to keep it running: loginctl enable-linger $USER")
        return True

    def uninstall(self, say: Say) -> bool:
        absent = self._manager()
        if absent is None:
            self._systemctl("disable", "--now", UNIT_NAME)
        if not self.path.exists():
            say(f"Not installed ({self.path} does not exist); nothing to remove.")
            return True
        self.path.unlink()
        if absent is None:
            self._systemctl("daemon-reload")
            say(f"Stopped, disabled and removed {self.path}. The config and the state are kept.")
        else:
            say(f"Removed {self.path} ({absent}, so nothing was stopped). The config and the state are kept.")
        return True

    def status(self, say: Say) -> bool:
        say(f"unit       {self.path}: {'installed' if self.path.exists() else 'not installed'}")
        absent = self._manager()
        if absent:
            say(f"service    unknown: {absent}")
            return False
        shown = self._systemctl(
            "show", UNIT_NAME, "-p", "ActiveState", "-p", "SubState", "-p", "MainPID", "-p", "ActiveEnterTimestamp"
        )
        fields = dict(line.split("=", 1) for line in (shown.stdout if shown else "").splitlines() if "=" in line)
        state = fields.get("ActiveState", "unknown")
        running = state == "active"
        detail = f" ({fields.get('SubState')})" if fields.get("SubState") else ""
        if running:
            detail += f", pid {fields.get('MainPID')}, since {fields.get('ActiveEnterTimestamp')}"
        say(f"service    {'running' if running else 'not running'}: {state}{detail}")
        self._log_tail(say)
        return running

    def _log_tail(self, say: Say) -> None:
        done = _run(["journalctl", "--user", "-u", UNIT_NAME, "-n", str(LOG_LINES), "--no-pager", "-o", "short-iso"])
        lines = [line for line in (done.stdout if done else "").splitlines() if not line.startswith("-- ")]
        if not lines:
            say("log        no lines (journalctl --user -u followup)")
            return
        say("log        last lines (journalctl --user -u followup):")
        for line in lines:
            say(f"  {line}")


# ---------------------------------------------------------------- launchd


class Launchd(ServiceManager):
    def __init__(self, command: list[str], home: Path):
        super().__init__(command, home)
        self.path = home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
        self.log = home / "Library" / "Logs" / "followup.log"

    @property
    def target(self) -> str:
        return f"gui/{os.getuid()}"

    def agent(self) -> dict:
        return {
            "Label": AGENT_LABEL,
            "ProgramArguments": self.command,
            "RunAtLoad": True,
            # Restarted whenever it stops other than by a clean exit (a clean exit is `launchctl bootout`).
            "KeepAlive": {"SuccessfulExit": False},
            # A config error exits at once; do not retry it more than once a minute.
            "ThrottleInterval": 60,
            "StandardOutPath": str(self.log),
            "StandardErrorPath": str(self.log),
            # launchd's own PATH is /usr/bin:/bin:/usr/sbin:/sbin; a password command from Homebrew needs more.
            "EnvironmentVariables": {"PATH": os.environ.get("PATH", "/usr/bin:/bin:/usr/sbin:/sbin")},
        }

    def render(self) -> str:
        return plistlib.dumps(self.agent(), sort_keys=False).decode()

    def _launchctl(self, *args: str) -> subprocess.CompletedProcess | None:
        return _run(["launchctl", *args])

    def install(self, say: Say) -> bool:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        _write_replacing(self.path, self.render())
        say(f"Wrote {self.path}")
        if self._launchctl("bootout", f"{self.target}/{AGENT_LABEL}") is None:
            say(f"Not started: launchctl is not available here. Run: launchctl bootstrap {self.target} {self.path}")
            return False
        for attempt in range(3):
            # Right after a bootout, launchd may still be tearing the old job down ("5: Input/output error").
            time.sleep(attempt)
            done = self._launchctl("bootstrap", self.target, str(self.path))
            if done is None or done.returncode == 0:
                break
        if done is None or done.returncode != 0:
            say(f"`launchctl bootstrap` failed: {_last_line(done) if done else 'no launchctl'}")
            return False
        say(f"followup is running. Its log: tail -f {self.log}")
        return True

    def uninstall(self, say: Say) -> bool:
        self._launchctl("bootout", f"{self.target}/{AGENT_LABEL}")
        if not self.path.exists():
            say(f"Not installed ({self.path} does not exist); nothing to remove.")
            return True
        self.path.unlink()
        say(f"Stopped and removed {self.path}. The config, the state and {self.log} are kept.")
        return True

    def status(self, say: Say) -> bool:
        say(f"agent      {self.path}: {'installed' if self.path.exists() else 'not installed'}")
        done = self._launchctl("print", f"{self.target}/{AGENT_LABEL}")
        fields: dict[str, str] = {}
        for line in (done.stdout if done else "").splitlines():
            key, sep, value = line.strip().partition(" = ")
            if sep and key not in fields:
                fields[key] = value
        running = fields.get("state") == "running"
        if done is None:
            say("service    unknown: launchctl is not available here")
        elif done.returncode != 0:
            say("service    not loaded")
        else:
            detail = f", pid {fields['pid']}" if "pid" in fields else ""
            last = f", last exit {fields['last exit code']}" if "last exit code" in fields else ""
            say(f"service    {'running' if running else 'not running'}: {fields.get('state', 'unknown')}{detail}{last}")
        try:
            lines = self.log.read_text(errors="replace").splitlines()[-LOG_LINES:]
        except OSError:
            lines = []
        say(f"log        {'last lines of ' if lines else 'nothing yet in '}{self.log}" + (":" if lines else ""))
        for line in lines:
            say(f"  {line}")
        return running
