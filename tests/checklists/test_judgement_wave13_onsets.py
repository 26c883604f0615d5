"""Blind wave 13 (AO/lmri-01): only a real onset statement dates a newer episode (onsets.py). A
new symptom within the episode ("now numbness x 2 wks") or the date of another event in the
statement ("d/c 3/3") is not when the complaint began."""

from __future__ import annotations

from .test_judgement import _note, record, status

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"


def _condition(onset: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "radic",
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": "M54.16"}]},
        "subject": {"reference": "Patient/p"},
        "onsetDateTime": onset,
    }


def _duration(text: str, onset: str = "2026-01-10") -> str:
    bundle = record("72148", _condition(onset), _note("n1", "2026-02-25", text))
    return status(bundle, "LMRI-002")["status"]


def test_a_new_symptom_within_the_episode_is_not_its_onset():
    followup = (
        "f/u L leg pain. done 6 wks PT (d/c 2/20 no better per PT summary), naproxen BID ~6 wks "
        "w/ min relief. now numbness top of L foot x 2 wks."
    )
    assert _duration(followup) == "met"
    worse = "Back and L leg pain, worse x 1 wk, now also L foot tingling x 3 days."
    assert _duration(worse) == "met"


def test_a_date_of_another_event_is_not_the_onset_the_duration_gives():
    # Five weeks before the 2/25 note is 1/21; "d/c 2/20" is when therapy ended.
    said = "done PT (d/c 2/20 no better), L leg pain x 5 wks."
    bundle = record("72148", _condition("2026-01-20"), _note("n1", "2026-02-25", said))
    searched = status(bundle, "LMRI-002")["searched"]
    assert "states the onset as 2026-01-21" in searched, searched


def test_a_newer_episode_s_own_onset_still_governs():
    # Wave 12's rule stands: the newest note dates a new episode.
    assert _duration("L leg pain since 2/14/2026 after lifting a box.", onset="2019-06-01") != "met"
    assert _duration("Radiating L leg pain x 2 wks.", onset="2019-06-01") != "met"
    new = "New L leg pain x 2 wks; back pain in 2019 resolved."
    assert _duration(new, onset="2019-06-01") != "met"
