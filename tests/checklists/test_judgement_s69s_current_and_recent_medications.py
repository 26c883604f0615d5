"""A medication list headed "Current/Recent Medications" is a medication list (s69-s).

"<h4>Allergies</h4><ul><li>NSAIDs - GI bleed (2019)</li></ul><h4>Current/Recent
Medications</h4><table>..." (blind wave 76, KC/hip-02): the header was none the note reader
knew, so the allergies ran on over the med table (tramadol 12/15/2025-04/20/2026) and the PT
line after it, all read as reactions, and THA-002 saw only the walker of the day's exam. A list
headed current and recent (or past) medications is what was taken. A reaction under the
allergies header is still no trial.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_ALLERGIES = "Allergies:\nNSAIDs - GI bleed (2019)\n"
_REST = (
    "tramadol 50 mg q6h | 12/15/2025 | 04/20/2026 | ineffective\n"
    "PT 2x/wk Feb-Apr (16 visits) - no improvement.\n"
    "Exam: L hip IR 5 painful, antalgic gait.\nA/P: L THA."
)


def _tha_002(header: str, kind: str = "text/plain") -> str:
    text = f"Ortho follow-up\nL hip pain since Oct 2025.\n{_ALLERGIES}{header}\n{_REST}"
    if kind == "text/html":
        text = "".join(f"<p>{line}</p>" for line in text.splitlines())
    bundle = record("27130", _note("n1", "2026-06-02", text, kind), reason="M87.052")
    return status(bundle, "THA-002", as_of=date(2026, 6, 11))["status"]


@pytest.mark.parametrize(
    "header",
    [
        "Current/Recent Medications",
        "Current/Recent Medications:",
        "CURRENT / RECENT MEDICATIONS:",
        "Current and recent medications:",
        "Current & Recent Medications",
        "Recent medications:",
        "Current/recent meds:",
        "Recent meds -",
        "Current meds:",
        "Current and past medications:",
    ],
)
def test_a_current_and_recent_list_is_what_was_taken(header: str) -> None:
    assert _tha_002(header) == "met", header


def test_the_same_header_in_html() -> None:
    assert _tha_002("<b>Current/Recent Medications</b>", "text/html") == "met"


@pytest.mark.parametrize(
    "header",
    [
        "Drug intolerances:",
        "Also intolerant of:",
        "Reactions:",
        "Recent reactions:",
    ],
)
def test_reactions_under_the_allergies_are_no_trial(header: str) -> None:
    assert _tha_002(header) != "met", header
