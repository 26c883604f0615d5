"""A coded injection of the joint to be replaced is a piece of its conservative care (THA-002,
TKA-002, TSA-002): the items' titles and remedies name injections, and payers' arthroplasty
criteria list an intra-articular steroid injection (and, for the knee, hyaluronan) with PT and
NSAIDs. Only this joint's, on this side; one not given (not-done, entered in error, a note
saying it was cancelled) is none. Its day is one day of care, as a note's "CSI 11/4/25" is.

The records here: a right-joint request of 2/25/26, checked 3/1/26; an NSAID prescription
running from 12/10/25 (81 days, short of 84); and an injection on 11/18/25 that, when it
counts, opens a 103-day episode."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
AS_OF = date(2026, 3, 1)
#: service code, reason (right side), item, the joint's words in a note
JOINTS = {
    "knee": ("27447", "M17.11", "TKA-002", "R knee"),
    "hip": ("27130", "M16.11", "THA-002", "R hip"),
    "shoulder": ("23472", "M19.011", "TSA-002", "R shoulder"),
}


def _nsaid() -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "nsaid",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "authoredOn": "2025-12-10",
        "medicationCodeableConcept": {"text": "naproxen 500 MG Oral Tablet"},
    }


def _shot(
    site: str | None = "Right knee",
    *,
    code: str = "20610",
    system: str = CPT,
    display: str = "Arthrocentesis/injection, major joint",
    state: str = "completed",
    day: str = "2025-11-18",
    comment: str | None = None,
    ident: str = "inj",
) -> dict:
    resource = {
        "resourceType": "Procedure",
        "id": ident,
        "status": state,
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": system, "code": code, "display": display}]},
        "performedDateTime": day,
    }
    if site:
        resource["bodySite"] = [{"text": site}]
    if comment:
        resource["note"] = [{"text": comment}]
    return resource


def _judged(joint: str, *resources: dict, note: str = "") -> dict:
    service, reason, item, words = JOINTS[joint]
    visit = _note("visit", "2026-02-24", f"{words} OA, pain with walking. {note}".strip())
    bundle = record(service, _nsaid(), visit, *resources, reason=reason)
    return status(bundle, item, as_of=AS_OF)


def test_a_coded_injection_of_the_joint_opens_the_episode():
    for joint, site in (("knee", "Right knee"), ("hip", "Right hip"),
                        ("shoulder", "Right glenohumeral joint")):  # fmt: skip
        found = _judged(joint, _shot(site))
        assert found["status"] == "met", (joint, found["searched"])
        assert "2025-11-18 to 2026-03-01" in found["searched"], joint
        assert any(e["reference"] == "Procedure/inj" for e in found["evidence"]), joint
    assert _judged("knee")["status"] == "partial"  # the NSAID alone: 81 days
    assert _judged("knee", _shot(None))["status"] == "met"  # no site: see injection_sites.py


def test_the_other_side_or_another_joint_is_not_this_joints_care():
    assert _judged("knee", _shot("Right knee"))["status"] == "met"
    for site in ("Left knee", "Right shoulder", "Left hip"):
        assert _judged("knee", _shot(site))["status"] == "partial", site
    words = _shot(None, display="Injection, major joint, L knee (triamcinolone 40 mg)")
    assert _judged("knee", words)["status"] == "partial"
    assert _judged("shoulder", _shot("Left shoulder"))["status"] == "partial"
    assert _judged("hip", _shot("Left hip", code="20611"))["status"] == "partial"


def test_an_unsided_injection_goes_where_its_statements_put_it():
    unsided = _shot(None)
    assert _judged("knee", unsided)["status"] == "met"
    # Its own comment, a note of its day, a later note dating it by its month.
    commented = _shot(None, comment="Left knee corticosteroid injection")
    assert _judged("knee", commented)["status"] == "partial"
    that_day = _note("proc", "2025-11-18", "Procedure: L knee intra-articular steroid injection.")
    assert _judged("knee", unsided, that_day)["status"] == "partial"
    later = "Hx L knee steroid inj 11/2025, helped for 3 wks."
    assert _judged("knee", unsided, note=later)["status"] == "partial"
    shoulder = "Had R shoulder cortisone injection 11/18/25 for bursitis."
    assert _judged("knee", unsided, note=shoulder)["status"] == "partial"
    # Statements naming this knee, or another day's injection of another joint, leave it here.
    this_knee = _note("proc", "2025-11-18", "Procedure: R knee intra-articular steroid injection.")
    assert _judged("knee", unsided, this_knee)["status"] == "met"
    other_day = "Had L knee steroid injection 3/2024."
    assert _judged("knee", unsided, note=other_day)["status"] == "met"


def test_an_injection_not_given_is_no_care():
    assert _judged("knee", _shot(state="completed"))["status"] == "met"
    for state in ("not-done", "entered-in-error", "preparation", "stopped"):
        assert _judged("knee", _shot(state=state))["status"] == "partial", state
    # Coded completed, but the procedure's addendum or a later note says it was called off.
    addendum = _note(
        "add", "2025-11-18", "Procedure note addendum: injection CANCELLED - INR 3.6, not done."
    )
    assert _judged("knee", _shot(), addendum)["status"] == "partial"
    later = "Injection 11/18 was cancelled (INR) and never rescheduled."
    assert _judged("knee", _shot(), note=later)["status"] == "partial"
    # Another injection called off on another day, or a next one deferred, says nothing of it.
    other = "Repeat injection 1/20 cancelled (insurance)."
    assert _judged("knee", _shot(), note=other)["status"] == "met"
    given = _note("proc", "2025-11-18", "Injection tolerated well, repeat injection deferred.")
    assert _judged("knee", _shot(), given)["status"] == "met"


def test_a_shot_into_a_muscle_or_a_spine_block_is_no_joint_injection():
    im = _shot("Right gluteus", code="J3301", system=HCPCS,
               display="Triamcinolone acetonide 40 mg IM injection")  # fmt: skip
    assert _judged("knee", im)["status"] == "partial"
    for words in ("Epidural steroid injection", "Sacroiliac joint injection"):
        named = _shot(None, code="99999", system="urn:local", display=words)
        assert _judged("hip", named)["status"] == "partial", words
    hip = _shot(
        None, code="99999", system="urn:local", display="Injection of steroid into hip joint"
    )
    assert _judged("hip", hip)["status"] == "met"


def test_hyaluronan_counts_for_the_knee():
    series = _shot("Right knee", code="J7325", system=HCPCS, display="Hyaluronan (Synvisc-One)")
    found = _judged("knee", series)
    assert found["status"] == "met", found["searched"]
    # Billed as the joint injection and named in its words: the same series.
    named = _shot("Right knee", display="Arthrocentesis/injection major joint - Gel-One R knee")
    assert _judged("knee", named)["status"] == "met"
    # J7325 is no hip code: hyaluronan is labelled for the knee.
    assert _judged("hip", _shot("Right hip", code="J7325", system=HCPCS,
                                display="Hyaluronan"))["status"] == "partial"  # fmt: skip


def test_an_injection_is_one_day_of_care_as_a_note_states_it():
    # Alone, a coded injection spans no days, as a note's dated injection does not.
    service, reason, item, words = JOINTS["knee"]
    coded = record(service, _note("v", "2026-02-24", f"{words} OA."), _shot(), reason=reason)
    stated = record(service, _note("v", "2026-02-24", f"{words} OA. CSI 11/18/25."),
                    reason=reason)  # fmt: skip
    for bundle in (coded, stated):
        found = status(bundle, item, as_of=AS_OF)
        assert found["status"] == "partial"
        searched = found["searched"]
        assert "2025-11-18 to 2025-11-18 (1 day of the 3 months needed)" in searched, searched
