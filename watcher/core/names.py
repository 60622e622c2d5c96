"""People's names as mail writes them: folded for comparison, cleaned of titles and "Last, First" order."""

from __future__ import annotations

import re
import unicodedata

TITLES = re.compile(
    r"^(?:(?:dr|mag|di|dipl|ing|prof|mr|mrs|ms|miss|herr|frau|mme|mlle|m|sr|sra|srta|don|doña)\.?\s+)+", re.I
)


def clean_name(name: str) -> str:
    """ "Weigl, Markus Dr." -> "Markus Weigl"; "Sarah König (Helix Mobility)" -> "Sarah König"."""
    name = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name or "").strip(" '\"")
    name = re.sub(r"\s+via\s+.*$", "", name, flags=re.I)
    if "," in name:
        last, _, first = name.partition(",")
        if first.strip() and len(last.split()) <= 2 and not re.search(r"\b(?:inc|llc|ltd|gmbh)\b", first, re.I):
            first = re.sub(r"\s+(?:dr|prof|mag|di)\.?$", "", first.strip(), flags=re.I)
            name = f"{first} {last.strip()}"
    name = TITLES.sub("", name.strip())
    return " ".join(name.split())


_FOLD_FIRST = str.maketrans({"ß": "ss", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE"})


def fold(text: str) -> str:
    """Lower-case ASCII: "Bérénice" -> "berenice", "König" -> "konig", "Ayşe Yılmaz" -> "ayse yilmaz"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_FIRST))
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def fold_german(text: str) -> str:
    """ "Köln" -> "koeln", "Müller" -> "mueller": how German names are spelled in domains."""
    return fold(text.translate(_GERMAN))


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def name_key(name: str) -> str:
    """A name folded for comparison: "Sofía  Castellanos" -> "sofia castellanos"."""
    return " ".join(fold(name).replace(".", " ").replace("-", " ").split())


NOT_A_NAME = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Zoom|Google|Teams|Microsoft|Meet|Webex|Please|Thanks|Thank|"
    r"The|Our|Your|We|You|I|He|She|They|Hiring|Engineering|Product|Design|Data|Sales|Marketing|Team|Manager|"
    r"Senior|Staff|Lead|Principal|Head|Director|Recruiter|Recruiting|Talent|People|HR|Interview|Panel|"
    r"Technical|Onsite|Final|Round|Room|Office|Floor|Building|Lobby|Reception|Mr|Ms|Mrs|Dr|"
    r"Today|Tomorrow|Tonight|Great|Perfect|Okay|Ok|So|Then|Also|Yes|Hi|Hello|Dear|Next|This|Both)$"
)
