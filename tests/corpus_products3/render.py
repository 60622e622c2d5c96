# ruff: noqa: E501  (rendered product templates keep their long lines)
"""Renders tests/corpus_products3 from the email templates products publish (see README.md for the sources).

    python3 tests/corpus_products3/batches.py    # rewrites the .eml files and labels.json

Each helper below reproduces one product's template: its subject, wording, date format, HTML layout and the
From/Reply-To shape of a system writing on the company's behalf. The situations (companies, people, times) are
made up; the labels are written next to each message.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent


def _shared():
    # The writing of messages, labels and calendar parts is corpus_products2's; only the products differ.
    spec = importlib.util.spec_from_file_location("products2_render", HERE.parent / "corpus_products2" / "render.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_products2 = _shared()
MESSAGES, NY, UTC = _products2.MESSAGES, _products2.NY, _products2.UTC
at, iso, label, message, person, vevent = (
    _products2.at,
    _products2.iso,
    _products2.label,
    _products2.message,
    _products2.person,
    _products2.vevent,
)


def fmt_time(dt, zero=False):
    return dt.strftime("%I:%M %p").lstrip("0") if not zero else dt.strftime("%I:%M %p")


def gtime(dt):
    # Google Calendar drops ":00" and writes "2pm", "10:30am"
    t = dt.strftime("%I:%M%p").lstrip("0").lower()
    return t.replace(":00", "")


# --------------------------------------------------------------------------------------------------------------
# Google Calendar invitation (Workspace sends as the organizer; text, HTML and invite.ics)
# --------------------------------------------------------------------------------------------------------------

GZONE = {"America/New_York": "Eastern Time - New York", "America/Los_Angeles": "Pacific Time - Los Angeles",
         "America/Chicago": "Central Time - Chicago", "Europe/London": "United Kingdom Time",
         "Europe/Berlin": "Central European Time - Berlin", "Asia/Singapore": "Singapore Standard Time"}


def google_invite(file, *, organizer, you, guests, summary, start, end, tz_name, description="", meet=True,
                  location="", kind="new", date, lab_kw, cc=None):
    s, e = start.astimezone(ZoneInfo(tz_name)), end.astimezone(ZoneInfo(tz_name))
    when = f"{s.strftime('%A')} {s.strftime('%b')} {s.day}, {s.year} ⋅ {gtime(s)} – {gtime(e)} ({GZONE[tz_name]})"
    subj_when = f"{s.strftime('%a')} {s.strftime('%b')} {s.day}, {s.year} {gtime(s)} - {gtime(e)} ({s.tzname()})"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "cancel": "Canceled event"}[kind]
    subject = f"{prefix}: {summary} @ {subj_when} ({you[1]})"
    head = {"new": f"{organizer[0]} has invited you to the following event.",
            "updated": "This event has been changed.",
            "cancel": "This event has been canceled and removed from your calendar."}[kind]
    who = [f"{organizer[0]} - organizer"] + [g[0] for g in guests if g[1] != organizer[1]] + [you[0]]
    lines = [head, "", summary, when]
    if meet:
        lines += ["Join with Google Meet", f"meet.google.com/{file[:3]}-qwer-tyu", "Join by phone", "(US) +1 347-555-0134 PIN: 123456789#"]
    if location:
        lines += [location]
    lines += ["", "Guests", *who, "View all guest info", ""]
    if description:
        lines += [description, ""]
    lines += ["Reply for " + you[1], "Yes", "No", "Maybe", "More options", "",
              "Invitation from Google Calendar", "",
              "You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.",
              "", "Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more"]
    text = "\n".join(lines)
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    attendees = [(organizer[0], organizer[1], "REQ-PARTICIPANT")] + [(n, m, "REQ-PARTICIPANT") for n, m in guests if m and m != organizer[1]] + [(you[0], you[1], "REQ-PARTICIPANT")]
    ics = vevent(method, f"{file}-g@google.com", start, end, summary, organizer, attendees, location=location,
                 description=description, sequence=0 if kind == "new" else 1,
                 status="CANCELLED" if kind == "cancel" else "CONFIRMED")
    message(file, sender=f"{organizer[0]} <{organizer[1]}>", to=f"{you[0]} <{you[1]}>", subject=subject, date=date,
            text=text, ics=(method, ics), cc=cc, lab=label(file, **lab_kw),
            extra_headers=("Sender: Google Calendar <calendar-notification@google.com>",))


# --------------------------------------------------------------------------------------------------------------
# Outlook / Microsoft Teams meeting (the organizer's own text above the Teams block, ics with the attendees)
# --------------------------------------------------------------------------------------------------------------

TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>
Meeting ID: 241 889 {n} 17
Passcode: Zq7{n}xK
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""

WINZONE = {"America/New_York": "(UTC-05:00) Eastern Time (US & Canada)", "America/Chicago": "(UTC-06:00) Central Time (US & Canada)",
           "America/Los_Angeles": "(UTC-08:00) Pacific Time (US & Canada)", "Europe/London": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
           "Europe/Berlin": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"}


def outlook_invite(file, *, organizer, you, attendees, summary, start, end, tz_name, body, teams=True, location=None,
                   kind="new", cc=None, to_extra=(), date, lab_kw, when_line=False):
    text = body.rstrip("\n")
    if when_line:
        s, e = start.astimezone(ZoneInfo(tz_name)), end.astimezone(ZoneInfo(tz_name))
        text = (f"When: {s.strftime('%A')}, {s.strftime('%B')} {s.day}, {s.year} {fmt_time(s)}-{fmt_time(e)} {WINZONE[tz_name]}.\n"
                f"Where: {location or 'Microsoft Teams Meeting'}\n\n" + text)
    if teams:
        text += "\n\n" + TEAMS_BLOCK.format(id=file[:3] + "x", n=file[1:3])
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    prefix = {"new": "", "updated": "Updated: ", "cancel": "Canceled: "}[kind]
    ics = vevent(method, f"040000008200E00074C5B7101A82E008-{file}", start, end, summary, organizer,
                 [(n, m, r) for n, m, r in attendees] + [(you[0], you[1], "REQ-PARTICIPANT")],
                 location=location or ("Microsoft Teams Meeting" if teams else ""), sequence=0 if kind == "new" else 1,
                 status="CANCELLED" if kind == "cancel" else "CONFIRMED")
    to = ", ".join([f"{you[0]} <{you[1]}>", *(f"{n} <{m}>" for n, m in to_extra)])
    message(file, sender=f"{organizer[0]} <{organizer[1]}>", to=to, subject=prefix + summary, date=date, text=text,
            ics=(method, ics), cc=cc, lab=label(file, **lab_kw),
            extra_headers=("X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Thread-Topic: " + summary))


# --------------------------------------------------------------------------------------------------------------
# SuiteCRM meeting invitation (include/language/en_us.notify_template.html, <!-- BEGIN: Meeting -->):
# "{ASSIGNER} has invited you to a Meeting", Subject/Status/Start Date/Duration/Description, accept links;
# dates in the user's display format ("04/21/2026 02:00pm EDT"); sent from the CRM's notification address.
# --------------------------------------------------------------------------------------------------------------


def suitecrm_meeting(file, *, assigner, company, crm_host, you, subject_, start, minutes, tz_name, status="Planned",
                     description="", date, lab_kw, sender=None, cc=None, ics_attendees=None):
    s = start.astimezone(ZoneInfo(tz_name))
    startdate = s.strftime("%m/%d/%Y %I:%M%p").replace("AM", "am").replace("PM", "pm") + " " + s.tzname()
    text = f"""To: {you[0]}

