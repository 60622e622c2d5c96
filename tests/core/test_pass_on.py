"""Interviewers known only by name (issue 12): the person who arranged the interview is asked to pass the
thanks on, in the draft's language, instead of being thanked for a conversation they did not have."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from watcher.core.drafts import Author, LanguageChoice, render_draft
from watcher.core.policy import Policy, plan
from watcher.model import EndSource, Interview, Kind, Person
from watcher.templating import template_environment

NY = ZoneInfo("America/New_York")
DANA = Person("Dana Whitfield", "dana@northwind.example")
PRIYA = Person("Priya Raman", "priya@northwind.example")


def interview(**kwargs) -> Interview:
    start = datetime(2026, 12, 3, 14, tzinfo=NY)
    values = dict(
        key="k",
        start=start,
        end=start + timedelta(hours=1),
        end_source=EndSource.TEXT,
        subject="Interview scheduling",
        company="Northwind",
        role="Backend Engineer",
        interviewers=(DANA,),  # the coordinator stands in when no interviewer has an address
        organizer=DANA,
        coordinator=DANA,
        unaddressed=("Sam Ortiz",),
        message_id="m@northwind.example",
    )
    values.update(kwargs)
    return Interview(**values)


def thank_yous(i: Interview) -> list:
    return [f for f in plan(i, Policy(), NY) if f.kind is Kind.THANK_YOU]


def body(i: Interview, followup, language: str = "en", informal: bool = False) -> str:
    message = render_draft(
        followup, i, Author("Jordan Lee", "jordan@example.com"), template_environment(), timezone=NY,
        now=datetime.now(UTC), choice=LanguageChoice(language, informal, ""),
    )  # fmt: skip
    return message.get_body(("plain",)).get_content()


def test_the_coordinator_is_asked_to_pass_the_thanks_on_instead_of_thanked_for_a_talk():
    i = interview()
    (draft,) = thank_yous(i)
    assert [p.email for p in draft.recipients] == [DANA.email]
    assert draft.pass_on == ("Sam Ortiz",)
    text = body(i, draft)
    assert text.startswith("Hi Dana,\n\nThank you for arranging my interview on Thursday, December 3")
    assert "I enjoyed speaking with Sam Ortiz" in text
    assert "Could you pass my thanks on to Sam?" in text
    assert "taking the time to speak with me" not in text


def test_with_some_addresses_each_addressed_interviewer_is_thanked_and_the_coordinator_passes_on_the_rest():
    i = interview(interviewers=(PRIYA,), unaddressed=("Sam Ortiz", "Lee Park"))
    drafts = {tuple(p.email for p in f.recipients): f for f in thank_yous(i)}
    assert set(drafts) == {(PRIYA.email,), (DANA.email,)}
    assert drafts[(PRIYA.email,)].pass_on == ()
    assert "taking the time to speak with me" in body(i, drafts[(PRIYA.email,)])
    assert drafts[(DANA.email,)].pass_on == ("Sam Ortiz", "Lee Park")
    assert "Could you pass my thanks on to Sam and Lee?" in body(i, drafts[(DANA.email,)])
    assert drafts[(DANA.email,)].id != drafts[(PRIYA.email,)].id


def test_without_anyone_who_arranged_it_nobody_is_asked():
    i = interview(interviewers=(PRIYA,), coordinator=None)
    assert [f.pass_on for f in thank_yous(i)] == [()]


@pytest.mark.parametrize(
    ("language", "informal", "wanted"),
    [
        ("de", False, "Würden Sie Sam Ortiz bitte meinen herzlichen Dank ausrichten?"),
        ("de", True, "Würdest du Sam Ortiz bitte meinen herzlichen Dank ausrichten?"),
        ("fr", False, "Pourriez-vous transmettre mes remerciements à Sam Ortiz ?"),
        ("es", False, "¿Podría transmitir mi agradecimiento a Sam Ortiz?"),
    ],
)
def test_the_request_is_written_in_the_drafts_language(language, informal, wanted):
    i = interview()
    (draft,) = thank_yous(i)
    text = body(i, draft, language, informal)
    assert wanted in text
    assert "[[" in text and "\n\n\n" not in text
