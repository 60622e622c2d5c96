# ruff: noqa: E501  (rendered product templates keep their long lines)
"""The messages of tests/corpus_products2, batch by batch, with their labels (see render.py and README.md).

    python3 tests/corpus_products2/batches.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render import (
    at,
    calcom,
    easyappointments,
    frappe_confirmation,
    frappe_feedback_reminder,
    frappe_reminder,
    frappe_rescheduled,
    nextcloud,
    odoo_applicant,
    odoo_date_updated,
    odoo_invitation,
    person,
    plain,
    write,
)

JORDAN = ("Jordan Lee", "jordan.lee@fastmail.com")
PRIYA = ("Priya Nair", "priya.n@gmail.com")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@outlook.com")
SOFIA = ("Sofia Castellanos", "sofia.castellanos@proton.me")
LUKAS = ("Lukas Brenner", "lukas.brenner@posteo.de")
CAMILLE = ("Camille Dubois", "camille.dubois@icloud.com")
BERLIN = ZoneInfo("Europe/Berlin")
LONDON = ZoneInfo("Europe/London")
LISBON = ZoneInfo("Europe/Lisbon")
CHICAGO = ZoneInfo("America/Chicago")
PARIS = ZoneInfo("Europe/Paris")

# ---------------------------------------------------------------- batch a: Odoo and Frappe HRMS ----------------

SARA = ("Sara Lind", "sara.lind@nordvik-marine.com")
TOMAS = ("Tomas Berg", "tomas.berg@nordvik-marine.com")
s = at(2026, 4, 14, 10)
odoo_invitation(
    "a01.eml", company="Nordvik Marine", organizer=SARA, you=JORDAN, others=[TOMAS],
    event="Interview: Marine Data Engineer - Jordan Lee", start=s, minutes=45,
    location="Nordvik Marine, 200 Harbor Way, Boston", date=at(2026, 4, 8, 11, 12),
    lab_kw=dict(interview=True, start=s, end=at(2026, 4, 14, 10, 45), interviewers=[person(*SARA), person(*TOMAS)],
                company="Nordvik Marine", role="Marine Data Engineer", category="odoo-invitation",
                notes="Odoo calendar invitation with invitation.ics, 'Duration: 0H45', attendees by name in the HTML"),
)
HANNAH = ("Hannah Ortiz", "hannah.ortiz@larkspur-analytics.com")
s = at(2026, 4, 16, 14, 30)
odoo_invitation(
    "a02.eml", company="Larkspur Analytics", organizer=HANNAH, you=PRIYA, others=[("Devin Shah", None)],
    event="Second interview - Data Analyst", start=s, minutes=60, with_ics=False,
    videocall="https://larkspur.odoo.com/calendar/join_videocall/x8k2pq", sender="Hannah Ortiz <notifications@larkspur.odoo.com>",
    reply_to="Hannah Ortiz <hannah.ortiz@larkspur-analytics.com>", date=at(2026, 4, 10, 9, 40),
    lab_kw=dict(interview=True, start=s, end=at(2026, 4, 16, 15, 30), outcome="next_round",
                interviewers=[person(*HANNAH), person("Devin Shah", None)], company="Larkspur Analytics",
                role="Data Analyst", category="odoo-invitation",
                notes="Odoo Online: From is notifications@<db>.odoo.com in the organizer's name, Reply-To her own "
                "address; HTML only, 'Duration: 1H00'; Devin named only; a second interview is a next round"),
)
s = at(2026, 4, 17, 11)
odoo_date_updated(
    "a03.eml", company="Larkspur Analytics", organizer=HANNAH, you=PRIYA, event="Second interview - Data Analyst",
    start=s, minutes=60, date=at(2026, 4, 13, 16, 5),
    lab_kw=dict(interview=True, start=s, end=at(2026, 4, 17, 12), interviewers=[person(*HANNAH)],
                company="Larkspur Analytics", role="Data Analyst", category="odoo-update",
                notes="Odoo 'Date updated': '04/17/2026 at (11:00:00 To 12:00:00) (America/New_York)'"),
)
odoo_applicant(
    "a04.eml", kind="refuse", company="Nordvik Marine", job="Marine Data Engineer", you=JORDAN,
    sender="Nordvik Marine <notifications@nordvik-marine.odoo.com>", reply_to="Nordvik Marine <jobs@nordvik-marine.com>",
    user=(SARA[0], SARA[1], "+1 617-555-0148"), date=at(2026, 4, 21, 15, 2),
    lab_kw=dict(interview=False, category="outcome", outcome="rejected",
                notes="Odoo 'Applicant: Refuse' after a01's interview, new thread, from the Odoo Online address"),
)
odoo_applicant(
    "a05.eml", kind="refuse", company="Larkspur Analytics", job="Data Analyst", you=PRIYA,
    sender="Larkspur Analytics <notifications@larkspur.odoo.com>", date=at(2026, 4, 24, 10, 30),
    lab_kw=dict(interview=False, category="outcome", outcome="rejected",
                notes="Odoo refusal without a recruiter: signed '<company> / The HR Team'"),
)
MAYA = ("Maya Chen", "maya.chen@quillonpress.com")
odoo_applicant(
    "a06.eml", kind="interest", company="Quillon Press", job="Editorial Operations Lead", you=SOFIA,
    sender="Maya Chen <maya.chen@quillonpress.com>", user=(MAYA[0], MAYA[1], "+1 212-555-0199"),
    date=at(2026, 4, 6, 13, 0),
    lab_kw=dict(interview=False, category="near-miss",
                notes="Odoo 'Applicant: Interest': short listed for a call or an interview, no time; the first step, "
                "not a next round after an interview"),
)
odoo_applicant(
    "a07.eml", kind="ack", company="Quillon Press", job="Editorial Operations Lead", you=SOFIA,
    sender="Quillon Press <notifications@quillonpress.odoo.com>", user=(MAYA[0], MAYA[1], "+1 212-555-0199"),
    date=at(2026, 4, 2, 8, 15),
    lab_kw=dict(interview=False, category="near-miss", notes="Odoo application acknowledgement"),
)
s = at(2026, 4, 9, 15)
odoo_invitation(
    "a08.eml", company="Quillon Press", organizer=MAYA, you=SOFIA, others=[],
    event="Phone screen: Editorial Operations Lead", start=s, minutes=30, location="Phone call (Maya will call you)",
    date=at(2026, 4, 6, 15, 20),
    lab_kw=dict(interview=True, start=s, end=at(2026, 4, 9, 15, 30), interviewers=[person(*MAYA)],
                company="Quillon Press", role="Editorial Operations Lead", category="odoo-invitation",
                notes="Odoo invitation for a phone screen, 'Duration: 0H30'"),
)
DANA = ("Dana Whitfield", "dana.whitfield@blueheronlogistics.com")
OMAR = ("Omar Farouk", "omar.farouk@blueheronlogistics.com")
BH = "Blue Heron Logistics <hiring@blueheronlogistics.com>"
frappe_confirmation(
    "a09.eml", sender=BH, to=f"{PRIYA[1]}, {DANA[1]}, {OMAR[1]}", applicant="Priya Nair", job="Logistics Analyst",
    round_="Technical Round", day="24-04-2026", t0="10:00:00", t1="11:00:00", company="Blue Heron Logistics Inc.",
    address="1200 Harbor Blvd, Suite 400, Baltimore, MD 21230", date=at(2026, 4, 17, 12, 0),
    lab_kw=dict(interview=True, start=at(2026, 4, 24, 10), end=at(2026, 4, 24, 11),
                interviewers=[person(*DANA), person(*OMAR)], company="Blue Heron Logistics Inc.",
                role="Logistics Analyst", category="frappe-interview",
                notes="Frappe HRMS confirmation table (Date '24-04-2026', Time '10:00:00 – 11:00:00'); the interviewers "
                "are the other recipients, as get_recipients() sends it"),
)
frappe_reminder(
    "a10.eml", sender=BH, to=f"{PRIYA[1]}, {DANA[1]}, {OMAR[1]}", round_="Technical Round", day="24-04-2026",
    t0="10:00:00", t1="11:00:00", company="Blue Heron Logistics Inc.", date=at(2026, 4, 24, 9, 0),
    lab_kw=dict(interview=True, start=at(2026, 4, 24, 10), end=at(2026, 4, 24, 11),
                interviewers=[person(*DANA), person(*OMAR)], company="Blue Heron Logistics Inc.",
                category="frappe-interview", notes="Frappe HRMS reminder an hour before"),
)
frappe_rescheduled(
    "a11.eml", sender=BH, to=f"{DANA[1]}, {OMAR[1]}, {PRIYA[1]}", name="HR-INT-2026-00042",
    old=("2026-04-24", "10:00:00", "11:00:00"), new=("2026-04-27", "15:30:00", "16:30:00"), date=at(2026, 4, 23, 17, 45),
    lab_kw=dict(interview=True, start=at(2026, 4, 27, 15, 30), end=at(2026, 4, 27, 16, 30),
                interviewers=[person(*DANA), person(*OMAR)], company="Blue Heron Logistics",
                category="frappe-update", notes="Frappe HRMS reschedule: one sentence with both ranges"),
)
frappe_feedback_reminder(
    "a12.eml", sender=BH, to=JORDAN[1], name="HR-INT-2026-00051", applicant="HR-APP-2026-00118",
    round_="Culture Fit Round", date=at(2026, 4, 28, 18, 0),
    lab_kw=dict(interview=False, category="near-miss",
                notes="Frappe HRMS feedback reminder to an interviewer (the user sits on a panel): not their interview"),
)
plain(
    "a13.eml", sender=BH, to=f"Priya Nair <{PRIYA[1]}>", subject="Job Offer: Logistics Analyst",
    date=at(2026, 5, 1, 14, 20),
    html="""<div class="ql-editor read-mode"><p>Dear Priya Nair,</p>
