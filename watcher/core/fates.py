"""What became of a draft the service saved: sent, edited and still waiting, deleted unsent, or still as saved.

Pure: the mailbox adapter gathers what Sent and Drafts hold for the draft's recipients since it was saved
(read-only), and this decides. Mail clients do not agree on what sending or editing a draft does to its
Message-ID (some keep it, some write a new one), so a copy is recognised by its Message-ID, by replying in
the same thread, or by the same subject, always addressed to one of the draft's recipients.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .skips import MailFact

_PREFIX = re.compile(r"^(?:\s*(?:re|aw|sv|vs|antw|réf|rif|fwd?|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


class Fate(StrEnum):
    WAITING = "waiting"  # in Drafts as saved
    EDITED = "edited"  # in Drafts, changed by the user (saved again by their client)
    SENT = "sent"
    DELETED = "deleted"  # neither in Drafts nor in Sent: deleted unsent (or sent from elsewhere)


@dataclass(frozen=True)
class Draft:
    """A saved draft as the fate rule needs it."""

    message_id: str
    saved: datetime  # not before it was due; nothing the user did before then can be this draft
    recipients: frozenset[str]
    subject: str
    thread: frozenset[str]  # the Message-IDs the draft replies to


@dataclass(frozen=True)
class Found:
    fate: Fate
    when: datetime | None = None  # when it was sent


def fate_of(draft: Draft, in_drafts: bool, drafts: Iterable[MailFact], sent: Iterable[MailFact] | None) -> Found:
    """`in_drafts`: the draft's own Message-ID is still in Drafts. `sent` None: there is no Sent folder to
    look in, so a draft gone from Drafts cannot be told sent from deleted and is taken as still waiting."""
    copies = [fact for fact in sent or () if _copy_of(fact, draft)]
    if copies:
        first = min(copies, key=lambda fact: fact.date or draft.saved)
        return Found(Fate.SENT, first.date)
    if in_drafts:
        return Found(Fate.WAITING)
    if any(_copy_of(fact, draft) for fact in drafts):
        return Found(Fate.EDITED)
    return Found(Fate.WAITING) if sent is None else Found(Fate.DELETED)


def _copy_of(fact: MailFact, draft: Draft) -> bool:
    if fact.message_id and fact.message_id == draft.message_id:
        return True
    if fact.date is not None and fact.date < draft.saved:
        return False
    if not any(p.email.lower() in draft.recipients for p in fact.recipients):
        return False
    if draft.thread & {*fact.thread_ids, fact.in_reply_to}:
        return True
    return bool(_bare(fact.subject)) and _bare(fact.subject) == _bare(draft.subject)


def _bare(subject: str) -> str:
    return " ".join(_PREFIX.sub("", subject).split()).casefold()
