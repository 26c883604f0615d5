"""An assessment that says the disease is failing a drug for a stated time tells the drug taken:
"A/P: Moderate-severe UC failing 5-ASA and thiopurine x ~21 months. Start Inflectra" (blind wave
71, JL/inf-03), "Mod-severe ileal CD failing AZA x 8 mo". Under the A/P heading "failing" was no
word of care had (statement_kinds.DONE reads "failed"), so the drug and its months read as the
plan's. "Failing" reports the course as "failed" does.

Neither word reaches the drug its own clause orders: "UC failed mesalamine, start azathioprine x
12 weeks then reassess" starts azathioprine today, and its weeks are the course prescribed, not
had (the statement's "failed" made it twelve weeks of azathioprine taken).
"""

from __future__ import annotations

import pytest

from .test_s68c_drug_dates_after_a_dash import _step_therapy


@pytest.mark.parametrize(
    "text",
    [
        "A/P: Moderate-severe UC failing 5-ASA and azathioprine x ~21 months. Start Inflectra.",
        "A/P: UC failing azathioprine x 21 months.",
        "Assessment/Plan: pancolitis, failing AZA 125 mg x 9 mo despite therapeutic 6-TGN -> IFX",
        "Plan: UC failing mesalamine x 2 yrs; start infliximab 5 mg/kg.",
        "A/P: UC - failing methotrexate 20 mg weekly x 16 wks.",
    ],
)
def test_a_drug_the_disease_is_failing_for_months_was_taken(text: str) -> None:
    assert _step_therapy(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "A/P: UC failing azathioprine x 3 wks (nausea), stopped.",
        "A/P: UC failing mesalamine, start azathioprine x 12 weeks then reassess.",
        "A/P: UC failed mesalamine, start azathioprine x 12 weeks then reassess.",
        "A/P: UC failed mesalamine, will start azathioprine x 12 weeks.",
        "A/P: UC failing mesalamine - start azathioprine 125 mg daily x 12 wks",
        "A/P: UC failing mesalamine, begin AZA 2.5 mg/kg x 3 months then check 6-TGN",
        "A/P: UC failing mesalamine, recommend azathioprine trial x 12 weeks",
        "A/P: UC failing budesonide; TPMT pending before azathioprine x 12 weeks.",
    ],
)
def test_a_drug_its_own_clause_orders_is_still_to_come(text: str) -> None:
    assert _step_therapy(text) != "met", text
