# ruff: noqa: E501  (hand-written mail keeps its own line lengths)
"""Writes tests/corpus_human2: hand-written interview mail and near-misses (see README.md).

    python3 tests/corpus_human2/build.py    # rewrites the .eml files and labels.json

Each entry is one message as a person would type it (plain text, their own quoting and forwarding habits),
with its label beside it. People, organisations and addresses are made up.
"""

from __future__ import annotations

import json
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York")
DENVER = ZoneInfo("America/Denver")
CHICAGO = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
MESSAGES: list[tuple[str, str, dict]] = []

JORDAN = "Jordan Lee <jordan.lee@fastmail.com>"
PRIYA = "Priya Natarajan <priya.n@gmail.com>"
MARCUS = "Marcus Oyelaran <marcus.oyelaran@outlook.com>"
SOFIA = "Sofia Castellanos <sofia.castellanos@proton.me>"
LUKAS = "Lukas Brenner <lukas.brenner@posteo.de>"
CAMILLE = "Camille Dubois <camille.dubois@icloud.com>"


def at(d: int, h: int, mi: int = 0, tz: ZoneInfo = NY, mo: int = 5) -> datetime:
    return datetime(2026, mo, d, h, mi, tzinfo=tz)


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(NY).isoformat() if dt else None


def p(name: str, email: str | None) -> dict:
    return {"name": name, "email": email}


def add(
    file,
    *,
    sender,
    to,
    subject,
    sent,
    body,
    cc=None,
    interview,
    start=None,
    end=None,
    interviewers=(),
    company=None,
    role=None,
    category,
    notes,
    outcome=None,
):
    headers = [f"From: {sender}", f"To: {to}"]
    if cc:
        headers.append(f"Cc: {cc}")
    headers += [
        f"Subject: {subject}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{file.removesuffix('.eml')}.{sent.strftime('%Y%m%d%H%M')}@human2.example>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: 8bit",
    ]
    text = "\n".join(headers) + "\n\n" + body.strip("\n") + "\n"
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
    MESSAGES.append((file, text, label))


# ---------------------------------------------------------------- invitations (a01-a36)

add(
    "a01.eml",
    sender="Rosa Delgado <rosa@crumbandcrow.com>",
    to=JORDAN,
    subject="barista position",
    sent=at(4, 8, 12),
    body="""
Hi Jordan,

Thanks for dropping off your resume last week. Could you come in Thursday at half past ten to meet the team
about the barista position? We're at 214 Elm Street - use the side door, the front is locked until 11.

Rosa
Crumb & Crow Bakery
""",
    interview=True,
    start=at(7, 10, 30),
    interviewers=[p("Rosa Delgado", "rosa@crumbandcrow.com")],
    company="Crumb & Crow Bakery",
    role="Barista",
    category="no-interview-word",
    notes="'come in ... to meet the team about the barista position', question with directions, 'half past ten'",
)

add(
    "a02.eml",
    sender="Helen Marsh <hmarsh@wexford.edu>",
    to=PRIYA,
    subject="Campus visit itinerary - Assistant Professor of Chemistry",
    sent=at(5, 16, 40),
    body="""
Dear Dr. Natarajan,

We are delighted that you can visit Wexford. Your itinerary for Tuesday, May 12 is below (all times Eastern).

8:30 am    Breakfast with the search committee, Wexford Inn lobby
10:00 am   Meeting with Dean Carla Alvarez, Founders Hall 301
11:00 am   Research seminar, Lyman Auditorium
12:30 pm   Lunch with graduate students
2:00 pm    Tour of the teaching labs with Dr. Ben Tate
3:30 pm    Meeting with the department chair

Our administrator, Gwen, will meet you at the hotel. Please let me know of any dietary needs.

Warm regards,
Helen Marsh
Professor and Search Committee Chair
Department of Chemistry, Wexford College
""",
    interview=True,
    start=at(12, 8, 30),
    interviewers=[p("Helen Marsh", "hmarsh@wexford.edu")],
    company="Wexford College",
    role="Assistant Professor of Chemistry",
    category="campus-itinerary",
    notes="candidate itinerary of single start times; no end stated",
)

add(
    "a03.eml",
    sender="Linda Kowalski <linda@lakeviewfamilymed.com>",
    to=SOFIA,
    subject="Medical assistant opening",
    sent=at(4, 13, 5),
    body="""
Hello Sofia,

Dr. Patel reviewed your application for the medical assistant opening and would like to meet you.
Are you available Wednesday at 2ish? Our office is at 880 Lakeview Dr, Suite 210; park in the back lot.

Thank you,
Linda Kowalski
Office Manager, Lakeview Family Medicine
""",
    interview=True,
    start=at(6, 14),
    interviewers=[p("Anita Patel", None), p("Linda Kowalski", "linda@lakeviewfamilymed.com")],
    company="Lakeview Family Medicine",
    role="Medical Assistant",
    category="question-with-directions",
    notes="'would like to meet you', question with the address, '2ish' as 2 pm",
)

add(
    "a04.eml",
    sender="Greg Hollis <ghollis@tristatefreight.com>",
    to=MARCUS,
    subject="RE: Warehouse supervisor role",
    sent=at(5, 7, 51),
    body="""
Thursday at 3 works. See you then - ask for me at reception.

Greg

-----Original Message-----
From: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Sent: Monday, May 04, 2026 4:12 PM
To: Greg Hollis <ghollis@tristatefreight.com>
Subject: RE: Warehouse supervisor role

Hi Greg, I could do Thursday at 3pm or Friday morning, whichever is easier.

Marcus

-----Original Message-----
From: Greg Hollis <ghollis@tristatefreight.com>
Sent: Monday, May 04, 2026 9:05 AM
To: Marcus Oyelaran
Subject: Warehouse supervisor role

Marcus, would you be able to come in this week to interview for the warehouse supervisor role? Let me know a
couple of times that suit you.
""",
    interview=True,
    start=at(7, 15),
    interviewers=[p("Greg Hollis", "ghollis@tristatefreight.com")],
    company="Tristate Freight",
    role="Warehouse Supervisor",
    category="outlook-thread",
    notes="organiser confirms one of the candidate's quoted options; Sent: lines are no times",
)

