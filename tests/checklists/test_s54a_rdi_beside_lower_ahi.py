"""An RDI that counts more than the apneas and hypopneas LCD L33718 counts (NCD 240.4: AHI, or
an RDI of apneas plus hypopneas per hour) is no qualifying index (blind wave 60, HS/cpap-02: a
PSG report "AHI 4.8/h ... RDI incl RERAs 9.1/h", the follow-up note "AHI 4.8, RDI 9").

Two readings: the note's RDI restates the report's RERA-counting one rounded or cut ("RDI 9"
for 9.1, the remark on the RERAs written between the name and the value); and an RDI written
beside a lower overall AHI of the same study counts something beyond them, whether or not the
note says what. A position's or a residual AHI on therapy is no overall AHI, and an RDI with no
lower AHI beside it is read as before."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave20_hypopnea_rule import _study

VISIT = _note("v", "2026-01-05", "51F snoring, witnessed apneas, daytime sleepiness, ESS 13.")


def _cpap(study: str, follow_up: str) -> str:
    note = _note("f", "2026-02-10", follow_up)
    resources = (VISIT, _study(study), note)
    bundle = record("E0601", *resources, reason="G47.33", order_type="DeviceRequest")
    return status(bundle, "CPAP-002")["status"]


@pytest.mark.parametrize(
    ("study", "follow_up"),
    [
        ("Diagnostic PSG. AHI 3.6/h. RDI incl RERAs 8.7/h.", "PSG: AHI 3.6, RDI 9. Start CPAP."),
        ("In-lab PSG. AHI 4.1/h; RDI (with RERAs) 7.4/h.", "Sleepy. RDI 7 on PSG. Try APAP."),
        ("PSG: AHI 2.9/h, RDI [AHI + RERA] 6.6/h.", "RDI 6.6 per PSG; CPAP trial."),
    ],
)
def test_a_note_restating_a_rera_counting_rdi_rounded_does_not_qualify(
    study: str, follow_up: str
) -> None:
    assert _cpap(study, follow_up) != "met"


@pytest.mark.parametrize(
    "follow_up",
    [
        "Sleep f/u. In-lab PSG 1/20: AHI 4.2, RDI 10.5 - borderline. Wants CPAP.",
        "PSG showed AHI <5 but RDI 11; very sleepy. Start auto CPAP.",
        "Study: AHI (4% rule) 3.9/h, RDI 8.0/h. Start CPAP.",
    ],
)
def test_an_rdi_above_the_ahi_beside_it_does_not_qualify(follow_up: str) -> None:
    assert _cpap("Polysomnography performed 1/20/2026; see note.", follow_up) != "met"


@pytest.mark.parametrize(
    "follow_up",
    [
        "PSG 1/20: RDI 12, sleepy. Start CPAP.",
        "PSG 1/20: supine AHI 3, RDI 12. Start CPAP.",
        "Now AHI 1.5 on CPAP; diagnostic RDI 12 (PSG 1/20).",
        "HST: AHI 12, RDI 11, sleepy. Start CPAP.",
    ],
)
def test_an_rdi_with_no_lower_overall_ahi_still_counts(follow_up: str) -> None:
    assert _cpap("Polysomnography performed 1/20/2026; see note.", follow_up) == "met"


def test_a_restated_rdi_a_whole_unit_away_is_another_reading() -> None:
    study = "Diagnostic PSG. AHI 3.6/h. RDI incl RERAs 8.7/h."
    assert _cpap(study, "Home sleep test 2/2026: RDI 12, sleepy. Start CPAP.") == "met"
