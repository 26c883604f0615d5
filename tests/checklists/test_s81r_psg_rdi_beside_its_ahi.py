"""On a polysomnogram the AHI decides (NCD 240.4, LCD L33718): an attended study's RDI adds the
RERAs, so a PSG report or note that gives the study's overall AHI has no other qualifying figure,
though the RDI stands in another sentence (blind wave 96, ND/cpap-02: "Diagnostic PSG 5/13/2026:
TST 392 min. AHI 4.9/h (4% hypopnea rule), 32 events. RDI 7.1.").

Near misses read as before: a home test's RDI (its apneas and hypopneas per recording hour), a PSG
that gives only an RDI, a PSG's AHI of a position or on therapy, and a home test's RDI written after
an older PSG's AHI in the same note."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave20_hypopnea_rule import _study

VISIT = _note("v", "2026-01-05", "51F snoring, witnessed apneas, daytime sleepiness, ESS 13.")


def _cpap(study: str) -> str:
    bundle = record("E0601", VISIT, _study(study), reason="G47.33", order_type="DeviceRequest")
    return status(bundle, "CPAP-002")["status"]


@pytest.mark.parametrize(
    "study",
    [
        "Diagnostic PSG 1/13/2026: TST 392 min. AHI 4.9/h (4% hypopnea rule), 32 events. RDI 7.1.",
        "Polysomnography 1/13/2026. AHI 3.2 events/hr. Arousal index 14. RDI 8.4. Impression: "
        "no significant OSA.",
        "In-lab PSG\nAHI: 4.1\nSupine AHI: 9.0\nRDI: 11.2",
        "Split-night polysomnogram, diagnostic portion. AHI 2.8/h. Nadir SpO2 90%. "
        "RDI 6.9/h.",
    ],
)
def test_a_psg_rdi_beside_its_overall_ahi_in_another_sentence_does_not_qualify(
    study: str,
) -> None:
    assert _cpap(study) != "met"


@pytest.mark.parametrize(
    "study",
    [
        "Home sleep apnea test 1/13/2026. Recording time 401 min. RDI 7.1. Nadir 86%.",
        "HSAT 1/13/2026: RDI 16.2/h. Moderate OSA.",
        "Diagnostic PSG 1/13/2026: TST 380 min. RDI 12.4. Impression: mild-moderate OSA.",
        "PSG 1/13/2026: TST 380 min. Supine AHI 3.0. RDI 12.4.",
        "Prior PSG 2023: AHI 3.2. HST 1/13/2026: RDI 9.4, nadir 84%.",
    ],
)
def test_a_home_test_rdi_or_a_psg_giving_only_an_rdi_still_counts(study: str) -> None:
    assert _cpap(study) == "met"
