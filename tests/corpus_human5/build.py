# ruff: noqa: E501  (hand-written mail keeps its own line lengths)
"""Writes tests/corpus_human5: office and foreign mail layouts around interview invitations (see README.md).

    python3 tests/corpus_human5/build.py    # rewrites the .eml files and labels.json

Each entry is one message with its label beside it. People, organisations, addresses, register numbers and
phone numbers are made up. Times are labelled in America/New_York (the user's zone); a time the mail gives in
another zone is converted with zoneinfo, so the summer-time gap weeks (US already on EDT, Europe still on CET
until 29 March 2026) come out right.
"""

from __future__ import annotations

import json
import quopri
from datetime import datetime
from email.header import Header
from email.utils import format_datetime, formataddr, getaddresses
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York")
CHICAGO = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
DUBLIN = ZoneInfo("Europe/Dublin")
BERLIN = ZoneInfo("Europe/Berlin")
VIENNA = ZoneInfo("Europe/Vienna")
ZURICH = ZoneInfo("Europe/Zurich")
PARIS = ZoneInfo("Europe/Paris")
MADRID = ZoneInfo("Europe/Madrid")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
BRUSSELS = ZoneInfo("Europe/Brussels")
SYDNEY = ZoneInfo("Australia/Sydney")
KOLKATA = ZoneInfo("Asia/Kolkata")
SINGAPORE = ZoneInfo("Asia/Singapore")
TOKYO = ZoneInfo("Asia/Tokyo")
MEXICO = ZoneInfo("America/Mexico_City")
BUENOS_AIRES = ZoneInfo("America/Argentina/Buenos_Aires")
MONTREAL = ZoneInfo("America/Toronto")

MESSAGES: list[tuple[str, bytes, dict]] = []

JORDAN = "Jordan Lee <jordan.lee@fastmail.com>"
PRIYA = "Priya Natarajan <priya.n@gmail.com>"
MARCUS = "Marcus Oyelaran <marcus.oyelaran@outlook.com>"
SOFIA = "Sofia Castellanos <sofia.castellanos@proton.me>"
LUKAS = "Lukas Brenner <lukas.brenner@posteo.de>"
CAMILLE = "Camille Dubois <camille.dubois@icloud.com>"
USERS = {JORDAN, PRIYA, MARCUS, SOFIA, LUKAS, CAMILLE}
USER_ADDRESSES = {getaddresses([u])[0][1] for u in USERS}


def at(mo: int, d: int, h: int, mi: int = 0, tz: ZoneInfo = NY) -> datetime:
    return datetime(2026, mo, d, h, mi, tzinfo=tz)


def iso(dt: datetime | None) -> str | None:
    return dt.astimezone(NY).isoformat() if dt else None


def p(name: str, email: str | None) -> dict:
    return {"name": name, "email": email}


def addr_header(value: str) -> str:
    return ", ".join(formataddr((n, a), charset="utf-8") for n, a in getaddresses([value]))


def text_header(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


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
    lang="en",
    notes,
    outcome=None,
    days=(),
    qp=False,
    crlf=False,
):
    """days: (weekday, month, day) pairs the body states; checked against the 2026 calendar."""
    for name, mo, d in days:
        real = datetime(2026, mo, d).strftime("%A")
        assert real == name, f"{file}: {mo}/{d} is a {real}, not {name}"
    if start is not None:
        assert start > sent, f"{file}: interview starts before the Date header"
        if end is not None:
            assert end > start, f"{file}: end before start"
    for person in interviewers:
        assert person["email"] not in USER_ADDRESSES, f"{file}: the user is no interviewer"
    headers = [f"From: {addr_header(sender)}", f"To: {addr_header(to)}"]
    if cc:
        headers.append(f"Cc: {addr_header(cc)}")
    headers += [
        f"Subject: {text_header(subject)}",
        f"Date: {format_datetime(sent)}",
        f"Message-ID: <{file.removesuffix('.eml')}.{sent.strftime('%Y%m%d%H%M')}@human5.example>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        f"Content-Transfer-Encoding: {'quoted-printable' if qp else '8bit'}",
    ]
    payload = (body.strip("\n") + "\n").encode("utf-8")
    if qp:
        payload = quopri.encodestring(payload)
    raw = ("\n".join(headers) + "\n\n").encode("ascii") + payload
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
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
    MESSAGES.append((file, raw, label))


# ---------------------------------------------------------------- the user's own interviews (v01-v28)

add(
    "v01.eml",
    sender="Personalabteilung Kessler <bewerbung@kessler-antriebe.de>",
    to=LUKAS,
    cc="Dr. Anja Vogt <anja.vogt@kessler-antriebe.de>, Thomas Reuter <thomas.reuter@kessler-antriebe.de>",
    subject="Einladung zum Vorstellungsgespräch - Entwicklungsingenieur Antriebssteuerung (m/w/d)",
    sent=at(4, 2, 9, 41, BERLIN),
    body="""
[cid:image001.png@01DCC2A1.5E3F7B20]

Sehr geehrter Herr Brenner,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Kessler Antriebstechnik GmbH. Gerne möchten wir Sie
persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Termin\tDonnerstag, 09.04.2026
Uhrzeit\t14:00 - 15:00 Uhr
Ort\tKessler Antriebstechnik GmbH, Werk 2, Industriestraße 14, 73037 Göppingen, Gebäude C, Empfang
Gesprächspartner\tDr. Anja Vogt (Leiterin Entwicklung), Thomas Reuter (Teamleiter Steuerungstechnik)

Frau Dr. Vogt und Herr Reuter erhalten diese Nachricht in Kopie. Bitte melden Sie sich am Empfang; ein
Besucherparkplatz ist für Sie reserviert. Reisekosten erstatten wir nach Vorlage der Belege.

Sollte Ihnen der Termin nicht passen, geben Sie uns bitte kurz Bescheid.

Mit freundlichen Grüßen

i. A. Melanie Schuster
Personalreferentin

Kessler Antriebstechnik GmbH
Industriestraße 14 | 73037 Göppingen
Tel. +49 7161 50 88-214 | Fax +49 7161 50 88-299
bewerbung@kessler-antriebe.de<mailto:bewerbung@kessler-antriebe.de> | www.kessler-antriebe.de
Erreichbar Mo-Do 8:00-16:30 Uhr, Fr 8:00-12:00 Uhr

Sitz der Gesellschaft: Göppingen | Amtsgericht Ulm HRB 531742
Geschäftsführer: Dipl.-Ing. Rainer Kessler, Sabine Kessler-Wolf

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige
Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
""",
    interview=True,
    start=at(4, 9, 14, 0, BERLIN),
    end=at(4, 9, 15, 0, BERLIN),
    interviewers=[p("Anja Vogt", "anja.vogt@kessler-antriebe.de"), p("Thomas Reuter", "thomas.reuter@kessler-antriebe.de")],
    company="Kessler Antriebstechnik",
    role="Entwicklungsingenieur Antriebssteuerung",
    category="hr-confirmation-cc",
    lang="de",
    notes="German HR invitation, flattened table with tabs, 09.04.2026 14:00-15:00 Uhr Berlin (CEST) = 08:00-09:00 NY; interviewers in Cc; cid placeholder; Amtsgericht/Geschäftsführer footer; sender is HR, not an interviewer",
    days=[("Thursday", 4, 9)],
    qp=True,
    crlf=True,
)

add(
    "v02.eml",
    sender="Hélène Marchand <h.marchand@lumerac.fr>",
    to=CAMILLE,
    cc="Olivier Besson <o.besson@lumerac.fr>",
    subject="Entretien - Chargée de marketing digital - Groupe Lumerac",
    sent=at(4, 13, 17, 5, PARIS),
    body="""
Bonjour Camille,

Suite à notre échange téléphonique, je vous confirme votre entretien pour le poste de Chargée de marketing
digital le jeudi 16 avril à 14h30 (heure de Paris), en visio sur Teams. L'entretien durera environ une heure,
avec Olivier Besson, Responsable marketing (en copie), et moi-même.

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, votre application mobile ou votre appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTg4N2Q1>
ID de la réunion : 318 402 775 96
Code secret : mZ4kQa
________________________________________________________________________________

N'hésitez pas à revenir vers moi si vous avez la moindre question.

Bien cordialement,

Hélène Marchand
Chargée de recrutement | Direction des Ressources Humaines
[Logo Groupe Lumerac]
Groupe Lumerac - 27 rue de la Pépinière - 75008 Paris
Tél. : +33 1 84 60 21 37 | Mob. : +33 6 12 48 90 55
SAS au capital de 2 400 000 EUR - RCS Paris 812 554 019

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute
utilisation non autorisée est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir
l'expéditeur et de le détruire.
""",
    interview=True,
    start=at(4, 16, 14, 30, PARIS),
    end=at(4, 16, 15, 30, PARIS),
    interviewers=[p("Olivier Besson", "o.besson@lumerac.fr"), p("Hélène Marchand", "h.marchand@lumerac.fr")],
    company="Groupe Lumerac",
    role="Chargée de marketing digital",
    category="video-link",
    lang="fr",
    notes="'le jeudi 16 avril à 14h30 (heure de Paris)', 'environ une heure' -> 08:30-09:30 NY; typed Teams block; the recruiter takes part ('et moi-même')",
    days=[("Thursday", 4, 16)],
    qp=True,
)

