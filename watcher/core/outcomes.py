"""What became of an application: a rejection, an offer or an invitation to a next round.

Such news ends the wait that a check-in is for, whoever sends it: the recruiter, the hiring manager, or
the company's recruiting system writing on its behalf from its own domain ("Acme <no-reply@greenhouse.io>"),
in the interview's thread or in a new one. Reading the news is pure (`outcome_of`); which interview on
record it concerns is decided by `concerns`, from the thread or from the company it names.

A wrong outcome costs the user a check-in they would have sent, so the phrases are decisions, not moods:
"unfortunately" alone (a reschedule, a delay) is not a rejection, "we offer flexible hours" is not an offer.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Protocol

from ..model import Interview, Message, Person
from . import layout as layout_mod
from .company import company_key
from .literals import gated
from .mailboxes import FREE_MAIL, is_individual, is_relay, organisation

REJECTED, OFFER, NEXT_ROUND = "rejected", "offer", "next_round"
NEWS_CHARS = 3000  # a decision is stated near the top; reading a long newsletter further only costs time
# The expressions below are written in lower case and run on lower-cased text: an IGNORECASE search over the
# first 3,000 characters of every job mail costs twice as much (measured on bench/realmail's candidates).

_REJECTED = gated(
    r"\b(?:(?:decided|decision|chosen|opted|elected) (?:not to|to not) (?:move|moving|proceed|progress|advance|pursue|"
    r"continue|take)|"
    r"(?:(?:will|would|are|were|is) not|won't|wouldn't|aren't|isn't) (?:be )?(?:moving|move|proceeding|proceed|"
    r"progressing|progress|advancing|taking) (?:forward|further|ahead|(?:with )?your (?:application|candidacy))|"
    r"not (?:be )?(?:moving|move|proceed|proceeding) forward with your|"
    r"(?:decided|chosen|decision) to (?:move forward|proceed|go(?: ahead)?|continue) with (?:other|another|"
    r"a different|candidates?|someone|an?(?: \w+){0,2} (?:candidate|applicant)s? (?:who|whose|that|with))|"
    r"(?:decided|chosen|decision|opted) to (?:pursue|interview|consider) (?:other |another |different )?"
    r"(?:candidates?|applicants?|profiles?) (?:whose|who|that|with)|"
    r"(?:pursue|pursuing|move forward with|moving forward with|proceed with|proceeding with) (?:other|another) "
    r"(?:candidates?|applicants?)|"
    r"other candidates? (?:whose|who|that) (?:experience|background|skills|more closely|better)|"
    r"(?:position|role|job|vacancy|opening)\s+(?:has|have)\s+(?:now\s+)?been\s+(?:filled|closed)|"
    # "We regret to inform you that we need to reschedule" is no rejection.
    r"regret to (?:inform|let) you(?![^.!?]{0,80}\b(?:reschedul|postpon|move|cancel|push|delay|runs? late))|"
    r"(?:were|was|have|has) not (?:been )?(?:selected|successful|shortlisted)|"
    r"not been successful|unsuccessful on this occasion|"
    r"not (?:be )?(?:able|in a position) to offer you (?:the|this|a|an) (?:position|role|job|place|offer|"
    r"employment|opportunity)|"
    r"not (?:to )?(?:extend|make) (?:you )?an offer|"
    r"leider (?:müssen wir ihnen )?(?:mitteilen|absagen|nicht berücksichtigen|haben wir uns für)|"
    r"(?:haben uns|uns) für (?:eine[nr]? )?(?:andere[nr]?|einen anderen) (?:kandidat|bewerber)\w*|"
    r"nicht (?:weiter )?berücksichtigen|"
    r"(?:pas|ne pas) (?:été )?retenue?s?|ne pas donner suite|pas donner suite|"
    r"no (?:continuar|seguir adelante) con tu candidatura|no ha(?:s)? sido seleccionad[oa]|"
    r"ihnen (?:heute )?leider (?:mitteilen|absagen|eine absage)|(?:eine )?absage (?:erteilen|geben)|"
    r"(?:au|avons le|sommes au) regret de vous (?:informer|annoncer|faire part)|"
    r"pas (?:en mesure )?(?:de |d'y |d’y )?(?:donner|réserver) (?:une )?suite favorable|"
    r"ne (?:pouvons|pourrons) pas (?:y )?(?:donner|réserver) (?:une )?suite favorable|"
    r"lamentamos (?:comunicarte|comunicarle|informarte|informarle)|"
    r"(?:decidido|optado por) (?:continuar|seguir) con otr[oa]s? (?:candidat\w+|persona|perfil\w*))\b",
)
_OFFER = gated(
    # "offer you" is news only for a job: "pleased to offer you LinkedIn Premium" or "an interview" is not.
    r"\b(?:(?:pleased|happy|delighted|thrilled|excited|glad) to (?:formally )?(?:offer you "
    r"(?!(?:an? |the |another )?(?:interview|call|chat|meeting|slot|time|date|chance|opportunity to))"
    r"(?:the |a |an |this )?(?:[\w&'’,-]+ ){0,5}?(?:position|role|job|post|employment|contract|appointment as|"
    r"place (?:on|in) (?:the|our) team)\b|"
    r"extend (?:you )?"
    r"(?:an|the|a formal|a verbal) offer|make you an offer|share (?:an|your) offer)|"
    r"(?:extend|extending|make|making) (?:you )?(?:an|a formal|a verbal|a written) (?:job )?offer|"
    r"offer of employment|(?:a|your|the|attached) (?:formal |written )?offer letter|job offer (?:for|from|letter)|"
    r"(?:would like|want) to offer you (?:the|a) (?:position|role|job)|"
    r"freuen uns,? ihnen (?:ein(?:e)? )?(?:angebot|zusage|die stelle)|(?:arbeits)?vertragsangebot|"
    r"proposition d'embauche|offre d'emploi pour vous|(?:vous )?proposer le poste|"
    r"you(?:'ve)? got the job|the (?:job|position|role) is yours|"
    r"oferta (?:de empleo|formal|laboral) (?:para ti|para usted)?)",
)
_NEXT_ROUND = gated(
    r"\b(?:(?:move|moving|advance|advancing|progress|progressing|invite|inviting|bring|bringing) you (?:forward )?"
    r"(?:on |in |back )?(?:to|into|for) (?:the |a |an )?(?:next|second|third|final|last|onsite|on-site) "
    r"(?:round|stage|step|interview|phase)|"
    r"(?:bring|bringing|have|having) you (?:in|back) for (?:the |an |a )?(?:onsite|on-site|final round|panel)\b|"
    r"(?:next|second|third|final) (?:round|stage) (?:of )?interviews?|"
    r"(?:invite|inviting|invitation) (?:you )?(?:to|for) (?:an? |the )?(?:onsite|on-site|final|second|panel|campus) "
    r"(?:interview|round)|"
    r"(?:like|love|want|happy|pleased|excited) to (?:move|moving) (?:you |forward with you)|"
    r"(?:moving|move) (?:you )?forward (?:in|with) (?:the|our) (?:process|interview process)|"
    r"(?:moving|move|moved) forward to (?:the |a |an )?(?:next|second|third|final|virtual onsite|onsite|on-site|"
    r"panel|technical) ?(?:round|stage|interview|onsite)?|"
    r"(?:congratulations|congrats)[^.!\n]{0,40}\b(?:next|final|onsite|second) (?:round|stage|interview)|"
    # "You've moved on to the second round!", "schedule your final interview", "would like to meet you again"
    r"(?:moved|moving|made it)(?: on)? (?:to the next round|to the second round|to the third round|"
    r"to the final round|to the next stage|to the final stage)|"
    r"schedule your (?:final|second|next|onsite|on-site|panel) (?:interview|round)|"
    r"(?:meet|see|speak (?:to|with)|talk (?:to|with)) you again|"
    r"(?:next step is a take-home|next step is a case study|next step is an assessment|"
    r"next stage is a take-home|next stage is a case study|next stage is an assessment)|"
    r"nächste (?:runde|stufe)|zweite(?:n)? (?:runde|gespräch)|prochaine étape|deuxième entretien|"
    r"siguiente (?:fase|ronda|etapa))",
)


# The wording recruiting systems' own templates use (Odoo's "Applicant: Refuse", HR suites' stage mails), kept
# apart from the patterns above: their needles ("offer", "select", "advance") are in much ordinary mail, and a
# small expression is cheap to run where they are.
# How a tracker's status mail introduces the status: "Your new status is <B>", "current status changed to: ".
_NEW_STATUS = r"(?:new|current) status (?:is|has been changed to|changed to)\s*:?\s*(?:<b>\s*)?[\"'“]?"
_REJECTED_MORE = gated(
    r"\b(?:"
    # "our hiring team reviewed your application and did not select it for further consideration".
    r"(?:did|do|will|could) not (?:select|shortlist|choose) (?:it|you|your (?:application|resume|r[ée]sum[ée]|"
    r"profile|candidacy))|not (?:been )?selected for further consideration|"
    r"(?:won't|will not|cannot|can't|are not|aren't) (?:be )?offer(?:ing)? you (?:the|this|a|an) (?:position|role|"
    r"job|place|post)|"
    r"unable to (?:offer you|move forward|proceed|progress|advance) (?:the |this |a |an |with )?"
    r"(?:position|role|job|your|forward|further)|"
    r"(?:won't|will not|cannot|can't|not) be able to (?:move|proceed|progress|go) (?:forward|further|ahead)|"
    r"not going to (?:move|proceed|progress) (?:forward|further|ahead|with your)|"
    r"offer(?:ed)? (?:the|this) (?:position|role|job) to (?:another|a different|an internal|someone)|"
    r"(?:have|'ve|has) (?:now )?filled (?:the|this|that) (?:position|role|vacancy|opening)|"
    r"(?:go|going|gone) (?:in )?(?:a different|another) direction|"
    # "they have chosen another candidate for the Estimator role" (an agency relaying its client's decision).
    r"(?:chosen|selected|hired|(?:go|going|gone|went) with|decided on|appointed|recommended|offered the "
    r"(?:position|job|role|post) to) (?:another|a different|an(?:other)? internal) (?:candidate|applicant|person)|"
    # "We went with someone with more offset press experience."
    r"(?:went|gone|go|going|decided to go) (?:with someone else|with somebody else|with someone with more|"
    r"with someone who has more|with someone who had more)|"
    # "decided to move ahead with another applicant", "the role went to someone else"
    r"(?:move|moving|proceed|proceeding) (?:ahead )?with (?:another|a different|other) (?:candidate|applicant)s?|"
    r"(?:role|position|job) (?:went|has gone|was given|has been given|was offered) (?:to someone else|"
    r"to another candidate|to another applicant)|"
    r"(?:position|role|job|vacancy) is no longer (?:available|open)|keine zusage|"
    # An applicant tracker's status mail (OpenCATS: "Your new status is <B>Not in Consideration</B>.").
    + _NEW_STATUS
    + r"(?:not in consideration|"
    r"client declined|declined|rejected|not selected|unsuccessful|disqualified|"
    r"no longer (?:under|in) consideration))\b",
)
# An applicant tracker's status mail that names an offer ("Your new status is <B>Offered</B>.").
_OFFER_STATUS = gated(r"\b" + _NEW_STATUS + r"(?:offered|offer extended|offer made|offer sent)\b")
_NEXT_ROUND_MORE = gated(
    r"\b(?:"
    r"(?:advanced|progressed|advance|progress|been moved|been shortlisted) (?:forward )?(?:to|for) (?:the )?"
    r"(?:next|second|third|final|onsite|on-site) (?:round|stage|step|interview)|"
    # "pleased to invite you to our assessment centre, the final stage": a stage after the interview.
    r"(?:invite|inviting) you to (?:an? |the |our )?(?:assessment (?:centre|center|day)|superday|"
    r"(?:next|final|last) (?:stage|step|round))|"
    # "You have cleared the Hiring Manager Round", "successfully passed the technical interview".
    r"you(?:'ve|’ve| have)? (?:successfully )?(?:cleared|passed|completed) (?:the |your )?(?:[\w-]+ ){0,3}"
    r"(?:round|stage)s?\b|"
    # "Paul and I would like you to come back to meet our executive director", "invite you back for a second chat"
    r"(?:come back to meet|come back in to meet|coming back to meet|coming back in to meet|come back for a second|"
    r"come back for another|come back for a final|come back for the final|come back for a follow-up)|"
    r"(?:invite you back|have you back) (?:in |for |to meet)|"
    r"(?:your|the|a) (?:second|2nd|third|3rd|final) (?:interview|round) (?:is|will be)\b)",
)


def outcome_of(subject: str, text: str) -> str | None:
    """The news a message brings, from its subject and the writer's own words (quotes excluded):
    "rejected", "offer", "next_round" or None. A rejection wins over words that merely echo an offer
    ("we are not able to offer you the role")."""
    head = f"{subject}\n{text[:NEWS_CHARS]}".lower()
    if _REJECTED.search(head) or _REJECTED_MORE.search(head):
        return REJECTED
    if _OFFER.search(head) or _OFFER_STATUS.search(head):
        return OFFER
    if _NEXT_ROUND.search(head) or _NEXT_ROUND_MORE.search(head):
        return NEXT_ROUND
    return None


def message_outcome(message: Message, layout: layout_mod.Layout, user_addresses: frozenset[str]) -> str | None:
    """The news in a message someone else wrote (the user's own mail brings none)."""
    sender = message.sender
    if sender is None or sender.email in user_addresses:
        return None
    own = "\n".join(line.text for line in layout.lines if line.kind == layout_mod.OWN)
    return outcome_of(message.subject, own)


class Letter(Protocol):
    """What `concerns` reads of a message: a Message, or a skips.MailFact."""

    @property
    def sender(self) -> Person | None: ...
    @property
    def reply_to(self) -> tuple[Person, ...]: ...
    @property
    def subject(self) -> str: ...
    @property
    def date(self) -> datetime | None: ...
    @property
    def thread_ids(self) -> tuple[str, ...]: ...


def concerns(
    interview: Interview,
    message: Letter,
    me: frozenset[str] = frozenset(),
    *,
    text: str = "",
) -> bool:
    """Whether news in `message` is about `interview`: written after it began, and in its thread, or from
    the company's own domain (or with a Reply-To there), or from a relaying system (an ATS, a no-reply or
    shared mailbox anywhere) that names the company.

    `message` is a Message or anything with its sender, reply_to, subject, date and thread_ids
    (skips.MailFact)."""
    if message.date is None or message.date < interview.start or message.sender is None:
        return False
    thread = {interview.message_id, *interview.references} - {""}
    if thread & set(message.thread_ids):
        return True
    sender = message.sender
    if sender.email in me:
        return False
    domains = _company_domains(interview, me)
    if organisation(sender.domain) in domains:
        return True
    if any(organisation(p.domain) in domains for p in message.reply_to if p.email not in me):
        return True  # "Sara Lind <notifications@acme.odoo.com>", Reply-To "Acme <jobs@acme.com>"
    wanted = _names_of(interview.company or "", domains)
    if not wanted:
        return False
    if _names_any(company_key(sender.name), wanted):
        return True  # "Acme Careers <talent@acme-jobs.net>": the company's name on the sender
    if is_relay(sender.domain) or sender.domain in FREE_MAIL or not domains or not is_individual(sender):
        # A system or a personal address: only when it names the company (display name, subject or words).
        said = company_key(" ".join([*(p.name for p in message.reply_to), message.subject, text[:6000]]))
        return _names_any(said, wanted)
    return False


def _names_of(company: str, domains: set[str]) -> set[str]:
    """The forms a company goes by, folded: its name ("aurora health care"), the leading parts of two words
    or more that its own mail also uses ("aurora health"), and its domain's name ("sonnenkorn" for
    "Bäckerei Sonnenkorn" at sonnenkorn.de)."""
    key = company_key(company)
    words = key.split()
    forms = {" ".join(words[:n]) for n in range(2, len(words) + 1)} | ({key} if key else set())
    for domain in domains:
        label = domain.split(".")[0]
        if len(label) >= 5 and label.isalpha():
            forms.add(label)
        elif "-" in label and all(part.isalpha() for part in label.split("-")):
            forms.add(label.replace("-", " "))  # "nordvik-marine.com": "Nordvik Marine"
    return forms


def _names_any(said: str, forms: set[str]) -> bool:
    padded = f" {said} "
    return any(f" {form} " in padded for form in forms)


def concerned(
    interviews: Iterable[Interview], message: Letter, me: frozenset[str] = frozenset(), *, text: str = ""
) -> list[Interview]:
    """The interviews on record (not cancelled) that news in `message` ends the wait for."""
    return [i for i in interviews if not i.cancelled and not i.declined and concerns(i, message, me, text=text)]


def _company_domains(interview: Interview, me: frozenset[str]) -> set[str]:
    own = {organisation(address.rpartition("@")[2]) for address in me}
    people = [*interview.interviewers, *([interview.organizer] if interview.organizer else [])]
    domains = {
        organisation(p.domain)
        for p in people
        if p.domain and p.email not in me and not is_relay(p.domain) and p.domain not in FREE_MAIL
    }
    return domains - own


def describe(outcome: str, who: str, when: datetime | None, tz) -> str:
    """The words `followup list` shows for a check-in ended by news:
    "rejected: the company said no, from Acme via Greenhouse (Tue 9 Dec 10:04)"."""
    words = {REJECTED: "the company said no", OFFER: "an offer came", NEXT_ROUND: "invited to a next round"}
    at = ""
    if when is not None:
        local = when.astimezone(tz)
        at = f" ({local:%a} {local.day} {local:%b %H:%M})"
    return f"{outcome}: {words.get(outcome, outcome)}, from {who}{at}"
