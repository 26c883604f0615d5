"""A glargine order cancelled because the patient declined, and a visit note that only talked
insulin over, are no insulin treatment (CGM-001, LCD L33822; blind wave 64, IC/dme-cgm-02).

The note's "we talked about starting Lantus in April but she didn't want shots yet" is read by
notes/care_proposed.py (tests/notes/test_s64a_insulin_talked_over.py); here the whole item: the
cancelled MedicationRequest does not count either, and the same glargine order active does.
"""

from __future__ import annotations

from .test_judgement_wave21_past_insulin import _cgm

NOTE = (
    "S: DM f/u. Checks sugar daily, lows of 64 and 61 this spring, self-treated with juice. "
    "Not on insulin - we talked about starting Lantus in April but she didn't want shots yet."
)


def _glargine(status: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "glar",
        "status": status,
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "insulin glargine 100 unit/mL pen"},
        "authoredOn": "2026-01-02",
        "dosageInstruction": [{"text": "10 units subcutaneous nightly"}],
        "statusReason": {"text": "Patient declined - wants to try diet changes first"},
    }


def test_talk_and_a_cancelled_order_are_no_insulin_treatment() -> None:
    assert _cgm(NOTE, _glargine("cancelled")) != "met"


def test_the_same_order_active_is_insulin_treatment() -> None:
    assert _cgm(NOTE, _glargine("active")) == "met"


def test_insulin_taken_up_after_the_talk_counts() -> None:
    text = NOTE.replace("she didn't want shots yet", "she started it 1/10, now on 16 u nightly")
    assert _cgm(text) == "met"