add(
    "v03.eml",
    sender="Lucía Ferrer <lucia.ferrer@alcara.es>",
    to=SOFIA,
    subject="RV: Entrevista Sofía Castellanos - Analista de Datos",
    sent=at(4, 10, 12, 20, MADRID),
    body="""
Hola Sofía:

Te reenvío la confirmación de Javier. Quedamos entonces el jueves 16 de abril a las 10:00 h (hora de Madrid)
en nuestras oficinas de Paseo de la Castellana 141, planta 9. La entrevista durará unos 45 minutos; estaremos
Javier y yo. Pregunta por mí en recepción.

Un saludo,

Lucía Ferrer
Técnica de Selección | Recursos Humanos
Grupo Alcara
T. +34 91 572 33 80 | lucia.ferrer@alcara.es

De: Javier Molina <javier.molina@alcara.es>
Enviado el: viernes, 10 de abril de 2026 11:02
Para: Lucía Ferrer <lucia.ferrer@alcara.es>
Asunto: RE: Entrevista Sofía Castellanos - Analista de Datos

Lucía, el jueves 16 a las 10:00 me va bien. Resérvame la sala Retiro, por favor.

Javier Molina
Responsable de Analítica

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener
información confidencial sometida a secreto profesional. Grupo Alcara S.L. - Inscrita en el Registro Mercantil
de Madrid, Tomo 31.204, Folio 88, Hoja M-561203.
""",
    interview=True,
    start=at(4, 16, 10, 0, MADRID),
    end=at(4, 16, 10, 45, MADRID),
    interviewers=[p("Javier Molina", "javier.molina@alcara.es"), p("Lucía Ferrer", "lucia.ferrer@alcara.es")],
    company="Grupo Alcara",
    role="Analista de Datos",
    category="forwarded-note",
    lang="es",
    notes="Spanish 'RV:' forward with an Outlook 'De:/Enviado el:/Para:/Asunto:' header; 'jueves 16 de abril a las 10:00 h (hora de Madrid)', 45 minutos -> 04:00-04:45 NY; the manager's address only in the quoted header",
    days=[("Thursday", 4, 16), ("Friday", 4, 10)],
)

add(
    "v04.eml",
    sender="Sanne de Vries <s.devries@brouwerlogistics.nl>",
    to=MARCUS,
    subject="Interview Brouwer Logistics - Supply Chain Planner",
    sent=at(4, 8, 16, 48, AMSTERDAM),
    body="""
Dear Marcus,

Thank you for your application. Like discussed by phone, hereby the confirmation of your interview for the
function of Supply Chain Planner.

Date: Tuesday 14 April 2026
Time: 15.00 - 16.00 CEST (Amsterdam time)
Where: online via Microsoft Teams, link below
With: Sanne de Vries (HR Business Partner) and Pieter Jansen (Manager Planning)

Join Microsoft Teams Meeting
https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5MmE3
Meeting ID: 294 118 530 07  Passcode: 7Hu3bX

Please let me know if you have questions in advance. We look forward to speak with you!

Met vriendelijke groet / Kind regards,

Sanne de Vries
HR Business Partner
Brouwer Logistics B.V. | Havenweg 88 | 3089 JB Rotterdam | The Netherlands
T +31 10 428 71 00 | s.devries@brouwerlogistics.nl
KvK 24381177
""",
    interview=True,
    start=at(4, 14, 15, 0, AMSTERDAM),
    end=at(4, 14, 16, 0, AMSTERDAM),
    interviewers=[p("Sanne de Vries", "s.devries@brouwerlogistics.nl"), p("Pieter Jansen", None)],
    company="Brouwer Logistics",
    role="Supply Chain Planner",
    category="video-link",
    lang="en",
    notes="English by a Dutch writer ('Like discussed', 'hereby the confirmation'); '15.00 - 16.00 CEST' with dots -> 09:00-10:00 NY; Pieter Jansen has no address, the sender arranges and interviews",
    days=[("Tuesday", 4, 14)],
)

add(
    "v05.eml",
    sender="Georgina Ashby <georgina.ashby@harcourttalent.co.uk>",
    to=PRIYA,
    subject="Pemberton & Lowe - interview confirmed",
    sent=at(4, 2, 15, 30, LONDON),
    body="""
Hi Priya,

Great news - Pemberton & Lowe would like to meet you for the Senior Compliance Analyst role. I've confirmed
9/4/2026 at 2pm with James Whitlock (Head of Compliance) and Eleanor Price from their risk team. It'll be at
their offices, 40 Gracechurch Street, EC3V 0BT - ask for James at the 4th floor reception.

I'll give you a call on Wednesday to prep.

Kind regards,

Georgina Ashby
Senior Consultant, Financial Services
Harcourt Talent Ltd
DD: +44 (0)20 7946 0382 | M: +44 (0)7700 900 415
Office hours Mon-Fri 8.30am-6pm

Harcourt Talent Ltd is registered in England No. 08412276. Registered office: 12 Bedford Row, London WC1R 4BU.
Harcourt Talent acts as an employment agency in relation to permanent vacancies.
""",
    interview=True,
    start=at(4, 9, 14, 0, LONDON),
    interviewers=[p("James Whitlock", None), p("Eleanor Price", None), p("Georgina Ashby", "georgina.ashby@harcourttalent.co.uk")],
    company="Pemberton & Lowe",
    role="Senior Compliance Analyst",
    category="foreign-date",
    lang="en",
    notes="UK agency; '9/4/2026 at 2pm' is day-first = 9 April, London (BST) -> 09:00 NY; no length given; interviewers name-only, the agency recruiter who arranged it listed",
)

add(
    "v06.eml",
    sender="Rachel Okafor <rachel.okafor@fenwickhale.co.uk>",
    to=JORDAN,
    subject="Video interview - Operations Coordinator",
    sent=at(4, 13, 11, 2, LONDON),
    body="""
Hi Jordan,

Thanks for taking my call this morning. As promised, here are the details for your video interview:

Thursday 16th April, 2.30pm - 3.15pm (London time)

Zoom: https://fenwickhale.zoom.us/j/84120937751?pwd=Q2xTcmVwR0
Meeting ID: 841 2093 7751
Passcode: 559017

It will be myself and Daniel Moss, our Operations Manager. Nothing to prepare, just a chat about your experience.

Best wishes,
Rachel

Rachel Okafor | Talent Partner
Fenwick Hale Ltd | Unit 4, Albion Works, Manchester M1 2FP
rachel.okafor@fenwickhale.co.uk <mailto:rachel.okafor@fenwickhale.co.uk> | +44 161 496 0734
Registered in England No. 1234567
""",
    interview=True,
    start=at(4, 16, 14, 30, LONDON),
    end=at(4, 16, 15, 15, LONDON),
    interviewers=[p("Rachel Okafor", "rachel.okafor@fenwickhale.co.uk"), p("Daniel Moss", None)],
    company="Fenwick Hale",
    role="Operations Coordinator",
    category="video-link",
    lang="en",
    notes="'Thursday 16th April, 2.30pm - 3.15pm (London time)' -> 09:30-10:15 NY; Zoom block typed; '<mailto:...>' after the address",
    days=[("Thursday", 4, 16)],
    crlf=True,
)

add(
    "v07.eml",
    sender="Liam Brennan <liam.brennan@coralbay.com.au>",
    to=JORDAN,
    subject="Chat re Data Engineer role",
    sent=at(4, 13, 10, 15, SYDNEY),
    body="""
G'day Jordan,

Thanks for your application for the Data Engineer role. Keen to have a first chat - does Wednesday 15/4 at
9am AEST work? I know that's the evening before for you in New York, so shout if it's too late. I'll send a
Teams link; we'll keep it to 45 mins.

Actually scratch the question - Priya from our team just confirmed she can join, so let's lock it in.

Cheers,
Liam

Liam Brennan
Head of Data | Coralbay Analytics Pty Ltd
Level 12, 55 Clarence Street, Sydney NSW 2000
+61 2 9011 4480
""",
    interview=True,
    start=at(4, 15, 9, 0, SYDNEY),
    end=at(4, 15, 9, 45, SYDNEY),
    interviewers=[p("Liam Brennan", "liam.brennan@coralbay.com.au"), p("Priya", None)],
    company="Coralbay Analytics",
    role="Data Engineer",
    category="foreign-date",
    lang="en",
    notes="Australian day-first '15/4 at 9am AEST' -> Tue 14 April 19:00-19:45 NY (the evening before); question withdrawn and locked in; a colleague called Priya (not the user) joins",
    days=[("Wednesday", 4, 15)],
)

