"""An RDI a note restates from a study whose report counts RERAs in it (blind wave 54,
GU/cpap-02). LCD L33718 counts apneas and hypopneas, not respiratory effort-related arousals:
a PSG giving "AHI 3.8/h; RERA index 5.6; RDI 9.4" has no qualifying index, and a later note's
"AHI under 5 but RDI 9.4, sleepy" is the same RERA-counting RDI. An RDI of another value, or one
no RERA-counting text gives, is read as before."""

from __future__ import annotations

from .test_judgement import _note, record, status
from .test_judgement_wave20_hypopnea_rule import _study

VISIT = _note("v", "2026-01-05", "44M loud snoring, excessive daytime sleepiness, ESS 14.")


def _cpap(study: str, follow_up: str) -> str:
    note = _note("f", "2026-02-10", follow_up)
    resources = (VISIT, _study(study), note)
    bundle = record("E0601", *resources, reason="G47.33", order_type="DeviceRequest")
    return status(bundle, "CPAP-002")["status"]


def test_a_note_restating_a_rera_counting_rdi_does_not_qualify():
    study = "In-lab PSG. AHI 3.8/h. RERA index 5.6, RDI 9.4. Impression: UARS."
    assert _cpap(study, "PSG AHI under 5 but RDI 9.4, sleepy. Start CPAP.") != "met"


def test_an_rdi_no_rera_counting_text_gives_still_counts():
    study = "In-lab PSG. AHI 3.8/h. RERA index 5.6, RDI 9.4. Impression: UARS."
    assert _cpap(study, "Home sleep test 2/2026: RDI 12, sleepy. Start CPAP.") == "met"
    assert _cpap("In-lab PSG. AHI 8.1/h, RDI 9.4.", "PSG RDI 9.4, sleepy. Start CPAP.") == "met"