<p>We are pleased to offer you the position of <b>Logistics Analyst</b> at Blue Heron Logistics Inc.</p>
<p>Please find attached the Job Offer <b>HR-OFF-2026-00013</b> with the terms of the offer. Kindly review it and
confirm your acceptance by 8 May 2026.</p>
<p>Regards,<br>Human Resources<br>Blue Heron Logistics Inc.</p>
</div>""",
    lab_kw=dict(interview=False, category="outcome", outcome="offer",
                notes="Job Offer sent from Frappe HRMS (print format attached), new thread after a09-a11"),
)
ANIL = ("Anil Mehta", "anil.mehta@kestrelfoods.ca")
frappe_confirmation(
    "a14.eml", sender="Kestrel Foods Careers <careers@kestrelfoods.ca>", to=f"{MARCUS[1]}, {ANIL[1]}",
    applicant="Marcus Oyelaran", job="Plant Quality Supervisor", round_="Hiring Manager Round", day="05-05-2026",
    t0="14:00:00", t1="14:45:00", company=None, date=at(2026, 4, 28, 10, 0),
    lab_kw=dict(interview=True, start=at(2026, 5, 5, 14), end=at(2026, 5, 5, 14, 45),
                interviewers=[person(*ANIL)], company="Kestrel Foods", role="Plant Quality Supervisor",
                category="frappe-interview",
                notes="Frappe HRMS confirmation without a Company row: the company is the sender's display name"),
)
frappe_reminder(
    "a15.eml", sender="Kestrel Foods Careers <careers@kestrelfoods.ca>", to=f"{MARCUS[1]}, {ANIL[1]}",
    round_="Hiring Manager Round", day="05-05-2026", t0="14:00:00", t1=None, company="Kestrel Foods Ltd.",
    date=at(2026, 5, 5, 13, 0),
    lab_kw=dict(interview=True, start=at(2026, 5, 5, 14), interviewers=[person(*ANIL)], company="Kestrel Foods Ltd.",
                category="frappe-interview", notes="Frappe HRMS reminder without an end time"),
)
plain(
    "a16.eml", sender="Kestrel Foods Careers <careers@kestrelfoods.ca>", to=MARCUS[1],
    subject="Update on your application - Plant Quality Supervisor", date=at(2026, 5, 7, 11, 0),
    html="""<div class="ql-editor read-mode"><p>Dear Marcus Oyelaran,</p>
