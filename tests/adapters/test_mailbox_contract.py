"""One contract for every mailbox the service can watch, run against a real Maildir in a temporary folder and
a real Dovecot account: what `open_mailbox` gives the service must behave the same whichever it is.

- new mail is read once, also across a restart (the checkpoint is in the state database);
- reading changes nothing of the user's mail (flags, files);
- the read-only look-ups a skip rule makes find a message by recipient, by sender domain and by thread;
- a draft is saved exactly once, flagged as a draft, and a missing Drafts folder says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest

from tests.local import maildir_config
from tests.mailgen import USER, plain
from watcher.config import load_config
from watcher.mailbox import Mailbox, open_mailbox
from watcher.secrets import get_secret
from watcher.sinks.drafts import DraftsMissing, save_once
from watcher.sources import Lookup
from watcher.store import Store


@dataclass
class Account:
    """A mailbox of either kind, with the test's own way in (delivering, looking at what is stored)."""

    config: Path
    deliver: object  # (folder, raw) -> None
    snapshot: object  # folder -> sorted list of (name or uid, flags) as the server or the disk holds them
    drafts: object  # () -> (raw, flags) of every draft stored

    def open(self, store: Store, *, drafts_folder: str = "") -> Mailbox:
        """The mailbox as the service opens it; `drafts_folder` names another Drafts folder in the config."""
        settings = load_config(self.config)
        if drafts_folder and settings.imap is not None:
            settings = replace(settings, imap=replace(settings.imap, drafts=drafts_folder))
        elif drafts_folder and settings.maildir is not None:
            settings = replace(settings, maildir=replace(settings.maildir, drafts=drafts_folder))
        imap = settings.imap
        return open_mailbox(settings, store, lambda: get_secret(imap.password, imap.keyring_user) if imap else "")


def maildir_account(tmp_path: Path) -> Account:
    config = maildir_config(tmp_path)
    root = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (root / ".Sent" / sub).mkdir(parents=True, exist_ok=True)

    def folder_dir(folder: str) -> Path:
        return root if folder == "INBOX" else root / f".{folder}"

    start = int(datetime.now(UTC).timestamp()) - 600

    def deliver(folder: str, raw: bytes) -> None:
        """Delivered a second after the one before (Maildir orders by delivery time, in whole seconds)."""
        deliver.count += 1
        path = folder_dir(folder) / "new" / f"{start + deliver.count}.{deliver.count}.test"
        path.write_bytes(raw)
        os.utime(path, (start + deliver.count, start + deliver.count))

    deliver.count = 0

    def snapshot(folder: str) -> list:
        base = folder_dir(folder)
        files = [p for sub in ("new", "cur") for p in (base / sub).iterdir()]
        return sorted((p.parent.name, p.name, p.stat().st_mtime_ns) for p in files)

    def drafts() -> list[tuple[bytes, set[str]]]:
        letters = {"D": "\\Draft", "S": "\\Seen", "F": "\\Flagged", "R": "\\Answered"}
        return [
            (p.read_bytes(), {letters[c] for c in p.name.rpartition(":2,")[2] if c in letters})
            for p in sorted((root / ".Drafts" / "cur").iterdir())
        ]

    return Account(config, deliver, snapshot, drafts)


def dovecot_account(imap_account, make_config) -> Account:
    config = make_config(imap_account)

    def snapshot(folder: str) -> list:
        return sorted((m.uid, tuple(sorted(m.flags))) for m in imap_account.messages(folder))

    def drafts() -> list[tuple[bytes, set[str]]]:
        return [(m.raw, set(m.flags)) for m in imap_account.messages("Drafts")]

    return Account(config, lambda folder, raw: imap_account.append(folder, raw), snapshot, drafts)


@pytest.fixture(params=["maildir", "dovecot"])
def account(request, tmp_path) -> Account:
    if request.param == "maildir":
        return maildir_account(tmp_path)
    return dovecot_account(request.getfixturevalue("imap_account"), request.getfixturevalue("make_config"))


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "state")
    yield store
    store.close()


