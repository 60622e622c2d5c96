"""Start, end and zone of an interview stated in words ("Tuesday, March 3 at 2:00 PM EST for 45 minutes").

How it reads a message:

1. Every line is scanned for dates ("Tuesday, March 3", "04.03.2026", "lunes 19 de octubre", "tomorrow",
   "next Thursday"), clock times and ranges ("2-3pm", "14:00–15:30", "de 13 h 30 à 14 h 30"), time zones
   ("PT", "CEST", "Eastern Time", "heure de Paris", "UTC+2", "(America/Chicago)") and lengths
   ("for 45 minutes", "(30 min)", "d'une durée d'une heure").
2. Each time is paired with the nearest date before it (the same line first, then the lines above it in
   the same part of the message) and with its zone: the one written right after it, else one declared
   for the block ("All times are Pacific"), else the user's zone.
3. Each resulting candidate is scored from its context: labels ("When:", "Datum:"), confirming words,
   whether it is the writer's own text or quoted, a superseded time ("Previously:", "moved from ... to"),
   a deadline or an arrival time, a time already past when the message was sent, a list of options.
4. The best candidate wins; ranges on the same day next to it in the same block make up a loop, with
   breakfasts, lunches and breaks at either end left out. A reply that only says "Thursday at 2 works"
   borrows the date, zone and length from the quoted proposal it accepts.

Relative dates count from the message's Date header in the zone of the stated time (the user's zone when
none is stated). Nothing here guesses a time that is not written down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from itertools import pairwise

from ..model import Session
from . import layout as layout_mod
from . import zones as zones_mod
from .bounds import in_range
from .lexicon import (
    FIXED_OFFSET,
    IANA_NAME,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
    ZONE_NAMES,
    fixed_offset,
    zone,
)
from .literals import gated

# A weekday and a clock time alone ("Your interview is Tuesday at 2 PM") are not enough; with a zone, a date,
# a label or a confirming word they are.
_ENOUGH = 3.5
MAX_LINES = 600  # an invitation states its time near the top; the rest of a long thread is not read
MAX_LINE = 1000


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = _alternation(MONTHS)
_WDF = _alternation(WEEKDAYS)
_WDA = _alternation(WEEKDAY_ABBREVIATIONS)
_WD = rf"(?:(?P<wd>{_WDF})|(?P<wda>{_WDA})\.?)"

# Date patterns are anchored on the month or the digits; a weekday before them is found by looking back
# (_WD_BEFORE), which is much faster than an optional weekday prefix tried at every position.
_DATE_MD = re.compile(
    rf"\b(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_DATE_DM = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?(?P<mon>{_MON})\b\.?"
    rf"(?:,?\s+(?:de\s+)?(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
_DATE_NUM = re.compile(
    r"(?<![\d/.:,-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<year>\d{4}|\d{2}))?(?![\d/])"
    r"(?P<dot>\.(?!\d))?"
    r"|(?<![\d/.:,-])(?P<da>\d{1,2})-(?P<db>\d{1,2})-(?P<dyear>20\d\d)(?![\d-])"
    # "Date: 04-30-26" (OpenCATS and other trackers' MM-DD-YY) and "the apprentice spot 4-14-26 @ 7:30 am" in a
    # sentence: a two-digit year of these years only (no score or phone number), never a line's own timestamp.
    r"|(?:(?<=[Dd]ate: )|(?<=[A-Za-z,] ))(?P<la>\d{1,2})-(?P<lb>\d{1,2})-(?P<lyear>2[4-9]|3[0-5])(?![\d-])",
)
_WD_BEFORE = re.compile(rf"{_WD},?\s*(?:(?:the|den|le|el)\s+)?\(?\s*$", re.IGNORECASE)
_DATE_ISO = re.compile(r"(?<![\d-])(?P<year>20\d\d)-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_RELATIVE = gated(
    # "tomorow", "tommorow", "tommorrow": written in haste, still tomorrow.
    r"(?<![\w'])(?P<rel>the day after tomm?orr?ow|day after tomm?orr?ow|tomm?orr?ow|today|tonight|"
    r"this (?:morning|afternoon|evening)|übermorgen|morgen|heute|après-demain|apres-demain|demain|aujourd'hui|"
    r"aujourd’hui|ce matin|ce soir|cet après-midi|pasado mañana|mañana|hoy|esta tarde)\b",
    re.IGNORECASE,
)
_RELATIVE_DAYS = {
    "tomorrow": 1,
    "day after tomorrow": 2,
    "the day after tomorrow": 2,
    "morgen": 1,
    "übermorgen": 2,
    "demain": 1,
    "après-demain": 2,
    "apres-demain": 2,
    "mañana": 1,
    "pasado mañana": 2,
}
_WEEKDAY_ALONE = gated(
    rf"(?<![\w])(?:(?P<mod>next|this|coming|nächsten|nächster|kommenden|kommender|diesen|dieser|el próximo|"
    rf"el proximo|este|ce|prochain)\s+)?(?P<wd>{_WDF})(?:\s+(?P<mod2>prochain|qui vient|que viene|próximo|proximo))?\b",
    re.IGNORECASE,
)
# "Jeff will call you Tues. morning around 10": a capitalised weekday abbreviation with its full stop, on its own
# (lower case, or without the stop, it is a word: "sat", "wed", "mon", "Sun" the newspaper).
_WEEKDAY_SHORT = gated(r"(?<![\w.])(?P<wda>Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.(?=\s+(?!\d)[a-z(]|\s*[,;]|\s*$)")
_ORDINAL_CUE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)
# "the 14th"; not "the 2nd floor", "the 3rd round", "the 5th candidate".
_ORDINAL = re.compile(
    rf"(?:(?P<wd>{_WDF}),?\s+)?\bthe\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:floor|fl\b|level|stor(?:e)?y|street|st\b|avenue|ave\b|building|entrance|door|room|round|stage|step|"
    r"interview|candidate|person|time|one|option|slot|place|grade|year|week|edition|anniversary))",
    re.IGNORECASE,
)
# "Wed 16th", "el martes 15", "jeudi 17", "Dienstag, den 15.": a weekday and the day of the month, the month
# left to the reader (taken only where that day of a coming month falls on that weekday).
_DAYOF = gated(
    rf"\b(?:(?P<wd>{_WDF})|(?P<wda>{_WDA})\.?),?\s+(?:(?:the|den|le|el|o|dia)\s+)?(?P<day>\d{{1,2}})"
    r"(?:st|nd|rd|th|\.(?!\d)|º)?"
    r"(?![\d:/-]|\s*(?:[ap]\.?m\b|uhr\b|h\b|hs\b|o'clock|[-–]|(?:to|or|and|bis|à|a|y|et|und|ou|o)\s+\d))",
    re.IGNORECASE,
)

_T1 = r"(?P<h1>\d{1,2})(?::(?P<m1>[0-5]\d))?(?:\s?(?P<ap1>[ap])m\b)?(?:\s?(?P<u1>uhr)\b)?"
_T2 = r"(?P<h2>\d{1,2})(?::(?P<m2>[0-5]\d))?(?:\s?(?P<ap2>[ap])m\b)?(?:\s?(?P<u2>uhr)\b)?"
_RANGE = re.compile(
    rf"(?<![\d:/.,$€£+])(?:(?P<pre>from|von|vom|de|du|del|entre|between|zwischen)\s+)?{_T1}\s*"
    # A colon after "2pm" is the sentence's ("from 1 to 2pm: Raj, Emma and me"); after "2" it begins "2:30".
    rf"(?P<sep>-|to|till|until|bis|à|au|a|hasta|and|y|et|und)\s*{_T2}(?:(?<=[ap]m)|(?![\d:/]))",
    re.IGNORECASE,
)
_SINGLE = re.compile(
    r"(?<![\d:/.,$€£+])(?P<h>\d{1,2})(?:(?::(?P<m>[0-5]\d))(?:\s?(?P<ap>[ap])m\b)?(?:\s?(?P<u>uhr)\b)?"
    r"|\s?(?P<ap_>[ap])m\b|\s?(?P<u_>uhr)\b)(?![\d/])",
    re.IGNORECASE,
)
_BARE_HOUR = re.compile(
    r"\b(?:at|um|à|a las|a la|vers|gegen|around|@|(?:down|in|booked|scheduled|set) for)\s+(?P<h>\d{1,2})\b(?![:.,/]?\d)"
    r"(?!\s*(?:%|st\b|nd\b|rd\b|th\b|min|hour|hr|people|person|of\b|days?\b|weeks?\b|years?\b|percent))",
    re.IGNORECASE,
)
_NOON = gated(r"\b(?:at\s+|um\s+|à\s+|a\s+)?(?P<noon>noon|midday|mittags?|midi|mediodía|mediodia)(?:ish)?\b", re.I)

_DURATION = re.compile(
    r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)?|half an?|half a|a couple of|a couple|couple of|an?|one|two|three|four|"
    r"fifteen|twenty|thirty|forty-five|forty|sixty|ninety|"
    r"eine halbe|einer|einen|eine|ein|"
    r"zwei|drei|vier|halbe|une demi|une|un|deux|trois|quatre|demi|media|una|uno|dos|tres|cuatro)"
    r"(?:\s?-\s?|\s)?(?P<unit>hours?|hrs?|h|minutes?|mins?|min\.?|minuten|stunden?|std\.?|heures?|minutos?|"
    r"horas?|hora)(?![a-zäöüéèêñ])(?:(?<=h)(?P<hmin>[0-5]\d)\b)?"
    r"(?:\s?(?:and|und|et|y)?\s?(?P<extra>\d{1,2})\s?(?:minutes?|mins?|min|minuten|minutos|m\b))?"
    r"(?:\s(?P<half>and a half|y media|et demie|und eine halbe))?",
    re.IGNORECASE,
)

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|<[^<>\s]+>", re.IGNORECASE)
_LABEL = re.compile(
    r"^\W{0,3}(?:when|date|time|start(?: time)?|starting|starts|interview date|interview time|event date/time|new time|"
    r"new date|updated time|datum|uhrzeit|termin|zeit|wann|date de l'entrevue|date et heure|heure|quand|"
    r"horaire|fecha|hora|cuándo|cuando|día|fecha y hora|schedule|agenda|ablauf)\b",
    re.IGNORECASE,
)
_END_LABEL = re.compile(
    r"^\W{0,3}(?:end(?: time)?|ending|ends|ende|endzeit|heure de fin|fin|hora de (?:fin|término|termino))\b", re.I
)
_CONFIRM = re.compile(
    r"\b(?:confirm\w*|scheduled|booked|set for|(?:all |you're |you are )set|put you down|have you down|"
    r"you're on|you are on|see you|moved (?:it |your \w+ )?to|rescheduled|new time|invite you|invit\w+|"
    r"will (?:call|take place|be held)|is (?:on|at|for)|bestätig\w*|termin|findet|statt|eingeladen|einladen|"
    r"looking forward to (?:meeting|seeing|speaking with|talking (?:to|with)) you|"
    r"looking forward to (?:our|the|your) (?:call|chat|conversation|meeting|talk|interview)|"
    r"look forward to (?:meeting|seeing) "
    r"you|freue mich,? sie|au plaisir de vous (?:rencontrer|voir)|"
    r"rufe ich sie|confirm\w*|prévu|déplacé|aura lieu|planifiée|rencontrerez|confirmamos|confirmada|"
    r"agendad[ao]|programad[ao]|será|tendrá lugar|te entrevistará|let's do|works great|works for|"
    r"let's (?:meet|talk|chat|speak|plan on)|let's keep (?:it|that|the)|as you (?:suggested|proposed)|"
    # "Thu 2 it is", "Wednesday it is": a reply taking the time; "quedamos el miércoles": agreed in Spanish.
    r"(?<=\d\s)it is|(?<=[ap]m\s)it is|(?<=day\s)it is|"
    # "10:30 is good", "2pm would be fine": the time a reply takes, written just before
    r"(?<=\d\s)(?:is|would be|works) (?:good|fine|great|perfect)|"
    r"(?<=[ap]m\s)(?:is|would be) (?:good|fine|great|perfect)|(?:talk|speak) (?:to you )?then|"
    r"quedamos|queda(?:mos)? (?:confirmad|agendad)\w*|"
    # A reply agreeing in German, French, Spanish: "gut, dann sprechen wir am Donnerstag um 14 Uhr", "Parfait
    # pour mardi 11 h, je vous appelle", "te espero el jueves a las 10".
    r"dann (?:sprechen|telefonieren) wir|bleibt es bei|(?:we're|we are) on for|"
    # "Monday after lunch (1:30) then, in the office": a time a reply takes, ending on "then"
    r"then(?=\s*[.,!]|\s*$)|"
    r"abgemacht|parfait pour|va pour|je vous (?:appelle|rappelle|attends)|nous vous attendons|on se voit|"
    r"(?:te|le|los|las) (?:llamo|espero|esperamos)|"
    # "Welcome to an interview at our Stockholm office on Thursday at 10:00" (as Swedes and Danes invite)
    r"welcome (?:you )?to (?:an?|your|the) (?:[\w-]+ )?(?:interview|meeting|conversation|chat)|"
    # "we've pushed your interview back half an hour, so it's now 11:30 AM on Thursday"
    r"(?:pushed|bumped|moved) (?:it |your \w+ |the \w+ )?(?:back|up|forward|later|earlier)|(?:it's|it is) now|"
    # "we need to push your interview on Thursday from 2 to 3pm": the hour after "to" is the new one
    r"(?:push|mov|shift|bump|chang)\w* [^.!?]{0,40}\bfrom [^.!?]{1,20}\bto|"
    # "just a reminder of your interview tomorrow at 10", "Please be here at 9 a.m."
    r"reminder|remind(?:ing)? you|(?:please )?be here (?:at|by)|please (?:arrive|come in|come by))\b",
    re.IGNORECASE,
)
# "I can do Thursday at 2pm if that suits you": a time offered in a statement, waiting for an answer.
_OFFERED = gated(
    r"\b(?:(?:i|we) (?:can|could) do|if (?:that|this|it) suits(?: you)?|(?:i|we) (?:can|could) offer|"
    r"(?:i|we) could (?:start|begin|meet|talk|speak|call you)|"
    r"(?:i|we) (?:am|are|'m|'re) (?:free|available)|ich könnte|je peux vous proposer|(?:puedo|podría|podemos))\b",
    re.IGNORECASE,
)
_SUPERSEDED = re.compile(
    r"\b(?:previously|originally|formerly|old time|original time|instead of|was (?:scheduled|planned|set) for|"
    r"initialement|au lieu de|ursprünglich|statt|anstelle|bisher|anteriormente|originalmente|en lugar de|"
    r"en vez de|previamente)\b",
    re.IGNORECASE,
)
_MOVE = gated(
    r"\b(?:mov(?:e|ed|ing)|reschedul\w*|shift(?:ed|ing)?|push(?:ed|ing)?|chang(?:e|ed|ing)|bump(?:ed|ing)?|"
    r"verschoben|verschieben|verlegt|verlegen|déplac\w*|décal\w*|report\w*|movid[oa]|mover|cambiad[oa]|"
    r"cambiar|reprogramad[oa]|reprogramar|trasladad[oa])\b",
    re.IGNORECASE,
)
_FROM_WORD = re.compile(r"\b(?:from|von|vom|du|del|de)\s*$", re.IGNORECASE)
_AWAY_CONTEXT = re.compile(
    r"\b(?:deadline|due|submi\w+|expir\w+|closes?|no later than|arriv\w+|check[- ]in|"
    r"(?<!before )(?<!after )(?<!before the )(?<!after the )(?:breakfast|lunch|dinner)"
    r"(?! interview| rush| crowd| service| shift)|publi\w+|posted|register\w*|registration|webinar|livestream|"
    r"live stream|workshop|meetup|frist|"
    r"einreichen|abgabe|spätestens|date limite|avant le|fecha límite|antes del|plazo|hiring event|career fair|"
    r"apply by|offer|unsubscribe)\b",
    re.IGNORECASE,
)
_DEADLINE_BEFORE = re.compile(
    # "come by Thursday at 2:45" is a visit, not a deadline
    r"\b(?:(?<!come )(?<!stop )(?<!swing )(?<!drop )(?<!pop )by|"
    r"before|until|till|no later than|not later than|bis(?: spätestens)?|spätestens|avant|avant le|d'ici|"
    r"antes del?|hasta el|a más tardar el)\s*(?:the\s+|le\s+|el\s+|den\s+)?$",
    re.IGNORECASE,
)
_WINDOW = re.compile(r"\b(?:between|entre|zwischen|anytime|any time|anything|flexible|frei)\b", re.IGNORECASE)
_WINDOW_WORDS = re.compile(
    r"\b(?:through|thru|availability|available|anytime|any time|works on our side|flexible|disponibilit\w+|"
    r"disponible|verfügbar|zeitfenster|franja|horario disponible|"
    # a signature's "Office hours Mon-Fri 8.30am-6pm"
    r"(?:office|opening|business|working) hours|mon(?:day)?\s?[-–]\s?fri(?:day)?|monday to friday|"
    r"öffnungszeiten|bürozeiten|sprechzeiten|horaires|horario de atención)\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(?:sent (?:you )?(?:a |an )?(?:updated |new )?(?:hold|(?:calendar )?invite)|went ahead|(?:put|placed) a hold|"
    r"booked|"
    r"have you down|put you down|blocked|"
    # "Could we do tomorrow at half two? ... Assume yes unless I hear otherwise."
    r"assume (?:yes|that works|it works|that's fine)|unless I hear otherwise|unless you tell me otherwise)\b",
    re.IGNORECASE,
)
_MEAL_OR_BREAK = re.compile(
    r"\b(?:lunch|breakfast|dinner|break|arrival|arrive|welcome|check[- ]in|coffee|wrap[- ]up|debrief|tour|"
    r"pick[- ]?up|hotel|shuttle|airport|transport\w*|parking|"
    r"mittagessen|frühstück|pause|ankunft|empfang|déjeuner|dejeuner|petit[- ]déjeuner|accueil|pause|"
    r"almuerzo|desayuno|comida|descanso|llegada|bienvenida)\b",
    re.IGNORECASE,
)
_MORNING = re.compile(r"\b(?:morning|matin|vormittags?|morgens|früh|de la mañana|por la mañana|en la mañana)\b", re.I)
_EVENING = re.compile(
    r"\b(?:afternoon|evening|tonight|après-midi|apres-midi|soir|nachmittags?|abends?|de la tarde|por la tarde|"
    r"de la noche|esta tarde)\b",
    re.I,
)
_ACCEPT = re.compile(
    r"\b(?:works? (?:great|for (?:us|me|him|her|them))|that works|sounds (?:good|great)|perfect|confirmed|"
    r"see you then|see you|passt|parfait|c'est noté|perfecto|nos vemos|à bientôt|bis dann|"
    # "Great, I'll call you then!", "Let's do the later one."
    r"(?:call|ring|phone|talk to|speak (?:to|with)) you then|(?:talk|speak) then|let's (?:do|go with|say|take))\b",
    re.IGNORECASE,
)
_YOUR_PICK = re.compile(
    r"\b(?:the (?:time|slot|day|one) you (?:picked|chose|suggested|proposed|mentioned|offered)|your (?:pick|choice))\b",
    re.IGNORECASE,
)
_CONFIRMATION_BELOW = re.compile(
    r"\b(?:(?:\w+['’]s|her|his|their|the|my|our) confirmation (?:below|attached)|confirmed (?:it )?below|"
    r"see (?:her|his|their) (?:confirmation|reply|ok) below)\b",
    re.IGNORECASE,
)
# "Let's do the later one", "the morning slot works": which of two offered times the reply takes.
_WHICH_ONE = re.compile(
    r"\bthe (?P<which>later|latter|last|earlier|former|first|morning|afternoon) (?:one|time|slot|option)\b",
    re.IGNORECASE,
)
# "option B", "slot 2", "the second option", "B) works": the reply names one of the listed options.
_PICK = re.compile(
    r"\b(?:option|slot|choice|alternative|variante|opción|opcion|créneau|termin)\s*#?\s*(?P<label>[a-e1-9])\b"
    r"|\b(?:the\s+)?(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:option|slot|time|choice|one)\b"
    r"|(?:^|\s)(?P<label2>[A-E1-9])\)\s+(?:works|is fine|please|sounds)",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_OPTION_LABEL = re.compile(
    r"^\s*(?:(?:option|slot|choice|alternative|opción|créneau)\s*#?\s*(?P<l1>[a-e1-9])\b\s*[:.)-]?"
    r"|\(?(?P<l2>[a-eA-E1-9])[).:]\s)",
    re.IGNORECASE,
)
# "Wednesday works", "Wednesday it is", "let's do Wednesday", "Wednesday is perfect": a reply taking one day.
_DAY_TAKEN = re.compile(
    r"\b(?:works|it is|is (?:great|perfect|fine|good)|let's do|let's go with|(?:you're |you are |we're )?all set|"
    r"confirmed|see you|talk then)\b",
    re.IGNORECASE,
)
_DAY_REFUSED = re.compile(r"\b(?:not|n't|unless|if|maybe|instead|or)\b", re.IGNORECASE)
# The sentence that holds the time invites the reader to it, as people write it by hand ("Could you come in
# Thursday at 10:30 to meet the team", "Come by at 11 and ask for me", "Wednesday at 2:00 suits us fine",
# "we need to move your interview from Thursday to Friday at 9:30"): as good as a confirmation word.
_INVITING = gated(
    r"\b(?:come (?:in|by|over|to)|stop (?:in|by)|swing by|drop by|pop (?:in|by)|ask for|"
    r"meet (?:with )?(?:you|me|us|the team)|(?:talk|chat|speak) (?:with|to) (?:me|us|you)|a chat with|"
    r"interview you|suits? (?:us|me)|works(?=\s*(?:[.!]|$))|is fine|we'll (?:see|talk)|let's (?:say|make it)|"
    r"(?:i|we|he|she)(?:'ll| will) call you|mov(?:e|ed|ing) (?:\w+ ){0,3}(?:from \w+ )?to|"
    # "we'd like you to interview with our founder Maya Chen on Thursday at 2pm"
    r"(?:like you to|love you to|want you to) (?:interview|come|meet|join us|speak|talk)|"
    r"sit down with (?:you|me|us))\b",
    re.IGNORECASE,
)
# Directions in the sender's own words ("We're at 1120 Harbor Blvd", "park in the back lot", "sign in at
# reception"): a question that names a time and says how to get there ("Are you free to come in Friday at
# 10? We're at ...") is how a small employer invites, not an open proposal.
_DIRECTIONS = gated(
    r"\b(?i:we(?:'re| are) (?:at|on|located)|(?:our|the) (?:[\w-]+ ){0,2}(?:office|shop|store|studio|clinic|"
    r"yard) is (?:at|on|in)|park (?:in|at|on|behind)|parking is|on the corner of|sign in at|check in at|"
    r"ask for me at|"
    r"(?:side|front|back|kitchen|staff|loading dock) (?:door|entrance)|(?:on|at) \d{1,3}(?:st|nd|rd|th)\b"
    r"(?! (?:floor|of|at)))|"
    r"\d{1,5} [A-Z][\w.]*(?: [A-Z][\w.]*)? (?:St|Street|Rd|Road|Ave|Avenue|Blvd|Dr|Drive|Ln|Lane|Way|Route|"
    r"Pl|Place)\b|\b(?:Route|Highway|Hwy) \d{1,3}\b"
)
_DONE_BY = gated(
    r"\b(?:done|finished|through|out|wrapped up|wrap up) by (?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?(?:\s?(?P<ap>[ap])m\b)?",
    re.I,
)
_WRAPPED_END = re.compile(r"\s*(?:-|–|to|until|till)\s+(?P<h>\d{1,2})(?::(?P<m>[0-5]\d))?\s?(?P<ap>[ap])m\b", re.I)
_NOT_YET = re.compile(
    r"\b(?:will confirm|get back to you|check with|let you know|circle back|once (?:i|we) (?:hear|confirm)|"
    # "has pencilled in Thursday at 11am, but it isn't confirmed until their HR team sends the invite"
    r"(?:isn't|isn’t|is not|not yet) (?:yet )?confirmed|hold off (?:on )?booking)\b",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-*•·–]|\d+[.)]|[a-c][.)])\s+")
# The sender asks the candidate to pick ("which of these works", "welcher Termin", "quel créneau").
_CHOOSE = gated(
    r"\b(?:which|whichever|options?|choose|pick|select|suits?|prefer|works? best|let (?:me|us) know|"
    r"reply with|welche[rsn]?|passt|wählen|aussuchen|quel(?:le)?s?|lequel|choisir|convient|cuál|cual|elegir|"
    r"escoger|prefieras|te acomoda|propose|vorschl\w+|proposer|propuesta|alternatives?|slots?|créneaux?)\b",
    re.IGNORECASE,
)
_OPTION = re.compile(
    r"^\s*(?:option|slot|choice|alternative|variante|option|opción|opcion|créneau|termin)\s*\w{0,2}\b", re.I
)
_DURATION_GOOD_BEFORE = re.compile(
    r"(?:\bfor|\blasting|\blasts?|\bduration|\bdauer|\bdurée|\bduree|\bduración|\bduracion|\bdura|\bdauert|"
    r"\btakes?|\btake about|\bshould take|\bplan for|\bplanen sie|\bblock(?:ed)?|\bit'?ll be|\bwill be|\bis|"
    r"\bscheduled for|\bapproximately|\bapprox\.?|\babout|\baround|\broughly|~|\bca\.?|\bcirca|\benviron|"
    r"\baproximadamente|\baproximada de|\bunos|\bunas|\betwa|\brund|\(|\bstill|\ba|\ban|\bde|\bd'|\bvon|"
    r"\bden)\s*:?\s*$",
    re.IGNORECASE,
)
_DURATION_GOOD_AFTER = re.compile(
    r"^\s*(?:\)|long|in length|chat|call|conversation|interview|screen|session|review|meeting|discussion|"
    r"video|phone|technical|panel|portfolio|intro|gespräch|interview|telefon|entretien|entrevue|entrevista|"
    r"reunión|llamada|on (?:teams|zoom|google meet|meet|the phone)|via|by (?:phone|video)|over|environ|"
    r"aproximadamente|ein\b|,|\.|$)",
    re.IGNORECASE,
)
_DURATION_BAD_BEFORE = re.compile(
    r"(?:\bwithin|\bin|\bbefore|\bafter|\bevery|\bper|\bat least|\bup to|\bmax(?:imum)?|\bfirst|\blast|"
    r"\bnext|\bpast|\binnerhalb|\bbinnen|\bnach|\bvor|\bsous|\bdans|\bdentro de|\ben|\bplazo de|\bremaining|"
    r"\bstarts in|\bbegins in|\b\d+\s?-|\bde \d+ à|\$|"
    # "we've pushed your interview back half an hour": how far it moved, not how long it lasts
    r"\b(?:back|forward|up|by|delayed|pushed))\s*$",
    re.IGNORECASE,
)
_DURATION_BAD_AFTER = re.compile(
    r"^\s*(?:before|after|prior|in advance|notice|ago|of (?:hands-on|coding|live|design|discussion|"
    r"q&a|questions|presenting|the)|presenting|to present|later|earlier|beforehand|early|per|each|a (?:week|day)|"
    r"weekly|/|break|lunch|vorher|vorab|im voraus|à l'avance|avant|après|antes|después|de anticipación|"
    r"from now|left|remaining|ago|for (?:the )?(?:case|presentation|q&a)|zu präsentieren|"
    # "a 15-minute lesson for a 9th grade class": a part of the visit, not its length
    r"(?:sample |demo |teaching )?(?:lesson|presentation|exercise|case study|task|demo|demonstration|pitch)\b)",
    re.IGNORECASE,
)


@dataclass
class _Date:
    start: int
    end: int
    kind: str  # "full", "numeric", "relative", "weekday", "ordinal"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    relative: int | None = None
    numeric: tuple[int, int, str] | None = None  # (first, second, separator) when the order is unknown


@dataclass
class _Time:
    start: int
    end: int
    hour: int
    minute: int
    meridiem: str | None
    literal: bool  # a 24-hour clock: "14:00", "09:30", "10 Uhr"
    strong: bool
    end_hour: int | None = None
    end_minute: int | None = None
    end_meridiem: str | None = None
    end_literal: bool = False


@dataclass
class _Zone:
    start: int
    end: int
    tz: tzinfo


@dataclass
class _Line:
    index: int
    raw: str
    text: str  # normalized
    kind: str
    block: int
    dates: list[_Date] = field(default_factory=list)
    times: list[_Time] = field(default_factory=list)
    zones: list[_Zone] = field(default_factory=list)
    tail: str = ""  # the next line's start, when this one breaks a sentence ("... at 7:00 AM your time" / "sound?")


@dataclass
class _Candidate:
    line: _Line
    time: _Time
    date: _Date
    start: datetime
    end: datetime | None
    score: float
    partial: bool
    explicit_zone: bool
    tz: tzinfo
    notes: list[str] = field(default_factory=list)
    source: _Line | None = None  # the quoted line a short reply's time was completed from


@dataclass(frozen=True)
class Found:
    """The confirmed session(s) a message states."""

    sessions: tuple[Session, ...]
    end_stated: bool
    evidence: str  # the words the time came from, shortened
    options: int = 0  # distinct alternative slots offered (a proposal rather than a confirmation)

    @property
    def start(self) -> datetime:
        return self.sessions[0].start

    @property
    def end(self) -> datetime:
        return self.sessions[-1].end


def find_sessions(
    text: str, subject: str, sent: datetime | None, default_tz: tzinfo
) -> tuple[list[Session], bool] | None:
    """The confirmed session(s) stated in the text, and whether their end was stated; None when no time is.

    Times without a zone are in `default_tz`; relative dates ("tomorrow") count from `sent`. When the end is
    not stated each session ends when it starts; the caller applies its default length.
    """
    found = find(text, subject, sent, default_tz)
    if found is None:
        return None
    return list(found.sessions), found.end_stated


def find(
    text: str,
    subject: str,
    sent: datetime | None,
    default_tz: tzinfo,
    *,
    day_first: bool | None = None,
    layout: layout_mod.Layout | None = None,
    sender_tz: tzinfo | None = None,
    writer_zone: bool = False,
    cancelled: bool = False,
) -> Found | None:
    """The best-supported confirmed time in a message, or None. `day_first`: how the sender writes 4/3;
    `sender_tz`: the zone the sender evidently writes from, for "our time" (None when unknown).

    A time written without a zone is in the zone of the office the meeting is at, when the text names one;
    else, with `writer_zone`, in `sender_tz` (a writer in Berlin who writes "16:00" means Berlin's 16:00) for
    the sender's own words; else in `default_tz`, the user's. `cancelled`: the message cancels a meeting, and
    the time it names is the one cancelled (read with less support than a booking needs)."""
    layout = layout or layout_mod.split(text, subject)
    reader = _Reader(sent, default_tz, day_first, layout, sender_tz)
    reader.writer_zone = writer_zone and sender_tz is not None
    if cancelled:
        reader.enough = _ENOUGH - 1.0
    lines = reader.lines(subject)
    candidates = reader.candidates(lines)
    return reader.choose(candidates, lines)


def parse_datetime(text: str, default_tz: tzinfo, *, day_first: bool | None = None) -> datetime | None:
    """One date and time written in a header-like line ("Monday, August 10, 2026 3:04 PM"), or None."""
    reader = _Reader(None, default_tz, day_first, None)
    line = reader.scan(0, text, layout_mod.OWN, 0)
    if not line.dates or not line.times:
        return None
    date_ = line.dates[0]
    resolved = reader.resolve_date(date_, None, default_tz)
    if resolved is None:
        return None
    t = line.times[0]
    hour = _hour24(t.hour, t.meridiem, t.literal, line.text)
    if hour is None:
        return None
    return datetime.combine(resolved, time(hour, t.minute), tzinfo=default_tz)


def parse_date(text: str, sent: datetime | None, tz: tzinfo, *, day_first: bool | None = None) -> date | None:
    """The first date written in `text` ("Friday 13 February", "13.03.2026", "Tuesday"), seen from `sent`."""
    reader = _Reader(sent, tz, day_first, None)
    line = reader.scan(0, text, layout_mod.OWN, 0)
    for date_ in line.dates:
        resolved = reader.resolve_date(date_, sent, tz)
        if resolved is not None:
            return resolved
    return None


class _Lines:
    """Step one of reading a message's times: its lines, and every date and time written in each (with the
    dates resolved against when the message was sent)."""

    def __init__(
        self,
        sent: datetime | None,
        default_tz: tzinfo,
        day_first: bool | None,
        layout: layout_mod.Layout | None,
        sender_tz: tzinfo | None = None,
    ):
        self.sent = sent
        self.default_tz = default_tz
        self.sender_tz = sender_tz
        self.place_tz: tzinfo | None = None  # the zone of the office the meeting is at, when one is named
        self.writer_zone = False  # a time without a zone in the sender's own words is in sender_tz
        self.enough = _ENOUGH
        self.day_first = day_first
        self.layout = layout
        self.block_sent: dict[int, datetime | None] = {}
        self._asks_to_choose = False
        self._body_dated = False
        self._directions = False
        self._short_yes = False

    # ------------------------------------------------------------------ scanning

    def lines(self, subject: str) -> list[_Line]:
        result = [self.scan(0, subject[:MAX_LINE], "subject", 0)] if subject else []
        assert self.layout is not None
        own = self.layout.text_of(layout_mod.OWN, layout_mod.FORWARDED)[:6000]
        self._asks_to_choose = bool(_CHOOSE.search(own))
        mine = self.layout.text_of(layout_mod.OWN)
        self._directions = bool(_DIRECTIONS.search(mine[:6000]))
        # "Works for me. Thursday 4/23 at 11, I'll send a Meet link": a short reply's yes is its time's.
        self._short_yes = bool(self.layout.quoted) and len(mine) < 400 and bool(_ACCEPT.search(mine[:200]))
        self.place_tz = _office_zone(f"{subject}\n{own}")
        for i, line in enumerate(self.layout.lines[:MAX_LINES]):
            if line.kind == layout_mod.HEADER:
                continue
            result.append(self.scan(i + 1, line.text[:MAX_LINE], line.kind, line.block))
        for here, after in pairwise(result):
            # Mail wrapped at 72 columns breaks sentences across lines: a time's sentence may end (with its
            # question mark) on the next line.
            if (
                here.kind == after.kind != "subject"
                and here.block == after.block
                and here.raw.strip()
                and after.raw.strip()
                and here.raw.rstrip()[-1] not in ".!?:;"
            ):
                here.tail = after.text[:120]
        for block in self.layout.blocks:
            if block.sent_text:
                self.block_sent[block.index] = parse_datetime(block.sent_text, self.default_tz, day_first=False)
        return result

    def scan(self, index: int, raw: str, kind: str, block: int) -> _Line:
        has_digit = _DIGIT.search(raw) is not None
        text = _normalize(raw) if has_digit or _SPOKEN.search(raw) else raw
        has_digit = has_digit or text is not raw
        line = _Line(index, raw, text, kind, block)
        if has_digit or _ZONE_CUE.search(text) or _ZONE_CUE_WORDS.search(text):
            line.zones = _zones(text)
            if any(isinstance(z.tz, _Whose) for z in line.zones):
                line.zones = [z for z in map(self._whose, line.zones) if z is not None]
        if not (
            has_digit
            or _NOON.search(text)
            or _RELATIVE.search(text)
            or _WEEKDAY_ALONE.search(text)
            or _WEEKDAY_SHORT.search(text)
        ):
            return line
        line.dates = self._dates(text)
        move = _MOVE.search(text)
        line.times = _times(text, line.dates, moved_at=move.end() if move else None)
        return line

    def _whose(self, z: _Zone) -> _Zone | None:
        """ "your time" is the user's zone, "our time" the sender's (dropped when the sender's is unknown)."""
        if z.tz is _USER_ZONE:
            return _Zone(z.start, z.end, self.default_tz)
        if z.tz is _SENDER_ZONE:
            return _Zone(z.start, z.end, self.sender_tz) if self.sender_tz is not None else None
        return z

    def _dates(self, text: str) -> list[_Date]:
        found: list[_Date] = []
        for match in _DATE_ISO.finditer(text):
            found.append(
                _Date(match.start(), match.end(), "full", int(match["year"]), int(match["m"]), int(match["d"]))
            )
        for pattern in (_DATE_MD, _DATE_DM):
            for match in pattern.finditer(text):
                month = MONTHS.get(match["mon"].lower().rstrip("."))
                day = int(match["day"])
                if month is None or not 1 <= day <= 31:
                    continue
                start, weekday = _weekday_before(text, match.start())
                if match["mon"].lower() == "may" and weekday is None and not match["year"] and pattern is _DATE_DM:
                    continue  # "2 may" is rarely a date in English
                year = int(match["year"]) if match["year"] else None
                found.append(_Date(start, match.end(), "full", year, month, day, weekday))
        for match in _DATE_NUM.finditer(text):
            date_ = self._numeric(match, text)
            if date_ is not None:
                found.append(date_)
        for match in _RELATIVE.finditer(text):
            word = re.sub(r"tomm?orr?ow", "tomorrow", match["rel"].lower())
            before = text[max(0, match.start() - 12) : match.start()].lower()
            if word == "morgen" and re.search(r"(?:guten|am|jeden|heute|einen|schönen)\s*$", before):
                continue
            if word == "mañana" and re.search(r"(?:la|esta|cada|una)\s*$", before):
                continue
            found.append(_Date(match.start(), match.end(), "relative", relative=_RELATIVE_DAYS.get(word, 0)))
        for match in _ORDINAL.finditer(text) if _ORDINAL_CUE.search(text) else ():
            weekday = WEEKDAYS.get(match["wd"].lower()) if match["wd"] else None
            found.append(_Date(match.start(), match.end(), "ordinal", day=int(match["day"]), weekday=weekday))
        for match in _DAYOF.finditer(text):
            dayof = _Date(match.start(), match.end(), "dayof", day=int(match["day"]), weekday=_weekday_of(match))
            # "Thursday 10" is the 10th only where a coming 10th is a Thursday; else it may be ten o'clock.
            if dayof.weekday is not None and self.resolve_date(dayof, self.sent, self.default_tz) is not None:
                found.append(dayof)
        for match in _WEEKDAY_ALONE.finditer(text):
            found.append(_Date(match.start(), match.end(), "weekday", weekday=WEEKDAYS[match["wd"].lower()]))
        for match in _WEEKDAY_SHORT.finditer(text):
            weekday = WEEKDAY_ABBREVIATIONS[match["wda"].lower()]
            found.append(_Date(match.start(), match.end(), "weekday", weekday=weekday))
        # Longest first, then drop anything overlapping a longer mention ("Tuesday" inside "Tuesday, March 3").
        found.sort(key=lambda d: (-(d.end - d.start), d.start))
        kept: list[_Date] = []
        for date_ in found:
            if all(date_.end <= k.start or date_.start >= k.end for k in kept):
                kept.append(date_)
        return sorted(kept, key=lambda d: d.start)

    def _numeric(self, match: re.Match[str], text: str) -> _Date | None:
        if match["da"]:  # "03-10-2026": only with a year, so a phone number is never a date
            a, b, sep, year = int(match["da"]), int(match["db"]), "/", match["dyear"]
        elif match["la"]:
            a, b, sep, year = int(match["la"]), int(match["lb"]), "/", match["lyear"]
        else:
            a, b, sep, year = int(match["a"]), int(match["b"]), match["sep"], match["year"]
        start, weekday = _weekday_before(text, match.start())
        if year is None:
            after = text[match.end() : match.end() + 14]
            before = text[max(0, match.start() - 6) : match.start()]
            follows_time = re.match(
                r"\s*,?\s*(?:at|um|à|às|as|a las|@|-)?\s*\d{1,2}(?::\d{2}|\s?[ap]m\b|\s?uhr)", after, re.I
            )
            if sep == "/" and not (
                weekday is not None or follows_time or re.search(r"\b(?:on|am|le|el|dia|día)\s*$", before)
            ):
                return None
            if sep == "." and not (match["dot"] or weekday is not None):
                return None
        if start != match.start() and weekday is None:
            start = match.start()
        y = None
        if year is not None:
            y = int(year) + (2000 if len(year) == 2 else 0)
        if sep == ".":
            if not (1 <= a <= 31 and 1 <= b <= 12):
                return None
            return _Date(start, match.end(), "full", y, b, a, weekday)
        if not (1 <= a <= 31 and 1 <= b <= 31) or (a > 12 and b > 12):
            return None
        return _Date(start, match.end(), "numeric", y, weekday=weekday, numeric=(a, b, sep))

    # ------------------------------------------------------------------ resolving

    def resolve_date(self, d: _Date, sent: datetime | None, tz: tzinfo) -> date | None:
        """The calendar date a mention means, seen from `sent` in zone `tz`."""
        today = sent.astimezone(tz).date() if sent else None
        if d.kind == "relative":
            return today + timedelta(days=d.relative or 0) if today else None
        if d.kind == "weekday":
            if today is None or d.weekday is None:
                return None
            ahead = (d.weekday - today.weekday()) % 7
            return today + timedelta(days=ahead or 7)
        if d.kind == "dayof":
            if today is None or d.day is None:
                return None
            months = [_safe_date(today.year, today.month + k, d.day) for k in (0, 1, 2)]
            return next((o for o in months if o and o >= today - timedelta(days=1) and o.weekday() == d.weekday), None)
        if d.kind == "ordinal":
            if today is None or d.day is None:
                return None
            candidates = [_safe_date(today.year, today.month + k, d.day) for k in (0, 1)]
            options = [o for o in candidates if o is not None and o >= today - timedelta(days=1)]
            if d.weekday is not None:
                options = [o for o in options if o.weekday() == d.weekday] or options
            return options[0] if options else None
        if d.kind == "numeric" and d.numeric:
            a, b, _ = d.numeric
            orders = [(a, b), (b, a)]  # (month, day) readings: US first, then day-first
            if self.day_first:
                orders.reverse()
            readings = [(m, dd) for m, dd in orders if 1 <= m <= 12 and 1 <= dd <= 31]
            dated = [(self._year_for(m, dd, d.year, d.weekday, today), m, dd) for m, dd in readings]
            dated = [(y, m, dd) for y, m, dd in dated if y is not None]
            if d.weekday is not None:
                matching = [x for x in dated if (day := _safe_date(*x)) is not None and day.weekday() == d.weekday]
                dated = matching or dated
            if not dated:
                return None
            if self.day_first is None and len(dated) == 2 and today is not None and d.weekday is None:
                # Unknown locale: the reading nearer in the future is the likelier one.
                dated.sort(key=lambda x: _distance(_safe_date(*x), today))
            return _safe_date(*dated[0])
        if d.month is None or d.day is None:
            return None
        year = self._year_for(d.month, d.day, d.year, d.weekday, today)
        return _safe_date(year, d.month, d.day) if year else None

    @staticmethod
    def _year_for(month: int, day: int, year: int | None, weekday: int | None, today: date | None) -> int | None:
        if year is not None:
            return year if _safe_date(year, month, day) else None
        if today is None:
            return None
        options = [y for y in (today.year - 1, today.year, today.year + 1) if _safe_date(y, month, day)]
        if weekday is not None:
            matching = [y for y in options if (moment := _safe_date(y, month, day)) and moment.weekday() == weekday]
            # A weekday that fits no nearby year is a typo in the weekday; the numbers win.
            options = matching or options
        if not options:
            return None
        return min(options, key=lambda y: _distance(_safe_date(y, month, day), today))


class _Candidates(_Lines):
    """Step two: every (date, time, zone) the lines offer as the interview's start, scored by its context."""

    def candidates(self, lines: list[_Line]) -> list[_Candidate]:
        result: list[_Candidate] = []
        self._body_dated = any(line.dates for line in lines if line.kind not in ("subject", layout_mod.QUOTED))
        for pos, line in enumerate(lines):
            for t in line.times:
                date_, where = self._date_for(lines, pos, t)
                if date_ is None:
                    continue
                candidate = self._candidate(line, t, date_, where, lines, pos)
                if candidate is not None:
                    result.append(candidate)
        self._join_start_end_labels(result)
        _mark_superseded(result)
        self._mark_options(result)
        return result

    def _date_for(self, lines: list[_Line], pos: int, t: _Time) -> tuple[_Date | None, str]:
        line = lines[pos]
        before = [d for d in line.dates if d.end <= t.start and t.start - d.end <= 90]
        if before:
            # "18/12/2026 (Friday), 9.30am": the weekday after a date only repeats it
            if len(before) > 1 and before[-1].kind == "weekday" and before[-1].start - before[-2].end <= 3:
                return before[-2], "line"
            return before[-1], "line"
        wrapped = self._date_wrapped_above(lines, pos, t)
        if wrapped is not None:
            return wrapped, "line"
        # "7:30 PM IST (9:00 AM EST) on Monday, 9 February": a date after the time(s) it belongs to.
        after = [d for d in line.dates if d.start >= t.end and d.start - t.end <= 60]
        if after:
            return after[0], "line"
        if line.kind == "subject":
            return None, ""
        for back in range(pos - 1, max(-1, pos - 12), -1):
            previous = lines[back]
            if previous.kind == "subject" or previous.block != line.block:
                break
            # The date that heads a block of times, not a date another time on that line already uses, nor a
            # deadline ("Interviewers, please pick up her resume from me by Thursday" under "on Friday March 16").
            dates = [
                d for d in previous.dates if not _DEADLINE_BEFORE.search(previous.text[max(0, d.start - 20) : d.start])
            ]
            if dates:
                usable = [d for d in dates if not any(tt.start >= d.end for tt in previous.times)]
                if usable:
                    return usable[-1], "above"
                if previous.times:
                    return dates[-1], "above"
        # "Interview Friday" in the subject, "see you at 9 a.m." in the body: one meeting, read together.
        subject = lines[0] if lines and lines[0].kind == "subject" else None
        if (
            subject is not None
            and line.kind != layout_mod.QUOTED
            and len(subject.dates) == 1
            and not subject.times
            and (t.meridiem is not None or _agreed_or_invited(_sentence_around(line.text, t.start)))
            and not self._body_dated
        ):
            return subject.dates[0], "subject"
        if line.kind == layout_mod.OWN and not self._body_dated:
            day = _quoted_proposal_day(lines, line, t)
            if day is not None:
                return day, "thread"
        return None, ""

    @staticmethod
    def _date_wrapped_above(lines: list[_Line], pos: int, t: _Time) -> _Date | None:
        """ "el martes 15 a las" / "11:00 o el miércoles 16": the mail's line wrapping put the time at the head of
        the next line, away from its date at the end of this one."""
        line = lines[pos]
        if pos == 0 or line.text[: t.start].strip(" >") or line.kind == "subject":
            return None
        previous = lines[pos - 1]
        if previous.block != line.block or previous.kind != line.kind or not previous.dates:
            return None
        last = previous.dates[-1]
        tail = previous.text[last.end :]
        return last if _WRAPPED_TAIL.fullmatch(tail) else None

    def _candidate(
        self, line: _Line, t: _Time, d: _Date, where: str, lines: list[_Line], pos: int
    ) -> _Candidate | None:
        tz, explicit = self._zone_for(line, t, lines, pos)
        sent = self.block_sent.get(line.block) or self.sent
        day = self.resolve_date(d, sent, tz)
        if day is None:
            return None
        context = line.text
        hour = _hour24(t.hour, t.meridiem, t.literal, context)
        if t.end_hour is not None and t.meridiem is None and not t.literal and (t.end_meridiem or t.end_literal):
            # "2-3pm", "12:30 - 1:15 PM": the start is the latest reading before the stated end.
            end24 = _hour24(t.end_hour, t.end_meridiem, True, "")
            if end24 is not None:
                limit = end24 * 60 + (t.end_minute or 0)
                options = [h for h in (t.hour % 12, t.hour % 12 + 12) if h * 60 + t.minute < limit]
                if options:
                    hour = max(options)
        if hour is None:
            return None
        start = datetime.combine(day, time(hour, t.minute), tzinfo=tz)
        end = None
        if t.end_hour is not None:
            end_hour = _end_hour24(hour, t.minute, t.end_hour, t.end_minute or 0, t.end_meridiem, t.end_literal)
            if end_hour is not None:
                end = datetime.combine(day, time(end_hour % 24, t.end_minute or 0), tzinfo=tz)
                if end_hour >= 24:
                    end += timedelta(days=1)
                if not timedelta(minutes=10) <= end - start <= timedelta(hours=10):
                    end = None
        elif line.tail and line.text[t.end :].strip().lower() in ("", "-", "–", "to", "until", "till"):
            # "from 1:00 to" / "2:00 pm": the wrapping broke the range after its start or after its "to".
            end = _wrapped_end(f"{line.text[t.end :]} {line.tail}", start)
        partial = d.kind in ("weekday", "ordinal") or (not t.strong and t.meridiem is None)
        score, notes = self._score(line, t, d, where, start, explicit)
        return _Candidate(line, t, d, start, end, score, partial, explicit, tz, notes)

    def _zone_for(self, line: _Line, t: _Time, lines: list[_Line], pos: int) -> tuple[tzinfo, bool]:
        for z in line.zones:
            if _follows(line.text, t, z):
                return z.tz, True
        # "11am or 2pm (Eastern)", "à 10h ou à 14h (heure de Paris)": the zone after the last slot is every slot's.
        for later in line.times:
            if later.start <= t.start or not _ALTERNATIVE.fullmatch(line.text[t.end : later.start]):
                continue
            for z in line.zones:
                if _follows(line.text, later, z):
                    return z.tz, True
        wrapped = self._zone_on_next_line(line, t, lines, pos)
        if wrapped is not None:
            return wrapped, True
        # A zone declared for the block: "All times are Pacific", "Schedule (Eastern Time):", "Time (ET)".
        for back in range(pos - 1, max(-1, pos - 12), -1):
            previous = lines[back]
            if previous.kind == "subject" or previous.block != line.block:
                break
            loose = [z for z in previous.zones if not _attached(previous, z) and _declares(previous, z)]
            if loose:
                return loose[-1].tz, True
        loose = [z for z in line.zones if not _attached(line, z)]
        if loose:
            return loose[0].tz, True
        below = self._declared_below(lines, pos)
        if below is not None:
            return below, True
        if self.place_tz is not None and line.kind != layout_mod.QUOTED:
            return self.place_tz, False
        if self.writer_zone and self.sender_tz is not None and line.kind in (layout_mod.OWN, "subject"):
            return self.sender_tz, False
        return self.default_tz, False

    @staticmethod
    def _declared_below(lines: list[_Line], pos: int) -> tzinfo | None:
        """A zone declared under a list of times ("- Wed 16th, 10:30am" ... "(all Pacific)"): the rows of the
        list may sit between the time and the declaration, nothing else."""
        line = lines[pos]
        for ahead in range(pos + 1, min(len(lines), pos + 6)):
            following = lines[ahead]
            if following.block != line.block or following.kind != line.kind:
                return None
            if following.times:
                continue
            loose = [z for z in following.zones if _declares(following, z)]
            if loose:
                return loose[0].tz
            return None
        return None

    def _zone_on_next_line(self, line: _Line, t: _Time, lines: list[_Line], pos: int) -> tzinfo | None:
        """A zone the mail's line wrapping put on the next line: "à 17h (heure de" / "Paris)", "a las 16:00" /
        "(hora de Ciudad de México)"."""
        tail = line.text[t.end :]
        if len(tail) > 28 or _DIGIT.search(tail) or pos + 1 >= len(lines):
            return None
        following = lines[pos + 1]
        if following.block != line.block or following.kind != line.kind:
            return None
        joined = f"{tail} {following.text[:80]}"
        if not (_ZONE_CUE.search(joined) or _ZONE_CUE_WORDS.search(joined)):
            return None
        for written in _zones(joined):
            z = self._whose(written) if isinstance(written.tz, _Whose) else written
            if z is None:
                continue
            between = joined[: z.start]
            if len(between) <= 28 and not _DIGIT.search(between):
                return z.tz
            break
        return None

    def _score(
        self, line: _Line, t: _Time, d: _Date, where: str, start: datetime, explicit: bool
    ) -> tuple[float, list[str]]:
        score = 1.0
        notes: list[str] = []
        score += {"full": 2.0, "numeric": 2.0, "dayof": 1.5, "relative": 1.5, "weekday": 1.0, "ordinal": 0.5}[d.kind]
        score += 1.0 if t.strong else 0.0
        score += 1.5 if t.end_hour is not None else 0.0
        score += 0.5 if explicit else 0.0
        text = line.text
        if _LABEL.match(text) or (where == "above" and t.start < 12):
            score += 2.0
        sentence = _sentence_around(text, t.start)
        wrapped = f"{text} {line.tail}" if line.tail else text
        asked = _is_question(wrapped, t.start) and not _HELD.search(wrapped)
        confirmed = _CONFIRM.search(sentence) is not None or (self._short_yes and line.kind == layout_mod.OWN)
        score += 2.0 if confirmed else 0.0
        if line.kind not in (layout_mod.QUOTED, "subject"):
            score += _own_sentence(sentence, asked, self._directions, confirmed)
        if line.kind == layout_mod.QUOTED:
            score -= 3.0
            notes.append("quoted")
        elif line.kind == "subject":
            score -= 1.0
        head = text[max(0, min(t.start, d.start) - 45) : min(t.start, d.start)]
        if _SUPERSEDED.search(head) or _SUPERSEDED.match(text.strip()):
            score -= 8.0
            notes.append("superseded")
        if _DEADLINE_BEFORE.search(text[max(0, min(t.start, d.start) - 20) : min(t.start, d.start)]):
            score -= 4.0
            notes.append("a deadline")
        if _AWAY_CONTEXT.search(sentence):
            score -= 4.0
            notes.append("not the interview itself")
        if t.end_hour is not None and (
            _WINDOW.search(text[max(0, t.start - 40) : t.start + 2]) or _WINDOW_WORDS.search(sentence)
        ):
            score -= 4.0
            notes.append("a window of availability")
        if asked and not (self._directions and line.kind == layout_mod.OWN):
            score -= 2.0
            notes.append("asked, not booked")
        elif (
            _OFFERED.search(offered := _sentence_around(wrapped, t.start))
            and not _CONFIRM.search(offered)
            and not _HELD.search(text)
        ):
            score -= 3.0
            notes.append("offered, not booked")
        sent = self.block_sent.get(line.block) or self.sent
        if sent is not None and start < sent - timedelta(hours=2):
            score -= 10.0
            notes.append("already past")
        local_hour = start.hour
        if not 6 <= local_hour <= 22:
            score -= 3.0
        return score, notes

    def _join_start_end_labels(self, found: list[_Candidate]) -> None:
        """ "Start Time 10:00 AM" followed by "End Time 11:00 AM": one session."""
        for i in range(1, len(found)):
            current, previous = found[i], found[i - 1]
            if _ends_the_range_above(previous, current):
                current.score -= 20.0
                continue
            gap = current.start - previous.start
            if (
                _END_LABEL.match(current.line.text)
                and previous.end is None
                and previous.score > -5
                and timedelta(0) < gap <= timedelta(hours=10)
            ):
                previous.end = current.start
                previous.score += 1.0
                current.score -= 20.0

    def _mark_options(self, found: list[_Candidate]) -> None:
        """Alternatives listed one per line on different days are a proposal ("which of these works?"), not a
        booking: bullets, numbered or lettered options, or a table of slots."""
        own = [c for c in found if c.line.kind != layout_mod.QUOTED and c.line.kind != "subject" and c.end is None]
        if not any(_CHOOSE.search(c.line.text) for c in own) and not self._asks_to_choose:
            return
        groups: list[list[_Candidate]] = []
        for c in sorted(own, key=lambda c: c.line.index):
            if groups and c.line.index - groups[-1][-1].line.index <= 2 and c.line.block == groups[-1][-1].line.block:
                groups[-1].append(c)
            else:
                groups.append([c])
        for group in groups:
            per_line = {c.line.index for c in group}
            days = {c.start.date() for c in group}
            listed = all(_BULLET.match(c.line.raw) or _OPTION.match(c.line.raw) or c.time.start < 40 for c in group)
            if len(per_line) >= 2 and len(days) >= 2 and listed:
                for c in group:
                    c.score -= 3.0
                    c.notes.append("one of several options")


class _Reader(_Candidates):
    """Step three: the one start (and end, and sessions) chosen from the candidates, with its evidence."""

    def choose(self, found: list[_Candidate], lines: list[_Line]) -> Found | None:
        own = [c for c in found if c.line.kind != layout_mod.QUOTED]
        options = len({c.start for c in own if "one of several options" in c.notes})
        best = max(own, key=lambda c: (c.score, -c.line.index), default=None)
        quoted = [c for c in found if c.line.kind == layout_mod.QUOTED and "already past" not in c.notes]
        if best is not None and best.partial and best.line.kind != "subject":
            best = self._complete_from_thread(best, quoted + [c for c in own if c is not best]) or best
        if best is not None and not best.explicit_zone:
            # The same slot written twice (a booking tool's subject, then its "When" line): the one with a zone.
            wall = best.start.replace(tzinfo=None)
            zoned = [c for c in own if c.explicit_zone and c.start.replace(tzinfo=None) == wall]
            top = max(zoned, key=lambda c: c.score, default=None)
            best = top if top is not None and top.score >= best.score - 3 else best
        if best is None or best.score < self.enough:
            chosen = self._chosen_option(lines, found)
            if chosen is not None:
                best = chosen
        if (best is None or best.score < self.enough) and quoted:
            accepted = self._accepted_proposal(lines, quoted)
            if accepted is not None:
                best = accepted
        if best is None or best.score < self.enough:
            return None
        sessions = self._sessions(best, found)
        end_stated = sessions[-1].end is not None
        if not end_stated:
            minutes = self._length(best, lines, {c.line.index for c in found if c.start == best.start})
            if minutes:
                sessions[-1].end = sessions[-1].start + timedelta(minutes=minutes)
                end_stated = True
        if not end_stated:
            done = self._done_by(sessions[-1], lines)
            if done is not None:
                sessions[-1].end = done
                end_stated = True
        result = tuple(Session(c.start, c.end or c.start) for c in sessions)
        evidence = _shorten(best.line.raw.strip())
        return Found(result, end_stated, evidence, options)

    def _complete_from_thread(self, best: _Candidate, others: list[_Candidate]) -> _Candidate | None:
        """ "Thursday at 2 works": the quoted proposal with that weekday and hour supplies date, zone, length."""
        # The same slot may be written several times in a thread; the mention that states a zone wins.
        for other in sorted(others, key=lambda c: (not c.explicit_zone, -c.score)):
            if other.partial or other.start.weekday() != best.start.weekday():
                continue
            if best.date.kind == "weekday" and other.start.date() < best.start.date() - timedelta(days=7):
                continue
            if other.time.hour % 12 != best.time.hour % 12 or other.time.minute != best.time.minute:
                continue
            start, end, tz = other.start, other.end, other.tz
            if not other.explicit_zone and best.tz is not other.tz:
                # The quote names no zone: the reply's own reading of its clock (the office it names, the
                # writer's zone) holds for the slot it books, not the user's zone the quote was read in.
                tz = best.tz
                start = other.start.replace(tzinfo=tz)
                end = other.end.replace(tzinfo=tz) if other.end is not None else None
            merged = _Candidate(
                best.line,
                other.time,
                other.date,
                start,
                end,
                best.score + 1.0,
                False,
                other.explicit_zone or best.explicit_zone,
                tz,
                [*best.notes, "date from the thread"],
            )
            merged.notes.append(f"@{other.line.index}")
            merged.source = other.line
            return merged
        return None

    def _chosen_option(self, lines: list[_Line], found: list[_Candidate]) -> _Candidate | None:
        """ "You're confirmed for option B" above a list of lettered or numbered options: that option's slot."""
        # The reply's own sentences, not the option rows it may list itself.
        own_text = " ".join(
            line.text for line in lines if line.kind == layout_mod.OWN and not line.times and not line.dates
        )[:1500]
        pick = _PICK.search(own_text)
        if pick is None:
            return self._chosen_day(lines, found)
        if not (_ACCEPT.search(own_text) or _CONFIRM.search(own_text)):
            return None
        if _NOT_YET.search(own_text):
            return None
        label = (pick["label"] or pick["label2"] or "").lower()
        nth = _ORDINALS.get((pick["nth"] or "").lower())
        listed = [c for c in found if c.line.kind != "subject" and "already past" not in c.notes]
        rows: list[tuple[str, _Candidate]] = []
        for c in listed:
            row = _OPTION_LABEL.match(c.line.raw.lstrip("> "))
            if row is not None:
                rows.append(((row["l1"] or row["l2"]).lower(), c))
        if nth is not None and label == "":
            firsts = [
                c
                for c in listed
                if _BULLET.match(c.line.raw.lstrip("> ")) or _OPTION_LABEL.match(c.line.raw.lstrip("> "))
            ]
            firsts = list({c.line.index: c for c in firsts}.values())
            chosen = firsts[nth - 1] if 0 < nth <= len(firsts) else None
        else:
            matches = list({c.line.index: c for lab, c in rows if lab == label}.values())
            chosen = matches[0] if len(matches) == 1 else None
        if chosen is None:
            return None
        chosen.score = max(chosen.score, _ENOUGH + 1.0)
        chosen.notes.append("the option the reply confirms")
        return chosen

    def _chosen_day(self, lines: list[_Line], found: list[_Candidate]) -> _Candidate | None:
        """ "Wednesday works, you're all set" above proposed slots: the one slot offered on that day."""
        said = [line for line in lines if line.kind == layout_mod.OWN and line.dates and not line.times]
        days = {d.weekday for line in said for d in line.dates if d.kind == "weekday"}
        if len(days) != 1:
            return None
        day = days.pop()
        # The day's own line accepts it ("Wednesday works", "Wednesday it is"); a refusal or a maybe does not.
        accepting = [line.text for line in said if _DAY_TAKEN.search(line.text) and not _DAY_REFUSED.search(line.text)]
        if not accepting or _NOT_YET.search(" ".join(line.text for line in said)):
            return None
        offered = [
            c
            for c in found
            if c.line.kind == layout_mod.QUOTED
            and "already past" not in c.notes
            and (not c.partial or c.date.kind == "weekday")
            and c.start.weekday() == day
        ]
        if len({c.start for c in offered}) != 1:
            return None
        chosen = max(offered, key=lambda c: (c.explicit_zone, c.score))
        chosen.score = max(chosen.score, _ENOUGH + 1.0)
        chosen.notes.append("the day the reply confirms")
        return chosen

    def _accepted_proposal(self, lines: list[_Line], quoted: list[_Candidate]) -> _Candidate | None:
        """A short "Sounds good, see you then!" above exactly one proposed time."""
        own_text = " ".join(line.text for line in lines if line.kind == layout_mod.OWN)
        # "passing along Keisha's confirmation below": the quoted "I can do Thursday at 11:00" is the booking.
        passed_on = _CONFIRMATION_BELOW.search(own_text[:600])
        # "confirmed for the time you picked": the offer in the quoted reply is the one booked.
        picked = passed_on or _YOUR_PICK.search(own_text[:600])
        if not (_ACCEPT.search(own_text[:600]) or passed_on) or _NOT_YET.search(own_text[:600]):
            return None
        first_block = min(c.line.block for c in quoted)
        offered = [c for c in quoted if c.line.block == first_block and c.score > (-4 if picked else -2)]
        which = _WHICH_ONE.search(own_text[:600])
        if len({c.start for c in offered}) > 1 and which is not None:
            offered = _the_one_picked(offered, which["which"].lower())
        if len({c.start for c in offered}) > 1:
            # "The 10:30 slot is perfect" under "9:00 or 10:30 GMT": the hour the reply names picks the slot.
            named = {(t.hour % 12, t.minute) for line in lines if line.kind == layout_mod.OWN for t in line.times}
            offered = [c for c in offered if (c.time.hour % 12, c.time.minute) in named]
        if len({c.start for c in offered}) != 1:
            return None
        chosen = max(offered, key=lambda c: c.score)
        chosen.score = _ENOUGH
        chosen.notes.append("accepted in the reply")
        return chosen

    def _sessions(self, best: _Candidate, found: list[_Candidate]) -> list[_Candidate]:
        """The loop around the best candidate: ranges on its day, in its block, on nearby lines."""
        if best.end is None:
            return self._schedule(best, found)
        day = best.start.astimezone(best.tz).date()
        same = [
            c
            for c in found
            if c.line.block == best.line.block
            and c.line.kind == best.line.kind
            and c.end is not None
            and c.score > 0
            and c.start.astimezone(best.tz).date() == day
        ]
        same.sort(key=lambda c: c.line.index)
        # Keep the contiguous run of lines around the best candidate.
        run = [best]
        index = same.index(best) if best in same else -1
        if index >= 0:
            for step in (-1, 1):
                j = index + step
                last = best.line.index
                while 0 <= j < len(same) and abs(same[j].line.index - last) <= 4:
                    run.append(same[j])
                    last = same[j].line.index
                    j += step
        unique: dict[datetime, _Candidate] = {}
        for c in sorted(run, key=lambda c: (c.start, c.line.index)):
            unique.setdefault(c.start, c)
        sessions = _without_asides(_monotonic(list(unique.values())))
        # Two ways of writing the same slot ("11:00 PDT" and "2:00 EDT in your time zone") are one session.
        merged: list[_Candidate] = []
        for c in sessions:
            if merged and merged[-1].start == c.start:
                continue
            merged.append(c)
        return merged

    def _schedule(self, best: _Candidate, found: list[_Candidate]) -> list[_Candidate]:
        """An itinerary written as start times only, one item a line ("8:30 am  Breakfast with the chair",
        "10:00 am  Meeting with the department head", ... "4:30 pm  End of day"): each item lasts until the
        next begins, and a closing line ("End of day", "Departure") ends the last. Else the best time alone."""
        day = best.start.astimezone(best.tz).date()
        rows = {
            c.line.index: c
            for c in sorted(found, key=lambda c: -c.score)
            if c.line.block == best.line.block
            and c.line.kind == best.line.kind
            and c.end is None
            and c.score > 0
            and c.time.start <= 2
            and c.start.astimezone(best.tz).date() == day
        }
        if best.line.index not in rows:
            return [best]
        indices = sorted(rows)
        low = high = indices.index(best.line.index)
        while low > 0 and indices[low] - indices[low - 1] <= 2:
            low -= 1
        while high < len(indices) - 1 and indices[high + 1] - indices[high] <= 2:
            high += 1
        run = [rows[i] for i in indices[low : high + 1]]
        if len(run) < 3 or any(b.start <= a.start for a, b in pairwise(run)):
            return [best]
        sessions = [replace(c, end=nxt.start) for c, nxt in pairwise(run)]
        if not _CLOSING.search(_label_of(run[-1])):
            sessions.append(run[-1])
        return _without_asides(sessions)

    @staticmethod
    def _done_by(last: _Candidate, lines: list[_Line]) -> datetime | None:
        """ "We should be done by 10:30", "you'll be out by 1pm": the end, said as the hour it is over by (in the
        meeting's own block, or in a forwarded message the new text passes on)."""
        for line in lines:
            if line.kind in ("subject", layout_mod.QUOTED):
                continue
            if line.block != last.line.block and line.kind != layout_mod.FORWARDED:
                continue
            m = _DONE_BY.search(line.text)
            if m is not None:
                return _end_at(last.start, m)
        return None

    def _length(
        self, best: _Candidate, lines: list[_Line], same_slot: frozenset[int] | set[int] = frozenset()
    ) -> int | None:
        """Minutes stated for the interview: next to its time first, then elsewhere in its words, then quoted.
        `same_slot`: the lines that write the chosen slot again (the quoted invitation a reply confirms)."""
        pool: list[tuple[float, int]] = []
        for pos, line in enumerate(lines):
            if line.kind == "subject":
                continue
            # "should take about forty-five" / "minutes": a length the wrapping broke, read with the next line.
            text = f"{line.text} {line.tail}" if line.tail else line.text
            for start, minutes, quality in _durations(text):
                if quality <= 0 or start >= len(line.text):
                    continue
                following = lines[pos + 1].text[:60] if pos + 1 < len(lines) else ""
                if _FOLLOWED_BY.search(f"{line.text[start:]} {following}", 0, 100):
                    continue  # the wrapping put "followed by a panel" on the next line: one part of it
                rank = quality
                if line is best.line:
                    rank += 5 if start >= best.time.end else 3
                elif line.block == best.line.block and abs(line.index - best.line.index) <= 3:
                    rank += 2
                elif best.source is not None and line.block == best.source.block:
                    rank += 2  # the proposal a short reply accepts states the length: it is not only history
                elif line.index in same_slot:
                    rank += 2  # "... Friday, June 8 at 4:00 p.m. in his office. He has 45 minutes." under "confirmed"
                if line.kind == layout_mod.QUOTED:
                    rank -= 2
                pool.append((rank, minutes))
        if not pool:
            return None
        rank, minutes = max(pool, key=lambda x: x[0])
        return minutes if rank > 0 else None


# ---------------------------------------------------------------------- helpers


def _own_sentence(sentence: str, asked: bool, directions: bool, confirmed: bool) -> float:
    """What the sender's own sentence around a time adds: +2 when it invites ("come by at 11 and ask for me"),
    or asks beside directions to the place; -4 when it is still being checked ("let me check with Maria")."""
    weight = 0.0
    if not confirmed and ((_INVITING.search(sentence) and not asked) or (asked and directions)):
        weight += 2.0
    if _NOT_YET.search(sentence):
        weight -= 4.0
    return weight


def _wrapped_end(tail: str, start: datetime) -> datetime | None:
    """ "on Tuesday, May 19 from 2:00" / "to 3:30 pm": the end of a range the mail's line wrapping broke in two
    (`tail`: the next line), or None."""
    m = _WRAPPED_END.match(tail)
    return _end_at(start, m) if m is not None else None


def _end_at(start: datetime, m: re.Match[str]) -> datetime | None:
    """The end a match's hour, minute and meridiem ("h", "m", "ap") give a meeting that starts at `start`, when
    it makes a meeting of 10 minutes to 10 hours; else None."""
    minute = int(m["m"] or 0)
    hour = _end_hour24(start.hour, start.minute, int(m["h"]), minute, _meridiem(m["ap"]), False)
    if hour is None or hour >= 24:
        return None
    end = start.replace(hour=hour, minute=minute)
    return end if timedelta(minutes=10) <= end - start <= timedelta(hours=10) else None


def _ends_the_range_above(previous: _Candidate, current: _Candidate) -> bool:
    """The time at the head of this line is the end of the range that began at the end of the line above."""
    return (
        previous.end == current.start
        and current.line.index == previous.line.index + 1
        and _WRAPPED_END.match(current.line.text) is not None
    )


def _normalize(line: str) -> str:
    s = (
        line.replace("\u2013", "-")
        .replace("\u2014", "-")
        .replace("\u2212", "-")
        .replace("\u2012", "-")
        .replace("\u22c5", " ")
        .replace("\xa0", " ")
        .replace("\u202f", " ")
        .replace("’", "'")
    )
    s = _URL.sub(lambda m: " " * len(m.group(0)), s)
    if _SPOKEN.search(s):
        s = _spoken_times(s)
    s = re.sub(r"\b(?:12\s?)?(?:noon|midday)\b", "12:00 pm", s, flags=re.I)
    # "on August 22 at 9:00 a.m.  Please arrive at 8:45": the last dot of "a.m." also ends the sentence.
    # Not before a zone: "9 a.m. Eastern", "10 a.m. Houston time", "2 p.m. EST".
    s = re.sub(
        r"\b([ap])\.\s?m\.(?=\s+(?-i:[A-Z][a-z]))(?!\s+(?:eastern|central|pacific|mountain|atlantic|hawaii|alaska|"
        r"arizona|local|your|our|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
        r"\s+\w+(?:\s\w+)?\s+time\b)",
        r"\1m.",
        s,
        flags=re.I,
    )
    s = re.sub(r"\b([ap])\.\s?m\.", r"\1m", s, flags=re.I)
    s = re.sub(r"\b([ap])\.m\b", r"\1m", s, flags=re.I)
    # "10a", "2:30p": a clock hour with a bare meridiem letter, as people write it in short notes and schedules.
    s = re.sub(r"(?<![\w:.,/$€£+-])((?:1[0-2]|0?[1-9])(?::[0-5]\d)?)([ap])(?![\w'’]|\.\w)", r"\1\2m", s, flags=re.I)
    # French and Spanish clocks: "14h00", "9 h 30", "à 14h", "11:00 hs".
    s = re.sub(
        r"(?<![\w:.])(\d{1,2})\s?h\s?([0-5]\d)\b",
        lambda m: m.group(0) if _looks_like_length(s, m.start()) else f"{m.group(1)}:{m.group(2)}",
        s,
    )
    s = re.sub(r"\b((?:à|às|as|a|vers|dès|de|entre|et|e|jusqu'à)\s+)(\d{1,2})\s?h\b(?!\w)", r"\1\2:00", s, flags=re.I)
    s = re.sub(r"(\d{1,2})\s?h\b(?=\s*(?:-|à|\((?:heure|hor)))", r"\1:00", s)
    # "let's keep it at 14.30 on Wednesday", "um 9.45": a dotted clock after "at", or one past noon.
    s = re.sub(
        r"(\b(?:at|um|à|a las|@|from|until|till|by)\s+)((?:[01]?\d|2[0-3])\.(?:00|15|30|45))\b(?![.,]?\d)"
        r"|(?<![\d.,$€£])\b((?:1[3-9]|2[0-3])\.(?:00|15|30|45))\b(?![.,]?\d)",
        lambda m: (m.group(1) or "") + (m.group(2) or m.group(3)).replace(".", ":"),
        s,
        flags=re.I,
    )
    # "Monday 4/27 1430", "at 0930": a four-digit 24-hour clock after a day, a date or "at" (not an address).
    s = re.sub(
        r"(\b(?:at|@)\s+|\b\d{1,2}/\d{1,2}\s+|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)([01]\d|2[0-3])([0-5]\d)\b"
        r"(?![/.,:]?\d)(?!\s+(?:[A-Z][a-z]+\s+)?(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Way|Pkwy|Suite)\b)",
        r"\1\2:\3",
        s,
        flags=re.I,
    )
    # "pour mardi 11 h", "jeudi 7 mai 14 h": an hour with a spaced "h" right after a French day.
    s = re.sub(
        r"\b((?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)(?:\s+\d{1,2}(?:er)?(?:\s+[a-zéû]+)?)?\s+)"
        r"(\d{1,2})\s?h\b(?!\w)",
        r"\1\2:00",
        s,
        flags=re.I,
    )
    # "va pour jeudi 14h", "quinta, 15h": a lone hour with "h" is a clock time from 7h to 21h, unless it
    # is a length ("une durée de 2h", "10h par semaine").
    s = re.sub(
        r"(?<![\w:.,/-])(\d{1,2})h(?![\w/])(?!\s*(?:par|per|pro|por|a (?:day|week)|de (?:travail|trabajo)))",
        lambda m: (
            f"{m.group(1)}:00" if 7 <= int(m.group(1)) <= 21 and not _looks_like_length(s, m.start()) else m.group(0)
        ),
        s,
    )
    s = re.sub(r"(\d{1,2}:\d{2})\s?(?:hs|hrs|h)\b\.?", r"\1", s, flags=re.I)
    s = re.sub(r"(?<![\d:])(\d{1,2}:[0-5]\d):[0-5]\d(?![\d:])", r"\1", s)  # "10:00:00 – 11:00:00" (HR suites)
    s = re.sub(r"\b(\d{1,2})\.(\d{2})(?=\s?(?:[ap]m\b|uhr\b))", r"\1:\2", s, flags=re.I)
    # "14.30–15.15 Uhr", "9.30-10.15": dotted clock ranges.
    s = re.sub(
        r"(?<![\d.])(\d{1,2})\.([0-5]\d)(\s?(?:-|bis|to|à|a)\s?)(\d{1,2})[.:]([0-5]\d)(?![\d.])",
        r"\1:\2\3\4:\5",
        s,
        flags=re.I,
    )
    return s


_HOUR_WORDS = {
    w: i + 1
    for i, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
    )
}
_HOUR_WORD = r"(1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# How people say a time in a hand-written note: "half past ten", "quarter to three", "ten o'clock", "2ish",
# and a weekday shortened in lower case before its hour ("thurs at 4", "tues 10am").
# "half two" is British for 2:30.
_CLOCK_PHRASE = (
    rf"\b(?:half past|quarter (?:past|after|to|of))\s+{_HOUR_WORD}\b|\b{_HOUR_WORD}\s?o'?clock\b|"
    r"\b(?:half one|half two|half three|half four|half five|half six|half seven|half eight|half nine|half ten|"
    r"half eleven|half twelve)\b"
)
_SPOKEN = gated(
    _CLOCK_PHRASE + "|"
    r"\b\d{1,2}(?::[0-5]\d)?\s?-?ish\b|\b(?:thurs?|tues|weds)\b\.?(?=\s+(?:at\s+|@\s*)?\d)|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)\b\.?(?=\s+(?:at|@)\s*\d)|"
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+(?:1[0-2]|[1-9])(?::[0-5]\d)?(?=\s+(?:it is|works|then\b))",
    re.IGNORECASE,
)
_WEEKDAY_SHORTHAND = {
    **{d[:3]: d for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")},
    **{"thur": "thursday", "thurs": "thursday", "tues": "tuesday", "weds": "wednesday"},
}
# "Thu 2 it is", "Thursday 2 works": a reply's day and bare hour with nothing between them but a space.
_DAY_HOUR_AGREED = re.compile(
    r"\b(mon|tues?|wed(?:s|nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?\s+((?:1[0-2]|[1-9])(?::[0-5]\d)?)"
    r"(?=\s+(?:it is|works|then\b))",
    re.IGNORECASE,
)


def _the_one_picked(offered: list[_Candidate], which: str) -> list[_Candidate]:
    """The offered slot(s) "the later one", "the morning one" ... names among several."""
    starts = sorted({c.start for c in offered})
    if which in ("later", "latter", "last"):
        return [c for c in offered if c.start == starts[-1]]
    if which in ("earlier", "former", "first"):
        return [c for c in offered if c.start == starts[0]]
    morning = which == "morning"
    return [c for c in offered if (c.start.astimezone(c.tz).hour < 12) == morning]


def _mark_superseded(found: list[_Candidate]) -> None:
    """ "moved from Tuesday 3/10 at 2pm to Thursday 3/12 at 3:30pm": the first time is the old one."""
    by_line: dict[int, list[_Candidate]] = {}
    for c in found:
        by_line.setdefault(c.line.index, []).append(c)
    for group in by_line.values():
        if len(group) < 2:
            continue
        text = group[0].line.text
        if not _MOVE.search(text):
            continue
        for c in group[:-1]:
            head = text[: min(c.time.start, c.date.start)]
            hour_head = text[: c.time.start]  # "on Thursday from 2pm to 3pm": one day, the hour moves
            if (
                _FROM_WORD.search(head[-20:].rstrip(" :"))
                or _FROM_WORD.search(head.rstrip())
                or _FROM_WORD.search(hour_head.rstrip())
            ):
                c.score -= 8.0
                c.notes.append("the old time")


def _agreed_or_invited(sentence: str) -> bool:
    return bool(_INVITING.search(sentence) or _CONFIRM.search(sentence) or _ACCEPT.search(sentence))


def _quoted_proposal_day(lines: list[_Line], line: _Line, t: _Time) -> _Date | None:
    """ "Let's say 1:30 then" over the candidate's quoted "Would Tuesday Dec 8 after 1 work?": the reply's bare
    hour agrees to the one day the quoted proposal names (None when it names none or several)."""
    if not _agreed_or_invited(_sentence_around(line.text, t.start)):
        return None
    quoted = {
        (d.kind, d.year, d.month, d.day, d.weekday): d
        for other in lines
        if other.kind == layout_mod.QUOTED
        for d in other.dates
        if d.kind in ("full", "numeric", "dayof", "weekday", "ordinal")
    }
    if len(quoted) == 1:
        return next(iter(quoted.values()))
    # "That works - see you at 11" over "Would Wednesday the 14th at 11:00 work instead?" and an earlier "Could
    # you come in Tuesday at 10:00?": the one quoted day written with that hour.
    at_that_hour = {
        (d.kind, d.year, d.month, d.day, d.weekday): d
        for other in lines
        if other.kind == layout_mod.QUOTED
        for d in other.dates
        if d.kind in ("full", "numeric", "dayof", "weekday", "ordinal")
        and any(o.hour % 12 == t.hour % 12 and 0 <= o.start - d.end <= 12 for o in other.times)
    }
    return next(iter(at_that_hour.values())) if len(at_that_hour) == 1 else None


def _spoken_times(s: str) -> str:
    """ "half past ten" -> "10:30", "quarter to three" -> "2:45", "2ish" -> "around 2", "thurs at 4" ->
    "Thursday at 4": the clock and the weekday as the rest of the reader knows them."""

    def hour(text: str) -> int:
        return _HOUR_WORDS.get(text.lower()) or int(text)

    def phrase(m: re.Match[str]) -> str:
        written = m.group(0).lower()
        h = hour(m.group(1) or m.group(2) or written.split()[-1])  # "half two": the hour is the last word
        if written.startswith("half"):
            return f"{h}:30"
        if written.startswith("quarter"):
            return f"{h}:15" if " past" in written or " after" in written else f"{(h - 2) % 12 + 1}:45"
        return f"{h}:00"

    s = re.sub(_CLOCK_PHRASE, phrase, s, flags=re.I)
    s = re.sub(r"\b(?:(?:at|around|about)\s+)?(\d{1,2}(?::[0-5]\d)?)\s?-?ish\b", r"around \1", s, flags=re.I)
    s = _DAY_HOUR_AGREED.sub(lambda m: f"{_WEEKDAY_SHORTHAND[m.group(1).lower()[:3]].title()} at {m.group(2)}", s)
    return re.sub(
        r"\b(thurs?|tues|weds|mon|tue|wed|thu|fri|sat|sun)\b\.?(?=\s+(?:at\s+|@\s*)\d)|\b(thurs?|tues|weds)\b\.?(?=\s+\d)",
        lambda m: _WEEKDAY_SHORTHAND[(m.group(1) or m.group(2)).lower()].title(),
        s,
        flags=re.I,
    )


def _looks_like_length(text: str, at: int) -> bool:
    """ "d'une durée de 1h30" is a length, "à 14h30" a clock time."""
    return bool(_LENGTH_BEFORE.search(text[max(0, at - 30) : at]))


_LENGTH_BEFORE = re.compile(
    r"(?:durée|duree|dure|dura|pendant|durant|lasting|duration|for|plazo|environ|about|approx\.?|ca\.)\s*"
    r"(?:de\s+|d'environ\s+)?$",
    re.IGNORECASE,
)


def _weekday_before(text: str, at: int) -> tuple[int, int | None]:
    """A weekday written just before a date ("Tuesday, March 3", "Wed 3/4", "jeu. 9 avr."): (its start, weekday)."""
    match = _WD_BEFORE.search(text[max(0, at - 16) : at])
    if not match:
        return at, None
    return max(0, at - 16) + match.start(), _weekday_of(match)


def _weekday_of(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("wd"):
        return WEEKDAYS.get(groups["wd"].lower())
    if groups.get("wda"):
        return WEEKDAY_ABBREVIATIONS.get(groups["wda"].lower())
    return None


_TO_A_DAY = re.compile(r"\b(?:to|until|till|for|auf|à|au|a|al|para)\s+(?:the\s+)?$", re.IGNORECASE)


def _times(text: str, dates: list[_Date], *, moved_at: int | None = None) -> list[_Time]:
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in dates if d.kind in ("full", "numeric")]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    found: list[_Time] = []
    for m in _RANGE.finditer(text):
        sep = m["sep"].lower()
        if sep in ("and", "y", "et", "und") and (m["pre"] or "").lower() not in ("between", "entre", "zwischen"):
            continue
        if sep == "a" and not (m["m1"] and m["m2"]) and not m["ap2"]:
            continue
        if (
            moved_at is not None
            and moved_at <= m.start()
            and sep in ("to", "à", "a", "au", "auf")
            and (m["pre"] or "").lower() in ("from", "de", "du", "von", "vom")
            # "moved to Friday from 2 to 3pm" books a range on the new day; "push your interview on Thursday
            # from 2 to 3pm" names the day it is on, and the old and new hours.
            and not any(moved_at <= d.start < m.start() and _TO_A_DAY.search(text[: d.start]) for d in dates)
        ):
            continue  # "moved from 2pm to 3pm" names the old and the new time, not a range
        strong1 = bool(m["m1"] or m["ap1"] or m["u1"])
        strong2 = bool(m["m2"] or m["ap2"] or m["u2"])
        if not (strong2 or (strong1 and m["m2"])):
            continue
        h1, h2 = int(m["h1"]), int(m["h2"])
        if h1 > 24 or h2 > 24:
            continue
        start = m.start("h1")
        if not free(start, m.end()):
            continue
        uhr = bool(m["u1"] or m["u2"])
        found.append(
            _Time(
                start,
                m.end(),
                h1,
                int(m["m1"] or 0),
                _meridiem(m["ap1"]),
                uhr or _is_literal(m["h1"], h1),
                True,
                h2,
                int(m["m2"] or 0),
                _meridiem(m["ap2"]),
                uhr or _is_literal(m["h2"], h2),
            )
        )
        taken.append((start, m.end()))
    for m in _SINGLE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        hour = int(m["h"])
        if hour > 24:
            continue
        meridiem = _meridiem(m["ap"] or m["ap_"])
        uhr = bool(m["u"] or m["u_"])
        found.append(
            _Time(m.start(), m.end(), hour, int(m["m"] or 0), meridiem, uhr or _is_literal(m["h"], hour), True)
        )
        taken.append((m.start(), m.end()))
    for m in _BARE_HOUR.finditer(text):
        start = m.start("h")
        if not free(start, m.end()):
            continue
        hour = int(m["h"])
        # "a las 16", "um 15", "à 17": past 12 an hour after a 24-hour clock's word is that clock's.
        literal = 13 <= hour <= 23 and m.group(0)[:1].lower() in "uàa" and not m.group(0).lower().startswith("at")
        if not (1 <= hour <= 12 or literal):
            continue
        found.append(_Time(start, m.end(), hour, 0, None, literal, False))
        taken.append((start, m.end()))
    for m in _NOON.finditer(text):
        if free(m.start(), m.end()):
            found.append(_Time(m.start("noon"), m.end(), 12, 0, "pm", True, True))
    return sorted(found, key=lambda t: t.start)


def _meridiem(letter: str | None) -> str | None:
    return f"{letter.lower()}m" if letter else None


def _is_literal(written: str, hour: int) -> bool:
    """A 24-hour clock: an hour past 12, or written with a leading zero ("09:30")."""
    return hour > 12 or hour == 0 or (len(written) == 2 and written.startswith("0"))


def _hour24(hour: int, meridiem: str | None, literal: bool, context: str) -> int | None:
    if meridiem == "am":
        return 0 if hour == 12 else hour if hour <= 12 else None
    if meridiem == "pm":
        return 12 if hour == 12 else hour + 12 if hour < 12 else None
    if literal or hour > 12:
        return hour if hour < 24 else None
    if _EVENING.search(context) and hour < 12:
        return hour + 12
    if _MORNING.search(context):
        return hour
    # Business hours: "at 11" is the morning, "at 3" the afternoon.
    return hour if 7 <= hour <= 12 else hour + 12


def _end_hour24(
    start_hour: int, start_minute: int, hour: int, minute: int, meridiem: str | None, literal: bool
) -> int | None:
    """The end of a range: as written when it says am/pm or 24h, else the first reading after the start."""
    start = start_hour * 60 + start_minute
    if meridiem or literal or hour > 12:
        value = _hour24(hour, meridiem, literal or hour > 12, "")
        if value is None:
            return None
        if value * 60 + minute <= start and meridiem is None:
            value += 12
        return value if value * 60 + minute > start else None
    for option in (hour % 12, hour % 12 + 12, hour % 12 + 24):
        if option * 60 + minute > start:
            return option
    return None


def _zones(text: str) -> list[_Zone]:
    found: list[_Zone] = []
    taken: list[tuple[int, int]] = []
    has_offset = "UTC" in text or "GMT" in text
    for m in FIXED_OFFSET.finditer(text) if has_offset else ():
        tz = fixed_offset(m.group(1), m.group(2), m.group(3))
        if tz is not None:
            found.append(_Zone(m.start(), m.end(), tz))
            taken.append((m.start(), m.end()))
    for m in IANA_NAME.finditer(text) if "/" in text else ():
        try:
            found.append(_Zone(m.start(), m.end(), zone(m.group(1))))
            taken.append((m.start(), m.end()))
        except (KeyError, ValueError, OSError):
            continue
    for m in _WINDOWS_NAME.finditer(text):
        # "AUS Eastern Standard Time", "E. South America Standard Time": the longest run of words that is a
        # Windows zone id, read before the zone names inside it ("Eastern Standard Time") can be.
        words = m.group(0).split()
        for i in range(len(words) - 2):
            tz = zones_mod.windows_zone(" ".join(words[i:]))
            if tz is not None:
                begin = m.start() + m.group(0).index(words[i])
                found.append(_Zone(begin, m.end(), tz))
                taken.append((begin, m.end()))
                break
    for m in _ZONE_NAME_PATTERN.finditer(text.lower()) if _ZONE_CUE_WORDS.search(text) else ():
        if all(m.end() <= s or m.start() >= e for s, e in taken):
            found.append(_Zone(m.start(), m.end(), zone(ZONE_NAMES[int(m.lastgroup[1:])][1])))
            taken.append((m.start(), m.end()))
    for m in _ZONE_ABBREVIATION.finditer(text):
        if all(m.end() <= s or m.start() >= e for s, e in taken):
            found.append(_Zone(m.start(), m.end(), zone(ZONE_ABBREVIATIONS[m.group(1)])))
            taken.append((m.start(), m.end()))
    if "ime" in text or "eit" in text or "heure" in text or "hora" in text:  # "Houston time", "unserer Zeit"
        for m in _PROSE_ZONE.finditer(text):
            if not all(m.end() <= s or m.start() >= e for s, e in taken):
                continue
            tz = _prose_zone(m)
            if tz is not None:
                found.append(_Zone(m.start(), m.end(), tz))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda z: z.start)
    # "(UTC-05:00) Eastern Time (US & Canada)": Outlook writes the zone's standard offset before its name all
    # year round; the name is what holds (EDT in summer).
    named = [z for z in found if not isinstance(z.tz, timezone) or z.tz is UTC]
    return [
        z
        for z in found
        if z in named
        or not any(0 <= n.start - z.end <= 3 and re.fullmatch(r"[)\]\s]*", text[z.end : n.start]) for n in named)
    ]


