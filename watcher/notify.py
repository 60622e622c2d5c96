"""Desktop notifications through the freedesktop Notifications service on the D-Bus session bus.

jeepney (pure Python, already what `keyring` uses on Linux) speaks D-Bus directly, so no notify-send, no
libnotify, no GObject. With no session bus (a headless server, a session that ended) notifications are
skipped silently in "auto" mode; in "on" mode that is said once in the log. Nothing here may slow the
service down or stop it: every failure is swallowed after one log line.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

log = logging.getLogger("followup.notify")

APP_NAME = "followup"
TIMEOUT = 2.0  # seconds for the whole D-Bus exchange; a hung notification daemon must not hold us up


def session_bus_address() -> str | None:
    """$DBUS_SESSION_BUS_ADDRESS, else systemd's per-user bus socket ($XDG_RUNTIME_DIR/bus), else None."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").strip()
    if address:
        return address
    runtime = os.environ.get("XDG_RUNTIME_DIR", "").strip()
    if runtime and (Path(runtime) / "bus").exists():
        return f"unix:path={Path(runtime) / 'bus'}"
    return None


class DesktopNotifier:
    """Sends one notification per saved draft; `mode` is "auto", "on" or "off" (the config's [notify])."""

    def __init__(self, mode: str = "auto"):
        self.mode = mode
        self._warned = False
        self._pending: list[threading.Thread] = []

    def notify(self, summary: str, body: str) -> None:
        """Send in the background: the D-Bus handshake has no timeout of its own, and a hung session bus
        must never hold up a draft."""
        if self.mode != "off":
            thread = threading.Thread(target=self.send, args=(summary, body), name="notify", daemon=True)
            thread.start()
            self._pending = [t for t in self._pending if t.is_alive()] + [thread]

    def flush(self, timeout: float = TIMEOUT * 2) -> None:
        """Give notifications still being sent a moment to finish (before `run --once` exits)."""
        for thread in self._pending:
            thread.join(timeout)
        self._pending = []

    def send(self, summary: str, body: str) -> bool:
        """True when the notification service accepted it."""
        if self.mode == "off":
            return False
        address = session_bus_address()
        if address is None:
            self._unavailable("no D-Bus session bus (no desktop session)")
            return False
        try:
            from jeepney import DBusAddress, new_method_call
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            self._unavailable("the jeepney library is not installed")
            return False
        target = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name="org.freedesktop.Notifications",
            interface="org.freedesktop.Notifications",
        )
        # Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout)
        call = new_method_call(
            target, "Notify", "susssasa{sv}i", (APP_NAME, 0, "mail-message-new", summary, body, [], {}, -1)
        )
        try:
            with open_dbus_connection(address, auth_timeout=TIMEOUT) as connection:
                reply = connection.send_and_get_reply(call, timeout=TIMEOUT)
        except Exception as exc:  # socket, auth or protocol trouble: a notification is never worth a crash
            self._unavailable(f"the session bus did not answer ({type(exc).__name__})")
            return False
        if reply.header.message_type.name == "error":
            self._unavailable("no notification service on the session bus")
            return False
        log.debug("desktop notification shown: %s", summary)
        return True

    def _unavailable(self, why: str) -> None:
        if self.mode == "on" and not self._warned:
            log.warning("desktop notifications are on but cannot be shown: %s", why)
            self._warned = True
        else:
            log.debug("desktop notification skipped: %s", why)
