"""From an installed package to a running service: `followup --version`, `init`, `service install | uninstall |
status` on Linux (systemd user unit, checked by `systemd-analyze --user verify`) and macOS (a launchd agent,
checked with plistlib), and the whole path from a wheel built with `python -m build` into a fresh venv (and
with pipx, where pipx is installed), ending in `check` against the test Dovecot.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from tests.conftest import ROOT
from watcher import __version__
from watcher.config import load_config

HAS_SYSTEMD_ANALYZE = shutil.which("systemd-analyze") is not None


def run(command: list[str], *, env: dict | None = None, stdin: str | None = None, timeout: float = 120):
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, **(env or {})},
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def followup(*args: str, env: dict | None = None, stdin: str | None = None):
    return run([sys.executable, "-m", "watcher", *args], env=env, stdin=stdin)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the test's own: config, units and agents are written under it, never the user's."""
    home = tmp_path / "home"
    home.mkdir()
    for name, value in (
        ("HOME", home),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_STATE_HOME", home / ".local" / "state"),
    ):
        monkeypatch.setenv(name, str(value))
    return home


def user_manager_reachable() -> bool:
    if shutil.which("systemctl") is None:
        return False
    return run(["systemctl", "--user", "show-environment"], timeout=30).returncode == 0


def systemd_verify(unit_text: str, folder: Path) -> subprocess.CompletedProcess:
    """`systemd-analyze --user verify` as a person would run it on the unit file."""
    folder.mkdir(parents=True, exist_ok=True)
    unit = folder / "followup.service"
    unit.write_text(unit_text)
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    return run(
        ["systemd-analyze", "--user", "--man=no", "verify", str(unit)],
        env={"XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR") or str(runtime)},
        timeout=60,
    )


def exec_start(unit_text: str) -> list[str]:
    line = next(line for line in unit_text.splitlines() if line.startswith("ExecStart="))
    return [word.replace("%%", "%").replace("$$", "$") for word in shlex.split(line.removeprefix("ExecStart="))]


# ---------------------------------------------------------------- --version, init


def test_version():
    done = followup("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"followup {__version__}")


def test_init_writes_the_commented_example_with_the_user_filled_in(home):
    done = followup("init", "--name", "Ana Ruiz", "--email", "ana@example.org", "--timezone", "Europe/Madrid")
    assert done.returncode == 0, done.stderr
    path = home / ".config" / "followup" / "config.toml"
    assert f"Wrote {path}" in done.stdout
    assert "followup auth set" in done.stdout and "followup check" in done.stdout
    assert "--config" not in done.stdout, "the default path needs no --config in the next commands"
    text = path.read_text()
    assert "# Every key is shown with its default" in text, "the example's comments are kept"
    settings = load_config(path)
    assert (settings.user.name, settings.user.email, settings.user.timezone.key) == (
        "Ana Ruiz",
        "ana@example.org",
        "Europe/Madrid",
    )
    assert settings.imap is not None and settings.imap.username == "ana@example.org"
    assert "password = { keyring = true }" in text and "Ana" not in text.split("\n[imap]\n")[1]
    assert path.stat().st_mode & 0o777 == 0o600


def test_init_never_overwrites(home):
    path = home / "elsewhere" / "config.toml"
    path.parent.mkdir()
    path.write_text("# mine\n")
    done = followup("init", "--config", str(path), "--name", "A B", "--email", "a@b.example")
    assert done.returncode == 1
    assert f"{path} already exists; nothing written" in done.stderr
    assert path.read_text() == "# mine\n"


def test_init_outside_a_terminal_names_the_flags_it_needs(home):
    done = followup("init", "--email", "a@b.example")
    assert done.returncode == 1
    assert "not run in a terminal, so nothing can be asked: give --name" in done.stderr
    assert not (home / ".config" / "followup" / "config.toml").exists()


@pytest.mark.parametrize(
    ("flag", "value", "message"),
    [
        ("--email", "not-an-address", "'not-an-address' is not an email address"),
        ("--timezone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'"),
    ],
)
def test_init_refuses_bad_values(home, flag, value, message):
    args = {"--name": "A B", "--email": "a@b.example", flag: value}
    done = followup("init", *(item for pair in args.items() for item in pair))
    assert done.returncode == 1
    assert message in done.stderr


def test_init_asks_for_what_is_missing_in_a_terminal(home, tmp_path):
    """stdin a real terminal (a pty): the name and address are asked, the zone offered as a default."""
    import pty

    leader, follower = pty.openpty()
    config = tmp_path / "asked.toml"
    process = subprocess.Popen(
        [sys.executable, "-m", "watcher", "init", "--config", str(config)],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "TZ": "Asia/Tokyo"},
    )
    os.close(follower)
    try:
        os.write(leader, b"Kenji Sato\nnot an address\nkenji@example.jp\n\n")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(leader)
    assert process.returncode == 0, err
    assert "is not an email address" in err.decode(), "a wrong answer is said and asked again"
    settings = load_config(config)
    assert (settings.user.name, settings.user.email, settings.user.timezone.key) == (
        "Kenji Sato",
        "kenji@example.jp",
        "Asia/Tokyo",
    )
    assert f"--config {config}" in out.decode(), "a config elsewhere is named in the next commands"


