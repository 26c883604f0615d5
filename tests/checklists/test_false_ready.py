"""Classes of record once judged "met" although the payer would find the gap (a false "ready"
gets the request denied): evidence about the other side, care that did not happen."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.laterality import planned_sides
from smartapp.notes.durations import find_durations
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, _pt_visit, record, status

IMAGING = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}]}}


def _plan_findings(ref: str, text: str) -> list:
    return [f for f in find_findings([NoteInput(ref, text)]) if f.category == "treatment-plan"]


def test_an_unsided_order_takes_the_side_of_the_newest_plan_that_gives_one():
    knee = frozenset({"knee"})
    older = _plan_findings("D/old", "Plan: left total knee arthroplasty.")
    newer = _plan_findings("D/new", "Plan: right TKA.")
    dates = {"D/old": date(2025, 6, 1), "D/new": date(2026, 2, 1)}
    assert planned_sides(knee, older + newer, dates, date(2026, 3, 1)) == {"knee", "knee:right"}
    # A plan written after the day checked is not on the record yet.
    assert planned_sides(knee, older + newer, dates, date(2026, 1, 1)) == {"knee", "knee:left"}
    both = _plan_findings("D/new", "Plan: R TKA now, L TKA next year.")
    assert planned_sides(knee, both, dates, date(2026, 3, 1)) == knee  # no guess
    bilateral = _plan_findings("D/new", "Plan: bilateral TKA.")
    assert planned_sides(knee, bilateral, dates, date(2026, 3, 1)) == {"knee", "knee:bilateral"}
    sided = frozenset({"knee", "knee:left"})  # the order's own side is never overridden
    assert planned_sides(sided, newer, dates, date(2026, 3, 1)) == sided


def _tka(plan: str, film: str):
    film_report = _note("xr", "2026-01-20", film, extra=IMAGING)
    visit = _note("n1", "2026-02-20", f"A: primary OA knee, end stage.\nP: {plan}")
    return record("27447", film_report, visit, reason="M17.10")


def test_a_film_of_the_other_knee_is_no_radiograph_for_a_one_sided_plan():
    other = _tka("Right TKA.", "XR LEFT knee: moderate joint space narrowing, osteophytes.")
    assert status(other, "TKA-001")["status"] == "missing"
    same = _tka("Left TKA.", "XR LEFT knee: moderate joint space narrowing, osteophytes.")
    assert status(same, "TKA-001")["status"] == "met"
    unsided = _tka("Right TKA.", "XR knee: moderate joint space narrowing, osteophytes.")
    assert status(unsided, "TKA-001")["status"] == "met"
    both = _tka("Right TKA.", "XR bilateral knees: moderate joint space narrowing, osteophytes.")
    assert status(both, "TKA-001")["status"] == "met"


def test_how_often_care_is_taken_is_not_how_long():
    assert find_durations("Takes ibuprofen a few times a week.", None) == []
    assert find_durations("Naproxen 2-3 times per week.", None) == []
    assert [d.days for d in find_durations("PT 2 times 6 weeks.", None)] == [42]


def _ibuprofen(when: str, prn: bool = True) -> dict:
    dose = "1 tab PO q8h prn pain" if prn else "1 tab PO TID"
    return {
        "resourceType": "MedicationRequest",
        "id": "ibu",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "ibuprofen 400 mg tablet"},
        "authoredOn": when,
        "dosageInstruction": [{"text": dose}],
    }


def test_care_taken_a_few_times_a_week_is_no_week_long_course():
    # Knee arthroscopy asks for six weeks of conservative care: an as-needed prescription and,
    # seven weeks later, "when it's bad, a few times a week" is no six-week trial.
    said = 'Takes ibuprofen "when it\'s bad", a few times a week.'
    sporadic = record("29881", _ibuprofen("2026-01-02"), _note("n", "2026-02-20", said),
                      reason="M23.221")  # fmt: skip
    assert status(sporadic, "KAS-003")["status"] == "partial"
    steady = _note("n", "2026-02-20", "Taking ibuprofen three times a day for the past 7 weeks.")
    bundle = record("29881", _ibuprofen("2026-01-02"), steady, reason="M23.221")
    assert status(bundle, "KAS-003")["status"] == "met"


def test_therapy_left_after_an_evaluation_is_no_course_whatever_the_notes_date_it():
    # The discharge summary's heading and "in January" date the course the patient left; they
    # are not sessions.
    left = [
        _pt_visit("ev", "2026-01-12", "97161"),
        _pt_visit("v1", "2026-01-15"),
        _note(
            "d",
            "2026-02-10",
            "PT DISCHARGE SUMMARY 02/10/2026\nSeen for eval 1/12/26 and "
            "1 visit 1/15/26. Discharged from PT.",
        ),
        _note("n", "2026-02-25", "Went to PT in January, then stopped going."),
    ]
    item = status(record("97545", *left, reason="S39.012A"), "OCC-002", service="97545")
    assert item["status"] == "partial"
    assert "physical-therapy left before it was completed" in item["searched"]
    # Sessions kept before the patient stopped still make a course.
    kept = [_pt_visit(f"c{i}", f"2026-01-{5 + 5 * i:02d}") for i in range(5)]
    bundle = record("97545", *kept, left[3], reason="S39.012A")
    assert status(bundle, "OCC-002", service="97545")["status"] == "met"


def _walker(text: str, when: str = "2026-02-10"):
    return record("E0143", _note("n", when, text), reason="R26.81")


def test_a_limit_only_in_the_community_is_no_mobility_limitation_in_the_home():
    # NCD 280.3 covers a walker or wheelchair for daily activities in the home.
    community = "Spinal stenosis with claudication limiting community walking distance."
    assert status(_walker(community), "WLK-002")["status"] == "missing"
    home = "Unsteady gait; holds furniture to get to the bathroom at night."
    assert status(_walker(home), "WLK-002")["status"] == "met"
    distance = "Can walk about 150 ft before leg pain makes her stop."
    assert status(_walker(distance), "WLK-002")["status"] == "met"
    # ... unless the note says she manages at home: the distance is then the community's.
    managing = f"{distance} Independent with ADLs in the home with a cane."
    assert status(_walker(managing), "WLK-002")["status"] == "missing"
    assert "inside the home counts" in status(_walker(managing), "WLK-002")["searched"]
    # Independence that already takes a walker, or that is denied, is no such statement.
    with_walker = f"{distance} Independent in the home with her rollator."
    assert status(_walker(with_walker), "WLK-002")["status"] == "met"
    denied = f"{distance} No longer independent at home; needs help to bathe."
    assert status(_walker(denied), "WLK-002")["status"] == "met"
    unsafe = "Cannot walk safely within her home without holding furniture."
    assert status(_walker(unsafe), "WLK-002")["status"] == "met"


def test_a_fall_years_ago_is_no_recent_mobility_limitation():
    remote = "Remote history of a fall off a ladder in 2019 (wrist fracture, healed)."
    assert status(_walker(remote), "WLK-002")["status"] == "missing"
    recent = "Fell at home on 01/28/2026 getting up from the toilet."
    assert status(_walker(recent), "WLK-002")["status"] == "met"
    # A limitation is dated by its note, whatever season it began in.
    season = "Walking distance limited to 50 feet since fall 2024."
    assert status(_walker(season), "WLK-002")["status"] == "met"


def _home_health(code: str, plan: str):
    doc = _note("poc", "2026-02-21", plan, extra={"type": {"text": "Home health plan of care"}})
    return record(code, doc, reason="Z47.1")


def test_a_plan_of_care_that_lacks_the_ordered_discipline_does_not_cover_it():
    without_ot = "Plan of care signed 2/21/2026. Disciplines: PT 3w2, 2w2; SN 1w2. Pt lives alone."
    item = status(_home_health("G0152", without_ot), "HHC-004")
    assert item["status"] == "missing"
    assert "not occupational therapy" in item["searched"]
    with_ot = "Plan of care signed 2/21/2026. Disciplines: PT 3w2; OT 2w3 for ADL retraining."
    assert status(_home_health("G0152", with_ot), "HHC-004")["status"] == "met"
    # The same plan covers a physical therapy request; "Pt" (the patient) names no discipline.
    assert status(_home_health("G0151", without_ot), "HHC-004")["status"] == "met"
    patient_only = "Plan of care signed 2/21/2026, visits 2x/week x 4 weeks. Pt lives alone."
    assert status(_home_health("G0152", patient_only), "HHC-004")["status"] == "met"


def _regions_of(text: str, concept: str) -> list:
    return [
        sorted(f.regions) for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept
    ]


def test_a_finding_is_about_the_region_its_own_clause_names():
    # One statement, two joints: the arthrosis is the AC joint's, not the glenohumeral joint's.
    assert _regions_of("XR 7/30/26 - GH joint preserved, AC arthrosis.", "oa-findings") == [
        ["ac-joint"]
    ]
    assert _regions_of("XR: left hip normal, right knee severe OA.", "oa-findings") == [
        ["knee", "knee:right"]
    ]
    # A clause naming no region keeps the statement's (with its side).
    assert _regions_of("XR R knee: effusion, severe OA.", "oa-findings") == [["knee", "knee:right"]]
    film = _note(
        "n", "2026-02-10", "Imaging: XR R shoulder 1/30/26 - GH joint preserved, AC arthrosis."
    )
    bundle = record("23472", film, reason="M19.011")
    assert status(bundle, "TSA-001")["status"] != "met"
    both = "Imaging: XR R shoulder 1/30/26 - glenohumeral osteophytes, AC joint arthrosis."
    assert (
        status(record("23472", _note("n", "2026-02-10", both), reason="M19.011"), "TSA-001")[
            "status"
        ]
        == "met"
    )


def _film(ident: str, when: str, side: str) -> dict:
    title = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}],
                      "text": f"XR {side} knee"}}  # fmt: skip
    return _note(ident, when, f"XR {side.upper()} KNEE 3 VIEWS: moderate medial joint space "
                 "narrowing, osteophytes.", extra=title)  # fmt: skip


def test_a_note_restating_the_film_on_file_is_dated_by_that_film():
    letter = _note("l", "2026-02-20", "Radiographs have confirmed moderate OA of the right knee.")
    old_right, new_left = _film("xr1", "2025-01-10", "right"), _film("xr2", "2026-01-14", "left")
    bundle = record("27447", old_right, new_left, letter, reason="M17.11")
    assert status(bundle, "TKA-001")["status"] == "missing"  # the right film is 13 months old
    # A film read in clinic that day is that day's; with no film on file the note's date stands.
    today = _note("l", "2026-02-20", "XR R knee obtained today showed moderate OA.")
    assert status(record("27447", old_right, today, reason="M17.11"), "TKA-001")["status"] == "met"
    assert status(record("27447", letter, reason="M17.11"), "TKA-001")["status"] == "met"


def test_a_region_the_order_sides_through_its_lineage_takes_no_second_side_from_a_plan():
    # A right-shoulder order coded to the glenohumeral joint: the joint is the right one, so a
    # plan naming the left glenohumeral joint (next year's surgery) adds no left side to it.
    order = frozenset({"shoulder", "shoulder:right", "glenohumeral"})
    plan = _plan_findings("D/1", "Plan: L glenohumeral arthroplasty next year.")
    assert planned_sides(order, plan, {"D/1": date(2026, 2, 1)}, date(2026, 3, 1)) == order
    # The wider region unsided, the joint sided: the shoulder is that joint's side already.
    joint = frozenset({"shoulder", "glenohumeral", "glenohumeral:right"})
    plan = _plan_findings("D/1", "Plan: left shoulder arthroscopy.")
    assert planned_sides(joint, plan, {"D/1": date(2026, 2, 1)}, date(2026, 3, 1)) == joint
