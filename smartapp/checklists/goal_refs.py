"""Goals named only as what the patient progresses toward: "Group session: pt participated,
progressing toward goals" (blind wave 36, EE/speech-03: daily notes copied forward after the plan
of care lapsed were read as the plan's goals).

A plan of care sets measurable goals (OAC 5160-8-33; CGS's plan-of-care fact sheet): "Goals:
sentence intelligibility 85%", "pt will ambulate 300 ft". A statement that names "the goals" only
as the object of progress or work ("progressing toward goals", "working towards LTGs",
"continue to address goals") refers to goals written elsewhere and sets none itself; like a
pointer at the plan ("cont POC": not_a_plan.points_at_plan) it is no plan of its own. The goal
the same statement goes on to set ("progressing toward goals; new STG: ...") is a finding of its
own and still counts.

Nor are goals a daily note says it copied forward ("Goals: QuickDASH <25, grip 18 kg (copied).")
set on its day: they are the earlier plan's, carried on by the template, and they renew no plan
whose weeks have run out (blind wave 106, ON/ptot-02: a plan of 6/10 for 8 weeks, its goals
copied into a daily note of 8/27, read as a plan in force on 8/31). Only the goals on the marked
line, from its label on (:func:`copied_goals`).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The words before a bare "goals" that make it the object of progress, not a goal set:
#: "progressing (well) toward (all) goals", "working towards her LTGs", "address goals".
_TOWARD = lazy_re.compile(
    r"\b(?:toward|towards|address(?:ing|es)?|per)\s+"
    r"(?:(?:all|most|some|stated|established|set|functional|her|his|their|the|pt'?s?|"
    r"patient'?s?|current|plan(?:ned)?|poc|long[- ]term|short[- ]term)\s+){0,3}$",
    re.IGNORECASE,
)
#: The bare names of goals such a statement uses (not "pt will ...", not a goal with content).
_BARE_GOALS = lazy_re.compile(r"^(?:goals?|ltgs?|stgs?|functional goals?)$", re.IGNORECASE)
#: A heading the goals follow: "address goals: intelligibility 85%" sets them after all.
_HEADING = lazy_re.compile(r"^\s*(?:[:=]|[-\u2013]\s*\w)")
#: How far before the word to look for what governs it.
_REACH = 60


def only_toward_goals(finding: Any, texts: dict[str, str]) -> bool:
    """Whether ``finding`` (a plan-of-care goals finding) names the goals only as what the
    patient progresses or works toward (``texts``: note ref to its text, which the finding's
    offsets index)."""
    if finding.concept != "goals" or not _BARE_GOALS.match((finding.text or "").strip()):
        return False
    text = texts.get(finding.note_ref, "")
    if text and text[finding.start:finding.end].lower() == finding.text.lower():
        before = text[max(0, finding.start - _REACH):finding.start]
        after = text[finding.end:finding.end + _REACH]
    elif finding.text in finding.snippet:  # offsets that do not index it: the statement alone
        before, _, after = finding.snippet.rpartition(finding.text)
    else:
        return False
    return _TOWARD.search(before) is not None and not _HEADING.match(after)


#: A goals label whose line says it was copied forward: "Goals: ... (copied)", "Goals (copied
#: fwd from eval):", "LTGs carried over from POC". The label, then the marker on its line.
_COPIED_GOALS = lazy_re.compile(
    r"\b(?:goals?|ltgs?|stgs?)\b[^\n]*?(?:\(\s*(?:copied|carried)\b|"
    r"\b(?:copied|carried|pulled)\s+(?:forward|fwd|over|from)\b)",
    re.IGNORECASE,
)


def copied_goals(finding: Any, texts: dict[str, str]) -> bool:
    """Whether ``finding`` (a goals finding) lies on a goals line its note marks as copied
    forward, from the label on (module doc)."""
    if finding.concept != "goals":
        return False
    text = texts.get(finding.note_ref, "")
    line_start = text.rfind("\n", 0, finding.start) + 1
    line_end = text.find("\n", finding.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(
        line_start + m.start() <= finding.start for m in _COPIED_GOALS.finditer(line)
    )


def not_set_here(finding: Any, texts: dict[str, str]) -> bool:
    """Whether ``finding`` names goals set elsewhere: only as what the patient progresses
    toward, or copied forward from an earlier note."""
    return only_toward_goals(finding, texts) or copied_goals(finding, texts)
