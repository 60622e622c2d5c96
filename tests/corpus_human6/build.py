# ruff: noqa: E501  (hand-written mail keeps its own line lengths)
"""Writes tests/corpus_human6: hand-written interview mail and near-misses shaped like a public corporate
mail archive of 2001 (energy traders, utilities, banks, law firms, consultancies; Lotus Notes and
Outlook 98/2000 habits), with the user as the job candidate (see README.md).

    python3 tests/corpus_human6/build.py    # rewrites the .eml files and labels.json

Each entry is one message with its label beside it. People, organisations, addresses and phone numbers
are made up. `check()` verifies every "<weekday>, <month> <day>" / "<weekday> <m>/<d>" / "<weekday> the
<n>th" written in a message against the 2001 calendar, that the quoted "Sent:" lines and Notes
timestamps run backwards down the message and none is later than its Date header, that each interview
starts after the Date header, and that every interviewer address is written in the message and is not
the user's.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York")
CT = ZoneInfo("America/Chicago")
YEAR = 2001
MESSAGES: list[tuple[str, bytes, dict, str, datetime]] = []

JORDAN = "Jordan Lee <jordan.lee@fastmail.com>"
PRIYA = "Priya Natarajan <priya.n@gmail.com>"
MARCUS = "Marcus Oyelaran <marcus.oyelaran@outlook.com>"
SOFIA = "Sofia Castellanos <sofia.castellanos@proton.me>"
LUKAS = "Lukas Brenner <lukas.brenner@posteo.de>"
CAMILLE = "Camille Dubois <camille.dubois@icloud.com>"
USERS = (JORDAN, PRIYA, MARCUS, SOFIA, LUKAS, CAMILLE)
QP = "quoted-printable"


def at(mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """Eastern wall time (New York)."""
    return datetime(YEAR, mo, d, h, mi, tzinfo=NY)


def ct(mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """Central wall time (Houston, Beaumont, Omaha, Chicago); labels are converted to New York."""
    return datetime(YEAR, mo, d, h, mi, tzinfo=CT)


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(NY).isoformat() if dt else None


def p(name: str, email: str | None) -> dict:
    return {"name": name, "email": email}


def add(file, *, sender, to, subject, sent, body, cc=None, cte="8bit", interview, start=None, end=None,
        interviewers=(), company=None, role=None, category, notes, outcome=None, mailer=None):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{file.removesuffix('.eml')}.{sent.strftime('%Y%m%d%H%M')}@human6.example>"
    if mailer:
        msg["X-Mailer"] = mailer
    text = body.strip("\n") + "\n"
    msg.set_content(text, charset="utf-8", cte=cte)
    label = {
        "file": file,
        "is_interview": interview,
        "start": iso(start),
        "end": iso(end),
        "end_stated": end is not None,
        "interviewers": list(interviewers),
        "company": company,
        "role": role,
        "category": category,
        "lang": "en",
        "notes": notes,
        "outcome": outcome,
    }
    head = f"From: {sender}\nTo: {to}\nCc: {cc or ''}\n"
    MESSAGES.append((file, msg.as_bytes(), label, head + subject + "\n" + text, sent))


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
LONG = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,? +(" + "|".join(MONTHS) + r") +(\d{1,2})(?:st|nd|rd|th)?\b", re.I)
ABBR = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun),? +(?:(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]* +(\d{1,2})|(\d{1,2}) +(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*),? +2001", re.I)
THE = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,? +the +(\d{1,2})(?:st|nd|rd|th)\b", re.I)
SHORT = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? +(\d{1,2})/(\d{1,2})\b", re.I)
# quoted header timestamps: Outlook "Sent: Friday, March 09, 2001 4:55 PM", Notes "03/09/2001 04:55 PM"
SENT = re.compile(r"Sent:\s+\w+, (" + "|".join(MONTHS) + r") (\d{1,2}), 2001 (\d{1,2}):(\d{2})(?::\d{2})? ?([AP]M)", re.I)
NOTES = re.compile(r"\b(\d{2})/(\d{2})/2001 (\d{1,2}):(\d{2})(?::\d{2})? ?([AP]M)")


def _h(h: str, ampm: str) -> int:
    return int(h) % 12 + (12 if ampm.upper() == "PM" else 0)


def check() -> None:
    users = {u.split("<")[1].rstrip(">") for u in USERS}
    seen = set()
    for file, raw, label, text, sent in MESSAGES:
        assert file not in seen, file
        seen.add(file)
        flat = re.sub(r"\s+", " ", text.replace("\n> ", " ").replace(">", " "))
        for m in LONG.finditer(flat):
            d = datetime(YEAR, MONTHS.index(m.group(2).lower()) + 1, int(m.group(3)))
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        for m in SHORT.finditer(flat):
            d = datetime(YEAR, int(m.group(2)), int(m.group(3)))
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        for m in ABBR.finditer(flat):
            mon, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
            d = datetime(YEAR, [x[:3] for x in MONTHS].index(mon.lower()[:3]) + 1, int(day))
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        for m in THE.finditer(flat):
            day = int(m.group(2))
            mo = sent.month if day >= sent.day else sent.month + 1
            d = datetime(YEAR, mo, day)
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        # quoted timestamps run backwards down the message and none is after the Date header; they are
        # written in their writer's zone, read here in the sender's, so allow an hour
        stamps = []
        for m in SENT.finditer(text):
            stamps.append((m.start(), datetime(YEAR, MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)),
                                               _h(m.group(3), m.group(5)), int(m.group(4)), tzinfo=sent.tzinfo)))
        for m in NOTES.finditer(text):
            stamps.append((m.start(), datetime(YEAR, int(m.group(1)), int(m.group(2)), _h(m.group(3), m.group(5)),
                                               int(m.group(4)), tzinfo=sent.tzinfo)))
        stamps.sort()
        hour = timedelta(hours=1)
        prev = sent
        for _, st in stamps:
            assert st <= prev + hour, (file, "quoted timestamp out of order", st, prev)
            prev = st
        if label["is_interview"]:
            start = datetime.fromisoformat(label["start"])
            assert start > sent, (file, "starts before Date")
            if label["end"]:
                assert datetime.fromisoformat(label["end"]) > start, file
            assert label["interviewers"], file
            assert label["company"], file
            for person in label["interviewers"]:
                assert person["email"] not in users, file
                if person["email"]:
                    assert person["email"].encode() in raw, (file, person["email"])
            if not any(person["email"] for person in label["interviewers"]):
                raise AssertionError((file, "nobody with an address: list whoever arranged it"))
        else:
            assert not label["interviewers"] and label["start"] is None and label["end"] is None, file


# ---------------------------------------------------------------- interviews (x01-x26)

add(
    "x01.eml",
    sender="Lydia Marsh <lydia.marsh@estacadoenergy.com>",
    to=PRIYA,
    subject="Your visit Friday - schedule",
    sent=ct(3, 12, 10, 14),
    body="""
Priya,

Below is the final schedule for your visit on Friday.  Please come to the reception desk on the 31st floor
of the Estacado Building, 1650 Lamar St., by 8:45 and ask for me.  A car will pick you up in front of the
Lamar Hotel at 8:15.

Call me if you have any questions - 713-555-0143 (direct), 713-555-0199 (fax).

Thanks,
Lydia

---------------------- Forwarded by Lydia Marsh/HOU/EET on 03/12/2001 10:14 AM ---------------------------


Corinne Tabb
03/09/2001 04:55 PM
To: Lydia Marsh/HOU/EET@EET
cc: Garrett Pruitt/HOU/EET@EET, Helen Szabo/HOU/EET@EET, Ray Duchesne/HOU/EET@EET, Nikhil Rao/HOU/EET@EET 
Subject: Priya Natarajan - Friday 3/16

Lydia - here is the schedule for Priya Natarajan on Friday March 16.  All times Central.  Interviewers,
please pick up her resume from me by Thursday.

 9:00 -  9:30     Garrett Pruitt         EB 3321
 9:30 - 10:15     Helen Szabo            EB 3118
10:15 - 11:00     Ray Duchesne           EB 3321
11:00 - 11:45     Nikhil Rao             EB 3127
11:45 -  1:00     Lunch with the analysts (Corinne to arrange)
 1:00 -  1:30     Garrett Pruitt - wrap up     EB 3321

Thanks
Corinne
x3-0457
""",
    interview=True,
    start=ct(3, 16, 9, 0),
    end=ct(3, 16, 13, 30),
    interviewers=[p("Garrett Pruitt", None), p("Helen Szabo", None), p("Ray Duchesne", None),
                  p("Nikhil Rao", None), p("Lydia Marsh", "lydia.marsh@estacadoenergy.com")],
    company="Estacado",
    role=None,
    category="notes-forward-itinerary",
    notes="recruiter forwards an internal Lotus Notes schedule ('Forwarded by ... on 03/12/2001 10:14 AM' over the Notes header block); "
          "'All times Central', before DST so 9:00 CST = 10:00 EST; start = first slot, end = end of the last slot (arrive by 8:45, car at 8:15 are not the start); "
          "interviewers only have Notes names (Name/HOU/EET@EET, not addresses) so the recruiter who arranged it is listed; company written only as 'Estacado' / 'Estacado Building'",
)

add(
    "x02.eml",
    sender="\"Tillman, Ruth\" <rtillman@hargrovetillman.com>",
    to=MARCUS,
    cc="\"Sawyer, Dennis\" <dsawyer@hargrovetillman.com>",
    subject="RE: Interview - Energy Practice",
    sent=at(2, 13, 9, 2),
    body="""
