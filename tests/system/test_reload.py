"""Tuning without restarts, end to end: a running `followup run` against Dovecot picks up an edited config
(on SIGHUP, or by noticing the file changed) and moves the drafts still to come; an invalid edit or a
broken template leaves it running on the previous config, with one clear log line."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests.conftest import wait_until
from tests.mailgen import INTERVIEWER, invitation


def timing(thank_you_after: str, templates: Path | None = None) -> str:
    lines = ["[timing]", f'thank_you_after = "{thank_you_after}"', "[drafts]", "check_in = false"]
    if templates:
        lines.append(f'templates = "{templates}"')
    return "\n".join(lines) + "\n"


def listing(config: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "list"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def planned(state_dir: Path) -> list[tuple[str, datetime]]:
    from watcher.store import PLANNED, Store

    store = Store(state_dir)
    try:
        return [(s.followup.kind.value, s.followup.due) for s in store.followups(states=(PLANNED,))]
    finally:
        store.close()


def drafts(account) -> list:
    return account.messages("Drafts")


def test_sighup_replans_the_pending_draft_with_the_new_timing(imap_account, make_config, service):
    config = make_config(imap_account, extra=timing("1h"))
    proc = service(config)
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(minutes=30), end=now)
    imap_account.append("INBOX", raw)
    proc.wait_for_log("planned from message")
    assert "thank-you  planned" in listing(config)

    # Same size, same inode, same modification time: only the signal can tell the service.
    stat = config.stat()
    config.write_text(config.read_text().replace('thank_you_after = "1h"', 'thank_you_after = "3s"'))
    os.utime(config, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (config.stat().st_size, config.stat().st_ino) == (stat.st_size, stat.st_ino)
    proc.process.send_signal(signal.SIGHUP)

    proc.wait_for_log("config reloaded (SIGHUP): 1 pending follow-up(s) re-planned, 1 moved")
    stored = wait_until(lambda: drafts(imap_account), timeout=30, what="the re-planned thank-you draft")
    assert len(stored) == 1 and INTERVIEWER[1].encode() in stored[0].raw
    assert "drafted" in listing(config)
    assert proc.stop() == 0


def test_an_edited_config_and_templates_are_picked_up_and_bad_edits_are_refused(imap_account, make_config, service):
    templates = make_config(imap_account).parent / "templates"
    templates.mkdir()
    (templates / "thank_you.txt.j2").write_text("Hi {{ greeting_names }}, version one.\n")
    config = make_config(imap_account, extra=timing("1h", templates))
    proc = service(config)
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(minutes=30), end=now)
    imap_account.append("INBOX", raw)
    proc.wait_for_log("planned from message")
    state = config.parent / "state"
    before = planned(state)
    assert [kind for kind, _ in before] == ["thank_you"]

    # An invalid config: the service says why, keeps running, and the plan stays as it was.
    config.write_text(config.read_text().replace('thank_you_after = "1h"', 'thank_you_after = "soon"'))
    proc.wait_for_log("reload (file changed) failed, still using the previous config:")
    assert 'timing.thank_you_after: "soon" is not a duration' in proc.log
    assert proc.process.poll() is None
    assert planned(state) == before

    # A valid config but a broken template: refused too, naming the template and its line.
    (templates / "thank_you.txt.j2").write_text("Hi {{ greeting_names }},\n{% if %}\n")
    config.write_text(config.read_text().replace('thank_you_after = "soon"', 'thank_you_after = "4s"'))
    proc.wait_for_log(f"template {templates / 'thank_you.txt.j2'} line 2:")
    assert drafts(imap_account) == []

    # Fixed: the new config and the new wording are used, and the draft moves to end + 4s.
    (templates / "thank_you.txt.j2").write_text("Hi {{ greeting_names }}, version two.\n")
    proc.wait_for_log("config reloaded (file changed): 1 pending follow-up(s) re-planned, 1 moved")
    stored = wait_until(lambda: drafts(imap_account), timeout=30, what="the draft with the new wording")
    assert b"version two" in stored[0].raw
    assert proc.stop() == 0


def test_replanning_never_drafts_twice_and_a_kind_switched_off_comes_back(tmp_path):
    """Service.reconfigure (what a reload does) on a Maildir: switching to one thank-you for the whole panel
    after each interviewer got one adds no draft; a rule switching check-ins off shows them as off, and
    removing it plans them again."""
    from tests.mailgen import USER
    from watcher.config import load_config
    from watcher.daemon import Service
    from watcher.report import plan_entries, render_plan
    from watcher.store import OFF, PLANNED
    from watcher.templating import template_environment

    for folder in ("cur", "new", "tmp", ".Drafts/cur", ".Drafts/new", ".Drafts/tmp"):
        (tmp_path / "mail" / folder).mkdir(parents=True)
    now = datetime.now(UTC)
    raw, _, _ = invitation(
        start=now - timedelta(hours=4),
        end=now - timedelta(hours=3),
        attendees=(INTERVIEWER, ("Sam Ortiz", "sam.ortiz@northwind.example"), USER),
    )
    (tmp_path / "mail" / "cur" / "1.invite:2,S").write_bytes(raw)
    config = tmp_path / "config.toml"
    base = f'[user]\nname = "Jordan"\nemail = "{USER[1]}"\ntimezone = "America/New_York"\n'
    base += '[maildir]\npath = "mail"\n[state]\ndir = "state"\n'
    config.write_text(base)
    service = Service(load_config(config))
    try:
        assert service.run_once()["saved"] == 2

        def use(extra: str) -> tuple[int, int]:
            config.write_text(base + extra)
            settings = load_config(config)
            return service.reconfigure(settings, template_environment(settings.drafts.templates))

        use('[drafts]\nthank_you_to = "all"\n')
        assert service.run_once()["saved"] == 0
        assert len(list((tmp_path / "mail" / ".Drafts" / "cur").iterdir())) == 2

        use('[drafts]\nthank_you_to = "all"\n[[rules]]\ncompany = "Northwind"\ncheck_in = false\n')
        states = [(s.followup.kind.value, s.state, s.detail) for s in service.store.followups()]
        assert ("check_in", OFF, "switched off by the rule for Northwind") in states
        shown = render_plan(plan_entries(service.store), now, ZoneInfo("America/New_York"))
        assert re.search(r"check-in   off .+\n\s+switched off by the rule for Northwind", shown)

        pending, moved = use("")
        assert pending == 1 and moved == 1
        assert [s.followup.kind.value for s in service.store.followups(states=(PLANNED,))] == ["check_in"]
    finally:
        service.close()
