"""The job title an invitation names ("Senior Data Engineer", "Analyste principale, Stratégie d'entreprise").

A draft that names the wrong role is worse than one that names none, so a title is only taken from a place
that introduces one ("Position:", "for the X role", "pour le poste de X", "für die Stelle als X", a subject
segment such as "Panel interview - Lead Data Engineer") and must contain a job-title word (Engineer,
Manager, Analyste, Ingenieur, Diseñadora...).
"""

from __future__ import annotations

import re
import unicodedata

_HEAD = re.compile(
    r"\b(?:engineer|manager|designer|analyst|scientist|developer|director|lead|head|consultant|associate|"
    r"architect|specialist|coordinator|researcher|pm|officer|administrator|assistant|intern|principal|vp|"
    r"president|recruiter|writer|editor|marketer|strategist|accountant|controller|counsel|attorney|nurse|"
    r"teacher|technician|representative|advisor|adviser|owner|executive|producer|artist|programmer|sre|devops|"
    r"tester|qa|partner|analyste|consultante?|conseill[eè]re?|chargée?|ingénieure?|développeu[rs]e?|"
    r"directeur|directrice|responsable|chef|ingenieur\w*|entwickler\w*|berater\w*|leiter\w*|referent\w*|"
    r"konstrukteur\w*|techniker\w*|mechatroniker\w*|mechaniker\w*|elektriker\w*|sachbearbeiter\w*|kauffrau|"
    r"kaufmann|assistenz|werkstudent\w*|praktikant\w*|"
    r"scientist|diseñador[a]?|desarrollador[a]?|ingenier[oa]|gerente|analista|jef[ea]|líder|lider|"
    r"coordinador[a]?|especialista|consultor[a]?|investigador[a]?|data scientist|product)\b",
    re.IGNORECASE,
)
_NOT_TITLE = re.compile(
    r"\b(?:interview\w*|entretien|entrevista|entrevue|gespräch|invitation|confirm\w*|scheduled|reminder|"
    r"schedule|agenda|update[ds]?|time|call|chat|screen|round|next step|re|fwd?|hi|hello|dear)\b|\d{1,2}[:/]\d",
    re.IGNORECASE,
)
_GENDER = r"\((?:m/w/d|w/m/d|m/f/d|f/m/d|d/f/m|m/w/x|w/m/x|h/f|f/h|f/m|m/f|all genders|gn)\)"
_STOP_WORDS = {
    "at",
    "with",
    "in",
    "for",
    "bei",
    "chez",
    "has",
    "is",
    "was",
    "will",
    "would",
    "role",
    "position",
    "opening",
    "job",
    "on",
    "team",
    "and",
    "to",
    "ha",
    "sera",
    "est",
    "a",
    "an",
    "the",
    "by",
    "von",
    "im",
    "am",
    "um",
    "le",
    "la",
    "el",
    "que",
    "qui",
    "which",
    "who",
    "here",
    "position,",
    "role,",
}
_CONNECTORS = {"of", "de", "des", "du", "d'", "y", "&", "and", "für", "und", "en", "del", "la"}

_INTRODUCED = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^\W*(?:position|role|job title|poste|puesto|cargo|vacante|stelle|position|rolle)\s*:\s*",
        r"\bfor the (?=(?:[\w'’/+#&.()-]+[\s,]+){0,8}?(?:role|position|opening)\b)",
        r"\b(?:the|our|a|an) (?=(?:[\w'’/+#&.()-]+[\s,]+){0,8}?(?:role|position|opening)\b)",
        r"\b(?:position|role) of\s+",
        r"\b(?:pour le|au|du) poste d[e'’]\s*",
        r"\bposte d[e'’]\s*",
        r"\b(?:para el|al|del) (?:puesto|cargo) de\s+|\b(?:para la|a la) vacante de\s+|\bposición de\s+",
        r"\b(?:für die|auf die) (?:stelle|position)(?: als)?\s+|\bstelle als\s+|\bals\s+(?=[A-Z][^\n]{2,60}\(m/w/d\))",
        r"\b(?:interview|onsite|screen|round|application|applying|applied|apply) (?:for|to) (?:the )?(?:position of )?",
        r"\b(?:congrats|congratulations) on (?:making it to|moving forward to) the [\w\s-]{0,30}? for\s+",
    )
)
_QUOTED = re.compile(
    r"\b(?:stelle|position|poste|puesto|role)\s+[\"„“«]\s?(?P<title>[^\"“”»\n]{3,80}?)\s?[\"“”»]", re.I
)