{assigner[0]} has invited you to a Meeting

Subject: {subject_}
Status: {status}
Start Date: {startdate}
Duration: {minutes // 60}h, {minutes % 60}m
Description: {description}

Accept this meeting:
<https://{crm_host}/index.php?entryPoint=acceptDecline&module=Meetings&user_id=7f1&record=a{file[:3]}&accept_status=accept>
Tentatively Accept this meeting
<https://{crm_host}/index.php?entryPoint=acceptDecline&module=Meetings&user_id=7f1&record=a{file[:3]}&accept_status=tentative>
Decline this meeting
<https://{crm_host}/index.php?entryPoint=acceptDecline&module=Meetings&user_id=7f1&record=a{file[:3]}&accept_status=decline>
"""
    ics = None
    if ics_attendees is not None:
        end = start + timedelta(minutes=minutes)
        ics = ("REQUEST", vevent("REQUEST", f"{file}-suitecrm@{crm_host}", start, end, subject_, assigner,
                                 [(n, m, "REQ-PARTICIPANT") for n, m in ics_attendees] + [(you[0], you[1], "REQ-PARTICIPANT")]))
    message(file, sender=sender or f"{company} CRM <crm-notifications@{crm_host}>", to=f"{you[0]} <{you[1]}>",
            subject=f"SuiteCRM Meeting - {subject_}", date=date, text=text, cc=cc, ics=ics, lab=label(file, **lab_kw))


# --------------------------------------------------------------------------------------------------------------
# OpenCATS (db/cats_schema.sql email_template EMAIL_TEMPLATE_STATUSCHANGE and EMAIL_TEMPLATE_SCHEDULEEVENT-like
# custom text; modules/candidates "Schedule Event" with the event's date as the site shows it, "MM-DD-YY (h:mm AM)")
# --------------------------------------------------------------------------------------------------------------


def opencats_status(file, *, agency, agency_host, user, you, job, client, prev, new, date, lab_kw):
    stamp = date.astimezone(NY).strftime("%m-%d-%y (%I:%M %p)")
    text = f"""* Auto generated message. Please DO NOT reply *
{stamp}

Dear {you[0]},

This E-Mail is a notification that your status in our database has been changed for the position {job} ({client}).

Your previous status was <B>{prev}</B>.
Your new status is <B>{new}</B>.

Take care,
{user}
{agency}"""
    message(file, sender=f"{agency} <noreply@{agency_host}>", to=f"{you[0]} <{you[1]}>",
            subject=f"{agency}: Candidate Status Changed", date=date, text=text, lab=label(file, **lab_kw))


def opencats_event(file, *, agency, agency_host, recruiter, you, job, client, start, minutes, title, notes, date, lab_kw,
                   cc=None):
    s = start.astimezone(NY)
    text = f"""Dear {you[0]},

{recruiter[0]} has scheduled the following event for you regarding the position {job} ({client}):

Event: {title}
Date: {s.strftime('%m-%d-%y')}
Time: {fmt_time(s)}
Length: {minutes} minutes
Regarding: {job} ({client})
Notes: {notes}

Take care,
{recruiter[0]}
{agency}
{recruiter[1]}"""
    message(file, sender=f"{recruiter[0]} <{recruiter[1]}>", to=f"{you[0]} <{you[1]}>",
            subject=f"Event scheduled: {title}", date=date, text=text, cc=cc, lab=label(file, **lab_kw))


# --------------------------------------------------------------------------------------------------------------
# Applicant tracking systems: an HTML card with a column table (a header row of labels, a row of values)
# --------------------------------------------------------------------------------------------------------------


def column_table(headers, values):
    th = "".join(f'<th style="text-align:left;padding:8px;border-bottom:1px solid #ddd;font-size:12px;color:#666;">{h}</th>' for h in headers)
    td = "".join(f'<td style="padding:8px;vertical-align:top;">{v}</td>' for v in values)
    return f'<table cellpadding="0" cellspacing="0" style="width:100%;border-collapse:collapse;"><thead><tr>{th}</tr></thead><tbody><tr>{td}</tr></tbody></table>'


def ats_card(*, brand, intro, table, outro, sign, footer):
    return f"""<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:24px;">
<div style="font-size:18px;font-weight:bold;margin-bottom:16px;">{brand}</div>
{intro}
{table}
{outro}
<p>{sign}</p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#999;text-align:center;">{footer}</td></tr>
</table></td></tr></table></body></html>"""


def ats(file, *, sender, to, subject, html, date, lab_kw, reply_to=None, cc=None, ics=None, text=None):
    message(file, sender=sender, to=to, subject=subject, date=date, html=html, text=text, reply_to=reply_to, cc=cc,
            ics=ics, lab=label(file, **lab_kw))


def plain(file, *, sender, to, subject, date, text=None, html=None, reply_to=None, cc=None, ics=None, lab_kw):
    message(file, sender=sender, to=to, subject=subject, date=date, text=text, html=html, reply_to=reply_to, cc=cc,
            ics=ics, lab=label(file, **lab_kw))


def write():
    labels = []
    for file, raw, lab in MESSAGES:
        (HERE / file).write_text(raw, encoding="utf-8")
        labels.append(lab)
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
