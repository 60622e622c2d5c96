# ruff: noqa: E501  (hand-written mail keeps its own line lengths)
"""Writes tests/corpus_human3: hand-written interview mail and near-misses (see README.md).

    python3 tests/corpus_human3/build.py    # rewrites the .eml files and labels.json, then checks them

Each entry is one message as a person would type it (plain text, their own quoting and forwarding habits),
with its label beside it. People, organisations and addresses are made up.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York")
DENVER = ZoneInfo("America/Denver")
PHOENIX = ZoneInfo("America/Phoenix")
LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")
PARIS = ZoneInfo("Europe/Paris")
ZURICH = ZoneInfo("Europe/Zurich")
DUBLIN = ZoneInfo("Europe/Dublin")
BA = ZoneInfo("America/Argentina/Buenos_Aires")
MESSAGES: list[tuple[str, str, dict]] = []
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

JORDAN = "Jordan Lee <jordan.lee@fastmail.com>"
PRIYA = "Priya Natarajan <priya.n@gmail.com>"
MARCUS = "Marcus Oyelaran <marcus.oyelaran@outlook.com>"
SOFIA = "Sofia Castellanos <sofia.castellanos@proton.me>"
LUKAS = "Lukas Brenner <lukas.brenner@posteo.de>"
CAMILLE = "Camille Dubois <camille.dubois@icloud.com>"


def at(mo: int, d: int, h: int, mi: int = 0, tz: ZoneInfo = NY) -> datetime:
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
    day=None,
    interviewers=(),
    company=None,
    role=None,
    category,
    notes,
    outcome=None,
    lang="en",
    cancels=None,
):
    """`day` is the weekday the mail gives for the interview, in the zone it is written in (checked)."""
    headers = [f"From: {sender}", f"To: {to}"]
    if cc:
        headers.append(f"Cc: {cc}")
    headers += [
        f"Subject: {subject}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{file.removesuffix('.eml')}.{sent.strftime('%Y%m%d%H%M')}@human3.example>",
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
        "lang": lang,
        "notes": notes,
        "outcome": outcome,
    }
    if cancels:
        label["cancels"] = cancels
    if day:
        assert start is not None and DAYS[start.weekday()] == day, (file, start, day)
    MESSAGES.append((file, text, label))


# ---------------------------------------------------------------- the user's own interviews (x01-x32)

# 1. reply confirmations: the user's proposal is only quoted
add(
    "x01.eml",
    sender="Walt Pruitt <walt@pruittmachine.com>",
    to=JORDAN,
    subject="Re: machinist opening",
    sent=at(3, 30, 16, 5),
    body="""
Thu 2 it is. Park around back by the loading dock and come in the steel door.

Walt

On Mon, Mar 30, 2026 at 11:48 AM Jordan Lee <jordan.lee@fastmail.com> wrote:
> Hi Walt,
>
> Thanks for getting back to me about the CNC machinist opening. I could come in
> Wednesday at 10 or Thursday at 2, whichever is easier on your end.
>
> Best,
> Jordan
""",
    interview=True,
    start=at(4, 2, 14),
    day="Thu",
    interviewers=[p("Walt Pruitt", "walt@pruittmachine.com")],
    company="Pruitt Machine",
    role="CNC Machinist",
    category="reply-confirm",
    notes="'Thu 2 it is' picks one of the user's quoted options; company never written, named from the domain pruittmachine.com",
)

add(
    "x02.eml",
    sender="Dana Whitfield <dwhitfield@harborlightpeds.org>",
    to=PRIYA,
    subject="Re: Medical receptionist - availability",
    sent=at(4, 14, 9, 20),
    body="""
1:30 works, see you then. We're on the 2nd floor - check in at the front window and tell them you're here
to see me.

Dana Whitfield
Practice Manager | Harborlight Pediatrics
(617) 555-0142

On Tue, Apr 14, 2026 at 8:02 AM Priya Natarajan <priya.n@gmail.com> wrote:
> Hi Dana,
> Thank you for considering me for the front desk role. I'm available Thursday at 1:30, or
> Friday morning any time before 11.
> Priya
""",
    interview=True,
    start=at(4, 16, 13, 30),
    day="Thu",
    interviewers=[p("Dana Whitfield", "dwhitfield@harborlightpeds.org")],
    company="Harborlight Pediatrics",
    role="Medical Receptionist",
    category="reply-confirm",
    notes="'1:30 works': the day (Thursday) is only in the quoted proposal",
)

add(
    "x03.eml",
    sender="kevin tran <kevin@tranandsonsauto.com>",
    to=MARCUS,
    subject="Re: service advisor",
    sent=at(4, 23, 19, 2),
    body="""
perfect, monday it is. 8am sharp, we open at 7:30 so just come to the service desk

Sent from my iPhone

> On Apr 23, 2026, at 6:14 PM, Marcus Oyelaran <marcus.oyelaran@outlook.com> wrote:
>
> Hi Kevin, thanks for the call today. For the service advisor interview I could do Monday
> morning at 8 or Tuesday any time after 3.
>
> Marcus
""",
    interview=True,
    start=at(4, 27, 8),
    day="Mon",
    interviewers=[p("Kevin Tran", "kevin@tranandsonsauto.com")],
    company="Tran and Sons Auto",
    role="Service Advisor",
    category="reply-confirm",
    notes="lower-case reply from a phone with an iPhone quote header; company from the domain tranandsonsauto.com (never written); display name in lower case, labelled capitalised",
)

add(
    "x04.eml",
    sender="Greta Olafsdottir <greta@northlightarchitects.com>",
    to=SOFIA,
    subject="Re: Junior designer - interview",
    sent=at(5, 8, 13, 12),
    body="""
Hi Sofia,

Let's do the later one. I'll send the Zoom link Wednesday morning.

Greta

Greta Olafsdottir, Principal
Northlight Architects

On Fri, May 8, 2026 at 10:40 AM Sofia Castellanos <sofia.castellanos@proton.me> wrote:
> Dear Greta,
>
> Thank you for inviting me to interview for the junior designer role. I'm free on Wednesday
> the 13th at 11:00 or at 4:15, Eastern.
>
> Best regards,
> Sofia
""",
    interview=True,
    start=at(5, 13, 16, 15),
    day="Wed",
    interviewers=[p("Greta Olafsdottir", "greta@northlightarchitects.com")],
    company="Northlight Architects",
    role="Junior Designer",
    category="reply-confirm",
    notes="'the later one' of two quoted times on the same day: 4:15",
)

add(
    "x05.eml",
    sender="Ben Achterberg <ben@fieldnotecoffee.co>",
    to=CAMILLE,
    subject="Re: wholesale coordinator",
    sent=at(4, 7, 15, 30),
    body="""
