"""A visit's recap of the history told above is the illness's course, not past history (s69-s).

"Hx as above: 5 months naproxen, 12 PT visits, 1 IA injection (2 wk relief), cane since Oct -
all failed." (blind wave 76, KC/hip-01): medspaCy's "hx" made the whole line past history, so
THA-002 (three months of failed nonoperative care) dropped the months of naproxen the
arthroplasty visit counted and read only the earlier visits' 2 months and 26 days. A history
"as above" (per above, as noted above, see above) sums up the course up to the visit. A history
"of" care, a past medical history, and a past history "as above" are still past history.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_CARE = "naproxen 500 BID x 5 months, PT x 12 weeks - all failed. Walks with a cane."


def _tha_002(line: str) -> str:
    text = f"Ortho Clinic\n{line} {_CARE}\nExam: R hip IR 0, +FADIR.\nPlan: R THA."
    bundle = record("27130", _note("n1", "2026-02-12", text), reason="M16.11")
    return status(bundle, "THA-002", as_of=date(2026, 2, 20))["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Hx as above:",
        "History as above:",
        "Hx per above -",
        "History per above:",
        "Hx as noted above:",
        "History as previously noted:",
        "Hx as documented above:",
        "History as outlined above:",
        "HISTORY AS ABOVE:",
        "hx as detailed above:",
    ],
)
def test_a_recap_of_the_history_above_counts_its_months(line: str) -> None:
    assert _tha_002(line) == "met", line


@pytest.mark.parametrize(
    "line",
    [
        "Hx of",
        "History of",
        "PMH:",
        "Past history as above:",
        "Past medical history as above:",
        "Past hx per above:",
        "Past medical history:",
        "Remote hx:",
    ],
)
def test_past_history_stays_past(line: str) -> None:
    assert _tha_002(line) != "met", line
