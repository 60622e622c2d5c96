"""Drafts in the language the company wrote in (German, French, Spanish; English unchanged), with the register,
salutation, closing, date and subject a native speaker uses; names and subjects from raw UTF-8 headers
(RFC 6532) exact. End to end on a Maildir and on Dovecot, by `followup run --once`, as a user runs it."""

from __future__ import annotations

import email
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from email.policy import default as default_policy
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date

from tests.mailgen import USER, invitation
from watcher.core.drafts import Author, LanguageChoice, choose_language, render_draft
from watcher.core.language import detect_voice, honorifics
from watcher.core.mail import parse_message
from watcher.core.policy import Policy, Rule, plan
from watcher.core.understand import Context, understand_message
from watcher.model import EndSource, Interview, Kind, Person
from watcher.templating import template_environment

BERLIN = ZoneInfo("Europe/Berlin")
FFFD = "\ufffd"

# Thank-you at once, check-in a minute later, both still worth saving days afterwards.
TIMING = """
[timing]
thank_you_after = "1m"
thank_you_send_by = "10d"
thank_you_deadline = "20d"
check_in_after = "1m"
check_in_send_by = "10d"
"""


def last_weekday(now: datetime) -> datetime:
    """13:00 Berlin time on the latest weekday at least a day ago: the interview is over, its follow-ups due."""
    day = (now.astimezone(BERLIN) - timedelta(days=1)).date()
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, 13, tzinfo=BERLIN)


