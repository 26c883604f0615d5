"""The exam behind an injection order is recent to the order, not to the day it is checked
(blind wave 22, CA/inj-02): a pain physician examined the back on 12/9 (facet loading positive
bilaterally, SLR negative, strength, sensation and reflexes normal) and planned two diagnostic
medial branch blocks, then radiofrequency ablation; the blocks took January and February and the
ablation was ordered on 2/18 and checked on 3/12: the exam is 71 days older than the order, 93
than the check. IPN-004 counted its 90 days back from the check and found no exam; a reviewer reads
the exam that supported the order as written (the LCDs ask for the evaluation behind the
procedure, not a fresh one for every day a request waits). The window now counts back from
the order's day, as the DME face-to-face items do; an exam 90 days older than the order, or a
request checked on the day of its order, is read as before."""

from __future__ import annotations

from .test_judgement import _note, record, status

EXAM = (
    "S: axial LBP since fall 2024, worse w/ extension. Pain NRS 7/10.\n"
    "O: Lumbar paraspinal TTP L4-S1 bilat, pain w/ extension-rotation (facet loading) bilat. "
    "SLR neg bilat. Strength 5/5, sensation intact, DTRs 2+ symmetric.\n"
    "A: Lumbar facet-mediated pain, bilateral L4-5, L5-S1.\n"
    "P: Dx MBB #1, #2 if #1 positive. Then RFA if both >=80%."
)


def _exam(note_day: str, ordered: str) -> str:
    bundle = record(
        "64635", _note("n1", note_day, EXAM), reason="M47.816", order={"authoredOn": ordered}
    )
    return status(bundle, "IPN-004")["status"]


def test_the_exam_behind_an_order_written_weeks_ago_counts() -> None:
    # 111 days before the check (3/1), 83 before the order (2/1).
    assert _exam("2025-11-10", "2026-02-01") == "met"


def test_an_exam_older_than_ninety_days_before_the_order_does_not() -> None:
    assert _exam("2025-10-20", "2026-02-01") == "missing"  # 104 days before the order


def test_an_order_written_on_the_day_it_is_checked_keeps_the_ninety_days() -> None:
    assert _exam("2025-11-10", "2026-03-01") == "missing"
    assert _exam("2025-12-05", "2026-03-01") == "met"
