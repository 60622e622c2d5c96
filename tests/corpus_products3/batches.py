# ruff: noqa: E501  (rendered product templates keep their long lines)
"""The messages of tests/corpus_products3, batch by batch, with their labels (see render.py and README.md).

    python3 tests/corpus_products3/batches.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render import (
    at,
    ats,
    ats_card,
    column_table,
    google_invite,
    opencats_event,
    opencats_status,
    outlook_invite,
    person,
    plain,
    suitecrm_meeting,
    vevent,
    write,
)

JORDAN = ("Jordan Lee", "jordan.lee@fastmail.com")
PRIYA = ("Priya Nair", "priya.n@gmail.com")
MARCUS = ("Marcus Oyelaran", "marcus.oyelaran@outlook.com")
SOFIA = ("Sofia Castellanos", "sofia.castellanos@proton.me")
LUKAS = ("Lukas Brenner", "lukas.brenner@posteo.de")
CAMILLE = ("Camille Dubois", "camille.dubois@icloud.com")
LA = ZoneInfo("America/Los_Angeles")
CHICAGO = ZoneInfo("America/Chicago")
LONDON = ZoneInfo("Europe/London")
BERLIN = ZoneInfo("Europe/Berlin")


def who(*people):
    return [person(*p) for p in people]


def fmt(p):
    return f"{p[0]} <{p[1]}>"


# ---------------------------------------------------------------- batch a: calendars and CRMs ---------------------

# a01 Google Calendar: the hiring manager organizes and interviews, with a colleague
MAYA = ("Maya Chen", "maya.chen@quillstone.com")
OREN = ("Oren Katz", "oren.katz@quillstone.com")
s, e = at(2026, 4, 21, 14), at(2026, 4, 21, 15)
google_invite("a01.eml", organizer=MAYA, you=JORDAN, guests=[OREN], summary="Interview: Jordan Lee <> Quillstone (Product Designer)",
              start=s, end=e, tz_name="America/New_York",
              description="Hi Jordan, this is your portfolio review with Maya and Oren. Looking forward to it!\n\nMaya Chen\nDesign Director, Quillstone Studio Co.",
              date=at(2026, 4, 15, 9, 3),
              lab_kw=dict(interview=True, start=s, end=e, interviewers=who(MAYA, OREN), company="Quillstone Studio Co.",
                          role="Product Designer", category="google-invitation",
                          notes="Google Calendar: organizer listed first among the Guests with ' - organizer'; legal name in the signature, domain slug 'quillstone'"))

# a02 Google Calendar updated: new time, Pacific zone
ELI = ("Eli Brandt", "eli@fernhollow.io")
s, e = at(2026, 4, 23, 10, tz=LA), at(2026, 4, 23, 10, 45, tz=LA)
google_invite("a02.eml", organizer=ELI, you=PRIYA, guests=[], summary="Fernhollow phone screen - Priya Nair",
              start=s, end=e, tz_name="America/Los_Angeles", kind="updated",
              description="Moved to Thursday as discussed. I'll call you on Meet.\n-- \nEli Brandt | Engineering Manager | Fernhollow",
              date=at(2026, 4, 17, 16, 40),
              lab_kw=dict(interview=True, start=s, end=e, interviewers=who(ELI), company="Fernhollow", role=None,
                          category="google-update", notes="Google 'Updated invitation' in Pacific Time; 45 minutes"))

# a03 Google Calendar canceled
s, e = at(2026, 4, 21, 14), at(2026, 4, 21, 15)
google_invite("a03.eml", organizer=MAYA, you=JORDAN, guests=[OREN], summary="Interview: Jordan Lee <> Quillstone (Product Designer)",
              start=s, end=e, tz_name="America/New_York", kind="cancel", meet=False, date=at(2026, 4, 18, 11, 2),
              lab_kw=dict(interview=True, start=s, end=e, interviewers=who(MAYA, OREN), company="Quillstone", cancelled=True,
                          role="Product Designer", category="google-cancel", notes="Google 'Canceled event' of a01"))

# a04 Google Calendar organized by a coordinator; the words name who interviews
TESS = ("Tess Morgan", "tess.morgan@harborlight.com")
RAJ = ("Raj Iyer", "raj.iyer@harborlight.com")
LENA = ("Lena Duarte", "lena.duarte@harborlight.com")
s, e = at(2026, 4, 28, 11), at(2026, 4, 28, 12, 30)
google_invite("a04.eml", organizer=TESS, you=MARCUS, guests=[RAJ, LENA], summary="Marcus Oyelaran - Onsite Panel (Data Engineer)",
              start=s, end=e, tz_name="America/New_York", meet=False, location="Harborlight Health, 40 Water St, New York, NY",
              description="Raj Iyer and Lena Duarte will conduct the interview. Please bring a photo ID to the front desk.\n\nTess Morgan\nRecruiting Coordinator | Harborlight Health",
              date=at(2026, 4, 20, 14, 15),
              lab_kw=dict(interview=True, start=s, end=e, interviewers=who(RAJ, LENA), company="Harborlight Health",
                          role="Data Engineer", category="google-invitation",
                          notes="coordinator organizes; 'X and Y will conduct the interview' names the panel"))

# a05 Outlook/Teams invitation from the hiring manager, a panelist as attendee
NOAH = ("Noah Fischer", "noah.fischer@veltrion.com")
IRIS = ("Iris Campbell", "iris.campbell@veltrion.com")
s, e = at(2026, 4, 22, 15), at(2026, 4, 22, 16)
outlook_invite("a05.eml", organizer=NOAH, you=SOFIA, attendees=[(*IRIS, "REQ-PARTICIPANT")],
               summary="Technical interview - Sofia Castellanos", start=s, end=e, tz_name="America/New_York",
               body="Hi Sofia,\n\nSending over the invite for our technical conversation. Iris from the platform team will join me.\n\nBest,\nNoah Fischer\nDirector of Engineering\nVeltrion Systems, Inc.\n",
               date=at(2026, 4, 16, 10, 5),
               lab_kw=dict(interview=True, start=s, end=e, interviewers=who(NOAH, IRIS), company="Veltrion Systems, Inc.",
                           role=None, category="teams-invitation", notes="Outlook Teams meeting: organizer interviews with an attendee"))

# a06 Outlook forwarded-style invite with the When: line in Central time, organizer only
GRACE = ("Grace Okafor", "gokafor@meridianfreight.com")
s, e = at(2026, 4, 24, 9, tz=CHICAGO), at(2026, 4, 24, 9, 30, tz=CHICAGO)
outlook_invite("a06.eml", organizer=GRACE, you=LUKAS, attendees=[], summary="Phone Interview - Logistics Analyst",
               start=s, end=e, tz_name="America/Chicago", teams=False, location="Phone - I will call 617-555-0199", when_line=True,
               body="Lukas,\n\nLooking forward to speaking with you about the Logistics Analyst role.\n\nGrace Okafor\nTalent Acquisition Partner\nMeridian Freight LLC\n",
               date=at(2026, 4, 20, 8, 1),
               lab_kw=dict(interview=True, start=s, end=e, interviewers=who(GRACE), company="Meridian Freight LLC",
                           role="Logistics Analyst", category="outlook-invitation",
                           notes="Outlook 'When:' line with a Windows zone name; legal name 'LLC'; domain slug 'meridianfreight'"))

# a07 Teams invitation with a panel, organizer a coordinator marked as optional? no: coordinator not interviewing
ANNA = ("Anna Kowalski", "anna.kowalski@brightpath-analytics.com")
BEN = ("Ben Adeyemi", "ben.adeyemi@brightpath-analytics.com")
CHLOE = ("Chloe Martin", "chloe.martin@brightpath-analytics.com")
SAM = ("Sam Rivera", "recruiting@brightpath-analytics.com")
s, e = at(2026, 4, 29, 13), at(2026, 4, 29, 14, 30)
outlook_invite("a07.eml", organizer=SAM, you=CAMILLE,
               attendees=[(*ANNA, "REQ-PARTICIPANT"), (*BEN, "REQ-PARTICIPANT"), (*CHLOE, "REQ-PARTICIPANT")],
               summary="Final round: Camille Dubois - Senior Analyst", start=s, end=e, tz_name="America/New_York",
               body="Hello Camille,\n\nPlease find below the details of your final round. You will meet Anna Kowalski, Ben Adeyemi and Chloe Martin (30 minutes each).\n\nKind regards,\nSam Rivera\nTalent Team, BrightPath Analytics\n",
               date=at(2026, 4, 22, 12, 30),
               lab_kw=dict(interview=True, start=s, end=e, interviewers=who(ANNA, BEN, CHLOE), company="BrightPath Analytics",
                           role="Senior Analyst", category="teams-invitation",
                           notes="recruiting mailbox organizes; three panelists as attendees"))

# a08 Teams update (new time)
s, e = at(2026, 4, 30, 13), at(2026, 4, 30, 14, 30)
outlook_invite("a08.eml", organizer=SAM, you=CAMILLE,
               attendees=[(*ANNA, "REQ-PARTICIPANT"), (*BEN, "REQ-PARTICIPANT"), (*CHLOE, "REQ-PARTICIPANT")],
               summary="Final round: Camille Dubois - Senior Analyst", start=s, end=e, tz_name="America/New_York", kind="updated",
               body="Hello Camille,\n\nWe had to move your final round by one day, same time. Apologies for the change.\n\nKind regards,\nSam Rivera\nTalent Team, BrightPath Analytics\n",
               date=at(2026, 4, 24, 9, 10),
               lab_kw=dict(interview=True, start=s, end=e, interviewers=who(ANNA, BEN, CHLOE), company="BrightPath Analytics",
                           role="Senior Analyst", category="teams-update", notes="Outlook 'Updated:' moving a07 by a day"))

# a09 Outlook canceled (in words + CANCEL)
s, e = at(2026, 4, 24, 9, tz=CHICAGO), at(2026, 4, 24, 9, 30, tz=CHICAGO)
outlook_invite("a09.eml", organizer=GRACE, you=LUKAS, attendees=[], summary="Phone Interview - Logistics Analyst",
               start=s, end=e, tz_name="America/Chicago", teams=False, kind="cancel", location="Phone",
               body="Lukas, the hiring manager has paused this search, so I have to cancel our call. I'm sorry for the short notice.\n\nGrace Okafor\nMeridian Freight LLC\n",
               date=at(2026, 4, 22, 15, 0),
               lab_kw=dict(interview=True, start=s, end=e, interviewers=who(GRACE), company="Meridian Freight", cancelled=True,
                           role="Logistics Analyst", category="outlook-cancel", notes="cancellation of a06"))

# a10 Teams invitation where the panel sits in Cc and no ics attendees but the organizer
HUGO = ("Hugo Lambert", "hugo.lambert@corvane.com")
PIA = ("Pia Sorensen", "pia.sorensen@corvane.com")
s, e = at(2026, 5, 5, 10), at(2026, 5, 5, 11)
outlook_invite("a10.eml", organizer=HUGO, you=JORDAN, attendees=[(*PIA, "REQ-PARTICIPANT")],
               summary="Corvane | Interview with Jordan Lee", start=s, end=e, tz_name="America/New_York", cc=fmt(PIA),
               body="Hi Jordan,\n\nAs promised, here is the invite. Pia (cc'd) and I will walk through the case with you.\n\nHugo Lambert\nHead of Data\nCorvane Labs Ltd\n",
               date=at(2026, 4, 28, 17, 45),
               lab_kw=dict(interview=True, start=s, end=e, interviewers=who(HUGO, PIA), company="Corvane Labs Ltd",
                           role=None, category="teams-invitation", notes="panelist in Cc and in the ics; legal name 'Ltd'"))

# a11 SuiteCRM meeting from the hiring company's CRM
OLIVIA = ("Olivia Grant", "olivia.grant@pinecrestlegal.com")
s = at(2026, 4, 27, 14)
suitecrm_meeting("a11.eml", assigner=OLIVIA, company="Pinecrest Legal", crm_host="crm.pinecrestlegal.com", you=PRIYA,
                 subject_="Interview - Paralegal position", start=s, minutes=45, tz_name="America/New_York",
                 description="Interview with Olivia Grant, Managing Partner. Pinecrest Legal PLLC, 12 Court Square, Albany NY.",
                 date=at(2026, 4, 21, 9, 30), ics_attendees=[],
                 lab_kw=dict(interview=True, start=s, end=at(2026, 4, 27, 14, 45), interviewers=who(OLIVIA),
                             company="Pinecrest Legal PLLC", role="Paralegal", category="suitecrm-meeting",
                             notes="SuiteCRM meeting notification: Start Date '04/27/2026 02:00pm EDT', Duration '0h, 45m'"))

# a12 SuiteCRM meeting, Central time written with zone abbreviation, two interviewers in the description
KYLE = ("Kyle Benson", "kbenson@redoakmfg.com")
DANA = ("Dana Price", "dprice@redoakmfg.com")
s = at(2026, 5, 6, 9, 30, tz=CHICAGO)
suitecrm_meeting("a12.eml", assigner=KYLE, company="Red Oak Manufacturing", crm_host="suite.redoakmfg.com", you=MARCUS,
                 subject_="Interview: Marcus Oyelaran / Quality Engineer", start=s, minutes=60, tz_name="America/Chicago",
                 description="On-site interview with Kyle Benson (kbenson@redoakmfg.com) and Dana Price (dprice@redoakmfg.com), plant tour afterwards.",
                 date=at(2026, 4, 29, 11, 0),
                 lab_kw=dict(interview=True, start=s, end=at(2026, 5, 6, 10, 30, tz=CHICAGO), interviewers=who(KYLE, DANA),
                             company="Red Oak Manufacturing", role="Quality Engineer", category="suitecrm-meeting",
                             notes="SuiteCRM meeting in CDT; both interviewers named with addresses in the description"))

# a13 SuiteCRM: interview at a credit union, two interviewers named in the description without addresses, assigner interviews
BETH = ("Beth Olsen", "bolsen@harborviewcu.org")
s = at(2026, 5, 4, 11)
suitecrm_meeting("a13.eml", assigner=BETH, company="Harborview Credit Union", crm_host="crm.harborviewcu.org", you=SOFIA,
                 subject_="Interview - Member Services Representative", start=s, minutes=30, tz_name="America/New_York",
                 description="Interview with Beth Olsen (Branch Manager) and Carl Diaz (Assistant Manager) at the Main Street branch.",
                 date=at(2026, 4, 30, 8, 0),
                 lab_kw=dict(interview=True, start=s, end=at(2026, 5, 4, 11, 30), interviewers=[person("Beth Olsen", None), person("Carl Diaz", None)],
                             company="Harborview Credit Union", role="Member Services Representative", category="suitecrm-meeting",
                             notes="SuiteCRM without a calendar part: the two interviewers are named only, the CRM's notification mailbox is no one to thank"))

# a14 OpenCATS: an agency recruiter schedules an interview with a client
KIM = ("Kim Novak", "kim.novak@summitstaffing.com")
s = at(2026, 4, 30, 10)
opencats_event("a14.eml", agency="Summit Staffing Group", agency_host="summitstaffing.com", recruiter=KIM, you=LUKAS,
               job="Accounts Payable Specialist", client="Lakeside Dairy Cooperative", start=s, minutes=60,
               title="Interview with Lakeside Dairy Cooperative",
               notes="You will meet Tom Hale (thale@lakesidedairy.coop), Controller, at their office, 90 Mill Rd, Burlington VT.",
               date=at(2026, 4, 24, 13, 20),
               lab_kw=dict(interview=True, start=s, end=at(2026, 4, 30, 11), interviewers=who(("Tom Hale", "thale@lakesidedairy.coop")),
                           company="Lakeside Dairy Cooperative", role="Accounts Payable Specialist", category="opencats-event",
                           notes="OpenCATS event mail from an agency recruiter: the client is the company, its controller interviews"))

# a15 OpenCATS status change to Interviewing: no time, not an interview
opencats_status("a15.eml", agency="Summit Staffing Group", agency_host="summitstaffing.com", user="Kim Novak", you=LUKAS,
                job="Accounts Payable Specialist", client="Lakeside Dairy Cooperative", prev="Submitted", new="Interviewing",
                date=at(2026, 4, 23, 10, 0),
                lab_kw=dict(interview=False, category="opencats-status", notes="tracker status 'Interviewing': no interview time"))

# a16 OpenCATS status change: Client Declined (rejection after a14)
opencats_status("a16.eml", agency="Summit Staffing Group", agency_host="summitstaffing.com", user="Kim Novak", you=LUKAS,
                job="Accounts Payable Specialist", client="Lakeside Dairy Cooperative", prev="Interviewing", new="Not in Consideration",
                date=at(2026, 5, 6, 10, 0),
                lab_kw=dict(interview=False, category="opencats-status", outcome="rejected",
                            notes="OpenCATS status 'Not in Consideration' after a14"))

# a17 OpenCATS status change: Offered
opencats_status("a17.eml", agency="Summit Staffing Group", agency_host="summitstaffing.com", user="Kim Novak", you=CAMILLE,
                job="Office Manager", client="Granite Peak Dental", prev="Interviewing", new="Offered",
                date=at(2026, 5, 8, 15, 0),
                lab_kw=dict(interview=False, category="opencats-status", outcome="offer", notes="OpenCATS status 'Offered'"))

# a18 Google Calendar: interview organized by the user's agency recruiter, client interviewer as guest
ZOE = ("Zoe Hart", "zoe@brightlinetalent.com")
FELIX = ("Felix Moreau", "felix.moreau@caldera-robotics.com")
s, e = at(2026, 5, 7, 16), at(2026, 5, 7, 16, 45)
google_invite("a18.eml", organizer=ZOE, you=SOFIA, guests=[FELIX], summary="Caldera Robotics x Sofia Castellanos - intro call",
              start=s, end=e, tz_name="America/New_York",
              description="Sofia - Felix Moreau, VP Engineering at Caldera Robotics, will conduct the interview. I'll drop off after introductions.\nZoe Hart, Brightline Talent",
              date=at(2026, 5, 1, 12, 0),
              lab_kw=dict(interview=True, start=s, end=e, interviewers=who(FELIX), company="Caldera Robotics", role=None,
                          category="google-invitation", notes="agency recruiter organizes for her client; the client's VP interviews"))

# a19 Google Calendar: a user-organized coffee chat with a friend (not an interview)
s, e = at(2026, 5, 2, 10), at(2026, 5, 2, 11)
google_invite("a19.eml", organizer=("Hana Ito", "hana.ito@gmail.com"), you=JORDAN, guests=[], summary="Coffee + catch up",
              start=s, end=e, tz_name="America/New_York", meet=False, location="Blue Bottle, 54 W 40th St",
              description="So glad you're back in town!", date=at(2026, 4, 29, 19, 0),
              lab_kw=dict(interview=False, category="google-invitation", notes="a friend's coffee invitation"))

# a20 Teams: the user is asked to interview someone else (user is the interviewer)
s, e = at(2026, 5, 5, 15), at(2026, 5, 5, 15, 45)
outlook_invite("a20.eml", organizer=("Mia Lopez", "mia.lopez@contoso-health.org"), you=MARCUS,
               attendees=[("Taylor Quinn", "taylor.quinn@gmail.com", "REQ-PARTICIPANT")],
               summary="Interview: Taylor Quinn (Intern candidate)", start=s, end=e, tz_name="America/New_York",
               body="Marcus, thanks for agreeing to interview Taylor for the summer internship. You will conduct the interview; scorecard link to follow.\n\nMia\n",
               date=at(2026, 4, 30, 9, 0),
               lab_kw=dict(interview=False, category="teams-invitation", notes="the user interviews a candidate for his own employer"))

# ---------------------------------------------------------------- batch b: recruiting systems ----------------------


def when_cells(s, e, tz_label, style="us"):
    if style == "us":
        return f"{s.strftime('%A, %B')} {s.day}, {s.year}", f"{s.strftime('%I:%M %p').lstrip('0')} - {e.strftime('%I:%M %p').lstrip('0')} {tz_label}"
    return f"{s.day} {s.strftime('%B %Y')}", f"{s.strftime('%H:%M')} - {e.strftime('%H:%M')} ({tz_label})"


# b01 Greenhouse confirmation: Interview / Date / Time / Interviewers, names only; panel in Cc
LIAM = ("Liam Walsh", "liam.walsh@tidewaterbio.com")
RUTH = ("Ruth Abara", "ruth.abara@tidewaterbio.com")
s, e = at(2026, 4, 22, 10), at(2026, 4, 22, 11)
d, t = when_cells(s, e, "EDT")
ats("b01.eml", sender="Tidewater Bio Recruiting <no-reply@us.greenhouse-mail.io>", to=fmt(JORDAN), reply_to="Kara Singh <kara.singh@tidewaterbio.com>",
    cc=f"{fmt(LIAM)}, {fmt(RUTH)}", subject="Interview Confirmation: Research Associate at Tidewater Bio",
    html=ats_card(brand="Tidewater Bio", intro="<p>Hi Jordan,</p><p>Thank you for your interest in Tidewater Bio! You're confirmed for the following interview:</p>",
                  table=column_table(["Interview", "Date", "Time", "Interviewers"], ["Technical Interview", d, t, "Liam Walsh, Ruth Abara"]),
                  outro="<p>The interview will take place via Zoom: https://tidewaterbio.zoom.us/j/88123</p><p>If you have any questions, reply to this email.</p>",
                  sign="Best,<br>Kara Singh<br>Tidewater Bio", footer="Powered by Greenhouse"),
    date=at(2026, 4, 16, 14, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(LIAM, RUTH), company="Tidewater Bio", role="Research Associate",
                category="greenhouse-confirmation", notes="Greenhouse column table; interviewers by name in the table and in Cc"))

# b02 Greenhouse reschedule
s, e = at(2026, 4, 23, 13), at(2026, 4, 23, 14)
d, t = when_cells(s, e, "EDT")
ats("b02.eml", sender="Tidewater Bio Recruiting <no-reply@us.greenhouse-mail.io>", to=fmt(JORDAN), reply_to="Kara Singh <kara.singh@tidewaterbio.com>",
    cc=f"{fmt(LIAM)}, {fmt(RUTH)}", subject="Updated Interview Confirmation: Research Associate at Tidewater Bio",
    html=ats_card(brand="Tidewater Bio", intro="<p>Hi Jordan,</p><p>Your interview has been rescheduled. Here are the updated details:</p>",
                  table=column_table(["Interview", "Date", "Time", "Interviewers"], ["Technical Interview", d, t, "Liam Walsh, Ruth Abara"]),
                  outro="<p>Same Zoom link as before.</p>", sign="Best,<br>Kara Singh<br>Tidewater Bio", footer="Powered by Greenhouse"),
    date=at(2026, 4, 18, 10, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(LIAM, RUTH), company="Tidewater Bio", role="Research Associate",
                category="greenhouse-reschedule", notes="Greenhouse updated confirmation moving b01"))

# b03 Greenhouse rejection in a new thread after b02
ats("b03.eml", sender="Tidewater Bio Recruiting <no-reply@us.greenhouse-mail.io>", to=fmt(JORDAN), reply_to="kara.singh@tidewaterbio.com",
    subject="Your application to Tidewater Bio",
    html=ats_card(brand="Tidewater Bio", intro="<p>Hi Jordan,</p><p>Thank you for taking the time to interview for the Research Associate role. After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our needs.</p>",
                  table="", outro="<p>We wish you the best in your search.</p>", sign="Kara Singh<br>Tidewater Bio", footer="Powered by Greenhouse"),
    date=at(2026, 4, 30, 11, 0),
    lab_kw=dict(interview=False, category="greenhouse-outcome", outcome="rejected", notes="rejection from the Greenhouse relay after b02"))

# b04 Lever: interview confirmation, table with Date/Time/Location/Interviewers with addresses
MILA = ("Mila Novak", "mila@orbitly.com")
JAY = ("Jay Thompson", "jay@orbitly.com")
s, e = at(2026, 4, 24, 12, tz=LA), at(2026, 4, 24, 13, tz=LA)
ats("b04.eml", sender="Orbitly <no-reply@hire.lever.co>", to=fmt(PRIYA), reply_to="Mila Novak <mila@orbitly.com>",
    subject="Your interview with Orbitly",
    html=ats_card(brand="Orbitly", intro="<p>Hi Priya,</p><p>Your interview for the Frontend Engineer position with Orbitly is confirmed.</p>",
                  table=column_table(["Date", "Time", "Location", "Interviewers"],
                                     ["Friday, April 24, 2026", "12:00 PM - 1:00 PM PDT", "Google Meet", "Mila Novak (mila@orbitly.com)<br>Jay Thompson (jay@orbitly.com)"]),
                  outro="<p>Talk soon!</p>", sign="Mila Novak<br>Engineering Manager, Orbitly", footer="Sent via Lever"),
    date=at(2026, 4, 19, 18, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(MILA, JAY), company="Orbitly", role="Frontend Engineer",
                category="lever-confirmation", notes="Lever column table with the interviewers' addresses; the writer is one of them"))

# b05 Recruitee: interview invitation with a table and an ics
NINA = ("Nina de Vries", "nina.devries@kanaalhuis.nl")
s, e = at(2026, 4, 28, 14, tz=ZoneInfo("Europe/Amsterdam")), at(2026, 4, 28, 15, tz=ZoneInfo("Europe/Amsterdam"))
d, t = when_cells(s.astimezone(ZoneInfo("Europe/Amsterdam")), e.astimezone(ZoneInfo("Europe/Amsterdam")), "CEST", style="eu")
ats("b05.eml", sender="Kanaalhuis <kanaalhuis@recruiteemail.com>", to=fmt(LUKAS), reply_to="nina.devries@kanaalhuis.nl",
    subject="Interview invitation: Backend Developer at Kanaalhuis",
    html=ats_card(brand="Kanaalhuis", intro="<p>Dear Lukas,</p><p>We would like to invite you for an interview for the Backend Developer position.</p>",
                  table=column_table(["Date", "Time", "Location", "With"], [d, t, "Kanaalhuis B.V., Prinsengracht 300, Amsterdam", "Nina de Vries"]),
                  outro="<p>Please confirm via the link below.</p>", sign="Kind regards,<br>Nina de Vries<br>Kanaalhuis B.V.", footer="Sent with Recruitee"),
    ics=("REQUEST", vevent("REQUEST", "b05@recruitee.com", s, e, "Interview Backend Developer - Lukas Brenner", NINA, [(*LUKAS, "REQ-PARTICIPANT")])),
    date=at(2026, 4, 21, 9, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(NINA), company="Kanaalhuis B.V.", role="Backend Developer",
                category="recruitee-invitation", notes="Recruitee invitation with a column table and an ics; Dutch legal name 'B.V.'"))

# b06 Workable: interview scheduled, HTML only, interviewer with no address
s, e = at(2026, 4, 29, 9), at(2026, 4, 29, 9, 30)
ats("b06.eml", sender="Sunmesa Foods <noreply@candidates.workablemail.com>", to=fmt(MARCUS),
    subject="Interview for Supply Chain Planner at Sunmesa Foods",
    html=ats_card(brand="Sunmesa Foods", intro="<p>Hi Marcus,</p><p>Your phone interview has been scheduled.</p>",
                  table=column_table(["When", "Duration", "Interviewer"], ["Wed, Apr 29, 2026 9:00 AM EDT", "30 minutes", "Carla Mendes"]),
                  outro="<p>Carla will call you on the number in your application.</p>", sign="The Sunmesa Foods Hiring Team",
                  footer="Workable | Do not reply to this email"),
    date=at(2026, 4, 22, 15, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Carla Mendes", None)], company="Sunmesa Foods",
                role="Supply Chain Planner", category="workable-interview", notes="Workable, no-reply, interviewer named only"))

# b07 Workable: offer in a new thread
ats("b07.eml", sender="Sunmesa Foods <noreply@candidates.workablemail.com>", to=fmt(MARCUS),
    subject="Offer letter from Sunmesa Foods",
    html=ats_card(brand="Sunmesa Foods", intro="<p>Hi Marcus,</p><p>We are delighted to offer you the position of Supply Chain Planner. Please review and sign your offer letter using the link below.</p>",
                  table="", outro="<p>Congratulations!</p>", sign="The Sunmesa Foods Hiring Team", footer="Workable"),
    date=at(2026, 5, 6, 12, 0),
    lab_kw=dict(interview=False, category="workable-outcome", outcome="offer", notes="offer after b06"))

# b08 SmartRecruiters: interview confirmation with a two-column table, panel with addresses
HENRY = ("Henry Osei", "henry.osei@alderbank.com")
JUNE = ("June Park", "june.park@alderbank.com")
s, e = at(2026, 5, 4, 9, tz=LONDON), at(2026, 5, 4, 10, tz=LONDON)
d, t = when_cells(s.astimezone(LONDON), e.astimezone(LONDON), "BST", style="eu")
ats("b08.eml", sender="Alder Bank plc <notifications@smartrecruiters.com>", to=fmt(CAMILLE), reply_to="careers@alderbank.com",
    subject="Interview confirmed - Risk Analyst",
    html=ats_card(brand="Alder Bank", intro="<p>Dear Camille,</p><p>Thank you for accepting our invitation. Your interview is confirmed:</p>",
                  table=column_table(["Date", "Time", "Interview panel", "Location"],
                                     [d, t, "Henry Osei (henry.osei@alderbank.com), June Park (june.park@alderbank.com)", "Microsoft Teams"]),
                  outro="", sign="Alder Bank Talent Acquisition", footer="Powered by SmartRecruiters"),
    date=at(2026, 4, 27, 8, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(HENRY, JUNE), company="Alder Bank plc", role="Risk Analyst",
                category="smartrecruiters-confirmation", notes="SmartRecruiters, London time, panel with addresses in the table"))

# b09 Teamtailor: interview booked, Swedish company, English mail
ELSA = ("Elsa Lindqvist", "elsa.lindqvist@fjordline-studio.se")
s, e = at(2026, 5, 5, 10, tz=ZoneInfo("Europe/Stockholm")), at(2026, 5, 5, 10, 45, tz=ZoneInfo("Europe/Stockholm"))
ats("b09.eml", sender="Fjordline Studio <no-reply@teamtailor-mail.com>", to=fmt(SOFIA), reply_to="Elsa Lindqvist <elsa.lindqvist@fjordline-studio.se>",
    subject="Interview booked: Game Designer",
    html=ats_card(brand="Fjordline Studio", intro="<p>Hi Sofia!</p><p>Your interview for Game Designer has been booked.</p>",
                  table=column_table(["Date", "Time", "Attendees"], ["Tuesday 5 May 2026", "10:00 - 10:45 (CEST)", "Elsa Lindqvist, Sofia Castellanos"]),
                  outro="<p>Join the video meeting: https://app.teamtailor.com/meet/abc</p>", sign="Elsa Lindqvist<br>Lead Designer, Fjordline Studio AB",
                  footer="Sent with Teamtailor"),
    date=at(2026, 4, 28, 8, 30),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(ELSA), company="Fjordline Studio AB", role="Game Designer",
                category="teamtailor-booking", notes="Teamtailor, Stockholm time; the writer is listed among the attendees"))

# b10 Ashby: schedule confirmation with a two-row table per session, interviewers in Cc
OWEN = ("Owen Blake", "owen@lumora.ai")
FAY = ("Fay Chu", "fay@lumora.ai")
s, e = at(2026, 5, 6, 11, tz=LA), at(2026, 5, 6, 12, 30, tz=LA)
ats("b10.eml", sender="Lumora <no-reply@ashbyhq.com>", to=fmt(JORDAN), reply_to="Grace at Lumora <grace@lumora.ai>", cc=f"{fmt(OWEN)}, {fmt(FAY)}",
    subject="Lumora: your interview schedule",
    html=ats_card(brand="Lumora", intro="<p>Hi Jordan,</p><p>Here's your upcoming virtual onsite for Machine Learning Engineer:</p>",
                  table=column_table(["Date", "Time", "Interviewers", "Location"], ["Wednesday, May 6, 2026", "11:00 AM - 12:30 PM PDT", "Owen Blake, Fay Chu", "Zoom"]),
                  outro="<p>Let me know if anything comes up.</p>", sign="Grace<br>Recruiting Coordinator, Lumora", footer="Sent via Ashby"),
    date=at(2026, 4, 30, 13, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(OWEN, FAY), company="Lumora", role="Machine Learning Engineer",
                category="ashby-schedule", notes="Ashby schedule, Pacific time, panel in Cc; the coordinator is no interviewer"))

# b11 Ashby: next round in a new thread
ats("b11.eml", sender="Lumora <no-reply@ashbyhq.com>", to=fmt(JORDAN), reply_to="grace@lumora.ai",
    subject="Next steps with Lumora",
    html=ats_card(brand="Lumora", intro="<p>Hi Jordan,</p><p>Great news: the team enjoyed meeting you and would like to move you forward to the final round. I'll send a scheduling link shortly.</p>",
                  table="", outro="", sign="Grace<br>Lumora", footer="Sent via Ashby"),
    date=at(2026, 5, 8, 10, 0),
    lab_kw=dict(interview=False, category="ashby-outcome", outcome="next_round", notes="next round after b10, no time yet"))

# b12 Greenhouse: application acknowledgement (not an interview)
ats("b12.eml", sender="Pemberton Foods <no-reply@us.greenhouse-mail.io>", to=fmt(PRIYA),
    subject="Thank you for applying to Pemberton Foods",
    html=ats_card(brand="Pemberton Foods", intro="<p>Hi Priya,</p><p>Thanks for applying to the Brand Manager role. Our team will review your application and, if there's a fit, reach out to schedule an interview.</p>",
                  table="", outro="", sign="Pemberton Foods Talent Team", footer="Powered by Greenhouse"),
    date=at(2026, 4, 20, 9, 0),
    lab_kw=dict(interview=False, category="greenhouse-ack", notes="application acknowledgement"))

# b13 Lever: interview cancelled in words, no calendar part
s, e = at(2026, 4, 24, 12, tz=LA), at(2026, 4, 24, 13, tz=LA)
ats("b13.eml", sender="Orbitly <no-reply@hire.lever.co>", to=fmt(PRIYA), reply_to="Mila Novak <mila@orbitly.com>",
    subject="Interview cancelled: Frontend Engineer at Orbitly",
    html=ats_card(brand="Orbitly", intro="<p>Hi Priya,</p><p>Unfortunately we need to cancel your interview scheduled for Friday, April 24, 2026 at 12:00 PM PDT. We'll be in touch to find a new time.</p>",
                  table="", outro="", sign="Mila Novak<br>Orbitly", footer="Sent via Lever"),
    date=at(2026, 4, 22, 10, 0),
    lab_kw=dict(interview=True, start=s, end=None, interviewers=who(MILA), company="Orbitly", role="Frontend Engineer", cancelled=True,
                category="lever-cancel", notes="cancellation in words of b04"))

# b14 SmartRecruiters: rejection after b08
ats("b14.eml", sender="Alder Bank plc <notifications@smartrecruiters.com>", to=fmt(CAMILLE),
    subject="Update on your application - Risk Analyst",
    html=ats_card(brand="Alder Bank", intro="<p>Dear Camille,</p><p>Thank you for interviewing with us. We regret to inform you that we will not be progressing your application further.</p>",
                  table="", outro="", sign="Alder Bank Talent Acquisition", footer="Powered by SmartRecruiters"),
    date=at(2026, 5, 12, 9, 0),
    lab_kw=dict(interview=False, category="smartrecruiters-outcome", outcome="rejected", notes="rejection after b08"))

# b15 Greenhouse: panel interview, coordinator signs, column table with one row per session collapsed into one row
TOM = ("Tomas Reyes", "tomas.reyes@northwind-energy.com")
ADA = ("Ada Brooks", "ada.brooks@northwind-energy.com")
s, e = at(2026, 5, 7, 13), at(2026, 5, 7, 15)
ats("b15.eml", sender="Northwind Energy <no-reply@us.greenhouse-mail.io>", to=fmt(MARCUS), reply_to="Ivy Chen <ivy.chen@northwind-energy.com>",
    cc=f"{fmt(TOM)}, {fmt(ADA)}",
    subject="Onsite interview confirmation - Northwind Energy Partners LP",
    html=ats_card(brand="Northwind Energy", intro="<p>Hi Marcus,</p><p>We're excited to host you! Here is your onsite schedule.</p>",
                  table=column_table(["Date", "Time", "Interviewers", "Location"],
                                     ["Thursday, May 7, 2026", "1:00 PM - 3:00 PM EDT", "Tomas Reyes, Ada Brooks", "Northwind Energy Partners LP, 1 Liberty Plaza, New York"]),
                  outro="<p>Please arrive 10 minutes early.</p>", sign="Ivy Chen<br>Recruiting Coordinator", footer="Powered by Greenhouse"),
    date=at(2026, 4, 30, 16, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(TOM, ADA), company="Northwind Energy Partners LP", role=None,
                category="greenhouse-confirmation", notes="Greenhouse onsite; legal name 'LP' in the subject and location"))

# b16 Recruitee: interview request with options to pick (no fixed time)
ats("b16.eml", sender="Kanaalhuis <kanaalhuis@recruiteemail.com>", to=fmt(LUKAS),
    subject="Pick a time for your second interview",
    html=ats_card(brand="Kanaalhuis", intro="<p>Dear Lukas,</p><p>We would like to invite you to a second interview. Please choose a slot that suits you using the scheduling link below.</p>",
                  table="", outro="<p>https://kanaalhuis.recruitee.com/schedule/xyz</p>", sign="Nina de Vries<br>Kanaalhuis B.V.", footer="Sent with Recruitee"),
    date=at(2026, 5, 4, 9, 0),
    lab_kw=dict(interview=False, category="recruitee-outcome", outcome="next_round", notes="next round after b05, self-scheduling link, no time"))

# b17 Teamtailor: job alert / newsletter quoting the process
ats("b17.eml", sender="Fjordline Studio <no-reply@teamtailor-mail.com>", to=fmt(SOFIA),
    subject="New jobs at Fjordline Studio",
    html=ats_card(brand="Fjordline Studio", intro="<p>Hi Sofia,</p><p>New openings: Level Designer, Audio Engineer. Our process: a 30 minute intro call, a take-home, and a final interview with the team.</p>",
                  table="", outro="", sign="Fjordline Studio", footer="Sent with Teamtailor | Unsubscribe"),
    date=at(2026, 5, 2, 8, 0),
    lab_kw=dict(interview=False, category="teamtailor-alert", notes="job alert describing the process"))

# b18 Workable: interview, table with 'Date & time' and 'Interviewers' listing addresses; two-row table
KAI = ("Kai Morgan", "kai.morgan@glasshouse.agency")
s, e = at(2026, 5, 11, 15), at(2026, 5, 11, 15, 45)
ats("b18.eml", sender="Glasshouse <noreply@candidates.workablemail.com>", to=fmt(PRIYA),
    subject="Video interview: Content Strategist at Glasshouse",
    html=ats_card(brand="Glasshouse", intro="<p>Hi Priya,</p><p>You have a video interview scheduled.</p>",
                  table=column_table(["Date &amp; time", "Duration", "Interviewers"], ["May 11, 2026, 3:00 PM (EDT)", "45 min", "Kai Morgan &lt;kai.morgan@glasshouse.agency&gt;"]),
                  outro="", sign="Glasshouse Creative Co.", footer="Workable"),
    date=at(2026, 5, 5, 14, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(KAI), company="Glasshouse Creative Co.", role="Content Strategist",
                category="workable-interview", notes="Workable with the interviewer's address in the table; legal name 'Co.' in the signature"))

# b19 Ashby: candidate self-scheduled confirmation, interviewer is the reply-to writer
REN = ("Ren Tanaka", "ren@quartzline.dev")
s, e = at(2026, 5, 12, 10), at(2026, 5, 12, 10, 30)
ats("b19.eml", sender="Quartzline <no-reply@ashbyhq.com>", to=fmt(CAMILLE), reply_to=fmt(REN),
    subject="Confirmed: Recruiter Screen with Quartzline",
    html=ats_card(brand="Quartzline", intro="<p>Hi Camille,</p><p>Your recruiter screen is confirmed.</p>",
                  table=column_table(["Date", "Time", "Interviewer"], ["Tuesday, May 12, 2026", "10:00 AM - 10:30 AM EDT", "Ren Tanaka"]),
                  outro="<p>Looking forward to chatting!</p>", sign="Ren Tanaka<br>Technical Recruiter, Quartzline", footer="Sent via Ashby"),
    date=at(2026, 5, 7, 11, 0),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(REN), company="Quartzline", role=None,
                category="ashby-schedule", notes="recruiter screen; the recruiter is the interviewer and signs"))

# b20 Teamtailor: the booking moved (reschedule of b09)
s, e = at(2026, 5, 6, 14, tz=ZoneInfo("Europe/Stockholm")), at(2026, 5, 6, 14, 45, tz=ZoneInfo("Europe/Stockholm"))
ats("b20.eml", sender="Fjordline Studio <no-reply@teamtailor-mail.com>", to=fmt(SOFIA), reply_to="Elsa Lindqvist <elsa.lindqvist@fjordline-studio.se>",
    subject="Interview rescheduled: Game Designer",
    html=ats_card(brand="Fjordline Studio", intro="<p>Hi Sofia!</p><p>Your interview for Game Designer has been moved to a new time.</p>",
                  table=column_table(["Date", "Time", "Attendees"], ["Wednesday 6 May 2026", "14:00 - 14:45 (CEST)", "Elsa Lindqvist, Sofia Castellanos"]),
                  outro="", sign="Elsa Lindqvist<br>Lead Designer, Fjordline Studio AB", footer="Sent with Teamtailor"),
    date=at(2026, 5, 2, 8, 30),
    lab_kw=dict(interview=True, start=s, end=e, interviewers=who(ELSA), company="Fjordline Studio AB", role="Game Designer",
                category="teamtailor-reschedule", notes="Teamtailor reschedule of b09"))

# ---------------------------------------------------------------- batch c: Calendly, agencies, panels, outcomes -----


def calendly(file, *, event_type, host, you, start, end, tz_label, location, hosts=(), guests=(), kind="new", sender_name=None,
             company_line="", date, lab_kw, reason=None):
    s, e = start, end
    when = f"{s.strftime('%I:%M%p').lstrip('0').lower()} - {e.strftime('%I:%M%p').lstrip('0').lower()}, {s.strftime('%A, %B')} {s.day}, {s.year} ({tz_label})"
    head = {"new": f"Hi {you[0]},\n\nYour {event_type} with {host[0]} at {when} is scheduled.",
            "cancel": f"Hi {you[0]},\n\n{host[0]} has canceled the following event:",
            "resched": f"Hi {you[0]},\n\nYour {event_type} with {host[0]} has been rescheduled.",
            "declined": f"Hi {you[0]},\n\n{host[0]} declined your request for the following event. No meeting was scheduled."}[kind]
    lines = [head, "", "Event Type:", event_type, "", "Date/Time:" if kind != "resched" else "New Date/Time:", when, ""]
    if hosts:
        lines += ["Hosts:", *[x for h in hosts for x in (h[0], h[1])], ""]
    if guests:
        lines += ["Invitees:", *[x for g in guests for x in g], ""]
    lines += ["Location:", location, ""]
    if reason:
        lines += ["Reason:", reason, ""]
    if company_line:
        lines += [company_line, ""]
    lines += ["View event in Calendly", "", "Sent from Calendly"]
    subject = {"new": f"Confirmed: {event_type} with {host[0]} on {s.strftime('%A, %B')} {s.day}, {s.year}",
               "cancel": f"Canceled: {event_type} with {host[0]}",
               "resched": f"Updated: {event_type} with {host[0]} on {s.strftime('%A, %B')} {s.day}, {s.year}",
               "declined": f"Declined: {event_type} with {host[0]}"}[kind]
    plain(file, sender=f"{sender_name or host[0]} <notifications@calendly.com>", reply_to=f"{host[0]} <{host[1]}>", to=fmt(you),
          subject=subject, date=date, text="\n".join(lines), lab_kw=lab_kw)


# c01 Calendly: hosted by one interviewer
LEO = ("Leo Grant", "leo.grant@saltmarsh.io")
s, e = at(2026, 4, 22, 11), at(2026, 4, 22, 11, 30)
calendly("c01.eml", event_type="30 Minute Interview", host=LEO, you=SOFIA, start=s, end=e, tz_label="Eastern Time - US & Canada",
         location="Zoom (details in the calendar invite)", company_line="Saltmarsh Software - Platform Engineer interviews",
         date=at(2026, 4, 17, 20, 0),
         lab_kw=dict(interview=True, start=s, end=e, interviewers=who(LEO), company="Saltmarsh Software", role="Platform Engineer",
                     category="calendly-confirmation", notes="Calendly invitee confirmation, host in Reply-To"))

# c02 Calendly collective event: Hosts list with bare addresses
ROSA = ("Rosa Jimenez", "rosa.jimenez@cobaltpeak.com")
DEV = ("Dev Malhotra", "dev.malhotra@cobaltpeak.com")
s, e = at(2026, 4, 27, 15), at(2026, 4, 27, 16)
calendly("c02.eml", event_type="Panel Interview - Account Executive", host=ROSA, you=MARCUS, start=s, end=e,
         tz_label="Eastern Time - US & Canada", location="Google Meet", hosts=[ROSA, DEV], company_line="Cobalt Peak Software Pte. Ltd.",
         date=at(2026, 4, 21, 12, 0),
         lab_kw=dict(interview=True, start=s, end=e, interviewers=who(ROSA, DEV), company="Cobalt Peak Software Pte. Ltd.",
                     role="Account Executive", category="calendly-collective", notes="Calendly collective: 'Hosts:' with bare addresses; legal name 'Pte. Ltd.'"))

# c03 Calendly confirmation with Invitees (the user and a colleague of the host as guest)
AMIR = ("Amir Haddad", "amir@plumtree-health.com")
s, e = at(2026, 4, 29, 10, tz=CHICAGO), at(2026, 4, 29, 10, 45, tz=CHICAGO)
calendly("c03.eml", event_type="Hiring Manager Interview", host=AMIR, you=PRIYA, start=s, end=e, tz_label="Central Time - US & Canada",
         location="Phone call: Amir will call you", guests=[("Priya Nair", "priya.n@gmail.com"), ("Lucy Tran", "lucy.tran@plumtree-health.com")],
         company_line="Plumtree Health Company", date=at(2026, 4, 23, 9, 0),
         lab_kw=dict(interview=True, start=s, end=e, interviewers=who(AMIR, ("Lucy Tran", "lucy.tran@plumtree-health.com")),
                     company="Plumtree Health Company", role=None, category="calendly-confirmation",
                     notes="'Invitees:' lists the user and a guest of the host with bare addresses; Central time"))

# c04 Calendly canceled by host (no calendar part)
s, e = at(2026, 4, 22, 11), at(2026, 4, 22, 11, 30)
calendly("c04.eml", event_type="30 Minute Interview", host=LEO, you=SOFIA, start=s, end=e, tz_label="Eastern Time - US & Canada",
         location="Zoom", kind="cancel", reason="Sorry, I'm out sick - I'll send a new link.", date=at(2026, 4, 21, 18, 0),
         lab_kw=dict(interview=True, start=s, end=e, interviewers=who(LEO), company="Saltmarsh", role=None, cancelled=True,
                     category="calendly-cancel", notes="Calendly cancellation of c01, no calendar part"))

# c05 Calendly rescheduled
s, e = at(2026, 4, 24, 14), at(2026, 4, 24, 14, 30)
calendly("c05.eml", event_type="30 Minute Interview", host=LEO, you=SOFIA, start=s, end=e, tz_label="Eastern Time - US & Canada",
         location="Zoom", kind="resched", company_line="Saltmarsh Software", date=at(2026, 4, 22, 9, 0),
         lab_kw=dict(interview=True, start=s, end=e, interviewers=who(LEO), company="Saltmarsh Software", role=None,
                     category="calendly-reschedule", notes="Calendly rescheduled to a new slot"))

# c06 Calendly declined request
s, e = at(2026, 5, 1, 9), at(2026, 5, 1, 9, 30)
calendly("c06.eml", event_type="Intro Call", host=("Bea Lund", "bea@kestrelworks.com"), you=JORDAN, start=s, end=e,
         tz_label="Eastern Time - US & Canada", location="Zoom", kind="declined", reason="The role has been put on hold.",
         date=at(2026, 4, 28, 9, 0),
         lab_kw=dict(interview=False, category="calendly-declined", notes="booking declined by the host: no interview"))

# c07 Agency recruiter forwards the client's Outlook invitation
VIC = ("Victor Hale", "victor.hale@apexsearch.co.uk")
MEG = ("Megan Lowe", "megan.lowe@ironbridge-capital.com")
PAUL = ("Paul Ng", "paul.ng@ironbridge-capital.com")
s, e = at(2026, 5, 5, 14), at(2026, 5, 5, 15)
plain("c07.eml", sender=fmt(VIC), to=fmt(JORDAN), subject="FW: Ironbridge Capital - Interview - Jordan Lee",
      text="""Hi Jordan,

