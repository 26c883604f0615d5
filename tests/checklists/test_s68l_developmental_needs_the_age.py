"""Every route to SLP-005's six-month re-evaluation needs a child under 7 (brief s68-l).

Ohio's developmental therapy is a child's from birth through six attaining skills not yet
achieved (OAC 5101:3-34-01.1(C), kept in 5160-8-32). A developmental diagnosis (F80.x, F88,
R62.x) or the note's "speech delay" said the kind of therapy but not the age, so a child of 9
with F80.2 re-evaluated 110 days ago was given six months: a false "met". The same child under
7 keeps six months; an unknown age is no ground for the longer clock.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_REEVAL = (
    "Speech-Language Re-Evaluation\nCELF-5 Core Language SS 72, PLS-5 Expressive SS 70.\n"
    "Goals (6 mo): 3-word utterances 80%. Plan: speech therapy 1x/wk 45 min."
)


def _bundle(
    born: str | None, reason: str = "F80.2", text: str = _REEVAL, service: str = "92508"
):
    # Re-evaluated 11/20/25, 101 days before 3/1/26: past 60, within six months.
    condition = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": reason}]},
        "recordedDate": "2025-06-02",
    }
    bundle = record(service, _note("e1", "2025-11-20", text), condition, reason=reason)
    if born:
        bundle["entry"][0]["resource"]["birthDate"] = born
    return bundle


@pytest.mark.parametrize("reason", ["F80.2", "F80.1", "F80.0", "F88", "R62.0"])
def test_a_developmental_code_under_7_has_six_months(reason: str) -> None:
    assert status(_bundle("2021-04-02", reason), "SLP-005")["status"] == "met"


@pytest.mark.parametrize("reason", ["F80.2", "F80.1", "F88", "R62.0"])
@pytest.mark.parametrize("born", ["2016-05-30", "2019-03-01", "1990-07-04", None])
def test_the_same_code_at_7_or_older_or_of_unknown_age_keeps_60_days(
    reason: str, born: str | None
) -> None:
    # 2019-03-01: seven on 3/1/26, the day scored (the service is 3/10/26).
    assert status(_bundle(born, reason), "SLP-005")["status"] != "met"


@pytest.mark.parametrize(
    "said",
    [
        "Hx: speech delay, late talker.",
        "Dx: developmental language delay.",
        "Not meeting speech milestones per parent.",
    ],
)
def test_the_note_s_wording_is_gated_by_age_too(said: str) -> None:
    text = f"{said}\n{_REEVAL}"
    assert status(_bundle("2021-04-02", "R48.8", text), "SLP-005")["status"] == "met"
    assert status(_bundle("2016-05-30", "R48.8", text), "SLP-005")["status"] != "met"
