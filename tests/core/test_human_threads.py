"""Issue 19 and issue 11 (precision, times): mail written by people — quotes, forwards, prose zones, which side
the user is on. The labelled examples live in tests/corpus_threads/ and are scored by bench/accuracy.py."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from watcher.core import layout, when, zones
from watcher.core.understand import Context, understand_message
from watcher.model import Message, Person
from watcher.sources import Incoming

NY = ZoneInfo("America/New_York")
USER = Person("Jordan Lee", "jordan.lee@example.net")
CTX = Context(user_addresses=frozenset({USER.email}), timezone=NY, default_length=timedelta(hours=1))
TUESDAY = datetime(2026, 12, 1, 10, 0, tzinfo=NY)


def start(text: str, subject: str = "", sent: datetime = TUESDAY, **kw) -> str | None:
    found = when.find(text, subject, sent, NY, **kw)
    return found.start.isoformat() if found else None


def understand(subject: str, text: str, sender: Person, *, ctx: Context = CTX, sent: datetime = TUESDAY):
    msg = Message(message_id="m@x", subject=subject, sender=sender, to=(USER,), date=sent, text=text)
    return understand_message(msg, ctx)


LOTUS = """Priya,

FYI below.

---------------------- Forwarded by Shirley Crenshaw/HOU/NG on 11/30/2026 03:22 PM ---------------------------


Vince Kaminski
11/30/2026 02:10 PM
To: Shirley Crenshaw/HOU/NG@NG
cc:
Subject: interview