<p>Congratulations! You have cleared the Hiring Manager Round. Our HR team will share the schedule for the final
round with the plant director shortly.</p>
<p>Regards,<br>Kestrel Foods Careers</p></div>""",
    lab_kw=dict(interview=False, category="outcome", outcome="next_round",
                notes="next round after a14's interview, new thread, no time yet"),
)
WEST = [("Lena Fischer", "lena.fischer@westfieldrobotics.com"), ("Arjun Rao", "arjun.rao@westfieldrobotics.com"),
        ("Kofi Mensah", "kofi.mensah@westfieldrobotics.com")]
s = at(2026, 5, 12, 9, 30)
odoo_invitation(
    "a17.eml", company="Westfield Robotics", organizer=WEST[0], you=JORDAN, others=WEST[1:],
    event="Onsite panel - Controls Engineer", start=s, minutes=90,
    location="Westfield Robotics HQ, 45 Mill Street, Worcester, MA", date=at(2026, 5, 4, 14, 0),
    sender="Lena Fischer <notifications@westfield-robotics.odoo.com>",
    lab_kw=dict(interview=True, start=s, end=at(2026, 5, 12, 11), interviewers=[person(*p) for p in WEST],
                company="Westfield Robotics", role="Controls Engineer", category="odoo-invitation",
                notes="Odoo invitation relayed from notifications@<db>.odoo.com, 'Duration: 1H30', three panelists in the ics"),
)
odoo_applicant(
    "a18.eml", kind="refuse", company="Westfield Robotics", job="Controls Engineer", you=JORDAN,
    sender="Westfield Robotics <notifications@westfield-robotics.odoo.com>", date=at(2026, 5, 19, 16, 0),
    lab_kw=dict(interview=False, category="outcome", outcome="rejected",
                notes="Odoo refusal after a17's panel, new thread"),
)
s = at(2026, 5, 14, 13)
odoo_invitation(
    "a19.eml", company="Quillon Press", organizer=MAYA, you=SOFIA, others=[("Ruth Adeyemi", "ruth.adeyemi@quillonpress.com")],
    event="Final interview - Editorial Operations Lead", start=s, minutes=60,
    description="Following your phone screen, we'd like you to meet Ruth, our Managing Editor, for the final round.",
    location="Quillon Press, 88 Varick St, New York", date=at(2026, 5, 8, 10, 0),
    lab_kw=dict(interview=True, start=s, end=at(2026, 5, 14, 14), outcome="next_round",
                interviewers=[person(*MAYA), person("Ruth Adeyemi", "ruth.adeyemi@quillonpress.com")],
                company="Quillon Press", role="Editorial Operations Lead", category="odoo-invitation",
                notes="Odoo invitation to the final round after a08's screen: an interview and a next_round outcome"),
)
s = at(2026, 4, 30, 11)
odoo_invitation(
    "a20.eml", company="Larkspur Analytics", organizer=("Noor Haddad", "noor.haddad@larkspur-analytics.com"), you=MARCUS,
    others=[], event="Interview - Analytics Engineer", start=s, minutes=45, with_ics=False,
    intro="Your appointment <strong>Hiring Manager Interview</strong>  with Noor Haddad has been booked.",
    sender="Larkspur Analytics <notifications@larkspur.odoo.com>", reply_to="Noor Haddad <noor.haddad@larkspur-analytics.com>",
    videocall="https://larkspur.odoo.com/calendar/join_videocall/q9w2", date=at(2026, 4, 22, 8, 30),
    lab_kw=dict(interview=True, start=s, end=at(2026, 4, 30, 11, 45),
                interviewers=[person("Noor Haddad", "noor.haddad@larkspur-analytics.com")], company="Larkspur Analytics",
                role="Analytics Engineer", category="odoo-appointment",
                notes="Odoo appointment booked: 'Your appointment X with <host> has been booked', HTML only; the host "
                "is the interviewer"),
)

# ---------------------------------------------------------------- batch b: Cal.com and Easy!Appointments --------

MARA = ("Mara Quinn", "mara@lumenforge.io")
s, e = at(2026, 4, 21, 14), at(2026, 4, 21, 14, 45)
calcom(
    "b01.eml", kind="scheduled", event_type="45 Min Technical Interview",
    title="45 Min Technical Interview between Mara Quinn and Jordan Lee", organizer=MARA, attendee=JORDAN, start=s,
    end=e, tz_name="America/New_York", location="https://app.cal.com/video/lumenforge-tech-8f2k",
    description="Technical interview for the Senior Backend Engineer role at Lumenforge.", date=at(2026, 4, 15, 18, 3),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*MARA)], company="Lumenforge",
                role="Senior Backend Engineer", category="calcom",
                notes="Cal.com attendee confirmation, HTML only: When 'Tuesday, April 21, 2026 | 2:00pm - 2:45pm "
                "(America/New_York)', Who 'Mara Quinn - Organizer mara@...'"),
)
s, e = at(2026, 4, 22, 10), at(2026, 4, 22, 10, 45)
calcom(
    "b02.eml", kind="rescheduled", event_type="45 Min Technical Interview",
    title="45 Min Technical Interview between Mara Quinn and Jordan Lee", organizer=MARA, attendee=JORDAN, start=s,
    end=e, tz_name="America/New_York", location="https://app.cal.com/video/lumenforge-tech-8f2k", with_ics=True,
    description="Technical interview for the Senior Backend Engineer role at Lumenforge.", date=at(2026, 4, 17, 9, 12),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*MARA)], company="Lumenforge",
                role="Senior Backend Engineer", category="calcom", notes="Cal.com rescheduled, with the ics"),
)
calcom(
    "b03.eml", kind="cancelled", event_type="45 Min Technical Interview",
    title="45 Min Technical Interview between Mara Quinn and Jordan Lee", organizer=MARA, attendee=JORDAN, start=s,
    end=e, tz_name="America/New_York", reason="Our hiring manager is out sick, I'll send you a new link.",
    with_ics=True, date=at(2026, 4, 21, 19, 40),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*MARA)], company="Lumenforge", cancelled=True,
                category="cancellation", notes="Cal.com cancellation of b02 (METHOD:CANCEL)"),
)
INES = ("Ines Alvarez", "ines@foxglove.studio")
s, e = at(2026, 4, 23, 16), at(2026, 4, 23, 16, 30)
calcom(
    "b04.eml", kind="declined", event_type="Portfolio Review", title="Portfolio Review between Ines Alvarez and Sofia Castellanos",
    organizer=INES, attendee=SOFIA, start=s, end=e, tz_name="America/New_York",
    reason="We've paused hiring for this role, sorry!", date=at(2026, 4, 20, 12, 0),
    lab_kw=dict(interview=False, category="declined-booking",
                notes="Cal.com: the host declined the booking request; no interview will take place"),
)
calcom(
    "b05.eml", kind="submitted", event_type="Intro Call", title="Intro Call between Ines Alvarez and Sofia Castellanos",
    organizer=INES, attendee=SOFIA, start=at(2026, 4, 20, 11), end=at(2026, 4, 20, 11, 20), tz_name="America/New_York",
    date=at(2026, 4, 14, 12, 0),
    lab_kw=dict(interview=False, category="near-miss",
                notes="Cal.com booking submitted, the host still needs to confirm or reject it: no confirmed time"),
)
GRACE = ("Grace Kim", "grace.kim@halcyonbio.com")
HAL = [("Ravi Patel", "ravi.patel@halcyonbio.com"), ("Elena Sokolova", "elena.sokolova@halcyonbio.com")]
s, e = at(2026, 4, 29, 11, tz=CHICAGO), at(2026, 4, 29, 12, tz=CHICAGO)
calcom(
    "b06.eml", kind="scheduled", event_type="Panel Interview", title="Panel Interview between Halcyon Bio and Marcus Oyelaran",
    organizer=GRACE, attendee=MARCUS, team="Halcyon Bio", members=HAL, start=s, end=e, tz_name="America/Chicago",
    location="Google Meet: https://meet.google.com/hbx-qwer-tyu", with_ics=True, date=at(2026, 4, 22, 15, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*GRACE)] + [person(*m) for m in HAL],
                company="Halcyon Bio", category="calcom-team",
                notes="Cal.com team booking: From is the team's name, Who lists the organizer and two team members"),
)
s, e = at(2026, 4, 28, 9, 30), at(2026, 4, 28, 10)
calcom(
    "b07.eml", kind="scheduled", event_type="Recruiter Screen", title="Recruiter Screen between Tom Alvarez and Priya Nair",
    organizer=("Tom Alvarez", "tom.alvarez@brightwatercu.org"), attendee=PRIYA, start=s, end=e, tz_name="America/New_York",
    hide_organizer_email=True, fmt12=False, location="Phone: Tom will call +1 555 0134",
    description="30-minute screening call for the Member Services Representative role at Brightwater Credit Union.",
    date=at(2026, 4, 24, 10, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Tom Alvarez", None)],
                company="Brightwater Credit Union", role="Member Services Representative", category="calcom",
                notes="Cal.com with the organizer's address hidden, 24-hour times; the host is named only"),
)
calcom(
    "b08.eml", kind="reschedule_request", event_type="45 Min Technical Interview",
    title="45 Min Technical Interview between Mara Quinn and Jordan Lee", organizer=MARA, attendee=JORDAN,
    start=at(2026, 4, 21, 14), end=at(2026, 4, 21, 14, 45), tz_name="America/New_York", date=at(2026, 4, 16, 8, 0),
    lab_kw=dict(interview=True, start=at(2026, 4, 21, 14), end=at(2026, 4, 21, 14, 45), interviewers=[person(*MARA)],
                company="Lumenforge", cancelled=True, category="cancellation",
                notes="Cal.com 'requested you to pick another time': the booking of b01 is cancelled"),
)
LIN = ("Dr. Wei Lin", "wei.lin@orchidhealth.org")
s, e = at(2026, 5, 6, 13), at(2026, 5, 6, 14)
calcom(
    "b09.eml", kind="scheduled", event_type="Clinical Pharmacist Interview",
    title="Clinical Pharmacist Interview between Dr. Wei Lin and Camille Dubois", organizer=LIN, attendee=CAMILLE,
    start=s, end=e, tz_name="America/New_York", sender_domain="meet.orchidhealth.org", with_ics=True,
    location="Orchid Health, 3 Riverside Plaza, Hartford, CT", date=at(2026, 4, 29, 11, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*LIN)], company="Orchid Health",
                role="Clinical Pharmacist", category="calcom", notes="self-hosted Cal.com at the company's domain"),
)
RIDGE = ("Ridgeway Dental Group", "no-reply@ridgewaydental.com")
s, e = at(2026, 5, 4, 9), at(2026, 5, 4, 10)
easyappointments(
    "b10.eml", kind="booked", company=RIDGE[0], company_email=RIDGE[1], service="Interview - Dental Hygienist",
    provider="Karen Olsen", start=s, end=e, tz_name="America/New_York", you=CAMILLE,
    location="Ridgeway Dental Group, 14 Elm St, Stamford, CT", date=at(2026, 4, 27, 9, 5),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Karen Olsen", None)], company="Ridgeway Dental Group",
                role="Dental Hygienist", category="easyappointments",
                notes="Easy!Appointments booked: Start and End rows, footer 'Powered by Easy!Appointments'"),
)
s, e = at(2026, 5, 5, 13), at(2026, 5, 5, 14)
easyappointments(
    "b11.eml", kind="changed", company=RIDGE[0], company_email=RIDGE[1], service="Interview - Dental Hygienist",
    provider="Karen Olsen", start=s, end=e, tz_name="America/New_York", you=CAMILLE, date=at(2026, 4, 29, 14, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Karen Olsen", None)], company="Ridgeway Dental Group",
                role="Dental Hygienist", category="easyappointments", notes="Easy!Appointments details changed"),
)
easyappointments(
    "b12.eml", kind="deleted", company=RIDGE[0], company_email=RIDGE[1], service="Interview - Dental Hygienist",
    provider="Karen Olsen", start=s, end=e, tz_name="America/New_York", you=CAMILLE, date=at(2026, 5, 1, 8, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Karen Olsen", None)], company="Ridgeway Dental Group",
                cancelled=True, category="cancellation-in-words",
                notes="Easy!Appointments 'removed from the company's schedule', no calendar part"),
)
s, e = at(2026, 5, 12, 10, tz=LONDON), at(2026, 5, 12, 10, 45, tz=LONDON)
easyappointments(
    "b13.eml", kind="booked", company="Harbour & Finch Solicitors", company_email="bookings@harbourfinch.co.uk",
    service="Trainee Solicitor Interview (45 minutes)", provider="Eleanor Price", start=s, end=e,
    tz_name="Europe/London", you=LUKAS, date_format="%d/%m/%Y %H:%M", date=at(2026, 5, 1, 12, 0),
    lab_kw=dict(interview=True, start=s, end=e,
                interviewers=[person("Eleanor Price", None), person("Harbour & Finch Solicitors", "bookings@harbourfinch.co.uk")],
                company="Harbour & Finch Solicitors", role="Trainee Solicitor", category="easyappointments",
                notes="Easy!Appointments, day-first dates '12/05/2026 10:00', Timezone row Europe/London"),
)
easyappointments(
    "b14.eml", kind="booked", company=RIDGE[0], company_email=RIDGE[1], service="Cleaning & Check-up",
    provider="Karen Olsen", start=at(2026, 6, 2, 8), end=at(2026, 6, 2, 9), tz_name="America/New_York", you=JORDAN,
    date=at(2026, 5, 20, 9, 0),
    lab_kw=dict(interview=False, category="near-miss", notes="Easy!Appointments dental appointment, not an interview"),
)
calcom(
    "b15.eml", kind="scheduled", event_type="30 Min Meeting", title="30 Min Meeting between Nora Blake and Jordan Lee",
    organizer=("Nora Blake", "nora@blakerealty.com"), attendee=JORDAN, start=at(2026, 5, 9, 10), end=at(2026, 5, 9, 10, 30),
    tz_name="America/New_York", description="Apartment viewing - 2BR on Chestnut St.", date=at(2026, 5, 6, 10, 0),
    lab_kw=dict(interview=False, category="near-miss", notes="Cal.com booking with a realtor"),
)
s, e = at(2026, 4, 30, 11, tz=CHICAGO), at(2026, 4, 30, 12, tz=CHICAGO)
calcom(
    "b16.eml", kind="rescheduled", event_type="Panel Interview", title="Panel Interview between Halcyon Bio and Marcus Oyelaran",
    organizer=GRACE, attendee=MARCUS, team="Halcyon Bio", members=HAL, start=s, end=e, tz_name="America/Chicago",
    location="Google Meet: https://meet.google.com/hbx-qwer-tyu", date=at(2026, 4, 27, 15, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*GRACE)] + [person(*m) for m in HAL],
                company="Halcyon Bio", category="calcom-team", notes="Cal.com team reschedule, HTML only"),
)
s, e = at(2026, 5, 19, 14, tz=PARIS), at(2026, 5, 19, 14, 30, tz=PARIS)
calcom(
    "b17.eml", kind="scheduled", event_type="Entretien RH (30 min)",
    title="Entretien RH (30 min) between Claire Moreau and Camille Dubois",
    organizer=("Claire Moreau", "claire.moreau@maison-verel.fr"), attendee=CAMILLE, start=s, end=e, tz_name="Europe/Paris",
    fmt12=False, description="Premier entretien pour le poste de Cheffe de projet digital chez Maison Verel.",
    date=at(2026, 5, 12, 9, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Claire Moreau", "claire.moreau@maison-verel.fr")],
                company="Maison Verel", role="Cheffe de projet digital", category="calcom",
                notes="Cal.com in English with a French event type, Europe/Paris, 24-hour times"),
)
s, e = at(2026, 5, 21, 10), at(2026, 5, 21, 11, 30)
easyappointments(
    "b18.eml", kind="booked", company="Orchard Valley Schools", company_email="hr-bookings@orchardvalley.k12.ny.us",
    service="Teaching Demo & Interview", provider="Principal Angela Ruiz", start=s, end=e, tz_name="America/New_York",
    you=PRIYA, date_format="%B %d, %Y %I:%M %p", description="Grade 5 teacher position: 20-minute demo lesson, then the panel.",
    date=at(2026, 5, 14, 7, 30),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Angela Ruiz", None), person("Orchard Valley Schools", "hr-bookings@orchardvalley.k12.ny.us")],
                company="Orchard Valley Schools",
                category="easyappointments", notes="Easy!Appointments, 'May 21, 2026 10:00 AM' in Start and End rows"),
)
plain(
    "b19.eml", sender="Lumenforge Recruiting <recruiting@lumenforge.io>", to=JORDAN[1],
    subject="Next steps with Lumenforge", date=at(2026, 4, 28, 13, 0),
    text="""Hi Jordan,

