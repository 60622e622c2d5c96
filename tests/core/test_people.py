"""people.py and roles.py: whom the thank-you goes to, the employer and the role."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from watcher.core import layout, people, roles
from watcher.core.understand import Context, understand_message
from watcher.model import Attendee, CalendarEvent, Message, Person

NY = ZoneInfo("America/New_York")
USER = Person("Jordan Lee", "jordan.lee@example.net")
CTX = Context(user_addresses=frozenset({USER.email}), timezone=NY, default_length=timedelta(hours=1))
WHEN = "\n\nConfirmed for Tuesday, March 3 at 2:00 PM EST (45 minutes).\n"


def interview(text: str, *, sender: Person, subject: str = "Interview confirmation", cc=(), to=(USER,), reply_to=()):
    msg = Message(
        message_id="m@example.com",
        subject=subject,
        sender=sender,
        to=tuple(to),
        cc=tuple(cc),
        reply_to=tuple(reply_to),
        date=datetime(2026, 2, 26, 11, 0, tzinfo=NY),
        text=text,
    )
    result = understand_message(msg, CTX).interview
    assert result is not None, understand_message(msg, CTX).verdict.evidence
    return result


def emails(result) -> list[str]:
    return [p.email for p in result.interviewers]


RECRUITER = Person("Maya Brooks", "maya.brooks@tessellate.io")


def test_named_interviewers_with_addresses_and_not_the_recruiter() -> None:
    text = (
        "Hi Jordan, your technical interview with our team." + WHEN + "Interviewer: Elena Sokolova, Staff Engineer "
        "<elena.sokolova@tessellate.io>\n\nMaya Brooks\nTechnical Recruiter\nmaya.brooks@tessellate.io"
    )
    result = interview(text, sender=RECRUITER)
    assert emails(result) == ["elena.sokolova@tessellate.io"]
    assert result.interviewers[0].name == "Elena Sokolova"


def test_copied_interviewers_count_when_the_text_names_them() -> None:
    cc = (Person("Dana Whitfield", "dana.whitfield@tessellate.io"), Person("Ops Bot", "ops.lead@tessellate.io"))
    result = interview("You'll meet Dana from the data team for your interview." + WHEN, sender=RECRUITER, cc=cc)
    assert emails(result) == ["dana.whitfield@tessellate.io"]


def test_an_address_spelled_by_a_name_elsewhere_gets_that_name() -> None:
    text = (
        "Confirming your interview with Carlos Mendez (Director of Data)."
        + WHEN
        + ("Invite is coming from Carlos directly, his email is cmendez@summitledger.com.")
    )
    result = interview(text, sender=Person("Rebecca Tran", "rtran@summitledger.com"))
    assert result.interviewers == (Person("Carlos Mendez", "cmendez@summitledger.com"),)


def test_without_interviewer_addresses_the_recruiter_who_sent_it() -> None:
    text = "Your interview with Greg Salazar, our Group PM, for the role." + WHEN + "Ben Ortiz\nbortiz@cascade.com"
    result = interview(text, sender=Person("Ben Ortiz", "bortiz@cascade.com"))
    assert emails(result) == ["bortiz@cascade.com"]


def test_behind_an_ats_sender_the_reply_to_or_the_contact_in_the_body() -> None:
    ats = Person("Ridgeline", "no-reply@hire.lever.co")
    result = interview(
        "Your interview for Backend Engineer at Ridgeline has been scheduled." + WHEN + "Interviewers: Priscilla Chen",
        sender=ats,
        reply_to=(Person("Sam Kaplan", "sam.kaplan@ridgeline.io"),),
    )
    assert emails(result) == ["sam.kaplan@ridgeline.io"]
    assert result.company == "Ridgeline"
    workday = Person("Harborview Bank", "harborview@myworkday.com")
    result = interview(
        "We are pleased to confirm the following interview." + WHEN + "Interviewer Robert Kline\n"
        "If you have any questions please contact your recruiter, Tanya Ruiz, at tanya.ruiz@harborviewbank.com.",
        sender=workday,
    )
    assert emails(result) == ["tanya.ruiz@harborviewbank.com"]
    assert result.company == "Harborview Bank"


def test_never_the_user_a_link_a_shared_mailbox_or_a_foreign_reply_to() -> None:
    text = (
        "Your interview with the team." + WHEN + "Questions? Write to careers@acme.io.\n"
        "Unsubscribe: https://acme.io/u?e=jordan.lee@example.net\nCopy: jordan.lee@hotmail.com"
    )
    result = interview(
        text,
        sender=Person("Alex Kim", "alex.kim@acme.io"),
        reply_to=(Person("Spammer", "offers@elsewhere.biz"),),
    )
    assert emails(result) == ["alex.kim@acme.io"]


def test_the_writer_counts_when_they_take_part_but_not_for_a_past_call() -> None:
    sender = Person("Julia Maier", "julia.maier@alpenblick.de")
    text = (
        "Ablauf am Freitag, den 17. April 2026 (alle Zeiten MESZ):\n"
        "10:00 – 11:00 Uhr  Technisches Interview mit Stefan Huber (stefan.huber@alpenblick.de)\n"
        "11:00 – 11:30 Uhr  Abschlussgespräch mit mir\n"
    )
    assert emails(interview(text, sender=sender)) == ["stefan.huber@alpenblick.de", "julia.maier@alpenblick.de"]
    past = (
        "Danke für das Telefonat mit mir letzte Woche."
        + WHEN
        + "Gesprächspartner: Dr. Jens Hartmann (jens@alpenblick.de)"
    )
    assert emails(interview(past, sender=sender)) == ["jens@alpenblick.de"]


def test_forwarded_invitation_names_its_own_interviewers_not_the_forwarder_or_its_recipients() -> None:
    text = (
        "See below from Arcadia -- you're confirmed for Monday!\n\nTom\n\n"
        "---------- Forwarded message ---------\nFrom: Lauren Pierce <lauren.pierce@arcadiafreight.com>\n"
        "Date: Wed, Jun 3, 2026 at 4:12 PM\nSubject: RE: Jordan Lee - Senior Data Engineer\n"
        "To: Tom Becker <tom@keystonetalent.com>\n\n"
        "Confirming Jordan for Monday, June 8 at 11:00am ET with me and Victor Huang "
        "(victor.huang@arcadiafreight.com), 60 minutes on Teams.\n\nLauren Pierce\n"
        "Director, Data & Analytics | Arcadia Freight\n\n--\nTom Becker\n"
        "Senior Consultant | Keystone Talent Partners"
    )
    result = interview(text, sender=Person("Tom Becker", "tom@keystonetalent.com"), subject="Fwd: RE: interview")
    assert emails(result) == ["lauren.pierce@arcadiafreight.com", "victor.huang@arcadiafreight.com"]
    assert result.company == "Arcadia Freight"


def test_calendar_attendees_other_than_the_user_rooms_and_robots() -> None:
    event = CalendarEvent(
        uid="u1",
        method="REQUEST",
        organizer=Person("Coordinator", "agrant@northbeam.com"),
        attendees=(
            Attendee(USER),
            Attendee(Person("Jordan Lee", "jordan.lee@hotmail.com")),  # the user's old address
            Attendee(Person("Brian Cho", "bcho@northbeam.com")),
            Attendee(Person("Room 4", "room4@resource.calendar.google.com"), cutype="ROOM"),
        ),
    )
    user = people.identity(None, CTX.user_addresses, (event,))
    assert [p.email for p in people.event_interviewers(event, user)] == ["bcho@northbeam.com"]
    # The organizer joins when the text says so ("... und ich").
    assert [p.email for p in people.event_interviewers(event, user, "Teilnehmen werden Herr Cho und ich.")] == [
        "agrant@northbeam.com",
        "bcho@northbeam.com",
    ]


def test_without_a_config_the_recipients_outside_the_senders_company_are_the_user() -> None:
    msg = Message(
        message_id="x",
        sender=Person("Alyssa", "agrant@northbeam.com"),
        to=(Person("Marcus", "marcus@outlook.com"), Person("Brian Cho", "bcho@northbeam.com")),
    )
    assert people.identity(msg, frozenset()).addresses == frozenset({"marcus@outlook.com"})


@pytest.mark.parametrize(
    ("domain_person", "text", "company"),
    [
        (
            Person("Allie", "allie@hollisgrey.com"),
            "Allie Novak\nRecruiting Coordinator, Hollis & Grey",
            "Hollis & Grey",
        ),
        (Person("Harriet", "h@brambleandfinch.co.uk"), "Bramble & Finch Ltd | London", "Bramble & Finch"),
        (
            Person("G", "g@banquesaintlaurent.ca"),
            "Acquisition de talents\nBanque Saint-Laurent",
            "Banque Saint-Laurent",
        ),
        (
            Person("J", "j@solerahospitality.com"),
            "Talent Acquisition | Solera Hospitality Group",
            "Solera Hospitality Group",
        ),
        (Person("K", "k@kestenholz-versicherung.de"), "Kestenholz Versicherung AG\nMünchen", "Kestenholz Versicherung"),
        (Person("A", "a@northbeamenergy.com"), "See you then.", "Northbeam Energy"),
        # A trade's word ends a small business's name; "and sons" is "& Sons"; a surname keeps its capitals.
        (Person("A", "a@tidewatercoffee.com"), "See you then.", "Tidewater Coffee"),
        (Person("I", "irene@bluefinaquatics.com"), "Irene", "Bluefin Aquatics"),
        (Person("G", "gino@russoandsonsmoving.com"), "Thanks,\nGino Russo", "Russo & Sons Moving"),
        (Person("T", "tony@dinapolicabinetry.com"), "Tony DiNapoli\n(555) 201-3344", "DiNapoli Cabinetry"),
    ],
)
def test_company_as_its_own_words_write_it(domain_person: Person, text: str, company: str) -> None:
    assert people.company((domain_person,), None, [text], "") == company


@pytest.mark.parametrize(
    ("domain_person", "text", "company"),
    [
        # A slug that adds the initials of the rest of the name, or words the text spells out.
        (Person("M", "m@oakbankcu.org"), "Oakbank Credit Union would like to meet you.", "Oakbank Credit Union"),
        (Person("R", "r@selkiebio.com"), "Rowan Hale\nSelkie Biologics | 9 Quay St, Leith", "Selkie Biologics"),
        (
            Person("D", "d@fernhilldental.com"),
            "Dina Cho\nOffice Manager\nFernhill Family Dentistry",
            "Fernhill Family Dentistry",
        ),
        (Person("P", "p@larkpay.com"), "Cheers,\nPia\nPeople @ Lark", "Lark"),
        # The legal name holds a word more than the domain or the display name.
        (Person("B", "b@kornblume.de"), "bei der Mühle Kornblume.\n\nMühle Kornblume GmbH", "Mühle Kornblume"),
        (
            Person("T", "t@tessaraenergy.com"),
            "Tessara Energy Recruiting\n© 2026 Tessara Energy Storage, Inc.",
            "Tessara Energy Storage",
        ),
        # A slug never written whole, one of its words written elsewhere (the owner signs with it).
        (Person("M", "marco@osteriafontana.com"), "Perfect, see you Friday.\nMarco Fontana", "Osteria Fontana"),
        # "&" spelled "and" in the domain, the name written once in a sentence.
        (Person("L", "l@foxandfern.com"), "Thank you for booking with Fox & Fern. See you soon.", "Fox & Fern"),
        # German umlauts that a domain spells out.
        (Person("S", "s@baeckerei-muenster.de"), "Viele Grüße\nBäckerei Münster GmbH", "Bäckerei Münster"),
    ],
)
def test_company_from_slugs_legal_names_and_spelled_out_umlauts(domain_person: Person, text: str, company: str) -> None:
    assert people.company((domain_person,), None, [text], "") == company


@pytest.mark.parametrize(
    ("domain_person", "text", "company"),
    [
        # the initials of a name's first words, then its last word
        (
            Person("R", "r@gbetrading.com"),
            "the analyst opening at Galveston Bay Energy Trading.",
            "Galveston Bay Energy Trading",
        ),
        (
            Person("R", "r@pcbank.com"),
            "Russ Mabry\nVP, Treasury Operations\nPiedmont Carolina Bank",
            "Piedmont Carolina Bank",
        ),
        # a firm's partners' initials and its trade, the name written with a comma
        (
            Person("A", "a@wsflaw.com"),
            "your interest in the group at Whitcombe, Strand & Farrow L.L.P.  We would like",
            "Whitcombe, Strand & Farrow",
        ),
    ],
)
def test_company_from_a_domain_of_initials_and_a_word(domain_person: Person, text: str, company: str) -> None:
    assert people.company((domain_person,), None, [text], "") == company


def test_a_short_replys_company_is_written_in_the_message_it_answers() -> None:
    gina = Person("Gina Salerno", "gsalerno@pruettlambert.com")
    quoted = "Thank you for coming in.\n\nGina Salerno\nRecruiting Coordinator\nPruett Lambert LLP"
    assert people.company((gina,), None, ["See you at 2."], "RE: Interview", quoted=quoted) == "Pruett Lambert"
    # the quote is read only for how the domain's own name is written
    other = "I'm currently an analyst at Brightwater Partners."
    assert "Brightwater" not in (people.company((gina,), None, ["See you at 2."], "RE: Interview", quoted=other) or "")


def test_a_legal_name_of_another_organisation_or_a_persons_name_is_not_taken() -> None:
    text = "Arden Labs\n\nSent with Postmark Mail Services, Inc."
    assert people.company((Person("A", "a@ardenlabs.com"),), None, [text], "") == "Arden Labs"
    signed = "Thanks,\nKimberly Jones\nTalent Partner"
    assert people.company((Person("K", "kj@kimberlyclark.com"),), None, [signed], "") != "Kimberly Jones"


def test_an_agency_booking_page_names_the_clients_staff_member() -> None:
    text = (
        "Your booking has been confirmed.\n\nService: Interview with Corvane Shipping - Port Planner\n"
        "Staff: Ilka Brandt\nDate and time: Tuesday, March 3, 2026, 14:00 - 15:00 (UTC-05:00) Eastern Time\n\n"
        "Ilka Brandt leads port planning at Corvane Shipping; you can reach her at ilka.brandt@corvane-shipping.com "
        "if anything changes.\n\nMeridian Talent Partners"
    )
    result = interview(text, sender=Person("Meridian Talent Partners", "bookings@meridiantalent.com"))
    assert emails(result) == ["ilka.brandt@corvane-shipping.com"]
    assert result.company == "Corvane Shipping"


def test_an_agency_forward_thanks_the_clients_people_named_inside_it() -> None:
    text = (
        "Hi Jordan, my client wants to meet you - see below. Good luck!\n\nSam Doyle\nConsultant, Keyline Search\n\n"
        "---------- Forwarded message ---------\nFrom: Vera Holm <vera.holm@tallowworks.com>\n"
        "Date: Mon, Feb 23, 2026 at 9:10 AM\nSubject: Interview\nTo: Sam Doyle <sam.doyle@keylinesearch.com>\n"
        "Cc: Arjun Mehta <arjun.mehta@tallowworks.com>, Lee Park <lee.park@tallowworks.com>\n\nHi Sam,\n\n"
        "Arjun and I would like to meet Jordan on Tuesday, March 3 at 2:00 PM EST for 45 minutes.\n\n"
        "Vera Holm\nTallow Works"
    )
    result = interview(text, sender=Person("Sam Doyle", "sam.doyle@keylinesearch.com"), subject="Fwd: Interview")
    # Lee is copied but never named: not an interviewer; Sam, the agency, only forwarded it.
    assert sorted(emails(result)) == ["arjun.mehta@tallowworks.com", "vera.holm@tallowworks.com"]
    assert result.company == "Tallow Works"


def test_a_forwarded_manager_note_who_says_meet_me_is_the_interviewer_not_its_addressee() -> None:
    text = (
        "Hi Jordan, see Ines's note below - see you then!\n\nKai\n\n---------- Forwarded message ---------\n"
        "From: Ines Roca <ines@quaycafe.com>\nDate: Mon, Feb 23, 2026 at 4:48 PM\nSubject: Shift lead\n"
        "To: Kai Berg <kai@quaycafe.com>\n\nKai, I read Jordan's resume, looks great. Let's have them come in "
        "for an interview on Tuesday, March 3 at 2:00 PM EST to meet me at the Dock Street shop.\n\nInes"
    )
    result = interview(text, sender=Person("Kai Berg", "kai@quaycafe.com"), subject="Fwd: Shift lead")
    assert emails(result) == ["ines@quaycafe.com"]
    # Meeting the writer at the front desk is a greeting, not an interview with them.
    lobby = "Your interview with Ana Sol (ana.sol@quaycafe.com) is set. Meet me at the front desk first." + WHEN
    assert emails(interview(lobby, sender=Person("Kai Berg", "kai@quaycafe.com"))) == ["ana.sol@quaycafe.com"]


@pytest.mark.parametrize(
    "said",
    [
        "I'll be interviewing you, together with Ana Sol (ana.sol@quaycafe.com).",
        "C'est moi qui\nmènerai l'entrevue, avec Ana Sol (ana.sol@quaycafe.com).",
    ],
)
def test_the_writer_who_says_they_interview_is_an_interviewer(said: str) -> None:
    result = interview(said + WHEN, sender=Person("Kai Berg", "kai@quaycafe.com"))
    assert sorted(emails(result)) == ["ana.sol@quaycafe.com", "kai@quaycafe.com"]


def test_the_writer_behind_a_recruiting_system_who_says_and_me_is_an_interviewer() -> None:
    text = "Hi Jordan, you'll meet Dr. Ada Quist (ada@pellucid.health), our medical lead, and me." + WHEN
    result = interview(
        text,
        sender=Person("Pellucid via Recruitee", "no-reply@recruitee.com"),
        reply_to=(Person("Bo Lind", "bo@pellucid.health"),),
    )
    assert sorted(emails(result)) == ["ada@pellucid.health", "bo@pellucid.health"]


def test_an_organizer_who_says_colleague_and_i_interviews_and_a_group_attendee_does_not() -> None:
    event = CalendarEvent(
        uid="u1",
        method="REQUEST",
        summary="Design interview",
        start=datetime(2026, 3, 3, 14, 0, tzinfo=NY),
        end=datetime(2026, 3, 3, 15, 0, tzinfo=NY),
        organizer=Person("Nils Berg", "nils@quayside.io"),
        attendees=(
            Attendee(Person("Ida Falk", "ida@quayside.io")),
            Attendee(Person("", "design-interviewers@quayside.io")),
            Attendee(Person("All hands", "allhands@quayside.io"), cutype="GROUP"),
            Attendee(USER),
        ),
    )
    user = people.identity(None, CTX.user_addresses, (event,))
    assert [p.email for p in people.event_interviewers(event, user)] == ["ida@quayside.io"]
    said = "Ida (our design lead) and I will both be there."
    assert [p.email for p in people.event_interviewers(event, user, said)] == ["nils@quayside.io", "ida@quayside.io"]


def test_copied_colleagues_who_only_decided_are_not_thanked_when_the_words_name_whom_you_meet() -> None:
    text = (
        "Great news - Peter and I would like to move you forward to the final round! You'll meet Liam Walsh (our "
        "CTO) for an interview on Tuesday, March 3 at 2:00 PM EST. I've cc'd Liam and Peter."
    )
    cc = (Person("Peter Novak", "peter.novak@quayside.io"), Person("Liam Walsh", "liam.walsh@quayside.io"))
    result = interview(text, sender=Person("Aisha Rahman", "aisha.rahman@quayside.io"), cc=cc)
    assert emails(result) == ["liam.walsh@quayside.io"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Your interviewers:\n1:00 PM - 2:00 PM  Helen Ward, Director of Network Planning\n"
            "2:00 PM - 3:00 PM  Victor Lam, Senior Manager, Carrier Relations",
            ["Helen Ward", "Victor Lam"],
        ),
        (
            "Your interview for Analyst is confirmed for Tuesday at 4 PM ET (30 minutes) with\nLucas Moretti.",
            ["Lucas Moretti"],
        ),
        (
            "Ihre Gesprächspartner sind Herr Dr. Max Roth (Geschäftsführer) und Frau Lea Sommer.",
            ["Max Roth", "Lea Sommer"],
        ),
        (
            "Your interview panel:\n- Greg Han, VP Credit Risk\n- Dr. Jens Ho, Teamleiter Perception",
            ["Greg Han", "Jens Ho"],
        ),
        ("I've put a phone interview with you on the calendar for Monday at 4 PM Mountain Time.", []),
        ("You will meet with Chef Lorenzo Viale at the Vireo Hotel in New York.", ["Lorenzo Viale"]),
        ("Great, the second option it is. Sarah Kim and I will call you then.", ["Sarah Kim"]),
        ("Hi Alex, Dev Patel and I look forward to meeting you on Tuesday.", ["Dev Patel"]),
        ("Tomorrow Sarah and I will call you.", []),  # a first name alone addresses nobody
        ("Michael Brandt would like to meet with you on Wednesday at 3.", ["Michael Brandt"]),
        (
            "I'm the executive assistant to Michael Brandt, our Executive Director. He would like to meet with you.",
            ["Michael Brandt"],
        ),
        ("I'm the assistant to Michael Brandt. He asked me to send you the forms.", []),
        (
            "8:00 am  Breakfast with Prof. Alan Reed (search chair)\n9:00 am  Meeting with the Dean, Dr. Susan Cho\n"
            "11:30 am   Lunch with faculty",
            ["Susan Cho"],  # breakfast with the chair is part of the visit, not an interview
        ),
        ("After my meeting with Susan Cho I will send the offer letter.", []),  # no itinerary line
        ("Our Engineering Manager and I will meet you at reception.", []),
    ],
)
def test_names_given_as_interviewers_are_people_not_titles_departments_or_places(text: str, names: list[str]) -> None:
    assert people.named_interviewers(text) == names


def test_team_lists_are_not_people_but_a_surname_that_is_a_word_is() -> None:
    assert not people.is_individual(Person("", "eng-interviewers@quayside.io"))
    assert not people.is_individual(Person("", "nyc.recruiting@quayside.io"))
    assert people.is_individual(Person("Steve Jobs", "steve.jobs@quayside.io"))
    assert people.is_individual(Person("Ana Talent", "ana@quayside.io"))


def test_an_agency_recruiter_writes_for_the_client_company() -> None:
    text = (
        "Great news - Globex Robotics would like to interview you! Confirmed for Tuesday, March 3 at 2:00 PM ET "
        "with their Head of Data, Mark Stone.\n\nEmma Hale\nSenior Consultant | TalentBridge Partners"
    )
    result = interview(text, sender=Person("Emma Hale", "emma.hale@talentbridge.com"))
    assert result.company == "Globex Robotics"
    assert emails(result) == ["emma.hale@talentbridge.com"]
    direct = "Confirmed for Tuesday, March 3 at 2:00 PM ET, interview with Mark Stone.\n\nEmma Hale\nTalentBridge"
    assert interview(direct, sender=Person("Emma Hale", "emma.hale@talentbridge.com")).company == "TalentBridge"


def test_company_is_never_the_ats() -> None:
    msg = Message(message_id="x", sender=Person("Fieldnote Recruiting", "no-reply@ashbyhq.com"))
    assert people.company((), msg, ["Powered by Ashby"], "Interview Confirmation") == "Fieldnote"


@pytest.mark.parametrize(
    ("subject", "text", "role"),
    [
        (
            "Interview confirmation",
            "Thanks for applying to the Product Manager, Payments role at Quillstone!",
            "Product Manager, Payments",
        ),
        ("Interview Scheduled - Analyst, Corporate Strategy (R-0023817)", "", "Analyst, Corporate Strategy"),
        (
            "Interview Invitation || Strategy Analyst (Global Markets) || Kaveri Analytics",
            "",
            "Strategy Analyst (Global Markets)",
        ),
        (
            "Einladung",
            "zu einem Gespräch für die Position Senior Data Scientist (m/w/d) einzuladen.",
            "Senior Data Scientist (m/w/d)",
        ),
        (
            "Bestätigung",
            'das Fachinterview für die Position "Machine Learning Engineer (m/w/d) - Perception" am',
            "Machine Learning Engineer (m/w/d) - Perception",
        ),
        (
            "Entrevue",
            "pour le poste d'Analyste principale, Stratégie d'entreprise (R-104522) :",
            "Analyste principale, Stratégie d'entreprise",
        ),
        ("Entrevista", "la entrevista para el puesto de Diseñadora de Producto el martes", "Diseñadora de Producto"),
        ("Interview: Jordan Lee - Senior Software Engineer", "", "Senior Software Engineer"),
        ("Vantage Robotics x Jordan", "Interview: Hiring Manager Screen", None),
        ("Portfolio Interview: Jordan Lee & Andrés Vega", "", None),
    ],
)
def test_role(subject: str, text: str, role: str | None) -> None:
    assert roles.role_from(subject, text, exclude=("jordan lee",)) == role


def test_clean_names() -> None:
    assert people.clean_name("Weigl, Markus Dr.") == "Markus Weigl"
    assert people.clean_name("Sarah König (Helix Mobility)") == "Sarah König"
    assert people.clean_name("Dr. Jens Hartmann") == "Jens Hartmann"


def test_video_link() -> None:
    assert people.video_link("Join: meet.google.com/pbn-yzwa-tvc today") == "https://meet.google.com/pbn-yzwa-tvc"
    assert people.video_link("Zoom: https://acme.zoom.us/j/123?pwd=x.") == "https://acme.zoom.us/j/123?pwd=x"


def test_layout_parts() -> None:
    text = (
        "Perfect -- you're confirmed.\n\n-----Original Message-----\nFrom: Priya <priya@example.com>\n"
        "Sent: Friday, March 6, 2026 10:41 AM\nTo: Dana <dana@kiteline.com>\nSubject: Re: Next steps\n\n"
        "Tuesday works.\n\n> older quoted line\n"
    )
    parts = layout.split(text, "RE: Next steps")
    assert parts.primary.strip() == "Perfect -- you're confirmed."
    assert "Tuesday works." in parts.quoted and "older quoted line" in parts.quoted
    assert parts.blocks[1].author == Person("Priya", "priya@example.com")
    forwarded = layout.split(text, "Fwd: Next steps")
    assert "Tuesday works." in forwarded.primary


@pytest.mark.parametrize(
    "words",
    [
        "I’ve cc’d your interviewers so you have their details.",
        "Your interviewers are copied on this email.",
        "Ihre Gesprächspartner sind in Kopie.",
    ],
)
def test_interviewers_the_text_says_are_copied_are_the_recipients_and_never_the_user(words: str) -> None:
    """Issue 19: a human invitation whose Cc holds the interviewers, and the user (under another address)."""
    cc = (
        Person("Ben Ortiz", "bortiz@tessellate.io"),
        Person("Chloe Park", "cpark@tessellate.io"),
        Person("Jordan Lee", "jordan@oldjob.example.org"),
        USER,
    )
    result = interview("Hi Jordan, confirming your panel interview." + WHEN + words, sender=RECRUITER, cc=cc)
    assert emails(result) == ["bortiz@tessellate.io", "cpark@tessellate.io"]
    assert result.coordinator == RECRUITER


def test_copied_people_are_not_interviewers_unless_the_text_says_so() -> None:
    cc = (Person("Ben Ortiz", "bortiz@tessellate.io"),)
    result = interview("Hi Jordan, confirming your interview." + WHEN + "Thanks, Maya", sender=RECRUITER, cc=cc)
    assert emails(result) == [RECRUITER.email]


def test_a_room_invited_as_a_plain_attendee_is_not_an_interviewer() -> None:
    """Exchange often lists a room with no CUTYPE: it is named like a room, or as the event's location."""
    event = CalendarEvent(
        uid="u1",
        method="REQUEST",
        summary="Interview - Analyst",
        location="Hudson; Microsoft Teams Meeting",
        organizer=Person("Priya Shah", "priya.shah@halvorsen.com"),
        attendees=(
            Attendee(Person("Marcus Dale", "mdale@halvorsen.com")),
            Attendee(Person("Hudson", "hudson@halvorsen.com")),
            Attendee(Person("Conf Room Atlas", "atlas@halvorsen.com")),
            Attendee(Person("Maria Sala", "maria.sala@halvorsen.com")),
            Attendee(USER),
        ),
    )
    user = people.identity(None, frozenset({USER.email}), (event,))
    found = [p.email for p in people.event_interviewers(event, user)]
    assert found == ["mdale@halvorsen.com", "maria.sala@halvorsen.com"]


