"""A plan's branch on what the study may find, named as one of the note's differential diagnoses
(blind wave 81, KX/imaging-other-02).

"A/P: RLQ pain w/ leukocytosis, r/o Crohn ileitis vs chronic appendicitis vs abscess. CT A/P
with IV contrast. If ileitis -> GI referral + colonoscopy; if appendiceal -> surgery consult."
The CT is ordered to tell the differential apart, and each branch names a diagnosis of it: the
result decides the care. AIM-004 asks a decision-dependent plan to name the study or a finding
(``statement_mentions``), and a finding list can never hold every diagnosis a study may settle;
the note's own differential ("r/o", "rule out", "ddx", "concern for", "vs") names those this
study is to settle. So a branch counts when its condition ("if ileitis ->", "ileitis =>", "if
Crohn's:", "if appendiceal, ...") names a word of that differential (the same stem: "appendiceal"
of "appendicitis"), or when it is the result's sign alone ("If + -> GI referral"). A branch on a
symptom, a vital or a lab ("if pain worse, return to ED", "If fever -> ED", "Cr 1.2 -> 1.5") names
nothing of the differential, and an arrow that reports a course ("Pain -> worse with meals") has
no branch of its own.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: Where a note lists what the study is to tell apart, up to the clause's end.
_DIFFERENTIAL = lazy_re.compile(
    r"\b(?:r/o|rule\s+out|ruling\s+out|ddx|differential(?:\s+(?:dx|diagnosis))?(?:\s+includes)?|"
    r"concern\s+for|c/f|suspect(?:ed)?|vs\.?|versus)\b[^.;\n]{0,100}",
    re.IGNORECASE,
)
#: A branch's condition: "if ileitis ->", "If Crohn's: ...", "if appendiceal, surgery", "if
#: inflamed appendix then ...", or a condition leading its own clause to an arrow ("ileitis =>").
_CONDITION = lazy_re.compile(
    r"\bif\s+(?P<cond>[^.;:,\n]{1,40}?)\s*(?:->|=>|→|:|,|\bthen\b)"
    r"|(?:^|[;.]\s*|\n)\s*(?P<lead>[\w'/+() -]{1,30}?)\s*(?:->|=>|→)\s*[a-z]",
    re.IGNORECASE,
)
#: The result's sign alone as the condition: "If + ->", "abnl => cath", "(+) -> refer".
_SIGN = lazy_re.compile(r"^\(?(?:\+|pos|positive|abnl|abn|abnormal)\)?$", re.IGNORECASE)
#: Words of a differential or a condition that name no diagnosis of their own.
_PLAIN = frozenset(
    "chronic acute severe mild moderate early large small possible likely probable other worse "
    "worsening symptoms persistent persists recurrent there shows pain fever".split()
)
_WORD = lazy_re.compile(r"[a-z][a-z'-]{4,}", re.IGNORECASE)
_STEM = 6  # "appendiceal" and "appendicitis" share "append"; "ileitis" is its own


def _stems(text: str) -> set[str]:
    words = (re.sub(r"'s?$", "", w.lower()) for w in _WORD.findall(text))
    return {w[:_STEM] for w in words if w not in _PLAIN and len(w) >= 5}


def differential_stems(note: str) -> set[str]:
    """The stems of the diagnoses ``note`` lists as its differential."""
    return set().union(*(_stems(m.group(0)) for m in _DIFFERENTIAL.finditer(note)))


def branch_conditions(statement: str) -> list[str]:
    """The conditions ``statement``'s branches open on: "if ileitis ->"'s "ileitis"."""
    return [(m["cond"] or m["lead"] or "").strip() for m in _CONDITION.finditer(statement)]


def branches_on_differential(statement: str, note: str) -> bool:
    """Whether ``statement`` branches on a diagnosis of ``note``'s differential, or on the
    result's sign alone."""
    differential: set[str] | None = None
    for cond in branch_conditions(statement):
        if _SIGN.match(cond):
            return True
        if differential is None:
            differential = differential_stems(note)
        if _stems(cond) & differential:
            return True
    return False

