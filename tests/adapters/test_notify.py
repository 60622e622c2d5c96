"""Desktop notifications over a real, private D-Bus session bus (dbus-daemon), with a small notification
service on it that records what it is asked to show; and silence on a machine without a session bus."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.mailgen import USER, invitation
from watcher.notify import DesktopNotifier, session_bus_address

CONFIG = """
[user]
name = "Jordan Lee"
email = "{email}"
timezone = "America/New_York"
[maildir]
path = "mail"
[state]
dir = "state"
[drafts]
check_in = false
{notify}
"""


class NotificationService(threading.Thread):
    """org.freedesktop.Notifications on the bus: records every Notify call and answers it."""

    def __init__(self, address: str):
        super().__init__(daemon=True)
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.connection = open_dbus_connection(address)
        reply = self.connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
        assert reply.body == (1,), "could not own the notification service name"
        self.calls: list[tuple] = []
        self.stopping = threading.Event()

    def run(self) -> None:
        from jeepney import MessageType, new_method_return

        while not self.stopping.is_set():
            try:
                message = self.connection.receive(timeout=0.2)
            except TimeoutError:
                continue
            except OSError:
                return
            header = message.header
            if header.message_type is MessageType.method_call and header.fields.get(3) == "Notify":
                self.calls.append(message.body)
                self.connection.send(new_method_return(message, "u", (len(self.calls),)))

    def close(self) -> None:
        self.stopping.set()
        self.join(2)
        self.connection.close()


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    binary = shutil.which("dbus-daemon") or "/usr/bin/dbus-daemon"
    if not Path(binary).exists():
        pytest.skip("dbus-daemon is not installed (apt-get install dbus-daemon)")
    socket = tmp_path / "bus"
    process = subprocess.Popen(
        [binary, "--session", "--nofork", "--nopidfile", f"--address=unix:path={socket}", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        address = process.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        process.terminate()
        process.wait(10)


def test_a_notification_reaches_the_desktop_notification_service(session_bus, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus)
    server = NotificationService(session_bus)
    server.start()
    try:
        assert DesktopNotifier("auto").send("Thank-you draft ready", "Northwind, to Dana.")
        (call,) = server.calls
        assert call[0] == "followup" and call[3:5] == ("Thank-you draft ready", "Northwind, to Dana.")
    finally:
        server.close()


def test_no_session_bus_or_no_notification_service_is_silent_in_auto_mode(session_bus, monkeypatch, caplog, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "no-runtime"))
    assert session_bus_address() is None
    assert DesktopNotifier("auto").send("x", "y") is False
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus)  # a bus, but nobody shows notifications
    assert DesktopNotifier("auto").send("x", "y") is False
    assert "WARNING" not in caplog.text
    on = DesktopNotifier("on")
    assert on.send("x", "y") is False and on.send("x", "y") is False
    assert caplog.text.count("desktop notifications are on but cannot be shown") == 1
    assert DesktopNotifier("off").send("x", "y") is False


def test_the_runtime_dir_bus_is_found_without_the_environment_variable(monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    (tmp_path / "bus").touch()
    assert session_bus_address() == f"unix:path={tmp_path / 'bus'}"


@pytest.mark.parametrize(("notify", "expected"), [("", 1), ("[notify]\ndesktop = false", 0)])
def test_one_notification_per_saved_draft(session_bus, monkeypatch, tmp_path, notify, expected):
    from watcher.config import load_config
    from watcher.daemon import Service

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session_bus)
    server = NotificationService(session_bus)
    server.start()
    for folder in ("cur", "new", "tmp", ".Drafts/cur", ".Drafts/new", ".Drafts/tmp"):
        (tmp_path / "mail" / folder).mkdir(parents=True)
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3))
    (tmp_path / "mail" / "cur" / "1.invite:2,S").write_bytes(raw)
    config = tmp_path / "config.toml"
    config.write_text(CONFIG.format(email=USER[1], notify=notify))
    try:
        for _ in range(2):  # the second pass saves nothing, so it must not notify again
            service = Service(load_config(config))
            try:
                service.run_once()
            finally:
                service.close()
        # close() waited for the notification to be delivered
        assert len(server.calls) == expected
        if expected:
            summary, body = server.calls[0][3:5]
            assert summary == "Thank-you draft ready"
            assert "Northwind" in body and "Dana Whitfield" in body and "Drafts" in body
    finally:
        server.close()
