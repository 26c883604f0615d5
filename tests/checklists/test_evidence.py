"""Bundle → PatientRecord: lenient parsing, reference resolution, unreadable types."""

from __future__ import annotations

import pytest

from smartapp.errors import InputError
from smartapp.evidence import build_record
from smartapp.evidence.record import ANY_TYPE


def bundle(*resources, extra_entries=(), kind="searchset"):
    entries = [
        {
            "fullUrl": f"https://ehr.example/fhir/{r['resourceType']}/{r.get('id', 'x')}",
            "resource": r,
            "search": {"mode": "match"},
        }
        for r in resources
    ]
    return {"resourceType": "Bundle", "type": kind, "entry": entries + list(extra_entries)}


PATIENT = {"resourceType": "Patient", "id": "p1"}


def test_conditions_keep_codes_dates_and_status_and_normalise_icd10_dots():
    condition = {
        "resourceType": "Condition",
        "id": "c1",
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {
            "coding": [
                {
                    "system": "urn:oid:2.16.840.1.113883.6.90",
                    "code": "M5416",
                    "display": "Radiculopathy, lumbar region",
                }
            ]
        },
        "onsetDateTime": "2025-11-20T08:00:00-05:00",
    }
    record = build_record(bundle(PATIENT, condition))
    (evidence,) = record.of("Condition")
    assert evidence.codes[0].system == "icd10cm" and evidence.codes[0].code == "M54.16"
    assert evidence.date.isoformat() == "2025-11-20" and evidence.status == "active"
    assert evidence.label() == "Radiculopathy, lumbar region"


def test_references_resolve_by_type_id_full_url_and_urn_uuid():
    practitioner = {"resourceType": "Practitioner", "id": "dr1"}
    urn_entry = {
        "fullUrl": "urn:uuid:abc",
        "resource": {"resourceType": "Organization", "id": "o1"},
    }
    record = build_record(bundle(PATIENT, practitioner, extra_entries=[urn_entry]))
    assert record.resolve("Practitioner/dr1") is practitioner
    assert record.resolve("https://other.example/fhir/Practitioner/dr1/_history/3") is practitioner
    assert record.resolve("urn:uuid:abc")["id"] == "o1"
    assert record.resolve("Practitioner/nobody") is None


def test_operation_outcome_expressions_mark_types_unreadable_and_plain_outcomes_do_not():
    refused = {
        "resource": {
            "resourceType": "OperationOutcome",
            "issue": [
                {"severity": "error", "code": "forbidden", "expression": ["DocumentReference"]}
            ],
        },
        "search": {"mode": "outcome"},
    }
    informational = {
        "resource": {
            "resourceType": "OperationOutcome",
            "issue": [
                {
                    "severity": "warning",
                    "code": "suppressed",
                    "diagnostics": "sub-type not returned",
                }
            ],
        }
    }
    record = build_record(bundle(PATIENT, extra_entries=[refused, informational]))
    # The suppressed warning names no type: it may be any type's (issue 20a; it was dropped).
    assert record.unreadable == {"DocumentReference", ANY_TYPE}
    assert any("DocumentReference could not be read" in w for w in record.warnings)


def test_unusable_entries_become_warnings_not_failures():
    odd = [{"fullUrl": "urn:uuid:1"}, {"resource": {"resourceType": "Condition"}}]
    broken = {
        "resourceType": "Observation",
        "id": "o1",
        "status": 7,
        "code": "not-a-concept",
        "effectiveDateTime": "yesterday",
        "valueQuantity": {"value": "high"},
    }
    record = build_record(bundle(PATIENT, broken, extra_entries=odd))
    assert len(record.of("Observation")) == 1
    assert record.of("Observation")[0].date is None and record.of("Observation")[0].value is None
    assert len(record.warnings) == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"resourceType": "Patient"}, "not a FHIR Bundle"),
        ([], "not a FHIR Bundle"),
        ({"resourceType": "Bundle", "entry": []}, "no Patient"),
    ],
)
def test_not_a_patient_bundle_is_input_error(data, message):
    with pytest.raises(InputError, match=message):
        build_record(data)


def test_two_patients_scores_the_first_with_a_warning():
    record = build_record(bundle(PATIENT, {"resourceType": "Patient", "id": "p2"}))
    assert record.patient_ref == "Patient/p1"
    assert "2 patients" in record.warnings[0]