@pytest.mark.parametrize(
    ("sender", "text", "expected"),
    [
        # The relay's own name is never the company, whatever the display name says.
        (Person("Greenhouse Mail", "no-reply@greenhouse-mail.io"), "Sent on behalf of Vela Systems.", "Vela Systems"),
        (Person("Vela Systems via Lever", "no-reply@hire.lever.co"), "Your interview is booked.", "Vela Systems"),
        (Person("Vela Systems Recruiting", "vela@teamtailor-mail.com"), "See you soon.", "Vela Systems"),
        (Person("Workday", "vela@myworkday.com"), "The Vela Systems Talent Team", "Vela Systems"),
        # The company's own domain, written as the company writes it.
        (Person("Ana Lima", "ana@getsolace.com"), "Welcome to Solace Health.", "Solace Health"),
        (Person("Ana Lima", "ana@nrg-partners.com"), "Northbridge Renewables Group", "Northbridge Renewables Group"),
        (Person("Ana Lima", "ana@nordhavn.se"), "Nordhavn Shipping AB, Göteborg", "Nordhavn Shipping"),
        # Whoever writes for "my client" is an agency: the client is the company.
        (Person("Tom Baker", "tom.baker@hays.com"), "My client, Ferncliff Insurance, would like to meet you.",
         "Ferncliff Insurance"),
    ],
)  # fmt: skip
def test_the_company_is_the_employer_never_the_relay_or_the_agency(sender: Person, text: str, expected: str) -> None:
    message = Message(message_id="m@x", subject="Interview", sender=sender, to=(USER,), text=text)
    assert people.company((), message, [text], "Interview") == expected


