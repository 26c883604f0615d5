"""The patient's counseling told by its verb under a family history on its header's line, found
by blind wave 77 (KJ/genetic-testing-03): "Counseled re Lynch syndrome, ... cascade testing for
his 2 kids and sister" under "FHx: father colon ca ~55" was read as the family's (list_ends.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_HEAD = (
    "GENETICS NP CONSULT (pre-test)\n47M, R colon ca, MLH1/PMS2 loss on IHC.\n"
    "FHx: father colon ca ~55, paternal aunt endometrial ca 50s.\n"
    "No germline testing ever done (only tumor studies).\n"
)


def _own_counseling(line: str) -> bool:
    notes = [
        NoteInput(ref="n1", text=_HEAD + line + "\nPlan: germline MLH1.", date=dt.date(2026, 9, 2))
    ]
    return any(
        f.concept == "genetic-counseling" and not (f.family or f.negated or f.planned)
        for f in find_findings(notes)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Counseled re Lynch syndrome, AD inheritance, cascade testing for his 2 kids and sister.",
        "Counselled on Lynch, testing options, GINA; sister and kids may need testing.",
        "Extensive counseling provided re: Lynch syndrome, cascade testing for children.",
        "Pt counseled re Lynch syndrome, 50% risk to each child.",
        "We counseled him about Lynch syndrome; his sister and kids could be tested.",
        "counseled re lynch synd + cascade testing for kids/sister, GINA reviewed",
        "- Pre-test counseling done re Lynch, inheritance to his daughter.",
    ],
)
def test_the_visits_counseling_after_a_family_history_is_the_patients(line: str) -> None:
    assert _own_counseling(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sister counseled at UC 2021, MLH1+.",
        "Brother was counseled and tested 2022 (MLH1+).",
        "Mother: BRCA1+, had genetic counseling at UC.",
        # The orderer's few words before a referral for the counseling (HN/gen-02).
        "Counseled briefly re: hereditary cancer risk; referral to genetics for formal counseling.",
    ],
)
def test_a_relatives_counseling_stays_the_familys(line: str) -> None:
    assert not _own_counseling(line)
