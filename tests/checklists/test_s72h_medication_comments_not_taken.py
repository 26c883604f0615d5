"""The comments of a medication order withdrawn before it began (MedicationRequest "cancelled"
or "entered-in-error") or a statement that the drug was not taken (MedicationStatement
"not-taken") are no course of the drug had; a stopped one's comments tell care that happened
and still count (brief s72-h, a risk found on stop 72's engine, no blind case yet).

The comment "meloxicam 15 mg daily x 6 wks" on a cancelled order is the course as prescribed,
read alone as the course taken, and met LMRI-003's six weeks of conservative care: a gap called
met. The same filter as a not-done Procedure's comments (brief s72-d).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record
from .test_judgement_wave10 import status

RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
_BACK = (
    "Low back pain radiating to L leg since 10/2025. L5 radiculopathy, +SLR L. Plan: MRI L-spine."
)


def _medication(kind: str, state: str, comment: str, drug: str = "tramadol") -> dict:
    """A ``kind`` resource for ``drug`` (no NSAID code: only its comment can tell a course)."""
    resource = {
        "resourceType": kind,
        "id": "med",
        "status": state,
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": drug},
        "note": [{"text": comment}],
    }
    if kind == "MedicationRequest":
        resource |= {"intent": "order", "authoredOn": "2025-12-01",
                     "requester": {"reference": "Practitioner/dr"}}  # fmt: skip
    else:
        resource |= {"effectivePeriod": {"start": "2025-12-01"}, "dateAsserted": "2025-12-01"}
    return resource


def _lmri003(kind: str, state: str, comment: str, said: str = "") -> tuple[str, bool]:
    """LMRI-003's status, and whether it cites the medication's comment."""
    medication = _medication(kind, state, comment)
    bundle = record("72148", _note("n1", "2026-02-20", f"{said} {_BACK}"), medication)
    item = status(bundle, "LMRI-003", as_of=date(2026, 3, 1))
    cited = any(e["reference"].startswith(f"{kind}/med#") for e in item.get("evidence") or ())
    return item["status"], cited


_COURSES = [
    "meloxicam 15 mg daily x 6 wks",
    "Naproxen 500 mg BID for 6 weeks for lumbar radiculopathy",
    "ibuprofen 800 tid x6wks, then PT 2x/wk x 6 wks",
]


@pytest.mark.parametrize("comment", _COURSES)
@pytest.mark.parametrize(
    ("kind", "state"),
    [("MedicationRequest", "cancelled"), ("MedicationRequest", "entered-in-error"),
     ("MedicationStatement", "not-taken"), ("MedicationStatement", "entered-in-error")],
)  # fmt: skip
def test_a_withdrawn_or_not_taken_medications_comment_is_no_course_had(
    kind: str, state: str, comment: str
) -> None:
    assert _lmri003(kind, state, comment) == ("missing", False), (kind, state, comment)


@pytest.mark.parametrize("state", ["stopped", "completed", "active"])
def test_the_comment_of_an_order_taken_counts(state: str) -> None:
    # Care of its one day (the comment is dated by the order): the episode is the note's to span.
    comment = "meloxicam 15 mg daily, stopped after 8 wks, GI upset"
    assert _lmri003("MedicationRequest", state, comment)[1], state


def test_a_note_of_the_course_still_counts_beside_its_order_cancelled() -> None:
    said = "Took meloxicam 15 mg daily 12/2025-1/2026 x 8 wks without relief."
    state = _lmri003("MedicationRequest", "cancelled", "meloxicam 15 mg daily x 6 wks", said)[0]
    assert state == "met"
