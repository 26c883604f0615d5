"""A plan that waits on something other than the study's result is no decision the result makes.

The decision-dependent concept is the plan an imaging item asks for: how the study's result
will change management ("depending on findings, ESI vs surgical referral", "if herniation, will
refer to spine"). The same words say a plan that depends on something else: "MRI L-spine,
depending on insurance, ESI vs surgical consult", "If approved, schedule MRI", "depending on pt
preference, ESI vs PT" (brief s72-c, the lead's probe of stop 71's engine: a gap called met).
The condition such a finding opens, read up to the end of its clause, names the payer, the
cost, the calendar or the patient's wishes (or, depended on, the patient's pain); the finding is
dropped. A condition that also names the result ("depending on MRI results and insurance"), or a
property of the finding ("depending on severity", "depending on tear pattern", "severity of
stenosis"), stays a decision on the result.

So does a condition on the course of the care under way or of the symptoms, after "if": "If no
improvement with PT, will refer to ortho", "if sx persist after 6 wks PT -> ESI", "if fails
conservative tx, surgical consult" (brief s72-w6, item 2: a gap called met) wait on the therapy's
outcome, not on what the study shows. A condition that names the study or a result ("if MRI neg
and no better with PT") stays, and so does one whose step is the imaging itself ("If mechanical
sx persist -> MRI"): IF/imaging-other-03's label counts that plan for the study, though the
item's criteria ("a conditional about something else does not") would not (left to the lead).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lazy_re
from .clause_spans import clause_end
from .model import NoteFinding

_CONCEPT = ("treatment-plan", "decision-dependent")
#: The word that opens the condition: "depending (up)on", "depends on", "based on" (``on``),
#: or "if".
_CUE = lazy_re.compile(
    r"\b(?:(?P<on>(?:depending|depends|dependent|contingent|based)\s+(?:up)?on)|if)\b", re.I
)
#: The condition runs to the end of its clause, or to the step it leads to when no comma marks
#: it off: "depending on MRI may refer pain mgmt for ESI" (DO/lmri-02) waits on the MRI alone.
#: An arrow or a spaced dash is that mark too: "If normal -> LP with opening pressure" waits
#: on "normal", and the step's "opening pressure" is no calendar's opening (blind wave 100,
#: NS/aio-02).
_CLAUSE = lazy_re.compile(
    r"(?:(?!\b(?:may|might|will|would|can|could|should|then|refer\w*|proceed|consider)\b"
    r"|-+>|=>|\u2192|\s[-\u2013\u2014]{1,2}\s)"
    r"[^,;:.\n]){0,60}",
    re.I,
)
#: What the condition waits on that the study's result is not: the payer and its authorization,
#: the cost, the calendar, the patient's own choice.
_OTHER = lazy_re.compile(
    r"\b(?:insurance|ins|insurer|payer|payor|coverage|covers?|covered|copay\w*|deductible"
    r"|costs?|price|afford\w*|financ\w*|out[- ]of[- ]pocket|self[- ]pay"
    r"|auth|authori[sz]\w*|pre-?auth\w*|pre-?cert\w*|approv\w*|denial|denied"
    r"|schedul\w*|availab\w*|openings?|wait\s*(?:times?|list)|transportation|work"
    r"|preference|prefers?|preferred|wish\w*|wants?|choice|chooses?|agrees?|elects?|decides?)\b",
    re.I,
)
#: ... or, depended on ("depending on pain severity", "based on symptoms"), the patient's pain.
#: Not after "if": "If mechanical sx persist -> MRI" is a plan for the study itself, read as
#: one before this module (IF/imaging-other-03; its label counts it, though the item's
#: criteria say a conditional about something else does not: left to the lead).
_FELT = lazy_re.compile(r"\b(?:pain|symptoms?|sx)\b", re.I)
#: What the study will show: its result, the finding, the finding's place, size or grade.
_RESULT = lazy_re.compile(
    r"\b(?:results?|findings?|shows?|showing|reveals?|demonstrates?|read|report|levels?"
    r"|stenosis|herniation|hnp|disc|disk|extrusion|protrusion|compression|impingement|tear"
    r"|fracture|fx|lesion|mass|tumor|effusion|avn|myelopathy|instability|listhesis|generator)\b",
    re.I,
)


#: A condition on the course of care or symptoms: no better, persisting, failing, worse.
_COURSE = lazy_re.compile(
    r"\b(?:(?:no|not|little|minimal|without)\s+(?:better|improv\w*|relief|response|benefit"
    r"|progress|change)|persist\w*|continu\w*|worse\w*|fail\w*|unsuccessful|refractory"
    r"|recur\w*|(?:does|did)\s*n[o']?t\s+(?:improve|resolve|help|respond)"
    r"|not\s+(?:improving|responding|helping|resolv\w*)|still\s+(?:symptomatic|painful|having))\b",
    re.I,
)
#: The study named: a condition that names it waits on it; a step that is it plans the study.
_STUDY = lazy_re.compile(
    r"\b(?:mri|mra|ct|cta|imaging|scan|study|x-?rays?|xr|films?|radiographs?|ultrasound|us)\b",
    re.I,
)
_STEP_END = lazy_re.compile(r"[.;\n]")


def _on_the_course(text: str, cue: re.Match[str], words: str) -> bool:
    """Whether an "if" condition ``words`` waits on the course of care or symptoms, names no
    study or result, and leads to a step that is no imaging (module docstring)."""
    if cue.group("on") or not _COURSE.search(words) or _STUDY.search(words):
        return False
    start = cue.end() + len(words)
    return not _STUDY.search(text[start : clause_end(text, start, _STEP_END)])


def _on_another_condition(text: str, finding: NoteFinding) -> bool:
    """Whether ``finding`` (a decision-dependent plan) opens a condition that names something
    other than the study's result, and no result."""
    if (finding.category, finding.concept) != _CONCEPT:
        return False
    cue = _CUE.search(text, finding.start, finding.end + 1)
    if cue is None:
        return False
    condition = _CLAUSE.match(text, cue.end())
    words = condition.group() if condition else ""
    other = _OTHER.search(words) or (cue.group("on") and _FELT.search(words))
    return bool(other or _on_the_course(text, cue, words)) and not _RESULT.search(words)


def without_other_conditions(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` less each decision-dependent plan whose condition is not the result."""
    return [f for f in findings if not _on_another_condition(text, f)]