def test_init_print_shows_the_example_and_writes_nothing(home):
    done = followup("init", "--print", "--name", "Ana Ruiz")
    assert done.returncode == 0
    data = tomllib.loads(done.stdout)
    assert data["user"]["name"] == "Ana Ruiz" and data["user"]["email"] == "jordan.lee@example.com"
    assert done.stdout.splitlines()[1:] == _example_with(done.stdout).splitlines()[1:]
    assert not (home / ".config" / "followup").exists()


def _example_with(printed: str) -> str:
    """The shipped example with the printed [user] lines put back: init changes nothing else."""
    example = (ROOT / "config.example.toml").read_text().splitlines()
    printed_lines = printed.splitlines()
    return "\n".join(
        mine if theirs.startswith(("name =", "username =")) else theirs
        for mine, theirs in zip(printed_lines, example, strict=True)
    )


# ---------------------------------------------------------------- service: systemd


@pytest.fixture
def config(home: Path) -> Path:
    done = followup("init", "--name", "Ana Ruiz", "--email", "ana@example.org", "--timezone", "UTC")
    assert done.returncode == 0, done.stderr
    return home / ".config" / "followup" / "config.toml"


def test_service_print_names_this_executable_and_this_config(config):
    done = followup("service", "install", "--print")
    assert done.returncode == 0, done.stderr
    unit = done.stdout
    assert "Type=notify" in unit and "WatchdogSec=60s" in unit
    assert exec_start(unit) == [sys.executable, "-m", "watcher", "--config", str(config), "run"]
    documentation = next(line for line in unit.splitlines() if line.startswith("Documentation=file://"))
    assert Path(documentation.removeprefix("Documentation=file://")).is_file(), "the README it points at exists"
    assert not (config.parent.parent / "systemd").exists(), "--print writes nothing"


@pytest.mark.skipif(not HAS_SYSTEMD_ANALYZE, reason="systemd-analyze is not installed (apt-get install systemd)")
def test_the_unit_passes_systemd_analyze_verify_wherever_the_executable_is(tmp_path, config):
    """The console script reached through a folder with a space and a percent sign, as a pipx or venv
    install in an odd place would be: systemd quoting and specifiers must not break it."""
    odd = tmp_path / "my tools 100%" / "bin"
    odd.mkdir(parents=True)
    script = odd / "followup"
    script.symlink_to(Path(sys.executable).parent / "followup")
    odd_config = tmp_path / "conf $HOME" / "config.toml"
    odd_config.parent.mkdir()
    shutil.copy(config, odd_config)
    done = run([str(script), "--config", str(odd_config), "service", "install", "--print"])
    assert done.returncode == 0, done.stderr
    assert exec_start(done.stdout) == [str(script), "--config", str(odd_config), "run"]
    verified = systemd_verify(done.stdout, tmp_path / "verify")
    assert (verified.returncode, verified.stderr) == (0, ""), "systemd-analyze reports no problem at all"

    # ... and it would say so if the executable were not there.
    script.unlink()
    verified = systemd_verify(done.stdout, tmp_path / "verify-missing")
    assert verified.returncode != 0 and "is not executable" in verified.stderr


