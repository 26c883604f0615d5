"""A bariatric plan hedged but scheduled (blind wave 18, BL/bar-02): "Plan: Candidate for
laparoscopic RYGB if qualifies. Psych eval and RD eval scheduled. Post-op f/u 1 wk, 1, 3, 6, 12
mo." names the procedure and its post-operative follow-up, which is what BAR-007 asks; the
candidacy alone ("good candidate for RYGB", "candidate for sleeve vs bypass") stays no plan, and
a follow-up with no procedure named, or post-op diet or pain words, are none either."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _bar007(text: str) -> str:
    bundle = record("43644", _note("n1", "2026-02-20", text), reason="E66.812")
    return status(bundle, "BAR-007")["status"]


def _follow_up(text: str) -> bool:
    return any(
        f.asserted and f.concept == "post-op-follow-up"
        for f in find_findings([NoteInput("D/1", text)])
    )


def test_a_hedged_candidacy_with_its_post_op_schedule_is_the_plan():
    for text in (
        "Plan: Candidate for laparoscopic RYGB if qualifies. Post-op f/u 1 wk, 1, 3, 6, 12 mo.",
        "Good candidate for sleeve gastrectomy. Post-op: bariatric clinic visits 2 wk, 6 wk, 3 mo.",
        "May benefit from lap RYGB. Postoperative follow-up at 2 wk, 3, 6 and 12 months.",
    ):
        assert _bar007(text) == "met", text


def test_a_candidacy_or_a_schedule_alone_is_not():
    for text in (
        "Plan: Candidate for laparoscopic RYGB if qualifies. Psych eval and RD eval scheduled.",
        "Reasonable candidate for sleeve vs bypass; will discuss at next visit.",
        "Post-op f/u 1 wk, 1, 3, 6, 12 mo.",
        "Not a candidate for RYGB. Post-op f/u after cholecystectomy done 2024.",
    ):
        assert _bar007(text) != "met", text


def test_post_op_follow_up_wording():
    for text in ("Post-op f/u 1 wk, 1, 3, 6, 12 mo.", "postoperative follow-up per program",
                 "Post-op: bariatric clinic f/u 2 wk"):  # fmt: skip
        assert _follow_up(text), text
    for text in ("Post-op diet stages taught.", "Post-op pain controlled.",
                 "No post-op follow-up needed."):  # fmt: skip
        assert not _follow_up(text), text
