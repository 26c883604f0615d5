"""Honesty when a note cannot be read (bench/unread.py, invariant a), four more discounting
notes. Each met below rests on something an unread note could take back or date differently:

- a home-health face-to-face window whose start no read text states (start_window.py): the
  unread note may be the plan that states the start of care;
- an amending order read as a plan in force while the plan it amends is unread
  (unread_amendments.py);
- a letter's exam while the older visit it may copy word for word is unread (unread_clones.py);
- work-rehab limits written before an unread note that may be an FCE meeting the job
  (unread_capacity.py).

Each is "could not check", naming the note; read, or unread where it cannot bear on the item,
nothing changes.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _unread

# -- HHC-001: a start of care no read text states ---------------------------------------------

_HOSPITAL_FOLLOW_UP = {
    "resourceType": "Encounter",
    "id": "seen",
    "status": "finished",
    "class": {"code": "AMB"},
    "subject": {"reference": "Patient/p"},
    "period": {"start": "2026-04-14", "end": "2026-04-14"},
    "type": [{"text": "Office visit - after COPD admission, weak, needs home nursing"}],
    "participant": [{"individual": {"reference": "Practitioner/dr"}}],
}
# An initial order of 6/02 for care from 6/16: with no start stated, 6/16 times the encounter.
_HH_ORDER = {"authoredOn": "2026-06-02", "occurrenceDateTime": "2026-06-16"}


def _hhc001(*notes: dict) -> dict:
    bundle = record("G0299", _HOSPITAL_FOLLOW_UP, *notes, reason="J44.1", order=_HH_ORDER)
    return _item(bundle, "HHC-001", date(2026, 6, 10))


_PLAN_OF_CARE = {"type": {"coding": [{"system": "http://loinc.org", "code": "52521-2"}],
                          "text": "Home Health Plan of Care"}}  # fmt: skip


def _unread_plan(ident: str, when: str) -> dict:
    return {**_unread(ident, when), **_PLAN_OF_CARE}


def test_a_visit_in_a_window_no_read_note_starts_is_not_judged_with_its_plan_unread() -> None:
    item = _hhc001(_unread_plan("agency", "2026-06-05"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/agency" in item["searched"]


def test_an_unread_visit_note_does_not_hold_the_encounter() -> None:
    assert _hhc001(_unread("nurse", "2026-06-05"))["status"] == "met"


def test_the_start_read_or_no_note_unread_decides_as_before() -> None:
    assert _hhc001()["status"] == "met"
    said = "Home health nursing intake. Lungs diminished, O2 2L. SN 2w4 teaching."
    assert _hhc001(_note("agency", "2026-06-05", said))["status"] == "met"
    # A stated start that leaves the visit out (more than 90 days before it) is a gap, read.
    late = "HOME HEALTH PLAN OF CARE\nSOC: 07/28/2026. SN 2w4 COPD teaching."
    assert _hhc001(_note("agency", "2026-06-05", late))["status"] != "met"


def test_a_note_from_before_the_episode_cannot_state_its_start() -> None:
    assert _hhc001(_unread_plan("old", "2025-03-01"))["status"] == "met"


# -- HHC-004: an amending order whose plan is unread --------------------------------------------

_POC_TYPE = {"type": {"coding": [{"system": "http://loinc.org", "code": "52521-2"}],
                      "text": "Home Health Plan of Care"}}  # fmt: skip
_PLAN = (
    "HOME HEALTH PLAN OF CARE - INITIAL CERTIFICATION\n"
    "Cert period: 02/02/2026 - 04/02/2026\n"
    "Orders: SN 2w4 wound care L heel. Goals: wound closed, caregiver independent with dressing.\n"
    "Electronically signed: Mara Quint, MD 01/30/2026"
)
_CHANGE = (
    "VERBAL ORDER 03/10/2026\n"
    "Continue SN per plan, increase to 3w2 for wound vac changes.\n"
    "Signed: M. Quint MD 03/10/2026"
)
_SN_ORDER = {"authoredOn": "2026-04-08", "occurrenceDateTime": "2026-04-13"}


def _hhc004(*notes: dict) -> dict:
    change = _note("change", "2026-03-10", _CHANGE, extra=_POC_TYPE)
    bundle = record("G0299", change, *notes, reason="L97.421", order=_SN_ORDER)
    return _item(bundle, "HHC-004", date(2026, 4, 9))


def test_an_amending_order_whose_plan_is_unread_is_not_judged() -> None:
    item = _hhc004(_unread("plan", "2026-01-30"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/plan" in item["searched"]


def test_the_amended_plan_read_lapses_the_order_as_before() -> None:
    assert _hhc004(_note("plan", "2026-01-30", _PLAN, extra=_POC_TYPE))["status"] != "met"


def test_a_note_unread_after_the_order_cannot_be_the_plan_it_amends() -> None:
    alone = _hhc004()["status"]
    assert _hhc004(_unread("later", "2026-03-20"))["status"] == alone


# -- LMRI-004: a letter's exam, the visit it may copy unread ----------------------------------

_EXAM_LINE = "Exam: lumbar paraspinal spasm, SLR negative both sides, EHL 5/5, knee jerks 2+."
_FIRST_VISIT = _note(
    "visit", "2025-12-01",
    "Low back pain with R buttock pain x 2 wks after moving furniture. No bowel or bladder "
    f"change. {_EXAM_LINE}\nPlan: PT 2x/wk x 6 wks, meloxicam 15 mg daily, f/u after PT.",
)  # fmt: skip
_THERAPY = _note("pt", "2026-01-20", "PT discharge: 12 visits 12/03-1/19. Pain 6/10, no better.")
_LETTER = _note(
    "lmn", "2026-02-10",
    "Letter of medical necessity: Ms. Ortiz has low back pain with R leg pain since 11/2025, "
    f"failed 6 wks PT and meloxicam; an MRI L-spine is requested. {_EXAM_LINE}",
)  # fmt: skip


def _lmri004(*notes: dict) -> dict:
    return _item(record("72148", _THERAPY, _LETTER, *notes), "LMRI-004", date(2026, 2, 16))


def test_a_letters_exam_whose_original_may_be_unread_is_not_judged() -> None:
    item = _lmri004(_unread("visit", "2025-12-01"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/visit" in item["searched"]


def test_the_copied_exam_read_is_the_old_exam_as_before() -> None:
    assert _lmri004(_FIRST_VISIT)["status"] != "met"


def test_a_visits_own_exam_is_not_doubted_by_an_older_unread_note() -> None:
    follow_up = _note(
        "fu", "2026-02-05",
        f"Low back pain f/u after PT, still 6/10 with R leg pain. {_EXAM_LINE}",
    )  # fmt: skip
    assert _lmri004(_FIRST_VISIT, follow_up)["status"] == "met"
    assert _lmri004(_unread("visit", "2025-12-01"), follow_up)["status"] == "met"


# -- OCC-003: limits older than an unread note that may be an FCE -----------------------------

_LIMITS = _note(
    "ptdc", "2026-06-24",
    "PT discharge: 14 visits for R shoulder strain. Lifting limited to 15 lb floor to waist; "
    "reaching overhead painful after 5 min. Job: stocker, lifts 40 lb.",
)  # fmt: skip
_FCE = _note(
    "fce", "2026-07-22",
    "FCE SUMMARY: Job: Medium (DOT). Demonstrated PDL: Medium. Meets job demands. Valid effort.",
)  # fmt: skip


def _occ003(*notes: dict) -> dict:
    return _item(record("97545", _LIMITS, *notes, reason="S46.011A"), "OCC-003",
                 date(2026, 8, 3))  # fmt: skip


_CONSULT = {"type": {"coding": [{"system": "http://loinc.org", "code": "11488-4"}],
                     "text": "Consult note"}}  # fmt: skip


def test_limits_older_than_an_unread_note_are_not_judged() -> None:
    item = _occ003({**_unread("fce", "2026-07-22"), **_CONSULT})
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/fce" in item["searched"]


def test_the_fce_read_or_an_older_unread_note_decide_as_before() -> None:
    assert _occ003()["status"] == "met"
    assert _occ003(_FCE)["status"] != "met"
    assert _occ003({**_unread("intake", "2026-06-01"), **_CONSULT})["status"] == "met"


def test_an_unread_visit_progress_note_is_no_fce() -> None:
    # _note files every note as LOINC 11506-3, a progress note: a follow-up visit, no FCE.
    assert _occ003(_unread("fu", "2026-07-22"))["status"] == "met"
