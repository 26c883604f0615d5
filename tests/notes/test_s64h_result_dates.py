"""The date a result is dated by (finding_dates.nearest_date, yearless_months._last_month): the
date in its own clause before a nearer one of another list item, the visit when its clause says
"today", and "last January" written in February as the January a year back (blind wave 65,
IM/infliximab-01 and IL/tka-03)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_DAY = dt.date(2026, 2, 23)


def _when(line: str, concept: str) -> list[dt.date | None]:
    found = find_findings([NoteInput("n1", f"Clinic note\n{line}\n", _DAY)])
    return [f.when for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("line", "concept", "when"),
    [
        (
            "Immunizations: Tdap 2022, flu 10/2025, PPD neg 2019 (college).",
            "tb-screening",
            dt.date(2019, 1, 1),
        ),
        ("Screening: HBsAg neg 2/2026, QFT neg 2024.", "tb-screening", dt.date(2024, 1, 1)),
        (
            "Imaging: xrays from last January show bone-on-bone medially.",
            "oa-findings",
            dt.date(2025, 1, 1),
        ),
        ("XR R knee from last Jan: bone on bone.", "oa-findings", dt.date(2025, 1, 1)),
        ("XR R knee 3/2025: bone-on-bone.", "oa-findings", dt.date(2025, 3, 1)),
        ("XR R knee 2/2026: bone-on-bone.", "oa-findings", dt.date(2026, 2, 1)),
        ("XR R knee last March: bone-on-bone.", "oa-findings", dt.date(2025, 3, 1)),
    ],
)
def test_a_result_is_dated_by_its_own_clause(line: str, concept: str, when: dt.date) -> None:
    assert when in _when(line, concept), line


@pytest.mark.parametrize(
    ("line", "concept"),
    [
        ("Flu shot 2019, QFT today negative.", "tb-screening"),
        ("Knee pain since 2019, XR today: bone-on-bone.", "oa-findings"),
    ],
)
def test_a_clause_of_the_visit_is_the_note_s(line: str, concept: str) -> None:
    assert _when(line, concept) and all(w is None for w in _when(line, concept)), line


def test_last_december_in_january_is_the_one_just_over() -> None:
    found = find_findings(
        [
            NoteInput(
                "n1", "Clinic note\nXR R knee last December: bone-on-bone.\n", dt.date(2026, 1, 20)
            )
        ]
    )
    assert dt.date(2025, 12, 1) in [f.when for f in found if f.concept == "oa-findings"]
