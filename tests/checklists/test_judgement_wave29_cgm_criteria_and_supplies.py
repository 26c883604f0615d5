"""Blind wave 29: payer criteria told as a coverage condition, and insulin supplies on a list not
used, are no insulin treatment nor problematic hypoglycemia (CGM-001).

DD/cgm-02: "Explained Medicare-type criteria: CGM covered when on insulin or with problematic
hypoglycemia." -- the payer's rule named to the patient ("Medicare-type", "Medicare-style",
"Medicare's", "insurance coverage criteria"), and a coverage condition on its own ("CGM covered
when / if / only if ...", "Medicare covers CGM if ..."): the payer's words, not his history
(wave 24, test_judgement_wave24_past_insulin_criteria.py, read only "explained Medicare
criteria:"). Criteria the clinician says are met, and history told before the cue, still count.

DA/cgm-02: "insulin pen needles (on list, not using)" -- a supply is not the drug (pen needles,
syringes, needles, lancets), and "not using", "not currently taking", "not in use" deny the
medication they follow, as "not taking" did. Insulin in use still counts, also beside a supply.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_past_insulin import _cgm

BASE = "T2DM on metformin and Ozempic. Denies hypoglycemia. "


@pytest.mark.parametrize(
    "text",
    [
        "Explained Medicare-type criteria: CGM covered when on insulin or with problematic "
        "hypoglycemia.",
        "Discussed Medicare-style criteria: on insulin or severe hypoglycemia.",
        "Reviewed with pt Medicare's criteria: insulin use or recurrent hypoglycemia.",
        "Explained insurance coverage criteria: insulin treatment or level 2 hypoglycemia.",
        "Requests CGM. CGM covered only if on insulin or with problematic hypoglycemia.",
        "Medicare covers CGM if on insulin or with recurrent level 2 hypoglycemia.",
        "Coverage requires insulin therapy or problematic hypoglycemia.",
        "Current meds: metformin 1000 mg BID; insulin pen needles (on list, not using).",
        "Med list: insulin syringes 0.5 mL; atorvastatin 20 mg.",
        "Lantus 10 u qHS (not using).",
        "Insulin glargine - not currently taking.",
        "Humalog pen: not in use.",
    ],
)
def test_criteria_and_unused_insulin_are_none(text: str) -> None:
    assert _cgm(BASE + text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "On Lantus 20 u qHS; explained Medicare criteria: covered when on insulin.",
        "Lantus 20 u qHS, insulin pen needles as directed.",
        "Insulin glargine 18 u nightly, using pen needles 4 mm.",
        "On Lantus 20 u qHS, not using a CGM yet.",
        "Insulin glargine 18 u nightly, not currently using any sensor.",
        "Recurrent hypoglycemia to 45 mg/dL x3 this month. Explained CGM covered when "
        "hypoglycemia is problematic.",
    ],
)
def test_insulin_in_use_and_hypoglycemia_told_still_count(text: str) -> None:
    assert _cgm(BASE + text) == "met", text
