"""Passwords from the OS keyring, an environment variable or a password command; never prompts in the service."""

from __future__ import annotations

import os
import shlex
import subprocess

from .config import SecretRef
from .errors import SecretError

KEYRING_SERVICE = "followup"


def get_secret(ref: SecretRef, keyring_user: str, *, timeout: float = 30.0) -> str:
    """Return the password `ref` points to. Error messages name the source, never the value."""
    if ref.source == "env":
        value = os.environ.get(ref.value)
        if not value:
            raise SecretError(f"environment variable {ref.value} is not set or empty")
        return value
    if ref.source == "command":
        return _from_command(ref.value, timeout)
    return _from_keyring(keyring_user)


def run_secret_command(command: str, timeout: float = 30.0, what: str = "password command") -> str:
    """The first line `command` prints; errors name the command (`what`), never its output."""
    return _from_command(command, timeout, what)


def _from_command(command: str, timeout: float, what: str = "password command") -> str:
    try:
        done = subprocess.run(
            shlex.split(command), capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL, check=False
        )
    except FileNotFoundError:
        raise SecretError(f"{what} not found: {shlex.split(command)[0]}") from None
    except subprocess.TimeoutExpired:
        raise SecretError(f"{what} did not finish within {timeout:.0f}s") from None
    except ValueError as exc:
        raise SecretError(f"{what} cannot be parsed: {exc}") from None
    if done.returncode != 0:
        # Its stderr is captured and dropped, never echoed: a command may print the secret in its error
        # message, and this text goes to `check`, `run` and the journal. The program and status only.
        program = os.path.basename(shlex.split(command)[0])
        raise SecretError(
            f"{what} ({program}) exited with status {done.returncode}; run it yourself to see its error message"
        )
    # Like mutt and isync, only the first line counts (`pass` stores metadata below it).
    lines = done.stdout.decode(errors="replace").splitlines()
    if not lines or not lines[0]:
        raise SecretError(f"{what} printed nothing")
    return lines[0]


def _from_keyring(user: str) -> str:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        value = keyring.get_password(KEYRING_SERVICE, user)
    except NoKeyringError:
        raise SecretError(
            "no keyring is available on this machine; store the password with a password command "
            "or an environment variable instead (see docs/accounts.md, 'Headless machines')"
        ) from None
    except KeyringError as exc:
        raise SecretError(f"the keyring refused access: {type(exc).__name__}") from None
    if not value:
        raise SecretError(f"no password stored in the keyring for {user}; run `followup auth set`")
    return value


def ensure_keyring(user: str, where: str = "imap.password") -> None:
    """Raise, before anyone types a password, when there is no keyring to keep it in (a headless machine).

    Reading the entry is the test a store would face: a keyring that is locked asks to be unlocked now.
    """
    import keyring
    from keyring.backends import fail
    from keyring.errors import KeyringError, NoKeyringError

    instead = (
        f"no keyring is available on this machine (no Secret Service such as GNOME Keyring or KWallet runs "
        f'here), so nothing was asked: set {where} = {{ command = "pass show mail/imap" }} (any command that '
        f"prints the password) or {{ env = \"VARIABLE\" }} in the config instead (see README, 'Headless machines')"
    )
    if isinstance(keyring.get_keyring(), fail.Keyring):
        raise SecretError(instead)
    try:
        keyring.get_password(KEYRING_SERVICE, user)
    except NoKeyringError:
        raise SecretError(instead) from None
    except KeyringError as exc:
        raise SecretError(f"the keyring refused access ({type(exc).__name__}); nothing was asked") from None


def set_keyring_secret(user: str, value: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, user, value)
    except NoKeyringError:
        raise SecretError(
            "no keyring is available on this machine (see docs/accounts.md, 'Headless machines')"
        ) from None
    except KeyringError as exc:
        raise SecretError(f"the keyring refused to store the password: {type(exc).__name__}") from None


def read_keyring_secret(user: str) -> str | None:
    """What the keyring holds for `user`, or None when it holds nothing (unlike get_secret, not an error)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, user) or None
    except NoKeyringError:
        raise SecretError(
            "no keyring is available on this machine; see docs/accounts.md, 'Headless machines' for where to keep "
            "an OAuth2 sign-in instead"
        ) from None
    except KeyringError as exc:
        raise SecretError(f"the keyring refused access: {type(exc).__name__}") from None
