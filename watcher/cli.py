"""The `followup` command line, and its single error boundary: a clear one-line message, never a traceback.

Heavy libraries are imported inside the commands that need them, so `followup --help` and `inspect`
start fast.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import ClassVar

from .errors import ConfigError, FollowupError

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_CONFIG
    _setup_logging(args)
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"followup: config error: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except FollowupError as exc:
        print(f"followup: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `followup inspect ... | head`: the reader left; no traceback for that
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


class _Parser(argparse.ArgumentParser):
    """argparse that answers a mistyped command or choice with the nearest valid one."""

    def _check_value(self, action: argparse.Action, value: object) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        import difflib

        names = [str(choice) for choice in choices]
        close = difflib.get_close_matches(str(value), names, n=1, cutoff=0.6)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (choose from {', '.join(map(repr, names))})"
        raise argparse.ArgumentError(action, f"invalid choice: {value!r}{hint}")


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = _Parser(
        prog="followup",
        description="Watches your mailbox for job interviews and drafts the follow-ups at the right time.",
    )
    parser.add_argument("--config", type=Path, help="config file (default: $XDG_CONFIG_HOME/followup/config.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    parser.add_argument("--version", action="version", version=f"followup {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_setup_commands(sub)

    run = sub.add_parser("run", help="the service: watch the mailbox and save drafts when due")
    run.add_argument("--once", action="store_true", help="one full pass (scan, plan, save what is due), then exit")
    run.add_argument(
        "--dry-run",
        action="store_true",
        help="one pass that reads, plans and shows what would be saved: saves nothing, records nothing",
    )
    run.set_defaults(func=cmd_run)

    inspect = sub.add_parser("inspect", help="read .eml/.ics files (or folders of them) and show what was understood")
    inspect.add_argument("paths", nargs="+", type=Path)
    inspect.add_argument("--json", action="store_true", help="one JSON object per input, one per line")
    inspect.set_defaults(func=cmd_inspect)

    listing = sub.add_parser("list", help="known interviews and their follow-ups")
    listing.add_argument("--all", action="store_true", help="also interviews long past with nothing left to do")
    listing.add_argument(
        "--problems", action="store_true", help="inputs that failed and were set aside (quarantined), and why"
    )
    listing.set_defaults(func=cmd_list)

    preview = sub.add_parser("preview", help="show the draft that will be saved")
    preview.add_argument("id", help="interview id (from `followup list`)")
    preview.add_argument(
        "kind", nargs="?", choices=("thank_you", "check_in", "thank-you", "check-in"), default="thank_you"
    )
    preview.set_defaults(func=cmd_preview)

    note = sub.add_parser("note", help="add your own notes from an interview; drafts include them")
    note.add_argument("id", help="interview id (from `followup list`)")
    note.add_argument("text", nargs="?", help="the note; without it, the notes so far are shown")
    note.set_defaults(func=cmd_note)

    check = sub.add_parser("check", help="check the config, the password, the login and the Drafts folder")
    check.set_defaults(func=cmd_check)

    auth = sub.add_parser("auth", help="store the mail password, or an OAuth2 sign-in, in the OS keyring")
    auth_sub = auth.add_subparsers(dest="auth_command", metavar="ACTION", required=True)
    auth_set = auth_sub.add_parser("set", help="prompt for the password (not echoed) and store it in the keyring")
    auth_set.add_argument("--calendar", metavar="NAME", help="store the password of this [[calendar]] instead")
    auth_set.set_defaults(func=cmd_auth_set)
    auth_login = auth_sub.add_parser(
        "login", help="sign in with OAuth2 (Gmail, Microsoft 365...) once; the sign-in is kept in the keyring"
    )
    auth_login.add_argument(
        "--device", action="store_true", help="sign in on another device with a short code (no browser here)"
    )
    auth_login.add_argument(
        "--no-browser", action="store_true", help="print the sign-in address instead of opening a browser"
    )
    auth_login.add_argument(
        "--port", type=int, default=0, help="loopback port the browser returns to (default: any free one)"
    )
    auth_login.set_defaults(func=cmd_auth_login)
    _accept_config_after_the_command(sub)
    return parser


def _accept_config_after_the_command(sub) -> None:
    """`followup init --config PATH` works as well as `followup --config PATH init`."""
    parsers = list(sub.choices.values())
    while parsers:
        parser = parsers.pop()
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            parsers.extend(nested[0].choices.values())
            continue
        parser.add_argument("--config", type=Path, default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def _setup_logging(args: argparse.Namespace) -> None:
    # Under systemd the journal adds time and unit; a "<N>" prefix carries the syslog priority.
    journal = bool(os.environ.get("JOURNAL_STREAM")) or bool(os.environ.get("INVOCATION_ID"))
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JournalFormatter() if journal else logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    # imapclient logs every disconnect ("Connection closed") at INFO: noise in the journal (kept with -v).
    logging.getLogger("imapclient").setLevel(logging.DEBUG if args.verbose else logging.WARNING)
    root.setLevel(logging.DEBUG if args.verbose else logging.INFO)


class _JournalFormatter(logging.Formatter):
    PRIORITY: ClassVar[dict[int, int]] = {
        logging.DEBUG: 7,
        logging.INFO: 6,
        logging.WARNING: 4,
        logging.ERROR: 3,
        logging.CRITICAL: 2,
    }

    def format(self, record: logging.LogRecord) -> str:
        return f"<{self.PRIORITY.get(record.levelno, 6)}>{record.getMessage()}"


def _settings(args: argparse.Namespace):
    from .config import load_config

    settings = load_config(args.config)
    logging.getLogger().setLevel(logging.DEBUG if args.verbose else settings.log_level.upper())
    return settings


# ---------------------------------------------------------------- run


def cmd_run(args: argparse.Namespace) -> int:
    if not (args.once or args.dry_run):
        import signal

        # A reload requested while starting up must not kill the service (SIGHUP's default): the config is
        # being read fresh anyway. The service installs its own handler once it runs.
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    settings = _settings(args)
    if args.dry_run:
        return _dry_run(settings)
    if args.once:
        from .service import Service
        from .store import InstanceLock

        with InstanceLock(settings.state_dir):
            service = Service(settings)
            try:
                counts = service.run_once()
                unread = service.unread_calendars()
            finally:
                service.close()
        logging.getLogger("followup").info(
            "pass complete: %d message(s) read, %d draft(s) saved%s",
            counts["read"],
            counts["saved"],
            f"; {len(unread)} calendar(s) could not be read" if unread else "",
        )
        # Timers and scripts go by the exit status: a pass that could not read a source did not do its job.
        for problem in unread:
            print(f"followup: {problem}", file=sys.stderr)
        return EXIT_FAILED if unread else EXIT_OK
    from .daemon import Daemon

    return Daemon(settings).run()


def _dry_run(settings) -> int:
    """One pass on an in-memory copy of the state: no lock, no draft, no checkpoint, no file written. Each
    intent is printed as it is decided (the executor is the dry-run one), then the plan it leads to."""
    from .executor import DryRun
    from .report import plan_entries, render_plan
    from .service import Service

    service = Service.dry_run(settings)
    dry = service.executor
    assert isinstance(dry, DryRun)
    try:
        counts = service.run_once()
        if dry.shown:
            print()  # the intents above, the plan they lead to below
        print(
            render_plan(
                plan_entries(service.store),
                datetime.now(UTC),
                settings.user.timezone,
                me=settings.user.addresses,
                would_save=frozenset(dry.would_save),
                language=settings.drafts.language,
                rules=settings.rules,
            )
        )
    finally:
        service.close()
    logging.getLogger("followup").info(
        "dry run complete: %d message(s) read, %d draft(s) would be saved; nothing saved or recorded",
        counts["read"],
        len(dry.would_save),
    )
    return EXIT_OK


# ---------------------------------------------------------------- inspect


def cmd_inspect(args: argparse.Namespace) -> int:
    from .inspection import inspect_paths

    return EXIT_FAILED if inspect_paths(args.paths, _optional_settings(args), as_json=args.json) else EXIT_OK


def _optional_settings(args: argparse.Namespace):
    """inspect works without a config (defaults, the machine's zone); a given but broken config is an error."""
    from .config import default_config_path, load_config

    path = args.config or default_config_path()
    if args.config is None and not path.exists():
        return None
    return load_config(path)


# ---------------------------------------------------------------- list, preview, note


def cmd_list(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from .report import plan_entries, render_plan, render_problems, still_relevant

    store = _read_store(settings)
    if args.problems:
        print(render_problems(store.quarantined() if store else [], settings.user.timezone))
        return EXIT_OK
    entries = plan_entries(store) if store else []
    now = datetime.now(UTC)
    shown = entries if args.all else [e for e in entries if still_relevant(*e, now)]
    print(
        render_plan(
            shown,
            now,
            settings.user.timezone,
            me=settings.user.addresses,
            language=settings.drafts.language,
            rules=settings.rules,
        )
    )
    if len(shown) < len(entries):
        hidden = len(entries) - len(shown)
        print(f"\n({hidden} older interview(s) with nothing left to do are hidden; `followup list --all` shows them.)")
    return EXIT_OK


def _read_store(settings):
    """The state for reading commands; None before the service has ever run (nothing is created then)."""
    from .store import Store

    if not (settings.state_dir / "state.sqlite").exists():
        return None
    return Store(settings.state_dir)


def _interview(store, wanted: str):
    record = store.interview_by_id(wanted) if store else None
    if record is None:
        raise FollowupError(f"no interview with id {wanted} (see `followup list`)")
    return record


def cmd_preview(args: argparse.Namespace) -> int:
    """The draft exactly as it would be saved now, headers and text, for every recipient group."""
    settings = _settings(args)
    from .core.drafts import Author, choose_language, render_draft
    from .model import Kind
    from .report import STATE_WORDS
    from .templating import template_environment

    store = _read_store(settings)
    record = _interview(store, args.id)
    kind = Kind(args.kind.replace("-", "_"))
    stored = [s for s in store.followups(record.interview.id) if s.followup.kind is kind]
    if not stored:
        raise FollowupError(f"interview {record.interview.id} has no {kind.value} follow-up (see `followup list`)")
    env = template_environment(settings.drafts.templates)
    author = Author(settings.user.name, settings.user.email)
    tz = settings.user.timezone
    choice = choose_language(record.interview, settings.drafts.language, settings.rules)
    for number, item in enumerate(stored):
        message = render_draft(
            item.followup,
            record.interview,
            author,
            env,
            timezone=tz,
            now=datetime.now(UTC),
            notes=store.notes(record.interview.id),
            choice=choice,
        )
        state = STATE_WORDS.get(item.state, item.state) + (f": {item.detail}" if item.detail else "")
        due = item.followup.due.astimezone(tz)
        if number:
            print()
        print(f"# {kind.value} for interview {record.interview.id}, {state}, due {due:%a %d %b %Y %H:%M %Z}")
        print(f"# in {choice.describe()}")
        for header in ("From", "To", "Subject", "In-Reply-To"):
            if message[header]:
                print(f"{header}: {message[header]}")
        print()
        body = message.get_body(("plain",))
        print(body.get_content().rstrip() if body is not None else "")
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    settings = _settings(args)
    store = _read_store(settings)
    record = _interview(store, args.id)
    if args.text is None:
        notes = store.notes(record.interview.id)
        print("\n".join(f"- {n}" for n in notes) if notes else f"No notes for interview {record.interview.id} yet.")
        return EXIT_OK
    text = " ".join(args.text.split())
    if not text:
        raise FollowupError("the note is empty; nothing added")
    store.add_note(record.interview.id, text)
    from .model import State

    pending = [s for s in store.followups(record.interview.id) if s.state is State.PLANNED]
    print(
        f"Note added to interview {record.interview.id}; "
        + (f"{len(pending)} draft(s) still to be saved will include it." if pending else "no draft is still to come.")
    )
    return EXIT_OK


# ---------------------------------------------------------------- check, auth


def cmd_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    status = _check_mail(settings)
    calendars_ok = _check_calendars(settings)
    return status if calendars_ok else EXIT_FAILED


def _check_calendars(settings) -> bool:
    """One line per calendar: reachable, how it is polled, how much it holds; never a password."""
    from .secrets import get_secret
    from .sources.calendar import open_source

    ok = True
    for calendar in settings.calendars:
        label = f"calendar   {calendar.name} ({calendar.type})"
        password = None
        try:
            if calendar.password is not None:
                secret = get_secret(calendar.password, calendar.keyring_user)
                password = lambda secret=secret: secret  # noqa: E731 - the source asks again after a refusal
                print(f"{label}: password found in {calendar.password}")
            source = open_source(calendar, password)
            try:
                print(f"{label}: {source.describe()}")
            finally:
                source.close()
        except FollowupError as exc:
            ok = False
            print(f"{label}: FAILED: {exc}")
    return ok


def _check_mail(settings) -> int:
    print(f"config     {settings.path}: valid")
    print(f"state      {settings.state_dir}")
    store = _read_store(settings)
    problems = len(store.quarantined()) if store else 0
    if store:
        store.close()
    print(f"problems   {f'{problems} input(s) set aside; see followup list --problems' if problems else 'none'}")
    from .templating import template_environment

    template_environment(settings.drafts.templates)
    print(f"templates  valid{f' (overrides in {settings.drafts.templates})' if settings.drafts.templates else ''}")
    from .mailbox import open_mailbox
    from .sources.maildir import MaildirMailbox
    from .store import Store

    if settings.imap is None:
        maildir = open_mailbox(settings, Store(settings.state_dir), lambda: "")
        assert isinstance(maildir.source, MaildirMailbox)
        missing = [folder for folder in maildir.folders if not maildir.source.folder_path(folder)]
        for folder in maildir.folders:
            print(f"folder     {folder}: {'MISSING' if folder in missing else 'found'}")
        print(f"drafts     {maildir.drafts.folder()}")
        return _missing_folders(missing)
    from .oauth2 import credential_for
    from .sources.imap import SENT_NAMES, ImapMailbox
    from .sources.providers import DRAFTS_FLAG, SENT_FLAG, how_found, identify

    imap = settings.imap
    password = credential_for(imap)
    if isinstance(password, str):
        print(f"password   found in {imap.password}")
    else:
        print(f"oauth2     {password.status()}")
    opened = open_mailbox(settings, Store(settings.state_dir), lambda: password)
    mailbox = opened.source
    assert isinstance(mailbox, ImapMailbox)
    try:
        caps = mailbox.capabilities()
        print(f"login      {imap.username} on {imap.host}:{imap.port}, {_security_words(imap.security)}: ok")
        print(
            f"idle       {'available' if 'IDLE' in caps else 'not offered; polling every ' + str(imap.poll_interval)}"
        )
        server = identify(imap.host, caps)
        if server.name:
            print(f"server     {server.name} ({server.evidence})")
            for convention in server.conventions:
                print(f"           {convention}")
        listing = mailbox.folders()
        names = {name for _, name in listing}
        missing = [folder for folder in imap.folders if folder not in names]
        for folder in imap.folders:
            print(f"folder     {folder}: {'MISSING' if folder in missing else 'found'}")
        drafts = opened.drafts.folder()
        print(f"drafts     {drafts} ({how_found(listing, drafts, DRAFTS_FLAG, imap.drafts)})")
        sent = mailbox.find_folder(imap.sent, SENT_FLAG, SENT_NAMES)
        if sent:
            print(f"sent       {sent} ({how_found(listing, sent, SENT_FLAG, imap.sent)})")
        else:
            print("sent       not found (thank-you notes already sent cannot be detected)")
    finally:
        mailbox.close()
    return _missing_folders(missing)


def _missing_folders(missing: list[str]) -> int:
    """A watched folder that does not exist is mail the service would never read: `check` fails on it."""
    if missing:
        print(f"followup: watched folder(s) not found: {', '.join(missing)}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _security_words(security: str) -> str:
    from .sources.imap import SECURITY_NAMES

    return f'{SECURITY_NAMES.get(security, security)} (security = "{security}")'


def cmd_auth_set(args: argparse.Namespace) -> int:
    import getpass

    from .secrets import ensure_keyring, set_keyring_secret

    settings = _settings(args)
    if args.calendar:
        return _auth_set_calendar(settings, args.calendar)
    if settings.imap is None:
        raise FollowupError("no [imap] section: a Maildir account needs no password")
    if settings.imap.password.oauth2 is not None:
        raise FollowupError("this account signs in with OAuth2 (imap.password); run `followup auth login`")
    ensure_keyring(settings.imap.keyring_user)
    password = getpass.getpass(f"Password for {settings.imap.username} on {settings.imap.host}: ")
    if not password:
        raise FollowupError("empty password; nothing stored")
    set_keyring_secret(settings.imap.keyring_user, password)
    print(f"Stored in the keyring for {settings.imap.keyring_user}.")
    return EXIT_OK


def cmd_auth_login(args: argparse.Namespace) -> int:
    """Run the provider's sign-in once, keep the refresh token in the keyring, prove IMAP accepts it."""
    import getpass

    settings = _settings(args)
    imap = settings.imap
    if imap is None or imap.password.oauth2 is None:
        raise FollowupError(
            '`followup auth login` is for OAuth2 accounts: set imap.password = { oauth2 = "google", ... } '
            '(or "microsoft", "custom"); for a password use `followup auth set`'
        )
    oauth = imap.password.oauth2
    if oauth.provider == "command":
        raise FollowupError(f"the token command `{oauth.command}` signs in by itself; nothing to do here")
    if not 0 <= args.port <= 65535:
        raise FollowupError(f"--port must be between 1 and 65535 (or 0 for any free port), not {args.port}")
    from .oauth2 import FixedToken, grant_keyring_user, resolve
    from .secrets import read_keyring_secret
    from .signin import ensure_client_secret, sign_in_with_browser, sign_in_with_device_code, store_sign_in
    from .sources.imap import connect

    def say(line: str) -> None:
        print(line, flush=True)

    # Without a usable keyring the sign-in could not be kept: say so before the user signs in.
    read_keyring_secret(grant_keyring_user(imap.username, resolve(oauth)))
    ensure_client_secret(oauth, getpass.getpass)
    if args.device:
        sign_in = sign_in_with_device_code(oauth, imap.username, say=say)
    else:
        sign_in = sign_in_with_browser(oauth, imap.username, open_browser=not args.no_browser, port=args.port, say=say)
    entry = store_sign_in(oauth, imap.username, sign_in)
    say(f"Signed in. The sign-in is kept in the keyring as {entry!r}.")
    client = connect(imap, FixedToken(sign_in.access_token))
    with contextlib.suppress(Exception):
        client.logout()
    say(f"IMAP login as {imap.username} on {imap.host}: ok. Start (or restart) the service now.")
    return EXIT_OK


def _auth_set_calendar(settings, name: str) -> int:
    import getpass

    from .secrets import ensure_keyring, set_keyring_secret

    calendar = next((c for c in settings.calendars if c.name == name), None)
    if calendar is None:
        names = ", ".join(c.name for c in settings.calendars) or "none configured"
        raise FollowupError(f"no calendar named {name!r} (calendars: {names})")
    if not calendar.username:
        raise FollowupError(f"calendar {name} has no username: it needs no password")
    if calendar.password is not None and calendar.password.source != "keyring":
        raise FollowupError(f"calendar {name} reads its password from {calendar.password}, not the keyring")
    ensure_keyring(calendar.keyring_user, f"password of [[calendar]] {name}")
    password = getpass.getpass(f"Password for {calendar.username} on {calendar.host}: ")
    if not password:
        raise FollowupError("empty password; nothing stored")
    set_keyring_secret(calendar.keyring_user, password)
    print(f"Stored in the keyring for {calendar.keyring_user}.")
    return EXIT_OK


# ---------------------------------------------------------------- init, service


def _add_setup_commands(sub) -> None:
    init = sub.add_parser("init", help="write a commented config with your name, address and time zone filled in")
    init.add_argument("--name", help="your name, as it signs the drafts")
    init.add_argument("--email", metavar="ADDRESS", help="your email address (the drafts are from it)")
    init.add_argument(
        "--timezone", metavar="ZONE", help="your IANA time zone, e.g. Europe/Berlin (default: this machine's)"
    )
    init.add_argument("--print", action="store_true", help="write the config to standard output instead of the file")
    init.set_defaults(func=cmd_init)

    service = sub.add_parser("service", help="run followup as a systemd user service (Linux) or launchd agent (macOS)")
    actions = service.add_subparsers(dest="service_command", metavar="ACTION", required=True)
    for action, text in (
        ("install", "install the service for this executable and this config, and start it"),
        ("uninstall", "stop the service and remove it (the config and the state are kept)"),
        ("status", "whether the service runs, and its last log lines"),
    ):
        parser = actions.add_parser(action, help=text)
        parser.add_argument("--print", action="store_true", help="show the unit (or plist) instead of installing it")
        parser.set_defaults(func=cmd_service)


def _config_path(args: argparse.Namespace) -> Path:
    from .config import default_config_path

    return (args.config or default_config_path()).absolute()


def _with_config(args: argparse.Namespace) -> str:
    """`--config PATH ` for the next command a person is told to run, when it is not the default."""
    import shlex

    from .config import default_config_path

    path = _config_path(args)
    return "" if path == default_config_path().absolute() else f"--config {shlex.quote(str(path))} "


def cmd_init(args: argparse.Namespace) -> int:
    from .init_config import gather, render, write_new

    path = _config_path(args)
    interactive = not args.print and sys.stdin.isatty()
    if not args.print and path.exists():
        raise FollowupError(f"{path} already exists; nothing written (edit it, or move it away first)")
    if args.print:
        from .init_config import Identity

        # --print shows the example with what was given; the rest keeps the example's own values.
        example = Identity("Jordan Lee", "jordan.lee@example.com", "America/New_York")
        identity = gather(
            args.name if args.name is not None else example.name,
            args.email if args.email is not None else example.email,
            args.timezone if args.timezone is not None else example.timezone,
            ask=None,
        )
        sys.stdout.write(render(identity))
        return EXIT_OK
    identity = gather(args.name, args.email, args.timezone, ask=input if interactive else None)
    write_new(path, render(identity))
    again = _with_config(args)
    steps = [
        (f"followup {again}auth set", "stores the IMAP password in the keyring (or set a password command)"),
        (f"followup {again}check", "checks the config, the password, the login and the Drafts folder"),
        (f"followup {again}service install", "runs followup as a service from now on"),
    ]
    width = max(len(command) for command, _ in steps) + 2
    print(f"Wrote {path}. Next:")
    print("  1. edit its [imap] section: host, port, security, username (or use [maildir] for a local Maildir)")
    for number, (command, what) in enumerate(steps, 2):
        print(f"  {number}. {command.ljust(width)}{what}")
    return EXIT_OK


def cmd_service(args: argparse.Namespace) -> int:
    from .service_unit import for_this_system

    path = _config_path(args)
    manager = for_this_system(path)
    if args.print:
        if args.service_command == "install":
            sys.stdout.write(manager.render())
        else:
            print(manager.path)
        return EXIT_OK
    if args.service_command == "install":
        # A service that would stop at once on a config error is not worth installing: say so now.
        _settings(args)
        return EXIT_OK if manager.install(print) else EXIT_FAILED
    if args.service_command == "uninstall":
        return EXIT_OK if manager.uninstall(print) else EXIT_FAILED
    return EXIT_OK if manager.status(print) else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
