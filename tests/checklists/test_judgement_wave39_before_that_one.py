"""Care told of as given "before that one" ended with that earlier one (blind wave 39, ER/hip-03).

A second hip's visit recalled the first replacement: "s/p R THA 5/2024 (did great; had 6 mo of
PT/NSAIDs/injection before that one)". Those six months were counted back from the visit, a
180-day THA-002 episode for the other hip. They end on the date written before them on the line
(the earlier surgery's), and with no such date they are undated past history; this hip's own
care is still counted, and so is care the note tells of without the pointer.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _tha002(history: str) -> str:
    visit = _note(
        "n1",
        "2026-10-05",
        f"HPI: 64F {history} Now R hip pain since July, naproxen 500 BID since 8/24.\n"
        "Walks 2 blocks, cannot put on shoes.\nA/P: R hip OA, severe. Plan R THA.",
    )
    order = {"authoredOn": "2026-10-05", "occurrenceDateTime": "2026-11-02"}
    bundle = record("27130", visit, reason="M16.11", order=order)
    report = score_bundle(bundle, as_of=date(2026, 10, 6))
    return {i["id"]: i for i in report["items"]}["THA-002"]["status"]


def test_care_before_an_earlier_dated_surgery_is_that_surgery_s():
    history = "s/p THA 3/2023 (did well; 4 months of PT and meloxicam before that one)."
    assert _tha002(history) != "met"


def test_care_before_an_undated_earlier_one_is_past_history():
    assert _tha002("s/p THA (did well; 6 months of PT before the other one).") != "met"


def test_the_same_care_told_without_the_pointer_counts():
    assert _tha002("s/p THA 3/2023 (did well). Has had 4 months of PT and meloxicam.") == "met"
