"""`followup inspect`: what the core makes of `.eml` and `.ics` files, without a mailbox or any state. Kept
apart from the command line so it loads only the core (and the config, when there is one)."""

from __future__ import annotations

import json
from datetime import tzinfo
from pathlib import Path

from .config import Settings
from .core.durations import parse_duration
from .core.understand import Context

INSPECTABLE = (".eml", ".ics", ".txt", ".msg", ".ical", ".ifb", ".vcs", "")


def inspect_paths(paths: list[Path], settings: Settings | None, *, as_json: bool) -> bool:
    """No network, no state: read files and print what the core understood; True when one failed."""
    ctx_tz: tzinfo
    if settings:
        ctx_tz = settings.user.timezone
        addresses = settings.user.addresses
        length = settings.timing.default_interview_length.delta
    else:
        ctx_tz, addresses, length = _local_zone(), frozenset(), parse_duration("1h").delta
    ctx = Context(user_addresses=addresses, timezone=ctx_tz, default_length=length)
    failed = False
    for path in _expand(paths):
        result = inspect_file(path, ctx, settings)
        failed = failed or "error" in result
        if as_json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(_describe(result, ctx_tz), flush=True)
    return failed


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
        return _result(path, understanding, ctx, settings)
    except ParseError as exc:
        return {"source": str(path), "error": str(exc)}
    except Exception as exc:  # the same guard as the service's: report the file and go on to the next
        from .guard import error_line

        return {"source": str(path), "error": f"internal error: {error_line(exc)}"}


def _result(path: Path, understanding, ctx, settings) -> dict:
    from .core.policy import Policy, plan, policy_for_interview
    from .model import Kind
    from .planning import policy_for

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
        interviewers=(
            [{"name": p.name, "email": p.email} for p in interview.interviewers]
            + [{"name": name, "email": None} for name in interview.unaddressed]
            if interview
            else []
        ),
        link=interview.link if interview else None,
        feedback_within=interview.feedback_within or None if interview else None,
        feedback_by=interview.feedback_by.isoformat() if interview and interview.feedback_by else None,
        thank_you_at=None,
        check_in_at=None,
        method=event.method if event else None,
        cancelled=bool((event and event.cancelled) or (interview and interview.cancelled)),
        uid=event.uid if event else None,
        sequence=event.sequence if event else None,
        outcome=understanding.outcome,
        coordinator=(
            {"name": interview.coordinator.name, "email": interview.coordinator.email}
            if interview and interview.coordinator
            else None
        ),
        score=understanding.verdict.score,
        evidence=list(understanding.verdict.evidence),
        warnings=list(interview.warnings if interview else (event.problems if event else ())),
    )
    if interview is not None:
        base = policy_for(settings) if settings else Policy()
        policy = policy_for_interview(base, settings.rules if settings else (), interview)
        followups = plan(interview, policy, ctx.timezone, me=ctx.user_addresses)
        for kind, field in ((Kind.THANK_YOU, "thank_you_at"), (Kind.CHECK_IN, "check_in_at")):
            times = sorted(f.due for f in followups if f.kind is kind)
            result[field] = times[0].astimezone(ctx.timezone).isoformat() if times else None
        from .core.drafts import choose_language

        language = settings.drafts.language if settings else "auto"
        choice = choose_language(interview, language, settings.rules if settings else ())
        result.update(draft_language=choice.language, draft_language_why=choice.describe(), informal=choice.informal)
    return result


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
        address = f"<{person['email']}>" if person["email"] else "(no address)"
        lines.append(f"  with      {person['name']} {address}")
    if result.get("coordinator"):
        person = result["coordinator"]
        lines.append(f"  arranged  {person['name']} <{person['email']}>")
    if result.get("outcome"):
        lines.append(f"  outcome   {result['outcome']}")
    for label, key in (("thank-you", "thank_you_at"), ("check-in", "check_in_at")):
        if result.get(key):
            lines.append(f"  {label:<9} draft at {result[key]}")
    if result.get("draft_language_why"):
        lines.append(f"  drafts    in {result['draft_language_why']}")
    lines.extend(f"  evidence  {item}" for item in result["evidence"])
    lines.extend(f"  warning   {item}" for item in result["warnings"])
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


def _local_zone() -> tzinfo:
    from zoneinfo import ZoneInfo

    from .init_config import machine_timezone

    return ZoneInfo(machine_timezone())
