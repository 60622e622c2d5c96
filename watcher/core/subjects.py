"""Whether an invitation's subject was written by a person (a thread worth answering with `Re:`) or by a
calendar or scheduling system ("Invitation: Interview @ Fri Dec 4, 2026 10:30am - 11:30am (GMT) (x@y)"),
which nobody answers as it is: a draft then gets a subject a person would write."""

from __future__ import annotations

import re

from ..model import Message
from .people import is_relay

# Calendar notifications (Google, Outlook, Apple, Calendly, ATS schedulers) in the four languages.
_GENERATED = re.compile(
    r"^\s*(?:"
    r"(?:updated |new )?invitation(?: with note)?\s*:|updated invitation|"
    r"(?:aktualisierte |neue )?einladung(?: mit notiz)?\s*:|aktualisierte einladung|"
    r"invitation(?: mise à jour)?(?: avec note)?\s*:|invitation mise à jour|"
    r"invitación(?: actualizada)?(?: con nota)?\s*:|invitación actualizada|"
    r"(?:accepted|declined|tentative|confirmed|canceled|cancelled|new event|updated event|event updated|"
    r"angenommen|abgelehnt|mit vorbehalt|abgesagt|accepté|refusé|annulé|aceptado|rechazado|cancelado)\s*:|"
    r"(?:your |an? )?interview (?:has been |is )?(?:scheduled|rescheduled|booked|confirmed)\b|"
    r"(?:ihr |das )?(?:vorstellungs)?gespräch (?:wurde )?(?:geplant|bestätigt)|"
    r"votre entretien (?:est |a été )?(?:planifié|programmé|confirmé)|"
    r"(?:su |tu )?entrevista (?:ha sido )?(?:programada|confirmada|agendada)"
    r")"
    # Google's date stamp: "@ Fri Dec 4, 2026 10:30am - 11:30am (GMT) (x@y)" (and translations of it).
    r"|\s@\s.{0,60}\b\d{4}\b.{0,60}\(.{1,60}\)\s*(?:\(\S+@\S+\))?\s*$",
    re.IGNORECASE,
)
_SYSTEM_SENDER = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|notifications?|calendar(?:-notification)?|scheduling|scheduler|"
    r"invitations?|interviews?|mailer(?:-daemon)?|automated|system|bounce)[\w.+-]*@",
    re.IGNORECASE,
)


def looks_generated(subject: str) -> bool:
    """A subject calendar and scheduling systems write (the person who wrote a thread never does)."""
    return bool(_GENERATED.search(subject))


def is_notification(message: Message) -> bool:
    """The message was written by a calendar or scheduling system, not by a person one answers in a thread:
    it carries a calendar invitation, comes from a scheduling or no-reply address, or its subject says so."""
    sender = message.sender
    if message.events or looks_generated(message.subject):
        return True
    return bool(sender and (is_relay(sender.domain) or _SYSTEM_SENDER.match(sender.email)))
