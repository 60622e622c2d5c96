"""Finding the Drafts folder: RFC 6154 SPECIAL-USE first, then usual and localised names, or the config."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.mailgen import invitation
from tests.servers.dovecot import DRAFTS_WITHOUT_SPECIAL_USE, GERMAN_LAYOUT, NO_DRAFTS
from watcher.config import load_config
from watcher.daemon import Service
from watcher.sources.imap import DRAFT_NAMES, pick_folder

TIMING = '[timing]\nthank_you_after = "2h"\n'


def test_pick_folder_prefers_special_use_then_names():
    listing = [((b"\\HasNoChildren",), "Drafts"), ((b"\\Drafts",), "[Gmail]/Entwürfe")]
    assert pick_folder(listing, b"\\Drafts", DRAFT_NAMES) == "[Gmail]/Entwürfe"
    assert pick_folder([((), "INBOX"), ((), "brouillons")], b"\\Drafts", DRAFT_NAMES) == "brouillons"
    assert pick_folder([((), "INBOX")], b"\\Drafts", DRAFT_NAMES) is None


def run_once(server, make_config, imap_extra: str = "") -> Service:
    account = server.account
    now = datetime.now(UTC)
    raw, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3))
    account.append("INBOX", raw)
    service = Service(load_config(make_config(account, extra=TIMING, imap_extra=imap_extra)))
    service.run_once()
    return service


@pytest.mark.parametrize(("layout", "folder"), [(GERMAN_LAYOUT, "Entwürfe"), (DRAFTS_WITHOUT_SPECIAL_USE, "Drafts")])
def test_drafts_found_by_special_use_or_by_name(dovecot_factory, make_config, layout, folder):
    server = dovecot_factory(layout=layout)
    service = run_once(server, make_config)
    service.close()
    assert len(server.account.messages(folder)) == 1


def test_configured_folder_name_wins(dovecot_factory, make_config):
    server = dovecot_factory()
    server.account.ensure_maildir_folder("Job drafts")
    service = run_once(server, make_config, imap_extra='drafts = "Job drafts"')
    service.close()
    assert len(server.account.messages("Job drafts")) == 1
    assert server.account.messages("Drafts") == []


def test_missing_drafts_folder_keeps_the_draft_planned(dovecot_factory, make_config):
    from watcher.sinks.drafts import DraftsMissing

    server = dovecot_factory(layout=NO_DRAFTS)
    with pytest.raises(DraftsMissing, match="no Drafts folder"):
        run_once(server, make_config)
    service = Service(load_config(make_config(server.account, extra=TIMING)))
    try:
        states = {f.followup.kind.value: f.state for f in service.store.followups()}
        assert states["thank_you"] == "planned"
        server.account.ensure_maildir_folder("Drafts")
        assert service.run_due() == 1
    finally:
        service.close()
    assert len(server.account.messages("Drafts")) == 1
