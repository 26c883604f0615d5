"""The knee replacement's radiograph item takes a film told in lower case (s70-k).

"R knee xr 1/2026 severe oa" in a terse visit note is the weight-bearing film TKA-001 asks
for; before, only "XR" and "OA" in capitals were read, and a documented film was called
missing. A film of the other knee, an MRI, a film only ordered or "OA" on arrival stay none
(tests/notes/test_s70k_lowercase_film_shorthand.py has the wordings).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _tka(said: str) -> str:
    text = f"Ortho clinic. R knee pain x 3 yrs, failed PT and NSAIDs.\n{said}\nPlan: R TKA."
    bundle = record("27447", _note("doc-7", "2026-02-20", text), reason="M17.11")
    return status(bundle, "TKA-001")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "R knee xr 1/2026 severe oa",
        "xr R knee today: severe medial oa",
        "Imaging: standing xr rt knee 1/14/26 mod-severe tricompartmental oa",
    ],
)
def test_the_knee_replacement_takes_the_lower_case_film(said: str) -> None:
    assert _tka(said) == "met"


@pytest.mark.parametrize(
    "said",
    [
        "R knee xr ordered, oa suspected.",
        "L knee xr 1/2026 severe oa.",
        "R knee MRI 1/2026 severe oa.",
        "SpO2 84% RA OA. R knee pain.",
    ],
)
def test_no_film_of_this_knee_stays_missing(said: str) -> None:
    assert _tka(said) == "missing"