def _invitation(text: str, *, organizer: Person, attendees: tuple[Person, ...], summary: str = "Interview"):
    event = CalendarEvent(
        uid="odoo-1",
        method="REQUEST",
        summary=summary,
        start=datetime(2026, 3, 3, 14, 0, tzinfo=NY),
        end=datetime(2026, 3, 3, 14, 45, tzinfo=NY),
        organizer=organizer,
        attendees=(*(Attendee(p) for p in attendees), Attendee(USER)),
    )
    msg = Message(
        message_id="inv@example.com",
        subject=f"Invitation to {summary}",
        sender=organizer,
        to=(USER,),
        date=datetime(2026, 2, 26, 11, 0, tzinfo=NY),
        text=text,
        events=(event,),
    )
    result = understand_message(msg, CTX).interview
    assert result is not None
    return result


def test_a_calendar_tools_attendee_list_that_names_the_organizer_makes_them_an_interviewer() -> None:
    """Odoo lists "Attendees" one a line and Cal.com "Who" ("Grace Kim - Organizer"): the organizer takes part.
    Google's "Guests" list names the organizer who scheduled for others, which proves nothing."""
    sara, tomas = Person("Sara Lind", "sara.lind@nordvik.com"), Person("Tomas Berg", "tomas.berg@nordvik.com")
    odoo = (
        "Sara Lind invited you for the Interview meeting.\n\nDuration: 0H45\n\n"
        "Attendees\n\nSara Lind\n\nTomas Berg\n\nYou\n\nThank you,"
    )
    assert sorted(emails(_invitation(odoo, organizer=sara, attendees=(tomas,)))) == [sara.email, tomas.email]
    cal = (
        "What\n\nPanel Interview\n\nWho\n\nSara Lind - Organizer sara.lind@nordvik.com\n\n"
        "Tomas Berg - Team Member tomas.berg@nordvik.com\n\nJordan Lee - Guest jordan.lee@example.net\n\n"
        "Where\n\nOnline"
    )
    assert sorted(emails(_invitation(cal, organizer=sara, attendees=(tomas,)))) == [sara.email, tomas.email]
    google = "Interview\n\nGuests\nSara Lind - organizer\ntomas.berg@nordvik.com\njordan.lee@example.net\nView all"
    assert emails(_invitation(google, organizer=sara, attendees=(tomas,))) == [tomas.email]


