"""A CPAP not tolerated on the titration night alone is no CPAP trial proven ineffective (LCD
L33718: the therapy's goal not met in the titration or at home despite a proper mask and
pressures). Blind wave 49, GF/cpap-03: "intolerant of CPAP pressures during titration night;
requesting BiPAP", the home trial declined. A titration that found CPAP not working, or a home
trial that failed, still counts."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _cpap006(text: str) -> str:
    order = {"authoredOn": "2026-10-20", "occurrenceDateTime": "2026-11-02"}
    note = _note("n1", "2026-10-15", f"Sleep clinic f/u. Severe OSA. {text} Plan: bilevel 16/12.")
    bundle = record("E0470", note, reason="G47.33", order_type="DeviceRequest", order=order)
    return status(bundle, "CPAP-006", as_of=date(2026, 10, 22))["status"]


def test_a_titration_night_s_discomfort_alone_is_no_failed_trial() -> None:
    assert _cpap006("Could not tolerate CPAP at the titration, asked for bilevel.") != "met"
    assert _cpap006("CPAP intolerance in the lab; wants BiPAP instead.") != "met"


@pytest.mark.parametrize(
    "text",
    [
        "CPAP ineffective during titration (AHI 28 at 17 cm), not tolerated.",
        "CPAP failed at titration (could not exhale against it); bilevel corrected events.",
        "Could not tolerate CPAP at home x 6 wks despite mask refits.",
        "Could not tolerate CPAP, mask leak and claustrophobia.",
    ],
)
def test_a_cpap_shown_not_working_or_failed_at_home_counts(text: str) -> None:
    assert _cpap006(text) == "met"
