"""The follow-up part of the config: [timing] check_in_time, [[rules]], [notify]; every problem at once."""

from __future__ import annotations

import tomllib
from datetime import time
from pathlib import Path

import pytest

from tests.paths import ROOT
from watcher.config import load_config, parse_config
from watcher.core.durations import parse_duration
from watcher.errors import ConfigError

BASE = {
    "user": {"name": "Jordan", "email": "jordan@example.com", "timezone": "Europe/Berlin"},
    "maildir": {"path": "/tmp/mail"},
}


def parse(**sections) -> object:
    return parse_config({**BASE, **sections}, Path("/etc/followup/config.toml"))


def test_the_example_config_is_valid_and_its_commented_rules_are_too():
    settings = load_config(ROOT / "config.example.toml")
    assert settings.timing.check_in_time == time(9, 0)
    assert settings.notify.desktop == "auto"
    assert settings.rules == ()
    text = (ROOT / "config.example.toml").read_text()
    rules = "\n".join(
        line.removeprefix("# ") for line in text.splitlines() if line.startswith("# [[rules]]") or line.startswith("# ")
    )
    rules = rules[rules.index("[[rules]]") :]
    uncommented = tomllib.loads(rules)
    settings = parse(rules=uncommented["rules"])
    assert [r.label for r in settings.rules] == ["quick deciders", "Contoso", "datenwerk.example"]
    assert (settings.rules[2].language, settings.rules[2].overrides) == ("de", {})
    assert settings.rules[0].domains == ("northwind.example", "northwind-traders.example")
    assert settings.rules[0].overrides == {"check_in_after": parse_duration("3bd")}
    assert settings.rules[1].overrides == {"thank_you": False, "check_in_after": parse_duration("10bd")}


def test_rules_and_timing_problems_are_all_reported_at_once():
    with pytest.raises(ConfigError) as caught:
        parse(
            timing={"check_in_time": "9am", "thank_you_after": "3d"},
            rules=[
                {"check_in_after": "2d"},
                {"domain": "acme.example", "check_in_after": "soon", "thank_you": "no", "colour": "red"},
                {"company": "Acme", "default_interview_length": "2h", "thank_you_to": "everyone"},
            ],
            notify={"desktop": "sometimes"},
        )
    problems = caught.value.problems
    assert 'timing.check_in_time must be a time of day such as "09:00" (or ""), not \'9am\'' in problems
    assert any(p.startswith("timing.thank_you_after (3d) is later than timing.thank_you_deadline") for p in problems)
    assert 'rules[1] needs domain = "..." or company = "..." to match interviews' in problems
    assert any(p.startswith('rules[2].check_in_after: "soon" is not a duration') for p in problems)
    assert "rules[2].thank_you must be true or false, not 'no'" in problems
    assert "unknown key rules[2].colour" in problems
    assert "rules[3].default_interview_length: set it in [timing]; it is not per company" in problems
    assert "rules[3].thank_you_to must be one of each, all, not 'everyone'" in problems
    assert "notify.desktop must be \"auto\", true or false, not 'sometimes'" in problems


def test_check_in_time_can_be_emptied_for_exact_moments_and_notify_takes_booleans():
    settings = parse(timing={"check_in_time": ""}, notify={"desktop": False})
    assert settings.timing.check_in_time is None
    assert settings.notify.desktop == "off"
    assert parse(notify={"desktop": True}).notify.desktop == "on"


def test_rules_must_be_tables():
    with pytest.raises(ConfigError) as caught:
        parse(rules={"domain": "acme.example"})
    assert "rules must be an array of tables ([[rules]] sections)" in caught.value.problems