def test_an_hr_suites_notice_to_the_candidate_and_the_panel_names_the_panel() -> None:
    """Frappe HRMS mails an interview's confirmation to the candidate and its interviewers at once, from the
    hiring mailbox: the colleagues copied are the interviewers, not the mailbox."""
    text = (
        "Your interview has been scheduled. Please find the details below.\n\nCandidate\tJordan Lee\n"
        "Interview Type\tTechnical Round\nDate\tTuesday, March 3\nTime\t2:00 PM - 3:00 PM\n"
        "Company\tBlue Heron Logistics Inc."
    )
    panel = (Person("", "dana.whitfield@blueheron.com"), Person("", "omar.farouk@blueheron.com"))
    result = interview(text, sender=Person("Blue Heron Logistics", "hiring@blueheron.com"), to=(USER, *panel))
    assert sorted(emails(result)) == ["dana.whitfield@blueheron.com", "omar.farouk@blueheron.com"]
    # A person who copies colleagues without naming them only keeps them informed.
    personal = interview(text, sender=Person("Maya Brooks", "maya.brooks@blueheron.com"), to=(USER, *panel))
    assert emails(personal) == ["maya.brooks@blueheron.com"]


def test_the_user_is_the_candidate_their_mailbox_spells() -> None:
    user = people.Identity(frozenset({"priya.n@gmail.com", "jordanlee@fastmail.com"}))
    assert user.named("Priya Nair") and user.named("Jordan Lee")
    assert not user.named("Priya Patel") and not user.named("Jordan Lewis") and not user.named("Nair")


