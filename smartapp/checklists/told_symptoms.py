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

Other exam concepts hold one symptom word among their signs (``SYMPTOM_WORDS``): "joint line" (a
mechanical test, for the joint-line tenderness it names) in "c/o medial joint line pain"
(BF/kas-01, CN/kas-03 show the shape), "spasms" (tenderness) in "reports back spasms", "swollen
joints" (synovitis) in "c/o swollen joints in the mornings", "foot drop" (strength) in "HPI: L
foot drop x 2 wks" (exam-only items of lumbar MRI, spinal injections, spine, hip and imaging),
"wheezing" (a lung exam) in "Pt reports wheezing at night" (advanced imaging's AIM-001).
Those words are told the same way, under a history heading or as a complaint, its frequency or
what brings it on ("when squatting"); under an exam heading, palpated or measured they are the
examiner's ("MJL tender", "TTP MJL", "pain on palpation of the joint line", "Exam: paraspinal
spasm"), and the complaint's words alone take them back ("O: pt reports joint line pain").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: Exam concepts whose words also name the symptom the patient reports.
SIGNS_ALSO_SYMPTOMS = frozenset({"locked-knee"})

#: Exam concepts that hold one symptom's words among their signs: the concept → those words.
#: "Joint line" is the symptom only with pain (its tenderness is the examiner's, see _PALPATED).
SYMPTOM_WORDS = {
    "mechanical-test": lazy_re.compile(r"\bjoint[\s-]*lines?\b", re.IGNORECASE),
    "tenderness": lazy_re.compile(r"\bspasms?\b", re.IGNORECASE),
    "synovitis": lazy_re.compile(r"\bswollen\s+joints?\b", re.IGNORECASE),
    "strength": lazy_re.compile(r"\bfoot[\s-]*drop\b", re.IGNORECASE),
    # "c/o purulent nasal drainage", "HPI: facial pressure, sinus tenderness" (blind wave 94).
    "sinonasal-exam": lazy_re.compile(
        r"\b(?:drainage|discharge|purulence|mucopurulence|sinus\s+tenderness)\b", re.IGNORECASE
    ),
    # A wheeze the patient reports ("Pt reports wheezing at night", "c/o wheeze w/ exertion") is
    # history; the examiner's is heard on auscultation ("Lungs: scattered expiratory wheezes").
    "lung-exam": lazy_re.compile(r"\bwheez\w*", re.IGNORECASE),
}

#: Pain felt at the joint line: "medial joint line pain", "pain along the joint line".
_LINE_PAIN = lazy_re.compile(
    r"\bjoint[\s-]*lines?\s+(?:pain|ache|aching|discomfort|soreness)"
    r"|\b(?:pain\w*|ache|aching|discomfort|sore\w*)\s+(?:\w+\s+){0,3}?joint[\s-]*lines?\b",
    re.IGNORECASE,
)

#: An episode is told, never seen: "locking episodes", "locking episode x2".
_EPISODE = lazy_re.compile(r"\bepisod", re.IGNORECASE)

#: Who tells the complaint: the patient or someone who lives with it.
_SAID = (
    r"\b(?:reports?|reported|reporting|c/o|complain\w*|states?|stated|says|said|endorses?|"
    r"endorsed|describes?|described|noticed|notices)\b"
)

#: How often it happens: a symptom that comes and goes.
_OFTEN = (
    r"\b(?:intermittent\w*|occasional\w*|at times|sometimes|"
    r"recurrent\w*|recurring|twice|several times|weekly|daily|monthly|wiggle\w*)\b"
    r"|\b\d+\s*(?:-\s*\d+\s*)?(?:x|times?)\s*(?:/|a|per|this|last|in|each)?\s*"
    r"(?:wk|week|mo|month|day|d)\b"  # "3x this month", "1-2 times a week", "2x/wk"
    r"|\b\d+\s*(?:-\s*\d+\s*)?/\s*(?:wk|week|mo|month)\b"  # "1-2/wk"
    r"|\bx\s*\d+\b(?!\s*(?:deg|°))"  # "locked x2"
)

#: A complaint and its frequency: who says it and how often it happens.
_TOLD = lazy_re.compile(_SAID + "|" + _OFTEN, re.IGNORECASE)

#: A complaint, with no heading: said by someone, or felt when, or how often it happens.
_COMPLAINT = lazy_re.compile(
    _SAID + r"|\b(?:when|whenever|with|while|after|on)\s+(?:\w+\s+)?(?:squat\w*|kneel\w*|"
    r"stairs|walk\w*|stand\w*|pivot\w*|twist\w*|bend\w*|lift\w*|climb\w*|run\w*)\b"
    r"|\bin the (?:mornings?|evenings?)\b|\bat night\b",
    re.IGNORECASE,
)

#: The statement measures or examines the knee: what the examiner found.
_EXAMINED = lazy_re.compile(
    r"\b(?:on exam\w*|exam(?:ination)?\s*[:\-]|examined|on examination|lacks?\s*~?\s*\d+|"
    r"passive(?:ly)?|springy|mechanical block)\b"
    r"|\d+\s*(?:deg\w*|°)",
    re.IGNORECASE,
)

#: Felt under the examiner's hand or test: "MJL tender", "TTP MJL", "+JLT", "on palpation".
_PALPATED = lazy_re.compile(
    r"\b(?:tender\w*|ttp|jlt|palpat\w*|mcmurray\w*|thessaly\w*|apley\w*|\d/5|mmt)\b",
    re.IGNORECASE,
)

#: Heard by the examiner: a lung exam's label or where and how the wheeze is heard ("Lungs:
#: intermittent wheezes R base", "occasional wheeze on forced expiration"): "intermittent" there
#: describes the sound, not a symptom that comes and goes.
_HEARD = lazy_re.compile(
    r"\b(?:lungs?|chest|resp\w*|pulm\w*)\s*:"
    r"|\b(?:auscult\w*|expiratory|inspiratory|expiration|exhalation|bases?|lobes?|fields?|"
    r"bilat\w*|b/l|diffuse\w*|scattered|faint|audibl\w*|[rl][ul]l)\b",
    re.IGNORECASE,
)


def told_as_symptom(finding: Any) -> bool:
    """The finding is a sign's words telling the patient's symptom (see the module docstring)."""
    words = SYMPTOM_WORDS.get(finding.concept)
    if words is not None:
        return _symptom_word_told(finding, words)
    if finding.concept not in SIGNS_ALSO_SYMPTOMS:
        return False
    if _EPISODE.search(finding.text):
        return True  # "locking episodes intermittently"
    statement = finding.snippet or ""
    if _EXAMINED.search(statement):
        return False  # "R knee locked ~20 deg, cannot be passively extended"
    return finding.section == "hpi" or bool(_TOLD.search(statement))


def _symptom_word_told(finding: Any, words: re.Pattern[str]) -> bool:
    """The concept's symptom words ("spasms", "joint line" pain) told as the patient's."""
    if not words.search(finding.text or ""):
        return False  # "paraspinal tenderness", "McMurray +": a sign's own words
    statement = finding.snippet or ""
    if finding.concept == "mechanical-test" and not _LINE_PAIN.search(statement):
        return False  # "R knee: joint line tender medially"
    if _EXAMINED.search(statement) or _PALPATED.search(statement):
        return False  # "paraspinal spasm, TTP L4-5", "pain at MJL on palpation"
    if finding.concept == "lung-exam" and _HEARD.search(statement):
        return False  # "Lungs: intermittent wheezes R base"
    if finding.section == "exam":
        return bool(re.search(_SAID, statement, re.IGNORECASE))  # "O: pt reports MJL pain"
    return finding.section in ("hpi", "ros") or bool(
        _TOLD.search(statement) or _COMPLAINT.search(statement)
    )
