"""The bundled sample mailbox (what `scripts/demo` shows): the plan a job seeker sees in `followup list`."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.paths import ROOT


def followup(config: Path, *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result


def sample_builder():
    sys.path.insert(0, str(ROOT / "sample"))
    try:
        import build as sample_build
    finally:
        sys.path.pop(0)
    return sample_build


def build(dest: Path) -> Path:
    return sample_builder().build(dest, datetime.now(ZoneInfo("America/New_York")).date())


def test_the_sample_interviews_fall_on_weekdays_whatever_day_it_is():
    builder = sample_builder()
    messages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "sample").glob("*/*.eml"))]
    for offset in range(7):
        today = date(2026, 11, 30) + timedelta(days=offset)
        days = (today - builder.WRITTEN_FOR).days
        for raw in messages:
            written = builder.meeting_day(raw)
            moved = written + timedelta(days=builder.weekday_shift(raw, days, today))
            assert moved.weekday() < 5, (today, raw[:80])
            # what was over on the day the sample was written is over today, and the reverse
            assert (written < builder.WRITTEN_FOR) == (moved < today), (today, raw[:80])


def panel_thank_you_still_worth_sending() -> bool:
    """The sample's panel ended lately: on a Monday its last weekday is Friday, too long ago for a thank-you."""
    builder = sample_builder()
    today = datetime.now(ZoneInfo("America/New_York")).date()
    raw = (ROOT / "sample" / "messages" / "01-northwind-panel-invite.eml").read_text(encoding="utf-8")
    day = builder.meeting_day(raw) + timedelta(
        days=builder.weekday_shift(raw, (today - builder.WRITTEN_FOR).days, today)
    )
    end = datetime.combine(day, time(15), ZoneInfo("America/New_York"))
    return datetime.now(UTC) < end + timedelta(hours=48)


def block(listing: str, title: str) -> str:
    """The interview's own paragraph (it starts with its id), not the summary at the top."""
    return next(part for part in listing.split("\n\n") if re.match(r"[0-9a-f]{8}  ", part) and title in part)


def test_the_sample_plan_reads_at_a_glance(tmp_path):
    config = build(tmp_path)
    followup(config, "run", "--once")
    listing = followup(config, "list").stdout

    assert listing.startswith("Times in America/New_York; now ")
    fresh = panel_thank_you_still_worth_sending()
    assert fresh == (
        "In your Drafts to send: thank-you to Dana Whitfield (Northwind — Senior Data Engineer)" in listing
    ), listing
    assert re.search(
        r"Next draft: thank-you to Morgan Alvarez \(Contoso — Product Analyst\), .+ \((?:tomorrow|in [23] days)\)\.",
        listing,
    )

    northwind = block(listing, "Northwind — Senior Data Engineer")
    assert "panel with Dana Whitfield and Sam Ortiz; invited by Riley Chen" in northwind
    if fresh:
        assert re.search(r"thank-you  drafted .+ to Dana Whitfield\n\s+in your Drafts: send it", northwind)
    else:
        assert re.search(r"thank-you  skipped .+ to Dana Whitfield\n\s+too late", northwind)
    assert re.search(r"thank-you  skipped .+ to Sam Ortiz\n\s+you already thanked Sam Ortiz \(sent ", northwind)
    assert re.search(
        r"check-in   planned  \w{3} \d+ \w{3} 09:00 \(in \d+ days\) +to Riley Chen\n"
        r"\s+why then: 1 business day after the feedback timeline \(within a week\), "
        r"\+2 business days for a panel or loop",
        northwind,
    )

    fabrikam = block(listing, "Fabrikam — Data Scientist")  # confirmed in words only, no calendar file
    assert re.search(r"\((?:tomorrow|in [23] days)\), with Priya Raman", fabrikam)

    litware = block(listing, "Litware")
    assert "[CANCELLED]" in litware
    assert litware.count("the interview was cancelled") == 2

    # the mail that is not about an interview (stand-up, job alert, rejection, podcast) is not in the plan
    for title in ("standup", "Stand-up", "alert", "podcast", "Podcast"):
        assert title not in listing


def test_the_sample_dry_run_shows_what_would_be_saved(tmp_path):
    config = build(tmp_path)
    dry = followup(config, "run", "--dry-run").stdout
    if panel_thank_you_still_worth_sending():
        assert "Dry run: 1 draft(s) would be saved now; nothing was saved or recorded." in dry
        assert re.search(r"thank-you  would save .+ to Dana Whitfield", dry)
    else:
        assert "would save" not in dry
    assert not (tmp_path / "state").exists()
    assert list((tmp_path / "mail" / ".Drafts" / "cur").iterdir()) == []


def test_interviews_long_past_with_nothing_left_to_do_are_hidden_unless_asked(tmp_path):
    from datetime import UTC, timedelta

    from watcher.core.policy import Policy, plan
    from watcher.model import EndSource, Interview, Person
    from watcher.store import DRAFTED, Store

    now = datetime.now(UTC)
    store = Store(tmp_path / "state")
    for days, company in ((90, "Oldco"), (60, "Stillco"), (3, "Newco")):
        start = now - timedelta(days=days)
        interview = Interview(
            key=f"ical:{company}",
            start=start,
            end=start + timedelta(hours=1),
            end_source=EndSource.CALENDAR,
            company=company,
            interviewers=(Person("Dana", f"dana@{company.lower()}.example"),),
        )
        store.save_interview(interview, "active", "test")
        followups = plan(interview, Policy(), ZoneInfo("UTC"))
        store.replace_plan(interview.id, followups)
        if company == "Oldco":
            for f in followups:
                store.mark(f.id, DRAFTED, "saved")
    store.close()
    config = tmp_path / "config.toml"
    config.write_text(
        '[user]\nname = "J"\nemail = "j@example.com"\ntimezone = "UTC"\n'
        '[maildir]\npath = "mail"\n[state]\ndir = "state"\n'
    )
    listing = followup(config, "list").stdout
    assert "Newco" in listing and "Stillco" in listing, "a follow-up still planned keeps an old interview shown"
    assert "Oldco" not in listing
    assert "(1 older interview(s) with nothing left to do are hidden; `followup list --all` shows them.)" in listing
    assert "Oldco" in followup(config, "list", "--all").stdout
