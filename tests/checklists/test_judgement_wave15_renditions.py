"""A note's other rendition that says something else is read too (blind wave 15, AW/tsa-02): an
intake form in text/plain with the visit's assessment and plan as an RTF rendition of the same
DocumentReference. Only the best rendition was read, so "Plan: L reverse total shoulder
arthroplasty" was never seen. Epic's RTF beside its HTML repeats or sums up the same note and
adds nothing (read once, so nothing is counted twice)."""

from __future__ import annotations

import base64

from smartapp.notes.extract import with_other_renditions

from .test_judgement import record, status

FORM = (
    "PATIENT INTAKE QUESTIONNAIRE (completed 2/20/2026)\nWhich shoulder? [ ] Right [x] Left\n"
    "Treatments tried: [x] Physical therapy (10 wks) [x] naproxen [x] Injection (# 2)\n"
)
PLAN = (
    r"{\rtf1\ansi{\b Assessment and Plan}\par 76F L shoulder pain x 2 yrs, pseudoparalysis."
    r"\par Plan:\tab L {\b reverse} total shoulder arthroplasty. Anticipate forward elevation"
    r" to ~120 and pain relief.\par}"
)


def _attachment(kind: str, text: str) -> dict:
    return {"attachment": {"contentType": kind, "data": base64.b64encode(text.encode()).decode()}}


def _visit(*contents: dict) -> dict:
    return {
        "resourceType": "DocumentReference",
        "id": "n1",
        "status": "current",
        "subject": {"reference": "Patient/p"},
        "date": "2026-02-20",
        "author": [{"reference": "Practitioner/dr"}],
        "content": list(contents),
    }


def test_an_rtf_rendition_with_the_plan_is_read_beside_the_form():
    note = _visit(_attachment("text/plain", FORM), _attachment("text/rtf", PLAN))
    bundle = record("23472", note, reason="M75.102")
    assert status(bundle, "TSA-005")["status"] == "met"
    alone = record("23472", _visit(_attachment("text/plain", FORM)), reason="M75.102")
    assert status(alone, "TSA-005")["status"] != "met"


def test_a_rendition_that_repeats_or_sums_up_the_note_adds_nothing():
    html = "Ortho visit 2/10/26: L shoulder OA. PT x12 visits, naproxen 8 wks. Plan: L TSA."
    rtf = "See HTML rendition. Ortho visit 2/10/26: PT x12 visits. Plan: L TSA."
    assert with_other_renditions([html, rtf]) == html
    assert with_other_renditions([html, html]) == html
    other = "Assessment and Plan: L reverse total shoulder arthroplasty, sling 4 wks."
    assert with_other_renditions([html, other]) == f"{html}\n\n{other}"
