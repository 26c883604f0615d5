"""An ECG a note names for today whose own sentence says it was not taken is no resting ECG
(blind wave 84, LL/card-02). "P: 12-lead ECG today (MA to obtain) -- pt had to leave for work,
will get at stress lab." met CARD-004 (the resting ECG a stress test needs, LCD L35083): the
"had" of "pt had to leave" read as the ECG had. The ECG order was revoked that day and no tracing
was on file (smartapp/notes/ecg_not_taken.py, called_off_after).
"""

from __future__ import annotations

import pytest

from .test_judgement_wave76_ecg_not_taken import _ecg_status


@pytest.mark.parametrize(
    "said",
    [
        "P: 12-lead ECG today (MA to obtain) -- pt had to leave for work, will get at stress lab.",
        "P: 12-lead ECG today -- pt had to leave for work.",
        "P: ECG today - pt had to go, will get at stress lab.",
        "Plan: EKG today (MA) - pt had to leave early; to be done at stress lab.",
        "EKG today -- pt had to leave for work, will get at stress lab.",
        "ECG today - pt had to leave before it was done.",
        "P: ECG today, pt had to leave - will obtain prior to stress.",
        "ECG today -- pt had to leave; rescheduled.",
        "P: ECG today -- no time, pt had appt, will get at the stress lab.",
        "EKG ordered today but patient had to leave, not done.",
        "Orders: ECG today -- pt refused.",
        "P: 12-lead ECG today -- machine down, will get at stress lab.",
        "ECG ordered, not done - patient had to pick up kids.",
        "EKG today -- tech unavailable, will do at stress lab.",
        "ECG today - pt left without it.",
    ],
)
def test_an_ecg_its_sentence_says_was_not_taken_is_no_ecg(said: str) -> None:
    assert _ecg_status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG today: NSR, no ST changes.",
        "ECG 3/2: normal.",
        "ECG obtained, reviewed.",
        "ECG reviewed - pt had to leave.",
        # another test's: the patient left before the echo, declined the stress test
        "ECG today -- pt had to leave before echo.",
        "P: ECG today: NSR -- pt had to leave before labs.",
        "ECG today, pt declined stress test.",
        "ECG today; echo deferred.",
        "ECG in clinic today - pt refused flu shot.",
        "ECG NSR, will get repeat at stress lab.",
        "EKG done, NSR; pt left before labs.",
        # the patient left after it, or well
        "EKG today, pt left clinic in stable condition.",
        "ECG today - pt left after it.",
        "ECG today - pt left without incident.",
    ],
)
def test_an_ecg_read_or_another_test_called_off_still_counts(said: str) -> None:
    assert _ecg_status(said) == "met"


def _ecg_order(
    status: str,
    day: str = "2026-02-20",
    code: str = "93000",
    display: str = "Electrocardiogram, routine, with interpretation",
) -> dict:
    return {
        "resourceType": "ServiceRequest",
        "id": f"ekg-{status}",
        "status": status,
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code,
                             "display": display}]},
        "authoredOn": day,
        "occurrenceDateTime": day,
    }  # fmt: skip


def _ecg_procedure(status: str, day: str = "2026-02-20") -> dict:
    return {
        "resourceType": "Procedure",
        "id": f"ekg-proc-{status}",
        "status": status,
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "93000"}],
                 "text": "12-lead ECG"},
        "performedDateTime": day,
    }  # fmt: skip


#: Names of the ECG with nothing read from them, outside the plan (which plans them anyway).
_UNREAD = [
    "12-lead ECG today.",
    "Tests today: ECG, BMP, lipid panel.",
    "EKG today (MA).",
    "Studies: ECG in clinic today.",
]


@pytest.mark.parametrize("said", _UNREAD)
@pytest.mark.parametrize("status", ["revoked", "entered-in-error"])
def test_an_ecg_named_unread_the_day_its_order_was_called_off_is_no_ecg(
    said: str, status: str
) -> None:
    assert _ecg_status(said) == "met"  # the name alone counts when nothing calls it off
    assert _ecg_status(said, _ecg_order(status)) != "met"


@pytest.mark.parametrize("said", _UNREAD)
def test_an_ecg_named_unread_the_day_its_procedure_was_not_done_is_no_ecg(said: str) -> None:
    assert _ecg_status(said, _ecg_procedure("not-done")) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "ECG today: NSR, no ST changes.",
        "Tests today: ECG reviewed, sinus rhythm 72.",
        "EKG obtained, reviewed - normal.",
        "ECG 1/10: normal.",
        "12-lead ECG today. LBBB on prior tracing.",
    ],
)
def test_an_ecg_read_that_day_still_counts_beside_a_called_off_order(said: str) -> None:
    assert _ecg_status(said, _ecg_order("revoked")) == "met"


@pytest.mark.parametrize(
    "extra",
    [
        (_ecg_order("revoked", day="2026-01-05"),),  # another day's order called off
        (_ecg_order("revoked"), _ecg_order("active")),  # re-ordered the same day
        # another test's order (an echo)
        (_ecg_order("revoked", code="93306", display="Echocardiography, transthoracic"),),
    ],
)
def test_an_unread_ecg_stands_beside_another_days_or_tests_called_off_order(extra: tuple) -> None:
    assert _ecg_status("12-lead ECG today.", *extra) == "met"


def test_an_ecg_read_in_a_later_addendum_counts_beside_its_cancelled_result() -> None:
    cancelled = {
        "resourceType": "Observation",
        "id": "ekg-obs",
        "status": "cancelled",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://loinc.org", "code": "11524-6",
                             "display": "EKG study"}], "text": "EKG study"},
        "effectiveDateTime": "2026-02-20",
        "valueString": "Not performed - machine down",
    }  # fmt: skip
    said = (
        "ECG: EKG to be obtained today - tech unavailable, will do at stress lab.\n"
        "ADDENDUM 2/20 14:10: resting 12-lead obtained in clinic after all - NSR 74, normal axis."
    )
    assert _ecg_status(said, cancelled) == "met"
