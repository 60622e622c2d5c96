# ruff: noqa: E501  (hand-written mail keeps its own line lengths)
"""Writes tests/corpus_human4: hand-written interview mail and near-misses laid out the way real mail is
(quoting habits, client attribution lines, hard wraps, signatures, forwards; see README.md).

    python3 tests/corpus_human4/build.py    # rewrites the .eml files and labels.json

Each entry is one message with its label beside it. People, organisations and addresses are made up.
`check()` verifies every "<weekday>, <month> <day>" / "<weekday> <m>/<d>" written in a message against the
2026 calendar, and that each interview starts after the message's Date header.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York")
MESSAGES: list[tuple[str, bytes, dict, str, datetime]] = []

JORDAN = "Jordan Lee <jordan.lee@fastmail.com>"
PRIYA = "Priya Natarajan <priya.n@gmail.com>"
MARCUS = "Marcus Oyelaran <marcus.oyelaran@outlook.com>"
SOFIA = "Sofia Castellanos <sofia.castellanos@proton.me>"
LUKAS = "Lukas Brenner <lukas.brenner@posteo.de>"
CAMILLE = "Camille Dubois <camille.dubois@icloud.com>"
QP = "quoted-printable"


def at(mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(2026, mo, d, h, mi, tzinfo=NY)


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(NY).isoformat() if dt else None


def p(name: str, email: str | None) -> dict:
    return {"name": name, "email": email}


def add(file, *, sender, to, subject, sent, body, cc=None, cte="8bit", interview, start=None, end=None,
        interviewers=(), company=None, role=None, category, notes, outcome=None):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{file.removesuffix('.eml')}.{sent.strftime('%Y%m%d%H%M')}@human4.example>"
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
    MESSAGES.append((file, msg.as_bytes(), label, subject + "\n" + text, sent))


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
LONG = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,? +(" + "|".join(MONTHS) + r") +(\d{1,2})\b", re.I)
ABBR = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun),? +(?:(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]* +(\d{1,2})|(\d{1,2}) +(" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*),? +2026", re.I)
THE = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,? +the +(\d{1,2})(?:st|nd|rd|th)\b", re.I)
SHORT = re.compile(r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,? +(\d{1,2})/(\d{1,2})\b", re.I)


def check() -> None:
    for file, _, label, text, sent in MESSAGES:
        flat = re.sub(r"\s+", " ", text.replace("\n> ", " ").replace(">", " "))
        for m in LONG.finditer(flat):
            d = datetime(2026, MONTHS.index(m.group(2).lower()) + 1, int(m.group(3)))
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        for m in SHORT.finditer(flat):
            d = datetime(2026, int(m.group(2)), int(m.group(3)))
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        for m in ABBR.finditer(flat):
            mon, day = (m.group(2), m.group(3)) if m.group(2) else (m.group(5), m.group(4))
            d = datetime(2026, [x[:3] for x in MONTHS].index(mon.lower()[:3]) + 1, int(day))
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        for m in THE.finditer(flat):
            day = int(m.group(2))
            mo = sent.month if day >= sent.day else sent.month + 1
            d = datetime(2026, mo, day)
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        if label["is_interview"]:
            start = datetime.fromisoformat(label["start"])
            assert start > sent, (file, "starts before Date")
            if label["end"]:
                assert datetime.fromisoformat(label["end"]) > start, file
            assert label["interviewers"], file
            for person in label["interviewers"]:
                assert person["email"] not in {u.split("<")[1].rstrip(">") for u in
                                               (JORDAN, PRIYA, MARCUS, SOFIA, LUKAS, CAMILLE)}, file


# ---------------------------------------------------------------- interviews (w01-w30)

add(
    "w01.eml",
    sender="Dana Whitfield <dana@harborlightclinic.org>",
    to=PRIYA,
    subject="Re: Front desk opening",
    sent=at(4, 6, 10, 2),
    body="""
Perfect, the 9th at 2:30 it is. Dr. Okafor and I will meet you at the front desk, plan on about 45 minutes.

Dana

On Sun, Apr 5, 2026 at 8:47 PM Priya Natarajan <priya.n@gmail.com> wrote:

> Hi Dana,
>
> Thank you so much! Thursday the 9th works best for me, any time after 2.
> Wednesday I'm covering a shift so that one is harder.
>
> Best,
> Priya
>
> On Fri, Apr 3, 2026 at 4:15 PM Dana Whitfield <dana@harborlightclinic.org>
> wrote:
>
>> Hi Priya,
>>
>> Thanks for applying for the medical receptionist position at Harbor Light
>> Family Clinic. We'd like to have you in to interview with me and Dr. Okafor
>> next week. We have openings Wednesday morning (9:00 or 10:30) or Thursday
>> afternoon. Which suits you?
>>
>> Dana Whitfield
>> Office Manager
>> Harbor Light Family Clinic
>> 610 Lantern Way, Suite 4
>> (555) 014-2231
>>
""",
    interview=True,
    start=at(4, 9, 14, 30),
    end=at(4, 9, 15, 15),
    interviewers=[p("Dana Whitfield", "dana@harborlightclinic.org"), p("Dr. Okafor", None)],
    company="Harbor Light Family Clinic",
    role="Medical Receptionist",
    category="top-posting",
    notes="short top-post agrees to 'the 9th at 2:30'; the day comes from the quoted reply; earlier Wednesday options not chosen",
)

add(
    "w02.eml",
    sender="Greg Halvorsen <greg@halvorsenhardware.com>",
    to=JORDAN,
    subject="Re: counter job",
    sent=at(4, 13, 8, 40),
    body="""
Answers below Jordan.

On Sun, Apr 12, 2026 at 9:15 PM Jordan Lee <jordan.lee@fastmail.com> wrote:
> Hi Greg, thanks for getting back to me about the counter job.
>
> Could you do Thursday instead of Wednesday for the interview?

Yes, Thursday 2pm works.

> Where is the store exactly? The website has two addresses.

The one on 1180 Route 9, next to the feed store. Park around back.

> Who will I be meeting?

Me and my daughter Kari, she runs the floor.

> Should I bring anything?

Nope.

Greg
""",
    interview=True,
    start=at(4, 16, 14, 0),
    interviewers=[p("Greg Halvorsen", "greg@halvorsenhardware.com"), p("Kari", None)],
    company="Halvorsen Hardware",
    role="Counter sales",
    category="inline-reply",
    notes="answers interleaved with the user's quoted questions; company never written, from the domain; 'Route 9' is an address",
)

add(
    "w03.eml",
    sender="Maureen Tribble <mtribble@eastfieldschools.org>",
    to=SOFIA,
    subject="RE: Science teacher interview",
    sent=at(4, 20, 7, 15),
    body="""
Sofia, that's fine. We'll see you Tuesday 4/21 at 3:45 in the main office at Eastfield Middle. The panel is
me, Mr. Ruiz (assistant principal) and Ms. Chen from the science department. It should take about an hour.