@pytest.mark.parametrize(
    "display", ["Hartwell Institute Room Booking", "Hartwell Institute CRM", "Hartwell Institute Notifications"]
)
def test_a_shared_mailboxs_function_is_no_part_of_the_company_name(display: str) -> None:
    msg = Message(
        message_id="m@example.com",
        subject="Interview confirmation",
        sender=Person(display, "rooms@hartwellinstitute.org"),
        to=(USER,),
        text="Your interview with Hartwell Institute is booked for Monday at 10:00.",
    )
    assert people.company((), msg, [msg.text], msg.subject) == "Hartwell Institute"


def test_the_company_as_its_own_display_name_writes_it_in_full() -> None:
    msg = Message(
        message_id="m@example.com",
        subject="Appointment Booked",
        sender=Person("Harbour & Finch Solicitors", "bookings@harbourfinch.co.uk"),
        to=(USER,),
        text="Powered by Easy!Appointments | Harbour & Finch",
    )
    assert people.company((), msg, [msg.text], msg.subject) == "Harbour & Finch Solicitors"
    careers = Message(
        message_id="m2@example.com",
        subject="Einladung",
        sender=Person("Weidmann Logistik Karriere", "karriere@weidmann-logistik.de"),
        to=(USER,),
        text="Viele Grüße\nWeidmann Logistik",
    )
    assert people.company((), careers, [careers.text], careers.subject) == "Weidmann Logistik"