def raw_utf8(sender: str, subject: str, body: str, sent: datetime, domain: str) -> bytes:
    """A message whose headers are raw UTF-8 (RFC 6532), as more and more mail systems send them."""
    head = (
        f"From: {sender}\r\nTo: {USER[0]} <{USER[1]}>\r\nSubject: {subject}\r\nDate: {format_datetime(sent)}\r\n"
        f"Message-ID: <{uuid.uuid4().hex}@{domain}>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return (head + body.replace("\n", "\r\n")).encode("utf-8")


# (language, sender name, address, subject in words, body (with {date} in words and {time}), calendar summary,
#  expected salutation, closing, thank-you subject for a calendar invitation, a word of the date)
CASES = {
    "de": dict(
        name="Katrin Schäfer",
        address="katrin.schaefer@datenwerk.example",
        subject="Einladung zum Vorstellungsgespräch – Data Engineer (m/w/d)",
        body=(
            "Sehr geehrter Herr Lee,\n\nvielen Dank für Ihre Bewerbung als Data Engineer (m/w/d) bei der Datenwerk "
            "GmbH. Wir freuen uns, Sie zu einem Vorstellungsgespräch einzuladen, und zwar am {date}, um 13:00 Uhr "
            "bei uns im Büro in Berlin. Das Gespräch dauert etwa eine Stunde.\n\nBitte geben Sie uns kurz "
            "Bescheid, ob der Termin für Sie passt.\n\nMit freundlichen Grüßen\nKatrin Schäfer\n"
            "Recruiterin | Datenwerk GmbH\n"
        ),
        summary="Vorstellungsgespräch: Data Engineer (m/w/d) – Datenwerk GmbH",
        description="Wir freuen uns auf das Gespräch mit Ihnen. Bitte bringen Sie Ihren Ausweis mit.\n\n"
        "Mit freundlichen Grüßen\nKatrin Schäfer\nRecruiterin",
        salutation="Sehr geehrte Frau Schäfer,\n\nvielen Dank",
        closing="Mit freundlichen Grüßen\nJordan Lee",
        check_in_closing="Mit freundlichen Grüßen\nJordan Lee",
        calendar_subject="Vielen Dank für das Gespräch",
        check_in_subject="Nachfrage zu meiner Bewerbung",
    ),
    "fr": dict(
        name="Élodie Martin",
        address="elodie.martin@lumiere.example",
        subject="Invitation à un entretien – Développeur backend (H/F)",
        body=(
            "Bonjour Monsieur Lee,\n\nSuite à votre candidature au poste de développeur backend, nous avons le "
            "plaisir de vous inviter à un entretien le {date} à 13h00 dans nos locaux à Lyon. L'entretien durera "
            "environ une heure.\n\nMerci de nous confirmer votre disponibilité.\n\nCordialement,\n\n"
            "Élodie Martin\nChargée de recrutement, Lumière SAS\n"
        ),
        summary="Entretien : Développeur backend (H/F) – Lumière SAS",
        description="Nous avons hâte de vous rencontrer pour cet entretien. Merci de vous présenter à l'accueil.\n\n"
        "Cordialement,\n\nÉlodie Martin\nChargée de recrutement",
        salutation="Madame,\n\nJe vous remercie pour l'entretien",
        closing="Cordialement,\nJordan Lee",
        check_in_closing="Cordialement,\nJordan Lee",
        calendar_subject="Remerciements",
        check_in_subject="Suivi de ma candidature",
    ),
    "es": dict(
        name="Lucía Fernández",
        address="lucia.fernandez@solara.example",
        subject="Convocatoria de entrevista – Ingeniero de datos",
        body=(
            "Estimado Jordan:\n\nGracias por su interés en el puesto de ingeniero de datos en Solara. Nos complace "
            "invitarle a una entrevista el {date} a las 13:00 en nuestras oficinas de Madrid. La entrevista durará "
            "aproximadamente una hora.\n\nLe rogamos que nos confirme su asistencia.\n\nUn cordial saludo,\n\n"
            "Lucía Fernández\nTécnica de Selección, Solara\n"
        ),
        summary="Entrevista: Ingeniero de datos – Solara",
        description="Le esperamos en nuestras oficinas para la entrevista. Por favor, traiga su documentación.\n\n"
        "Un cordial saludo,\n\nLucía Fernández\nTécnica de Selección",
        salutation="Estimada Sra. Fernández:\n\nLe agradezco la entrevista",
        closing="Un cordial saludo,\nJordan Lee",
        check_in_closing="Un cordial saludo,\nJordan Lee",
        calendar_subject="Agradecimiento por la entrevista",
        check_in_subject="Seguimiento de mi candidatura",
    ),
}


def words_invitation(language: str, start: datetime) -> tuple[bytes, dict]:
    case = CASES[language]
    date = format_date(start.date(), "full", locale=language)
    body = case["body"].format(date=date)
    domain = case["address"].split("@")[1]
    sent = start - timedelta(days=3)
    return raw_utf8(f"{case['name']} <{case['address']}>", case["subject"], body, sent, domain), case


def calendar_invitation(language: str, start: datetime) -> tuple[bytes, dict]:
    """The way Google Calendar sends it in that language: a notification subject and the event in a part."""
    case = CASES[language]
    stamp = format_date(start.date(), "medium", locale=language)
    raw, _, _ = invitation(
        start=start,
        end=start + timedelta(hours=1),
        summary=case["summary"],
        subject=f"{_invitation_word(language)}: {case['summary']} @ {stamp} 13:00 - 14:00 (CET) ({USER[1]})",
        attendees=((case["name"], case["address"]), USER),
        organizer=(case["name"], case["address"]),
        description=case["description"],
        sent=start - timedelta(days=3),
    )
    return raw, case


def _invitation_word(language: str) -> str:
    return {"de": "Einladung", "fr": "Invitation", "es": "Invitación"}[language]


def text(message) -> str:
    return message.get_content().replace("\r\n", "\n")


def drafts_in(folder: Path) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(p.read_bytes(), policy=default_policy) for p in sorted(folder.iterdir())]


def followup(config: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), *args], capture_output=True, text=True, timeout=90
    )


def maildir_config(tmp_path: Path, extra: str = "") -> Path:
    for folder in ("cur", "new", "tmp", ".Drafts/cur", ".Drafts/new", ".Drafts/tmp"):
        (tmp_path / "mail" / folder).mkdir(parents=True, exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[user]\nname = "{USER[0]}"\nemail = "{USER[1]}"\ntimezone = "Europe/Berlin"\n'
        f'[maildir]\npath = "mail"\nlookback = "30d"\n[state]\ndir = "state"\n{TIMING}{extra}'
    )
    return config