add(
    "a05.eml",
    sender="Nadia Brooks <nadia@foldandform.studio>",
    to=SOFIA,
    subject="Re: Junior designer",
    sent=at(4, 12, 2),
    body="""
Great - let's do Tuesday at 1:30 at our studio, 45 Bond St, 3rd floor. Plan on about an hour.

Nadia

On Mon, May 4, 2026 at 11:20 AM Sofia Castellanos <sofia.castellanos@proton.me> wrote:
> Hi Nadia,
> Thanks so much for getting back to me. I'm free Tuesday after 1 or any time Wednesday.
> Sofia
>
> On Fri, May 1, 2026 at 4:45 PM Nadia Brooks <nadia@foldandform.studio> wrote:
>> Sofia, we loved your portfolio. Would you come in to talk about the junior designer job next week?
""",
    interview=True,
    start=at(5, 13, 30),
    end=at(5, 14, 30),
    interviewers=[p("Nadia Brooks", "nadia@foldandform.studio")],
    company="Fold and Form",
    role="Junior Designer",
    category="gmail-thread",
    notes="Gmail 'On ... wrote:' headers are no times; 'about an hour' states the length",
)

add(
    "a06.eml",
    sender="Dale Hughes <dhughes@pinecrestmills.com>",
    to=JORDAN,
    subject="Fw: Jordan Lee - Friday",
    sent=at(4, 10, 16),
    body="""
Jordan - see Karen's note below. She'd like you in Friday at 9:00 for the interview. Check in at the
guard house and they'll send you up.

Dale

---------------------- Forwarded by Dale Hughes/HR/Pinecrest on 05/04/2026 10:14 AM ---------------------------

Karen Yu
05/04/2026 09:58 AM

To: Dale Hughes/HR/Pinecrest@Pinecrest
cc: Bill Ortega/Ops/Pinecrest@Pinecrest
Subject: Jordan Lee - Friday

Dale, please have Jordan come in Friday at 9 a.m. to interview with me and Bill in the Cascade room.
We should be done by 10:30.

Karen
""",
    interview=True,
    start=at(8, 9),
    end=at(8, 10, 30),
    interviewers=[p("Karen Yu", None), p("Bill Ortega", None), p("Dale Hughes", "dhughes@pinecrestmills.com")],
    company="Pinecrest Mills",
    role=None,
    category="lotus-forward",
    notes="Lotus forward header and the Notes date block are no times; HR's new text confirms Friday at 9:00",
)

add(
    "a07.eml",
    sender="Tom Reilly <treilly@harmonpubliclibrary.org>",
    to=CAMILLE,
    subject="Re: library assistant opening",
    sent=at(4, 14, 20),
    body="""
Wednesday at 2:00 suits us fine for the library assistant opening. Come to the front desk and ask for me.

Best,
Tom Reilly
Head of Circulation, Harmon Public Library

At 09:41 AM 5/4/2026, Camille Dubois wrote:
>Dear Mr. Reilly,
>Thank you for the call this morning. I could come in Wednesday afternoon if that suits.
>Camille
""",
    interview=True,
    start=at(6, 14),
    interviewers=[p("Tom Reilly", "treilly@harmonpubliclibrary.org")],
    company="Harmon Public Library",
    role="Library Assistant",
    category="eudora-thread",
    notes="Eudora 'At <time> <date>, X wrote:' attribution is no time; 'suits us fine' agrees",
)

add(
    "a08.eml",
    sender="Wes Carver <wes@mtnoutfitters.co>",
    to=LUKAS,
    subject="Re: store manager",
    sent=at(4, 15, 3),
    body="""
Thursday 10am our time is fine. We're in Denver, so that's noon for you. I'll call your cell.

Wes Carver
Mountain Outfitters - Denver, CO

On Mon, 4 May 2026, Lukas Brenner wrote:

> Hi Wes,
>
> Would Thursday morning work for the phone interview?
>
> Lukas
""",
    interview=True,
    start=at(7, 10, tz=DENVER),
    interviewers=[p("Wes Carver", "wes@mtnoutfitters.co")],
    company="Mountain Outfitters",
    role="Store Manager",
    category="pine-thread",
    notes="Pine attribution; '10am our time', the sender in Denver (and 'noon for you')",
)

add(
    "a09.eml",
    sender="Naomi Feld <naomi@brightpixelprint.com>",
    to=PRIYA,
    subject="Your interview on Friday",
    sent=at(5, 17, 30),
    body="""
Hi Priya,

We're all set. Come by at 11 and ask for me at the front desk. Bring a few print samples if you have them.
We're at 77 Canal Street, across from the bank.

Naomi
Bright Pixel Print Shop
""",
    interview=True,
    start=at(8, 11),
    interviewers=[p("Naomi Feld", "naomi@brightpixelprint.com")],
    company="Bright Pixel Print Shop",
    role=None,
    category="subject-day-body-hour",
    notes="day only in the subject, hour only in the body",
)

