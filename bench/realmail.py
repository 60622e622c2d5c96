"""A real-shaped INBOX (issue 13): the mail that shares an interview's words without being about a job.

bench/mailbox.py is kind to a pre-filter: 7% of its messages hold an interview word near the top. A real
mailbox is not. Here (fixed seed, 30 days) the bulk is personal mail, work and project threads, mailing
lists, HTML newsletters and notifications, written the way such mail is:
- HTML newsletters carry the CSS real ones carry: `<style>` blocks with `@media only screen and
  (max-width:600px)`, `position:relative`, `role="presentation"` tables, tracking links whose targets hold
  words (`utm_campaign=recruit-a-friend`), images called `screenshot.png`;
- project mail talks about "the role" of a module, "release candidate" builds, screens and screenshots,
  "the application server", cursor "position", "resume the sync", "applied the patch", with
  `screenshot.png` attached;
- a game newsletter asks you to "recruit" allies; hiring words are sprinkled widely ("we're hiring" in
  footers and signatures, "candidate" in politics, "screening" of a film);
- and the job mail of bench/mailbox.py: job alerts, application replies, recruiters, ordinary meetings with
  a calendar part, and the planted interviews (calendar parts from Google, Outlook and ATS senders, and
  plain-text confirmations), which the service must all find.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta

from bench.mailbox import (
    _SENDERS,
    USER,
    Generated,
    _application,
    _b64,
    _finish,
    _headers,
    _invitation,
    _job_alert,
    _log_size,
    _meeting,
    _message_id,
    _qp,
    _text,
    _text_invitation,
)

SEED = 20261205

MIX: tuple[tuple[str, float], ...] = (
    ("personal", 0.12),
    ("work", 0.20),
    ("mailing_list", 0.14),
    ("newsletter", 0.20),
    ("game_newsletter", 0.03),
    ("notification", 0.24),
    ("job_alert", 0.015),
    ("application", 0.005),
    ("meeting", 0.01),
)
INVITATIONS = 0.01  # calendar invitations to interviews (Google, Outlook, ATS)
TEXT_INVITATIONS = 0.002  # plain-text confirmations

_COLLEAGUES = (
    ("Dana Whitfield", "dana.whitfield@acme-corp.example"),
    ("Riley Okafor", "riley.okafor@acme-corp.example"),
    ("Morgan Ito", "morgan.ito@acme-corp.example"),
    ("Quinn Larsen", "quinn.larsen@acme-corp.example"),
)
_LISTS = (
    ("dev", "dev@lists.opensource.example", "opensource"),
    ("users", "users@lists.framework.example", "framework"),
    ("announce", "announce@lists.distro.example", "distro"),
)
_NEWS = (
    ("The Morning Brief", "news@morningbrief.example"),
    ("Product Weekly", "digest@productweekly.example"),
    ("Design Letters", "hello@designletters.example"),
    ("Politics Today", "briefing@politicstoday.example"),
    ("Film Society", "news@filmsociety.example"),
)
_NOTIFIERS = (
    ("GitHub", "notifications@github.example"),
    ("Jira", "jira@acme-corp.atlassian.example"),
    ("Slack", "feedback@slack.example"),
    ("Bank of Examples", "alerts@bank.example"),
    ("ShopMart", "orders@shopmart.example"),
    ("Cloud Console", "noreply@cloud.example"),
)

# Sentences of ordinary mail that hold a hiring word a byte search finds and a person does not read as one.
_PROJECT = (
    "The role of the scheduler module is to keep the queue short; its role in the release is small.",
    "Release candidate rc{n} is tagged; please test the candidate build before Friday.",
    "I attached a screenshot of the settings screen; the screen goes blank after resume from sleep.",
    "The application server logs the cursor position on every redraw, which slows the screen down.",
    "I applied the patch and resumed the sync; applying it twice is harmless.",
    "Which role should the service account get? The admin role is too broad for the screening job.",
    "Can you review the role-based access change? The candidate fix is in the branch.",
    "The position of the sidebar shifts on small screens; see screenshot.png.",
    "Our team is hiring for the platform group, so expect fewer reviews from me this week.",
    "Thanks for the review. The role of this flag is to resume downloads after a crash.",
)
_SIGNATURES = (
    "--\n{name}\nStaff Engineer, Acme Corp\nWe're hiring! https://acme-corp.example/careers",
    "--\n{name}\nAcme Corp | Platform team",
    "--\n{name}\nSent from my phone",
)
_STYLE = (
    '<style type="text/css">\n'
    "body{{margin:0;padding:0;-webkit-text-size-adjust:100%}} table{{border-collapse:collapse}}\n"
    ".wrapper{{width:100%;table-layout:fixed;background-color:#f4f4f4}} .hero{{position:relative}}\n"
    ".screen-only{{display:block}} .candidate-pick{{font-weight:bold}} .role-badge{{color:#555}}\n"
    "@media only screen and (max-width:600px){{ .container{{width:100%!important}} "
    ".column{{display:block!important;width:100%!important}} .hero img{{position:static!important}} }}\n"
    "@media screen and (prefers-color-scheme:dark){{ body{{background:#111!important}} }}\n"
    "[data-ogsc] .dark-img{{display:block!important}} .{cls}{{padding:{pad}px}}\n"
    "</style>"
)


def generate(count: int, *, now: datetime, seed: int = SEED) -> Iterator[Generated]:
    """`count` messages dated over the 30 days before `now`, oldest first, with the planted interviews
    (kind "invitation" with a calendar, "text_invitation" without) at fixed random places."""
    rng = random.Random(seed)
    slots = rng.sample(range(count), round(count * INVITATIONS) + round(count * TEXT_INVITATIONS))
    planted = dict.fromkeys(slots[: round(count * INVITATIONS)], "invitation")
    planted.update(dict.fromkeys(slots[round(count * INVITATIONS) :], "text_invitation"))
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    span = timedelta(days=30).total_seconds()
    for index in range(count):
        sent = now - timedelta(seconds=span * (1 - index / max(count, 1))) + timedelta(seconds=rng.random())
        kind = planted.get(index) or rng.choices(kinds, weights)[0]
        yield _BUILDERS[kind](rng, index, sent, now)


def _project_text(rng: random.Random, size: int) -> str:
    parts = []
    while sum(map(len, parts)) < size:
        parts.append(_text(rng, rng.randint(200, 900)))
        parts.append(rng.choice(_PROJECT).format(n=rng.randint(1, 9)))
    return "\n\n".join(parts)


def _quoted(rng: random.Random, who: tuple[str, str], sent: datetime, text: str) -> str:
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    when = sent - timedelta(hours=rng.randint(1, 30))
    return f"\n\nOn {when:%a, %b %d, %Y at %H:%M}, {who[0]} <{who[1]}> wrote:\n{quoted}"


def _newsletter_html(rng: random.Random, paragraphs: list[str], brand: str) -> str:
    cls = f"c{rng.getrandbits(24):06x}"
    style = _STYLE.format(cls=cls, pad=rng.randint(4, 24))
    track = f"https://click.{brand}.example/ls/click?upn={rng.getrandbits(64):016x}"
    cells = []
    for number, paragraph in enumerate(paragraphs):
        link = f"{track}&utm_source=newsletter&utm_campaign=recruit-a-friend&utm_content=screen-{number}"
        cells.append(
            '<tr><td class="column" style="padding:12px 24px;font-family:Helvetica,Arial,sans-serif;'
            f'font-size:15px;line-height:22px;color:#333333;position:relative"><p style="margin:0 0 12px">{paragraph}'
            f' <a href="{link}" style="color:#0066cc">Read more</a></p></td></tr>'
        )
        if number % 3 == 1:
            cells.append(
                f'<tr><td><img src="https://cdn.{brand}.example/img/screenshot.png" alt="screenshot.png" '
                'width="552" style="display:block;width:100%;max-width:552px" role="presentation"></td></tr>'
            )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{brand}</title>{style}</head><body>"
        '<div class="wrapper"><table role="presentation" class="container" width="600" cellpadding="0" '
        'cellspacing="0" border="0" align="center" style="background:#ffffff">'
        + "\n".join(cells)
        + '<tr><td style="font-size:11px;color:#999">You receive this because you subscribed. '
        f'<a href="https://{brand}.example/unsubscribe?role=subscriber&amp;candidate=0">Unsubscribe</a></td></tr>'
        "</table></div></body></html>"
    )


def _alternative(text: str, html: str, boundary: str, extra: str = "") -> str:
    return (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        f"{_qp(text)}\n--{boundary}\nContent-Type: text/html; charset=utf-8\n"
        f"Content-Transfer-Encoding: quoted-printable\n\n{_qp(html)}\n{extra}--{boundary}--\n"
    )


def _png_part(rng: random.Random, boundary: str, name: str = "screenshot.png") -> str:
    data = b"\x89PNG\r\n\x1a\n" + rng.randbytes(_log_size(rng, 8_000, 90_000))
    return (
        f'--{boundary}\nContent-Type: image/png; name="{name}"\nContent-Disposition: attachment; '
        f'filename="{name}"\nContent-Transfer-Encoding: base64\n\n{_b64(data)}\n'
    )


# ---------------------------------------------------------------- kinds of mail


def _personal(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_SENDERS)
    mid = _message_id(rng, index, sender[1].split("@")[1])
    body = _text(rng, _log_size(rng, 600, 6_000))
    if rng.random() < 0.2:
        body += "\n\nBy the way, the film screening is on Saturday, and Sam got the lead role in the school play."
    subject = " ".join(rng.choices(("dinner", "weekend", "photos", "trip", "plans", "mum", "garden"), k=2))
    extra = ""
    if rng.random() < 0.5:
        subject = "Re: " + subject
        extra = f"In-Reply-To: <p{index}.{rng.getrandbits(32):08x}@{sender[1].split('@')[1]}>\n"
        body += _quoted(rng, USER, sent, _text(rng, rng.randint(200, 1500)))
    head = _headers(sender, subject.capitalize(), sent, mid, "text/plain; charset=utf-8", extra)
    return Generated(_finish(head, body), "personal", mid)


def _work(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_COLLEAGUES)
    mid = _message_id(rng, index, "acme-corp.example")
    topic = rng.choice(("scheduler", "release 4.2", "settings screen", "sync service", "access roles", "build"))
    text = _project_text(rng, _log_size(rng, 800, 8_000))
    text += "\n\n" + rng.choice(_SIGNATURES).format(name=sender[0])
    extra = ""
    subject = f"{topic}: {' '.join(rng.choices(('notes', 'update', 'question', 'review', 'plan'), k=2))}"
    if rng.random() < 0.7:
        subject = "Re: " + subject
        thread = f"<t{rng.randint(0, 400)}@acme-corp.example>"
        extra = f"In-Reply-To: {thread}\nReferences: {thread}\n"
        text += _quoted(rng, rng.choice(_COLLEAGUES), sent, _project_text(rng, rng.randint(300, 3000)))
    if rng.random() < 0.3:
        boundary = f"wk{rng.getrandbits(64):016x}"
        body = (
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"{_qp(text)}\n{_png_part(rng, boundary)}--{boundary}--\n"
        )
        head = _headers(sender, subject, sent, mid, f'multipart/mixed; boundary="{boundary}"', extra)
    else:
        head = _headers(sender, subject, sent, mid, "text/plain; charset=utf-8", extra)
        body = text
    return Generated(_finish(head, body), "work", mid)


def _mailing_list(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    name, address, project = rng.choice(_LISTS)
    author = (f"{rng.choice(('Ana', 'Bo', 'Cy', 'Di', 'Ed'))} {rng.choice(('Rey', 'Lin', 'Moss'))}", address)
    mid = _message_id(rng, index, f"lists.{project}.example")
    text = _project_text(rng, _log_size(rng, 600, 10_000))
    if rng.random() < 0.3:
        text += _quoted(rng, author, sent, _project_text(rng, rng.randint(300, 2500)))
    text += f"\n\n_______________________________________________\n{name} mailing list\n{address}\n"
    about = rng.choice(("4.2rc1 candidate", "roles", "screen reader support", "resume bug", "patch"))
    subject = f"[{name}] {'Re: ' if rng.random() < 0.6 else ''}{project} {about}"
    extra = f"List-Id: <{name}.{project}.example>\nList-Unsubscribe: <mailto:{name}-leave@{project}.example>\n"
    if subject.startswith(f"[{name}] Re:"):
        extra += f"In-Reply-To: <l{rng.randint(0, 300)}@{project}.example>\n"
    head = _headers(author, subject, sent, mid, "text/plain; charset=utf-8", extra)
    return Generated(_finish(head, text), "mailing_list", mid)


_NEWS_LINES = (
    "The council candidate who won the by-election spoke about housing.",
    "Our film society hosts a screening of the restored classic on Thursday.",
    "Start-ups are hiring again, economists say, though mostly for senior roles.",
    "The new phone's screen is brighter, and its battery life better.",
    "Five ways to prepare for your next job interview, from hiring managers.",
    "Applications for the community garden close at the end of the month.",
    "The exhibition shows the role of women in early computing.",
)


def _newsletter(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_NEWS)
    brand = sender[1].split("@")[1].split(".")[0]
    mid = _message_id(rng, index, sender[1].split("@")[1])
    paragraphs = [_text(rng, rng.randint(300, 1200)) for _ in range(rng.randint(3, 14))]
    if rng.random() < 0.35:
        paragraphs.insert(rng.randint(0, len(paragraphs)), rng.choice(_NEWS_LINES))
    text = "\n\n".join(paragraphs) + "\n\nYou receive this because you subscribed. Unsubscribe."
    boundary = f"nl{rng.getrandbits(64):016x}"
    head = _headers(
        sender,
        f"{sender[0]}: {' '.join(rng.choices(('news', 'week', 'ideas', 'city', 'story', 'picks'), k=3))}",
        sent,
        mid,
        f'multipart/alternative; boundary="{boundary}"',
        "List-Unsubscribe: <mailto:unsubscribe@example.test>\n",
    )
    body = _alternative(text, _newsletter_html(rng, paragraphs, brand), boundary)
    return Generated(_finish(head, body), "newsletter", mid)


def _game_newsletter(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = ("Realm of Heroes", "news@realmofheroes.example")
    mid = _message_id(rng, index, "realmofheroes.example")
    paragraphs = [
        "Recruit new heroes this weekend: every recruit you bring earns double gold!",
        "Choose your role - tank, healer or damage - and climb the season ladder.",
        *[_text(rng, rng.randint(300, 900)) for _ in range(rng.randint(2, 6))],
    ]
    boundary = f"gm{rng.getrandbits(64):016x}"
    head = _headers(
        sender, "Recruit your friends: double rewards this weekend", sent, mid,
        f'multipart/alternative; boundary="{boundary}"', "List-Unsubscribe: <mailto:u@realmofheroes.example>\n",
    )  # fmt: skip
    text = "\n\n".join(paragraphs)
    return Generated(
        _finish(head, _alternative(text, _newsletter_html(rng, paragraphs, "realmofheroes"), boundary)), "game", mid
    )


def _notification(rng: random.Random, index: int, sent: datetime, now: datetime) -> Generated:
    sender = rng.choice(_NOTIFIERS)
    brand = sender[1].split("@")[1].split(".")[0]
    mid = _message_id(rng, index, sender[1].split("@")[1])
    lead = rng.choice(
        (
            "@riley commented: see the attached screenshot.png, the screen is cut off at 600px.",
            "Your role in the acme-corp organization changed from member to maintainer.",
            "Build #4412 of release candidate v4.2.0-rc3 passed.",
            "Your payment was applied to account ending 0042.",
            "Your order has shipped. Track its position on the map.",
            "Sync resumed on 3 devices.",
        )
    )
    paragraphs = [lead, *(_text(rng, rng.randint(200, 900)) for _ in range(rng.randint(1, 5)))]
    subject = f"[{sender[0]}] {' '.join(rng.choices(('issue', 'build', 'order', 'alert', 'update', 'comment'), k=3))}"
    head = _headers(sender, subject, sent, mid, "text/html; charset=utf-8")
    head += "Content-Transfer-Encoding: quoted-printable\n"
    return Generated(_finish(head, _qp(_newsletter_html(rng, paragraphs, brand))), "notification", mid)


_BUILDERS = {
    "personal": _personal,
    "work": _work,
    "mailing_list": _mailing_list,
    "newsletter": _newsletter,
    "game_newsletter": _game_newsletter,
    "notification": _notification,
    "job_alert": _job_alert,
    "application": _application,
    "meeting": _meeting,
    "invitation": _invitation,
    "text_invitation": _text_invitation,
}
