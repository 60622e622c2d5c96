"""The config's timing and draft settings as the core's Policy (kept apart from the daemon so that
`inspect` can plan without loading the adapters)."""

from __future__ import annotations

from .config import DraftSettings, Settings, TimingSettings
from .core.policy import Policy


def policy_for(settings: Settings) -> Policy:
    return policy_from(settings.timing, settings.drafts)


def policy_from(timing: TimingSettings, drafts: DraftSettings) -> Policy:
    return Policy(
        thank_you_after=timing.thank_you_after,
        thank_you_send_by=timing.thank_you_send_by,
        thank_you_deadline=timing.thank_you_deadline,
        check_in_after=timing.check_in_after,
        check_in_after_timeline=timing.check_in_after_timeline,
        panel_extra=timing.panel_extra,
        check_in_send_by=timing.check_in_send_by,
        check_in_time=timing.check_in_time,
        thank_you=drafts.thank_you,
        check_in=drafts.check_in,
        thank_you_to=drafts.thank_you_to,
        max_thank_yous=drafts.max_thank_yous,
    )
