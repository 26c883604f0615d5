"""A vendor's ticked hospital-bed boxes the physician's narrative contradicts are no evidence of
the positioning need (blind wave 78, KN/dme-hospital-bed-03): the supplier's intake ticked
"[x] Requires positioning of body not feasible in ordinary bed" and "[x] Requires HOB elevation >
30 degrees" while the physician's note says the patient "Sleeps flat on 1 pillow, no SOB lying
down, no reflux, no wounds" and wants the bed for its height. Two things kept the ticks: the
narrative's flat lying was not read as a denial (tests/notes/test_s70g_lies_flat_denies_
positioning.py), and the bed order's own field "Head elevation: as needed" read as the need
stated, though "HOB elevation as needed" written in a sentence is a feature used at will
(not_evidence.AT_WILL; blind wave 21, BW/bed-03). A tick the narrative states or says nothing
of still counts (test_judgement_wave21_ticked_box.py)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

FORM = (
    "DME CERTIFICATE / VENDOR FORM - Hospital bed\n"
    "[x] Requires positioning of body not feasible in ordinary bed\n"
    "[x] Requires HOB elevation > 30 degrees\n[ ] Requires traction\nComments: ***\n"
    "Form completed by vendor intake; physician signature: (stamped)"
)
#: The bed order's features, as an EHR DME order sends them.
FEATURES = [
    {"code": {"text": "Head elevation"}, "valueCodeableConcept": {"text": "as needed"}},
    {"code": {"text": "Rails"}, "valueCodeableConcept": {"text": "half"}},
]


def _bed(narrative: str, features: list | None = None) -> str:
    notes = (_note("n1", "2026-02-20", narrative), _note("n2", "2026-02-22", FORM))
    order = {"parameter": features or FEATURES}
    bundle = record("E0260", *notes, reason="M17.0", order_type="DeviceRequest", order=order)
    return status(bundle, "BED-001")["status"]


@pytest.mark.parametrize(
    "narrative",
    [
        "S: 76M bilat knee OA. Bed too low. Sleeps flat on 1 pillow, no SOB lying down, no "
        "reflux, no wounds. A/P: difficulty with sit-to-stand from low bed.",
        "70F knee OA wants a bed that goes up. Lies flat without difficulty; no PND.",
        "COPD, stable. Tolerates lying flat. No orthopnea. Wants hospital bed like her sister's.",
        "Pt sleeps flat w/ one pillow, denies dyspnea laying down. Independent bed mobility.",
    ],
)
def test_ticks_the_narrative_contradicts_are_no_evidence(narrative: str) -> None:
    assert _bed(narrative) != "met"


def test_a_head_elevation_field_used_at_will_states_no_need() -> None:
    # The form contradicted by "no orthopnea" alone: the order's field must not keep it.
    assert _bed("Knee OA, bed too low. No orthopnea, no SOB lying flat, no wounds.") != "met"


@pytest.mark.parametrize(
    "narrative",
    [
        "CHF: can't lie flat, sleeps in recliner; pillows slide. Needs HOB 30-45 deg.",
        "Hospital bed requested; see vendor form.",
        "Sleeps flat but wakes choking on secretions, aspiration risk per SLP.",
    ],
)
def test_ticks_the_narrative_states_or_leaves_open_still_count(narrative: str) -> None:
    assert _bed(narrative) == "met"