def check_drafts(drafts: list, language: str, start: datetime, *, form: str) -> None:
    case = CASES[language]
    thank_yous = [d for d in drafts if text(d).startswith(case["salutation"])]
    check_ins = [d for d in drafts if d not in thank_yous]
    assert len(thank_yous) == 1 and len(check_ins) == 1, [text(d) for d in drafts]
    thank_you, check_in = thank_yous[0], check_ins[0]
    body = text(thank_you)
    assert FFFD not in body and FFFD not in str(thank_you["To"]) and FFFD not in str(thank_you["Subject"])
    assert thank_you["To"].addresses[0].display_name == case["name"], "the name exactly as the company wrote it"
    assert body.startswith(case["salutation"]), body
    assert body.rstrip().endswith(case["closing"]), body
    weekday = format_date(start.date(), "EEEE", locale=language)
    assert weekday in body, f"the day in {language} words ({weekday}) in:\n{body}"
    assert "Thank you" not in body and "Best regards" not in body
    assert thank_you["In-Reply-To"], "a draft still threads with the invitation"
    if form == "words":  # a thread a person wrote keeps its subject
        assert str(thank_you["Subject"]) == f"Re: {case['subject']}"
    else:  # a calendar notification's subject is not answered as is
        assert str(thank_you["Subject"]).startswith(case["calendar_subject"]), thank_you["Subject"]
        assert "@" not in str(thank_you["Subject"])
    assert text(check_in).rstrip().endswith(case["check_in_closing"])
    assert str(check_in["Subject"]).startswith("Re: " if form == "words" else case["check_in_subject"])


# ---------------------------------------------------------------- end to end


@pytest.mark.parametrize("form", ["words", "calendar"])
@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_an_invitation_gets_drafts_in_its_language_on_a_maildir(tmp_path, language, form):
    start = last_weekday(datetime.now(UTC))
    raw, _ = (words_invitation if form == "words" else calendar_invitation)(language, start)
    config = maildir_config(tmp_path)
    (tmp_path / "mail" / "cur" / "1.invite:2,S").write_bytes(raw)

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    assert FFFD not in result.stderr
    drafts = drafts_in(tmp_path / "mail" / ".Drafts" / "cur")
    assert len(drafts) == 2, result.stderr
    check_drafts(drafts, language, start, form=form)

    listing = followup(config, "list").stdout
    name = {"de": "German", "fr": "French", "es": "Spanish"}[language]
    where = "invitation" if form == "words" else "calendar invitation"
    assert f"drafts in {name}: the {where} is in {name}" in listing
    assert CASES[language]["name"] in listing and FFFD not in listing


@pytest.mark.parametrize("form", ["words", "calendar"])
@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_an_invitation_gets_drafts_in_its_language_on_dovecot(imap_account, make_config, language, form):
    start = last_weekday(datetime.now(UTC))
    raw, _ = (words_invitation if form == "words" else calendar_invitation)(language, start)
    imap_account.append("INBOX", raw)
    config = make_config(imap_account, extra=TIMING)
    text = config.read_text().replace('timezone = "America/New_York"', 'timezone = "Europe/Berlin"')
    config.write_text(text)

    result = followup(config, "run", "--once")
    assert result.returncode == 0, result.stderr
    drafts = [email.message_from_bytes(m.raw, policy=default_policy) for m in imap_account.messages("Drafts")]
    assert len(drafts) == 2, result.stderr
    check_drafts(drafts, language, start, form=form)
    preview = followup(config, "preview", _interview_id(config), "thank-you").stdout
    name = {"de": "German", "fr": "French", "es": "Spanish"}[language]
    assert f"# in {name}: the " in preview and FFFD not in preview


def _interview_id(config: Path) -> str:
    listing = followup(config, "list").stdout
    return next(line.split()[0] for line in listing.splitlines() if line[:8].isalnum() and len(line.split()[0]) == 8)


