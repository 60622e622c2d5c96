"""The FETCH reader: responses cut right whatever the chunking, the quick BODYSTRUCTURE parser agrees with
the general one, and the connection stays usable by imapclient afterwards."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

import pytest

from bench.mailbox import generate
from watcher.sources.backfill import _as_text
from watcher.sources.fetchwire import Command, Wire, bodystructures, parse_fetch, uid_set


def test_uid_sets_are_compressed():
    assert uid_set([1, 2, 3, 7, 9, 10]) == b"1:3,7,9:10"
    assert uid_set([5]) == b"5"
    assert uid_set([]) == b""


def test_parse_fetch_reads_literals_strings_and_lists():
    header = b'Subject: a "b" (c) {9}\r\n\r\n'  # a literal whose text looks like IMAP syntax
    response = (
        b"* 3 FETCH (UID 17 FLAGS (\\Seen) BODY[HEADER.FIELDS (SUBJECT)] {%d}\r\n%s" % (len(header), header)
        + b' BODY[1]<0> "say \\"hi\\"" X NIL)'
    )
    fetched = parse_fetch(response)
    assert fetched is not None and fetched.uid == 17
    assert fetched.items[b"FLAGS"] == [b"\\Seen"]
    assert fetched.items[b"BODY[HEADER.FIELDS (SUBJECT)]"] == header
    assert fetched.items[b"BODY[1]<0>"] == b'say "hi"'
    assert fetched.items[b"X"] is None
    assert parse_fetch(b"* 3 FETCH (FLAGS (\\Seen))") is None  # a flag change, no UID


def _odd_message() -> bytes:
    mail = EmailMessage()
    mail["Subject"] = "Odd names"
    mail.set_content("x")
    mail.add_attachment(b"data", maintype="application", subtype="pdf", filename='CV "final" (2).pdf')
    mail.add_attachment(b"data", maintype="application", subtype="pdf", filename="Lebenslauf-März.pdf")
    return bytes(mail)


def test_quick_bodystructures_agree_with_the_general_parser(imap_account):
    raws = [m.raw for m in generate(120, now=datetime.now(UTC))]
    imap_account.deliver_to_maildir("INBOX", [*raws, _odd_message()], sync=True)
    client = imap_account.imap_client(timeout=60)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        wire = Wire(client)
        wire.chunk = 1000  # small reads: responses and literals cut across chunk edges
        responses = [r for _, r in wire.responses([Command(uids, b"(RFC822.SIZE BODYSTRUCTURE)")]) if r]
        assert wire.clean
        assert client.noop()  # imapclient still in step
    finally:
        client.logout()
    general = {}
    for response in responses:
        fetched = parse_fetch(response)
        assert fetched is not None
        general[fetched.uid] = (int(fetched.items[b"RFC822.SIZE"]), _as_text(fetched.items[b"BODYSTRUCTURE"]))
    quick = bodystructures(responses[:-1])  # the generated mail: the usual shape
    assert quick is not None
    assert {uid: (size, body) for uid, size, body in quick} == {uid: general[uid] for uid in uids[:-1]}
    assert len(general) == len(uids)
    assert 'CV "final" (2).pdf' in _strings(general[uids[-1]][1])  # a quoted quote and parentheses in a string
    assert bodystructures(responses) is None  # ...which the quick parser leaves to the general one


def _strings(value: object) -> list[str]:
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def test_hostile_nesting_is_left_to_the_careful_path():
    deep = b"* 1 FETCH (UID 1 RFC822.SIZE 5 BODYSTRUCTURE " + b"(" * 5000 + b'"a"' + b")" * 5000 + b")"
    assert bodystructures([deep]) is None  # json would recurse too deep: no crash, no answer


def test_a_structure_nobody_can_read_makes_a_candidate():
    from watcher.core.detect import CORE_TERMS
    from watcher.sources.backfill import _first_look
    from watcher.sources.sieve import needles_for

    reason, pending = _first_look(7, None, b"Subject: hello\r\n\r\n", needles_for(CORE_TERMS))
    assert reason and pending is None


def test_a_refused_fetch_is_reported_after_the_answers_in_flight(imap_account):
    from watcher.sources.fetchwire import FetchRefused

    imap_account.deliver_to_maildir("INBOX", [m.raw for m in generate(5, now=datetime.now(UTC))], sync=True)
    client = imap_account.imap_client(timeout=30)
    try:
        client.select_folder("INBOX", readonly=True)
        commands = [Command([1, 2], b"(RFC822.SIZE)"), Command([1], b"(BODY.PEEK[1.x]<0.5>)"), Command([3], b"(UID)")]
        got = []
        with pytest.raises(FetchRefused):
            for command, fetched in Wire(client).fetch(commands):
                got.append((command.items, fetched.uid if fetched else None))
        assert (b"(RFC822.SIZE)", 1) in got
        assert client.noop()  # every answer was read: imapclient is still in step
        assert sorted(client.search("ALL")) == [1, 2, 3, 4, 5]
    finally:
        client.logout()
