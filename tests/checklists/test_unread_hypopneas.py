"""Honesty when a note cannot be read (bench/unread.py, invariant a): a sleep index scored by the
3% rule qualifies only while no 4%-rule index of the study is read (CMS scores hypopneas at 4%,
LCD L33718). When a note in the window that could give that 4%-rule figure cannot be read, an
item met only through the 3%-rule index is "could not check", naming the note; read, or unread
outside the window, or beside a qualifying figure of another rule, nothing changes
(unread_hypopneas.py)."""

from __future__ import annotations

from .test_judgement import _note, record, status
from .test_judgement_wave29_unread_stop import _unread

# A lab sleep study's visit follow-up, symptoms stated, the index given by the 3% rule only.
_FOLLOW_UP = _note(
    "fu", "2026-02-12",
    "Sleep f/u. Wakes gasping, falls asleep driving, ESS 16. Study: RDI 11.5/h (3% hypopneas). "
    "Plan CPAP auto 6-14.",
)  # fmt: skip


def _cpap002(*resources: dict) -> dict:
    return status(record("E0601", *resources, reason="G47.33", order_type="DeviceRequest"),
                  "CPAP-002")  # fmt: skip


def test_a_three_percent_index_is_not_judged_while_a_note_in_the_window_is_unread() -> None:
    item = _cpap002(_FOLLOW_UP, _unread("psg", "2026-01-28"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/psg" in item["searched"]
    assert "3% rule" in item["searched"]


def test_read_the_three_percent_index_stands_alone_or_gives_way_as_before() -> None:
    assert _cpap002(_FOLLOW_UP)["status"] == "met"
    # The study read, its 4%-rule index below 5 sets the 3%-rule one aside.
    psg = _note("psg", "2026-01-28", "Diagnostic PSG. AHI 3.1/h (4% rule). Mild snoring.")
    assert _cpap002(_FOLLOW_UP, psg)["status"] == "partial"


def test_an_unread_note_outside_the_window_changes_nothing() -> None:
    # The study dated by its statement: an undated index with an earlier note unread is "could
    # not check" for another reason, the old study it may restate (restated_studies.py, s75-i).
    dated = _note(
        "fu", "2026-02-12",
        "Sleep f/u. Wakes gasping, ESS 16. RDI 11.5/h (3% hypopneas) on PSG of 1/28/2026.",
    )  # fmt: skip
    assert _cpap002(dated, _unread("old", "2024-06-03"))["status"] == "met"


def test_a_figure_of_the_four_percent_rule_that_qualifies_is_not_doubted() -> None:
    both = _note(
        "fu", "2026-02-12",
        "Sleep f/u. Wakes gasping, ESS 16. PSG 1/28/2026: AHI 7.4/h (4% rule), RDI 11.5/h "
        "(3% rule).",
    )  # fmt: skip
    assert _cpap002(both, _unread("psg", "2026-01-28"))["status"] == "met"


def test_a_note_written_before_the_study_it_dates_cannot_give_its_figure() -> None:
    dated = _note(
        "fu", "2026-02-12",
        "Sleep f/u. Wakes gasping, ESS 16. RDI 11.5/h (3% rule) on PSG of 1/28/2026.",
    )  # fmt: skip
    assert _cpap002(dated, _unread("pcp", "2026-01-09"))["status"] == "met"
    assert _cpap002(dated, _unread("psg", "2026-01-28"))["status"] == "unknown"


def _hst(text: str) -> dict:
    return {
        "resourceType": "DiagnosticReport", "id": "hst", "status": "final",
        "code": {"text": "Home sleep apnea test"}, "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-01-30", "conclusion": text,
    }  # fmt: skip


_SYMPTOMS = _note("v", "2026-01-06", "Loud snoring, witnessed apneas, dozes at red lights. HTN.")


def test_a_read_report_scored_by_the_three_percent_rule_alone_stands() -> None:
    hst = _hst("Type III HSAT, 6.2 h. REI (3% rule) 12.7/h. Mild-moderate OSA.")
    assert _cpap002(hst, _SYMPTOMS, _unread("call", "2026-02-09"))["status"] == "met"


def test_a_read_report_that_names_a_four_percent_rule_too_is_not_judged() -> None:
    hst = _hst("Type III HSAT, 6.2 h. Scored with 4% desaturation rule and with 3% rule; "
               "using 3% rule, RDI 12.7/h.")  # fmt: skip
    assert _cpap002(hst, _SYMPTOMS)["status"] == "met"
    item = _cpap002(hst, _SYMPTOMS, _unread("call", "2026-02-09"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/call" in item["searched"]
    # A note written before the study cannot be about it.
    assert _cpap002(hst, _SYMPTOMS, _unread("intake", "2026-01-12"))["status"] == "met"
