"""A document that says its re-assessment was not done is no progress report, whatever its name.

"PT POC recert - Recertification 4/27/26 (MD signature only, no re-assessment performed):
continue 2x/wk x 8 wks" is a plan re-signed without measuring anything again (blind wave 31,
DK/pt-ot-chiro-02): MBPM ch. 15 §220.3 asks a progress report to assess progress toward the goals,
and OAC 5160-8-32 a re-evaluation. Counted by its title ("recertification") it reset the clock
of PT-004 and PT-007 though its own words deny it. A document whose text negates a re-evaluation
("no re-assessment performed", "re-eval not done") is read as none. A blank field is no denial:
"[Recertification: ***]" under a re-evaluation that measured everything again leaves it a report
(blind wave 31, DJ/pt-02).

Nor is a recertification that only re-signs the plan: "Physician recertification: OT plan of care
extended through 10/8/26, 2x/wk, goals unchanged" (blind wave 43, FG/pt-03) measures nothing
again and compares nothing with the goals, so it neither resets the 10-visit progress report
clock (MBPM ch. 15 §220.3) nor the 60-day re-evaluation one (OAC 5160-8-32). With
``recerts_remeasure`` a statement that reads as a report only by the word "recertification" or
"recert" counts when its note also measures again or grades the goals (visits.py). So does a
recertification charted as a CarePlan, counted by its words: "Recertification (physician):
continue current POC unchanged ... goals as initial eval (AROM flex 150, QuickDASH <30).
Progress: see OT progress note 2/13" (blind wave 42, FD/therapy-02) points back to the report it
rests on, and the goals' targets it repeats are where the patient is to get, not a measure taken
again: the 2/13 note stays the last report.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..notes.placeholders import PLACEHOLDER
from .context import Context
from .not_a_plan import points_at_plan
from .record_filters import matches_concept
from .visit_headings import visit_number

#: What a progress report measures again: outcome scores and range of motion.
_REMEASURED = {
    "functional-deficits": frozenset({"functional-score"}),
    "exam-findings": frozenset({"range-of-motion"}),
    # A speech-language test given again with its score ("WAB-R AQ 66.1", "BNT 31/60"): the
    # SLP's measure of the goals, as QuickDASH is the OT's (blind wave 52, GP/slp-02: a bare
    # "making progress towards goals" counts only beside such a measure). A test only named
    # ("see WAB-R from eval") measures nothing: a number must follow it closely.
    "clinical-notes": frozenset({"standardized-scores"}),
}
#: A score in a test's finding or just after it, in its sentence ("WAB-R AQ 66.1", "Boston Naming
#: Test 22/60"); an edition's number ("CELF-5", "GFTA-3") is no score.
_SCORE_AFTER = lazy_re.compile(
    r"(?:[^.;\n\d]|(?<=[a-z])-?\d\b)*?(?<![a-z]-)(?<![a-z])\d", re.IGNORECASE
)
_SCORE_REACH = 25
#: A goal named earlier in the statement, no sentence between: "Goals: AROM flex 150", "goals as
#: initial eval (AROM flex 150, QuickDASH <30": the value is the target, not a measure.
_GOAL_BEFORE = lazy_re.compile(r"\bgoals?\b[^.;\n]*$", re.IGNORECASE)


def _scored(text: str, start: int, end: int) -> bool:
    """Whether a standardized test's finding at ``start``-``end`` gives a score."""
    return _SCORE_AFTER.match(text[start : end + _SCORE_REACH]) is not None


def remeasured(ctx: Context, *, scored: bool = False) -> set[str]:
    """The references of texts that measure again an outcome score, a range of motion or a
    speech-language test's score, not counting the targets a goal states; with ``scored``, only
    measures a number follows ("QuickDASH 36", "flex 118", not "wrist AROM" exercised)."""
    texts = ctx.texts
    return {
        f.note_ref
        for f in ctx.record.findings or ()
        if f.asserted and f.concept in _REMEASURED.get(f.category, ())
        and f.section != "goals"
        and ((f.category != "clinical-notes" and not scored)
             or _scored(texts.get(f.note_ref, ""), f.start, f.end))
        and not _GOAL_BEFORE.search(texts.get(f.note_ref, "")[max(0, f.start - 80) : f.start])
    }  # fmt: skip


def denied_reports(ctx: Context) -> set[str]:
    """The references of texts that say no re-evaluation or re-assessment was done."""
    return {
        f.note_ref
        for f in ctx.record.findings or ()
        if f.category == "progress-report" and f.concept == "re-evaluation" and f.negated
        and not f.family and not PLACEHOLDER.search(f.snippet)
    }