Maureen Tribble
Principal, Eastfield Middle School
Eastfield Public Schools

________________________________
From: Sofia Castellanos <sofia.castellanos@proton.me>
Sent: Friday, April 17, 2026 7:52 PM
To: Maureen Tribble <mtribble@eastfieldschools.org>
Subject: RE: Science teacher interview

Hi Ms. Tribble,

After 3:30 on Tuesday would be best for me since I teach until 3.

Thank you,
Sofia

________________________________
From: Maureen Tribble <mtribble@eastfieldschools.org>
Sent: Friday, April 17, 2026 1:05 PM
To: Sofia Castellanos <sofia.castellanos@proton.me>
Subject: Science teacher interview

Dear Ms. Castellanos,

We would like to invite you to interview for the 7th grade science position. Are you available
Tuesday afternoon?
""",
    interview=True,
    start=at(4, 21, 15, 45),
    end=at(4, 21, 16, 45),
    interviewers=[p("Maureen Tribble", "mtribble@eastfieldschools.org"), p("Mr. Ruiz", None), p("Ms. Chen", None)],
    company="Eastfield Middle School",
    role="7th grade science teacher",
    category="outlook-no-original-line",
    notes="Outlook reply chain with underscore rules and From/Sent blocks, no '-----Original Message-----', no '>'",
)

add(
    "w04.eml",
    sender="Ray Pinto <rpinto@pintologistics.com>",
    to=MARCUS,
    subject="RE: Dispatcher opening",
    sent=at(4, 7, 16, 20),
    body="""
Marcus - confirmed for the time you picked. Bring your CDL and a copy of your MVR if you have one.

Ray

From: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Sent: Tuesday, April 7, 2026 2:11 PM
To: Ray Pinto <rpinto@pintologistics.com>
Subject: RE: Dispatcher opening

Mr. Pinto,

Thank you. I can do Wednesday at 10:00 am.

Marcus Oyelaran

From: Ray Pinto <rpinto@pintologistics.com>
Sent: Tuesday, April 7, 2026 9:30 AM
To: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Subject: Dispatcher opening

Marcus,

I'd like to have you in for an interview for the dispatcher opening. I have Wednesday 10am or Thursday 1pm
open. We're at 44 Industrial Pkwy, Unit 12.

Ray Pinto
Pinto Logistics
""",
    interview=True,
    start=at(4, 8, 10, 0),
    interviewers=[p("Ray Pinto", "rpinto@pintologistics.com")],
    company="Pinto Logistics",
    role="Dispatcher",
    category="outlook-no-original-line",
    notes="new text only says 'confirmed for the time you picked'; the time is the user's choice in the quoted Outlook block (no '>', no underscores)",
)

add(
    "w05.eml",
    sender="Theo Marchetti <theo@lumenlabs.io>",
    to=CAMILLE,
    subject="Re: Product Designer - intro call",
    sent=at(4, 21, 8, 3),
    body="""
Works for me. Thursday 4/23 at 11, I'll send a Meet link the morning of.

Sent from my iPhone

> On Apr 20, 2026, at 6:14 PM, Camille Dubois <camille.dubois@icloud.com> wrote:
>
> Hi Theo, thanks for reaching out about the product designer role. I'm free Thursday 4/23 any time before 1, or Friday morning.
>
> Camille
>
>> On Apr 20, 2026, at 9:02 AM, Theo Marchetti <theo@lumenlabs.io> wrote:
>>
>> Hi Camille,
>>
>> I'm the design lead at Lumen Labs. Would love to do a 30 minute intro call about the Product Designer role. What works for you this week?
>>
>> Theo
""",
    interview=True,
    start=at(4, 23, 11, 0),
    end=at(4, 23, 11, 30),
    interviewers=[p("Theo Marchetti", "theo@lumenlabs.io")],
    company="Lumen Labs",
    role="Product Designer",
    category="apple-mail-iphone",
    notes="iPhone top-post, Apple 'On <date>, at <time>, X wrote:' attributions; the length (30 minutes) is only in the deepest quote",
)

add(
    "w06.eml",
    sender="Ingrid Solberg <ingrid.solberg@northwindtranslation.com>",
    to=LUKAS,
    subject="Re: Terminology specialist interview",
    sent=at(4, 14, 9, 10),
    body="""
Hello Lukas,

yes, let's keep it at 14.30 on Wednesday the 15th as you suggested. Our office is on the 6th floor; take
the left lift. It will take about an hour.

Kind regards,
Ingrid Solberg
Head of Localisation, Northwind Translation

On 4/13/26 6:14 PM, Lukas Brenner wrote:
> Dear Ms. Solberg,
>
> many thanks for the invitation. Wednesday the 15th at 14.30 would suit me
> well, if that is still free.
>
> Best regards
> Lukas Brenner
""",
    interview=True,
    start=at(4, 15, 14, 30),
    end=at(4, 15, 15, 30),
    interviewers=[p("Ingrid Solberg", "ingrid.solberg@northwindtranslation.com")],
    company="Northwind Translation",
    role="Terminology specialist",
    category="thunderbird-thread",
    notes="Thunderbird 'On 4/13/26 6:14 PM, X wrote:'; time written 14.30; 'the 15th' from the Date",
)

add(
    "w07.eml",
    sender="Bev Kowalski <bevkowalski@yahoo.com>",
    to=JORDAN,
    subject="Re: assistant teacher",
    sent=at(4, 24, 7, 30),
    body="""
Jordan,Sounds good, see you Saturday at 9:30 am. Bring your CPR card if you have it.
Bev


On Thursday, April 23, 2026, 06:14:22 PM EDT, Jordan Lee <jordan.lee@fastmail.com> wrote:


Hi Bev,Saturday morning works for me for the assistant teacher interview. Would 9:30 be ok?
Jordan

On Wednesday, April 22, 2026, 11:02:10 AM EDT, Bev Kowalski <bevkowalski@yahoo.com> wrote:


Hi Jordan, got your application for the assistant teacher job at Little Acorns. Can you come by this weekend to talk? Saturday morning is easiest, the kids aren't here.
Bev Kowalski
Little Acorns Home Daycare
""",
    interview=True,
    start=at(4, 25, 9, 30),
    interviewers=[p("Bev Kowalski", "bevkowalski@yahoo.com")],
    company="Little Acorns Home Daycare",
    role="Assistant teacher",
    category="yahoo-thread",
    notes="Yahoo layout: missing space after the greeting comma, 'On Thursday, April 23, 2026, 06:14:22 PM EDT, X wrote:', no '>'; webmail sender",
)

add(
    "w08.eml",
    sender="Aisha Bello <aisha@brightsteptutoring.com>",
    to=SOFIA,
    subject="Re: Tutor interview",
    sent=at(4, 25, 10, 12),
    body="""
Hi Sofia yes Monday 4/27 1430 at the center is good. Ask for me at the desk