add(
    "a10.eml",
    sender="Jill Sato <jsato@frontrangesolar.com>",
    to=JORDAN,
    subject="Phone interview Wednesday",
    sent=at(4, 9, 44),
    body="""
Jordan,

I've put us down for a phone interview Wednesday at 3pm Denver time. I'll call the number on your resume;
it should take 30 minutes or so.

Jill Sato
Operations Manager, Front Range Solar
""",
    interview=True,
    start=at(6, 15, tz=DENVER),
    end=at(6, 15, 30, tz=DENVER),
    interviewers=[p("Jill Sato", "jsato@frontrangesolar.com")],
    company="Front Range Solar",
    role=None,
    category="city-time",
    notes="'3pm Denver time'; '30 minutes or so'",
)

add(
    "a11.eml",
    sender="Ellie Navarro <ellie@summitstaffing.net>",
    to="Rick Thornton <rthornton@ashgroveinsurance.com>",
    cc=JORDAN,
    subject="Jordan Lee - Tuesday 2pm",
    sent=at(6, 11, 0),
    body="""
Rick,

I've set up Jordan Lee to come in to interview with you on Tuesday, May 12 at 2:00 pm for the claims analyst
opening. Resume attached again for convenience.

Jordan - Rick's office is on the 4th floor of the Ashgrove building, 300 Market St. Bring a photo ID for the
lobby desk. Good luck!

Ellie Navarro
Summit Staffing
""",
    interview=True,
    start=at(12, 14),
    interviewers=[p("Rick Thornton", "rthornton@ashgroveinsurance.com")],
    company="Ashgrove Insurance",
    role="Claims Analyst",
    category="set-up-to-interview",
    notes="agency sets up the user (named, in Cc, addressed) to interview with the To; hiring side addressed to the candidate too",
)

add(
    "a12.eml",
    sender="Trevor Lang <tlang@keystonetemps.com>",
    to=MARCUS,
    subject="Confirmed - Halvorsen Dental Lab",
    sent=at(6, 16, 25),
    body="""
Marcus,

You're confirmed with Halvorsen Dental Lab for Monday the 11th at 1:15 pm. Ask for Joanne Pike, the lab
manager. Address is 19 Quarry Rd, Unit B. Business casual is fine.

Call me after and let me know how it went.

Trevor Lang
Keystone Temps
""",
    interview=True,
    start=at(11, 13, 15),
    interviewers=[p("Joanne Pike", None), p("Trevor Lang", "tlang@keystonetemps.com")],
    company="Halvorsen Dental Lab",
    role=None,
    category="agency",
    notes="agency confirmation without the word interview; the interviewer named only",
)

add(
    "a13.eml",
    sender="Sal Moreno <sal@ironskilletdiner.com>",
    to=MARCUS,
    subject="Re: line cook",
    sent=at(5, 9, 10),
    body="""
see you thurs at 4 then. come to the kitchen door round back

sal

On Tue, May 5, 2026 at 8:02 AM Marcus Oyelaran <marcus.oyelaran@outlook.com> wrote:
> Hi Sal, thurs at 4 works for me for the line cook tryout. Thanks!
""",
    interview=True,
    start=at(7, 16),
    interviewers=[p("Sal Moreno", "sal@ironskilletdiner.com")],
    company="Iron Skillet Diner",
    role="Line Cook",
    category="gmail-thread",
    notes="'see you thurs at 4 then' confirms the quoted tryout",
)

add(
    "a14.eml",
    sender="Benny Ruiz <benny@spokeandchain.bike>",
    to=LUKAS,
    subject="counter job",
    sent=at(5, 18, 5),
    body="""
Hey Lukas - got your note about the counter job. Come by the shop tomorrow 2ish and we'll talk.
We're on the corner of 3rd and Pine.

Benny
Spoke & Chain Bicycles
""",
    interview=True,
    start=at(6, 14),
    interviewers=[p("Benny Ruiz", "benny@spokeandchain.bike")],
    company="Spoke & Chain Bicycles",
    role=None,
    category="no-interview-word",
    notes="'come by ... tomorrow 2ish and we'll talk' about a job",
)

add(
    "a15.eml",
    sender="Marta Olsen <molsen@bellfield.edu>",
    to=CAMILLE,
    subject="Program Coordinator interview",
    sent=at(6, 10, 30),
    body="""
Dear Ms. Dubois,

The search committee would like to invite you for an interview for the Program Coordinator position on
Monday, May 18, at 10:00 a.m. in Hadley Hall, Room 214. The interview will last approximately 90 minutes.

Please reply to confirm.

Sincerely,
Marta Olsen
Chair, Search Committee
Office of Student Life, Bellfield University
""",
    interview=True,
    start=at(18, 10),
    end=at(18, 11, 30),
    interviewers=[p("Marta Olsen", "molsen@bellfield.edu")],
    company="Bellfield University",
    role="Program Coordinator",
    category="university",
    notes="formal invitation with a stated length",
)

add(
    "a16.eml",
    sender="Priscilla Haight <phaight@norbergtech.com>",
    to=SOFIA,
    subject="FW: Sofia - Tuesday",
    sent=at(4, 15, 40),
    body="""
Hi Sofia,

See below - Ellen confirmed Tuesday at 11:00 for your interview. We're in Suite 500; I'll meet you in the lobby.

Priscilla

-----Original Message-----
From: Ellen Park <epark@norbergtech.com>
Sent: Monday, May 04, 2026 3:22 PM
To: Priscilla Haight <phaight@norbergtech.com>
Subject: RE: Sofia - Tuesday

Tuesday at 11 is good for me for Sofia's interview. -Ellen
""",
    interview=True,
    start=at(5, 11),
    interviewers=[p("Ellen Park", "epark@norbergtech.com")],
    company="Norberg Tech",
    role=None,
    category="outlook-forward",
    notes="the forwarded 'Sent: ... 3:22 PM' is no time; the interviewer's address only in the quoted header",
)

