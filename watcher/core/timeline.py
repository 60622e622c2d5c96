"""When the company said it would get back to the candidate: "we aim to get back to you within a week",
"You'll hear from me by Friday 13 February", "Nous reviendrons vers vous sous 10 jours".

Only a timeline for the candidate's answer counts: "submit scorecards within 24 hours", "the link will be
sent by the end of the week" or "reschedule at least 24 hours in advance" are not. Durations count from the
end of the interview (feedback follows the interview); weekdays and dates are read from the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from . import when
from .lexicon import NUMBER_WORDS

_NUMBER = (
    r"(?:\d+(?:\s?[-–]\s?\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few|"
    r"eine[rm]?|einen|zwei|drei|vier|fünf|sechs|sieben|acht|zehn|ein paar|"
    r"une?|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|quelques|"
    r"una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|diez|quince|unos pocos|unas|unos)"
)
_UNIT = (
    r"(?:(?:business |working )?(?:days?|weeks?|hours?)|"
    r"(?:Werk|Arbeits)?(?:tagen?|tage|wochen?|woche|stunden?)|"
    r"(?:jours?|semaines?|heures?)(?: ouvrés| ouvrables)?|"
    r"(?:días?|dias?|semanas?|horas?)(?: hábiles| habiles| laborables)?)"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|lunes|martes|miércoles|miercoles|jueves|viernes)"
)
# What may follow a weekday: "Friday 13 February", "Tuesday, November 24", "Freitag, 13.03.2026".
_DATE_TAIL = (
    r"(?:,?\s+\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\.?"
    r"|,?\s+(?:the\s+|den\s+|le\s+|el\s+)?\d{1,2}(?:st|nd|rd|th|er|\.)?(?:\s*(?:de\s+)?[a-zéèûäöüáí]+\.?)?"
    r"(?:\s*\d{2,4})?|,?\s+[a-z]+\s+\d{1,2}(?:st|nd|rd|th)?)?"
)

_PHRASES = re.compile(
    r"(?P<phrase>"
    # English
    rf"within (?:about |approximately |roughly |around |the next )?{_NUMBER}\s?{_UNIT}"
    rf"|in the (?:next|coming) (?:{_NUMBER}\s)?{_UNIT}|over the next (?:{_NUMBER}\s)?{_UNIT}"
    rf"|in (?:about |around )?{_NUMBER}\s{_UNIT}"
    rf"|by (?:the )?end of (?:this|next|the) (?:week|day)|by (?:the )?end of (?:the )?(?:following )?week|by eow|by eod"
    rf"|(?:early|late|later|end of|the end of|mid|middle of the) (?:next|this) week|(?:next|this) week|later this week"
    rf"|by (?:(?:the )?(?:following|next|coming|this) )?(?:{_WEEKDAY}|tomorrow|monday){_DATE_TAIL}"
    rf"|by (?:[a-z]+ \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? [a-z]+)"
    rf"|in the coming days|in a few days|in the next few days|(?:a|one) week after"
    # German
    rf"|innerhalb (?:von )?(?:der nächsten )?{_NUMBER}\s{_UNIT}|binnen {_NUMBER}\s{_UNIT}"
    rf"|in den nächsten (?:{_NUMBER}\s)?{_UNIT}"
    rf"|bis (?:spätestens |zum )?(?:ende (?:der|dieser|nächster|kommender) "
    rf"(?:darauffolgenden |nächsten |kommenden )?woche"
    rf"|{_WEEKDAY}{_DATE_TAIL}|\d{{1,2}}\.\s?\d{{1,2}}\.(?:\d{{2,4}})?)"
    rf"|spätestens (?:bis )?(?:ende (?:der )?(?:darauffolgenden |nächsten |kommenden )?woche|{_WEEKDAY}{_DATE_TAIL})"
    rf"|(?:anfang|ende|mitte) (?:der )?(?:nächsten|kommenden|darauffolgenden) woche|nächste woche"
    # French
    rf"|sous {_NUMBER}\s{_UNIT}"
    rf"|dans (?:les |un délai de |un délai d'|un délai maximum de )?(?:{_NUMBER}\s)?(?:prochains? )?{_UNIT}"
    rf"|d'ici (?:{_WEEKDAY}|la fin de (?:la|cette) semaine|la semaine prochaine|{_NUMBER}\s{_UNIT})"
    rf"|(?:d'ici |avant )(?:le )?{_WEEKDAY}{_DATE_TAIL}|(?:en )?début de semaine prochaine|la semaine prochaine"
    # Spanish
    rf"|en un plazo (?:máximo |maximo )?de {_NUMBER}\s{_UNIT}|dentro de (?:los próximos )?{_NUMBER}\s{_UNIT}"
    rf"|en (?:los )?próximos (?:{_NUMBER}\s)?{_UNIT}|en {_NUMBER}\s{_UNIT}"
    rf"|(?:antes del?|a más tardar el|a mas tardar el|hasta el) (?:{_WEEKDAY}{_DATE_TAIL}|\d{{1,2}} de [a-z]+)"
    rf"|la (?:próxima|proxima) semana|a (?:principios|finales) de la (?:próxima|proxima) semana"
    r")",
    re.IGNORECASE,
)
# The phrase must be about the candidate hearing back.
_FEEDBACK = re.compile(
    r"\b(?:hear (?:back|from)|get back to|come back to|back to you|be in touch|reach out|update you|let you know|"
    r"follow up|follow-up|circle back|"
    r"feedback|decision|decide|next steps|respond|response|an answer|outcome|contact you|follow up with you|"
    r"get in touch|share (?:a decision|feedback|our decision|next steps)|communicated|notify|informed|results?|"
    r"rückmeldung|melden uns|melde mich|melden wir uns|bescheid|entscheidung|hören sie|hörst du|informieren|"
    r"reviendr\w+ vers vous|retour|réponse|nouvelles|décision|recontacter|tiendr\w+ (?:au courant|informée?)|"
    r"respond\w*|respuesta|noticias|decisión|contactaremos|comunicaremos|retroalimentación|novedades|"
    r"te escribiremos|te avisaremos|te diremos)",
    re.IGNORECASE,
)
_NOT_FEEDBACK = re.compile(
    r"\b(?:scorecards?|submit (?:your )?(?:feedback|scorecard)|interview kit|reschedul\w*|cancel\w*|in advance|"
    r"link|lien|enlace|invite|invitation|einladung|confirmation with your|calendar|prompt|payout|paid|"
    r"gift card|incentive|registration|application (?:review|status)|review your application|"
    r"typically takes|to apply|apply by|offer expires|sign|start date)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Timeline:
    phrase: str  # as stated ("within a week"), for the plan's explanation
    by: datetime  # when the answer is due


MAX_AMOUNT = 400  # days, weeks or hours: more is not a feedback timeline


def stated_feedback(
    text: str, interview_end: datetime, sent: datetime | None, tz: tzinfo, *, day_first: bool | None = None
) -> Timeline | None:
    """The first feedback timeline stated in `text`, resolved against the interview's end, or None."""
    for sentence in _sentences(text[:20_000]):
        if not _FEEDBACK.search(sentence) or _NOT_FEEDBACK.search(sentence):
            continue
        for match in _PHRASES.finditer(sentence):
            phrase = match.group("phrase").strip(" ,.")
            by = _resolve(phrase, interview_end, sent, tz, day_first)
            if by is not None and by > interview_end - timedelta(hours=1):
                return Timeline(phrase, by)
    return None


