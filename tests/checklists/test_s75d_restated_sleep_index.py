"""A sleep index a later note restates without a date of its own is its study's, with its date
(brief s75-d, blind wave 88, LZ/cpap-03): the only study of the 12 months was a home test with
REI 4.9, the AHI 22 polysomnogram was of 11/2024, and a letter of medical necessity's "moderate
obstructive sleep apnea (AHI 22 on polysomnography)" met CPAP-002 by the letter's date.

The same value given earlier (a note dating its study, a coded result, a note that restated it in
turn), or the study of the kind the statement names dated outside the window, dates the index.
Near misses stay met: a restated index whose study is in the window, one its statement dates ("AHI
22 on PSG 1/2026"), a new study's own report, a repeat told anew, and an index of another value
than the old study's (a new study the record holds only as this statement).
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_HST = {
    "resourceType": "DiagnosticReport",
    "id": "hst",
    "status": "final",
    "code": {"text": "Home sleep apnea test"},
    "subject": {"reference": "Patient/p"},
    "effectiveDateTime": "2026-01-19",
    "conclusion": "HSAT 1/19/2026: REI 4.9/h (35 events). Below diagnostic threshold.",
}
_OLD_VISIT = _note(
    "v1", "2025-12-15",
    "HPI: 64M with h/o OSA dx 11/2024 on PSG (AHI 22), never started CPAP. ESS 13, HTN.\n"
    "A/P: prior study >12 mo -> repeat HST before ordering PAP.",
)  # fmt: skip
_VISIT = _note("v1", "2025-12-15", "HPI: 64M snoring, ESS 13, HTN. A/P: repeat HST.")


def _coded(ident: str, kind: str, day: str, **more: object) -> dict:
    """A coded study or result of ``day``."""
    return {
        "resourceType": kind,
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": day,
        **more,
    }


def _cpap(*resources: dict, item: str = "CPAP-002") -> str:
    bundle = record(
        "E0601", *resources, reason="G47.33", order_type="DeviceRequest",
    )  # fmt: skip
    return status(bundle, item)["status"]


def _letter(text: str, day: str = "2026-02-11") -> dict:
    return _note("lmn", day, f"LETTER OF MEDICAL NECESSITY\nTo CareSource: {text}")


@pytest.mark.parametrize(
    "said",
    [
        "Mr. B has moderate obstructive sleep apnea (AHI 22 on polysomnography) and requires CPAP.",
        "Per PSG, AHI 22 - moderate OSA. Please approve E0601.",
        "Moderate OSA with AHI of 22/hr; CPAP is medically necessary.",
        "Diagnosis: OSA, AHI 22 on sleep study.",
    ],
)
def test_an_index_restated_from_an_old_note_s_dated_study_does_not_qualify(said: str) -> None:
    assert _cpap(_OLD_VISIT, _HST, _letter(said)) != "met", said
    # CPAP-001 asks only that a study was done in the 12 months: the home test was.
    assert _cpap(_OLD_VISIT, _HST, _letter(said), item="CPAP-001") == "met"


def test_an_index_restated_through_a_note_that_restated_it_takes_the_first_study() -> None:
    summary = _note("s", "2026-01-30", "Sleep f/u: OSA (AHI 22). HST REI 4.9 - technically normal.")
    assert _cpap(_OLD_VISIT, _HST, summary, _letter("OSA, AHI 22 on PSG.")) != "met"


def test_an_index_equal_to_an_old_coded_result_is_that_result() -> None:
    ahi = _coded("ahi", "Observation", "2024-11-02", code={"text": "Apnea hypopnea index"},
                 valueQuantity={"value": 22, "unit": "/h"})  # fmt: skip
    assert _cpap(_VISIT, _HST, ahi, _letter("Moderate OSA (AHI 22 on polysomnography).")) != "met"


@pytest.mark.parametrize(
    "study",
    [
        _coded("psg", "DiagnosticReport", "2024-11-02", code={"text": "Polysomnography"}),
        {
            "resourceType": "Procedure",
            "id": "psg",
            "status": "completed",
            "subject": {"reference": "Patient/p"},
            "performedDateTime": "2024-11-02",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "95810"}]},
        },
        _note("old", "2025-12-20", "Records reviewed: OSA diagnosed on PSG 11/2024 elsewhere."),
    ],
)
def test_an_index_of_the_named_kind_of_study_takes_that_study_s_date(study: dict) -> None:
    letter = _letter("Moderate OSA (AHI 22 on polysomnography); requires CPAP.")
    assert _cpap(_VISIT, _HST, study, letter) != "met"


@pytest.mark.parametrize(
    ("visit", "said"),
    [
        # The restated study is in the window.
        (
            _note("v1", "2025-12-15", "PSG 9/2025 showed AHI 22. ESS 13."),
            "Moderate OSA (AHI 22 on polysomnography).",
        ),
        # The statement dates its own study.
        (_OLD_VISIT, "Moderate OSA, AHI 22 on PSG 1/2026."),
        # A new study told anew.
        (_OLD_VISIT, "A new PSG this month showed AHI 22, moderate OSA."),
        # Another value than the old study's: a study the record holds only as this statement.
        (
            _note("v1", "2025-12-15", "OSA dx 11/2024 on PSG (AHI 40). ESS 13."),
            "Moderate OSA (AHI 22 on polysomnography).",
        ),
        # No earlier study of any kind or value to restate.
        (_VISIT, "Moderate OSA (AHI 22 on polysomnography)."),
    ],
)
def test_an_index_of_a_study_in_the_window_or_told_anew_still_qualifies(
    visit: dict, said: str
) -> None:
    assert _cpap(visit, _HST, _letter(said)) == "met", said


def test_a_new_study_s_own_report_qualifies_beside_the_old_one() -> None:
    psg = _coded("psg2", "DiagnosticReport", "2026-02-01", code={"text": "Polysomnography"},
                 conclusion="Attended PSG: AHI 22/h. Moderate OSA.")  # fmt: skip
    assert _cpap(_OLD_VISIT, psg, _letter("Moderate OSA (AHI 22 on polysomnography).")) == "met"