add(
    "a18.eml",
    sender="Owen Tran <owen@harborlinecabinets.com>",
    to=JORDAN,
    subject="Estimator position",
    sent=at(4, 11, 11),
    body="""
Jordan,

Thanks for applying for the estimator position. Are you free to come in Friday at 10? We're at 1120 Harbor
Blvd, second floor above the pharmacy. Dress is casual.

Owen Tran
Harborline Cabinets
""",
    interview=True,
    start=at(8, 10),
    interviewers=[p("Owen Tran", "owen@harborlinecabinets.com")],
    company="Harborline Cabinets",
    role="Estimator",
    category="question-with-directions",
    notes="a question with directions is an invitation",
)

add(
    "a19.eml",
    sender="Fiona Reid <fiona.reid@quillandtide.co.uk>",
    to=PRIYA,
    subject="Video interview",
    sent=at(6, 9, 30, tz=LONDON),
    body="""
Dear Priya,

Thank you for your application. We'd like to invite you to a video interview on Thursday 14 May at 3pm our
time (we're in London), which I believe is 10am for you. I'll send a Teams link the day before.

Kind regards,
Fiona Reid
Quill & Tide Publishing
""",
    interview=True,
    start=at(14, 15, tz=LONDON),
    interviewers=[p("Fiona Reid", "fiona.reid@quillandtide.co.uk")],
    company="Quill & Tide Publishing",
    role=None,
    category="our-time",
    notes="'3pm our time (we're in London)'",
)

add(
    "a20.eml",
    sender="Aaron Diaz <adiaz@coastalcu.org>",
    to=CAMILLE,
    subject="RE: Teller interview",
    sent=at(6, 8, 15),
    body="""
That works, see you then. Use the staff entrance on the left side of the branch.

Aaron Diaz
Branch Manager, Coastal Credit Union

From: Camille Dubois [mailto:camille.dubois@icloud.com]
Sent: Tuesday, May 05, 2026 6:48 PM
To: Aaron Diaz
Subject: RE: Teller interview

Hello Mr. Diaz, Tuesday the 12th at 9:30 would be perfect for me. Thank you!

From: Aaron Diaz
Sent: Tuesday, May 05, 2026 2:10 PM
To: Camille Dubois
Subject: Teller interview

Hi Camille, we'd like to interview you for the teller position. What day next week suits you?
""",
    interview=True,
    start=at(12, 9, 30),
    interviewers=[p("Aaron Diaz", "adiaz@coastalcu.org")],
    company="Coastal Credit Union",
    role="Teller",
    category="outlook-thread",
    notes="'That works, see you then' confirms the quoted proposal; Sent: lines are no times",
)

add(
    "a21.eml",
    sender="Office <office@carverroadprimary.org>",
    to=SOFIA,
    subject="Teaching assistant post",
    sent=at(4, 12, 40),
    body="""
Dear Sofia,

Would you be able to come in for a chat with Mrs. Okafor, our head teacher, on Wednesday at half past two
about the teaching assistant post? The school office is on Carver Road; please sign in at reception.

Kind regards,
Janet Hughes
School Office, Carver Road Primary
""",
    interview=True,
    start=at(6, 14, 30),
    interviewers=[p("Grace Okafor", None), p("Janet Hughes", "office@carverroadprimary.org")],
    company="Carver Road Primary",
    role="Teaching Assistant",
    category="question-with-directions",
    notes="'a chat ... about the teaching assistant post', 'half past two', directions",
)

add(
    "a22.eml",
    sender="Dr. Anna Fenwick <afenwick@lindqvistinstitute.org>",
    to=LUKAS,
    subject="Your visit on the 21st",
    sent=at(7, 13, 0),
    body="""
Dear Lukas,

Here is the schedule for your visit for the postdoc position on Thursday, May 21:

9:00   Meet me in Lab 3.12
9:45   Lab tour with Sam
10:30  Chalk talk (30 min + questions)
12:00  Lunch with the group
1:30   One-on-one with Dr. Ruiz
3:00   Depart

Looking forward to it.
Anna
""",
    interview=True,
    start=at(21, 9),
    interviewers=[p("Anna Fenwick", "afenwick@lindqvistinstitute.org")],
    company="Lindqvist Institute",
    role="Postdoc",
    category="campus-itinerary",
    notes="visit schedule of start times for a postdoc; 'Depart' is not a length statement",
)

add(
    "a23.eml",
    sender="Beth Crane <bcrane@stmarysregional.org>",
    to=CAMILLE,
    subject="RN position - unit 4B",
    sent=at(6, 19, 5),
    body="""
Hi Camille,

I can interview you Monday 5/11 at 7:30 am, before the shift gets busy. Please come to the 2nd floor nurses'
station on 4B and have them page me.

Beth Crane, RN
Nurse Manager, St. Mary's Regional
""",
    interview=True,
    start=at(11, 7, 30),
    interviewers=[p("Beth Crane", "bcrane@stmarysregional.org")],
    company="St. Mary's Regional",
    role=None,
    category="clinic",
    notes="manager writes the time herself",
)

add(
    "a24.eml",
    sender="Hank Ebert <hank@ebertshardware.com>",
    to=JORDAN,
    subject="weekend cashier",
    sent=at(6, 14, 0),
    body="""
Jordan,

Stop in Saturday around 10 to talk with me about the weekend cashier spot. Ask for Hank at the key counter.

Hank Ebert
Ebert's Hardware
""",
    interview=True,
    start=at(9, 10),
    interviewers=[p("Hank Ebert", "hank@ebertshardware.com")],
    company="Ebert's Hardware",
    role="Cashier",
    category="no-interview-word",
    notes="'stop in ... to talk with me about the ... spot'",
)