def _sentences(text: str) -> list[str]:
    """Sentences; a line break ends one unless the next line continues it in lower case (wrapped text)."""
    text = re.sub(r"\s*\n\s*(?=[a-zà-ÿ(])", " ", text)
    sentences = []
    for line in text.splitlines():
        sentences += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý¡¿])", line) if s.strip()]
    return sentences


def _resolve(phrase: str, end: datetime, sent: datetime | None, tz: tzinfo, day_first: bool | None) -> datetime | None:
    lowered = phrase.lower()
    local_end = end.astimezone(tz)
    span = re.search(rf"(?P<n>{_NUMBER})\s?(?P<unit>{_UNIT})", lowered)
    if span and not lowered.startswith(("by ", "bis ", "d'ici le", "avant", "antes", "a más", "hasta")):
        amount = _amount(span.group("n"))
        unit = span.group("unit")
        if amount is None or amount > MAX_AMOUNT:
            return None  # "within 99999999 weeks" is no timeline anyone can honour (nor add to a date)
        business = bool(re.search(r"business|working|werk|arbeits|ouvr|hábil|habil|laborable", unit))
        if re.search(r"hour|stunde|heure|hora", unit):
            return end + timedelta(hours=amount)
        days = amount * 7 if re.search(r"week|woche|semaine|semana", unit) else amount
        if business:
            return _add_business_days(local_end, round(days))
        return local_end + timedelta(days=days)
    if re.search(r"coming days|few days|nächsten tagen|prochains jours|próximos días", lowered):
        return _add_business_days(local_end, 3)
    week_start = local_end.date() - timedelta(days=local_end.weekday())
    if re.search(r"next|nächste|kommende|darauffolgend|following|prochaine|próxima|proxima", lowered) and re.search(
        r"week|woche|semaine|semana", lowered
    ):
        monday = week_start + timedelta(days=7)
        if re.search(r"early|anfang|début|principios", lowered):
            return _at_five(monday + timedelta(days=1), tz)
        if re.search(r"mid|mitte|middle", lowered):
            return _at_five(monday + timedelta(days=2), tz)
        return _at_five(monday + timedelta(days=4), tz)
    if re.search(
        r"(?:this|the|cette|la|dieser|der) (?:week|woche|semaine)|later this week|end of (?:the )?week", lowered
    ):
        friday = week_start + timedelta(days=4)
        return _at_five(friday if friday >= local_end.date() else friday + timedelta(days=7), tz)
    if re.search(r"\b(?:eod|end of (?:the )?day)\b", lowered):
        return _at_five(local_end.date(), tz)
    if "tomorrow" in lowered:
        return _at_five(local_end.date() + timedelta(days=1), tz)
    target = when.parse_date(phrase, sent or end, tz, day_first=day_first)
    if target is None:
        return None
    if not re.search(r"\d", phrase):
        # A weekday alone ("by Friday") is the first one on or after the interview.
        ahead = (target.weekday() - local_end.weekday()) % 7
        target = local_end.date() + timedelta(days=ahead)
    return _at_five(target, tz)


def _amount(word: str) -> float | None:
    word = word.strip().lower()
    if re.match(r"\d+\s?[-–]\s?\d+", word):
        return float(re.split(r"\s?[-–]\s?", word)[-1])  # "3-5 business days": the later bound
    if word.isdigit():
        return float(word)
    extra = {
        "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "a couple of": 2, "a few": 3,
        "einem": 1, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "zehn": 10, "ein paar": 3,
        "cinq": 5, "sept": 7, "huit": 8, "dix": 10, "quinze": 15, "quelques": 3,
        "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "diez": 10, "quince": 15, "unos pocos": 3, "unas": 3, "unos": 3,
    }  # fmt: skip
    value = NUMBER_WORDS.get(word, extra.get(word))
    return float(value) if value is not None else None


def _add_business_days(start: datetime, days: int) -> datetime:
    moment = start
    while days > 0:
        moment += timedelta(days=1)
        if moment.weekday() < 5:
            days -= 1
    return moment


def _at_five(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(17, 0), tzinfo=tz)