_RECERT = lazy_re.compile(r"re-?cert", re.IGNORECASE)


def bare_recertification(finding: Any, ctx: Context, reporting: set[str]) -> bool:
    """Whether ``finding`` reads as a report only by the word "recertification" (or "recert")
    in a note that is not among ``reporting`` (the notes that measure again or grade goals)."""
    words = ctx.texts.get(finding.note_ref, "")[finding.start : finding.end]
    return bool(_RECERT.match(words)) and finding.note_ref not in reporting


def bare_recert_title(note: Any, names: dict[str, Any], reporting: set[str]) -> bool:
    """Whether a note counted as a report by its title (``names``) is so only by the word
    "recertification" (or "recert") and its text neither measures again nor grades the goals
    (its reference not among ``reporting``): "OT POC recertification" whose physician's text
    reads "Continue OT 2x/wk through 07/31/2026. Goals unchanged from eval" (blind wave 46,
    FQ/therapy-03). "Re-evaluation and recertification" is a report by its other word."""
    if note.ref in reporting or not _RECERT.search(note.title or ""):
        return False
    others = [n for n in names.get("names", ()) if not _RECERT.search(n)]
    return not matches_concept((), note.title, {"names": others})


def bare_recert_plan(plan: Any, reporting: set[str]) -> bool:
    """Whether a CarePlan is a recertification whose text neither measures again nor grades the
    goals (its reference not among ``reporting``)."""
    return bool(_RECERT.search(plan.text or "")) and plan.ref not in reporting


def _replanned(ctx: Context) -> set[str]:
    """The references of texts stating both a frequency and a duration of their own (not "cont
    POC", "per plan of care")."""
    said: dict[str, set[str]] = {}
    for f in ctx.record.findings or ():
        if f.asserted and f.category == "plan-of-care" and f.concept in ("frequency", "duration"):
            if not points_at_plan(f.snippet):
                said.setdefault(f.note_ref, set()).add(f.concept)
    return {ref for ref, concepts in said.items() if len(concepts) == 2}


#: Nothing but blank space or punctuation before a finding: it heads its note.
_HEADS = lazy_re.compile(r"^\W*$")
#: A therapy discipline just before "progress note": "OT PROGRESS NOTE", "PT progress note",
#: "Speech therapy progress note" name the therapist's report, not the EHR's name of every note.
_DISCIPLINE_BEFORE = lazy_re.compile(
    r"\b(?:pt|ot|slp|st|physical therapy|physio\w*|occupational therapy|speech(?:[- ]language)?"
    r"(?: therapy| pathology)?|therapy|rehab)\s*$",
    re.IGNORECASE,
)


def therapist_progress_notes(findings: Any, ctx: Context, measured: set[str]) -> set[str]:
    """The references of texts headed as a therapist's progress note ("OT PROGRESS NOTE") that
    measure an outcome score or motion again (``measured``): the goals' measures taken again are
    the comparison with the goals the report owes (blind wave 45, FN/pt-03: "OT PROGRESS NOTE
    10/9/26 (visit 19): DASH 38. Grip R 31 lb" after an evaluation's DASH 62 and its goals).
    A generic "Progress note" heading the note counts so when its first line numbers the visit
    of a course ("Progress note 6/5/26 (visit 22). ... QuickDASH 36, grip L 16 kg": blind wave 43
    leftover, HI/pt-03): a physician's visit note numbers no visit, the therapy course does
    (visit_headings.py)."""
    texts = ctx.texts
    # ... measuring with a number: "putty, wrist AROM" is the exercise done, not a motion taken;
    # and setting the course's next frequency and duration ("Recommend continue 2x/wk x 5 wks"),
    # as a re-evaluation re-plans: "Progress note visit 6: ODI 34%. Cont POC" only notes the
    # progress (blind wave 56, GS/pt-ot-chiro-03: not a re-evaluation).
    numbered = {n.ref for n in ctx.record.notes if visit_number(n) is not None} & remeasured(
        ctx, scored=True
    ) & _replanned(ctx)
    return {
        f.note_ref
        for f in findings
        if f.concept == "progress-note" and f.note_ref in measured
        and (_DISCIPLINE_BEFORE.search(texts.get(f.note_ref, "")[max(0, f.start - 30) : f.start])
             or (f.note_ref in numbered and _HEADS.match(texts.get(f.note_ref, "")[: f.start])))
    }  # fmt: skip