add(
    "a25.eml",
    sender="Ann Lee <alee@norcrossfoods.com>",
    to=CAMILLE,
    subject="Fw: second interview",
    sent=at(5, 8, 49),
    body="""
Camille, forwarding Mark's note so you have the details.

Ann

---------------------- Forwarded by Ann Lee/HR/Norcross on 05/05/2026 08:47 AM ---------------------------

Mark Bianchi
05/04/2026 05:30 PM

To: Ann Lee/HR/Norcross@Norcross
Subject: second interview

Ann - we'll see Camille on Tuesday, May 12 at 1:00 pm for the second interview, in the plant office.
Tell her to wear closed-toe shoes for the floor walk.

Mark
""",
    interview=True,
    start=at(12, 13),
    interviewers=[p("Mark Bianchi", None), p("Ann Lee", "alee@norcrossfoods.com")],
    company="Norcross Foods",
    role=None,
    category="lotus-forward",
    notes="the only time is in the forwarded text, which HR passes on to the candidate",
)

add(
    "a26.eml",
    sender="Derek Wu <derek@lakeshoreanalytics.io>",
    to=PRIYA,
    subject="Zoom interview Friday",
    sent=at(5, 12, 15),
    body="""
Hi Priya,

Let's do a Zoom interview on Friday at 3:30 Chicago time. Link: https://zoom.us/j/84412276601
My colleague Hanna will join for the second half.

Derek Wu
Lakeshore Analytics
""",
    interview=True,
    start=at(8, 15, 30, tz=CHICAGO),
    interviewers=[p("Derek Wu", "derek@lakeshoreanalytics.io"), p("Hanna", None)],
    company="Lakeshore Analytics",
    role=None,
    category="city-time",
    notes="'3:30 Chicago time'",
)

add(
    "a27.eml",
    sender="Mike Donnelly <mdonnelly@ridgelinehvac.com>",
    to=PRIYA,
    subject="Re: dispatcher job",
    sent=at(6, 10, 2),
    body="""
Let's say Tuesday at 10 then. Come to the office trailer behind the yard.
- Mike

On Tue, 5 May 2026, Priya Natarajan wrote:

> Hi Mike,
>
> Monday at 1pm or Tuesday at 10am both work for me for the dispatcher interview.
>
> Thanks,
> Priya
""",
    interview=True,
    start=at(12, 10),
    interviewers=[p("Mike Donnelly", "mdonnelly@ridgelinehvac.com")],
    company="Ridgeline HVAC",
    role="Dispatcher",
    category="pine-thread",
    notes="'Let's say Tuesday at 10 then' picks one of the quoted options",
)

add(
    "a28.eml",
    sender="Gina Russo <gina@russoandsonsmoving.com>",
    to=MARCUS,
    subject="Tues 5/12 - interview",
    sent=at(6, 13, 30),
    body="""
Hi Marcus,

4pm works for us. Come to the loading dock entrance and call me when you're here: 555-0148.

Gina
""",
    interview=True,
    start=at(12, 16),
    interviewers=[p("Gina Russo", "gina@russoandsonsmoving.com")],
    company="Russo and Sons Moving",
    role=None,
    category="subject-day-body-hour",
    notes="date in the subject, hour in the body",
)

add(
    "a29.eml",
    sender="Carla Nunez <carla@eastsidefoodshare.org>",
    to=SOFIA,
    subject="Volunteer coordinator job",
    sent=at(7, 9, 0),
    body="""
Hi Sofia!

We'd love to have you come in and meet the team about the volunteer coordinator job on Thursday, May 14 at
11:00. We're in the church basement at 18 Orchard St.

Carla
Eastside Food Share
""",
    interview=True,
    start=at(14, 11),
    interviewers=[p("Carla Nunez", "carla@eastsidefoodshare.org")],
    company="Eastside Food Share",
    role="Volunteer Coordinator",
    category="no-interview-word",
    notes="'come in and meet the team about the ... job'",
)

add(
    "a30.eml",
    sender="Rachel Koenig <rkoenig@ledgerpointsearch.com>",
    to=LUKAS,
    subject="Brandt Mfg - Wednesday",
    sent=at(7, 15, 45),
    body="""
Hi Lukas,

I've set you up to interview with Priscilla Gomez, the controller at Brandt Mfg, on Wednesday 5/13 at
10:00 AM. She's at 44 Foundry Rd; park in visitor spots. Plan on an hour and a half.

Rachel Koenig
Ledgerpoint Search
""",
    interview=True,
    start=at(13, 10),
    end=at(13, 11, 30),
    interviewers=[p("Priscilla Gomez", None), p("Rachel Koenig", "rkoenig@ledgerpointsearch.com")],
    company="Brandt Mfg",
    role=None,
    category="set-up-to-interview",
    notes="agency 'set you up to interview with'",
)

add(
    "a31.eml",
    sender="Dr. Karen Leigh <kleigh@mercercc.edu>",
    to=CAMILLE,
    subject="Re: lab tech position",
    sent=at(6, 9, 5),
    body="""
Friday at 1 pm - come to room 220 of the Science Annex. Dr. Leung and I will both be there.

KL

At 4:55 PM 5/5/2026 -0400, you wrote:
>Thank you for the invitation to interview for the lab technician position. What time on Friday would be
>best?
""",
    interview=True,
    start=at(8, 13),
    interviewers=[p("Karen Leigh", "kleigh@mercercc.edu"), p("Leung", None)],
    company="Mercer Community College",
    role="Lab Technician",
    category="eudora-thread",
    notes="Eudora attribution with a zone; the new text answers the quoted question",
)

add(
    "a32.eml",
    sender="Carl Benning <carl@carlsgarage.net>",
    to=JORDAN,
    subject="mechanic opening",
    sent=at(7, 16, 30),
    body="""
Jordan,

Can you do a lunch interview Monday at noon at Sal's Diner on 5th? My treat.

Carl
Owner, Carl's Garage
""",
    interview=True,
    start=at(11, 12),
    interviewers=[p("Carl Benning", "carl@carlsgarage.net")],
    company="Carl's Garage",
    role="Mechanic",
    category="question-with-directions",
    notes="a question naming the place; 'noon'",
)

