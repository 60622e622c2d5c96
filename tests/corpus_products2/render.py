# ruff: noqa: E501  (rendered product templates keep their long lines)
"""Renders tests/corpus_products2 from the email templates products publish (see README.md for the sources).

    python3 tests/corpus_products2/batches.py    # rewrites the .eml files and labels.json

Each helper below reproduces one product's template: its subject, wording, date format, HTML layout and the
From/Reply-To shape of a system writing on the company's behalf. The situations (companies, people, times) are
made up; the labels are written next to each message.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
NY = ZoneInfo("America/New_York")
UTC = ZoneInfo("UTC")
MESSAGES: list[tuple[str, str, dict]] = []


def at(y, mo, d, h, mi=0, tz=NY):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.astimezone(NY).isoformat() if dt else None


def person(name, email):
    return {"name": name, "email": email}


def label(file, *, interview, start=None, end=None, interviewers=(), company=None, role=None, category, notes,
          outcome=None, cancelled=False, lang="en"):
    out = {
        "file": file,
        "is_interview": interview,
        "start": iso(start),
        "end": iso(end),
        "end_stated": end is not None,
        "interviewers": list(interviewers),
        "company": company,
        "role": role,
        "category": category,
        "lang": lang,
        "notes": notes,
        "outcome": outcome,
    }
    if cancelled:
        out["cancelled"] = True
    return out


def message(file, *, sender, to, subject, date, html=None, text=None, ics=None, reply_to=None, cc=None,
            extra_headers=(), lab):
    boundary = "b-" + uuid.uuid5(uuid.NAMESPACE_URL, file).hex[:16]
    head = [
        f"From: {sender}",
        f"To: {to}",
    ]
    if cc:
        head.append(f"Cc: {cc}")
    if reply_to:
        head.append(f"Reply-To: {reply_to}")
    domain = sender.rsplit("@", 1)[1].rstrip(">")
    head += [
        f"Subject: {subject}",
        f"Date: {format_datetime(date.astimezone(UTC))}",
        f"Message-ID: <{uuid.uuid5(uuid.NAMESPACE_URL, file).hex[:20]}@{domain}>",
        "MIME-Version: 1.0",
        *extra_headers,
    ]
    parts = []
    if text is not None:
        parts.append(("text/plain", text))
    if html is not None:
        parts.append(("text/html", html))
    if ics is not None:
        parts.append((f"text/calendar; method={ics[0]}", ics[1]))
    if len(parts) == 1:
        kind, body = parts[0]
        head.append(f'Content-Type: {kind}; charset="UTF-8"')
        head.append("Content-Transfer-Encoding: 8bit")
        raw = "\n".join(head) + "\n\n" + body.strip("\n") + "\n"
    else:
        mixed = ics is not None and html is not None and text is None
        head.append(f'Content-Type: multipart/{"mixed" if mixed else "alternative"}; boundary="{boundary}"')
        chunks = []
        for kind, body in parts:
            disposition = ""
            if kind.startswith("text/calendar") and mixed:
                disposition = 'Content-Disposition: attachment; filename="invitation.ics"\n'
            chunks.append(
                f"--{boundary}\nContent-Type: {kind}; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n"
                f"{disposition}\n{body.strip(chr(10))}\n"
            )
        raw = "\n".join(head) + "\n\n" + "\n".join(chunks) + f"--{boundary}--\n"
    MESSAGES.append((file, raw, lab))


def vevent(method, uid, start, end, summary, organizer, attendees, *, location="", description="", sequence=0,
           status="CONFIRMED", tzid=None):
    def stamp(dt):
        if tzid:
            return f";TZID={tzid}:" + dt.astimezone(ZoneInfo(tzid)).strftime("%Y%m%dT%H%M%S")
        return ":" + dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{(start - timedelta(days=3)).astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
        f"SEQUENCE:{sequence}",
        f"DTSTART{stamp(start)}",
        f"DTEND{stamp(end)}",
        f"SUMMARY:{summary}",
        f"STATUS:{status}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for name, email, role in attendees:
        lines.append(f"ATTENDEE;CN={name};CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{email}")
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines)


# --------------------------------------------------------------------------------------------------------------
# Odoo (addons/calendar/data/mail_template_data.xml, addons/hr_recruitment/data/mail_template_data.xml)
# --------------------------------------------------------------------------------------------------------------


def odoo_meeting_box(start, tz_name):
    local = start.astimezone(ZoneInfo(tz_name))
    return f"""<table border="0" cellpadding="0" cellspacing="0"><tr>
    <td width="130px;" style="min-width: 130px;">
        <div style="font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; background-color: #875A7B;">
            {local.strftime('%A')}
        </div>
        <div style="font-size: 48px; font-weight: bold; text-align: center; color: #5F5F5F; background-color: #F8F8F8;">
            {local.day}
        </div>
        <div style='font-size: 12px; text-align: center; font-weight: bold; color: #ffffff; background-color: #875A7B;'>
            {local.strftime('%B %Y')}
        </div>
        <div style="color: #5F5F5F; text-align: center; font-size: 12px; font-weight: bold;">
                <div>
                    {local.strftime('%I:%M %p').lstrip('0')}
                </div>
                    <div style="font-size: 10px; font-weight: normal">
                        ({tz_name})
                    </div>
        </div>
    </td>
    <td width="20px;"/>"""


def odoo_duration(minutes):
    return f"{minutes // 60}H{minutes % 60:02d}"


def odoo_footer(company):
    return f"""<div style="padding: 16px 8px; font-size: 11px; color: #8f8f8f; text-align: center;">
    {company}<br/>
    Powered by <a target="_blank" href="https://www.odoo.com?utm_source=db&amp;utm_medium=email" style="color: #875A7B;">Odoo</a>
