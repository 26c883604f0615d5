"""A level 3 event in a follow-up note's shorthand (blind wave 43, FE/cgm-02).

"ED 2/14 for BG 32 requiring EMS (level 3 hypo)" and the ED note's "EMS BG 32, given IV D50 +
glucagon" are the level 3 hypoglycemia LCD L33822 accepts in place of insulin (CGM-001), but
neither said "hypoglycemia". "Hypo" after its level, and a glucose under 54 with the rescue it
needed, now count; a low the patient treated alone does not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> bool:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 6, 2))]
    return any(f.concept == concept and not f.negated for f in find_findings(notes))


@pytest.mark.parametrize(
    "text",
    [
        "Seen in ED 4/3 after a level 3 hypo at work.",
        "Glucose 38 at home, husband gave glucagon.",
        "Paramedics found BG 29, given D50.",
    ],
)
def test_a_low_that_needed_rescue_is_problematic_hypoglycemia(text: str) -> None:
    assert _found(text, "problematic-hypoglycemia")


@pytest.mark.parametrize(
    "text",
    [
        "No EMS call; BG 48 once, treated herself with juice.",
        "Glucose 45% of readings in range.",
    ],
)
def test_a_low_without_rescue_is_not_a_level_3_event(text: str) -> None:
    assert not _found(text, "problematic-hypoglycemia")
