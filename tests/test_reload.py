"""Tuning without restarts, end to end: a running `followup run` against Dovecot picks up an edited config
(on SIGHUP, or by noticing the file changed) and moves the drafts still to come; an invalid edit or a
broken template leaves it running on the previous config, with one clear log line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
