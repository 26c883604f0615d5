"""A lumbar MRI treatment plan as blind wave 34 wrote it (DV/mri-03).

A conditional with no mark between the result and its action ("if HNP refer for ESI") is a
plan that depends on the MRI, as "if HNP -> ESI" is (LMRI-007); a question of who may act
("asked if she could start PT") is no such plan.
"""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_ORDER = {"authoredOn": "2026-05-20", "occurrenceDateTime": "2026-06-01"}
_FIRST = _note(
    "n1", "2026-03-30",
    "S: low back pain into L leg x 1 wk. O: SLR + L, EHL 5/5. P: ibuprofen 600 TID, PT referral.",
)  # fmt: skip


def _lmri(item: str, second: str) -> str:
    bundle = record("72148", _FIRST, _note("n2", "2026-05-20", second), order=_ORDER)
    return status(bundle, item, as_of=date(2026, 5, 21))["status"]


def test_a_bare_conditional_plan_depends_on_the_mri() -> None:
    said = (
        "Phone call: PT done 4/2-5/14, still L leg pain. Will order MRI L-spine; "
        "if HNP refer for ESI."
    )
    assert _lmri("LMRI-007", said) == "met"


def _decision(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/x", text, date(2026, 5, 20))])
    return any(f.concept == "decision-dependent" for f in found)


def test_a_question_of_who_may_act_is_no_conditional_plan() -> None:
    assert _decision("If disc herniation consider TFESI.")
    assert not _decision("Asked if she could start PT before the MRI.")
    assert not _decision("Wants to know if patient can schedule the MRI sooner.")
