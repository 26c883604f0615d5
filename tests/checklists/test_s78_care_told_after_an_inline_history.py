"""The care a visit tells under a past history written whole on its header's line counts
(blind wave 93, MT/hip-arthroplasty-03; the reading is tests/notes/test_s78_story_after_an_
inline_history.py): "PSH: R THA 3/12/2025 - excellent result." then the left hip's story with
"Tylenol 1 g TID ... Cane." at the 5/26 consult, after PT 1/5-2/26 and an injection 3/18."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_STORY = (
    "L hip OA, pain since early '24, now rest/night pain. NSAIDs not an option (GI bleed). "
    "Tylenol 1 g TID. PT x2 rounds. Cane."
)


def _tha_002(history: str) -> str:
    """THA-002 (three months of nonoperative care): PT 1/5-2/26, an injection 3/18, and a
    consult 5/26 whose story under the past history tells the acetaminophen and cane now."""
    pt = _note(
        "n1", "2026-02-27", "PT discharge: PT for L hip, 1/5-2/26/26 (12 visits). Goals not met."
    )
    shot = _note("n2", "2026-03-18", "Procedure: L hip intra-articular steroid injection.")
    consult = _note(
        "n3",
        "2026-05-26",
        f"{history}\n{_STORY}\nExam: L hip flex 85, IR 0, antalgic.\nA/P: severe L hip OA. L THA.",
    )
    bundle = record(
        "27130", pt, shot, consult, reason="M16.12",
        order={"authoredOn": "2026-05-26", "occurrenceDateTime": "2026-06-09"},
    )  # fmt: skip
    return status(bundle, "THA-002", as_of=date(2026, 5, 28))["status"]


def test_the_care_told_under_an_inline_history_counts() -> None:
    assert _tha_002("PSH: R THA 3/12/2025 - excellent result.") == "met"