Get Outlook for Android
________________________________
From: Sofia Castellanos <sofia.castellanos@proton.me>
Sent: Friday, April 24, 2026 3:41:07 PM
To: Aisha Bello <aisha@brightsteptutoring.com>
Subject: Re: Tutor interview

Hi Aisha, I could come Monday afternoon after 2 if that works?
Sofia

On Friday, April 24th, 2026 at 11:20 AM, Aisha Bello <aisha@brightsteptutoring.com> wrote:

> Hi Sofia,
> Thanks for applying to be a math tutor with Bright Step Tutoring. I'd like to meet you for a short
> interview at our learning center (2250 Hillcrest Ave). When are you free next week?
> Aisha Bello, Center Director
""",
    interview=True,
    start=at(4, 27, 14, 30),
    interviewers=[p("Aisha Bello", "aisha@brightsteptutoring.com")],
    company="Bright Step Tutoring",
    role="Math tutor",
    category="outlook-mobile",
    notes="Outlook for Android reply over a Proton-style quote; time '1430'",
)

add(
    "w09.eml",
    sender="Harold Dunn <hdunn@dunnandreyes.com>",
    to=MARCUS,
    subject="Paralegal position - interview",
    sent=at(4, 27, 11, 5),
    cte=QP,
    body="""
Dear Marcus,

Thank you for applying for the paralegal position. We would like to invite you to interview with
Ms. Reyes and me at our office on
Thursday, April 30 at 10:15 am. The interview should take about forty-five
minutes. Please check in with reception on arrival.

Sincerely,

Harold Dunn
Managing Partner
Dunn & Reyes LLP
300 Commerce Street, Suite 1030
Hartford, CT 06103
Tel. (555) 010-4477 | Fax (555) 010-4478
Office hours: Mon-Fri 9-5

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information protected by the attorney–client privilege. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message. Nothing in this message creates an attorney–client relationship. IRS Circular 230 disclosure: any tax advice contained in this communication is not intended to be used for the purpose of avoiding penalties.
""",
    interview=True,
    start=at(4, 30, 10, 15),
    end=at(4, 30, 11, 0),
    interviewers=[p("Harold Dunn", "hdunn@dunnandreyes.com"), p("Ms. Reyes", None)],
    company="Dunn & Reyes LLP",
    role="Paralegal",
    category="hard-wrap",
    notes="the date sentence broken 'on\\nThursday'; length 'forty-five\\nminutes' wrapped; long legal disclaimer with Suite 1030 and 9-5 hours; quoted-printable",
)

add(
    "w10.eml",
    sender="Kelly Oduya <koduya@riversidepl.org>",
    to=CAMILLE,
    subject="Library Assistant II",
    sent=at(4, 29, 13, 40),
    body="""
Hi Camille,

We'd like to schedule your interview for the Library Assistant II position for Tuesday, May 5 at 2:30
pm in the second floor conference room at the Main Branch. You'll meet with me and our branch manager,
Tom Gale. Please reply to confirm.

Kelly Oduya
Circulation Supervisor
Riverside Public Library | Main Branch
1 Library Plaza, Riverside
Hours: Mon-Thu 10-8, Fri-Sat 10-5, Sun 1-5
""",
    interview=True,
    start=at(5, 5, 14, 30),
    interviewers=[p("Kelly Oduya", "koduya@riversidepl.org"), p("Tom Gale", None)],
    company="Riverside Public Library",
    role="Library Assistant II",
    category="hard-wrap",
    notes="'at 2:30\\npm' split across the wrap; opening hours in the signature",
)

add(
    "w11.eml",
    sender="FRANK MORETTI <frank@morettiautobody.com>",
    to=LUKAS,
    subject="RE: BODY TECH JOB",
    sent=at(4, 10, 16, 50),
    body="""
COME IN TUES 4/14 AT 8 AM BEFORE WE GET BUSY. ASK FOR FRANK. 55 ROUTE 9 BAY 3

Sent from my Galaxy


-------- Original message --------
From: Lukas Brenner <lukas.brenner@posteo.de>
Date: 4/10/26 2:31 PM (GMT-05:00)
To: frank@morettiautobody.com
Subject: BODY TECH JOB

Hello, I saw your posting for a body technician. I have six years of experience in collision repair
in Germany and would like to come in for an interview. My CV is attached.

Lukas Brenner
""",
    interview=True,
    start=at(4, 14, 8, 0),
    interviewers=[p("Frank Moretti", "frank@morettiautobody.com")],
    company="Moretti Auto Body",
    role="Body technician",
    category="all-caps-no-greeting",
    notes="ALL CAPS subject and body, no greeting, Samsung '-------- Original message --------' quote; company from the domain",
)

add(
    "w12.eml",
    sender=JORDAN,
    to="Nina Castillo <ncastillo@greenwayfoodbank.org>",
    subject="Re: Volunteer coordinator - next steps",
    sent=at(4, 14, 21, 3),
    body="""
thursday 2p is great - see you then!

On Tue, Apr 14, 2026 at 3:12 PM Nina Castillo <ncastillo@greenwayfoodbank.org> wrote:
> Hi Jordan,
>
> Thanks again for your application for the Volunteer Coordinator role at Greenway Food Bank. We'd like
> to invite you for an interview with me and our operations lead. I can offer Thursday 4/16 at 2:00 or
> Friday 4/17 at 11:00 at the warehouse (85 Depot St).
>
> Nina Castillo
> Director of Community Programs
""",
    interview=True,
    start=at(4, 16, 14, 0),
    interviewers=[p("Nina Castillo", "ncastillo@greenwayfoodbank.org")],
    company="Greenway Food Bank",
    role="Volunteer Coordinator",
    category="one-line-over-quote",
    notes="the user's own one-line acceptance ('thursday 2p') over the quoted options; operations lead unnamed",
)

add(
    "w13.eml",
    sender="Dev Natarajan <dev.natarajan@gmail.com>",
    to=PRIYA,
    subject="Fwd: Interview - Veterinary Technician",
    sent=at(4, 14, 7, 20),
    cte=QP,
    body="""
Pri — this went to the old family address. It's your interview Friday, I put it on the fridge calendar 🙂

---------- Forwarded message ---------
From: Alan Whitcomb <awhitcomb@cedarbrookvet.com>
Date: Mon, Apr 13, 2026 at 4:45 PM
Subject: Interview - Veterinary Technician
To: <natarajanfamily@gmail.com>


Dear Priya,

We are pleased to confirm your interview for the Veterinary Technician position on Friday, April 17 at
1:00 PM with me and our practice manager, Joyce Lamb. Please allow about an hour, which includes a short
tour of the treatment area.