</div>"""


def odoo_invitation(file, *, company, organizer, you, others, event, start, minutes, tz_name="America/New_York",
                    location=None, videocall=None, description=None, sender=None, with_ics=True, reply_to=None, intro=None,
                    date, lab_kw):
    attendee_items = "\n".join(
        f'                    <li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; '
        f'background:grey;"> </div><span style="margin-left:5px">{n}</span></li>'
        for n in [organizer[0], *[o[0] for o in others]]
    ) + '\n                    <li><div style="display: inline-block; border-radius: 50%; width: 10px; height: 10px; background:grey;"> </div><span style="margin-left:5px">You</span></li>'
    details = []
    if location:
        details.append(
            f'<li>Location: {location}\n    (<a target="_blank" href="http://maps.google.com/maps?oi=map&amp;q={location}">View Map</a>)\n</li>'
        )
    details.append(f"<li>Duration: {odoo_duration(minutes)}</li>")
    details.append(f"<li>Attendees\n                <ul>\n{attendee_items}\n                </ul></li>")
    if videocall:
        details.append(f'<li>\n    How to Join:\n     Join at<br/>\n    <a href="{videocall}" target="_blank">{videocall}</a>\n</li>')
    if description:
        details.append(f"<li>Description of the event:\n{description}</li>")
    html = f"""<div>
    <p>
        Hello {you[0]},<br/><br/>
        {intro or f"{organizer[0]} invited you for the <strong>{event}</strong> meeting."}
    </p>
    <div style="text-align: center; padding: 16px 0px 16px 0px;">
        <a href="https://{organizer[1].split('@')[1]}/calendar/meeting/accept?token=7f3a&amp;id=318" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border-radius: 3px">
            Accept</a>
        <a href="https://{organizer[1].split('@')[1]}/calendar/meeting/decline?token=7f3a&amp;id=318" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border-radius: 3px">
            Decline</a>
        <a href="https://{organizer[1].split('@')[1]}/calendar/meeting/view?token=7f3a&amp;id=318" style="padding: 5px 10px; color: #FFFFFF; text-decoration: none; background-color: #875A7B; border-radius: 3px">View</a>
    </div>
    {odoo_meeting_box(start, tz_name)}
        <td style="padding-top: 5px;">
            <p><strong>Details of the event</strong></p>
            <ul>
                {chr(10).join(details)}
            </ul>
        </td>
    </tr></table>
    <br/>
    Thank you,
        <br />
        --<br/>{organizer[0]}
