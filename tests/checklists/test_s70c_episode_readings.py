"""A saturation a note tells as an earlier episode's is that episode's test (blind wave 75).

KA/dme-home-oxygen-03: a COPD patient's pulmonary follow-up of 3/10/2026 read "recovered from
Nov pneumonia (ED SpO2 87% then)", then "Rest RA 89%, 6MWT: lowest 90% RA", no edema, a normal
echo and a hematocrit of 44. The ED's 87% (charted 11/8/2025) restated in the note was read as a
test of 3/10, so the day's tests "together" qualified and OXY-001 was met. LCD L33797 asks for
the test at the time of need; the project reads that as the newest test qualifying (a later
non-qualifying one means the earlier value is not this illness's). A reading the note places in
an earlier episode (the ED, an admission, "then", "at that time") is that episode's: dated by the
equal value charted on an earlier day, else by the month its statement names.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_VISIT = "2026-03-10"
_AS_OF = date(2026, 3, 16)
_LOINC = "http://loinc.org"


def _spo2(ident: str, day: str, value: float, remark: str = "RA") -> dict:
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": _LOINC, "code": "59408-5"}]},
        "effectiveDateTime": day,
        "valueQuantity": {"value": value, "unit": "%"},
        "note": [{"text": remark}],
    }


_ED_87 = _spo2("o0", "2025-11-08", 87, "ED triage, RA, CAP.")
_TODAY_89 = _spo2("o1", _VISIT, 89, "Rest RA.")


def _oxy_001(said: str, *resources: dict) -> str:
    text = (
        f"Pulm f/u. 65F COPD GOLD 3. {said}\nRest RA 89%, 6MWT: lowest 90% RA. No edema. "
        "Echo 1/2026 normal RV. Hct 44.\nA/P: COPD. Order concentrator 2 L PRN exertion."
    )
    order = {"authoredOn": _VISIT, "occurrenceDateTime": "2026-03-20"}
    bundle = record(
        "E1390", _note("n1", _VISIT, text), *resources,
        reason="J44.9", order_type="DeviceRequest", order=order,
    )  # fmt: skip
    return status(bundle, "OXY-001", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Recovered from Nov pneumonia (ED SpO2 87% then).",
        "Had pneumonia in November; O2 sat was 87% at the ED.",
        "ED visit for CAP - SpO2 87% RA at that time.",
        "During her admission for CAP sats were 87% on RA.",
        "s/p CAP, sat 87% RA in ER, since recovered.",
        "Was hospitalized w/ pneumonia, spo2 87% on admission.",
    ],
)
def test_the_eds_reading_charted_months_ago_is_no_test_of_this_visit(said: str) -> None:
    assert _oxy_001(said, _ED_87, _TODAY_89) in {"missing", "partial"}


@pytest.mark.parametrize(
    "said",
    [
        "Recovered from Nov pneumonia (ED SpO2 87% then).",
        "Dec ED visit for COPD flare: sat 87% RA at the time.",
    ],
)
def test_the_month_its_statement_names_dates_it_with_nothing_charted(said: str) -> None:
    assert _oxy_001(said, _TODAY_89) in {"missing", "partial"}


@pytest.mark.parametrize(
    "said",
    [
        # Today's own reading, though 87% was charted in the ED before: no episode told.
        "SpO2 87% RA at rest today.",
        # A sequence, not a past episode: "then" followed by the next reading.
        "Walk test: SpO2 87% RA then 85% after 3 min.",
    ],
)
def test_a_reading_of_this_visit_still_qualifies(said: str) -> None:
    assert _oxy_001(said, _ED_87, _TODAY_89) == "met"
