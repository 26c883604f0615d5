"""A knee's functional limits in the words notes use for them (brief s85-function, blind wave 100):

- "Can't get up from the couch without pushing off w/ both arms" (NS/tka-01) made the limit both
  arms' (the arms a rise is pushed off with are how the patient rises, not the limb the note is
  about: borrowed_region_words.py), so a right knee's replacement saw no functional deficit;
- "Hard to walk >20 min, knee "gives out" on stairs" (NS/tka-03): a limit told as hard going
  ("hard to walk", "difficult to climb stairs", "a hard time getting up", "stairs are difficult")
  was no activity limit, and the patient's quotation marks parted "knee gives out".

Near misses stay none: a limit denied, a good score, a relative's, a trip to therapy that is hard,
a limit still to come, another joint's, and one outside the 180 days.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.evidence.borrowed_region_words import without_borrowed_words
from smartapp.evidence.regions import regions_in_text

from .test_judgement import _note, record, status

_AS_OF = date(2026, 2, 25)


def _function(text: str, day: str = "2026-02-10") -> str:
    bundle = record("27447", _note("n1", day, text), reason="M17.11")
    return status(bundle, "TKA-003", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        # the cases' own words
        "R knee OA end stage - failed PT, NSAIDs, CSI x2, cane. Can't get up from the couch"
        " without pushing off w/ both arms, stopped going to grandson's ballgames (bleachers).",
        '56F R knee pain since March, medial. Hard to walk >20 min, knee "gives out" on stairs.'
        " ROM 0-120, medial jt line TTP.",
        # other wordings of the same facts
        "R knee OA. Stands from the chair by pushing up with her hands.",
        "R knee OA. Difficult to climb stairs at home.",
        "R knee OA. Has a hard time getting up out of his low bed.",
        "R knee OA. Stairs have become difficult.",
        "R knee OA. Hard to get in/out of car.",
        'R knee OA. Knee "gives out" on stairs.',
        "R knee OA. Knees 'gave way' twice this month.",
    ],
)
def test_a_knee_limit_in_these_words_is_documented(text: str) -> None:
    assert _function(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "R knee OA. Not hard to walk; walks 2 miles daily.",
        "R knee OA. Walks without difficulty, stairs without difficulty.",
        "R knee OA. Wife has a hard time walking since her hip surgery.",
        "R knee OA. Too hard to get to PT with the kids.",
        "R knee OA. Hard to get in to see ortho.",
        "R knee OA. Will be hard to walk for 6 weeks after surgery.",
        'R knee OA. Knee does not "give out".',
        'R knee OA. Denies knee "giving out".',
        "R knee OA, mild. Hard to walk more than a block due to L hip OA.",
    ],
)
def test_near_misses_are_no_knee_limit(text: str) -> None:
    assert _function(text) == "missing"


def test_a_limit_older_than_the_window_does_not_count() -> None:
    text = 'R knee OA. Hard to walk >20 min, knee "gives out" on stairs.'
    assert _function(text, day="2025-08-20") == "missing"


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("Can't get up from the couch without pushing off w/ both arms", frozenset()),
        ("stands from the chair by pushing up with her hands", frozenset()),
        # the arm's own push, with no rise before it, is the arm's
        ("can't push up with R arm", frozenset({"upper-extremity", "upper-extremity:right"})),
        # a region the clause names stays
        (
            "Gets out of chair pushing off with arms, L knee pain",
            frozenset({"knee", "knee:left"}),
        ),
    ],
)
def test_the_arms_a_rise_is_pushed_off_with_name_no_region(
    text: str, regions: frozenset[str]
) -> None:
    assert regions_in_text(text) == regions
    assert len(without_borrowed_words(text)) == len(text)  # offsets hold


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the therapist's discharge summary of NS/tka-01, inside the window
        (
            "PT d/c summary: 14 visits 6/23-8/15. LEFS 29/80 -> 31/80. Continues antalgic gait,"
            " stairs step-to pattern. Pt to cont HEP.",
            "met",
        ),
        ("R knee OA. LEFS 31/80.", "met"),
        # a score of little limitation is none
        ("R knee OA. LEFS 78/80.", "missing"),
    ],
)
def test_a_therapist_s_score_counts_by_its_band(text: str, expected: str) -> None:
    assert _function(text) == expected


@pytest.mark.parametrize(("value", "expected"), [(31, "met"), (71, "met"), (78, "missing")])
def test_a_charted_lefs_counts_below_its_error_of_the_full_score(value: int, expected: str) -> None:
    score = {
        "resourceType": "Observation",
        "id": "lefs",
        "status": "final",
        "code": {"text": "LEFS (Lower Extremity Functional Scale)"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-02-10",
        "valueQuantity": {"value": value, "unit": "{score}"},
    }
    bundle = record("27447", score, reason="M17.11")
    assert status(bundle, "TKA-003", as_of=_AS_OF)["status"] == expected