That works - see you at 11.  Ask for me at the 22nd floor reception.

Ruth

-----Original Message-----
From: Marcus Oyelaran [mailto:marcus.oyelaran@outlook.com]
Sent: Monday, February 12, 2001 7:48 PM
To: Tillman, Ruth
Subject: RE: Interview - Energy Practice

Ruth,

Thank you.  Unfortunately I have an exam Tuesday morning.  Would Wednesday the 14th at 11:00 work instead?

Regards,
Marcus

-----Original Message-----
From: Tillman, Ruth [mailto:rtillman@hargrovetillman.com]
Sent: Monday, February 12, 2001 2:20 PM
To: 'Marcus Oyelaran'
Cc: Sawyer, Dennis
Subject: RE: Interview - Energy Practice

Marcus,

Dennis Sawyer and I would like to meet with you this week.  Could you come in Tuesday at 10:00?  Plan on
about an hour and a half - we will give you a short case.

Ruth Tillman
Principal
Hargrove Tillman & Co.
540 Madison Avenue, 22nd Floor
New York, NY 10022
(212) 555-0161   Fax (212) 555-0162

-----Original Message-----
From: Marcus Oyelaran [mailto:marcus.oyelaran@outlook.com]
Sent: Friday, February 09, 2001 11:31 AM
To: rtillman@hargrovetillman.com
Subject: Interview - Energy Practice

Dear Ms. Tillman,

Dan Kerrigan suggested I contact you about openings in the energy practice at Hargrove Tillman.  My resume
is attached.  I would welcome the chance to meet.

Sincerely,
Marcus Oyelaran

 <<Oyelaran resume.doc>>
""",
    interview=True,
    start=at(2, 14, 11, 0),
    end=at(2, 14, 12, 30),
    interviewers=[p("Ruth Tillman", "rtillman@hargrovetillman.com"), p("Dennis Sawyer", "dsawyer@hargrovetillman.com")],
    company="Hargrove Tillman & Co.",
    role="Energy Practice",
    category="outlook-original-chain",
    notes="three '-----Original Message-----' levels with Sent: times; top line 'see you at 11' confirms the user's counter-proposal 'Wednesday the 14th at 11:00'; "
          "the Tuesday 10:00 offer is superseded; the 'hour and a half' stated for the first offer is kept as the length; Dennis Sawyer's address only in the Cc header",
)

add(
    "x03.eml",
    sender="Shirley Coombs <shirley.coombs@estacadoenergy.com>",
    to=LUKAS,
    subject="Re: Research Group - phone interview",
    sent=ct(4, 2, 15, 40),
    body="""
Lukas,

Dr. Lindqvist will call you Thursday at 10 am Houston time at the number on your resume (212-555-0148).
Anil Ghosh from the group will be on the line with him.  It should take about 45 minutes.

If you need to reach us my direct line is 713-555-0130.

Shirley Coombs
Research Group
Estacado Energy Corp.
EB 1962
Ph 713-555-0130  Fax 713-555-0131




"Lukas Brenner" <lukas.brenner@posteo.de> on 03/30/2001 09:12:44 AM
To: shirley.coombs@estacadoenergy.com
cc:  
Subject: Re: Research Group - phone interview


Dear Ms. Coombs,

thank you for your message.  Thursday or Friday morning next week would be best for me; I am in class
until noon on the other days.  The best number to reach me is 212-555-0148.

Best regards,
Lukas Brenner
""",
    interview=True,
    start=ct(4, 5, 10, 0),
    end=ct(4, 5, 10, 45),
    interviewers=[p("Dr. Lindqvist", None), p("Anil Ghosh", None), p("Shirley Coombs", "shirley.coombs@estacadoenergy.com")],
    company="Estacado Energy Corp.",
    role="Research Group",
    category="phone-secretary",
    notes="a secretary sets a phone interview 'Thursday at 10 am Houston time' (CDT, DST began April 1) = 11:00 EDT; the phone number is the user's own; "
          "Notes attribution line for an internet sender ('\"X\" <addr> on 03/30/2001 09:12:44 AM'); name-only interviewers, the secretary who arranged it is listed",
)

add(
    "x04.eml",
    sender="mike krall <mkrall@redfernenergy.com>",
    to=JORDAN,
    subject="RE: scheduler position",
    sent=ct(5, 8, 6, 52),
    body="""
jordan - thurs at 2 works. come up to 6, ask the guard to call me. bring a copy of the resume, i lost mine.
wont take long, 30 min tops.

mk

-----Original Message-----
From: Jordan Lee [mailto:jordan.lee@fastmail.com]
Sent: Monday, May 07, 2001 9:15 PM
To: mkrall@redfernenergy.com
Subject: Re: scheduler position

Mike,

Thanks for calling me back today about the scheduling position at Redfern Energy Marketing.  I'll be in
Houston Wednesday through Friday this week.  Would Thursday afternoon work to meet?  Anytime after 1 is
fine.

Jordan
""",
    interview=True,
    start=ct(5, 10, 14, 0),
    end=ct(5, 10, 14, 30),
    interviewers=[p("Mike Krall", "mkrall@redfernenergy.com")],
    company="Redfern Energy Marketing",
    role="Scheduler",
    category="all-lowercase",
    notes="a trader's all-lower-case top note 'thurs at 2'; no zone written but the meeting is in his Houston office (the user says he will be in Houston), so 2:00 CDT = 15:00 EDT; "
          "'up to 6' is the floor; '30 min tops' taken as the length; company only in the user's quoted note",
)

add(
    "x05.eml",
    sender="Walter Pruneda <wpruneda@sabineelectric.com>",
    to=SOFIA,
    subject="INTERVIEW",
    sent=ct(3, 21, 16, 18),
    body="""
MS. CASTELLANOS,

THANK YOU FOR YOUR LETTER AND RESUME.  PLEASE BE AT OUR OFFICES AT 10 AM ON TUESDAY MARCH 27.  ASK FOR ME AT
THE 14TH FLOOR RECEPTION.  YOU WILL MEET WITH MYSELF, CARL HENNIGAN (RATES) AND DOTTIE FAULK (HR).  PLAN ON
2 HOURS.

OUR ADDRESS IS 350 PEARL STREET, BEAUMONT.  PARKING IS IN THE GARAGE ON ORLEANS ST., TAKE A TICKET AND WE WILL
VALIDATE IT.

W. PRUNEDA
VICE PRESIDENT, REGULATORY AFFAIRS
SABINE ELECTRIC COMPANY
(409) 555-0172
""",
    interview=True,
    start=ct(3, 27, 10, 0),
    end=ct(3, 27, 12, 0),
    interviewers=[p("Walter Pruneda", "wpruneda@sabineelectric.com"), p("Carl Hennigan", None), p("Dottie Faulk", None)],
    company="Sabine Electric Company",
    role="Regulatory Affairs",
    category="all-caps",
    notes="an executive's all-capitals note, no sign-off name but 'W. PRUNEDA'; in-person in Beaumont, no zone written, so 10 AM CST = 11:00 EST (before DST); "
          "'PLAN ON 2 HOURS'; company written in capitals, labelled in ordinary case; names labelled in ordinary case",
)

add(
    "x06.eml",
    sender="Tracy Boudreaux <tracy.boudreaux@estacadoenergy.com>",
    to=CAMILLE,
    subject="Super Saturday - your schedule",
    sent=ct(2, 19, 14, 5),
    cte=QP,
    body="""
Camille,

Congratulations again on being selected for Super Saturday!  Your personal schedule is below.  Please print
this e-mail and bring it with you.

SUPER SATURDAY - SATURDAY, FEBRUARY 24, 2001
Estacado Building, 1650 Lamar, 50th floor (take the express elevators from the lobby)

Friday, February 23
6:30 pm          Dinner with current Associates, Lamar Hotel ballroom (shuttle from the hotel lobby at 6:10 pm)

Saturday, February 24
7:30 am          Breakfast and welcome, EB 50C2
8:30 - 9:00      Interview 1     Dean Oakes              EB 5002
9:10 - 9:40      Interview 2     Margaret Yeung          EB 5004
9:50 - 10:20     Interview 3     Felipe Arriaga          EB 5010
10:30 - 11:00    Interview 4     Stuart Holm             EB 5002
11:10 - 11:40    Interview 5     Rena Gottlieb           EB 5012
11:50 - 12:20    Interview 6     Charles Wainwright      EB 5004
12:30 pm         Lunch and program overview, EB 50C2
2:00 pm          Shuttle to the airports

Decisions will be communicated by Wednesday, February 28.  Please keep your receipts for reimbursement and
send them to me at EB 5049.

Tracy Boudreaux
Associate & Analyst Program
Estacado Energy Corp.
713-555-0188 / fax 713-555-0189
""",
    interview=True,
    start=ct(2, 24, 8, 30),
    end=ct(2, 24, 12, 20),
    interviewers=[p("Dean Oakes", None), p("Margaret Yeung", None), p("Felipe Arriaga", None), p("Stuart Holm", None),
                  p("Rena Gottlieb", None), p("Charles Wainwright", None), p("Tracy Boudreaux", "tracy.boudreaux@estacadoenergy.com")],
    company="Estacado Energy Corp.",
    role="Associate Program",
    category="super-saturday",
    notes="associate-program Super Saturday; six 30-minute interviews, start = first interview (8:30 CST = 9:30 EST), end = end of the sixth (12:20 CST); "
          "Friday dinner, 7:30 breakfast, lunch and 2:00 shuttle are not interviews; name-only interviewers plus the coordinator; quoted-printable",
)

add(
    "x07.eml",
    sender="Gil Stavros <gstavros@harwellsearch.com>",
    to=LUKAS,
    subject="FW: Lukas Brenner",
    sent=at(4, 17, 17, 40),
    body="""
