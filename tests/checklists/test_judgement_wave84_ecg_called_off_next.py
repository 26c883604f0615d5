"""An ECG called off in the clauses after its own, or in the next sentence, is no resting ECG
(follow-up to blind wave 84, LL/card-02; brief s74-m). "ECG today. Pt left before it was done.",
"12-lead ECG ordered. Unable to obtain - pt refused." and "ECG today; pt had a ride waiting, will
get at stress lab." met CARD-004 (the resting ECG a stress test needs, LCD L35083): only the
ECG's own statement was read, and "had" read as the ECG had (ecg_not_taken.called_off_later).
A reading, a label or another test before the words leaves the ECG taken.
"""

from __future__ import annotations

import pytest

from smartapp.notes.ecg_called_off import called_off_later, sentence_after
from smartapp.notes.segments import segment

from .test_judgement_wave76_ecg_not_taken import _ecg_status
from .test_judgement_wave84_ecg_called_off import _ecg_order


@pytest.mark.parametrize(
    "said",
    [
        "ECG today. Pt left before it was done.",
        "12-lead ECG ordered. Unable to obtain - pt refused.",
        "EKG today.  Machine down, will repeat at stress lab.",
        "ECG today. Pt had to leave for work, will get at stress lab.",
        "ECG today. Patient refused.",
        "EKG today. Unfortunately pt declined.",
        "12-lead ECG today. Not done - pt had to go.",
        "P: ECG today; pt had a ride waiting, will get at stress lab.",
        "ECG today; pt had a ride waiting, will get at stress lab.",
        "Studies: ECG today; pt had a ride waiting, will get at stress lab.",
        "ECG in clinic today (MA). Pt had an appt, will obtain at stress lab.",
    ],
)
def test_an_ecg_the_next_clause_or_sentence_says_was_not_taken_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG today: NSR. Pt left in stable condition.",
        "ECG done. Pt left before the echo.",
        "ECG 4/14 normal; order for repeat ECG cancelled",
        "ECG today. Pt left before the echo.",
        "ECG today. Pt refused flu shot.",
        "ECG today. Echo: pt refused.",
        "ECG today. Pt declined stress test.",
        "ECG today. Pt left clinic in stable condition.",
        "ECG today, sinus rhythm. Pt had to leave for work.",
        "ECG today. Discussed diet, pt declined.",
        # another line: another statement, not the ECG's
        "ECG today.\nLabs: pt refused.",
        # a list's next item is not what was said of the ECG
        "Tests today: ECG, BMP, lipid panel.",
    ],
)
def test_an_ecg_read_or_another_thing_called_off_next_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"


def test_an_unread_ecg_stands_beside_a_later_order_revoked_when_an_ecg_was_resulted() -> None:
    """A second ECG order revoked the same day, while a completed ECG result is on file: the
    ECG was had (called_off's live days)."""
    resulted = {
        "resourceType": "Observation",
        "id": "ekg-obs",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "11524-6",
                             "display": "EKG study"}], "text": "EKG study"},
        "effectiveDateTime": "2026-02-20",
        "valueString": "NSR",
    }  # fmt: skip
    assert _ecg_status("ECG today.", _ecg_order("revoked"), resulted) == "met"


def test_an_order_revoked_days_after_its_visit_still_calls_off_that_days_ecg() -> None:
    """Authored and due the note's day, revoked two days later: its dates are the visit's."""
    order = _ecg_order("revoked")
    order["meta"] = {"lastUpdated": "2026-02-22T10:00:00Z"}
    assert _ecg_status("ECG today.", order) != "met"


def test_the_next_sentence_is_read_only_after_a_sentence_or_semicolon() -> None:
    text = "Tests: ECG, BMP. Pt refused.\nECG today; pt left early. Labs fine.\nEKG, CMP, TSH"
    got = {s.text: sentence_after(text, s) for s in segment(text)}
    assert got["Tests: ECG, BMP."] == "Pt refused."  # but "BMP" is read first (below)
    assert got["ECG today"] == "pt left early."  # cut at ";", up to the next sentence's end
    assert got["pt left early."] == "Labs fine."
    assert not called_off_later(", BMP.", "Pt refused.")
    assert not called_off_later(", CMP, TSH.", "Pt refused.")  # a list's other items
    assert not called_off_later(": NSR", "Pt left before it was done.")
    assert called_off_later(" today", "Pt left before it was done.")
    assert called_off_later(" today (MA to obtain)", "Pt had a ride, will get at stress lab.")