Best,
Dr. Alan Whitcomb, DVM
Cedarbrook Veterinary Hospital
""",
    interview=True,
    start=at(4, 17, 13, 0),
    end=at(4, 17, 14, 0),
    interviewers=[p("Alan Whitcomb", "awhitcomb@cedarbrookvet.com"), p("Joyce Lamb", None)],
    company="Cedarbrook Veterinary Hospital",
    role="Veterinary Technician",
    category="forward-spouse",
    notes="spouse forwards an invitation sent to a family address; Gmail forward block; emoji, quoted-printable",
)

add(
    "w14.eml",
    sender="Marcus Oyelaran <m.oyelaran1987@hotmail.com>",
    to=MARCUS,
    subject="FW: Interview confirmation - HVAC Service Technician",
    sent=at(4, 20, 22, 10),
    body="""
fwd to new address



________________________________
From: Sandra Kim <skim@meridianhvac.com>
Sent: Monday, April 20, 2026 4:58 PM
To: m.oyelaran1987@hotmail.com <m.oyelaran1987@hotmail.com>
Subject: Interview confirmation - HVAC Service Technician

Marcus,

Confirming your interview for the HVAC Service Technician role:

Wednesday 4/22, 9:00-10:00 AM
Meridian Heating & Cooling, 7 Ferry Rd (white building, side entrance)
With: Sandra Kim (HR) and Pete Alvarez (Service Manager)

Please bring a photo ID and your EPA 608 card.

Sandra Kim | HR Coordinator | Meridian Heating & Cooling
""",
    interview=True,
    start=at(4, 22, 9, 0),
    end=at(4, 22, 10, 0),
    interviewers=[p("Sandra Kim", "skim@meridianhvac.com"), p("Pete Alvarez", None)],
    company="Meridian Heating & Cooling",
    role="HVAC Service Technician",
    category="forward-own-old-address",
    notes="the user forwards from an old Hotmail address to the current one; Outlook FW block without the Original Message line",
)

add(
    "w15.eml",
    sender="Tasha Greene <tasha@keystonestaffing.com>",
    to=SOFIA,
    subject="FW: Sofia Castellanos - Lab Coordinator",
    sent=at(4, 6, 15, 30),
    body="""
Sofia, good news - they want to meet you! Details from the client below. Call me after and tell me how it went.

Tasha Greene
Keystone Staffing | Scientific Division
Direct 555-013-8820

-----Original Message-----
From: Raj Mehta <rmehta@orchardbiotech.com>
Sent: Monday, April 6, 2026 1:17 PM
To: Tasha Greene <tasha@keystonestaffing.com>
Cc: Lena Fischer <lfischer@orchardbiotech.com>
Subject: RE: Sofia Castellanos - Lab Coordinator

Tasha,

We'd like to bring Sofia in for the lab coordinator role. Thursday April 9 at 11am works for us, with me and
Lena Fischer (cc'd). Plan for 90 minutes including a lab walk-through. Reception is in Building B.

Raj Mehta
Director of Operations, Orchard Biotech
""",
    interview=True,
    start=at(4, 9, 11, 0),
    end=at(4, 9, 12, 30),
    interviewers=[p("Raj Mehta", "rmehta@orchardbiotech.com"), p("Lena Fischer", "lfischer@orchardbiotech.com")],
    company="Orchard Biotech",
    role="Lab Coordinator",
    category="forward-agency",
    notes="agency recruiter forwards the client's confirmation with a short note on top; the recruiter is not an interviewer",
)

add(
    "w16.eml",
    sender="Pellham Credit Union Careers <careers@pellhamcu.org>",
    to=JORDAN,
    subject="Your interview with Pellham Credit Union",
    sent=at(4, 23, 12, 0),
    cte=QP,
    body="""
*Interview Confirmation*

Hi Jordan,&nbsp;

Thank you for your interest in the *Member Service Representative* position. Your interview is scheduled as follows:

<b>Date:</b> Tuesday, April 28, 2026
<b>Time:</b> 10:30 AM &ndash; 11:15 AM
<b>Location:</b> Pellham Credit Union, Elm Ridge Branch, 402 Route 31
<b>Interviewer:</b> Monica Hale, Branch Manager

Please arrive 10 minutes early.&nbsp;&nbsp;If you need to reschedule, reply to this email.

Denise Ortiz
HR Generalist | Pellham Credit Union

[cid:image001.png@01DC1A2B.5F3E0A10]

Federally insured by NCUA. Equal Housing Opportunity.
Unsubscribe <https://pellhamcu.org/u?e=jordan.lee%40fastmail.com> | Privacy <https://pellhamcu.org/privacy>
""",
    interview=True,
    start=at(4, 28, 10, 30),
    end=at(4, 28, 11, 15),
    interviewers=[p("Monica Hale", None), p("Denise Ortiz", "careers@pellhamcu.org")],
    company="Pellham Credit Union",
    role="Member Service Representative",
    category="html-remnants",
    notes="plain text with leftover <b>, &nbsp;, &ndash;, *bold*, cid image and link footer; name-only interviewer plus the HR sender who arranged it; quoted-printable",
)

add(
    "w17.eml",
    sender="Owen Brandt <obrandt@tallgrasssoftware.com>",
    to=CAMILLE,
    cc="Mei Tanaka <mtanaka@tallgrasssoftware.com>",
    subject="Interview details - UX Researcher",
    sent=at(4, 6, 11, 22),
    body="""
Hi Camille,

Here are the details for Thursday, copied from the invite in case it doesn't come through:

When: Thursday, April 9, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)
Where: Microsoft Teams Meeting
Attendees: Owen Brandt; Mei Tanaka; Camille Dubois

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.example.com/l/meetup-join/19%3ameeting_x>
Meeting ID: 245 118 930 44
Passcode: 7Hq2Lp
Or call in (audio only)
+1 555-010-2200,,601338244#   United States, Hartford
Phone Conference ID: 601 338 244#
________________________________________________________________________________

Looking forward to it,
Owen Brandt
Research Manager, Tallgrass Software
""",
    interview=True,
    start=at(4, 9, 14, 0),
    end=at(4, 9, 15, 0),
    interviewers=[p("Owen Brandt", "obrandt@tallgrasssoftware.com"), p("Mei Tanaka", "mtanaka@tallgrasssoftware.com")],
    company="Tallgrass Software",
    role="UX Researcher",
    category="calendar-block",
    notes="hand-pasted When/Where block; '(UTC-05:00) Eastern Time' is the Windows zone name, the time is Eastern local (EDT in April); Teams numbers full of digits",
)

add(
    "w18.eml",
    sender="Sal Ippolito <sal@ippolitosdeli.com>",
    to=LUKAS,
    subject="Re: line cook sign",
    sent=at(4, 1, 14, 0),
    body="""
On Wed, Apr 1, 2026 at 11:40 AM Lukas Brenner <lukas.brenner@posteo.de> wrote:
> Hi, I saw the sign in your window for a line cook. I worked four years in a
> restaurant kitchen in Leipzig. Could I come by and talk about the job?
>
> Lukas

sure come by friday noonish, before the lunch rush gets going. ask for Sal