Great news - Ironbridge would like to meet you. Invite below from Megan, please accept it on your side too.

Victor Hale
Senior Consultant | Apex Search Ltd
+44 20 7946 0123

From: Megan Lowe <megan.lowe@ironbridge-capital.com>
Sent: Wednesday, April 29, 2026 10:12 AM
To: Victor Hale <victor.hale@apexsearch.co.uk>
Cc: Paul Ng <paul.ng@ironbridge-capital.com>
Subject: Ironbridge Capital - Interview - Jordan Lee
When: Tuesday, May 5, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Victor,

Paul and I would like to interview Jordan for the Portfolio Analyst role. Please forward this to the candidate.

Megan Lowe
Vice President, Ironbridge Capital Management LLC
""", date=at(2026, 4, 29, 11, 0),
      lab_kw=dict(interview=True, start=s, end=e, interviewers=who(MEG, PAUL), company="Ironbridge Capital Management LLC",
                  role="Portfolio Analyst", category="agency-forward",
                  notes="agency forwards a client's Outlook invitation; the client and its two interviewers, not the agency"))

# c08 Agency recruiter writes the interview details for a client, the client interviewer without address
s, e = at(2026, 5, 6, 10), at(2026, 5, 6, 11)
plain("c08.eml", sender="Nora Blake <nora@talentbridge-partners.com>", to=fmt(CAMILLE),
      subject="Interview confirmed with Everleaf Cosmetics",
      text="""Hi Camille,

