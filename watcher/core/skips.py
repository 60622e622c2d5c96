"""Is a follow-up still needed? Decided from facts (messages the adapters found), when the draft comes due.

A wrong skip costs the user a follow-up they would have sent, while an unneeded draft costs one click
to delete; so every rule here asks for clear evidence before skipping.

- Thank-you: skipped when everyone the draft is addressed to already got a message from the user (found
  in the Sent folder) that reads like thanks (thank/thanks/appreciate, in a few languages) and was sent
  after the interview began. "Began", not "ended": interviews often end early, the end may only be the
  default length, and in a loop the first interviewer is often thanked before the last session ends.
- Check-in: skipped when someone from the company wrote after the interview ended with news, in the
  thread or directly to the user:
  * in the thread: the message names (In-Reply-To/References) the invitation, a message of its thread,
    a thank-you the user sent after the interview, or one of our drafts; anyone but the user counts
    (agency recruiters and scheduling tools write from other domains);
  * directly: from the company's own domain (that of the interview's people; never a scheduling tool,
    free mail, or the user's own employer's domain), personally to the user, and about the interview
    (from one of its people, or mentioning the interview, the application or the role); a shop's
    receipt from the same company does not count;
  * news in any thread: a rejection, an offer or a next round (core/outcomes.py) from the company's domain
    or from its recruiting system writing on its behalf (a relay or no-reply address that names the
    company in its display name, subject or words).
  Automatic mail never counts: auto-replies, calendar responses, mailing lists, the invitation itself or
  an update of it (a new invitation, to a next round, does count); only news from a recruiting system,
  automatic mail by nature (Auto-Submitted, List-Unsubscribe), still ends the wait. Neither does a mere
  acknowledgement: a short message with no decision words ("offer", "unfortunately", "next round",
  "schedule"...) that answers the user's own thank-you or arrives within two days of the interview
  ("Thanks Jordan, great meeting you too!").
- Declined and cancelled interviews get no drafts at all (the plan is dropped when that is read).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from email.parser import BytesHeaderParser
from email.policy import compat32

from ..errors import ParseError
from ..model import FollowUp, Interview, Person
from .language import join_names
from .mail import parse_message
from .mailboxes import organisation
from .outcomes import concerns, describe, outcome_of
from .people import FREE_MAIL, is_relay

ACKNOWLEDGEMENT_WINDOW = timedelta(hours=48)
SHORT_TEXT = 600  # characters of new text (quotes and signature removed) a mere acknowledgement stays under

_THANKS = re.compile(
    r"\b(?:thank|thanks|thx|appreciate[ds]?|grateful|danke|dankesch|vielen dank|merci|gracias|grazie|obrigad[oa]|"
    r"bedankt|dank je|dank u|tack|kiitos|tak for|dziękuj)",
    re.I,
)
_DECISION = re.compile(
    r"\b(?:offer|unfortunately|regret|decided|decision|not (?:be )?(?:moving|move|proceed)|mov(?:e|ing) forward|"
    r"proceed|other candidates?|another candidate|been filled|next round|second round|final round|next interview|"
    r"another interview|on-?site|schedule|availability|available|references?|background check|congratulations|"
    r"pleased to|not selected|will not be|won't be|leider|absage|angebot|zusage|nächste runde|entscheidung|"
    r"malheureusement|offre|décision|prochaine étape|lamentablemente|oferta|decisión)",
    re.I,
)
_ABOUT = re.compile(
    r"\b(?:interview|application|candidacy|position|role|opening|hiring|recruit|bewerbung|candidature)", re.I
)
_QUOTE_START = re.compile(
    r"^(?:On .{0,200}wrote:|-{2,}\s*Original Message\s*-{2,}|-----Ursprüngliche Nachricht-----|From: .+|Von: .+|"
    r"De : .+|Am .{0,200}schrieb .{0,200}:|Le .{0,200}a écrit\s*:|El .{0,200}escribió:|_{10,})\s*$",
    re.I | re.M,
)
_SIGNATURE = re.compile(r"^--\s*$", re.M)
_AUTO_SUBJECT = re.compile(
    r"^(?:automatic reply|auto(?:matische)?[- ]?(?:reply|antwort|response)|out of (?:the )?office|abwesenheit|"
    r"réponse automatique|respuesta automática|accepted|declined|tentative|tentatively accepted|"
    r"angenommen|abgelehnt|accepté|refusé)\b",
    re.I,
)


@dataclass(frozen=True)
class MailFact:
    """One message as a skip rule sees it. `text` is what the writer wrote: quotes and signature removed."""

    message_id: str
    sender: Person | None
    recipients: tuple[Person, ...]  # To and Cc
    date: datetime | None
    in_reply_to: str
    thread_ids: tuple[str, ...]
    subject: str
    text: str
    automatic: bool = False  # auto-reply, calendar response, mailing list or bulk mail
    direct: bool = False  # addressed (To, not only Cc or Bcc) to one of the user's addresses
    event_keys: tuple[str, ...] = ()  # interview keys of the calendar events it carries ("ical:UID")
    outcome: str | None = None  # news in the writer's own words: "rejected", "offer", "next_round"
    reply_to: tuple[Person, ...] = ()


@dataclass(frozen=True)
class Skip:
    """Why a follow-up is no longer needed: `reason` for `followup list`, `message_id` for the log."""

    reason: str
    message_id: str


def mail_fact(raw: bytes, timezone: tzinfo, me: frozenset[str] = frozenset()) -> MailFact:
    """Read the facts of a raw message; raises ParseError for one that cannot be read at all."""
    message = parse_message(raw, timezone)
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536], headersonly=True)
    auto = str(headers.get("Auto-Submitted", "no")).strip().lower()
    automatic = (
        (auto not in ("", "no"))
        or any(headers.get(h) for h in ("X-Autoreply", "X-Autorespond", "List-Id", "List-Unsubscribe"))
        or str(headers.get("Precedence", "")).strip().lower() in ("bulk", "junk", "list", "auto_reply")
        or any(event.method == "REPLY" for event in message.events)
        or bool(_AUTO_SUBJECT.match(_strip_reply_prefix(message.subject)))
    )
    text = new_text(message.text)
    mine = message.sender is not None and message.sender.email in me
    return MailFact(
        message_id=message.message_id,
        sender=message.sender,
        recipients=(*message.to, *message.cc),
        date=message.date,
        in_reply_to=message.in_reply_to,
        thread_ids=message.thread_ids,
        subject=message.subject,
        text=text,
        automatic=automatic,
        outcome=None if mine else outcome_of(message.subject, text),
        reply_to=message.reply_to,
        direct=any(p.email in me for p in message.to),
        event_keys=tuple(f"ical:{event.uid}" for event in message.events),
    )


def safe_facts(raws: Iterable[bytes], timezone: tzinfo, me: frozenset[str] = frozenset()) -> list[MailFact]:
    """Facts of every readable message; an unreadable one is left out (it cannot justify a skip)."""
    facts = []
    for raw in raws:
        try:
            facts.append(mail_fact(raw, timezone, me))
        except ParseError:
            continue
    return facts


def new_text(text: str) -> str:
    """What the writer added: the text before the quoted message, without "> " lines or the signature."""
    match = _QUOTE_START.search(text)
    if match:
        text = text[: match.start()]
    signature = _SIGNATURE.search(text)
    if signature:
        text = text[: signature.start()]
    lines = [line for line in text.splitlines() if not line.lstrip().startswith(">")]
    return "\n".join(lines).strip()


# ---------------------------------------------------------------- thank-you


def thank_you_skip(
    followup: FollowUp, interview: Interview, sent: Iterable[MailFact], now: datetime, timezone: tzinfo
) -> Skip | None:
    """Skip when every recipient was already thanked by the user after the interview began."""
    wanted = {p.email.lower() for p in followup.recipients}
    if not wanted:
        return None
    thanked: dict[str, MailFact] = {}
    for fact in _between(sent, interview.start, now):
        if not (_THANKS.search(fact.subject) or _THANKS.search(fact.text)):
            continue
        for person in fact.recipients:
            if person.email.lower() in wanted:
                thanked.setdefault(person.email.lower(), fact)
    if not wanted <= thanked.keys():
        return None
    first = min(thanked.values(), key=_dated)
    names = _names(list(followup.recipients))
    return Skip(f"you already thanked {names} (sent {_local(_dated(first), timezone)})", first.message_id)


# ---------------------------------------------------------------- check-in


def company_domains(interview: Interview, me: frozenset[str]) -> frozenset[str]:
    """The employer's own mail domains (organisational part), from the interview's people."""
    own = {organisation(address.rpartition("@")[2]) for address in me}
    people = [*interview.interviewers, *([interview.organizer] if interview.organizer else [])]
    domains = set()
    for person in people:
        domain = person.domain.lower()
        if not domain or person.email in me or is_relay(domain) or domain in FREE_MAIL:
            continue
        domains.add(organisation(domain))
    return frozenset(domains - own)


def thread_ids(interview: Interview, own_ids: Iterable[str] = ()) -> frozenset[str]:
    """Message-IDs whose replies belong to the interview's conversation."""
    ids = {interview.message_id, *interview.references, *own_ids}
    ids.discard("")
    return frozenset(ids)