class _Whose(tzinfo):
    """A placeholder for a zone named by whose it is ("your time", "our time"), resolved by the reader."""

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return timedelta(0)


_USER_ZONE, _SENDER_ZONE = _Whose(), _Whose()  # type: ignore[abstract]  # only utcoffset is ever asked
_CITY_WORDS = r"(?:[A-Z][\w.'’-]*|(?:de|del|do|da|la|le|los|las|san|são|st\.?)(?=\s+[A-Z]))"
_PROSE_ZONE = gated(
    r"(?<![\w-])(?P<whose>your|our|my|the candidate's)\s+(?:own\s+)?(?:local\s+)?time(?:\s*zone)?\b"
    r"|\b(?P<windows>(?:[A-Z][\w.+-]*\s){1,4}(?:Standard|Daylight|Summer)\s+Time)\b"
    rf"|\b(?P<city>{_CITY_WORDS}(?:\s+{_CITY_WORDS}){{0,3}})(?:,\s*[A-Z]{{2}})?\s+(?:local\s+)?time\b"
    rf"|\blocal time (?:in|at) (?P<city2>{_CITY_WORDS}(?:\s+{_CITY_WORDS}){{0,2}})"
    # German, French, Spanish: "15 Uhr unserer Zeit", "10h à votre heure", "Ortszeit Zürich", "heure de Lyon"
    r"|\b(?P<ours>unserer|unsere|notre|nuestra)\s+(?:Orts)?(?:zeit|Zeit|heure|hora)\b"
    r"|\b(?P<yours>Ihrer|Ihre|deiner|deine|votre|tu|su)\s+(?:Orts)?(?:zeit|Zeit|heure(?: locale)?|hora(?: local)?)\b"
    rf"|\b(?:heure\s+(?:de\s+|d')|hora\s+(?:de|del)\s+|Ortszeit\s+(?:in\s+)?)(?P<city3>{_CITY_WORDS}(?:\s+{_CITY_WORDS}){{0,2}})"
    rf"|\b(?P<city4>{_CITY_WORDS}(?:\s+{_CITY_WORDS}){{0,2}})er Zeit\b",
)


