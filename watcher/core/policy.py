"""(interview, timing policy, zone) -> the follow-ups good practice recommends, with their windows; never acts.

The seed article's advice, as rules a person can check in `followup list`:

- Thank-you: saved `thank_you_after` (2 h) after the interview ends, meant to be sent within
  `thank_you_send_by` (24 h), and not worth saving at all after `thank_you_deadline` (48 h). These are
  elapsed time ("24h" is 24 real hours across a DST change); weekends do not matter for a thank-you.
- Check-in: one business day (`check_in_after_timeline`) after a feedback timeline the company stated,
  else `check_in_after` (7 days) after the end; a panel or a multi-session loop waits `panel_extra`
  (2 business days) longer, since several people have to confer. Weekends are skipped.
- A check-in is about a day, not a minute: when its wait is a day or more it is saved at
  `check_in_time` (09:00) in the user's zone on that day, so it is waiting in Drafts at the start of a
  working day instead of appearing at 3 a.m. Shorter waits (seconds or hours, as in tests) keep the
  exact moment (still moved off a weekend).
- Check-in days are counted on the wall clock of the user's zone: 7 days after 15:00 on the eve of a DST
  change is 15:00 a week later, never a different day.
- The check-in goes to the recruiter or organizer when that is a person (not the user, not a no-reply
  robot, not a scheduling tool's address), because they run the process; else to the first interviewer.
- Per-company rules (`[[rules]]`) replace any of these numbers, or switch a kind off, for interviews whose
  people's email domain or whose company name matches; the first matching rule applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta, tzinfo

from ..model import FollowUp, Interview, Kind, Person
from .bounds import in_range
from .durations import Duration, add_business_days, localize, next_business_moment, parse_duration
from .people import is_personal_address, is_relay

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Policy:
    """The timing rules in force for one interview (the config's [timing] and [drafts], after any rule)."""

    thank_you_after: Duration = parse_duration("2h")
    thank_you_send_by: Duration = parse_duration("24h")
    thank_you_deadline: Duration = parse_duration("48h")
    check_in_after: Duration = parse_duration("7d")
    check_in_after_timeline: Duration = parse_duration("1bd")
    panel_extra: Duration = parse_duration("2bd")
    check_in_send_by: Duration = parse_duration("3bd")
    check_in_time: time | None = time(9, 0)  # None: keep the exact moment whatever the wait
    thank_you: bool = True
    check_in: bool = True
    thank_you_to: str = "each"  # "each" interviewer gets a draft, or one draft goes to "all"
    max_thank_yous: int = 8  # with more interviewers than this, "each" becomes one draft to all of them
    rule: str = ""  # the label of the per-company rule that shaped this policy, for the plan's reasons
    ruled: frozenset[str] = frozenset()  # the fields that rule changed (set to a value other than the base's)


# Fields a per-company rule may set, and nothing else (the interview length is not a follow-up matter).
RULE_FIELDS = tuple(name for name in Policy.__dataclass_fields__ if name not in ("rule", "ruled"))
_THANK_YOU_TIMING = ("thank_you_after",)
_CHECK_IN_TIMING = ("check_in_after", "check_in_after_timeline", "panel_extra", "check_in_time")


@dataclass(frozen=True)
class Rule:
    """A per-company override: matches an interview by its people's email domain or its company's name."""

    label: str
    domains: tuple[str, ...] = ()
    companies: tuple[str, ...] = ()
    overrides: dict = field(default_factory=dict, hash=False)  # Policy field name -> value
    language: str = ""  # the drafts' language for this company ("" : as [drafts] language says)

    def matches(self, interview: Interview) -> bool:
        domains = _interview_domains(interview)
        if any(_domain_matches(d, rule) for d in domains for rule in self.domains):
            return True
        if self.companies:
            names = {_company_key(interview.company or "")} | {_company_key(_org_label(d)) for d in domains}
            names.discard("")
            return any(_company_key(company) in names for company in self.companies)
        return False


@dataclass(frozen=True)
class Plan:
    """What the policy makes of an interview: follow-ups to save, and those switched off (with why)."""

    followups: tuple[FollowUp, ...]
    off: tuple[tuple[FollowUp, str], ...] = ()
    notes: tuple[str, ...] = ()  # what the plan did differently from the settings, and why (for the log)


def language_rule(rules: tuple[Rule, ...], interview: Interview) -> Rule | None:
    """The first rule that sets the drafts' language and matches the interview."""
    return next((rule for rule in rules if rule.language and rule.matches(interview)), None)


def policy_for_interview(base: Policy, rules: tuple[Rule, ...], interview: Interview) -> Policy:
    """The base policy, or the first matching rule's overrides applied on top of it."""
    for rule in rules:
        # A rule that only sets the drafts' language changes no time: it neither applies here nor is named.
        if rule.overrides and rule.matches(interview):
            changed = frozenset(k for k, v in rule.overrides.items() if getattr(base, k) != v)
            return replace(base, **rule.overrides, rule=rule.label, ruled=changed)
    return base


def plan(interview: Interview, policy: Policy, timezone: tzinfo, *, me: frozenset[str] = frozenset()) -> list[FollowUp]:
    """The follow-ups to save for an interview; times are aware UTC. Cancelled or declined interviews get none."""
    return list(make_plan(interview, policy, timezone, me=me).followups)


def make_plan(interview: Interview, policy: Policy, timezone: tzinfo, *, me: frozenset[str] = frozenset()) -> Plan:
    """Every follow-up the interview would get, split into those to save and those switched off.

    `me` are the user's own addresses: the user is never a recipient.
    """
    if interview.cancelled or interview.declined:
        return Plan(())
    if not (in_range(interview.start) and in_range(interview.end)):
        # The readers refuse such dates; one stored by an older version must not overflow the arithmetic.
        return Plan((), notes=(f"its times ({interview.start.year}) are out of range; nothing planned",))
    end = interview.end.astimezone(timezone)
    thank_yous: list[FollowUp] = []
    interviewers = tuple(p for p in interview.interviewers if p.email not in me)
    notes: list[str] = []
    if interviewers:
        each = policy.thank_you_to == "each"
        if each and len(interviewers) > policy.max_thank_yous:
            # An invitation sent to a whole department is no panel of 500: one draft, not 500.
            notes.append(
                f"{len(interviewers)} interviewers, more than max_thank_yous ({policy.max_thank_yous}): "
                "one thank-you to all of them"
            )
            each = False
        groups = [(person,) for person in interviewers] if each else [interviewers]
        thank_yous = [_thank_you(interview, policy, end, recipients) for recipients in groups]
    thank_yous = _passing_on(thank_yous, interview, policy, end, me)
    check_in = _check_in(interview, policy, end, timezone, me)
    on: list[FollowUp] = []
    off: list[tuple[FollowUp, str]] = []
    why_off = f"switched off by the rule for {policy.rule}" if policy.rule else "switched off in [drafts]"
    for followup in thank_yous:
        (on.append(followup) if policy.thank_you else off.append((followup, why_off)))
    if interview.outcome:
        # News came (a rejection, an offer, a next round): the wait a check-in is for is over.
        off.append((check_in, f"not needed: {OUTCOME_WORDS.get(interview.outcome, interview.outcome)}"))
    else:
        (on.append(check_in) if policy.check_in else off.append((check_in, why_off)))
    return Plan(tuple(on), tuple(off), tuple(notes))


OUTCOME_WORDS = {
    "rejected": "the company said no (rejected)",
    "offer": "an offer came (offer)",
    "next_round": "you were invited to a next round (next_round)",
}


def _passing_on(
    thank_yous: list[FollowUp], interview: Interview, policy: Policy, end: datetime, me: frozenset[str]
) -> list[FollowUp]:
    """Interviewers known only by name are thanked through whoever arranged the interview: the coordinator's
    draft (they stand in when no interviewer has an address) asks them to pass the thanks on, or a draft of its
    own does. Without a coordinator nobody can be asked, and the interview's warning says so."""
    coordinator = interview.coordinator
    if not interview.unaddressed or coordinator is None or coordinator.email in me:
        return thank_yous
    names = interview.unaddressed
    arranged = [f for f in thank_yous if coordinator.email in {p.email for p in f.recipients}]
    if arranged:
        return [replace(f, pass_on=names) if f in arranged else f for f in thank_yous]
    return [*thank_yous, replace(_thank_you(interview, policy, end, (coordinator,)), pass_on=names)]


def _thank_you(interview: Interview, policy: Policy, end: datetime, recipients: tuple[Person, ...]) -> FollowUp:
    due = add_elapsed(end, policy.thank_you_after)
    send_by = max(add_elapsed(end, policy.thank_you_send_by), due)
    expires = max(add_elapsed(end, policy.thank_you_deadline), send_by)
    return FollowUp(
        interview_id=interview.id,
        kind=Kind.THANK_YOU,
        due=_utc(due),
        send_by=_utc(send_by),
        expires=_utc(expires),
        recipients=recipients,
        reason=_with_rule(f"{_words(policy.thank_you_after)} after the interview ended", policy, _THANK_YOU_TIMING),
    )


def _check_in(interview: Interview, policy: Policy, end: datetime, timezone: tzinfo, me: frozenset[str]) -> FollowUp:
    anchor, wait = end, policy.check_in_after
    reason = f"{_words(wait)} after the interview"
    if interview.feedback_by is not None:
        stated = interview.feedback_by
        # A stated day without a zone ("by Friday") is a day in the user's zone.
        stated = (stated if stated.tzinfo else stated.replace(tzinfo=timezone)).astimezone(timezone)
        quoted = f" ({interview.feedback_within})" if interview.feedback_within else ""
        if stated > end:
            anchor, wait = stated, policy.check_in_after_timeline
            reason = f"{_words(wait)} after the feedback timeline{quoted}"
        else:  # a timeline over before the interview ended was misread or is stale: it cannot be honoured
            reason += f" (the stated timeline{quoted} had passed)"
    moment = add_local(anchor, wait)
    day_scale = is_day_scale(wait)
    if interview.is_panel:
        moment = add_local(moment, policy.panel_extra)
        day_scale = day_scale or is_day_scale(policy.panel_extra)
        reason += f", +{_words(policy.panel_extra)} for a panel or loop"
    moment = next_business_moment(moment)
    if day_scale and policy.check_in_time is not None:
        morning = at_local_time(moment, policy.check_in_time)
        if morning > end and morning > anchor:
            moment = morning
    due = max(moment, end)
    send_by = add_local(due, policy.check_in_send_by)
    return FollowUp(
        interview_id=interview.id,
        kind=Kind.CHECK_IN,
        due=_utc(due),
        send_by=_utc(send_by),
        expires=_utc(add_local(send_by, policy.check_in_send_by)),
        recipients=check_in_recipients(interview, me),
        reason=_with_rule(reason, policy, _CHECK_IN_TIMING),
    )


def check_in_recipients(interview: Interview, me: frozenset[str] = frozenset()) -> tuple[Person, ...]:
    """The organizer when a person who runs the process (a recruiter), else the first interviewer."""
    organizer = interview.organizer
    if (
        organizer is not None
        and organizer.email not in me
        and is_personal_address(organizer)
        and not is_relay(organizer.domain)
    ):
        return (organizer,)
    return tuple(p for p in interview.interviewers if p.email not in me)[:1]


# ---------------------------------------------------------------- time arithmetic in the user's zone


def is_day_scale(duration: Duration) -> bool:
    return duration.business_days > 0 or duration.delta >= ONE_DAY


def add_local(moment: datetime, duration: Duration) -> datetime:
    """`moment` (aware, in the user's zone) moved by `duration`: business days and whole days on the local
    wall clock (DST-safe), the rest as elapsed time."""
    result = add_business_days(moment, duration.business_days) if duration.business_days else moment
    days, rest = divmod(duration.delta, ONE_DAY)
    if days:
        result = localize(result.replace(tzinfo=None) + timedelta(days=days), _zone(moment))
    return add_elapsed(result, Duration(rest)) if rest else result


def add_elapsed(moment: datetime, duration: Duration) -> datetime:
    """`moment` moved by `duration` as elapsed time ("24h" is 24 real hours across a DST change); business
    days still count on the local calendar."""
    result = add_business_days(moment, duration.business_days) if duration.business_days else moment
    return (result.astimezone(UTC) + duration.delta).astimezone(moment.tzinfo)


def at_local_time(moment: datetime, clock: time) -> datetime:
    """The same local day as `moment`, at `clock` on the wall (moved past a DST gap if it falls in one)."""
    return localize(datetime.combine(moment.date(), clock), _zone(moment))


def _zone(moment: datetime) -> tzinfo:
    """The zone of an aware moment (every moment the policy sees is aware)."""
    assert moment.tzinfo is not None
    return moment.tzinfo


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


# ---------------------------------------------------------------- matching rules


def _interview_domains(interview: Interview) -> list[str]:
    people = [*interview.interviewers, *([interview.organizer] if interview.organizer else [])]
    return [p.domain.lower() for p in people if p.domain and not is_relay(p.domain.lower())]


def _domain_matches(domain: str, rule: str) -> bool:
    rule = rule.lower().lstrip("@").lstrip(".")
    return domain == rule or domain.endswith("." + rule)


_COMPANY_SUFFIX = re.compile(
    r"\b(?:inc|incorporated|llc|ltd|limited|gmbh|ag|sa|sas|bv|nv|plc|corp|corporation|co|company|group)\b\.?$"
)


def _company_key(name: str) -> str:
    """A company name for comparing: "Northwind Traders, Inc." and "northwind traders" are the same company."""
    key = re.sub(r"[^\w& ]+", " ", name.casefold())
    key = " ".join(key.split())
    previous = None
    while previous != key:
        previous, key = key, _COMPANY_SUFFIX.sub("", key).strip()
    return key


def _org_label(domain: str) -> str:
    parts = domain.split(".")
    return parts[-2] if len(parts) >= 2 else domain


# ---------------------------------------------------------------- words for the plan


def _words(duration: Duration) -> str:
    """A duration in words for the plan ("7d" -> "7 days", "1bd" -> "1 business day", "2h" -> "2 hours")."""
    parts = []
    if duration.business_days:
        parts.append(_plural(duration.business_days, "business day"))
    seconds = int(duration.delta.total_seconds())
    for unit, size in (("week", 7 * 86400), ("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        if unit == "week" and seconds % size:
            continue
        if seconds >= size:
            parts.append(_plural(seconds // size, unit))
            seconds %= size
    return " ".join(parts) or "no time"


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}{'' if count == 1 else 's'}"


def _with_rule(reason: str, policy: Policy, timing: tuple[str, ...]) -> str:
    """The reason, naming the per-company rule only where it changed one of these times."""
    return f"{reason} (rule for {policy.rule})" if policy.rule and policy.ruled & set(timing) else reason
