"""Skip rules on facts: a thank-you already sent, a company that already wrote. Every skip needs clear
evidence; each case that must NOT skip is a follow-up a user would otherwise lose."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from watcher.core.skips import check_in_skip, company_domains, mail_fact, new_text, thank_you_skip
from watcher.model import EndSource, FollowUp, Interview, Kind, Person

NY = ZoneInfo("America/New_York")
ME = frozenset({"jordan@example.com"})
USER = ("Jordan Lee", "jordan@example.com")
DANA = Person("Dana Whitfield", "dana@northwind.example")
SAM = Person("Sam Ortiz", "sam@northwind.example")
RILEY = Person("Riley Chen", "riley@northwind.example")
START = datetime(2026, 1, 6, 19, tzinfo=UTC)  # 14:00 New York
END = START + timedelta(hours=1)
NOW = END + timedelta(days=8)
INVITE_ID = "invite-1@northwind.example"

INTERVIEW = Interview(
    key="ical:x",
    start=START,
    end=END,
    end_source=EndSource.CALENDAR,
    subject="Interview: Senior Data Engineer",
    company="Northwind",
    role="Senior Data Engineer",
    interviewers=(DANA, SAM),
    organizer=RILEY,
    message_id=INVITE_ID,
)


def raw(
    sender: tuple[str, str],
    to: list[tuple[str, str]],
    when: datetime,
    subject: str,
    body: str,
    *,
    cc: list[tuple[str, str]] = (),
    msgid: str = "",
    in_reply_to: str = "",
    headers: dict[str, str] | None = None,
) -> bytes:
    m = EmailMessage()
    m["From"] = f"{sender[0]} <{sender[1]}>"
    m["To"] = ", ".join(f"{n} <{a}>" for n, a in to)
    if cc:
        m["Cc"] = ", ".join(f"{n} <{a}>" for n, a in cc)
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{msgid or f'{abs(hash((subject, when)))}@mail.example'}>"
    if in_reply_to:
        m["In-Reply-To"] = f"<{in_reply_to}>"
        m["References"] = f"<{in_reply_to}>"
    for name, value in (headers or {}).items():
        m[name] = value
    m.set_content(body)
    return m.as_bytes()


def fact(*args, **kwargs):
    return mail_fact(raw(*args, **kwargs), NY, ME)


def thanks_to(*people: Person) -> FollowUp:
    return FollowUp(INTERVIEW.id, Kind.THANK_YOU, END, END, END, tuple(people))


def person(p: Person) -> tuple[str, str]:
    return (p.name, p.email)


# ---------------------------------------------------------------- thank-you


def test_a_thank_you_already_sent_to_the_interviewer_skips_that_draft_only():
    sent = [fact(USER, [person(DANA)], END + timedelta(minutes=30), "Thank you!", "Hi Dana, thanks for today.")]
    skip = thank_you_skip(thanks_to(DANA), INTERVIEW, sent, NOW, NY)
    assert skip is not None
    assert skip.reason == "you already thanked Dana Whitfield (sent Tue 6 Jan 15:30)"
    assert thank_you_skip(thanks_to(SAM), INTERVIEW, sent, NOW, NY) is None


def test_one_message_to_the_whole_panel_covers_a_draft_to_all_of_them():
    sent = [
        fact(USER, [person(DANA)], END + timedelta(hours=1), "Today", "Thank you both!", cc=[person(SAM)]),
    ]
    assert thank_you_skip(thanks_to(DANA, SAM), INTERVIEW, sent, NOW, NY) is not None
    only_dana = [fact(USER, [person(DANA)], END + timedelta(hours=1), "Today", "Thank you!")]
    assert thank_you_skip(thanks_to(DANA, SAM), INTERVIEW, only_dana, NOW, NY) is None


def test_sent_mail_that_is_not_a_thank_you_or_came_before_the_interview_does_not_skip():
    cases = [
        fact(USER, [person(DANA)], START - timedelta(days=1), "See you tomorrow", "Thanks for the invite!"),
        fact(USER, [person(DANA)], END + timedelta(hours=1), "Code sample", "Here is the repository I mentioned."),
        fact(USER, [person(RILEY)], END + timedelta(hours=1), "Thank you", "Thanks for organising."),
    ]
    assert thank_you_skip(thanks_to(DANA), INTERVIEW, cases, NOW, NY) is None


def test_a_thank_you_sent_when_the_interview_ended_early_counts():
    early = [fact(USER, [person(DANA)], END - timedelta(minutes=15), "Merci", "Merci beaucoup pour l'entretien.")]
    assert thank_you_skip(thanks_to(DANA), INTERVIEW, early, NOW, NY) is not None


# ---------------------------------------------------------------- check-in


def test_a_company_reply_in_the_thread_with_news_skips_the_check_in():
    reply = fact(
        person(RILEY),
        [USER],
        END + timedelta(days=3),
        "Re: Interview: Senior Data Engineer",
        "Hi Jordan, we would like to invite you to a final round next week.",
        in_reply_to=INVITE_ID,
    )
    skip = check_in_skip(INTERVIEW, [reply], [], ME, NOW, NY)
    assert skip is not None and skip.reason.startswith("Riley Chen wrote after the interview (Fri 9 Jan")


def test_anyone_replying_in_the_thread_counts_even_from_an_agency():
    reply = fact(
        ("Pat Agency", "pat@talentagency.example"),
        [USER],
        END + timedelta(days=4),
        "Re: Interview",
        "Quick update: the team is still deciding and I expect to hear early next week, I will let you know "
        "as soon as I do. In the meantime, could you send me your notice period and salary expectations? " * 3,
        in_reply_to=INVITE_ID,
    )
    assert check_in_skip(INTERVIEW, [reply], [], ME, NOW, NY) is not None


def test_a_fresh_status_email_from_the_company_domain_counts():
    update = fact(
        ("Northwind Recruiting", "recruiting@northwind.example"),
        [USER],
        END + timedelta(days=5),
        "Your application for Senior Data Engineer",
        "Unfortunately we have decided to move forward with other candidates.",
    )
    assert check_in_skip(INTERVIEW, [update], [], ME, NOW, NY) is not None


def test_acknowledgements_automatic_mail_and_unrelated_company_mail_do_not_skip():
    my_thanks = fact(
        USER, [person(DANA)], END + timedelta(hours=2), "Thank you", "Thanks Dana!", msgid="t1@example.com"
    )
    not_news = [
        # a short reply to the user's thank-you, three days later
        fact(
            person(DANA),
            [USER],
            END + timedelta(days=3),
            "Re: Thank you",
            "You're welcome Jordan, great to meet you!",
            in_reply_to="t1@example.com",
        ),
        # a courtesy note the same evening, in the thread
        fact(
            person(RILEY),
            [USER],
            END + timedelta(hours=3),
            "Re: Interview",
            "Thanks for coming in today!",
            in_reply_to=INVITE_ID,
        ),
        # an out-of-office
        fact(
            person(RILEY),
            [USER],
            END + timedelta(days=4),
            "Automatic reply: Interview",
            "I am out of the office.",
            in_reply_to=INVITE_ID,
        ),
        # a newsletter and a receipt from the same company's domain, not about the interview
        fact(
            ("Northwind News", "news@northwind.example"),
            [USER],
            END + timedelta(days=2),
            "Our winter catalogue",
            "Big savings this week.",
            headers={"List-Unsubscribe": "<mailto:u@northwind.example>"},
        ),
        fact(
            ("Northwind Shop", "orders@northwind.example"),
            [USER],
            END + timedelta(days=2),
            "Your order shipped",
            "Your parcel is on its way.",
        ),
        # company mail from before the interview ended
        fact(
            person(RILEY),
            [USER],
            END - timedelta(hours=2),
            "Re: Interview",
            "Unfortunately the room changed.",
            in_reply_to=INVITE_ID,
        ),
        # the user's own message in the thread
        fact(
            USER,
            [person(RILEY)],
            END + timedelta(days=2),
            "Re: Interview",
            "Any update on the decision?",
            in_reply_to=INVITE_ID,
        ),
    ]
    assert check_in_skip(INTERVIEW, not_news, [my_thanks], ME, NOW, NY) is None


def test_a_reply_to_the_users_thank_you_with_news_counts():
    my_thanks = fact(
        USER, [person(DANA)], END + timedelta(hours=2), "Thank you", "Thanks Dana!", msgid="t2@example.com"
    )
    news = fact(
        person(DANA),
        [USER],
        END + timedelta(days=1),
        "Re: Thank you",
        "Thanks Jordan! We'd like to schedule a second conversation with our CTO.",
        in_reply_to="t2@example.com",
    )
    assert check_in_skip(INTERVIEW, [news], [my_thanks], ME, NOW, NY) is not None


def test_an_internal_candidate_is_not_skipped_by_colleagues_mail():
    """When the company is the user's own employer, only the thread counts, not every colleague's mail."""
    me = frozenset({"jordan@northwind.example"})
    internal = Interview(**{**INTERVIEW.__dict__, "key": "internal"})
    assert company_domains(internal, me) == frozenset()
    colleague = mail_fact(
        raw(
            person(SAM),
            [("Jordan", "jordan@northwind.example")],
            END + timedelta(days=3),
            "Position planning",
            "Can you review the role descriptions for next quarter? " * 20,
        ),
        NY,
        me,
    )
    assert check_in_skip(internal, [colleague], [], me, NOW, NY) is None


def test_company_domains_skip_scheduling_tools_free_mail_and_keep_country_domains_apart():
    i = Interview(
        key="k",
        start=START,
        end=END,
        end_source=EndSource.CALENDAR,
        interviewers=(Person("A", "a@hr.acme.co.uk"), Person("B", "b@gmail.com")),
        organizer=Person("C", "c@greenhouse.io"),
    )
    assert company_domains(i, ME) == frozenset({"acme.co.uk"})


def test_new_text_drops_quotes_and_signature():
    text = "Thanks, great to meet you!\n\n-- \nRiley\nRecruiter\n\nOn Tue, Jan 6, Jordan wrote:\n> Thank you"
    assert new_text(text) == "Thanks, great to meet you!"
    assert new_text("Sounds good.\n> quoted line\nmore") == "Sounds good.\nmore"


def test_a_rejection_relayed_by_the_recruiting_system_in_a_new_thread_skips_the_check_in():
    """Issue 11: found when the check-in comes due (the mailbox is searched by the company's name in From)."""
    relayed = fact(
        ("Northwind via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        [USER],
        END + timedelta(days=2),
        "An update on your application",
        "Hi Jordan, thank you for your time. We have decided not to move forward with your application.",
    )
    skip = check_in_skip(INTERVIEW, [relayed], [], ME, NOW, NY)
    assert skip is not None and skip.reason.startswith("rejected: the company said no, from Northwind via Greenhouse")
    elsewhere = fact(
        ("Contoso via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        [USER],
        END + timedelta(days=2),
        "An update on your application",
        "Hi Jordan, we have decided not to move forward with your application.",
    )
    assert check_in_skip(INTERVIEW, [elsewhere], [], ME, NOW, NY) is None, "another company's news"
    no_news = fact(
        ("Northwind via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        [USER],
        END + timedelta(days=2),
        "New jobs at Northwind",
        "Hi Jordan, here are new openings you might like.",
    )
    assert check_in_skip(INTERVIEW, [no_news], [], ME, NOW, NY) is None, "a relay's job alert is no news"


def test_a_recruiting_systems_news_ends_the_check_in_though_it_is_automatic_mail():
    """Issue 11: an HR suite's refusal carries the headers of automatic mail (Auto-Submitted,
    List-Unsubscribe); it is news all the same. An auto-reply or a newsletter with such headers is not."""
    automatic = {"Auto-Submitted": "auto-generated", "List-Unsubscribe": "<https://northwind.odoo.com/unfollow>"}
    refusal = fact(
        ("Riley Chen", "notifications@northwind.odoo.com"),
        [USER],
        END + timedelta(days=2),
        "Your Job Application: Senior Data Engineer",
        "Thank you for your interest in joining the Northwind team. Our hiring team reviewed your application "
        "and did not select it for further consideration.",
        headers=automatic,
    )
    assert refusal.automatic
    skip = check_in_skip(INTERVIEW, [refusal], [], ME, NOW, NY)
    assert skip is not None and skip.reason.startswith("rejected: the company said no, from Riley Chen")
    newsletter = fact(
        ("Northwind Careers", "careers@northwind.example"),
        [USER],
        END + timedelta(days=2),
        "New jobs at Northwind",
        "Five new openings this week at Northwind.",
        headers=automatic,
    )
    assert check_in_skip(INTERVIEW, [newsletter], [], ME, NOW, NY) is None
