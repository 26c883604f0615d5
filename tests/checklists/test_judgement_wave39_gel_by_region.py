"""A topical NSAID is a trial for a knee's MRI, not for a shoulder's (blind wave 39,
EQ/imaging-other-03). An open diclofenac 1% gel order, written two months before a shoulder MRI,
made AIM-003's six weeks on its own, though PT never began. Topical diclofenac is not evaluated
for the spine, hip or shoulder (its label), so AIM-003 asks for the drug by mouth when the order
is of one of those (``systemic_for``); a knee order still counts the gel, and an oral course
counts for the shoulder."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave16_topical_nsaid import _drug as wave16_drug

_SHOULDER = {"authoredOn": "2026-09-14", "occurrenceDateTime": "2026-09-28",
             "bodySite": [{"text": "Left shoulder"}]}  # fmt: skip
_KNEE = {"authoredOn": "2026-09-14", "occurrenceDateTime": "2026-09-28",
         "bodySite": [{"text": "Right knee"}]}  # fmt: skip


def _drug(text: str, dosage: str) -> dict:
    return {**wave16_drug(text, dosage), "authoredOn": "2026-07-20"}


def _aim003(code: str, reason: str, order: dict, *resources: dict) -> str:
    pain = {
        "resourceType": "Condition",
        "id": "pain",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": reason}]},
        "onsetDateTime": "2026-07-01",
    }
    bundle = record(code, pain, *resources, reason=reason, order=order)
    report = score_bundle(bundle, as_of=date(2026, 9, 16))
    return {i["id"]: i for i in report["items"]}["AIM-003"]["status"]


def test_a_gel_order_is_no_trial_for_a_shoulder():
    gel = _drug("diclofenac sodium 1% Topical Gel", "apply 2 g to left shoulder QID")
    assert _aim003("73221", "M25.512", _SHOULDER, gel) != "met"


def test_a_gel_in_the_notes_is_no_trial_for_a_shoulder():
    text = "L shoulder pain. Using Voltaren gel on it since 7/20, no relief."
    visit = _note("n1", "2026-09-14", text)
    assert _aim003("73221", "M25.512", _SHOULDER, visit) != "met"


def test_the_same_gel_is_a_trial_for_a_knee():
    gel = _drug("diclofenac sodium 1% Topical Gel", "apply 4 g to right knee QID")
    assert _aim003("73721", "M25.561", _KNEE, gel) == "met"


def test_an_oral_course_still_counts_for_a_shoulder():
    pill = _drug("naproxen 500 MG Oral Tablet", "1 tab PO BID")
    assert _aim003("73221", "M25.512", _SHOULDER, pill) == "met"
