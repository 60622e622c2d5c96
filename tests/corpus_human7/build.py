# ruff: noqa: E501  (hand-written mail keeps its own line lengths)
"""Writes tests/corpus_human7: hand-written interview mail and near-misses in the manner of public
mailing-list archives and university / open-source / nonprofit / public-sector mail (campus-visit
itineraries, PI mail from other time zones, digests, moderator reposts, PGP-signed bodies, mailman footers,
pine and mutt attributions; see README.md).

    python3 tests/corpus_human7/build.py    # rewrites the .eml files and labels.json

Each entry is one message with its label beside it. People, organisations and addresses are made up.
`check()` verifies every "<weekday>, <month> <day>" / "<weekday> <m>/<d>" / "<weekday> <d> <month>" written
in a message against the 2026 calendar, and that each interview starts after the message's Date header.
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


def atz(zone: str, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    """A Date header written by a sender in another zone."""
    return datetime(2026, mo, d, h, mi, tzinfo=ZoneInfo(zone))


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(NY).isoformat() if dt else None


def p(name: str, email: str | None) -> dict:
    return {"name": name, "email": email}


def add(file, *, sender, to, subject, sent, body, cc=None, cte="8bit", headers=None, interview, start=None,
        end=None, interviewers=(), company=None, role=None, category, notes, outcome=None):
    msg = EmailMessage(policy=policy.default)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(sent)
    msg["Message-ID"] = f"<{file.removesuffix('.eml')}.{sent.strftime('%Y%m%d%H%M')}@human7.example>"
    for key, value in (headers or {}).items():
        msg[key] = value
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
DAYFIRST = re.compile(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day,? +(\d{1,2})(?:st|nd|rd|th)? +(" + "|".join(MONTHS) + r")\b", re.I)
USERS = (JORDAN, PRIYA, MARCUS, SOFIA, LUKAS, CAMILLE)


def check() -> None:
    for file, _, label, text, sent in MESSAGES:
        flat = re.sub(r"\s+", " ", text.replace("\n> ", " ").replace(">", " "))
        for m in LONG.finditer(flat):
            d = datetime(2026, MONTHS.index(m.group(2).lower()) + 1, int(m.group(3)))
            assert WEEKDAYS[d.weekday()].startswith(m.group(1).lower()[:3]), (file, m.group(0))
        for m in DAYFIRST.finditer(flat):
            d = datetime(2026, MONTHS.index(m.group(3).lower()) + 1, int(m.group(2)))
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
                assert person["email"] not in {u.split("<")[1].rstrip(">") for u in USERS}, file
        else:
            assert label["start"] is None and not label["interviewers"], file


# ---------------------------------------------------------------- interviews (y01-y26)

add(
    "y01.eml",
    sender="Ruth Abernathy <rabernathy@callowaystate.edu>",
    to=PRIYA,
    cc="Janelle Pruett <jpruett@callowaystate.edu>",
    subject="Campus visit itinerary - Monday, March 9",
    sent=at(2, 26, 15, 40),
    body="""
Dear Priya,

We are very much looking forward to your visit for the tenure-track
Assistant Professor position in analytical chemistry. Here is the
itinerary. Janelle Pruett (cc'd) booked your travel and handles
reimbursement, so please send her your receipts afterwards.

Sunday, March 8
  You land at 5:52 pm (United 4471). Take a taxi to the Hampton Inn,
  310 College Avenue; the room is under your name, confirmation 81147.
  No events tonight. Note the clocks spring forward early Sunday
  morning, so double-check your alarm for Monday!

Monday, March 9
  8:00         Breakfast with Prof. Daniel Oyama at the hotel (he will
               find you in the lobby)
  9:00         I pick you up at the hotel; we walk to campus
  9:30-10:15   Dean Celia Marchbank, College of Science (Stratton 301)
  10:30-11:15  Prof. Amir Haddad (Pruitt 214)
  11:15-12:00  Prof. Lorna Beckett (Pruitt 220)
  12:00        Lunch with graduate students (Pruitt 105)
  1:15-2:00    Tour of the instrumentation facility
  2:00-3:15    Free time to prepare; Pruitt 208 is yours, projector tested
  3:30         Job talk in Room 210, 60 minutes including questions
  4:45-5:30    Closing meeting with the search committee (Haddad,
               Beckett, Oyama and me)

Tuesday, March 10
  6:45         Taxi to the airport (flight at 8:20)

Please send me a title and a two-sentence abstract by Wednesday,
March 4 so we can announce the talk.

Best,
Ruth

-- 
Ruth Abernathy
Professor of Chemistry
Chair, Analytical Chemistry Search Committee
Calloway State University | Pruitt Hall 230 | (555) 013-4410
""",
    interview=True,
    start=at(3, 9, 8, 0),
    end=at(3, 9, 17, 30),
    interviewers=[p("Ruth Abernathy", "rabernathy@callowaystate.edu"), p("Daniel Oyama", None),
                  p("Celia Marchbank", None), p("Amir Haddad", None), p("Lorna Beckett", None)],
    company="Calloway State University",
    role="Assistant Professor of Analytical Chemistry",
    category="itinerary",
    notes="campus-visit itinerary from the committee chair; the visit runs from the 8:00 hotel breakfast to the end of the 4:45-5:30 committee meeting; Monday March 9 is the first day of EDT (the mail is sent in EST); the Cc'd travel coordinator is not an interviewer; arrival, taxi and flight times are not sessions",
)

add(
    "y02.eml",
    sender="Gail Pomeroy <gpomeroy@brennard.edu>",
    to=JORDAN,
    subject="Itinerary for your visit to Brennard",
    sent=at(3, 16, 11, 20),
    body="""
Dear Dr. Lee,

Professor Greaves asked me to send along your itinerary for Thursday the 26th. Your room at the Brennard Inn
(on campus, 1 Chapel Road) is reserved for Wednesday night, and I'll leave a parking pass at the front desk.
Please let me know if anything needs to change.

ITINERARY - JORDAN LEE
Candidate, Assistant Professor of Sociology (tenure track)
Thursday, March 26, 2026

8:15 - 9:00 AM      Breakfast with Professor Alan Greaves, Search Chair (Brennard Inn dining room)
9:15 - 10:00 AM     Professor Dolores Vickery (Eckhart Hall 212)
10:00 - 10:45 AM    Dean of the Faculty, Dr. Marisol Tan (Mather House, 2nd floor)
11:00 - 11:50 AM    Teaching demonstration: SOC 210 Social Inequality, approx. 35 students (Eckhart 101)
12:00 - 1:00 PM     Lunch with sociology majors (Commons, Alumni Room)
1:15 - 2:00 PM      Professor Kwame Asante (Eckhart 208)
2:00 - 2:45 PM      Benefits overview with Tricia Lowell, Human Resources (Mather House 110)
3:00 - 4:00 PM      Research presentation, open to the campus (Eckhart 305)
4:15 - 5:00 PM      Closing conversation with the search committee (Eckhart 212)

5:30 PM             Professor Greaves will drive you to the airport (your flight is at 6:40 PM)

Best regards,
Gail

Gail Pomeroy
Academic Department Coordinator
Department of Sociology & Anthropology
Brennard College
Eckhart Hall 200 | 555-014-7720
""",
    interview=True,
    start=at(3, 26, 8, 15),
    end=at(3, 26, 17, 0),
    interviewers=[p("Gail Pomeroy", "gpomeroy@brennard.edu"), p("Alan Greaves", None), p("Dolores Vickery", None),
                  p("Marisol Tan", None), p("Kwame Asante", None)],
    company="Brennard College",
    role="Assistant Professor of Sociology",
    category="itinerary",
    notes="itinerary sent by the department coordinator, who is not on it (listed as the arranger since no one named has an address); 'Thursday the 26th' in the text; visit 8:15 breakfast to the 5:00 end of the committee wrap-up; the HR benefits overview and the airport drive at 5:30 are not interview sessions, the 6:40 flight is a trap",
)

add(
    "y03.eml",
    sender="Katrin Vogelsang <k.vogelsang@oim-kiel.de>",
    to=LUKAS,
    subject="Re: Bewerbung Postdoc Benthosökologie / application",
    sent=atz("Europe/Berlin", 3, 17, 8, 30),
    cte=QP,
    headers={"User-Agent": "Mozilla Thunderbird"},
    body="""
Dear Lukas,

great, Thursday 3pm CET then. Tobias Reimer (senior postdoc in the group) will join us.

Zoom: https://oim-kiel.zoom.us/j/6402218835  (Kenncode/passcode 7731)

Let's plan 45 minutes.

Best wishes,
Katrin

Am 16.03.26 um 23:05 schrieb Lukas Brenner:
> Dear Prof. Vogelsang,
>
> thank you very much for your quick reply. Thursday works well for me.
>
> Best regards,
> Lukas Brenner
>
> On 16.03.2026 10:41, Katrin Vogelsang wrote:
>> Dear Mr. Brenner,
>>
>> thank you for your application for the postdoc position (benthic ecology, 3 years, TV-L E13).
>> I enjoyed reading your chapter on sediment respiration. Can we Zoom Thursday 3pm CET?
>>
>> Best,
>> Katrin Vogelsang
>>
>> -- 
>> Prof. Dr. Katrin Vogelsang
>> AG Benthische Ökologie
>> Ostsee-Institut für Meeresökologie (OIM)
>> Düsternbrooker Weg 40, 24105 Kiel
>> +49 431 600-1442
""",
    interview=True,
    start=at(3, 19, 10, 0),
    end=at(3, 19, 10, 45),
    interviewers=[p("Katrin Vogelsang", "k.vogelsang@oim-kiel.de"), p("Tobias Reimer", None)],
    company="Ostsee-Institut für Meeresökologie",
    role="Postdoc, benthic ecology",
    category="pi-europe",
    notes="'Can we Zoom Thursday 3pm CET?' confirmed in a German Thunderbird top-post; Thursday = 19 March, when Germany is still on CET but New York is already on EDT, so 15:00 CET = 10:00 EDT (five hours, not six); Date header is +0100; quoted-printable",
)

add(
    "y04.eml",
    sender="Gunnar Eide <gunnar@ironwood-sf.org>",
    to=MARCUS,
    cc="Priscila Amaral <priscila@ironwood-sf.org>, Ted Kowal <tkowal@ironwood-sf.org>",
    subject="Infrastructure engineer: interview",
    sent=atz("Europe/Oslo", 3, 30, 20, 2),
    body="""
Hi Marcus,

Thanks for applying for the infrastructure engineer role (contract,
30 h/week). We read everything that came in over the weekend and we'd
like to talk to you.

We've put you down for Thursday, April 2, 15:00 UTC (11:00 in New
York), 60 minutes, on our Jitsi:

    https://meet.ironwood-sf.org/infra-interview

