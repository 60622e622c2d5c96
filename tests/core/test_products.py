"""Mail that recruiting and scheduling products send (issue 11): their tables, clock formats and subjects, read
as a person reads them. The messages are laid out as tests/corpus_products2 renders the products' templates."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from watcher.core.html import html_to_text
from watcher.core.understand import Context, understand_message
from watcher.model import Message, Person

NY = ZoneInfo("America/New_York")
USER = Person("Priya Nair", "priya.n@gmail.com")
CTX = Context(user_addresses=frozenset({USER.email}), timezone=NY, default_length=timedelta(hours=1))


def understood(html: str, subject: str, sender: Person, to=(USER,)):
    message = Message(
        message_id="p@example.com",
        subject=subject,
        sender=sender,
        to=tuple(to),
        date=datetime(2026, 5, 14, 7, 30, tzinfo=NY),
        text=html_to_text(html),
    )
    return understand_message(message, CTX).interview


def test_a_table_row_is_one_line_whatever_the_source_indentation_or_the_blocks_in_its_cells() -> None:
    html = """<table>
<tr>
    <td class="label"><div>Start</div></td>
    <td><div>May 21, 2026 10:00 AM</div></td>
</tr>
<tr>
    <td class="label">End</td>
    <td>May 21, 2026 11:30 AM</td>
</tr>
</table>
<table><tr><td><div>Hello</div><div>World</div></td></tr></table>"""
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines == ["Start May 21, 2026 10:00 AM", "End May 21, 2026 11:30 AM", "Hello", "World"]


def test_a_booking_tables_end_row_wins_over_a_length_in_its_description() -> None:
    """Easy!Appointments: Start and End rows, and a description that mentions a 20-minute demo lesson."""
    html = """<h2>Appointment Details</h2>
<table id="appointment-details">
<tr>
    <td class="label">Service</td>
    <td>Teaching Demo &amp; Interview</td>
</tr>
<tr>
    <td class="label">Start</td>
    <td>May 21, 2026 10:00 AM</td>
</tr>
<tr>
    <td class="label">End</td>
    <td>May 21, 2026 11:30 AM</td>
</tr>
<tr>
    <td class="label">Description</td>
    <td>Grade 5 teacher position: 20-minute demo lesson, then the panel.</td>
</tr>
</table>"""
    interview = understood(html, "Appointment Booked", Person("Orchard Valley Schools", "hr@orchardvalley.org"))
    assert interview is not None
    assert (interview.start.isoformat(), interview.end.isoformat()) == (
        "2026-05-21T10:00:00-04:00",
        "2026-05-21T11:30:00-04:00",
    )


def test_an_hr_suites_clock_times_with_seconds_are_a_range() -> None:
    """Frappe HRMS writes "Time 14:00:00 – 14:45:00" in its confirmation table."""
    html = """<p>Your interview has been scheduled. Please find the details below.</p>
<table class="table table-bordered small">
\t<tr>
\t\t<td>Interview Type</td>
\t\t<td><b>Hiring Manager Round</b></td>
\t</tr>
\t<tr>
\t\t<td>Date</td>
\t\t<td><b>28-05-2026</b></td>
\t</tr>
\t<tr>
\t\t<td>Time</td>
\t\t<td><b>14:00:00 – 14:45:00</b></td>
\t</tr>
</table>"""
    interview = understood(html, "Interview Scheduled", Person("Kestrel Foods Careers", "careers@kestrelfoods.ca"))
    assert interview is not None
    assert (interview.start.isoformat(), interview.end.isoformat()) == (
        "2026-05-28T14:00:00-04:00",
        "2026-05-28T14:45:00-04:00",
    )


def test_a_booking_tools_when_line_with_its_zone_wins_over_the_same_time_in_the_subject() -> None:
    """Cal.com writes the slot in the subject without a zone and in its "When" line with the zone."""
    html = """<div>Your event has been scheduled</div>
<div><p>What</p><p>Entretien RH (30 min) between Claire Moreau and Priya Nair</p></div>
<div><p>When</p><p>Tuesday, May 19, 2026 | 14:00 - 14:30 <span>(Europe/Paris)</span></p></div>
<div><p>Description</p><p>Premier entretien pour le poste de Cheffe de projet chez Maison Verel.</p></div>"""
    subject = "Confirmed: Entretien RH (30 min) with Claire Moreau at 14:00 - 14:30, Tuesday, May 19, 2026"
    interview = understood(html, subject, Person("Claire Moreau", "notifications@cal.com"))
    assert interview is not None
    assert (interview.start.isoformat(), interview.end.isoformat()) == (
        "2026-05-19T14:00:00+02:00",
        "2026-05-19T14:30:00+02:00",
    )


def test_an_odoo_invitations_date_badge_and_duration_give_the_slot() -> None:
    """Odoo stacks the date in a badge (weekday, day, month and year, time, zone) and gives "Duration: 0H45"."""
    html = """<div><p>Hello Priya,<br/><br/>