def test_english_invitations_keep_english_drafts_and_a_fixed_language_wins(tmp_path):
    start = last_weekday(datetime.now(UTC))
    raw, _, _ = invitation(start=start, end=start + timedelta(hours=1), sent=start - timedelta(days=3))
    config = maildir_config(tmp_path)
    (tmp_path / "mail" / "cur" / "1.invite:2,S").write_bytes(raw)
    assert followup(config, "run", "--once").returncode == 0
    (thank_you,) = [d for d in drafts_in(tmp_path / "mail" / ".Drafts" / "cur") if "dana" in str(d["To"])]
    assert text(thank_you).startswith("Hi Dana,\n\nThank you for taking the time")
    # The calendar's notification subject is not answered as is; the draft still threads.
    assert str(thank_you["Subject"]) == "Thank you — Senior Data Engineer interview"
    assert thank_you["In-Reply-To"]

    german = tmp_path / "german"
    german.mkdir()
    config = maildir_config(german, extra='[drafts]\nlanguage = "de"\n')
    (german / "mail" / "cur" / "1.invite:2,S").write_bytes(raw)
    assert followup(config, "run", "--once").returncode == 0
    (thank_you,) = [d for d in drafts_in(german / "mail" / ".Drafts" / "cur") if "dana" in str(d["To"])]
    body = text(thank_you)
    assert body.startswith("Guten Tag Dana Whitfield,\n\nvielen Dank"), "Sie, since the company wrote no du"
    assert "drafts in German: set in [drafts] language" in followup(config, "list").stdout


# ---------------------------------------------------------------- pure


def test_raw_utf8_headers_give_exact_names_and_subjects():
    start = datetime(2026, 12, 4, 13, tzinfo=BERLIN)
    raw, _ = words_invitation("de", start)
    message = parse_message(raw, BERLIN)
    assert message.subject == "Einladung zum Vorstellungsgespräch – Data Engineer (m/w/d)"
    assert message.sender == Person("Katrin Schäfer", "katrin.schaefer@datenwerk.example")
    # Windows-1252 and Latin-1 bytes in a header are read as such, never as U+FFFD.
    cp1252 = raw.replace("Katrin Schäfer <".encode(), "René €uro <".encode("cp1252"), 1)
    assert parse_message(cp1252, BERLIN).sender.name == "René €uro"
    latin1 = raw.replace("Katrin Schäfer <".encode(), b"Ren\xe9 \x81 <", 1)
    assert FFFD not in parse_message(latin1, BERLIN).sender.name
    mixed = raw.replace(b"Subject: Einladung", "Subject: =?iso-8859-1?q?M=FCller?= Gespräch:".encode(), 1)
    assert parse_message(mixed, BERLIN).subject.startswith("Müller Gespräch: zum Vorstellungsgespräch")


def test_a_mislabelled_calendar_part_keeps_its_names():
    start = datetime(2026, 12, 4, 13, tzinfo=BERLIN)
    raw, _ = calendar_invitation("de", start)
    raw = raw.replace(b'text/calendar; charset="utf-8"', b'text/calendar; charset="iso-8859-1"')
    message = parse_message(raw, BERLIN)
    (event,) = message.events
    assert event.summary == CASES["de"]["summary"] and event.organizer.name == "Katrin Schäfer"


VOICES = [
        (
            "Hallo Jordan, wir freuen uns, dich zu einem Gespräch einzuladen. Hast du am Freitag Zeit? Viele Grüße",
            "de",
            True,
        ),
        (
            "Sehr geehrter Herr Lee, wir laden Sie gern zu einem Gespräch am Freitag ein. Mit freundlichen Grüßen",
            "de",
            False,
        ),
        (
            "Salut Jordan, on a hâte de te rencontrer pour un entretien vendredi. Tu peux venir à 13h ? À bientôt",
            "fr",
            True,
        ),
        (
            "Bonjour, nous avons le plaisir de vous inviter à un entretien le vendredi 4 décembre. Cordialement",
            "fr",
            False,
        ),
        (
            "Hola Jordan, te invitamos a una entrevista el viernes 4 de diciembre a las 13:00. ¿Te viene bien?",
            "es",
            True,
        ),
        (
            "Estimado Jordan: nos complace invitarle a una entrevista el viernes. Quedamos a su disposición.",
            "es",
            False,
        ),
        ("Hi Jordan, we would like to invite you to an interview on Friday at 1pm. Best, Dana", "en", False),
]  # fmt: skip


