"""Honesty when a note cannot be read (bench/unread.py, invariant a): evidence with no date of
its own that the read notes place.

A drug said stopped after about a week, undated, ran from the earlier note that planned to begin
it (piece_anchors.anchored); weeks counted back begin no earlier than such a plan
(care_begun.bounded_by_plans). With an earlier note unread, the plan it may hold is unseen and
the care sits where it makes the episode longest: "could not check", naming the note
(unread_anchors.py; blind wave 35, DZ/imaging-02, its plan note unread). Likewise "X-rays
reviewed" takes the date of the older film on file (films.py): with a note from before the
window unread, it may be that film's report (unread_films.py; EE/hyaluronan-02, its 2/2025
radiology report unread). With every note read, or the unread note unable to move anything,
the item is judged as before.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _unread

# -- care_episode: a drug stopped after a week, undated --------------------------------------

_CALL = _note(
    "call", "2026-02-24",
    "Telephone follow-up: went to PT from 1/8 to 1/30 (6 visits), quit because of work hours. "
    "Naproxen stopped after about 1 wk, upset stomach. Back pain unchanged.",
)  # fmt: skip
_PLAN = "Assessment/Plan: acute low back pain. Begin naproxen 500 mg twice daily; start PT."


def _lmri(*notes: dict) -> dict:
    return _item(record("72148", *notes, _CALL), "LMRI-003", date(2026, 3, 1))


def test_a_stopped_drug_whose_plan_note_is_unread_is_not_judged() -> None:
    item = _lmri(_unread("plan", "2026-01-02"))
    assert item["status"] == "unknown"
    assert "DocumentReference/plan" in item["searched"]


def test_the_read_plan_places_the_drug_as_before() -> None:
    assert _lmri(_note("plan", "2026-01-02", _PLAN))["status"] == "partial"


def test_an_unread_note_after_the_call_places_nothing() -> None:
    # Written after the statement, it cannot be the plan that began the drug.
    assert _lmri(_unread("later", "2026-02-26"))["status"] == "met"


# -- note_finding with_imaging: a restated film --------------------------------------------------

_VISIT = _note(
    "visit", "2026-02-20",
    "S: 70F with L knee pain for two years. O: L knee effusion, crepitus, medial joint line "
    "tenderness. A: Primary OA left knee. Imaging: x-rays reviewed from last year - moderate "
    "medial compartment narrowing. P: Euflexxa weekly x3, left knee.",
)  # fmt: skip
_FILM = (
    "RADIOLOGY REPORT\nEXAM: XR KNEE LEFT 3 VIEWS, 01/15/2025\nIMPRESSION: Moderate medial "
    "compartment osteoarthritis, left knee."
)


def _hya(*notes: dict) -> dict:
    bundle = record("J7323", _VISIT, *notes, reason="M17.12")
    return _item(bundle, "HYA-001", date(2026, 3, 1))


def test_a_restated_film_with_an_older_note_unread_is_not_judged() -> None:
    item = _hya(_unread("xr", "2025-01-15"))
    assert item["status"] == "unknown"
    assert "DocumentReference/xr" in item["searched"]


def test_the_read_report_dates_the_film_as_before() -> None:
    imaging = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}]}}
    assert _hya(_note("xr", "2025-01-15", _FILM, extra=imaging))["status"] == "missing"


def test_an_unread_note_inside_the_window_cannot_date_the_film_out_of_it() -> None:
    assert _hya(_unread("scan", "2025-09-10"))["status"] == "met"


# -- a restatement that dates its film, that month's report unread ---------------------------------

_HIP_VISIT = _note(
    "ortho", "2026-05-26",
    "S: 70F R hip pain x 18 mo, failed PT and celecoxib, uses walker.\n"
    "O: R hip IR 5 deg painful, Trendelenburg gait. XR 3/2026 reviewed - \"severe OA\".\n"
    "A/P: R hip OA. R THA.",
)  # fmt: skip
def _tha(*notes: dict) -> dict:
    bundle = record("27130", _HIP_VISIT, *notes, reason="M16.11")
    return _item(bundle, "THA-001", date(2026, 6, 1))


def test_a_dated_restatement_with_that_month_s_report_unread_is_not_judged() -> None:
    # Read, the 3/20 report shows the severe OA is the left hip's (blind wave 41, EW/hip-02).
    item = _tha(_unread("xr", "2026-03-20"))
    assert item["status"] == "unknown"
    assert "DocumentReference/xr" in item["searched"]


def test_an_unread_note_of_another_month_leaves_the_restatement_met() -> None:
    assert _tha(_unread("scan", "2026-01-12"))["status"] == "met"
