"""One exception hierarchy: every error the service reports to a person derives from FollowupError."""


class FollowupError(Exception):
    """Base of every error this program raises on purpose; its text is a one-line message for a person."""


class ConfigError(FollowupError):
    """The configuration is invalid. Carries every problem found, not only the first."""

    def __init__(self, problems: list[str] | str, path: str | None = None):
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(where + "; ".join(self.problems))


class SecretError(FollowupError):
    """A password could not be obtained (keyring empty, command failed, variable unset)."""


class AuthError(FollowupError):
    """The server refused the credentials; retrying will not help until the user acts."""


class TransientError(FollowupError):
    """A network or server fault that is worth retrying with backoff."""


class ParseError(FollowupError):
    """An email or calendar could not be understood; the input is skipped, nothing else is affected."""


class StateError(FollowupError):
    """The state folder is unusable (locked by another instance, unreadable, newer schema)."""