add(
    "a33.eml",
    sender="Dr. Lena Ortiz <lortiz@harborviewhealth.org>",
    to=SOFIA,
    cc="Amy Holt <aholt@harborviewhealth.org>, Ravi Sen <rsen@harborviewhealth.org>",
    subject="Interview - Clinical Research Coordinator",
    sent=at(7, 11, 20),
    body="""
Dear Sofia,

We'd like to invite you to interview for the Clinical Research Coordinator role on Tuesday, May 19 from 2:00
to 3:30 pm. Dr. Amy Holt and Ravi Sen (copied) will join me. We meet in the Research Pavilion, 5th floor.

Best,
Lena Ortiz, MD
""",
    interview=True,
    start=at(19, 14),
    end=at(19, 15, 30),
    interviewers=[
        p("Lena Ortiz", "lortiz@harborviewhealth.org"),
        p("Amy Holt", "aholt@harborviewhealth.org"),
        p("Ravi Sen", "rsen@harborviewhealth.org"),
    ],
    company="Harborview Health",
    role="Clinical Research Coordinator",
    category="cc-interviewers",
    notes="interviewers copied",
)

add(
    "a34.eml",
    sender="Pete Lowry <plowry@valleyprintworks.com>",
    to=MARCUS,
    subject="moving your interview",
    sent=at(5, 16, 0),
    body="""
Marcus,

Sorry for the shuffle - we need to move your interview from Thursday to Friday at 9:30, same place.
Let me know that's ok.

Pete
""",
    interview=True,
    start=at(8, 9, 30),
    interviewers=[p("Pete Lowry", "plowry@valleyprintworks.com")],
    company="Valley Printworks",
    role=None,
    category="reschedule",
    notes="moved to Friday at 9:30",
)

add(
    "a35.eml",
    sender="Joan Whitaker <jwhitaker@bramblecounty.gov>",
    to=LUKAS,
    subject="RE: GIS technician interview",
    sent=at(7, 14, 45),
    body="""
Confirmed for Wednesday the 13th at 8:45am. Parking is in lot C; the panel meets in the Annex conference room.

Joan Whitaker
Human Resources, Bramble County

-----Original Message-----
From: Lukas Brenner [mailto:lukas.brenner@posteo.de]
Sent: Thursday, May 07, 2026 1:02 PM
To: Joan Whitaker
Subject: RE: GIS technician interview

Dear Ms. Whitaker, the 8:45 slot on Wednesday the 13th would suit me best.

-----Original Message-----
From: Joan Whitaker
Sent: Wednesday, May 06, 2026 10:30 AM
Subject: GIS technician interview

Please choose one of these slots: Tue 5/12 at 1:00 pm, Wed 5/13 at 8:45 am, Wed 5/13 at 3:15 pm.
""",
    interview=True,
    start=at(13, 8, 45),
    interviewers=[p("Joan Whitaker", "jwhitaker@bramblecounty.gov")],
    company="Bramble County",
    role="GIS Technician",
    category="outlook-thread",
    notes="'Confirmed for' in the new text; the quoted slots are not the meeting",
)

add(
    "a36.eml",
    sender="Tara Quinn <tquinn@evergreenroasters.com>",
    to=JORDAN,
    subject="phone interview Monday",
    sent=at(7, 17, 20),
    body="""
Hi Jordan,

Our hiring manager, Luis, would like to do a phone interview Monday at 10 am Pacific for the wholesale
account rep role. He'll call you.

Tara Quinn
People Ops, Evergreen Roasters (Seattle)
""",
    interview=True,
    start=at(11, 10, tz=LA),
    interviewers=[p("Luis", None), p("Tara Quinn", "tquinn@evergreenroasters.com")],
    company="Evergreen Roasters",
    role="Wholesale Account Rep",
    category="zone-word",
    notes="'10 am Pacific'",
)

add(
    "a37.eml",
    sender="Maggie Hurst <maggie@hurstlandscaping.com>",
    to=MARCUS,
    subject="Crew lead",
    sent=at(4, 7, 30),
    body="""
Marcus - can you swing by the yard Wednesday at 7 am to meet Dave about the crew lead job? 2210 Route 9,
the green barn.

Maggie
Hurst Landscaping
""",
    interview=True,
    start=at(6, 7),
    interviewers=[p("Dave", None), p("Maggie Hurst", "maggie@hurstlandscaping.com")],
    company="Hurst Landscaping",
    role="Crew Lead",
    category="question-with-directions",
    notes="'swing by ... to meet Dave about the crew lead job'",
)

# ---------------------------------------------------------------- near-misses (n01-n24)

add(
    "n01.eml",
    sender="Pat Greene <pgreene@fastmail.com>",
    to=JORDAN,
    subject="candidate Thursday",
    sent=at(5, 9, 0),
    body="""
Jordan,

Can you interview the candidate Alex Moreno on Thursday at 2? Resume attached. You'll be the second
interviewer after me; use the small conference room.

Pat
""",
    interview=False,
    category="hiring-side",
    notes="the user interviews a candidate at the current job",
)

add(
    "n02.eml",
    sender="Recruiting <recruiting@tallisgroup.com>",
    to=f"{JORDAN}, Sam Ortiz <sortiz@tallisgroup.com>",
    subject="Interview schedule - Dana Whitfield",
    sent=at(7, 15, 0),
    body="""
Team,

Here is the schedule for candidate Dana Whitfield on Tuesday 5/12:

9:00 - 9:45    Jordan Lee
9:45 - 10:30   Sam Ortiz
10:30 - 11:00  Wrap-up with the hiring manager

Please submit your feedback in the tracker by end of day. Her resume is attached.

Recruiting Team
""",
    interview=False,
    category="hiring-side",
    notes="schedule sent to the interviewers; the user is one of them",
)

