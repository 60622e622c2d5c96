"""What a newly read invitation, update or cancellation does to the interview already on record."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from ..model import Interview, Understanding


class Action(StrEnum):
    NEW = "new"  # first time we hear of this interview: plan it
    UPDATE = "update"  # a newer revision (moved, people changed, or only re-sent): re-plan
    CANCEL = "cancel"  # cancelled or declined: drop what is still planned
    IGNORE = "ignore"  # nothing to do (older revision, not an interview, unknown cancellation)
    UNCHANGED = "unchanged"  # what is on record already says this: nothing to do and nothing to say


@dataclass(frozen=True)
class Change:
    action: Action
    interview: Interview | None
    reason: str


def reconcile(understanding: Understanding, existing: Interview | None) -> Change:
    """Decide, without acting, how `understanding` changes the record. iTIP order: SEQUENCE, then DTSTAMP."""
    incoming = understanding.interview
    if understanding.cancels:
        event = understanding.event
        if existing is None:
            return Change(Action.IGNORE, None, "cancels an interview not on record")
        version = event.version if event else existing.version
        if version < existing.version:
            return Change(Action.IGNORE, existing, "an older cancellation")
        if existing.cancelled and version == existing.version:
            return Change(Action.UNCHANGED, existing, "already cancelled")
        return Change(Action.CANCEL, replace(existing, cancelled=True, version=version), "cancelled")
    if incoming is None:
        return Change(Action.IGNORE, existing, "not an interview")
    if existing is None:
        if incoming.declined:
            return Change(Action.IGNORE, None, "declined by the user")
        return Change(Action.NEW, incoming, "new interview")
    if incoming == existing:
        return Change(Action.UNCHANGED, existing, "unchanged")
    if _later_round(incoming, existing):
        # Text interviews are known by their thread; one written after the thread's interview was over is the
        # next round, not a move of the last one (whose thank-you may be drafted already).
        return Change(Action.NEW, replace(incoming, key=f"msg:{incoming.message_id}"), "a later round in the thread")
    if incoming.version < existing.version:
        return Change(Action.IGNORE, existing, "an older revision")
    if existing.cancelled and incoming.version == existing.version:
        return Change(Action.IGNORE, existing, "the same revision as the cancellation")
    if incoming.declined:
        return Change(Action.CANCEL, incoming, "declined by the user")
    moved = (incoming.start, incoming.end) != (existing.start, existing.end)
    return Change(Action.UPDATE, incoming, "moved" if moved else "updated")


def _later_round(incoming: Interview, existing: Interview) -> bool:
    if not incoming.key.startswith("msg:") or not incoming.message_id or existing.cancelled:
        return False
    try:
        written = datetime.fromisoformat(incoming.version[1])
    except ValueError:
        return False
    return existing.end <= written
