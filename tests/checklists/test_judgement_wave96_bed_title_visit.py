"""The ordering neurologist's note on the order's day, headed by its specialty's name alone, is the
face-to-face visit (BED-002; blind wave 96, NG/bed-02: "Neurology. MS w/ spastic paraparesis.
Painful spasms, cannot reposition self ... Plan: hospital bed, HOB 30, turn q2h.", written on
2026-09-29, the day of the written order, by its requester; no Encounter, no exam heading).

The day of the written order is inside "the six months before" it (NCD 280.7; the DME
face-to-face rule: within six months prior to the written order, that day included): a visit
that day counts, charted as an Encounter or told by the note. What was missing was any sign of
a visit: the note's title "Neurology." now is one (targets.yaml, notes/specialty_titles.py).
Near misses: the same note seven months before the order, a telephone note, a specialty named
in a list after the note's first words.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

BED = "E0265"
ORDER_DAY = "2026-09-29"
NEED = (
    "MS (not mitral stenosis) w/ spastic paraparesis. Painful spasms, cannot reposition self; "
    "needs HOB elevated 30 deg for aspiration risk.\nPlan: hospital bed, HOB 30, turn q2h."
)


def _bed02(*resources: dict) -> str:
    order = {
        "authoredOn": ORDER_DAY,
        "occurrenceDateTime": "2026-10-12",
        "requester": {"reference": "Practitioner/dr"},
    }
    bundle = record(BED, *resources, reason="G35.D", order_type="DeviceRequest", order=order)
    return status(bundle, "BED-002", service=BED, as_of=date(2026, 10, 5))["status"]


@pytest.mark.parametrize(
    "text",
    [f"Neurology. {NEED}", f"NEUROLOGY\n{NEED}", f"Physiatry.\n{NEED}"],
)
def test_a_note_titled_by_its_specialty_on_the_order_s_day_is_the_visit(text: str) -> None:
    assert _bed02(_note("n1", ORDER_DAY, text)) == "met"


def test_an_encounter_on_the_order_s_day_is_inside_the_six_months() -> None:
    encounter = {
        "resourceType": "Encounter",
        "id": "e1",
        "status": "finished",
        "class": {"code": "AMB"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": ORDER_DAY, "end": ORDER_DAY},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }
    assert _bed02(encounter, _note("n1", ORDER_DAY, NEED)) == "met"


@pytest.mark.parametrize(
    ("day", "text"),
    [
        ("2026-02-20", f"Neurology. {NEED}"),  # seven months before the order
        (ORDER_DAY, f"Neurology telephone note. {NEED}"),
        (ORDER_DAY, f"{NEED}\nReferrals: Cardiology. Neurology."),
        (ORDER_DAY, f"Neurology: f/u 3 mo. {NEED}"),
    ],
)
def test_near_misses_stay_missing(day: str, text: str) -> None:
    assert _bed02(_note("n1", day, text)) == "missing"