--
Ippolito's Deli - since 1978
""",
    interview=True,
    start=at(4, 3, 12, 0),
    interviewers=[p("Sal Ippolito", "sal@ippolitosdeli.com")],
    company="Ippolito's Deli",
    role="Line cook",
    category="bottom-posting",
    notes="reply written below the quote; 'friday noonish'; no word interview",
)

add(
    "w19.eml",
    sender="Marta Quiroga <mquiroga@sunfieldfarms.coop>",
    to=PRIYA,
    subject="Re: bookkeeper",
    sent=at(4, 16, 16, 0),
    body="""
On Thu, Apr 16, 2026 at 10:03 AM Priya Natarajan <priya.n@gmail.com> wrote:
> Hi Marta, thank you for considering me for the part-time bookkeeper job. Monday would be
> easiest for me, I have class in the mornings.

Monday after lunch (1:30) then, in the office at the back of the packing shed. Tomas from our
board will sit in too, he keeps the books now.

Marta
Sunfield Farms Co-op
""",
    interview=True,
    start=at(4, 20, 13, 30),
    interviewers=[p("Marta Quiroga", "mquiroga@sunfieldfarms.coop"), p("Tomas", None)],
    company="Sunfield Farms Co-op",
    role="Part-time bookkeeper",
    category="time-format",
    notes="'after lunch (1:30)'; bottom-posted; no greeting",
)

add(
    "w20.eml",
    sender="Nell Ashby <nell@ashbyarchitects.com>",
    to=CAMILLE,
    subject="Re: Junior designer",
    sent=at(4, 3, 17, 45),
    body="""
Great, Thu 4/9 2.30pm at the studio then. It'll be me and Paolo Venturi <paolo@ashbyarchitects.com>,
bring a few printed boards if you have them.

Nell

Nell Ashby AIA
Ashby Architects
17 Canal Street, Studio 5

> On Apr 3, 2026, at 10:12 AM, Camille Dubois <camille.dubois@icloud.com> wrote:
>
> Hello Nell,
>
> Thank you for the invitation to interview. Thursday afternoon next week would be ideal.
>
> Camille
""",
    interview=True,
    start=at(4, 9, 14, 30),
    interviewers=[p("Nell Ashby", "nell@ashbyarchitects.com"), p("Paolo Venturi", "paolo@ashbyarchitects.com")],
    company="Ashby Architects",
    role="Junior designer",
    category="time-format",
    notes="'Thu 4/9 2.30pm'; Apple Mail desktop attribution",
)

add(
    "w21.eml",
    sender="Carl Jensen <carl@jensenplumbing.net>",
    to=MARCUS,
    subject="apprentice",
    sent=at(4, 9, 18, 20),
    body="""
Marcus - interview for the apprentice spot 4-14-26 @ 7:30 am at the shop, 9 Mill Rd. Wear boots.

Carl

Carl Jensen, Master Plumber
Jensen Plumbing & Heating LLC
PO Box 12, Millbrook | Lic #PLM.0012345
Office 555-019-3030 | 24 hr emergency 555-019-3031
Mon-Fri 7-4, Sat by appt
"We'll be there by 2 or it's free"

Sent from my Galaxy
""",
    interview=True,
    start=at(4, 14, 7, 30),
    interviewers=[p("Carl Jensen", "carl@jensenplumbing.net")],
    company="Jensen Plumbing & Heating LLC",
    role="Plumbing apprentice",
    category="time-format",
    notes="date '4-14-26', '@ 7:30 am'; signature has PO Box 12, hours 7-4 and a slogan with 'by 2'",
)

add(
    "w22.eml",
    sender="Hollis Bray <hollis@baylinepress.com>",
    to=JORDAN,
    subject="editorial assistant",
    sent=at(4, 13, 10, 0),
    body="""
Hi Jordan,

Thanks for the writing sample, we enjoyed it. Let's do Thursday next week at 10am for an interview with me
and our managing editor, Ruth Pell. We're at 88 Water St, 4th floor (the door says Bayline Press & Bindery).

Hollis
""",
    interview=True,
    start=at(4, 23, 10, 0),
    interviewers=[p("Hollis Bray", "hollis@baylinepress.com"), p("Ruth Pell", None)],
    company="Bayline Press",
    role="Editorial assistant",
    category="relative-date",
    notes="'Thursday next week' from Monday 13 April = 23 April",
)

add(
    "w23.eml",
    sender="Fiona Carr <fiona.carr@kestrelanalytics.com>",
    to=LUKAS,
    cc="Jonas Müller <jmueller@kestrelanalytics.com>",
    subject="Re: Data engineer role",
    sent=at(4, 6, 9, 40),
    cte=QP,
    body="""
Dear Lukas,

Thank you — 9 April at 15:00 suits us. Jonas Müller (cc) and I will be interviewing; allow an hour.
We're in the Kestrel office at 500 Atlantic Ave, 12th floor; sign in with building security first.

Best wishes,
Fiona

Fiona Carr
Head of Data, Kestrel Analytics

On Sat, 4 Apr 2026 at 19:22, Lukas Brenner <lukas.brenner@posteo.de> wrote:
> Dear Fiona,
>
> thank you for the invitation. I could come on 9 April in the afternoon (15:00 or later).
>
> Viele Grüße
> Lukas
""",
    interview=True,
    start=at(4, 9, 15, 0),
    end=at(4, 9, 16, 0),
    interviewers=[p("Fiona Carr", "fiona.carr@kestrelanalytics.com"), p("Jonas Müller", "jmueller@kestrelanalytics.com")],
    company="Kestrel Analytics",
    role="Data engineer",
    category="time-format",
    notes="day-month '9 April', 24-hour '15:00'; UK Gmail attribution; non-ASCII names, quoted-printable",
)

add(
    "w24.eml",
    sender="Patricia Owusu <powusu@stvincentshealth.org>",
    to=PRIYA,
    subject="Panel interview - RN Med/Surg",
    sent=at(4, 24, 14, 10),
    cte=QP,
    body="""
Hi Priya,

You're scheduled for a panel interview for RN - Med/Surg on Wednesday, April 29, from 1:00 to 2:00 pm, in
the 3 West conference room. Panel: me, Karen Lutz (Nurse Manager) and Ahmed Saleh (Charge Nurse).
Parking is free in Garage B for interview candidates; bring your ticket for validation.

Thank you,

Patricia Owusu, MSN, RN
Nurse Recruiter | Talent Acquisition
St. Vincent's Health System
1400 Route 9 North, Building C, Suite 210
P: 555-014-2200 ext. 1030 | F: 555-014-2299
Office hours Mon-Fri 8:30-4:30
www.stvincentshealth.example

Our mission: Caring for every person, 24 hours a day, 7 days a week, 365 days a year.

CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged, confidential and exempt from disclosure under applicable law, including protected health information (PHI) under HIPAA. If you are not the intended recipient, you are hereby notified that any dissemination, distribution or copying of this communication is strictly prohibited. If you have received this communication in error, please notify the sender immediately by telephone at 555-014-2200 and delete the message.

Please consider the environment before printing this e-mail.
""",
    interview=True,
    start=at(4, 29, 13, 0),
    end=at(4, 29, 14, 0),
    interviewers=[p("Patricia Owusu", "powusu@stvincentshealth.org"), p("Karen Lutz", None), p("Ahmed Saleh", None)],
    company="St. Vincent's Health System",
    role="RN - Med/Surg",
    category="long-signature",
    notes="long signature with Route 9, Suite 210, ext. 1030, 8:30-4:30 hours, '24 hours a day' and a HIPAA disclaimer; quoted-printable",
)

add(
    "w25.eml",
    sender="Ben Okoro <ben@okorocreative.co>",
    to=SOFIA,
    subject="Re: Re: Re: motion designer",
    sent=at(4, 13, 12, 30),
    body="""
done. wed 4/15 at 4 at our office, 2nd floor above the bike shop on Grand

On Mon, Apr 13, 2026 at 11:58 AM Sofia Castellanos <sofia.castellanos@proton.me> wrote:
> Wednesday at 4 would be perfect.
>
> On Mon, Apr 13, 2026 at 9:05 AM Ben Okoro <ben@okorocreative.co> wrote:
> > hey Sofia, loved the reel. want to come in and chat about the motion designer gig? wed or thu
> > afternoon, whatever's easier
""",
    interview=True,
    start=at(4, 15, 16, 0),
    interviewers=[p("Ben Okoro", "ben@okorocreative.co")],
    company="Okoro Creative",
    role="Motion designer",
    category="no-greeting",
    notes="no greeting, no signature, 'done.'; repeated 'Re: Re: Re:' subject; '> >' nested quoting; company from the domain",
)

add(
    "w26.eml",
    sender="Gloria Nash <gnash@pinecrestacademy.org>",
    to=CAMILLE,
    subject="Re: French teacher interview",
    sent=at(4, 30, 8, 0),
    body="""
Dear Camille,

Please see my answers below.

On Wed, Apr 29, 2026 at 9:47 PM Camille Dubois <camille.dubois@icloud.com> wrote:
> Dear Ms. Nash,
>
> Thank you for the invitation. Unfortunately I have a conflict on Monday the 4th at 9:45.
> Would another day work?

No problem at all. I've moved you to Wednesday the 6th, same time (9:45), same place.

> Should I prepare a sample lesson?

Yes, a 15-minute lesson for a 9th grade class. The interview with me and Mr. Adeyemi will run
about an hour in total.

Warm regards,
Gloria Nash
Head of Upper School, Pinecrest Academy
""",
    interview=True,
    start=at(5, 6, 9, 45),
    end=at(5, 6, 10, 45),
    interviewers=[p("Gloria Nash", "gnash@pinecrestacademy.org"), p("Mr. Adeyemi", None)],
    company="Pinecrest Academy",
    role="French teacher",
    category="inline-reply",
    notes="reschedule given inline under the user's quoted conflict; the old Monday time is quoted and superseded",
)

add(
    "w27.eml",
    sender="Derek Sloan <dsloan@alderhomecare.com>",
    to=JORDAN,
    subject="RE: Scheduler position",
    sent=at(4, 10, 9, 0),
    body="""
Confirmed. See you then.

Derek Sloan
Office Manager | Alder Home Care
(555) 017-6100

From: Jordan Lee [mailto:jordan.lee@fastmail.com]
Sent: Thursday, April 9, 2026 6:40 PM
To: Derek Sloan
Subject: Re: Scheduler position

Tuesday at 11 works for me. Thank you!
Jordan

From: Derek Sloan
Sent: Thursday, April 9, 2026 2:15 PM
To: 'jordan.lee@fastmail.com'
Subject: Scheduler position

Hi Jordan,

I'd like to interview you for the scheduler position. I have Tuesday 4/14 at 11:00 or 3:00. We're at
2600 Fairview Rd, Suite 105.

Derek
""",
    interview=True,
    start=at(4, 14, 11, 0),
    interviewers=[p("Derek Sloan", "dsloan@alderhomecare.com")],
    company="Alder Home Care",
    role="Scheduler",
    category="outlook-no-original-line",
    notes="'Confirmed. See you then.' over Outlook From/Sent blocks with [mailto:] and no '>'; the time is the user's pick",
)

add(
    "w28.eml",
    sender="Maya Chen <maya.chen@gmail.com>",
    to=MARCUS,
    subject="Fwd: my friend Marcus",
    sent=at(4, 14, 19, 0),
    body="""
Marcus!! my boss wants to meet you, see below. I told him Friday is fine for you. good luck!!

---------- Forwarded message ---------
From: Victor Lang <vlang@langbrewing.com>
Date: Tue, Apr 14, 2026 at 5:32 PM
Subject: Re: my friend Marcus
To: Maya Chen <maya.chen@gmail.com>


Maya, tell your friend to come by the brewhouse Friday 4/17 at 3:30 for an interview for the brewer's
assistant job. Sam and I will talk to him, shouldn't take more than half an hour.

V.

Victor Lang
Head Brewer, Lang Brewing Co.
""",
    interview=True,
    start=at(4, 17, 15, 30),
    end=at(4, 17, 16, 0),
    interviewers=[p("Victor Lang", "vlang@langbrewing.com"), p("Sam", None)],
    company="Lang Brewing Co.",
    role="Brewer's assistant",
    category="forward-friend",
    notes="a friend forwards her boss's invitation for the user; the friend is not an interviewer; 'not more than half an hour' taken as the length",
)

add(
    "w29.eml",
    sender="Janet Pruitt <jpruitt@harmonyhomehealth.com>",
    to=SOFIA,
    subject="Re: Intake coordinator",
    sent=at(4, 24, 17, 5),
    body="""
Hi Sofia, we're on for Tuesday at 2:30p. Our office is 19 Oak St, Suite 200. Should be 30 min.

Janet

Sent from Outlook for iOS<https://aka.ms/o0ukef>
________________________________
From: Sofia Castellanos <sofia.castellanos@proton.me>
Sent: Friday, April 24, 2026 4:48:19 PM
To: Janet Pruitt <jpruitt@harmonyhomehealth.com>
Subject: Re: Intake coordinator

Hi Janet, Tuesday afternoon works well for the interview. Would 2:30 be possible?

Sofia
""",
    interview=True,
    start=at(4, 28, 14, 30),
    end=at(4, 28, 15, 0),
    interviewers=[p("Janet Pruitt", "jpruitt@harmonyhomehealth.com")],
    company="Harmony Home Health",
    role="Intake coordinator",
    category="outlook-mobile",
    notes="Outlook for iOS footer with link; '2:30p'; company from the domain",
)

add(
    "w30.eml",
    sender="Ellen Vance <evance@ridgelinecommunity.org>",
    to=LUKAS,
    cc="Kai Morrow <kmorrow@ridgelinecommunity.org>",
    subject="Re: Program coordinator interview - change",
    sent=at(4, 21, 11, 30),
    cte=QP,
    body="""
