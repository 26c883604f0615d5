"""An arrow that tells a course, not a branch on the study's result (blind wave 100, NS/aio-02).

The decision-dependent concept reads "<result> -> <step>" as the plan an imaging item asks for:
"If normal -> LP with opening pressure, start acetazolamide for IIH. If VST -> anticoagulate."
says how the brain MRI will change management. Notes write the same arrow for what already
happened, and that is no plan on any result:

- a value's course, a number on each side: "pain 8 -> 3 after PT", "ROM ER 10->15", "HA 8/10 ->
  3/10 on topiramate", "strength 4/5 -> 4+/5", "Cr 1.2 -> 1.5";
- the care's course, care on each side (a drug, therapy or injection the note reader finds:
  medication history or conservative treatment): "Aza -> 6-MP 2024", "naproxen -> meloxicam (GI
  upset)", "PT x 6 wks -> ESI".

Such an arrow's decision-dependent finding is dropped; AIM-004's word list would otherwise take
"Pain 8 -> 3 after PT, MRI normal last yr" as a step on the MRI. A side that names a finding
("If normal -> LP", "Thrombosis -> start heparin", "If HNP -> ESI") keeps the branch, and so does
a step written with a number of its own ("If tear -> 6 wks PT").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lazy_re
from .clause_spans import clause_end, clause_start
from .model import CARE_CATEGORIES, NoteFinding

_CONCEPT = ("treatment-plan", "decision-dependent")
_ARROW = lazy_re.compile(r"-+>|=>|\u2192")
#: A value just before the arrow: "8", "8/10", "4/5", "4+", "85%", "1.2".
_VALUE_BEFORE = lazy_re.compile(r"\d(?:\.\d+)?\s*(?:/\s*\d+|%|\+|-)?\s*$")
#: A value just after it: "3", "~3", "<5", "4+/5".
_VALUE_AFTER = lazy_re.compile(r"\s*[~<>\u2264\u2265]?\s*\d")
#: The sides of an arrow end at a clause's mark, another arrow or a condition's "if".
_SIDE_BREAK = lazy_re.compile(r"[.;:,()\n]|-+>|=>|\u2192|\bif\b", re.IGNORECASE)


def _arrow_of(text: str, finding: NoteFinding) -> re.Match[str] | None:
    """The last arrow inside ``finding``'s words: the one its branch opens on."""
    arrows = list(_ARROW.finditer(text, finding.start, finding.end))
    return arrows[-1] if arrows else None


def _care_between(care: Sequence[NoteFinding], low: int, high: int) -> bool:
    return any(low <= f.start and f.end <= high for f in care)


def tells_a_course(text: str, arrow: re.Match[str], care: Sequence[NoteFinding]) -> bool:
    """Whether ``arrow`` in ``text`` joins a value to a value or care to care (module doc)."""
    before = text[max(0, arrow.start() - 20) : arrow.start()]
    if _VALUE_BEFORE.search(before) and _VALUE_AFTER.match(text, arrow.end()):
        return True
    left = clause_start(text, arrow.start(), _SIDE_BREAK)
    right = clause_end(text, arrow.end(), _SIDE_BREAK)
    return _care_between(care, left, arrow.start()) and _care_between(care, arrow.end(), right)


def without_course_arrows(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` less each decision-dependent plan whose arrow tells a course."""
    care = [f for f in findings if f.category in CARE_CATEGORIES]
    kept = []
    for finding in findings:
        if (finding.category, finding.concept) == _CONCEPT:
            arrow = _arrow_of(text, finding)
            if arrow is not None and tells_a_course(text, arrow, care):
                continue
        kept.append(finding)
    return kept
