"""A sign whose words also tell the symptom, told as the symptom: history, not an exam finding.

"Locked knee", "knee locked", "locking episodes", "cannot fully extend" (targets.yaml
``locked-knee``) name both what the patient lives (a knee that locks now and then, or since an
injury) and what the examiner finds (a knee held in flexion with a block to extension). An item
that reads only the examination (``exam_only``) counts the second alone: "Interval: Now R knee
... locking episodes intermittently, tried PT 6 wks" met the knee arthroscopy's exam item with
no exam of that knee in the note (blind wave 73, JR/kas-03). The symptom is told

- as episodes, whatever the section ("locking episodes 2-3x/wk");
- under a history heading ("Interval:", "Interval hx:", "Since last visit:", "S:", "HPI:");
- as a complaint or with its frequency ("pt reports knee locked twice", "c/o ... locked",
  "knee locked ~weekly");

unless the statement measures or examines it ("locked at 20 deg", "lacks 25 deg extension",
"cannot be passively extended", "on exam"). Other criteria (KAS-003's exemption for a locked
knee) read the history on purpose and do not ask this.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: Exam concepts whose words also name the symptom the patient reports.
SIGNS_ALSO_SYMPTOMS = frozenset({"locked-knee"})

#: An episode is told, never seen: "locking episodes", "locking episode x2".
_EPISODE = lazy_re.compile(r"\bepisod", re.IGNORECASE)

#: A complaint and its frequency: who says it and how often it happens.
_TOLD = lazy_re.compile(
    r"\b(?:reports?|reported|reporting|c/o|complain\w*|states?|stated|says|said|endorses?|"
    r"endorsed|describes?|described|intermittent\w*|occasional\w*|at times|sometimes|"
    r"recurrent\w*|recurring|twice|several times|weekly|daily|monthly|wiggle\w*)\b"
    r"|\b\d+\s*(?:-\s*\d+\s*)?(?:x|times?)\s*(?:/|a|per|this|last|in|each)?\s*"
    r"(?:wk|week|mo|month|day|d)\b"  # "3x this month", "1-2 times a week", "2x/wk"
    r"|\b\d+\s*(?:-\s*\d+\s*)?/\s*(?:wk|week|mo|month)\b"  # "1-2/wk"
    r"|\bx\s*\d+\b(?!\s*(?:deg|°))",  # "locked x2"
    re.IGNORECASE,
)

#: The statement measures or examines the knee: what the examiner found.
_EXAMINED = lazy_re.compile(
    r"\b(?:on exam\w*|exam(?:ination)?\s*[:\-]|examined|on examination|lacks?\s*~?\s*\d+|"
    r"passive(?:ly)?|springy|mechanical block)\b"
    r"|\d+\s*(?:deg\w*|°)",
    re.IGNORECASE,
)


def told_as_symptom(finding: Any) -> bool:
    """The finding is a sign's words telling the patient's symptom (see the module docstring)."""
    if finding.concept not in SIGNS_ALSO_SYMPTOMS:
        return False
    if _EPISODE.search(finding.text):
        return True  # "locking episodes intermittently"
    statement = finding.snippet or ""
    if _EXAMINED.search(statement):
        return False  # "R knee locked ~20 deg, cannot be passively extended"
    return finding.section == "hpi" or bool(_TOLD.search(statement))
