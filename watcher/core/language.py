"""Which language and register a company wrote in, and how a native speaker greets its people.

Pure: text in, small values out. The drafts answer in the language of the invitation (or of its thread),
in the register the company used: Sie / vous / usted unless the company wrote du / tu / tú.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import _STOPWORDS

# The languages the reader understands and the bundled templates are written in.
LANGUAGES = ("en", "de", "fr", "es")
NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}

# A few more of each language's commonest words than lexicon's detection set, so that a short note decides.
_WORDS = {
    "en": _STOPWORDS["en"] | {"i", "it", "on", "in", "look", "forward", "thank", "thanks", "would", "interview"},
    "de": _STOPWORDS["de"] | {"ich", "im", "am", "auf", "sich", "nicht", "wie", "freuen", "gespräch", "dich", "dir",
                              "du", "dein", "deine", "euch", "vielen", "dank", "grüße", "gern", "uhr", "termin"},
    "fr": _STOPWORDS["fr"] | {"je", "de", "un", "à", "ce", "qui", "dans", "pas", "tu", "te", "ton", "ta", "tes",
                              "entretien", "bonjour", "cordialement", "plaisir", "poste"},
    "es": _STOPWORDS["es"] | {"de", "en", "un", "le", "lo", "nos", "usted", "ustedes", "entrevista", "hola",
                              "saludo", "saludos", "puesto", "estimado", "estimada"},
}  # fmt: skip
_WORD = re.compile(r"[a-zäöüßàâçéèêëîïôûùüÿñáíóú]+")
_URL = re.compile(r"\S+://\S+|www\.\S+|\S+@\S+")
# Where a calendar description's company-written part ends and a video tool's boilerplate begins.
_BOILERPLATE = re.compile(
    r"^(?:[-_=~:─━]{8,}|-::~.*|join zoom meeting.*|microsoft teams.*|join with google meet.*|"
    r"invitation from google calendar.*|einladung von google kalender.*)$",
    re.IGNORECASE | re.MULTILINE,
)

# Informal address; "ihr" is left out in German (it is also "her"/"their"), the formal side counts capitals.
_INFORMAL = {
    "de": re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem)\b", re.I),
    "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b(?!')|\bt'(?=[aeiouhéèê])", re.I),
    "es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo|tienes|puedes|quieres|estás|eres|vienes)\b", re.I),
}
_FORMAL = {
    # Capitalised Sie/Ihnen/Ihr... not at the start of a sentence (there, "Sie" may be "she" or "they").
    "de": re.compile(r"(?<![.!?:\n]\s)(?<!^)\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b|\bsehr geehrte", re.M),
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.I),
    "es": re.compile(r"\b(?:usted|ustedes|estimad[oa]s?|le|les|su|sus)\b", re.I),
}
_FORMAL_WEIGHT = {"de": 1.0, "fr": 0.5, "es": 0.6}  # "vous" is also the plural; "le/su" also third person


@dataclass(frozen=True)
class Voice:
    """The language a text is written in ("" when no language is clear) and whether it says du/tu/tú."""

    language: str = ""
    informal: bool = False


def company_words(text: str) -> str:
    """The part of a text a person wrote: video-call boilerplate and addresses cut off."""
    match = _BOILERPLATE.search(text)
    if match:
        text = text[: match.start()]
    return _URL.sub(" ", text)


def detect_voice(text: str) -> Voice:
    """The language whose common words the text uses clearly most, and its register. Too few words, or two
    languages close together, give no language: better to ask the next source (or fall back) than guess."""
    text = company_words(text)[:6000]
    words = _WORD.findall(text.lower())
    counts = {lang: sum(1 for w in words if w in stop) for lang, stop in _WORDS.items()}
    ranked = sorted(counts, key=lambda lang: counts[lang], reverse=True)
    best, second = ranked[0], ranked[1]
    if counts[best] < 3 or counts[best] < 1.5 * counts[second]:
        return Voice()
    return Voice(best, _informal(best, text))


def _informal(language: str, text: str) -> bool:
    if language not in _INFORMAL:
        return False
    informal = len(_INFORMAL[language].findall(text))
    formal = len(_FORMAL[language].findall(text)) * _FORMAL_WEIGHT[language]
    return informal > 0 and informal > formal


# ---------------------------------------------------------------- how people are addressed

# "Frau Schäfer", "Herrn Dr. Wagner", "Madame Martin", "M. Durand", "Sra. García", "el señor López": what the
# text itself says of someone; first names are not guessed from.
_HONORIFIC = re.compile(
    r"\b(?P<title>Frau|Herrn?|Madame|Mme\.?|Monsieur|M\.|Mademoiselle|Mlle\.?|Sra\.|Srta\.|Sr\.|señora|señor|"
    r"Ms\.?|Mrs\.?|Mr\.?)\s+(?:(?:Dr|Prof)\.\s*)*(?P<name>[A-ZÄÖÜÀ-ÝÑ][\w'’-]+)",
)
_FEMALE = {"frau", "madame", "mme", "mme.", "mademoiselle", "mlle", "mlle.", "sra.", "srta.", "señora", "ms",
           "ms.", "mrs", "mrs."}  # fmt: skip
# A job title under a name in a signature ("Katrin Schäfer\nRecruiterin", "Chargée de recrutement", "Técnica de
# Selección"): German, French and Spanish titles say whether the person is a woman or a man.
_SIGNATURE_TITLE = re.compile(  # a lookahead, so that one signature line can be the name of the next match
    r"(?=^[ \t]*(?P<name>[A-ZÄÖÜÀ-ÝÑ][\w'’-]+(?:[ \t]+[\w'’-]+){1,3})[ \t]*[,|]?[ \t]*\n(?P<line>[^\n]{1,80}))",
    re.MULTILINE,
)
_FEMALE_TITLE = re.compile(
    r"(?:erin|entin|antin|istin|eurin|orin|eiterin|artnerin|beraterin)$|^(?:chargée|directrice|assistante|"
    r"consultante|recruteuse|coordinatrice|associée|ingénieure|conseillère|responsabl[ea]s? ?rh)$|^(?:técnica|"
    r"directora|coordinadora|reclutadora|asesora|consultora|jefa|ingeniera)$",
    re.IGNORECASE,
)
_MALE_TITLE = re.compile(
    r"^(?:personalreferent|referent|leiter|teamleiter|abteilungsleiter|direktor|assistent|berater|"
    r"chargé|directeur|assistant|consultant|recruteur|coordinateur|ingénieur|conseiller|"
    r"técnico|director|coordinador|reclutador|asesor|consultor|jefe|ingeniero)$",
    re.IGNORECASE,
)


def honorifics(text: str) -> tuple[tuple[str, str], ...]:
    """(surname, "f" or "m") for each person the text names with a title of address."""
    found: dict[str, str] = {}
    for match in _HONORIFIC.finditer(text):
        found.setdefault(match.group("name").casefold(), "f" if match.group("title").lower() in _FEMALE else "m")
    for match in _SIGNATURE_TITLE.finditer(text):
        words = re.findall(r"[^\W\d_]+", match.group("line"))[:4]
        gender = next(
            ("f" if _FEMALE_TITLE.search(w) else "m" for w in words if _FEMALE_TITLE.search(w) or _MALE_TITLE.match(w)),
            "",
        )
        if gender:
            found.setdefault(match.group("name").split()[-1].casefold(), gender)
    return tuple(sorted(found.items()))


_ACADEMIC = re.compile(r"^(?:(?:Dr|Prof)\.(?:\s*[a-z]+\.)*\s*)+")


@dataclass(frozen=True)
class Addressee:
    first_name: str
    surname: str
    full_name: str
    gender: str  # "f", "m" or "" (not said anywhere)
    academic: str = ""  # "Dr. ", kept in a German salutation


def addressee(name: str, known: dict[str, str]) -> Addressee:
    name = " ".join(name.split())
    academic = _ACADEMIC.match(name)
    title = academic.group(0).strip() + " " if academic else ""
    bare = name[academic.end() :] if academic else name
    parts = bare.split()
    surname = " ".join(parts[1:]) if len(parts) > 1 else ""
    gender = known.get(parts[-1].casefold(), "") if len(parts) > 1 else ""
    return Addressee(parts[0] if parts else "", surname, bare, gender, title)


def salutation(language: str, informal: bool, people: list[Addressee]) -> str:
    """The greeting line a native speaker writes, punctuation included ("Sehr geehrte Frau Schäfer,")."""
    named = [p for p in people if p.first_name]
    if language == "de":
        if informal:
            return f"Hallo {join_names([p.first_name for p in named], 'de')}," if named else "Hallo zusammen,"
        if not named:
            return "Sehr geehrte Damen und Herren,"
        if all(p.gender and p.surname for p in named):
            lines = [
                f"{'Sehr geehrte Frau' if p.gender == 'f' else 'Sehr geehrter Herr'} {p.academic}{p.surname},"
                for p in named
            ]
            return "\n".join([lines[0], *(line[0].lower() + line[1:] for line in lines[1:])])
        return f"Guten Tag {join_names([p.academic + p.full_name for p in named], 'de')},"
    if language == "fr":
        if informal:
            return f"Bonjour {join_names([p.first_name for p in named], 'fr')}," if named else "Bonjour à tous,"
        if len(named) == 1 and named[0].gender:
            return "Madame," if named[0].gender == "f" else "Monsieur,"
        if named and all(p.gender and p.surname for p in named):
            return ", ".join(f"{'Madame' if p.gender == 'f' else 'Monsieur'} {p.surname}" for p in named) + ","
        if len(named) == 1:
            return f"Bonjour {named[0].full_name},"
        return "Madame, Monsieur,"
    if language == "es":
        if informal:
            return f"Hola, {join_names([p.first_name for p in named], 'es')}:" if named else "Hola a todos:"
        if named and all(p.gender and p.surname for p in named):
            parts = [f"{'estimada Sra.' if p.gender == 'f' else 'estimado Sr.'} {p.surname}" for p in named]
            text = join_names(parts, "es")
            return text[0].upper() + text[1:] + ":"
        if named:
            return f"Buenos días, {join_names([p.full_name for p in named], 'es')}:"
        return "Buenos días:"
    return f"Hi {join_names([p.first_name for p in named], 'en') or 'there'},"


_AND = {"en": "and", "de": "und", "fr": "et", "es": "y"}


def join_names(names: list[str], language: str = "en") -> str:
    """ "Dana and Sam", "Dana, Sam and Riley"; "Ana e Inés" (Spanish "y" becomes "e" before an i-sound)."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    word = _AND.get(language, "and")
    if language == "es" and re.match(r"(?i)h?i(?!e)", names[-1]):
        word = "e"
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


# Gender suffixes of job titles in ads ("(m/w/d)", "(H/F)", "(m/f/x)"): not written in a letter.
_GENDER_SUFFIX = re.compile(r"\s*[(\[]\s*(?:[mwfdhxi]|div|all genders?)(?:\s*[/|,]\s*(?:[mwfdhxi]|div))+\s*[)\]]", re.I)


def plain_role(role: str) -> str:
    return _GENDER_SUFFIX.sub("", role).strip()