add(
    "n03.eml",
    sender=PRIYA,
    to="Jake Miller <jmiller@orchardlane.com>",
    subject="Re: interview times",
    sent=at(5, 20, 10),
    body="""
Hi Jake,

I'd prefer Wednesday at 11 am if that's still open; otherwise Thursday afternoon works too.

Best,
Priya

On Tue, May 5, 2026 at 3:00 PM Jake Miller <jmiller@orchardlane.com> wrote:
> Priya, what times work for you this week for an interview?
""",
    interview=False,
    category="own-proposal",
    notes="the user's own proposal, not yet confirmed",
)

add(
    "n04.eml",
    sender="Dee Carter <dcarter@bluefinmarine.com>",
    to=MARCUS,
    subject="Re: interview",
    sent=at(6, 10, 0),
    body="""
Thanks Marcus - let me check with Maria whether Thursday at 3 works for her and I'll get back to you.

Dee

On Wed, May 6, 2026 at 9:14 AM Marcus Oyelaran <marcus.oyelaran@outlook.com> wrote:
> Thursday at 3 would be ideal for me.
""",
    interview=False,
    category="pending",
    notes="the organiser will check; nothing agreed yet",
)

add(
    "n05.eml",
    sender="Lisa Chen <lchen@millbrookgazette.com>",
    to=JORDAN,
    subject="Gazette interview request",
    sent=at(4, 14, 0),
    body="""
Hi Jordan,

I'm writing a piece on the community garden project. Would you be available for an interview on Tuesday at
10? It would take about 20 minutes by phone.

Lisa Chen
Reporter, Millbrook Gazette
""",
    interview=False,
    category="press",
    notes="press interview",
)

add(
    "n06.eml",
    sender="HR <hr@caldwellsupply.com>",
    to=SOFIA,
    subject="Exit interview",
    sent=at(4, 9, 30),
    body="""
Hi Sofia,

As part of your offboarding, we've scheduled your exit interview for Friday at 3 pm in Room 4B. Please bring
your badge and laptop.

Thanks,
HR
""",
    interview=False,
    category="exit",
    notes="exit interview",
)

add(
    "n07.eml",
    sender="Danny Park <dannyp@gmail.com>",
    to=CAMILLE,
    subject="mock interview?",
    sent=at(5, 21, 0),
    body="""
want to do a mock interview saturday 2ish at my place before your big one? I'll grill you on the behavioral
stuff. bring snacks

d
""",
    interview=False,
    category="mock",
    notes="mock interview with a friend",
)

add(
    "n08.eml",
    sender="Irene Vos <ivos@kestrelbio.com>",
    to=LUKAS,
    subject="scheduling",
    sent=at(6, 11, 0),
    body="""
Hi Lukas,

I'm trying to find a slot with the panel - would Thursday at 4 or Friday at 10 be possible for you? I'll
confirm once I hear back from everyone.

Irene
""",
    interview=False,
    category="question-no-agreement",
    notes="options offered, nothing agreed",
)

add(
    "n09.eml",
    sender="Kelsey Ward <kward@fastmail.com>",
    to=JORDAN,
    subject="phone screen tomorrow",
    sent=at(5, 16, 0),
    body="""
Reminder: I'm calling the candidate (Tomas Vega) at 8:30 tomorrow for the phone screen. Please send me your
questions for him tonight.

Kelsey
""",
    interview=False,
    category="hiring-side",
    notes="a colleague screens a candidate; the user supplies questions",
)

add(
    "n10.eml",
    sender="Brett Sims <brett@sidehustlepod.fm>",
    to=PRIYA,
    subject="Podcast interview",
    sent=at(4, 12, 0),
    body="""
Hey Priya,

Loved your talk. Would you come on the show for an interview? We record Thursdays at 1pm Eastern over Zoom.

Brett
Side Hustle Pod
""",
    interview=False,
    category="press",
    notes="podcast interview",
)

add(
    "n11.eml",
    sender="Research Team <research@pantryapp.io>",
    to=CAMILLE,
    subject="User research interview",
    sent=at(5, 10, 0),
    body="""
Hi Camille,

Thanks for signing up! We'd like to interview you for our study on grocery shopping habits on Thursday at 5
pm. It takes 45 minutes and you'll get a $50 gift card.

The Pantry Research Team
""",
    interview=False,
    category="research",
    notes="user-research interview, not a job",
)

add(
    "n12.eml",
    sender="Ms. Alvarez <malvarez@lincolnelementary.org>",
    to=MARCUS,
    subject="Conference Thursday",
    sent=at(5, 15, 30),
    body="""
Dear Mr. Oyelaran,

Just confirming our parent-teacher conference on Thursday at 3:30 in room 12. See you then.

Ms. Alvarez
""",
    interview=False,
    category="other-meeting",
    notes="parent-teacher conference confirmed",
)

add(
    "n13.eml",
    sender=SOFIA,
    to="Howard Bell <hbell@tinsleyarch.com>",
    subject="Re: interview",
    sent=at(5, 19, 40),
    body="""
Hi Howard,

Thank you! I could do Tuesday at 10 or Wednesday at 2 - whichever is easier for the team.

Sofia

On Tue, May 5, 2026 at 11:30 AM Howard Bell <hbell@tinsleyarch.com> wrote:
> Sofia, we'd like you to come in for an interview next week. Send me a few times.
""",
    interview=False,
    category="own-proposal",
    notes="the user's own answer with options",
)