def test_an_organizer_the_calendar_lists_as_chair_takes_part_a_plain_guest_organizer_does_not() -> None:
    rui, marta = Person("Rui Costa", "rui.costa@tessera.pt"), Person("Marta Sousa", "marta.sousa@tessera.pt")

    def event(role: str) -> CalendarEvent:
        return CalendarEvent(
            uid="nc-1",
            method="REQUEST",
            summary="Interview - Data Engineer",
            organizer=rui,
            attendees=(Attendee(rui, role=role), Attendee(marta), Attendee(USER)),
        )

    chaired = event("CHAIR")
    user = people.identity(None, CTX.user_addresses, (chaired,))
    assert [p.email for p in people.event_interviewers(chaired, user)] == [rui.email, marta.email]
    guest = event("REQ-PARTICIPANT")  # Google lists every organizer as a guest
    assert [p.email for p in people.event_interviewers(guest, user)] == [marta.email]


def test_the_product_a_footer_names_as_the_sender_is_not_the_company() -> None:
    """A hosted suite sends from its own domain and says so in the footer; the company's domain is in Reply-To."""
    msg = Message(
        message_id="m3@example.com",
        subject="Invitation to Interview - Controls Engineer",
        sender=Person("Lena Fischer", "notifications@westfield.hirely.io"),
        reply_to=(Person("Lena Fischer", "lena.fischer@westfieldrobotics.com"),),
        to=(USER,),
        text="Lena Fischer invited you for the Interview meeting.\n\nWestfield Robotics\nPowered by Hirely",
    )
    assert people.company((), msg, [msg.text], msg.subject) == "Westfield Robotics"