def test_searchset_without_patient_scores_its_single_subject():
    condition = {"resourceType": "Condition", "id": "c1", "subject": {"reference": "Patient/p9"}}
    record = build_record(bundle(condition))
    assert record.patient_ref == "Patient/p9"
    assert "no Patient resource" in record.warnings[0]
    two = {"resourceType": "Condition", "id": "c2", "subject": {"reference": "Patient/p8"}}
    with pytest.raises(InputError, match="no Patient"):
        build_record(bundle(condition, two))


def test_a_note_type_said_twice_is_titled_once():
    # Epic sends the same words as type.text and coding.display; evidence snippets say them once.
    note = {
        "resourceType": "DocumentReference", "id": "n1", "status": "current",
        "subject": {"reference": "Patient/p1"}, "date": "2026-11-20",
        "type": {"text": "Progress note", "coding": [
            {"system": "http://loinc.org", "code": "11506-3", "display": "Progress Note"}]},
        "category": [{"coding": [{"code": "clinical-note", "display": "Clinical Note"}]}],
    }  # fmt: skip
    [parsed] = build_record(bundle(PATIENT, note)).notes
    assert parsed.title == "progress note clinical note"


def test_regions_of_a_short_text_are_kept_and_a_long_one_read_again() -> None:
    from smartapp.evidence.regions import _KEPT_CHARS, regions_in_text

    label = "Right knee pain, worse on stairs"
    assert regions_in_text(label) == {"knee", "knee:right"}
    assert regions_in_text(label) is regions_in_text(label)  # kept: a record repeats its labels
    long = "left shoulder " + "x" * _KEPT_CHARS
    assert regions_in_text(long) == {"shoulder", "shoulder:left"}
    assert regions_in_text(long) is not regions_in_text(long)  # never kept: memory stays bounded


def test_corrupt_base64_in_a_notes_binary_is_unreadable_not_garbage_text():
    # A corrupt Binary reads as "could not be read" with its own reason, not as a Binary that
    # is missing from the bundle (nor, decoded leniently, as bytes that might pass for text).
    note = {"resourceType": "DocumentReference", "id": "d1", "status": "current",
            "date": "2026-01-05", "subject": {"reference": "Patient/p1"},
            "content": [{"attachment": {"contentType": "text/plain",
                                        "url": "Binary/b1"}}]}  # fmt: skip
    corrupt = {"resourceType": "Binary", "id": "b1", "contentType": "text/plain",
               "data": "U2V2ZXJl!!IGJhY2s$$IHBhaW4="}  # fmt: skip
    record = build_record(bundle(PATIENT, note, corrupt))
    assert record.notes[0].text is None
    assert any("d1" in w and "not valid base64" in w for w in record.warnings), record.warnings


def test_results_withheld_without_a_type_leave_every_type_unchecked():
    # "Some results were suppressed" in a bundle with no search link to say what was searched:
    # dropped, it let every item that found nothing read as missing.
    outcome = {"resource": {"resourceType": "OperationOutcome", "issue": [
        {"severity": "warning", "code": "suppressed", "diagnostics": "Some results were suppressed"}
    ]}, "search": {"mode": "outcome"}}  # fmt: skip
    record = build_record(bundle(PATIENT, extra_entries=[outcome], kind="collection"))
    assert record.is_unreadable("Coverage") and record.is_unreadable("DocumentReference")
    assert any("without saying of which type" in w for w in record.warnings)
    notice = {"resource": {"resourceType": "OperationOutcome", "issue": [
        {"severity": "information", "code": "informational", "diagnostics": "No results"}]}}
    assert not build_record(bundle(PATIENT, extra_entries=[notice])).is_unreadable("Coverage")


def test_an_unreadable_resource_of_no_known_type_may_be_any_types():
    # A bulk export line that could not be parsed is reported on "Resource" (its type unknown).
    marker = {"resource": {"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "processing", "expression": ["Resource"],
         "diagnostics": "a resource in the EHR's export could not be read (line 7 of its file)"}
    ]}}  # fmt: skip
    record = build_record(bundle(PATIENT, extra_entries=[marker], kind="collection"))
    assert record.is_unreadable("Condition") and record.is_unreadable("Coverage")
