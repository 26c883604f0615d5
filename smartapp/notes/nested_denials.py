"""A target matched inside a longer one of the same concept that the reader found denied is
denied too, whichever kind of target (phrase, token pattern or regex) matched it.

spaCy's TargetMatcher keeps the longest of overlapping phrase matches, but regex targets are
matched over the statement on their own (:mod:`.statements`), so a shorter phrase can stand
inside a longer regex match, or the reverse. Each was flagged from the words around its own
span: in "Does not require positioning in ways not feasible in an ordinary bed" the regex span
from "positioning" reads the denial before it, while the phrase "not feasible in an ordinary
bed" starts after "positioning" and saw no denial in front of it, so the need stayed asserted
(hospital bed LCD L33820's criterion met by a sentence that denies it). The longer span is the
reading of the whole phrase; what lies within it cannot say more than it does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .model import NoteFinding


def denied_within(findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` (one statement's), each asserted one that lies strictly inside a longer
    negated finding of the same category and concept marked negated as well."""
    denied = [f for f in findings if f.negated]
    if not denied:
        return list(findings)
    out = []
    for found in findings:
        if not found.negated and any(_inside(found, d) for d in denied):
            found = replace(found, negated=True)
        out.append(found)
    return out


def _inside(inner: NoteFinding, outer: NoteFinding) -> bool:
    return (
        inner.category == outer.category
        and inner.concept == outer.concept
        and outer.start <= inner.start
        and inner.end <= outer.end
        and outer.end - outer.start > inner.end - inner.start
    )
