"""when.py: start, end and zone of an interview written in words."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from watcher.core import when

NY = ZoneInfo("America/New_York")
MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=NY)  # Monday 2 March 2026, EST (US DST starts 8 March)


def found(text: str, sent: datetime = MONDAY, *, subject: str = "", day_first: bool | None = None):
    return when.find(text, subject, sent, NY, day_first=day_first)


def span(text: str, sent: datetime = MONDAY, **kw) -> tuple[str, str | None]:
    result = found(text, sent, **kw)
    assert result is not None, text
    return result.start.isoformat(), result.end.isoformat() if result.end_stated else None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the examples the product promises
        (
            "Confirming Tuesday, March 3 at 2:00 PM EST for 45 minutes with Dana and Lee.",
            "2026-03-03T14:00:00-05:00",
            "2026-03-03T14:45:00-05:00",
        ),
        ("You're set for Thursday (3/5) from 2-3pm PT.", "2026-03-05T14:00:00-08:00", "2026-03-05T15:00:00-08:00"),
        ("When: Thursday 5 March, 14:00–15:30 CET", "2026-03-05T14:00:00+01:00", "2026-03-05T15:30:00+01:00"),
        (
            "You're all set for next Thursday 9:30am ET (30 min).",
            "2026-03-05T09:30:00-05:00",
            "2026-03-05T10:00:00-05:00",
        ),
        ("Confirmed: tomorrow at 10am, plan for 30 minutes.", "2026-03-03T10:00:00-05:00", "2026-03-03T10:30:00-05:00"),
        # ranges, lengths, noon, meridiem carried across a range
        (
            "Confirmed for Friday, March 6, 11am-12pm Pacific time.",
            "2026-03-06T11:00:00-08:00",
            "2026-03-06T12:00:00-08:00",
        ),
        ("Scheduled: March 6, 12:30 - 1:15 PM ET", "2026-03-06T12:30:00-05:00", "2026-03-06T13:15:00-05:00"),
        ("You're booked for tomorrow at noon ET (1 hour).", "2026-03-03T12:00:00-05:00", "2026-03-03T13:00:00-05:00"),
        ("Confirmed: March 12th at 2 with Sam.", "2026-03-12T14:00:00-04:00", None),
        (
            "Your interview is on Wednesday, March 4 at 3:00 PM ET. It'll be 45 mins.",
            "2026-03-04T15:00:00-05:00",
            "2026-03-04T15:45:00-05:00",
        ),
        # zones by name, offset and IANA id
        ("Time: 7:30 PM IST (9:00 AM EST) on Monday, 16 March 2026", "2026-03-16T19:30:00+05:30", None),
        (
            "Confirmed for 10 March 2026, 16:00 (UTC+1), 60 min.",
            "2026-03-10T16:00:00+01:00",
            "2026-03-10T17:00:00+01:00",
        ),
        (
            "Confirmed: Wednesday 25 March, 16:30-17:00 (New York time)",
            "2026-03-25T16:30:00-04:00",
            "2026-03-25T17:00:00-04:00",
        ),
        (
            "Booked: Wednesday, May 27, 2026 1:00 PM - 1:45 PM (America/Chicago)",
            "2026-05-27T13:00:00-05:00",
            "2026-05-27T13:45:00-05:00",
        ),
        (
            "Scheduled: Thursday 18 June, 14:00 BST (09:00 in New York) - 1 hour",
            "2026-06-18T14:00:00+01:00",
            "2026-06-18T15:00:00+01:00",
        ),
    ],
)
def test_phrase_families(text: str, start: str, end: str | None) -> None:
    assert span(text) == (start, end)


def test_standard_time_abbreviation_in_summer_means_local_time() -> None:
    # "PST" written in July: people mean Pacific local time (PDT), and "1pm EST" agrees only that way.
    sent = datetime(2026, 7, 7, 15, 0, tzinfo=ZoneInfo("America/Los_Angeles"))
    assert span("I've scheduled you for Tuesday, July 14 at 10am PST / 1pm EST for 1 hour.", sent) == (
        "2026-07-14T10:00:00-07:00",
        "2026-07-14T11:00:00-07:00",
    )


def test_outlook_standard_offset_before_a_zone_name_follows_the_name() -> None:
    # Outlook writes "(UTC-05:00) Eastern Time" all year; on 9 March New York is on EDT.
    assert span("Scheduled: Mon Mar 9, 2026 11:30 AM - 12:15 PM (UTC-05:00) Eastern Time (US & Canada)") == (
        "2026-03-09T11:30:00-04:00",
        "2026-03-09T12:15:00-04:00",
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # US DST starts Sunday 8 March 2026: a message sent in EST about the following Monday is EDT.
        ("Confirmed: Monday, March 9, 2026 at 10:00am ET", "2026-03-09T10:00:00-04:00"),
        # EU DST starts 29 March: on 12 March Berlin is still CET while New York is already EDT.
        ("Termin: Donnerstag, 12. März 2026, 09:30 – 10:30 Uhr (MEZ)", "2026-03-12T09:30:00+01:00"),
        # EU DST ends 25 October: 27 October is CET again.
        ("Confirmed for Tuesday 27 October 2026 at 14:00 CET", "2026-10-27T14:00:00+01:00"),
        # US DST ends 1 November: 3 November is PST.
        ("Confirmed for Tuesday, November 3, 11am-12pm Pacific time", "2026-11-03T11:00:00-08:00"),
    ],
)
def test_dst_edges(text: str, start: str) -> None:
    assert span(text)[0] == start


def test_time_without_zone_is_in_the_users_zone() -> None:
    assert span("See you Monday 1/26 at 11! We'll meet at the studio.", datetime(2026, 1, 22, 9, 0, tzinfo=NY)) == (
        "2026-01-26T11:00:00-05:00",
        None,
    )


def test_tomorrow_counts_from_the_date_header_in_the_users_zone() -> None:
    # 02:10 UTC on 3 March is still the evening of 2 March in New York: tomorrow is the 3rd, not the 4th.
    sent = datetime(2026, 3, 3, 2, 10, tzinfo=UTC)
    assert span("You're set for a call tomorrow at 10am. Plan for 30 minutes.", sent)[0] == "2026-03-03T10:00:00-05:00"


def test_relative_date_with_the_senders_zone_counts_in_that_zone() -> None:
    sent = datetime(2026, 11, 16, 15, 2, tzinfo=ZoneInfo("Europe/Berlin"))
    text = "Wie besprochen rufe ich Sie morgen um 16:30 Uhr (deutscher Zeit) an - bitte planen Sie ca. 30 Minuten ein."
    assert span(text, sent) == ("2026-11-17T16:30:00+01:00", "2026-11-17T17:00:00+01:00")


def test_next_weekday_sent_on_a_friday_is_the_coming_one() -> None:
    friday = datetime(2026, 1, 9, 15, 10, tzinfo=NY)
    assert span("You're all set for next Thursday 9:30am ET (30 min).", friday)[0] == "2026-01-15T09:30:00-05:00"


@pytest.mark.parametrize(
    ("text", "day_first", "start"),
    [
        ("I'm pleased to confirm your interview on 4/3/2026 at 15:00 GMT.", True, "2026-03-04T15:00:00+00:00"),
        ("Confirming Wed 3/4 at 11:00 CT, I sent a hold.", False, "2026-03-04T11:00:00-06:00"),
        ("Interview Date 03/24/2026\n\nStart Time 10:00 AM EDT", False, "2026-03-24T10:00:00-04:00"),
        ("Datum: Mittwoch, 04.03.2026\nUhrzeit: 10:00 bis 11:30 Uhr (MEZ)", None, "2026-03-04T10:00:00+01:00"),
        ("Interview: 2026-03-12, 14:00-15:00 CET", None, "2026-03-12T14:00:00+01:00"),
    ],
)
def test_numeric_dates_follow_the_senders_locale(text: str, day_first: bool | None, start: str) -> None:
    assert span(text, day_first=day_first)[0] == start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Nous vous confirmons votre entrevue le jeudi 22 octobre à 9 h 30, d'une durée de 45 minutes.",
            "2026-10-22T09:30:00-04:00",
            "2026-10-22T10:15:00-04:00",
        ),
        (
            "Heure : de 13 h 30 à 14 h 30 (HAE), mardi 14 avril 2026",
            "2026-04-14T13:30:00-04:00",
            "2026-04-14T14:30:00-04:00",
        ),
        (
            "Je vous confirme notre entretien le mardi 3 mars à 14h00 (heure de Paris), "
            "d'une durée d'une heure environ.",
            "2026-03-03T14:00:00+01:00",
            "2026-03-03T15:00:00+01:00",
        ),
        (
            "Votre entretien aura lieu le jeudi 12 mars, 15h (heure de Paris), durée 1h30.",
            "2026-03-12T15:00:00+01:00",
            "2026-03-12T16:30:00+01:00",
        ),
        (
            "Das Gespräch ist am Donnerstag, 12. März, 14.30–15.15 Uhr MEZ.",
            "2026-03-12T14:30:00+01:00",
            "2026-03-12T15:15:00+01:00",
        ),
        (
            "Ihr Fachinterview am Dienstag, 3. März um 14:00 Uhr (MEZ) dauert ca. 60 Minuten.",
            "2026-03-03T14:00:00+01:00",
            "2026-03-03T15:00:00+01:00",
        ),
        (
            "Te confirmamos la entrevista el martes 3 de marzo a las 14:00 (hora peninsular española), con una "
            "duración aproximada de 45 minutos.",
            "2026-03-03T14:00:00+01:00",
            "2026-03-03T14:45:00+01:00",
        ),
        (
            "Tu entrevista es el lunes 19 de octubre a las 3:00 p. m., hora del Este. Dura aproximadamente 30 minutos.",
            "2026-10-19T15:00:00-04:00",
            "2026-10-19T15:30:00-04:00",
        ),
        (
            "Te confirmamos la entrevista el jueves 12 de marzo a las 10 de la mañana (hora de Madrid).",
            "2026-03-12T10:00:00+01:00",
            None,
        ),
        (
            "Hora: de 9:00 a 10:30 a. m. (hora de Colombia, GMT-5), miércoles 10 de junio de 2026",
            "2026-06-10T09:00:00-05:00",
            "2026-06-10T10:30:00-05:00",
        ),
    ],
)
def test_german_french_spanish(text: str, start: str, end: str | None) -> None:
    assert span(text) == (start, end)


def test_loop_ends_when_the_last_session_ends_and_meals_at_the_ends_do_not_count() -> None:
    text = (
        "Superday on Friday, November 20, 2026 at our office.\n\nSchedule (Eastern Time):\n"
        "8:00 AM        Arrival and welcome breakfast\n"
        "8:30 - 9:15    Interview 1 - Richard Hale\n"
        "9:15 - 10:00   Interview 2 - Sophie Tran\n"
        "10:15 - 11:00  Interview 3 - Marco Russo\n"
        "11:45 - 12:30  Lunch with analysts\n"
    )
    result = found(text, datetime(2026, 11, 12, 18, 0, tzinfo=NY))
    assert result is not None
    assert [s.start.strftime("%H:%M") for s in result.sessions] == ["08:30", "09:15", "10:15"]
    assert result.end.isoformat() == "2026-11-20T11:00:00-05:00"


def test_lunch_in_the_middle_of_a_loop_is_inside_it() -> None:
    text = (
        "Your onsite is on Tuesday, March 10 (all times Pacific).\n"
        "10:00am - 11:00am  Coding\n11:15am - 12:00pm  Design\n12:00 - 1:00pm  Lunch\n1:00 - 2:00pm  Behavioral\n"
    )
    assert span(text) == ("2026-03-10T10:00:00-07:00", "2026-03-10T14:00:00-07:00")


@pytest.mark.parametrize(
    "text",
    [
        "Tom had a conflict, so we've moved your interview from Tuesday 3/10 at 2pm to Thursday 3/12 at 3:30pm ET. "
        "It's still 45 minutes.",
        "Previously: Tuesday, March 10, 2026 at 2:00 PM EDT\nNew time:\nThursday, March 12, 2026\n"
        "3:30 PM - 4:15 PM EDT",
        "Your interview with Dmitri is now Thursday 3/12 at 3:30pm Eastern (was Tuesday 3/10 at 2pm). "
        "Still 45 minutes.",
        "Nous devons décaler votre entretien initialement prévu le mardi 10 mars à 14h. Il est déplacé au jeudi "
        "12 mars à 15h30 (heure de New York), pour une durée de 45 minutes.",
    ],
)
def test_a_reschedule_gives_the_new_time_not_the_old_one(text: str) -> None:
    assert span(text) == ("2026-03-12T15:30:00-04:00", "2026-03-12T16:15:00-04:00")


def test_a_reply_accepting_a_quoted_proposal_takes_its_date_zone_and_length() -> None:
    text = (
        "Thursday at 2 works great! Sean will send you an invite.\n\nMegan\n\n"
        "On Tue, Nov 10, 2026 at 9:14 AM Jordan Lee <jordan@example.com> wrote:\n"
        "> I'm free Thursday 11/12 at 2pm ET, or Friday morning before 11.\n>\n"
        "> On Mon, Nov 9, 2026 at 5:02 PM Megan Ross <megan@example.com> wrote:\n"
        ">> Sean would like to set up a 45-minute chat this week.\n"
    )
    assert span(text, datetime(2026, 11, 10, 10, 3, tzinfo=NY)) == (
        "2026-11-12T14:00:00-05:00",
        "2026-11-12T14:45:00-05:00",
    )


@pytest.mark.parametrize(
    "text",
    [
        # options not yet chosen
        "Folgende Termine kann ich anbieten (jeweils MEZ):\n- Mittwoch, 4. März, 10:00 Uhr\n"
        "- Donnerstag, 5. März, 14:00 Uhr\n- Freitag, 6. März, 9:30 Uhr\nBitte teilen Sie mir mit, welcher passt.",
        "These slots are open (Eastern):\n  Option A   Thu 3/19   1:00 PM\n  Option B   Fri 3/20   10:30 AM\n",
        # a window of availability
        "Anything Monday through Thursday between 10am and 5pm ET works on our side.",
        # a deadline, an arrival time, a past interview
        "Deadline: Mar 5, 2026 11:59 PM PT",
        "Please arrive by 9:15 AM on Tuesday, March 10 and check in with security.",
        "Thank you for the interview on Friday, February 27 at 2pm.",
        # nothing but a date
        "We received your application on March 1, 2026.",
    ],
)
def test_no_confirmed_time(text: str) -> None:
    assert found(text) is None


def test_a_question_without_a_hold_is_not_a_booking_but_with_a_hold_it_is() -> None:
    assert found("Could we do a 20-minute phone interview on Thursday, March 5 at 11am?") is None
    assert span("Does Wed 3/4 at 11:00 CT work? I went ahead and sent a hold for that slot.")[0] == (
        "2026-03-04T11:00:00-06:00"
    )


def test_forwarded_header_dates_are_not_the_interview() -> None:
    text = (
        "Forwarding the schedule below.\n\n________________________________\n"
        "From: Scheduling <interviews@example.com>\nSent: Monday, March 2, 2026 3:04 PM\n"
        "To: Mark <mark@example.com>\nSubject: Candidate schedule\n\n"
        "Tuesday, March 10, 2026\n2:00 PM - 3:00 PM (EDT)\n"
    )
    assert span(text, subject="FW: Candidate schedule") == ("2026-03-10T14:00:00-04:00", "2026-03-10T15:00:00-04:00")


def test_noon_ranges_dashed_dates_and_phone_numbers() -> None:
    assert span("Confirmed: Thursday, March 5 from noon to 1pm ET.") == (
        "2026-03-05T12:00:00-05:00",
        "2026-03-05T13:00:00-05:00",
    )
    assert span("Interview date: 03-10-2026 at 2:00 PM ET")[0] == "2026-03-10T14:00:00-04:00"
    assert span("I'll call you at 917-555-0142 on Thursday, March 5 at 11am.")[0] == "2026-03-05T11:00:00-05:00"


def test_sessions_on_several_days_are_not_options_unless_the_sender_asks_to_choose() -> None:
    booked = (
        "Your two-day onsite is confirmed:\nDay 1: Monday, March 9, 10:00 AM ET\nDay 2: Tuesday, March 10, 10:00 AM ET"
    )
    assert span(booked)[0] == "2026-03-09T10:00:00-04:00"
    assert found(booked.replace("is confirmed", "could be on one of these days; which do you prefer?")) is None


def test_parse_helpers() -> None:
    assert when.parse_datetime("Monday, August 10, 2026 3:04 PM", NY) == datetime(2026, 8, 10, 15, 4, tzinfo=NY)
    assert when.parse_date("by Friday 13 February", MONDAY, NY).isoformat() == "2026-02-13"
    assert when.find_sessions("Nothing here.", "", MONDAY, NY) is None
