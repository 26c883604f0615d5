"""Tests dated by their own words and studies of the wrong modality (blind wave 32).

DO/card-02: a March 2026 cardiology consult's "Prior testing: ECG 2023 at PCP reportedly normal
(not available)" met the stress echo's resting-ECG item (CARD-004, six months) on the consult's
date. An ECG, like an echo or a stress test, is done on a day: a statement that dates it is read
on that date, as diagnostic results are; one that says it runs on ("LBBB since 2019") is not.

DO/sps-02: a lumbar fusion's only MRI was 14 months old, and the flexion-extension radiograph's
"Grade 1 anterolisthesis unchanged between flexion and extension" met SPS-002, whose title asks
for an MRI or CT of the lesion. ``with_imaging: [mri, ct]`` keeps studies of those modalities.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_CONSULT_DAY = "2026-03-10"
_ECHO_ORDER = {"authoredOn": _CONSULT_DAY, "occurrenceDateTime": "2026-03-30"}


def _card_004(line: str) -> str:
    text = f"Cardiology visit. Dyspnea on exertion for 3 months.\n{line}\nPlan: stress echo."
    bundle = record("93351", _note("n1", _CONSULT_DAY, text), reason="R06.09", order=_ECHO_ORDER)
    return status(bundle, "CARD-004", as_of=date(2026, 3, 16))["status"]


@pytest.mark.parametrize(
    "line",
    [
        "Earlier workup: EKG in 2022 per outside records, said to be normal, not on file.",
        "ECG 11/2024 at urgent care: sinus rhythm.",
    ],
)
def test_an_ecg_the_note_dates_years_back_is_no_recent_resting_ecg(line: str) -> None:
    assert _card_004(line) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        "ECG today: normal sinus rhythm, no ST changes.",
        "EKG 02/20/2026: NSR, LVH by voltage.",
        "Known LBBB since 2019, present on today's tracing.",
    ],
)
def test_an_ecg_of_the_window_or_undated_still_counts(line: str) -> None:
    assert _card_004(line) == "met"


#: A radiology report (LOINC 18748-4), as an imaging result is filed.
_REPORT = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}]}}


def _report(ident: str, title: str, text: str, day: str) -> dict:
    extra = {**_REPORT, "description": title}
    return _note(ident, day, f"{title}\n{text}", extra=extra)


def _sps_002(*resources: dict) -> str:
    return status(record("22633", *resources, reason="M43.16"), "SPS-002")["status"]


def test_a_flexion_extension_radiograph_is_no_mri_or_ct_of_the_lesion() -> None:
    films = _report(
        "xr", "XR LUMBAR SPINE FLEXION/EXTENSION",
        "IMPRESSION: 5 mm L4 on L5 anterolisthesis, the same in flexion and extension.",
        "2026-02-10",
    )  # fmt: skip
    assert _sps_002(films) == "missing"


def test_an_mri_or_ct_of_the_lesion_still_counts() -> None:
    mri = _report(
        "mri", "MRI LUMBAR SPINE WITHOUT CONTRAST",
        "IMPRESSION: Grade 1 L4-5 anterolisthesis with severe central canal stenosis.",
        "2026-02-10",
    )  # fmt: skip
    assert _sps_002(mri) == "met"
    note = _note("n1", "2026-02-12", "Imaging: CT L-spine 2/1/26 shows grade 1 L4-5 listhesis.")
    assert _sps_002(note) == "met"
