"""What a treatment is for, told to the patient without "that", is no event of theirs.

Wave 24 (CH/cpap-03) read "Explained CPAP is first-line and BiPAP is for CPAP failure" as an
explanation: no failed CPAP trial of the patient's. ConText marks a spaCy-matched target only after
"told him that" / "told pt that", so the same education written "Told him BiPAP is for CPAP
failure" met CPAP-006 (E0470) as a failed CPAP trial though the patient never tried CPAP. A word
of telling before a treatment's indication ("... is for", "is only covered after", "is reserved
for") states what the treatment is for, as the pattern-matched targets already read it; a failure
stated as the patient's, before the telling or without an indication, still counts.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _failed_cpap(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "failed-cpap" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Pt will not try CPAP. Told him BiPAP is for CPAP failure.",
        "Told pt bilevel is only covered after CPAP intolerance.",
        "Told her BiPAP is reserved for CPAP failure; she wants to start with BiPAP.",
        "Informed him bilevel is used when CPAP is not tolerated.",
        "Advised patient BiPAP is typically for CPAP intolerance.",
        "Told the family BiPAP is indicated for CPAP failure.",
    ],
)
def test_told_without_that_is_no_failed_trial(text: str) -> None:
    assert not _failed_cpap(text), text


@pytest.mark.parametrize(
    "text",
    [
        "CPAP not tolerated at 14 cm. Told him BiPAP is the next step.",
        "Told him CPAP failed at 12 cm per the titration.",
        "Failed CPAP trial x 90 days; told pt BiPAP is for CPAP failure like his.",
        "Pt told me CPAP failure was due to aerophagia.",
    ],
)
def test_a_failure_of_the_patients_still_counts(text: str) -> None:
    assert _failed_cpap(text), text


def test_bilevel_order_not_met_by_education() -> None:
    text = "OSA, AHI 32. Pt will not try CPAP. Told him BiPAP is for CPAP failure."
    bundle = record(
        "E0470", _note("n1", "2026-02-20", text), reason="G47.33", order_type="DeviceRequest"
    )
    assert status(bundle, "CPAP-006")["status"] == "missing"
