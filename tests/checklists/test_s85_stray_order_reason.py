"""An order whose every reason is plainly not the order's pairs on the record's current
diagnosis of the ordered body part and side (CSU-005; blind wave 100, NU/tsa-02): "Total
shoulder arthroplasty, left" with the reason M75.41, a right shoulder's impingement resolved in
2019, beside M19.012, primary osteoarthritis of the left shoulder, active. A current diagnosis
of the order's own place that does not support the service still leaves it unpaired
(D/infliximab-12, M/work-rehab-05), and the record's diagnosis must be current, supporting, and
of the ordered side (smartapp/checklists/stray_reasons.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring import score_bundle

from .test_judgement import ICD10, record

AS_OF = date(2026, 4, 16)


def _condition(ident: str, code: str, display: str, status: str = "active",
               verification: str = "confirmed") -> dict:  # fmt: skip
    return {
        "resourceType": "Condition",
        "id": ident,
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code, "display": display}], "text": display},
        "clinicalStatus": {"coding": [{"code": status}]},
        "verificationStatus": {"coding": [{"code": verification}]},
    }


def _pairing(service: str, title: str, reasons: list[tuple[str, str]], *conditions: dict,
             body_site: str | None = None) -> dict:  # fmt: skip
    order = {
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": service,
                             "display": title}],
                 "text": title},
        "authoredOn": "2026-04-14",
        "occurrenceDateTime": "2026-05-12",
        "reasonCode": [{"coding": [{"system": ICD10, "code": c}]} for c, _ in reasons if c],
        "reasonReference": [{"reference": f"Condition/{r}"} for _, r in reasons if r],
    }  # fmt: skip
    if body_site:
        order["bodySite"] = [{"text": body_site}]
    bundle = record(service, *conditions, order=order)
    items = score_bundle(bundle, as_of=AS_OF)["items"]
    return {i["id"]: i for i in items}["CSU-005"]


L_OA = _condition("oa-l", "M19.012", "Primary osteoarthritis, left shoulder")
R_IMPINGEMENT_RESOLVED = _condition(
    "imp-r", "M75.41", "Impingement syndrome of right shoulder", status="resolved"
)


def test_the_case_a_resolved_right_shoulder_reason_for_a_left_tsa() -> None:
    item = _pairing("23472", "Total shoulder arthroplasty, left (anatomic)",
                    [("M75.41", "imp-r")], L_OA, R_IMPINGEMENT_RESOLVED)  # fmt: skip
    assert item["status"] == "met", item
    assert "M19.012" in item["evidence"][0]["snippet"]
    assert "correct the order's diagnosis" in item["searched"]


@pytest.mark.parametrize(
    ("service", "title", "reasons", "conditions", "site"),
    [
        # the other side, still active, named by the reference alone
        ("23472", "Total shoulder arthroplasty", [("", "imp-r2")],
         [L_OA, _condition("imp-r2", "M75.41", "Impingement syndrome of right shoulder")],
         "Left shoulder"),
        # a knee's arthroplasty ordered for the left, its reason the right knee's pain code
        ("27447", "Total knee arthroplasty, left", [("M25.561", "")],
         [_condition("oa-lk", "M17.12", "Unilateral primary osteoarthritis, left knee"),
          _condition("pain-rk", "M25.561", "Pain in right knee")], None),
        # the same place, but a problem the record marks resolved
        ("23472", "Total shoulder arthroplasty, left", [("", "imp-l")],
         [L_OA, _condition("imp-l", "M75.42", "Impingement syndrome of left shoulder",
                           status="resolved")], None),
    ],
)  # fmt: skip
def test_other_wordings_of_a_stray_reason(service, title, reasons, conditions, site) -> None:
    item = _pairing(service, title, reasons, *conditions, body_site=site)
    assert item["status"] == "met", item


@pytest.mark.parametrize(
    ("reasons", "conditions"),
    [
        # a current diagnosis of the order's own place that does not support a TSA
        ([("M75.42", "imp-l")],
         [L_OA, _condition("imp-l", "M75.42", "Impingement syndrome of left shoulder")]),
        # one reason strays, the other is the left shoulder's current non-supporting one
        ([("M75.41", "imp-r"), ("M75.42", "imp-l")],
         [L_OA, R_IMPINGEMENT_RESOLVED,
          _condition("imp-l", "M75.42", "Impingement syndrome of left shoulder")]),
        # the supporting diagnosis on record is the other shoulder's
        ([("M75.41", "imp-r")],
         [_condition("oa-r", "M19.011", "Primary osteoarthritis, right shoulder"),
          R_IMPINGEMENT_RESOLVED]),
        # the left shoulder's osteoarthritis is resolved, or was refuted
        ([("M75.41", "imp-r")],
         [_condition("oa-l", "M19.012", "Primary osteoarthritis, left shoulder",
                     status="resolved"), R_IMPINGEMENT_RESOLVED]),
        ([("M75.41", "imp-r")],
         [_condition("oa-l", "M19.012", "Primary osteoarthritis, left shoulder",
                     verification="refuted"), R_IMPINGEMENT_RESOLVED]),
    ],
)  # fmt: skip
def test_near_misses_stay_unpaired(reasons, conditions) -> None:
    item = _pairing("23472", "Total shoulder arthroplasty, left", reasons, *conditions)
    assert item["status"] == "missing", item
