"""detect.py + the time gate in understand.py: which messages are the user's confirmed job interviews."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.core import detect
from watcher.core.understand import Context, understand_message
from watcher.model import Message, Person

NY = ZoneInfo("America/New_York")
USER = Person("Jordan Lee", "jordan.lee@example.net")
CTX = Context(user_addresses=frozenset({USER.email}), timezone=NY, default_length=timedelta(hours=1))
SENT = datetime(2026, 3, 2, 10, 0, tzinfo=NY)


def message(subject: str, text: str, *, sender: Person | None = None, to=(USER,), cc=()) -> Message:
    return Message(
        message_id="m1@example.com",
        subject=subject,
        sender=sender or Person("Maya Brooks", "maya.brooks@tessellate.io"),
        to=tuple(to),
        cc=tuple(cc),
        date=SENT,
        text=text,
    )


def verdict(subject: str, text: str, **kw):
    return understand_message(message(subject, text, **kw), CTX).verdict


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Interview confirmation - Senior Data Engineer",
            "Hi Jordan,\n\nConfirming Tuesday, March 3 at 2:00 PM EST for 45 minutes with Dana and Lee.\n\n"
            "Maya Brooks | Technical Recruiter",
        ),
        (
            "Phone screen - UX Designer",
            "Thank you for your interest in the UX Designer role. I have you down for Friday 3/6 at 4pm EST. "
            "I'll call you.\n\nJamie Fox\nTalent Acquisition Specialist",
        ),
        (
            "Einladung zum Vorstellungsgespräch",
            "Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen.\n"
            "Termin: Donnerstag, 12. März 2026, 09:30 – 10:30 Uhr (MEZ)",
        ),
        (
            "Confirmation de votre entretien",
            "Je vous confirme notre entretien le mardi 3 mars à 14h00 (heure de Paris).",
        ),
        (
            "Entrevista - Diseñadora de Producto",
            "Te confirmamos la entrevista para el puesto de Diseñadora el martes 3 de marzo a las 14:00 "
            "(hora de Madrid).",
        ),
        (
            "Re: Backend engineer role",
            "Would be great to chat tomorrow at 10am about the role. I'll call you, should take ~30 min.\n\nRavi",
        ),
        # A printing press is a machine, not the media.
        (
            "press operator",
            "Hi Jordan,\n\nConfirming your interview for the press operator job on Thursday, March 5 at 2:00 PM.",
        ),
    ],
)
def test_confirmed_interviews(subject: str, text: str) -> None:
    result = verdict(subject, text)
    assert result.is_interview, result.evidence
    assert any("confirmed time" in line for line in result.evidence)


@pytest.mark.parametrize(
    ("subject", "text", "why"),
    [
        (
            "5 questions to ask at the end of your interview",
            "Your interview is Tuesday at 2 PM. Here's your prep plan. Read more. Unsubscribe | Manage preferences",
            "a newsletter",
        ),
        (
            "Data engineer: 8 new jobs",
            "Your job alert for data engineer. Interview process: 3 stages. View job",
            "a job alert",
        ),
        (
            "Thank you for applying",
            "We've received your application and will reach out to schedule an interview.",
            "an application receipt",
        ),
        (
            "Your application",
            "Thank you for interviewing on March 3 at 2pm. Unfortunately we decided to move forward "
            "with another candidate.",
            "a rejection",
        ),
        (
            "Offer - Senior Data Engineer",
            "We'd like to extend you an offer! Let's set up a call tomorrow at 10am to walk you through it.",
            "an offer",
        ),
        (
            "Next steps",
            "We'd like to schedule a 60-minute interview. Could you share your availability for next week?",
            "asks for availability",
        ),
        (
            "Next steps - Acme",
            "The team enjoyed your recruiter screen! Anything Monday through Thursday between 10am "
            "and 5pm ET works on our side; I'll get it booked.",
            "no confirmed date and time",
        ),
        (
            "Podcast interview invitation",
            "We'd love to interview you for our podcast on March 3 at 2pm ET - a 45-minute recorded episode.",
            "press or media",
        ),
        (
            "Share your feedback in a 30-min interview ($75 gift card)",
            "Join a research interview on March 10 at 1pm ET with our UX research team.",
            "research, practice or informational",
        ),
        (
            "Exit Interview - Jordan Lee",
            "As part of your offboarding, HR conducts an exit interview on Friday, March 6 at 3pm.",
            "an exit interview",
        ),
        (
            "Interview Invitation - Virtual Assistant",
            "Your interview is on Friday, March 6 at 11:00 AM EST via WhatsApp "
            "(text interview). Successful candidates receive a check to purchase equipment.",
            "scam signs",
        ),
        (
            "Interviewer reminder: Sam Ortiz - tomorrow 2:00 PM",
            "Reminder: you are interviewing Sam Ortiz tomorrow.\n"
            "Tuesday, March 3, 2026\n2:00 PM - 2:45 PM EDT\nInterview kit and scorecard in Greenhouse.",
            "the user is the interviewer",
        ),
        (
            "Your co-op board interview",
            "Your co-op board interview is scheduled for Wednesday, March 4 at 7:30 PM.",
            "an interview that is not for a job",
        ),
        (
            "Mastering the Behavioral Interview",
            "Thank you for registering for our webinar on March 24, 2026 12:00 PM Eastern Time.",
            "a webinar or event",
        ),
        (
            "Walk-in interviews this Saturday!",
            "Join our hiring day: walk-in interviews Saturday, March 7, 9am-3pm. No appointment needed.",
            "a webinar or event",
        ),
        (
            "Team meeting",
            "Hi all, let's meet Thursday at 2 to go over the hiring plan for the open analyst role.\nDeb",
            "written to a group",
        ),
        (
            "Demande d'interview",
            "Je suis journaliste. Seriez-vous disponible pour une interview le jeudi 12 mars à 15h (heure de Paris) ?",
            "press",
        ),
    ],
)
def test_near_misses(subject: str, text: str, why: str) -> None:
    result = verdict(subject, text)
    assert not result.is_interview, result.evidence
    assert any(why in line for line in result.evidence), result.evidence


def test_sent_by_the_user_is_not_an_invitation() -> None:
    result = verdict(
        "Thank you - Senior Data Engineer interview",
        "Hi Dana, thank you for the interview this afternoon about the Senior Data Engineer role.",
        sender=USER,
        to=(Person("Dana Whitfield", "dana@tessellate.io"),),
    )
    assert not result.is_interview
    assert "-6 sent by the user" in result.evidence


def test_an_interview_named_after_another_candidate_is_not_the_users() -> None:
    result = verdict(
        "Invitation: Interview - Dev Patel (Senior Data Engineer) @ Wed Mar 11, 2026 2pm - 3pm (EST)",
        "Candidate: Dev Patel\nINTERVIEWERS: Jordan Lee, Nikhil Batra\nWednesday, March 11, 2026 2pm - 3pm",
        sender=Person("Rosa Kim", "rosa.kim@harbormetrics.com"),
    )
    assert not result.is_interview
    assert "-10 the candidate is someone else" in result.evidence


def test_a_positive_verdict_needs_a_core_term() -> None:
    # Strong scheduling words but nothing about hiring: not an interview, whatever the score.
    result = verdict("Confirmed: call on Tuesday", "Confirming Tuesday, March 3 at 2:00 PM EST for 45 minutes.")
    assert not result.is_interview
    assert "no interview term" in result.evidence


_WORDS = st.sampled_from(
    [
        "confirmed",
        "scheduled",
        "tuesday",
        "march",
        "3",
        "at",
        "2:00",
        "pm",
        "est",
        "for",
        "45",
        "minutes",
        "with",
        "dana",
        "and",
        "lee",
        "zoom",
        "link",
        "looking",
        "forward",
        "meeting",
        "chat",
        "call",
        "team",
        "the",
        "your",
        "booked",
        "calendar",
        "invite",
        "agenda",
        "thursday",
        "10am",
        "et",
        "call",
        "me",
        "see",
        "you",
        "soon",
        "project",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=60), st.lists(_WORDS, max_size=8))
def test_nothing_without_a_core_term_is_ever_an_interview(body: list[str], subject: list[str]) -> None:
    """The IMAP pre-filter only fetches messages containing a CORE_TERM, so the detector must never accept
    one without: otherwise a message found in a Maildir would be missed on IMAP."""
    text, title = " ".join(body), " ".join(subject)
    assert not detect.has_core_term(f"{title}\n{text}")
    assert not verdict(title, text).is_interview


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(_WORDS, st.sampled_from(["position", "role", "application", "resume", "the"])), max_size=60),
    st.lists(st.one_of(_WORDS, st.sampled_from(["position", "role", "opening"])), max_size=8),
)
def test_words_about_a_job_without_an_invitation_to_meet_are_no_interview(body: list[str], subject: list[str]) -> None:
    """The job terms ("position", "role", "application") reach the detector as core terms only with an
    invitation to meet: a confirmed call that mentions the role is not enough."""
    text, title = " ".join(body), " ".join(subject)
    assert not verdict(title, text).is_interview


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Thanks for your CV",
            "I'd love for you to come by our office on Thursday, March 12 at 10:00 AM to meet "
            "the team and talk about the position. Plan for about an hour.",
        ),
        (
            "Meeting with our CEO - Chief of Staff role",
            "Dana would like to sit down with you to discuss the role. "
            "I have reserved Wednesday, March 11 at 3:30 PM ET in her office.",
        ),
        (
            "Ihre Bewerbung",
            "Wir möchten Sie gern persönlich kennenlernen: am Donnerstag, 12. März 2026, um 14:00 Uhr in unserem Büro.",
        ),
        (
            "Votre candidature",
            "Nous aimerions vous rencontrer le jeudi 12 mars à 10h30 dans nos locaux pour parler du poste.",
        ),
        ("Tu postulación", "Te agendé una charla el jueves 12 de marzo a las 16:00 para platicar sobre el puesto."),
        ("Re: Application - Senior Analyst", "Tuesday, March 10 at 3pm works, see you then!"),
    ],
)
def test_an_invitation_to_meet_about_the_job_needs_no_interview_word(subject: str, text: str) -> None:
    result = verdict(subject, text)
    assert result.is_interview, result.evidence
    assert detect.INVITED_TO_MEET in result.evidence


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Thursday", "Could you come in Thursday, March 12 at 10 to meet the team and go over the Q1 budget?"),
        (
            "Your demo is confirmed",
            "Thanks for your interest in our recruiting platform. Your demo is confirmed for "
            "Tuesday, March 10 at 2:00 PM ET; I'll show your hiring team how to post an opening.",
        ),
        (
            "Candidate for the designer position",
            "Ana Ruiz, the candidate for the designer position, can come in Thursday, March 12 at 10 to meet the team.",
        ),
        (
            "Issue 48",
            "When a hiring manager says come in Thursday to meet the team, talk about the position. "
            "Live Q&A: Wednesday, March 11 at 1:00 PM ET. Unsubscribe",
        ),
        (
            "Your rental application",
            "Your rental application was approved! Please stop by the office Monday, March 9 at 2pm to sign the lease.",
        ),
        (
            "Loan application",
            "Thanks for your loan application. Please come in Tuesday, March 10 at 10:00 AM to meet our loan officer.",
        ),
        (
            "Your application to the MBA program",
            "The admissions committee would like to meet you on Monday, March 9 at 3pm.",
        ),
        ("Position paper", "Can we meet Tuesday, March 10 at 2pm to go over the position paper with the team?"),
        ("Re: Q1 roadmap", "Tuesday 3pm works, see you then!"),
    ],
)
def test_meeting_words_without_the_users_job_stay_no_interview(subject: str, text: str) -> None:
    result = verdict(subject, text)
    assert not result.is_interview, result.evidence