add(
    "v08.eml",
    sender="Talent Acquisition - Nimbus Softworks <careers@nimbussoftworks.in>",
    to=PRIYA,
    cc="Arjun Mehta <arjun.mehta@nimbussoftworks.in>, Kavya Rao <kavya.rao@nimbussoftworks.in>",
    subject="Interview Schedule: Technical Panel Round - Senior Backend Engineer",
    sent=at(4, 14, 11, 25, KOLKATA),
    body="""
Dear Priya,

Greetings from Nimbus Softworks!

We are pleased to inform you that you have been shortlisted for the Technical Panel Round for the position of
Senior Backend Engineer. Kindly find the schedule below.

Date      : 16-04-2026 (Thursday)
Time      : 6:30 PM to 7:30 PM IST
Mode      : Video call (Google Meet)
Link      : https://meet.google.com/xkp-rdvq-tmw
Panel     : Mr. Arjun Mehta (Engineering Manager), Ms. Kavya Rao (Principal Engineer)

Request you to kindly join 5 minutes prior and keep your updated CV handy. Do revert in case of any
clarification.

Thanks & Regards,
Deepa Iyer
Talent Acquisition Team
Nimbus Softworks Pvt. Ltd.
3rd Floor, Prestige Tech Park, Outer Ring Road, Bengaluru - 560103
Ph: +91 80 4718 2200 | Office hours: 9:30 AM - 6:30 PM IST (Mon-Fri)

DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely for the use of
the individual or entity to whom they are addressed.
""",
    interview=True,
    start=at(4, 16, 18, 30, KOLKATA),
    end=at(4, 16, 19, 30, KOLKATA),
    interviewers=[p("Arjun Mehta", "arjun.mehta@nimbussoftworks.in"), p("Kavya Rao", "kavya.rao@nimbussoftworks.in")],
    company="Nimbus Softworks",
    role="Senior Backend Engineer",
    category="hr-confirmation-cc",
    lang="en",
    notes="Indian HR schedule; '16-04-2026', '6:30 PM to 7:30 PM IST' (India, +05:30) -> 09:00-10:00 NY; panel in Cc; office hours in the signature are no interview time",
    days=[("Thursday", 4, 16)],
    qp=True,
)

add(
    "v09.eml",
    sender="Martin Keller <martin.keller@halden-re.ch>",
    to=LUKAS,
    subject="Your application - Actuarial Analyst",
    sent=at(4, 15, 8, 55, ZURICH),
    body="""
Dear Mr. Brenner

Thank you very much for your interest in Halden Rückversicherung AG. We would like to invite you for a first
interview on Tuesday, 21 April 2026 at 10:00 Zurich time, at our office Mythenquai 40, 8002 Zürich. The
interview will take approx. 60 min. and will be led by myself together with Mrs. Corinne Baumann (Head Pricing).

Please bring along your diplomas and work certificates (Arbeitszeugnisse).

Kind regards

Martin Keller
Senior HR Business Partner

Halden Rückversicherung AG
Mythenquai 40, CH-8002 Zürich
Phone +41 44 555 71 20
martin.keller@halden-re.ch
""",
    interview=True,
    start=at(4, 21, 10, 0, ZURICH),
    end=at(4, 21, 11, 0, ZURICH),
    interviewers=[p("Martin Keller", "martin.keller@halden-re.ch"), p("Corinne Baumann", None)],
    company="Halden Rückversicherung",
    role="Actuarial Analyst",
    category="foreign-date",
    lang="en",
    notes="Swiss English, 'Dear Mr. Brenner' with no comma; '10:00 Zurich time', 'approx. 60 min.' -> 04:00-05:00 NY",
    days=[("Tuesday", 4, 21)],
)

add(
    "v10.eml",
    sender="Dana Whitfield <dwhitfield@lakeshorefreight.com>",
    to=MARCUS,
    subject="RE: Interview - Logistics Analyst",
    sent=at(4, 10, 15, 12, CHICAGO),
    body="""
Marcus,

Confirmed - see details below. Kevin will join me.

Date\tThursday, April 16, 2026
Time\t10:00 AM - 11:00 AM CT
Location\t233 S. Wacker Dr., Suite 4100, Chicago, IL 60606
Interviewers\tDana Whitfield, Director of Logistics; Kevin Park, Senior Analyst

Dana

Dana Whitfield | Director of Logistics
Lakeshore Freight, Inc.
O: (312) 555-0148 | M: (312) 555-0193

From: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Sent: Friday, April 10, 2026 2:40 PM
To: Dana Whitfield <dwhitfield@lakeshorefreight.com>
Subject: RE: Interview - Logistics Analyst

Hi Dana, Thursday at 10 works well for me. Thank you!
Marcus

From: Dana Whitfield <dwhitfield@lakeshorefreight.com>
Sent: Friday, April 10, 2026 11:05 AM
To: Marcus Oyelaran <marcus.oyelaran@outlook.com>
Subject: Interview - Logistics Analyst

Marcus, would Thursday 4/16 at 10am Central work for an in-person interview?
""",
    interview=True,
    start=at(4, 16, 10, 0, CHICAGO),
    end=at(4, 16, 11, 0, CHICAGO),
    interviewers=[p("Dana Whitfield", "dwhitfield@lakeshorefreight.com"), p("Kevin Park", None)],
    company="Lakeshore Freight",
    role="Logistics Analyst",
    category="us-chain",
    lang="en",
    notes="US Outlook 'From:/Sent:/To:/Subject:' chain, confirmed in new text with a tab table; 10-11 AM CT -> 11:00-12:00 NY",
    days=[("Thursday", 4, 16), ("Friday", 4, 10)],
    crlf=True,
)

add(
    "v11.eml",
    sender="Recruiting Coordinator <recruiting@harborviewrobotics.com>",
    to=JORDAN,
    cc="Meghan Doyle <mdoyle@harborviewrobotics.com>",
    subject="Onsite interview itinerary - Product Manager, Fleet Software",
    sent=at(4, 15, 13, 0),
    body="""
[Harborview Robotics logo]

Hi Jordan,

We're excited to host you for your onsite on Tuesday, April 21. Please arrive at 8:45 AM at 100 Seaport Blvd,
Boston and check in with security on the lobby level.

Agenda
9:00 AM - 9:45 AM    Meghan Doyle, Group Product Manager (hiring manager)
9:45 AM - 10:30 AM   Raj Patel, Engineering Lead <rpatel@harborviewrobotics.com>
10:30 AM - 11:15 AM  Alicia Gomez, Design Lead <agomez@harborviewrobotics.com>
11:15 AM - 12:00 PM  Product case presentation (panel)
12:00 PM - 1:00 PM   Lunch with the team

Meghan is copied. Reply here with any accessibility needs.

Best,
Tyler Brooks
Recruiting Coordinator | Harborview Robotics
""",
    interview=True,
    start=at(4, 21, 9, 0),
    end=at(4, 21, 13, 0),
    interviewers=[p("Meghan Doyle", "mdoyle@harborviewrobotics.com"), p("Raj Patel", "rpatel@harborviewrobotics.com"), p("Alicia Gomez", "agomez@harborviewrobotics.com")],
    company="Harborview Robotics",
    role="Product Manager, Fleet Software",
    category="agenda",
    lang="en",
    notes="US onsite day with a typed agenda block 9:00 AM-1:00 PM Eastern; arrive 8:45 is not the start; addresses in angle brackets after the names",
    days=[("Tuesday", 4, 21)],
)