</div>
{odoo_footer(company)}"""
    ics = None
    if with_ics:
        end = start + timedelta(minutes=minutes)
        ics = (
            "REQUEST",
            vevent(
                "REQUEST", f"odoo-{file}@{organizer[1].split('@')[1]}", start, end, event, organizer,
                [(n, e, "REQ-PARTICIPANT") for n, e in others if e] + [(you[0], you[1], "REQ-PARTICIPANT")],
                location=location or videocall or "",
            ),
        )
    message(
        file, sender=sender or f"{organizer[0]} <{organizer[1]}>", reply_to=reply_to, to=f"{you[0]} <{you[1]}>",
        subject=f"Invitation to {event}", date=date, html=html, ics=ics, lab=label(file, **lab_kw),
    )


def odoo_date_updated(file, *, company, organizer, you, event, start, minutes, tz_name="America/New_York", date,
                      lab_kw):
    local = start.astimezone(ZoneInfo(tz_name))
    end = local + timedelta(minutes=minutes)
    display = f"{local.strftime('%m/%d/%Y')} at ({local.strftime('%H:%M:%S')} To {end.strftime('%H:%M:%S')}) ({tz_name})"
    html = f"""<div>
    <p>
        Hello {you[0]},<br/><br/>
            The date of the meeting has been updated.
            The meeting <strong>{event}</strong> created by {organizer[0]} is now scheduled for
            {display}.
    </p>
    <div style="text-align: center; padding: 16px 0px 16px 0px;">
        <a href="https://{organizer[1].split('@')[1]}/calendar/meeting/accept?token=91c2&amp;id=318" style="padding: 5px 10px; color: #FFFFFF; background-color: #875A7B;">Accept</a>
        <a href="https://{organizer[1].split('@')[1]}/calendar/meeting/decline?token=91c2&amp;id=318" style="padding: 5px 10px; color: #FFFFFF; background-color: #875A7B;">Decline</a>
        <a href="https://{organizer[1].split('@')[1]}/calendar/meeting/view?token=91c2&amp;id=318" style="padding: 5px 10px; color: #FFFFFF; background-color: #875A7B;">View</a>
    </div>
    {odoo_meeting_box(start, tz_name)}
        <td style="padding-top: 5px;">
            <p><strong>Details of the event</strong></p>
            <ul>
                <li>Duration: {odoo_duration(minutes)}</li>
            </ul>
        </td>
    </tr></table>
    <br/>
    Thank you,
        <br />--<br/>{organizer[0]}
