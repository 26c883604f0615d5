"""A recent note that restates an old result dates it by the result's own date, not the note's
(blind wave 65): "School eval (outside records, 3/2023): CELF-5 Core Language SS 71" in a
December 2025 evaluation (IK/therapy-speech-language-03) is a score of 2023, "Immunizations: Tdap
2022, flu 10/2025, PPD neg 2019 (college)" a PPD of 2019 though the flu's date is nearer
(IM/infliximab-01), and "xrays from last January" in a February 2026 note the film of January
2025 (IL/tka-03). A test not yet given ("CELF-5 not yet given - will attempt next month") is no
score. A result of the visit, or dated in the window, still counts; so does one whose own clause
says it was done that day while another clause names an old date.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _slp002(text: str) -> str:
    bundle = record("92508", _note("e1", "2026-02-20", text), reason="F80.2")
    return status(bundle, "SLP-002")["status"]


def _inf003(text: str) -> str:
    bundle = record("J1745", _note("n1", "2026-02-24", text), reason="K50.90")
    return status(bundle, "INF-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "School eval (outside records, 3/2023): CELF-5 Core Language SS 71.",
        "CELF-5 (school, 2023): core language SS 71.",
        "Prior testing 5/2022 - PLS-5 total language SS 68.",
        "Outside records: GFTA-3 standard score 70 (tested 2021).",
        "CELF-5 given 3/14/2023 at school: SS 71.",
        "CELF-5 not yet given - will attempt next month (pt fatigued).",
        "CELF-5 not given today, pt fatigued.",
        "PLS-5 not yet administered.",
        "CELF-5 yet to be administered.",
    ],
)
def test_an_old_or_ungiven_test_is_no_score_of_the_evaluation(text: str) -> None:
    assert _slp002(text) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "CELF-5 administered today: Core Language SS 71.",
        "CELF-5 given 2/10/26: SS 71.",
        "Seen by school SLP 2019, CELF-5 today SS 71.",
        "Testing (2/2026): PLS-5 total SS 68.",
    ],
)
def test_a_score_of_the_visit_or_the_window_counts(text: str) -> None:
    assert _slp002(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Immunizations: Tdap 2022, flu 10/2025, PPD neg 2019 (college).",
        "Vaccines: flu 10/2025, PPD negative 2019.",
        "Screening: HBsAg neg 2/2026, QFT neg 2024.",
        "Hep B neg 2/20/26, PPD neg 2018 (nursing school).",
    ],
)
def test_an_old_tb_test_listed_beside_recent_dates_is_old(text: str) -> None:
    assert _inf003(text) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "TB: QuantiFERON neg 2/20/2026.",
        "Flu 10/2019, QFT neg 2/20/26.",
        "PPD 2019 positive, QFT today negative.",
        "Labs: QFT-Plus neg 2/2026, HBsAg neg.",
    ],
)
def test_a_recent_tb_test_still_counts(text: str) -> None:
    assert _inf003(text) == "met", text