Great, I'll call you then! Should take about 20 minutes.

Ben
Fieldnote Coffee Roasters

On Tue, Apr 7, 2026 at 2:51 PM Camille Dubois <camille.dubois@icloud.com> wrote:
> Hi Ben,
>
> Thanks for reaching out about the wholesale coordinator job. Tomorrow at 11 works for a
> phone call; my number is 617-555-0199.
>
> Camille
""",
    interview=True,
    start=at(4, 8, 11),
    end=at(4, 8, 11, 20),
    day="Wed",
    interviewers=[p("Ben Achterberg", "ben@fieldnotecoffee.co")],
    company="Fieldnote Coffee Roasters",
    role="Wholesale Coordinator",
    category="reply-confirm",
    notes="'tomorrow' is in the user's quoted mail of Tue Apr 7, so Wed Apr 8; 'about 20 minutes' states the end",
)

add(
    "x06.eml",
    sender="Anja Vogel <a.vogel@holzwerk-vogel.de>",
    to=LUKAS,
    subject="AW: Bewerbung als Schreiner",
    sent=at(5, 4, 11, 30, BERLIN),
    body="""
Hallo Herr Brenner,

gut, dann sprechen wir am Donnerstag um 14 Uhr per Video. Den Link schicke ich Ihnen am Vormittag.

Viele Grüße
Anja Vogel
Holzwerk Vogel GmbH
Tel. 0761 555 213

Am Mo., 4. Mai 2026 um 10:12 Uhr schrieb Lukas Brenner <lukas.brenner@posteo.de>:
> Sehr geehrte Frau Vogel,
>
> vielen Dank für die Einladung zum Vorstellungsgespräch. Ich könnte am Mittwoch um 9 Uhr
> oder am Donnerstag um 14 Uhr (Ihre Zeit).
>
> Mit freundlichen Grüßen
> Lukas Brenner
""",
    interview=True,
    start=at(5, 7, 14, 0, BERLIN),
    day="Thu",
    interviewers=[p("Anja Vogel", "a.vogel@holzwerk-vogel.de")],
    company="Holzwerk Vogel GmbH",
    role="Schreiner",
    category="reply-confirm",
    lang="de",
    notes="German reply agreeing to one of the quoted options; 14 Uhr German time (the user wrote 'Ihre Zeit'), 08:00 in New York",
)

add(
    "x07.eml",
    sender="Mathieu Roux <mathieu.roux@atelier-lumen.fr>",
    to=CAMILLE,
    subject="Re: Candidature - assistante de production",
    sent=at(5, 4, 14, 5, PARIS),
    body="""
Bonjour Camille,

Parfait pour mardi 11 h, je vous appelle sur votre portable. Comptez une demi-heure.

Bien à vous,
Mathieu Roux
Atelier Lumen

Le lun. 4 mai 2026 à 10:12, Camille Dubois <camille.dubois@icloud.com> a écrit :
> Bonjour Monsieur Roux,
>
> Merci pour votre message. Je suis disponible mardi à 11 h ou mercredi à 15 h (heure de
> Paris) pour un entretien téléphonique.
>
> Cordialement,
> Camille Dubois
""",
    interview=True,
    start=at(5, 5, 11, 0, PARIS),
    end=at(5, 5, 11, 30, PARIS),
    day="Tue",
    interviewers=[p("Mathieu Roux", "mathieu.roux@atelier-lumen.fr")],
    company="Atelier Lumen",
    role="Assistante de production",
    category="reply-confirm",
    lang="fr",
    notes="French reply; Paris time is only in the user's quoted proposal; 'une demi-heure' states the end",
)

add(
    "x08.eml",
    sender="Lucía Ferreyra <lferreyra@estudioferreyra.com.ar>",
    to=SOFIA,
    subject="Re: Entrevista - analista contable",
    sent=at(5, 4, 11, 40, BA),
    body="""
Hola Sofía,

Listo, quedamos el miércoles a las 16 (hora de Buenos Aires) por Meet. Te mando el enlace ese mismo día.

Saludos,
Lucía

El lun, 4 may 2026 a las 10:12, Sofia Castellanos (<sofia.castellanos@proton.me>) escribió:
> Hola Lucía, gracias por escribirme. Puedo el martes a las 10 o el miércoles a las 16,
> hora de ustedes.
> Sofía
""",
    interview=True,
    start=at(5, 6, 16, 0, BA),
    day="Wed",
    interviewers=[p("Lucía Ferreyra", "lferreyra@estudioferreyra.com.ar")],
    company="Estudio Ferreyra",
    role="Analista contable",
    category="reply-confirm",
    lang="es",
    notes="Spanish reply; 16 h Buenos Aires (UTC-3) is 15:00 in New York; company never written, from the domain estudioferreyra.com.ar",
)

# organiser proposed options, the user's quoted answer picked one
add(
    "x09.eml",
    sender="Nadia Brooks <nadia@tallgrassgrowers.com>",
    to=JORDAN,
    subject="Re: greenhouse lead - times",
    sent=at(4, 28, 10, 15),
    body="""
Hi Jordan,

You're all set for Wednesday. Come to the office trailer by gate B; after we talk I'll walk you through the
houses, so wear boots.

Nadia Brooks
Tallgrass Growers

On Tue, Apr 28, 2026 at 9:05 AM Jordan Lee <jordan.lee@fastmail.com> wrote:
> Wednesday at 9:30 is best for me. Thanks!
>
> On Mon, Apr 27, 2026 at 4:40 PM Nadia Brooks <nadia@tallgrassgrowers.com> wrote:
>> Hi Jordan, thanks for applying for the greenhouse lead position. I could meet Tuesday at 1,
>> Wednesday at 9:30, or Thursday at 3. Let me know.
""",
    interview=True,
    start=at(4, 29, 9, 30),
    day="Wed",
    interviewers=[p("Nadia Brooks", "nadia@tallgrassgrowers.com")],
    company="Tallgrass Growers",
    role="Greenhouse Lead",
    category="options-confirm",
    notes="the organiser offered three times; the user's quoted answer picked Wednesday 9:30; 'You're all set for Wednesday'",
)

add(
    "x10.eml",
    sender="Teresa Okonjo <tokonjo@meridianhomecare.org>",
    to=MARCUS,
    subject="RE: Scheduler position",
    sent=at(5, 12, 8, 30),
    body="""
Marcus,

Confirmed - Friday the 15th at 10:00. We'll meet in the small conference room on the 3rd floor; Paul Hendricks
from our finance team will sit in as well.

Teresa Okonjo
Director of Operations
Meridian Home Care

