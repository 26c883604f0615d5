"""A step of care written before the finding it waits on, "<step> if <finding>", is the plan the
study's result decides (brief s77-plan; blind wave 91, MJ/imaging-other-02: "Arthroscopy
planning if meniscal tear confirmed"; blind wave 89, MB/lmri-02: "plan ESI referral if disc
herniation" in the order's note). The finding may carry its own words ("disc", "meniscal",
"significant", "+"); the step may be a noun ("ESI", "scope", "ortho referral") with no "will".

Near misses stay no plan: a step on the symptoms ("refer ortho if pain persists"), a plan with no
dependence on the result, the family's, a step turned down ("will not refer ortho if tear") or
told as done ("ESI was given 2024 if herniation recurred"; result_plan_told.py).
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _decides(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return any(f.concept == "decision-dependent" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mechanical sx despite PT. Arthroscopy planning if meniscal tear confirmed.",
        "Eval for HNP; plan ESI referral if disc herniation.",
        "A/P: lumbar radiculopathy. ESI if herniation.",
        "Plan: refer to spine if HNP.",
        "ESI referral if disc herniation on MRI.",
        "Surgery consult if significant stenosis.",
        "Will plan TFESI if foraminal stenosis.",
        "Ortho referral for scope if + tear.",
        "Plan ESI if HNP on MRI.",
        "Arthroscopy planning pending MRI confirmation of tear.",
        "Scope once MRI confirms tear.",
        # wordings already read before this brief, kept
        "if + -> ESI",
        "Pending MRI: if HNP, refer for ESI; if neg, continue PT.",
        "Will consider scope depending on MRI.",
        "Surgical candidate if MRI confirms.",
        "MRI to guide injection vs surgery.",
        "Results will determine next steps.",
        "If no tear, will not refer; if tear -> scope.",
    ],
)
def test_a_step_written_before_the_finding_it_waits_on(text: str) -> None:
    assert _decides(text)


@pytest.mark.parametrize(
    "text",
    [
        "Continue PT.",
        "F/u 6 wks.",
        "Refer ortho if pain persists.",
        "Will refer to PT if pain persists after 2 weeks.",
        "Brother had arthroscopy planned if tear confirmed.",
        "Mother: ESI if herniation.",
        "Will not refer ortho if tear.",
        "No ESI even if herniation.",
        "Pt declines surgery even if tear.",
        "Pt refuses arthroscopy even if tear confirmed.",
        "Pt does not want surgery regardless.",
        "ESI done 2024 if herniation.",
        "Prior ESI 2024 was given if herniation recurred.",
        "Arthroscopy was planned if tear confirmed, done 2023.",
        "MRI knee, r/o meniscal tear vs bone bruise.",
    ],
)
def test_no_plan_ahead_on_the_result(text: str) -> None:
    assert not _decides(text)
