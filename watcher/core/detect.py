"""Is this a confirmed job interview? Weighted evidence from the words, the senders and the calendar data.

Every rule that fires adds its weight and a short phrase to the evidence, so `followup inspect` can show
why a decision was made. A positive verdict needs at least one core term (`CORE_TERMS`); the same terms
drive the server-side SEARCH pre-filter, so nothing the detector could accept is filtered out early.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import CalendarEvent, Message, Verdict

# Words without which no message is an interview invitation (several languages). Kept short and
# stem-like: the IMAP pre-filter searches for them as substrings.
CORE_TERMS: tuple[str, ...] = (
    "interview",
    "screen",
    "onsite",
    "on-site",
    "hiring",
    "recruit",
    "candida",
    "superday",
    "vorstellungsgespräch",
    "bewerbungsgespräch",
    "gespräch",
    "entretien",
    "entrevista",
)

THRESHOLD = 3.0


@dataclass(frozen=True)
class Rule:
    weight: float
    pattern: re.Pattern[str]
    label: str
    where: str = "any"  # "subject", "body" or "any"


def _rule(weight: float, pattern: str, label: str, where: str = "any") -> Rule:
    return Rule(weight, re.compile(pattern, re.IGNORECASE), label, where)


_INTERVIEW_NOUN = (
    r"(?:(?:job|phone|video|technical|tech|coding|onsite|on-site|virtual|final|panel|behavioral|behavioural|"
    r"case|system design|hiring manager|first|second|third|1st|2nd|3rd|initial|follow-up|zoom|teams)[\s-]+)?"
    r"interviews?\b"
)

RULES: tuple[Rule, ...] = (
    _rule(3.0, _INTERVIEW_NOUN, "mentions an interview", "subject"),
    _rule(2.0, _INTERVIEW_NOUN, "mentions an interview", "body"),
    _rule(2.5, r"\b(?:phone|technical|recruiter|tech|initial)\s+screen(?:ing)?\b", "a screening call"),
    _rule(2.5, r"\b(?:onsite|on-site|superday|final round|interview loop|panel)\b", "an interview loop or panel"),
    _rule(
        2.5,
        r"\b(?:hiring manager|recruiter|talent acquisition|recruiting (?:team|coordinator))\b",
        "a recruiter or hiring manager",
    ),
    _rule(
        1.5,
        r"\b(?:candidate|your application|the (?:\w+\s){0,3}(?:role|position)|this role|opening)\b",
        "a role or application",
    ),
    _rule(3.0, r"\b(?:vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch)\b", "interview (German)"),
    _rule(3.0, r"\bentretien(?:s)?\b(?! annuel)", "interview (French)"),
    _rule(3.0, r"\bentrevista\b", "interview (Spanish)"),
    _rule(
        1.0,
        r"\b(?:confirm(?:ed|ing)?|scheduled|invit(?:e|ation|ed)|calendar invite|looking forward)\b",
        "a confirmation",
    ),
    # Not a job interview for the user.
    _rule(-6.0, r"\b(?:podcast|webinar|press|media|newspaper|magazine|journalist|episode)\b", "press or media"),
    _rule(-6.0, r"\bexit interview\b", "an exit interview"),
    _rule(
        -5.0,
        r"\b(?:user|customer|research|usability|informational|research study)\s+interviews?\b",
        "a research or informational interview",
    ),
    _rule(
        -4.0,
        r"\b(?:unfortunately|regret to inform|not (?:be )?(?:moving|proceeding) forward|"
        r"decided to (?:move|proceed|pursue) (?:forward )?with other)\b",
        "a rejection",
    ),
    _rule(-4.0, r"\b(?:offer letter|pleased to offer|extend (?:you )?an offer|formal offer)\b", "an offer"),
    _rule(-4.0, r"\b(?:job alert|jobs? (?:you may|for you|recommended)|new jobs|recommended jobs)\b", "a job alert"),
    _rule(
        -3.0,
        r"\b(?:(?:we|have) received your application|thank you for (?:applying|your application))\b",
        "an application receipt",
    ),
    _rule(
        -3.0,
        r"\b(?:your availability|let me know (?:your|when you are) (?:availability|available)|"
        r"(?:pick|choose|select|book) a (?:time|slot)|please (?:share|send) (?:your|a few) "
        r"(?:availability|times))\b",
        "asks for availability",
    ),
    _rule(-2.0, r"\b(?:unsubscribe|newsletter|view in browser|manage (?:your )?preferences)\b", "a newsletter"),
    _rule(-5.0, r"\b(?:telegram|whatsapp|signal app|check (?:to|for) deposit|purchase equipment)\b", "scam signs"),
)


def _score(subject: str, body: str) -> tuple[float, list[str]]:
    score = 0.0
    evidence: list[str] = []
    for rule in RULES:
        hay = subject if rule.where == "subject" else body if rule.where == "body" else f"{subject}\n{body}"
        if rule.pattern.search(hay):
            score += rule.weight
            evidence.append(f"{rule.weight:+g} {rule.label}")
    return score, evidence


def has_core_term(text: str) -> bool:
    lowered = text.lower()
    return any(term in lowered for term in CORE_TERMS)


def judge_event(event: CalendarEvent, user_addresses: frozenset[str]) -> Verdict:
    """A calendar event is an interview when its words say so and the user is a guest, not the host."""
    body = f"{event.description}\n{event.location}"
    score, evidence = _score(event.summary, body)
    if event.organizer and event.organizer.email in user_addresses:
        score -= 4.0
        evidence.append("-4 the user organises it (interviewing someone else)")
    return _verdict(score, evidence, f"{event.summary}\n{body}")


def judge_message(message: Message, user_addresses: frozenset[str]) -> Verdict:
    """Judge an email by its own words and, when it carries one, its calendar event."""
    score, evidence = _score(message.subject, message.text[:20_000])
    if message.sender and message.sender.email in user_addresses:
        score -= 6.0
        evidence.append("-6 sent by the user")
    events = [e for e in message.events if e.start is not None]
    if events:
        event_verdict = judge_event(events[0], user_addresses)
        if event_verdict.score > score:
            score, evidence = event_verdict.score, list(event_verdict.evidence)
        score += 1.0
        evidence.append("+1 carries a calendar invitation")
    return _verdict(score, evidence, f"{message.subject}\n{message.text[:20_000]}")


def _verdict(score: float, evidence: list[str], text: str) -> Verdict:
    core = has_core_term(text)
    if not core:
        evidence.append("no interview term")
    return Verdict(is_interview=core and score >= THRESHOLD, score=round(score, 2), evidence=tuple(evidence))
