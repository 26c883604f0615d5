"""A plan's branch on the study's finding written as the finding's abbreviation (blind wave 97,
NK/img-03): "Telephone encounter: pt failed 7 wks PT + NSAIDs. Ordering MRI R knee; if MMT with
mechanical sx -> arthroscopic partial meniscectomy." AIM-004 read the branch as decision-dependent
but asked it to name the study or a finding of its word list, which held no "MMT"
(abbreviated_findings.py). A knee's meniscal tears (MMT, LMT, BHT), a shoulder's cuff tears (RCT,
FTT, PTT, FTRCT) and labrum (SLAP), a spine's HNP or DDD count for the region's study; the same
letters in their other sense ("MMT 4/5 quads", manual muscle testing; "PTT prolonged"), for
another region ("FTT" beside a knee MRI), or a branch on the symptoms ("if pain persists -> PT")
do not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.abbreviated_findings import branches_on_abbreviation
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

KNEE = "Telephone encounter: pt failed 7 wks PT + NSAIDs. Ordering MRI R knee; "
SHOULDER = "Telephone encounter: failed 8 wks PT + NSAIDs. Ordering MRI R shoulder; "


def _status(text: str, code: str = "73721", reason: str = "M23.221") -> str:
    order = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-15"}
    bundle = record(code, _note("n1", "2026-05-04", text), reason=reason, order=order)
    report = score_bundle(bundle, as_of=date(2026, 5, 5))
    return {i["id"]: i["status"] for i in report["items"]}["AIM-004"]


@pytest.mark.parametrize(
    "plan",
    [
        "if MMT with mechanical sx -> arthroscopic partial meniscectomy.",
        "If MMT/LMT -> APM; otherwise continue HEP.",
        "if BHT => scope.",
        "if LMT \u2192 ortho for arthroscopy.",
    ],
)
def test_a_branch_on_a_knee_finding_s_abbreviation_depends_on_the_study(plan: str) -> None:
    assert _status(KNEE + plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "if FTT -> arthroscopic RCR; if PTT -> subacromial CSI.",
        "If RCT -> ortho for repair.",
        "if FTRCT => RCR.",
        "If SLAP -> ortho.",
    ],
)
def test_a_branch_on_a_shoulder_finding_s_abbreviation_depends_on_the_study(plan: str) -> None:
    assert _status(SHOULDER + plan, code="73221", reason="M75.111") == "met"


@pytest.mark.parametrize(
    "plan",
    [
        # Manual muscle testing, not a meniscal tear.
        "if MMT 4/5 quads -> continue PT.",
        "if MMT improves -> d/c PT.",
        # The symptoms' course, not the study's result.
        "if pain persists -> PT.",
        # A shoulder's shorthand beside a knee MRI.
        "if FTT -> arthroscopic RCR.",
    ],
)
def test_another_sense_region_or_a_symptom_s_course_is_no_branch_on_the_study(plan: str) -> None:
    assert _status(KNEE + plan) != "met"


@pytest.mark.parametrize(
    ("statement", "regions", "expected"),
    [
        ("if MMT with mechanical sx -> APM.", {"knee:right"}, True),
        ("MMT => APM.", {"knee"}, True),
        ("If HNP -> ESI.", {"lumbar"}, True),
        ("if DDD -> spine referral.", {"cervical"}, True),
        ("if MMT -> APM.", {"shoulder"}, False),
        ("if PTT prolonged -> hold heparin.", {"shoulder"}, False),
        ("if eligible for RCT -> enroll.", {"shoulder"}, False),
        ("if FTT -> RCR.", set(), False),
        ("Ordering MRI; MMT 4/5 quads, cont PT.", {"knee"}, False),
    ],
)
def test_the_abbreviation_read_for_its_region_and_sense(
    statement: str, regions: set[str], expected: bool
) -> None:
    assert branches_on_abbreviation(statement, regions) is expected