_YOURS = ("Ihrer", "Ihre", "deiner", "deine", "votre", "tu", "su")


def _prose_zone(m: re.Match[str]) -> tzinfo | None:
    whose = m["whose"] or m["ours"] or m["yours"]
    if whose:
        before = m.string[max(0, m.start() - 16) : m.start()].lower()
        if re.search(r"(?:for|of|with|value|appreciate|für|pour|por)\s*$", before):
            return None  # "thank you for your time", "danke für Ihre Zeit"
        return _USER_ZONE if whose in ("your", *_YOURS) or m["yours"] else _SENDER_ZONE
    if m["windows"]:
        return zones_mod.windows_zone(m["windows"])
    words = (m["city"] or m["city2"] or m["city3"] or m["city4"]).split()
    # "1:00 PM Houston time": the longest run of trailing words that names a city.
    for i in range(len(words)):
        tz = zones_mod.city_zone(" ".join(words[i:]))
        if tz is not None:
            return tz
    return None


_PLACE = rf"{_CITY_WORDS}(?:\s+{_CITY_WORDS}){{0,2}}"
# The zone most of a US state's people live in, for an address whose town is no key city ("Mesa, AZ").
_STATE_ZONES = {
    **dict.fromkeys(("CT", "DE", "DC", "FL", "GA", "IN", "ME", "MD", "MA", "MI", "NH", "NJ", "NY", "NC", "OH", "PA",
                     "RI", "SC", "VT", "VA", "WV", "KY"), "America/New_York"),
    **dict.fromkeys(("AL", "AR", "IL", "IA", "KS", "LA", "MN", "MS", "MO", "NE", "ND", "OK", "SD", "TN", "TX", "WI"),
                    "America/Chicago"),
    **dict.fromkeys(("CO", "MT", "NM", "UT", "WY", "ID"), "America/Denver"),
    "AZ": "America/Phoenix",
    **dict.fromkeys(("CA", "NV", "OR", "WA"), "America/Los_Angeles"),
    "AK": "America/Anchorage",
    "HI": "Pacific/Honolulu",
}  # fmt: skip
_OFFICE = gated(
    rf"\b(?:our|the|their|its)\s+(?P<a>{_PLACE})\s+(?:office|offices|headquarters|HQ|campus|studio|site|location|hub)\b"
    rf"|\b(?:office|offices|headquarters|HQ|campus|studio)\s+in\s+(?P<b>{_PLACE})"
    rf"|\b(?:onsite|on-site|in person|in-person)\s+(?:interview\s+)?in\s+(?P<c>{_PLACE})"
    rf"|\b(?:büro|standort|niederlassung|zentrale|bureaux?|locaux|oficinas?|sede|studio|uffici[o]?)\s+"
    rf"(?:in|de|à|en|di|a)\s+(?P<d>{_PLACE})"
    r"|\b(?P<e>[A-ZÄÖÜ][a-zäöüß]+er)\s+(?:Büro|Standort|Niederlassung|Zentrale|Office)\b"
    # a street address with the city after the house number or the postal code: "Lindenallee 4, Hamburg",
    # "Industriestraße 12, 50735 Köln", "8 rue Mercière à Lyon", "28013 Madrid"
    rf"|\b\d{{1,4}}[a-z]?,\s+(?:\d{{4,5}}\s+)?(?P<f>{_PLACE})"
    rf"|(?<![\d:.])\b\d{{5}}\s+(?P<g>{_PLACE})"
    rf"|\b(?:locaux|bureaux|oficinas?|Geschäftsstelle|Werkstatt|Räumen)\b[^.\n]{{0,60}}?\s(?:à|en)\s+(?P<h>{_PLACE})"
    # American addresses: "1550 Wynkoop St, Denver", "500 W 2nd St, Austin, TX 78701"
    r"|\b\d{1,5}\s+(?:[A-Z0-9][\w.']*\s+){1,4}(?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Way|Ln|Lane|"
    rf"Pl|Place|Sq|Square|Pkwy|Parkway|Ct|Court|Hwy|Highway)\.?,\s+(?:(?:Suite|Ste|Floor|Fl)\.?\s+\w+,\s+)?(?P<i>{_PLACE})"
    rf"(?:,\s*(?P<state2>{'|'.join(_STATE_ZONES)})\b)?"
    rf"|\b(?P<j>{_PLACE}),\s*(?P<state>{'|'.join(_STATE_ZONES)})\b(?:\s+\d{{5}})?",
)
_MORE_PLACES = re.compile(rf"\s*(?:,|/|&|and\b|und\b|et\b|y\b)\s*(?P<next>{_PLACE})")
_REMOTE = re.compile(
    r"\b(?:zoom|teams|google meet|meet\.google|webex|video|phone|by phone|call you|dial|remote|virtual|"
    r"telefon\w*|videocall|video-call|visio\w*|téléphon\w*|videollamada|llamada|telefónic\w*)\b",
    re.I,
)