@pytest.mark.parametrize(("words", "language", "informal"), VOICES)
def test_the_language_and_register_are_read_from_the_companys_words(words, language, informal):
    voice = detect_voice(words)
    assert (voice.language, voice.informal) == (language, informal)


def test_too_few_words_decide_nothing():
    assert detect_voice("Interview 13:00").language == ""


def test_titles_of_address_come_from_the_text_never_from_a_first_name():
    assert dict(honorifics("Das Gespräch führen Frau Schäfer und Herr Dr. Wagner.")) == {"schäfer": "f", "wagner": "m"}
    assert honorifics("Best,\nDana Whitfield\nEngineering Manager") == ()


def _interview(**kwargs) -> Interview:
    start = datetime(2026, 12, 4, 13, tzinfo=BERLIN)
    values = dict(
        key="k",
        start=start,
        end=start + timedelta(hours=1),
        end_source=EndSource.TEXT,
        subject="Gespräch",
        company="Datenwerk",
        role="Data Engineer",
        interviewers=(Person("Katrin Schäfer", "k@datenwerk.example"), Person("Jens Wagner", "j@datenwerk.example")),
        organizer=Person("Riley Chen", "r@datenwerk.example"),
        message_id="m@datenwerk.example",
        language="de",
        language_source="invitation",
        honorifics=(("schäfer", "f"), ("wagner", "m")),
    )
    values.update(kwargs)
    return Interview(**values)


def _render(interview: Interview, choice: LanguageChoice, env=None, policy=None):
    followup = next(f for f in plan(interview, policy or Policy(), BERLIN) if f.kind is Kind.THANK_YOU)
    env = env or template_environment()
    message = render_draft(
        followup, interview, Author("Jordan Lee", "j@x.example"), env, timezone=BERLIN, now=datetime.now(UTC),
        choice=choice,
    )  # fmt: skip
    return message, message.get_body(("plain",)).get_content()


def test_a_panel_is_greeted_as_natives_do_and_spanish_y_becomes_e():
    interview = _interview()
    _, body = _render(interview, LanguageChoice("de", False, ""), policy=Policy(thank_you_to="all"))
    assert body.startswith("Sehr geehrte Frau Schäfer,\nsehr geehrter Herr Wagner,\n\nvielen Dank Ihnen allen")
    _, body = _render(interview, LanguageChoice("fr", False, ""), policy=Policy(thank_you_to="all"))
    assert body.startswith("Madame Schäfer, Monsieur Wagner,\n\n")
    ines = _interview(interviewers=(Person("Ana Ruiz", "a@x.example"), Person("Inés Gil", "i@x.example")))
    _, body = _render(ines, LanguageChoice("es", True, ""), policy=Policy(thank_you_to="all"))
    assert body.startswith("Hola, Ana e Inés:\n\n")


def test_the_language_follows_rules_then_the_setting_then_the_invitation():
    interview = _interview()
    assert choose_language(interview).describe() == "German: the invitation is in German"
    assert choose_language(interview, "fr").describe() == "French: set in [drafts] language"
    rule = Rule(label="Datenwerk", domains=("datenwerk.example",), language="en")
    assert choose_language(interview, "fr", (rule,)).describe() == "English: set for Datenwerk in [[rules]]"
    unclear = choose_language(_interview(language="", language_source=""))
    assert (unclear.language, unclear.why) == ("en", "no clear language in the invitation")
    # du only where the draft is in the language the company wrote du in
    assert choose_language(_interview(informal=True)).informal
    assert not choose_language(_interview(informal=True), "fr").informal