-----Original Message-----
From: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Sent: Monday, May 11, 2026 8:47 PM
To: Teresa Okonjo <tokonjo@meridianhomecare.org>
Subject: RE: Scheduler position

Hi Teresa, the Friday 10:00 slot works best for me. Thank you!

-----Original Message-----
From: Teresa Okonjo
Sent: Monday, May 11, 2026 2:10 PM
To: Marcus Oyelaran
Subject: Scheduler position

Hi Marcus,

Can you come in for an interview for the scheduler position? I have Thursday the 14th at 3:00 or Friday the 15th at 10:00.
""",
    interview=True,
    start=at(5, 15, 10),
    day="Fri",
    interviewers=[p("Teresa Okonjo", "tokonjo@meridianhomecare.org"), p("Paul Hendricks", None)],
    company="Meridian Home Care",
    role="Scheduler",
    category="options-confirm",
    notes="Outlook chain; options offered, the user picked, organiser confirms; Paul sits in (name only); the quoted Sent: times are not the interview",
)

# 2. a hiring manager confirms in plain text
add(
    "x11.eml",
    sender="Gus Amato <gus@amatobikes.com>",
    to=JORDAN,
    subject="tuesday",
    sent=at(3, 20, 17, 40),
    body="""
Jordan - confirming our chat Tuesday at 9:30 at the shop about the mechanic job. Bring your own tools if
you have them, we'll probably have you true a wheel.
-Gus
""",
    interview=True,
    start=at(3, 24, 9, 30),
    day="Tue",
    interviewers=[p("Gus Amato", "gus@amatobikes.com")],
    company="Amato Bikes",
    role="Bike Mechanic",
    category="plain-confirm",
    notes="no word 'interview'; 'chat ... about the mechanic job'; company from the domain amatobikes.com",
)

add(
    "x12.eml",
    sender="Howard Lin <hlin@linbrandtcpa.com>",
    to=PRIYA,
    subject="Friday",
    sent=at(4, 7, 15, 15),
    body="""
Hi Priya,

Just to confirm, we'll see you Friday at 10 in the morning at our Cooper Ave office about the staff
accountant opening. Ask for Marisol at reception and she'll bring you back to me.

Howard Lin, CPA
Lin & Brandt CPAs
555-0177
""",
    interview=True,
    start=at(4, 10, 10),
    day="Fri",
    interviewers=[p("Howard Lin", "hlin@linbrandtcpa.com")],
    company="Lin & Brandt CPAs",
    role="Staff Accountant",
    category="plain-confirm",
    notes="no word 'interview'; the receptionist is not an interviewer",
)

add(
    "x13.eml",
    sender="Irene Castro <irene.castro@bluefinaquatics.com>",
    to=SOFIA,
    subject="tomorrow",
    sent=at(4, 15, 20, 22),
    body="""
Hi Sofia! Looking forward to meeting you tomorrow at 3 to talk about the swim instructor job. We're in
the lobby of the rec center, I'll be the one in the red polo.

Irene

Sent from my iPhone
""",
    interview=True,
    start=at(4, 16, 15),
    day="Thu",
    interviewers=[p("Irene Castro", "irene.castro@bluefinaquatics.com")],
    company="Bluefin Aquatics",
    role="Swim Instructor",
    category="plain-confirm",
    notes="'tomorrow' from Wed Apr 15 evening; company only in the domain bluefinaquatics.com",
)

add(
    "x14.eml",
    sender="Ruth Ellery <rellery@kestrelvetclinic.com>",
    to=LUKAS,
    subject="Vet tech position",
    sent=at(5, 14, 9, 10),
    body="""
Hi Lukas,

This is to confirm your interview for the veterinary technician position on Monday, May 18 from 1:00 to
2:00 pm. You'll meet with me and our head technician, Carlos Ybarra. Please bring scrubs - the second half
is a working interview on the floor.

Ruth Ellery, DVM
Medical Director
Kestrel Veterinary Clinic
(508) 555-0163
""",
    interview=True,
    start=at(5, 18, 13),
    end=at(5, 18, 14),
    day="Mon",
    interviewers=[p("Ruth Ellery", "rellery@kestrelvetclinic.com"), p("Carlos Ybarra", None)],
    company="Kestrel Veterinary Clinic",
    role="Veterinary Technician",
    category="plain-confirm",
    notes="with the word 'interview'; co-interviewer named only",
)

# 3. forwards: the forward's header times are never the interview time
add(
    "x15.eml",
    sender="Gloria Pennington <gpennington@hadleyfreight.com>",
    to=MARCUS,
    subject="Fw: dispatcher candidate Oyelaran",
    sent=at(3, 9, 17, 2),
    body="""
Marcus,

See below from Don - he can see you Wednesday at 2:00 at the Fairview terminal, Building C. Let me know if
that's a problem.

Gloria Pennington
HR Generalist
Hadley Freight Lines

---------------------- Forwarded by Gloria Pennington/HR/Hadley on 03/09/2026 04:47 PM ---------------------------

Don Kowalski
03/09/2026 03:58 PM

To: Gloria Pennington/HR/Hadley@Hadley
cc:
Subject: Re: dispatcher candidate Oyelaran

Gloria - Wed 3/11 at 2pm works for me to interview Marcus Oyelaran for the night dispatcher job. Have him
come to Bldg C, I'll be in the dispatch office. Figure an hour.

Don
""",
    interview=True,
    start=at(3, 11, 14),
    end=at(3, 11, 15),
    day="Wed",
    interviewers=[p("Don Kowalski", None), p("Gloria Pennington", "gpennington@hadleyfreight.com")],
    company="Hadley Freight Lines",
    role="Night Dispatcher",
    category="forward",
    notes="Lotus Notes forward; Don interviews but has no address, so Gloria (who arranged it and forwards) is listed too; 'Figure an hour' states the end; Notes header times 04:47 PM / 03:58 PM are not the interview",
)

add(
    "x16.eml",
    sender="Ashok Menon <amenon@corvidanalytics.com>",
    to=SOFIA,
    subject="RE: Data analyst interview",
    sent=at(3, 3, 16, 1),
    body="""
Sofia - passing along Keisha's confirmation below so you have it. The video link will come from her calendar.

Ashok

-----Original Message-----
From: Keisha Harlan <kharlan@corvidanalytics.com>
Sent: Tuesday, March 3, 2026 3:22 PM
To: Ashok Menon <amenon@corvidanalytics.com>
Subject: RE: Data analyst interview

Ashok, I can do Thursday at 11:00 with Sofia Castellanos. 45 minutes should be enough for the case.

Keisha Harlan
Analytics Manager, Corvid Analytics

