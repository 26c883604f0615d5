"""Statements a note gives to one side by a label keep that side (brief s78-side, blind wave 93).

- A side in brackets before its region: "Contralateral (R) knee: lateral JLT, + McMurray
  laterally" (MS/kas-03) was read unsided and met a left knee's exam item (regions.py).
- A heading naming the other knee without a determiner: "Other knee:", "Opposite knee:"
  (headings.py); "contralateral knee" was read so already (other_side.py).
- A bare side label opening a statement: "Right TKA components well fixed, no loosening. Left:
  severe lateral compartment OA" (MS/tka-02): the left statement took the right side carried
  from the one before it (side_labels.py).
- A grade between the side and its region: "R severe medial compartment OA; L normal".

Near misses keep their reading: a statement naming its own side, two labels in one statement,
a side label before nothing that names a region, the requested side's own statements.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.evidence.regions import regions_in_text
from smartapp.notes import NoteInput, find_findings
from smartapp.notes.side_labels import labelled_side

KNEE = frozenset({"knee"})
LEFT = frozenset({"knee", "knee:left"})
RIGHT = frozenset({"knee", "knee:right"})
OTHER = frozenset({"knee", "knee:other"})


def _regions(text: str, concept: str, title: str = "") -> list[frozenset[str]]:
    note = NoteInput("DocumentReference/k1", text, dt.date(2026, 3, 2), title=title)
    return [f.regions for f in find_findings([note]) if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Contralateral (R) knee", RIGHT),
        ("(L) knee pain", LEFT),
        ("(right) knee: lateral JLT", RIGHT),
        ("(Rt) knee", RIGHT),
        ("R severe medial compartment OA", RIGHT),
        ("L moderate knee pain", LEFT),
        ("L end-stage knee OA", LEFT),
    ],
)
def test_a_side_in_brackets_or_before_a_grade_is_the_regions_side(text, regions) -> None:
    assert regions_in_text(text) == regions


@pytest.mark.parametrize("text", ["R) knee", "knee (R)", "(see R) knee", "severe R knee"])
def test_no_bracket_opened_right_before_it_gives_no_side_here(text) -> None:
    found = regions_in_text(text)
    assert "knee:right" not in found or text == "severe R knee"


@pytest.mark.parametrize(
    "text",
    [
        "Contralateral (R) knee: lateral JLT, + McMurray laterally (old, asymptomatic per pt).",
        "<p><b>Contralateral (R) knee:</b> lateral JLT, + McMurray laterally.</p>",
        "Contralateral (R) knee:\nlateral JLT.\n+ McMurray laterally.",
        "Right knee:\nlateral JLT.\n+ McMurray laterally.",
    ],
)
def test_the_other_knees_labelled_exam_is_the_right_knees(text) -> None:
    found = _regions(text, "mechanical-test")
    assert found and all(r == RIGHT for r in found)


@pytest.mark.parametrize(
    "text",
    [
        "Other knee: lateral JLT, + McMurray laterally.",
        "Opposite knee:\n+ McMurray laterally.",
        "Contralateral knee: + McMurray laterally.",
    ],
)
def test_a_heading_naming_the_other_knee_is_the_other_knees(text) -> None:
    found = _regions(text, "mechanical-test")
    assert found and all(r == OTHER for r in found)


def test_other_words_in_running_text_still_need_their_determiner() -> None:
    assert _regions("No other joint swelling. + McMurray, knee.", "mechanical-test") == [KNEE]


REPORT = "Radiology report"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "XR BILAT KNEES standing 2/2/2026. Impression: Right TKA components well fixed, no "
            "loosening. Left: severe lateral compartment OA with complete joint space loss.",
            LEFT,
        ),
        ("XR BILAT KNEES. Left: normal. Right: severe lateral compartment OA.", RIGHT),
        ("XR BILAT KNEES.\nR: severe medial compartment OA.\nL: normal.", RIGHT),
        ("XR BILAT KNEES.\nR TKA in good position.\nLt.: tricompartmental OA, knee.", LEFT),
        ("XR knees 2/2/2026: R severe medial compartment OA; L normal.", RIGHT),
    ],
)
def test_a_bare_side_label_gives_its_statement_that_side(text, side) -> None:
    found = _regions(text, "oa-findings", REPORT)
    assert found and all(r == side for r in found)


def test_the_labels_side_reaches_what_the_report_says_after_it() -> None:
    text = "XR BILAT KNEES. Right TKA well fixed. Left: lateral compartment OA. Subchondral cysts."
    assert _regions(text, "oa-findings", REPORT) == [LEFT, LEFT]


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("R: mild OA; L: severe lateral compartment OA", RIGHT),  # two labels: clause readers'
        ("L: R knee aspirated", RIGHT),  # names its own side
        ("R: 18", LEFT),  # a side of nothing
        ("ROM: full, knee", LEFT),  # no side label
        ("Lumbar: tender", LEFT),
    ],
)
def test_near_misses_keep_their_regions(text, regions) -> None:
    assert labelled_side(text, regions) == regions


def test_a_label_changes_nothing_without_a_region() -> None:
    assert labelled_side("Left: quad strength 5/5", frozenset()) == frozenset()
    assert labelled_side("Left: quad strength 5/5", RIGHT) == LEFT
