"""The `followup` command line, and its single error boundary: a clear one-line message, never a traceback.

Heavy libraries are imported inside the commands that need them, so `followup --help` and `inspect`
start fast.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import ClassVar

from .errors import ConfigError, FollowupError

EXIT_OK, EXIT_FAILED, EXIT_CONFIG = 0, 1, 2
INSPECTABLE = (".eml", ".ics", ".txt", ".msg", ".ical", ".ifb", ".vcs", "")


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup",
        description="Watches your mailbox for job interviews and drafts the follow-ups at the right time.",
    )
    parser.add_argument("--config", type=Path, help="config file (default: $XDG_CONFIG_HOME/followup/config.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = sub.add_parser("run", help="the service: watch the mailbox and save drafts when due")
    run.add_argument("--once", action="store_true", help="one full pass (scan, plan, save what is due), then exit")
    run.add_argument("--dry-run", action="store_true", help="plan and log, but save nothing and record nothing")
    run.set_defaults(func=cmd_run)

    inspect = sub.add_parser("inspect", help="read .eml/.ics files (or folders of them) and show what was understood")
    inspect.add_argument("paths", nargs="+", type=Path)
    inspect.add_argument("--json", action="store_true", help="one JSON object per input, one per line")
    inspect.set_defaults(func=cmd_inspect)

    listing = sub.add_parser("list", help="known interviews and their follow-ups")
    listing.set_defaults(func=cmd_list)

    preview = sub.add_parser("preview", help="show the draft that will be saved")
    preview.add_argument("id", help="interview id (from `followup list`)")
    preview.add_argument("kind", nargs="?", choices=("thank_you", "check_in"), default="thank_you")
    preview.set_defaults(func=cmd_preview)

    note = sub.add_parser("note", help="add your own notes from an interview; drafts include them")
    note.add_argument("id")
    note.add_argument("text")
    note.set_defaults(func=cmd_note)

    check = sub.add_parser("check", help="check the config, the password, the login and the Drafts folder")
    check.set_defaults(func=cmd_check)

    auth = sub.add_parser("auth", help="store the mail password in the OS keyring")
    auth_sub = auth.add_subparsers(dest="auth_command", metavar="ACTION", required=True)
    auth_set = auth_sub.add_parser("set", help="prompt for the password (not echoed) and store it in the keyring")
    auth_set.set_defaults(func=cmd_auth_set)
    return parser


def _setup_logging(args: argparse.Namespace) -> None:
    # Under systemd the journal adds time and unit; a "<N>" prefix carries the syslog priority.
    journal = bool(os.environ.get("JOURNAL_STREAM")) or bool(os.environ.get("INVOCATION_ID"))
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JournalFormatter() if journal else logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
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
    settings = _settings(args)
    if args.once:
        from .daemon import Service
        from .store import InstanceLock

        with InstanceLock(settings.state_dir):
            service = Service(settings, dry_run=args.dry_run)
            try:
                counts = service.run_once()
            finally:
                service.close()
        logging.getLogger("followup").info(
            "pass complete: %d message(s) read, %d draft(s) saved", counts["read"], counts["saved"]
        )
        return EXIT_OK
    from .daemon import Daemon

    return Daemon(settings, dry_run=args.dry_run).run()


# ---------------------------------------------------------------- inspect


def cmd_inspect(args: argparse.Namespace) -> int:
    """No network, no state: read files and print what the core understood."""
    settings = _optional_settings(args)
    from .core.understand import Context
    from .durations import parse_duration

    if settings:
        ctx_tz = settings.user.timezone
        addresses = settings.user.addresses
        length = settings.timing.default_interview_length.delta
    else:
        ctx_tz, addresses, length = _local_zone(), frozenset(), parse_duration("1h").delta
    ctx = Context(user_addresses=addresses, timezone=ctx_tz, default_length=length)
    failed = False
    for path in _expand(args.paths):
        result = inspect_file(path, ctx, settings)
        failed = failed or "error" in result
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(_describe(result, ctx_tz), flush=True)
    return EXIT_FAILED if failed else EXIT_OK


def inspect_file(path: Path, ctx, settings) -> dict:
    from .core.ical import parse_calendar
    from .core.mail import parse_message
    from .core.understand import primary_event, understand_event, understand_message
    from .errors import ParseError

    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {"source": str(path), "error": f"cannot read: {exc.strerror}"}
    try:
        if (
            path.suffix.lower() in (".ics", ".ical", ".ifb", ".vcs")
            or raw.lstrip()[:15].upper().startswith(b"BEGIN:VCALENDAR")
            or raw.lstrip()[:12].upper().startswith(b"BEGIN:VEVENT")
        ):
            events = parse_calendar(raw, ctx.timezone)
            event = primary_event(tuple(events))
            if event is None:
                raise ParseError("no event in the calendar")
            understanding = understand_event(event, ctx)
        else:
            message = parse_message(raw, ctx.timezone)
            understanding = understand_message(message, ctx)
    except ParseError as exc:
        return {"source": str(path), "error": str(exc)}
    except Exception as exc:  # an inspect run over a folder must report the file and go on
        return {"source": str(path), "error": f"internal error: {type(exc).__name__}: {exc}"}
    return _result(path, understanding, ctx, settings)


def _result(path: Path, understanding, ctx, settings) -> dict:
    from .core.policy import plan
    from .daemon import policy_for
    from .model import Kind

    interview = understanding.interview
    event = understanding.event
    result: dict = {"source": str(path), "is_interview": understanding.verdict.is_interview}
    start = end = None
    if interview is not None:
        start, end = interview.start.isoformat(), interview.end.isoformat()
    elif event is not None and event.start is not None:
        start = event.start.isoformat()
        end = event.end.isoformat() if event.end is not None else None
    result.update(
        start=start,
        end=end,
        end_inferred=bool(interview and interview.end_inferred),
        end_source=interview.end_source.value if interview else (event.end_source or None if event else None),
        company=interview.company if interview else None,
        role=interview.role if interview else None,
        interviewers=[{"name": p.name, "email": p.email} for p in interview.interviewers] if interview else [],
        link=interview.link if interview else None,
        feedback_within=interview.feedback_within or None if interview else None,
        feedback_by=interview.feedback_by.isoformat() if interview and interview.feedback_by else None,
        thank_you_at=None,
        check_in_at=None,
        method=event.method if event else None,
        cancelled=bool((event and event.cancelled) or (interview and interview.cancelled)),
        uid=event.uid if event else None,
        sequence=event.sequence if event else None,
        score=understanding.verdict.score,
        evidence=list(understanding.verdict.evidence),
    )
    if interview is not None:
        followups = plan(interview, policy_for(settings) if settings else _default_policy(), ctx.timezone)
        for kind, field in ((Kind.THANK_YOU, "thank_you_at"), (Kind.CHECK_IN, "check_in_at")):
            times = sorted(f.due for f in followups if f.kind is kind)
            result[field] = times[0].astimezone(ctx.timezone).isoformat() if times else None
    return result


def _default_policy():
    from .config import DraftSettings, TimingSettings
    from .core.policy import Policy

    t, d = TimingSettings(), DraftSettings()
    return Policy(
        thank_you_after=t.thank_you_after,
        thank_you_send_by=t.thank_you_send_by,
        thank_you_deadline=t.thank_you_deadline,
        check_in_after=t.check_in_after,
        check_in_after_timeline=t.check_in_after_timeline,
        panel_extra=t.panel_extra,
        check_in_send_by=t.check_in_send_by,
        thank_you_to=d.thank_you_to,
    )


def _describe(result: dict, tz: tzinfo) -> str:
    if "error" in result:
        return f"{result['source']}: error: {result['error']}"
    lines = [
        f"{result['source']}: {'INTERVIEW' if result['is_interview'] else 'not an interview'} (score {result['score']})"
    ]
    if result.get("method"):
        lines.append(
            f"  calendar  {result['method']}{' (cancelled)' if result['cancelled'] else ''}"
            f" uid={result['uid']} sequence={result['sequence']}"
        )
    if result["start"]:
        lines.append(
            f"  when      {result['start']} -> {result['end']}"
            + (f" (end: {result['end_source']})" if result.get("end_source") else "")
        )
    for label, key in (("company", "company"), ("role", "role")):
        if result.get(key):
            lines.append(f"  {label:<9} {result[key]}")
    if result.get("link"):
        lines.append(f"  link      {result['link']}")
    if result.get("feedback_within"):
        lines.append(f"  feedback  {result['feedback_within']} (by {result['feedback_by']})")
    for person in result["interviewers"]:
        lines.append(f"  with      {person['name']} <{person['email']}>".replace(" <", " <", 1))
    for label, key in (("thank-you", "thank_you_at"), ("check-in", "check_in_at")):
        if result.get(key):
            lines.append(f"  {label:<9} draft at {result[key]}")
    lines.extend(f"  evidence  {item}" for item in result["evidence"])
    return "\n".join(lines)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in INSPECTABLE and not p.name.startswith(".")
                )
            )
        else:
            files.append(path)
    return files


def _optional_settings(args: argparse.Namespace):
    """inspect works without a config (defaults, the machine's zone); a given but broken config is an error."""
    from .config import default_config_path, load_config

    path = args.config or default_config_path()
    if args.config is None and not path.exists():
        return None
    return load_config(path)


def _local_zone() -> tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = os.environ.get("TZ", "").lstrip(":")
    if not name:
        try:
            target = os.readlink("/etc/localtime")
            name = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
        except OSError:
            name = ""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


# ---------------------------------------------------------------- list, preview, note


def cmd_list(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from .store import Store

    store = Store(settings.state_dir)
    tz = settings.user.timezone
    records = store.interviews()
    if not records:
        print("No interviews found yet.")
        return EXIT_OK
    for record in records:
        i = record.interview
        status = "" if record.status == "active" else f"  [{record.status}]"
        who = ", ".join(p.name or p.email for p in i.interviewers) or "nobody to address"
        title = " — ".join(x for x in (i.company, i.role) if x) or i.subject or "(no title)"
        print(f"{i.id}  {_when(i.start, tz)}–{i.end.astimezone(tz):%H:%M %Z}  {title}{status}")
        print(f"          with {who}")
        for stored in store.followups(i.id):
            f = stored.followup
            to = ", ".join(p.email for p in f.recipients) or "-"
            detail = f" ({stored.detail})" if stored.detail else ""
            print(f"          {f.kind.value:<9} {stored.state:<8} {_when(f.due, tz)}  to {to}{detail}")
    return EXIT_OK


def _when(moment: datetime, tz: tzinfo) -> str:
    local = moment.astimezone(tz)
    return f"{local:%a %d %b %Y %H:%M}"


def cmd_preview(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from .core.drafts import Author, render_draft
    from .model import Kind
    from .store import Store
    from .templating import template_environment

    store = Store(settings.state_dir)
    record = store.interview_by_id(args.id)
    if record is None:
        raise FollowupError(f"no interview with id {args.id} (see `followup list`)")
    followups = [s.followup for s in store.followups(record.interview.id) if s.followup.kind is Kind(args.kind)]
    if not followups:
        raise FollowupError(f"interview {record.interview.id} has no {args.kind} follow-up planned")
    env = template_environment(settings.drafts.templates)
    author = Author(settings.user.name, settings.user.email)
    for followup in followups:
        message = render_draft(
            followup,
            record.interview,
            author,
            env,
            timezone=settings.user.timezone,
            now=datetime.now(UTC),
            notes="\n".join(store.notes(record.interview.id)),
        )
        print(message.as_string())
    return EXIT_OK


def cmd_note(args: argparse.Namespace) -> int:
    settings = _settings(args)
    from .store import Store

    store = Store(settings.state_dir)
    record = store.interview_by_id(args.id)
    if record is None:
        raise FollowupError(f"no interview with id {args.id} (see `followup list`)")
    store.add_note(record.interview.id, args.text.strip())
    print(f"Note added to interview {record.interview.id}; drafts saved from now on include it.")
    return EXIT_OK


# ---------------------------------------------------------------- check, auth


def cmd_check(args: argparse.Namespace) -> int:
    settings = _settings(args)
    print(f"config     {settings.path}: valid")
    print(f"state      {settings.state_dir}")
    from .templating import template_environment

    template_environment(settings.drafts.templates)
    print(f"templates  valid{f' (overrides in {settings.drafts.templates})' if settings.drafts.templates else ''}")
    if settings.maildir is not None:
        from .sinks.drafts import MaildirDrafts
        from .sources.maildir import MaildirMailbox
        from .store import Store

        mailbox = MaildirMailbox(settings.maildir, Store(settings.state_dir))
        for folder in settings.maildir.folders:
            print(f"folder     {folder}: {'found' if mailbox.folder_path(folder) else 'MISSING'}")
        print(f"drafts     {MaildirDrafts(mailbox, settings.maildir.drafts).folder()}")
        return EXIT_OK
    from .secrets import get_secret
    from .sinks.drafts import ImapDrafts
    from .sources.imap import SENT_NAMES, ImapMailbox
    from .store import Store

    imap = settings.imap
    password = get_secret(imap.password, imap.keyring_user)
    print(f"password   found in {imap.password}")
    mailbox = ImapMailbox(imap, lambda: password, Store(settings.state_dir))
    try:
        caps = mailbox.capabilities()
        print(f"login      {imap.username} on {imap.host}:{imap.port} ({imap.security}): ok")
        print(
            f"idle       {'available' if 'IDLE' in caps else 'not offered; polling every ' + str(imap.poll_interval)}"
        )
        listing = mailbox.folders()
        names = {name for _, name in listing}
        for folder in imap.folders:
            print(f"folder     {folder}: {'found' if folder in names else 'MISSING'}")
        print(f"drafts     {ImapDrafts(mailbox, imap.drafts).folder()}")
        sent = mailbox.find_folder(imap.sent, rb"\Sent", SENT_NAMES)
        print(f"sent       {sent or 'not found (thank-you notes already sent cannot be detected)'}")
    finally:
        mailbox.close()
    return EXIT_OK


def cmd_auth_set(args: argparse.Namespace) -> int:
    import getpass

    from .secrets import set_keyring_secret

    settings = _settings(args)
    if settings.imap is None:
        raise FollowupError("no [imap] section: a Maildir account needs no password")
    password = getpass.getpass(f"Password for {settings.imap.username} on {settings.imap.host}: ")
    if not password:
        raise FollowupError("empty password; nothing stored")
    set_keyring_secret(settings.imap.keyring_user, password)
    print(f"Stored in the keyring for {settings.imap.keyring_user}.")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
