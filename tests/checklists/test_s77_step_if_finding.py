"""The imaging plan "<step> if <finding>" in a note or in the order's own note (brief s77-plan).

"Arthroscopy planning if meniscal tear confirmed" in a knee MRI's order (blind wave 91,
MJ/imaging-other-02, AIM-004) and "plan ESI referral if disc herniation" in a lumbar MRI's order
(blind wave 89, MB/lmri-02, LMRI-007) say how the result changes management: both items read the
order's note as they read a note. A plan for another body part decides nothing by this study:
"Knee scope if meniscal tear" for a lumbar MRI (``same_region`` on LMRI-007's decision-dependent
criterion); a plan that names no region stays the study's. AIM-004 does not check the region
(the phrasing grid's carriers hold other regions' plans).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_AS_OF = date(2026, 5, 12)


def _status(code: str, reason: str, item: str, *, order_note: str = "", note: str = "") -> str:
    order = {"authoredOn": "2026-05-11", "occurrenceDateTime": "2026-05-18"}
    if order_note:
        order["note"] = [{"text": order_note}]
    notes = [_note("n1", "2026-05-11", note)] if note else []
    bundle = record(code, *notes, reason=reason, order=order)
    items = score_bundle(bundle, as_of=_AS_OF)["items"]
    return {i["id"]: i["status"] for i in items}[item]


def _knee(**text: str) -> str:
    return _status("73721", "M23.222", "AIM-004", **text)


def _lumbar(**text: str) -> str:
    return _status("72148", "M51.26", "LMRI-007", **text)


@pytest.mark.parametrize(
    "plan",
    [
        "Mechanical sx despite PT. Arthroscopy planning if meniscal tear confirmed.",
        "L knee: arthroscopy if meniscal tear confirmed.",
        "Ortho referral for scope if + tear.",
        "Scope once MRI confirms tear.",
    ],
)
def test_a_knee_plan_on_the_tear(plan: str) -> None:
    assert _knee(order_note=plan) == "met"
    assert _knee(note=f"A/P: L knee pain, catching. {plan}") == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Eval for HNP; plan ESI referral if disc herniation.",
        "ESI if herniation.",
        "Surgery consult if significant stenosis.",
        "If HNP at L5-S1 with R leg radiculopathy, refer for ESI.",
    ],
)
def test_a_lumbar_plan_on_the_herniation(plan: str) -> None:
    assert _lumbar(order_note=plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Will not refer ortho if tear.",
        "Continue PT. F/u 6 wks.",
        "Brother had arthroscopy planned if tear confirmed.",
    ],
)
def test_no_knee_plan_on_the_result(plan: str) -> None:
    assert _knee(note=f"A/P: L knee pain, catching. {plan}") != "met"


@pytest.mark.parametrize(
    "plan", ["Knee scope if meniscal tear.", "Pt declines ESI even if herniation."]
)
def test_no_lumbar_plan_on_the_result(plan: str) -> None:
    assert _lumbar(order_note=plan) != "met"


def _shoulder(text: str) -> str:
    note = _note("n1", "2026-05-01", text)
    bundle = record("23472", note, reason="M19.012")
    items = score_bundle(bundle, as_of=_AS_OF)["items"]
    return {i["id"]: i["status"] for i in items}["TSA-005"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind left to what the surgeon finds is a contingency planned, as "<step> if
        # <finding>" is for imaging (LW/tsa-03 "per intra-op glenoid", HJ/shoulder-03 "decide
        # intra-op based on glenoid": both labelled a plan) ...
        ("A/P: L GH OA. Plan L TSA, anatomic vs reverse - will decide intra-op. Expect pain "
         "relief.", "met"),
        ("A/P: L GH OA. Plan L TSA; reverse if cuff deficient intra-op. Expect pain relief.",
         "met"),
        # ... the kind left to a study still to come is no kind chosen (LU/shoulder-arthroplasty-
        # 02: "undecided pending MRI"), though for an imaging item the same words are the plan
        ("A/P: L GH OA. Plan L shoulder replacement, anatomic or reverse depending on MRI.",
         "not met"),
    ],
)  # fmt: skip
def test_a_shoulder_kind_left_to_surgery_or_to_a_study(text: str, expected: str) -> None:
    assert (_shoulder(text) == "met") is (expected == "met")
