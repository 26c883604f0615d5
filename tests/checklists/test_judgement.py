"""The judgement on records written the way EHRs return them (issues 13 and 14): care as one
episode, body region and side, where evidence lives, what the EHR withheld, withdrawn notes."""

from __future__ import annotations

import base64
from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring import score_bundle

AS_OF = date(2026, 3, 1)
NPI = "1234567893"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"


def _note(ident, when, text, kind="text/plain", extra=None):
    data = base64.b64encode(text.encode()).decode()
    return {
        "resourceType": "DocumentReference",
        "id": ident,
        "status": "current",
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
        "subject": {"reference": "Patient/p"},
        "date": when,
        "author": [{"reference": "Practitioner/dr"}],
        "content": [{"attachment": {"contentType": kind, "data": data}}],
        **(extra or {}),
    }


def record(order_code, *resources, reason="M54.16", order_type="ServiceRequest", order=None):
    system = (
        "http://www.ama-assn.org/go/cpt"
        if order_code[0].isdigit()
        else ("http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets")
    )
    code_key = "code" if order_type == "ServiceRequest" else "codeCodeableConcept"
    request = {
        "resourceType": order_type,
        "id": "order",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        code_key: {"coding": [{"system": system, "code": order_code}]},
        "authoredOn": "2026-02-25",
        "occurrenceDateTime": "2026-03-10",
        "requester": {"reference": "Practitioner/dr"},
        "reasonCode": [{"coding": [{"system": ICD10, "code": reason}]}],
        **(order or {}),
    }
    base = [
        {"resourceType": "Patient", "id": "p"},
        {
            "resourceType": "Practitioner",
            "id": "dr",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": NPI}],
        },
        request,
    ]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": r} for r in [*base, *resources]],
    }


#: A trial of conservative care begun on 1/12/26: an exam after it is a follow-up exam
#: (LMRI-004), where the exam of a record's only visit is none (blind wave 38).
TRIAL_BEGUN = _note(
    "n0", "2026-02-02", "HPI: LBP. On naproxen 500 mg BID since 1/12/26, partial relief."
)


def status(bundle, item, service=None, as_of=AS_OF):
    report = score_bundle(bundle, service=service, as_of=as_of)
    return {i["id"]: i for i in report["items"]}[item]


def one_note_record(code, day, text, *, reason, ordered_that_day=False, ident="n1"):
    """A record of an order for ``code`` (authored on ``day`` when ``ordered_that_day``, else
    ``record``'s default) whose only note is ``text``, written on ``day``."""
    order = {"authoredOn": day} if ordered_that_day else None
    return record(code, _note(ident, day, text), reason=reason, order=order)


def concepts_found(text, day):
    """The concepts the note reader finds in one note of ``day``."""
    return {f.concept for f in find_findings([NoteInput("DocumentReference/n1", text, day)])}


def test_conservative_care_is_one_episode_across_modalities():
    # PT for 3 weeks, then naproxen for 4 weeks: neither alone is six weeks, the episode is.
    bundle = record(
        "72148",
        _note(
            "n1",
            "2026-02-20",
            "Completed PT 12/1/2025-12/21/2025 without relief. Then "
            "naproxen 500 mg BID from 12/22/2025 to 1/20/2026, no better.",
        ),
    )
    assert status(bundle, "LMRI-003")["status"] == "met"


def test_an_active_prescription_runs_until_stopped():
    naproxen = {
        "resourceType": "MedicationRequest",
        "id": "m",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "authoredOn": "2026-01-05",
        "medicationCodeableConcept": {"text": "naproxen 500 mg tablet"},
    }
    assert status(record("72148", naproxen), "LMRI-003")["status"] == "met"  # 55 days to as_of


def test_care_for_another_body_region_does_not_count():
    bundle = record(
        "72148", _note("n1", "2026-02-20", "Completed 8 weeks of PT for the right knee.")
    )
    item = status(bundle, "LMRI-003")
    assert item["status"] == "missing" and not item["evidence"]