def test_a_participants_line_names_who_has_no_address_in_the_message() -> None:
    """A reservation that lists its participants by name only: inspect and the draft say who has no address."""
    text = "Your interview is confirmed for Tuesday, March 3 at 2:00 PM EST.\nParticipants: Ivo Petrov, Jordan Lee"
    result = interview(text, sender=Person("Lumenforge", "no-reply@booking-system.net"))
    assert result.unaddressed == ("Ivo Petrov",)


def test_an_organizer_named_in_one_breath_with_an_attendee_interviews_but_not_from_a_guest_list() -> None:
    event = CalendarEvent(
        uid="u2",
        method="REQUEST",
        organizer=Person("Maya Chen", "maya.chen@quillstone.com"),
        attendees=(Attendee(USER), Attendee(Person("Oren Katz", "oren.katz@quillstone.com"))),
    )
    user = people.identity(None, CTX.user_addresses, (event,))
    both = ["maya.chen@quillstone.com", "oren.katz@quillstone.com"]
    said = "Your portfolio review with Maya and Oren."
    assert [p.email for p in people.event_interviewers(event, user, said)] == both
    assert [p.email for p in people.event_interviewers(event, user, "Panel: Maya Chen (chair), Oren Katz")] == both
    # A calendar's guest list names every event's organizer, whether they interview or only booked it.
    listed = "Who: Maya Chen (organizer), Oren Katz, Jordan Lee"
    assert [p.email for p in people.event_interviewers(event, user, listed)] == ["oren.katz@quillstone.com"]