You're confirmed with Everleaf Cosmetics for Wednesday, May 6 at 10:00 AM ET (60 minutes), at their office, 220 Park Ave S, New York.
You'll meet Sandra Cole, their Head of Marketing.

Good luck - call me after!

Nora Blake
Talent Bridge Partners
""", date=at(2026, 4, 30, 15, 0),
      lab_kw=dict(interview=True, start=s, end=e, interviewers=[person("Sandra Cole", None), person("Nora Blake", "nora@talentbridge-partners.com")], company="Everleaf Cosmetics",
                  role=None, category="agency-confirmation", notes="agency writes the client's interview; the interviewer is named only"))

# c09 Panel in Cc, plain message from the hiring manager
SETH = ("Seth Parker", "seth.parker@lanternhq.com")
ELLA = ("Ella Moss", "ella.moss@lanternhq.com")
IVAN = ("Ivan Petrov", "ivan.petrov@lanternhq.com")
s, e = at(2026, 5, 8, 13), at(2026, 5, 8, 14, 30)
plain("c09.eml", sender=fmt(SETH), to=fmt(LUKAS), cc=f"{fmt(ELLA)}, {fmt(IVAN)}",
      subject="Panel interview on Friday",
      text="""Hi Lukas,

Confirming your panel interview on Friday, May 8 from 1:00 to 2:30 PM ET. Ella, Ivan (both cc'd) and I will be on the panel.
Zoom: https://lanternhq.zoom.us/j/5512

Seth Parker
CTO, Lantern HQ
""", date=at(2026, 5, 1, 10, 0),
      lab_kw=dict(interview=True, start=s, end=e, interviewers=who(SETH, ELLA, IVAN), company="Lantern HQ", role=None,
                  category="panel-cc", notes="panel in Cc with the writer on it"))

# c10 Coordinator with panel in Cc, coordinator tagged
ROB = ("Rob Vance", "rob.vance@silverline-logistics.com")
CARA = ("Cara Diaz", "cara.diaz@silverline-logistics.com")
s, e = at(2026, 5, 12, 9), at(2026, 5, 12, 10)
plain("c10.eml", sender="Jess Ward <jess.ward@silverline-logistics.com>", to=fmt(MARCUS), cc=f"{fmt(ROB)}, {fmt(CARA)}",
      subject="Your interview with Silverline Logistics",
      text="""Hi Marcus,

Your interview is booked for Tuesday, May 12, 9:00-10:00 AM Eastern.

Attendees:
Jess Ward (organizer)
Rob Vance
Cara Diaz

Jess Ward
People Operations, Silverline Logistics
""", date=at(2026, 5, 6, 16, 0),
      lab_kw=dict(interview=True, start=s, end=e, interviewers=who(ROB, CARA), company="Silverline Logistics", role=None,
                  category="panel-cc", notes="list where the writer is tagged '(organizer)': she is no interviewer"))

# c11 A question proposing a time (not a confirmed interview)
plain("c11.eml", sender="Dan Howell <dan@brightmoor.co>", to=fmt(PRIYA), subject="Quick chat?",
      text="""Hi Priya,

Thanks for your note about the analyst role. Could you do a call Thursday at 2pm? If not, send me a couple of times that work.

Dan
Brightmoor
""", date=at(2026, 5, 4, 9, 0),
      lab_kw=dict(interview=False, category="proposal", notes="a proposed time, as a question"))

# c12 Rejection from a recruiting system in a new thread after c09
plain("c12.eml", sender="Lantern HQ Careers <careers@lanternhq.com>", to=fmt(LUKAS), subject="Lantern HQ - your application",
      text="""Hi Lukas,

Thank you for meeting the team. Unfortunately we have decided not to move forward with your application at this time.

Lantern HQ Talent
""", date=at(2026, 5, 14, 9, 0),
      lab_kw=dict(interview=False, category="outcome", outcome="rejected", notes="rejection after c09"))

# c13 Offer from the company after c10
plain("c13.eml", sender="Jess Ward <jess.ward@silverline-logistics.com>", to=fmt(MARCUS), subject="Offer - Operations Lead",
      text="""Hi Marcus,

On behalf of Silverline Logistics I'm pleased to extend you an offer for the Operations Lead role. The offer letter is attached.

Jess Ward
""", date=at(2026, 5, 18, 11, 0),
      lab_kw=dict(interview=False, category="outcome", outcome="offer", notes="offer after c10"))

# c14 Google Calendar invite via an agency's calendar for the client, plus the client panel as guests, in Singapore
LIN = ("Lin Tan", "lin.tan@marinabay-analytics.sg")
s, e = at(2026, 5, 13, 9, tz=ZoneInfo("Asia/Singapore")), at(2026, 5, 13, 10, tz=ZoneInfo("Asia/Singapore"))
google_invite("c14.eml", organizer=LIN, you=CAMILLE, guests=[], summary="Interview - Camille Dubois (Data Scientist)",
              start=s, end=e, tz_name="Asia/Singapore",
              description="Dear Camille, I will conduct this interview myself.\nLin Tan, Head of Analytics, Marina Bay Analytics Pte. Ltd.",
              date=at(2026, 5, 6, 2, 0),
              lab_kw=dict(interview=True, start=s, end=e, interviewers=who(LIN), company="Marina Bay Analytics Pte. Ltd.",
                          role="Data Scientist", category="google-invitation", notes="Singapore organizer; legal name 'Pte. Ltd.'"))

# c15 Calendly: Guests list including a colleague (Guests heading), host is interviewer
FINN = ("Finn Walker", "finn@tallgrass.studio")
s, e = at(2026, 5, 14, 16), at(2026, 5, 14, 16, 45)
plain("c15.eml", sender="Finn Walker <notifications@calendly.com>", reply_to=fmt(FINN), to=fmt(JORDAN),
      subject="New Event: Jordan Lee - 04:00pm Thu, May 14, 2026 - Portfolio Interview",
      text="""Hi Jordan,

A new event has been scheduled.

Event Type:
Portfolio Interview

Invitee:
Jordan Lee
jordan.lee@fastmail.com

Guests:
maria.solis@tallgrass.studio

Event Date/Time:
04:00pm - 04:45pm (Eastern Time - US & Canada) Thursday, May 14, 2026

Location:
This is a Zoom web conference.

Tallgrass Studio

Sent from Calendly""", date=at(2026, 5, 8, 12, 0),
      lab_kw=dict(interview=True, start=s, end=e, interviewers=who(FINN, ("Maria Solis", "maria.solis@tallgrass.studio")),
                  company="Tallgrass Studio", role=None, category="calendly-confirmation",
                  notes="'Guests:' with a bare address; host in Reply-To"))

# c16 Teams invite where the organizer hosts and one item is tagged (host)
GIL = ("Gil Romero", "gil.romero@ferncliff.edu")
HOPE = ("Hope Adams", "hope.adams@ferncliff.edu")
s, e = at(2026, 5, 15, 11), at(2026, 5, 15, 12)
outlook_invite("c16.eml", organizer=GIL, you=PRIYA, attendees=[(*HOPE, "REQ-PARTICIPANT")], summary="Search committee interview - Priya Nair",
               start=s, end=e, tz_name="America/New_York",
               body="Dear Priya,\n\nThe search committee for the Assistant Registrar position would like to interview you. The committee: Gil Romero (chair) and Hope Adams.\n\nGil Romero\nFerncliff College\n",
               date=at(2026, 5, 8, 14, 0),
               lab_kw=dict(interview=True, start=s, end=e, interviewers=who(GIL, HOPE), company="Ferncliff College",
                           role="Assistant Registrar", category="teams-invitation", notes="committee chair organizes and interviews"))

# c17 Agency forwards the client's Google invitation (the client's panel is in the forwarded Who list)
OLGA = ("Olga Berg", "olga.berg@northpeak-games.com")
s, e = at(2026, 5, 14, 13), at(2026, 5, 14, 14)
plain("c17.eml", sender="Ryan Cole <ryan@pixelhire.io>", to=fmt(SOFIA), subject="Fwd: Invitation: NorthPeak Games - Sofia Castellanos interview @ Thu May 14, 2026 1pm - 2pm (EDT)",
      text="""Sofia - see the client's invite below; they'll add you directly as well.

Ryan Cole | PixelHire

---------- Forwarded message ---------
From: Olga Berg <olga.berg@northpeak-games.com>
Date: Fri, May 8, 2026 at 3:02 PM
Subject: Invitation: NorthPeak Games - Sofia Castellanos interview @ Thu May 14, 2026 1pm - 2pm (EDT)
To: <ryan@pixelhire.io>

NorthPeak Games - Sofia Castellanos interview
Thursday May 14, 2026 ⋅ 1pm – 2pm (Eastern Time - New York)
Join with Google Meet
meet.google.com/npg-qwer-tyu

Guests
Olga Berg - organizer
Tim Schultz
Ryan Cole

Olga Berg
Studio Director, NorthPeak Games Oy
""", date=at(2026, 5, 8, 16, 0),
      lab_kw=dict(interview=True, start=s, end=e, interviewers=[person(*OLGA), person("Tim Schultz", None)], company="NorthPeak Games Oy", role=None,
                  category="agency-forward", notes="agency forwards the client's Google invitation; Tim is named in the Guests list with no address"))

# c18 A cancellation in words from an agency for c08
s, e = at(2026, 5, 6, 10), at(2026, 5, 6, 11)
plain("c18.eml", sender="Nora Blake <nora@talentbridge-partners.com>", to=fmt(CAMILLE), subject="Re: Interview confirmed with Everleaf Cosmetics",
      text="""Hi Camille,

Sorry - Everleaf have cancelled Wednesday's interview (May 6, 10:00 AM); Sandra is travelling. I'll come back with new times.

Nora
""", date=at(2026, 5, 4, 17, 0),
      lab_kw=dict(interview=True, start=s, end=None, interviewers=[person("Sandra Cole", None), person("Nora Blake", "nora@talentbridge-partners.com")], company="Everleaf Cosmetics", role=None,
                  cancelled=True, category="agency-cancel", notes="cancellation in words of c08's interview"))

# c19 SuiteCRM meeting sent by a staffing firm for a client interview; the client's interviewer named with address
WES = ("Wes Holt", "wes.holt@quarrylane.com")
s = at(2026, 5, 19, 13, 30)
suitecrm_meeting("c19.eml", assigner=("Amy Ross", "amy.ross@keystone-staffing.com"), company="Keystone Staffing", crm_host="crm.keystone-staffing.com",
                 you=LUKAS, subject_="Client interview: Quarry Lane Builders - Estimator", start=s, minutes=60, tz_name="America/New_York",
                 description="Interview with Wes Holt (wes.holt@quarrylane.com), Chief Estimator, Quarry Lane Builders Co., at their site office.",
                 date=at(2026, 5, 12, 10, 0),
                 lab_kw=dict(interview=True, start=s, end=at(2026, 5, 19, 14, 30), interviewers=who(WES), company="Quarry Lane Builders Co.",
                             role="Estimator", category="suitecrm-meeting", notes="staffing firm's CRM; the client is the company"))

# c20 Rejection from a staffing firm's system about the client after c19
plain("c20.eml", sender="Keystone Staffing <noreply@keystone-staffing.com>", to=fmt(LUKAS), subject="Update: Estimator at Quarry Lane Builders",
      text="""Dear Lukas,

Quarry Lane Builders have let us know that they have chosen another candidate for the Estimator role. We will keep you in mind for similar openings.

Keystone Staffing""", date=at(2026, 5, 26, 10, 0),
      lab_kw=dict(interview=False, category="outcome", outcome="rejected", notes="rejection relayed by the staffing firm after c19"))


if __name__ == "__main__":
    write()
