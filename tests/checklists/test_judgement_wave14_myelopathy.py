"""A cervical myelopathy's exam and function, found by blind wave 14 (g2): grip and the hand's
intrinsics are the hand's findings (a cervical order's referred region), hand function lost ("can't
button shirts", "dropping coffee cups") is a limit, an inability denies no limit written after
it, and the month May is no "may". Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.evidence.regions import regions_in_text
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _limits(text: str) -> list[str]:
    return [
        f.text
        for f in find_findings([NoteInput("D/1", text)])
        if f.category == "functional-deficits" and f.asserted and not f.normal
    ]


def test_hand_signs_name_the_hand():
    assert "wrist-hand" not in regions_in_text("Hoffmann + bilat")  # a cord sign: any spine
    assert "wrist-hand" in regions_in_text("Grip 4/5 bilat, intrinsic wasting.")
    assert "wrist-hand" not in regions_in_text("Patellar 3+, 2 beats clonus R ankle.")


def test_lost_hand_function_is_a_limit():
    assert "Can't button" in _limits("Can't button shirts.")
    assert _limits("Trouble with zippers and unable to write legibly.")
    assert "Dropping coffee cups" in _limits("Dropping coffee cups.")
    assert _limits("Drops things from the R hand.")
    assert not _limits("Uses eye drops daily.")
    assert not _limits("No trouble buttoning.")
    assert not _limits("Hgb dropped 2 points.")


def test_an_inability_denies_no_limit_after_it():
    text = "Dropping cups, can't button shirts, and gait unsteadiness w/ 2 falls in Aug."
    assert {"unsteadiness", "falls"} <= set(_limits(text))
    # A plain "not" still denies the list it opens.
    assert not _limits("Not limited in walking, standing or stairs.")


def test_the_month_may_is_no_may():
    text = "Hand clumsiness since ~May 2026, dropping coffee cups."
    assert "dropping coffee cups" in _limits(text)
    assert not _limits("She may have trouble walking after surgery.")


def test_a_myelopathy_exam_and_its_function_meet_the_cervical_fusion_items():
    text = (
        "Neurosurgery consult\n63M, progressive bilateral hand clumsiness since ~May 2026, "
        "dropping coffee cups, can't button shirts, and gait unsteadiness w/ 2 falls in Aug.\n"
        "Exam: Hoffmann + bilat, brisk biceps/triceps 3+, patellar 3+, 2 beats clonus R ankle. "
        "Grip 4/5 bilat, intrinsic wasting. Tandem gait unable.\n"
    )
    bundle = record("22551", _note("n1", "2026-02-20T10:00:00Z", text), reason="M47.12")
    assert status(bundle, "SPS-004")["status"] == "met"
    assert status(bundle, "SPS-005")["status"] == "met"