def _office_zone(text: str) -> tzinfo | None:
    """The zone of the office an in-person meeting is at ("at our Denver office"), when the text names one
    city's office and no video or phone call."""
    if _REMOTE.search(text):
        return None
    named: set[str] = set()  # "our Denver office", "Büro in München"
    addresses: set[str] = set()  # "Torstraße 109, 10119 Berlin", often the signature's
    for m in _OFFICE.finditer(text):
        more = _MORE_PLACES.match(text, m.end())
        if more and any(zones_mod.city_zone(" ".join(more["next"].split()[:k])) for k in (1, 2, 3)):
            return None  # "offices in London, New York and Berlin": no one place
        words = (
            m["a"] or m["b"] or m["c"] or m["d"] or m["e"] or m["f"] or m["g"] or m["h"] or m["i"] or m["j"]
        ).split()
        for i in range(len(words)):
            tz = zones_mod.city_zone(" ".join(words[i:]))
            if tz is None:
                tz = zones_mod.city_zone(" ".join(words[: len(words) - i]))
            state = m["state"] or m["state2"]
            if tz is None and i == len(words) - 1 and state:
                tz = zone(_STATE_ZONES[state])
            if tz is not None:
                (addresses if m["f"] or m["g"] or m["i"] or m["j"] else named).add(str(tz))
                break
    # The office the text names for the meeting wins over an address further down.
    found = named or addresses
    return zone(found.pop()) if len(found) == 1 else None