It'll be me plus two board members, Priscila Amaral and Ted Kowal, both
on Cc. No whiteboard puzzles: we'll walk through how you would take over
the build farm (six machines, 2 arm64, and a Buildbot master that
predates most of us), and then the last 15 minutes are yours.

If the slot doesn't work, reply-all and we'll find another.

-- 
Gunnar Eide
Executive Director, Ironwood Software Foundation
https://ironwood-sf.org | Matrix: @gunnar:ironwood-sf.org
""",
    interview=True,
    start=at(4, 2, 11, 0),
    end=at(4, 2, 12, 0),
    interviewers=[p("Gunnar Eide", "gunnar@ironwood-sf.org"), p("Priscila Amaral", "priscila@ironwood-sf.org"),
                  p("Ted Kowal", "tkowal@ironwood-sf.org")],
    company="Ironwood Software Foundation",
    role="Infrastructure engineer",
    category="foundation-plain",
    notes="open-source foundation, plain text hard-wrapped at 72 with a '-- ' signature; '15:00 UTC (11:00 in New York)'; both board members in Cc; Date header is +0200 (Oslo)",
)

add(
    "y05.eml",
    sender="Lupe Arrieta <lupe@northgatetenants.org>",
    to=LUKAS,
    subject="Re: Community Organizer application",
    sent=at(4, 10, 17, 45),
    body="""
Hi Lukas,

Thanks for getting back to me so fast. Tuesday evening works on our end too. I'll call you at 6:15 (our
staff meeting ends at 6) on the number on your resume. Deshawn Porter from our board will be on the line
too. Plan on about 30 minutes.

In solidarity,
Lupe

-- 
Lupe Arrieta, Lead Organizer
Northgate Tenants' Alliance
"Housing is a human right"
1419 Garland Ave, Rm 3 -- tenant clinic Mon/Wed 5-8 pm

On Fri, Apr 10, 2026 at 2:31 PM Lukas Brenner <lukas.brenner@posteo.de> wrote:
> Dear Lupe,
>
> Thank you for considering me for the organizer position. I'm free Tuesday or Wednesday evening after
> 5:30, any time that suits you.
>
> Best,
> Lukas
""",
    interview=True,
    start=at(4, 14, 18, 15),
    end=at(4, 14, 18, 45),
    interviewers=[p("Lupe Arrieta", "lupe@northgatetenants.org"), p("Deshawn Porter", None)],
    company="Northgate Tenants' Alliance",
    role="Community Organizer",
    category="nonprofit-plain",
    notes="'Tuesday evening' + 'at 6:15' = Tuesday 14 April 18:15; the staff meeting 'ends at 6' and the clinic hours 5-8 pm in the signature are traps; name-only board member",
)

add(
    "y06.eml",
    sender="geo-jobs-request@lists.opentrail.org",
    to="geo-jobs@lists.opentrail.org",
    subject="geo-jobs Digest, Vol 12, Issue 9",
    sent=atz("UTC", 4, 18, 10, 0),
    cte=QP,
    headers={"List-Id": "OpenTrail job postings <geo-jobs.lists.opentrail.org>",
             "Reply-To": "geo-jobs@lists.opentrail.org"},
    body="""
Send geo-jobs mailing list submissions to
	geo-jobs@lists.opentrail.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.opentrail.org/mailman/listinfo/geo-jobs
or, via email, send a message with subject or body 'help' to
	geo-jobs-request@lists.opentrail.org

You can reach the person managing the list at
	geo-jobs-owner@lists.opentrail.org

When replying, please edit your Subject line so it is more specific
than "Re: Contents of geo-jobs digest..."


Today's Topics:

   1. Re: [JOB] Backend developer, tile server (remote) (Ines Carvalho)
   2. Mapathon in Portland, Saturday 11:00-15:00 (Rob Tiernan)
   3. Re: [JOB] Backend developer, tile server (remote) (Lukas Brenner)
   4. [JOB] GIS intern, summer 2026 (Hendrik Bos)


----------------------------------------------------------------------

Message: 1
Date: Fri, 17 Apr 2026 14:31:07 +0000
From: Ines Carvalho <ines@opentrail.org>
To: geo-jobs@lists.opentrail.org
Subject: Re: [JOB] Backend developer, tile server (remote)
Message-ID: <b1c0e2a4-77f1-4f0e-9a0c-opentrail-ines@opentrail.org>
Content-Type: text/plain; charset="utf-8"

Hi Lukas,

thanks for your application, the vector tile work on your GitHub is
exactly what we need. Could we do a video call on Wednesday, April 22
at 16:00 UTC? About an hour; Dario Ferri, our tech lead, will join me.
I'll send a Jitsi link once you confirm.

Ines

-- 
Ines Carvalho
Operations, OpenTrail Mapping Collective


------------------------------

Message: 2
Date: Fri, 17 Apr 2026 15:02:44 -0700
From: Rob Tiernan <rob@tiernan.me>
To: geo-jobs@lists.opentrail.org
Subject: Mapathon in Portland, Saturday 11:00-15:00
Message-ID: <20260417220244.GA3312@tiernan.me>
Content-Type: text/plain; charset="us-ascii"

Not a job, but: we're mapping sidewalks for the city's accessibility
survey on Saturday, April 25, 11:00-15:00 at the Belmont branch
library. Pizza at 1. Laptops helpful, not required.

Rob


------------------------------

Message: 3
Date: Fri, 17 Apr 2026 19:48:12 -0400
From: Lukas Brenner <lukas.brenner@posteo.de>
To: geo-jobs@lists.opentrail.org
Subject: Re: [JOB] Backend developer, tile server (remote)
Message-ID: <7e1f0c0a-lb-2026@posteo.de>
Content-Type: text/plain; charset="utf-8"

Hi Ines,

Wednesday at 16:00 UTC works for me, thank you. Looking forward to
talking with you and Dario.

(Sorry, everyone: this list sets Reply-To to itself, so Ines's reply
and now mine went to all of you.)

Lukas

On 17.04.2026 10:31, Ines Carvalho wrote:
> Could we do a video call on Wednesday, April 22 at 16:00 UTC?


------------------------------

Message: 4
Date: Sat, 18 Apr 2026 09:12:30 +0200
From: Hendrik Bos <h.bos@kaartwerk.nl>
To: geo-jobs@lists.opentrail.org
Subject: [JOB] GIS intern, summer 2026
Message-ID: <a99e1c2f-kaartwerk@kaartwerk.nl>
Content-Type: text/plain; charset="utf-8"

Kaartwerk (Utrecht) is looking for a GIS intern for June-August,
32 h/week, paid. Send a CV and one map you're proud of to
jobs@kaartwerk.nl before May 8. Interviews will be held the week of
May 11.


