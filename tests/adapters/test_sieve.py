"""The sieve never drops a message the service would act on, and drops what only a byte search would take
for an interview word: CSS, markup, link targets, file names, "screenshot", "release candidate", and job words
("the application server") with no invitation to meet and no news about an application beside them."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.accuracy import context
from bench.mailbox import generate
from bench.realmail import generate as generate_real
from tests.paths import TESTS, TUNING_CORPORA, tuning_messages
from watcher.core.detect import CORE_TERMS, INTERVIEW_TERMS, JOB_TERMS, THREAD_TERMS, has_core_term
from watcher.core.mail import parse_message
from watcher.core.understand import understand_message
from watcher.sources.sieve import EVERYDAY_TERMS, _bulk, _head, make_sieve, stems

SIEVE = make_sieve(CORE_TERMS, THREAD_TERMS, JOB_TERMS)
CTX = context()


def parser_needs_it(raw: bytes) -> bool:
    """Would the service do anything with this message: plan, move or cancel an interview, read a calendar,
    or take news (a rejection, an offer, a next round) that ends a pending check-in?"""
    message = parse_message(raw, CTX.timezone)
    understood = understand_message(message, CTX)
    return bool(
        message.events
        or understood.verdict.is_interview
        or understood.interview
        or understood.cancels
        or understood.outcome
    )


def word_in_it(raw: bytes) -> bool:
    """Does the parser read one of the detector's core terms in this message's subject or text?"""
    parsed = parse_message(raw, UTC)
    return has_core_term(f"{parsed.subject}\n{parsed.text}")


def message(subject: str = "Hello") -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = "Riley Chen <riley@northwind.example>"
    mail["To"] = "jordan@example.test"
    mail["Subject"] = subject
    return mail


def news_only(raw: bytes) -> bool:
    """Does the service act on this message only for its news (a rejection, an offer, a next round)?"""
    message = parse_message(raw, CTX.timezone)
    understood = understand_message(message, CTX)
    return bool(understood.outcome) and not (message.events or understood.interview or understood.cancels)


def after_its_invitation(sieve, raw: bytes):
    """The sieve as a mailbox meets news: after the invitation its sender wrote first ("We went with someone
    with more press experience" from the shop that had invited the user, in a new thread, with no job word)."""
    invitation = message("Interview")
    del invitation["From"]
    invitation["From"] = parse_message(raw, UTC).sender.email
    invitation.set_content("Confirming your interview on Tuesday at 10am.")
    assert sieve(invitation.as_bytes())
    return sieve


def test_every_corpus_message_the_service_acts_on_passes():
    paths = tuning_messages()
    needed = [p for p in paths if parser_needs_it(p.read_bytes())]
    assert len(needed) > 150
    dropped = []
    for path in needed:
        raw = path.read_bytes()
        sieve = after_its_invitation(SIEVE, raw) if news_only(raw) else SIEVE
        if not sieve(raw):
            dropped.append(f"{path.parent.name}/{path.name}")
    assert dropped == []


def test_news_with_no_job_word_passes_only_from_an_organisation_that_invited_the_user():
    news = message("press operator")
    del news["From"]
    news["From"] = "Leah Gantt <lgantt@redfernprinting.example>"
    news.set_content("Marcus, thanks for coming in Tuesday. We went with someone with more press experience.")
    assert not make_sieve(CORE_TERMS, THREAD_TERMS, JOB_TERMS)(news.as_bytes())
    assert after_its_invitation(make_sieve(CORE_TERMS, THREAD_TERMS, JOB_TERMS), news.as_bytes())(news.as_bytes())


def test_generated_mailbox_recall_and_selectivity():
    mail = list(generate(400, now=datetime.now(UTC), seed=3))
    needed = [m for m in mail if parser_needs_it(m.raw)]
    assert [m.kind for m in needed if not SIEVE(m.raw)] == []
    passed = sum(bool(SIEVE(m.raw)) for m in mail)
    assert passed < len(mail) * 0.1, "the sieve lets most of the mailbox through"


def test_real_shaped_mailbox_recall_and_selectivity():
    """bench/realmail.py: CSS newsletters, screenshots, project mail full of role and candidate."""
    mail = list(generate_real(1_000, now=datetime.now(UTC), seed=8))
    planted = [m for m in mail if m.kind in ("invitation", "text_invitation")]
    assert planted and all(SIEVE(m.raw) for m in planted)
    needed = [m for m in mail if parser_needs_it(m.raw)]
    assert [m.kind for m in needed if not SIEVE(m.raw)] == []
    passed = [m for m in mail if SIEVE(m.raw)]
    assert len(passed) < 0.35 * len(mail), "ordinary mail is taken for job mail"  # 92% before issue 13


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
    assert word_in_it(raw)
    assert SIEVE(raw)


def test_encoded_subject_is_seen():
    mail = message("Einladung: Vorstellungsgespräch bei Contoso")
    mail.set_content("Bis bald.")
    raw = mail.as_bytes()
    assert b"=?utf-8?" in raw.lower()
    assert word_in_it(raw) and SIEVE(raw)


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
    assert word_in_it(raw)
    assert SIEVE(raw)


def test_forwarded_message_with_a_base64_part_is_seen():
    inner = message("Fwd")
    inner.set_content("Onsite loop next week", cte="base64")
    outer = message("FYI")
    outer.set_content("see below")
    outer.add_attachment(inner)
    raw = outer.as_bytes()
    assert word_in_it(raw)
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
    assert not word_in_it(raw)
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
    term=st.sampled_from(
        [t for t in INTERVIEW_TERMS if t.isascii() and t not in EVERYDAY_TERMS and t != "screen"]
        + ["phone screen", "screening call", "Vorstellungsgespräch", "Gespräch"]
        + [f"{t} - could you come in on Tuesday at 2pm?" for t in (*JOB_TERMS, *EVERYDAY_TERMS) if t.isascii()]
    ),
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
    assert word_in_it(raw)
    assert SIEVE(raw)


def _html_mail(html: str, subject: str = "Our weekly picks") -> bytes:
    mail = message(subject)
    mail.set_content(html, subtype="html", cte="quoted-printable")
    return mail.as_bytes()


@pytest.mark.parametrize(
    "raw",
    [
        _html_mail(
            "<html><head><style>@media only screen and (max-width:600px){.c{width:100%}} .hero{position:relative}"
            "</style></head><body><table role='presentation'><tr><td>Garden news and recipes.</td></tr></table>"
            "</body></html>"
        ),
        _html_mail("<p>Our picks. <a href='https://x.example/c?utm_campaign=recruit&s=interview'>More</a></p>"),
        _html_mail("<p>Photos of the weekend.</p><img src='https://cdn.example/screenshot.png' alt='screenshot.png'>"),
        _plain("See the attached screenshot: the settings screen goes blank after a screen resize."),
        _plain("Release candidate rc2 is tagged; please test it before the weekend."),
        _plain("The application server logs the cursor position; I applied the patch.", subject="Re: logs"),
        _plain("Recruit new heroes this weekend and choose your role!", subject="Realm of Heroes"),
    ],
    ids=["css", "link-target", "file-name", "screenshot", "release-candidate", "job-words-alone", "game"],
)
def test_what_a_person_does_not_read_as_hiring_words_is_dropped(raw):
    assert not SIEVE(raw)


@pytest.mark.parametrize(
    "body",
    [
        "Thanks for applying to the analyst position. Could you come in on Thursday to meet the team?",
        "Unfortunately we will not be moving forward with your application.",
        "We are hiring a backend engineer and would like to talk on Tuesday at 3pm.",
        "Your phone screen is confirmed.",
    ],
)
def test_job_words_beside_a_meeting_news_or_a_time_pass(body):
    assert SIEVE(_plain(body))


def test_a_thread_word_counts_in_a_job_conversation():
    sieve = make_sieve(CORE_TERMS, THREAD_TERMS, JOB_TERMS)
    first = message("Interview at Northwind")
    first["Message-ID"] = "<first@northwind.example>"
    first.set_content("Your interview is on Monday at 10am.")
    reply = message("Re: next steps")
    reply["In-Reply-To"] = "<first@northwind.example>"
    reply.set_content("Thanks, and here is the talent brief for you.")
    other = message("Re: project")
    other["In-Reply-To"] = "<unrelated@acme.example>"
    other.set_content("Thanks, and here is the talent brief for you.")
    assert not sieve(other.as_bytes())  # "talent" in an ordinary thread
    assert sieve(first.as_bytes())
    assert sieve(reply.as_bytes())  # the same words in the interview's thread


def test_news_hints_cover_every_outcome_in_the_corpora():
    """The sieve's quick "no" before the outcome expressions (sieve._NEWS_HINTS) never hides news they find."""
    from watcher.core.outcomes import NEWS_CHARS, outcome_of
    from watcher.sources.sieve import _news

    found = 0
    for path in tuning_messages():
        parsed = parse_message(path.read_bytes(), UTC)
        for text in (parsed.subject, parsed.text[:NEWS_CHARS]):
            if outcome_of("", text):
                found += 1
                assert _news(text.lower().encode()), path.name
    assert found >= 10


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern written `\\b(?:a|b|...)` or `\\b(?:a|b|...)\\b`."""
    assert pattern.startswith(r"\b(?:")
    body = pattern[len(r"\b(?:") :]
    body = body[: body.rindex(")")]
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(body):
        char = body[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(body[start:index])
            start = index + 1
        index += 1
    return [*parts, body[start:]]


def _detector_phrases() -> list[str]:
    from watcher.core.detect import _AGREED, _MEET_INVITATION

    return [alt for gated in (_MEET_INVITATION, _AGREED) for alt in _alternatives(gated.compiled.pattern)]


@pytest.mark.parametrize("phrase", _detector_phrases())
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_the_sieve_reads_every_invitation_to_meet_the_detector_reads(phrase, data):
    """A job word counts beside the detector's invitation to meet or agreement to a time (detect.py), so the
    sieve's copy (sieve._MEETING) must match whatever those match, also across a line break or a quote mark."""
    from watcher.sources.sieve import _MEETING

    text = data.draw(st.from_regex(rf"\A(?:{phrase})\Z"))
    for written in (text, text.replace(" ", "\n> ")):
        assert _MEETING.search(f"thanks, {written}.".encode().lower()), written


def _news_phrases() -> list[str]:
    from watcher.core.outcomes import _NEXT_ROUND, _OFFER, _REJECTED

    return [alt for gated in (_REJECTED, _OFFER, _NEXT_ROUND) for alt in _alternatives(gated.compiled.pattern)]


@pytest.mark.parametrize("phrase", _news_phrases())
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_news_hints_cover_every_phrase_of_news(phrase, data):
    """Every phrase outcomes.py reads as news holds one of the sieve's quick hints (sieve._NEWS_HINTS)."""
    from watcher.sources.sieve import _NEWS_HINTS

    text = data.draw(st.from_regex(rf"(?i)\A(?:{phrase})\Z"))
    assert any(hint in f" {text} ".lower().encode() for hint in _NEWS_HINTS), text


_BULK_HEADERS = b"List-Unsubscribe: <mailto:leave@ats.example>\nList-Id: <jobs.ats.example>\nPrecedence: bulk\n"


@pytest.mark.parametrize("folder", [*TUNING_CORPORA, "data/realworld"])
def test_bulk_headers_never_drop_what_the_service_acts_on(folder):
    """Recruiting systems (Greenhouse, Lever, Workable...) put List-Unsubscribe on real invitations: the sieve
    reads bulk mail more strictly, yet every message the service acts on still passes with those headers."""
    paths = sorted((TESTS / folder).glob("*.eml"))
    needed = [p for p in paths if parser_needs_it(p.read_bytes())]
    dropped = []
    for path in needed:
        raw = path.read_bytes()
        newline = b"\r\n" if b"\r\n" in raw[:2000] else b"\n"
        bulk = _BULK_HEADERS.replace(b"\n", newline) + raw
        assert _bulk(_head(bulk))  # it reads as bulk mail
        sieve = make_sieve(CORE_TERMS, THREAD_TERMS, JOB_TERMS)
        if news_only(raw):
            sieve = after_its_invitation(sieve, raw)
        if not sieve(bulk):
            dropped.append(path.name)
    assert dropped == []


def test_bulk_mail_needs_more_than_a_job_word_beside_an_agreement():
    """A list's "the role of the scheduler ... sounds good" is no job conversation; the same words in a
    person's mail are let through (the detector may read them as an agreed time)."""
    mail = message("Re: scheduler design")
    mail.set_content("The role of the scheduler is settled. Sounds good, all set for the release.")
    assert SIEVE(mail.as_bytes())
    mail["List-Id"] = "<dev.project.example>"
    assert not SIEVE(mail.as_bytes())
    invitation = message("Your application")
    invitation["List-Unsubscribe"] = "<mailto:leave@ats.example>"
    invitation.set_content("Thanks for applying to the analyst position. Could you come in on Thursday to meet us?")
    assert SIEVE(invitation.as_bytes())
