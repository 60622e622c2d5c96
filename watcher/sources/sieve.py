"""A fast, conservative pre-filter on raw message bytes: could this message matter to the detector?

A message can only be an interview (or change one) if its subject or text holds one of the detector's core
terms, or if it carries a calendar part (an update or cancellation of an interview on record needs no
interview word). Parsing every message to find out costs milliseconds each; this sieve answers in
microseconds with byte operations that run in C (`bytes.lower`, `in`, `binascii`), and it errs only one
way: a message it lets through may be nothing, a message it drops cannot be anything.

It looks at every way the words can be written in a message: plain 7/8-bit text, quoted-printable (soft
line breaks inside a word), base64 parts (also nested in forwarded messages), RFC 2047 encoded headers
and HTML (tags inside a word, character references). Non-ASCII terms are searched by their longest ASCII
stem ("gespräch" -> "gespr"), which matches in every ASCII-compatible charset and in HTML escapes alike;
a message in a charset where ASCII letters are not single bytes (UTF-16/32, EBCDIC) or a uuencoded one
is always let through.

Measured in `bench/`: a server-side SEARCH for the same terms costs Dovecot one pass over every message
per term (13 terms: ~30x a header FETCH), and servers whose SEARCH is word-based (Gmail, full-text
indexes) would miss stems such as "recruit" in "recruiter"; the sieve has neither problem.

The same searches run on the top of single text parts for the backfill (`text_view`, `TextView`), which
decides from the structure and first lines of each message instead of downloading it (backfill.py).

It reads what a person reads (issue 13): the subject, not the other header fields; in HTML no head, style,
script or markup; no link targets, addresses or file names; "screen" only as a hiring word. Built with the
detector's job terms (`Sieve`, as imap.py builds it) it is also the second stage before the parser: words of
every office ("position", "application", "hiring", "candidate") count only beside what makes them a job
conversation for the detector. Its own copies of a few of the detector's phrases (`_MEETING` for detect.py's
_MEET_INVITATION and _AGREED, `_WORD_RULES` for its "phone screen" patterns) must stay looser than those:
tests/adapters/test_sieve.py checks them on every corpus and on text drawn from each of the detector's phrases.
News about an application (core/outcomes.py) passes beside a job word, or alone from the hiring side (a
recruiter, a recruiting system, a job thread). The same tests check `_NEWS_HINTS` against outcomes.py's phrases.
Bulk mail (List-Id, List-Unsubscribe, Precedence: bulk or list) is read more strictly but never dropped for those
headers alone (recruiting systems send real invitations with List-Unsubscribe): see `_bulk` and `_decide`.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import chain

from ..core.mailboxes import FREE_MAIL, is_relay, organisation

# A calendar part, by type, by file name or by content.
CALENDAR_MARKERS: tuple[bytes, ...] = (
    b"text/calendar",
    b"application/ics",
    b"application/x-ics",
    b"text/x-vcalendar",
    b"application/ical",
    b".ics",
    b".vcs",
    b"begin:vcalendar",
    b"begin:vevent",
)
# Text the byte search cannot see through: let such messages through unread.
OPAQUE_MARKERS: tuple[bytes, ...] = (
    b"utf-16",
    b"utf16",
    b"utf-32",
    b"utf32",
    b"ucs-2",
    b"ucs2",
    b"ucs-4",
    b"ebcdic",
    b"cp037",
    b"cp500",
    b"cp1026",
    b"cp1140",
    b"uuencode",
    b"x-uue",
)
MIN_STEM = 4
MAX_DEPTH = 4  # base64 inside base64 (a forwarded message with an encoded part) this deep at most

_ENCODED_WORD = re.compile(rb"=\?[^?\s]+\?([bBqQ])\?([^?\s]*)\?=")
_PADDING = re.compile(rb"=+")
# What an HTML parser takes for markup: "<" then a letter, "/", "!" or "?" ("a < b" stays text).
_TAG = re.compile(rb"<[a-z/!?][^<>]*>")
# What a person does not read as words: link targets and addresses, file names ("screenshot.png"). Found by
# what anchors them ("://", "www.", "@", the extension) and cut out to the surrounding blanks: a pattern that
# starts with a run of word characters would be tried at every position of a 40 KB text.
_URL_ANCHOR = re.compile(rb"://|\bwww\.|@")
_FILE_ANCHOR = re.compile(
    rb"\.(?:png|jpe?g|gif|bmp|webp|heic|svg|tiff?|pdf|docx?|xlsx?|pptx?|odt|zip|gz|tgz|txt|csv|log|mov|mp4)\b"
)
_BLANKS = b" \t\r\n<>\"'()[]"
# Terms that are also everyday words of other things count only in the shapes that make them hiring words:
# "screen" in "phone screen", "screening call" (not a screenshot, a screen size or `@media only screen`),
# "role" and "talent" as words (not "role-based", "parole"), "candidate" not a release candidate, "poste"
# not "posted". The detector (core/detect.py) reads these words the same way where it scores them.
_WORD_RULES: dict[bytes, re.Pattern[bytes]] = {
    b"screen": re.compile(
        rb"\b(?:phone|telephone|technical|tech|recruiter|recruiting|initial|intro(?:ductory)?|hiring[ -]manager|hm|"
        rb"video|zoom|first|quick|short|brief|\d+[ -]?min(?:ute)?s?)[ -]+screen(?:ing|ed|s)?\b|"
        rb"\bscreen(?:ing)?[ -]+(?:call|interview|chat|round|stage|step|with (?:me|us|our|the|a|an|\w+ from))\b|"
        rb"(?:^|\n)[ \t]*screen(?:ing)?\s*[:\-]"
    ),
    b"role": re.compile(rb"(?<![\w-])roles?(?![\w-])"),
    b"talent": re.compile(rb"(?<![\w-])talent"),
    b"candida": re.compile(rb"(?<!release )(?<!release-)(?<![\w-])candida"),
    b"poste": re.compile(rb"(?<![\w-])postes?(?![\w-])"),
}
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_CHARREF = re.compile(rb"&#(x[0-9a-f]{1,6}|[0-9]{1,7});")
# A MIME part's Content-* header field (with its folded lines): read by the parser for structure, never as
# text, and "Content-Disposition" / "application/pdf" would otherwise hold the words "position", "application".
_MIME_FIELD = re.compile(rb"\ncontent-[a-z-]+:[^\n]*(?:\n[ \t][^\n]*)*")
_CONTENT_TYPE = re.compile(rb"content-type:\s*([a-z0-9._+-]+)/")
_BINARY_TYPES = (b"image", b"audio", b"video", b"application", b"font", b"model")


def stems(terms: Iterable[str]) -> tuple[bytes, ...]:
    """Byte needles for `terms`: lowercase, non-ASCII ones cut to their longest ASCII run, none contained
    in another (a message holding "vorstellungsgespr" holds "gespr")."""
    needles: set[bytes] = set()
    for term in terms:
        term = term.lower()
        if term.isascii():
            needles.add(term.encode())
            continue
        runs = [run for run in re.split(r"[^\x00-\x7f]+", term) if len(run) >= MIN_STEM]
        if not runs:
            raise ValueError(f"core term {term!r} has no ASCII stem of {MIN_STEM}+ letters; the sieve cannot see it")
        needles.add(max(runs, key=len).encode())
    return tuple(sorted(n for n in needles if not any(o != n and o in n for o in needles)))


@dataclass(frozen=True)
class Needles:
    """The detector's terms as byte needles: `core` always count, `in_thread` (core and thread terms) in a
    reply or a forward; `hex_led` are those quoted-printable decoding can hide (see make_sieve)."""

    core: tuple[bytes, ...]
    in_thread: tuple[bytes, ...]
    hex_led: tuple[bytes, ...]

    def wanted(self, in_thread: bool) -> tuple[bytes, ...]:
        return self.in_thread if in_thread else self.core


def needles_for(terms: Iterable[str], thread_terms: Iterable[str] = ()) -> Needles:
    terms, thread_terms = list(terms), list(thread_terms)
    core = stems(terms)
    in_thread = stems([*terms, *thread_terms]) if thread_terms else core
    # Decoding quoted-printable keeps every needle in place except one that starts with two hex digits
    # right after an "=" ("x=candidate" in a URL); only those need looking for in the undecoded text too.
    hex_led = tuple(n for n in in_thread if re.fullmatch(rb"[0-9a-f]{2}", n[:2]))
    return Needles(core, in_thread, hex_led)


# Interview terms that are also everyday words ("our team is hiring", "the candidate build", "recruit new
# heroes"): like job terms, they count beside an invitation to meet, a time or news (the sieve's own list).
EVERYDAY_TERMS: tuple[str, ...] = ("hiring", "recruit", "candida")


def make_sieve(terms: Iterable[str], thread_terms: Iterable[str] = (), job_terms: Iterable[str] = ()) -> Sieve:
    """A predicate on raw messages: "" only when it cannot matter to the detector, else the reason to parse it.

    `thread_terms` count too, but only in a reply or a forward (as the detector counts them). With `job_terms`
    (a part of `terms`: "position", "application", "role"...) it is the second stage (see Sieve)."""
    return Sieve(list(terms), list(thread_terms), list(job_terms))


class Sieve:
    """The sieve on whole raw messages; with `job_terms`, the second stage before the parser.

    Job terms ("position", "application", "role") and interview terms that are everyday words (EVERYDAY_TERMS)
    are words of every office: the detector takes them for a job conversation only beside an invitation to
    meet, an agreed time, a time at all or news about an application, and so does the sieve then. Thread
    terms ("role", "talent") count alone only in a reply or forward whose thread is already a job
    conversation: a message of it passed this sieve for other words, or the sender is a recruiter."""

    def __init__(self, terms: list[str], thread_terms: list[str], job_terms: list[str]):
        job = {t.lower() for t in job_terms}
        self._staged = bool(job)
        if self._staged:
            job |= {t for t in EVERYDAY_TERMS if t in {x.lower() for x in terms}}
        found = needles_for(terms, thread_terms)
        self._hex_led = found.hex_led
        self._with_thread_terms = found.in_thread is not found.core
        if not self._staged:
            self._plain = _Words(found.core, (), found.hex_led)
            self._threaded = _Words(found.in_thread, (), found.hex_led)
            return
        strong = stems([t for t in terms if t.lower() not in job])
        weak = stems([t for t in terms if t.lower() in job])
        threaded = stems([*(t for t in terms if t.lower() not in job), *thread_terms])
        everyday = stems([t for t in EVERYDAY_TERMS if t in job])
        thread_words = stems(thread_terms) if thread_terms else ()
        self._plain = _Words(strong, tuple(n for n in weak if n not in strong), found.hex_led, everyday)
        self._job_thread = _Words(threaded, tuple(n for n in weak if n not in threaded), found.hex_led, everyday)
        threaded_weak = tuple(sorted({*weak, *thread_words} - set(strong)))
        self._threaded = _Words(strong, threaded_weak, found.hex_led, (*everyday, *thread_words))
        self._job_ids: set[bytes] = set()
        self._job_orgs: set[str] = set()
        self._senders: dict[bytes, bool] = {}
        self._last_head: tuple[bytes, list[bytes], bool] = (b"", [], False)

    def __call__(self, raw: bytes) -> str:
        if not self._with_thread_terms:
            return _might_matter(raw, self._plain, 0)
        if not self._staged:
            return _might_matter(raw, self._threaded if _in_thread(raw) else self._plain, 0)
        head = _head(raw)
        bulk = _bulk(head)
        words, hiring = self._words(head, _in_thread(raw), bulk)
        return self._remember(raw, _might_matter(raw, words, 0, hiring, bulk))

    def judge_texts(
        self, texts: list[tuple[bytes, bytes | None]], in_thread: bool, header_lines: bytes, *, complete: bool
    ) -> str:
        """The same decision on what the backfill read of a message: `texts` are visible texts (the subject
        first; each with its text before quoted-printable decoding, or None), `header_lines` its Message-ID,
        In-Reply-To, References, From, List-Id, List-Unsubscribe and Precedence. With `complete` False only an
        interview word decides (more is to be read)."""
        head = _head(header_lines)
        bulk = self._staged and _bulk(head)
        if not self._staged:
            words, hiring = (self._threaded if in_thread else self._plain), False
        else:
            words, hiring = self._words(head, in_thread, bulk)
        if not complete:
            return "an interview word" if any(_found(text, words.strong) for text, _ in texts) else ""
        reason = _decide(texts, words, hiring, bulk)
        if reason and self._staged:
            self._remember_head(head, bulk)
        return reason

    def _words(self, head: bytes, in_thread: bool, bulk: bool = False) -> tuple[_Words, bool]:
        """The words that count in a message with this (lower-cased) header block, and whether it comes from the
        hiring side: its thread is a job conversation, or a recruiter or a recruiting system sent it. From there
        thread words count alone in a reply, and news about an application counts without a job word ("Has
        pasado a la siguiente fase"). In bulk mail (`_bulk`) thread words never count alone, only as in an
        ordinary thread: a list's "role" is a project's."""
        if self._last_head[0] != head:  # the backfill judges one message's headers two or more times in a row
            self._last_head = head, _thread_ids(head), self._hiring_sender(_field(head, b"from"))
        _, ids, hiring = self._last_head
        hiring = hiring or bool(self._job_ids.intersection(ids))
        # An organisation the user has a job conversation with brings news in a new thread; its other threads'
        # "role" and "talent" are still its office's words.
        news_side = hiring or _organisation(head) in self._job_orgs
        if not in_thread:
            return self._plain, news_side
        return (self._job_thread if hiring and not bulk else self._threaded), news_side

    def _hiring_sender(self, sender: bytes) -> bool:
        """A recruiter or a recruiting system, by the From field (kept: a mailbox's senders repeat)."""
        known = self._senders.get(sender)
        if known is None:
            if len(self._senders) >= 50_000:
                self._senders.clear()
            known = self._senders[sender] = bool(
                _RECRUITER.search(sender)
                or any(is_relay(domain.decode("ascii", "replace")) for domain in _DOMAIN.findall(sender))
            )
        return known

    def _remember(self, raw: bytes, reason: str) -> str:
        if reason and self._staged:
            head = _head(raw)
            self._remember_head(head, _bulk(head))
        return reason

    def remember_organisation(self, domain: str) -> None:
        """An organisation the user has an interview with (from the state kept across restarts): its news in a
        new thread passes as news from the hiring side."""
        domain = domain.lower().strip(".")
        if domain and domain not in FREE_MAIL and not is_relay(domain):
            self._job_orgs.add(organisation(domain))

    def _remember_head(self, head: bytes, bulk: bool) -> None:
        """A message that passes makes its thread a job conversation, and its sender's organisation the hiring
        side: the shop that invited the user writes "We went with someone with more press experience" in a new
        thread, with no job word (bounded: the newest are kept). Free mail and relays name no organisation."""
        if len(self._job_ids) > 100_000:
            self._job_ids.clear()
        self._job_ids.update(_thread_ids(head))
        org = _organisation(head)
        if org and not bulk:
            if len(self._job_orgs) > 10_000:
                self._job_orgs.clear()
            self._job_orgs.add(org)


_IDS = re.compile(rb"<([^<>\s]{1,250})>")
_BULK_PRECEDENCE = (b"bulk", b"list", b"junk")


def _bulk(head: bytes) -> bool:
    """Mail sent to many (a list, a newsletter, a job alert), by its (lower-cased) header block: List-Id,
    List-Unsubscribe, Precedence: bulk or list. It is read more strictly (see _decide), never dropped for these
    headers alone: recruiting systems (Greenhouse, Lever, Workable...) put List-Unsubscribe on real invitations."""
    if b"\nlist-unsubscribe:" in head or b"\nlist-id:" in head:
        return True
    return b"\nprecedence:" in head and _field(head, b"precedence").strip() in _BULK_PRECEDENCE


def _organisation(head: bytes) -> str:
    """The registrable domain of the From address ("" for free mail, a relay, or none)."""
    found = _DOMAIN.search(_field(head, b"from"))
    if found is None:
        return ""
    domain = found.group(1).decode("ascii", "replace").strip(".")
    if domain in FREE_MAIL or is_relay(domain):
        return ""
    return organisation(domain)


_RECRUITER = re.compile(rb"recruit|talent|career|hiring|staffing|\bjobs?\b|\bhr\b")
_DOMAIN = re.compile(rb"@([a-z0-9.-]+)")


def _head_end(raw: bytes) -> int:
    """Where the header block ends (the body starts after the blank line)."""
    end = raw.find(b"\r\n\r\n", 0, 65536)
    if end >= 0:
        return end
    end = raw.find(b"\n\n", 0, 65536)
    return end if end >= 0 else min(len(raw), 65536)


def _head(raw: bytes, lower: bool = True) -> bytes:
    """The message's header block (lower-cased), folded lines joined, each line after a newline."""
    head = b"\n" + raw[: _head_end(raw)]
    head = head.lower() if lower else head
    return head.replace(b"\r\n", b"\n").replace(b"\n ", b" ").replace(b"\n\t", b" ")


def _field(head: bytes, name: bytes, lower: bool = True) -> bytes:
    start = (head if lower else head.lower()).find(b"\n" + name + b":")
    if start < 0:
        return b""
    end = head.find(b"\n", start + 1)
    return head[start + len(name) + 2 : end if end > 0 else len(head)]


def _thread_ids(head: bytes) -> list[bytes]:
    """The Message-ID, In-Reply-To and References of a message: the ids that tie it to its thread."""
    return _IDS.findall(b" ".join(_field(head, name) for name in (b"message-id", b"in-reply-to", b"references")))


@dataclass(frozen=True)
class _Words:
    strong: tuple[bytes, ...]  # count alone
    weak: tuple[bytes, ...]  # count beside an invitation to meet, an agreed time or news (see Sieve)
    hex_led: tuple[bytes, ...]
    timed: tuple[bytes, ...] = ()  # of `weak`, those a stated time beside them is also enough for

    def hex_led_of(self, strong: bool) -> tuple[bytes, ...]:
        return tuple(n for n in self.hex_led if n in (self.strong if strong else self.weak))


# The sieve's side of the detector's _MEET_INVITATION and _AGREED (core/detect.py): every alternative of both,
# loosened (any form of a verb, no word lists after the verb, a curly apostrophe, line breaks and quote marks
# between words): a message whose only hiring words are job words ("the position", "your application") is a
# job conversation only beside one of these. tests/adapters/test_sieve.py draws text from each alternative of
# the detector's expressions and checks that this one matches it too.
_INVITE_PHRASES = (  # _MEET_INVITATION
    "come (?:in|by|over|to (?:the|our))", "stop (?:by|in)", "swing by", "drop by", "pop (?:in|by)", "sit down with",
    "you(?:'|\\xe2\\x80\\x99| a)?re (?:all )?(?:confirmed|booked|scheduled|set) (?:in )?(?:with|at)",
    "meet (?:with )?(?:you|me|us|the|our)", "visit", "kennen", "vorbei", "gespr", "rencontr", "connaissance",
    "(?:(?:un|notre|cet) |l')(?:\\xc3\\xa9|\\xe9|&eacute;|e)change", "conoc", "reuni", "charla", "platic",
    "pasar por", "venir a", "(?:have|bring|get) you (?:come )?(?:in|on-?site|onsite|over|to)",
    "invite you (?:to|for)", "inviter", "invitar", "einladen", "einzuladen",
    "(?:chat|call|conversation|talk|discussion|meeting) (?:about|regarding|on) (?:the|this|our|your)",
    "(?:talk|speak|chat) (?:to|with) you again", "conversar com", "bate-papo", "conhecer voc",
    "(?:about|regarding|to discuss|to talk about|to go over|re:?) (?:the|this|our|that|an?) (?:\\S+ ){0,4}"
    "(?:role|position|opening|vacancy|job)", "(?:call|chat|conversation|meeting|talk) with you",
    "(?:have|do) an? (?:first|quick|short|brief|intro|introductory|initial|informal) (?:chat|call|conversation|"
    "meeting|talk)", "get to know you",
    # detect.py's _AS_AN_APPLICANT: the user's own quoted words as an applicant's, under a reply with a time
    "considering me", "getting back to me", "(?:interested in|excited about|apply(?:ing)? for|applied for) the",
    "my (?:resume|cv|r\xc3\xa9sum\xc3\xa9) is attached",
    "(?:saw|seen|found|read) (?:your|the) (?:job )?(?:posting|post|ad|advert|listing|sign)",
)  # fmt: skip
_AGREE_PHRASES = (  # _AGREED
    "works", "(?:is|are) fine", "suits? (?:us|me)",
    "(?:[0-9]|[0-9][ap]m|[ap]m|(?:mon|tues|wednes|thurs|fri|satur|sun)day) it is",
    "see you (?:then|there|on|next|tomorrow|mon|tues|wed|thur|fri|satur|sun)",
    "sounds (?:good|great)", "confirmed", "perfect", "let(?:'|\\xe2\\x80\\x99)?s (?:plan on|do|go with|say|lock in)",
    "(?:talk|speak) (?:to you )?then", "booked", "all set", "you(?:'|\\xe2\\x80\\x99)?re set",
    "(?:put|pencil(?:led|ed)?) (?:you|us) (?:down|in)", "have you down", "locked in",
    "invite (?:is )?(?:on its way|to follow|sent|coming)", "sent (?:you )?(?:an? )?(?:calendar )?invite",
    "passt", "bis dann", "marche", "c'est not", "bient", "nos vemos", "me viene",
)  # fmt: skip


def _phrases(phrases: tuple[str, ...]) -> re.Pattern[bytes]:
    # Every phrase opens with a letter or a digit, so a match starts where a word starts: "(?=\w)" lets the search
    # pass the ends of words without trying each phrase there (a third less time on bench/realmail's mail).
    assert all(re.match(r"(?:\(\?:)*(?:\w|\[0-9\])", phrase) for phrase in phrases)
    return re.compile(rb"\b(?=\w)(?:" + "|".join(phrases).replace(" ", "[\\s>]+").encode() + rb")")


_MEETING = _phrases((*_INVITE_PHRASES, *_AGREE_PHRASES))
_INVITING = _phrases(_INVITE_PHRASES)  # in bulk mail an agreement is no job conversation (see _decide)
# A clock time: what an everyday interview word ("hiring", "candidate") or a thread word needs beside it to be
# an invitation in words ("Tuesday at 2:00 PM", "2-3pm PT", "14:00-15:30 CET"; core/when.py reads it: without a
# time and without a calendar, nothing is planned). Attribution and forwarded-header lines hold times too.
# The expressions of digits open with "\d" and look behind it for the start of the number: a search that opens
# with a literal class skips to the next digit in C, three times faster than one that opens with "\b".
_TIME = re.compile(rb"\d(?<!\w\d)(?:\d?(?::\d\d)?\s*[ap]\.?m\b|\d?[:h]\d\d\b)")
_TIME_WORDS = (b"noon", b"midi", b"mittag")
_WORD_TIME = re.compile(rb"\bnoon\b|\bmidi\b|\bmittag")
# Clocks core/when.py reads too, rarer and slower to look for, so looked for only where their words are: "at 14.30",
# "Monday 1430", "half two", "half past ten", "ten o'clock".
_DOTTED_TIME = re.compile(rb"\d(?<![\w.]\d)(?:\d?\.(?:00|15|30|45)|(?<=[01])\d[0-5]\d|(?<=2)[0-3][0-5]\d)\b")
_BEFORE_DOTTED_TIME = re.compile(rb"(?:\bat|@|\bum|day,?|/\d\d?)[ \t]+$")
_SPOKEN_TIME = re.compile(
    rb"\bhalf (?:past )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|"
    rb"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'?clock\b"
)
_NOT_THE_TIME = re.compile(
    rb".*(?:wrote|schrieb|a \xc3\xa9crit|escribi\xc3\xb3):[ \t]*\r?$|[> \t]*(?:date|sent|gesendet|envoy\S*):"
)


def _stated_time(text: bytes) -> bool:
    found: Iterator[re.Match[bytes]] = _TIME.finditer(text)
    if any(map(text.__contains__, _TIME_WORDS)):
        found = chain(found, _WORD_TIME.finditer(text))
    if b"half " in text or b"clock" in text:
        found = chain(found, _SPOKEN_TIME.finditer(text))
    dotted = (
        m for m in _DOTTED_TIME.finditer(text) if _BEFORE_DOTTED_TIME.search(text, max(0, m.start() - 8), m.start())
    )
    for match in chain(found, dotted):
        line_start = text.rfind(b"\n", 0, match.start()) + 1
        line_end = text.find(b"\n", match.end())
        if not _NOT_THE_TIME.match(text, line_start, line_end if line_end >= 0 else len(text)):
            return True
    return False


# Words one of which every phrase of news in core/outcomes.py holds (the sieve's copy, for a quick "no": those
# expressions are long alternations, and the words they share with job mail, "application", "candidate", would
# let them run on every message with a job word). " round" after a blank, as in every phrase that holds it:
# "around" is in every other message. tests/adapters/test_sieve.py draws text from each alternative of the
# outcome expressions and checks that it holds one of these.
_NEWS_WORDS = (
    "interview", " runde", " stufe", " ronda", " fase", " etapa", "gespr",
    "decided", "decision", "chosen", "opted", "elected", "regret", "unsuccessful", "leider", "absage", "kandidat",
    "bewerber", "cksichtig", "retenu", "lamentamos", "decidido", "optado", "candidatura", "seleccionad", "offer",
    "angebot", "zusage", "stelle", "embauche", "offre", "oferta", " round", " stage", " step", " phase", " process",
    "zweite", "prochaine", "deuxi", "siguiente",
    *(f"{no} {verb}" for no in ("not", "n't") for verb in ("be ", "mov", "proceed", "progress", "advanc", "taking")),
    "not been", "not selected", "not successful", "not shortlisted", "other candidate",
    "another candidate", "other applicant", "another applicant", "filled", "closed", "donner suite",
    "suite favorable", "move you", "moving you", "forward with you", "forward to", "bring you", "bringing you",
    "have you", "having you", "with someone else", "with somebody else", "with someone with", "with someone who",
    "with somebody who", "come back", "coming back", "you back in", "you back for", "you back to meet",
    "to someone else", "to another", "no longer available", "no longer open", "keine zusage", "proposer le poste",
    "got the job", "job is yours", "position is yours", "role is yours", "you again", "take-home", "case study",
    "assessment", "ahead with another", "ahead with a different", "ahead with other",
)  # fmt: skip
_NEWS_HINTS: tuple[bytes, ...] = tuple(word.encode() for word in _NEWS_WORDS)


def _news(view: bytes) -> bool:
    """News about an application (a rejection, an offer, a next round): it ends a pending check-in. The
    detector reads it in the subject and the first NEWS_CHARS characters of the writer's own words
    (core/outcomes.py); the sieve reads at least as much (a character is at most 4 bytes)."""
    from ..core.outcomes import NEWS_CHARS, outcome_of

    limit = NEWS_CHARS + max(view.find(b"\n", 0, 4096), 0) + 1  # the subject comes first, on its line
    head = view[:limit]
    if not head.isascii():
        head = view[: 4 * limit]
    if not any(map(head.__contains__, _NEWS_HINTS)):
        return False
    return bool(outcome_of("", _as_text(head)[:limit]))


def _as_text(data: bytes) -> str:
    """Text in UTF-8, else in the Windows Latin charset (a byte search cannot tell which one a part used)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # cut inside a character
            return data[: error.start].decode("utf-8", "replace")
        return data.decode("cp1252", "replace")


_STYLE_BLOCK = re.compile(rb"<(style|script|head)\b.*?(?:</\1\s*>|\Z)", re.DOTALL)


@dataclass(frozen=True)
class TextView:
    """One text part's body, or its beginning, as the parser would read it, lower-cased: what the backfill
    looks at instead of the whole message (see backfill.py)."""

    decoded: bytes  # transfer encoding undone
    stored: bytes  # as stored, for needles quoted-printable decoding can hide; b"" when not encoded
    html: bool

    def holds(self, wanted: tuple[bytes, ...], hex_led: tuple[bytes, ...] = ()) -> bool:
        """Could the parser find one of `wanted` in this text? In HTML only what a reader sees counts (the
        text without its markup, and link targets): `role="presentation"` holds no thread word."""
        if _found(self.readable, wanted):
            return True
        rest = tuple(n for n in hex_led if n in wanted) if self.stored else ()
        if not rest:
            return False
        return _found(visible(self.stored, self.html), rest)

    @cached_property
    def readable(self) -> bytes:
        """The text as a reader sees it (`visible`): no markup, head, styles, scripts, links or file names."""
        return visible(self.decoded, self.html)

    @cached_property
    def pair(self) -> tuple[bytes, bytes | None]:
        """(readable, the same before quoted-printable decoding when that can hide a needle, else None)."""
        hidden = self.stored and _HEX_LED.search(self.stored)
        return self.readable, visible(self.stored, self.html) if hidden else None

    @cached_property
    def marked(self) -> bool:
        """Shows the marks of quoted or forwarded text."""
        return thread_marked(self.readable)

    @cached_property
    def visible(self) -> int:
        """About how many characters a reader sees."""
        return len(self.readable.strip())


def text_view(data: bytes, encoding: str, html: bool) -> TextView | None:
    """`data` (a text part's body or its beginning) in its Content-Transfer-Encoding, decoded; None when it
    cannot be (not base64 after all: what the parser makes of it is unknown)."""
    encoding = encoding.lower()
    if encoding == "base64":
        compact = data.translate(None, b" \t\r\n")
        decoded = decode_base64(compact[: len(compact) - len(compact) % 4])
        return None if decoded is None else TextView(decoded.lower(), b"", html)
    low = data.lower()
    if encoding == "quoted-printable":
        return TextView(binascii.a2b_qp(low), low, html)
    return TextView(low, b"", html)


def thread_marked(low_text: bytes) -> bool:
    """Quoted or forwarded text in a (lower-cased) body: the marks `_in_thread` looks for."""
    return any(marker in low_text for marker in _THREAD_MARKERS) or low_text.startswith(b">")


_REPLY_SUBJECT = re.compile(rb"\nsubject:[ \t]*(?:re|fwd?|aw|wg|tr|rv|sv|vs|antw)[ \t]*:")
_THREAD_MARKERS = (b"forwarded message", b"original message", b"message/rfc822", b"wrote:", b"\n>")


def _in_thread(raw: bytes) -> bool:
    """A reply or a forward: threading headers, or the marks of quoted or forwarded text (kept loose: a
    false "yes" only costs a parse)."""
    head, _, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw[:65536] else raw.partition(b"\n\n")
    low_head = b"\n" + head.lower()
    if b"\nin-reply-to:" in low_head or b"\nreferences:" in low_head or _REPLY_SUBJECT.search(low_head):
        return True
    return thread_marked(body.lower())


def _found(data: bytes, needles: tuple[bytes, ...]) -> bool:
    """Does `data` (lower-cased text as a person reads it) hold one of `needles` as the word it is?"""
    split = _SPLIT.get(needles)
    if split is None:  # a few tuples, made once: the sieve's own and the backfill's
        split = _SPLIT[needles] = (
            tuple(n for n in needles if n not in _WORD_RULES),
            tuple(n for n in needles if n in _WORD_RULES),
        )
    plain, ruled = split
    if any(map(data.__contains__, plain)):  # in C: this runs for every text of a first start
        return True
    for needle in ruled:
        if needle in data:
            rule = _WORD_RULES[needle]
            # the rule around each occurrence (a rule tried over a whole 40 KB text costs more than all else)
            position = data.find(needle)
            while position >= 0:
                if rule.search(data[max(0, position - 48) : position + 64]):
                    return True
                position = data.find(needle, position + len(needle))
    return False


_SPLIT: dict[tuple[bytes, ...], tuple[tuple[bytes, ...], tuple[bytes, ...]]] = {}


def visible(low: bytes, html: bool) -> bytes:
    """What a person reads of a (lower-cased, decoded) text: in HTML no head, style or script and no markup
    (so no CSS, attributes or link targets), character references resolved; in any text no link targets,
    mail addresses or file names."""
    if html:
        if b"<style" in low or b"<head" in low or b"<script" in low:
            low = _STYLE_BLOCK.sub(b" ", low)
        low = html_text(low)
    if b"://" in low or b"www." in low or b"@" in low:
        low = _cut_tokens(low, _URL_ANCHOR)
    if b"." in low:
        low = _cut_tokens(low, _FILE_ANCHOR)
    return low


def _cut_tokens(text: bytes, anchor: re.Pattern[bytes]) -> bytes:
    """`text` without the blank-delimited tokens that hold a match of `anchor`."""
    pieces: list[bytes] = []
    done = 0
    for match in anchor.finditer(text):
        if match.start() < done:
            continue
        start = max(text.rfind(bytes([c]), done, match.start()) for c in _BLANKS) + 1
        start = max(start, done)
        end = min((i for c in _BLANKS if (i := text.find(bytes([c]), match.end())) >= 0), default=len(text))
        pieces.append(text[done:start])
        pieces.append(b" ")
        done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return b"".join(pieces)


def _might_matter(raw: bytes, words: _Words, depth: int, hiring: bool = False, bulk: bool = False) -> str:
    views: list[tuple[bytes, bytes | None]] = []
    reason = _views(raw, depth, views)
    return reason or _decide(views, words, hiring, bulk)


def _decide(views: list[tuple[bytes, bytes | None]], words: _Words, hiring: bool = False, bulk: bool = False) -> str:
    """Why the texts in `views` (visible text, and the same before quoted-printable decoding or None) might
    matter to the detector; "" when they cannot. `hiring`: the message comes from the hiring side (see
    Sieve._words), where news counts without a job word. `bulk`: mail sent to many (`_bulk`), where an
    agreement ("sounds good", "all set", "confirmed") beside a job word counts only with a stated time: a list's
    "the role of the scheduler ... sounds good" is a project's, while a recruiting system's "you're confirmed for
    Tuesday at 3" (sent with List-Unsubscribe) is an interview."""
    for view, before_qp in views:
        if _found(view, words.strong) or (before_qp and words.hex_led and _found(before_qp, words.hex_led_of(True))):
            return "an interview word"
    if not words.weak:
        return ""
    if not any(
        _found(view, words.weak) or (before_qp and words.hex_led and _found(before_qp, words.hex_led_of(False)))
        for view, before_qp in views
    ):
        return "news from the hiring side" if hiring and _news(b"\n".join(view for view, _ in views)) else ""
    every = b"\n".join(view for view, _ in views)
    if _INVITING.search(every) if bulk else _MEETING.search(every):
        return "a job word beside an invitation to meet"
    if bulk and _MEETING.search(every) and _stated_time(every):
        return "a job word beside an agreed time"
    if words.timed and _found(every, words.timed) and _stated_time(every):
        return "a hiring word beside a time"
    if _news(every):
        return "a job word beside news of an application"
    return ""


def _views(raw: bytes, depth: int, views: list[tuple[bytes, bytes | None]]) -> str:
    """Adds to `views` what a person reads of `raw` (its text, encoded header words, the text parts in
    base64, nested too), each with its text before quoted-printable decoding when that can hide a needle;
    returns a reason when the message must be parsed whatever its words."""
    if depth == 0:  # of the header block, only the subject is text (the rest: addresses, dates, relays)
        head = _head(raw, lower=False)
        kept = [line for line in head.split(b"\n") if line[:8].lower() == b"content-"]
        kept.insert(0, b"subject: " + _field(head, b"subject", lower=False))
        raw = b"\n".join(kept) + b"\n\n" + raw[_head_end(raw) :]
    low = raw.lower()
    spans = list(_base64_spans(low)) if b"base64" in low else []
    if spans:  # the text around base64 bodies (whose lowercased letters would give false alarms)
        cuts = [0, *(edge for _, start, end in spans for edge in (start, end)), len(raw)]
        text = b"".join(low[cuts[i] : cuts[i + 1]] for i in range(0, len(cuts), 2))
    else:
        text = low
    if any(m in text for m in CALENDAR_MARKERS):
        return "a calendar part"
    if any(m in text for m in OPAQUE_MARKERS):
        return "a text byte search cannot read"
    quoted_printable = b"quoted-printable" in text
    html = b"<" in text and (b"html" in text or b"<p" in text or b"<br" in text)
    if b"\ncontent-" in text:  # "Content-Disposition", "Content-Type: application/pdf" are no words of the mail
        text = _MIME_FIELD.sub(b"\n", text)
    if quoted_printable:
        views.append((visible(binascii.a2b_qp(text), html), visible(text, html) if _HEX_LED.search(text) else None))
    else:
        views.append((visible(text, html), None))
    if b"=?" in text:
        views.extend((_decode_word(kind, word), None) for kind, word in _ENCODED_WORD.findall(raw))
    for binary, start, end in spans:
        if binary:
            continue  # an image, a PDF, an archive: the parser reads no text from it
        block = decode_base64(raw[start:end])
        if block is None or depth >= MAX_DEPTH:
            return "a part byte search cannot decode"
        reason = _views(block, depth + 1, views)
        if reason:
            return reason
    return ""


# "=" and two hex digits before a letter: quoted-printable decoding may have hidden a needle behind them.
_HEX_LED = re.compile(rb"=[0-9a-f]{2}[a-z]")


def _decode_word(kind: bytes, text: bytes) -> bytes:
    if kind in b"bB":
        decoded = decode_base64(text)
        return decoded.lower() if decoded is not None else text.lower()
    return binascii.a2b_qp(text, header=True).lower()


def decode_base64(block: bytes) -> bytes | None:
    """Decoded base64, also when padding sits in the middle (pieces encoded separately); None if it is not."""
    compact = block.translate(None, b" \t\r\n")
    pieces = _PADDING.split(compact) if b"=" in compact.rstrip(b"=") else [compact.rstrip(b"=")]
    try:
        return b"".join(binascii.a2b_base64(p + b"=" * (-len(p) % 4)) for p in pieces if p)
    except (binascii.Error, ValueError):
        return None


def html_text(low: bytes) -> bytes:
    """Tags removed (a word may be split by one: "Inter<b>view</b>") and numeric character references
    resolved ("&#105;nterview"); named ones never spell an ASCII letter, and stems are ASCII."""
    stripped = _TAG.sub(b"", low)
    if b"&#" not in stripped:
        return stripped
    return _CHARREF.sub(_charref, stripped).lower()


def _charref(match: re.Match[bytes]) -> bytes:
    text = match.group(1)
    try:
        code = int(text[1:], 16) if text[:1] in b"xX" else int(text)
        return chr(code).encode("utf-8")
    except (ValueError, OverflowError):
        return match.group(0)


def _base64_spans(low: bytes) -> Iterator[tuple[bool, int, int]]:
    """(binary, start, end) of every body whose part header says `Content-Transfer-Encoding: base64`,
    found without parsing the MIME tree: from the blank line after that header to the next boundary line
    (or the end). `binary` when the part's type is one the parser reads no text from."""
    position = 0
    while (index := low.find(b"base64", position)) >= 0:
        position = index + 6
        header = low.rfind(b"content-transfer-encoding", max(0, index - 80), index)
        if header < 0 or low[header + 25 : index].strip(b" \t\r\n:\"'"):
            continue  # the word in a text, not a header: that text is searched as it is
        blank = _BLANK_LINE.search(low, index)
        if blank is None:
            return
        start = blank.end()
        end = low.find(b"\n--", start)
        end = len(low) if end < 0 else end
        part_start = max(low.rfind(b"\n--", 0, header), 0)
        kind = _CONTENT_TYPE.search(low, part_start, blank.start())
        yield bool(kind and kind.group(1) in _BINARY_TYPES), start, end
        position = max(position, end)