Lukas -

See below from Donna at Kessler Hollis.  Thursday is set.  Wear a suit, and call me on my cell
(917-555-0133) as soon as you're out.  Remember - don't discuss comp with them, that's my job.

Gil

Gil Stavros
Harwell Search Partners
330 West 42nd Street, Suite 1718
New York, NY 10036
212-555-0131 / 917-555-0133 cell

-----Original Message-----
From: Fiske, Donna [mailto:dfiske@kesslerhollis.com]
Sent: Tuesday, April 17, 2001 4:52 PM
To: 'gstavros@harwellsearch.com'
Subject: RE: Lukas Brenner

Gil,

We'd like to see Lukas on Thursday, April 19th.  Schedule:

2:30 pm     Martin Albrecht, Managing Director, Commodity Derivatives
3:15 pm     Ellen Rourke, Head of Energy Trading
4:00 pm     Sanjay Kothari, Risk Management
(ends 4:45)

Please have him check in with security at 60 Broad Street and ask for me on 28.

Thanks,
Donna Fiske
Human Resources
Kessler Hollis & Co.
(212) 555-0177

-----Original Message-----
From: Gil Stavros [mailto:gstavros@harwellsearch.com]
Sent: Friday, April 13, 2001 9:30 AM
To: dfiske@kesslerhollis.com
Subject: Lukas Brenner

Donna - resume attached for the energy derivatives associate role.  He's available all next week.
Gil
 <<Brenner, Lukas.doc>>
""",
    interview=True,
    start=at(4, 19, 14, 30),
    end=at(4, 19, 16, 45),
    interviewers=[p("Martin Albrecht", None), p("Ellen Rourke", None), p("Sanjay Kothari", None),
                  p("Donna Fiske", "dfiske@kesslerhollis.com")],
    company="Kessler Hollis & Co.",
    role="Energy derivatives associate",
    category="headhunter-forward",
    notes="a headhunter forwards the client's schedule (Outlook FW, two Original Message levels); three back-to-back sessions, '(ends 4:45)'; "
          "the headhunter is not an interviewer and not the company; interviewers named only in the text, so the client's HR contact who arranged it is listed; "
          "'on 28' is a floor, 917/212 numbers are the headhunter's",
)

add(
    "x08.eml",
    sender="\"Pham, Alison\" <apham@wsflaw.com>",
    to=PRIYA,
    cc="\"Farrow, Nathaniel\" <nfarrow@wsflaw.com>, \"Lindgren, Karin\" <klindgren@wsflaw.com>",
    subject="RE: Interview - Energy Regulatory Group",
    sent=at(4, 6, 9, 10),
    body="""
Thank you Priya - you are now confirmed for Wednesday, April 11 at 3:30 p.m.  I have let Mr. Farrow and Ms.
Lindgren know (copied here).  The interview will still run about an hour.

Alison

-----Original Message-----
From: Priya Natarajan [mailto:priya.n@gmail.com]
Sent: Thursday, April 05, 2001 6:02 PM
To: Pham, Alison
Subject: RE: Interview - Energy Regulatory Group

Dear Alison,

No problem at all.  Wednesday at 3:30 is fine with me.

Best regards,
Priya

-----Original Message-----
From: Pham, Alison [mailto:apham@wsflaw.com]
Sent: Thursday, April 05, 2001 11:26 AM
To: 'Priya Natarajan'
Subject: RE: Interview - Energy Regulatory Group

Priya,

I'm so sorry to do this - Mr. Farrow has been called to a FERC hearing on Monday.  Could we move you to
Wednesday, April 11 at 3:30?  Same place, same people.

Alison

-----Original Message-----
From: Pham, Alison [mailto:apham@wsflaw.com]
Sent: Monday, April 02, 2001 3:15 PM
To: 'priya.n@gmail.com'
Subject: Interview - Energy Regulatory Group

Dear Ms. Natarajan,

Thank you for your interest in the energy regulatory group at Whitcombe, Strand & Farrow L.L.P.  We would
like to invite you to interview with Nathaniel Farrow and Karin Lindgren on Monday, April 9 at 10:00 a.m.
at our Washington office, 1750 K Street, N.W., Suite 1100.  The interview will last about an hour.

Sincerely,

Alison Pham
Legal Recruiting Coordinator
Whitcombe, Strand & Farrow L.L.P.
1750 K Street, N.W., Suite 1100
Washington, D.C. 20006
Tel. (202) 555-0125  Fax (202) 555-0126

This message is intended only for the addressee and may contain privileged or confidential information.
""",
    interview=True,
    start=at(4, 11, 15, 30),
    end=at(4, 11, 16, 30),
    interviewers=[p("Nathaniel Farrow", "nfarrow@wsflaw.com"), p("Karin Lindgren", "klindgren@wsflaw.com")],
    company="Whitcombe, Strand & Farrow L.L.P.",
    role="Energy regulatory group",
    category="rescheduled",
    notes="the Monday April 9 10:00 time in the oldest quote was moved to Wednesday April 11 3:30 in a later reply and confirmed on top; "
          "interviewers' addresses only in the Cc header ('Last, First <addr>'); the coordinator is not an interviewer",
)

add(
    "x09.eml",
    sender="\"Osterberg, Glenn\" <gosterberg@plattevalleygas.com>",
    to=SOFIA,
    subject="RE: Gas scheduler - phone interview",
    sent=ct(5, 8, 8, 40),
    body="""
Sofia - confirmed.  Ed Marsh will call you Thursday at 9:00 Eastern on your cell.  Should be about 45
minutes.

Glenn

-----Original Message-----
From: Sofia Castellanos [mailto:sofia.castellanos@proton.me]
Sent: Monday, May 07, 2001 10:22 PM
To: Osterberg, Glenn
Subject: RE: Gas scheduler - phone interview

Hi Glenn,

Thank you for the quick reply.  Thursday, May 10 at 9:00 a.m. (Eastern) would be perfect - that's 8:00 your
time.  My cell is 646-555-0119.

Best regards,
Sofia

-----Original Message-----
From: Osterberg, Glenn [mailto:gosterberg@plattevalleygas.com]
Sent: Monday, May 07, 2001 3:05 PM
To: 'sofia.castellanos@proton.me'
Subject: Gas scheduler - phone interview

Sofia,

Ed Marsh, our manager of gas control, would like to set up a phone interview with you this week.  Please
propose a couple of times that work for you Wednesday through Friday.

Glenn Osterberg
Employment Manager
Platte Valley Gas Transmission Company
2120 Farnam Plaza, Omaha, NE 68102
(402) 555-0150   Fax (402) 555-0151
""",
    interview=True,
    start=at(5, 10, 9, 0),
    end=at(5, 10, 9, 45),
    interviewers=[p("Ed Marsh", None), p("Glenn Osterberg", "gosterberg@plattevalleygas.com")],
    company="Platte Valley Gas Transmission Company",
    role="Gas scheduler",
    category="own-proposal-confirmed",
    notes="the user's own proposal '9:00 a.m. (Eastern) - that's 8:00 your time' confirmed on top by the organiser ('confirmed ... 9:00 Eastern'); "
          "sender in Omaha (Central Date header); the 646 number is the user's; name-only interviewer plus the arranger",
)

add(
    "x10.eml",
    sender="Dwayne Hollister <dwayne.hollister@cbenergy.com>",
    to=MARCUS,
    subject="Re: Origination analyst",
    sent=ct(5, 2, 8, 5),
    body="""
Marcus,

1:30 Central on Friday is fine.  I'll have Tina Robichaux from our structuring group join us.  Come to
Suite 2600 and the receptionist will find me.

Dwayne Hollister
Director, Origination
Coastal Bend Energy Services, Inc.
815 Walker, Suite 2600
Houston, TX 77002
713-555-0121 (o)   713-555-0122 (f)   281-555-0123 (pager)




"Marcus Oyelaran" <marcus.oyelaran@outlook.com> on 05/01/2001 09:12:33 PM
To: <dwayne.hollister@cbenergy.com>
cc:  
Subject: Re: Origination analyst


Mr. Hollister,

Thank you for your note.  I will be in Houston on Friday May 4 for another meeting in the morning.  Would
early afternoon work - 1:30 Central, say?

Best,
Marcus Oyelaran
""",
    interview=True,
    start=ct(5, 4, 13, 30),
    interviewers=[p("Dwayne Hollister", "dwayne.hollister@cbenergy.com"), p("Tina Robichaux", None)],
    company="Coastal Bend Energy Services, Inc.",
    role="Origination analyst",
    category="notes-internet-reply",
    notes="Lotus Notes reply over the Notes attribution line for an internet sender; '1:30 Central' = 14:30 EDT; the user's morning meeting is not the interview; "
          "signature with suite, zip, office/fax/pager numbers; no length",
)

add(
    "x11.eml",
    sender="\"Kowal, Bernadette\" <bkowal@dunmorewhitlock.com>",
    to=CAMILLE,
    subject="RE: Meeting with Mr. Thackeray",
    sent=at(6, 5, 9, 15),
    body="""
Thank you, Ms. Dubois.  You are confirmed for Friday at 4:00 p.m.  Please sign in with the guard in the
lobby and they will call up.

Bernadette

-----Original Message-----
From: Camille Dubois [mailto:camille.dubois@icloud.com]
Sent: Monday, June 04, 2001 8:30 PM
To: Kowal, Bernadette
Subject: RE: Meeting with Mr. Thackeray

