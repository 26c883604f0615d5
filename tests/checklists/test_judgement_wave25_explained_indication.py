"""Blind wave 24: what a treatment is for, explained to the patient, is no event of theirs.

CH/cpap-03 (CPAP-006, E0470): "Pt states he will not try CPAP ... Explained CPAP is first-line and
BiPAP is for CPAP failure." read the explanation's "CPAP failure" as a failed CPAP trial, though
the patient declined CPAP and the RT confirmed no trial. An explanation, counselling or review
"that" a treatment is for something states what the treatment is for, not what happened; a
failure stated as the patient's, before or beside the explanation, still counts.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _failed_cpap(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "failed-cpap" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Pt will not try CPAP. Explained CPAP is first-line and BiPAP is for CPAP failure.",
        "Explained that bilevel is reserved for CPAP intolerance.",
        "I explained BiPAP is only covered after failed CPAP trial.",
        "Counseled that BiPAP is for CPAP failure; pt wants BiPAP anyway.",
        "Counselled pt that bilevel is used when CPAP is not tolerated.",
        "Educated patient that CPAP failure must be documented before bilevel.",
        "Reviewed that BiPAP is second-line after CPAP intolerance.",
        "Advised that APAP failed trials are needed before BiPAP.",
        "Discussed that BiPAP is for CPAP failure.",
        "We discussed that bilevel is only covered after CPAP intolerance.",
        "Pt educated: BiPAP is indicated when CPAP fails or is not tolerated.",
        "Reviewed with pt that bilevel is for CPAP intolerance.",
    ],
)
def test_an_explanation_is_no_failed_trial(text: str) -> None:
    assert not _failed_cpap(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Failed CPAP trial 2025 (mask intolerance). Explained BiPAP settings.",
        "CPAP failed due to pressure intolerance at 14 cm; explained BiPAP is the next step.",
        "Intolerant of CPAP despite 3 mask refits. Explained bilevel settings to pt.",
        "CPAP not tolerated x 90 days per download.",
        "Discussed results; CPAP failed at 12 cm.",
    ],
)
def test_a_failure_of_the_patients_still_counts(text: str) -> None:
    assert _failed_cpap(text), text
