"""A problem-oriented assessment and plan: what is written under a numbered problem is about that
problem's body region (blind wave 13, AO/lmri-02: "2. Primary OA R knee (M17.11) / Completed 6
wks PT for the knee ... Continues HEP for quads." in a lumbar MRI request). Each test names the
class of record scored wrong."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_NOTE = (
    "Assessment and Plan:\n\n"
    "1. Lumbar radiculopathy, R (M51.16)\n"
    "Back and R leg pain since 12/1/25. {back}\n"
    "Plan: MRI lumbar spine.\n\n"
    "2. Primary OA R knee (M17.11)\n"
    "Continues HEP for quads daily since 11/1/25, meloxicam 15 mg daily since 11/1/25.\n\n"
    "Return after MRI.\n"
)


def _regions(text: str, concept: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text)])
    return {r for f in found if f.concept == concept for r in f.regions}


def test_care_under_another_problem_is_about_that_problem_s_region():
    text = _NOTE.format(back="Has not tried PT.")
    assert "knee" in _regions(text, "home-exercise")
    bundle = record("72148", _note("n1", "2026-02-20", text))
    assert status(bundle, "LMRI-003")["status"] != "met"


def test_care_under_the_order_s_own_problem_still_counts():
    text = _NOTE.format(back="Naproxen 500 mg BID since 12/1/25, no relief.")
    assert "lumbar" in _regions(text, "nsaid")
    bundle = record("72148", _note("n1", "2026-02-20", text))
    assert status(bundle, "LMRI-003")["status"] == "met"


def test_a_numbered_plan_item_or_a_problem_naming_no_region_carries_nothing():
    # "1. PT 2x/wk" is an item of the plan, not a problem about a region; text after a blank
    # line has left the problem.
    text = "Plan:\n1. Knee brace.\n2. Naproxen 500 mg BID.\n\nIbuprofen stopped.\n"
    assert _regions(text, "nsaid") == set()
