"""A TB test without its result is no TB screening yet (older leftover V/inf-02): a tuberculin
skin test is placed on one visit and read 48-72 hours later, so a Procedure still in progress and
a note saying 'PPD placed 5/12, read 5/14' document a test under way, as a QuantiFERON drawn and
pending does. The infliximab label asks for latent TB to be tested for (a result) before the
first dose; a test done and resulted, in a Procedure or a note, still counts."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

CPT = "http://www.ama-assn.org/go/cpt"


def _skin_test(state: str, note: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": "p1",
        "status": state,
        "code": {"coding": [{"system": CPT, "code": "86580"}], "text": "Skin test; tuberculosis"},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": "2026-02-24",
        "note": [{"text": note}],
    }


def _screened(*resources: dict) -> str:
    return status(record("J1745", *resources, reason="K50.90"), "INF-003")["status"]


@pytest.mark.parametrize(
    "resource",
    [
        _skin_test("in-progress", "PPD placed L forearm 2/24/26 14:10. Read 2/26."),
        _note("n1", "2026-02-24", "TB screening: PPD placed today in clinic, read Thurs."),
        _note("n1", "2026-02-24", "TB screen: repeat QFT ordered today, pending."),
    ],
)
def test_a_test_under_way_is_no_screening(resource: dict) -> None:
    assert _screened(resource) != "met"


@pytest.mark.parametrize(
    "resource",
    [
        _skin_test("completed", "PPD placed 2/24, read 2/26: 0 mm."),
        _note("n1", "2026-02-24", "TB screen: PPD placed 2/20/26, read 2/22/26 - 0 mm, NEG."),
        _note("n1", "2026-02-24", "Labs: QFT-Plus neg 2/20/26, HBsAg neg."),
        _note("n1", "2026-02-24", "TB: QFT-Plus POSITIVE 2/10/26; latent TB, rifampin started."),
    ],
)
def test_a_resulted_test_is_a_screening(resource: dict) -> None:
    assert _screened(resource) == "met"