add(
    "v12.eml",
    sender="Petra Huber <p.huber@brandl-maschinenbau.de>",
    to=LUKAS,
    subject="Zweites Gespräch - Konstrukteur Sondermaschinenbau",
    sent=at(4, 16, 14, 37, BERLIN),
    body="""
Sehr geehrter Herr Brenner,

vielen Dank für das angenehme erste Gespräch. Wir freuen uns, Sie zu einem zweiten Gespräch an unserem
Standort einzuladen:

Mittwoch, 22.04.2026, 10:30 - 12:00 Uhr
Brandl & Söhne Maschinenbau GmbH, Am Gewerbepark 7, 85748 Garching bei München

Teilnehmer seitens Brandl & Söhne: Herr Stefan Brandl (Geschäftsführer Technik) und ich. Im Anschluss
zeigen wir Ihnen gerne unsere Fertigung.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Petra Huber
Personal

Brandl & Söhne Maschinenbau GmbH
Am Gewerbepark 7 | 85748 Garching b. München
Telefon: +49 (0)89 3298 410-22
E-Mail: p.huber@brandl-maschinenbau.de
Sitz der Gesellschaft: Garching | Registergericht: Amtsgericht München HRB 118 734
Geschäftsführer: Stefan Brandl, Georg Brandl | USt-IdNr.: DE 129 447 580
""",
    interview=True,
    start=at(4, 22, 10, 30, BERLIN),
    end=at(4, 22, 12, 0, BERLIN),
    interviewers=[p("Stefan Brandl", None), p("Petra Huber", "p.huber@brandl-maschinenbau.de")],
    company="Brandl & Söhne Maschinenbau",
    role="Konstrukteur Sondermaschinenbau",
    category="second-round",
    lang="de",
    notes="German second round 'Mittwoch, 22.04.2026, 10:30 - 12:00 Uhr' -> 04:30-06:00 NY; the Geschäftsführer interviews (name only) and is also in the legal footer; HR takes part ('und ich')",
    days=[("Wednesday", 4, 22)],
    qp=True,
)

add(
    "v13.eml",
    sender="Jonas Albrecht <jonas@fernlicht-mobility.de>",
    to=JORDAN,
    subject="Next step Fernlicht",
    sent=at(4, 9, 18, 3, BERLIN),
    body="""
Hi Jordan,

thanks a lot for your interesting application! I would be happy to get to know you in a video call. Like
agreed with my colleague Mia we make it on 14.04. at 17:00 CEST, so 11:00 in New York if I calculated right.
We plan 45 minutes.

Google Meet: meet.google.com/hvu-wqzb-pfe

Best regards from Berlin
Jonas

--
Jonas Albrecht
CTO & Co-Founder
Fernlicht Mobility GmbH | Oranienstraße 185 | 10999 Berlin
Mobil: +49 (0)176 4481 2290
Geschäftsführer: Jonas Albrecht, Mia Schröder | Amtsgericht Charlottenburg HRB 219944 B
""",
    interview=True,
    start=at(4, 14, 17, 0, BERLIN),
    end=at(4, 14, 17, 45, BERLIN),
    interviewers=[p("Jonas Albrecht", "jonas@fernlicht-mobility.de")],
    company="Fernlicht Mobility",
    role=None,
    category="video-link",
    lang="en",
    notes="German-English ('Like agreed', 'we make it on'); '14.04. at 17:00 CEST' with no weekday, converted in the text to 11:00 New York; 45 minutes; role never named",
)

add(
    "v14.eml",
    sender="Amandine Roux <a.roux@talentis-recrutement.fr>",
    to=CAMILLE,
    subject="TR: Candidature Camille Dubois - Chef de produit",
    sent=at(4, 14, 10, 12, PARIS),
    body="""
Bonjour Camille,

Bonne nouvelle : Claire Fontaine, directrice marketing de Sorel Cosmétiques, souhaite vous rencontrer. Voir son
message ci-dessous. Je vous confirme donc le mardi 21 avril à 11h, dans leurs locaux au 8 rue Paul Bert, 69003 Lyon.
Pensez à prendre une pièce d'identité pour l'accueil.

Je vous appelle demain pour préparer l'entretien.

Amandine Roux
Consultante Senior | Talentis Recrutement
+33 4 72 10 58 36 | a.roux@talentis-recrutement.fr

De : Claire Fontaine <claire.fontaine@sorel-cosmetiques.fr>
Envoyé : lundi 13 avril 2026 18:47
À : Amandine Roux <a.roux@talentis-recrutement.fr>
Objet : RE: Candidature Camille Dubois - Chef de produit

Bonjour Amandine,

Le profil de Camille m'intéresse beaucoup. Je peux la voir le mardi 21 avril à 11h, pendant une heure, à Lyon.

Bien à vous,
Claire Fontaine
Directrice Marketing
Sorel Cosmétiques SA
""",
    interview=True,
    start=at(4, 21, 11, 0, PARIS),
    end=at(4, 21, 12, 0, PARIS),
    interviewers=[p("Claire Fontaine", "claire.fontaine@sorel-cosmetiques.fr")],
    company="Sorel Cosmétiques",
    role="Chef de produit",
    category="forwarded-note",
    lang="fr",
    notes="agency forwards ('TR:') the hiring manager's French Outlook header 'De :/Envoyé :/À :/Objet :'; 'mardi 21 avril à 11h', 'pendant une heure' (in the quoted note) -> 05:00-06:00 NY; the agency is not the company",
    days=[("Tuesday", 4, 21), ("Monday", 4, 13)],
)

add(
    "v15.eml",
    sender="Ricardo Orozco <rorozco@textilesorozco.mx>",
    to=SOFIA,
    subject="Entrevista / Interview - Export Coordinator",
    sent=at(4, 17, 13, 20, MEXICO),
    body="""
Hola Sofía, good afternoon,

Like we talked, I confirm you the interview for the Export Coordinator position for Thursday April 23 at 9:00
hrs (Mexico City time). It will be by Zoom, I send you the data:

Tema: Entrevista Sofía Castellanos
Unirse a la reunión Zoom
https://us06web.zoom.us/j/81733905526
ID de reunión: 817 3390 5526
Código de acceso: 240423

We will be me and our CFO, Lic. Adriana Salas.

Saludos cordiales,

Ricardo Orozco
Director Comercial
Textiles Orozco S.A. de C.V.
Av. Vallarta 3040, Guadalajara, Jal., México
Tel. +52 33 3615 2290
""",
    interview=True,
    start=at(4, 23, 9, 0, MEXICO),
    interviewers=[p("Ricardo Orozco", "rorozco@textilesorozco.mx"), p("Adriana Salas", None)],
    company="Textiles Orozco",
    role="Export Coordinator",
    category="video-link",
    lang="en",
    notes="English by a Spanish speaker; '9:00 hrs (Mexico City time)' (UTC-6, no summer time since 2022) -> 11:00 NY, no length; Zoom block in Spanish",
    days=[("Thursday", 4, 23)],
    qp=True,
)

add(
    "v16.eml",
    sender="Niamh Walsh <niamh.walsh@kilbridesoftware.ie>",
    to=MARCUS,
    subject="Kilbride Software - phone interview",
    sent=at(4, 16, 9, 10, DUBLIN),
    body="""
Hi Marcus,

Thanks a million for applying for the Customer Success Lead job. Would love to have a quick chat - I've put
us down for Tuesday 21st April at 3pm Dublin time, 30 mins. I'll ring you on the mobile number on your CV
(+1 617 555 0122); if that doesn't suit just reply and we'll sort another time.

Talk soon,
Niamh

Niamh Walsh | People & Talent
Kilbride Software Ltd. | Block B, Grand Canal Quay, Dublin 2, D02 XK57
Registered in Ireland No. 598813 | Registered Office as above
""",
    interview=True,
    start=at(4, 21, 15, 0, DUBLIN),
    end=at(4, 21, 15, 30, DUBLIN),
    interviewers=[p("Niamh Walsh", "niamh.walsh@kilbridesoftware.ie")],
    company="Kilbride Software",
    role="Customer Success Lead",
    category="foreign-date",
    lang="en",
    notes="Irish; '3pm Dublin time' (IST = Irish Standard Time, +01:00 in April) -> 10:00-10:30 NY; 'if that doesn't suit' leaves it booked; the user's own phone number is no time",
    days=[("Tuesday", 4, 21)],
)

add(
    "v17.eml",
    sender="Angela Moreno <amoreno@cascadiahealth.org>",
    to=PRIYA,
    subject="FW: Priya Natarajan - interview Friday",
    sent=at(4, 14, 16, 5, LA),
    body="""
Hi Priya,

Please see Tom's note below - you're all set for Friday, April 17 from 2:00 to 3:00 PM Pacific. Tom will call
you on Teams (link to follow from his calendar). Let me know if anything changes.

Thanks,
Angela Moreno
Talent Acquisition Partner | Cascadia Health
(206) 555-0177

-----Original Message-----
From: Reyes, Tom <treyes@cascadiahealth.org>
Sent: Tuesday, April 14, 2026 3:48 PM
To: Moreno, Angela <amoreno@cascadiahealth.org>
Subject: RE: Priya Natarajan - interview Friday

Angela - Friday 2-3 PT works for me for the clinical data analyst interview. Linda Cho from informatics will
join for the second half.

Tom Reyes
Manager, Clinical Analytics

CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole use of the intended recipient(s)
and may contain confidential and privileged information, including protected health information.
""",
    interview=True,
    start=at(4, 17, 14, 0, LA),
    end=at(4, 17, 15, 0, LA),
    interviewers=[p("Tom Reyes", "treyes@cascadiahealth.org"), p("Linda Cho", None)],
    company="Cascadia Health",
    role="Clinical Data Analyst",
    category="us-chain",
    lang="en",
    notes="US HR forward with '-----Original Message-----' and 'Reyes, Tom <...>' (last, first); 2:00-3:00 PM Pacific -> 17:00-18:00 NY",
    days=[("Friday", 4, 17), ("Tuesday", 4, 14)],
)

