"""What became of an application (issue 11): rejections, offers and next rounds, read from the writer's own
words, and which interview on record they concern, in any thread and through a recruiting system."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.paths import TESTS
from watcher.core import layout as layout_mod
from watcher.core.mail import parse_message
from watcher.core.outcomes import NEXT_ROUND, OFFER, REJECTED, concerns, message_outcome, outcome_of
from watcher.core.understand import Context, understand_message
from watcher.inspection import inspect_file
from watcher.model import EndSource, Interview, Person

NY = ZoneInfo("America/New_York")
ME = frozenset({"jordan.lee@fastmail.com"})
CTX = Context(user_addresses=ME, timezone=NY, default_length=timedelta(hours=1))
END = datetime(2026, 3, 12, 16, 0, tzinfo=UTC)
HANNAH = Person("Hannah Cole", "hannah.cole@lumenfreight.com")
INTERVIEW = Interview(
    key="msg:invite-1@lumenfreight.com",
    start=END - timedelta(hours=1),
    end=END,
    end_source=EndSource.TEXT,
    company="Lumen Freight",
    interviewers=(Person("Mateo Alvarez", "mateo.alvarez@lumenfreight.com"),),
    organizer=HANNAH,
    message_id="invite-1@lumenfreight.com",
)


def raw(sender: str, subject: str, body: str, when: datetime, *, in_reply_to: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "Jordan Lee <jordan.lee@fastmail.com>"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = f"<{abs(hash((sender, subject, body)))}@mail.example>"
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After careful consideration, we have decided not to move forward with your application.", REJECTED),
        # a search committee's words
        ("I'm sorry to tell you that the committee has recommended another candidate, who has accepted.", REJECTED),
        ("On behalf of Brennard College, I am delighted to offer you appointment as Assistant Professor.", OFFER),
        ("We enjoyed the conversation, and I'm pleased to invite you to a campus interview.", NEXT_ROUND),
        ("We are happy to offer you an appointment on Tuesday at 3 with Dr. Patel.", None),
        ("We regret to inform you that the position has been filled.", REJECTED),
        ("We've decided to move forward with other candidates whose experience more closely matches.", REJECTED),
        ("Unfortunately we are not able to offer you the role at this time.", REJECTED),
        ("leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.", REJECTED),
        ("We are delighted to offer you the position of Data Engineer! Your offer letter is attached.", OFFER),
        ("I'm thrilled to extend you an offer to join the team.", OFFER),
        ("The team would like to move you forward to the final round of interviews.", NEXT_ROUND),
        ("We'd love to invite you to an onsite interview with the wider team.", NEXT_ROUND),
        ("Congratulations on moving forward to the virtual onsite!", NEXT_ROUND),
        ("Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable.", REJECTED),
        ("Lamentamos comunicarte que hemos decidido continuar con otra persona para este puesto.", REJECTED),
        ("Wir müssen Ihnen leider mitteilen, dass wir uns anders entschieden haben.", REJECTED),
        ("Although we won't be moving forward with your application, we'd gladly interview you again.", REJECTED),
        ("We wanted to let you know that the position\nhas been filled.", REJECTED),
        ("We have decided to pursue candidates whose experience more closely aligns with the role.", REJECTED),
        ("Dana loved the conversation! We'd like to bring you in for the onsite with the team.", NEXT_ROUND),
        ("At this time we will not be proceeding with your application for the Architect position.", REJECTED),
        ("We'd love to have you join Tiny Orbit - I'll send a formal offer letter tomorrow.", OFFER),
        ("We are delighted to offer you the Senior Data Scientist position.", OFFER),
        ("We're pleased to offer you LinkedIn Premium free for one month.", None),
        # Recruiting systems' own templates (Odoo's "Applicant: Refuse", HR suites' stage mails).
        (
            "Our hiring team reviewed your application and <b>did not select it for further consideration</b>.",
            REJECTED,
        ),
        ("After comparing our notes, we regret that we won't be offering you the position.", REJECTED),
        ("We have chosen to go ahead with a candidate who has more lab automation behind them.", REJECTED),
        ("Congratulations! You have cleared the Hiring Manager Round.", NEXT_ROUND),
        ("We are pleased to invite you to our assessment centre, the final stage of our process.", NEXT_ROUND),
        ("I passed the interview notes to Dana; we'll go ahead with the call at 3pm.", None),
        ("We can go ahead with a call on Friday if that suits you.", None),
        ("We have now filled the position and are closing applications.", REJECTED),
        ("The team has decided to go in a different direction for this role.", REJECTED),
        ("Sadly we are unable to offer you the position.", REJECTED),
        ("We won't be able to move forward with your application at this time.", REJECTED),
        ("We have offered the role to another candidate.", REJECTED),
        ("Great news - you have advanced to the final round!", NEXT_ROUND),
        # An applicant tracker's status mail (OpenCATS), and an agency relaying its client's decision.
        ("Your previous status was <B>Interviewing</B>.\nYour new status is <B>Not in Consideration</B>.", REJECTED),
        ("Your previous status was <B>Interviewing</B>.\nYour new status is <B>Offered</B>.", OFFER),
        ("Your previous status was <B>Submitted</B>.\nYour new status is <B>Interviewing</B>.", None),
        ("Quarry Lane Builders have let us know that they have chosen another candidate for the role.", REJECTED),
        ("Unfortunately they've decided to go with an internal candidate for the branch role.", REJECTED),
        # Said as a small business says it.
        ("Thanks for coming in Tuesday. We went with someone with more forklift experience. Best of luck.", REJECTED),
        ("Dana and I would like you to come back to meet our executive director.", NEXT_ROUND),
        ("As discussed, the second interview is with our MD on Tuesday at 3pm.", NEXT_ROUND),
        ("Ask for Marisol at reception and she'll bring you back to me.", None),
        ("I'll be back to you with some times next week.", None),
        ("After much deliberation, we've decided to move ahead with another applicant.", REJECTED),
        ("I'm sorry to say the role went to someone else.", REJECTED),
        ("The position is no longer available.", REJECTED),
        ("Leider können wir Ihnen keine Zusage geben.", REJECTED),
        ("I'm pleased to tell you that you got the job!", OFFER),
        ("Nous avons le plaisir de vous proposer le poste.", OFFER),
        ("You've moved on to the second round!", NEXT_ROUND),
        ("Please use the link below to schedule your final interview.", NEXT_ROUND),
        ("The team would like to meet you again.", NEXT_ROUND),
        ("The next step is a take-home assignment; please complete it by Friday.", NEXT_ROUND),
        ("Nous aimerions vous proposer un entretien mardi.", None),
        ("The next step is for me to check the calendar.", None),
        # Not news: a scheduling detail, a question.
        ("Could you move forward your start time by an hour? We are unable to host before 10.", None),
        ("Which direction should I take from the station? I'll be going a different route.", None),
        # Not news: a delay, a reschedule, a benefits line, a thank-you.
        ("Unfortunately Mateo is out sick, so we need to move your interview to Friday.", None),
        ("We offer flexible hours and a generous learning budget.", None),
        ("Thanks for your time today, we'll be in touch next week with an update.", None),
        ("We're still interviewing other candidates and hope to decide by Friday.", None),
        ("We regret to inform you that we need to reschedule your interview to Monday.", None),
        ("We are pleased to offer you an interview for the Data Engineer position.", None),
        ("Sorry, we're not able to offer you a slot on Friday; would Monday work?", None),
    ],
)
def test_the_news_is_read_from_decisions_not_moods(text: str, expected: str | None) -> None:
    assert outcome_of("", text) == expected


def test_quoted_news_is_not_news_and_the_users_own_mail_brings_none() -> None:
    reply = raw(
        "Jordan Lee <jordan.lee@fastmail.com>",
        "Re: Your application",
        "Thank you for letting me know, I appreciate it.\n\n"
        "On Mon, Mar 16, 2026, Hannah wrote:\n> we have decided not to move forward with your application.",
        END + timedelta(days=4),
    )
    message = parse_message(reply, NY)
    assert message_outcome(message, layout_mod.split(message.text, message.subject), ME) is None


def test_a_rejection_from_the_recruiting_system_in_a_new_thread_concerns_the_interview() -> None:
    news = parse_message(
        raw(
            "Lumen Freight <no-reply@us.greenhouse-mail.io>",
            "Your application to Lumen Freight",
            "Hi Jordan, thank you for interviewing with Lumen Freight. We have decided not to move forward.",
            END + timedelta(days=3),
        ),
        NY,
    )
    assert understand_message(news, CTX).outcome == REJECTED
    assert concerns(INTERVIEW, news, ME, text=news.text)
    other = parse_message(
        raw(
            "Ostara Bank <no-reply@us.greenhouse-mail.io>",
            "Your application to Ostara Bank",
            "Hi Jordan, we have decided not to move forward.",
            END + timedelta(days=3),
        ),
        NY,
    )
    assert not concerns(INTERVIEW, other, ME, text=other.text), "another company's rejection"
    before = parse_message(
        raw(
            "Lumen Freight <no-reply@us.greenhouse-mail.io>",
            "Lumen Freight",
            "We have decided not to move forward.",
            INTERVIEW.start - timedelta(days=2),
        ),
        NY,
    )
    assert not concerns(INTERVIEW, before, ME, text=before.text), "news from before the interview is older news"


def test_news_in_the_thread_or_from_the_companys_domain_concerns_the_interview() -> None:
    in_thread = parse_message(
        raw("A Recruiter <a@agency.example>", "Re: x", "We'd like to move you forward to the final round.",
            END + timedelta(days=1), in_reply_to=INTERVIEW.message_id),
        NY,
    )  # fmt: skip
    own_domain = parse_message(
        raw("Grace Liu <grace.liu@lumenfreight.com>", "Offer", "We are excited to offer you the role!",
            END + timedelta(days=5)),
        NY,
    )  # fmt: skip
    assert concerns(INTERVIEW, in_thread, ME) and concerns(INTERVIEW, own_domain, ME)


def test_inspect_reports_outcome_coordinator_and_name_only_interviewers(tmp_path: Path) -> None:
    rejection = tmp_path / "rejection.eml"
    rejection.write_bytes(
        raw(
            "Lumen Freight <no-reply@us.greenhouse-mail.io>",
            "Update on your application",
            "Hi Jordan, after careful consideration we have decided to pursue other candidates.",
            END + timedelta(days=3),
        )
    )
    result = inspect_file(rejection, CTX, None)
    assert (result["is_interview"], result["outcome"]) == (False, "rejected")
    people_corpus = TESTS / "corpus_people"
    named_only = inspect_file(people_corpus / "p10.eml", CTX, None)
    assert named_only["interviewers"] == [{"name": "Ellen Marsh", "email": None}]
    assert named_only["company"] == "Larkspur Analytics"
    assert any("Ellen Marsh has no address" in w for w in named_only["warnings"])
    assert named_only["outcome"] is None
    json.dumps(named_only)  # one JSON object per line


def test_a_name_only_interviewer_is_kept_and_the_coordinator_is_asked_to_pass_thanks_on() -> None:
    corpus = TESTS / "corpus"
    result = inspect_file(corpus / "0114.eml", CTX, None)
    assert result["coordinator"] == {"name": "Hannah Cole", "email": "hannah.cole@lumenfreight.com"}
    named = [p["name"] for p in result["interviewers"] if p["email"] is None]
    assert named == ["Mateo Alvarez", "Grace Liu"]
    assert any("Hannah Cole, who arranged it, is asked to pass the thanks on" in w for w in result["warnings"])


def test_the_plan_shows_the_news_and_who_has_no_address() -> None:
    from watcher.model import Status, StoredInterview
    from watcher.report import render_plan

    people_corpus = TESTS / "corpus_people"
    priya = replace(CTX, user_addresses=frozenset({"priya.n@gmail.com"}))
    understood = understand_message(parse_message((people_corpus / "p16.eml").read_bytes(), NY), priya).interview
    assert understood is not None and understood.unaddressed == ("Karen Whitlock",)
    interview = replace(understood, outcome=REJECTED)
    record = StoredInterview(interview, Status.ACTIVE, "INBOX:1")
    text = render_plan([(record, [])], interview.end + timedelta(days=4), NY)
    assert "[REJECTED]" in text
    assert (
        "note: Karen Whitlock has no address in the message: Hana Sato, who arranged it, is asked to pass the thanks on"
        in text
    )


def test_a_shorter_name_the_company_goes_by_is_enough_from_its_recruiting_system() -> None:
    longer = replace(INTERVIEW, company="Lumen Freight Systems")  # as its footer's legal name writes it
    news = parse_message(
        raw(
            "Lumen Freight via Lever <no-reply@hire.lever.co>",
            "Your application",
            "Hi Jordan, we won't be moving forward with your application.",
            END + timedelta(days=3),
        ),
        NY,
    )
    assert concerns(longer, news, ME, text=news.text)
    by_domain = parse_message(
        raw(
            "Recruiting <no-reply@personio.de>",
            "Ihre Bewerbung",
            "Leider müssen wir Ihnen mitteilen, dass Lumenfreight sich für einen anderen Kandidaten entschieden hat.",
            END + timedelta(days=3),
        ),
        NY,
    )
    assert concerns(replace(INTERVIEW, company="Spedition Lumen"), by_domain, ME, text=by_domain.text)
    lumen_only = parse_message(
        raw(
            "Lumen Bank <no-reply@hire.lever.co>",
            "Your application",
            "We have decided not to move forward.",
            END + timedelta(days=3),
        ),
        NY,
    )
    assert not concerns(longer, lumen_only, ME, text=lumen_only.text), "one shared word is another company"


def test_the_companys_name_on_the_sender_is_enough_from_another_domain_of_its_own() -> None:
    news = parse_message(
        raw(
            "Lumen Freight Careers <talent@lumenfreight-jobs.net>",
            "Your application",
            "Hi Jordan, we have decided not to move forward with your application.",
            END + timedelta(days=3),
        ),
        NY,
    )
    assert concerns(INTERVIEW, news, ME, text=news.text)
    stranger = parse_message(
        raw(
            "Someone Else <talent@other-jobs.net>",
            "Your application",
            "Hi Jordan, we have decided not to move forward with your application.",
            END + timedelta(days=3),
        ),
        NY,
    )
    assert not concerns(INTERVIEW, stranger, ME, text=stranger.text)


def test_news_from_a_hosted_hr_suite_under_a_recruiters_name_concerns_the_interview_by_its_reply_to() -> None:
    """Odoo Online writes "Hannah Cole <notifications@lumen.odoo.com>" with the company's address in Reply-To."""
    message = EmailMessage()
    message["From"] = "Hannah Cole <notifications@lumen.odoo.com>"
    message["Reply-To"] = "Lumen Freight <jobs@lumenfreight.com>"
    message["To"] = "Jordan Lee <jordan.lee@fastmail.com>"
    message["Subject"] = "Your Job Application: Data Engineer"
    message["Date"] = format_datetime(END + timedelta(days=2))
    message["Message-ID"] = "<refuse-1@lumen.odoo.com>"
    message.set_content("Hello,\n\nOur hiring team reviewed your application and did not select it for further "
                        "consideration.\n")
    news = parse_message(message.as_bytes(), NY)
    assert understand_message(news, CTX).outcome == REJECTED
    assert concerns(INTERVIEW, news, ME, text=news.text)
    assert not concerns(replace(INTERVIEW, company="Ostara Bank", interviewers=(Person("A B", "ab@ostara.com"),),
                                organizer=None), news, ME, text=news.text)
