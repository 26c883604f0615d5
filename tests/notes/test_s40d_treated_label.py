"""A line under an Assessment and Plan heading labelled with the care given, or calling its relief
short-lived, reports care had, not care planned (blind wave 41, EZ/sps-03: "Treated: PT x 8 wks
(2025), chiropractic 6 wks (early 2026), prednisone taper, gabapentin, 2 ESIs (last 3/2026) - all
temporary" was read as a plan, so the spine surgery's nonoperative care was found nowhere).

A plan that says what it will treat with, or names relief as its aim, stays a plan.
"""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 7, 9))])
    return any(f.concept == concept and f.asserted for f in found)


def test_a_treated_label_lists_care_had() -> None:
    said = "Assessment/Plan:\nL5 radiculopathy.\nTreated: physical therapy 10 visits, naproxen."
    assert _asserted(said, "physical-therapy")


def test_relief_called_temporary_reports_care_had() -> None:
    said = "A/P: L4-5 HNP. Two ESIs in the spring - each temporary."
    assert _asserted(said, "epidural-injection")
    said = "A/P: L4-5 HNP. Meloxicam gave only temporary relief."
    assert _asserted(said, "nsaid")


def test_care_to_be_treated_with_is_still_a_plan() -> None:
    assert not _asserted("A/P: L5 radiculopathy, will be treated with physical therapy.",
                         "physical-therapy")  # fmt: skip
    assert not _asserted("A/P: L4-5 HNP. ESI next month for temporary symptom control.",
                         "epidural-injection")  # fmt: skip


def test_temporary_that_is_not_relief_leaves_the_plan_a_plan() -> None:
    # A brace or restrictions called temporary tell nothing of care had: the therapy beside
    # them is still the plan's.
    assert not _asserted("Plan: PT 2x/wk x 6 wks, brace was temporary.", "physical-therapy")
    said = "Plan: PT 2x/wk x 6 wks, work restrictions only temporary."
    assert not _asserted(said, "physical-therapy")
    said = "A/P: L4-5 HNP. Physical therapy x 8 wks - relief was only temporary."
    assert _asserted(said, "physical-therapy")