def check_in_skip(
    interview: Interview,
    received: Iterable[MailFact],
    sent: Iterable[MailFact],
    me: frozenset[str],
    now: datetime,
    timezone: tzinfo,
    draft_ids: Iterable[str] = (),
) -> Skip | None:
    """Skip when the company wrote with news after the interview ended (see the module's rules)."""
    mine_after = [f for f in sent if f.date is not None and f.date >= interview.start and f.message_id]
    my_ids = {f.message_id for f in mine_after}
    thread = thread_ids(interview, [*my_ids, *draft_ids])
    domains = company_domains(interview, me)
    people = {p.email for p in (*interview.interviewers, *([interview.organizer] if interview.organizer else []))}
    for fact in _between(received, interview.end, now):
        if fact.date == interview.end or _is_the_invitation(fact, interview):
            continue
        sender = fact.sender
        if sender is None or sender.email in me:
            continue
        if fact.automatic:
            # A recruiting system's news is automatic mail by nature (Auto-Submitted, List-Unsubscribe): it
            # still ends the wait; an auto-reply or a calendar response never brings news.
            if fact.outcome and concerns(interview, fact, me, text=fact.text):
                return Skip(describe(fact.outcome, sender.name or sender.email, fact.date, timezone), fact.message_id)
            continue
        in_thread = any(ref in thread for ref in fact.thread_ids)
        direct = (
            organisation(sender.domain) in domains
            and fact.direct
            and (sender.email in people or _mentions_interview(fact, interview))
        )
        if not (in_thread or direct):
            if fact.outcome and concerns(interview, fact, me, text=fact.text):
                # News (a rejection, an offer, a next round) from the company's recruiting system, in a new thread.
                who = sender.name or sender.email
                return Skip(describe(fact.outcome, who, fact.date, timezone), fact.message_id)
            continue
        if _acknowledgement(fact, interview, my_ids):
            continue
        who = sender.name or sender.email
        news = f": {fact.outcome}" if fact.outcome else ""
        return Skip(f"{who} wrote after the interview ({_local(_dated(fact), timezone)}){news}", fact.message_id)
    return None


