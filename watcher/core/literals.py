"""Literal needles of a regular expression: strings one of which is in every text the expression matches.

Python's `re` tries a pattern that starts with `\\b(?:...)` or is case-insensitive at every position of the
text; most of the detector's and the time reader's expressions are like that, cost a pass of ~20-50 MB/s
each, and match almost nothing. `needles()` reads the pattern's own syntax tree and returns literal strings
such that a text holding none of them cannot match; `str.__contains__` rules those texts out at memory
speed, and `Gated` runs the expression only on the rest. The answer is the same either way (a needle found
proves nothing, it only lets the expression run), so a gate cannot change a result; and it is derived from
the pattern, so it cannot drift from it either.

A case-insensitive pattern gets lower-cased needles that are only used on ASCII text (Unicode case folding
is not a matter of `str.lower`: "ſ" matches "s"); on other text the expression simply runs. Anything the
walker does not understand gives None: no gate.
"""

from __future__ import annotations

import re
import string
from itertools import product

try:  # the parser behind re.compile (re._parser since 3.11); without it there are no gates, nothing else
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - an interpreter without it
    _sre = None

MAX_VARIANTS = 16  # "naturali[sz]ation" is two needles; a class of 20 letters is no needle at all
Needles = frozenset[str]


def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Strings one of which every match of `pattern` contains (lower-cased, and valid only for ASCII text,
    when the pattern ignores case), or None when that cannot be told."""
    if _sre is None or not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return None
    fold = bool(pattern.flags & re.IGNORECASE)
    try:
        found = _sequence(list(_sre.parse(pattern.pattern, pattern.flags)), fold)
    except Exception:  # an unknown node in a newer Python: no gate
        return None
    if not found or "" in found:
        return None
    if fold:
        if any(_folds_to_ascii(ch) for n in found for ch in n if not ch.isascii()):
            return None
        found = {n.lower() for n in found}
    # A needle containing another adds nothing: the shorter one is found wherever the longer one is.
    return frozenset(n for n in found if not any(o != n and o in n for o in found))


class Gated:
    """A compiled pattern whose search, match and finditer answer at once when no needle is in the text.

    Drop-in for the pattern where only those are used; anything else goes to the pattern itself."""

    __slots__ = ("_fold", "_needles", "compiled")

    def __init__(self, pattern: re.Pattern[str]):
        self.compiled = pattern
        self._needles: Needles | bool | None = False  # worked out on first use: start-up stays fast
        self._fold = bool(pattern.flags & re.IGNORECASE)

    @property
    def needles(self) -> Needles | None:
        if self._needles is False:
            self._needles = needles(self.compiled)
        return self._needles  # type: ignore[return-value]

    def may_match(self, text: str) -> bool:
        found = self.needles
        if found is None:
            return True
        if self._fold:
            if not text.isascii():
                return True
            text = text.lower()
        return any(map(text.__contains__, found))  # in C: no Python frame per needle

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.search(text, *span) if self.may_match(text) else None

    def match(self, text: str, *span: int) -> re.Match[str] | None:
        return self.compiled.match(text, *span) if self.may_match(text) else None

    def finditer(self, text: str, *span: int):
        return self.compiled.finditer(text, *span) if self.may_match(text) else iter(())

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)


def gated(pattern: str | re.Pattern[str], flags: int = 0) -> Gated:
    return Gated(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags))


def _sequence(items: list, fold: bool) -> set[str] | None:
    """Every match of the sequence contains a match of each item: the most selective item's needles."""
    options: list[set[str]] = []
    run: set[str] = {""}
    for op, av in items:
        letters = _letters(op, av)
        if letters is not None and len(run) * len(letters) <= MAX_VARIANTS:
            run = {prefix + letter for prefix, letter in product(run, letters)}
            continue
        if run != {""}:
            options.append(run)
        run = {""} if letters is None else set(letters)
        if letters is None:
            inner = _item(op, av, fold)
            if inner is not None:
                options.append(inner)
    if run != {""}:
        options.append(run)
    return max(options, key=_selectivity, default=None)


def _letters(op, av) -> list[str] | None:
    """The characters a one-character item can be: a literal, or a small class of literals."""
    if op is _c.LITERAL:
        return [chr(av)]
    if op is _c.IN and all(kind is _c.LITERAL for kind, _ in av) and len(av) <= MAX_VARIANTS:
        return [chr(code) for _, code in av]
    return None


def _item(op, av, fold: bool) -> set[str] | None:
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            found = _sequence(list(alternative), fold)
            if not found:
                return None  # an alternative without needles can match anything
            union |= found
        return union
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & re.IGNORECASE and not fold:
            return None  # a case-insensitive group in a case-sensitive pattern: its literals are no needles
        if del_flags & re.IGNORECASE:
            return None
        return _sequence(list(sub), fold)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(list(sub), fold) if low >= 1 else None
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av), fold)
    return None  # anchors, classes, lookarounds, back references: they promise no literal


def _selectivity(options: set[str]) -> tuple[int, int]:
    """Longer needles rule more texts out (blanks around a word do not count), and fewer are faster."""
    return min(len(n.strip()) for n in options), -len(options)


def _folds_to_ascii(char: str) -> bool:
    """Whether a case-insensitive `char` matches an ASCII letter (the Kelvin sign matches "k")."""
    compiled = re.compile(re.escape(char), re.IGNORECASE)
    return any(compiled.fullmatch(letter) for letter in string.ascii_letters)