def role_from(subject: str, text: str, *, exclude: tuple[str, ...] = ()) -> str | None:
    """The job title named by the message, or None. `exclude`: names that are not titles (the user's)."""
    text = f"{text[:6000]}\n{subject}"
    for match in _QUOTED.finditer(text):
        title = _valid(match.group("title"), exclude)
        if title:
            return title
    for pattern in _INTRODUCED:
        for line in text.splitlines():
            for match in pattern.finditer(line):
                title = _valid(_title_at(line, match.end()), exclude)
                if title:
                    return title
    for segment in _subject_segments(subject):
        title = _valid(_title_at(segment, 0), exclude)
        if title:
            return title
    # A booking form's answer: "Which role are you applying for?" on one line, the title on the next.
    lines = [line.strip() for line in text.splitlines()]
    for i, line in enumerate(lines[:-1]):
        if line.endswith("?") and re.search(r"\b(?:role|position|job|poste|stelle|puesto)\b", line, re.I):
            answer = next((n for n in lines[i + 1 : i + 3] if n), "")
            title = _valid(_title_at(answer, 0), exclude)
            if title:
                return title
    return None


def is_title(text: str) -> bool:
    """Whether words read as (part of) a job title: "Lead Data", "Senior Engineer"."""
    return bool(_HEAD.search(text))


def _subject_segments(subject: str) -> list[str]:
    segments = []
    parts = []
    for line in subject.splitlines():
        line = re.sub(r"^\s*(?:(?:re|fwd?|fw|aw|wg|tr|rv)\s*:\s*)+", "", line, flags=re.I)
        parts += re.split(r"\s+[-–—|@]\s+|\s*\|\|\s*|:\s+|\s+/\s+|\s+x\s+", line)
    for part in parts:
        inner = re.findall(r"\(([^()]+)\)", part)
        segments.append(part.strip())
        segments += [i for i in inner if not re.search(r"\d", i)]
    return [s for s in segments if s]


def _title_at(text: str, start: int) -> str:
    """The capitalised words from `start`: one comma qualifier and a gender or plain bracket are kept."""
    rest = text[start:].strip()
    words = re.findall(r"\([^()]*\)|[^\s]+", rest)
    taken: list[str] = []
    commas = 0
    for word in words:
        bare = word.strip(",.;:!?\"'“”»")
        if word.startswith("("):
            if re.fullmatch(_GENDER, word, re.I) or not re.search(r"\d|[a-z]{2,}\s[a-z]{2,}\s", word):
                if re.search(r"\d", word) or re.search(r"^\((?:r|req|job|id|#)", word, re.I):
                    break
                taken.append(word.rstrip(",.;:"))
                if word.endswith((",", ".")):
                    break
                continue
            break
        if not bare or bare.lower() in _STOP_WORDS or word in ("-", "–", "—", "|", "x", "@"):
            if taken and word in ("-", "–") and re.search(_GENDER, " ".join(taken), re.I):
                continue  # "Machine Learning Engineer (m/w/d) - Perception"
            break
        if not (bare[:1].isupper() or bare.lower() in _CONNECTORS or bare[:2].lower() == "d'" or _lower_ok(bare)):
            break
        if re.search(r"\d", bare) and not re.fullmatch(r"(?:II|III|IV|\d)", bare):
            break
        taken.append(bare)
        if word.endswith(",") and commas == 0:
            commas += 1
            taken[-1] += ","
            continue
        if word.endswith((",", ".", ";", ":", "!", "?")) or word.endswith(("”", '"', "»")):
            break
    while taken and (taken[-1].rstrip(",").lower() in _CONNECTORS or taken[-1].endswith(",")):
        last = taken.pop().rstrip(",")
        if last.lower() not in _CONNECTORS and not taken:
            taken.append(last)
            break
        if last.lower() not in _CONNECTORS:
            taken.append(last)
            break
    return " ".join(taken).strip(" ,")


def _lower_ok(word: str) -> bool:
    """French and Spanish titles keep their adjectives in lower case ("Analyste principale", "Chargée de stratégie")."""
    return (
        bool(re.fullmatch(r"[a-zà-ÿ'’-]{3,}", word))
        and word.lower() not in _STOP_WORDS
        and bool(
            re.search(
                r"(?:ale|elle|ière|ier|ère|eur|euse|ique|ior|iora|ica|ico|ista|ente|ante|ado|ada|égie|ion|ie)$", word
            )
        )
    )


def _valid(title: str, exclude: tuple[str, ...]) -> str | None:
    title = re.sub(r"\s*\((?:[^()]*\d[^()]*)\)\s*$", "", title or "").strip(" ,.-–—")
    if not 3 <= len(title) <= 90 or len(title.split()) > 10:
        return None
    outside = re.sub(r"\([^()]*\)", " ", title)
    if not _HEAD.search(outside) or _NOT_TITLE.search(title):
        return None
    if any(name and re.search(rf"\(\s*{re.escape(name)}\s*\)", title, re.I) for name in exclude):
        title = re.sub(r"\s*\([^()]*\)\s*$", "", title)
    folded = _fold(title)
    if any(name and _fold(name) in folded for name in exclude):
        return None
    return title


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
