"""A total shoulder arthroplasty is a shoulder replacement plan, not a knee's (s72-f; the
lead's probe of stop 72, no blind case yet).

"Plan L total shoulder arthroplasty" was read only as knee-replacement-plan (through its plain
"arthroplasty"): the shoulder concept knew "total shoulder" only with no noun after it, and
"shoulder replacement", so the joint's own arthroplasty was left to the knee's word. The
shoulder's region still kept a knee plan from counting for a knee, but the plan stood as a knee
concept wherever a concept is read alone (declined surgery, the knee checklist's wording).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 3, 2)


def _concepts(text: str) -> dict[str, set[str]]:
    """Each replacement plan concept of ``text`` (asserted, current) with its shoulder sides."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    out: dict[str, set[str]] = {}
    for f in found:
        if f.concept.endswith("replacement-plan") and not (f.negated or f.historical or f.family):
            sides = {
                r.split(":")[1]
                for r in f.regions
                if r.split(":")[0] in ("shoulder", "glenohumeral") and ":" in r
            }
            out.setdefault(f.concept, set()).update(sides)
    return out


@pytest.mark.parametrize(
    "text, side",
    [
        ("Plan L total shoulder arthroplasty", "left"),
        ("P: R shoulder arthroplasty 10/22", "right"),
        ("Plan right reverse total shoulder arthroplasty", "right"),
        ("proceed with L reverse shoulder arthroplasty", "left"),
        ("Plan: left anatomic total shoulder arthroplasty", "left"),
        ("A/P: rt total shoulder arthroplasty, deltopectoral approach", "right"),
        ("Plan: L TOTAL SHOULDER ARTHROPLASTY 11/4", "left"),
        ("Plan L shoulder hemiarthroplasty", "left"),
        ("Plan: R total shoulder arthroplasties discussed, proceed with R first", "right"),
    ],
)
def test_a_shoulder_arthroplasty_is_the_shoulders_plan(text: str, side: str) -> None:
    concepts = _concepts(text)
    assert concepts.get("shoulder-replacement-plan") == {side}, concepts
    assert "knee-replacement-plan" not in concepts, concepts


@pytest.mark.parametrize(
    "text, concept",
    [
        ("Plan L total knee arthroplasty", "knee-replacement-plan"),
        ("Plan: R knee arthroplasty", "knee-replacement-plan"),
        ("Plan L total hip arthroplasty", "hip-replacement-plan"),
    ],
)
def test_another_joints_arthroplasty_is_no_shoulders(text: str, concept: str) -> None:
    concepts = _concepts(text)
    assert concept in concepts and "shoulder-replacement-plan" not in concepts, concepts


@pytest.mark.parametrize(
    "text",
    [
        "Mother had a total shoulder arthroplasty",
        "no total shoulder arthroplasty at this time",
    ],
)
def test_a_shoulder_arthroplasty_had_or_denied_is_no_plan(text: str) -> None:
    assert "shoulder-replacement-plan" not in _concepts(text)
