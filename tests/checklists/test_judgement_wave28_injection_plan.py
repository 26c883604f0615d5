"""An injection plan in the shorthand spine clinics write it (blind wave 28, CW/inj-03): "P: Repeat
L4-5 ILESI under fluoro (3rd in 12 mo) while continuing PT" was no injection plan for IPN-010,
since the targets knew ESI, TFESI, LESI and CESI but not ILESI. The interlaminar, transforaminal
and caudal abbreviations, their plurals, a selective nerve root block, facet joint injections,
medial branch (nerve) blocks and an RF ablation are the planned procedure; an injection only
considered or declined, or one done before, is still none."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _plan(text: str, code: str = "62323") -> str:
    note = _note("n1", "2026-02-20", f"A: L4-5 stenosis with L5 radiculopathy.\n{text}")
    return status(record(code, note, reason="M48.062"), "IPN-010")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "P: Repeat L4-5 ILESI under fluoro (3rd in 12 mo) while continuing PT.",
        "Plan: L5-S1 IL ESI under fluoroscopy, continue HEP.",
        "Plan: L5-S1 IL-ESI with fluoro guidance.",
        "Plan: bilateral L4-5 ILESIs under fluoroscopy.",
        "Plan: caudal ESI under fluoro.",
        "Plan: R L4-5 and L5-S1 TFESIs under fluoroscopy.",
        "Plan: R L5 SNRB under CT guidance.",
        "Plan: right L5 selective nerve root block under fluoroscopy.",
        "Plan: bilateral L4-5, L5-S1 MBBs x2, then RFA L3-5 if 80% relief.",
        "Plan: bilateral L4-5 facet joint injections under fluoro.",
        "Plan: bilateral L3-L5 medial branch nerve blocks.",
        "Plan: RF ablation L3-5 bilaterally under fluoroscopy.",
    ],
)
def test_an_injection_plan_in_shorthand_is_the_plan(text: str) -> None:
    assert _plan(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: continue PT and HEP; may consider ILESI if no better.",
        "Pt declined ILESI. Plan: continue PT and HEP.",
        "Plan: continue PT and HEP, no injections for now.",
    ],
)
def test_an_injection_considered_or_declined_is_no_plan(text: str) -> None:
    assert _plan(text) != "met", text