_DIGIT = re.compile(r"\d")
# Cheap tests for a line that may declare a zone without any digit ("All times are Pacific", "(MESZ)").
_ZONE_CUE = re.compile(r"\b[A-Z]{2,5}\b|[A-Z][a-z]+/[A-Z]")
_ZONE_CUE_WORDS = gated(
    r"time|zeit|heure|hora|pacific|eastern|central|mountain|europe|york|paris|london|berlin|madrid|bogot|méxico|"
    r"mexico|argentin|chile|colombia|peninsular|pacífico|horário|horario|est\b",
    re.IGNORECASE,
)
_WINDOWS_NAME = gated(r"\b(?:[A-Z][\w.+-]*\s){1,4}(?:Standard|Daylight|Summer)\s+Time\b")
# One pattern for all zone names, a group per name, so a line is scanned once.
_ZONE_NAME_PATTERN = gated("|".join(rf"(?P<z{i}>\b(?:{p})\b)" for i, (p, _) in enumerate(ZONE_NAMES)))
_ZONE_ABBREVIATION = gated(
    r"(?<![A-Za-z])("
    + "|".join(sorted((k for k in ZONE_ABBREVIATIONS if k != "Z"), key=len, reverse=True))
    + r")(?![A-Za-z])"
)


def _attached(line: _Line, z: _Zone) -> bool:
    """Whether a zone mention belongs to a time written just before it."""
    return any(_follows(line.text, t, z) for t in line.times)


