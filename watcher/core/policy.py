"""(interview, timing settings) -> the follow-ups good practice recommends, with their windows; never acts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from ..durations import Duration, next_business_moment
from ..model import FollowUp, Interview, Kind, Person


@dataclass(frozen=True)
class Policy:
    """The timing rules in force for one interview (the config's [timing], after any per-company rule)."""

    thank_you_after: Duration
    thank_you_send_by: Duration
    thank_you_deadline: Duration
    check_in_after: Duration
    check_in_after_timeline: Duration
    panel_extra: Duration
    check_in_send_by: Duration
    thank_you: bool = True
    check_in: bool = True
    thank_you_to: str = "each"  # "each" interviewer gets a draft, or one draft goes to "all"
    never_to: frozenset[str] = frozenset()  # the user's own addresses: no draft is ever addressed to them


def plan(interview: Interview, policy: Policy, timezone: tzinfo) -> list[FollowUp]:
    """The follow-ups for an interview; times are aware UTC. Cancelled or declined interviews get none."""
    if interview.cancelled or interview.declined:
        return []
    end = interview.end.astimezone(timezone)
    followups: list[FollowUp] = []
    interviewers = tuple(p for p in interview.interviewers if p.email not in policy.never_to)
    if policy.thank_you and interviewers:
        groups = [(person,) for person in interviewers] if policy.thank_you_to == "each" else [interviewers]
        for recipients in groups:
            followups.append(_thank_you(interview, policy, end, recipients))
    if policy.check_in:
        check_in = _check_in(interview, policy, end, timezone)
        if check_in.recipients:  # an invitation you made for yourself has no one to check in with
            followups.append(check_in)
    return followups


def _thank_you(interview: Interview, policy: Policy, end: datetime, recipients: tuple[Person, ...]) -> FollowUp:
    return FollowUp(
        interview_id=interview.id,
        kind=Kind.THANK_YOU,
        due=_utc(policy.thank_you_after.after(end)),
        send_by=_utc(policy.thank_you_send_by.after(end)),
        expires=_utc(policy.thank_you_deadline.after(end)),
        recipients=recipients,
        reason=f"{policy.thank_you_after} after the interview ends",
    )


def _check_in(interview: Interview, policy: Policy, end: datetime, timezone: tzinfo) -> FollowUp:
    if interview.feedback_by is not None:
        base = policy.check_in_after_timeline.after(interview.feedback_by.astimezone(timezone))
        reason = f"{policy.check_in_after_timeline} after the stated timeline ({interview.feedback_within})"
    else:
        base = policy.check_in_after.after(end)
        reason = f"{policy.check_in_after} after the interview"
    if interview.is_panel:
        base = policy.panel_extra.after(base)
        reason += f", +{policy.panel_extra} for a panel or loop"
    due = next_business_moment(base)
    people = (*interview.interviewers, *((interview.organizer,) if interview.organizer else ()))
    recipients = tuple(p for p in people if p.email not in policy.never_to)[:1]
    return FollowUp(
        interview_id=interview.id,
        kind=Kind.CHECK_IN,
        due=_utc(due),
        send_by=_utc(policy.check_in_send_by.after(due)),
        expires=_utc(policy.check_in_send_by.after(policy.check_in_send_by.after(due))),
        recipients=recipients,
        reason=reason,
    )


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