Dear Ms. Kowal,

Thank you for your message.  Friday, June 8 at 4:00 p.m. is fine with me.  I look forward to meeting
Mr. Thackeray.

Best regards,
Camille Dubois

-----Original Message-----
From: Kowal, Bernadette [mailto:bkowal@dunmorewhitlock.com]
Sent: Monday, June 04, 2001 10:47 AM
To: 'camille.dubois@icloud.com'
Subject: Meeting with Mr. Thackeray

Dear Ms. Dubois,

Mr. Thackeray has asked me to arrange a meeting with you regarding the opening in the Power & Gas group.
He would like to see you on Friday, June 8 at 4:00 p.m. in his office on the 41st floor.  He has 45
minutes.

Please confirm by return e-mail or call me at (212) 555-0184.

Thank you,

Bernadette Kowal
Assistant to Leland Thackeray
Vice Chairman
Dunmore Whitlock Securities Inc.
41st Floor, New York, NY 10022
""",
    interview=True,
    start=at(6, 8, 16, 0),
    end=at(6, 8, 16, 45),
    interviewers=[p("Leland Thackeray", None), p("Bernadette Kowal", "bkowal@dunmorewhitlock.com")],
    company="Dunmore Whitlock Securities Inc.",
    role="Power & Gas group",
    category="secretary-arranging",
    notes="an executive's assistant arranges the meeting; the top only says 'Friday at 4:00 p.m.', the date and '45 minutes' are in the quotes; "
          "the executive is named only in the text, the assistant who arranged it is listed",
)

add(
    "x12.eml",
    sender="Kimberly Tse <ktse@brandvoldlusk.com>",
    to=JORDAN,
    cc="Paul Brandvold <pbrandvold@brandvoldlusk.com>, Hilary Voight <hvoight@brandvoldlusk.com>, Tomasz Wierzbicki <twierzbicki@brandvoldlusk.com>",
    subject="Your interviews on Wednesday, July 18",
    sent=at(7, 12, 16, 30),
    body="""
Jordan,

Following up on our call, here is your schedule for Wednesday, July 18 at our Boston office, 88 Pearl
Street, 11th floor:

9:00 a.m. (Eastern)     Paul Brandvold, Partner
9:45 a.m.               Hilary Voight, Principal
10:30 a.m.              Tomasz Wierzbicki, Manager - case interview

The day will end at 11:15 and I'll walk you out.  I've copied Paul, Hilary and Tomasz so they have your
resume (attached).  The case portion takes about 45 minutes; you won't need a calculator.

We've booked you on the 7:00 am shuttle from LaGuardia, arriving Boston 8:05 am.  A car will meet you at
the terminal.  Return is open - call our travel desk at 617-555-0114 when you're done.

Kimberly Tse
Recruiting Manager
Brandvold Lusk Consulting Group
88 Pearl Street, Boston, MA 02110
617-555-0110

 <<J Lee resume.doc>>
""",
    interview=True,
    start=at(7, 18, 9, 0),
    end=at(7, 18, 11, 15),
    interviewers=[p("Paul Brandvold", "pbrandvold@brandvoldlusk.com"), p("Hilary Voight", "hvoight@brandvoldlusk.com"),
                  p("Tomasz Wierzbicki", "twierzbicki@brandvoldlusk.com")],
    company="Brandvold Lusk Consulting Group",
    role=None,
    category="interviewers-cc",
    notes="recruiter sends the schedule with the three interviewers copied (addresses in Cc); '9:00 a.m. (Eastern)'; flight 7:00/8:05 and the travel desk number are not the interview; "
          "'will end at 11:15' is the end; the recruiter is not an interviewer",
)

add(
    "x13.eml",
    sender="\"Mabry, Russ\" <rmabry@pcbank.com>",
    to=SOFIA,
    subject="RE: Interview Friday",
    sent=at(10, 2, 14, 10),
    body="""
Sofia -

10:30 is good.  Come to the operations center at 400 Church St, 3rd floor, and ask for me.  Kathy Yates from
treasury will sit in.

Russ

-----Original Message-----
From: Sofia Castellanos [mailto:sofia.castellanos@proton.me]
Sent: Tuesday, October 02, 2001 1:02 PM
To: Mabry, Russ
Subject: RE: Interview Friday

Russ - Friday works.  What time?  I could be there any time after 10.

Sofia

-----Original Message-----
From: Mabry, Russ
Sent: Monday, October 01, 2001 4:45 PM
To: 'Sofia Castellanos'
Subject: Interview Friday

Sofia, can you come in Friday for an interview on the treasury analyst spot?

Russ Mabry
VP, Treasury Operations
Piedmont Carolina Bank
(704) 555-0166
""",
    interview=True,
    start=at(10, 5, 10, 30),
    interviewers=[p("Russ Mabry", "rmabry@pcbank.com"), p("Kathy Yates", None)],
    company="Piedmont Carolina Bank",
    role="Treasury analyst",
    category="day-in-subject",
    notes="the day is only in the subject ('Interview Friday' = Friday October 5 from a Tuesday Date) and the hour only in the top line ('10:30 is good'); "
          "Sent: 4:45 PM and 1:02 PM are not the time; Charlotte, Eastern; no length",
)

add(
    "x14.eml",
    sender="Theresa Quintanilla <tquintanilla@bbnb.com>",
    to=LUKAS,
    subject="RE: Energy Lending - Interview Confirmation",
    sent=ct(6, 11, 9, 30),
    cte=QP,
    body="""
Mr. Brenner,

This will confirm your interview on Thursday, June 14, 2001 at 3:00 pm CST with Douglas Renfro, Senior Vice
President, Energy Lending, and Amy Lujan, Vice President.  The interview will last approximately one hour.
Please check in at the security desk in the lobby of our main office; you will need a photo ID.

If you have any questions, please feel free to call me.

Theresa Quintanilla
Employment Representative
Human Resources Department
Buffalo Bayou National Bank
700 Louisiana Street, Suite 2100
Houston, Texas 77002
Phone 713.555.0110   Fax 713.555.0111
Toll free 1-800-555-0100

Member FDIC.  Equal Opportunity Employer M/F/D/V.
Lobby hours 9:00 a.m. - 4:00 p.m. Monday - Friday, drive-through 7:30 a.m. - 6:00 p.m., Saturday 9 - 12.

-----Original Message-----
From:	Lukas Brenner [SMTP:lukas.brenner@posteo.de]
Sent:	Friday, June 08, 2001 5:50 PM
To:	tquintanilla@bbnb.com
Subject:	Energy Lending - Interview

Dear Ms. Quintanilla,

Thank you for your call this afternoon.  I am available Thursday or Friday of next week, any time after 1 pm.

Best regards,
Lukas Brenner

*********************************************************************************************
The information contained in this communication is confidential, may be attorney-client privileged, may
constitute inside information, and is intended only for the use of the addressee.  It is the property of
Buffalo Bayou National Bank or its affiliates.  Unauthorized use, disclosure or copying of this
communication or any part thereof is strictly prohibited and may be unlawful.  If you have received this
communication in error, please notify us immediately by return e-mail or by telephone at (713) 555-0110,
and destroy this communication and all copies thereof, including all attachments.  Thank you.
*********************************************************************************************
""",
    interview=True,
    start=ct(6, 14, 15, 0),
    end=ct(6, 14, 16, 0),
    interviewers=[p("Douglas Renfro", None), p("Amy Lujan", None), p("Theresa Quintanilla", "tquintanilla@bbnb.com")],
    company="Buffalo Bayou National Bank",
    role="Energy Lending",
    category="long-disclaimer",
    notes="'3:00 pm CST' written in June: Houston people wrote CST all year, the meeting is at 3:00 Houston time (CDT) = 16:00 EDT, not 17:00; "
          "Outlook 98 tab-separated header block with [SMTP:]; signature full of numbers (Suite 2100, 77002, 1-800, lobby 9:00-4:00, drive-through 7:30-6:00) "
          "and a starred disclaimer below the quote; name-only interviewers plus the HR sender; quoted-printable",
    mailer="Internet Mail Service (5.5.2653.19)",
)

add(
    "x15.eml",
    sender="Norma Villarreal <nvillarreal@transpecosgas.com>",
    to=JORDAN,
    subject="Interview - rate analyst",
    sent=ct(8, 14, 8, 32),
    body="""
Jordan, please see the message below from Mr. Cheng.  We look forward to seeing you.  Parking is available
in the Main Street garage; bring your ticket and we will validate it.

Norma Villarreal
Employment Representative
Trans-Pecos Gas Transmission Company
1300 Main, Room 1520
713-555-0135

---------------------- Forwarded by Norma Villarreal/TPGT on 08/14/2001 08:32 AM ---------------------------


Bill Cheng
08/13/2001 05:47 PM
To: Norma Villarreal/TPGT@TPGT
cc:  
Subject: Re: Jordan Lee - rate analyst

norma - tuesday 8/21 works.  1:30 central, my office 1547.  i'll get dolores to join for the 2nd half hour.
should be done by 2:30.

bc

---------------------- Forwarded by Bill Cheng/TPGT on 08/13/2001 05:40 PM ---------------------------


Norma Villarreal
08/10/2001 02:15 PM
To: Bill Cheng/TPGT@TPGT
cc:  
Subject: Jordan Lee - rate analyst

Bill,