def test_the_other_knee_is_not_this_knee():
    bundle = record(
        "29881",
        _note(
            "n1",
            "2026-02-20",
            "MRI left knee 1/5/2026 shows a medial meniscus tear. Right "
            "knee X-ray 1/5/2026 normal.",
        ),
        reason="M23.221",
    )
    assert status(bundle, "KAS-001")["status"] == "missing"  # the order is for the right knee


def test_a_visit_with_a_text_only_type_is_face_to_face_and_a_phone_call_is_not():
    def visit(ident, type_text, klass):
        return {
            "resourceType": "Encounter",
            "id": ident,
            "status": "finished",
            "class": {"code": klass},
            "type": [{"text": type_text}],
            "subject": {"reference": "Patient/p"},
            "period": {"start": "2026-02-01"},
            "participant": [{"individual": {"reference": "Practitioner/dr"}}],
        }

    in_person = record(
        "E0601",
        visit("e1", "Sleep clinic follow-up", "AMB"),
        reason="G47.33",
        order_type="DeviceRequest",
    )
    assert status(in_person, "CPAP-003")["status"] == "met"
    phone = record(
        "E0601",
        visit("e1", "Telephone encounter", "VR"),
        reason="G47.33",
        order_type="DeviceRequest",
    )
    assert status(phone, "CPAP-003")["status"] == "missing"


def test_values_in_a_report_conclusion_and_settings_in_the_order():
    study = {
        "resourceType": "DiagnosticReport",
        "id": "psg",
        "status": "final",
        "code": {"text": "Home sleep apnea test"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-01-20",
        "conclusion": "REI 22.4 events/hr, moderate OSA.",
    }
    settings = {
        "parameter": [
            {"code": {"text": "pressure"}, "valueCodeableConcept": {"text": "APAP 5-15 cm H2O"}}
        ]
    }
    bundle = record("E0601", study, reason="G47.33", order_type="DeviceRequest", order=settings)
    assert status(bundle, "CPAP-002")["status"] == "met"
    assert status(bundle, "CPAP-005")["status"] == "met"


def test_epic_notices_withhold_nothing_and_a_suppressed_sub_type_does():
    def outcome(code, detail, diagnostics):
        return {
            "resourceType": "OperationOutcome",
            "id": code,
            "issue": [
                {
                    "severity": "warning",
                    "code": "processing" if code != "59204" else "suppressed",
                    "diagnostics": diagnostics,
                    "details": {"coding": [{"code": code}], "text": detail},
                }
            ],
        }

    notices = record(
        "72148",
        outcome("4101", "Resource request returns no results.", ""),
        outcome(
            "4119",
            "This response includes information available to the authorized user "
            "at the time of the request.",
            "",
        ),
    )
    report = score_bundle(notices, as_of=AS_OF)
    assert not [i for i in report["items"] if i["status"] == "unknown"]
    withheld = record(
        "72148",
        outcome(
            "59204",
            "sub-type not returned",
            "Client not authorized "
            "for DocumentReference - Clinical Notes. Search results of "
            "this type have not been included.",
        ),
    )
    assert status(withheld, "CSU-006")["status"] == "unknown"
    oasis = record(
        "72148",
        outcome(
            "59204",
            "sub-type not returned",
            "Client not authorized for "
            "DocumentReference - OASIS. Search results of this type "
            "have not been included.",
        ),
    )
    assert status(oasis, "CSU-006")["status"] == "missing"


def test_withdrawn_notes_are_not_documentation():
    text = "Exam: positive straight leg raise on the left, ankle reflex absent."
    superseded = record("72148", _note("n1", "2026-02-20", text, extra={"status": "superseded"}))
    assert status(superseded, "LMRI-004")["status"] == "missing"
    in_error = record(
        "72148", _note("n1", "2026-02-20", text, extra={"docStatus": "entered-in-error"})
    )
    assert status(in_error, "LMRI-004")["status"] == "missing"
    # A trial of care dated before it makes the current note's exam a follow-up (wave 38).
    current = record("72148", _note("n1", "2026-02-20", text), TRIAL_BEGUN)
    assert status(current, "LMRI-004")["status"] == "met"


def test_an_organization_is_not_the_ordering_practitioner():
    bundle = record(
        "E0143",
        reason="R26.81",
        order_type="DeviceRequest",
        order={"requester": {"reference": "Organization/dme"}},
    )
    bundle["entry"].append(
        {
            "resource": {
                "resourceType": "Organization",
                "id": "dme",
                "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": NPI}],
            }
        }
    )
    item = status(bundle, "CSU-002")
    assert item["status"] == "missing" and "Organization" in item["searched"]


