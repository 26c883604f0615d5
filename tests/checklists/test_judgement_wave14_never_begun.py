"""Care only referred or ordered is no care, and how long relief lasted is no course (blind wave
14, AS/lmri-02): "Was referred to PT at last visit 2/2 but never scheduled" started an episode on
2/2, and "Finished the prednisone burst, helped for a few days" made the burst run for days up to
the note. A referral that never began is no piece of the episode; "helped for a few days" is the
relief's length, not the drug's."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _lumbar(*texts: tuple[str, str]) -> dict:
    notes = [_note(f"n{i}", when, text) for i, (when, text) in enumerate(texts)]
    return record("72148", *notes)


def test_care_referred_but_never_begun_is_no_care():
    for text in (
        'Was referred to PT at last visit 1/5 but never scheduled - "couldn\'t get off work".',
        "PT ordered 1/5/26, pt never went.",
        "PT referral placed 1/5/26 - never scheduled.",
        "Naproxen prescribed 1/5/26 but never filled.",
    ):
        bundle = _lumbar(("2026-02-25", text + " Naproxen 500 BID started today."))
        assert status(bundle, "LMRI-003")["status"] != "met", text


def test_care_that_happened_beside_a_referral_never_begun_still_counts():
    for text in (
        "PT 1/5/26-2/20/26, no better; referred to pain mgmt but never scheduled.",
        "Naproxen 500 BID 1/5/26-2/20/26, no relief; PT ordered but pt never went.",
    ):
        assert status(_lumbar(("2026-02-25", text)), "LMRI-003")["status"] == "met", text


def test_how_long_relief_lasted_is_not_how_long_care_ran():
    burst = {
        "resourceType": "MedicationRequest",
        "id": "burst",
        "status": "completed",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "authoredOn": "2026-01-05",
        "medicationCodeableConcept": {"text": "predniSONE 20 MG Oral Tablet"},
        "dosageInstruction": [{"text": "40 mg daily x 5 days"}],
    }
    for text in (
        "Finished the prednisone burst, helped for a few days.",
        'Finished prednisone burst with good relief "for about 2 weeks".',
    ):
        bundle = record("72148", burst, _note("n1", "2026-02-25", text))
        assert status(bundle, "LMRI-003")["status"] != "met", text


def test_a_course_written_beside_its_relief_keeps_its_weeks():
    for text in (
        "Naproxen 500 BID x 8 wks, helped for a few days only.",
        "No relief with PT for 8 weeks.",
    ):
        assert status(_lumbar(("2026-02-25", text)), "LMRI-003")["status"] == "met", text