-----Original Message-----
From: Ashok Menon
Sent: Tuesday, March 3, 2026 10:05 AM
To: Keisha Harlan
Subject: Data analyst interview

Keisha, when could you meet the candidate Sofia Castellanos this week? She is flexible.
""",
    interview=True,
    start=at(3, 5, 11),
    end=at(3, 5, 11, 45),
    day="Thu",
    interviewers=[p("Keisha Harlan", "kharlan@corvidanalytics.com")],
    company="Corvid Analytics",
    role="Data Analyst",
    category="forward",
    notes="Outlook chain forwarded to the user; the interviewer's address only in the quoted header; 'the candidate Sofia Castellanos' is the user herself; Ashok only relays",
)

add(
    "x17.eml",
    sender="Arjun Natarajan <arjun.nat@gmail.com>",
    to=PRIYA,
    subject="Fwd: Interview confirmation - Lab Coordinator",
    sent=at(4, 21, 21, 10),
    body="""
fwd: look what came to my address, I think they copied my email off your form by mistake. good luck!!

---------- Forwarded message ---------
From: Shelby Crane <scrane@oakmereschool.org>
Date: Tue, Apr 21, 2026 at 3:22 PM
Subject: Interview confirmation - Lab Coordinator
To: <arjun.nat@gmail.com>


Dear Ms. Natarajan,

Thank you for your interest in the science lab coordinator position at Oakmere School. This confirms your
interview on Monday, April 27 at 3:45 pm with me and our science department chair, Mr. Felix Odom. Please
sign in at the main office when you arrive.

Sincerely,
Shelby Crane
Assistant Head of School
Oakmere School
""",
    interview=True,
    start=at(4, 27, 15, 45),
    day="Mon",
    interviewers=[p("Shelby Crane", "scrane@oakmereschool.org"), p("Felix Odom", None)],
    company="Oakmere School",
    role="Science Lab Coordinator",
    category="forward",
    notes="spouse forwards the school's confirmation sent to his address; the forwarder is not an interviewer; the Gmail 'Date:' 3:22 PM is not the interview",
)

add(
    "x18.eml",
    sender="Maren Holt <maren@holtandquill.com>",
    to=LUKAS,
    subject="Interview Thursday (resending)",
    sent=at(5, 11, 14, 40),
    body="""
Hi Lukas,

My first email bounced - I had your address as posteo.com instead of .de. Resending below.

Maren

---------- Forwarded message ---------
From: Maren Holt <maren@holtandquill.com>
Date: Mon, May 11, 2026 at 9:02 AM
Subject: Interview Thursday
To: <lukas.brenner@posteo.com>


Hi Lukas,

Thanks for applying to be our bookkeeper. I've put you down for Thursday at 10:30 am Boston time and will
call the number on your CV. It shouldn't take more than half an hour.

Maren Holt
Holt & Quill Booksellers
""",
    interview=True,
    start=at(5, 14, 10, 30),
    end=at(5, 14, 11),
    day="Thu",
    interviewers=[p("Maren Holt", "maren@holtandquill.com")],
    company="Holt & Quill Booksellers",
    role="Bookkeeper",
    category="forward",
    notes="company resends its own mail to the corrected address after a bounce; Boston time = New York; 'no more than half an hour' taken as the end",
)

# 4. zones as people write them
add(
    "x19.eml",
    sender="Cody Brandvold <cody@switchbackoutfitters.com>",
    to=JORDAN,
    subject="phone call",
    sent=at(4, 14, 16, 0, DENVER),
    body="""
hey Jordan, got your app for the shop manager spot. i'll give you a ring friday at 10 Denver time, if that
doesn't work lmk. should be quick, 30 min tops

cody
Switchback Outfitters | Golden, CO
303-555-0118
""",
    interview=True,
    start=at(4, 17, 10, 0, DENVER),
    end=at(4, 17, 10, 30, DENVER),
    day="Fri",
    interviewers=[p("Cody Brandvold", "cody@switchbackoutfitters.com")],
    company="Switchback Outfitters",
    role="Shop Manager",
    category="zone",
    notes="'Denver time' (MDT) = 12:00 New York; '30 min tops' taken as the end; 'if that doesn't work lmk' does not make it a proposal",
)

add(
    "x20.eml",
    sender="Beat Kälin <beat.kaelin@alpenrad.ch>",
    to=LUKAS,
    cc="Nora Egli <nora.egli@alpenrad.ch>",
    subject="Your application - Product Owner",
    sent=at(5, 15, 10, 30, ZURICH),
    body="""
Dear Lukas,

Thank you for your application. We would be glad to have a video call with you on Wednesday, 20 May, at
17:00 Zurich time (11:00 for you in New York, if I have understood correctly). My colleague Nora Egli, in
copy, will also join. We will send a Teams invitation separately.

Best regards
Beat Kälin
Head of Product
Alpenrad AG
""",
    interview=True,
    start=at(5, 20, 17, 0, ZURICH),
    day="Wed",
    interviewers=[p("Beat Kälin", "beat.kaelin@alpenrad.ch"), p("Nora Egli", "nora.egli@alpenrad.ch")],
    company="Alpenrad AG",
    role="Product Owner",
    category="zone",
    notes="'Zurich time' with the New York equivalent written beside it (both agree); co-interviewer in Cc",
)

add(
    "x21.eml",
    sender="Tomás Aguirre <tomas@pampalabs.io>",
    to=CAMILLE,
    cc="Valeria Sosa <valeria@pampalabs.io>",
    subject="next week",
    sent=at(4, 2, 18, 15, BA),
    body="""
Hi Camille -