# Outlook writes the standard offset before the zone's name: "2:00 PM-3:00 PM. (UTC-06:00) Central Time (US & Canada)".
_OUTLOOK_OFFSET = re.compile(r"\(\s*(?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?::?\d{2})?)?\s*\)")


def _follows(text: str, t: _Time, z: _Zone) -> bool:
    """Whether zone `z` is written right after time `t` (nothing but words and an Outlook offset between)."""
    if not 0 <= z.start - t.end <= 40:
        return False
    between = text[t.end : z.start]
    if "(" in between:
        between = _OUTLOOK_OFFSET.sub("", between)
    return len(between) <= 28 and not _DIGIT.search(between)


_ZONE_DECLARATION = re.compile(
    r"all times|alle zeiten|jeweils|toutes les heures|todas las horas|times (?:are|shown|listed|below)|"
    r"heures indiquées|horarios?|time ?zone|zeitzone|fuseau|in your time",
    re.IGNORECASE,
)


def _declares(line: _Line, z: _Zone) -> bool:
    """ "All times are Pacific", "Schedule (Eastern Time):", "Time (ET)": a zone for the lines below."""
    text = line.text
    in_parens = text[: z.start].rstrip().endswith("(") or text[z.end :].lstrip().startswith(")")
    return in_parens or bool(_ZONE_DECLARATION.search(text))


