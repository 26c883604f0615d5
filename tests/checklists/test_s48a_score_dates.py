"""Checklist items a pain score read as a day decided wrongly (s48-a).

- LMRI-002 / IPN-001 (symptoms for six / four weeks): "pain went from 9/10 to 6/10" was pain
  "since September 10th", months of symptoms the note never states.
- IPN-007 (a baseline pain score within 90 days): "pain level of 6/10" dated its statement to
  June 10th of the year before, out of the window.
- IPN-009 (a repeat epidural's prior relief, LCD L39240): "pain back to 7/10 after the shot
  wore off" dated an undated prior epidural to July 10th, so the item applied to it.
- BAR-001 (a BMI within 12 months): a BMI "400 days ago" is more than a year old.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 1)


def _item(code: str, item: str, text: str, reason: str = "M54.16") -> str:
    bundle = record(code, _note("n1", "2026-02-20", text), reason=reason)
    return status(bundle, item, as_of=AS_OF)["status"]


def test_a_fall_in_pain_is_no_onset() -> None:
    text = "Sciatica down the R leg; pain went from 9/10 to 6/10 with a medrol pack."
    assert _item("72148", "LMRI-002", text) != "met"
    assert _item("64483", "IPN-001", text) != "met"
    dated = "Sciatica down the R leg since 12/20/25; pain 9/10."
    assert _item("72148", "LMRI-002", dated) == "met"


def test_a_pain_level_is_today_s_baseline() -> None:
    text = "Radicular pain into the R calf. Pain level of 6/10 with standing."
    assert _item("64483", "IPN-007", text) == "met"


def test_a_pain_score_does_not_date_an_earlier_epidural() -> None:
    text = (
        "Radicular LBP. Prior R L5-S1 TFESI: 70% relief for 2 months, "
        "pain back to 7/10 after the shot wore off."
    )
    assert _item("64483", "IPN-009", text) == "not_applicable"


def test_a_bmi_said_to_be_days_old() -> None:
    old = "BMI 44 measured at an outside clinic about 400 days ago; not weighed today."
    assert _item("43775", "BAR-001", old, reason="E66.01") != "met"
    recent = "BMI 44 measured at an outside clinic 40 days ago."
    assert _item("43775", "BAR-001", recent, reason="E66.01") == "met"


def _radiculopathy(onset: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M54.16"}]},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "onsetDateTime": onset,
    }


def test_how_long_an_epidural_helped_is_no_onset() -> None:
    # Once "from 9/10" is no day, the relief's "for about 2 weeks" is the only time the note
    # gives; it times the relief, and the problem list's onset months ago stands.
    note = _note(
        "n1",
        "2026-02-20",
        "s/p R L5 TFESI 1/8/26: leg pain went from 9/10 to 5/10 (about 40% better) for about "
        "2 weeks, then back to baseline.",
    )
    bundle = record("64483", _radiculopathy("2025-09-15"), note)
    assert status(bundle, "IPN-001", as_of=AS_OF)["status"] == "met"
