"""A medication-list row whose remark declines the drug by naming it again lists no insulin taken
(CGM-001, LCD L33822; noticed in the code, session s65b-noticed).

label_refused.refused_remark reads a row's refusal as the drug's when nothing follows it
("Lantus - pt declined") or the drug's names do; insulin's names are a clinical-notes regex, not
the medication phrases it looked up, so "Lantus - pt declined insulin" listed Lantus taken. A
refusal of a change to the insulin ("declined dose increase", "declined insulin pump") leaves the
insulin taken.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_past_insulin import _cgm


@pytest.mark.parametrize(
    "text",
    [
        "T2DM f/u. Medications:\nLantus - pt declined insulin\nmetformin 1000 mg BID",
        "Meds:\ninsulin glargine: declined insulin, wants to try diet\nmetformin 500 mg BID",
        "Medications:\nBasaglar KwikPen - refused insulin, afraid of needles",
        "Current meds:\nHumalog - pt declines Humalog at this time",
    ],
)
def test_a_row_declined_by_the_drugs_name_is_no_insulin(text: str) -> None:
    assert _cgm(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Medications:\nLantus 20u qhs - declined dose increase",
        "Medications:\nLantus 20 u nightly - pt declined insulin pump",
        "Medications:\ninsulin glargine 18 u qHS - declined insulin titration",
        "Medications:\ninsulin glargine 20 u nightly",
        "Medications:\nLantus 22 u qHS - declined insulin pens, prefers vials",
    ],
)
def test_a_row_declining_only_a_change_is_insulin_taken(text: str) -> None:
    assert _cgm(text) == "met", text