def test_an_order_with_only_a_local_code_is_still_the_order():
    bundle = record("72146")
    request = bundle["entry"][2]["resource"]
    request["code"] = {"coding": [{"system": "urn:oid:1.2.3", "code": "IMG123"}], "text": "MRI T"}
    assert status(bundle, "CSU-007", service="72146")["status"] == "met"  # its date is there
    assert status(bundle, "CSU-003", service="72146")["status"] == "missing"  # no CPT on it


def test_a_diagnosis_for_another_region_does_not_support_the_service():
    bundle = record("73721", reason="M25.511")  # right shoulder pain for a lower-extremity MRI
    assert status(bundle, "CSU-005")["status"] == "missing"
    assert status(record("73721", reason="M23.221"), "CSU-005")["status"] == "met"


def test_a_reconstruction_needs_a_ligament_diagnosis_not_a_meniscal_tear():
    # 29888 and 29881 are both knee arthroscopy; only the ligament tear supports the ACL repair.
    assert status(record("29888", reason="S83.241A"), "CSU-005")["status"] == "missing"
    assert status(record("29888", reason="S83.511A"), "CSU-005")["status"] == "met"
    assert status(record("29881", reason="S83.241A"), "CSU-005")["status"] == "met"


def test_comments_charted_on_a_resource_are_read():
    # A work-status Observation's valueString and a Condition's note are a clinician's words.
    injury = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": "S39.012A"}]},
        "onsetDateTime": "2026-01-29",
        "note": [{"text": "Work injury 1/29/26: carrying 80-lb bundle of shingles up a ladder."}],
    }
    bundle = record("97545", injury, reason="S39.012A")
    item = status(bundle, "OCC-001")
    assert item["status"] == "partial"  # how and when it happened, but no work status yet
    assert any(e["reference"].startswith("Condition/c1#note") for e in item["evidence"])
    duty = {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"text": "Work status"},
        "effectiveDateTime": "2026-02-20",
        "valueString": "Light duty, no lifting over 20 lb",
    }
    assert status(record("97545", injury, duty, reason="S39.012A"), "OCC-001")["status"] == "met"


def test_a_progress_report_is_not_due_before_the_tenth_visit():
    item = status(record("97110", reason="M54.50"), "PT-004", service="97110")
    assert item["status"] == "not_applicable"
    assert "no report due yet" in item["searched"]


def test_knee_osteoarthritis_alone_does_not_support_arthroscopy():
    # CMS NCD 150.9: arthroscopic debridement for the osteoarthritic knee is not covered.
    assert status(record("29877", reason="M17.11"), "CSU-005")["status"] == "missing"
    assert status(record("29877", reason="M23.221"), "CSU-005")["status"] == "met"


def _pt_visit(ident, when, code="97110"):
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]},
        "performedDateTime": when,
    }


def test_an_evaluation_and_no_shows_are_not_a_completed_course_of_therapy():
    evaluation_only = [
        _pt_visit("ev", "2026-01-20", "97161"),
        _pt_visit("v1", "2026-02-10"),
        _note("n1", "2026-02-20", "PT discharged for non-attendance after 2 no-shows."),
    ]
    bundle = record("97545", *evaluation_only, reason="S39.012A")
    item = status(bundle, "OCC-002", service="97545")
    assert item["status"] == "partial"
    assert "no course of at least 4 sessions" in item["searched"]
    course = [_pt_visit(f"c{i}", f"2026-01-{5 + 7 * i:02d}") for i in range(4)]
    assert status(record("97545", *course, reason="S39.012A"), "OCC-002")["status"] == "met"