def reply(subject: str, *, sender: tuple[str, str], to: tuple[str, str], in_reply_to: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = f"{sender[0]} <{sender[1]}>"
    message["To"] = f"{to[0]} <{to[1]}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=sender[1].split("@")[1])
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
        message["References"] = f"<{in_reply_to}>"
    message.set_content("Thanks again for your time.")
    return message.as_bytes()


def subjects(mailbox: Mailbox, folder: str = "INBOX") -> list[str]:
    since = datetime.now(UTC) - timedelta(days=30)
    found = []
    for incoming in mailbox.source.read_new(folder, since):
        header = incoming.raw.split(b"\nSubject: ", 1)[1].split(b"\n", 1)[0]
        found.append(header.decode().strip())
    return found


def invite(subject: str) -> bytes:
    """Mail that reads like an invitation (a first start over IMAP may choose what to download by its words)."""
    return plain(subject, "We would like to schedule an interview with you on Tuesday at 10am.")


def test_new_mail_is_read_once_even_across_a_restart(account, store):
    account.deliver("INBOX", invite("first"))
    account.deliver("INBOX", invite("second"))
    mailbox = account.open(store)
    try:
        assert subjects(mailbox) == ["first", "second"]
        assert subjects(mailbox) == []
        account.deliver("INBOX", invite("third"))
        assert subjects(mailbox) == ["third"]
    finally:
        mailbox.close()
    restarted = account.open(store)
    try:
        # A Maildir checkpoint is a delivery second: what arrived in that very second may be read again after a
        # restart (the state's table of messages read covers it). Nothing older is.
        assert set(subjects(restarted)) <= {"third"}
    finally:
        restarted.close()


def test_reading_and_looking_up_change_nothing_of_the_users_mail(account, store):
    account.deliver("INBOX", plain("Interview on Tuesday", "See you then."))
    before = account.snapshot("INBOX")
    mailbox = account.open(store)
    try:
        subjects(mailbox)
        mailbox.source.lookup("INBOX", Lookup(since=datetime.now(UTC) - timedelta(days=1), to=(USER[1],)))
    finally:
        mailbox.close()
    assert account.snapshot("INBOX") == before


def test_lookups_find_by_recipient_sender_domain_and_thread(account, store):
    dana = ("Dana Whitfield", "dana@northwind.example")
    thanks = reply("Thank you", sender=USER, to=dana)
    account.deliver("Sent", thanks)
    answer = reply("Re: next steps", sender=("Riley", "riley@hr.northwind.example"), to=USER)
    in_thread = reply("Re: Interview", sender=("Ops", "ops@elsewhere.example"), to=USER, in_reply_to="invite-1@x")
    unrelated = reply("Newsletter", sender=("News", "news@elsewhere.example"), to=USER)
    for raw in (answer, in_thread, unrelated):
        account.deliver("INBOX", raw)
    since = datetime.now(UTC) - timedelta(hours=1)
    mailbox = account.open(store)
    try:
        sent = mailbox.source.sent_folder()
        assert sent is not None
        to_dana = mailbox.source.lookup(sent, Lookup(since=since, to=(dana[1],)))
        assert [b"Subject: Thank you" in m for m in to_dana] == [True]
        by_domain = mailbox.source.lookup("INBOX", Lookup(since=since, from_domains=("northwind.example",)))
        by_thread = mailbox.source.lookup("INBOX", Lookup(since=since, thread_ids=("invite-1@x",)))
        assert [b"next steps" in m for m in by_domain] == [True]
        assert [b"Re: Interview" in m for m in by_thread] == [True]
        assert mailbox.source.lookup("INBOX", Lookup(since=since)) == [], "an empty look-up finds nothing"
    finally:
        mailbox.close()


def test_a_draft_is_saved_once_and_flagged_as_a_draft(account, store):
    mailbox = account.open(store)
    raw = reply("Thank you", sender=USER, to=("Dana", "dana@northwind.example"))
    draft_id = raw.split(b"Message-ID: <", 1)[1].split(b">", 1)[0].decode()
    try:
        assert save_once(mailbox.drafts, draft_id, raw) is None, "saved now"
        assert save_once(mailbox.drafts, draft_id, raw) == draft_id, "found there, not saved again"
        assert save_once(mailbox.drafts, "newer@example.test", raw, (draft_id,)) == draft_id, "found by an older id"
    finally:
        mailbox.close()
    ((stored, flags),) = account.drafts()
    assert draft_id.encode() in stored
    assert {"\\Draft", "\\Seen"} <= flags


def test_a_missing_drafts_folder_is_said_and_nothing_is_saved(account, store):
    mailbox = account.open(store, drafts_folder="Brouillons")
    try:
        with pytest.raises(DraftsMissing, match="Brouillons"):
            save_once(mailbox.drafts, "x@example", plain("Thank you", "text"))
    finally:
        mailbox.close()
    assert account.drafts() == []