add(
    "v18.eml",
    sender="Ashcombe Careers <careers@ashcombe.co.uk>",
    to=SOFIA,
    subject="Interview invitation - Financial Planning Analyst (Ref AB-2231)",
    sent=at(4, 14, 14, 22, LONDON),
    body="""
[cid:image001.png@01DCCB3E.7A41C9F0]
[Company logo]

Dear Sofia,

Thank you for your application. We are delighted to invite you to an interview.

Interview details
Date
Monday, 20 April 2026
Time
09:30 – 10:15 BST
Location
Microsoft Teams (link below)
Interviewers
Hannah Griffiths (Head of Finance) hannah.griffiths@ashcombe.co.uk <mailto:hannah.griffiths@ashcombe.co.uk>
Oliver Grant (Senior Analyst)

Join on your computer or mobile app
Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_MmI4ZTk0>

If you require any reasonable adjustments, please contact us.

Kind regards,
Recruitment Team
[cid:image002.png@01DCCB3E.7A41C9F0]

Ashcombe Building Society is authorised by the Prudential Regulation Authority and regulated by the Financial
Conduct Authority and the PRA (FRN 100882). Registered office: Ashcombe House, Bristol BS1 4QD.
""",
    interview=True,
    start=at(4, 20, 9, 30, LONDON),
    end=at(4, 20, 10, 15, LONDON),
    interviewers=[p("Hannah Griffiths", "hannah.griffiths@ashcombe.co.uk"), p("Oliver Grant", None)],
    company="Ashcombe Building Society",
    role="Financial Planning Analyst",
    category="outlook-html",
    lang="en",
    notes="HTML table flattened one cell a line (label line, value line); '09:30 – 10:15 BST' with an en dash -> 04:30-05:15 NY; cid placeholders and '[Company logo]'; FRN number is no time",
    days=[("Monday", 4, 20)],
    qp=True,
    crlf=True,
)

add(
    "v19.eml",
    sender="Recruiting Donautal Energie <karriere@donautal-energie.at>",
    to=LUKAS,
    cc="Mag. Eva Pichler <eva.pichler@donautal-energie.at>, DI Florian Gruber <florian.gruber@donautal-energie.at>, Sandra Leitner <sandra.leitner@donautal-energie.at>",
    subject="Einladung Hearing - Projektleiter Netzausbau",
    sent=at(4, 15, 11, 30, VIENNA),
    body="""
Sehr geehrter Herr Brenner,

wir freuen uns, Sie zum Hearing für die Position Projektleiter Netzausbau einzuladen.

Datum: Donnerstag, 23. April 2026
Zeit: 9:00–10:30 Uhr (MESZ)
Ort: Donautal Energie GmbH, Wagramer Straße 19, 1220 Wien, 3. OG, Besprechungsraum Donau
Kommission:
- Mag. Eva Pichler, Leitung Personal
- DI Florian Gruber, Bereichsleiter Netze
- Sandra Leitner, Betriebsrätin

Bitte bereiten Sie eine Präsentation (max. 10 Minuten) zu einem Netzausbauprojekt Ihrer Wahl vor.

Mit freundlichen Grüßen
Ihr Recruiting-Team

Donautal Energie GmbH | Wagramer Straße 19 | 1220 Wien
FN 204518 t | Handelsgericht Wien | UID ATU 51239904
""",
    interview=True,
    start=at(4, 23, 9, 0, VIENNA),
    end=at(4, 23, 10, 30, VIENNA),
    interviewers=[p("Eva Pichler", "eva.pichler@donautal-energie.at"), p("Florian Gruber", "florian.gruber@donautal-energie.at"), p("Sandra Leitner", "sandra.leitner@donautal-energie.at")],
    company="Donautal Energie",
    role="Projektleiter Netzausbau",
    category="panel",
    lang="de",
    notes="Austrian 'Hearing' (panel) with a 'Kommission' list, titles Mag./DI; '9:00–10:30 Uhr (MESZ)' -> 03:00-04:30 NY; the 10-minute presentation is no length",
    days=[("Thursday", 4, 23)],
)

add(
    "v20.eml",
    sender="Julie Tremblay <jtremblay@borealassurances.ca>",
    to=CAMILLE,
    subject="Entrevue - Analyste actuarielle",
    sent=at(4, 20, 15, 40, MONTREAL),
    body="""
Bonjour Camille,

Merci pour votre intérêt envers Boréal Assurances. J'aimerais vous rencontrer en entrevue le mardi 28 avril
à 10 h (heure de l'Est), à nos bureaux du 1250, boul. René-Lévesque Ouest, bureau 2200, à Montréal. Prévoyez
environ 1 h 30 : une heure avec moi et Marc-André Gagnon, puis un court test technique.

Au plaisir,

Julie Tremblay, CRHA
Conseillère principale, acquisition de talents
Boréal Assurances inc.
514 555-0162, poste 2214
""",
    interview=True,
    start=at(4, 28, 10, 0, MONTREAL),
    end=at(4, 28, 11, 30, MONTREAL),
    interviewers=[p("Julie Tremblay", "jtremblay@borealassurances.ca"), p("Marc-André Gagnon", None)],
    company="Boréal Assurances",
    role="Analyste actuarielle",
    category="foreign-date",
    lang="fr",
    notes="Québec French 'entrevue', 'le mardi 28 avril à 10 h (heure de l'Est)' -> 10:00 NY; 'environ 1 h 30' including a short test -> 11:30",
    days=[("Tuesday", 4, 28)],
)

add(
    "v21.eml",
    sender="Els Peeters <els.peeters@vanderstraeten.be>",
    to=LUKAS,
    subject="RE: Sollicitatie Technisch Aankoper",
    sent=at(4, 20, 9, 5, BRUSSELS),
    body="""
Beste Lukas,

Dank voor je snelle reactie. Dan noteren we het gesprek op dinsdag 28 april om 14.00 uur, tot ongeveer 15.00
uur, bij ons op kantoor (Noorderlaan 133, 2030 Antwerpen). Je spreekt met Koen Janssens, aankoopdirecteur, en
mezelf.

Met vriendelijke groeten,

Els Peeters
HR Manager
Vanderstraeten NV | Noorderlaan 133 | B-2030 Antwerpen
T +32 3 541 82 60 | els.peeters@vanderstraeten.be
RPR Antwerpen - BTW BE 0412.558.903

Van: Lukas Brenner <lukas.brenner@posteo.de>
Verzonden: vrijdag 17 april 2026 19:22
Aan: Els Peeters <els.peeters@vanderstraeten.be>
Onderwerp: RE: Sollicitatie Technisch Aankoper

Beste Els, dinsdag 28 april in de namiddag past mij goed. Groeten, Lukas
""",
    interview=True,
    start=at(4, 28, 14, 0, BRUSSELS),
    end=at(4, 28, 15, 0, BRUSSELS),
    interviewers=[p("Koen Janssens", None), p("Els Peeters", "els.peeters@vanderstraeten.be")],
    company="Vanderstraeten",
    role="Technisch Aankoper",
    category="localized-header",
    lang="nl",
    notes="Flemish Dutch with the user's own quoted 'Van:/Verzonden:/Aan:/Onderwerp:' reply; 'om 14.00 uur, tot ongeveer 15.00 uur' -> 08:00-09:00 NY",
    days=[("Tuesday", 4, 28), ("Friday", 4, 17)],
    qp=True,
)

add(
    "v22.eml",
    sender="Tan Wei Ling <weiling.tan@merlionpay.sg>",
    to=PRIYA,
    subject="Merlion Payments - Risk Engineer interview (Round 2)",
    sent=at(4, 22, 17, 45, SINGAPORE),
    body="""
Hi Priya,

Thank you for your time in the first round. We would like to invite you for the second round with our Head of
Risk Engineering, Mr. Kenneth Lim, and myself.

Date: Wednesday, 29 April 2026
Time: 9:00 PM - 10:00 PM SGT (9:00 AM - 10:00 AM New York)

Zoom link: https://merlionpay.zoom.us/j/92011846637
Meeting ID: 920 1184 6637
Passcode: MPR2026

Please acknowledge receipt of this email.

Best regards,
Wei Ling
Tan Wei Ling (Ms)
Senior Talent Acquisition Specialist
Merlion Payments Pte. Ltd. | 8 Marina View, #28-01, Singapore 018960
T +65 6817 4420
""",
    interview=True,
    start=at(4, 29, 21, 0, SINGAPORE),
    end=at(4, 29, 22, 0, SINGAPORE),
    interviewers=[p("Kenneth Lim", None), p("Tan Wei Ling", "weiling.tan@merlionpay.sg")],
    company="Merlion Payments",
    role="Risk Engineer",
    category="second-round",
    lang="en",
    notes="Singapore, surname first ('Tan Wei Ling'); '9:00 PM - 10:00 PM SGT' with the New York time in brackets -> 09:00-10:00 NY the same day; 'Round 2'",
    days=[("Wednesday", 4, 29)],
)