_FOLLOWED_BY = re.compile(r"\b(?:followed by|then (?:a|an)\b|gefolgt von|suivie? d[e']|seguid[ao] de)", re.I)


def _durations(text: str) -> list[tuple[int, int, float]]:
    """(position, minutes, quality) for each stated length; quality <= 0 means "not the interview's length"."""
    found = []
    for m in _DURATION.finditer(text):
        num = m["num"].lower()
        unit = m["unit"].lower()
        value = NUMBER_WORDS.get(num)
        if value is None:
            try:
                value = float(num.replace(",", "."))
            except ValueError:
                continue
        if num in ("a", "an", "un", "une", "una", "uno", "ein", "eine", "einer", "einen") and unit.startswith("min"):
            continue
        hours = unit.startswith(("h", "st", "heure", "hora"))
        minutes = value * 60 if hours else value
        if m["extra"]:
            minutes += int(m["extra"])
        if m["hmin"]:
            minutes += int(m["hmin"])  # "1h30"
        if m["half"]:
            minutes += 30
        if not 10 <= minutes <= 8 * 60:
            continue
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 40]
        quality = 1.0
        if _DURATION_GOOD_BEFORE.search(before):
            quality += 1.5
        if _DURATION_GOOD_AFTER.match(after):
            quality += 1.0
        if _DURATION_BAD_BEFORE.search(before) and not re.search(
            r"\b(?:for|about|approximately|around)\s*$", before, re.I
        ):
            quality -= 3.0
        if _DURATION_BAD_AFTER.match(after):
            quality -= 3.0
        if re.search(r"\d\s?-\s?$", before) or re.match(r"\s?-\s?\d", after):
            quality -= 3.0  # "3-4 hours", "35-40 minutes": a range of lengths is not a booked length
        if _FOLLOWED_BY.search(text, m.end(), m.end() + 80):
            quality -= 5.0  # "a 20-minute demo lesson, followed by a short panel": one part of it
        found.append((m.start(), round(minutes), quality))
    for m in _CLOCK_LENGTH.finditer(text):  # "Duration: 01:30", as booking tools write a length
        minutes = int(m["h"]) * 60 + int(m["m"])
        if 10 <= minutes <= 8 * 60:
            found.append((m.start("h"), minutes, 2.5))
    for m in _HOURS_MINUTES_LENGTH.finditer(text):  # "Duration: 0h, 30m", as SugarCRM and SuiteCRM write it
        minutes = int(m["h"]) * 60 + int(m["m"])
        if 10 <= minutes <= 8 * 60:
            found.append((m.start("h"), minutes, 2.5))
    return found


