"""Builds invitation emails the way calendar servers do (multipart/alternative with a text/calendar part),
for tests that need fresh times relative to now."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

USER = ("Jordan Lee", "jordan@example.test")
RECRUITER = ("Riley Chen", "riley.chen@northwind.example")
INTERVIEWER = ("Dana Whitfield", "dana.whitfield@northwind.example")


def _ics_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar(
    *,
    uid: str,
    start: datetime,
    end: datetime,
    summary: str,
    method: str = "REQUEST",
    sequence: int = 0,
    organizer: tuple[str, str] = RECRUITER,
    attendees: tuple[tuple[str, str], ...] = (INTERVIEWER, USER),
    status: str = "CONFIRMED",
    description: str = "",
    stamp: datetime | None = None,
) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//followup tests//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{_ics_time(stamp or datetime.now(UTC))}",
        f"DTSTART:{_ics_time(start)}",
        f"DTEND:{_ics_time(end)}",
        f"SUMMARY:{summary}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for name, address in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{address}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def invitation(
    *,
    start: datetime,
    end: datetime,
    summary: str = "Interview: Senior Data Engineer at Northwind",
    uid: str | None = None,
    method: str = "REQUEST",
    sequence: int = 0,
    attendees: tuple[tuple[str, str], ...] = (INTERVIEWER, USER),
    organizer: tuple[str, str] = RECRUITER,
    body: str | None = None,
    subject: str | None = None,
    sent: datetime | None = None,
    description: str = "Technical interview with the data platform team. We look forward to meeting you.",
) -> tuple[bytes, str, str]:
    """(raw message, its Message-ID without brackets, the event UID)."""
    uid = uid or f"{uuid.uuid4()}@northwind.example"
    message = EmailMessage()
    message["From"] = f"{organizer[0]} <{organizer[1]}>"
    message["To"] = f"{USER[0]} <{USER[1]}>"
    message["Subject"] = subject or (summary if method == "REQUEST" else f"Canceled: {summary}")
    message["Date"] = format_datetime(sent or datetime.now(UTC))
    message_id = make_msgid(domain="northwind.example")
    message["Message-ID"] = message_id
    message.set_content(body or f"You have been invited to: {summary}\n{description}\n")
    ics = calendar(
        uid=uid,
        start=start,
        end=end,
        summary=summary,
        method=method,
        sequence=sequence,
        organizer=organizer,
        attendees=attendees,
        status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
        description=description,
    )
    message.add_alternative(ics, subtype="calendar", params={"method": method})
    return message.as_bytes(), message_id.strip("<>"), uid


def plain(subject: str, body: str, *, sender: tuple[str, str] = RECRUITER, sent: datetime | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = f"{sender[0]} <{sender[1]}>"
    message["To"] = f"{USER[0]} <{USER[1]}>"
    message["Subject"] = subject
    message["Date"] = format_datetime(sent or datetime.now(UTC))
    message["Message-ID"] = make_msgid(domain=sender[1].split("@")[1])
    message.set_content(body)
    return message.as_bytes()