Thank you for your time with the team. We're happy to let you know that you've been selected to move on to the
final round of interviews for the Senior Backend Engineer position.

Our coordinator will reach out shortly to schedule the onsite.

Best,
Lumenforge Recruiting""",
    lab_kw=dict(interview=False, category="outcome", outcome="next_round",
                notes="next round from the company's recruiting address, new thread, no time"),
)
plain(
    "b20.eml", sender="Halcyon Bio Talent <talent@halcyonbio.com>", to=MARCUS[1], subject="Your application to Halcyon Bio",
    date=at(2026, 5, 6, 17, 30),
    html="""<p>Dear Marcus,</p>
<p>It was a pleasure having you on the panel call with Grace, Ravi and Elena last week. The team compared notes
on Friday and we have chosen to go ahead with a candidate who has more wet-lab automation behind them.</p>
<p>We'd be glad to hear from you again when a computational role opens up at Halcyon Bio.</p>
<p>Halcyon Bio Talent Team</p>""",
    lab_kw=dict(interview=False, category="outcome", outcome="rejected",
                notes="rejection after b06/b16's panel, new thread, HTML only"),
)

# ---------------------------------------------------------------- batch c: Nextcloud, outcomes, near-misses ------

ANNA = ("Anna Weber", "anna.weber@brightfield-energie.de")
JONAS = ("Jonas Keller", "jonas.keller@brightfield-energie.de")
s, e = at(2026, 5, 6, 10, tz=BERLIN), at(2026, 5, 6, 11, tz=BERLIN)
nextcloud(
    "c01.eml", kind="request", organizer=ANNA, you=LUKAS, others=[JONAS], summary="Vorstellungsgespräch Frontend-Entwickler",
    start=s, end=e, tz_name="Europe/Berlin", location="https://cloud.brightfield-energie.de/call/x7hq2",
    description="Vorstellungsgespräch für die Stelle Frontend-Entwickler (m/w/d) bei der Brightfield Energie GmbH.\n"
    "Gesprächspartner: Anna Weber (HR), Jonas Keller (Teamleitung Web)",
    instance="Brightfield Cloud", host="cloud.brightfield-energie.de", date=at(2026, 4, 29, 8, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*ANNA), person(*JONAS)],
                company="Brightfield Energie GmbH", role="Frontend-Entwickler", category="nextcloud", lang="de",
                notes="Nextcloud iMIP invitation 'X via <instance>', Reply-To the organizer, ics with TZID"),
)
nextcloud(
    "c02.eml", kind="cancel", organizer=ANNA, you=LUKAS, others=[JONAS], summary="Vorstellungsgespräch Frontend-Entwickler",
    start=s, end=e, tz_name="Europe/Berlin", instance="Brightfield Cloud", host="cloud.brightfield-energie.de", seq=1,
    date=at(2026, 5, 4, 8, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*ANNA), person(*JONAS)],
                company="Brightfield Energie", cancelled=True, category="cancellation", lang="de",
                notes="Nextcloud cancellation of c01"),
)
RUI = ("Rui Costa", "rui.costa@tessera.pt")
s, e = at(2026, 5, 13, 15, tz=LISBON), at(2026, 5, 13, 16, tz=LISBON)
nextcloud(
    "c03.eml", kind="request", organizer=RUI, you=SOFIA, others=[("Marta Sousa", "marta.sousa@tessera.pt")],
    summary="Interview - Data Engineer (Tessera)", start=s, end=e, tz_name="Europe/Lisbon",
    location="Tessera, Rua do Ouro 120, Lisboa", host="nc.tessera.pt", date=at(2026, 5, 5, 9, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*RUI), person("Marta Sousa", "marta.sousa@tessera.pt")],
                company="Tessera", role="Data Engineer", category="nextcloud",
                notes="Nextcloud invitation 'Rui Costa via Nextcloud': the product's name is not the company"),
)
s, e = at(2026, 5, 14, 10, tz=LISBON), at(2026, 5, 14, 11, tz=LISBON)
nextcloud(
    "c04.eml", kind="update", organizer=RUI, you=SOFIA, others=[("Marta Sousa", "marta.sousa@tessera.pt")],
    summary="Interview - Data Engineer (Tessera)", start=s, end=e, tz_name="Europe/Lisbon", seq=1,
    location="Tessera, Rua do Ouro 120, Lisboa", host="nc.tessera.pt", date=at(2026, 5, 8, 9, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*RUI), person("Marta Sousa", "marta.sousa@tessera.pt")],
                company="Tessera", role="Data Engineer", category="nextcloud", notes="Nextcloud update of c03"),
)
plain(
    "c05.eml", sender="Tessera People <people@tessera.pt>", to=SOFIA[1], subject="Offer of employment",
    date=at(2026, 5, 20, 10, 0),
    text="""Dear Sofia,

