"""Drafts as the user finds them: short, personal, marked places for their own points, notes included;
email text stays data; a broken user template is a clear error at start-up, never at draft time."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from watcher.core.drafts import Author, render_draft
from watcher.core.policy import Policy, plan
from watcher.errors import ConfigError
from watcher.model import EndSource, Interview, Kind, Person
from watcher.templating import template_environment

NY = ZoneInfo("America/New_York")
AUTHOR = Author("Jordan Lee", "jordan@example.com")
DANA = Person("Dana Whitfield", "dana@northwind.example")
SAM = Person("Sam Ortiz", "sam@northwind.example")
RILEY = Person("Riley Chen", "riley@northwind.example")
START = datetime(2026, 1, 6, 14, tzinfo=NY)


def interview(**kwargs) -> Interview:
    values = {
        "key": "ical:1",
        "start": START,
        "end": START + timedelta(hours=1),
        "end_source": EndSource.CALENDAR,
        "subject": "Interview: Senior Data Engineer",
        "company": "Northwind",
        "role": "Senior Data Engineer",
        "interviewers": (DANA, SAM),
        "organizer": RILEY,
        "message_id": "inv-1@northwind.example",
        **kwargs,
    }
    return Interview(**values)


def draft(i: Interview, kind: Kind, env=None, notes=(), policy=None):
    followup = next(f for f in plan(i, policy or Policy(), NY, me=frozenset({AUTHOR.email})) if f.kind is kind)
    message = render_draft(
        followup, i, AUTHOR, env or template_environment(), timezone=NY, now=datetime.now(UTC), notes=list(notes)
    )
    return message, message.get_body(("plain",)).get_content()


def test_thank_you_is_short_personal_and_marks_the_users_own_points():
    message, body = draft(interview(), Kind.THANK_YOU)
    assert body.startswith("Hi Dana,\n")
    assert "on Tuesday, January 6 about the Senior Data Engineer role at Northwind" in body
    assert body.count("[[") >= 2, "clearly marked places for the user's own points"
    assert body.rstrip().endswith("Best regards,\nJordan Lee")
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    assert len(paragraphs) <= 6 and len(body.split()) < 150, "a few short paragraphs, as the seed advises"
    assert message["Subject"] == "Re: Interview: Senior Data Engineer"
    assert message["In-Reply-To"] == "<inv-1@northwind.example>"
    assert message.get_content_type() == "text/plain"


def test_one_thank_you_to_the_whole_panel_greets_everyone():
    _, body = draft(interview(), Kind.THANK_YOU, policy=Policy(thank_you_to="all"))
    assert body.startswith("Hi Dana and Sam,\n") and "Thank you all for" in body


def test_check_in_goes_to_the_recruiter_and_names_the_interviewers_and_timeline():
    i = interview(feedback_by=START + timedelta(days=7), feedback_within="within a week")
    message, body = draft(i, Kind.CHECK_IN)
    assert str(message["To"]) == "Riley Chen <riley@northwind.example>"
    assert body.startswith("Hi Riley,\n")
    assert "my interview on Tuesday, January 6 with Dana Whitfield and Sam Ortiz" in body
    assert "You mentioned you would be in touch within a week" in body


def test_notes_are_included_as_a_marked_block():
    _, body = draft(interview(), Kind.THANK_YOU, notes=["Asked about Kafka", "Mention the Flink project"])
    assert "[[Your notes from the interview" in body
    assert "- Asked about Kafka\n- Mention the Flink project]]" in body
    _, without = draft(interview(), Kind.THANK_YOU)
    assert "Your notes" not in without


def test_minimal_interview_still_reads_well():
    i = interview(company=None, role=None, interviewers=(Person("", "hiring@acme.example"),), organizer=None)
    _, body = draft(i, Kind.THANK_YOU)
    assert body.startswith("Hi there,\n")
    assert "role" not in body.split("\n\n")[1] and " at ." not in body


def test_text_from_an_email_is_data_never_template_code():
    nasty = "{{ 7*7 }} {% for x in range(3) %}X{% endfor %} {{ ''.__class__.__mro__ }}"
    i = interview(
        subject=f"Interview {nasty}",
        company="{{ 7*7 }}",
        role="{% raw %}",
        interviewers=(Person("{{ 7*7 }} {% if true %}Boss{% endif %}", "dana@northwind.example"),),
        feedback_by=START + timedelta(days=3),
        feedback_within="{{ user.email }}",
    )
    message, body = draft(i, Kind.THANK_YOU)
    assert "49" not in body and "49" not in str(message["Subject"])
    assert "Hi {{," in body  # the first "name" is taken as written
    assert "at {{ 7*7 }}" in body and "{% raw %}" in body
    assert "{% for x in range(3) %}X{% endfor %}" in str(message["Subject"])
    _, check_in = draft(i, Kind.CHECK_IN)
    assert "in touch {{ user.email }}" in check_in and "jordan@example.com" not in check_in


def test_header_injection_through_a_name_or_subject_is_impossible():
    i = interview(
        subject="Interview\r\nBcc: attacker@evil.example",
        interviewers=(Person("Dana\r\nBcc: attacker@evil.example", "dana@northwind.example"),),
    )
    message, _ = draft(i, Kind.THANK_YOU)
    raw = message.as_bytes()
    assert b"\nBcc:" not in raw and message["Bcc"] is None


@pytest.mark.parametrize(
    ("name", "template", "problem"),
    [
        ("thank_you.txt.j2", "Hi {{ greeting_names }\n", "thank_you.txt.j2 line 1: unexpected '}'"),
        ("check_in.txt.j2", "Hi\n{{ no_such_value }}\n", "check_in.txt.j2 line 2: 'no_such_value' is undefined"),
        ("thank_you.txt.j2", "{{ ''.__class__.__mro__ }}", "unsafe"),
        ("thank_you.txt.j2", "{{ recipients[0].name }}", "thank_you.txt.j2 line 1"),  # no recipient: fails
        ("thank_you.html.j2", "<p>{% if %}</p>", "thank_you.html.j2 line 1"),
    ],
)
def test_a_broken_user_template_is_a_config_error_naming_file_and_line(tmp_path, name, template, problem):
    (tmp_path / name).write_text(template)
    with pytest.raises(ConfigError) as caught:
        template_environment(tmp_path)
    assert problem in str(caught.value)
    assert str(tmp_path) in str(caught.value)


def test_a_user_template_overrides_the_bundled_one_and_an_html_one_adds_an_alternative(tmp_path):
    (tmp_path / "thank_you.txt.j2").write_text("Dear {{ greeting_names }}, thanks! [[point]]\n-- {{ user.name }}\n")
    (tmp_path / "thank_you.html.j2").write_text("<p>Dear {{ greeting_names }},</p><p>{{ company }}</p>\n")
    env = template_environment(tmp_path)
    i = interview(company="<b>Northwind</b> & Co", interviewers=(DANA,))
    message, body = draft(i, Kind.THANK_YOU, env=env)
    assert body == "Dear Dana, thanks! [[point]]\n-- Jordan Lee\n"
    assert message.get_content_type() == "multipart/alternative"
    html = message.get_body(("html",)).get_content()
    assert "<p>Dear Dana,</p><p>&lt;b&gt;Northwind&lt;/b&gt; &amp; Co</p>" in html
    _, check_in = draft(i, Kind.CHECK_IN, env=env)  # no user check-in template: the bundled one
    assert check_in.startswith("Hi Riley,")


def test_the_service_refuses_to_start_with_a_broken_template(tmp_path):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_you.txt.j2").write_text("Hi {{ greeting_names }},\n{% for %}\n")
    (tmp_path / "mail" / "cur").mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(
        '[user]\nname = "J"\nemail = "j@example.com"\ntimezone = "UTC"\n'
        f'[maildir]\npath = "mail"\n[state]\ndir = "state"\n[drafts]\ntemplates = "{templates}"\n'
    )
    result = subprocess.run(
        [sys.executable, "-m", "watcher", "--config", str(config), "run", "--once"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"template {templates / 'thank_you.txt.j2'} line 2:" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_template_failing_at_draft_time_falls_back_to_the_bundled_one(tmp_path, caplog):
    """Start-up checks render each template on sample data; one can still fail on a real interview's data
    (here: only with four interviewers). The user gets the bundled draft and a clear log line, not nothing."""
    from tests.mailgen import USER, invitation
    from watcher.config import load_config
    from watcher.daemon import Service

    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "thank_you.txt.j2").write_text("{{ 1/0 if interviewers|length > 3 else 'ok' }}\n")
    for folder in ("cur", "new", "tmp", ".Drafts/cur", ".Drafts/new", ".Drafts/tmp"):
        (tmp_path / "mail" / folder).mkdir(parents=True)
    now = datetime.now(UTC)
    people = tuple((f"Person {n}", f"p{n}@northwind.example") for n in range(4))
    raw, _, _ = invitation(start=now - timedelta(hours=4), end=now - timedelta(hours=3), attendees=(*people, USER))
    (tmp_path / "mail" / "cur" / "1.invite:2,S").write_bytes(raw)
    config = tmp_path / "config.toml"
    config.write_text(
        f'[user]\nname = "Jordan Lee"\nemail = "{USER[1]}"\ntimezone = "America/New_York"\n'
        f'[maildir]\npath = "mail"\n[state]\ndir = "state"\n[drafts]\ntemplates = "{templates}"\n'
        'thank_you_to = "all"\ncheck_in = false\n'
    )
    service = Service(load_config(config))
    try:
        assert service.run_once()["saved"] == 1
    finally:
        service.close()
    (saved,) = (tmp_path / "mail" / ".Drafts" / "cur").iterdir()
    assert b"Thank you all for taking the time" in saved.read_bytes()
    assert "ZeroDivisionError" in caplog.text and "using the bundled template" in caplog.text


def test_bundled_templates_are_shipped_with_the_package():
    from watcher.templating import bundled_templates

    assert {p.name for p in Path(bundled_templates()).glob("*.j2")} >= {"thank_you.txt.j2", "check_in.txt.j2"}
