"""A joint replacement discussed and declined is no plan (TSA-005, TKA-005, THA-005).

Blind wave 75's shoulder plans (KA/surgery-shoulder-arthroplasty-02, -03) named their near miss:
a replacement discussed and turned down. "TSA discussed and declined", "aTSA discussed, pt
declines surgery at this time", "Discussed L TKA - pt declines for now", "THA discussed; pt
declined." read as the plan: the refusal followed the replacement, and ConText never carried it
back (declined_surgery.py; "discussed and declined" is a ConText phrase). A refusal of the
surgery itself, of "it", or one for now / at this time, after the replacement in its sentence,
turns it down; a refusal of other care ("pt declines further injections, wants TSA") leaves the
plan standing, and so does the PT or NSAID named before "pt declines surgery" (only surgical
plans are turned down).
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_JOINTS = {
    "shoulder": ("23472", "M19.012", "TSA-005", "L GH OA", "aTSA"),
    "knee": ("27447", "M17.12", "TKA-005", "L knee OA", "TKA"),
    "hip": ("27130", "M16.12", "THA-005", "L hip OA", "THA"),
}


def _plan(joint: str, template: str) -> str:
    code, reason, item, problem, surgery = _JOINTS[joint]
    text = template.format(problem=problem, surgery=surgery)
    return status(record(code, _note("n1", "2026-02-20", text), reason=reason), item)["status"]


@pytest.mark.parametrize("joint", sorted(_JOINTS))
@pytest.mark.parametrize(
    "template",
    [
        "A/P: {problem}. {surgery} discussed and declined. Continue HEP.",
        "A/P: {problem}. L {surgery} discussed, pt declines surgery at this time.",
        "A/P: {problem}. Discussed L {surgery} - pt declines for now, wants another injection.",
        "A/P: {problem}. Reviewed L {surgery} risks/benefits, pt refuses it at present.",
        "A/P: {problem}. {surgery} discussed; patient declines surgery, will continue PT.",
        "A/P: {problem}. {surgery} discussed; pt declined.",
        "A/P: {problem}. Offered L {surgery}, patient declined surgery; continue PT.",
    ],
)
def test_a_replacement_discussed_and_declined_is_no_plan(joint: str, template: str) -> None:
    assert _plan(joint, template) != "met"


@pytest.mark.parametrize("joint", sorted(_JOINTS))
@pytest.mark.parametrize(
    "template",
    [
        "A/P: {problem}. Pt declines further injections; proceed with L {surgery}. Expect "
        "pain relief.",
        "A/P: {problem}. Plan L {surgery} 3/10, expect pain relief. Pt declined PT.",
        "A/P: {problem}. Plan L {surgery} 3/10 - pt declined injection, wants surgery. Expect "
        "pain relief.",
    ],
)
def test_a_refusal_of_other_care_leaves_the_plan(joint: str, template: str) -> None:
    assert _plan(joint, template) == "met"


def test_care_before_a_declined_surgery_was_still_taken() -> None:
    text = "A/P: R knee OA. Failed PT 8 wks and naproxen, pt declines surgery at this time."
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    care = [f for f in found if f.category == "conservative-treatment"]
    assert care and all(f.asserted for f in care)
    assert not any(f.asserted for f in found if f.concept == "surgery-plan")