Following your conversations with Rui and Marta, we are delighted to offer you the position of Data Engineer at
Tessera. Your contract and a summary of the terms are attached.

Please let us know your decision by 29 May.

Kind regards,
Tessera People""",
    lab_kw=dict(interview=False, category="outcome", outcome="offer", notes="offer after c04, new thread"),
)
odoo_applicant(
    "c06.eml", kind="refuse", company="Brightfield Energie GmbH", job="Frontend-Entwickler (m/w/d)", you=LUKAS,
    sender="Brightfield Energie GmbH <notifications@brightfield.odoo.com>", date=at(2026, 5, 12, 9, 0),
    lab_kw=dict(interview=False, category="outcome", outcome="rejected",
                notes="Odoo refusal (English template) from a German company, new thread"),
)
plain(
    "c07.eml", sender="Ridgeway Dental Group <no-reply@ridgewaydental.com>", to=CAMILLE[1],
    reply_to="Karen Olsen <karen@ridgewaydental.com>", subject="Dental Hygienist position", date=at(2026, 5, 8, 12, 0),
    text="""Hello Camille,

Thank you again for coming in to meet Dr. Olsen. We are delighted to offer you the Dental Hygienist position at
Ridgeway Dental Group, starting June 1. Your offer letter is attached; please sign and return it by May 15.