def test_a_visit_note_named_progress_note_is_a_progress_report_only_when_it_compares_goals():
    visits = [_pt_visit(f"v{i}", f"2026-01-{2 + 2 * i:02d}") for i in range(11)]
    daily = _note("pn", "2026-01-25", "PROGRESS NOTE Visit 11\nTher ex per flowsheet. Tol well.")
    assert status(record("97110", *visits, daily, reason="M54.50"), "PT-004")["status"] == "missing"
    report = _note(
        "pr",
        "2026-01-25",
        "PT PROGRESS NOTE (visit 11)\nAssessment: goals partially met, ODI 40 -> 24.",
    )
    assert status(record("97110", *visits, report, reason="M54.50"), "PT-004")["status"] == "met"


def test_self_directed_care_is_not_the_provider_directed_trial_a_lumbar_mri_needs():
    self_care = _note(
        "n1", "2026-02-20", "LBP since 12/1/25. Heating pad + OTC Tylenol since 12/1."
    )
    assert status(record("72148", self_care), "LMRI-003")["status"] != "met"
    directed = _note(
        "n1", "2026-02-20", "LBP since 12/1/25. Naproxen 500 mg BID since 12/1, no relief."
    )
    assert status(record("72148", directed), "LMRI-003")["status"] == "met"


def test_a_therapy_discharge_course_line_is_a_completed_course_and_no_shows_are_not_care():
    injury = _note("inj", "2025-11-20", "Injured at work 11/18/25 lifting a pallet. Modified duty.")
    discharge = _note(
        "dc",
        "2026-02-10",
        "PHYSICAL THERAPY DISCHARGE SUMMARY\n14 visits 11/24/2025 - 2/6/2026. Plateaued.",
    )
    bundle = record("97545", injury, discharge, reason="S39.012A")
    assert status(bundle, "OCC-002", service="97545")["status"] == "met"
    no_shows = _note(
        "ns", "2026-02-10", "PT front desk: pt no-showed 1/12, 1/19, 1/26, 2/2. Discharged."
    )
    bundle = record("97545", injury, _pt_visit("ev", "2026-01-05", "97161"), no_shows,
                    reason="S39.012A")  # fmt: skip
    assert status(bundle, "OCC-002", service="97545")["status"] != "met"


def test_care_the_patient_chose_alone_stays_self_directed_across_a_list():
    note = _note(
        "n1",
        "2026-02-20",
        "LBP since 11/20/25. She has managed it herself: stretching videos, ibuprofen, and a "
        "massage therapist and a chiropractor she found online.",
    )
    assert status(record("72148", note), "LMRI-003")["status"] != "met"


def test_an_open_choice_or_the_patient_s_own_words_are_not_the_surgeon_s_plan():
    undecided = _note("n1", "2026-02-20", "P: Discussed TKA vs continued conservative care.")
    wish = _note(
        "n2", "2026-02-24", 'Portal message: "I want to go ahead with the knee replacement."'
    )
    bundle = record("27447", undecided, wish, reason="M17.11")
    assert status(bundle, "TKA-005", service="27447")["status"] != "met"
    decided = _note("n3", "2026-02-24", "Plan: R TKA, expect pain relief and better walking.")
    assert status(record("27447", decided, reason="M17.11"), "TKA-005")["status"] == "met"


def test_a_device_order_states_its_quantity_as_a_parameter():
    # R4 DeviceRequest has no quantity element: DME orders send "Quantity" as a parameter, and
    # the written order (coded bed + quantity) is the bed's plan.
    without = record("E0250", reason="G12.21", order_type="DeviceRequest")
    assert status(without, "BED-004")["status"] == "missing"
    quantity = {"parameter": [{"code": {"text": "Quantity"}, "valueQuantity": {"value": 1}}]}
    bundle = record("E0250", reason="G12.21", order_type="DeviceRequest", order=quantity)
    assert status(bundle, "BED-004")["status"] == "met"