def _is_the_invitation(fact: MailFact, interview: Interview) -> bool:
    """The invitation itself, or a re-sent or updated copy of it, is not the company writing back."""
    return (bool(fact.message_id) and fact.message_id == interview.message_id) or interview.key in fact.event_keys


def _acknowledgement(fact: MailFact, interview: Interview, my_ids: set[str]) -> bool:
    if _DECISION.search(fact.subject) or _DECISION.search(fact.text) or len(fact.text) >= SHORT_TEXT:
        return False
    answers_me = fact.in_reply_to in my_ids or bool(fact.thread_ids and fact.thread_ids[-1] in my_ids)
    return answers_me or (fact.date is not None and fact.date <= interview.end + ACKNOWLEDGEMENT_WINDOW)


def _mentions_interview(fact: MailFact, interview: Interview) -> bool:
    text = f"{fact.subject}\n{fact.text}"
    if _ABOUT.search(text):
        return True
    return bool(interview.role and interview.role.casefold() in text.casefold())


# ---------------------------------------------------------------- helpers


def _between(facts: Iterable[MailFact], start: datetime, end: datetime) -> list[MailFact]:
    """Messages dated within [start, end], oldest first; an undated one proves nothing."""
    return sorted((f for f in facts if f.date is not None and start <= f.date <= end), key=_dated)


def _dated(fact: MailFact) -> datetime:
    """The date of a message already known to have one (the facts `_between` keeps)."""
    assert fact.date is not None
    return fact.date


def _local(moment: datetime, timezone: tzinfo) -> str:
    local = moment.astimezone(timezone)
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def _names(people: list[Person]) -> str:
    return join_names([p.name or p.email for p in people])


def _strip_reply_prefix(subject: str) -> str:
    return re.sub(r"^(?:\s*(?:re|aw|sv|fwd?|wg|tr)\s*:\s*)+", "", subject, flags=re.I).strip()
