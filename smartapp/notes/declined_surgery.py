"""A surgery discussed and then turned down in its own sentence is no plan.

Blind wave 75's shoulder plans (KA/surgery-shoulder-arthroplasty-02, -03) named the near miss a
plan must not be read from: a replacement discussed and declined. "L TSA discussed, pt declines
surgery at this time", "Discussed L TKA - pt declines for now", "THA discussed; pt declined."
read as the plan: ConText's "declines" reaches forward (to "surgery", not the TSA before it),
its backward "pt declined." only when it closes the TSA's own clause, and a semicolon ends the
statement the plan was read in. A refusal after the surgery, in its sentence, whose object is
the surgery ("surgery", "the operation", "it"), or none ("pt declined."), or which is for now
("for now", "at this time", "today"), turns the surgery down.

Not a refusal of other care ("pt declines further injections") nor one before the surgery
("declined injection; proceed with TKA"), nor when another surgery is named between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .model import CARE_CATEGORIES, NoteFinding

#: The surgical plans a refusal after them turns down (targets.yaml).
SURGERIES = frozenset(
    {
        "knee-replacement-plan", "hip-replacement-plan", "shoulder-replacement-plan",
        "surgery-plan",
        # "Discussed L ACL recon, pt declines surgery." (brief s78-plan's near miss): the knee
        # arthroscopy's plan, ligament reconstruction included, is turned down the same way.
        "arthroscopy-plan",
    }
)  # fmt: skip
#: The rest of the sentence after the surgery: up to a refusal of it.
_REFUSED = lazy_re.compile(
    r"[^.!?\n]{0,80}?\b(?P<who>pt|patient|he|she|member)\s+(?:declined|declines|refused|refuses)"
    r"(?:\s*(?:[.;]|$)|\s+(?:(?:the\s+)?(?:surgery|operation|procedure)|surgical\s+\w+|it|"
    r"for\s+now|at\s+(?:this\s+time|present)|today)\b)",
    re.IGNORECASE,
)
#: What a plan's sentence holds besides the care it plans: its sections, its outcome.
_PLAN_WORDS = frozenset({"plan-section", "plan-statement", "outcome"})


def _other_care(between: NoteFinding, surgery: NoteFinding) -> bool:
    """Whether ``between`` is care, or another surgery, which a refusal after it declines."""
    if between.concept in SURGERIES:
        return between.concept not in {surgery.concept, "surgery-plan"}
    if between.category == "treatment-plan":
        return between.concept not in _PLAN_WORDS
    return between.category in CARE_CATEGORIES


def declined_surgeries(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each surgical plan its sentence goes on to decline (module doc)
    negated."""
    declined: set[tuple[str, int]] = set()
    for finding in findings:
        if finding.concept not in SURGERIES or finding.negated:
            continue
        refusal = _REFUSED.match(text, finding.end)
        if refusal is None:
            continue
        between = (f for f in findings if finding.end <= f.start < refusal.start("who"))
        if any(_other_care(f, finding) for f in between):
            continue  # "TKA 3/10, prehab PT offered, pt declined": the PT was declined
        declined.add((finding.concept, finding.start))
    if not declined:
        return list(findings)
    return [replace(f, negated=True) if (f.concept, f.start) in declined else f for f in findings]