@pytest.mark.skipif(user_manager_reachable(), reason="a user manager runs here: see the test with a real one")
def test_service_install_without_a_user_manager_writes_the_unit_and_says_how_to_start_it(home, config):
    done = followup("service", "install")
    unit = home / ".config" / "systemd" / "user" / "followup.service"
    assert done.returncode == 1
    assert f"Wrote {unit}" in done.stdout
    assert "Not started: " in done.stdout and "systemctl --user enable --now followup.service" in done.stdout
    assert exec_start(unit.read_text())[-3:] == ["--config", str(config), "run"]

    status = followup("service", "status")
    assert status.returncode == 1
    assert f"unit       {unit}: installed" in status.stdout
    assert "service    unknown: " in status.stdout

    removed = followup("service", "uninstall")
    assert removed.returncode == 0
    assert f"Removed {unit} (no systemd user manager is reachable" in removed.stdout
    assert not unit.exists()
    assert "not installed" in followup("service", "status").stdout


def test_service_install_refuses_a_broken_config(home, config):
    config.write_text(config.read_text().replace("\n[timing]\n", "\n[timing]\nthank_you_afterr = '2h'\n"))
    done = followup("service", "install")
    assert done.returncode == 2
    assert "did you mean timing.thank_you_after?" in done.stderr
    assert not (home / ".config" / "systemd").exists()


@pytest.mark.skipif(not user_manager_reachable(), reason="no systemd user manager runs here")
def test_service_install_starts_a_real_user_service(imap_account, make_config, tmp_path):
    """With a real user manager: installed, running (READY=1 reached), reported, then removed."""
    real_unit = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "systemd/user/followup.service"
    if real_unit.exists():
        pytest.skip(f"{real_unit} exists: this machine runs followup itself; not touching it")
    config = make_config(imap_account)
    config.write_text(
        config.read_text().replace(
            '{ env = "FOLLOWUP_TEST_PASSWORD" }', f'{{ command = "echo {imap_account.password}" }}'
        )
    )
    try:
        done = followup("--config", str(config), "service", "install")
        assert done.returncode == 0, done.stdout + done.stderr
        assert "followup is running" in done.stdout
        status = followup("--config", str(config), "service", "status")
        assert status.returncode == 0 and "service    running: active" in status.stdout
    finally:
        followup("--config", str(config), "service", "uninstall")
    assert not real_unit.exists()


# ---------------------------------------------------------------- service: launchd (macOS)


def test_the_launchd_agent_keeps_followup_alive_and_logs_to_library_logs(home, config, monkeypatch, capsys):
    from watcher.cli import main

    monkeypatch.setattr(sys, "platform", "darwin")
    assert main(["service", "install", "--print"]) == 0
    agent = plistlib.loads(capsys.readouterr().out.encode())
    assert agent["Label"] == "local.followup"
    program, *arguments = agent["ProgramArguments"]
    assert Path(program).is_absolute() and os.access(program, os.X_OK)
    assert arguments[-3:] == ["--config", str(config), "run"]
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] == {"SuccessfulExit": False}, "restarted unless it stopped cleanly"
    log = str(home / "Library" / "Logs" / "followup.log")
    assert agent["StandardOutPath"] == agent["StandardErrorPath"] == log
    assert agent["EnvironmentVariables"]["PATH"] == os.environ["PATH"], "password commands are found as in a shell"


@pytest.mark.skipif(shutil.which("launchctl") is not None, reason="a real launchd: not installing into it")
def test_the_launchd_agent_is_written_to_launch_agents(home, config, monkeypatch, capsys):
    from watcher.cli import main

    monkeypatch.setattr(sys, "platform", "darwin")
    assert main(["service", "install"]) == 1, "not started without launchctl"
    said = capsys.readouterr().out
    agent = home / "Library" / "LaunchAgents" / "local.followup.plist"
    assert f"Wrote {agent}" in said and "launchctl bootstrap gui/" in said
    assert plistlib.loads(agent.read_bytes())["Label"] == "local.followup"
    (home / "Library" / "Logs" / "followup.log").write_text("line one\nfollowup started\n")
    assert main(["service", "status"]) == 1, "not running: launchctl is not there to start it"
    said = capsys.readouterr().out
    assert f"agent      {agent}: installed" in said and "  followup started" in said
    assert main(["service", "uninstall"]) == 0
    assert not agent.exists()


def test_other_systems_are_told_what_to_run(home, config, monkeypatch, capsys):
    from watcher.cli import main

    monkeypatch.setattr(sys, "platform", "win32")
    assert main(["service", "install", "--print"]) == 1
    assert "knows systemd (Linux) and launchd (macOS), not win32" in capsys.readouterr().err


# ---------------------------------------------------------------- from a built wheel


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """This checkout as a clean clone holds it: without .venv, caches or build leftovers."""
    source = tmp_path_factory.mktemp("src") / "followup"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(".venv", ".git", "__pycache__", "*.egg-info", "build", "dist", ".*cache"),
    )
    return source


