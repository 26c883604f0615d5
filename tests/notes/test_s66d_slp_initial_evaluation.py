"""An SLP evaluation titled with the visit's kind between the discipline and the word ("SLP
Initial Evaluation 10/27/2026 - ... CCC-SLP") is the evaluation done (brief s66-d, blind wave 68,
IW/therapy-speech-language-03: no evaluation was found in its own note). One referred for,
scheduled or recommended is still to come.
"""

from __future__ import annotations

import pytest
from stated_findings import stated


@pytest.mark.parametrize(
    "text",
    [
        "SLP Initial Evaluation 10/27/2026 - Birdie Okonkwo, MS, CCC-SLP",
        "SLP initial eval completed today.",
        "Speech initial evaluation: intelligibility ~50% to unfamiliar listeners.",
        "Speech-language initial evaluation done 10/27.",
        "Language initial assessment completed; fronting and stopping noted.",
        "slp initial assessment - pt 5 y 9 mo",
        "Speech and language initial evaluation by CCC-SLP.",
    ],
)
def test_an_initial_slp_evaluation_is_one_held(text: str) -> None:
    assert stated(text, "slp-evaluation")


@pytest.mark.parametrize(
    "text",
    [
        "No SLP initial evaluation on file.",
        "SLP initial evaluation scheduled 11/20.",
        "Will schedule speech initial evaluation.",
    ],
)
def test_an_initial_evaluation_to_come_is_not(text: str) -> None:
    assert not stated(text, "slp-evaluation")
