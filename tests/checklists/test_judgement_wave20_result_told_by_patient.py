"""A result the patient or family tells is no result in hand (blind wave 20, BQ/tsa-02).

"Imaging: R shoulder XR done at Riverbend Urgent Care 5/2026 - per pt \"bone on bone\"; images/
report not available" met the shoulder arthroplasty's imaging item, though the only radiograph
report on file was of the other shoulder: what the film showed is the patient's words, and a
reviewer asks for the report. Wave 18's hearsay cue ("reportedly showed") now also takes a result
told by the patient or a relative ("per pt", "pt states the MRI showed", "was told it was bone
on bone", "according to his wife"); the clinician's own read, a result told *to* the patient,
and a patient's report of symptoms beside a result stay evidence."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 6, 22))])
    return {f.concept for f in found if f.category == "diagnostic-results" and f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        'Imaging: R shoulder XR done at Riverbend Urgent Care 5/2026 - per pt "bone on bone"; '
        "images/report not available, records request faxed 6/22.",
        "R shoulder XR at urgent care 5/2026, per patient severe glenohumeral OA.",
        "Pt states the MRI showed a full-thickness rotator cuff tear.",
        "Patient reports outside XR showed severe OA of the R knee.",
        "Was told the x-ray showed bone on bone arthritis in the R knee.",
        "Pt was told her L hip x-ray showed severe OA.",
        "Outside knee XR showed severe OA per pt.",
        "Per his wife, the MRI at Mercy showed a rotator cuff tear.",
        "According to the patient, prior XR showed severe OA of the R knee.",
    ],
)
def test_a_result_told_by_the_patient_is_no_result(text):
    assert not _asserted(text) & {"oa-findings", "lesion"}


@pytest.mark.parametrize(
    "text",
    [
        "XR R knee 3 views 6/22/2026: severe medial OA, bone on bone.",
        "Pt reports R knee pain x 3 yrs. XR today: severe medial OA.",
        "Reviewed XR with pt: severe glenohumeral OA.",
        "Told pt the XR shows severe glenohumeral OA; discussed TSA.",
        "Pt states pain is worse at night; XR R shoulder 6/2026 shows severe glenohumeral OA.",
        "XR R shoulder (per radiology report 6/1/2026): severe glenohumeral OA.",
    ],
)
def test_the_clinicians_own_read_still_counts(text):
    assert "oa-findings" in _asserted(text)
