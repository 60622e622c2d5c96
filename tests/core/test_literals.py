"""Literal gates never change what an expression finds: they only skip texts it cannot match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.paths import TESTS
from watcher.core import detect, outcomes, when
from watcher.core.literals import Gated, gated, needles
from watcher.core.mail import parse_message


def test_needles_of_simple_patterns():
    assert needles(re.compile(r"\b(?:interview(?:s|ing)?|phone screen)\b")) == {"interview", "phone screen"}
    assert needles(re.compile(r"naturali[sz]ation")) == {"naturalisation", "naturalization"}
    assert needles(re.compile(r"(?:pick|book) (?:a|the) (?:time|slot)")) in ({"pick", "book"}, {"time", "slot"})
    assert needles(re.compile(r"xa(?:b|c*)")) == {"xa"}  # an alternative without needles adds none
    assert needles(re.compile(r"\w+")) is None
    assert needles(re.compile(r"(?i)Noon|MIDDAY")) == {"noon", "midday"}  # ignoring case: lower-cased, ASCII only
    assert needles(re.compile("(?i)\u212a")) is None  # the Kelvin sign matches an ASCII "k"
    assert needles(re.compile(r"ab(?i:cd)")) == {"ab"}


def test_case_insensitive_gates_let_non_ascii_text_through():
    noon = gated(r"\bnoon\b", re.I)
    assert noon.search("See you at NOON")
    assert noon.search("ſee you at NOON")  # not ASCII: the expression decides
    assert not noon.search("See you at eleven")


def _patterns() -> list[tuple[str, Gated | re.Pattern[str]]]:
    found: list[tuple[str, Gated | re.Pattern[str]]] = [(rule.label, rule.pattern) for rule in detect.RULES]
    found += [(name, value) for name, value in vars(when).items() if isinstance(value, Gated)]
    found += [(name, value) for name, value in vars(outcomes).items() if isinstance(value, Gated)]
    return found


def _corpus_texts() -> list[str]:
    texts = []
    paths = [*sorted((TESTS / "corpus").glob("*.eml")), *sorted((TESTS / "corpus_holdout").glob("*.eml"))]
    for path in paths + sorted((TESTS / "data" / "realworld").glob("*.eml")):
        message = parse_message(path.read_bytes(), when.UTC)
        texts.append(f"{message.subject}\n{message.text}")
    return texts


TEXTS = _corpus_texts()


@pytest.mark.parametrize(("name", "pattern"), _patterns(), ids=lambda value: str(value)[:40])
def test_a_gate_finds_what_its_expression_finds(name, pattern):
    compiled = pattern.compiled if isinstance(pattern, Gated) else pattern
    gate = pattern if isinstance(pattern, Gated) else Gated(pattern)
    for text in TEXTS:
        for sample in (text, text.lower()):
            for line in [sample, *sample.splitlines()]:
                expected = [m.span() for m in compiled.finditer(line)]
                assert [m.span() for m in gate.finditer(line)] == expected, (name, line[:80])
                assert bool(gate.search(line)) == bool(expected)


WORDS = (
    "interview", "Phone", "screen", "noon", "Tuesday", "at", "2", "pm", "role", "the", "recruiter", "PST", "Eastern",
    "time", "ſ", "K", "İ", "–", "déplacé", "unsubscribe", "options", "which", "works", "best",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=12), separator=st.sampled_from([" ", "\n", ", ", ""]))
def test_gates_agree_on_generated_text(words, separator):
    text = separator.join(words)
    for name, pattern in _patterns():
        compiled = pattern.compiled if isinstance(pattern, Gated) else pattern
        gate = pattern if isinstance(pattern, Gated) else Gated(pattern)
        assert bool(gate.search(text)) == bool(compiled.search(text)), (name, text)
