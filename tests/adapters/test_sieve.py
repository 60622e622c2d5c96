"""The backfill sieve never drops a message the parser could find an interview word or a calendar in."""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.mailbox import generate
from tests.paths import TESTS
from watcher.core.detect import CORE_TERMS, THREAD_TERMS, has_core_term, has_thread_term
from watcher.core.mail import parse_message
from watcher.sources.sieve import make_sieve, stems

SIEVE = make_sieve(CORE_TERMS, THREAD_TERMS)
CORPUS = TESTS / "corpus"


def parser_needs_it(raw: bytes) -> bool:
    parsed = parse_message(raw, UTC)
    text = f"{parsed.subject}\n{parsed.text}"
    replying = re.match(r"\s*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw)\s*:", parsed.subject, re.I)
    in_thread = bool(
        parsed.in_reply_to or parsed.references or replying or ">" in parsed.text or "wrote:" in parsed.text
    )
    return bool(parsed.events) or has_core_term(text) or (in_thread and has_thread_term(text))


def message(subject: str = "Hello") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Riley Chen <riley@northwind.example>"
    mail["To"] = "jordan@example.test"
    mail["Subject"] = subject
    return mail


def test_every_corpus_message_the_parser_needs_passes():
    needed = [p for p in sorted(CORPUS.glob("*.eml")) if parser_needs_it(p.read_bytes())]
    assert len(needed) > 70
    assert [p.name for p in needed if not SIEVE(p.read_bytes())] == []


def test_generated_mailbox_recall_and_selectivity():
    mail = list(generate(400, now=datetime.now(UTC), seed=3))
    needed = [m for m in mail if parser_needs_it(m.raw)]
    assert [m.kind for m in needed if not SIEVE(m.raw)] == []
    passed = sum(SIEVE(m.raw) for m in mail)
    assert passed < len(needed) * 1.5, "the sieve lets most of the mailbox through"


def _plain(body: str, *, subject: str = "Hello", cte: str = "8bit", charset: str = "utf-8") -> bytes:
    mail = message(subject)
    mail.set_content(body.encode(charset), maintype="text", subtype="plain", cte=cte, params={"charset": charset})
    return mail.as_bytes()


@pytest.mark.parametrize(
    "raw",
    [
        # quoted-printable with a soft line break inside the word
        _plain("x" * 70 + "Interview on Tuesday", cte="quoted-printable"),
        # base64 text part
        _plain("Your phone screen is confirmed.", cte="base64"),
        # latin-1 quoted-printable German
        _plain("Einladung zum Vorstellungsgespräch am Montag", cte="quoted-printable", charset="latin-1"),
    ],
    ids=["qp-soft-break", "base64", "latin1-qp"],
)
def test_words_behind_transfer_encodings_are_seen(raw):
    assert parser_needs_it(raw)
    assert SIEVE(raw)


def test_encoded_subject_is_seen():
    mail = message("Einladung: Vorstellungsgespräch bei Contoso")
    mail.set_content("Bis bald.")
    raw = mail.as_bytes()
    assert b"=?utf-8?" in raw.lower()
    assert parser_needs_it(raw) and SIEVE(raw)


@pytest.mark.parametrize(
    "html",
    [
        "<p>Your <b>Inter</b>view is confirmed</p>",
        "<p>Your &#73;nterview is confirmed</p>",
        "<p>Einladung zum Gespr&auml;ch</p>",
    ],
    ids=["tag-inside-word", "numeric-reference", "named-entity"],
)
def test_html_only_words_are_seen(html):
    mail = message()
    mail.set_content(f"<html><body>{html}</body></html>", subtype="html", cte="quoted-printable")
    raw = mail.as_bytes()
    assert parser_needs_it(raw)
    assert SIEVE(raw)


def test_forwarded_message_with_a_base64_part_is_seen():
    inner = message("Fwd")
    inner.set_content("Onsite loop next week", cte="base64")
    outer = message("FYI")
    outer.set_content("see below")
    outer.add_attachment(inner)
    raw = outer.as_bytes()
    assert parser_needs_it(raw)
    assert SIEVE(raw)


def test_a_calendar_part_passes_without_any_interview_word():
    mail = message("Canceled: Chat with Dana")
    mail.set_content("This event has been canceled.")
    ics = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nUID:1@x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    mail.add_attachment(ics.encode(), maintype="application", subtype="octet-stream", filename="invite.ics")
    assert SIEVE(mail.as_bytes())


def test_ordinary_mail_with_binary_attachments_is_dropped():
    rng = random.Random(5)
    mail = message("Photos from the weekend")
    mail.set_content("Here they are, see you soon.")
    for index in range(3):  # lowercased base64 is full of letter runs: they must not count
        mail.add_attachment(rng.randbytes(120_000), maintype="image", subtype="jpeg", filename=f"{index}.jpg")
    raw = mail.as_bytes()
    assert not parser_needs_it(raw)
    assert not SIEVE(raw)


def test_stems_cover_every_core_term_in_ascii():
    needles = stems(CORE_TERMS)
    assert all(n.isascii() for n in needles)
    assert all(any(n in term.lower().encode() for n in needles) for term in CORE_TERMS)
    with pytest.raises(ValueError, match="no ASCII stem"):
        stems(["面接"])


WORDS = st.lists(
    st.sampled_from(["meeting", "the", "team", "on", "monday", "about", "budget", "and", "project", "update"]),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(
    before=WORDS,
    after=WORDS,
    term=st.sampled_from([t for t in CORE_TERMS if t.isascii()] + ["Vorstellungsgespräch", "Gespräch"]),
    capitalise=st.booleans(),
    cte=st.sampled_from(["8bit", "quoted-printable", "base64"]),
    charset=st.sampled_from(["utf-8", "latin-1", "cp1252"]),
    html=st.booleans(),
)
def test_any_core_term_in_any_encoding_passes(before, after, term, capitalise, cte, charset, html):
    word = term.capitalize() if capitalise else term
    text = " ".join([*before, word, *after])
    if html:
        text = f"<html><body><p>{text}</p></body></html>"
    mail = message()
    mail.set_content(
        text.encode(charset), maintype="text", subtype="html" if html else "plain", cte=cte, params={"charset": charset}
    )
    raw = mail.as_bytes()
    assert parser_needs_it(raw)
    assert SIEVE(raw)