Lukas — Kai can do Friday after all, so let's go with Friday, April 24 at 10:30. Still in the Annex,
room 2. Sorry for the back and forth!

Ellen

On Mon, Apr 20, 2026 at 4:02 PM Lukas Brenner <lukas.brenner@posteo.de> wrote:

> Hi Ellen,
>
> no problem. Friday morning would also be possible for me, or Thursday after 3.
>
> Lukas
>
> On Mon, Apr 20, 2026 at 1:15 PM Ellen Vance <evance@ridgelinecommunity.org>
> wrote:
>
>> Hi Lukas,
>>
>> I'm so sorry, Kai has jury duty on Wednesday so we need to move your
>> interview from Wednesday the 22nd at 1pm. Could you do later in the week?
>>
>> Ellen
>>
>> On Thu, Apr 16, 2026 at 10:20 AM Ellen Vance <evance@ridgelinecommunity.org>
>> wrote:
>>
>>> Dear Lukas,
>>>
>>> We'd like to invite you to interview for the Youth Program Coordinator
>>> position on Wednesday, April 22 at 1:00 pm at the Ridgeline Community
>>> Center Annex. You'll meet with me and Kai Morrow, our program director.
>>>
>>> Ellen Vance
>>> Executive Director
>>> Ridgeline Community Center
>>> 75 Summit Rd
>>>
""",
    interview=True,
    start=at(4, 24, 10, 30),
    interviewers=[p("Ellen Vance", "evance@ridgelinecommunity.org"), p("Kai Morrow", "kmorrow@ridgelinecommunity.org")],
    company="Ridgeline Community Center",
    role="Youth Program Coordinator",
    category="top-posting",
    notes="top-post over a three-level Gmail thread whose original time (Wed 22nd 1pm) was moved; the new time is in the top line; quoted-printable",
)


# ---------------------------------------------------------------- near-misses (w31-w45)

add(
    "w31.eml",
    sender="Hannah Lowe <hlowe@brixtonsupply.com>",
    to=JORDAN,
    subject="RE: warehouse lead candidates",
    sent=at(4, 13, 9, 15),
    body="""
Jordan, can you sit in on the one with Eli Ross on Thursday 4/16 at 10? You know the floor better than
anyone. Conference room B, 45 min.

Thanks,
Hannah

From: Hannah Lowe
Sent: Friday, April 10, 2026 4:30 PM
To: Warehouse Leads
Subject: warehouse lead candidates

All - we have three candidates coming in for the warehouse lead opening next week. I'll send times.
""",
    interview=False,
    category="hiring-side",
    notes="the user is asked to interview a candidate at their current job; Outlook block with no Original Message line",
)

add(
    "w32.eml",
    sender="Rita Gomez <rgomez@copperfieldinn.com>",
    to=PRIYA,
    subject="Re: Front desk agent",
    sent=at(4, 15, 10, 30),
    body="""
On Tue, Apr 14, 2026 at 8:02 PM Priya Natarajan <priya.n@gmail.com> wrote:
> I'd love to come in for an interview. What times do you have?

I have Tuesday 4/21 at 9 or Wednesday 4/22 at 3. Let me know which one is better for you and I'll put
you down.

> Is there parking on site?

Yes, the back lot off Mill Lane.

Rita Gomez
Front Office Manager, Copperfield Inn
""",
    interview=False,
    category="pending",
    notes="two options offered inline, waiting for the user's choice; nothing agreed",
)

add(
    "w33.eml",
    sender=SOFIA,
    to="Leo Fairbanks <lfairbanks@quillandleaf.com>",
    subject="Re: Bookseller - availability",
    sent=at(4, 8, 20, 15),
    body="""
Hi Leo,

Thank you for getting back to me! I could do Thursday 4/9 at 2pm or any time Friday morning. Let me know
what suits you best.

Best,
Sofia

On Wed, Apr 8, 2026 at 1:40 PM Leo Fairbanks <lfairbanks@quillandleaf.com> wrote:
> Hi Sofia, thanks for applying at Quill & Leaf. Could you send me a few times you'd be free for an
> interview later this week?
> Leo
""",
    interview=False,
    category="own-proposal",
    notes="the user's own top-posted proposal of times, not yet answered",
)

add(
    "w34.eml",
    sender="Tomás Rivera <tomas.rivera@gmail.com>",
    to=MARCUS,
    subject="Fwd: Interview Confirmation",
    sent=at(4, 20, 20, 45),
    cte=QP,
    body="""
bro look, I got the interview! Thursday at 2. can I borrow your blazer? lol

---------- Forwarded message ---------
From: Recruiting <recruiting@dunmoremfg.com>
Date: Mon, Apr 20, 2026 at 3:10 PM
Subject: Interview Confirmation
To: <tomas.rivera@gmail.com>


Dear Tomás,

Your interview for the Quality Inspector position is confirmed for Thursday, April 23, 2026 at
2:00 PM with Greta Lind. Please report to the main lobby.

Dunmore Manufacturing Recruiting
""",
    interview=False,
    category="friend",
    notes="a friend forwards his own interview confirmation; the user is not the candidate; quoted-printable",
)

add(
    "w35.eml",
    sender="Brightside Dental <reminders@brightsidedental.com>",
    to=CAMILLE,
    subject="Appointment Reminder",
    sent=at(4, 13, 8, 0),
    cte=QP,
    body="""
*Appointment Reminder*

Hi Camille,&nbsp;

This is a reminder of your appointment with Dr. Helen Park:

When: Thursday, April 16, 2026 2:30 PM
Where: Brightside Dental, 120 Route 9, Suite 4

Reply C to confirm or call 555-016-4400 to reschedule. Mon-Fri 8-5, Sat 9-1.

Unsubscribe <https://brightsidedental.com/u>
""",
    interview=False,
    category="dentist",
    notes="dental reminder with a calendar-like block and HTML remnants; quoted-printable",
)

add(
    "w36.eml",
    sender="Paul Desmond <paul.desmond@icloud.com>",
    to=LUKAS,
    subject="Re: 2BR on Chestnut",
    sent=at(4, 9, 19, 40),
    body="""
Saturday at 11 is fine. The owner will be there too, she likes to meet everybody before signing. 42
Chestnut St, ring unit 2.

Paul

Sent from my iPhone

> On Apr 9, 2026, at 5:02 PM, Lukas Brenner <lukas.brenner@posteo.de> wrote:
>
> Hello Paul, is the apartment still available? Could I see it on Saturday around 11?
""",
    interview=False,
    category="landlord",
    notes="an apartment viewing and meeting the owner, iPhone reply; agreed time but no job",
)

add(
    "w37.eml",
    sender="Corinne Webb <cwebb@valleyledger.com>",
    to=PRIYA,
    subject="Re: interview for our small business feature",
    sent=at(4, 21, 15, 0),
    body="""