</div>
{odoo_footer(company)}"""
    message(file, sender=f"{organizer[0]} <{organizer[1]}>", to=f"{you[0]} <{you[1]}>",
            subject=f"{event}: Date updated", date=date, html=html, lab=label(file, **lab_kw))


def odoo_applicant(file, *, kind, company, job, you, sender, reply_to=None, user=None, date, lab_kw):
    sig = (
        f"-- <br/>\n<strong>{user[0]}</strong><br/>\nEmail: {user[1]}<br/>\nPhone: {user[2]}"
        if user else f"-- <br/>\n{company}<br/>\nThe HR Team"
    )
    if kind == "refuse":
        body = f"""Hello,<br/><br/>
                Thank you for your interest in joining the
                <b>{company}</b> team.  We
                wanted to let you know that, although your resume is
                competitive, our hiring team reviewed your application
                and <b>did not select it for further consideration</b>.
                <br/><br/>
                Please note that recruiting is hard, and we can make
                mistakes. Do not hesitate to reply to this email if you
                think we made a mistake, or if you want more information
                about our decision.
                <br/><br/>
                We will, however, keep your resume on record and get in
                touch with you about future opportunities that may be a
                better fit for your skills and experience.
                <br/><br/>
                We wish you all the best in your job search and hope we
                will have the chance to consider you for another role
                in the future.
                <br/><br/>
                Thank you,
                <div style="font-size: 11px; color: grey;">
                {sig}
                </div>"""
    elif kind == "interest":
        contact = (
            f"You will soon be contacted by:<br/>\n<strong>{user[0]}</strong><br/>\n<span>Email: {user[1]}</span><br/>\n"
            f"<span>Phone: {user[2]}</span>\n<br/><br/>" if user else ""
        )
        body = f"""<div style="text-align: center">
                <h2>Congratulations!</h2>
                <div style="color:grey;">Your resume has been positively reviewed.</div>
            </div>
                We just reviewed your resume, and it caught our
                attention. As we think you might be great for the
                position, your application has been short listed for a
                call or an interview.
                <br/><br/>
                {contact}
                See you soon,
                <div style="font-size: 11px; color: grey;">
                    -- <br/>
                    The HR Team
                        Discover <a href="/jobs" style="text-decoration:none;color:#717188;">all our jobs</a>.<br/>
                </div>
                <hr width="97%"/>
                <h3 style="color:#9A6C8E;"><strong>What is the next step?</strong></h3>
                We usually <strong>answer applications within a few days</strong>.
                <br/><br/>
                The next step is either a call or a meeting in our offices.
                <br/>
                Feel free to <strong>contact us if you want a faster
                feedback</strong> or if you don't get news from us
                quickly enough (just reply to this email)."""
    else:  # acknowledgement
        contact = (
            f'<h3 style="color:#9A6C8E;"><strong>Your Contact:</strong></h3>\n<p>\n<strong>{user[0]}</strong><br/>\n'
            f"<span>Email: {user[1]}</span><br/>\n<span>Phone: {user[2]}</span>\n</p>" if user else ""
        )
        body = f"""Hello,
                <br/><br/>
                We confirm we successfully received your application for the job
                "<a href="https://{sender.split('@')[1].rstrip('>')}/jobs/detail/12" style="color:#9A6C8E;"><strong>{job}</strong></a>" at <strong>{company}</strong>.
                <br/><br/>
                We will come back to you shortly.
                <hr width="97%"/>
                {contact}
                <h3 style="color:#9A6C8E;"><strong>What is the next step?</strong></h3>
                We usually <strong>answer applications within a few days.</strong><br/><br/>
                Feel free to <strong>contact us if you want a faster
                feedback</strong> or if you don't get news from us
                quickly enough (just reply to this email)."""
    html = f"""<table border="0" cellpadding="0" cellspacing="0" width="590" style="min-width: 590px; background-color: white; padding: 0px 8px 0px 8px; border-collapse:separate;">
    <tr>
        <td valign="top">
            <div style="font-size: 13px; margin: 0px; padding: 0px;">
                {body}
            </div>
        </td>
    </tr>
</table>
{odoo_footer(company)}"""
    message(file, sender=sender, reply_to=reply_to, to=f"{you[0]} <{you[1]}>", subject=f"Your Job Application: {job}",
            date=date, html=html, lab=label(file, **lab_kw))


# --------------------------------------------------------------------------------------------------------------
# Frappe HRMS (hrms/hr/doctype/interview/*.html and interview.py)
# --------------------------------------------------------------------------------------------------------------


def frappe_confirmation(file, *, sender, to, applicant, job, round_, day, t0, t1, company, address=None, date,
                        subject="Interview Scheduled", lab_kw):
    rows = [("Candidate", f"<b>{applicant}</b>")]
    if job:
        rows.append(("Job Opening", f"<b>{job}</b>"))
    rows += [("Interview Type", f"<b>{round_}</b>"), ("Date", f"<b>{day}</b>"), ("Time", f"<b>{t0} – {t1}</b>")]
    if company:
        rows.append(("Company", f"<b>{company}</b>"))
    if address:
        rows.append(("Address", address))
    table = "\n".join(f"\t<tr>\n\t\t<td>{a}</td>\n\t\t<td>{b}</td>\n\t</tr>" for a, b in rows)
    html = f"""<div class="ql-editor read-mode"><p>Your interview has been scheduled. Please find the details below.</p>

