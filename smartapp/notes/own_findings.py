"""The findings a statement makes of itself, not of a target it names: a therapy document's
course line ("15 visits 12/8/25-2/18/26" is that therapy), an exam statement's examination, a
line under a goals header a goal, a plan statement the treatment plan, an assessment or plan
statement that records what only an examiner takes the visit's examination (examined_inline.py).

Split out of statements.py, which assembles a statement's findings and adds these to them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .. import lazy_re
from . import cues, session_counts, tables
from .exam_kinds import EXAM_POINTER, NOT_EXAMINED
from .examined_inline import examined_inline
from .field_answers import checked_later_only
from .lines import NoteLines
from .model import NoteFinding, NoteInput
from .segments import Segment
from .statement_facts import StatementFacts
from .statement_kinds import BY_REFERENCE, CLERICAL, GOALS_NOT_SET, UNTESTED, VIDEO_EXAM

_WORDS = lazy_re.compile(r"[a-z]{3}", re.IGNORECASE)


def own_findings(
    note: NoteInput,
    seg: Segment,
    facts: StatementFacts,
    out: list[NoteFinding],
    therapy: str | None,
    remote: bool,
    lines: NoteLines,
    finding: Callable[[str, int, int, dict[str, bool]], NoteFinding],
) -> list[NoteFinding]:
    """The statement ``seg``'s own findings, whose target findings are ``out``: ``therapy`` is
    the therapy a therapy document is of, ``remote`` a visit held at a distance; ``finding``
    makes a finding of a span."""
    found = list(out)  # the statement's findings so far, then those added here
    # Only an exam, goals or plan statement has a finding of its section (below).
    clinical = seg.section in ("exam", "goals", "plan") and bool(
        not CLERICAL.search(seg.text) and _WORDS.search(seg.text) and not facts.placeholder
    )
    if (
        therapy
        and (
            session_counts.session_count(seg.text)
            or cues.course_dated(seg.text, facts.dates, note.date)  # "Dates of care: 1/13-2/25"
        )
        and not any(f.category == "conservative-treatment" for f in found)
    ):
        # A therapy document's course line ("15 visits 12/8/25-2/18/26") is that therapy.
        found.append(finding(f"conservative-treatment|{therapy}", seg.start, seg.end, {}))
    seen = not remote or (  # "Exam (video): ...", not "Unable to perform McMurray via video"
        clinical and VIDEO_EXAM.search(lines.line_at(seg.start)) and not UNTESTED.search(seg.text)
    )
    exam = seg.section == "exam" and clinical and seen
    if exam and _examined(seg.text) and not _plan_only(found):
        # Documenting a normal exam is documenting an exam: this finding is never negated.
        found.append(finding("exam-findings|exam-section", seg.start, seg.end, {}))
    dates = [(m.start, m.when) for m in facts.mentions]
    if (
        not remote
        and not facts.placeholder
        and examined_inline(seg.text, seg.section, dates, note.date)
    ):
        # "A/P: ... sats 89% RA resting, 90% with walking. No edema, no JVD" is the visit's own
        # examination, with no exam header (blind wave 83, LF/oxy-03; examined_inline.py).
        # Taken at the visit, not planned by its plan header (examined_inline reads "will").
        seen_here = finding("face-to-face|examined-in-person", seg.start, seg.end, {})
        found.append(replace(seen_here, planned=False))
    stated = not (BY_REFERENCE.search(seg.text) or GOALS_NOT_SET.match(seg.text))
    if seg.section == "goals" and clinical and stated:
        # Each line under a GOALS header is a goal, whether or not it says "goal".
        found.append(finding("plan-of-care|goals", seg.start, seg.end, {}))
    if seg.section == "plan" and clinical:
        negated = any(f.negated for f in found) and not any(not f.negated for f in found)
        found.append(
            finding("treatment-plan|plan-section", seg.start, seg.end, {"negated": negated})
        )
    return found[len(out) :]


def _examined(text: str) -> bool:
    """A statement under an exam header that reports an examination: not "exam deferred", a
    pointer ("Exam: see 4/2 note"), a grid's heading row ("Measure | Initial | Current |") or a
    patient-reported score alone ("Oswestry | 40% | 36% |" in a PT discharge's Objective)."""
    row = tables.cells(text)
    return not (
        NOT_EXAMINED.search(text)
        or EXAM_POINTER.search(text)
        or tables.heading_row(row)
        or tables.self_reported_only(text)
        or checked_later_only(text)  # "Exam: SLR: will check next visit." (s75-g)
    )


def _plan_only(found: list[NoteFinding]) -> bool:
    """A statement under an exam header that states a plan and no exam finding: the plan run on
    into the exam's paragraph ("Exam: ... reflexes 2+ sym. MRI needed to plan injection vs
    surgical referral." in a one-paragraph letter: blind wave 36, EF/lmri-03), not an exam."""
    return any(f.category == "treatment-plan" for f in found) and not any(
        f.category == "exam-findings" for f in found
    )
