"""Which interview on record a reschedule notice from another thread replaces.

A reply in the interview's own thread updates it through its key (understand.message_key). A notice that
arrives in a new thread ("Updated interview time", an ATS's new calendar invitation) replaces the interview
on record for the same company and role, when that one has not happened yet. Pure: the caller passes the
interviews on record and acts on the answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime, timedelta

from ..model import Interview

RESCHEDULED = re.compile(
    r"\b(?:rescheduled|reschedule of|has been moved|have moved|we've moved|moved (?:your|the) interview|"
    r"new time|new date|updated (?:interview )?time|time change|change of plans|postpone|postponed|"
    r"push (?:it|the interview|our (?:call|chat|meeting|interview)) (?:back )?to|"
    r"move (?:your|the|our) (?:interview|call|chat|meeting|conversation) to|verschieben|verlegen|reporter|"
    r"aplazar|posponer|adiar|remarcar|"
    r"verschoben|neuer termin|neue uhrzeit|déplacé|décalé|nouvel horaire|nouvelle date|reprogramad[ao]|"
    r"cambio de horario|nueva hora|nueva fecha)\b",
    re.IGNORECASE,
)

# "I'll reach out to find a new time", "we'll send you a new date": a new time still to be found, no move yet.
_TO_BE_FOUND = re.compile(
    r"\b(?:find|finding|look(?:ing)? for|pick|picking|agree on|propose|suggest|send(?: you)?|share|arrange|"
    r"set up|figure out|work out|come up with|coordinate|schedule)\s+(?:a|another|some|the)\s+new\s+(?:time|date)s?"
    r"|\bnew (?:time|date)s? (?:that|which) (?:works|suits)",
    re.IGNORECASE,
)


def reschedules(text: str) -> bool:
    """The text moves an interview ("has been moved", "new time"), not only promises to find a new time."""
    match = RESCHEDULED.search(text)
    if match is None:
        return False
    return bool(RESCHEDULED.search(_TO_BE_FOUND.sub(" ", text)))


def superseded(new: Interview, on_record: Iterable[Interview]) -> Interview | None:
    """The active interview `new` moves: same company, same role (or shared interviewers when a role is
    missing), another time, and not over when the notice was written. None when nothing fits."""
    company = _norm(new.company)
    if not company:
        return None
    written = _written_at(new)
    fits = []
    for old in on_record:
        if old.key == new.key or old.cancelled or old.declined or _norm(old.company) != company:
            continue
        if (old.start, old.end) == (new.start, new.end):
            continue
        if written is not None and old.end <= written:
            continue  # it already happened: the notice is about a later round
        if abs(old.start - new.start) > timedelta(days=60):
            continue
        if old.role and new.role:
            if _norm(old.role) != _norm(new.role):
                continue
        elif not {p.email for p in old.interviewers} & {p.email for p in new.interviewers}:
            continue
        fits.append(old)
    return min(fits, key=lambda old: abs(old.start - new.start), default=None)


def _written_at(interview: Interview) -> datetime | None:
    stamp = interview.version[1]
    try:
        return datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        return None


def _norm(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "", ascii_text)