Attached is the resume for Jordan Lee for the rate analyst position (posting #01-0387).  Jordan is
available Monday 8/20 or Tuesday 8/21.  Please let me know a time and I'll set it up.

Norma
x5-0135
""",
    interview=True,
    start=ct(8, 21, 13, 30),
    end=ct(8, 21, 14, 30),
    interviewers=[p("Bill Cheng", None), p("Dolores", None), p("Norma Villarreal", "nvillarreal@transpecosgas.com")],
    company="Trans-Pecos Gas Transmission Company",
    role="Rate analyst",
    category="notes-double-forward",
    notes="two nested Lotus Notes 'Forwarded by' blocks; the hiring manager's lower-case reply '1:30 central ... done by 2:30' (CDT = 14:30-15:30 EDT); "
          "'office 1547', 'posting #01-0387', 'x5-0135' are numbers, not times; Notes names only, so the HR sender who arranged it is listed",
    mailer="Lotus Notes Release 5.0.5  September 22, 2000",
)

add(
    "x16.eml",
    sender="josh fennimore <josh@ampxchange.com>",
    to=CAMILLE,
    subject="RE: Thank you / next steps",
    sent=at(6, 22, 19, 55),
    body="""
Camille - great talking today.  Let's do Tues 6/26 at 6pm at our office, after the market closes.  110
Greene St 4th fl, buzz AMPX.  You'll meet me and our CEO Dara Pennock.  Pizza will be involved.

--
Sent from my BlackBerry Wireless Handheld (www.BlackBerry.net)

-----Original Message-----
From: Camille Dubois [mailto:camille.dubois@icloud.com]
Sent: Friday, June 22, 2001 5:12 PM
To: josh@ampxchange.com
Subject: Thank you / next steps

Josh,

Thank you for the call this afternoon.  As discussed, I'd love to come by and meet the team at
AmpXchange.com - I'm free most evenings next week.

Camille
""",
    interview=True,
    start=at(6, 26, 18, 0),
    interviewers=[p("Josh Fennimore", "josh@ampxchange.com"), p("Dara Pennock", None)],
    company="AmpXchange.com",
    role=None,
    category="handheld-top-post",
    notes="dot-com CTO's BlackBerry top-post 'Tues 6/26 at 6pm'; 'after the market closes' is not a time to read; '110 Greene St 4th fl' address; "
          "company written only in the user's quote; name-only CEO",
)

add(
    "x17.eml",
    sender="Paulette Guidry <paulette.guidry@estacadoenergy.com>",
    to=PRIYA,
    subject="Re: Weather desk",
    sent=ct(10, 17, 15, 22),
    body="""
Priya,

Dr. Mei-Lin Ng, who heads our weather desk, would like to do a phone interview with you on Monday,
October 22.  Please call her at 713-555-0172 at 8:30 a.m. your time (7:30 here).  She has a 9:00 staff
meeting, so it will be a short one - about 20 minutes.

If that doesn't work let me know and I will find another time.

Paulette Guidry
Sr. Administrative Assistant
Weather Risk Management
Estacado Energy Corp.
EB 3540
(713) 555-0170




"Priya Natarajan" <priya.n@gmail.com> on 10/16/2001 07:45:10 PM
To: paulette.guidry@estacadoenergy.com
cc:  
Subject: Re: Weather desk


Dear Ms. Guidry,

Thank you for forwarding my resume to Dr. Ng.  I'm available any morning next week before 11 Eastern.

Regards,
Priya Natarajan
""",
    interview=True,
    start=at(10, 22, 8, 30),
    end=at(10, 22, 8, 50),
    interviewers=[p("Mei-Lin Ng", None), p("Paulette Guidry", "paulette.guidry@estacadoenergy.com")],
    company="Estacado Energy Corp.",
    role="Weather desk",
    category="phone-your-time",
    notes="the user is to call the interviewer: '8:30 a.m. your time (7:30 here)' = 8:30 EDT; the 9:00 staff meeting (Central) is not the end; "
          "713 number is the interviewer's; name-only interviewer plus the assistant who arranged it",
    mailer="Lotus Notes Release 5.0.8  June 18, 2001",
)

add(
    "x18.eml",
    sender="Heidi Lutz <hlutz@brazospower.com>",
    to=MARCUS,
    subject="Houston trip - Tuesday 7/31",
    sent=ct(7, 25, 11, 48),
    body="""
Marcus,

Your travel is booked - the itinerary from our travel agent is below.  Interviews are Tuesday, July 31
from 1:00 to 4:30 in our offices at 1900 West Loop South, 14th floor.  All times are Houston time.

 1:00 - 1:45    Craig Dupuis, VP Asset Management
 1:45 - 2:30    Lorraine Fitch, Director, Plant Operations
 2:30 - 3:15    Ravi Subramaniam, Commercial
 3:15 - 4:00    Tom Haney, Sr. VP
 4:00 - 4:30    Heidi Lutz, HR - benefits overview and wrap-up

Please keep your receipts; we'll reimburse meals and parking.

Heidi Lutz
Human Resources
Brazos Merchant Power, L.P.
1900 West Loop South, Suite 1400
Houston, TX 77027
(713) 555-0146  fax (713) 555-0147

--------------------------------------------------------------------
SAGEBRUSH TRAVEL  *  ITINERARY  *  RECORD LOCATOR: QX7TRP
PASSENGER: OYELARAN/MARCUS MR          AGENT: KJ  25JUL01

TUE 31JUL   COASTAL AIR 1447   COACH   SEAT 14C   NONSTOP
   LV NEW YORK LGA              655A
   AR HOUSTON IAH               956A
TUE 31JUL   COASTAL AIR 1882   COACH   SEAT 21A   NONSTOP
   LV HOUSTON IAH               720P
   AR NEW YORK LGA             1128P

CAR: BRAZOS CAR SERVICE WILL MEET YOU AT BAGGAGE CLAIM 4
TICKET: ETKT 0016213348801
--------------------------------------------------------------------
""",
    interview=True,
    start=ct(7, 31, 13, 0),
    end=ct(7, 31, 16, 30),
    interviewers=[p("Craig Dupuis", None), p("Lorraine Fitch", None), p("Ravi Subramaniam", None), p("Tom Haney", None),
                  p("Heidi Lutz", "hlutz@brazospower.com")],
    company="Brazos Merchant Power, L.P.",
    role=None,
    category="travel-itinerary",
    notes="visit-day schedule with a pasted travel-agent itinerary (655A/956A/720P/1128P flight times, record locator, ticket number) that must not be read; "
          "'All times are Houston time' (CDT) so 1:00-4:30 = 14:00-17:30 EDT; the HR sender has the last slot and the address",
)

add(
    "x19.eml",
    sender="Faye Lindahl <flindahl@threeriverspower.com>",
    to=LUKAS,
    subject="Interview - Senior Analyst, Power Supply",
    sent=at(7, 9, 13, 45),
    cte=QP,
    body="""
July 9, 2001

Mr. Lukas Brenner
via e-mail

Dear Mr. Brenner:

As per our telephone conversation this morning, your interview for the position of Senior Analyst, Power
Supply (Req. No. 2001-114) has been rescheduled from Thursday, July 12 to Monday, July 16, 2001 at
11:00 a.m.  Please report to the Human Resources Department, Room 1207, Three Rivers Power Building,
600 Liberty Avenue, Pittsburgh.

You will meet with Mr. Gerald Ostrowski, Manager of Power Supply, and with me.  The interview should last
approximately ninety minutes.

Should you need to reach me, I can be reached at (412) 555-0139 between 8:00 a.m. and 4:30 p.m.

Sincerely,

Faye Lindahl
Employment Specialist
Three Rivers Power & Light Company
Telephone (412) 555-0139   Fax (412) 555-0140
""",
    interview=True,
    start=at(7, 16, 11, 0),
    end=at(7, 16, 12, 30),
    interviewers=[p("Faye Lindahl", "flindahl@threeriverspower.com"), p("Gerald Ostrowski", None)],
    company="Three Rivers Power & Light Company",
    role="Senior Analyst, Power Supply",
    category="letter-style",
    notes="a formal letter pasted into the mail body; rescheduled 'from Thursday, July 12 to Monday, July 16, 2001 at 11:00 a.m.' in one sentence; "
          "'approximately ninety minutes'; office hours 8:00-4:30, Room 1207, Req. No. 2001-114 are not times; the sender is also an interviewer; quoted-printable",
)

add(
    "x20.eml",
    sender="\"Almanza, Roger\" <roger.almanza@gbetrading.com>",
    to=JORDAN,
    subject="RE: power analyst",
    sent=ct(11, 15, 16, 2),
    body="""
Jordan - lets talk tomorrow at 10 am Houston time.  I'll call you at the 917 number.  Block 45 min, I'll
probably have Vic Lemaire from the power desk on the line too.

RA

-----Original Message-----
From: Jordan Lee [mailto:jordan.lee@fastmail.com]
Sent: Thursday, November 15, 2001 10:40 AM
To: Almanza, Roger
Subject: power analyst

Mr. Almanza,

Ken Dobbs gave me your name regarding the power trading analyst opening at Galveston Bay Energy Trading.
My resume is attached.  I'm flexible this week and next and can be reached at 917-555-0127.

Regards,
Jordan Lee
""",
    interview=True,
    start=ct(11, 16, 10, 0),
    end=ct(11, 16, 10, 45),
    interviewers=[p("Roger Almanza", "roger.almanza@gbetrading.com"), p("Vic Lemaire", None)],
    company="Galveston Bay Energy Trading",
    role="Power trading analyst",
    category="time-zone",
    notes="'tomorrow at 10 am Houston time' from a Thursday November 15 Date = Friday November 16, CST (after DST ended) = 11:00 EST; "
          "the 917 number is the user's; signed with initials only; company only in the user's quote",
)

add(
    "x21.eml",
    sender="\"Salerno, Gina\" <gsalerno@pruettlambert.com>",
    to=SOFIA,
    cc="\"Delacroix, Frank\" <fdelacroix@pruettlambert.com>, \"Sokolov, Ana\" <asokolov@pruettlambert.com>",
    subject="RE: RE: RE: RE: Energy Risk Advisory - interview",
    sent=at(8, 24, 13, 30),
    body="""
ok 3:30 it is - Frank can't do 3:00 but 3:30 on Wednesday works for both him and Ana (copied).  Plan on an
hour.  Let me know if that's a problem.

Gina

-----Original Message-----
From: Sofia Castellanos [mailto:sofia.castellanos@proton.me]
Sent: Friday, August 24, 2001 9:41 AM
To: Salerno, Gina
Subject: RE: RE: RE: Energy Risk Advisory - interview

Thank you, Gina - 3:00 or any time later that afternoon works for me.

Sofia

-----Original Message-----
From: Salerno, Gina [mailto:gsalerno@pruettlambert.com]
Sent: Friday, August 24, 2001 9:15 AM
To: 'Sofia Castellanos'
Subject: RE: RE: Energy Risk Advisory - interview

Let me check with Frank - he has a client call until 3.

-----Original Message-----
From: Sofia Castellanos [mailto:sofia.castellanos@proton.me]
Sent: Thursday, August 23, 2001 7:40 PM
To: Salerno, Gina
Subject: RE: Energy Risk Advisory - interview

Hi Gina,

The 29th is better for me, but could we start a little later, at 3:00?

Sofia

-----Original Message-----
From: Salerno, Gina [mailto:gsalerno@pruettlambert.com]
Sent: Thursday, August 23, 2001 10:05 AM
To: 'sofia.castellanos@proton.me'
Subject: Energy Risk Advisory - interview

Dear Sofia,

Frank Delacroix (Partner) and Ana Sokolov (Manager) would like to meet with you about the senior consultant
position in our Energy Risk Advisory practice.  Would Tuesday, August 28 at 10:00 a.m. or Wednesday,
August 29 at 2:00 p.m. work for you?

Gina Salerno
Campus & Experienced Recruiting
Pruett Lambert LLP
1211 Avenue of the Americas, New York, NY 10036
212.555.0151
""",
    interview=True,
    start=at(8, 29, 15, 30),
    end=at(8, 29, 16, 30),
    interviewers=[p("Frank Delacroix", "fdelacroix@pruettlambert.com"), p("Ana Sokolov", "asokolov@pruettlambert.com")],
    company="Pruett Lambert LLP",
    role="Senior consultant, Energy Risk Advisory",
    category="deep-chain",
    notes="five-level 'RE: RE: RE: RE:' chain: two offered slots, the user's counter (3:00 on the 29th), 'let me check', and the organiser's final '3:30 on Wednesday'; "
          "Wednesday = the 29th from the quotes; 'client call until 3' is not the time; interviewers copied in Cc",
)

add(
    "x22.eml",
    sender="Joanne Metz <campus.recruiting@cypresscreekenergy.com>",
    to=PRIYA,
    subject="Cypress Creek Energy - Final Round Interviews",
    sent=ct(11, 1, 10, 20),
    cte=QP,
    body="""
Dear Priya,

Congratulations!  On behalf of Cypress Creek Energy, Inc., I am pleased to invite you to Houston for final
round interviews for the Analyst Program.

FINAL ROUND INTERVIEWS
Friday, November 9, 2001
8:00 am - 12:00 noon CST
Cypress Creek Energy, 2 Allen Parkway, 9th floor

You will meet with four members of our trading and risk management groups in back-to-back interviews.

Thursday, November 8
  3:00 pm      Hotel check-in (Allen Parkway Inn, confirmation # 88316)
  7:00 pm      Reception with current analysts, hotel lobby bar

Friday, November 9
  7:30 am      Shuttle from the hotel
  8:00 am - 12:00 noon   Interviews
  12:15 pm     Shuttle to the airport

Please reply to confirm by Monday, November 5, and send your flight preferences to our travel desk at
713-555-0164.

Sincerely,

Joanne Metz
Campus Recruiting
Cypress Creek Energy, Inc.
""",
    interview=True,
    start=ct(11, 9, 8, 0),
    end=ct(11, 9, 12, 0),
    interviewers=[p("Joanne Metz", "campus.recruiting@cypresscreekenergy.com")],
    company="Cypress Creek Energy, Inc.",
    role="Analyst Program",
    category="campus-final-round",
    notes="campus final round with a block schedule; '8:00 am - 12:00 noon CST' in November (after DST) = 9:00-13:00 EST; hotel check-in, reception, shuttles, "
          "confirmation number and reply-by date are not the interview; interviewers unnamed, so only the coordinator who arranged it (sending from the campus mailbox)",
)

add(
    "x23.eml",
    sender="Colleen Ashworth <cashworth@okmlaw.com>",
    to=CAMILLE,
    subject="Callback Interview - Tuesday, October 23",
    sent=at(10, 16, 17, 5),
    body="""
Dear Camille,

Thank you for accepting our invitation to a callback interview.  Your schedule on Tuesday, October 23 is as
follows:

10:00 a.m.       Howard Kealy, Partner, Energy & Project Finance        Room 3812
10:45 a.m.       Deborah Lin, Partner, Regulatory                       Room 3720
11:30 a.m.       Stephen Marchand, Counsel                               Room 3745
12:15 p.m.       Lunch with two associates
 2:00 p.m.       Conclude

Please check in with the receptionist on the 38th floor at 9:50 a.m.  Our offices are at 780 Third Avenue;
take the elevator bank to floors 30-41.  We will reimburse reasonable travel expenses; please
submit receipts within 30 days.

Best regards,

Colleen Ashworth
Legal Recruiting Manager
Ostrander Kealy & Moss LLP
Tel: (212) 555-0158 | Fax: (212) 555-0159

=============================================================
This e-mail is confidential and may be privileged.  If you are not the intended recipient please notify
the sender at (212) 555-0158 and delete it.  Ostrander Kealy & Moss LLP is a New York limited liability
partnership.
=============================================================
""",
    interview=True,
    start=at(10, 23, 10, 0),
    end=at(10, 23, 14, 0),
    interviewers=[p("Howard Kealy", None), p("Deborah Lin", None), p("Stephen Marchand", None),
                  p("Colleen Ashworth", "cashworth@okmlaw.com")],
    company="Ostrander Kealy & Moss LLP",
    role=None,
    category="callback-lunch",
    notes="law-firm callback: three interviews then lunch with two unnamed associates, '2:00 p.m. Conclude' is the end; check-in 9:50 is not the start; "
          "room numbers 3812/3720/3745, floors 30-41 and '30 days' are not times; name-only interviewers plus the recruiting manager",
)

add(
    "x24.eml",
    sender="\"Gustafson, Nate\" <ngustafson@lakeshoreenergy.com>",
    to=MARCUS,
    subject="RE: Lakeshore - phone interview",
    sent=ct(9, 24, 8, 15),
    body="""
Marcus,

Thanks for getting back to me.  We'll call you Wednesday the 26th at 11:30 Eastern (10:30 our time) at
the number below.  Deb Kaczmarek, who runs our gas practice, and I will both be on.

Regards,

Nate Gustafson
Senior Manager
Lakeshore Energy Advisors
200 W. Adams, Suite 1650
Chicago, IL 60606
312-555-0137

-----Original Message-----
From: Marcus Oyelaran [mailto:marcus.oyelaran@outlook.com]
Sent: Friday, September 21, 2001 6:10 PM
To: Gustafson, Nate
Subject: RE: Lakeshore - phone interview

Nate,

Thank you for your e-mail.  I'm available Tuesday or Wednesday morning next week.  My number is
718-555-0193.

Marcus
""",
    interview=True,
    start=at(9, 26, 11, 30),
    interviewers=[p("Nate Gustafson", "ngustafson@lakeshoreenergy.com"), p("Deb Kaczmarek", None)],
    company="Lakeshore Energy Advisors",
    role=None,
    category="dual-time-zone",
    notes="the time written twice: '11:30 Eastern (10:30 our time)' from a Chicago sender; 'Wednesday the 26th' from the September Date; "
          "Suite 1650, 60606 and the user's 718 number are not times; no length",
)

add(
    "x25.eml",
    sender="Tom Reilly <tom.reilly@estacadoenergy.com>",
    to=LUKAS,
    subject="Fw: resume - Lukas Brenner",
    sent=ct(6, 14, 14, 26),
    body="""
Lukas - good news, see below from Greta.  She's great, you'll like her.  Call me afterward and we'll grab a
beer.

Tom

---------------------- Forwarded by Tom Reilly/HOU/EES on 06/14/2001 02:26 PM ---------------------------


Greta Voss
06/14/2001 01:58 PM
To: Tom Reilly/HOU/EES@EES
cc: Hank Belton/HOU/EES@EES 
Subject: Re: resume - Lukas Brenner

Tom - thanks for passing this along, he looks good.  Tell Lukas we'd like him to come in Monday 6/18 at
3:00 pm CST.  Hank will sit in.  45 minutes or so.  He should ask for me at the 12th floor reception,
EB 1205.  If anything changes he can reach me at 713-555-0155 or gvoss@estacadoenergy.com.

Greta Voss
Director, Commercial Pricing
Estacado Energy Services
""",
    interview=True,
    start=ct(6, 18, 15, 0),
    end=ct(6, 18, 15, 45),
    interviewers=[p("Greta Voss", "gvoss@estacadoenergy.com"), p("Hank Belton", None)],
    company="Estacado Energy Services",
    role="Commercial Pricing",
    category="referral-forward",
    notes="a friend who works there forwards the hiring manager's Notes message; the friend is neither interviewer nor arranger; "
          "the hiring manager's address is written only in her message text; '3:00 pm CST' in June = 3:00 CDT = 16:00 EDT; Hank Belton has only a Notes name",
    mailer="Lotus Notes Release 5.0.5  September 22, 2000",
)

add(
    "x26.eml",
    sender="Patricia Gaines <pgaines@ptec.coop>",
    to=CAMILLE,
    subject="Interview Confirmation - Energy Trading Analyst",
    sent=at(8, 15, 11, 0),
    body="""
Dear Ms. Dubois:

This will confirm your interview for the position of Energy Trading Analyst on Wednesday, August 22, 2001 at
9:00 a.m.  Please arrive at 8:45 a.m. to complete an application form.

You will be interviewed by a panel consisting of Mr. Dwight Ferebee, Manager of Energy Trading; Ms. Lorna
Tisdale, Senior Risk Analyst; and the undersigned.  The interview will take approximately two hours and
will include a short written exercise.

Our headquarters is located at 4201 Route 1 North, Building 2, Room 214.  From I-95, take Exit 84 and
follow Route 1 north for 2.5 miles.  Visitor parking is in Lot C.

Our office hours are 8:00 a.m. to 5:00 p.m., Monday through Friday.  If you must cancel, please call me at
(804) 555-0192 at least 24 hours in advance.  Fax (804) 555-0193.

Sincerely,

Patricia Gaines
Human Resources Administrator
Piedmont Tidewater Electric Cooperative
""",
    interview=True,
    start=at(8, 22, 9, 0),
    end=at(8, 22, 11, 0),
    interviewers=[p("Patricia Gaines", "pgaines@ptec.coop"), p("Dwight Ferebee", None), p("Lorna Tisdale", None)],
    company="Piedmont Tidewater Electric Cooperative",
    role="Energy Trading Analyst",
    category="confirmation-letter",
    notes="formal confirmation letter; 'arrive at 8:45' is not the start; Route 1, Exit 84, 2.5 miles, Lot C, 8:00-5:00 hours, '24 hours' are not times or lengths; "
          "'approximately two hours'; the sender is on the panel",
)


# ---------------------------------------------------------------- near-misses (x27-x42)

add(
    "x27.eml",
    sender="Corinne Tabb <corinne.tabb@estacadoenergy.com>",
    to=JORDAN,
    cc="Garrett Pruitt <garrett.pruitt@estacadoenergy.com>, Helen Szabo <helen.szabo@estacadoenergy.com>",
    subject="Interview schedule - Wesley Harlan, Thursday 3/22",
    sent=ct(3, 19, 11, 3),
    body="""
Jordan,

You will be interviewing Wesley Harlan at 10:00 in EB 3321 on Thursday 3/22.  He is a candidate for the
Associate program (2nd year MBA).  His resume is attached; evaluation forms are in your inbox tray.  Please
return your evaluation to me by Friday noon.

Full schedule for your reference:

 9:00 -  9:45     Garrett Pruitt         EB 3321
10:00 - 10:45     Jordan Lee             EB 3321
11:00 - 11:45     Helen Szabo            EB 3118
12:00 -  1:00     Lunch w/ Nikhil Rao    EB 50C2

Thanks!
Corinne
x3-0457

 - Harlan_W_resume.doc
""",
    interview=False,
    category="hiring-side",
    notes="the user is one of the interviewers of a candidate at the user's current job ('You will be interviewing Wesley Harlan at 10:00'); the user's own name is in the schedule",
)

add(
    "x28.eml",
    sender="Lisa Brock <lbrock@bluebonnetgas.com>",
    to="Andy Pruett <apruett@bluebonnetgas.com>, " + MARCUS,
    subject="phone screens tues",
    sent=ct(4, 20, 16, 45),
    body="""
team -

phone screens for the gas scheduler opening are tuesday 4/24.  assignments:

andy to call the candidate (Rebecca Stone) at 9am - 713-555-0102
marcus to call Kevin Doyle at 10:30 - 504-555-0117
me - Teresa Ng at 1:00 - 281-555-0108

use the question sheet from last time.  20 min each, notes to me by wednesday COB.

lb
""",
    interview=False,
    category="hiring-side",
    notes="phone-screen assignments for the user's team: the user calls a candidate; lower case, times and phone numbers of candidates",
)

add(
    "x29.eml",
    sender="Rhonda Kemp <rkemp@callowaypipeline.com>",
    to=SOFIA,
    subject="Luis Ortega - Thursday",
    sent=ct(9, 4, 9, 12),
    body="""
Sofia - Please see Mr. Ortega's schedule below; you have him 10:15-11:00 in Room 1614.  Interview guide
attached.  Thanks!  Rhonda

---------------------- Forwarded by Rhonda Kemp/CPC on 09/04/2001 09:12 AM ---------------------------


Dale Whitman
08/31/2001 03:30 PM
To: Rhonda Kemp/CPC@CPC
cc:  
Subject: Itinerary - Luis Ortega

Itinerary for Mr. Luis Ortega - Thursday, September 6, 2001
Candidate, Manager of Gas Control

 8:45            Arrive, lobby - Rhonda to escort
 9:00 -  9:30    Dale Whitman            Room 1601
 9:30 - 10:15    Ken Aubry               Room 1630
10:15 - 11:00    Sofia Castellanos       Room 1614
11:00 - 12:00    Control room tour / lunch with shift supervisors
""",
    interview=False,
    category="hiring-side",
    notes="a candidate's itinerary forwarded to the user as one of his interviewers (Notes forward); the user's name is a slot in the itinerary",
    mailer="Lotus Notes Release 5.0.8  June 18, 2001",
)

add(
    "x30.eml",
    sender=CAMILLE,
    to="\"Grissom, Neil\" <ngrissom@ridgewaypower.com>",
    subject="RE: Ridgeway Power Partners - analyst opening",
    sent=at(3, 5, 21, 30),
    body="""
Dear Mr. Grissom,

Thank you for getting back to me.  I could do Tuesday 3/13 at 10 or Wednesday 3/14 any time after 2.
Please let me know which suits you best.

Best regards,
Camille Dubois

-----Original Message-----
From: Grissom, Neil [mailto:ngrissom@ridgewaypower.com]
Sent: Monday, March 05, 2001 2:40 PM
To: 'camille.dubois@icloud.com'
Subject: Ridgeway Power Partners - analyst opening

Camille,

Thanks for your resume.  I'd like to meet with you next week.  Could you send me a couple of times that
work for you?

Neil Grissom
Ridgeway Power Partners
(203) 555-0148
""",
    interview=False,
    category="own-proposal",
    notes="the user's own proposal of two times, sent by the user, not yet answered",
)

add(
    "x31.eml",
    sender="Marla Hinojosa <mhinojosa@cimarrongas.com>",
    to=LUKAS,
    subject="RE: Storage analyst - interview",
    sent=ct(5, 15, 10, 0),
    body="""
Lukas,

Let me check Dale's calendar and get back to you; he's in Calgary until Thursday.  Monday 5/21 may work
but I can't promise until I talk to him.

Marla

-----Original Message-----
From: Lukas Brenner [mailto:lukas.brenner@posteo.de]
Sent: Monday, May 14, 2001 8:55 PM
To: Hinojosa, Marla
Subject: RE: Storage analyst - interview

Dear Ms. Hinojosa,

Would Monday 5/21 at 10:00 be possible for the interview with Mr. Pike?

Best regards,
Lukas Brenner

-----Original Message-----
From: Hinojosa, Marla [mailto:mhinojosa@cimarrongas.com]
Sent: Monday, May 14, 2001 11:20 AM
To: 'lukas.brenner@posteo.de'
Subject: Storage analyst - interview

Lukas, Dale Pike would like to meet you the week of the 21st.  What days are good for you?

Marla Hinojosa
Cimarron Gas Storage Company
(713) 555-0174
""",
    interview=False,
    category="pending",
    notes="the organiser is still checking availability ('let me check Dale's calendar ... can't promise'); the user's proposed Monday 5/21 at 10:00 is not agreed",
)

add(
    "x32.eml",
    sender="Ted Varga <tvarga@megawattweekly.com>",
    to=PRIYA,
    subject="Interview Thursday - summer price spikes",
    sent=at(6, 19, 11, 20),
    body="""
Priya,

Thanks for agreeing to talk.  Let's do the interview Thursday at 2 pm Eastern by phone; I'll call you at
212-555-0190.  Should take 20 minutes.  I'd like to go over your paper on the June price spikes and what
you expect for July and August.  The piece runs in the June 25 issue.

Ted Varga
Senior Reporter
Megawatt Markets Weekly
(202) 555-0129
""",
    interview=False,
    category="press",
    notes="a trade-press reporter sets a phone interview with the user as the subject of an article; agreed time and length but no job",
)

add(
    "x33.eml",
    sender="Calloway HR <hr.services@callowaypipeline.com>",
    to=SOFIA,
    subject="Exit Interview",
    sent=ct(9, 24, 14, 0),
    body="""
Sofia,

We are sorry to see you go.  Your exit interview is scheduled for Friday 9/28 at 3:00 in Room 1190 with
Andrea Salinas of Human Resources.

Please bring your laptop, badge, parking card and corporate card.  Your final paycheck, including
accrued vacation, will be mailed to your home address on October 5.  Benefits continue through
September 30; COBRA information will follow under separate cover.

Calloway Pipeline Company - Human Resources Services
(713) 555-0180
""",
    interview=False,
    category="exit-interview",
    notes="an exit interview with HR as the user leaves the current employer; time and room but not a job interview",
)

add(
    "x34.eml",
    sender="\"Brock, Lisa\" <lbrock@bluebonnetgas.com>",
    to=MARCUS,
    subject="Mid-year review",
    sent=ct(7, 16, 13, 5),
    body="""
Marcus,

Your mid-year performance review is scheduled Tuesday 7/24 at 10:00 in the 7th floor conference room.
Please complete the self-evaluation form (attached) and get it back to me by Friday 7/20.  Plan on about
an hour.

Lisa Brock
Manager, Gas Scheduling
Bluebonnet Gas Marketing
""",
    interview=False,
    category="performance-review",
    notes="a performance review with the user's manager at the current job; time, room and length but no job interview",
)

add(
    "x35.eml",
    sender="danny k <dkowalczyk@hudsonfutures.com>",
    to=LUKAS,
    subject="lunch",
    sent=at(4, 23, 10, 12),
    body="""
lukas - lunch thurs at 12:30?  kellerman's on 3rd ave.  want to hear how the kessler interview went.  my
treat, i owe you from the super bowl.

d
""",
    interview=False,
    category="lunch-friend",
    notes="a friend proposes lunch and mentions a past interview; no interview is set",
)

add(
    "x36.eml",
    sender="Diane Okonkwo <diane.okonkwo@estacadoenergy.com>",
    to=JORDAN,
    cc="Garrett Pruitt <garrett.pruitt@estacadoenergy.com>",
    subject="Conference call re: Lone Oak tolling agreement",
    sent=ct(8, 31, 15, 40),
    body="""
All,

Please plan to attend a conference call to go over the Lone Oak tolling agreement term sheet.

Date:        Wednesday, September 5, 2001
Time:        11:00 a.m. CDT (12:00 noon EDT)
Dial-in:     1-800-555-0199
Passcode:    4417802#
Host:        Garrett Pruitt

Participants:  Garrett Pruitt, Jordan Lee, Mark Ellery (Lone Oak Power), Susan Park (Whitcombe Strand)

Please review the attached redline before the call.

Diane Okonkwo
Sr. Admin. Assistant, Origination
EB 3302  x3-6610
""",
    interview=False,
    category="conference-call",
    notes="a deal conference call with dial-in numbers at the user's current job; a calendar-like block but no interview",
)

add(
    "x37.eml",
    sender="\"Tuttle, Marian\" <mtuttle@dunmorewhitlock.com>",
    to=CAMILLE,
    subject="RE: Meeting with Mr. Thackeray",
    sent=at(6, 15, 10, 0),
    body="""
Dear Ms. Dubois,

Thank you for meeting with Mr. Thackeray on Friday, June 8.  We enjoyed the opportunity to learn more about
your background.  After careful consideration, we have decided not to pursue your candidacy further at this
time.  We will keep your resume on file and wish you every success.

Sincerely,

Marian Tuttle
Human Resources
Dunmore Whitlock Securities Inc.

-----Original Message-----
From: Kowal, Bernadette
Sent: Tuesday, June 05, 2001 9:15 AM
To: 'Camille Dubois'
Subject: RE: Meeting with Mr. Thackeray

Thank you, Ms. Dubois.  You are confirmed for Friday at 4:00 p.m.  Please sign in with the guard in the
lobby and they will call up.

Bernadette
""",
    interview=False,
    outcome="rejected",
    category="rejection",
    notes="rejection after the interview, over the quoted (past) confirmation 'Friday at 4:00 p.m.'; company Dunmore Whitlock Securities Inc.",
)

add(
    "x38.eml",
    sender="Lydia Marsh <lydia.marsh@estacadoenergy.com>",
    to=PRIYA,
    subject="Offer - Estacado Associate Program",
    sent=ct(4, 9, 16, 30),
    body="""
Priya,

I'm delighted to tell you that Estacado Energy Corp. would like to offer you a position as an Associate in
the Estacado Associate Program.  Your offer letter went out by FedEx today and should arrive tomorrow
morning; it includes the base salary, the sign-on bonus and the relocation package.

Your start date would be Monday, June 4, 2001, with orientation at 8:00 a.m. in EB 50C2.  Please sign and
return the letter by Friday, April 20.

Garrett and Helen both asked me to pass on their congratulations.  Call me at 713-555-0143 with any
questions.

Lydia Marsh
Associate & Analyst Program
Estacado Energy Corp.
""",
    interview=False,
    outcome="offer",
    category="offer",
    notes="an offer after the visit day; start date, orientation time and reply-by date are not an interview; company Estacado Energy Corp.",
)

add(
    "x39.eml",
    sender="Heidi Lutz <hlutz@brazospower.com>",
    to=MARCUS,
    subject="RE: Houston trip - Tuesday 7/31",
    sent=ct(8, 3, 11, 15),
    body="""
Marcus,

Thank you for coming down on Tuesday.  The group enjoyed meeting you and would like to bring you back for a
second round with our president, Mr. Delahoussaye, and the commercial team.  I will call you next week to
set up a date; his calendar is tight until the middle of the month.

Heidi

-----Original Message-----
From: Lutz, Heidi
Sent: Wednesday, July 25, 2001 11:48 AM
To: 'Marcus Oyelaran'
Subject: Houston trip - Tuesday 7/31

Marcus,

Your travel is booked.  Interviews are Tuesday, July 31 from 1:00 to 4:30 in our offices at 1900 West Loop
South, 14th floor.  All times are Houston time.
""",
    interview=False,
    outcome="next_round",
    category="next-round",
    notes="invitation to a second round with no date or time yet ('I will call you next week to set up a date'); the quoted first-round time is past; company Brazos Merchant Power",
)

add(
    "x40.eml",
    sender="Meg Sorensen <meg.sorensen@fastmail.fm>",
    to=PRIYA,
    subject="Fw: Super Saturday schedule",
    sent=at(11, 6, 22, 15),
    body="""
P - can you drive me to LaGuardia friday at 5am??  my flight's at 7.  schedule below, wish me luck!!!
m

---------------------- Forwarded by Meg Sorensen on 11/06/2001 10:14 PM ---------------------------


"Gulf Meridian Recruiting" <recruiting@gulfmeridian.com> on 11/06/2001 04:02:51 PM
To: meg.sorensen@fastmail.fm
cc:  
Subject: Super Saturday schedule


Meg,

Your schedule for Super Saturday, Saturday, November 10, 2001:

 8:30 -  9:00     Interview 1     Paul Lacombe
 9:10 -  9:40     Interview 2     Irene Stadler
 9:50 - 10:20     Interview 3     Victor Amato
10:30 - 11:00     Interview 4     Judy Kwan

Gulf Meridian Energy Recruiting
""",
    interview=False,
    category="friend",
    notes="a roommate forwards her own Super Saturday schedule and asks for a ride; the user is not the candidate",
)

add(
    "x41.eml",
    sender="Estacado Campus Recruiting <campus@estacadoenergy.com>",
    to=SOFIA,
    subject="Estacado Analyst Program - Information Session Tuesday",
    sent=ct(10, 3, 8, 0),
    cte=QP,
    body="""
Estacado Energy Corp. invites you to an information session on the Estacado Analyst Program.

   Tuesday, October 9, 2001
   6:00 p.m. - 7:30 p.m.
   Career Center, Room 210
   Pizza and refreshments will be served

Come meet analysts and associates from our trading, origination and risk groups.  Business casual.

First-round interviews will be held on campus Thursday, November 1.  To be considered, submit your
resume through the Career Center web site by Monday, October 15.

Estacado Campus Recruiting
""",
    interview=False,
    category="info-session",
    notes="a campus information session with a time; first-round interview dates are announced but nothing is set for the user",
)

add(
    "x42.eml",
    sender="Faye Lindahl <flindahl@threeriverspower.com>",
    to=LUKAS,
    subject="RE: Interview - Senior Analyst, Power Supply",
    sent=at(7, 12, 15, 20),
    body="""
Dear Mr. Brenner:

I regret to inform you that we must cancel your interview scheduled for Monday, July 16.  The Senior Analyst,
Power Supply position has been put on hold pending the outcome of our rate case.  We will contact you if
the position is reopened.

We apologize for any inconvenience.

Faye Lindahl
Employment Specialist
Three Rivers Power & Light Company
(412) 555-0139

-----Original Message-----
From: Lindahl, Faye
Sent: Monday, July 09, 2001 1:45 PM
To: 'lukas.brenner@posteo.de'
Subject: Interview - Senior Analyst, Power Supply

As per our telephone conversation this morning, your interview for the position of Senior Analyst, Power
Supply (Req. No. 2001-114) has been rescheduled from Thursday, July 12 to Monday, July 16, 2001 at
11:00 a.m.
""",
    interview=False,
    category="cancelled",
    notes="the company cancels the interview (position on hold) over the quoted confirmation; the quoted time must not be taken as a live interview",
)


def main() -> None:
    check()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for file, data, _, _, _ in MESSAGES:
        (HERE / file).write_bytes(data)
    labels = [lab for _, _, lab, _, _ in MESSAGES]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(MESSAGES)} messages, {sum(lab['is_interview'] for lab in labels)} interviews")


if __name__ == "__main__":
    main()