@pytest.fixture(scope="module")
def wheel(checkout, tmp_path_factory) -> Path:
    """`python -m build` of the checkout (sdist, then the wheel from the sdist, as a release is made)."""
    out = tmp_path_factory.mktemp("dist")
    done = run([sys.executable, "-m", "build", "--outdir", str(out), str(checkout)], timeout=600)
    if done.returncode != 0 and "Could not find a version" in done.stderr + done.stdout:
        pytest.skip("python -m build needs setuptools from the package index, which is unreachable")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (found,) = out.glob("followup-*.whl")
    return found


def install_in_fresh_venv(wheel: Path, folder: Path) -> Path:
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    python = folder / "bin" / "python"
    done = run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], timeout=900)
    if done.returncode != 0 and "No matching distribution" in done.stderr:
        pytest.skip(f"the dependencies cannot be downloaded here: {done.stderr.strip().splitlines()[-1]}")
    assert done.returncode == 0, done.stderr[-3000:]
    return folder / "bin" / "followup"


def point_at_dovecot(config: Path, account) -> None:
    """What the user does after `init`: the [imap] lines for their server (here the test Dovecot)."""
    text = config.read_text()
    for old, new in (
        ('host = "imap.example.com"', 'host = "127.0.0.1"'),
        ("port = 993 ", f"port = {account.port} "),
        ('security = "tls" ', 'security = "none" '),
        (f'username = "{account.user.split("@")[0]}@example.org"', f'username = "{account.user}"'),
        ("password = { keyring = true } ", 'password = { env = "FOLLOWUP_TEST_PASSWORD" } '),
    ):
        assert old in text, old
        text = text.replace(old, new, 1)
    config.write_text(text)


def three_commands(followup_script: Path, account, home: Path, tmp_path: Path) -> None:
    """--version, init, check against Dovecot, service install --print: all from the installed script."""
    env = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "FOLLOWUP_TEST_PASSWORD": account.password,
    }
    version = run([str(followup_script), "--version"], env=env)
    assert version.stdout.strip() == f"followup {__version__}"

    address = f"{account.user.split('@')[0]}@example.org"
    init = run([str(followup_script), "init", "--name", "Ana Ruiz", "--email", address, "--timezone", "UTC"], env=env)
    assert init.returncode == 0, init.stderr
    config = home / ".config" / "followup" / "config.toml"
    point_at_dovecot(config, account)

    check = run([str(followup_script), "check"], env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    assert f"login      {account.user} on 127.0.0.1:{account.port}" in check.stdout
    assert "drafts     Drafts" in check.stdout

    printed = run([str(followup_script), "service", "install", "--print"], env=env)
    assert printed.returncode == 0, printed.stderr
    assert exec_start(printed.stdout) == [str(followup_script), "--config", str(config), "run"]
    documentation = next(line for line in printed.stdout.splitlines() if line.startswith("Documentation="))
    readme = Path(documentation.removeprefix("Documentation=file://"))
    assert readme.is_file() and readme.is_relative_to(followup_script.parent.parent), "the installed README"
    if HAS_SYSTEMD_ANALYZE:
        verified = systemd_verify(printed.stdout, tmp_path / "verify")
        assert (verified.returncode, verified.stderr) == (0, "")


@pytest.mark.timeout(1200)
def test_a_wheel_in_a_fresh_venv_goes_from_version_to_check(wheel, imap_account, tmp_path):
    script = install_in_fresh_venv(wheel, tmp_path / "venv")
    home = tmp_path / "home"
    home.mkdir()
    three_commands(script, imap_account, home, tmp_path)


@pytest.mark.timeout(1200)
@pytest.mark.skipif(shutil.which("pipx") is None, reason="pipx is not installed (apt-get install pipx)")
def test_pipx_install_of_the_checkout_goes_from_version_to_check(checkout, imap_account, tmp_path):
    """The README's way: `pipx install .` in a clone."""
    home = tmp_path / "home"
    home.mkdir()
    bin_dir = home / ".local" / "bin"
    env = {"PIPX_HOME": str(home / ".local" / "pipx"), "PIPX_BIN_DIR": str(bin_dir), "HOME": str(home)}
    done = run(["pipx", "install", str(checkout)], env=env, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    three_commands(bin_dir / "followup", imap_account, home, tmp_path)
