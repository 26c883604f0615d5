"""Insulin on a medication list whose row's status column says it is not taken.

Blind wave 65 (IM/cgm-02): CGM-001 (insulin treatment, LCD L33822) was met on an Epic "Current
Outpatient Medications" row 'insulin glargine 10 u qHS ..... NOT TAKING - never started
(declined)': the list puts each row's status at its end, after the dose and a dot leader, and the
insulin reader's own look-ahead stopped at the leader's dots. A list entry's own remark is read
for insulin as it is for every listed drug (entry_remarks.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _insulin(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 3))])
    return any(f.concept == "insulin-treated" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # Epic's med rec: dot leaders, the status in capitals at the row's end.
        "Current Outpatient Medications:\n metformin ER 1000 mg BID ...... taking\n"
        " insulin glargine 10 u qHS ..... NOT TAKING - never started (declined)\n"
        " atorvastatin 40 mg ............ taking\n",
        # A long row: drug, form, directions, then the status far from the drug's name.
        "Medications:\n insulin glargine (LANTUS SOLOSTAR) 100 unit/mL injection pen ........"
        " Inject 10 Units under the skin nightly ........ Not Taking\n",
        # Columns set apart by spaces or a tab rather than dots.
        "Outpatient Medications:\n Toujeo 300 unit/mL pen   18 units qHS    Patient not taking\n",
        "Medications:\n Levemir FlexPen\t12 u at bedtime\tnever started\n",
        # A pipe-separated table row.
        "Medications:\n insulin lispro (Humalog) | sliding scale w/ meals | not taking\n",
        # Three dots as the leader, status in lower case, misspelt drug kept by its brand.
        "Meds:\n Basaglar KwikPen 14 u daily ... not currently taking\n",
        # The status column says it was stopped: no insulin treatment now.
        "Current Outpatient Medications:\n insulin glargine 100 unit/mL pen ........ 10 units"
        " nightly ........ Discontinued 3/2026\n",
    ],
)
def test_listed_insulin_whose_row_says_not_taken_is_no_treatment(text: str) -> None:
    assert not _insulin(text)


@pytest.mark.parametrize(
    "text",
    [
        # The row's status says it is taken.
        "Current Outpatient Medications:\n insulin glargine 10 u qHS ..... taking\n"
        " metformin ER 1000 mg BID ...... NOT TAKING - never started\n",
        "Medications:\n Lantus 100 unit/mL pen ........ Inject 22 Units nightly ........ Taking\n",
        # Stopped after a course is a history the row still shows (the stop is another reader's).
        "Medications:\n insulin aspart (Novolog) ...... 4 u with meals\n",
    ],
)
def test_listed_insulin_taken_still_counts(text: str) -> None:
    assert _insulin(text)
