"""The backfill picks, on the real Dovecot, every message the service would act on, without downloading the rest.

The recall argument of watcher/sources/backfill.py ("an invitation says what it is near the top") is checked
here on every email the project has: the labelled corpus, the holdout corpus, the real-world invitations and a
generated mailbox. Each is delivered into a Dovecot INBOX, the selection runs over the whole folder, and every
message that the parser and the detector turn into an interview, a change or a cancellation, or that carries
a calendar, must be among the candidates.
"""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from bench.accuracy import context
from bench.mailbox import generate
from tests.mailgen import RECRUITER, USER, invitation
from tests.paths import tuning_messages
from watcher.core.detect import CORE_TERMS, JOB_TERMS, THREAD_TERMS
from watcher.core.mail import parse_message
from watcher.core.understand import understand_message
from watcher.sources import backfill
from watcher.sources.sieve import Sieve, make_sieve, needles_for

NEEDLES = needles_for(CORE_TERMS, THREAD_TERMS)
CTX = context()


def acted_on(raw: bytes) -> bool:
    """Would the service do anything with this message: plan, move or cancel an interview, or read a calendar?"""
    message = parse_message(raw, CTX.timezone)
    understood = understand_message(message, CTX)
    return bool(message.events or understood.verdict.is_interview or understood.interview or understood.cancels)


def select_all(account, raws: list[bytes], sieve=None) -> tuple[dict[int, bytes], backfill.Selection]:
    account.deliver_to_maildir("INBOX", raws, sync=True)
    client = account.imap_client(timeout=60)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        assert len(uids) == len(raws)
        selection = backfill.select(client, uids, NEEDLES, sieve)
        client.noop()  # the connection is still in step after the pipelined FETCHes
    finally:
        client.logout()
    return dict(zip(uids, raws, strict=True)), selection


def staged() -> Sieve:
    """The sieve as the service builds it: job words count beside a meeting, a time or news (issue 13)."""
    return make_sieve(CORE_TERMS, THREAD_TERMS, JOB_TERMS)


@pytest.mark.parametrize(
    ("second_stage", "chunk"), [(False, None), (True, None), (True, 25)], ids=["words", "staged", "staged-chunks"]
)
def test_every_corpus_message_the_service_acts_on_is_selected(imap_account, second_stage, chunk, monkeypatch):
    """Also when the window is looked at a chunk at a time (a large mailbox: 2,000 messages a chunk), with the
    thread memory of the staged rules carried from one chunk to the next."""
    if chunk is not None:
        monkeypatch.setattr(backfill, "STRUCTURE_CHUNK", chunk)
    paths = tuning_messages()
    by_uid, selection = select_all(imap_account, [p.read_bytes() for p in paths], staged() if second_stage else None)
    names = {uid: path.name for uid, path in zip(sorted(by_uid), paths, strict=True)}
    needed = {uid for uid, raw in by_uid.items() if acted_on(raw)}
    assert len(needed) >= 60  # the corpora's interviews, cancellations and calendar mail (82 today)
    assert sorted(names[uid] for uid in needed - set(selection.candidates)) == []
    assert selection.examined == len(paths) == len(selection.sizes)
    assert selection.candidates == sorted(selection.candidates)


def test_generated_mailbox_recall_and_selectivity(imap_account):
    mail = list(generate(600, now=datetime.now(UTC), seed=11))
    by_uid, selection = select_all(imap_account, [m.raw for m in mail])
    kinds = {uid: m.kind for uid, m in zip(sorted(by_uid), mail, strict=True)}
    needed = {uid for uid, raw in by_uid.items() if acted_on(raw)}
    assert any(kinds[uid] == "invitation" for uid in needed)
    assert [kinds[uid] for uid in needed - set(selection.candidates)] == []
    # As selective as the sieve that reads whole messages: the same ones, about 7% of the mailbox.
    sieve = make_sieve(CORE_TERMS, THREAD_TERMS)
    assert set(selection.candidates) == {uid for uid, raw in by_uid.items() if sieve(raw)}
    assert len(selection.candidates) < len(mail) * 0.15
    # ...and decided from far less than the mailbox.
    assert selection.text_bytes < sum(len(m.raw) for m in mail) / 4


