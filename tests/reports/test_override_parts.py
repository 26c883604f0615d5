"""The pure parts of overrides: finding a typed passage in a note, the index of what a check
read, and what an override may point at."""

from __future__ import annotations

from smartapp.overrides.passage import locate
from smartapp.overrides.refs import MAX_REFS, pointable, record_index

NOTE = ("HPI: 38 year old man with low back pain for 2 weeks.\nPain is across the low back\n"
        "without radiation.  Plan: MRI.")  # fmt: skip


def test_a_typed_passage_is_found_whatever_its_case_and_line_breaks():
    start, end = locate(NOTE, "pain is across the LOW BACK without radiation")
    assert NOTE[start:end] == "Pain is across the low back\nwithout radiation"
    assert locate(NOTE, "radiation. Plan:") is not None  # two spaces in the note, one typed
    assert locate(NOTE, "pain in the knee") is None
    assert locate(NOTE, "   ") is None
    assert locate(NOTE, "(low back") is None  # typed punctuation is literal, not a pattern


def test_the_index_holds_references_and_short_labels_never_text():
    bundle = {"entry": [
        {"resource": {"resourceType": "Patient", "id": "p", "name": [{"family": "Doe"}]}},
        {"resource": {"resourceType": "DocumentReference", "id": "n1", "date": "2026-11-02T12:00",
                      "type": {"coding": [{"display": "Progress note"}]},
                      "content": [{"attachment": {"data": "SGVsbG8="}}]}},
        {"resource": {"resourceType": "Binary", "id": "b1", "data": "SGVsbG8="}},
        {"resource": {"resourceType": "Observation", "id": "o1",
                      "code": {"text": "AHI"}, "effectiveDateTime": "2026-10-01"}},
        {"resource": {"resourceType": "Observation", "id": "o1"}},
        {"resource": "not a resource"}, {"nothing": 1},
    ]}  # fmt: skip
    assert record_index(bundle) == [
        {"ref": "Patient/p", "label": ""},
        {"ref": "DocumentReference/n1", "label": "Progress note, 2026-11-02"},
        {"ref": "Observation/o1", "label": "AHI, 2026-10-01"},
    ]
    many = {"entry": [{"resource": {"resourceType": "Observation", "id": str(n)}}
                      for n in range(MAX_REFS + 10)]}  # fmt: skip
    assert len(record_index(many)) == MAX_REFS


def test_notes_first_and_never_the_apps_own_documents():
    refs = [{"ref": "Observation/o1", "label": "AHI"}, {"ref": "DocumentReference/n1", "label": ""},
            {"ref": "DocumentReference/gap-report", "label": "Gap report"}]  # fmt: skip
    report = {"app_documents": [{"reference": "DocumentReference/gap-report"}], "items": []}
    assert list(pointable(report, refs)) == ["DocumentReference/n1", "Observation/o1"]


def test_an_old_report_points_at_what_its_items_cite():
    report = {"order": {"reference": "ServiceRequest/o", "text": "MRI"}, "items": [
        {"evidence": [{"reference": "DocumentReference/n1#5-9"}, {"reference": "Condition/c"}]},
        {"evidence": []}]}  # fmt: skip
    assert pointable(report, None) == {"DocumentReference/n1": "", "ServiceRequest/o": "MRI",
                                       "Condition/c": ""}  # fmt: skip