add(
    "v23.eml",
    sender="Graduate Recruitment <graduates@thornburyco.co.uk>",
    to=JORDAN,
    subject="Thornbury & Co - Assessment Centre, Wednesday 29 April",
    sent=at(4, 21, 12, 0, LONDON),
    body="""
Dear Jordan,

Congratulations on progressing to the final stage. Your assessment centre takes place on Wednesday 29 April
2026 at our London office, 1 Paternoster Lane, EC4M 7BQ (London time throughout).

9.15am    Arrival and coffee, ground floor reception
9.30am    Welcome - Sophie Allard, Graduate Recruitment Manager
10.00am   Group exercise (observed by the assessor team)
11.30am   Competency interview with Partner Richard Hale and Senior Manager Aisha Bello
12.30pm   Lunch with current graduates
1.30pm    Case study presentation to Richard Hale
3.00pm    Close

Please bring photo ID. Dress code is business.

Kind regards,
Graduate Recruitment Team
Thornbury & Co LLP

Thornbury & Co LLP is a limited liability partnership registered in England and Wales with registered number
OC301554. A list of members is available at our registered office.
""",
    interview=True,
    start=at(4, 29, 9, 30, LONDON),
    end=at(4, 29, 15, 0, LONDON),
    interviewers=[p("Richard Hale", None), p("Aisha Bello", None), p("Graduate Recruitment", "graduates@thornburyco.co.uk")],
    company="Thornbury & Co",
    role=None,
    category="agenda",
    lang="en",
    notes="UK assessment centre (onsite day), agenda with '9.30am' dots; starts 9.30 after 9.15 arrival, closes 3.00pm London -> 04:30-10:00 NY; interviewers name-only, the graduate team's address listed as arranger",
    days=[("Wednesday", 4, 29)],
    crlf=True,
)

add(
    "v24.eml",
    sender="Martín Gutiérrez <mgutierrez@pampadigital.com.ar>",
    to=SOFIA,
    subject="Entrevista - Product Designer Sr.",
    sent=at(4, 22, 16, 30, BUENOS_AIRES),
    body="""
Hola Sofía, ¿cómo estás?

Te escribo para confirmarte la entrevista para la búsqueda de Product Designer Sr. Quedamos el lunes 27 de abril
a las 11 h (hora de Buenos Aires) por Google Meet: meet.google.com/rpa-xkzm-hqd. Vamos a estar Florencia Ríos
(Head of Design) y yo, calculá unos 50 minutos.

Cualquier cosa me escribís.

Abrazo,

Martín Gutiérrez
Talent Partner | Pampa Digital S.A.
Av. del Libertador 6550, Piso 4 - C1428 CABA, Argentina
+54 11 5263-1190
""",
    interview=True,
    start=at(4, 27, 11, 0, BUENOS_AIRES),
    end=at(4, 27, 11, 50, BUENOS_AIRES),
    interviewers=[p("Florencia Ríos", None), p("Martín Gutiérrez", "mgutierrez@pampadigital.com.ar")],
    company="Pampa Digital",
    role="Product Designer Sr.",
    category="video-link",
    lang="es",
    notes="Argentine Spanish (voseo); 'el lunes 27 de abril a las 11 h (hora de Buenos Aires)' (UTC-3) -> 10:00 NY; 'unos 50 minutos'",
    days=[("Monday", 4, 27)],
    qp=True,
)

add(
    "v25.eml",
    sender="Sarah Kim <skim@ridgelinecap.com>",
    to=MARCUS,
    subject="FW: Interview: Marcus Oyelaran / Ridgeline - Associate",
    sent=at(4, 23, 9, 14),
    body="""
Marcus - forwarding the invite text since your address bounced the calendar item. See you Tuesday.

Sarah

From: Sarah Kim <skim@ridgelinecap.com<mailto:skim@ridgelinecap.com>>
Sent: Thursday, April 23, 2026 9:02 AM
To: Sarah Kim <skim@ridgelinecap.com<mailto:skim@ridgelinecap.com>>; David Feld <dfeld@ridgelinecap.com<mailto:dfeld@ridgelinecap.com>>
Subject: Interview: Marcus Oyelaran / Ridgeline - Associate
When: Tuesday, April 28, 2026 1:00 PM-1:45 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Ridgeline Capital, 399 Park Ave, 31st Fl - Conference Room B

Candidate: Marcus Oyelaran (marcus.oyelaran@outlook.com<mailto:marcus.oyelaran@outlook.com>)
Interviewers: Sarah Kim, David Feld
Format: in person, 45 min

________________________________

This message is intended only for the addressee(s). Ridgeline Capital LLC, member FINRA/SIPC.
""",
    interview=True,
    start=at(4, 28, 13, 0),
    end=at(4, 28, 13, 45),
    interviewers=[p("Sarah Kim", "skim@ridgelinecap.com"), p("David Feld", "dfeld@ridgelinecap.com")],
    company="Ridgeline Capital",
    role="Associate",
    category="us-chain",
    lang="en",
    notes="Outlook meeting body pasted as text: 'When: ... (UTC-05:00) Eastern Time (US & Canada)' is Outlook's zone name, the time is Eastern local (EDT); addresses with '<mailto:...>' inside angle brackets; the user named as 'Candidate'",
    days=[("Tuesday", 4, 28), ("Thursday", 4, 23)],
)

add(
    "v26.eml",
    sender="Hiroshi Sato <h.sato@kanazawa-precision.co.jp>",
    to=JORDAN,
    subject="Interview schedule (Kanazawa Precision)",
    sent=at(4, 24, 10, 30, TOKYO),
    body="""
Dear Mr. Jordan Lee,

Thank you for your kind reply. We are pleased to confirm the online interview as follows.

1. Date and time: April 30 (Thu), 10:00-11:00 JST
   (April 29 (Wed), 21:00-22:00 in New York, EDT)
2. Method: Microsoft Teams (URL will be sent one day before)
3. Attendees from our side: Hiroshi Sato (Overseas Sales Dept. Manager), Yuki Nakamura (HR)

We are looking forward to talking with you.

Best regards,

Hiroshi Sato
Manager, Overseas Sales Department
Kanazawa Precision Co., Ltd.
2-14-8 Hirooka, Kanazawa, Ishikawa 920-0031 Japan
TEL: +81-76-225-4410
""",
    interview=True,
    start=at(4, 30, 10, 0, TOKYO),
    end=at(4, 30, 11, 0, TOKYO),
    interviewers=[p("Hiroshi Sato", "h.sato@kanazawa-precision.co.jp"), p("Yuki Nakamura", None)],
    company="Kanazawa Precision",
    role=None,
    category="foreign-date",
    lang="en",
    notes="Japanese numbered list, 'April 30 (Thu), 10:00-11:00 JST' with its New York equivalent given as the day before -> Wed 29 April 21:00-22:00 NY",
    days=[("Thursday", 4, 30), ("Wednesday", 4, 29)],
)

add(
    "v27.eml",
    sender="Katrin Weber <k.weber@weber-medientechnik.de>",
    to=LUKAS,
    subject="AW: Ihre Bewerbung als Systemadministrator",
    sent=at(4, 23, 16, 2, BERLIN),
    body="""
Hallo Herr Brenner,

prima, dann sehen wir uns nächsten Dienstag um 15 Uhr bei uns in der Hafenstraße 22 in Bremen.
Klingeln Sie bitte bei "Weber Medientechnik", 2. Stock.

Viele Grüße
Katrin Weber

Weber Medientechnik GmbH
Hafenstraße 22 · 28217 Bremen
Tel. 0421 / 38 77 19-0
Geschäftsführerin: Katrin Weber · Amtsgericht Bremen HRB 30412 HB

-----Ursprüngliche Nachricht-----
Von: Lukas Brenner <lukas.brenner@posteo.de>
Gesendet: Donnerstag, 23. April 2026 14:51
An: Katrin Weber <k.weber@weber-medientechnik.de>
Betreff: AW: Ihre Bewerbung als Systemadministrator

Sehr geehrte Frau Weber,

vielen Dank für die Einladung zum Vorstellungsgespräch. Dienstag nachmittags würde mir gut passen.

Mit freundlichen Grüßen
Lukas Brenner
""",
    interview=True,
    start=at(4, 28, 15, 0, BERLIN),
    interviewers=[p("Katrin Weber", "k.weber@weber-medientechnik.de")],
    company="Weber Medientechnik",
    role="Systemadministrator",
    category="localized-header",
    lang="de",
    notes="German 'AW:' with '-----Ursprüngliche Nachricht-----' and 'Von:/Gesendet:/An:/Betreff:'; 'nächsten Dienstag um 15 Uhr' from Thu 23 April -> Tue 28 April 09:00 NY; no length given",
    days=[("Thursday", 4, 23)],
    crlf=True,
)