<table class="table table-bordered small" style="max-width: 500px;">
{table}
</table>

<p>Please reach out if you have any questions or need to make any changes.</p>
</div>"""
    message(file, sender=sender, to=to, subject=subject, date=date, html=html, lab=label(file, **lab_kw))


def frappe_reminder(file, *, sender, to, round_, day, t0, t1, company, date, subject="Interview Reminder", lab_kw):
    html = f"""<div class="ql-editor read-mode"><p>This is a reminder about your <b>{round_}</b> interview scheduled on <b>{day}</b> at <b>{t0}{' to ' + t1 if t1 else ''}</b>{' at <b>' + company + '</b>' if company else ''}.</p>

<p>Please make sure you are prepared and reach out if anything comes up before then.</p>
</div>"""
    message(file, sender=sender, to=to, subject=subject, date=date, html=html, lab=label(file, **lab_kw))


def frappe_rescheduled(file, *, sender, to, name, old, new, date, lab_kw):
    html = (
        f'<div class="ql-editor read-mode">Your Interview session is rescheduled from {old[0]} {old[1]} - {old[2]} '
        f"to {new[0]} {new[1]} - {new[2]}</div>"
    )
    message(file, sender=sender, to=to, subject=f"Interview: {name} Rescheduled", date=date, html=html,
            lab=label(file, **lab_kw))


def frappe_feedback_reminder(file, *, sender, to, name, applicant, round_, date, lab_kw):
    html = f"""<div class="ql-editor read-mode"><h1>Interview Feedback Reminder</h1>

<p>
\tInterview Feedback is Pending for {applicant} for {round_}. Please submit your feedback
</p>

<p>Interview: <a href="https://{sender.split('@')[1].rstrip('>')}/app/interview/{name}">{name}</a></p>
</div>"""
    message(file, sender=sender, to=to, subject="Interview Feedback Reminder", date=date, html=html,
            lab=label(file, **lab_kw))


# --------------------------------------------------------------------------------------------------------------
# Cal.com (packages/emails/src/templates/*.tsx, components/WhenInfo.tsx, WhoInfo.tsx; locales/en/common.json)
# --------------------------------------------------------------------------------------------------------------


def cal_when(start, end, tz_name, fmt12=True):
    s, e = start.astimezone(ZoneInfo(tz_name)), end.astimezone(ZoneInfo(tz_name))
    f = (lambda d: d.strftime("%I:%M%p").lstrip("0").lower()) if fmt12 else (lambda d: d.strftime("%H:%M"))
    return s, e, f


def cal_subject_date(start, end, tz_name):
    s, e, f = cal_when(start, end, tz_name)
    return f"{f(s)} - {f(e)}, {s.strftime('%A')}, {s.strftime('%B')} {s.day}, {s.year}"


def cal_info(label_, value, strike=False):
    style = "text-decoration: line-through;" if strike else ""
    return f"""<div style="line-height: 6px;"><p style="color: #101010;">{label_}</p>