def test_a_user_template_folder_may_hold_any_language_and_override_the_subject(tmp_path):
    (tmp_path / "thank_you.it.txt.j2").write_text(
        "{% block subject %}Grazie per il colloquio{% endblock %}{% block body %}Gentile {{ greeting_names }},\n"
        "grazie per il colloquio di {{ interview_date }}.\n{% endblock %}"
    )
    (tmp_path / "check_in.it.txt.j2").write_text("Gentile {{ greeting_names }}, ci sono novità?\n")
    (tmp_path / "thank_you.de.txt.j2").write_text(
        "{% block subject %}Danke!{% endblock %}{% block body %}Moin {{ greeting_names }}\n{% endblock %}"
    )
    env = template_environment(tmp_path)
    message, body = _render(_interview(notification=True), LanguageChoice("it", False, ""), env)
    assert str(message["Subject"]) == "Grazie per il colloquio"
    assert body == "Gentile Katrin,\ngrazie per il colloquio di venerdì 4 dicembre.\n"
    message, body = _render(_interview(), LanguageChoice("de", False, ""), env)
    assert (str(message["Subject"]), body) == ("Danke!", "Moin Katrin\n")
    # A language the folder lacks: the bundled template.
    message, body = _render(_interview(notification=True), LanguageChoice("fr", False, ""), env)
    assert body.startswith("Madame,") and str(message["Subject"]).startswith("Remerciements")


def test_a_fixed_language_without_templates_is_a_config_error(tmp_path):
    from watcher.config import parse_config
    from watcher.errors import ConfigError

    (tmp_path / "mail").mkdir()
    data = {
        "user": {"name": "J", "email": "j@x.example", "timezone": "UTC"},
        "maildir": {"path": "mail"},
        "drafts": {"language": "it"},
        "rules": [{"domain": "x.example", "language": "Deutsch"}],
    }
    with pytest.raises(ConfigError) as caught:
        parse_config(data, tmp_path / "config.toml")
    text = str(caught.value)
    assert "drafts.language" in text and "thank_you.it.txt.j2" in text
    assert 'rules[1].language must be "auto" or a language code' in text


def test_one_subject_rule_however_the_interview_arrived():
    """A human thread read by mail, then the same meeting from a calendar feed: still `Re:` the thread."""
    from watcher.core.agenda import adopt
    from watcher.model import Understanding, Verdict

    ctx = Context(frozenset({USER[1]}), BERLIN, timedelta(hours=1))
    start = last_weekday(datetime.now(UTC))
    raw, case = words_invitation("de", start)
    by_mail = understand_message(parse_message(raw, BERLIN), ctx).interview
    assert by_mail is not None and not by_mail.notification
    from_feed = Interview(
        key="ical:feed-1", start=by_mail.start, end=by_mail.end, end_source=EndSource.CALENDAR,
        subject="Vorstellungsgespräch Data Engineer", interviewers=by_mail.interviewers, notification=True,
    )  # fmt: skip
    merged = adopt(Understanding(Verdict(True, 3.0), interview=from_feed), by_mail).interview
    message, _ = _render(merged, choose_language(merged))
    assert str(message["Subject"]) == f"Re: {case['subject']}"
    assert message["In-Reply-To"] == f"<{by_mail.message_id}>"


def test_the_subject_a_sent_draft_is_recognised_by_is_the_one_it_was_given(tmp_path):
    from watcher.core.drafts import draft_subject

    own = "{% block subject %}Merci!{% endblock %}{% block body %}Hi{% endblock %}"
    (tmp_path / "thank_you.txt.j2").write_text(own)
    for interview in (_interview(notification=True), _interview(), _interview(message_id="")):
        for env in (template_environment(), template_environment(tmp_path)):
            choice = choose_language(interview, "en")
            message, _ = _render(interview, choice, env)
            followup = next(f for f in plan(interview, Policy(), BERLIN) if f.kind is Kind.THANK_YOU)
            subject = draft_subject(followup, interview, Author("Jordan Lee", "j@x.example"), env, timezone=BERLIN,
                                    choice=choice)  # fmt: skip
            assert subject == str(message["Subject"])