------------------------------

Subject: Digest Footer

_______________________________________________
geo-jobs mailing list
geo-jobs@lists.opentrail.org
https://lists.opentrail.org/mailman/listinfo/geo-jobs


------------------------------

End of geo-jobs Digest, Vol 12, Issue 9
***************************************
""",
    interview=True,
    start=at(4, 22, 12, 0),
    end=at(4, 22, 13, 0),
    interviewers=[p("Ines Carvalho", "ines@opentrail.org"), p("Dario Ferri", None)],
    company="OpenTrail Mapping Collective",
    role="Backend developer, tile server",
    category="list-digest",
    notes="Mailman plain-text digest (To: the list, the user only appears inside): message 1 proposes Wed 22 April 16:00 UTC, message 3 is the user's own acceptance; 16:00 UTC = 12:00 EDT; a mapathon time and another posting's interview week are traps; quoted-printable",
)

add(
    "y07.eml",
    sender="Kenji Arai <kenji@arai.name>",
    to=SOFIA,
    subject="Fwd: held for moderation on bioinfo-careers: Re: [Position] Bioinformatics Analyst II, Larchmont",
    sent=at(3, 18, 7, 50),
    headers={"User-Agent": "NeoMutt/20250113"},
    body="""
Hi Sofia,

This landed in the bioinfo-careers moderation queue last night (non-member post). It is clearly meant for
you and not for 2,400 subscribers, so I've discarded it from the queue and I'm passing it along to you
directly instead. Good luck!

Kenji (list moderator)

----- Forwarded message from Michelle Tang <mtang@larchmontmed.org> -----

> Date: Tue, 17 Mar 2026 16:12:40 -0400
> From: Michelle Tang <mtang@larchmontmed.org>
> To: bioinfo-careers@lists.bioinfo-careers.org
> Subject: Re: [Position] Bioinformatics Analyst II, Larchmont
>
> Dear Sofia,
>
> Thank you for your interest in the Bioinformatics Analyst II position with the Genomics Core at
> Larchmont University Medical Center. I am pleased to confirm your virtual interview:
>
> Tuesday, March 24, 2026
> 1:30 pm - 2:30 pm Eastern
> Microsoft Teams (link to follow in a separate calendar invitation)
>
> You will meet with Dr. Farah Qureshi, Director of the Genomics Core, and Ben Adler, Lead Analyst.
>
> Kind regards,
> Michelle Tang
> Talent Acquisition Coordinator
> Larchmont University Medical Center

----- End forwarded message -----

-- 
Kenji Arai
bioinfo-careers moderator (volunteer)
""",
    interview=True,
    start=at(3, 24, 13, 30),
    end=at(3, 24, 14, 30),
    interviewers=[p("Farah Qureshi", None), p("Ben Adler", None), p("Michelle Tang", "mtang@larchmontmed.org")],
    company="Larchmont University Medical Center",
    role="Bioinformatics Analyst II",
    category="moderator-repost",
    notes="a list moderator reposts a held message to the user, the whole original quoted with '> ' including its header lines; the moderator is not an interviewer; name-only interviewers plus the coordinator who arranged it",
)

add(
    "y08.eml",
    sender="Andrei Volkov <avolkov@hollowbrook.org>",
    to=CAMILLE,
    cc="Mireille Fontaine <mfontaine@hollowbrook.org>",
    subject="Re: Security engineer - next step",
    sent=at(4, 22, 13, 5),
    body="""
-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA512

Hi Camille,

Confirming: Monday, April 27, 9:30 to 11:00 Eastern (15:30-17:00 CEST
for Mireille, who joins from Lyon). Same Jitsi room as the screening
call:

  https://meet.hollowbrook.org/sec-eng-2026

