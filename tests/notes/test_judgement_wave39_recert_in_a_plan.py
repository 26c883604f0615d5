"""A recertification a visit's plan names is one still to be signed, found by blind wave 39
(EO/homehealth-02): the certifying physician's video visit read "Plan: continue home health SN
for NPWT; recert for another 60 days.", and that line was taken for a plan of care certified for
the new period, though the only signed plan had lapsed. A re-evaluation named so was already read
as to come (reports_to_come.py); a certification named by its noun alone is read the same, while
one its clause says was signed stays signed."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.reports_to_come import names_report

_DAY = dt.date(2026, 8, 11)


def _certified(text: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/h1", text, _DAY)])
    return [(f.text, f.asserted) for f in found if f.concept == "certified"]


@pytest.mark.parametrize(
    "text",
    [
        "Video visit, ulcer smaller.\nPlan: keep SN wound care; recertification for 60 more days.",
        "Seen in clinic, gait better.\nA/P: resume home PT, recert next week.",
    ],
)
def test_a_certification_a_plan_names_is_still_to_come(text: str) -> None:
    found = _certified(text)
    assert found and not any(asserted for _, asserted in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Seen in clinic.\nPlan: continue SN 2w4; recert signed today.",
        "Seen in clinic.\nPlan: SN 2w4, plan of care certified by me for 8/12-10/10.",
    ],
)
def test_a_certification_the_plan_says_was_signed_stays(text: str) -> None:
    assert any(asserted for _, asserted in _certified(text)), text


def test_only_the_noun_is_a_paper_to_write() -> None:
    assert names_report("certified", "recert")
    assert names_report("certified", "Re-certification")
    assert names_report("re-evaluation", "re-eval")
    assert not names_report("certified", "certified by")
    assert not names_report("certified", "POC signed")