Let's talk Tuesday at 2pm Buenos Aires time, I'll send a Meet link. We'll have an hour: the first half
with me, the second half with our CTO Valeria Sosa (cc'd).

Tomás
cofounder
""",
    interview=True,
    start=at(4, 7, 14, 0, BA),
    end=at(4, 7, 15, 0, BA),
    day="Tue",
    interviewers=[p("Tomás Aguirre", "tomas@pampalabs.io"), p("Valeria Sosa", "valeria@pampalabs.io")],
    company="Pampa Labs",
    role=None,
    category="zone",
    notes="'Buenos Aires time' (UTC-3) = 13:00 New York; 'an hour' states the end; company never written, from the domain pampalabs.io; no role named",
)

add(
    "x22.eml",
    sender="Sharon Whitehorse <swhitehorse@desertpinesolar.com>",
    to=MARCUS,
    subject="Call with Mike on Monday",
    sent=at(4, 30, 15, 5, PHOENIX),
    body="""
Hi Marcus,

Great speaking earlier. Mike Delgado, our install supervisor, will call you Monday at 8 am Phoenix time -
that's 11 am your time. Plan on 45 minutes.

Sharon Whitehorse
Recruiter, Desert Pine Solar
""",
    interview=True,
    start=at(5, 4, 8, 0, PHOENIX),
    end=at(5, 4, 8, 45, PHOENIX),
    day="Mon",
    interviewers=[p("Mike Delgado", None), p("Sharon Whitehorse", "swhitehorse@desertpinesolar.com")],
    company="Desert Pine Solar",
    role=None,
    category="zone",
    notes="'Phoenix time' (MST, no DST) and 'your time' agree: 11:00 EDT; Mike has no address so the recruiter who arranged it is listed too; role not named (install team implied)",
)

add(
    "x23.eml",
    sender="Jen Okafor <jen@tidepoolgames.com>",
    to=PRIYA,
    cc="Eli Strand <eli@tidepoolgames.com>",
    subject="QA lead - Thursday",
    sent=at(5, 18, 13, 0, LA),
    body="""
Hi Priya,

I've booked Thursday 9:30 our time (Pacific) for your chat with me and Eli Strand (copied). It'll run until
10:30. We'll call you on Discord unless you'd rather use Zoom.

Jen Okafor
Studio Producer, Tidepool Games
""",
    interview=True,
    start=at(5, 21, 9, 30, LA),
    end=at(5, 21, 10, 30, LA),
    day="Thu",
    interviewers=[p("Jen Okafor", "jen@tidepoolgames.com"), p("Eli Strand", "eli@tidepoolgames.com")],
    company="Tidepool Games",
    role="QA Lead",
    category="zone",
    notes="'our time (Pacific)' = 12:30-13:30 New York; 'chat' not 'interview'",
)

add(
    "x24.eml",
    sender="Siobhan Keane <siobhan.keane@harbourlinetravel.ie>",
    to=JORDAN,
    subject="Second interview",
    sent=at(5, 7, 11, 20, DUBLIN),
    body="""
Hi Jordan,

Thanks for your time on the phone this morning. As discussed, the second interview is with our MD, Declan
Furlong, on Tuesday 12 May at 3pm Dublin time over Teams. Declan's email is
declan.furlong@harbourlinetravel.ie should you need it.

Kind regards,
Siobhan Keane
Talent Partner | Harbourline Travel
""",
    interview=True,
    start=at(5, 12, 15, 0, DUBLIN),
    day="Tue",
    interviewers=[p("Declan Furlong", "declan.furlong@harbourlinetravel.ie")],
    company="Harbourline Travel",
    role=None,
    category="zone",
    outcome="next_round",
    notes="'Dublin time' (IST, UTC+1) = 10:00 New York; a second-round invitation (next_round); Siobhan only arranges and Declan's address is in the text",
)

# 5. day in the subject, hour only in the body
add(
    "x25.eml",
    sender="Della Marsh <della@marshfamilyfarm.com>",
    to=SOFIA,
    subject="Interview Friday",
    sent=at(5, 5, 19, 45),
    body="""
Hi Sofia,

come by at 9 a.m. - 88 Larkin Rd, the blue barn past the farm stand. Ask for me or Hank if I'm out in the
field.

Della
""",
    interview=True,
    start=at(5, 8, 9),
    day="Fri",
    interviewers=[p("Della Marsh", "della@marshfamilyfarm.com")],
    company="Marsh Family Farm",
    role=None,
    category="day-in-subject",
    notes="weekday only in the subject; Hank only receives; company from the domain marshfamilyfarm.com; no role",
)

add(
    "x26.eml",
    sender="Hugo Benn <hugo@cindercafe.com>",
    to=CAMILLE,
    subject="Tuesday chat",
    sent=at(4, 22, 10, 5),
    body="""
Camille - thanks again for yesterday, everyone liked you. Philippe (the owner) wants to talk with you
too. He's still out in Colorado so he'll phone you at 10am Mountain. Shouldn't be long.

Hugo
Cinder Cafe
""",
    interview=True,
    start=at(4, 28, 10, 0, DENVER),
    day="Tue",
    interviewers=[p("Philippe", None), p("Hugo Benn", "hugo@cindercafe.com")],
    company="Cinder Cafe",
    role=None,
    category="day-in-subject",
    outcome="next_round",
    notes="day only in the subject; '10am Mountain' = 12:00 New York; owner known by first name only, so Hugo (arranger) listed too; 'Tuesday' read as the next Tuesday, Apr 28 (the mail is Wed Apr 22); next round after a first meeting",
)

# 6. onsite loops / campus visits, panels with co-interviewers in Cc
add(
    "x27.eml",
    sender="Marjorie Fenn <mfenn@calloway.edu>",
    to=PRIYA,
    subject="Your visit to Calloway - Thursday, April 9",
    sent=at(4, 6, 14, 0),
    body="""
Dear Dr. Natarajan,

Here is the schedule for your visit on Thursday. All times are local (Eastern).

 8:45          Pickup at the Lantern Hotel (Gwen from our office)
 9:15 - 10:00  Prof. Amos Redding, chair, Biology (Hollis 214)
10:00 - 10:45  Prof. Tamsin Lowe (Hollis 230)
11:00 - 12:00  Job talk, Hollis auditorium
12:00 - 1:15   Lunch with the search committee
 1:30 - 2:15   Dean Lorraine Pike
 2:30 - 3:30   Teaching demonstration, BIO 110
 3:30 - 4:00   Wrap-up with Prof. Redding

Gwen will drive you back to the hotel afterwards. Let me know if anything needs to change.

Best,
Marjorie Fenn
Department Coordinator, Biology
Calloway College
mfenn@calloway.edu | 555-0140
""",
    interview=True,
    start=at(4, 9, 9, 15),
    end=at(4, 9, 16, 0),
    day="Thu",
    interviewers=[
        p("Amos Redding", None),
        p("Tamsin Lowe", None),
        p("Lorraine Pike", None),
        p("Marjorie Fenn", "mfenn@calloway.edu"),
    ],
    company="Calloway College",
    role=None,
    category="onsite",
    notes="campus visit; span from the first meeting (9:15; the 8:45 hotel pickup is transport, not a meeting) to the last end (4:00); faculty named only, so the coordinator is listed; role not written (a biology faculty post implied)",
)

add(
    "x28.eml",
    sender="Raquel Ibáñez <ribanez@stonebridgelibrary.org>",
    to=MARCUS,
    cc="Devendra Rao <drao@stonebridgelibrary.org>, Inge Vos <ivos@stonebridgelibrary.org>",
    subject="Branch Services Librarian - panel interview",
    sent=at(3, 25, 11, 0),
    body="""
Hello Marcus,

Thank you for applying for the Branch Services Librarian position. We'd like to invite you to a panel
interview on Wednesday, April 1, from 10:30 to 11:30 am at the Main Library, 3rd floor boardroom. I've
copied Devendra Rao and Inge Vos, who will be on the panel with me.

Please reply to confirm.

Raquel Ibáñez
Head of Public Services
Stonebridge Public Library
""",
    interview=True,
    start=at(4, 1, 10, 30),
    end=at(4, 1, 11, 30),
    day="Wed",
    interviewers=[
        p("Raquel Ibáñez", "ribanez@stonebridgelibrary.org"),
        p("Devendra Rao", "drao@stonebridgelibrary.org"),
        p("Inge Vos", "ivos@stonebridgelibrary.org"),
    ],
    company="Stonebridge Public Library",
    role="Branch Services Librarian",
    category="onsite",
    notes="panel; co-interviewers copied in Cc; 'please reply to confirm' still a fixed invitation",
)

# 7. an executive assistant books the user with a chief executive
add(
    "x29.eml",
    sender="Colette Park <cpark@ardentbiologics.com>",
    to=SOFIA,
    subject="Call with Dr. Weiss",
    sent=at(4, 20, 10, 0),
    body="""
Dear Ms. Castellanos,

I'm writing on behalf of Dr. Anton Weiss, our CEO. Dr. Weiss will call you Thursday at 11 to discuss the
VP of Operations role; he has set aside 30 minutes. If the number ending in 4471 isn't the best one to
reach you, please let me know.

Kind regards,
Colette Park
Executive Assistant to the CEO
Ardent Biologics, Inc.
""",
    interview=True,
    start=at(4, 23, 11),
    end=at(4, 23, 11, 30),
    day="Thu",
    interviewers=[p("Anton Weiss", None), p("Colette Park", "cpark@ardentbiologics.com")],
    company="Ardent Biologics, Inc.",
    role="VP of Operations",
    category="assistant",
    notes="assistant books a call with the CEO (name only); the assistant is listed because nobody named has an address (she passes the thanks on); 'set aside 30 minutes' states the end",
)

# 8. reschedule and cancellation, each with its original invitation
add(
    "x30.eml",
    sender="Pam Whitaker <pam@whitakerlandscape.com>",
    to=JORDAN,
    subject="Crew lead opening",
    sent=at(5, 11, 7, 30),
    body="""
Hi Jordan,

Thanks for applying for the crew lead opening. We'd like to meet with you Wednesday at 2 at our yard,
1450 Route 9 (the gravel lot behind the garden center). Bring a copy of your driver's license.

Pam Whitaker
Whitaker Landscape & Design
""",
    interview=True,
    start=at(5, 13, 14),
    day="Wed",
    interviewers=[p("Pam Whitaker", "pam@whitakerlandscape.com")],
    company="Whitaker Landscape & Design",
    role="Crew Lead",
    category="reschedule",
    notes="original invitation, moved by x31 to 2:30; labelled with the time this mail gives",
)

add(
    "x31.eml",
    sender="Pam Whitaker <pam@whitakerlandscape.com>",
    to=JORDAN,
    subject="Re: Crew lead opening",
    sent=at(5, 12, 16, 50),
    body="""
Jordan, a delivery got moved on me - any chance we can push to 2:30 instead of 2 tomorrow? Same place. If I
don't hear back I'll assume 2:30 is fine.

Pam
sent from my phone

On Mon, May 11, 2026 at 7:30 AM Pam Whitaker <pam@whitakerlandscape.com> wrote:
> Hi Jordan,
>
> Thanks for applying for the crew lead opening. We'd like to meet with you Wednesday at 2 at our yard,
> 1450 Route 9 (the gravel lot behind the garden center). Bring a copy of your driver's license.
>
> Pam Whitaker
> Whitaker Landscape & Design
""",
    interview=True,
    start=at(5, 13, 14, 30),
    day="Wed",
    interviewers=[p("Pam Whitaker", "pam@whitakerlandscape.com")],
    company="Whitaker Landscape & Design",
    role="Crew Lead",
    category="reschedule",
    notes="reschedule of x30: 'push to 2:30 instead of 2 tomorrow' with a default ('I'll assume 2:30'); the quoted 2 is the old time; company only in the quoted signature",
)

add(
    "x32.eml",
    sender="Helena Brisk <hbrisk@quarrylanebrewing.com>",
    to=CAMILLE,
    subject="Taproom manager interview",
    sent=at(4, 13, 11, 25),
    body="""
Hi Camille,

Thanks for applying for the taproom manager position. Can you come in Thursday at 4 for an interview? I'll
be there with our head brewer, Sam Ortiz. We're at 60 Quarry Lane - use the side entrance by the silo.

Helena Brisk
General Manager
Quarry Lane Brewing Co.
""",
    interview=True,
    start=at(4, 16, 16),
    day="Thu",
    interviewers=[p("Helena Brisk", "hbrisk@quarrylanebrewing.com"), p("Sam Ortiz", None)],
    company="Quarry Lane Brewing Co.",
    role="Taproom Manager",
    category="cancellation",
    notes="original invitation (a question with directions), cancelled by x33",
)

# ---------------------------------------------------------------- near-misses (x33-x50)

add(
    "x33.eml",
    sender="Helena Brisk <hbrisk@quarrylanebrewing.com>",
    to=CAMILLE,
    subject="Re: Taproom manager interview",
    sent=at(4, 15, 9, 15),
    body="""
Hi Camille,

I'm sorry to do this so late, but the owners have put the taproom manager position on hold, so we need to
cancel Thursday. I'll reach out if it opens up again. Apologies for the hassle.

Helena
""",
    interview=False,
    company="Quarry Lane Brewing Co.",
    role="Taproom Manager",
    category="cancellation",
    cancels="x32.eml",
    notes="cancels x32 in words ('position on hold ... need to cancel Thursday'); not a rejection of the user, so outcome null",
)

add(
    "x34.eml",
    sender="Brenda Koh <bkoh@larkspurlogistics.com>",
    to=JORDAN,
    subject="Candidate tomorrow",
    sent=at(5, 6, 15, 40),
    body="""
Hi Jordan,

Reminder that you have the warehouse supervisor candidate, Tobias Grell, at 2:00 tomorrow in Conference B.
His resume is attached. Please send me your scorecard by end of day.

Thanks,
Brenda
People Team
""",
    interview=False,
    category="hiring-side",
    notes="the user interviews someone else at their current job",
)

add(
    "x35.eml",
    sender="Oscar Lindqvist <olindqvist@brightmarketfunds.com>",
    to=PRIYA,
    subject="Analyst finalist - your panel slot",
    sent=at(4, 28, 9, 0),
    body="""
Priya,

Thanks for agreeing to sit on the panel for the analyst finalist. Your slot is 11:15-11:45 on Thursday;
you're covering the modelling questions. Candidate is Hana Ruiz - CV attached.

Oscar
""",
    interview=False,
    category="hiring-side",
    notes="the user's slot on a panel for someone else's interview",
)

add(
    "x36.eml",
    sender="Edith Warner <ewarner@hollingsworth.edu>",
    to="Search Committee <history-search@hollingsworth.edu>",
    cc=LUKAS,
    subject="Second campus visit - Dr. Moreau",
    sent=at(3, 12, 13, 30),
    body="""
Dear colleagues,

Our second finalist, Dr. Ilan Moreau, visits on Monday. Committee lunch is 12:00-1:15 at the Faculty Club,
and the job talk is at 3:30 in Keller 101. Lukas, you're also down for a one-on-one with him at 2:00.

Please send me your evaluations by Wednesday.

Edith Warner
Chair, Search Committee
""",
    interview=False,
    category="hiring-side",
    notes="the user as a search-committee member; the visitor is the candidate",
)

add(
    "x37.eml",
    sender="Wes Carmody <wes@ironleafcatering.com>",
    to=SOFIA,
    subject="event captain",
    sent=at(5, 1, 12, 10),
    body="""
Hi Sofia,

Thanks for applying for the event captain job. Would Tuesday at 10 or Wednesday at 2 work for a quick
interview? Let me know which is better for you.

Wes Carmody
Ironleaf Catering
""",
    interview=False,
    company="Ironleaf Catering",
    role="Event Captain",
    category="pending",
    notes="organiser's two options, awaiting the user's answer",
)

add(
    "x38.eml",
    sender="Jonas Reiter <j.reiter@reiter-elektro.de>",
    to=LUKAS,
    subject="Ihre Bewerbung als Elektroniker",
    sent=at(4, 20, 9, 45, BERLIN),
    body="""
Guten Tag Herr Brenner,

vielen Dank für Ihre Bewerbung. Hätten Sie am Dienstag um 10 Uhr oder am Mittwoch um 15 Uhr Zeit für ein
kurzes Gespräch am Telefon? Geben Sie mir bitte kurz Bescheid.

Mit freundlichen Grüßen
Jonas Reiter
Reiter Elektrotechnik
""",
    interview=False,
    company="Reiter Elektrotechnik",
    role="Elektroniker",
    category="pending",
    lang="de",
    notes="German: two options asked, nothing agreed",
)

add(
    "x39.eml",
    sender=PRIYA,
    to="Morgan Ellis <mellis@quillfieldhealth.com>",
    subject="Re: Next steps - Clinical Data Coordinator",
    sent=at(5, 14, 18, 30),
    body="""
Hi Morgan,

Thank you for the invitation to interview. I could do Monday at 1 or Tuesday at 9:30 - please let me know
which suits you better.

Best,
Priya
""",
    interview=False,
    company="Quillfield Health",
    role="Clinical Data Coordinator",
    category="own-proposal",
    notes="the user's own proposal (sent mail), no answer yet; company from the domain",
)

add(
    "x40.eml",
    sender="Leah Gantt <lgantt@redfernprinting.com>",
    to=MARCUS,
    subject="press operator",
    sent=at(4, 9, 16, 20),
    body="""
Marcus, thanks for coming in Tuesday. We went with someone with more offset press experience. Best of luck.

Leah
""",
    interview=False,
    company="Redfern Printing",
    role="Press Operator",
    category="outcome",
    outcome="rejected",
    notes="short rejection after an interview; company from the domain",
)

add(
    "x41.eml",
    sender="Juliette Morel <jujumorel@gmail.com>",
    to=CAMILLE,
    subject="!!!!",
    sent=at(5, 2, 21, 15),
    body="""
omg I got an interview at the museum!! tuesday at 11. can you help me prep sunday? I'll bring croissants

j
""",
    interview=False,
    category="friend",
    notes="a friend's own interview",
)

add(
    "x42.eml",
    sender="Susan Lee <lee.susan52@aol.com>",
    to=JORDAN,
    subject="Sunday",
    sent=at(4, 16, 19, 0),
    body="""
Dinner Sunday at 6 for Grandpa's 80th. Aunt Ruth is coming from Albany. Please bring the potato salad and
don't be late this time!!

Love, Mom
""",
    interview=False,
    category="other-meeting",
    notes="family dinner",
)

add(
    "x43.eml",
    sender="Brightside Dental <appointments@brightsidedental.com>",
    to=SOFIA,
    subject="Appointment reminder",
    sent=at(5, 15, 8, 0),
    body="""
Hi Sofia, this is a reminder of your appointment with Dr. Kaur on Wednesday, May 20 at 8:40 AM.
Reply Y to confirm or call 555-0190 to reschedule.
""",
    interview=False,
    category="other-meeting",
    notes="dentist appointment",
)

add(
    "x44.eml",
    sender="Inès Baptiste <ines@thesmallbatchpod.com>",
    to=LUKAS,
    subject="Recording Thursday",
    sent=at(4, 27, 11, 0),
    body="""
Hi Lukas,

Thanks so much for agreeing to come on the show! We'll record the interview Thursday at 4pm your time on
Riverside - it runs about 45 minutes. I'll send the questions the day before.

Inès
The Small Batch Podcast
""",
    interview=False,
    category="press",
    notes="podcast interview with the user as guest",
)

add(
    "x45.eml",
    sender="Tony Russo <tonyrusso.re@gmail.com>",
    to=MARCUS,
    subject="27 Wren",
    sent=at(5, 7, 17, 30),
    body="""
Hi Marcus, the landlord can show you the unit Saturday at 11. 27 Wren St, apt 2B - ring the bell for the
super and he'll let you up. Bring ID and a recent pay stub.

Tony
""",
    interview=False,
    category="other-meeting",
    notes="apartment viewing with directions",
)

add(
    "x46.eml",
    sender="Riverbend Food Pantry <volunteer@riverbendpantry.org>",
    to=CAMILLE,
    subject="Welcome! Volunteer orientation",
    sent=at(5, 11, 10, 0),
    body="""
Hi Camille,

Welcome to the Riverbend Food Pantry volunteer team! Orientation is Saturday, May 16 at 9:30 am in the
St. Anne's church hall and takes about an hour. Please arrive 10 minutes early to fill out your forms.

Marta Quinn
Volunteer Coordinator
""",
    interview=False,
    category="other-meeting",
    notes="volunteer orientation ('welcome to the team', 'forms')",
)

add(
    "x47.eml",
    sender="Rick Hollins <rhollins@valleycourier.com>",
    to=PRIYA,
    subject="soil study story",
    sent=at(3, 16, 14, 10),
    body="""
Hi Dr. Natarajan,

Thanks for agreeing to talk about your soil microbiome study. I'll call you Tuesday at 2 for the interview;
it should take 20 minutes or so.

Rick Hollins
Reporter, Valley Courier
""",
    interview=False,
    category="press",
    notes="newspaper interview with the user as source",
)

add(
    "x48.eml",
    sender="Nadia Brooks <nadia@tallgrassgrowers.com>",
    to=JORDAN,
    subject="Offer - greenhouse lead",
    sent=at(4, 30, 16, 45),
    body="""
Jordan,

We'd love to have you as our greenhouse lead! The offer letter is attached - $24/hr, full time, starting
May 11. Can you come by Monday at 8 to do the paperwork and meet the crew?

Nadia
""",
    interview=False,
    company="Tallgrass Growers",
    role="Greenhouse Lead",
    category="outcome",
    outcome="offer",
    notes="offer after x09; the Monday meeting is onboarding paperwork, not an interview",
)

add(
    "x49.eml",
    sender="Martín Quiroga <mquiroga@vinedosquiroga.com.ar>",
    to=SOFIA,
    subject="Búsqueda - encargada de turismo",
    sent=at(4, 14, 12, 0, BA),
    body="""
Hola Sofía,

Gracias por tu interés en el puesto. ¿Te vendría bien el jueves a las 11 o el viernes a las 15 (hora de
Mendoza) para una videollamada? Avisame y lo agendamos.

Martín
""",
    interview=False,
    company="Viñedos Quiroga",
    role="Encargada de turismo",
    category="pending",
    lang="es",
    notes="Spanish: two options asked, nothing agreed; company from the domain vinedosquiroga.com.ar (accent restored)",
)

add(
    "x50.eml",
    sender="Teresa Okonjo <tokonjo@meridianhomecare.org>",
    to=MARCUS,
    subject="Next step",
    sent=at(5, 18, 11, 5),
    body="""
Marcus,

Thank you for coming in on Friday. Paul and I would like you to come back to meet our executive director.
I'll send you some times once I have her calendar.

Teresa
""",
    interview=False,
    company="Meridian Home Care",
    role="Scheduler",
    category="outcome",
    outcome="next_round",
    notes="next round after x10 with no time yet",
)


# ---------------------------------------------------------------- writing and checking

MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTHS_DE = ["jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"]
MONTHS_FR = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
DAYS_EN = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DAYS_DE = ["mo", "di", "mi", "do", "fr", "sa", "so"]
DAYS_FR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]


def _wd(y: int, mo: int, d: int) -> int:
    return datetime(y, mo, d).weekday()


def check(messages) -> list[str]:
    """Weekdays written beside dates agree with the calendar; every interview starts after its Date header."""
    errors = []
    for file, text, label in messages:
        head, _, _ = text.partition("\n\n")
        sent = parsedate_to_datetime(re.search(r"^Date: (.+)$", head, re.M).group(1))
        if sent.year != 2026 or sent.month not in (3, 4, 5):
            errors.append(f"{file}: Date not in spring 2026")
        if label["is_interview"]:
            start = datetime.fromisoformat(label["start"])
            if start <= sent:
                errors.append(f"{file}: start {start} not after Date {sent}")
            if label["end"] and datetime.fromisoformat(label["end"]) <= start:
                errors.append(f"{file}: end before start")
            if not label["interviewers"]:
                errors.append(f"{file}: no interviewers")
        low = text.lower()
        # English: "Tuesday, March 3, 2026", "Tue, Mar 3, 2026", "Monday, May 18", "Wednesday, April 1"
        for m in re.finditer(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (\d{1,2})\b", low):
            if _wd(2026, MONTHS_EN.index(m.group(2)) + 1, int(m.group(3))) != DAYS_EN.index(m.group(1)):
                errors.append(f"{file}: weekday wrong in {m.group(0)!r}")
        # "Tuesday 12 May", "Wednesday, 20 May", "Mon, 4 May 2026" (also Date headers)
        for m in re.finditer(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? (\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", low):
            if _wd(2026, MONTHS_EN.index(m.group(3)) + 1, int(m.group(2))) != DAYS_EN.index(m.group(1)):
                errors.append(f"{file}: weekday wrong in {m.group(0)!r}")
        for m in re.finditer(r"\bam (mo|di|mi|do|fr|sa|so)\., (\d{1,2})\. (\w+) 2026", low):
            if _wd(2026, MONTHS_DE.index(m.group(3)[:3]) + 1, int(m.group(2))) != DAYS_DE.index(m.group(1)):
                errors.append(f"{file}: weekday wrong in {m.group(0)!r}")
        for m in re.finditer(r"\ble (lun|mar|mer|jeu|ven|sam|dim)\. (\d{1,2}) (\w+)\.? 2026", low):
            if _wd(2026, MONTHS_FR.index(m.group(3)) + 1, int(m.group(2))) != DAYS_FR.index(m.group(1)):
                errors.append(f"{file}: weekday wrong in {m.group(0)!r}")
        for m in re.finditer(r"\bel (lun|mar|mié|jue|vie|sáb|dom), (\d{1,2}) (\w+) 2026", low):
            es_days = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
            es_months = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
            if _wd(2026, es_months.index(m.group(3)) + 1, int(m.group(2))) != es_days.index(m.group(1)):
                errors.append(f"{file}: weekday wrong in {m.group(0)!r}")
        # Lotus Notes / numeric dates in quoted headers must not be after the Date header
        for m in re.finditer(r"\b(\d{2})/(\d{2})/2026\b", text):
            if datetime(2026, int(m.group(1)), int(m.group(2))).date() > sent.date():
                errors.append(f"{file}: quoted header date {m.group(0)} after the message")
    files = {f for f, _, _ in messages}
    for _, _, label in messages:
        if label.get("cancels") and label["cancels"] not in files:
            errors.append(f"{label['file']}: cancels unknown {label['cancels']}")
    return errors


def main() -> None:
    errors = check(MESSAGES)
    if errors:
        raise SystemExit("\n".join(errors))
    for old in HERE.glob("*.eml"):
        old.unlink()
    for file, text, _ in MESSAGES:
        (HERE / file).write_text(text, encoding="utf-8")
    labels = [lab for _, _, lab in MESSAGES]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(MESSAGES)} messages, {sum(lab['is_interview'] for lab in labels)} interviews; checks passed")


if __name__ == "__main__":
    main()