Warm regards,
Ridgeway Dental Group""",
    lab_kw=dict(interview=False, category="outcome", outcome="offer",
                notes="offer after b10/b11, new thread, the booking system's no-reply address"),
)
odoo_applicant(
    "c08.eml", kind="refuse", company="Orchid Health", job="Clinical Pharmacist", you=CAMILLE,
    sender="Orchid Health Recruiting <recruiting@orchidhealth.org>", user=("Dr. Wei Lin", "wei.lin@orchidhealth.org", "+1 860-555-0102"),
    date=at(2026, 5, 13, 15, 0),
    lab_kw=dict(interview=False, category="outcome", outcome="rejected",
                notes="Odoo refusal from an 'X Recruiting' display name after b09"),
)
plain(
    "c09.eml", sender="Brightwater Credit Union <careers@brightwatercu.org>", to=PRIYA[1],
    subject="Member Services Representative - next steps", date=at(2026, 5, 1, 14, 0),
    html="""<p>Hi Priya,</p>
<p>Thanks for speaking with Tom earlier this week! We'd like to invite you to a second interview with our branch
manager. You can pick a time that suits you here:</p>
<p><a href="https://cal.com/brightwatercu/branch-interview">Book your second interview</a></p>
<p>Brightwater Credit Union Talent Acquisition</p>""",
    lab_kw=dict(interview=False, category="outcome", outcome="next_round",
                notes="second-interview invitation with a booking link, no time, after b07"),
)
plain(
    "c10.eml", sender="Orchard Valley Schools <hr-bookings@orchardvalley.k12.ny.us>", to=PRIYA[1],
    subject="Grade 5 Teacher - Application Status", date=at(2026, 5, 28, 16, 0),
    text="""Dear Priya Nair,

