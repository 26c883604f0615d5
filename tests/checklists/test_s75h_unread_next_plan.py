"""A recertification asked for in the running plan's last five days rests on the running plan only
while no next plan is begun (next_plan.py). That is a finding of absence, so a note that could
not be read, of the period the rule searches, may be the one that begins it: the item is then
"could not check", naming the note, never met (bench/unread.py invariant a: CC/hh-02 note d3,
EV/home-health-03, FX/home-health-02 turned partial -> met with that note unread). Read, the
note decides as before; a note unread outside the period, a request before the last five days,
or a renewal agreed with the practitioner changes nothing (unread_next_plan.py)."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _unread
from .test_s75b_recert_none_begun import _ORDER, _plan
from .test_unread_start_of_care import blind_item_with_note_unread

_BEGUN = "Recert POC sent to NP for signature 7/27 - not yet returned."


def _hhc004(*notes: dict, as_of: date = date(2026, 7, 30)) -> dict:
    bundle = record("G0300", *notes, reason="E11.65", order=_ORDER)
    return _item(bundle, "HHC-004", as_of)


def test_read_the_next_plan_begun_is_the_requests() -> None:
    assert _hhc004(_plan(), _note("next", "2026-07-27", _BEGUN))["status"] in ("missing", "partial")


def test_none_begun_and_all_read_the_running_plan_covers_it() -> None:
    assert _hhc004(_plan())["status"] == "met"


def test_unread_the_note_that_could_begin_it_is_not_judged_and_named() -> None:
    item = _hhc004(_plan(), _unread("next", "2026-07-27"))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/next" in item["searched"]


def test_an_unread_note_from_before_the_period_searched_changes_nothing() -> None:
    assert _hhc004(_plan(), _unread("old", "2026-06-01"))["status"] == "met"


def test_before_the_last_five_days_an_unread_note_changes_nothing() -> None:
    # 7/24: recertification not yet due, the running plan covers the request whatever is unread.
    assert (
        _hhc004(_plan(), _unread("next", "2026-07-22"), as_of=date(2026, 7, 24))["status"] == "met"
    )


@pytest.mark.parametrize(
    ("case", "doc_id"),
    [("CC/hh-02.json", "d3"), ("EV/home-health-03.json", "doc-home-health03-7"),
     ("FX/home-health-02.json", "dn-hh2-cm")],
)  # fmt: skip
def test_a_blind_case_whose_next_plan_note_is_not_handed_over_is_not_met(case, doc_id) -> None:
    item = blind_item_with_note_unread(case, doc_id, "HHC-004")
    assert item["status"] != "met", item["searched"]
    if item["status"] == "unknown":
        assert f"DocumentReference/{doc_id}" in item["searched"]
