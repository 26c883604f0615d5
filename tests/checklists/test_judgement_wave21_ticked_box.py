"""A ticked form box the narrative contradicts is no evidence (blind wave 21, BW/bed-03; WAVE-20
brief: template defaults that contradict the narrative). Office staff filled a hospital bed
checklist for the supplier, ticking '[X] Patient has a medical condition which requires
positioning of the body in ways not feasible in an ordinary bed', while the clinician's note
says 'reflux well controlled' on a foam wedge pillow, 'no aspiration', 'no pressure injuries'.
The narrative denies the positioning need and nowhere states it, so the tick is a template
default. A tick the narrative also states, or says nothing of, still counts; so does a form
whose own empty boxes are all that 'deny' it."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

DENIED = (
    "56M chronic LBP, GERD. Pt requests a hospital bed. GERD: sleeps on foam wedge pillow, "
    "reflux well controlled, no aspiration, no nocturnal cough. No pressure injuries. "
    "Independent ADLs."
)
FORMS = [
    "<h3>DME Hospital Bed Medical Necessity Checklist</h3><table border=1><tr><td>[X]</td><td>"
    "Patient has a medical condition which requires positioning of the body in ways not "
    "feasible in an ordinary bed</td></tr><tr><td>[ ]</td><td>Patient requires head of bed "
    "elevated more than 30 degrees most of the time due to CHF, COPD or aspiration</td></tr>"
    "</table><p>Completed by office staff (K.P., MA) for supplier.</p>",
    "Hospital bed form:\n[X] Needs position changes q2h\n[ ] Traction",
    "☑ Head of bed elevation >30 degrees required most of the time due to aspiration risk",
]


def _bed(*texts: str) -> str:
    notes = [
        _note(f"n{i}", "2026-02-20", t, kind="text/html" if t.startswith("<") else "text/plain")
        for i, t in enumerate(texts)
    ]
    return status(record("E0250", *notes, reason="K21.9", order_type="DeviceRequest"), "BED-001")[
        "status"
    ]


@pytest.mark.parametrize("form", FORMS)
def test_a_tick_the_narrative_denies_is_no_evidence(form: str) -> None:
    assert _bed(DENIED, form) != "met"


@pytest.mark.parametrize("form", FORMS)
def test_a_tick_the_narrative_states_or_leaves_open_still_counts(form: str) -> None:
    stated = "ALS, bulbar weakness; aspirates when flat, must keep HOB >= 30 deg at all times."
    assert _bed(stated, form) == "met"
    assert _bed("Hospital bed requested; see attached form.", form) == "met"
