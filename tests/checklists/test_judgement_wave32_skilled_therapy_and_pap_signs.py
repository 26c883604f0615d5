"""Blind wave 32: skilled therapy toward a measured gait; PAP intolerance told by its signs.

A PT recertification summary's "continue PT 2w6 to reach 300 ft / TUG < 20 s" names the skilled
therapy and what it is for (DO/hh-02); only after a frequency, since "pt to improve ambulation"
may be the patient.

A telephone note's "APAP since 2/1 - pt reports air hunger, mask leak, uses <2 h/night" tells a
PAP trial not tolerated, the symptoms a titration (95811) rests on (DP/sleep-03): air hunger,
aerophagia, a leaking or removed mask, use under the 4 hours a night LCD L33718 counts as
adherent. A small leak or a full night's use is none.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "skilled-need")


@pytest.mark.parametrize(
    "text",
    [
        "Recommend: continue PT 2w6 to reach 250 ft with cane / TUG < 18 s.",
        "Continue OT 2x/wk x 4 wks toward independent transfers.",
        "PT 1w4 (4 visits) to improve gait speed.",
    ],
)
def test_therapy_with_its_frequency_and_gait_target_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    ["Pt to improve ambulation as tolerated.", "PT 2w6 to continue per POC."],
)
def test_no_frequency_or_no_target_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text


def _titration(text: str) -> str:
    bundle = record("95811", _note("n1", "2026-02-20", text), reason="G47.33")
    return status(bundle, "SLEEP-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Phone f/u: APAP started 1/20 - c/o air hunger and dry mouth.",
        "CPAP download: uses it < 3 hours a night, mask leak, wakes gasping for air on it.",
        "CPAP: pt keeps pulling the mask off at night.",
        "Auto-PAP x 6 wks, uses under 4 h/night. Needs attended titration.",
    ],
)
def test_signs_of_pap_intolerance_document_a_titration(text: str) -> None:
    assert _titration(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "CPAP download: uses 6.8 h/night, mask leak minimal, residual AHI 2.",
        "CPAP: no air hunger, no mask leak; titration for pressure check.",
    ],
)
def test_pap_used_well_is_no_intolerance(text: str) -> None:
    assert _titration(text) != "met"
