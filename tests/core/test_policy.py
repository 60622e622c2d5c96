"""The follow-up policy: windows, business days, time of day, panels, stated timelines, per-company rules.

Examples first (each one a case a job seeker would recognise), then properties over many dates and
zones (hypothesis), across DST changes and weekends in the US, Europe and the southern hemisphere.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from watcher.core.durations import add_business_days, parse_duration
from watcher.core.policy import Policy, Rule, add_local, make_plan, plan, policy_for_interview
from watcher.model import EndSource, Interview, Kind, Person, Session

NY = ZoneInfo("America/New_York")
BERLIN = ZoneInfo("Europe/Berlin")
ME = frozenset({"jordan@example.com"})
DANA = Person("Dana Whitfield", "dana.whitfield@northwind.example")
SAM = Person("Sam Ortiz", "sam.ortiz@northwind.example")
RILEY = Person("Riley Chen", "riley.chen@northwind.example")


def interview(
    start: datetime,
    minutes: int = 60,
    *,
    interviewers: tuple[Person, ...] = (DANA,),
    organizer: Person | None = RILEY,
    company: str | None = "Northwind",
    **kwargs,
) -> Interview:
    return Interview(
        key=f"ical:{start.isoformat()}",
        start=start,
        end=start + timedelta(minutes=minutes),
        end_source=EndSource.CALENDAR,
        subject="Interview: Senior Data Engineer",
        company=company,
        role="Senior Data Engineer",
        interviewers=interviewers,
        organizer=organizer,
        **kwargs,
    )


def local(followup_time: datetime, tz=NY) -> datetime:
    return followup_time.astimezone(tz)


def by_kind(followups, kind: Kind):
    return [f for f in followups if f.kind is kind]


# ---------------------------------------------------------------- examples


def test_defaults_follow_the_seed_article():
    # Tuesday 6 January 2026, 14:00-15:00 New York
    i = interview(datetime(2026, 1, 6, 14, tzinfo=NY))
    followups = plan(i, Policy(), NY, me=ME)
    (thanks,) = by_kind(followups, Kind.THANK_YOU)
    assert local(thanks.due) == datetime(2026, 1, 6, 17, tzinfo=NY)  # 2 h after the end
    assert local(thanks.send_by) == datetime(2026, 1, 7, 15, tzinfo=NY)  # within 24 h
    assert local(thanks.expires) == datetime(2026, 1, 8, 15, tzinfo=NY)  # never after 48 h
    assert thanks.recipients == (DANA,)
    assert thanks.reason == "2 hours after the interview ended"
    (check_in,) = by_kind(followups, Kind.CHECK_IN)
    # a week later, in the morning of that (business) day
    assert local(check_in.due) == datetime(2026, 1, 13, 9, tzinfo=NY)
    assert check_in.reason == "1 week after the interview"
    assert all(f.due.tzinfo is UTC for f in followups)


def test_a_stated_timeline_is_honoured_plus_one_business_day():
    # "We'll get back to you by Friday": the check-in is on Monday morning, not a week after.
    friday = datetime(2026, 1, 9, 17, tzinfo=NY)
    i = interview(datetime(2026, 1, 6, 14, tzinfo=NY), feedback_by=friday, feedback_within="by Friday")
    (check_in,) = by_kind(plan(i, Policy(), NY), Kind.CHECK_IN)
    assert local(check_in.due) == datetime(2026, 1, 12, 9, tzinfo=NY)
    assert check_in.reason == "1 business day after the feedback timeline (by Friday)"


def test_panels_and_loops_wait_two_business_days_longer():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    panel = interview(start, interviewers=(DANA, SAM))
    loop = interview(
        start,
        sessions=(
            Session(start, start + timedelta(hours=1)),
            Session(start + timedelta(hours=2), start + timedelta(hours=3)),
        ),
    )
    for case in (panel, loop):
        (check_in,) = by_kind(plan(case, Policy(), NY), Kind.CHECK_IN)
        # Tue + 7 days = Tue 13th, + 2 business days = Thu 15th
        assert local(check_in.due).date() == date(2026, 1, 15)
        assert "+2 business days for a panel or loop" in check_in.reason


def test_weekends_are_skipped_for_check_ins_but_not_for_thank_yous():
    # A Saturday interview (it happens): the thank-you is still that evening, the check-in on a Monday.
    saturday = datetime(2026, 1, 10, 10, tzinfo=NY)
    followups = plan(interview(saturday), Policy(check_in_after=parse_duration("1d")), NY)
    assert local(by_kind(followups, Kind.THANK_YOU)[0].due) == datetime(2026, 1, 10, 13, tzinfo=NY)
    assert local(by_kind(followups, Kind.CHECK_IN)[0].due) == datetime(2026, 1, 12, 9, tzinfo=NY)


def test_a_timeline_without_a_zone_is_read_in_the_users_zone():
    i = interview(datetime(2026, 1, 6, 14, tzinfo=NY), feedback_by=datetime(2026, 1, 9, 17))
    (check_in,) = by_kind(plan(i, Policy(), NY), Kind.CHECK_IN)
    assert local(check_in.due) == datetime(2026, 1, 12, 9, tzinfo=NY)


def test_a_timeline_before_the_interview_ended_never_puts_the_check_in_before_the_end():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    i = interview(start, feedback_by=start - timedelta(days=3), feedback_within="by Friday")
    (check_in,) = by_kind(plan(i, Policy(), NY), Kind.CHECK_IN)
    assert check_in.due > i.end


def test_a_friday_timeline_plus_one_business_day_is_monday():
    start = datetime(2026, 1, 8, 10, tzinfo=BERLIN)
    i = interview(start, feedback_by=datetime(2026, 1, 9, 12, tzinfo=BERLIN))
    (check_in,) = by_kind(plan(i, Policy(), BERLIN), Kind.CHECK_IN)
    assert local(check_in.due, BERLIN) == datetime(2026, 1, 12, 9, tzinfo=BERLIN)


def test_short_waits_keep_the_exact_moment_so_second_scale_configs_work():
    start = datetime(2026, 1, 6, 22, tzinfo=NY)
    policy = Policy(thank_you_after=parse_duration("2s"), check_in_after=parse_duration("30s"))
    followups = plan(interview(start), policy, NY)
    end = start + timedelta(hours=1)
    assert by_kind(followups, Kind.THANK_YOU)[0].due == end + timedelta(seconds=2)
    assert by_kind(followups, Kind.CHECK_IN)[0].due == end + timedelta(seconds=30)


def test_check_in_time_can_be_turned_off_or_moved():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    exact = by_kind(plan(interview(start), Policy(check_in_time=None), NY), Kind.CHECK_IN)[0]
    assert local(exact.due) == datetime(2026, 1, 13, 15, tzinfo=NY)
    later = by_kind(plan(interview(start), Policy(check_in_time=time(13, 30)), NY), Kind.CHECK_IN)[0]
    assert local(later.due) == datetime(2026, 1, 13, 13, 30, tzinfo=NY)


def test_days_count_on_the_wall_clock_across_dst_but_thank_you_hours_are_real_hours():
    # DST starts in New York on Sunday 8 March 2026 at 02:00.
    start = datetime(2026, 3, 7, 23, tzinfo=NY)  # Saturday night interview, ends at midnight
    followups = plan(interview(start), Policy(check_in_time=None), NY)
    (thanks,) = by_kind(followups, Kind.THANK_YOU)
    end = start + timedelta(hours=1)
    assert thanks.send_by - end.astimezone(UTC) == timedelta(hours=24)
    assert local(thanks.send_by) == datetime(2026, 3, 9, 1, tzinfo=NY)  # 24 real hours: 01:00 EDT
    (check_in,) = by_kind(followups, Kind.CHECK_IN)
    assert local(check_in.due).replace(tzinfo=None) == datetime(2026, 3, 16, 0, 0)  # Sat+7d = Sun 15 -> Mon


def test_a_check_in_time_inside_the_dst_gap_moves_past_it():
    # 02:30 does not exist on 8 March 2026 in New York; the draft comes at 03:30.
    start = datetime(2026, 3, 6, 14, tzinfo=NY)
    policy = Policy(check_in_after=parse_duration("2d"), check_in_time=time(2, 30))
    (check_in,) = by_kind(plan(interview(start), policy, NY), Kind.CHECK_IN)
    # Fri + 2 days = Sunday the 8th -> Monday the 9th (a weekday, 02:30 exists)
    assert local(check_in.due) == datetime(2026, 3, 9, 2, 30, tzinfo=NY)
    gap = add_local(datetime(2026, 3, 7, 2, 30, tzinfo=NY), parse_duration("1d"))
    assert gap.replace(tzinfo=None) == datetime(2026, 3, 8, 3, 30)


def test_the_check_in_goes_to_the_recruiter_when_a_person_else_the_first_interviewer():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    assert by_kind(plan(interview(start), Policy(), NY), Kind.CHECK_IN)[0].recipients == (RILEY,)
    robots = (
        Person("Northwind Careers", "no-reply@northwind.example"),
        Person("Riley via Greenhouse", "riley@greenhouse.io"),
        Person("Jordan Lee", "jordan@example.com"),  # the user put it in their own calendar
        None,
    )
    for organizer in robots:
        i = interview(start, interviewers=(SAM, DANA), organizer=organizer)
        assert by_kind(plan(i, Policy(), NY, me=ME), Kind.CHECK_IN)[0].recipients == (SAM,), organizer


def test_one_thank_you_per_interviewer_or_one_to_all():
    i = interview(datetime(2026, 1, 6, 14, tzinfo=NY), interviewers=(DANA, SAM, Person("Jordan", "jordan@example.com")))
    each = by_kind(plan(i, Policy(), NY, me=ME), Kind.THANK_YOU)
    assert [f.recipients for f in each] == [(DANA,), (SAM,)]
    assert len({f.id for f in each}) == 2
    (together,) = by_kind(plan(i, Policy(thank_you_to="all"), NY, me=ME), Kind.THANK_YOU)
    assert together.recipients == (DANA, SAM)


def test_cancelled_and_declined_interviews_get_nothing():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    assert plan(interview(start, cancelled=True), Policy(), NY) == []
    assert plan(interview(start, declined=True), Policy(), NY) == []


def test_a_thank_you_window_is_never_inverted():
    """A rule that saves the thank-you late still yields due <= send-by <= expiry."""
    policy = Policy(thank_you_after=parse_duration("3d"))
    (thanks,) = by_kind(plan(interview(datetime(2026, 1, 6, 14, tzinfo=NY)), policy, NY), Kind.THANK_YOU)
    assert thanks.due <= thanks.send_by <= thanks.expires


# ---------------------------------------------------------------- per-company rules


def test_rules_match_on_domain_subdomain_or_company_name_and_the_first_match_wins():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    slow = Rule("slow deciders", domains=("northwind.example",), overrides={"check_in_after": parse_duration("10bd")})
    other = Rule("Fabrikam", companies=("Fabrikam",), overrides={"check_in": False})
    rules = (other, slow, Rule("never reached", domains=("northwind.example",), overrides={"thank_you": False}))

    policy = policy_for_interview(Policy(), rules, interview(start))
    assert policy.rule == "slow deciders"
    assert policy.check_in_after == parse_duration("10bd")
    assert policy.thank_you  # the third rule is never reached
    (check_in,) = by_kind(plan(interview(start), policy, NY), Kind.CHECK_IN)
    assert local(check_in.due).date() == date(2026, 1, 20)  # 10 business days after Tue 6th
    assert check_in.reason.endswith("(rule for slow deciders)")
    (thank_you,) = by_kind(plan(interview(start), policy, NY), Kind.THANK_YOU)
    assert "rule" not in thank_you.reason  # the rule changed the check-in's time, not the thank-you's
    same = Rule("no change", domains=("northwind.example",), overrides={"check_in_after": Policy().check_in_after})
    (unchanged,) = by_kind(
        plan(interview(start), policy_for_interview(Policy(), (same,), interview(start)), NY), Kind.CHECK_IN
    )
    assert "rule" not in unchanged.reason

    mail = interview(start, interviewers=(Person("A B", "a.b@mail.northwind.example"),), organizer=None)
    assert policy_for_interview(Policy(), rules, mail).rule == "slow deciders"

    fabrikam = interview(
        start, interviewers=(Person("C D", "cd@fabrikam-jobs.example"),), organizer=None, company="Fabrikam, Inc."
    )
    assert policy_for_interview(Policy(), rules, fabrikam).rule == "Fabrikam"
    by_domain_label = interview(
        start, interviewers=(Person("E F", "ef@fabrikam.example"),), organizer=None, company=None
    )
    assert policy_for_interview(Policy(), rules, by_domain_label).rule == "Fabrikam"


def test_a_rule_does_not_match_lookalike_domains_or_scheduling_tools():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    rule = Rule("Northwind", domains=("northwind.example",), overrides={"thank_you": False})
    lookalike = interview(start, interviewers=(Person("X", "x@notnorthwind.example"),), organizer=None, company=None)
    assert policy_for_interview(Policy(), (rule,), lookalike).rule == ""
    via_tool = interview(start, interviewers=(Person("Y", "y@greenhouse.io"),), organizer=None, company=None)
    assert policy_for_interview(Policy(), (Rule("gh", companies=("Greenhouse",)),), via_tool).rule == ""


def test_a_kind_switched_off_is_kept_in_the_plan_as_off_with_the_reason():
    start = datetime(2026, 1, 6, 14, tzinfo=NY)
    rule = Rule("Northwind", domains=("northwind.example",), overrides={"thank_you": False})
    policy = policy_for_interview(Policy(), (rule,), interview(start, interviewers=(DANA, SAM)))
    result = make_plan(interview(start, interviewers=(DANA, SAM)), policy, NY)
    assert [f.kind for f in result.followups] == [Kind.CHECK_IN]
    assert [(f.kind, why) for f, why in result.off] == [
        (Kind.THANK_YOU, "switched off by the rule for Northwind"),
        (Kind.THANK_YOU, "switched off by the rule for Northwind"),
    ]


# ---------------------------------------------------------------- properties

ZONES = [
    "America/New_York",
    "America/Los_Angeles",
    "America/Santiago",  # DST changes at midnight: the day itself starts in a gap
    "Europe/Berlin",
    "Europe/London",
    "Europe/Helsinki",
    "Australia/Sydney",
    "Asia/Kolkata",
]
WHOLE_DAY_WAITS = ["1d", "3d", "7d", "10d", "2w", "1bd", "2bd", "5bd", "1w2d"]


def dst_changes(tz: ZoneInfo, years=range(2024, 2031)) -> list[date]:
    """The days on which `tz` changes its UTC offset (none for Asia/Kolkata)."""
    changes = []
    for year in years:
        day = date(year, 1, 1)
        while day.year == year:
            before = datetime.combine(day, time(0), tzinfo=tz).utcoffset()
            after = datetime.combine(day, time(23, 59), tzinfo=tz).utcoffset()
            if before != after:
                changes.append(day)
            day += timedelta(days=1)
    return changes


DST_CHANGES = {name: dst_changes(ZoneInfo(name)) for name in ZONES}


@st.composite
def interviews(draw, zone=None):
    tz = ZoneInfo(draw(st.sampled_from(ZONES))) if zone is None else zone
    any_day = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
    changes = DST_CHANGES.get(tz.key)
    if changes and draw(st.booleans()):
        # Half the cases: an interview in the ten days before a DST change, so its follow-ups cross it.
        day = draw(st.sampled_from(changes)) - timedelta(days=draw(st.integers(0, 10)))
    else:
        day = draw(any_day)
    # Any minute of the day, including the hours around DST changes and late evenings.
    clock = time(draw(st.integers(0, 23)), draw(st.sampled_from([0, 15, 30, 45])))
    start = datetime.combine(day, clock, tzinfo=tz).astimezone(UTC).astimezone(tz)
    minutes = draw(st.sampled_from([20, 30, 45, 60, 90, 240]))
    people = draw(st.sampled_from([(DANA,), (DANA, SAM)]))
    feedback = draw(st.one_of(st.none(), st.integers(0, 20 * 24)))
    i = interview(start, minutes, interviewers=people)
    if feedback is not None:
        i = replace(i, feedback_by=i.end + timedelta(hours=feedback), feedback_within="within a while")
    return i, tz


def expected_check_in_date(i: Interview, wait: str, tz) -> date:
    """An independent model of the rule on dates only: the day the wait ends (calendar days or business
    days), then two business days more for a panel, then the next weekday."""
    stated = i.feedback_by is not None and i.feedback_by > i.end  # a timeline already over is ignored
    anchor = (i.feedback_by if stated else i.end).astimezone(tz).date()
    duration = parse_duration("1bd" if stated else wait)

    def business(day: date, count: int) -> date:
        while count:
            day += timedelta(days=1)
            count -= day.weekday() < 5
        return day

    day = business(anchor, duration.business_days) + timedelta(days=duration.delta.days)
    if i.is_panel:
        day = business(day, 2)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@settings(max_examples=400, deadline=None)
@given(case=interviews(), wait=st.sampled_from(WHOLE_DAY_WAITS))
def test_check_ins_land_on_a_weekday_morning_on_the_right_day(case, wait):
    i, tz = case
    (check_in,) = by_kind(plan(i, Policy(check_in_after=parse_duration(wait)), tz), Kind.CHECK_IN)
    due = check_in.due.astimezone(tz)
    assert due.weekday() < 5
    assert due > i.end
    assert due.date() == expected_check_in_date(i, wait, tz)
    assert (due.hour, due.minute) == (9, 0)  # 09:00 exists on every day in these zones
    assert check_in.due <= check_in.send_by <= check_in.expires


@settings(max_examples=300, deadline=None)
@given(case=interviews())
def test_thank_you_windows_are_exact_elapsed_time_from_the_end(case):
    i, tz = case
    followups = by_kind(plan(i, Policy(), tz), Kind.THANK_YOU)
    assert len(followups) == len(i.interviewers)
    end = i.end.astimezone(UTC)
    for thanks in followups:
        assert thanks.due - end == timedelta(hours=2)
        assert thanks.send_by - end == timedelta(hours=24)
        assert thanks.expires - end == timedelta(hours=48)


@settings(max_examples=300, deadline=None)
@given(case=interviews(), wait=st.sampled_from(WHOLE_DAY_WAITS))
def test_a_panel_never_checks_in_earlier_than_a_single_interview(case, wait):
    i, tz = case
    policy = Policy(check_in_after=parse_duration(wait))
    single = replace(i, interviewers=(DANA,))
    panel = replace(i, interviewers=(DANA, SAM))
    due_single = by_kind(plan(single, policy, tz), Kind.CHECK_IN)[0].due
    due_panel = by_kind(plan(panel, policy, tz), Kind.CHECK_IN)[0].due
    assert due_panel > due_single


@settings(max_examples=200, deadline=None)
@given(case=interviews(), wait=st.sampled_from(["30s", "5m", "3h", "12h"]))
def test_sub_day_waits_are_exact_unless_they_end_on_a_weekend(case, wait):
    i, tz = case
    single = replace(i, interviewers=(DANA,), feedback_by=None)
    (check_in,) = by_kind(plan(single, Policy(check_in_after=parse_duration(wait)), tz), Kind.CHECK_IN)
    exact = single.end.astimezone(UTC) + parse_duration(wait).delta
    if exact.astimezone(tz).weekday() < 5:
        assert check_in.due == exact
    else:
        assert check_in.due > exact and check_in.due.astimezone(tz).weekday() == 0


@settings(max_examples=200, deadline=None)
@given(case=interviews(), days=st.integers(1, 15))
def test_business_days_keep_the_local_time_across_dst(case, days):
    i, tz = case
    moved = add_business_days(i.end.astimezone(tz), days)
    assert moved.weekday() < 5
    original = i.end.astimezone(tz)
    if moved.replace(tzinfo=None).time() != original.time():
        # only when the wall time does not exist that day (a DST gap): moved forward past it
        assert moved.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == moved.replace(tzinfo=None)
        assert moved.time() > original.time()


@settings(max_examples=150, deadline=None)
@given(case=interviews())
def test_planning_is_deterministic_and_ids_are_stable(case):
    i, tz = case
    assert plan(i, Policy(), tz) == plan(i, Policy(), tz)
    moved = replace(i, start=i.start + timedelta(days=1), end=i.end + timedelta(days=1))
    assert [f.id for f in plan(i, Policy(), tz)] == [f.id for f in plan(moved, Policy(), tz)]


@pytest.mark.parametrize("zone", ["America/New_York", "Europe/Berlin", "Australia/Sydney"])
def test_every_day_of_a_year_plans_a_weekday_morning_check_in(zone):
    """Exhaustive over one year of end times at 23:30 (the hour most likely to slip a day)."""
    tz = ZoneInfo(zone)
    for offset in range(366):
        start = datetime.combine(date(2026, 1, 1) + timedelta(days=offset), time(22, 30), tzinfo=tz)
        (check_in,) = by_kind(plan(interview(start), Policy(), tz), Kind.CHECK_IN)
        due = check_in.due.astimezone(tz)
        end_day = (start + timedelta(hours=1)).date()
        assert due.weekday() < 5 and (due.hour, due.minute) == (9, 0)
        assert 7 <= (due.date() - end_day).days <= 9


def test_an_interview_out_of_the_years_read_plans_nothing_and_cannot_overflow():
    """One stored before the readers refused such dates: no arithmetic on year 9999 (or year 1)."""
    base = interview(datetime(2030, 3, 4, 15, tzinfo=UTC))
    for moment in (datetime(1, 1, 1, 12, tzinfo=UTC), datetime(9999, 12, 31, 12, tzinfo=UTC)):
        result = make_plan(replace(base, start=moment, end=moment), Policy(), ZoneInfo("Pacific/Kiritimati"))
        assert result.followups == () and "out of range" in result.notes[0]
