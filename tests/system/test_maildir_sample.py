"""The bundled sample mailbox through `followup run --once` on a Maildir: the newcomer's first experience."""

from __future__ import annotations

import email
import subprocess
import sys
from datetime import datetime
from email.policy import default as default_policy
from pathlib import Path

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "sample"))
from build import ZONE, build


def followup(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), *args], capture_output=True, text=True, timeout=60
    )


def drafts(dest: Path) -> list:
    folder = dest / "mail" / ".Drafts" / "cur"
    return [email.message_from_bytes(p.read_bytes(), policy=default_policy) for p in sorted(folder.iterdir())]


def inbox_files(dest: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (dest / "mail" / "cur").iterdir()}


def test_sample_mailbox_gets_one_thank_you_per_panel_interviewer_not_yet_thanked(tmp_path):
    config = build(tmp_path, datetime.now(ZONE).date())
    before = inbox_files(tmp_path)
    first = followup(config, "run", "--once")
    assert first.returncode == 0, first.stderr

    saved = drafts(tmp_path)
    # The sample's Sent folder already holds the user's thank-you to Sam: only Dana gets a draft.
    assert [d["To"].addresses[0].addr_spec for d in saved] == ["dana.whitfield@northwind.example"]
    for draft in saved:
        assert draft["From"].addresses[0].addr_spec == "jordan.lee@example.com"
        assert draft["In-Reply-To"] == "<sample-01-northwind@northwind.example>"
        body = draft.get_content()
        assert "Senior Data Engineer" in body and "Northwind" in body
    assert all(p.name.endswith(":2,DS") for p in (tmp_path / "mail" / ".Drafts" / "cur").iterdir())
    assert inbox_files(tmp_path) == before, "the user's messages (and their flag letters) stay untouched"

    listing = followup(config, "list").stdout
    assert "Northwind" in listing and "Contoso" in listing
    assert "[CANCELLED]" in listing, "the Litware interview was cancelled"
    assert "you already thanked Sam Ortiz" in listing
    for not_an_interview in ("Volunteer", "Tailspin", "Data Weekly", "JobBoard"):
        assert not_an_interview not in listing

    second = followup(config, "run", "--once")
    assert second.returncode == 0
    assert len(drafts(tmp_path)) == 1, "a second pass saves nothing twice"


def test_dry_run_walks_the_plan_but_saves_and_records_nothing(tmp_path):
    config = build(tmp_path, datetime.now(ZONE).date())
    dry = followup(config, "run", "--once", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "would be saved now (dry run)" in dry.stderr
    assert "interview" in dry.stderr and "planned" in dry.stderr
    assert drafts(tmp_path) == []
    assert "No interviews found yet." in followup(config, "list").stdout

    real = followup(config, "run", "--once")
    assert real.returncode == 0
    assert len(drafts(tmp_path)) == 1, "the dry run must not have consumed the messages"


def test_message_delivered_while_running_is_picked_up_by_polling(tmp_path, service):
    from datetime import UTC, timedelta

    from tests.conftest import wait_until
    from tests.mailgen import USER, invitation

    config = build(tmp_path, datetime.now(ZONE).date())
    text = config.read_text().replace("jordan.lee@example.com", USER[1])
    text = text.replace('drafts = "Drafts"', 'drafts = "Drafts"\npoll_interval = "1s"')
    config.write_text(text + '\n[timing]\nthank_you_after = "1s"\n')
    proc = service(config)
    proc.wait_for_log("saved in Drafts")  # the sample's thank-you to Dana
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(minutes=30), end=now + timedelta(seconds=1))
    delivery = tmp_path / "mail" / "tmp" / "1.new-invite.local"
    delivery.write_bytes(raw)
    delivery.rename(tmp_path / "mail" / "new" / delivery.name)
    wait_until(lambda: len(drafts(tmp_path)) == 2, timeout=20, what="a draft for the new invitation")
    assert proc.stop() == 0
    assert len(drafts(tmp_path)) == 2