def test_an_imaging_protocol_without_contrast_denies_nothing_after_it():
    # Unpunctuated dictation: "without contrast" is the protocol, not a denial of the
    # conditional plan that follows.
    dictation = (
        "assessment papilledema plan MRI brain with and without contrast if MRI shows no mass "
        "then proceed to lumbar puncture and start acetazolamide"
    )
    findings = find_findings([NoteInput("D/1", dictation)])
    plans = [f for f in findings if f.concept == "decision-dependent"]
    assert plans and not any(f.negated for f in plans)
    denied = find_findings([NoteInput("D/2", "MRI without contrast, no PT tried")])
    assert [f.negated for f in denied if f.concept == "physical-therapy"] == [True]


def test_a_drug_taken_since_a_date_in_an_assessment_and_plan_is_not_planned():
    text = "Assessment and Plan\nUC on mesalamine 4.8 g/d since July 2024 (~19 mos), now Mayo 9."
    found = [f for f in find_findings([NoteInput("D/1", text)]) if f.concept == "mesalamine"]
    assert found and not found[0].planned
    planned = "Assessment and Plan\nStart mesalamine 4.8 g/d since symptoms are active."
    later = [f for f in find_findings([NoteInput("D/2", planned)]) if f.concept == "mesalamine"]
    assert later and later[0].planned


def test_a_date_before_the_word_plan_does_not_date_the_plan_in_dictation():
    # No punctuation: "december" belongs to the TB test, not to the infliximab plan after "plan".
    text = (
        "quantiferon negative in december hep b surface antigen negative plan infliximab 3 mg "
        "per kg at zero two and six weeks then every eight weeks"
    )
    written = date(2026, 1, 27)
    dosing = [f for f in find_findings([NoteInput("D/1", text, written)]) if f.concept == "dosing"]
    assert dosing and all(f.when is None for f in dosing)
    dated = "infliximab 5 mg/kg started 12/1/2025, held since"
    old = [f for f in find_findings([NoteInput("D/2", dated, written)]) if f.concept == "dosing"]
    assert old and old[0].when == date(2025, 12, 1)


def test_each_order_parameter_is_its_own_statement():
    # "no power options" must not deny the length-of-need parameter written after it.
    parameters = {
        "parameter": [
            {
                "code": {"text": "Item"},
                "valueCodeableConcept": {"text": "group 2 chair, no power options"},
            },
            {"code": {"text": "Length of need"}, "valueCodeableConcept": {"text": "99 months"}},
        ]
    }
    bundle = record("K0823", reason="G12.21", order_type="DeviceRequest", order=parameters)
    assert status(bundle, "WHC-007")["status"] == "met"


def test_no_directly_before_a_limitation_denies_it():
    # ConText's "no difficulty" trigger overlaps the target "difficulty reaching" and is dropped.
    text = "Independent with all ADLs, no difficulty reaching overhead, full duty at work."
    reaching = [
        f for f in find_findings([NoteInput("D/1", text)]) if f.concept == "reaching-limitation"
    ]
    assert reaching and all(f.negated for f in reaching)


def test_a_draft_care_plan_is_no_plan_yet():
    def careplan(status):
        return {
            "resourceType": "CarePlan",
            "id": "cp",
            "status": status,
            "intent": "plan",
            "subject": {"reference": "Patient/p"},
            "title": "Hospital bed positioning plan",
            "period": {"start": "2026-02-20"},
        }

    draft = record("E0260", careplan("draft"), reason="I50.22")
    assert status(draft, "BED-004")["status"] == "missing"
    active = record("E0260", careplan("active"), reason="I50.22")
    assert status(active, "BED-004")["status"] == "met"