Great, Thursday at 10 by phone it is. I'll call your cell. It's a short Q&A, 20 minutes or so, about how
you started the bakery.

Corinne Webb
Reporter, The Valley Ledger

On Tue, Apr 21, 2026 at 12:30 PM Priya Natarajan <priya.n@gmail.com> wrote:
> Hi Corinne, happy to do the interview. Thursday at 10 would work.
""",
    interview=False,
    category="press",
    notes="a newspaper interview with the user about her business, agreed",
)

add(
    "w38.eml",
    sender="Colette Brandt <cbrandt@wrenfieldgroup.com>",
    to=JORDAN,
    subject="RE: Interview - Marketing Coordinator",
    sent=at(4, 22, 14, 20),
    body="""
Jordan,

Thank you for taking the time to interview with us on Monday. After careful consideration we have decided
to move forward with another candidate whose experience more closely matches our needs. We'll keep your
resume on file and wish you the best in your search.

Colette Brandt
Talent Acquisition, The Wrenfield Group

________________________________
From: Colette Brandt
Sent: Wednesday, April 15, 2026 10:02 AM
To: Jordan Lee
Subject: Interview - Marketing Coordinator

Hi Jordan,

You're confirmed for Monday, April 20 at 1:00 PM with Dana Levin, our Marketing Director. 18 Harbor Plaza,
9th floor.
""",
    interview=False,
    outcome="rejected",
    category="rejection",
    notes="rejection top-posted over the (past) confirmation; the quoted time is before the Date",
)

add(
    "w39.eml",
    sender="Career Launch Network <events@careerlaunchnet.org>",
    to=SOFIA,
    subject="TOMORROW: Ace Your Next Interview (free webinar)",
    sent=at(4, 22, 9, 0),
    cte=QP,
    body="""
<b>Ace Your Next Interview</b>&nbsp;|&nbsp;Free live webinar

When: Thursday, April 23, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada)
Where: Zoom (link below)
Presenter: Dr. Alicia Monroe, career coach

Learn how to answer "tell me about yourself", handle salary questions and follow up after the interview.

[Join the webinar] <https://zoom.example.com/j/8812345678>

You're receiving this because you registered at careerlaunchnet.org. Unsubscribe <https://careerlaunchnet.org/u>
Career Launch Network, PO Box 1030, Albany NY
""",
    interview=False,
    category="webinar",
    notes="webinar about interviewing, calendar-like block, ALL CAPS subject word; quoted-printable",
)

add(
    "w40.eml",
    sender="Gwen Alcott <galcott@bridgewaterstaffing.com>",
    to=MARCUS,
    subject="Candidate for your shift supervisor opening - Wed 4/29 at 2:00",
    sent=at(4, 24, 11, 45),
    body="""
Hi Marcus,

As discussed, I've set up Dion Parks to come in and interview with you for the shift supervisor opening
on Wednesday 4/29 at 2:00 at your plant. His resume is attached. Let me know how it goes!

Gwen Alcott
Account Manager, Bridgewater Staffing
""",
    interview=False,
    category="hiring-side",
    notes="an agency sends the user (a hiring manager) a candidate to interview",
)

add(
    "w41.eml",
    sender="Samir Haddad <samir@finchandfoundry.com>",
    to=CAMILLE,
    subject="Re: Studio manager",
    sent=at(4, 7, 13, 10),
    body="""
On Mon, Apr 6, 2026 at 7:30 PM Camille Dubois <camille.dubois@icloud.com> wrote:
> Would Friday 4/10 at 11 work for the interview?

Let me check with Ana and get back to you, she's out until Thursday.

> And is the studio the one on Pike St?

Yes, 300 Pike St, 2nd floor.

Samir
""",
    interview=False,
    category="pending",
    notes="inline reply: the user's proposed time is not agreed yet ('let me check ... get back to you'); address given",
)

add(
    "w42.eml",
    sender="Ruth Kemper <rkemper@lindenhall.edu>",
    to=PRIYA,
    subject="Re: TA candidate on Friday",
    sent=at(4, 14, 16, 5),
    body="""
Priya,

Thanks for agreeing to do the technical part. Tom Reyes arrives Friday at 1pm; you'd have him from 1:30
to 2:15 in Lab 204, then send him to me.

On 4/14/26 11:20 AM, Priya Natarajan wrote:
> Happy to help with the TA candidate. What time should I be there?

Ruth Kemper
Lab Director, Chemistry Department
Linden Hall University
""",
    interview=False,
    category="hiring-side",
    notes="the user interviews a candidate as part of her current job; Thunderbird attribution",
)

add(
    "w43.eml",
    sender="Mike Tran <mike@trancontracting.com>",
    to=JORDAN,
    subject="estimate",
    sent=at(4, 14, 7, 55),
    body="""
Jordan I can come by thurs 4/16 around 2:30p to look at the deck and give you an estimate. Me and my
foreman Luis. Should take 30-45 min

Mike
Tran Contracting | Licensed & Insured | Mon-Sat 7-6

Sent from my Galaxy
""",
    interview=False,
    category="other-meeting",
    notes="contractor visit to the user's home with a time, no job",
)

add(
    "w44.eml",
    sender="Dev Natarajan <dev.natarajan@gmail.com>",
    to=PRIYA,
    subject="FW: Interview - Senior Accountant",
    sent=at(4, 27, 8, 10),
    body="""
fyi I have my interview thursday at 2, can you get the kids from school?

-----Original Message-----
From: Laura Beck <lbeck@harrowfinancial.com>
Sent: Friday, April 24, 2026 3:30 PM
To: Dev Natarajan <dev.natarajan@gmail.com>
Subject: Interview - Senior Accountant

Dear Dev,

Confirming your interview for the Senior Accountant position on Thursday, April 30 at 2:00 PM with Laura
Beck and Omar Shah.
""",
    interview=False,
    category="friend",
    notes="the spouse forwards his own interview to the user; the user is not the candidate",
)

add(
    "w45.eml",
    sender=LUKAS,
    to="Dana Ross <dross@fernwoodlabs.com>",
    subject="Re: Interview Thursday 4/30 at 10",
    sent=at(4, 27, 18, 0),
    body="""
Dear Dana,

thank you very much, but I have accepted another offer and would like to withdraw my application. I'm
sorry for the short notice.

Best regards,
Lukas Brenner

On 4/27/26 9:12 AM, Dana Ross wrote:
> Hi Lukas, you're confirmed for Thursday 4/30 at 10:00 with our QA lead.
> Dana Ross, Fernwood Labs
""",
    interview=False,
    category="withdrawn",
    notes="the user withdraws from a confirmed interview in a one-paragraph reply over the quoted confirmation",
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