def test_a_panel_named_as_conducting_the_interview_is_the_panel_and_the_organizer_tag_is_who_booked_it() -> None:
    coordinator = Person("Jess Ward", "jess.ward@silverline.com")
    panel = (Person("Rob Vance", "rob.vance@silverline.com"), Person("Cara Diaz", "cara.diaz@silverline.com"))
    said = interview(
        f"Hi Jordan,{WHEN}Rob Vance and Cara Diaz will conduct the interview.\n\nAttendees:\nJess Ward (organizer)\n"
        "Rob Vance\nCara Diaz\n\nJess Ward\nPeople Operations",
        sender=coordinator,
        cc=panel,
    )
    assert sorted(emails(said)) == sorted(p.email for p in panel)


def test_someone_copied_to_help_with_parking_is_not_on_the_panel() -> None:
    chair = Person("Helen Ward", "hward@ridgeline.example")
    panel = (Person("Tom Baker", "tbaker@ridgeline.example"), Person("Nina Patel", "npatel@ridgeline.example"))
    admin = Person("Grace Liu", "gliu@ridgeline.example")
    text = (
        "Dear Jordan,\n\nI'm pleased to invite you to interview for the Lab Coordinator position on Wednesday, "
        "December 9 at 1:30 pm in Room 214, Science Hall. The committee (Tom Baker and Nina Patel, copied here) "
        "will meet with you for about an hour. Grace Liu, our department administrator (also copied), can help "
        "with parking.\n\nBest,\nHelen Ward\n"
    )
    msg = Message(
        message_id="k1@x",
        subject="Interview - Lab Coordinator",
        sender=chair,
        to=(USER,),
        cc=(*panel, admin),
        date=datetime(2026, 12, 7, 9, 0, tzinfo=NY),
        text=text,
    )
    interview = understand_message(msg, CTX).interview
    assert interview is not None
    assert {p.email for p in interview.interviewers} == {p.email for p in panel}
