"""A sleep visit its note says was in person is the face-to-face evaluation with no Encounter
charted (blind wave 15, AZ/sleep-03): "Pediatric Sleep Clinic - follow-up (in person)
07/28/2026" by the ordering physician, history from the mother and an airway table, no exam
header. SLEEP-004 read only coded in-person encounters and notes with an exam section; the CGM
checklist already counted the requester's note that says the visit was in person."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-21"}


def _visit(text: str) -> str:
    note = {**_note("n1", "2026-07-28", text), "author": [{"reference": "Practitioner/dr"}]}
    bundle = record("95811", note, reason="G47.33", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i for i in report["items"]}["SLEEP-004"]["status"]


def test_a_note_of_an_in_person_sleep_visit_is_the_evaluation():
    for heading in (
        "Pediatric Sleep Clinic - follow-up (in person) 07/28/2026",
        "Sleep medicine visit, seen in clinic with mother 07/28/2026",
    ):
        text = f"{heading}\nPer mother still snores nightly, witnessed apneas.\nA/P: OSA.\n"
        assert _visit(text) == "met", heading


def test_a_call_or_a_video_visit_is_not():
    for heading in (
        "Sleep follow-up by telephone 07/28/2026 (not in person)",
        "Video visit 07/28/2026 - will see in person after the study",
    ):
        text = f"{heading}\nPer mother still snores nightly, witnessed apneas.\nA/P: OSA.\n"
        assert _visit(text) != "met", heading
