"""A tuberculin skin test placed but never read is no TB test result (blind wave 22, BY/inf-03).
A Mantoux Observation 'preliminary' whose value says 'Placed L forearm 10/2/26 09:40 - not read'
met INF-003, while the only resulted test (QuantiFERON) was 379 days old. A skin test is a
result only once its induration is read 48-72 hours after placement (CDC, 'Tuberculin skin
testing'); a placement with no read is the test started, as a draw with its result pending is
(wave 16). A preliminary one that gives the read ('Read 10/4: 0 mm, negative') still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_TST = {
    "coding": [{"system": "http://snomed.info/sct", "code": "268376005"}],
    "text": "Tuberculin skin test (PPD) induration",
}


def _tst(status: str, value: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": "tst",
        "status": status,
        "code": _TST,
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-07-06",
        "valueString": value,
    }


def _tb_status(*resources: dict) -> str:
    bundle = record(
        "J1745",
        *resources,
        reason="K50.90",
        order={"authoredOn": "2026-07-09", "occurrenceDateTime": "2026-07-20"},
    )
    report = score_bundle(bundle, as_of=date(2026, 7, 9))
    return {i["id"]: i for i in report["items"]}["INF-003"]["status"]


@pytest.mark.parametrize(
    "value",
    [
        "Placed L forearm 7/6/26 09:40 - not read",
        "Placed 7/6; not yet read",
        "PPD placed R forearm, read pending",
        "Placed 7/6 - patient did not return for reading",
        "Applied L FA 7/6. Awaiting read.",
        "Placed 7/6, never read (no-show)",
        "Not read",
    ],
)
def test_a_skin_test_placed_and_not_read_is_no_result(value):
    assert _tb_status(_tst("preliminary", value)) != "met"


@pytest.mark.parametrize(
    "value",
    [
        "Placed 7/6, read 7/8: 0 mm, negative",
        "0 mm induration - negative",
        "Read at 48 h: 12 mm, positive",
        "Negative",
        "Placed 7/6 - read 7/8 by RN: no induration",
    ],
)
def test_a_skin_test_read_still_counts(value):
    assert _tb_status(_tst("preliminary", value)) == "met"
    assert _tb_status(_tst("final", value)) == "met"


def _note_status(said: str) -> str:
    visit = f"GI VISIT\nDiagnostic Results\n{said}\nA/P: Crohn's, start infliximab."
    return _tb_status(_note("n1", "2026-07-09", visit))


@pytest.mark.parametrize(
    "said",
    [
        "TB: PPD placed 7/6 in clinic, not read (induration not measured).",
        "PPD placed 7/6 - pt did not return for reading, result n/a.",
        "Tuberculin skin test placed 7/6, never read; mm n/a.",
    ],
)
def test_a_note_saying_the_skin_test_was_not_read_is_no_result(said):
    assert _note_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "TB: PPD placed 7/6, read 7/8: 0 mm induration, negative.",
        "PPD 7/6: 0 mm (read by RN 7/8).",
    ],
)
def test_a_note_giving_the_read_still_counts(said):
    assert _note_status(said) == "met"


def test_a_dictation_disclaimer_denies_nothing():
    """'Dictated not read' signs off a transcribed note (AV/occ-03's unpunctuated dictation):
    the 'not read' is the transcriptionist's, not a test left unread."""
    for sign_off in ("dictated not read", "Dictated but not read", "dictated and not read"):
        text = f"plan work hardening 4 hours a day five days a week for four weeks {sign_off}"
        found = find_findings([NoteInput("n", text, date(2026, 7, 1), "note")], [])
        assert any(f.concept == "work-therapy" and not f.negated for f in found), sign_off
    said = find_findings([NoteInput("n", "PPD placed 7/6, not read.", None, "note")], [])
    assert all(f.negated for f in said if f.concept == "tb-screening")