def _mail(subject: str = "Hello", **headers: str) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = f"{RECRUITER[0]} <{RECRUITER[1]}>"
    mail["To"] = f"{USER[0]} <{USER[1]}>"
    mail["Subject"] = subject
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    return mail


def _filler(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    vocabulary = ("the", "team", "budget", "meeting", "notes", "update", "project", "garden", "coffee", "report")
    lines = [" ".join(rng.choices(vocabulary, k=12)) for _ in range(words // 12)]
    return "\n".join(lines)


def _shapes() -> dict[str, tuple[bytes, bool]]:
    """Messages of every shape the selection must see through: (raw, must it be selected?)."""
    shapes: dict[str, tuple[bytes, bool]] = {}

    mail = _mail("Lunch")
    mail.set_content("See you at noon.")
    mail.add_attachment(b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", maintype="application", subtype="octet-stream",
                        filename="invite.ics")  # fmt: skip
    shapes["calendar file behind a generic type"] = (bytes(mail), True)

    inner = _mail("Interview on Thursday")
    inner.set_content("Your onsite is confirmed.")
    outer = _mail("FYI")
    outer.set_content("see below")
    outer.add_attachment(inner)
    shapes["forwarded message"] = (bytes(outer), True)

    mail = _mail("Your application")
    style = "<style>" + ".c{color:#333333;margin:0 0 12px}\n" * 600 + "</style>"
    mail.set_content(f"<html><head>{style}</head><body><p>Your phone screen is confirmed.</p></body></html>",
                     subtype="html", cte="quoted-printable")  # fmt: skip
    shapes["HTML whose text starts after 20 KB of styles"] = (bytes(mail), True)

    mail = _mail("Update")
    mail.set_content("Your technical interview is confirmed for Tuesday at 2pm.", cte="base64")
    shapes["base64 text"] = (bytes(mail), True)

    mail = _mail("Update")
    mail.set_content("Your technical interview is confirmed.".encode("utf-16"), maintype="text", subtype="plain",
                     params={"charset": "utf-16"})  # fmt: skip
    shapes["UTF-16 text"] = (bytes(mail), True)

    mail = _mail("Update")
    mail.set_content("\n")
    mail.add_alternative("<p>Your <b>inter</b>view is on Monday.</p>", subtype="html")
    shapes["empty plain text beside the HTML"] = (bytes(mail), True)

    mail = _mail("=?utf-8?b?" + base64.b64encode("Einladung zum Vorstellungsgespräch".encode()).decode() + "?=")
    mail.set_content("Bis bald.")
    shapes["encoded subject"] = (bytes(mail), True)

    mail = _mail("Re: next steps", In_Reply_To="<a1@northwind.example>")
    mail.set_content("Thursday works for the role, thanks!")
    shapes["thread word in a reply"] = (bytes(mail), True)

    # "role" is also a job term (an invitation "to discuss the role" needs no thread), so "talent" stands for
    # the words that count only in a reply or a forward.
    mail = _mail("Weekly notes")
    mail.set_content("The talent show this week was in the garden.")
    shapes["thread word in a short standalone note"] = (bytes(mail), False)

    mail = _mail("Weekly notes")
    mail.set_content(_filler(300) + "\nAlso the interview recording is online.\n")
    shapes["interview word 1,500 characters down"] = (bytes(mail), True)

    mail = _mail("Newsletter")
    mail.set_content(f"<html><body><table role='presentation'><p>{_filler(200)}</p></table></body></html>",
                     subtype="html")  # fmt: skip
    shapes["ordinary HTML newsletter"] = (bytes(mail), False)

    mail = _mail("Photos")
    mail.set_content("Here they are.")
    mail.add_attachment(random.Random(3).randbytes(50_000), maintype="image", subtype="jpeg", filename="a.jpg")
    shapes["photos"] = (bytes(mail), False)

    mail = _mail("Notes")
    mail.set_content(_filler(3000) + "\nThe interview is on Monday.\n")
    shapes["interview word 18,000 characters down (not read: the documented limit)"] = (bytes(mail), False)
    return shapes


def test_every_shape_is_seen_through(imap_account):
    shapes = _shapes()
    by_uid, selection = select_all(imap_account, [raw for raw, _ in shapes.values()])
    chosen = {name for uid, name in zip(sorted(by_uid), shapes, strict=True) if uid in selection.candidates}
    assert chosen == {name for name, (_, wanted) in shapes.items() if wanted}


def test_candidates_are_downloaded_whole_and_in_order(imap_account):
    now = datetime.now(UTC)
    raws = [invitation(start=now + timedelta(days=d), end=now + timedelta(days=d, hours=1))[0] for d in (2, 3)]
    filler = _mail("Notes")
    filler.set_content(_filler(100))
    big = _mail("Interview pack")
    big.set_content("Your interview packet is attached.")
    big.add_attachment(random.Random(4).randbytes(300_000), maintype="application", subtype="pdf", filename="p.pdf")
    mail = [m.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n") for m in (raws[0], bytes(filler), bytes(big), raws[1])]
    imap_account.deliver_to_maildir("INBOX", mail, sync=True)
    client = imap_account.imap_client(timeout=60)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        selection = backfill.select(client, uids, NEEDLES)
        batches = list(backfill.download(client, selection, batch_bytes=200_000, max_message=100_000))
        client.noop()
    finally:
        client.logout()
    got = [item for batch in batches for item in batch]
    assert [uid for uid, _, _ in got] == [uids[0], uids[2], uids[3]]
    assert got[0][1] == mail[0] and got[2][1] == mail[3] and not got[0][2]
    assert got[1][2] and got[1][1] == mail[2][:100_000]  # larger than max_message: its beginning, marked truncated
    assert len(batches) >= 2


@pytest.mark.parametrize("count", [backfill.SELECT_FROM + 20])
def test_first_start_on_a_large_window_plans_every_invitation(imap_account, make_config, count):
    """The service itself: a first start over more than SELECT_FROM messages takes the selecting path."""
    from watcher.config import load_config
    from watcher.daemon import Service

    now = datetime.now(UTC).replace(microsecond=0)
    mail = [m.raw for m in generate(count, now=now, seed=5, invitation_share=0.02)]
    expected = {f"ical:{m.event_uid}" for m in generate(count, now=now, seed=5, invitation_share=0.02) if m.event_uid}
    imap_account.deliver_to_maildir("INBOX", mail, sync=True)
    config = make_config(imap_account, extra='[timing]\ndefault_interview_length = "1h"\n',
                         imap_extra='lookback = "30d"')  # fmt: skip
    service = Service(load_config(config))
    try:
        service.run_once()
        planned = {record.interview.key for record in service.store.interviews()}
        checkpoint = service.store.checkpoint(service.mailbox.name, "INBOX")
    finally:
        service.close()
    assert expected and expected <= planned
    assert checkpoint is not None and checkpoint[1] >= count  # the whole window is done with


def test_a_server_refusing_the_choosing_fetches_gets_everything_read(imap_account, make_config, monkeypatch, caplog):
    from watcher.config import load_config
    from watcher.daemon import Service

    monkeypatch.setattr(backfill, "HEADER_FIELDS", b"SUBJECT ((")  # Dovecot answers BAD, as a picky server would
    now = datetime.now(UTC).replace(microsecond=0)
    generated = list(generate(backfill.SELECT_FROM + 10, now=now, seed=6, invitation_share=0.02))
    imap_account.deliver_to_maildir("INBOX", [m.raw for m in generated], sync=True)
    config = make_config(imap_account, extra='[timing]\ndefault_interview_length = "1h"\n',
                         imap_extra='lookback = "30d"')  # fmt: skip
    service = Service(load_config(config))
    try:
        service.run_once()
        planned = {record.interview.key for record in service.store.interviews()}
    finally:
        service.close()
    assert {f"ical:{m.event_uid}" for m in generated if m.event_uid} <= planned
    assert "reading all" in caplog.text


def test_real_shaped_mailbox_staged_selection(imap_account):
    """bench/realmail.py: every planted interview is chosen, and little else is downloaded."""
    from bench.realmail import generate as generate_real

    mail = list(generate_real(800, now=datetime.now(UTC), seed=9))
    by_uid, selection = select_all(imap_account, [m.raw for m in mail], staged())
    kinds = {uid: m.kind for uid, m in zip(sorted(by_uid), mail, strict=True)}
    needed = {uid for uid, raw in by_uid.items() if acted_on(raw)}
    assert any(kinds[uid] == "text_invitation" for uid in needed)
    assert [kinds[uid] for uid in needed - set(selection.candidates)] == []
    assert len(selection.candidates) < len(mail) * 0.35
