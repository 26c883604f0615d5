"""A visit's Encounter named in clinic shorthand (blind wave 18, BK/cgm-03): an ambulatory
Encounter typed "PEDS ENDO F/U" with the ordering endocrinologist is the visit CGM-002 asks for;
"F/U" is how schedules write follow-up. An Encounter named for something else (a lab draw, a
phone call) is still no visit, and a follow-up with someone other than the orderer is not his."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _encounter(type_text: str, who: str = "dr", klass: str = "AMB") -> dict:
    return {
        "resourceType": "Encounter",
        "id": "e1",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": klass},
        "type": [{"text": type_text}],
        "subject": {"reference": "Patient/p"},
        "participant": [{"individual": {"reference": f"Practitioner/{who}"}}],
        "period": {"start": "2026-02-20T09:00:00-05:00", "end": "2026-02-20T09:30:00-05:00"},
    }


def _cgm(encounter: dict) -> str:
    bundle = record("E2103", encounter, reason="E10.649", order_type="DeviceRequest")
    return status(bundle, "CGM-002")["status"]


def test_a_follow_up_written_f_u_is_a_visit():
    for text in ("PEDS ENDO F/U", "Endo f/u", "F/U diabetes"):
        assert _cgm(_encounter(text)) == "met", text


def test_other_encounters_and_other_clinicians_are_not():
    assert _cgm(_encounter("Lab draw")) != "met"
    assert _cgm(_encounter("PEDS ENDO F/U", who="someone-else")) != "met"


def _np_note(text: str) -> dict:
    # The NP wrote and signed it; the order's requester (Practitioner/dr, "Lane") did not.
    note = _note("n1", "2026-02-20", text)
    note["author"] = [{"reference": "Practitioner/np"}]
    return note


def _cgm_by_note(text: str) -> str:
    practitioners = [
        {"resourceType": "Practitioner", "id": "np", "name": [{"family": "Webb"}]},
    ]
    bundle = record("E2103", _np_note(text), *practitioners, reason="E11.65",
                    order_type="DeviceRequest")  # fmt: skip
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Practitioner" and entry["resource"]["id"] == "dr":
            entry["resource"]["name"] = [{"family": "Lane", "given": ["Pat"]}]
    return status(bundle, "CGM-002")["status"]


_VISIT = "Video visit (pt at home, audio+video). T2DM on MDI, log reviewed, A1c 9.2.\n"


def test_a_note_the_requester_cosigned_or_attested_is_the_requesters():
    for signature in (
        "Kara Webb NP / cosign P. Lane MD",
        "Electronically co-signed by Pat Lane, MD 02/21/2026",
        "Attending attestation: I saw and examined the patient with the NP and agree. - P. Lane MD",
    ):
        assert _cgm_by_note(_VISIT + signature) == "met", signature


def test_a_cosignature_asked_for_or_a_name_without_one_is_not():
    for signature in (
        "Kara Webb NP",
        "Kara Webb NP. Routed to Dr. Lane for cosign.",
        "Please cosign - Dr. Lane",
        "cc: Dr. Lane",
        "Kara Webb NP. Supervising physician: Dr. Lane",
        "Kara Webb NP / cosign M. Greer MD",
    ):
        assert _cgm_by_note(_VISIT + signature) != "met", signature