Please find a time next week.
"""


def test_lotus_notes_forward_header_lines_are_headers_not_text() -> None:
    parts = layout.split(LOTUS, "Fw: interview")
    headers = [line.text for line in parts.lines if line.kind == layout.HEADER]
    assert any("Forwarded by" in h for h in headers)
    assert "11/30/2026 02:10 PM" in headers
    assert "Please find a time next week." in parts.primary
    assert start(LOTUS, "Fw: interview") is None


def test_header_lines_inside_a_quote_are_never_times() -> None:
    text = (
        "Thanks, I will get back to you.\n\n"
        "> -----Original Message-----\n> From: Ann <ann@harborline.com>\n"
        "> Sent: Monday, November 30, 2026 4:05 PM\n> Subject: Interview\n>\n> Hi!\n"
    )
    assert start(text, "RE: Interview") is None
    assert not any("Sent:" in line.text for line in layout.split(text).lines if line.kind == layout.QUOTED)


def test_the_new_text_wins_over_the_quoted_thread_and_city_time_is_a_zone() -> None:
    text = (
        "Let's confirm: Wednesday, December 9 - 1:00 PM Houston time.\n\n"
        "-----Original Message-----\nFrom: Priya <priya@example.org>\nSent: Tuesday, December 01, 2026 3:22 PM\n"
        "To: Marta\nSubject: RE: Phone interview\n\nI could do Thursday at 1:00 pm your time.\n"
    )
    assert start(text, "RE: Phone interview") == "2026-12-09T13:00:00-06:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Confirmed for Tuesday, December 8 at 10:00 am Phoenix time.", "2026-12-08T10:00:00-07:00"),
        ("Confirmed for Tuesday, December 8 at 23:30 Tokyo local time.", "2026-12-08T23:30:00+09:00"),
        ("Confirmed for Tuesday, December 8 at 9:30 am your time.", "2026-12-08T09:30:00-05:00"),
        ("Confirmed: Wednesday 16 December 2026, 14:00 (W. Europe Standard Time).", "2026-12-16T14:00:00+01:00"),
        ("Your screen is set for Tuesday 12/8, 2-3pm PT.", "2026-12-08T14:00:00-08:00"),
        ("Your onsite is at our Denver office on Wednesday, December 9 at 9:30 AM.", "2026-12-09T09:30:00-07:00"),
        (
            "Das Gespräch ist am Donnerstag, 10.12.2026, um 14 Uhr in unserem Münchner Büro.",
            "2026-12-10T14:00:00+01:00",
        ),
        (
            "When: Thursday, December 10, 2026 2:00 PM-3:00 PM. (UTC-06:00) Central Time (US & Canada)",
            "2026-12-10T14:00:00-06:00",
        ),
    ],
)
def test_zones_written_in_prose(text: str, expected: str) -> None:
    assert start(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Gespräch ist am Donnerstag, 10. Dezember, um 15 Uhr unserer Zeit.", "2026-12-10T15:00:00+01:00"),
        ("Das Interview ist am Donnerstag, 10. Dezember, um 15 Uhr Ortszeit Zürich.", "2026-12-10T15:00:00+01:00"),
        ("Nous confirmons l'entretien le jeudi 10 décembre à 10h, heure de Lyon.", "2026-12-10T10:00:00+01:00"),
        ("Confirmamos la entrevista el jueves 10 de diciembre a las 10:00, tu hora.", "2026-12-10T10:00:00-05:00"),
    ],
)
def test_zones_in_prose_in_german_french_spanish(text: str, expected: str) -> None:
    assert start(text, sender_tz=ZoneInfo("Europe/Berlin")) == expected


def test_our_time_is_the_senders_zone_and_unknown_without_one() -> None:
    text = "We'd like to invite you to an interview on Friday, December 11 at 4 pm our time."
    assert start(text, sender_tz=ZoneInfo("Europe/London")) == "2026-12-11T16:00:00+00:00"
    assert start(text) == "2026-12-11T16:00:00-05:00"  # nothing says where the sender is: the user's zone


def test_an_office_city_does_not_move_a_video_call() -> None:
    text = "Your video interview (Zoom) with our Denver office team is Wednesday, December 9 at 9:30 AM."
    assert start(text) == "2026-12-09T09:30:00-05:00"


def test_not_cities() -> None:
    assert zones.city_zone("Lunch") is None and zones.city_zone("Start") is None
    assert str(zones.city_zone("Houston")) == "America/Chicago"
    # Old tz aliases that are words of an address: "1400 Route 9 North", not Australia/North.
    assert zones.city_zone("North") is None and zones.city_zone("West") is None and zones.city_zone("ACT") is None


def test_day_in_the_subject_and_hour_in_the_body_are_one_meeting() -> None:
    body = "Just confirming we'll see you at 9 a.m. in the Mt. St. Helens room."
    assert start(body, "Interview Friday") == "2026-12-04T09:00:00-05:00"
    # an hour without am/pm counts when the sentence agrees to it
    assert start("10:30 is good. Come to the operations center and ask for me.", "RE: Interview Friday") == (
        "2026-12-04T10:30:00-05:00"
    )
    assert start("10:30 is when the office opens.", "RE: Interview Friday") is None


def test_a_reply_confirming_one_lettered_option() -> None:
    text = (
        "Perfect, you're confirmed for option B.\n\n"
        "On Thu, Dec 3, 2026 at 4:45 PM Dana <dana@brightloop.co> wrote:\n"
        "> Could you pick one of these?\n>\n"
        "> A) Wednesday, December 9, 11:00 AM ET\n> B) Thursday, December 10, 2:30 PM ET\n"
        "> C) Friday, December 11, 9:00 AM ET\n"
    )
    assert start(text, "Re: Interview times", datetime(2026, 12, 4, 11, 0, tzinfo=NY)) == "2026-12-10T14:30:00-05:00"


SLOTS = (
    "On Thu, Dec 3, 2026 at 4:45 PM Dana <dana@brightloop.co> wrote:\n"
    "> We'd like to schedule your interview. Could you do one of these (Eastern)?\n>\n"
    "> - Monday Dec 7 at 10am\n> - Tuesday Dec 8 at 3pm\n> - Wednesday Dec 9 at 1pm\n"
)


@pytest.mark.parametrize("reply", ["Wednesday works - you're all set, talk then!", "Great, Wednesday it is."])
def test_a_reply_taking_one_offered_day_confirms_that_days_slot(reply: str) -> None:
    sent = datetime(2026, 12, 4, 11, 0, tzinfo=NY)
    assert start(f"{reply}\n\n{SLOTS}", "Re: Interview times", sent) == "2026-12-09T13:00:00-05:00"


@pytest.mark.parametrize(
    "reply",
    [
        "Wednesday doesn't work on our side after all, sorry.",
        "Wednesday or Tuesday works, I will confirm tomorrow.",
        "Thanks! Friday works too if that is easier.",  # no slot was offered on a Friday
    ],
)
def test_a_reply_refusing_hedging_or_naming_no_offered_day_confirms_nothing(reply: str) -> None:
    sent = datetime(2026, 12, 4, 11, 0, tzinfo=NY)
    assert start(f"{reply}\n\n{SLOTS}", "Re: Interview times", sent) is None


def _reply(new_text: str, quoted: str) -> str:
    quote = "\n".join(f"> {line}" for line in quoted.splitlines())
    return f"{new_text}\n\nDana\n\nOn Fri, Dec 4, 2026 at 9:40 AM Jordan Lee <jordan.lee@example.net> wrote:\n{quote}\n"


@pytest.mark.parametrize(
    ("new_text", "quoted", "expected"),
    [
        ("Thu 2 it is. I'll send a Zoom link.", "I could do Thursday at 2pm or Friday at 10am.", "2026-12-10T14:00:00"),
        ("Thursday 2 works, talk then.", "I could do Thursday at 2pm or Friday at 10am.", "2026-12-10T14:00:00"),
        ("Let's say 1:30 then. Ask for me at the desk.", "Would Tuesday Dec 8 after 1 work?", "2026-12-08T13:30:00"),
        ("10am works - see you then.", "I'm free all of Tuesday the 8th, morning or afternoon.", "2026-12-08T10:00:00"),
        ("Perfect, I've put you down for 11 on Monday.", "Monday morning would be great.", "2026-12-07T11:00:00"),
        # several quoted days: the one written with the reply's hour (the user's counter-proposal, not the first ask)
        (
            "That works - see you at 11.",
            "I have an exam Tuesday morning. Would Wednesday the 9th at 11:00 work instead?\n> Could you come in"
            " Tuesday at 10:00?",
            "2026-12-09T11:00:00",
        ),
        (
            "Perfecto, quedamos el miércoles a las 11 (hora de Buenos Aires).",
            "Puedo el miércoles 9 a las 11.",
            "2026-12-09T11:00:00-03:00",
        ),
    ],
)
def test_the_organisers_short_answer_books_the_quoted_proposal(new_text: str, quoted: str, expected: str) -> None:
    found = start(_reply(new_text, quoted), "Re: Interview next week", datetime(2026, 12, 4, 11, 0, tzinfo=NY))
    assert found is not None and found.startswith(expected)


def test_a_short_answer_naming_the_office_books_the_quoted_slot_in_the_offices_zone() -> None:
    text = _reply(
        "Genial, nos vemos el jueves a las 10:00 en la oficina de Madrid.",
        "Hola Carmen, el jueves 10 a las 10:00 me va perfecto para la entrevista.",
    )
    found = start(text, "RE: Entrevista", datetime(2026, 12, 7, 3, 0, tzinfo=NY))
    assert found == "2026-12-10T10:00:00+01:00"


@pytest.mark.parametrize(
    "quoted",
    [
        "Would Tuesday Dec 8 or Wednesday Dec 9 after 1 work?",  # two days: the bare hour says which of neither
        "Would some time next week work?",  # no day at all
    ],
)
def test_a_bare_hour_agrees_to_no_day_unless_the_quote_names_exactly_one(quoted: str) -> None:
    text = _reply("Let's say 1:30 then.", quoted)
    assert start(text, "Re: Interview next week", datetime(2026, 12, 4, 11, 0, tzinfo=NY)) is None


def test_the_organiser_booking_the_slot_the_user_accepted_is_the_users_interview() -> None:
    organiser = Person("Tom Reyes", "tom.reyes@harborview.example")
    text = (
        "Great, Thursday at 2pm it is. Our COO, Dana Ortiz, will call you on your cell.\n\nTom\n\n"
        "On Wed, Dec 2, 2026 at 11:00 AM Jordan Lee <jordan.lee@example.net> wrote:\n"
        "> Hi Tom, Thursday at 2pm works for me for the interview. Looking forward to it!\n"
    )
    noon = datetime(2026, 12, 2, 12, 0, tzinfo=NY)
    result = understand("Re: Next steps", text, organiser, sent=noon)
    assert result.interview is not None, result.verdict.evidence
    assert result.interview.start.isoformat() == "2026-12-03T14:00:00-05:00"
    assert "Dana Ortiz" in result.interview.unaddressed
    colleague = text.replace("for the interview", "for the budget review").replace("Our COO, Dana Ortiz,", "Dana")
    assert understand("Re: Next steps", colleague, organiser, sent=noon).interview is None


def test_a_quoted_proposal_is_not_confirmed_by_a_reply_that_will_confirm_later() -> None:
    text = (
        "Thanks Priya, I'll check with the team and get back to you with a confirmed time.\n\n"
        "On Wed, Dec 2, 2026 at 6:14 PM Priya <priya.n@gmail.com> wrote:\n"
        "> I prefer Wednesday 12/9 at 11:00 am Pacific.\n"
    )
    assert start(text, "Re: Interview availability") is None


def test_a_free_mail_sender_whose_clock_is_abroad_writes_the_day_first_and_means_their_own_time() -> None:
    cafe = Person("Mia Tran", "mia.tran@gmail.com")
    text = (
        "Hi Jordan,\n\nThanks for dropping off your resume. Can you come in for a chat on 10/12 at 3pm? "
        "We're at 22 Chapel St, Windsor.\n\nCheers,\nMia\n"
    )
    melbourne = datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Australia/Melbourne"))
    result = understand("Interview for the barista job", text, cafe, sent=melbourne)
    assert result.interview is not None, result.verdict.evidence
    assert result.interview.start.isoformat() == "2026-12-10T15:00:00+11:00"
    tokyo = datetime(2026, 10, 7, 9, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # Japan writes the month first
    result = understand("Interview for the barista job", text, cafe, sent=tokyo)
    assert result.interview is not None and result.interview.start.date().isoformat() == "2026-10-12"


def test_an_interview_pushed_back_half_an_hour_is_at_its_new_time_and_that_is_no_length() -> None:
    text = "Quick change - we've pushed your interview back half an hour, so it's now 11:30 AM on Thursday."
    result = understand("Re: Interview Thursday", text, Person("Dana Whitfield", "dana@brightloop.example"))
    assert result.interview is not None, result.verdict.evidence
    assert result.interview.start.isoformat() == "2026-12-03T11:30:00-05:00"
    assert result.interview.end - result.interview.start == CTX.default_length


def test_a_temp_agencys_youre_confirmed_with_its_client_is_the_users_interview_with_the_client() -> None:
    agency = Person("Rita Gomez", "rita@keystonetemps.example")
    text = (
        "Hi Jordan,\n\nGreat news - you're confirmed with Lakeview Dental Group for the receptionist position on "
        "Wednesday at 10:30 am. Ask for Maria Soto at the front desk (88 Lake St).\n\nRita Gomez\nKeystone Temps\n"
    )
    result = understand("You're confirmed!", text, agency)
    assert result.interview is not None, result.verdict.evidence
    assert result.interview.start.isoformat() == "2026-12-02T10:30:00-05:00"
    assert result.interview.company == "Lakeview Dental Group"


def test_welcome_to_an_interview_invites() -> None:
    text = "Welcome to an interview at our Stockholm office on Thursday at 10:00. Ask for me at the reception."
    result = understand("Intervju", text, Person("Sara Lind", "sara.lind@nordvik.se"))
    assert result.interview is not None, result.verdict.evidence
    assert result.interview.start.isoformat() == "2026-12-03T10:00:00+01:00"


def test_day_first_from_a_phone_number_in_the_signature() -> None:
    sender = Person("Oliver Hughes", "oliver.hughes.recruits@gmail.com")
    text = "Your interview is confirmed for 02/03/2027 at 14:30 UK time.\n\nOliver Hughes\nRecruiter\n+44 7700 900123\n"
    result = understand("Interview", text, sender, sent=datetime(2027, 2, 1, 9, 0, tzinfo=NY))
    assert result.interview is not None
    assert result.interview.start.isoformat() == "2027-03-02T14:30:00+00:00"


@pytest.mark.parametrize(
    ("subject", "text", "why"),
    [
        (
            "Interview schedule - Jimmy Chen",
            "Jimmy Chen is coming in on Friday, December 4 for the analyst position.\n9:00 AM Andy to call Jimmy",
            "named in the third person",
        ),
        (
            "Interview on Tuesday",
            "You will interview Maria Lopez on Tuesday, December 8 at 2:00 PM (45 minutes).",
            "the user is the interviewer",
        ),
        (
            "Re: interview",
            "Thank you for the invitation to interview. I prefer Wednesday 12/9 at 11:00 am Pacific.",
            "written by a candidate",
        ),
        (
            "Declined: Phone interview with Dana",
            "Dana declined your booking.\nDate: Thursday, December 10, 2026\nTime: 2:00pm - 2:30pm (Eastern Time)",
            "declined",
        ),
        (
            "Thanks for covering Friday",
            "You're on the panel for Ana Silva's onsite on Friday, December 11 at 3:00 PM ET.",
            "the user is the interviewer",
        ),
        (
            "Job status updated: Interviewing",
            "Product Analyst at Brightloop\nStatus: Applied -> Interviewing\nInterview: Thu, Dec 10, 2026 2:30 PM",
            "tracker",
        ),
        (
            "Exit Interview",
            "We are sorry to see you go. Your exit interview is scheduled for Friday 12/4 at 3:00 in Room 1190 with "
            "Andrea Salinas of Human Resources.",
            "an exit interview",
        ),
        (
            "Luis Ortega - Thursday",
            "Please see Mr. Ortega's schedule below; you have him 10:15-11:00 in Room 1614. Interview guide attached."
            "\n\nThursday, December 3, 2026\n10:15 - 11:00    Jordan Lee    Room 1614",
            "the user is the interviewer",
        ),
        (
            "Campus information session",
            "Acme invites you to an information session on the Analyst Program.\n\nTuesday, December 8, 2026\n"
            "6:00 p.m. - 7:30 p.m.\nCareer Center, Room 210\n\nFirst-round interviews will be held on campus.",
            "a webinar or event",
        ),
        (
            "We received your interview availability",
            "Thank you for submitting your availability. We received: Tuesday, December 15, 10:00 AM ET. "
            "A coordinator will confirm your interview time within two business days.",
            "acknowledgement",
        ),
    ],
)
def test_not_the_users_interview(subject: str, text: str, why: str) -> None:
    result = understand(subject, text, Person("Beth Carter", "beth@pinegrove.example"))
    assert not result.verdict.is_interview, result.verdict.evidence
    assert any(why in line for line in result.verdict.evidence), result.verdict.evidence


def test_a_candidate_itinerary_is_the_users_interview() -> None:
    text = (
        "Here is your itinerary for Thursday, December 10 (all times Central).\n\n"
        "9:00 - 9:45 You will be interviewing with Dana Whitfield, Engineering Manager\n"
    )
    result = understand("Your onsite itinerary", text, Person("Kelsey", "kelsey@lumenrail.example"))
    assert result.interview is not None, result.verdict.evidence
    assert result.interview.start.isoformat() == "2026-12-10T09:00:00-06:00"


def test_a_schedule_for_the_user_by_honorific_and_family_name_is_the_users_interview() -> None:
    text = (
        "Dear Mr. Lee,\n\nPlease find below the interview schedule for Mr. Lee.\n\n"
        "Date: Thursday, December 10, 2026\nTime: 10:00 - 11:00 AM ET\nInterviewer: Beth Carter\n"
    )
    mine = understand("Interview schedule", text, Person("Beth Carter", "beth@pinegrove.example"))
    assert mine.interview is not None, mine.verdict.evidence
    other = understand(
        "Interview schedule", text.replace("Mr. Lee", "Ms. Okafor"), Person("Beth Carter", "beth@pinegrove.example")
    )
    assert not other.verdict.is_interview
    assert any("third person" in line for line in other.verdict.evidence), other.verdict.evidence


def test_a_visit_schedule_for_the_days_candidate_sent_to_the_committee_is_the_hiring_side() -> None:
    text = (
        "Hi all,\n\nHere is the schedule for Tuesday's candidate, Dr. Sarah Lin, for the assistant professor search:"
        "\n\n9:00-9:45   Meeting with the search committee (Jordan, Amy, Raj)\n10:00-10:45 Teaching demonstration\n"
        "\nJordan, could you pick her up from the hotel at 8:30?\n\nGreg"
    )
    chair = Person("Greg Tanaka", "gtanaka@pinefield.example")
    result = understand("Interview schedule - Tuesday", text, chair)
    assert result.interview is None
    assert any("third person" in line for line in result.verdict.evidence), result.verdict.evidence
    mine = (
        "Hi Jordan,\n\nHere is the schedule for your visit on Tuesday, December 8, for the assistant professor "
        "search:\n\n9:00-9:45   Meeting with the search committee\n10:00-10:45 Teaching demonstration\n\nGreg"
    )
    assert understand("Interview schedule - Tuesday", mine, chair).interview is not None


def test_mail_from_the_users_own_employer_is_the_hiring_side() -> None:
    ctx = Context(
        user_addresses=frozenset({USER.email, "jordan.lee@pinegrove.example"}),
        timezone=NY,
        default_length=CTX.default_length,
    )
    text = "Your interview is confirmed for Tuesday, December 8 at 2:00 PM ET with the platform team."
    colleague = understand("Interview Tuesday", text, Person("Beth Carter", "beth@pinegrove.example"), ctx=ctx)
    outsider = understand("Interview Tuesday", text, Person("Beth Carter", "beth@elsewhere.example"), ctx=ctx)
    assert not colleague.verdict.is_interview
    assert outsider.verdict.is_interview


def _mail(message_id: str, subject: str, body: str, date: str) -> bytes:
    return (
        f"From: Ann Kowalski <ann.kowalski@harborline.com>\nTo: Jordan Lee <jordan@example.test>\n"
        f"Subject: {subject}\nDate: {date}\nMessage-ID: <{message_id}>\nContent-Type: text/plain\n\n{body}\n"
    ).encode()


def test_a_cancellation_in_words_from_another_thread_cancels_the_interview_at_that_time(tmp_path) -> None:
    from tests.local import local_service

    service = local_service(tmp_path)
    try:
        invitation = _mail(
            "inv@harborline.com",
            "Interview with Harborline",
            "Hi Jordan, your interview with me is confirmed for Thursday, December 10, 2026 at 1:00 PM ET.",
            "Tue, 01 Dec 2026 09:00:00 -0500",
        )
        assert service.handle(Incoming("INBOX:1", invitation)).label == "new"
        cancellation = _mail(
            "cxl@scheduler.harborline.com",
            "Interview update",
            "Hi Jordan, your interview on Thursday, December 10, 2026 at 1:00 PM ET has been removed from the "
            "schedule. We apologise for the inconvenience.",
            "Wed, 02 Dec 2026 09:00:00 -0500",
        )
        outcome = service.handle(Incoming("INBOX:2", cancellation))
        assert outcome.label == "cancel"
        statuses = [record.status for record in service.store.interviews()]
        assert statuses == ["cancelled"]
    finally:
        service.close()


def test_a_cancellation_at_another_time_cancels_nothing(tmp_path) -> None:
    from tests.local import local_service

    service = local_service(tmp_path)
    try:
        service.handle(
            Incoming(
                "INBOX:1",
                _mail(
                    "inv2@harborline.com",
                    "Interview with Harborline",
                    "Hi Jordan, your interview is confirmed for Thursday, December 10, 2026 at 1:00 PM ET.",
                    "Tue, 01 Dec 2026 09:00:00 -0500",
                ),
            )
        )
        service.handle(
            Incoming(
                "INBOX:2",
                _mail(
                    "cxl2@harborline.com",
                    "Interview update",
                    "Hi Jordan, your interview on Friday, December 11, 2026 at 9:00 AM ET has been cancelled.",
                    "Wed, 02 Dec 2026 09:00:00 -0500",
                ),
            )
        )
        assert [record.status for record in service.store.interviews()] == ["active"]
    finally:
        service.close()


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        (
            "Interview on Tuesday",
            "Your interview is confirmed for Tuesday, December 8 at 2:00 PM ET. Mark Lee is coming in from Boston "
            "to meet you.",
        ),
        (
            "Interview update",
            "Good news: your application has moved to the interview stage! Your interview is scheduled for "
            "Tuesday, December 8 at 2:00 PM ET. Our coordinator will follow up with the video link.",
        ),
        (
            "Interview this week",
            "Your interview is confirmed for Thursday, December 3 at 11:00 AM ET, this week in our office.",
        ),
    ],
)
def test_interviews_that_mention_other_people_and_next_steps_stay_interviews(subject: str, text: str) -> None:
    result = understand(subject, text, Person("Dana Whitfield", "dana@brightloop.example"))
    assert result.verdict.is_interview, result.verdict.evidence


def test_offices_in_several_cities_name_no_zone() -> None:
    text = (
        "Your interview is confirmed for Tuesday, December 8 at 2:00 PM at our offices in London, New York and Berlin."
    )
    assert start(text) == "2026-12-08T14:00:00-05:00"


def test_thunderbird_forward_headers_start_with_the_subject() -> None:
    text = (
        "Jordan, see below.\n\n-------- Forwarded Message --------\nSubject: \tInterview\n"
        "Date: \tTue, 1 Dec 2026 15:22:00 -0500\nFrom: \tAnn <ann@harborline.com>\nTo: \tSam <sam@example.org>\n\n"
        "Hi, we'd like to interview Jordan next week; I'll send times.\n"
    )
    parts = layout.split(text, "Fwd: Interview")
    assert parts.forwarded and parts.forwarded[0].author is not None
    assert parts.forwarded[0].author.email == "ann@harborline.com"
    assert start(text, "Fwd: Interview") is None


def test_day_first_from_a_website_in_the_signature() -> None:
    sender = Person("Oliver Hughes", "oliver.hughes.recruits@gmail.com")
    text = "Your interview is confirmed for 02/03/2027 at 14:30 UK time.\n\nOliver Hughes\nwww.fernbridge.co.uk\n"
    result = understand("Interview", text, sender, sent=datetime(2027, 2, 1, 9, 0, tzinfo=NY))
    assert result.interview is not None
    assert result.interview.start.isoformat() == "2027-03-02T14:30:00+00:00"


# ---------------------------------------------------------------- round 7 (tests/corpus_human2)

SHOP = Person("Owen Tran", "owen@harborlinecabinets.com")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Please come in Thursday at half past ten to meet the team.", "2026-12-03T10:30:00-05:00"),
        ("Come by Thursday at quarter to three and ask for me.", "2026-12-03T14:45:00-05:00"),
        ("see you thurs at 4 then. come to the kitchen door", "2026-12-03T16:00:00-05:00"),
        ("Come by the shop tomorrow 2ish and we'll talk.", "2026-12-02T14:00:00-05:00"),
        ("We need to move your interview from Thursday to Friday at 9:30, same place.", "2026-12-04T09:30:00-05:00"),
    ],
)
def test_times_as_people_say_them_in_a_sentence_that_invites(text: str, expected: str) -> None:
    assert start(text) == expected


def test_a_question_with_directions_invites_and_one_without_only_asks() -> None:
    asked = "Are you free to come in Friday at 10?"
    assert start(asked) is None
    assert start(f"{asked} We're at 1120 Harbor Blvd, second floor.") == "2026-12-04T10:00:00-05:00"


def test_the_day_in_the_subject_joins_the_hour_of_an_inviting_sentence() -> None:
    assert start("We're all set. Come by at 11 and ask for me.", "Your interview on Friday") == (
        "2026-12-04T11:00:00-05:00"
    )


def test_an_organiser_still_checking_has_not_agreed() -> None:
    text = "Let me check with Maria whether Thursday at 3 works for her and I'll get back to you."
    assert start(text) is None


def test_eudora_and_pine_attributions_are_headers_not_times() -> None:
    text = (
        "Wednesday at 2:00 suits us fine. Come to the front desk.\n\n"
        "At 09:41 AM 11/30/2026, Jordan Lee wrote:\n>I could come in Wednesday afternoon.\n"
    )
    parts = layout.split(text, "Re: library assistant opening")
    assert "At 09:41 AM 11/30/2026, Jordan Lee wrote:" in [li.text for li in parts.lines if li.kind == layout.HEADER]
    assert start(text) == "2026-12-02T14:00:00-05:00"


def test_a_job_named_without_the_word_interview_beside_an_invitation_is_one() -> None:
    result = understand(
        "Estimator position",
        "Jordan,\n\nThanks for applying for the estimator position. Are you free to come in Friday at 10? "
        "We're at 1120 Harbor Blvd, second floor.\n\nOwen",
        SHOP,
    )
    assert result.interview is not None
    assert result.interview.start.isoformat() == "2026-12-04T10:00:00-05:00"
    counter = understand("counter job", "Come by the shop tomorrow 2ish and we'll talk about the counter job.", SHOP)
    assert counter.interview is not None


def test_an_agency_setting_someone_else_up_to_interview_with_the_user_is_the_hiring_side() -> None:
    agency = Person("Ellie Navarro", "ellie@summitstaffing.net")
    text = (
        "Hi Jordan,\n\nI've set up Kevin Marsh to come in to interview with you on Wednesday at 10am. Resume attached."
    )
    assert understand("Kevin Marsh - Wednesday", text, agency).interview is None
    mine = (
        "Rick,\n\nI've set up Jordan Lee to come in to interview with you on Wednesday at 10am.\n\nJordan - bring ID."
    )
    assert understand("Jordan Lee - Wednesday", mine, agency).interview is not None


def test_a_reporters_short_yes_over_a_press_request_is_no_job_interview() -> None:
    reporter = Person("Lisa Chen", "lchen@gazette.example")
    text = (
        "Tuesday at 10 works, see you then.\n\nLisa\n\n"
        "On Mon, Nov 30, 2026 at 9:00 AM Lisa Chen <lchen@gazette.example> wrote:\n"
        "> Would you be available for an interview with the Millbrook Gazette about the community garden?\n"
    )
    assert understand("Re: Gazette", text, reporter).interview is None
    store = Person("Wes Carver", "wes@mtnoutfitters.example")
    answer = (
        "Thursday at 10am is fine. I'll call your cell.\n\nWes\n\n"
        "On Mon, 30 Nov 2026, Jordan Lee wrote:\n\n> Would Thursday morning work for the phone interview?\n"
    )
    assert understand("Re: store manager", answer, store).interview is not None


def test_a_meeting_with_the_user_about_a_job_is_an_invitation_without_the_word_interview() -> None:
    shop = Person("Gus Moreno", "gus@spokeandchain.example")
    chat = understand(
        "tuesday", "Jordan - confirming our chat Tuesday at 9:30 at the shop about the mechanic job.", shop
    )
    assert chat.interview is not None and chat.interview.start.isoformat() == "2026-12-08T09:30:00-05:00"
    assistant = Person("Colette Park", "cpark@ardentbio.example")
    call = understand(
        "Call with Dr. Weiss",
        "Dear Jordan,\n\nDr. Weiss will call you Thursday at 11 to discuss the VP of Operations role.\n\nColette",
        assistant,
    )
    assert call.interview is not None and call.interview.start.isoformat() == "2026-12-03T11:00:00-05:00"
    party = understand("Friday", "See you Friday at 7 at the party! Tell me about your new job then.", shop)
    assert party.interview is None


def test_a_company_written_with_an_ampersand_is_named_as_written() -> None:
    accountant = Person("Howard Lin", "hlin@linbrandtcpa.com")
    result = understand(
        "Friday",
        "Hi Jordan,\n\nWe'll see you Friday at 10 at our office about the staff accountant opening.\n\n"
        "Howard Lin, CPA\nLin & Brandt CPAs\n555-0177",
        accountant,
    )
    assert result.interview is not None and result.interview.company == "Lin & Brandt CPAs"


def _reply_over_users_proposal(text: str, attribution: str, proposal: str) -> str:
    return f"{text}\n\n{attribution}\n" + "\n".join(f"> {line}" for line in proposal.splitlines())


def test_a_short_yes_to_the_times_the_user_offered_for_their_interview_books_it() -> None:
    garage = Person("Kevin Tran", "kevin@tranmotors.example")
    text = _reply_over_users_proposal(
        "great, wednesday it is. 9am, ask for me at the counter",
        "On Dec 1, 2026, at 6:14 PM, Jordan Lee <jordan.lee@example.net> wrote:",
        "Hi Kevin, for the parts counter interview I could do Wednesday morning at 9 or Thursday after 2.",
    )
    result = understand("Re: parts counter", text, garage)
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-02T09:00:00-05:00"
    # The same yes from a friend over the user's own plans for after the interview is no invitation.
    friend = Person("Sam", "sam.friend@gmail.com")
    beer = _reply_over_users_proposal(
        "perfect, see you then!",
        "On Dec 1, 2026, at 6:14 PM, Jordan Lee <jordan.lee@example.net> wrote:",
        "My interview at Tran Motors is Wednesday at 9. Drinks after, Wednesday at 6?",
    )
    assert understand("Re: wednesday", beer, friend).interview is None


@pytest.mark.parametrize(
    ("reply", "attribution", "proposal", "expected"),
    [
        (
            "Gut, dann sprechen wir am Donnerstag um 15 Uhr per Telefon.",
            "Am Di., 1. Dez. 2026 um 10:12 Uhr schrieb Jordan Lee <jordan.lee@example.net>:",
            "vielen Dank für die Einladung zum Gespräch. Ich könnte am Donnerstag um 15 Uhr oder Freitag um 9 Uhr.",
            "2026-12-03T15:00:00+01:00",
        ),
        (
            "Parfait pour jeudi 10 h, je vous appelle.",
            "Le mar. 1 déc. 2026 à 10:12, Jordan Lee <jordan.lee@example.net> a écrit :",
            "Je suis disponible jeudi à 10 h ou vendredi à 14 h pour un entretien téléphonique.",
            "2026-12-03T10:00:00+01:00",
        ),
        (
            "Listo, quedamos el jueves a las 17 por videollamada.",
            "El mar, 1 dic 2026 a las 10:12, Jordan Lee (<jordan.lee@example.net>) escribió:",
            "Gracias por la entrevista propuesta. Puedo el jueves a las 17 o el viernes a las 10.",
            "2026-12-03T17:00:00+01:00",
        ),
    ],
)
def test_a_yes_in_german_french_or_spanish_to_the_users_times_books_it(
    reply: str, attribution: str, proposal: str, expected: str
) -> None:
    writer = Person("Anna Vogt", "anna@tischlerei-vogt.example")
    sent = datetime(2026, 12, 1, 11, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    result = understand("Re: Bewerbung", _reply_over_users_proposal(reply, attribution, proposal), writer, sent=sent)
    assert result.interview is not None
    assert result.interview.start == datetime.fromisoformat(expected)


@pytest.mark.parametrize(
    ("reply", "proposal", "expected"),
    [
        # "the 3rd floor" is where, not when: the day is the quoted Thursday's.
        ("2:30 works, see you then. We're on the 3rd floor.", "I'm available Thursday at 2:30.", "12-03T14:30"),
        ("Let's do the later one. Zoom link to follow.", "I'm free Friday the 4th at 10:00 or at 3:45.", "12-04T15:45"),
        ("Let's do the earlier one.", "I'm free Friday the 4th at 10:00 or at 3:45.", "12-04T10:00"),
        ("Great, I'll call you then!", "Tomorrow at 11 works for a phone call about the job.", "12-02T11:00"),
    ],
)
def test_a_reply_takes_the_time_the_user_offered(reply: str, proposal: str, expected: str) -> None:
    text = _reply_over_users_proposal(reply, "On Tue, Dec 1, 2026 at 8:02 AM Jordan Lee wrote:", proposal)
    assert start(text, "Re: receptionist role") == f"2026-{expected}:00-05:00"


def test_a_day_taken_from_slots_offered_by_weekday_books_that_slot() -> None:
    text = (
        "You're all set for Wednesday. Come to the office trailer by gate B.\n\n"
        "On Tue, Dec 1, 2026 at 9:05 AM Jordan Lee <jordan.lee@example.net> wrote:\n"
        "> Wednesday at 9:30 is best for me.\n>\n"
        "> On Mon, Nov 30, 2026 at 4:40 PM Nadia Brooks <nadia@tallgrass.example> wrote:\n"
        ">> I could meet Tuesday at 1, Wednesday at 9:30, or Thursday at 3. Let me know.\n"
    )
    assert start(text, "Re: greenhouse lead") == "2026-12-02T09:30:00-05:00"


def test_looking_forward_to_meeting_you_at_a_time_confirms_it() -> None:
    pool = Person("Irene Castro", "irene@bluefin.example")
    text = "Hi Jordan! Looking forward to meeting you tomorrow at 3 to talk about the swim instructor job."
    result = understand("tomorrow", text, pool)
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-02T15:00:00-05:00"


def test_a_confirmation_passed_along_below_books_its_time() -> None:
    text = (
        "Jordan - passing along Keisha's confirmation below so you have it.\n\nAshok\n\n"
        "-----Original Message-----\nFrom: Keisha Harlan <kharlan@corvid.example>\n"
        "Sent: Tuesday, December 1, 2026 3:22 PM\nTo: Ashok Menon <amenon@corvid.example>\n"
        "Subject: RE: Data analyst interview\n\n"
        "Ashok, I can do Thursday at 11:00 with Jordan Lee. 45 minutes should be enough.\n"
    )
    assert start(text, "RE: Data analyst interview") == "2026-12-03T11:00:00-05:00"
    # ... and whose confirmation it is interviews; the colleague passing it on does not.
    result = understand("RE: Data analyst interview", text, Person("Ashok Menon", "amenon@corvid.example"))
    assert result.interview is not None
    assert [p.email for p in result.interview.interviewers] == ["kharlan@corvid.example"]


def test_bring_your_drivers_license_is_no_scam_but_sending_a_photo_of_it_is() -> None:
    yard = Person("Pam Whitaker", "pam@whitakerlandscape.example")
    body = (
        "Hi Jordan,\n\nThanks for applying for the crew lead opening. We'd like to meet with you Wednesday at 2 at "
        "our yard, 1450 Route 9. {ask}\n\nPam"
    )
    bring = understand("Crew lead opening", body.format(ask="Bring a copy of your driver's license."), yard)
    assert bring.interview is not None and bring.interview.start.isoformat() == "2026-12-02T14:00:00-05:00"
    send = understand("Crew lead opening", body.format(ask="Email me a photo of your driver's license first."), yard)
    assert send.interview is None


def test_a_video_call_offered_with_a_colleague_joining_names_both() -> None:
    head = Person("Beat Kälin", "beat.kaelin@alpenrad.example")
    colleague = Person("Nora Egli", "nora.egli@alpenrad.example")
    text = (
        "Dear Jordan,\n\nThank you for your application. We would be glad to have a video call with you on "
        "Thursday, 3 December, at 17:00 Zurich time. My colleague Nora Egli, in copy, will also join.\n\nBeat Kälin"
    )
    msg = Message(
        message_id="m@x", subject="Your application - Product Owner", sender=head, to=(USER,), cc=(colleague,),
        date=TUESDAY, text=text,
    )  # fmt: skip
    interview = understand_message(msg, CTX).interview
    assert interview is not None and interview.start.isoformat() == "2026-12-03T17:00:00+01:00"
    assert {p.email for p in interview.interviewers} == {head.email, colleague.email}


def test_a_committee_schedule_for_a_finalist_is_the_hiring_side() -> None:
    chair = Person("Edith Warner", "ewarner@hollingsworth.example")
    text = (
        "Dear colleagues,\n\nOur second finalist, Dr. Ilan Moreau, visits on Monday. The job talk is at 3:30 in "
        "Keller 101. Jordan, you're also down for a one-on-one with him at 2:00.\n\nEdith"
    )
    assert understand("Second campus visit - Dr. Moreau", text, chair).interview is None


def test_lets_meet_at_a_time_to_go_over_the_job_is_an_invitation() -> None:
    store = Person("Becky Hale", "becky@halehardware.example")
    text = "Hi Jordan, great talking today. Let's meet tomorrow at 4 at the store to go over the assistant manager job."
    result = understand("Meeting tomorrow", text, store)
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-02T16:00:00-05:00"


def test_a_day_taken_from_bare_hours_offered_by_weekday_books_that_hour() -> None:
    text = _reply_over_users_proposal(
        "Friday works! Come to the back door.",
        "On Mon, Nov 30, 2026 at 4:10 PM Jordan Lee <jordan.lee@example.net> wrote:",
        "Hi Maria, I could come in Thursday at 10 or Friday at 2.",
    )
    assert start(text, "Re: bookkeeper position") == "2026-12-04T14:00:00-05:00"


@pytest.mark.parametrize("split", ["from 1:00 to\n2:00 pm", "from 1:00\nto 2:00 pm", "from 1:00 –\n2:00 pm"])
def test_a_range_the_wrapping_broke_after_its_to_keeps_its_end(split: str) -> None:
    text = f"This is to confirm your interview for the veterinary technician position on Monday, December 7 {split}."
    found = when.find(text, "Vet tech position", TUESDAY, NY)
    assert found is not None and found.end_stated
    assert (found.start.hour, found.sessions[-1].end.hour) == (13, 14)


@pytest.mark.parametrize(
    ("last_row", "ends"), [("Wrap-up with Prof. Redding", "16:00"), ("Coffee and campus tour", "15:30")]
)
def test_a_wrap_up_with_someone_ends_a_visit_and_a_tour_does_not(last_row: str, ends: str) -> None:
    text = (
        "Here is the schedule for your visit on Thursday, December 3.\n\n"
        " 9:15 - 10:00  Prof. Amos Redding (Hollis 214)\n"
        "10:00 - 10:45  Prof. Tamsin Lowe (Hollis 230)\n"
        " 2:30 - 3:30   Teaching demonstration, BIO 110\n"
        f" 3:30 - 4:00   {last_row}\n"
    )
    found = when.find(text, "Campus visit", TUESDAY, NY)
    assert found is not None and found.sessions[-1].end.strftime("%H:%M") == ends


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Panel interview",
            "You'll meet a panel on Friday, Dec 4 from 1 to 2pm: Raj, Emma and me.",
            ("12-04T13:00", "14:00"),
        ),
        (
            "Change of time",
            "We need to push your interview on Thursday from 2 to 3pm. Same place.",
            ("12-03T15:00", None),
        ),
        ("Change of time", "We've moved your interview on Thursday from 2pm to 3pm.", ("12-03T15:00", None)),
        ("Change of time", "We need to move your interview to Friday from 2 to 3pm.", ("12-04T14:00", "15:00")),
        (
            "Re: Teller position",
            "Just a reminder of your interview tomorrow at 10 at our Elm St branch.",
            ("12-02T10:00", None),
        ),
        (
            "Interview Friday",
            "Please be here at 9 a.m. We're in the Birch room on the 3rd floor.",
            ("12-04T09:00", None),
        ),
    ],
)
def test_hours_as_people_write_them_around_an_interview(subject: str, text: str, expected: tuple) -> None:
    found = when.find(text, subject, TUESDAY, NY)
    assert found is not None
    assert found.start.strftime("%m-%dT%H:%M") == expected[0]
    assert (found.sessions[-1].end.strftime("%H:%M") if found.end_stated else None) == expected[1]


def test_an_agencys_forward_of_the_company_agreeing_to_meet_the_user_by_name_is_an_invitation() -> None:
    agency = Person("Kelly Agent", "kelly@staffing.example")
    text = (
        "Jordan, FYI below - you're on for Thursday.\n\n"
        "---------------------- Forwarded by Kelly Agent/Staffing on 11/30/2026 03:22 PM ---------------------------\n"
        "\n\nDana Ross <dross@acme.example>\n11/30/2026 02:10 PM\nTo: Kelly Agent/Staffing@Staffing\ncc:\n"
        "Subject: candidate\n\nKelly - Thursday 12/3 at 2:00 pm works for us to meet Jordan Lee.\nDana\n"
    )
    result = understand("Fw: candidate", text, agency)
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-03T14:00:00-05:00"
    other = understand("Fw: candidate", text.replace("Jordan Lee", "Sam Ortiz").replace("Jordan,", "Hi,"), agency)
    assert other.interview is None


def test_we_would_like_you_to_interview_with_someone_at_a_time_books_it_with_them() -> None:
    recruiter = Person("Alex Kim", "alex.kim@brightharbor.example")
    text = (
        "Hi Jordan, we'd like you to interview with our founder Maya Chen on Thursday at 2pm at our office. "
        "Maya's email is maya@brightharbor.example if you need to reach her.\n\nAlex"
    )
    result = understand("Interview", text, recruiter)
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-03T14:00:00-05:00"
    assert [p.email for p in result.interview.interviewers] == ["maya@brightharbor.example"]


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Saturday",
            "Hi Jordan, Mike here from Lakeside Auto. Got your resume. Can you come by the shop Saturday at 9? "
            "Ask for me at the counter.",
            "12-05T09:00",
        ),
        (
            "Meet Thursday?",
            "Jordan, my partner and I would love to sit down with you Thursday at 11 to talk about the associate role.",
            "12-03T11:00",
        ),
        (
            "Call tomorrow",
            "Hi Jordan, looking forward to our call tomorrow at 11 about the marketing coordinator role.",
            "12-02T11:00",
        ),
        (
            "Thursday 3pm",
            "Jordan, you're booked in with Dr. Patel Thursday at 3pm for the dental assistant opening.",
            "12-03T15:00",
        ),
        ("Thursday", "Jordan, see you Thursday at 9 for your trial day. Bring your knives.\nChef", "12-03T09:00"),
    ],
)
def test_small_employers_invitations_in_their_own_words(subject: str, text: str, expected: str) -> None:
    result = understand(subject, text, Person("Owner", "owner@smallco.example"))
    assert result.interview is not None and result.interview.start.strftime("%m-%dT%H:%M") == expected


def test_answers_written_between_the_quoted_questions_are_the_writers_own() -> None:
    text = (
        "Answers below Jordan.\n\n"
        "On Mon, Nov 30, 2026 at 9:15 PM Jordan Lee <jordan.lee@example.net> wrote:\n"
        "> Could you do Thursday instead of Wednesday for the interview?\n\n"
        "Yes, Thursday 2pm works.\n\n"
        "> Who will I be meeting?\n\n"
        "Me and my daughter Kari.\n"
    )
    parts = layout.split(text, "Re: counter job")
    assert "Yes, Thursday 2pm works." in parts.primary and "Yes, Thursday 2pm works." not in parts.quoted
    assert "Who will I be meeting?" in parts.quoted
    result = understand("Re: counter job", text, Person("Greg Halvorsen", "greg@halvorsenhardware.example"))
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-03T14:00:00-05:00"


@pytest.mark.parametrize(
    ("reply", "proposal", "expected"),
    [
        (
            "Works for me. Thursday 12/3 at 11, I'll send a Meet link.",
            "I'm free Thursday 12/3 before 1.",
            "12-03T11:00",
        ),
        ("yes Monday 12/7 1430 at the center is good. Ask for me at the desk", "Monday after 2?", "12-07T14:30"),
        (
            "Confirmed for the time you picked. Bring your CDL.",
            "Thank you. I can do Wednesday at 10:00 am.",
            "12-02T10:00",
        ),
    ],
)
def test_short_replies_that_book_a_time(reply: str, proposal: str, expected: str) -> None:
    text = _reply_over_users_proposal(reply, "On Tue, Dec 1, 2026 at 8:02 AM Jordan Lee wrote:", proposal)
    assert start(text, "Re: interview") == f"2026-{expected}:00-05:00"


def test_a_reply_below_the_quote_in_lower_case_with_noonish_books_it() -> None:
    deli = Person("Sal Ippolito", "sal@ippolitosdeli.example")
    text = (
        "On Tue, Dec 1, 2026 at 11:40 AM Jordan Lee <jordan.lee@example.net> wrote:\n"
        "> Hi, I saw the sign in your window for a line cook. Could I come by and talk about the job?\n\n"
        "sure come by friday noonish, before the lunch rush gets going. ask for Sal\n"
    )
    result = understand("Re: line cook sign", text, deli)
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-04T12:00:00-05:00"


def test_a_shouted_reply_to_the_users_application_books_it() -> None:
    shop = Person("FRANK MORETTI", "frank@morettiautobody.example")
    text = (
        "COME IN THURS 12/3 AT 8 AM BEFORE WE GET BUSY. ASK FOR FRANK.\n\nSent from my Galaxy\n\n\n"
        "-------- Original message --------\nFrom: Jordan Lee <jordan.lee@example.net>\n"
        "Date: 12/1/26 2:31 PM (GMT-05:00)\nTo: frank@morettiautobody.example\nSubject: BODY TECH JOB\n\n"
        "Hello, I saw your posting for a body technician and would like to come in. My CV is attached.\n"
    )
    result = understand("RE: BODY TECH JOB", text, shop)
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-03T08:00:00-05:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes, let's keep it at 14.30 on Thursday the 3rd as you suggested.", "2026-12-03T14:30:00-05:00"),
        ("Confirmed: Thursday at 9.45 in our office.", "2026-12-03T09:45:00-05:00"),
        ("Confirmed for Thursday; the fee is 12.50 and parking at 13.20 per hour.", None),
    ],
)
def test_a_dotted_clock_is_read_where_it_is_one(text: str, expected: str | None) -> None:
    assert start(text, "Interview") == expected


@pytest.mark.parametrize(
    ("reply", "proposal", "expected"),
    [
        (
            "Great, Thu 12/3 2.30pm at the studio then. It'll be me and Paolo.",
            "Thank you for the invitation to interview. Thursday afternoon would be ideal.",
            "12-03T14:30",
        ),
        (
            "Hi Jordan, we're on for Thursday at 2:30p. Our office is 19 Oak St, Suite 200.",
            "Thursday afternoon works well for the interview. Would 2:30 be possible?",
            "12-03T14:30",
        ),
        (
            "Monday after lunch (1:30) then, in the office at the back of the packing shed.",
            "Thank you for considering me for the part-time bookkeeper job. Monday would be easiest for me.",
            "12-07T13:30",
        ),
    ],
)
def test_a_reply_taking_the_users_offered_day_books_the_interview(reply: str, proposal: str, expected: str) -> None:
    text = _reply_over_users_proposal(
        reply, "On Tue, Dec 1, 2026 at 10:03 AM Jordan Lee <jordan.lee@example.net> wrote:", proposal
    )
    result = understand("Re: your note", text, Person("Nell Ashby", "nell@ashbyarchitects.example"))
    assert result.interview is not None and result.interview.start.strftime("%m-%dT%H:%M") == expected


def test_a_date_with_dashes_and_a_short_year_in_a_sentence_is_read() -> None:
    text = "Jordan - interview for the apprentice spot 12-3-26 @ 7:30 am at the shop, 9 Mill Rd. Wear boots."
    assert start(text, "apprentice") == "2026-12-03T07:30:00-05:00"
    assert start("04-23-26 (10:00 AM)\nYour new status is Interviewing.", "Status") is None


def test_a_friend_forwarding_their_own_invitation_is_no_interview_of_the_users() -> None:
    friend = Person("Tomás Rivera", "tomas.rivera@gmail.com")
    text = (
        "bro look, I got the interview! Thursday at 2. can I borrow your blazer? lol\n\n"
        "---------- Forwarded message ---------\nFrom: Recruiting <recruiting@dunmoremfg.example>\n"
        "Date: Mon, Nov 30, 2026 at 3:10 PM\nSubject: Interview Confirmation\nTo: <tomas.rivera@gmail.com>\n\n\n"
        "Dear Tomás,\n\nYour interview for the Quality Inspector position is confirmed for Thursday, December 3, "
        "2026 at 2:00 PM with Greta Lind.\n"
    )
    assert understand("Fwd: Interview Confirmation", text, friend).interview is None
    # The same forward from the user's own old address is the user's.
    mine = text.replace("bro look, I got the interview!", "fwd to my new address").replace("Dear Tomás", "Dear Jordan")
    assert understand("Fwd: Interview Confirmation", mine, Person("Jordan Lee", "jlee.old@gmail.com")).interview


def test_a_nested_attribution_the_quoting_wrapped_in_two_starts_the_other_sides_words() -> None:
    text = (
        "Perfect, the 3rd at 2:30 it is. Dr. Okafor and I will meet you at the front desk.\n\nDana\n\n"
        "On Mon, Nov 30, 2026 at 8:47 PM Jordan Lee <jordan.lee@example.net> wrote:\n\n"
        "> Thank you so much! Thursday the 3rd works best for me, any time after 2.\n>\n"
        "> On Fri, Nov 27, 2026 at 4:15 PM Dana Whitfield <dana@harborlight.example>\n> wrote:\n>\n"
        ">> Thanks for applying for the medical receptionist position. We'd like to have you in to interview\n"
        ">> with me and Dr. Okafor next week. Which afternoon suits you?\n"
    )
    parts = layout.split(text, "Re: Front desk opening")
    headers = [line.text for line in parts.lines if line.kind == layout.HEADER]
    assert "wrote:" in headers
    result = understand("Re: Front desk opening", text, Person("Dana Whitfield", "dana@harborlight.example"))
    assert result.interview is not None and result.interview.start.isoformat() == "2026-12-03T14:30:00-05:00"


def test_a_length_the_wrapping_broke_is_read() -> None:
    text = (
        "We would like to invite you to interview with Ms. Reyes and me at our office on\n"
        "Thursday, December 3 at 10:15 am. The interview should take about forty-five\n"
        "minutes. Please check in with reception on arrival."
    )
    found = when.find(text, "Paralegal position - interview", TUESDAY, NY)
    assert found is not None and found.end_stated and found.sessions[-1].end.strftime("%H:%M") == "11:00"


def test_a_part_of_the_visit_is_not_its_length() -> None:
    text = (
        "Confirmed for Thursday, December 3 at 9:45. Please prepare a 15-minute lesson for a 9th grade class.\n"
        "The interview with me and Mr. Adeyemi will run about an hour in total."
    )
    found = when.find(text, "French teacher interview", TUESDAY, NY)
    assert found is not None and found.sessions[-1].end.strftime("%H:%M") == "10:45"


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "Chat re Data Engineer role",
            "Thanks for your application for the Data Engineer role. Keen to have a first chat - Thursday 3 December "
            "at 9am works for us. I'll send a Teams link.",
            "12-03T09:00",
        ),
        (
            "Next step",
            "thanks a lot for your interesting application! I would be happy to get to know you in a video call. "
            "Like agreed we make it on 03.12. at 17:00 CET.",
            "12-03T11:00",
        ),
    ],
)
def test_invitations_to_a_first_call_as_offices_abroad_write_them(subject: str, text: str, expected: str) -> None:
    result = understand(subject, text, Person("Liam Brennan", "liam@coralbay.example"))
    assert result.interview is not None
    assert result.interview.start.astimezone(NY).strftime("%m-%dT%H:%M") == expected


def test_a_signatures_office_hours_are_no_slot() -> None:
    text = (
        "Great news - they would like to meet you. I've confirmed 12/3/2026 at 2pm with James Whitlock.\n\n"
        "Georgina Ashby\nSenior Consultant\nOffice hours Mon-Fri 8.30am-6pm\n"
    )
    assert start(text, "Interview confirmed") == "2026-12-03T14:00:00-05:00"


def test_a_british_half_two_asked_with_assume_yes_is_booked() -> None:
    text = (
        "Sorry for the short notice - a slot has opened up with our MD. Could we do tomorrow at half two, London\n"
        "time? Video call, 45 minutes. Assume yes unless I hear otherwise."
    )
    found = when.find(text, "Tomorrow", TUESDAY, NY)
    assert found is not None and found.start.isoformat() == "2026-12-02T14:30:00+00:00"
    assert start("Could we do tomorrow at half two, London time? Let me know.", "Tomorrow") is None


def test_a_german_interview_scheduled_with_another_candidate_is_the_hiring_side() -> None:
    hr = Person("Melanie Schuster", "melanie.schuster@kessler.example")
    text = (
        "Hallo Jordan,\n\nwie besprochen habe ich das Vorstellungsgespräch mit Herrn Emre Yilmaz (Werkstudent) für "
        "Donnerstag, 03.12.2026, 13:00 - 14:00 Uhr eingeplant. Teilnehmer: Anja, du und ich.\n\n"
        "Bitte gib mir nach dem Gespräch kurz dein Feedback.\n\nMelanie"
    )
    assert understand("Vorstellungsgespräch Herr Yilmaz", text, hr).interview is None


def test_a_recruiters_pencilled_in_slot_not_yet_confirmed_is_no_booking() -> None:
    agency = Person("Georgina Ashby", "georgina@harcourt.example")
    text = (
        "Quick update - I've sent your CV across to Ravensworth for the Reporting Manager role. The hiring manager "
        "has pencilled in Thursday 3/12 at 11am, but it isn't confirmed until their HR team sends the formal invite, "
        "so please hold off booking anything around it for now."
    )
    assert understand("Ravensworth - update", text, agency).interview is None


def test_a_friend_asking_for_tips_on_their_own_forwarded_interview_is_no_interview_of_the_users() -> None:
    friend = Person("Ben Hargreaves", "ben.hargreaves@gmail.com")
    text = (
        "Jordan - this is the one I told you about at lunch. Any tips on panel interviews? You've done loads.\n\n"
        "---------- Forwarded message ---------\nFrom: Hollis Bank Recruitment <recruitment@hollisbank.example>\n"
        "Date: Mon, 30 Nov 2026 at 16:02\nSubject: Interview confirmation\n"
        "To: Ben Hargreaves <ben.hargreaves@gmail.com>\n\nDear Ben,\n\n"
        "Your interview for the role of Credit Risk Analyst is confirmed for Friday 4/12/2026 at 11am.\n"
    )
    assert understand("Fwd: Interview confirmation", text, friend).interview is None


def test_a_german_second_round_named_after_the_job_is_the_users() -> None:
    hr = Person("Petra Huber", "p.huber@brandl.example")
    text = (
        "Sehr geehrter Herr Lee,\n\nvielen Dank für das angenehme erste Gespräch. Wir freuen uns, Sie zu einem "
        "zweiten Gespräch an unserem Standort einzuladen:\n\nDonnerstag, 03.12.2026, 10:30 - 12:00 Uhr\n\n"
        "Teilnehmer: Herr Stefan Brandl und ich.\n\nPetra Huber"
    )
    result = understand("Zweites Gespräch - Konstrukteur Sondermaschinenbau", text, hr)
    assert result.interview is not None and (result.interview.start.hour, result.interview.end.hour) == (10, 12)


def test_the_dot_of_am_that_ends_a_sentence_ends_it() -> None:
    letter = (
        "This will confirm your interview for the position of Analyst on Wednesday, December 9, 2026 at\n"
        "9:00 a.m.  Please arrive at 8:45 a.m. to complete an application form.\n"
    )
    assert start(letter, "Interview confirmation") == "2026-12-09T09:00:00-05:00"
    # not before a zone or a day: "9 a.m. Eastern", "9:00 a.m. - 4:00 p.m. Monday - Friday"
    assert start("See you Friday at 9 a.m. Pacific.", "Interview") == "2026-12-04T09:00:00-08:00"


def test_a_friends_own_invitation_forwarded_with_a_bare_name_greeting_is_theirs() -> None:
    meg = Person("Meg Sorensen", "meg.sorensen@fastmail.example")
    text = (
        "P - can you drive me to the airport friday at 5am?? schedule below, wish me luck!!!\nm\n\n"
        "---------------------- Forwarded by Meg Sorensen on 12/01/2026 10:14 PM ---------------------------\n\n"
        '"Gulf Meridian Recruiting" <recruiting@gulfmeridian.example> on 12/01/2026 04:02:51 PM\n'
        "To: meg.sorensen@fastmail.example\nSubject: Super Saturday schedule\n\n\nMeg,\n\n"
        "Your schedule for Super Saturday, Saturday, December 5, 2026:\n\n"
        " 8:30 -  9:00     Interview 1     Paul Lacombe\n 9:10 -  9:40     Interview 2     Irene Stadler\n"
    )
    result = understand("Fw: Super Saturday schedule", text, meg)
    assert not result.verdict.is_interview, result.verdict.evidence
    # without a note that speaks of their own interview, a forward is read as an invitation (an agency forwards so)
    agency = understand("Fw: Super Saturday schedule", text.replace("wish me luck!!!", ""), meg)
    assert agency.verdict.is_interview, agency.verdict.evidence


def test_an_itinerary_takes_its_day_not_a_deadline_and_ends_with_a_named_wrap_up() -> None:
    schedule = (
        "Lydia - here is the schedule for Priya Natarajan on Friday December 4.  All times Central.  Interviewers,\n"
        "please pick up her resume from me by Thursday.\n\n"
        " 9:00 -  9:30     Garrett Pruitt         EB 3321\n"
        " 9:30 - 10:15     Helen Szabo            EB 3118\n"
        "11:45 -  1:00     Lunch with the analysts\n"
        " 1:00 -  1:30     Garrett Pruitt - wrap up     EB 3321\n"
    )
    found = when.find(schedule, "Your visit Friday", TUESDAY, NY)
    assert found is not None
    assert found.start.isoformat() == "2026-12-04T09:00:00-06:00"
    assert found.sessions[-1].end.isoformat() == "2026-12-04T13:30:00-06:00"
