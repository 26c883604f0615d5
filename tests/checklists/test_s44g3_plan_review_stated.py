"""The practitioner's review of the home-health plan of care, stated in a visit note, is the
60-day review HHC-006 asks for (42 CFR 440.70): "went over the HH plan of care today", "POC
last reviewed/signed: <date>" (dated by the date it gives). A review still to come, or one a
note says it carried forward from an earlier note, is none. An order written in capitals
("RESUME HHA 2W8") is no aide's signature that would make the note an aide's.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.signers import credentials
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-03-31", "occurrenceDateTime": "2026-04-08"}


def _review(text: str) -> str:
    bundle = record("G0299", _note("n1", "2026-03-31", text), reason="L89.154", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 2))
    return {i["id"]: i for i in report["items"]}["HHC-006"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Went over the HH plan of care with the patient's daughter today; keep RN 1w6.",
        "After reviewing the plan of care at this visit, continuing aide 3x/wk.",
        "Home health POC last reviewed/signed: 03/02/2026. No changes.",
        "RECERT - POC REVIEWED AND RE-SIGNED. RESUME HHA 2W8, SN Q2WK.",
    ],
)
def test_a_plan_review_the_note_states_is_a_review(text: str) -> None:
    assert _review(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        # Dated by the date it gives: 98 days before the check.
        "Home health POC last reviewed/signed: 12/25/2025. No changes.",
        "Aide visit today. (copied forward from last note: \"POC reviewed with the MD\")",
    ],
)
def test_an_old_or_carried_review_is_no_review_now(text: str) -> None:
    assert _review(text) != "met", text


def test_a_discipline_at_its_frequency_is_no_signature() -> None:
    assert credentials("RESUME HHA 2W8, SN Q2WK.") == set()
    assert credentials("Continue PT 3x/wk") == set()
    assert credentials("T. Okafor RN 3/30/26") == {"RN"}