Your appointment <strong>Hiring Manager Interview</strong> with Noor Haddad has been booked.</p>
<table border="0" cellpadding="0" cellspacing="0"><tr>
    <td width="130px;">
        <div style="font-size: 12px; font-weight: bold;">Thursday</div>
        <div style="font-size: 48px; font-weight: bold;">28</div>
        <div style="font-size: 12px; font-weight: bold;">May 2026</div>
        <div><div>11:00 AM</div><div style="font-size: 10px">(America/New_York)</div></div>
    </td>
    <td width="20px;"/>
    <td style="padding-top: 5px;">
        <p><strong>Details of the event</strong></p>
        <ul><li>Duration: 0H45</li></ul>
    </td>
</tr></table></div>"""
    sender = Person("Larkspur Analytics", "notifications@larkspur.odoo.com")
    interview = understood(html, "Invitation to Interview - Analytics Engineer", sender)
    assert interview is not None
    assert (interview.start.isoformat(), interview.end.isoformat()) == (
        "2026-05-28T11:00:00-04:00",
        "2026-05-28T11:45:00-04:00",
    )


def test_lengths_and_ends_as_booking_tools_write_them() -> None:
    """ "Duration: 1h 30m", "Duration: 01:30", and a reservation's "Starting:" / "Ending:" lines."""
    sender = Person("Bookings", "bookings@harbourfinch.co.uk")
    cases = {
        "Interview scheduled\nDate: May 19, 2026\nTime: 2:00 PM\nDuration: 1h 30m": "15:30",
        "Interview scheduled\nDate: May 19, 2026\nTime: 2:00 PM\nDuration: 01:30": "15:30",
        "Interview scheduled\nStart Date: 05/19/2026 02:00pm EDT\nDuration: 0h, 45m": "14:45",  # SuiteCRM
        "Interview reservation\nStarting: Tue, May 19, 2026 2:00 PM\nEnding: Tue, May 19, 2026 2:45 PM": "14:45",
    }
    for text, end in cases.items():
        interview = understood(f"<pre>{text}</pre>", "Interview confirmed", sender)
        assert interview is not None, text
        assert (f"{interview.start:%H:%M}", f"{interview.end:%H:%M}", interview.end_source.value) == (
            "14:00",
            end,
            "text",
        ), text


def test_a_column_table_pairs_each_label_with_its_value_and_its_interviewers_are_found() -> None:
    """Greenhouse, Lever, Ashby: a header row of labels over a row of values, the panel in Cc."""
    html = """<p>Hi Priya, you're confirmed for the following interview:</p>
<table><thead><tr><th>Date</th><th>Time</th><th>Interviewers</th><th>Location</th></tr></thead>
<tbody><tr><td>Thursday, May 21, 2026</td><td>1:00 PM - 2:00 PM EDT</td><td>Tomas Reyes<br>Ada Brooks</td>
<td>Northwind Energy Partners LP, 1 Liberty Plaza</td></tr></tbody></table>"""
    lines = [line for line in html_to_text(html).splitlines() if line]
    assert lines[1:] == [
        "Date: Thursday, May 21, 2026",
        "Time: 1:00 PM - 2:00 PM EDT",
        "Interviewers: Tomas Reyes, Ada Brooks",
        "Location: Northwind Energy Partners LP, 1 Liberty Plaza",
    ]
    panel = (Person("Tomas Reyes", "tomas.reyes@northwind.com"), Person("Ada Brooks", "ada.brooks@northwind.com"))
    message = Message(
        message_id="p@example.com",
        subject="Onsite interview confirmation",
        sender=Person("Northwind Energy", "no-reply@us.greenhouse-mail.io"),
        reply_to=(Person("Ivy Chen", "ivy.chen@northwind.com"),),
        to=(USER,),
        cc=panel,
        date=datetime(2026, 5, 14, 7, 30, tzinfo=NY),
        text=html_to_text(html),
    )
    interview = understand_message(message, CTX).interview
    assert interview is not None
    assert (f"{interview.start:%H:%M}", f"{interview.end:%H:%M}") == ("13:00", "14:00")
    assert {p.email for p in interview.interviewers} == {p.email for p in panel}
    assert interview.company == "Northwind Energy Partners"


def test_a_booking_pages_host_interviews_with_the_guest_they_added_by_address() -> None:
    """Calendly: the host in whose name it writes (Reply-To them) and a bare address under "Guests:"."""
    text = """A new event has been scheduled.

Event Type:
Portfolio Interview

Invitee:
Priya Nair
priya.n@gmail.com

Guests:
maria.solis@tallgrass.studio

Event Date/Time:
04:00pm - 04:45pm (Eastern Time - US & Canada) Thursday, May 21, 2026
"""
    message = Message(
        message_id="p@example.com",
        subject="New Event: Priya Nair - 04:00pm Thu, May 21, 2026 - Portfolio Interview",
        sender=Person("Finn Walker", "notifications@calendly.com"),
        reply_to=(Person("Finn Walker", "finn@tallgrass.studio"),),
        to=(USER,),
        date=datetime(2026, 5, 14, 7, 30, tzinfo=NY),
        text=text,
    )
    interview = understand_message(message, CTX).interview
    assert interview is not None
    assert {p.email for p in interview.interviewers} == {"finn@tallgrass.studio", "maria.solis@tallgrass.studio"}
