"""A level 2 or 3 hypoglycemic event, or recurrent lows, named without the word hypoglycemia
(brief s69-t, blind wave 76 KC/cgm-02): "DM2 on glipizide with recurrent lows incl. level 3
event requiring EMS assistance" is the problematic hypoglycemia LCD L33822 accepts for a CGM in
place of insulin (CGM-001), but only "level 3 hypo(glycemia)" and "recurrent hypoglycemia" were
read. An event or episode counts only where its statement names a low, a glucose or the help
it needed; "lows" is plural, and neither a blood pressure's lows nor a denial count.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str) -> bool:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 6, 2))]
    return any(
        f.concept == "problematic-hypoglycemia" and not f.negated for f in find_findings(notes)
    )


@pytest.mark.parametrize(
    "text",
    [
        "A/P: DM2 on glipizide with recurrent lows incl. level 3 event requiring EMS assistance.",
        "Recurrent lows despite glipizide dose cuts x2.",
        "Frequent lows on glyburide, down-titrated twice.",
        "Level 3 event 4/2026: found unresponsive by husband, glucagon given.",
        "Had a level 3 episode in March needing paramedics.",
        "Level 2 lows 3-4x/week despite two regimen changes.",
        "Two level 2 events this month (BG 48, 51) after reducing glimepiride.",
        "T2DM with repeated lows; one level 3 event needing help from her son.",
        "Multiple lows overnight on the CGM trial, glimepiride stopped.",
    ],
)
def test_levels_and_lows_named_alone_are_problematic_hypoglycemia(text: str) -> None:
    assert _found(text), text


@pytest.mark.parametrize(
    "text",
    [
        "No level 3 events.",
        "Denies recurrent lows.",
        "Recurrent low back pain, worse with sitting.",
        "Level 2 event reported to risk management.",
        "Frequent lows in BP on lisinopril, dose reduced.",
        "Fall risk level 2.",
        "Level 3 of care per ASAM criteria.",
        "One low of 65 last month.",
        "Without recurrent lows since the glipizide was stopped.",
    ],
)
def test_near_misses_are_not(text: str) -> None:
    assert not _found(text), text