add(
    "v28.eml",
    sender="Tom Aldridge <tom.aldridge@greshamanalytics.co.uk>",
    to=MARCUS,
    subject="Tomorrow",
    sent=at(4, 29, 17, 20, LONDON),
    body="""
Marcus,

Sorry for the short notice - a slot has opened up with our MD. Could we do tomorrow at half two, London
time? Video call, 45 minutes, I'll send a Teams link in the morning. Assume yes unless I hear otherwise.

Many thanks,
Tom

Tom Aldridge
Hiring Manager, Client Analytics
Gresham Analytics Ltd | 20 Eastbourne Terrace, London W2 6LG
Registered in England No. 10337652
""",
    interview=True,
    start=at(4, 30, 14, 30, LONDON),
    end=at(4, 30, 15, 15, LONDON),
    interviewers=[p("Tom Aldridge", "tom.aldridge@greshamanalytics.co.uk")],
    company="Gresham Analytics",
    role=None,
    category="foreign-date",
    lang="en",
    notes="British 'half two' = 2:30pm; 'tomorrow' from Wed 29 April -> Thu 30 April 14:30 London = 09:30-10:15 NY; 'Assume yes unless I hear otherwise' books it; the MD is unnamed",
)


# ---------------------------------------------------------------- near-misses (v29-v42)

add(
    "v29.eml",
    sender="Melanie Schuster <melanie.schuster@kessler-antriebe.de>",
    to=LUKAS,
    cc="Dr. Anja Vogt <anja.vogt@kessler-antriebe.de>",
    subject="Vorstellungsgespräch Herr Yilmaz - Werkstudent Prüfstand",
    sent=at(3, 16, 10, 5, BERLIN),
    body="""
Hallo Lukas,

wie besprochen habe ich das Vorstellungsgespräch mit Herrn Emre Yilmaz (Werkstudent Prüfstand) für
Donnerstag, 19.03.2026, 13:00 - 14:00 Uhr in Besprechungsraum C2.14 eingeplant. Teilnehmer: Anja, du und ich.
Lebenslauf und Zeugnisse findest du im Bewerbermanagement unter der Kennziffer 2026-044.

Bitte gib mir nach dem Gespräch kurz dein Feedback.

Viele Grüße
Melanie

Melanie Schuster | Personalreferentin
Kessler Antriebstechnik GmbH | Tel. +49 7161 50 88-214
Sitz der Gesellschaft: Göppingen | Amtsgericht Ulm HRB 531742 | Geschäftsführer: Dipl.-Ing. Rainer Kessler
""",
    interview=False,
    category="hiring-side",
    lang="de",
    notes="the user interviews a working student at his current employer (HR to a colleague: 'Hallo Lukas', 'du'); CET weeks (19.03.) would be 08:00 NY",
    days=[("Thursday", 3, 19)],
    qp=True,
)

add(
    "v30.eml",
    sender="Amandine Roux <a.roux@talentis-recrutement.fr>",
    to=CAMILLE,
    subject="Proposition de créneaux - Responsable communication",
    sent=at(3, 23, 9, 30, PARIS),
    body="""
Bonjour Camille,

Le client (une maison d'édition lyonnaise) souhaite vous rencontrer pour le poste de Responsable
communication. Je vous propose les créneaux suivants :

- mardi 31 mars à 14h
- mercredi 1er avril à 10h30

Merci de me confirmer celui qui vous convient ; je reviendrai ensuite vers vous avec la confirmation
définitive et le nom de votre interlocuteur.

Bien cordialement,
Amandine Roux
Consultante Senior | Talentis Recrutement
+33 4 72 10 58 36
""",
    interview=False,
    category="pending",
    lang="fr",
    notes="agency offers two slots and asks the user to choose; nothing agreed",
    days=[("Tuesday", 3, 31), ("Wednesday", 4, 1)],
)

add(
    "v31.eml",
    sender=SOFIA,
    to="Lucía Ferrer <lucia.ferrer@alcara.es>",
    subject="RE: Entrevista - Analista de Datos",
    sent=at(4, 9, 18, 10, NY),
    body="""
Hola Lucía:

Muchas gracias por la propuesta. El jueves 16 de abril a las 10:00 (hora de Madrid) me vendría perfecto; si no,
también podría el viernes 17 a la misma hora.

Quedo a la espera de vuestra confirmación.

Un saludo,
Sofía Castellanos

De: Lucía Ferrer <lucia.ferrer@alcara.es>
Enviado el: jueves, 9 de abril de 2026 7:40
Para: Sofía Castellanos <sofia.castellanos@proton.me>
Asunto: Entrevista - Analista de Datos

Hola Sofía: nos gustaría conocerte. ¿Qué disponibilidad tienes la semana que viene?
""",
    interview=False,
    category="own-proposal",
    lang="es",
    notes="the user's own reply proposing two times in Spanish; the company has not confirmed yet (v03 is the later confirmation)",
    days=[("Thursday", 4, 16), ("Friday", 4, 17), ("Thursday", 4, 9)],
)

add(
    "v32.eml",
    sender="Ben Hargreaves <ben.hargreaves@gmail.com>",
    to=PRIYA,
    subject="Fwd: Interview confirmation - Hollis Bank",
    sent=at(4, 13, 20, 15, LONDON),
    body="""
Priya - this is the one I told you about at lunch. Any tips on panel interviews? You've done loads.

Ben

---------- Forwarded message ---------
From: Hollis Bank Recruitment <recruitment@hollisbank.co.uk>
Date: Mon, 13 Apr 2026 at 16:02
Subject: Interview confirmation - Hollis Bank
To: Ben Hargreaves <ben.hargreaves@gmail.com>

Dear Ben,

Your interview for the role of Credit Risk Analyst is confirmed for Friday 17/4/2026 at 11am at 25 King
William Street, London EC4R 9AB. Your panel: Margaret Lowe and Stuart Finch.

Hollis Bank plc. Registered in England No. 2065531.
""",
    interview=False,
    category="colleague",
    lang="en",
    notes="a colleague forwards his own interview confirmation to the user for advice",
    days=[("Friday", 4, 17), ("Monday", 4, 13)],
)

add(
    "v33.eml",
    sender="Karriere-Newsletter StepStein <newsletter@stepstein.de>",
    to=LUKAS,
    subject="5 Tipps fürs Vorstellungsgespräch + Live-Webinar am Donnerstag",
    sent=at(4, 13, 7, 0, BERLIN),
    body="""
[cid:image001.png@01DCCB01.00000000]
Hallo Lukas,

das Vorstellungsgespräch steht an? Mit diesen fünf Tipps bist du vorbereitet:

1. Recherchiere das Unternehmen gründlich.
2. Übe die Selbstpräsentation (max. 3 Minuten).
3. Bereite eigene Fragen vor.
4. Plane die Anreise mit Puffer.
5. Schicke nach dem Gespräch ein kurzes Dankeschön.

Live-Webinar "Gehaltsverhandlung im Vorstellungsgespräch"
Datum\tDonnerstag, 16.04.2026
Uhrzeit\t18:00 - 19:00 Uhr
Referentin\tDr. Judith Albers, Karrierecoach
Jetzt kostenlos anmelden: https://www.stepstein.de/webinar/gehalt

Du erhältst diesen Newsletter, weil du dich auf stepstein.de angemeldet hast. Abmelden: https://www.stepstein.de/abmelden
StepStein GmbH | Rosenthaler Str. 40 | 10178 Berlin | Amtsgericht Charlottenburg HRB 170220 B
Geschäftsführer: Henrik Olsen
""",
    interview=False,
    category="newsletter",
    lang="de",
    notes="German career newsletter with interview tips and a webinar in an Outlook-style table",
    days=[("Thursday", 4, 16)],
    qp=True,
    crlf=True,
)

add(
    "v34.eml",
    sender="Élodie Garnier <egarnier@lechodeslyon.fr>",
    to=CAMILLE,
    subject="Interview pour L'Écho de Lyon - votre atelier",
    sent=at(4, 14, 11, 45, PARIS),
    body="""
Bonjour Camille,

Merci d'avoir accepté de nous accorder une interview pour notre série sur les jeunes créatrices lyonnaises.
Comme convenu, je passerai à votre atelier le vendredi 17 avril à 9h30 avec notre photographe, Luc Morel.
L'entretien durera une quarantaine de minutes.

Bien à vous,

Élodie Garnier
Journaliste - Rubrique Économie
L'Écho de Lyon | 04 78 62 19 00
""",
    interview=False,
    category="press",
    lang="fr",
    notes="a newspaper interviews the user about her own workshop ('interview', 'entretien'), agreed with a time and length",
    days=[("Friday", 4, 17)],
)

