"""A bare coded saturation its day's note gives on oxygen is no qualifying test (session s88).

Blind wave 103, OD/o2-03: the chart held 'Oxygen saturation by pulse oximetry: 88 %' with no
inhaled-oxygen component or comment; the visit's note said "SpO2 91% RA at rest. On arrival she
was wearing sister's tank at 2L - SpO2 88% on 2L (came in on it)". OXY-001 took the 88% as a
Group I test; NCD 240.2 / LCD L33797 qualify on a room-air test, and a saturation on 2 L/min
shows the oxygen working. The Observation is now the note's reading, on oxygen
(checklists/noted_on_oxygen.py). Near misses keep it: the note gives the value on room air, on
another day, a different value, a reading it only supposes, or oxygen used at another time.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.room_air import note_reading_on_oxygen
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_LOINC = "http://loinc.org"
_DAY = "2026-11-20"
_AS_OF = date(2026, 12, 1)


def _obs(ident: str, value: float, day: str = _DAY, *, code: str = "59408-5",
         unit: str = "%", **extra: object) -> dict:  # fmt: skip
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": _LOINC, "code": code}]},
        "effectiveDateTime": day,
        "valueQuantity": {"value": value, "unit": unit},
        **extra,
    }


def _oxy_001(*resources: dict) -> str:
    bundle = record(
        "E1392",
        *resources,
        reason="J84.10",
        order_type="DeviceRequest",
        order={"authoredOn": _DAY, "occurrenceDateTime": "2026-12-08"},
    )
    report = score_bundle(bundle, as_of=_AS_OF)
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the case's wording (a relative's tank: ConText reads "sister's" as family)
        (
            "O: SpO2 91% RA at rest. On arrival she was wearing sister's tank at 2L - SpO2 88% "
            "on 2L (came in on it). Ambulatory test on RA: not done.",
            88,
        ),
        ("Vitals: BP 128/76, HR 92. Sat 88% on 2 L NC at rest.", 88),
        ("O2 sat 87% while wearing his 3 L concentrator.", 87),
        ("Exam: on 2L NC: SpO2 88%. Lungs with bibasilar crackles.", 88),
        ("SpO2 86% seated. Note: on 2 L NC.", 86),
    ],
)
def test_a_coded_saturation_the_note_gives_on_oxygen_does_not_qualify(text, value):
    assert _oxy_001(_note("n1", _DAY, text), _obs("o1", value)) != "met"


def test_the_case_s_room_air_value_beside_it_does_not_qualify_either():
    text = (
        "O: SpO2 91% RA at rest. On arrival she was wearing sister's tank at 2L - SpO2 88% on 2L "
        "(came in on it). No edema. Hct 42."
    )
    assert _oxy_001(_note("n1", _DAY, text), _obs("o2", 91), _obs("o3", 88)) != "met"


def test_a_blood_gas_the_note_gives_on_oxygen_does_not_qualify():
    text = "ABG on 2 L NC: PaO2 54, PaCO2 44, pH 7.41."
    obs = _obs("g1", 54, code="2703-7", unit="mm[Hg]")
    assert _oxy_001(_note("n1", _DAY, text), obs) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "O: SpO2 88% RA at rest.",  # the same value on room air
        "SpO2 88% at rest. Uses 2 L at night per her sleep study.",  # oxygen at another time
        "6MWT on RA: nadir 88% at 4 min; with 2 L NC 93%.",  # exercise, room-air desaturation
        "If SpO2 88% on 2L again, will titrate up.",  # supposed, not taken
        "SpO2 93% on 2L NC.",  # another value on oxygen
        "Pulmonary follow-up. Dyspnea on exertion. Lungs clear.",  # no reading given
    ],
)
def test_a_coded_saturation_the_note_does_not_give_on_oxygen_still_qualifies(text):
    assert _oxy_001(_note("n1", _DAY, text), _obs("o1", 88)) == "met"


def test_a_reading_on_oxygen_of_another_day_is_another_reading():
    note = _note("n0", "2026-10-02", "Hospital follow-up. SpO2 88% on 2L NC.")
    assert _oxy_001(note, _obs("o1", 88)) == "met"


def test_an_observation_that_names_room_air_keeps_its_own_condition():
    code = {"coding": [{"system": _LOINC, "code": "59408-5"}], "text": "SpO2 on room air"}
    obs = {**_obs("o1", 88), "code": code}
    assert _oxy_001(_note("n1", _DAY, "SpO2 88% on 2L."), obs) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "SpO2 88% at rest then placed on 2 L NC.",
        "SpO2 88% -> placed on 2L with improvement to 94%.",
        "SpO2 88% seated, started on 2 L NC.",
    ],
)
def test_oxygen_put_on_after_the_reading_leaves_it_on_room_air(text):
    """The oxygen put on after the reading is a later reading's condition: the room-air value
    still qualifies, in the note and as the coded Observation it restates."""
    assert not note_reading_on_oxygen(text, "SpO2")
    assert _oxy_001(_note("n1", _DAY, text), _obs("o1", 88)) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "SpO2 88% on 2L started last week.",  # the oxygen on, named before 'started'
        "SpO2 88% on 2 L NC, then placed on 4 L.",
        "Seen in ED: SpO2 88% (then on 2 L).",  # 'then' as 'at that time'
    ],
)
def test_oxygen_on_at_the_reading_stays_its_condition(text):
    assert note_reading_on_oxygen(text, "SpO2")
    assert _oxy_001(_note("n1", _DAY, text), _obs("o1", 88)) != "met"
