"""An empty box on a form line leaves its own item unticked, not the ticked findings beside it.

cues.PLACEHOLDER reads "[ ]" as an unfilled template field, and an unfilled field negates every
finding of its statement: "Bed form: [X] Needs position changes q2h  [ ] Traction" said the
patient needs no position changes, while the same form written "☑ ... ☐ Traction" counted its
tick (wave 21's checkbox class, noticed again in later stops). bd0b0a9 un-blanked every ticked
item and was reverted: ticks of care ("[X] NSAIDs", "[X] PT" on an intake or request form, no
dates) then counted as conservative care the narrative only planned or denied, which reviewers
reject ("form says Yes with blank duration"). Here a ticked finding (a need, a symptom, a
condition) is read as ticked, and still against the narrative (ticked_boxes.contradicted_ticks);
a tick of care stays blanked as before (a trial needs its dates told in the narrative), and so
does every finding of a line with another blank ("Reason: ____", "***").
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_OPEN = "Hospital bed requested; see attached form."


def _bed(*texts: str) -> str:
    notes = [_note(f"n{i}", "2026-02-20", t) for i, t in enumerate(texts)]
    bundle = record("E0250", *notes, reason="K21.9", order_type="DeviceRequest")
    return status(bundle, "BED-001")["status"]


def test_an_empty_box_leaves_the_tick_beside_it() -> None:
    assert _bed(_OPEN, "Bed form: [X] Needs position changes q2h  [ ] Traction") == "met"


@pytest.mark.parametrize(
    "form",
    [
        "Bed form: [ ] Needs position changes q2h  [X] Traction",
        "Bed form: [X] Needs position changes q2h  [ ] Traction  Reason: ____",
        "Bed form: [X] Needs position changes q2h *** [ ] Traction",
    ],
)
def test_the_empty_boxs_own_item_and_other_blanks_stay_blank(form: str) -> None:
    assert _bed(_OPEN, form) != "met"


def test_the_narrative_still_overrules_the_tick() -> None:
    denied = "Reflux well controlled on wedge pillow; no positioning need, no pressure injuries."
    assert _bed(denied, "Bed form: [X] Needs position changes q2h  [ ] Traction") != "met"


def _asserted(text: str) -> set[str]:
    return {f.text.lower() for f in find_findings([NoteInput("D/1", text)]) if f.asserted}


def test_ticked_symptoms_count_and_ticked_care_stays_blank() -> None:
    found = _asserted("Symptoms: [x] daytime sleepiness  [ ] insomnia  [x] HTN")
    assert "daytime sleepiness" in found and "htn" in found and "insomnia" not in found
    assert not _asserted("Conservative tx tried: [X] PT  [X] NSAIDs  [ ] injection")
