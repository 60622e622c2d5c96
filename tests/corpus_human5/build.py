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
their offices, 40 Gracechurch Street, EC3V 0BT - ask for James at the 4th floor reception. Allow about an hour.

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
    end=at(4, 9, 15, 0, LONDON),
    interviewers=[p("James Whitlock", None), p("Eleanor Price", None), p("Georgina Ashby", "georgina.ashby@harcourttalent.co.uk")],
    company="Pemberton & Lowe",
    role="Senior Compliance Analyst",
    category="foreign-date",
    lang="en",
    notes="UK agency; '9/4/2026 at 2pm' is day-first = 9 April, London (BST) -> 09:00 NY; 'about an hour'; interviewers name-only, the agency recruiter who arranged it listed",
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

#INTERVIEWS#

# ---------------------------------------------------------------- near-misses (v29-v42)

#NEARMISSES#


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
