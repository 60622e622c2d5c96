#!/usr/bin/env python3
"""Sanity checks for the labelled interview-email corpus (stdlib only).

Run:  python tests/corpus/check_labels.py   (exit status 1 on any error)

Checks
  * every .eml parses with the stdlib ``email`` package and has the basic headers;
  * every .eml has exactly one label in labels.json and every label names an existing file;
  * start/end are ISO 8601 with a UTC offset (or null), end >= start, ``end_stated`` agrees
    with ``end`` and non-interviews carry no times and no interviewers;
  * the weekday in the Date header matches its date;
  * a candidate address appears in To: (or in From: for mail the user sent, which is never an
    interview) and no interviewer is a candidate;
  * every labelled interviewer address occurs somewhere in the decoded message;
  * (warning only) "Tuesday, March 3"-style dates in the body agree with the calendar.
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CANDIDATES = {
    "jordan.lee@fastmail.com", "priya.n@gmail.com", "marcus.oyelaran@outlook.com",
    "sofia.castellanos@proton.me", "lukas.brenner@posteo.de", "camille.dubois@icloud.com",
}
KEYS = {"file", "is_interview", "start", "end", "end_stated", "interviewers", "company", "role",
        "category", "lang", "notes"}
OPTIONAL = {"cancelled", "feedback"}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

errors, warnings = [], []


def err(f, m):
    errors.append(f"{f}: {m}")


def parse_iso(f, field, v):
    if v is None:
        return None
    try:
        d = dt.datetime.fromisoformat(v)
    except ValueError:
        err(f, f"{field} is not ISO 8601: {v!r}")
        return None
    if d.tzinfo is None or d.utcoffset() is None:
        err(f, f"{field} has no UTC offset: {v!r}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d", v):
        err(f, f"{field} not in YYYY-MM-DDTHH:MM[:SS]+HH:MM form: {v!r}")
    return d


def all_text(msg):
    """Decoded text of every text/* part (including nested message/rfc822) plus headers."""
    chunks = [str(v) for k, v in msg.items()]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            try:
                chunks.append(part.get_content())
            except Exception:
                chunks.append(part.get_payload(decode=True).decode("utf-8", "replace"))
    return "\n".join(chunks)


# ---- body date consistency (warning only) -------------------------------------------
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
EN_MON = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
DE_DAYS = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
DE_MON = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
          "oktober", "november", "dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]


def _mon_idx(tok, months):
    tok = tok.lower().rstrip(".")
    for i, m in enumerate(months):
        if m.startswith(tok) and len(tok) >= 3:
            return i + 1
    return None


def _day_idx(tok, days):
    tok = tok.lower().rstrip(".")
    for i, d in enumerate(days):
        if d.startswith(tok) and len(tok) >= 2:
            return i
    return None


def body_dates(text):
    """Yield (weekday_index, month, day, snippet) for explicit weekday+date mentions."""
    day_en = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
    mon_en = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    pats = [
        (re.compile(rf"\b{day_en},?\s+{mon_en}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I), EN_DAYS, EN_MON, "dmd"),
        (re.compile(rf"\b{day_en},?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{mon_en}", re.I), EN_DAYS, EN_MON, "ddm"),
        (re.compile(r"\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so)\.?,?\s+(?:den\s+)?(\d{1,2})\.\s*(januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|okt|nov|dez)", re.I), DE_DAYS, DE_MON, "ddm"),
        (re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim)\.?\s+(\d{1,2}|1er)\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc)\.?", re.I), FR_DAYS, FR_MON, "ddm"),
        (re.compile(r"\b(lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s*,?\s+(\d{1,2})\s+de\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)", re.I), ES_DAYS, ES_MON, "ddm"),
    ]
    for rx, days, months, order in pats:
        for m in rx.finditer(text):
            if order == "dmd":
                wd, mon, d = m.group(1), m.group(2), m.group(3)
            else:
                wd, d, mon = m.group(1), m.group(2), m.group(3)
            wi, mi = _day_idx(wd, days), _mon_idx(mon, months)
            if wi is None or mi is None:
                continue
            d = 1 if d.lower() == "1er" else int(d)
            yield wi, mi, d, m.group(0)


def check_body_dates(f, text, sent):
    for wi, mi, d, snip in body_dates(text):
        ok = False
        for y in (sent.year - 1, sent.year, sent.year + 1):
            try:
                cand = dt.date(y, mi, d)
            except ValueError:
                continue
            if abs((cand - sent.date()).days) <= 250 and cand.weekday() == wi:
                ok = True
        if not ok:
            warnings.append(f"{f}: body date {snip!r} has a weekday that does not match (sent {sent:%Y-%m-%d})")


def main():
    labels_path = HERE / "labels.json"
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    by_file = collections.defaultdict(list)
    for lab in labels:
        by_file[lab.get("file")].append(lab)
    emls = sorted(p.name for p in HERE.glob("*.eml"))
    for name in emls:
        if len(by_file.get(name, [])) != 1:
            err(name, f"has {len(by_file.get(name, []))} labels (want exactly 1)")
    for name in by_file:
        if name not in emls:
            err(name, "label for a file that does not exist")

    cats, langs = collections.Counter(), collections.Counter()
    pos = 0
    for lab in labels:
        f = lab.get("file")
        missing = KEYS - lab.keys()
        extra = lab.keys() - KEYS - OPTIONAL
        if missing:
            err(f, f"missing keys {sorted(missing)}")
        if extra:
            err(f, f"unknown keys {sorted(extra)}")
        s = parse_iso(f, "start", lab.get("start"))
        e = parse_iso(f, "end", lab.get("end"))
        if lab.get("is_interview"):
            pos += 1
            if s is None:
                err(f, "interview without start")
            if lab.get("end_stated") and e is None:
                err(f, "end_stated true but end is null")
            if not lab.get("end_stated") and e is not None:
                err(f, "end_stated false but end is set")
            if s and e and e <= s:
                err(f, "end is not after start")
            if s and e and (e - s) > dt.timedelta(hours=10):
                err(f, "interview longer than 10h?")
            if not lab.get("interviewers"):
                err(f, "interview without interviewers (fallback is the sender)")
        else:
            if s or e or lab.get("end_stated"):
                err(f, "non-interview must have null start/end and end_stated false")
            if lab.get("interviewers"):
                err(f, "non-interview must have no interviewers")
            if lab.get("cancelled"):
                err(f, "cancelled is only for interviews")
        if lab.get("cancelled") and lab.get("category") != "cancellation":
            err(f, "cancelled label should use category 'cancellation'")
        cats[(lab.get("category"), lab.get("is_interview"))] += 1
        langs[lab.get("lang")] += 1

        path = HERE / f
        if not path.exists():
            continue
        raw = path.read_bytes()
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
        except Exception as ex:
            err(f, f"does not parse: {ex}")
            continue
        for h in ("From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                err(f, f"missing header {h}")
        if msg.defects:
            err(f, f"parser defects: {msg.defects}")
        date_raw = str(msg.get("Date", ""))
        try:
            sent = email.utils.parsedate_to_datetime(date_raw)
        except (TypeError, ValueError):
            err(f, f"unparseable Date {date_raw!r}")
            continue
        m = re.match(r"\s*(\w{3}),", date_raw)
        if not m:
            err(f, f"Date has no weekday: {date_raw!r}")
        elif m.group(1) != WEEKDAYS[sent.weekday()]:
            err(f, f"Date weekday {m.group(1)} != {WEEKDAYS[sent.weekday()]} for {date_raw!r}")
        if sent.tzinfo is None:
            err(f, "Date without offset")
        to_addrs = {a.lower() for _, a in email.utils.getaddresses([str(v) for v in msg.get_all("To", [])])}
        from_addrs = {a.lower() for _, a in email.utils.getaddresses([str(v) for v in msg.get_all("From", [])])}
        if from_addrs & CANDIDATES:
            if lab.get("is_interview"):
                err(f, "message sent by the candidate labelled as an interview")
        elif not to_addrs & CANDIDATES:
            err(f, f"no candidate address in To: {sorted(to_addrs)}")
        text = all_text(msg)
        low = text.lower()
        for iv in lab.get("interviewers", []):
            if set(iv) != {"name", "email"}:
                err(f, f"interviewer entry keys {sorted(iv)}")
            if iv.get("email", "").lower() in CANDIDATES:
                err(f, "candidate listed as interviewer")
            if iv.get("email", "").lower() not in low:
                err(f, f"interviewer address {iv.get('email')} not found in message")
        if s and sent and lab.get("is_interview") and s < sent - dt.timedelta(days=1) and lab.get("category") not in ("cancellation",):
            warnings.append(f"{f}: interview starts before the message was sent ({lab['start']} < {sent.isoformat()})")
        check_body_dates(f, text, sent)

    print(f"{len(emls)} .eml files, {len(labels)} labels, {pos} interviews, {len(labels) - pos} non-interviews")
    print("\nby category:")
    for (c, isi), n in sorted(cats.items(), key=lambda kv: (not kv[0][1], kv[0][0])):
        print(f"  {'interview' if isi else 'non-interview':14s} {c:36s} {n}")
    print("\nby language:", dict(sorted(langs.items())))
    for w in warnings:
        print("WARNING", w)
    for e_ in errors:
        print("ERROR", e_)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
