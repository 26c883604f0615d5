"""A coded rectal 5-ASA is no conventional drug either (brief s82-inf): the note path left out
"Mesalamine 1 g PR suppository" in UC (test_s81r_rectal_mesalamine.py), while a mesalamine
MedicationRequest given rectally -- its route "Rectal route", its dosage "1 supp PR qHS", its
drug text "mesalamine 1000 MG Rectal Suppository" or a contained Medication's form "Enema" --
still met INF-001, INF-002 and INF-007. Near misses count as before: an oral order (route "Oral
route", a delayed-release tablet), an order with no route at all, and a rectal order of another
drug (hydrocortisone enema) beside an oral mesalamine."""

from __future__ import annotations

from typing import Any

import pytest

from .test_judgement import record, status
from .test_judgement_wave20_mesalamine import _condition

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
SNOMED = "http://snomed.info/sct"


def _order(ident: str, drug: dict[str, Any], **dosage: Any) -> dict[str, Any]:
    """A stopped mesalamine order of six months (3/2025-9/2025), dosage as given."""
    return {
        "resourceType": "MedicationRequest",
        "id": ident,
        "status": "stopped",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        **drug,
        "authoredOn": "2025-03-01",
        "dispenseRequest": {"validityPeriod": {"start": "2025-03-01", "end": "2025-09-01"}},
        "dosageInstruction": [dosage] if dosage else [],
    }


def _concept(text: str) -> dict[str, Any]:
    return {
        "medicationCodeableConcept": {"coding": [{"system": RXNORM, "code": "52582"}], "text": text}
    }


def _contained(form: str) -> dict[str, Any]:
    medication = {
        "resourceType": "Medication",
        "id": "m1",
        "code": {"coding": [{"system": RXNORM, "code": "52582", "display": "mesalamine"}]},
        "form": {"text": form},
    }
    return {"contained": [medication], "medicationReference": {"reference": "#m1"}}


def _items(*orders: dict[str, Any]) -> tuple[str, str, str]:
    bundle = record("J1745", _condition("K51.011"), *orders, reason="K51.011")
    return tuple(status(bundle, item)["status"] for item in ("INF-001", "INF-002", "INF-007"))


RECTAL_ROUTE = {
    "route": {"coding": [{"system": SNOMED, "code": "37161004", "display": "Rectal route"}]}
}


@pytest.mark.parametrize(
    "order",
    [
        _order("m", _concept("mesalamine"), **RECTAL_ROUTE),
        _order("m", _concept("mesalamine 1000 MG Rectal Suppository"), text="1 qHS"),
        _order("m", _concept("mesalamine"), text="Insert 1 supp PR qHS"),
        _order("m", _concept("Canasa 1000 mg"), text="nightly"),
        _order("m", _concept("mesalamine 4 GM per 60 ML Enema"), text="1 enema qHS"),
        _order("m", _contained("Enema"), text="4 g qHS"),
        _order("m", _contained("Rectal suppository"), text="1 qHS"),
    ],
)
def test_a_coded_rectal_5_asa_is_no_step_therapy(order: dict[str, Any]) -> None:
    assert _items(order) == ("missing", "missing", "missing")


@pytest.mark.parametrize(
    "orders",
    [
        [_order("m", _concept("mesalamine 1.2 GM Delayed Release Oral Tablet"), text="4 tabs")],
        [_order("m", _concept("mesalamine"), route={"text": "Oral route"})],
        [_order("m", _concept("mesalamine"))],  # no route at all
        [_order("m", _concept("Lialda 1.2 g"), text="4.8 g daily")],
        # A rectal order of another drug beside the oral 5-ASA.
        [
            _order("m", _concept("mesalamine 1.2 GM Delayed Release Oral Tablet")),
            _order(
                "h",
                {"medicationCodeableConcept": {"text": "hydrocortisone enema 100 mg"}},
                text="1 PR qHS",
            ),
        ],
        # Oral and rectal mesalamine together: the oral course still counts.
        [
            _order("m", _concept("mesalamine 1.2 GM Delayed Release Oral Tablet")),
            _order("r", _concept("mesalamine 1000 MG Rectal Suppository")),
        ],
    ],
)
def test_an_oral_or_unstated_5_asa_order_still_counts(orders: list[dict[str, Any]]) -> None:
    assert _items(*orders) == ("met", "met", "met")
