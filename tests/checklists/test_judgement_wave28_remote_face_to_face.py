"""A note that declares itself remote supplies no in-person visit where the source requires one.

A false-'ready' class found in wave 28's review: a "VIDEO VISIT" / "Telephone encounter" /
"telehealth" note that says "F2F visit for OSA eval" or "face to face today" met the sleep-study
and CPAP evaluation items (SLEEP-004, CPAP-003) through the face-to-face|in-person-visit finding,
though LCD L33718 requires an in-person clinical evaluation before the sleep test. The remote
cue (statement_kinds.REMOTE, already discounting exam findings in such notes) now keeps a remote
note's own visit from counting for a criterion with ``in_person: true``; a dated earlier
in-person visit it reports still counts, and so does a note that says the visit was converted
to in person. Home health (OAC 5160-12-01) and CGM (LCD L33822) allow telehealth: unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-21"}

_REMOTE = [
    "VIDEO VISIT 07/28/2026\nF2F visit for OSA eval. Loud snoring, witnessed apneas.\nA/P: OSA.",
    "Telephone encounter 07/28/2026\nFace to face today re snoring, witnessed apneas.\nA/P: OSA.",
    "Telehealth follow-up 07/28/2026\nSeen face-to-face for sleep eval; snoring, gasping.\n"
    "Plan: HST.",
    "Virtual visit - sleep medicine\nFace-to-face evaluation for OSA: witnessed apneas.\nA/P: OSA.",
]

_IN_PERSON = [
    # an earlier in-person visit, dated, that the video note reports
    "Video follow-up 07/28/2026\nIn-person visit 7/2/2026 with exam. Snoring, witnessed apneas.\n"
    "A/P: OSA, HST ordered.",
    "Video visit converted to in-person due to poor connection.\nFace to face today: snoring, "
    "witnessed apneas.\nA/P: OSA.",
    "Sleep clinic 07/28/2026\nFace-to-face visit for OSA eval. Loud snoring, witnessed apneas.\n"
    "A/P: OSA.",
]


def _status(code: str, item: str, text: str, **kw) -> str:
    note = {**_note("n1", "2026-07-28", text), "author": [{"reference": "Practitioner/dr"}]}
    bundle = record(code, note, order=_ORDER, **kw)
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i for i in report["items"]}[item]["status"]


@pytest.mark.parametrize("text", _REMOTE)
def test_a_remote_note_is_no_in_person_sleep_evaluation(text: str) -> None:
    assert _status("95811", "SLEEP-004", text, reason="G47.33") == "missing", text
    assert (
        _status("E0601", "CPAP-003", text, reason="G47.33", order_type="DeviceRequest") == "missing"
    ), text


@pytest.mark.parametrize("text", _IN_PERSON)
def test_an_in_person_visit_still_counts(text: str) -> None:
    assert _status("95811", "SLEEP-004", text, reason="G47.33") == "met", text


@pytest.mark.parametrize("text", _REMOTE)
def test_telehealth_still_counts_for_cgm(text: str) -> None:
    cgm = text.replace("OSA", "diabetes").replace("snoring", "glucose review")
    assert _status("E2103", "CGM-002", cgm, reason="E10.9", order_type="DeviceRequest") == "met"


@pytest.mark.parametrize("text", _IN_PERSON)
def test_an_in_person_visit_still_counts_for_cpap(text: str) -> None:
    assert _status("E0601", "CPAP-003", text, reason="G47.33", order_type="DeviceRequest") == "met"


@pytest.mark.parametrize("text", _REMOTE)
def test_telehealth_still_counts_for_home_health(text: str) -> None:
    hh = text.replace("OSA", "CHF").replace("snoring", "dyspnea") + " Home health RN for CHF."
    assert _status("G0299", "HHC-001", hh, reason="I50.9") == "met"
