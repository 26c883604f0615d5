"""A bare imperative order asks for the test or care it names; it reports nothing done (found on
blind wave 25, CK/cpap-03: a telephone note's "Order HST." read as a sleep study of the call's
day, so CPAP-001's "sleep study in the last 12 months" could be met by a test only ordered).
"Ordered HST", "HST ordered", "will order", "requested", "pending" already read so; the command
opening a clause ("Order X.", "Plan: order X", "Schedule X", "Obtain X", "Arrange X") did not.
The study still counts where the note reports it done, beside the order or on its own, and the
order's reason ("for snoring") stays the patient's. Each test names the checklist it stands for.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _cpap_001(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("E0601", note, reason="G47.33"), "CPAP-001")["status"]


def _card_004(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("78452", note, reason="R07.9"), "CARD-004")["status"]


def _lmri_005(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    return status(record("72148", note), "LMRI-005")["status"]


def _asserted(text: str, concept: str) -> list[bool]:
    note = NoteInput(ref="n", text=text, date=dt.date(2026, 2, 20))
    return [f.asserted for f in find_findings([note]) if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "Telephone visit (audio only): snoring, apneas per husband, ESS 15. Order HST.",
        "Phone call with pt re: snoring. Schedule PSG.",
        "A/P: OSA suspected. Plan: order home sleep test.",
        "Loud snoring, witnessed apneas. Arrange polysomnography.",
        # An order placed, or a request to order, names the test after it.
        "Snoring, ESS 14. Order placed for HST.",
        "Snoring, ESS 14. Referral placed for PSG.",
    ],
)
def test_a_sleep_test_only_commanded_is_no_sleep_study(text: str) -> None:
    assert _cpap_001(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Order HST. HST 2/10/26: AHI 22, nadir SpO2 84%.",
        "Sleep medicine f/u. Home sleep test 2/10/26 reviewed with pt: moderate OSA.",
        "PSG 1/15/26 done at St. Mary's sleep lab; order CPAP.",
    ],
)
def test_a_sleep_test_reported_done_still_counts(text: str) -> None:
    assert _cpap_001(text) == "met", text


@pytest.mark.parametrize(
    "text",
    ["Exertional chest pressure x 3 wks. Order ECG.", "Chest pain. Plan: order 12-lead EKG."],
)
def test_an_ecg_only_commanded_is_no_resting_ecg(text: str) -> None:
    assert _card_004(text) != "met", text


def test_an_ecg_read_that_day_is_a_resting_ecg() -> None:
    assert _card_004("Exertional chest pressure. ECG today: NSR, no ST changes.") == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Low back pain radiating to L leg x 8 wks. Order lumbar x-rays.",
        "LBP with L5 radiculopathy. Obtain lumbar spine radiographs.",
    ],
)
def test_lumbar_films_only_commanded_are_no_prior_imaging(text: str) -> None:
    assert _lmri_005(text) != "met", text


def test_lumbar_films_read_still_count() -> None:
    text = "LBP with L5 radiculopathy. Lumbar x-rays 1/10/26: L4-5 disc space narrowing."
    assert _lmri_005(text) == "met"


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Order MRI lumbar spine w/o contrast.", "mri"),
        ("Numbness both feet. Order EMG/NCS bilateral LE.", "other-imaging"),
        ("Schedule NCS R arm.", "other-imaging"),
        ("Numbness R hand. Refer for NCS.", "other-imaging"),
        ("Please obtain MRI L-spine w/o contrast.", "mri"),
        ("Knee pain. Order PT.", "physical-therapy"),
        ("Plan: order PT 2x/wk.", "physical-therapy"),
    ],
)
def test_other_tests_and_care_only_commanded_are_not_done(text: str, concept: str) -> None:
    found = _asserted(text, concept)
    assert found and not any(found), (text, found)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # The order's reason is the patient's: "for" ends what the command asks for.
        ("Order HST for snoring and witnessed apneas.", "sleep-symptom"),
        # The verb as a noun asks for nothing.
        ("Order date 2/25/26. MRI L-spine 1/5/26: L5-S1 HNP.", "mri"),
        ("Per order of Dr. Lee, she completed PT x 6 visits.", "physical-therapy"),
        ("Completed PT in order to return to work.", "physical-therapy"),
        # A study reported in its own sentence after the order.
        ("Order HST. HST 2/10/26: AHI 22.", "sleep-study"),
    ],
)
def test_what_a_command_does_not_ask_for_still_stands(text: str, concept: str) -> None:
    assert any(_asserted(text, concept)), text


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # (Not under "Job:", whose lifting is the job's demand: work_context.job_line.)
        ("Order selector - repetitive lifting 50-70 lb cases, floor to shoulder.", "lifting"),
        ("Schedule conflicts with work; still unable to lift > 20 lb.", "unable to lift"),
    ],
)
def test_the_verb_as_a_noun_leaves_what_follows_standing(text: str, words: str) -> None:
    found = [f for f in find_findings([NoteInput(ref="n", text=text)]) if f.text == words]
    assert found and all(not f.hypothetical for f in found), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("MRI ordered and completed 3/1 - shows L5 HNP.", "mri"),
        ("MRI ordered and completed 3/1 - shows L5 HNP.", "spine-imaging-lesion"),
        ("Lumbar x-rays ordered & completed 1/10: L4-5 DDD.", "x-ray"),
        ("PSG scheduled and completed 1/15/26.", "sleep-study"),
    ],
)
def test_an_order_its_own_words_say_was_carried_out_is_done(text: str, concept: str) -> None:
    assert any(_asserted(text, concept)), text


def test_an_order_carried_out_meets_the_sleep_study_item() -> None:
    assert _cpap_001("Snoring, witnessed apneas. PSG scheduled and completed 1/15/26.") == "met"


@pytest.mark.parametrize("text", ["MRI ordered.", "MRI ordered and pending."])
def test_an_order_alone_is_still_not_done(text: str) -> None:
    found = _asserted(text, "mri")
    assert found and not any(found), text