_HOURS_MINUTES_LENGTH = re.compile(
    r"\b(?:duration|length|dauer|durée|duración|duracion)\s*:?\s*(?P<h>\d{1,2})\s?h,?\s*(?P<m>\d{1,2})\s?m\b", re.I
)


_CLOCK_LENGTH = re.compile(
    r"\b(?:duration|length|dauer|durée|duración|duracion)\s*:?\s*(?P<h>\d{1,2}):(?P<m>[0-5]\d)\b(?!\s?[ap]\.?m)",
    re.IGNORECASE,
)


def _monotonic(sessions: list[_Candidate]) -> list[_Candidate]:
    """Agenda rows written without am/pm ("8:30 - 9:15", "1:00 - 1:45") run forward through the day."""
    result: list[_Candidate] = []
    for c in sessions:
        if result and c.start < result[-1].start and not c.time.literal and c.time.meridiem is None:
            shifted = c.start + timedelta(hours=12)
            c = _Candidate(
                c.line,
                c.time,
                c.date,
                shifted,
                c.end + timedelta(hours=12) if c.end else None,
                c.score,
                c.partial,
                c.explicit_zone,
                c.tz,
                c.notes,
            )
        result.append(c)
    return sorted(result, key=lambda c: c.start)


# A meal or a break that opens an itinerary is part of the visit when it is with someone ("Breakfast with the
# search committee chair"); alone, optional or a welcome it is not. One that closes it never is.
_WITH_SOMEONE = re.compile(
    r"\b(?:with|mit|avec|con|com)\s+(?!(?:your|you|yourself|reception|the front desk|security)\b)", re.IGNORECASE
)
_OPTIONAL = re.compile(r"\b(?:optional|on your own|free time|break|pause|descanso|fakultativ|facultati[fv]e?)\b", re.I)
_CLOSING = re.compile(
    r"\b(?:end of (?:the )?(?:day|visit|interviews?)|depart\w*|wrap[- ]up|close|adjourn|farewell|"
    r"return to (?:the )?(?:hotel|airport)|"
    r"(?:shuttle|transport|ride|taxi|car) to (?:the )?(?:airport|hotel|station)|fin de (?:la )?(?:journée|visite)|"
    r"ende|abreise|salida|fin de la visita)\b",
    re.IGNORECASE,
)


# What may follow a date at the end of a line whose time the wrapping moved to the next ("martes 15 a las").
_WRAPPED_TAIL = re.compile(r"[\s,]*(?:at|um|à|a las|a la|às|as|from|von|de|@)?\s*", re.IGNORECASE)
# Between two slots offered together: "11am or 2pm", "10h ou à 14h", "11:00 o el miércoles 16 a las 16:00".
_ALTERNATIVE = re.compile(r"[^.?!;\n]{0,12}\b(?:or|o|ou|oder|and|y|et|und)\b[^.?!;\n]{0,40}", re.IGNORECASE)


def _aside(label: str) -> bool:
    """An itinerary item that is no part of the interview: a meal or break alone, an arrival, a welcome."""
    if not _MEAL_OR_BREAK.search(label):
        return False
    return bool(_OPTIONAL.search(label)) or not _WITH_SOMEONE.search(label)


def _without_asides(sessions: list[_Candidate]) -> list[_Candidate]:
    """The sessions of a day without the asides that open it and the meals or breaks that close it ("Lunch
    with analysts" after the last interview: the interviews are over); never none of them."""
    while len(sessions) > 1 and _aside(_label_of(sessions[0])):
        sessions.pop(0)
    while len(sessions) > 1 and _closes_the_day(_label_of(sessions[-1])):
        sessions.pop()
    return sessions


def _closes_the_day(label: str) -> bool:
    """A meal, a break or a ride after the interviews; a wrap-up or debrief *with someone* ("Wrap-up with
    Prof. Redding") is one more conversation."""
    if not _MEAL_OR_BREAK.search(label):
        return False
    # "Garrett Pruitt - wrap up   EB 3321": a row of a schedule that names its host is with someone too.
    return not (
        re.search(r"\b(?:wrap[- ]up|debrief)\b", label, re.I)
        and (_WITH_SOMEONE.search(label) or _HOST_NAMED.search(label))
    )


_HOST_NAMED = re.compile(r"^\W*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z'-]+\s*[-–:,]")


def _label_of(c: _Candidate) -> str:
    text = c.line.text
    return text[: c.time.start] + " " + text[c.time.end :]


# "Tues. morning", "Dec. 4", "Dr. Lee": a full stop after an abbreviation does not end the sentence.
_ABBREVIATED = re.compile(
    r"(?:^|\W)(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|dr|mr|mrs|ms|"
    r"st|approx|no|vs|ca)$",
    re.IGNORECASE,
)


def _full_stop(text: str, at: int, backwards: bool = False) -> int:
    """The next (or, backwards, the last) ". " from `at` that ends a sentence, or -1."""
    i = text.rfind(". ", 0, at) if backwards else text.find(". ", at)
    while i >= 0 and _ABBREVIATED.search(text[max(0, i - 8) : i]):
        i = text.rfind(". ", 0, i) if backwards else text.find(". ", i + 2)
    return i


def _is_question(text: str, at: int) -> bool:
    """Whether the sentence holding position `at` asks ("Does Wed 3/4 at 11 work?", "¿Te late ...?")."""
    end = [i for i in (_full_stop(text, at), text.find("! ", at)) if i >= 0]
    stop = min(end) if end else len(text)
    question = text.find("?", at)
    return 0 <= question < stop or "¿" in text[max(0, at - 80) : at]


def _sentence_around(text: str, at: int) -> str:
    start = max(_full_stop(text, at, backwards=True), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    ends = [i for i in (_full_stop(text, at), text.find("! ", at), text.find("? ", at)) if i >= 0]
    end = min(ends) if ends else len(text)
    return text[start + 1 : end + 1]


def _shorten(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    """The date, or None when there is no such day or it falls outside the years read (core/bounds.py)."""
    if year is None:
        return None
    while month > 12:
        year, month = year + 1, month - 12
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if in_range(found) else None


def _distance(day: date | None, today: date) -> int:
    """Days from `today`, counting a date in the past as further away than one as far ahead."""
    if day is None:
        return 10**6
    delta = (day - today).days
    return delta if delta >= -1 else -delta * 2
