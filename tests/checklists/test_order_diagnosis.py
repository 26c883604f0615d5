"""The order's own diagnosis decides whether an item applies, as a Condition would
(order_diagnosis.py).

Epic and Oracle Health put the diagnosis an order was placed for on the order
(``ServiceRequest.reasonCode``), coded or in words, and the record may hold no Condition for it.
An item that applies to that diagnosis must not then read "not applicable" (a skipped item looks
satisfied). Only the order being checked speaks; a rule-out or a negation in its words does not;
and its word alone waives no exemption.
"""

from __future__ import annotations

from smartapp.checklists.order_diagnosis import stated

from .test_judgement import ICD10, _note, record, status

KNEE = _note(
    "n1",
    "2026-02-20",
    "L knee pain since a fall on 2/2, swelling, locking. Naproxen 500 mg bid since 2/3. "
    "Plan: MRI L knee.",
)


def _knee_mri(order, *others):
    """AIM-003 (conservative care first for musculoskeletal pain) for a knee MRI, 73721."""
    return status(record("73721", KNEE, *others, order=order), "AIM-003", service="73721")["status"]


def _reason(*concepts):
    return {"reasonCode": list(concepts)}


def test_a_coded_reason_on_the_order_makes_the_item_apply():
    coded = {"coding": [{"system": ICD10, "code": "M25.562", "display": "Pain in left knee"}]}
    assert _knee_mri(_reason(coded)) != "not_applicable"


def test_a_reason_in_words_only_makes_the_item_apply():
    assert _knee_mri(_reason({"text": "Left knee pain, locking"})) != "not_applicable"


def test_a_referenced_condition_the_record_lacks_speaks_by_its_display():
    # The Condition scope not granted: the reference does not resolve, its display remains.
    lost = {"reference": "Condition/pl9", "display": "L knee pain"}
    order = {"reasonCode": None, "reasonReference": [lost]}
    assert _knee_mri(order) != "not_applicable"


def test_a_rule_out_or_a_denial_is_no_diagnosis():
    assert _knee_mri(_reason({"text": "Rule out meniscus tear"})) == "not_applicable"
    assert _knee_mri(_reason({"text": "No knee pain; lump behind the knee"})) == "not_applicable"
    suspicion = {"coding": [{"system": ICD10, "code": "S83.242A"}], "text": "? meniscus tear"}
    assert _knee_mri(_reason(suspicion)) == "not_applicable"


def test_only_the_order_being_checked_speaks():
    coded = {"coding": [{"system": ICD10, "code": "M25.562"}]}
    # A revoked or entered-in-error order for the service says nothing any more.
    assert _knee_mri({**_reason(coded), "status": "revoked"}) == "not_applicable"
    assert _knee_mri({**_reason(coded), "status": "entered-in-error"}) == "not_applicable"
    # Another order's reason (a therapy referral) is not this order's diagnosis.
    referral = {
        "resourceType": "ServiceRequest", "id": "pt-referral", "status": "active",
        "intent": "order", "subject": {"reference": "Patient/p"}, "authoredOn": "2026-02-05",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97161"}]},
        "reasonCode": [coded],
    }  # fmt: skip
    assert _knee_mri(_reason({"text": "lump behind the knee"}), referral) == "not_applicable"


RA_NOTE = _note("n1", "2026-02-18", "Seropositive RA, MTX 20 mg weekly since 5/2025. Plan IFX.")
RA = {"coding": [{"system": ICD10, "code": "M05.79"}]}


def test_a_drug_order_states_its_diagnosis_too():
    bundle = record("J1745", RA_NOTE, order=_reason(RA))
    assert status(bundle, "INF-006", service="J1745")["status"] != "not_applicable"


def test_a_medication_request_for_the_drug_is_its_order():
    drug = {
        "resourceType": "MedicationRequest", "id": "ifx", "status": "active", "intent": "order",
        "subject": {"reference": "Patient/p"}, "authoredOn": "2026-02-25",
        "medicationCodeableConcept": {"coding": [{
            "system": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "J1745"}]},
        "reasonCode": [RA],
    }  # fmt: skip
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": r} for r in ({"resourceType": "Patient", "id": "p"}, drug,
                                                  RA_NOTE)]}  # fmt: skip
    assert status(bundle, "INF-006", service="J1745")["status"] != "not_applicable"


def test_the_orders_word_alone_waives_no_exemption():
    # A red-flag code on a lumbar MRI order with nothing in the record to show it: the
    # conservative-care item still applies, and the red-flag criterion is not met by it.
    note = _note("n1", "2026-02-20", "LBP x 3 wks after lifting. Naproxen since 2/10.")
    bundle = record("72148", note, reason="C79.51")
    assert status(bundle, "LMRI-003", service="72148")["status"] != "not_applicable"
    assert status(bundle, "LMRI-001", service="72148")["status"] == "missing"


def test_stated_words_stop_at_a_rule_out_or_a_negation():
    assert stated("R shoulder pain - r/o rotator cuff tear") == "r shoulder pain"
    assert stated("knee pain without injury") == "knee pain"
    assert stated("possible meniscus tear") == ""
    assert stated("Cervicalgia; no radiculopathy") == "cervicalgia"
