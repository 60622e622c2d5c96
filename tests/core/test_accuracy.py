"""The accuracy targets of issue 3, computed by bench/accuracy.py over the labelled corpora (speed is measured
by the benchmark itself, never here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.accuracy import CORPUS, REALWORLD, TARGETS, evaluate_corpus, evaluate_realworld
from tests.paths import TESTS

HOLDOUT = TESTS / "corpus_holdout"
PEOPLE = TESTS / "corpus_people"
THREADS = TESTS / "corpus_threads"
PLAIN = TESTS / "corpus_plain"
PRODUCTS2 = TESTS / "corpus_products2"
PRODUCTS3 = TESTS / "corpus_products3"
HUMAN2 = TESTS / "corpus_human2"
HUMAN3 = TESTS / "corpus_human3"
HUMAN4 = TESTS / "corpus_human4"
HUMAN5 = TESTS / "corpus_human5"


@pytest.mark.parametrize("folder", [CORPUS, HOLDOUT, PEOPLE, THREADS], ids=["corpus", "holdout", "people", "threads"])
def test_accuracy_targets(folder: Path) -> None:
    report = evaluate_corpus(folder)
    figures = report.figures()
    missed = {k: round(figures[k], 3) for k, target in TARGETS.items() if figures[k] < target}
    assert not missed, (missed, report.failures)


def test_invitations_without_the_word_interview_are_found_and_near_misses_are_not() -> None:
    """tests/corpus_plain (issue 19): detection, times and interviewers hold the targets (the campus-visit
    itinerary of single start times included)."""
    report = evaluate_corpus(PLAIN)
    figures = report.figures()
    missed = {k: round(figures[k], 3) for k, target in TARGETS.items() if figures[k] < target}
    assert not missed, (missed, report.failures)


def test_realworld_calendar_files_are_ordinary_events_with_their_own_times() -> None:
    count, failures = evaluate_realworld(REALWORLD)
    assert count == 40
    assert failures == []


def test_relayed_forwarded_and_copied_mail_names_the_employer_and_its_interviewers() -> None:
    """Issue 11: every interview in tests/corpus_people has the company and the interviewer addresses right."""
    report = evaluate_corpus(PEOPLE)
    figures = report.figures()
    assert (figures["company_exact"], figures["interviewers_exact"]) == (1.0, 1.0), report.failures
    assert figures["outcome_match"] == 1.0, report.failures


def _holds(folder: Path, floors: dict[str, float]) -> None:
    """Every figure of a labelled set at or above its floor; the failures are printed when one is not."""
    report = evaluate_corpus(folder)
    figures = report.figures()
    missed = {k: round(figures[k], 3) for k, floor in floors.items() if figures[k] < floor}
    assert not missed, (missed, report.failures)


def test_mail_rendered_from_recruiting_and_scheduling_products_templates_holds_its_figures() -> None:
    """tests/corpus_products2 (issue 11): Odoo, Frappe HRMS, Cal.com, Easy!Appointments and Nextcloud mail. Every
    outcome is read, nothing is taken for an interview that is none; what is left is listed in its README."""
    _holds(
        PRODUCTS2,
        {
            "precision": 1.0,
            "recall": 0.9,
            "start_exact": 0.87,
            "end_exact": 0.87,
            "interviewers_exact": 0.81,
            "company_exact": 0.87,
            "outcome_match": 1.0,
        },
    )


def test_calendar_crm_tracker_and_booking_mail_in_products_layouts_holds_its_figures() -> None:
    """tests/corpus_products3 (issue 11): Google Calendar, Outlook/Teams, SuiteCRM, OpenCATS, recruiting systems'
    column tables, Calendly lists, agency forwards and panels in Cc. Every outcome is read, nothing is taken for
    an interview that is none; what is left is listed in its README."""
    _holds(
        PRODUCTS3,
        {
            "precision": 1.0,
            "recall": 0.97,
            "start_exact": 0.97,
            "end_exact": 0.97,
            "interviewers_exact": 0.95,
            "company_exact": 0.95,
            "outcome_match": 1.0,
        },
    )


def test_mail_people_write_by_hand_is_read_and_the_hiring_side_is_not_taken_for_the_users_interview() -> None:
    """tests/corpus_human2 (issue 19): shops, clinics, schools, universities, agencies and hiring managers writing
    plain text in Outlook, Gmail, Lotus, Eudora and Pine threads. No schedule sent to the people who interview, no
    unconfirmed proposal, press, exit or mock interview is taken for the user's own; what is left is in its README."""
    _holds(
        HUMAN2,
        {
            "precision": 1.0,
            "recall": 0.88,
            "start_exact": 0.88,
            "end_exact": 0.95,
            "interviewers_exact": 0.86,
            "outcome_match": 1.0,
        },
    )


def test_replies_confirming_the_users_own_times_and_plain_confirmations_are_read() -> None:
    """tests/corpus_human3 (issue 19, round 8): a short yes over the user's quoted proposal in English, German,
    French and Spanish, hiring managers confirming in plain text, forwards, prose zones, a visit itinerary; the
    hiring side, pending options and outcomes among the near-misses. What is left is in its README."""
    _holds(
        HUMAN3,
        {
            "precision": 1.0,
            "recall": 0.85,
            "start_exact": 0.85,
            "end_exact": 0.75,
            "interviewers_exact": 0.8,
            "company_match": 0.85,
            "outcome_match": 0.8,
        },
    )


def test_mail_laid_out_as_people_lay_it_out_is_read() -> None:
    """tests/corpus_human4 (issue 19, round 8): the same situations in the habits of real mail: answers between
    quoted questions, Outlook replies without an "Original Message" line, attributions wrapped in two, shouting,
    "1430" and "14.30", lengths and dates broken by the wrapping, template entities left in plain text, a friend
    forwarding their own invitation. What is left is in its README."""
    _holds(
        HUMAN4,
        {
            "precision": 1.0,
            "recall": 0.87,
            "start_exact": 0.87,
            "end_exact": 0.9,
            "interviewers_exact": 0.8,
            "company_match": 0.65,
            "outcome_match": 1.0,
        },
    )


def test_office_and_foreign_mail_layouts_are_read() -> None:
    """tests/corpus_human5 (issue 19, round 8): Outlook text converted from HTML, German/French/Spanish/Dutch reply
    headers, day-first dates from the UK and Australia, times abroad, long signatures with office hours and legal
    notices; the hiring side in German, a recruiter's pencilled-in slot, a friend's forwarded invitation."""
    _holds(
        HUMAN5,
        {
            "precision": 1.0,
            "recall": 0.9,
            "start_exact": 0.85,
            "end_exact": 0.85,
            "interviewers_exact": 0.85,
            "company_match": 0.7,
        },
    )