<p style="color: #101010; font-weight: 400; line-height: 24px; white-space: pre-wrap; {style}">{value}</p></div>"""


def cal_person(name, role, email):
    mail = f'<span style="color: #4B5563;"><a href="mailto:{email}" style="color: #4B5563;">{email}</a></span>' if email else ""
    return f'<div style="color: #101010; font-weight: 400; line-height: 24px;">{name} - {role} {mail}</div>'


def calcom(file, *, kind, event_type, title, organizer, attendee, start, end, tz_name, location=None,
           description=None, team=None, members=(), reason=None, hide_organizer_email=False, sender_domain="cal.com",
           with_ics=False, date, lab_kw, fmt12=True):
    s, e, f = cal_when(start, end, tz_name, fmt12)
    when = f"{s.strftime('%A')}, {s.strftime('%B')} {s.day}, {s.year} | {f(s)} - {f(e)} <span style=\"color: #4B5563\">({tz_name})</span>"
    sdate = cal_subject_date(start, end, tz_name)
    name = team or organizer[0]
    titles = {
        "scheduled": ("Your event has been scheduled", "We sent an email with a calendar invitation with the details to everyone.",
                      f"Confirmed: {event_type} with {name} at {sdate}"),
        "rescheduled": ("Updated - Your event has been rescheduled", "We sent an email with a calendar invitation with the details to everyone.",
                        f"Your {title} has been rescheduled to {sdate}."),
        "cancelled": ("Your scheduled event was canceled", "We sent an email with a calendar invitation with the details to everyone.",
                      f"Canceled: {title} at {sdate}"),
        "declined": ("Your event request has been declined", "", f"Declined: {title} at {sdate}"),
        "submitted": ("Your booking has been submitted", f"{organizer[0]} still needs to confirm or reject the booking.",
                      f"Booking Submitted: {title} at {sdate}"),
        "reschedule_request": (f"{organizer[0]} has canceled the booking and requested you to pick another time.", "",
                               f"Action Required Reschedule: Please book a new time for {event_type} with {name}"),
    }
    heading, subtitle, subject = titles[kind]
    blocks = []
    if kind == "cancelled" and reason:
        blocks.append(cal_info("Reason for cancellation", reason))
    if kind == "declined" and reason:
        blocks.append(cal_info("Reason for rejecting", reason))
    blocks.append(cal_info("What", title))
    blocks.append(cal_info("When", when, strike=kind in ("cancelled", "declined", "reschedule_request")))
    who = [cal_person(organizer[0], "Organizer", "" if hide_organizer_email else organizer[1])]
    who += [cal_person(n, "Team Member", m) for n, m in members]
    who.append(cal_person(attendee[0], "Guest", attendee[1]))
    blocks.append(cal_info("Who", "\n".join(who)))
    if location:
        blocks.append(cal_info("Where", location))
    if description:
        blocks.append(cal_info("Description", description))
    manage = ""
    if kind in ("scheduled", "rescheduled", "submitted"):
        manage = f"""<div style="text-align: center; color: #374151; font-size: 14px;">
<p>Need to make a change? <a href="https://{sender_domain}/booking/uid-{file[:3]}?cancel=true">Cancel</a> or
<a href="https://{sender_domain}/reschedule/uid-{file[:3]}">Reschedule</a></p></div>"""
    html = f"""<!doctype html><html><head><title>{subject}</title></head>
