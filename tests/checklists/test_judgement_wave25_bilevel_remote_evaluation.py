"""Blind wave 25: a switch to bi-level whose record shows the evaluation before the sleep test
was not in person (CK/cpap-03, CPAP-003).

An audio-only call with the ordering physician and a nurse's intake came before the home test;
the first in-person visit came after it, CPAP was started and failed, and bi-level (E0470) was
ordered. LCD L33718 covers E0470 for OSA only for a patient who meets E0601's criteria, the
in-person evaluation by the treating practitioner before the sleep test among them, plus a CPAP
trial proven ineffective; a new evaluation for a switch is required on top of that, not instead
of it. CPAP-003 let an E0470 after a CPAP trial count any evaluation before the order: it still
does when the record shows no contact before the test (the work-up was done elsewhere), but not
when it shows the contact before the test was a call. A synchronous video visit before the test
is the evaluation itself since blind wave 56 (CPAP-003 ``or_video``, as SLEEP-004: HD/cpap-01).
"""

from __future__ import annotations

from .test_judgement import _note
from .test_judgement_wave15_bilevel_evaluation import _encounter, bilevel_item

_FAILED = "Sleep follow up. Failed CPAP trial: could not tolerate CPAP at 10. Order bilevel."


def _cpap_003(*before_test: dict, follow_up: str = _FAILED) -> str:
    return bilevel_item("CPAP-003", *before_test, follow_up=follow_up)


def test_a_call_before_the_test_is_no_evaluation_for_the_switch() -> None:
    call = _encounter("phone", "2025-12-03", "VR", "Telephone visit (audio only)")
    assert _cpap_003(call) != "met"


def test_a_video_visit_before_the_test_is_the_evaluation_itself() -> None:
    # Was "!= met" until blind wave 56: the reviewers read L33718's evaluation as in person or
    # by synchronous telehealth (CPAP-003 or_video, as SLEEP-004).
    video = _encounter("video", "2025-12-03", "AMB", "Video visit - sleep consult")
    assert _cpap_003(video) == "met"


def test_a_switch_with_no_contact_before_the_test_on_record_counts_the_visit_before_the_order():
    assert _cpap_003() == "met"


def test_a_call_after_the_test_does_not_undo_the_switch_visit() -> None:
    call = _encounter("phone", "2026-01-20", "VR", "Telephone visit: CPAP mask leak")
    assert _cpap_003(call) == "met"


def test_an_in_person_sleep_visit_before_the_test_still_counts_beside_a_call() -> None:
    call = _encounter("phone", "2025-11-20", "VR", "Telephone visit (audio only)")
    seen = _encounter("seen", "2025-12-03", "AMB", "Sleep medicine new patient")
    assert _cpap_003(call, seen) == "met"


def test_an_orders_only_or_refill_entry_before_the_test_says_nothing_of_the_evaluation() -> None:
    orders = _encounter("orders", "2025-12-03", "AMB", "Orders only - HST")
    refill = _encounter("refill", "2025-12-10", "VR", "Refill request")
    assert _cpap_003(orders, refill) == "met"


def test_a_telephone_note_before_the_test_with_no_encounter_charted() -> None:
    call = {
        **_note("n0", "2025-12-03", "TELEPHONE VISIT (audio only). Snoring, ESS 13. Order HST."),
        "author": [{"reference": "Practitioner/dr"}],
    }
    assert _cpap_003(call) != "met"
    chat = {
        **_note("n0", "2025-12-03", "Pt called re: sleep study paperwork, form faxed."),
        "author": [{"reference": "Practitioner/dr"}],
    }
    assert _cpap_003(chat) == "met"
