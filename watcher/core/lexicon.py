"""Words for dates, times and time zones in English, German, French and Spanish.

Only vocabulary lives here; when.py decides what the words mean in context.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo

# fmt: off
MONTHS: dict[str, int] = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2, "mars": 3, "avril": 4,
    "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "marzo": 3, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "dic": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "out": 10, "dezembro": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
}

# Full weekday names: safe on their own ("next Thursday", "el jueves").
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonnabend": 5,
    "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
    "sabado": 5, "domingo": 6,
    "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
    "sexta-feira": 4,
    "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2, "giovedì": 3,
    "giovedi": 3, "venerdì": 4, "venerdi": 4,
}
# Abbreviations: only trusted next to a date ("Wed 3/4", "jeu. 9 avr.", "Do., 12.03.").
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
    "lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6,
    "mié": 2, "mie": 2, "jue": 3, "vie": 4, "sáb": 5, "sab": 5, "dom": 6,
}

# Number words for lengths ("an hour", "eine Stunde", "une heure", "una hora", "half an hour").
NUMBER_WORDS: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "half a": 0.5, "half an": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2,
    "ein": 1, "eine": 1, "einer": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "halbe": 0.5, "eine halbe": 0.5,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "demi": 0.5, "une demi": 0.5,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "media": 0.5,
    # "forty-five minutes", "ninety minutes", "twenty minutes"
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fortyfive": 45, "sixty": 60,
    "ninety": 90,
}
# fmt: on

_US_EAST, _US_CENTRAL, _US_MOUNTAIN, _US_PACIFIC = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
)
_CE = "Europe/Berlin"

# Upper-case abbreviations, matched case-sensitively so French "et" is not Eastern Time. A standard-time
# abbreviation in summer ("PST" in July) is read as the region's local time, which is what people mean.
ZONE_ABBREVIATIONS: dict[str, str] = {
    "ET": _US_EAST,
    "EST": _US_EAST,
    "EDT": _US_EAST,
    "EST5EDT": _US_EAST,
    "CT": _US_CENTRAL,
    "CST": _US_CENTRAL,
    "CDT": _US_CENTRAL,
    "MT": _US_MOUNTAIN,
    "MST": _US_MOUNTAIN,
    "MDT": _US_MOUNTAIN,
    "PT": _US_PACIFIC,
    "PST": _US_PACIFIC,
    "PDT": _US_PACIFIC,
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "HST": "Pacific/Honolulu",
    "AST": "America/Halifax",
    "ADT": "America/Halifax",
    "NST": "America/St_Johns",
    "NDT": "America/St_Johns",
    "HAE": _US_EAST,
    "HNE": _US_EAST,
    "HAC": _US_CENTRAL,
    "HNC": _US_CENTRAL,
    "HAP": _US_PACIFIC,
    "HNP": _US_PACIFIC,
    "HAR": _US_MOUNTAIN,
    "HNR": _US_MOUNTAIN,
    "HAA": "America/Halifax",
    "GMT": "UTC",
    "UTC": "UTC",
    "Z": "UTC",
    "BST": "Europe/London",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "IST": "Asia/Kolkata",
    "CET": _CE,
    "CEST": _CE,
    "MEZ": _CE,
    "MESZ": _CE,
    "EET": "Europe/Helsinki",
    "EEST": "Europe/Helsinki",
    "OEZ": "Europe/Helsinki",
    "OESZ": "Europe/Helsinki",
    "MSK": "Europe/Moscow",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "AET": "Australia/Sydney",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "SAST": "Africa/Johannesburg",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "COT": "America/Bogota",
    "CLT": "America/Santiago",
    "PET": "America/Lima",
    "GST": "Asia/Dubai",
    "PKT": "Asia/Karachi",
    "ICT": "Asia/Bangkok",
    "WIB": "Asia/Jakarta",
    "PHT": "Asia/Manila",
}

# Regions and places as people name them next to a time ("Eastern Time", "heure de Paris", "hora del Este",
# "deutscher Zeit", "New York time"). Keys are lower-case regular expressions.
ZONE_NAMES: tuple[tuple[str, str], ...] = (
    (r"central europe(?:an)?(?: summer| standard)? time", _CE),
    (r"(?:us[ /-]?)?eastern(?: standard| daylight)?(?: time)?(?: \(?us (?:&|and) canada\)?)?", _US_EAST),
    (r"(?:us[ /-]?)?central(?: standard| daylight)? time(?: \(?us (?:&|and) canada\)?)?", _US_CENTRAL),
    (r"(?:us[ /-]?)?mountain(?: standard| daylight)?(?: time)?(?: \(?us (?:&|and) canada\)?)?", _US_MOUNTAIN),
    (r"(?:us[ /-]?)?pacific(?: standard| daylight)?(?: time)?(?: \(?us (?:&|and) canada\)?)?", _US_PACIFIC),
    (r"(?:all times|times are|times in|times shown in)\s+(?:are\s+|in\s+)?central", _US_CENTRAL),
    # "1:00 PM Central": right after a clock time the word is the zone (not "Central Park", "Central European")
    (r"(?<=[ap]m )central\b(?! (?:park|station|square|library|office|europe\w*|america|asia|africa))", _US_CENTRAL),
    (r"india(?:n)?(?: standard)? time", "Asia/Kolkata"),
    (r"(?:uk|british|london)(?: summer)? time", "Europe/London"),
    (r"heure (?:avancée |normale )?de l'est", _US_EAST),
    (r"heure (?:avancée |normale )?du pacifique", _US_PACIFIC),
    (r"heure (?:avancée |normale )?du centre", _US_CENTRAL),
    (r"heure (?:de |d')?(?:paris|france|française)", "Europe/Paris"),
    (r"heure (?:de |d')?(?:montréal|montreal|québec|quebec|toronto|ottawa)", "America/Toronto"),
    (r"heure (?:de |d')?(?:bruxelles|belgique)", "Europe/Brussels"),
    (r"heure (?:de |d')?(?:genève|geneve|suisse)", "Europe/Zurich"),
    (r"heure (?:de |d')?(?:londres)", "Europe/London"),
    (r"heure (?:d'europe centrale|d'été d'europe centrale)", _CE),
    (r"(?:deutscher|deutsche|berliner|münchner|hamburger|frankfurter|mitteleuropäischer) zeit", _CE),
    (r"(?:wiener|österreichischer|österreichische) zeit", "Europe/Vienna"),
    (r"(?:schweizer|zürcher) zeit", "Europe/Zurich"),
    (r"hora (?:peninsular|de españa|española|de madrid|de barcelona)(?: española)?", "Europe/Madrid"),
    (r"hora (?:canaria|de canarias)", "Atlantic/Canary"),
    (r"hora del este(?: de (?:ee\.? ?uu\.?|estados unidos))?", _US_EAST),
    (r"hora del pacífico|hora del pacifico", _US_PACIFIC),
    (
        r"hora (?:del centro de méxico|del centro de mexico|de (?:la )?ciudad de méxico|de méxico|de mexico|"
        r"de cdmx|cdmx|del centro)",
        "America/Mexico_City",
    ),
    (r"hora (?:de |del )?(?:colombia|bogotá|bogota)", "America/Bogota"),
    (r"hora (?:de |del )?(?:argentina|buenos aires)|hora argentina", "America/Argentina/Buenos_Aires"),
    (r"hora (?:de |del )?(?:chile|santiago)", "America/Santiago"),
    (r"hora (?:de |del )?(?:perú|peru|lima)", "America/Lima"),
    (r"hora (?:de |del )?(?:uruguay|montevideo)", "America/Montevideo"),
    (
        r"(?:hora|horário|horario) (?:de |del |do |da )?(?:brasil|brasília|brasilia|são paulo|sao paulo)|"
        r"horário (?:oficial )?brasileiro|hora oficial de brasília",
        "America/Sao_Paulo",
    ),
    (r"(?:hora|horário|horario) (?:de |do )?(?:lisboa|portugal)", "Europe/Lisbon"),
    (r"(?:new york|nyc|ny|boston|toronto|montreal|miami|atlanta)(?: city)? time", _US_EAST),
    (r"(?:chicago|dallas|houston|austin) time", _US_CENTRAL),
    (r"(?:denver|salt lake city|boulder) time", _US_MOUNTAIN),
    (r"(?:seattle|san francisco|sf|los angeles|la|bay area|vancouver|portland) time", _US_PACIFIC),
    (r"(?:london|dublin|lisbon) time", "Europe/London"),
    (
        r"(?:berlin|munich|hamburg|frankfurt|vienna|zurich|paris|amsterdam|madrid|barcelona|brussels|rome|milan|"
        r"stockholm|copenhagen|oslo|warsaw|prague) time",
        _CE,
    ),
    (r"(?:bangalore|bengaluru|mumbai|delhi|hyderabad|pune|chennai) time", "Asia/Kolkata"),
    (r"(?:singapore) time", "Asia/Singapore"),
    (r"(?:tokyo) time", "Asia/Tokyo"),
    (r"(?:sydney|melbourne) time", "Australia/Sydney"),
    (r"(?:in|à|en) new york|new york", _US_EAST),
)

# "(America/Chicago)", "Europe/Berlin": IANA names written out by scheduling tools.
IANA_NAME = re.compile(
    r"\b((?:America|Europe|Asia|Africa|Australia|Pacific|Atlantic)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)"
)
# "UTC+2", "GMT-05:00", "UTC +05:30", "GMT−3"
FIXED_OFFSET = re.compile(r"\b(?:UTC|GMT)\s?([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?\b")


@cache
def zone(name: str) -> tzinfo:
    if name == "UTC":
        return timezone.utc  # noqa: UP017 - the same object everywhere
    return ZoneInfo(name)


def fixed_offset(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    value = int(hours) * 60 + int(minutes or 0)
    if value > 14 * 60:
        return None
    return timezone(timedelta(minutes=-value if sign in "-−–" else value))


_STOPWORDS = {
    "en": frozenset(
        [
            "the",
            "and",
            "you",
            "your",
            "with",
            "for",
            "our",
            "this",
            "that",
            "will",
            "are",
            "have",
            "please",
            "we",
            "to",
            "of",
            "is",
            "be",
            "at",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "sie",
            "ihnen",
            "ihr",
            "mit",
            "für",
            "wir",
            "uns",
            "ist",
            "ein",
            "eine",
            "den",
            "dem",
            "zu",
            "bei",
            "bitte",
            "gerne",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "et",
            "vous",
            "votre",
            "vos",
            "pour",
            "avec",
            "nous",
            "est",
            "une",
            "des",
            "du",
            "au",
            "aux",
            "sur",
            "merci",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "y",
            "tu",
            "te",
            "con",
            "para",
            "nosotros",
            "es",
            "una",
            "del",
            "al",
            "por",
            "gracias",
            "tus",
            "su",
            "que",
        ]
    ),
}


def guess_language(text: str) -> str:
    """ "en", "de", "fr" or "es": the language whose common words the text uses most."""
    words = re.findall(r"[a-zäöüßàâçéèêëîïôûùüÿñáíóú]+", text[:4000].lower())
    if not words:
        return "en"
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > 0 else "en"