The first hour is a code review exercise (a ~300-line C patch to our
keyring daemon, which I'll send you at 9:30 sharp); the last half hour
is yours for questions. Mireille Fontaine (Cc) runs our audits and will
do most of the talking.

If you want to encrypt anything to us, my key is on the website and
the fingerprint is below.

Andrei

On Tue, Apr 21, 2026 at 20:14, Camille Dubois wrote:
> Monday morning works best for me, any time after 9.

- -- 
Andrei Volkov | Security Lead, Hollowbrook Privacy Foundation
OpenPGP: 7A1C 44E0 9B2D 51F3 0C6E  8E12 D4A9 3F70 B5C1 28E6
-----BEGIN PGP SIGNATURE-----

iQIzBAEBCgAdFiEEehxE4JstUfMMbo4S1Kk/cLXBKOYFAmnpGqcACgkQ1Kk/cLXB
KOZ3Rg/+Ljq2w8vD0mP1Qe7xK4sZ9bNwT3aHf0yVq2cRl8uE5pJmGd1oXkB7sWnA
2fLr9QeYh0Zt6CkM3vPb8NqUuIa4ExJdHs5RgO1wVy7TmKcFe2LpBnZ9AjDiXq3S
rW8eVt0GkMyH4NqPbJs2LfCa6UxEo1Rz7IgTd5Ym9KvOhQnBe3WpAjS8FcXu0LkDt
=k3Zq
-----END PGP SIGNATURE-----
""",
    interview=True,
    start=at(4, 27, 9, 30),
    end=at(4, 27, 11, 0),
    interviewers=[p("Andrei Volkov", "avolkov@hollowbrook.org"), p("Mireille Fontaine", "mfontaine@hollowbrook.org")],
    company="Hollowbrook Privacy Foundation",
    role="Security engineer",
    category="pgp-signed",
    notes="clearsigned body (BEGIN PGP SIGNED MESSAGE / Hash / signature block), the signature line dash-escaped as '- -- '; Eastern time given with the CEST equivalent; the exercise sent 'at 9:30 sharp' is the start",
)

add(
    "y09.eml",
    sender="Tessa Lindqvist <tessa@pelicandata.org>",
    to="community@lists.pelicandata.org",
    cc=JORDAN,
    subject="Re: [community] Job posting: Community Manager (remote, US)",
    sent=at(4, 6, 10, 22),
    headers={"List-Id": "Pelican Data Commons community <community.lists.pelicandata.org>",
             "List-Post": "<mailto:community@lists.pelicandata.org>",
             "List-Unsubscribe": "<mailto:community-leave@lists.pelicandata.org>"},
    body="""
Hi Jordan,

Thanks for sending times. Let's do Friday, April 10 at 2:00 pm Eastern, 45 minutes on Zoom; I'll send the
link Friday morning. Ama Boateng, our executive director, will join for the last 15 minutes.

Tessa

--
Tessa Lindqvist
Community Lead, Pelican Data Commons

On Sat, Apr 4, 2026 at 9:10 PM Jordan Lee <jordan.lee@fastmail.com> wrote:
> Hi Tessa,
>
> Thank you for reaching out. For a first conversation I'm free Thursday after 1 pm or any time Friday.
>
> Best,
> Jordan
>
> On Fri, Apr 3, 2026 at 4:48 PM Tessa Lindqvist <tessa@pelicandata.org> wrote:
>> Hi Jordan, thanks for applying to the Community Manager role! Do you have time next week for a
>> 45-minute video call? Send me a few times that work.
>>
>> Tessa
_______________________________________________
community mailing list -- community@lists.pelicandata.org
To unsubscribe send an email to community-leave@lists.pelicandata.org
""",
    interview=True,
    start=at(4, 10, 14, 0),
    end=at(4, 10, 14, 45),
    interviewers=[p("Tessa Lindqvist", "tessa@pelicandata.org"), p("Ama Boateng", None)],
    company="Pelican Data Commons",
    role="Community Manager",
    category="mailman-footer",
    notes="a private confirmation sent to the public list by mistake (To: the list, the user in Cc), '[community]' subject tag and a Mailman 3 footer; the ED joins for the last 15 minutes of the 45",
)

add(
    "y10.eml",
    sender="Mark Delacroix <mdelacroix@lakemont.edu>",
    to=SOFIA,
    subject="Re: Research Computing Facilitator - interview times",
    sent=at(4, 9, 16, 5),
    body="""
Great, we'll see you Wednesday at 1:30 then. We're in the basement of Hollis Library, room B-12; ask at the
circulation desk and someone will walk you down.

Mark

On Thu, Apr 9, 2026 at 11:47 AM Sofia Castellanos <sofia.castellanos@proton.me> wrote:

> Dear Mark,
>
> Thank you! Wednesday at 1:30 would be ideal.
>
> Best regards,
> Sofia
>
> On Wednesday, April 8th, 2026 at 3:15 PM, Mark Delacroix <mdelacroix@lakemont.edu> wrote:
>
>> Dear Sofia,
>>
>> The search committee for the Research Computing Facilitator position would like to invite you for an
>> in-person interview. The panel is me, Gina Rossetti from the HPC team and Paul Ng from Research IT,
>> and it is scheduled for 75 minutes. Could you do one of:
>>
>> Tue 4/14 at 10:00
>> Wed 4/15 at 1:30
>> Thu 4/16 at 3:00
>>
>> Mark Delacroix
>> Associate Director, Office of Research Computing
>> Lakemont University
""",
    interview=True,
    start=at(4, 15, 13, 30),
    end=at(4, 15, 14, 45),
    interviewers=[p("Mark Delacroix", "mdelacroix@lakemont.edu"), p("Gina Rossetti", None), p("Paul Ng", None)],
    company="Lakemont University",
    role="Research Computing Facilitator",
    category="top-quoting",
    notes="top-post over a Gmail/Proton thread; the chosen slot (Wed 4/15 1:30) and the 75-minute length are only in the quotes; the other two options are not chosen",
)

add(
    "y11.eml",
    sender="Beatrix Holm <bholm@hartwellmuseum.org>",
    to=CAMILLE,
    subject="Re: Collections Assistant interview",
    sent=at(4, 16, 13, 30),
    body="""
On Thu, Apr 16, 2026 at 9:02 AM Camille Dubois <camille.dubois@icloud.com> wrote:
> Dear Ms. Holm,
>
> Yes, Monday at 11 works for me. Is there parking near the museum, or should
> I take the bus?
>
> Thank you,
> Camille
>
>> On Apr 15, 2026, at 4:40 PM, Beatrix Holm <bholm@hartwellmuseum.org> wrote:
>>
>> Dear Camille,
>>
>> Thank you for applying for the Collections Assistant position. Could you come
>> in on Monday, April 20 at 11:00? It will be about an hour, with me and our
>> registrar, Lionel Fabre, and a short walk through the storage rooms.
>>
>> Beatrix Holm
>> Collections Manager, Hartwell Museum of Natural History

There's a visitor spot behind the staff entrance on Orchard Street; tell the
guard you're here for me. The 14 bus stops right out front too.

See you Monday,
Beatrix
""",
    interview=True,
    start=at(4, 20, 11, 0),
    end=at(4, 20, 12, 0),
    interviewers=[p("Beatrix Holm", "bholm@hartwellmuseum.org"), p("Lionel Fabre", None)],
    company="Hartwell Museum of Natural History",
    role="Collections Assistant",
    category="bottom-quoting",
    notes="reply written under the quotes; the date, time, length and registrar are in the deepest quote, the new text only answers the parking question",
)

add(
    "y12.eml",
    sender="Walter Brisk <brisk@math.ostvale.edu>",
    to=MARCUS,
    subject="Re: Visiting position",
    sent=at(3, 10, 7, 58),
    headers={"User-Agent": "Alpine 2.26 (DEB 649 2022-06-02)"},
    body="""
Marcus,

Tuesday at 2 is fine. My office is Keller 318. Plan on an hour; Sylvia Orr
from the hiring committee will sit in. Bring nothing.

W. Brisk

On Mon, 9 Mar 2026, Marcus Oyelaran wrote:

> Dear Professor Brisk,
>
> Thank you for your note about the Visiting Assistant Professor position at
> the University of Ostvale. I will be in town for the sectional meeting next
> week and could come by Tuesday, March 17 after 1 pm, or Wednesday morning.
>
> Best regards,
> Marcus Oyelaran
""",
    interview=True,
    start=at(3, 17, 14, 0),
    end=at(3, 17, 15, 0),
    interviewers=[p("Walter Brisk", "brisk@math.ostvale.edu"), p("Sylvia Orr", None)],
    company="University of Ostvale",
    role="Visiting Assistant Professor",
    category="pine-attribution",
    notes="Alpine/pine 'On Mon, 9 Mar 2026, X wrote:' with no address; 'Tuesday at 2' resolved from the user's quoted 'Tuesday, March 17'; company only in the user's quote",
)

add(
    "y13.eml",
    sender="Ilse Marwick <ilse.marwick@brookfield.ac.uk>",
    to=PRIYA,
    subject="Re: RSE post - interview",
    sent=atz("Europe/London", 3, 21, 11, 10),
    cte=QP,
    headers={"User-Agent": "Mutt/2.2.13 (2024-03-09)"},
    body="""
Hi Priya,

* Priya Natarajan <priya.n@gmail.com> [2026-03-20 14:22]:
> Thursday the 26th would be best for me, any time after 11am my time.

Then let's say Thursday the 26th at 16:00 UK time. Panel is me, Rhys
Penhallow and Dr Aditi Rao; 45 minutes of questions, then 15 for yours.
Teams link to follow from our HR system (it will come from a no-reply
address, don't bin it).

> Should I prepare anything?

A 10-minute overview of one piece of software you've maintained. Slides
optional, honesty about the ugly bits encouraged.

Cheers,
Ilse

-- 
Dr Ilse Marwick | Research Software Group
School of Computing, University of Brookfield
""",
    interview=True,
    start=at(3, 26, 12, 0),
    end=at(3, 26, 13, 0),
    interviewers=[p("Ilse Marwick", "ilse.marwick@brookfield.ac.uk"), p("Rhys Penhallow", None), p("Aditi Rao", None)],
    company="University of Brookfield",
    role="Research Software Engineer",
    category="mutt-attribution",
    notes="mutt '* X <x@y> [2026-03-20 14:22]:' inline reply; '16:00 UK time' on Thursday 26 March, before the UK changes clocks (29 March) but after the US did: 16:00 GMT = 12:00 EDT; 45 + 15 minutes; Date header +0000; quoted-printable",
)

add(
    "y14.eml",
    sender="Hélène Kervella <helene.kervella@leco-rivebelle.fr>",
    to=CAMILLE,
    subject="Re: Candidature post-doctorale - entretien",
    sent=atz("Europe/Paris", 4, 1, 10, 20),
    cte=QP,
    body="""
Dear Camille,

Thank you for your quick answer. C'est noté : Tuesday 7 April at 15h00 (Paris time), by visio. The link:
https://visio.univ-rivebelle.fr/b/hel-k7m-2qx

We will be three: myself, Dr. Yann Le Goff, and Sandrine Morel, our lab manager. Count one hour:
20 minutes for you to present your thesis work, then questions.

Bien cordialement,
Hélène

-- 
Hélène Kervella
Directrice de recherche, Laboratoire d'Écologie Côtière (LECO)
Université de Rivebelle
+33 2 98 00 14 52

Le mar. 31 mars 2026 à 22:17, Camille Dubois <camille.dubois@icloud.com> a écrit :
> Dear Dr. Kervella,
>
> Thank you for the invitation. Tuesday 7 April in the afternoon (your time) would suit me best;
> Thursday is also possible.
>
> Best regards,
> Camille
""",
    interview=True,
    start=at(4, 7, 9, 0),
    end=at(4, 7, 10, 0),
    interviewers=[p("Hélène Kervella", "helene.kervella@leco-rivebelle.fr"), p("Yann Le Goff", None),
                  p("Sandrine Morel", None)],
    company="Université de Rivebelle",
    role="Postdoctoral researcher",
    category="time-format",
    notes="'15h00 (Paris time)' on 7 April (CEST) = 09:00 EDT; French Gmail attribution 'Le mar. 31 mars 2026 à 22:17, ... a écrit :'; the lab (LECO) is part of the university, labelled as the university; quoted-printable",
)

add(
    "y15.eml",
    sender="Naledi Mokoena <naledi@kgotladata.org>",
    to=MARCUS,
    subject="Programme Lead - final interview",
    sent=atz("Africa/Johannesburg", 4, 17, 9, 30),
    body="""
Dear Marcus,

Thank you for your patience while we worked through the shortlist. We would like to invite you to a final
interview on Thursday, April 23, at 3pm your time / 9pm ours (sorry for the late hour on our side: our
chairperson, Thabo Sithole, is only free in the evenings this month). It should take an hour at most.

Google Meet: https://meet.google.com/kgo-prlq-tmx

Please reply to confirm.

Warm regards,
Naledi

Naledi Mokoena
Operations Manager | Kgotla Open Data Institute
3rd floor, 71 Albert Road, Woodstock, Cape Town 7925
+27 21 000 4418
""",
    interview=True,
    start=at(4, 23, 15, 0),
    end=at(4, 23, 16, 0),
    interviewers=[p("Naledi Mokoena", "naledi@kgotladata.org"), p("Thabo Sithole", None)],
    company="Kgotla Open Data Institute",
    role="Programme Lead",
    category="time-format",
    notes="'3pm your time / 9pm ours' (Cape Town, UTC+2) = 15:00 EDT; 'an hour at most' taken as the length; Date header +0200",
)

add(
    "y16.eml",
    sender="Ellie Brandvold <ellie@cascadiawatershed.org>",
    to=PRIYA,
    subject="Re: Grants & Development Associate",
    sent=atz("America/Los_Angeles", 4, 28, 9, 10),
    body="""
Hi Priya,

Monday, May 4 at 10 (Pacific) is perfect. I'll send a Zoom link the day before. Our board treasurer,
Hal Sorensen, will sit in; we'll keep it to 30 minutes.

Ellie

Ellie Brandvold (she/her)
Executive Director
Cascadia Watershed Council
PO Box 2210, Olympia WA 98507

On Mon, Apr 27, 2026 at 3:40 PM Priya Natarajan <priya.n@gmail.com> wrote:
> Hi Ellie,
>
> Thank you so much for the invitation! Monday morning your time works well for me, for example 10 or 11.
>
> Priya
""",
    interview=True,
    start=at(5, 4, 13, 0),
    end=at(5, 4, 13, 30),
    interviewers=[p("Ellie Brandvold", "ellie@cascadiawatershed.org"), p("Hal Sorensen", None)],
    company="Cascadia Watershed Council",
    role="Grants & Development Associate",
    category="time-format",
    notes="'at 10 (Pacific)' = 13:00 EDT; Date header -0700; quoted attribution time is in the sender's zone",
)

add(
    "y17.eml",
    sender="Kip Amundsen <kip@opencivictools.org>",
    to=SOFIA,
    cc="Rosa Delgado <rosa@opencivictools.org>",
    subject="Interview Friday noon ET",
    sent=atz("America/Chicago", 5, 4, 9, 15),
    body="""
Sofia,

Booking it: Friday, May 8 at noon ET (11 for me in Chicago), 45 min, here:
https://meet.opencivictools.org/hiring-se2

Rosa (cc) leads our engineering team and will run the technical half. We'll
look at the PR you sent to the permits-api repo, so have it open.

-- 
Kip Amundsen
Executive Director, Open Civic Tools Alliance
""",
    interview=True,
    start=at(5, 8, 12, 0),
    end=at(5, 8, 12, 45),
    interviewers=[p("Kip Amundsen", "kip@opencivictools.org"), p("Rosa Delgado", "rosa@opencivictools.org")],
    company="Open Civic Tools Alliance",
    role=None,
    category="time-format",
    notes="'noon ET' with the sender's own local time beside it ('11 for me in Chicago'); Date header -0500; the role is never named",
)

add(
    "y18.eml",
    sender="Oren Galvez <ogalvez@whitlock.edu>",
    to=JORDAN,
    subject="Re: Fwd: Population Studies seminar Thursday",
    sent=at(4, 13, 10, 40),
    body="""
Hi Jordan,

Great that you're coming. Let's talk after the seminar then; it always ends right at 4:30. Come find me at
the front of the room and we'll walk over to my office (Ames 312). Yusuf Kaya, the senior postdoc you'd be
working with day to day, will join us. Half an hour or so should do it.

Oren

On Sun, Apr 12, 2026 at 8:03 PM Jordan Lee <jordan.lee@fastmail.com> wrote:
> Dear Dr. Galvez,
>
> Thank you for forwarding this. I'm planning to attend on Thursday, and I'd be glad to talk about the
> postdoctoral position afterwards if you have time.
>
> Best,
> Jordan
>
> On Fri, Apr 10, 2026 at 2:15 PM Oren Galvez <ogalvez@whitlock.edu> wrote:
>> Jordan, since you're local, this might interest you, and we could talk about the postdoc in my group
>> afterwards.
>>
>> ---------- Forwarded message ---------
>> From: Center for Population Studies <cps-events@whitlock.edu>
>> Date: Fri, Apr 10, 2026 at 9:00 AM
>> Subject: Population Studies seminar Thursday
>>
>> CPS SEMINAR SERIES
>> Thursday, April 16, 3:30-4:30 pm, Ames Hall 140
>> Dr. Lina Petrakis (Harmon Institute): "Migration, kin networks and care in later life"
>> Coffee at 3:15 in the atrium.
>>
>> Center for Population Studies, Whitlock University
""",
    interview=True,
    start=at(4, 16, 16, 30),
    end=at(4, 16, 17, 0),
    interviewers=[p("Oren Galvez", "ogalvez@whitlock.edu"), p("Yusuf Kaya", None)],
    company="Whitlock University",
    role="Postdoctoral position",
    category="after-the-seminar",
    notes="'after the seminar' + 'it always ends right at 4:30' with the seminar announcement (3:30-4:30, coffee 3:15) quoted two levels down; the seminar times are traps; 'half an hour or so' taken as the length",
)

add(
    "y19.eml",
    sender="Dolores Ferrante <dferrante@millbrookarts.org>",
    to=CAMILLE,
    subject="Re: Wednesday April 29?",
    sent=at(4, 24, 14, 20),
    body="""
10:30 then. Come to the office on the second floor of the Grange building, the door by the loading dock
(the front door is locked until noon).

Dolores

-----
Dolores Ferrante
Executive Director, Millbrook Arts Council

On Fri, Apr 24, 2026 at 11:02 AM Camille Dubois <camille.dubois@icloud.com> wrote:
> Hi Dolores,
> Thanks for the invitation to interview for the program coordinator job. Wednesday works, any time
> before 1.
> Camille
""",
    interview=True,
    start=at(4, 29, 10, 30),
    interviewers=[p("Dolores Ferrante", "dferrante@millbrookarts.org")],
    company="Millbrook Arts Council",
    role="Program Coordinator",
    category="day-in-subject",
    notes="the day is only in the subject ('Wednesday April 29?'), the hour only in the body ('10:30 then'); 'before 1' and 'until noon' are traps; no length",
)

add(
    "y20.eml",
    sender="Bonnie Aldridge <baldridge@kessler.edu>",
    to=MARCUS,
    subject="RE: Interview - Assistant Director of Admissions (rescheduled)",
    sent=at(4, 17, 11, 0),
    body="""
Good morning Marcus,

I'm sorry to do this, but Dean Ashworth has been called for jury duty on Tuesday. We've moved your
interview to Thursday, April 23 at 2:00 pm, same place and same panel. Everything else in my earlier note
still stands. If Thursday is a problem, call me at 555-013-8802 and we'll work something out.

Bonnie

Bonnie Aldridge
Office Manager, Office of Admission
Kessler College

From: Bonnie Aldridge
Sent: Monday, April 13, 2026 9:35 AM
To: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Subject: Interview - Assistant Director of Admissions

Dear Marcus,

Thank you for your interest in the Assistant Director of Admissions position at Kessler College. Your
interview is scheduled for Tuesday, April 21 at 10:00 am in the Admissions conference room, Founders Hall
(first floor). The panel will be Dean Robert Ashworth, Associate Director Kim Tran-Ellis, and one of our
student tour guides. Please plan for 90 minutes, including a short campus tour.
""",
    interview=True,
    start=at(4, 23, 14, 0),
    end=at(4, 23, 15, 30),
    interviewers=[p("Robert Ashworth", None), p("Kim Tran-Ellis", None), p("Bonnie Aldridge", "baldridge@kessler.edu")],
    company="Kessler College",
    role="Assistant Director of Admissions",
    category="reschedule",
    notes="a later message moves Tuesday 21 April 10:00 to Thursday 23 April 2:00 pm; the 90 minutes and the panel are carried over from the quoted original; Outlook block without '>'; name-only panel plus the office manager who arranged it",
)

add(
    "y21.eml",
    sender="Nate Calder <ncalder@frontrange-iar.org>",
    to=PRIYA,
    subject="Re: postdoc - chat?",
    sent=atz("America/Denver", 3, 25, 14, 52),
    body="""
sounds good, talk then. I'll call your cell.

Nate

On Wed, Mar 25, 2026 at 11:30 AM Priya Natarajan <priya.n@gmail.com> wrote:
> Hi Nate,
>
> Thanks so much for getting back to me. Would Friday 3/27 at 11 ET work for a call? If not, I'm free
> most of Monday.
>
> Priya
>
> On Tue, Mar 24, 2026 at 5:05 PM Nate Calder <ncalder@frontrange-iar.org> wrote:
>> Hi Priya, got your application for the aerosol postdoc. I'd like a quick call before I bring you in
>> to talk to the group. Send me a time that works this week or early next?
>> --
>> Nate Calder, Research Scientist
>> Front Range Institute for Atmospheric Research
""",
    interview=True,
    start=at(3, 27, 11, 0),
    interviewers=[p("Nate Calder", "ncalder@frontrange-iar.org")],
    company="Front Range Institute for Atmospheric Research",
    role="Postdoc (aerosols)",
    category="own-proposal-confirmed",
    notes="'sounds good, talk then' confirms the user's own first proposal (Friday 3/27 at 11 ET), not the Monday fallback; the sender is in Mountain time (quoted attribution times are his); no length",
)

add(
    "y22.eml",
    sender="Felicity Nwosu <fnwosu@marlowcc.edu>",
    to=SOFIA,
    cc="Grant Whitley <gwhitley@marlowcc.edu>, Ana Sofía Pereira <apereira@marlowcc.edu>, Howard Lim <hlim@marlowcc.edu>",
    subject="Writing Center Director search - first-round interview",
    sent=at(2, 24, 15, 30),
    cte=QP,
    body="""
Dear Sofia,

On behalf of the search committee, thank you for your application for Director of the Writing Center at
Marlow Community College. We would like to invite you to a first-round video interview on Tuesday,
March 3, 11:00-11:30 am Eastern, on Zoom:

https://marlowcc.zoom.us/j/91130022871

I've copied the committee so you have everyone's address: Grant Whitley (English), Ana Sofía Pereira
(ESL), and Howard Lim (Library). All candidates are asked the same eight questions; there will be five
minutes at the end for yours.

Please reply to let us know you can make it.

With best wishes,
Felicity

Felicity Nwosu, Ph.D.
Dean of Humanities and Chair, Writing Center Director Search Committee
Marlow Community College
""",
    interview=True,
    start=at(3, 3, 11, 0),
    end=at(3, 3, 11, 30),
    interviewers=[p("Felicity Nwosu", "fnwosu@marlowcc.edu"), p("Grant Whitley", "gwhitley@marlowcc.edu"),
                  p("Ana Sofía Pereira", "apereira@marlowcc.edu"), p("Howard Lim", "hlim@marlowcc.edu")],
    company="Marlow Community College",
    role="Director of the Writing Center",
    category="committee-cc",
    notes="'I've copied the committee': chair plus three Cc'd members, all with addresses; 3 March is before DST (offset -05:00); quoted-printable (non-ASCII name)",
)

add(
    "y23.eml",
    sender="Rhonda Gaines <rgaines@holliscounty.gov>",
    to=JORDAN,
    subject="Oral Board - Management Analyst I (Exam #26-114)",
    sent=at(4, 30, 15, 12),
    body="""
Mr. Lee,

Our document system is down so I am pasting your notice below. A copy will also go out by mail. Please
reply to confirm you will attend.

Rhonda Gaines
Personnel Technician
Hollis County Department of Human Resources
(555) 016-2040

                              HOLLIS COUNTY
                     DEPARTMENT OF HUMAN RESOURCES
                        CIVIL SERVICE DIVISION
                    44 Court Street, Room 210

                                                        April 30, 2026

                      NOTICE OF ORAL EXAMINATION

Candidate:  JORDAN LEE                        Exam No.:  26-114
Title:      MANAGEMENT ANALYST I              Dept.:     Public Works
Salary:     $58,412 - $74,980

You have been scheduled for the oral examination (structured
interview) portion of the above examination as follows:

     DATE:           Wednesday, May 13, 2026
     REPORT TIME:    9:25 a.m.
     EXAM TIME:      9:40 a.m.
     LOCATION:       Hollis County Office Building, 44 Court Street,
                     Room 310 (third floor)

The interview will be conducted by a panel of three raters and will
last approximately 30 minutes. You will be given 10 minutes before the
interview to review the questions. Candidates who arrive after
9:40 a.m. will not be admitted.

Bring photo identification. Cell phones must be turned off.

Reasonable accommodation requests must be made at least five (5)
business days before the examination date by calling (555) 016-2040.

          HOLLIS COUNTY IS AN EQUAL OPPORTUNITY EMPLOYER

                                                          Page 1 of 1
""",
    interview=True,
    start=at(5, 13, 9, 40),
    end=at(5, 13, 10, 10),
    interviewers=[p("Rhonda Gaines", "rgaines@holliscounty.gov")],
    company="Hollis County",
    role="Management Analyst I",
    category="government-letter",
    notes="civil-service 'Notice of Oral Examination' pasted as text with column layout; the structured interview starts at the 9:40 exam time (report 9:25, 10 minutes' reading before it), about 30 minutes; panel of three unnamed raters, so the sender who arranged it is listed; salary, room and page numbers are traps",
)

add(
    "y24.eml",
    sender="Harriet Quill <hquill@marstonlibrary.org>",
    to=SOFIA,
    subject="Teen Services Librarian - interview Tuesday",
    sent=at(4, 29, 17, 5),
    body="""
Dear Ms. Castellanos,

Thank you for applying for the Teen Services Librarian position. The interview committee would like to
meet with you on Tuesday, May 5 at 4:00 p.m. in the Trustees' Room (second floor; take the elevator past
Periodicals). The committee is me, our Youth Services Coordinator Adele Brooks, and Mr. Lawrence Fitzgerald
of the Board of Trustees. Please allow about an hour. We'll ask you to talk us through a program you would
run for ages 12-18 (no slides needed, we're low-tech here).

Kindly confirm by reply.

-- 
Harriet Quill
Library Director
Marston Free Library
22 Elm Street
Hours: Mon-Thu 10-8 | Fri-Sat 10-5 | Sun 1-5 (Sept-May)
"Read. Gather. Belong."
""",
    interview=True,
    start=at(5, 5, 16, 0),
    end=at(5, 5, 17, 0),
    interviewers=[p("Harriet Quill", "hquill@marstonlibrary.org"), p("Adele Brooks", None), p("Lawrence Fitzgerald", None)],
    company="Marston Free Library",
    role="Teen Services Librarian",
    category="library",
    notes="public library director's letter-style mail; opening hours and 'ages 12-18' in the text and signature are traps; 'about an hour'",
)

add(
    "y25.eml",
    sender="Eastbrook UFSD Personnel <personnel@eastbrookufsd.org>",
    to=CAMILLE,
    subject="Screening Interview - Grade 3 Teacher, Lincoln Elementary",
    sent=at(4, 22, 13, 40),
    body="""
Dear Ms. Dubois,

You are scheduled for a screening interview for the position of Elementary Teacher (Grade 3), Lincoln
Elementary School, on:

     Wednesday, April 29, 2026 at 3:45 p.m.
     Eastbrook UFSD District Office, 12 School Street, Board Room

Screening interviews are 20 minutes. The committee is chaired by the building principal, Mrs. Gwen Talbot,
and includes teachers and a parent representative. Candidates recommended from the screening round will be
invited back to teach a 30-minute demonstration lesson.

Please bring a copy of your NYS certification and the names of two references.

Linda Carrow
Personnel Clerk
Eastbrook Union Free School District
12 School Street | (555) 012-9900 | Fax (555) 012-9901
""",
    interview=True,
    start=at(4, 29, 15, 45),
    end=at(4, 29, 16, 5),
    interviewers=[p("Gwen Talbot", None), p("Linda Carrow", "personnel@eastbrookufsd.org")],
    company="Eastbrook Union Free School District",
    role="Elementary Teacher (Grade 3)",
    category="school-district",
    notes="school-district personnel office notice; 20-minute screening; only the principal is named (no address), so the clerk who sent it from the shared personnel address is listed; the 30-minute demo lesson is a possible later round, not this one",
)

add(
    "y26.eml",
    sender="Rafael Ocampo <rocampo@qhcc.edu>",
    to=PRIYA,
    subject="Interview day schedule",
    sent=at(4, 24, 10, 10),
    body="""
Hi Priya,

Here's the plan for Thursday 4/30. Please bring 20 copies of any handout.

 9:00 - 9:30   Teaching demonstration (Room S-114): a 25-minute lesson on
               cellular respiration for a BIO 101 audience; the committee
               plays the students
 9:40 - 10:40  Interview with the hiring committee (me, Prof. Yvette Lamar,
               Prof. Stan Kowalczyk, and Deb Harlan from HR), S-200
10:50 - 11:20  Meeting with Dr. Curtis Simms, Vice President of Academic
               Affairs (Administration Bldg, 3rd floor)

Visitor parking is Lot C; pick up a pass at the security booth. After 11:20
you're free, and if you'd like a tour of the labs our lab tech can show you
around.

Rafael

-- 
Rafael Ocampo, Ph.D.
Chair, Department of Life Sciences
Quarry Hill Community College
""",
    interview=True,
    start=at(4, 30, 9, 0),
    end=at(4, 30, 11, 20),
    interviewers=[p("Rafael Ocampo", "rocampo@qhcc.edu"), p("Yvette Lamar", None), p("Stan Kowalczyk", None),
                  p("Deb Harlan", None), p("Curtis Simms", None)],
    company="Quarry Hill Community College",
    role=None,
    category="itinerary",
    notes="community-college interview morning in three sessions: teaching demo 9:00 to VP meeting ending 11:20; HR member sits on the committee so is listed; the optional lab tour after is not a session; role only implied (BIO 101, Life Sciences)",
)


# ---------------------------------------------------------------- near-misses (y27-y42)

add(
    "y27.eml",
    sender="Nadia Kerr <nkerr@hartfield.edu>",
    to="soc-search@lists.hartfield.edu",
    cc=JORDAN,
    subject="[soc-search] Itinerary: Dr. Tomasz Wielgosz, Thursday April 9",
    sent=at(4, 6, 9, 5),
    headers={"List-Id": "Sociology lecturer search 2026 <soc-search.lists.hartfield.edu>"},
    body="""
Committee,

Below is Dr. Wielgosz's itinerary for Thursday. Jordan, you're down for lunch with the postdocs and
lecturers at 12:00; please collect him from the chair's office at 11:55. Evaluation forms are due to me
by Monday noon.

Thursday, April 9
  8:30 - 9:15    Breakfast with Prof. Ellen Strauss (chair)
  9:30 - 10:15   Prof. Victor Amari
  10:30 - 11:15  Associate Dean Lois Whitby
  11:15 - 11:55  Prof. Strauss (teaching load, courses)
  12:00 - 1:00   Lunch with postdocs and lecturers (Jordan Lee hosting), Faculty Club
  1:30 - 2:30    Teaching demonstration, SOC 101, Lyman 120
  3:00 - 4:00    Job talk, Lyman 300
  4:15 - 4:45    Committee debrief with the candidate

Nadia

--
Nadia Kerr
Department Administrator, Sociology
Hartfield University
_______________________________________________
soc-search mailing list
soc-search@lists.hartfield.edu
https://lists.hartfield.edu/mailman/listinfo/soc-search
""",
    interview=False,
    category="hiring-side",
    notes="the user sits on a search committee and receives another candidate's campus-visit itinerary, with his own lunch slot on it; Mailman committee list",
)

add(
    "y28.eml",
    sender="Marla Quinn <mquinn@chem.penbrook.edu>",
    to="chem-seminars@lists.penbrook.edu",
    subject="[chem-seminars] Physical Chemistry Seminar: Thursday, March 12, 4:00 pm",
    sent=at(3, 6, 12, 0),
    headers={"List-Id": "Penbrook Chemistry seminar announcements <chem-seminars.lists.penbrook.edu>"},
    body="""
PHYSICAL CHEMISTRY SEMINAR

Thursday, March 12, 4:00 pm, Bexley Hall 101
Refreshments at 3:30 in the Bexley atrium

Dr. Joanna Szabo
Department of Chemistry, Altmore University

"Ultrafast spectroscopy of charge transfer at buried interfaces"

Host: Prof. Gregory Faulk

Graduate students and postdocs who would like to meet with the speaker can sign up for a 30-minute slot
(10:00, 10:30, 11:00, 1:30) with Marla in the main office.

_______________________________________________
chem-seminars mailing list
chem-seminars@lists.penbrook.edu
https://lists.penbrook.edu/mailman/listinfo/chem-seminars
""",
    interview=False,
    category="seminar",
    notes="seminar announcement to a department list the user is on, with a talk time and 'meet with the speaker' slots",
)

add(
    "y29.eml",
    sender="Graduate Program Office <gradoffice@anthro.harrowgate.edu>",
    to="anthro-grads@lists.harrowgate.edu",
    subject="Dissertation Defense: Mei-Ling Hsu, Friday April 17",
    sent=at(4, 6, 14, 30),
    headers={"List-Id": "<anthro-grads.lists.harrowgate.edu>"},
    body="""
DISSERTATION DEFENSE ANNOUNCEMENT

Candidate: Mei-Ling Hsu
Title: "Borrowed Kitchens: Food, Labor and Belonging among Taiwanese Restaurant Workers in Queens"

Friday, April 17, 10:00 am
Hollis Hall 201 and on Zoom (link below)

Committee: Prof. Daniel Reyes (chair), Prof. Amara Whitfield, Prof. Kenji Morita, Dr. Lucia Ferraro
(external examiner, Altmore University)

The public presentation (45 minutes) is followed by questions from the audience and then the closed
examination by the committee. All are welcome to the public portion.

Zoom: https://harrowgate.zoom.us/j/98811204455

Graduate Program Office
Department of Anthropology, Harrowgate University
""",
    interview=False,
    category="thesis-defense",
    notes="a defense announcement to a graduate list: 'candidate', 'committee', 'examination' and a time, but not the user's job interview",
)

add(
    "y30.eml",
    sender="OGNE Program Committee <program@ogne.org>",
    to="geo-discuss@lists.opentrail.org",
    subject="[geo-discuss] CFP: OpenGeo Northeast 2026 (deadline May 15)",
    sent=atz("UTC", 4, 3, 13, 0),
    cte=QP,
    headers={"List-Id": "OpenTrail discussion <geo-discuss.lists.opentrail.org>"},
    body="""
(Apologies for cross-posting)

CALL FOR PROPOSALS
OpenGeo Northeast 2026 — September 17-18, 2026 (Thursday and Friday), Providence RI

We invite proposals for talks (20 min), lightning talks (5 min) and workshops (90 min) on open-source
geospatial software, open data and community mapping. We especially welcome talks from first-time speakers
and qualitative work (user interviews, community case studies).

Important dates
  Submission deadline:   Friday, May 15, 2026 (23:59 AoE)
  Notification:          Monday, June 15, 2026
  Speaker registration:  by Friday, July 10, 2026

Submit at https://ogne.org/cfp

Questions: program@ogne.org

--
OGNE 2026 Program Committee
_______________________________________________
geo-discuss mailing list
geo-discuss@lists.opentrail.org
https://lists.opentrail.org/mailman/listinfo/geo-discuss
""",
    interview=False,
    category="cfp",
    notes="cross-posted conference call for proposals with deadlines, talk lengths and the word 'interviews'; quoted-printable",
)

add(
    "y31.eml",
    sender="Mira Castellane <mcastellane@harrowgate.edu>",
    to="jobmarket-talk@lists.scholarnet.org",
    subject="Re: [jobmarket-talk] Tips for campus interviews?",
    sent=at(3, 11, 8, 45),
    headers={"List-Id": "Academic job market discussion <jobmarket-talk.lists.scholarnet.org>"},
    body="""
On Tue, 10 Mar 2026, Aaron Feld wrote:

> I have my first campus visit next month. Anything you wish you'd known?

A few things from two cycles on the market and one on a committee:

- The schedule will look like: 8:00 breakfast, 9:30 the dean, back-to-back
  half hours until lunch at 12, job talk at 3:30, 4:45 wrap-up with the
  chair. Ask for 15 minutes alone before the talk, and ask for it in
  writing.
- The dinner is part of the interview. So is the drive from the airport.
- Bring a granola bar. Nobody schedules a bathroom break.
- Send short thank-you notes within a day or two. Don't agonize.

> Also, is it weird to ask about salary on the visit?

Ask the chair, not the dean, and not before the offer conversation.

Mira

-- 
Mira Castellane
Associate Professor of Linguistics, Harrowgate University
_______________________________________________
jobmarket-talk mailing list
jobmarket-talk@lists.scholarnet.org
https://lists.scholarnet.org/mailman/listinfo/jobmarket-talk
""",
    interview=False,
    category="advice-post",
    notes="mailing-list advice about campus interviews with example itinerary times; pine attribution; the user is only a list reader",
)

add(
    "y32.eml",
    sender="Theo Kasprzak <tkasprzak@harrowgate.edu>",
    to="envhist-readers@lists.harrowgate.edu",
    cc=CAMILLE,
    subject="[envhist-readers] this Thursday: Tidewrack ch. 5-6",
    sent=at(4, 13, 16, 20),
    headers={"List-Id": "<envhist-readers.lists.harrowgate.edu>"},
    body="""
Hi all,

Reading group is on this Thursday at 12:30 in the 4th floor lounge. We're doing chapters 5-6 of Ruth
Okonjo's *Tidewrack*. Camille has kindly agreed to lead this week since Amy has a job interview that day
(good luck Amy!). Bring lunch; I'll bring cookies.

After that: Thursday, April 23, same time, chapters 7-8.

Theo
_______________________________________________
envhist-readers mailing list
envhist-readers@lists.harrowgate.edu
https://lists.harrowgate.edu/mailman/listinfo/envhist-readers
""",
    interview=False,
    category="reading-group",
    notes="reading-group meeting with a time; the user leads it; someone else's 'job interview that day' is mentioned",
)

add(
    "y33.eml",
    sender="Judith Kaminski <jkaminski@stat.northfield.edu>",
    to=MARCUS,
    subject="office hours this week",
    sent=at(4, 20, 8, 5),
    body="""
Marcus,

Could you post this on the STAT 620 course page? My office hours this week move to Wednesday 2:00-3:30
(instead of Thursday) because the search committee has me with a faculty candidate all day Thursday,
9 to 5. Your TA hours stay as they are.

Thanks,
JK

-- 
Judith Kaminski
Professor, Department of Statistics, Northfield University
""",
    interview=False,
    category="office-hours",
    notes="office-hours change to the user as TA; the professor's day with a faculty candidate is someone else's interview",
)

add(
    "y34.eml",
    sender="Rory Dunleavy <rory@opensourcestories.fm>",
    to=CAMILLE,
    subject="Re: Guest spot on Open Source Stories",
    sent=at(4, 8, 11, 15),
    body="""
Perfect, Tuesday, April 14 at 1 pm ET it is. We record on Riverside (link below); plan on 45 minutes of
conversation plus 10 minutes of sound check before. The interview will go out as episode 112 around May 1.

https://riverside.example.fm/studio/oss-stories-112

Rory

On Tue, Apr 7, 2026 at 9:48 PM Camille Dubois <camille.dubois@icloud.com> wrote:
> Happy to do it! Tuesday at 1 ET works for me.
>
> On Tue, Apr 7, 2026 at 10:02 AM Rory Dunleavy <rory@opensourcestories.fm> wrote:
>> Hi Camille, we'd love to have you on Open Source Stories to talk about maintaining the tide-gauge
>> library. Would next Tuesday at 1 ET work for a recording?
""",
    interview=False,
    category="podcast",
    notes="podcast interview of the user, time agreed; press/podcast interviews are not job interviews",
)

add(
    "y35.eml",
    sender="Whitlock HCI Lab <hci-studies@whitlock.edu>",
    to=PRIYA,
    subject="Your interview study session is confirmed",
    sent=at(3, 13, 10, 0),
    cte=QP,
    body="""
Hi Priya,

Thank you for signing up to participate in a 45-minute interview study on how researchers manage email
and scheduling. Your session:

   Thursday, March 19, 2:00–2:45 pm ET
   Zoom: https://whitlock.zoom.us/j/97700312245

You'll receive a $25 gift card after the session. Participation is voluntary and you may stop at any time.
IRB protocol #2026-0217.

Anjali Deshmukh
PhD student, Human-Computer Interaction Lab, Whitlock University
""",
    interview=False,
    category="user-study",
    notes="a confirmed research 'interview study' session with a time and length; the user is a study participant, not a job candidate; quoted-printable",
)

add(
    "y36.eml",
    sender=LUKAS,
    to="Sunniva Aas <sunniva.aas@polarfjord.no>",
    subject="Re: PhD/postdoc position in Arctic benthos",
    sent=at(4, 1, 19, 10),
    body="""
Dear Dr. Aas,

Thank you for your reply. Would Monday, April 6 at 15:00 your time work for a call? I'm also free Tuesday
afternoon (your time) if that's better.

Best regards,
Lukas Brenner

On Wed, 1 Apr 2026, Sunniva Aas wrote:

> Dear Lukas,
>
> Thank you for your interest. I would be happy to talk next week. Please suggest a couple of times.
>
> Sunniva Aas
> Polarfjord Research Station, Tromsø
""",
    interview=False,
    category="own-proposal",
    notes="the user's own proposed time, not yet answered (sent from the user's address)",
)

add(
    "y37.eml",
    sender="Leonie Strand <lstrand@ashgrove.edu>",
    to=JORDAN,
    subject="Ashgrove Sociology search - first-round interview",
    sent=at(2, 25, 14, 0),
    body="""
Dear Dr. Lee,

Thank you for your application to the Assistant Professor position in Sociology at Ashgrove University.
The committee would like to invite you to a 30-minute first-round interview on Zoom. Please reply with
your top two choices from the following (all times Eastern):

  Mon 3/2  1:00 pm or 1:30 pm
  Tue 3/3  10:00 am or 10:30 am
  Wed 3/4  3:00 pm

Our coordinator will send the Zoom link once your slot is confirmed.

Best regards,
Leonie Strand
Chair, Sociology Search Committee
Ashgrove University
""",
    interview=False,
    category="pending",
    notes="options offered (pick two), nothing agreed yet",
)

add(
    "y38.eml",
    sender="Ruth Abernathy <rabernathy@callowaystate.edu>",
    to=PRIYA,
    subject="Re: Campus visit itinerary - Monday, March 9",
    sent=at(4, 2, 9, 30),
    body="""
Dear Priya,

Thank you again for visiting us on March 9 and for a really lovely talk. I'm sorry to tell you that the
committee has recommended another candidate, who has accepted our offer. It was a strong pool and a
difficult decision. I hope our paths cross at the spring meeting.

With best wishes,
Ruth

On Thu, 26 Feb 2026, Ruth Abernathy wrote:

> Monday, March 9
>   8:00         Breakfast with Prof. Daniel Oyama at the hotel
>   9:30-10:15   Dean Celia Marchbank, College of Science (Stratton 301)
>   3:30         Job talk in Room 210, 60 minutes including questions
>   4:45-5:30    Closing meeting with the search committee

-- 
Ruth Abernathy
Professor of Chemistry
Calloway State University
""",
    interview=False,
    outcome="rejected",
    category="rejection",
    notes="rejection after the campus visit of y01, over a trimmed quote of the (past) itinerary",
)

add(
    "y39.eml",
    sender="Marisol Tan <mtan@brennard.edu>",
    to=JORDAN,
    cc="Alan Greaves <agreaves@brennard.edu>",
    subject="Offer of appointment",
    sent=at(4, 10, 16, 30),
    cte=QP,
    body="""
Dear Dr. Lee,

On behalf of Brennard College, I am delighted to offer you appointment as Assistant Professor of Sociology
(tenure track), beginning July 1, 2026, at a starting salary of $78,500, with a research start-up fund of
$12,000 and a reduced teaching load in your first year. The formal letter is attached and will follow by
post.

We would be grateful for your decision by Friday, April 24. I'd be glad to talk through any questions;
I'm free Monday, April 13 at 2:00 if you'd like to call (555-014-7000), and Alan (cc'd) is happy to talk
about the department and about housing.

Everyone who met you on the 26th was enthusiastic — I very much hope you will join us.

Warmly,
Marisol Tan
Dean of the Faculty, Brennard College
""",
    interview=False,
    outcome="offer",
    category="offer",
    notes="offer after the y02 visit; a call time offered to discuss the offer is not an interview; quoted-printable",
)

add(
    "y40.eml",
    sender="Felicity Nwosu <fnwosu@marlowcc.edu>",
    to=SOFIA,
    subject="Writing Center Director search - next step",
    sent=at(3, 5, 11, 45),
    body="""
Dear Sofia,

Thank you for speaking with the committee on Tuesday. We enjoyed the conversation, and I'm pleased to
invite you to a campus interview, which will include a presentation to the Writing Center staff and
meetings with the Vice President of Academic Affairs and with faculty.

Joan Becker in Human Resources will be in touch shortly with possible dates later this month.

With best wishes,
Felicity

Felicity Nwosu, Ph.D.
Dean of Humanities, Marlow Community College
""",
    interview=False,
    outcome="next_round",
    category="next-round",
    notes="invitation to the next round after y22, no date or time yet",
)

add(
    "y41.eml",
    sender="Ingrid Halloran <halloran@soc.penbrook.edu>",
    to=JORDAN,
    subject="reference call",
    sent=at(4, 17, 12, 40),
    body="""
Jordan -- quick heads-up: Oren Galvez from Whitlock emailed asking for a reference call about the
population studies postdoc. We're set for Tuesday, April 21 at 3. Anything in particular you'd like me to
emphasize? I'll mention the fieldwork in Lowell and the R package, obviously.

IH

-- 
Ingrid Halloran
Professor of Sociology, Penbrook University
""",
    interview=False,
    category="reference-call",
    notes="the user's referee has a call with the employer about the user; a scheduled call, but not the user's interview",
)

add(
    "y42.eml",
    sender="Graduate Career Center <gradcareers@harrowgate.edu>",
    to=SOFIA,
    subject="Mock interview confirmed",
    sent=at(3, 26, 9, 0),
    body="""
Hi Sofia,

Your mock interview is confirmed:

  Tuesday, March 31, 1:00-1:45 pm
  Graduate Career Center, Sterling Hall Room 3
  Career advisor: Denise Hobart

Please bring the job posting for the position you're preparing for (you mentioned the research computing
role) and a copy of your resume. We'll record the session if you'd like to watch it back.

Graduate Career Center
Harrowgate University
""",
    interview=False,
    category="mock-interview",
    notes="a practice interview at the career center, confirmed with a time; not a job interview",
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