add(
    "v35.eml",
    sender="Sanne de Vries <s.devries@brouwerlogistics.nl>",
    to=MARCUS,
    subject="Your application Supply Chain Planner",
    sent=at(4, 17, 14, 10, AMSTERDAM),
    body="""
Dear Marcus,

Thank you for the nice conversation of Tuesday 14 April with Pieter and me. We have spoken with several strong
candidates and unfortunately we have decided to continue with another candidate whose experience fits closer
to the function.

We wish you a lot of success in your further career.

Met vriendelijke groet / Kind regards,

Sanne de Vries
HR Business Partner
Brouwer Logistics B.V. | T +31 10 428 71 00
""",
    interview=False,
    category="outcome",
    lang="en",
    notes="rejection after the interview of v04, written by a Dutch speaker; the past interview date is no new invitation",
    outcome="rejected",
    days=[("Tuesday", 4, 14)],
)

add(
    "v36.eml",
    sender="Priya Natarajan (Northwind Data) <pnatarajan@northwinddata.com>",
    to="Data Platform Team <dataplatform@northwinddata.com>",
    cc=PRIYA,
    subject="Q2 planning - Data Platform team",
    sent=at(4, 10, 16, 0),
    body="""
Team,

Text of the invite in case the calendar item did not reach your personal phones:

When: Wednesday, April 15, 2026 10:00 AM-11:30 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Agenda
1. Q1 retro (15 min)
2. Q2 roadmap and staffing
3. On-call rotation

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQxYWE0>
Meeting ID: 255 901 448 12  Passcode: t8RkqL
________________________________________________________________________________

Priya
""",
    interview=False,
    category="internal-meeting",
    lang="en",
    notes="the user's own team planning meeting at her current job (copy to her personal address); agenda and Teams block, no interview",
    days=[("Wednesday", 4, 15)],
)

add(
    "v37.eml",
    sender="Praxis Dr. med. Hoffmann <praxis@hno-hoffmann-bremen.de>",
    to=LUKAS,
    subject="Terminbestätigung",
    sent=at(4, 9, 12, 30, BERLIN),
    body="""
Sehr geehrter Herr Brenner,

hiermit bestätigen wir Ihren Termin bei Dr. med. Sabine Hoffmann am 14.04.2026 um 09:30 Uhr.
Bitte bringen Sie Ihre Versichertenkarte und ggf. eine Überweisung mit. Falls Sie den Termin nicht
wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Sprechzeiten: Mo, Di, Do 8:00-12:00 und 15:00-18:00 Uhr, Mi und Fr 8:00-13:00 Uhr

Mit freundlichen Grüßen
Ihr Praxisteam
HNO-Praxis Dr. med. Sabine Hoffmann | Obernstraße 12 | 28195 Bremen | Tel. 0421 32 40 55
""",
    interview=False,
    category="other-meeting",
    lang="de",
    notes="doctor's appointment confirmation in German with office hours",
)

add(
    "v38.eml",
    sender="Lauren Fisk <lfisk@brightlinelogistics.com>",
    to="Marcus Oyelaran <moyelaran@brightlinelogistics.com>",
    cc=MARCUS,
    subject="FW: Interview panel - Warehouse Supervisor candidate",
    sent=at(4, 13, 10, 40, CHICAGO),
    body="""
Marcus - Greg asked for you on the panel. Candidate is Andre Wilkins; Thursday 4/16, 1:00-2:00 PM CT, Conf Rm
3B. Resume attached. Please send me your scorecard by Friday EOD.

Lauren

-----Original Message-----
From: Greg Tolliver <gtolliver@brightlinelogistics.com>
Sent: Friday, April 10, 2026 4:55 PM
To: Lauren Fisk <lfisk@brightlinelogistics.com>
Subject: Interview panel - Warehouse Supervisor candidate

Lauren, please schedule Andre Wilkins with me, Marcus and Teresa next week. Any afternoon works.
""",
    interview=False,
    category="hiring-side",
    lang="en",
    notes="US HR puts the user on an interview panel for a candidate at his current job (work address, personal copy)",
    days=[("Thursday", 4, 16), ("Friday", 4, 10)],
)

add(
    "v39.eml",
    sender="Georgina Ashby <georgina.ashby@harcourttalent.co.uk>",
    to=PRIYA,
    subject="Ravensworth - update",
    sent=at(4, 20, 13, 5, LONDON),
    body="""
Hi Priya,

Quick update - I've sent your CV across to Ravensworth for the Regulatory Reporting Manager role. The hiring
manager is keen and has pencilled in Thursday 23/4 at 11am, but it isn't confirmed until their HR team sends
the formal invite, so please hold off booking anything around it for now. I'll come back to you as soon as I hear.

Kind regards,
Georgina

Georgina Ashby | Senior Consultant | Harcourt Talent Ltd
DD: +44 (0)20 7946 0382
Harcourt Talent Ltd is registered in England No. 08412276.
""",
    interview=False,
    category="pending",
    lang="en",
    notes="UK agency: a pencilled-in, explicitly unconfirmed time ('isn't confirmed until ... formal invite')",
    days=[("Thursday", 4, 23)],
)

add(
    "v40.eml",
    sender="Chloé Lambert <chloe.lambert@atelier-verne.fr>",
    to=CAMILLE,
    subject="Réunion d'équipe - jeudi",
    sent=at(4, 20, 18, 2, PARIS),
    body="""
Bonjour à toutes et à tous,

Petit rappel : réunion d'équipe hebdomadaire ce jeudi 23 avril à 9h30 en salle Jacquard (et sur Teams pour
celles et ceux en télétravail). Ordre du jour :

- point sur les commandes de mai
- planning des congés d'été
- accueil de notre nouvelle stagiaire

Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGE2ZDIx

Bonne soirée,
Chloé

Chloé Lambert
Responsable d'atelier | Atelier Verne
""",
    interview=False,
    category="internal-meeting",
    lang="fr",
    notes="weekly team meeting at the user's current workplace, with agenda and Teams link",
    days=[("Thursday", 4, 23)],
    qp=True,
)

add(
    "v41.eml",
    sender=JORDAN,
    to="Liam Brennan <liam.brennan@coralbay.com.au>",
    subject="Re: Chat re Data Engineer role",
    sent=at(4, 20, 21, 30, NY),
    body="""
Hi Liam,

Thanks again for the chat last week. Happy to do the technical round - I could do Tuesday 28/4 or Wednesday
29/4 at 9am AEST, whichever suits the team. Let me know.

Best,
Jordan

On Sun, 19 Apr 2026 at 21:02, Liam Brennan <liam.brennan@coralbay.com.au> wrote:
> Jordan, great chat. We'd like to move you to the technical round. When suits next week?
""",
    interview=False,
    category="own-proposal",
    lang="en",
    notes="the user's own offer of two day-first AEST slots; nothing agreed",
    days=[("Tuesday", 4, 28), ("Wednesday", 4, 29)],
)

add(
    "v42.eml",
    sender="Interview Scheduling <interviews@nimbussoftworks.in>",
    to="Priya Natarajan <priya.natarajan@nimbussoftworks.in>",
    cc=PRIYA,
    subject="Interview Panel Assignment: Candidate Rohit Sharma - SDE II",
    sent=at(4, 27, 10, 0, KOLKATA),
    body="""
Dear Priya,

You have been assigned as a panel member for the following interview. Kindly accept the calendar invite.

Candidate     : Rohit Sharma
Position      : SDE II (Backend)
Date          : 29-04-2026 (Wednesday)
Time          : 3:00 PM to 4:00 PM IST
Co-panelist   : Kavya Rao
Feedback form : https://hire.nimbussoftworks.in/feedback/88213

Thanks & Regards,
Interview Scheduling Team
Nimbus Softworks Pvt. Ltd.
""",
    interview=False,
    category="hiring-side",
    lang="en",
    notes="after joining Nimbus (v08) the user is on a panel interviewing a candidate; same Indian table layout as v08",
    days=[("Wednesday", 4, 29)],
)



def main() -> None:
    names = [f for f, _, _ in MESSAGES]
    assert len(names) == len(set(names)), "duplicate file name"
    for old in HERE.glob("*.eml"):
        old.unlink()
    for file, raw, _ in MESSAGES:
        (HERE / file).write_bytes(raw)
    labels = [lab for _, _, lab in MESSAGES]
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(MESSAGES)} messages, {sum(lab['is_interview'] for lab in labels)} interviews")


if __name__ == "__main__":
    main()