add(
    "n14.eml",
    sender="Search Committee <chemsearch@wexford.edu>",
    to=PRIYA,
    subject="Candidate visit - Dr. Imani Brooks",
    sent=at(6, 10, 0),
    body="""
Committee members,

Dr. Imani Brooks visits on Thursday. You are scheduled to meet her at 1:30 in your office; her seminar is at
11:00 in Lyman Auditorium. Please read her research statement beforehand.

Thank you,
Search Committee
""",
    interview=False,
    category="hiring-side",
    notes="itinerary sent to a committee member about a candidate",
)

add(
    "n15.eml",
    sender="Ellie Navarro <ellie@summitstaffing.net>",
    to=JORDAN,
    subject="Kevin Marsh - Wednesday",
    sent=at(5, 11, 0),
    body="""
Hi Jordan,

I've set up Kevin Marsh to come in to interview with you on Wednesday at 10 for the office manager opening.
His resume is attached. Let me know your thoughts afterwards!

Ellie Navarro
Summit Staffing
""",
    interview=False,
    category="hiring-side",
    notes="the agency sets up a candidate to interview with the user",
)

add(
    "n16.eml",
    sender="CareerPath <news@careerpath.example>",
    to=JORDAN,
    subject="Ace your next interview",
    sent=at(4, 6, 0),
    body="""
Join our free webinar "Ace your next interview" on Tuesday at 7 pm ET. Learn how to answer the
ten toughest questions. Register at careerpath.example/webinar.
""",
    interview=False,
    category="newsletter",
    notes="webinar about interviews",
)

add(
    "n17.eml",
    sender="Victor Hale <vhale@granitebay.com>",
    to=LUKAS,
    subject="Analyst role",
    sent=at(7, 12, 0),
    body="""
Lukas,

Thank you for coming in on Tuesday to interview. We've decided to go another direction with the analyst role,
but I enjoyed meeting you.

Victor
""",
    interview=False,
    category="outcome",
    notes="rejection after an interview",
    outcome="rejected",
)

add(
    "n18.eml",
    sender="Mei Tanaka <meitanaka@gmail.com>",
    to=PRIYA,
    subject="wish me luck",
    sent=at(6, 22, 0),
    body="""
My interview at the aquarium is Thursday at 10!! wish me luck. drinks friday?

Mei
""",
    interview=False,
    category="friend",
    notes="a friend's own interview",
)

add(
    "n19.eml",
    sender="Front Desk <frontdesk@shahdental.com>",
    to=CAMILLE,
    subject="Reminder",
    sent=at(6, 9, 0),
    body="""
Hi Camille, a reminder that your cleaning is Tuesday at 10:30 with Dr. Shah. 41 Oak St, Suite 3.
Reply C to confirm.
""",
    interview=False,
    category="other-meeting",
    notes="dental appointment",
)

add(
    "n20.eml",
    sender="Yusuf Demir <ydemir@brightwavetalent.com>",
    to=MARCUS,
    subject="Re: times",
    sent=at(6, 14, 0),
    body="""
Thanks Marcus - I've passed your times (Mon 2pm / Tue 11am) to the hiring manager. I'll let you know which
one she picks.

Yusuf

-----Original Message-----
From: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Sent: Wednesday, May 06, 2026 12:40 PM
Subject: times

Monday at 2pm or Tuesday at 11am both work for the interview.
""",
    interview=False,
    category="pending",
    notes="recruiter still waiting on the manager",
)

add(
    "n21.eml",
    sender="Jen Ruiz <jruiz@channel7news.com>",
    to=JORDAN,
    subject="TV interview Friday",
    sent=at(6, 16, 0),
    body="""
Hi Jordan,

Thanks for agreeing to the interview about the bakery's 20th anniversary. Our crew will arrive at 9 on
Friday to film at the shop. See you then!

Jen Ruiz
Producer, Channel 7
""",
    interview=False,
    category="press",
    notes="TV interview at the user's own business, agreed",
)

add(
    "n22.eml",
    sender="Paula Grant <paula@grantproperties.com>",
    to=SOFIA,
    subject="apartment",
    sent=at(5, 11, 0),
    body="""
Hi Sofia,

Could you come by Thursday at 6 to meet the landlord about the apartment? It's 12 Grove St, buzz 3.

Paula
""",
    interview=False,
    category="other-meeting",
    notes="question with directions, but about an apartment",
)

add(
    "n23.eml",
    sender="Hannah Moss <hmoss@veradynelogistics.com>",
    to=JORDAN,
    subject="FW: finalists",
    sent=at(5, 9, 30),
    body="""
Jordan - can you take the 2:00 slot with candidate Lena Park on Wednesday? See Mike's note below.

Hannah

-----Original Message-----
From: Mike Dorsey
Sent: Monday, May 04, 2026 5:02 PM
To: Hannah Moss
Subject: finalists

Please set up interviews for the three finalists with Jordan and me this week.
""",
    interview=False,
    category="hiring-side",
    notes="HR asks the user to interview a finalist",
)

add(
    "n24.eml",
    sender="Career Center <careers@bellfield.edu>",
    to=CAMILLE,
    subject="Mock interview confirmed",
    sent=at(5, 10, 0),
    body="""
Hi Camille,

Your mock interview with the Career Center is confirmed for Tuesday at 3:00 pm in Student Union 210.

Career Center, Bellfield University
""",
    interview=False,
    category="mock",
    notes="a practice interview at the career centre",
)


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    for file, text, _ in MESSAGES:
        (HERE / file).write_text(text, encoding="utf-8")
    labels = [lab for _, _, lab in MESSAGES]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(MESSAGES)} messages, {sum(lab['is_interview'] for lab in labels)} interviews")


if __name__ == "__main__":
    main()