Thank you for your interest in the Grade 5 Teacher position with Orchard Valley Schools and for the time you spent
with our interview panel. The position has been filled. We will keep your application on file.

Sincerely,
Human Resources, Orchard Valley Schools""",
    lab_kw=dict(interview=False, category="outcome", outcome="rejected", notes="'the position has been filled' after b18"),
)
plain(
    "c11.eml", sender="Harbour & Finch Solicitors <bookings@harbourfinch.co.uk>", to=LUKAS[1],
    subject="Your training contract application", date=at(2026, 5, 20, 11, 0),
    text="""Dear Lukas,

Thank you for attending the interview with Eleanor Price. We are pleased to invite you to our assessment centre, the
final stage of our process. Eleanor will be in touch with the date and the exercises.

Kind regards,
Graduate Recruitment
Harbour & Finch Solicitors""",
    lab_kw=dict(interview=False, category="outcome", outcome="next_round", notes="next stage (assessment centre) after b13"),
)
calcom(
    "c12.eml", kind="scheduled", event_type="Mock Interview (60 min)",
    title="Mock Interview (60 min) between Jordan Lee and Sam Porter", organizer=JORDAN, attendee=("Sam Porter", "sam.porter@gmail.com"),
    start=at(2026, 5, 16, 11), end=at(2026, 5, 16, 12), tz_name="America/New_York",
    description="Practice session before Sam's product manager interviews.", date=at(2026, 5, 10, 10, 0),
    lab_kw=dict(interview=False, category="near-miss",
                notes="a mock interview the user hosts for a friend: no job interview for the user"),
)
plain(
    "c13.eml", sender="Westfield Robotics Careers <careers@westfieldrobotics.com>", to=JORDAN[1],
    subject="New jobs at Westfield Robotics matching your alert", date=at(2026, 5, 25, 7, 0),
    html="""<h2>3 new jobs match your alert "controls"</h2>