<body style="word-spacing:normal;background-color:#F3F4F6;">
<div style="background-color:#F3F4F6;">
<div style="background:#FFFFFF;margin:0px auto;max-width:600px;">
<table align="center" role="presentation" style="width:100%;"><tbody><tr><td style="padding:30px 20px;">
<div style="font-family:Roboto, Helvetica, sans-serif;font-size:24px;font-weight:700;line-height:38px;text-align:center;color:#111827;">{heading}</div>
<div style="font-family:Roboto, Helvetica, sans-serif;font-size:16px;font-weight:400;line-height:24px;text-align:center;color:#4B5563;">{subtitle}</div>
{chr(10).join(blocks)}
{manage}
</td></tr></tbody></table></div>
<div style="margin:0px auto;max-width:600px;"><table><tr><td style="padding:20px 0;text-align:center;">
<a href="https://cal.com?utm_source=email" style="color:#9CA3AF;">Powered by Cal.com</a></td></tr></table></div>
</div></body></html>"""
    ics = None
    if with_ics:
        attendees = [(n, m, "REQ-PARTICIPANT") for n, m in members] + [(attendee[0], attendee[1], "REQ-PARTICIPANT")]
        method = "CANCEL" if kind == "cancelled" else "REQUEST"
        ics = (method, vevent(method, f"{file}-calcom@Cal.com", start, end, title, organizer, attendees,
                              location=location or "", status="CANCELLED" if kind == "cancelled" else "CONFIRMED",
                              sequence=1 if kind != "scheduled" else 0))
    message(file, sender=f"{name} <notifications@{sender_domain}>",
            reply_to=None if hide_organizer_email else organizer[1],
            to=f"{attendee[0]} <{attendee[1]}>", subject=subject, date=date, html=html, ics=ics,
            lab=label(file, **lab_kw))


# --------------------------------------------------------------------------------------------------------------
# Easy!Appointments (application/views/emails/appointment_saved_email.php, appointment_deleted_email.php,
# application/language/english/translations_lang.php)
# --------------------------------------------------------------------------------------------------------------


def easyappointments(file, *, kind, company, company_email, service, provider, start, end, tz_name, you,
                     location=None, date_format="%m/%d/%Y %H:%M", description=None, notes=None, date, lab_kw):
    s, e = start.astimezone(ZoneInfo(tz_name)), end.astimezone(ZoneInfo(tz_name))
    heads = {
        "booked": ("Appointment Booked", "Thank you for arranging an appointment with us. Below are the appointment "
                   "details. Make changes if necessary by clicking the appointment link."),
        "changed": ("Appointment Details Changed", "Appointment details have changed."),
        "deleted": ("Appointment Cancelled", "The following appointment was removed from the company's schedule."),
    }
    title, msg = heads[kind]
    rows = [("Service", service), ("Provider", provider), ("Start", s.strftime(date_format)),
            ("End", e.strftime(date_format)), ("Timezone", tz_name)]
    if location:
        rows.append(("Location", location))
    if description:
        rows.append(("Description", description))
    if notes:
        rows.append(("Notes", notes))
    table = "\n".join(
        f"""<tr>
    <td class="label" style="padding: 3px;font-weight: bold;">{a}</td>
    <td style="padding: 3px;">{b}</td>
</tr>""" for a, b in rows
    )
    link = "" if kind == "deleted" else f"""<h2>Appointment Link</h2>
<a href="https://{company_email.split('@')[1]}/index.php/booking/reschedule/7ab2c9" style="width: 600px;">https://{company_email.split('@')[1]}/index.php/booking/reschedule/7ab2c9</a>"""
    html = f"""<html>
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>{title} | Easy!Appointments</title>
</head>
<body style="font: 13px arial, helvetica, tahoma;">
<div class="email-container" style="width: 650px; border: 1px solid #eee; margin: 30px auto;">
    <div id="header" style="background-color: #429a82; height: 45px; padding: 10px 15px;">
        <strong id="logo" style="color: white; font-size: 20px; margin-top: 10px; display: inline-block">
            {company}
        </strong>
    </div>

    <div id="content" style="padding: 10px 15px; min-height: 400px;">
        <h2>{title}</h2>
        <p>{msg}</p>

        <h2>Appointment Details</h2>
        <table id="appointment-details">
{table}
        </table>

        <h2>Customer Details</h2>
        <table id="customer-details">
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Name</td><td style="padding: 3px;">{you[0]}</td></tr>
            <tr><td class="label" style="padding: 3px;font-weight: bold;">Email</td><td style="padding: 3px;">{you[1]}</td></tr>
        </table>

        {link}
    </div>

    <div id="footer" style="padding: 10px; text-align: center; margin-top: 10px;
                border-top: 1px solid #EEE; background: #FAFAFA;">
        Powered by
        <a href="https://easyappointments.org" style="text-decoration: none;">Easy!Appointments</a>
        |
        <a href="https://{company_email.split('@')[1]}" style="text-decoration: none;">{company}</a>
    </div>
</div>
</body>
</html>"""
    message(file, sender=f"{company} <{company_email}>", to=f"{you[0]} <{you[1]}>", subject=title, date=date,
            html=html, lab=label(file, **lab_kw))


