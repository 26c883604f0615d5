"""Appeal clocks: business days around weekends and federal holidays, month ends, leap days,
rule selection per plan type and state, stages, the 72-hour clock and the extension."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from smartapp.appeals.calendar import add_business_days, add_period, is_business_day, roll
from smartapp.appeals.clocks import clock_rules, compute_deadlines
from smartapp.appeals.denial import Denial
from smartapp.errors import InputError


def denial(**fields) -> Denial:
    base = {"denial_date": "2026-11-20", "plan_type": "mycare", "state": "OH"}
    return Denial.from_dict({**base, **fields})


def by_rule(report) -> dict:
    return {d.rule_id: d for d in report.deadlines}


def test_business_days_skip_weekends_and_observed_holidays() -> None:
    # Friday before Thanksgiving 2026: Mon 23, Tue 24, Wed 25, (Thu 26 holiday), Fri 27, Mon 30.
    assert add_business_days(date(2026, 11, 20), 5) == date(2026, 11, 30)
    # New Year's Day 2028 is a Saturday, observed Friday 2027-12-31.
    assert not is_business_day(date(2027, 12, 31))
    assert add_business_days(date(2027, 12, 30), 5) == date(2028, 1, 7)
    # Independence Day 2026 is a Saturday, observed Friday July 3.
    assert add_business_days(date(2026, 7, 2), 1) == date(2026, 7, 6)
    # Christmas 2027 (Saturday) is observed Friday Dec 24.
    assert add_business_days(date(2027, 12, 23), 1) == date(2027, 12, 27)
    assert add_business_days(date(2026, 11, 20), 0) == date(2026, 11, 20)
    with pytest.raises(ValueError):
        add_business_days(date(2026, 1, 1), -1)


def test_calendar_days_month_ends_and_leap_days() -> None:
    assert add_period(date(2026, 12, 31), 60, "calendar_days") == date(2027, 3, 1)
    assert add_period(date(2027, 12, 31), 60, "calendar_days") == date(2028, 2, 29)
    assert add_period(date(2027, 12, 30), 60, "calendar_days") == date(2028, 2, 28)
    assert add_period(date(2028, 2, 29), 30, "calendar_days") == date(2028, 3, 30)
    assert add_period(date(2027, 10, 31), 4, "months") == date(2028, 2, 29)
    assert add_period(date(2026, 10, 31), 4, "months") == date(2027, 2, 28)
    with pytest.raises(ValueError):
        add_period(date(2026, 1, 1), 1, "fortnights")


def test_roll_moves_only_when_the_rule_says_so() -> None:
    saturday = date(2027, 12, 25)  # Christmas on a Saturday; Friday 24th observed
    assert roll(saturday, "none") == saturday
    assert roll(saturday, "next_business_day") == date(2027, 12, 27)
    assert roll(saturday, "previous_business_day") == date(2027, 12, 23)
    assert roll(date(2026, 11, 26), "next_business_day") == date(2026, 11, 27)  # Thanksgiving
    assert roll(date(2026, 11, 24), "next_business_day") == date(2026, 11, 24)
    with pytest.raises(ValueError):
        roll(saturday, "sideways")


def test_new_denial_runs_the_p2p_and_filing_clocks() -> None:
    report = compute_deadlines(denial(notice_date="2026-11-21"), date(2026, 11, 22))
    clocks = by_rule(report)
    assert set(clocks) == {"p2p-request", "first-level-filing"}
    p2p = clocks["p2p-request"]
    assert (p2p.due, p2p.days_left, p2p.overdue, p2p.verified) == (
        date(2026, 11, 30),
        8,
        False,
        False,
    )
    filing = clocks["first-level-filing"]
    # 60 calendar days from the notice (Nov 21) = Jan 20, 2027; verified on the OH MyCare page.
    assert (filing.due, filing.verified) == (date(2027, 1, 20), True)
    assert "mycare" in filing.source["url"]
    assert report.next is p2p
    assert any("not verified" in w for w in report.warnings)


def test_notice_on_december_31_and_weekend_due_date_is_not_rolled() -> None:
    report = compute_deadlines(denial(denial_date="2026-12-31"), date(2027, 1, 4))
    assert by_rule(report)["first-level-filing"].due == date(2027, 3, 1)
    # Filing rules say calendar days with no roll: a due date on a Saturday stands.
    saturday_due = compute_deadlines(denial(denial_date="2026-11-21"), date(2026, 11, 22))
    due = by_rule(saturday_due)["first-level-filing"].due
    assert due == date(2027, 1, 20) and due.weekday() == 2
    sunday = compute_deadlines(denial(denial_date="2027-02-07"), date(2027, 2, 8))
    assert by_rule(sunday)["first-level-filing"].due == date(2027, 4, 8)
    leap = compute_deadlines(denial(denial_date="2027-12-31"), date(2028, 1, 2))
    assert by_rule(leap)["first-level-filing"].due == date(2028, 2, 29)
    assert by_rule(leap)["p2p-request"].due == date(2028, 1, 7)  # Dec 31 observed holiday


def test_overdue_and_next_falls_back_to_the_latest_overdue() -> None:
    report = compute_deadlines(denial(), date(2026, 12, 1))
    clocks = by_rule(report)
    assert clocks["p2p-request"].overdue and clocks["p2p-request"].days_left == -1
    assert report.next.rule_id == "first-level-filing"
    late = compute_deadlines(denial(), date(2027, 2, 1))
    assert all(d.overdue for d in late.deadlines)
    assert late.next.rule_id == "first-level-filing"
    on_the_day = compute_deadlines(denial(), date(2027, 1, 19))
    assert by_rule(on_the_day)["first-level-filing"].days_left == 0
    assert not by_rule(on_the_day)["first-level-filing"].overdue


@pytest.mark.parametrize(
    ("plan", "state", "review", "days", "verified"),
    [
        ("mycare", "OH", "pre-service", 15, True),
        ("marketplace", "GA", "pre-service", 30, True),
        ("medicaid", "KY", "pre-service", 30, False),
        ("marketplace", "GA", "post-service", 30, True),
        ("medicare", "IN", "claim", 60, True),
        ("medicaid", "OH", "claim", 60, False),
    ],
)
def test_decision_window_per_plan_and_state(plan, state, review, days, verified) -> None:
    filed = denial(plan_type=plan, state=state, review=review, stage="first-level",
                   filed_at="2026-12-01")  # fmt: skip
    report = compute_deadlines(filed, date(2026, 12, 2))
    (decision,) = [d for d in report.deadlines if d.rule_id.startswith("decision-")]
    assert decision.due == date(2026, 12, 1) + timedelta(days=days)
    assert decision.verified is verified
    assert decision.party == "caresource"


def test_extension_moves_the_decision_by_14_days() -> None:
    filed = denial(stage="first-level", filed_at="2026-12-01", extended=True)
    (decision,) = compute_deadlines(filed, date(2026, 12, 2)).deadlines
    assert decision.due == date(2026, 12, 30)  # 15 + 14 days
    assert "extended" in decision.name and "+ 14 calendar days" in decision.rule


def test_urgent_pre_service_uses_the_72_hour_clock() -> None:
    filed = denial(stage="first-level", urgent=True, filed_at="2026-11-25T16:00:00-05:00")
    report = compute_deadlines(filed, datetime(2026, 11, 27, 12, 0, tzinfo=UTC))
    (decision,) = report.deadlines
    assert decision.rule_id == "decision-expedited"
    assert decision.due == datetime.fromisoformat("2026-11-28T16:00:00-05:00")
    assert decision.hours_left == 33.0  # 21:00 UTC on the 28th minus 12:00 UTC on the 27th
    # The 72 hours are on CareSource's OH MyCare appeal page; elsewhere they are assumed.
    assert not decision.overdue and decision.verified
    assert "file-appeal/mycare" in decision.source["url"]
    elsewhere = denial(plan_type="medicaid", state="GA", stage="first-level", urgent=True,
                       filed_at="2026-11-25T16:00:00-05:00")  # fmt: skip
    assert not compute_deadlines(elsewhere, date(2026, 11, 26)).deadlines[0].verified
    late = compute_deadlines(filed, datetime(2026, 11, 29, tzinfo=UTC))
    assert late.deadlines[0].overdue
    day_only = denial(stage="first-level", urgent=True, filed_at="2026-11-25")
    report = compute_deadlines(day_only, date(2026, 11, 26))
    assert report.deadlines[0].hours_left is None
    assert any("no time of day" in w for w in report.warnings)


def test_later_stages() -> None:
    missing = compute_deadlines(denial(stage="first-level"), date(2026, 12, 1))
    assert missing.deadlines == () and missing.next is None
    assert any("enter the filed date" in w for w in missing.warnings)
    second = compute_deadlines(  # a second plan level is never offered for Medicaid/MyCare
        denial(plan_type="medicare", state="IN", stage="first-level-decided",
               decided_on="2027-01-15"), date(2027, 1, 16)
    )  # fmt: skip
    assert [d.rule_id for d in second.deadlines] == ["second-level-filing"]
    assert second.deadlines[0].due == date(2027, 3, 16)
    medicaid = denial(plan_type="medicaid", stage="second-level-decided", decided_on="2027-01-15")
    assert compute_deadlines(medicaid, date(2027, 1, 16)).deadlines[0].due == date(2027, 5, 15)
    market = denial(plan_type="marketplace", state="OH", stage="second-level-decided",
                    decided_on="2026-10-31")  # fmt: skip  (the federal four months)
    assert compute_deadlines(market, date(2026, 11, 1)).deadlines[0].due == date(2027, 2, 28)
    assert compute_deadlines(denial(stage="closed"), date(2026, 12, 1)).deadlines == ()


def test_medicaid_has_one_plan_appeal_then_the_state_hearing() -> None:
    # 42 CFR 438.402/408: no second plan level; the State hearing follows the plan's decision.
    for plan in ("medicaid", "mycare"):
        upheld = denial(plan_type=plan, stage="first-level-decided", decided_on="2027-01-15")
        report = compute_deadlines(upheld, date(2027, 1, 16))
        assert [d.rule_id for d in report.deadlines] == ["external-review-filing"], plan
        assert "State fair hearing" in report.deadlines[0].name
        assert report.deadlines[0].due == date(2027, 5, 15)  # 120 days
    arkansas = denial(plan_type="medicaid", state="AR", stage="first-level-decided",
                      decided_on="2027-01-15")  # fmt: skip
    (hearing,) = compute_deadlines(arkansas, date(2027, 1, 16)).deadlines
    assert hearing.due == date(2027, 4, 15) and hearing.verified  # 90 days, CareSource PASSE page
    medicare = denial(plan_type="medicare", state="IN", stage="first-level-decided",
                      decided_on="2027-01-15")  # fmt: skip
    assert [d.rule_id for d in compute_deadlines(medicare, date(2027, 1, 16)).deadlines] == [
        "second-level-filing"
    ]


@pytest.mark.parametrize(
    ("state", "due", "verified"),
    [("GA", date(2027, 7, 14), True), ("IN", date(2027, 5, 15), True),
     ("OH", date(2027, 5, 15), False)],
)  # fmt: skip
def test_marketplace_external_review_windows_per_state(state, due, verified) -> None:
    upheld = denial(plan_type="marketplace", state=state, stage="first-level-decided",
                    decided_on="2027-01-15")  # fmt: skip
    review = by_rule(compute_deadlines(upheld, date(2027, 1, 16)))["external-review-filing"]
    assert (review.due, review.verified) == (due, verified)


def test_claim_appeals_count_from_the_date_of_service_or_discharge() -> None:
    claim = denial(review="claim", service_date="2026-10-01")
    filing = by_rule(compute_deadlines(claim, date(2026, 11, 21)))["first-level-filing"]
    assert filing.name == "File the claim appeal" and filing.starts_from == "service"
    assert filing.due == date(2026, 11, 30) and filing.verified  # 60 days from the service date
    kentucky = denial(plan_type="marketplace", state="KY", review="claim",
                      service_date="2026-10-01")  # fmt: skip
    ky_filing = by_rule(compute_deadlines(kentucky, date(2026, 11, 21)))["first-level-filing"]
    assert ky_filing.due == date(2027, 10, 1)
    undated = compute_deadlines(denial(review="claim"), date(2026, 11, 21))
    assert "first-level-filing" not in by_rule(undated)
    assert any("enter the service (or discharge) date" in w for w in undated.warnings)
    recorded = denial(service_date="2026-10-01").to_dict()
    assert Denial.from_dict(recorded).service_date == date(2026, 10, 1)
    assert recorded["service_date"] == "2026-10-01"


def test_every_rule_is_sourced_and_has_a_default() -> None:
    rules = clock_rules()
    for entry in rules["rules"]:
        assert entry["source"] in rules["sources"], entry["id"]
        assert isinstance(entry["verified"], bool)
        assert entry["roll"] in ("none", "next_business_day", "previous_business_day")
        assert entry["note"], entry["id"]
    ids = {e["id"] for e in rules["rules"]}
    for rule_id in ids:
        assert any(e["id"] == rule_id and e["when"]["plan_types"] == ["*"]
                   for e in rules["rules"]), rule_id  # fmt: skip
    p2p = next(e for e in rules["rules"] if e["id"] == "p2p-request")
    assert p2p["verified"] is False and p2p["unit"] == "business_days"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"denial_date": None}, "needs denial_date"),
        ({"denial_date": "20/11/2026"}, "is not a date"),
        ({"plan_type": "hmo"}, "plan_type must be one of"),
        ({"state": "Ohio"}, "two-letter"),
        ({"stage": "won"}, "stage must be one of"),
        ({"category": "coding"}, "category must be one of"),
        ({"notice_date": "2026-11-01"}, "cannot be before"),
        ({"filed_at": "yesterday at noon"}, "not a date or date-time"),
    ],
)
def test_bad_denial_input_is_one_clear_line(fields, message) -> None:
    with pytest.raises(InputError, match=message):
        denial(**fields)
    with pytest.raises(InputError, match="JSON object"):
        Denial.from_dict(["not", "a", "dict"])


def test_denial_round_trip_and_category() -> None:
    recorded = denial(codes="CO-50 N115", reason_text="Not medically necessary")
    data = recorded.to_dict()
    assert data["category"] == "medical-necessity" and data["category_source"] == "codes"
    assert data["notice_date"] == "2026-11-20"
    assert Denial.from_dict(data).to_dict() == data
    picked = denial(codes="CO-50", category="missing-clinical-notes")
    assert picked.resolved_category() == "missing-clinical-notes"
    assert picked.to_dict()["category_source"] == "coordinator"