<ul><li><a href="https://careers.westfieldrobotics.com/jobs/412">Senior Controls Engineer</a> - Worcester, MA</li>
<li><a href="https://careers.westfieldrobotics.com/jobs/415">Controls Technician</a> - Worcester, MA</li>
<li><a href="https://careers.westfieldrobotics.com/jobs/420">Motion Control Intern</a> - Remote</li></ul>
<p>Our interview process: a 30-minute recruiter call, a 60-minute technical interview and an onsite panel.</p>
<p style="font-size:11px">You receive this email because you created a job alert. Unsubscribe</p>""",
    lab_kw=dict(interview=False, category="near-miss", notes="job alert describing the interview process"),
)
nextcloud(
    "c14.eml", kind="request", organizer=("Pia Hofmann", "pia.hofmann@posteo.de"), you=LUKAS, others=[],
    summary="Quartalsplanung Verein", start=at(2026, 6, 3, 19, tz=BERLIN), end=at(2026, 6, 3, 21, tz=BERLIN),
    tz_name="Europe/Berlin", host="cloud.posteo-users.de", date=at(2026, 5, 27, 8, 0),
    lab_kw=dict(interview=False, start=at(2026, 6, 3, 19, tz=BERLIN), end=at(2026, 6, 3, 21, tz=BERLIN),
                category="near-miss", lang="de", notes="Nextcloud invitation to a club meeting"),
)
frappe_confirmation(
    "c15.eml", sender="Talent at Sundial Solar <talent@sundialsolar.com>",
    to=f"{SOFIA[1]}, hugo.lambert@sundialsolar.com, mei.tanaka@sundialsolar.com", applicant="Sofia Castellanos",
    job="Solar Project Coordinator", round_="Panel Interview", day="06-09-2026", t0="09:30:00", t1="10:30:00",
    company="Sundial Solar LLC", address="Zoom link to follow", subject="Interview Scheduled - Solar Project Coordinator",
    date=at(2026, 5, 29, 10, 0),
    lab_kw=dict(interview=True, start=at(2026, 6, 9, 9, 30), end=at(2026, 6, 9, 10, 30),
                interviewers=[person("Hugo Lambert", "hugo.lambert@sundialsolar.com"),
                              person("Mei Tanaka", "mei.tanaka@sundialsolar.com")],
                company="Sundial Solar LLC", role="Solar Project Coordinator", category="frappe-interview",
                notes="Frappe HRMS on a US site (mm-dd-yyyy: '06-09-2026' is June 9)"),
)
plain(
    "c16.eml", sender="Talent at Sundial Solar <talent@sundialsolar.com>", to=SOFIA[1], subject="Sundial Solar - decision",
    date=at(2026, 6, 16, 15, 0),
    text="""Hi Sofia,

Hugo and Mei enjoyed the panel with you. We had a very strong field for the coordinator role and, after
comparing our notes, we regret that we won't be offering you the position.

Best regards,
Talent at Sundial Solar""",
    lab_kw=dict(interview=False, category="outcome", outcome="rejected", notes="rejection after c15, new thread"),
)
odoo_applicant(
    "c17.eml", kind="ack", company="Sundial Solar LLC", job="Solar Project Coordinator", you=SOFIA,
    sender="Sundial Solar LLC <notifications@sundialsolar.odoo.com>", date=at(2026, 5, 15, 10, 0),
    lab_kw=dict(interview=False, category="near-miss", notes="Odoo acknowledgement before c15"),
)
frappe_feedback_reminder(
    "c18.eml", sender="Talent at Sundial Solar <talent@sundialsolar.com>", to=PRIYA[1], name="HR-INT-2026-00077",
    applicant="HR-APP-2026-00201", round_="Panel Interview", date=at(2026, 6, 10, 18, 0),
    lab_kw=dict(interview=False, category="near-miss", notes="feedback reminder to a panelist"),
)
s, e = at(2026, 6, 2, 16), at(2026, 6, 2, 16, 45)
calcom(
    "c19.eml", kind="scheduled", event_type="Final Interview with the CEO",
    title="Final Interview with the CEO between Ada Okafor and Priya Nair",
    organizer=("Ada Okafor", "ada@brightwatercu.org"), attendee=PRIYA, start=s, end=e, tz_name="America/New_York",
    description="Final round for the Member Services Representative role. Duration: 45 minutes.", with_ics=False,
    date=at(2026, 5, 27, 12, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Ada Okafor", "ada@brightwatercu.org")],
                company="Brightwater Credit Union", role="Member Services Representative", category="calcom",
                notes="Cal.com final round; the company only in the description"),
)
plain(
    "c20.eml", sender="Larkspur Analytics <notifications@larkspur.odoo.com>", to=MARCUS[1],
    reply_to="Noor Haddad <noor.haddad@larkspur-analytics.com>", subject="Your Job Application: Analytics Engineer",
    date=at(2026, 5, 7, 9, 0),
    html="""<table border="0" cellpadding="0" cellspacing="0" width="590"><tr><td valign="top">
<div style="font-size: 13px;">Hello Marcus,<br/><br/>
Congratulations! We are happy to share that the hiring team would like to make you an offer for the Analytics
Engineer position. Noor will call you this week to go over the details, and the written offer will follow.<br/><br/>
Thank you,<br/>
<div style="font-size: 11px; color: grey;">-- <br/><strong>Noor Haddad</strong><br/>Email: noor.haddad@larkspur-analytics.com</div>
</div></td></tr></table>
<div style="font-size: 11px; color: #8f8f8f; text-align: center;">Larkspur Analytics<br/>Powered by <a href="https://www.odoo.com">Odoo</a></div>""",
    lab_kw=dict(interview=False, category="outcome", outcome="offer",
                notes="offer in an Odoo stage template after a20, new thread"),
)

write()