# --------------------------------------------------------------------------------------------------------------
# Nextcloud / Sabre iMIP (apps/dav/lib/CalDAV/Schedule/IMipPlugin.php, IMipService.php)
# --------------------------------------------------------------------------------------------------------------


def nextcloud(file, *, kind, organizer, you, others, summary, start, end, tz_name, location=None, description=None,
              instance="Nextcloud", host, date, lab_kw, seq=0):
    s, e = start.astimezone(ZoneInfo(tz_name)), end.astimezone(ZoneInfo(tz_name))
    when = f"{s.strftime('%A')}, {s.strftime('%B')} {s.day}, {s.year} {s.strftime('%I:%M %p').lstrip('0')} - {e.strftime('%I:%M %p').lstrip('0')} ({tz_name})"
    if kind == "request":
        subject, head = f"Invitation: {summary}", f"{organizer[0]} invited you to »{summary}«"
        method = "REQUEST"
    elif kind == "update":
        subject, head = f"Invitation updated: {summary}", f"{organizer[0]} updated »{summary}«"
        method = "REQUEST"
    else:
        subject, head = f"Cancelled: {summary}", f"{organizer[0]} cancelled »{summary}«"
        method = "CANCEL"
    rows = [("Title:", summary), ("Date:", when)]
    if location:
        rows.append(("Location:", location))
    if description:
        rows.append(("Description:", description.replace("\n", "<br/>")))
    table = "\n".join(
        f'<tr><td style="padding: 4px 8px; color: #767676; vertical-align: top;">{a}</td>'
        f'<td style="padding: 4px 8px;">{b}</td></tr>' for a, b in rows
    )
    html = f"""<!DOCTYPE html><html><body>
<table style="width:100%; max-width:600px;" align="center"><tr><td>
<h1 style="font-size: 21px; font-weight: bold;">{head}</h1>
<table>
{table}
</table>
{'' if kind == 'cancel' else '<p><a href="https://' + host + '/index.php/apps/dav/invitation/accept/ab12">Accept</a> &nbsp; <a href="https://' + host + '/index.php/apps/dav/invitation/decline/ab12">Decline</a> &nbsp; <a href="https://' + host + '/index.php/apps/dav/invitation/moreOptions/ab12">More options …</a></p>'}
<p style="color:#767676; font-size: 12px;">{instance} – a safe home for all your data</p>
</td></tr></table></body></html>"""
    text = "\n".join([head, "", *(f"{a} {b}" for a, b in rows)])
    text = text.replace("<br/>", "\n")
    ics = vevent(method, f"{file}-nc@{host}", start, end, summary, organizer,
                 [(n, m, "REQ-PARTICIPANT") for n, m in others] + [(you[0], you[1], "REQ-PARTICIPANT")],
                 location=location or "", description=description or "", sequence=seq,
                 status="CANCELLED" if kind == "cancel" else "CONFIRMED", tzid=tz_name)
    message(file, sender=f"{organizer[0]} via {instance} <invitations-noreply@{host}>", reply_to=f"{organizer[0]} <{organizer[1]}>",
            to=f"{you[0]} <{you[1]}>", subject=subject, date=date, text=text, html=html, ics=(method, ics),
            lab=label(file, **lab_kw))


def plain(file, *, sender, to, subject, date, text=None, html=None, reply_to=None, cc=None, lab_kw):
    message(file, sender=sender, to=to, subject=subject, date=date, text=text, html=html, reply_to=reply_to, cc=cc,
            lab=label(file, **lab_kw))


def write():
    labels = []
    for file, raw, lab in MESSAGES:
        (HERE / file).write_text(raw, encoding="utf-8")
        labels.append(lab)
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


