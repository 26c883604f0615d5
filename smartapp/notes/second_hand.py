"""What a note has only at second hand, no evidence of its own (blind waves 16, 18, 20): an
evaluation named, undated, as where a copied value came from ("ODI 30% (from re-exam)"), the
score copied from it, and a result told by the patient, hearsay or with its report missing
("MRI reportedly showed HNP - report not available"). Split out of not_evidence.py;
:mod:`.statements` reads them when it flags a statement's findings.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clauses import stop_bounded_clause

#: An evaluation named as where a value came from ("ODI 30% (from re-exam)" copied into every
#: daily note, blind wave 16 BD/pt-02; "ROM per last re-eval", "goals as set at the IE"): that
#: evaluation is another note's, none is done here. With its date ("per re-exam 8/6", "see
#: progress report 2/19/26") it stays a dated mention of that evaluation.
OTHER_NOTES_EVAL = lazy_re.compile(
    r"\b(?:from|per|see|since|(?:as\s+)?(?:noted|documented|recorded|measured|set)\s+(?:in|on|at)|"
    r"(?:carried|copied|brought|pulled)\s+(?:forward\s+|over\s+)?from)\s+(?:the\s+|her\s+|his\s+|"
    r"pt'?s?\s+)?(?:(?:last|prior|previous|most\s+recent|recent|latest|initial)\s+)?\W*$",
    re.IGNORECASE,
)
DATE_JUST_AFTER = lazy_re.compile(
    r"^\W{0,3}(?:(?:on|of|dated|from|done)\s+)?(?:\d{1,2}/\d{1,2}|\d{4}-\d{2}-\d{2}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d)",
    re.IGNORECASE,
)
_EVALUATIONS = frozenset({"progress-report|re-evaluation", "exam-findings|therapy-evaluation"})


def other_notes_evaluation(label: str, before: str, after: str) -> bool:
    """An evaluation named, undated, as the source of what this note copies. A therapist's
    evaluation cited for its conclusion ("Per PT eval pt benefits from walker") was done: only a
    re-evaluation, which dates the progress report, is another note's after "per"."""
    if label not in _EVALUATIONS:
        return False  # checked first: this runs for every target of every statement
    cue = OTHER_NOTES_EVAL.search(before[-60:])
    if not cue or DATE_JUST_AFTER.match(after):
        return False
    return label == "progress-report|re-evaluation" or not cue.group().lower().startswith("per")


#: A score followed by the evaluation it was copied from ("ODI 30% (from re-exam)", "LEFS 42 per
#: last re-eval", blind wave 16 BD/pt-02): that evaluation's score, undated here, not today's.
SCORE_FROM_ELSEWHERE = lazy_re.compile(
    r"^[^.;()]{0,25}?\(?\s*(?:from|per|see|as of|carried (?:forward )?from|copied from)\s+"
    r"(?:the\s+)?(?:(?:last|prior|previous|most\s+recent|recent|latest|initial)\s+)?"
    r"(?:re-?exam\w*|re-?eval\w*|reassessment|re-assessment|progress report|ie|initial "
    r"(?:eval\w*|exam\w*)|eval(?:uation)?|exam)\b(?!\s*(?:(?:on|of|dated)\s+)?\d)",
    re.IGNORECASE,
)


#: A result the note has only at second hand, its report not in hand ("outside cervical MRI
#: reportedly showed R C4-5 disc herniation - report not available; will obtain", blind wave 18
#: BK/spine-03): a reviewer asks for the report, and what it is said to show is no result yet.
#: The cue follows the result in its own clause ("report not available", "images not on file",
#: "no formal report", "report pending"), or the result is hearsay ("reportedly showed"). A
#: clause that says the study is not in the record names no other subject: "(per outside films,
#: Hamada 4 - not in our system)" is a film this chart does not hold (blind wave 35,
#: DV/shoulder-02), the reviewer asks for it as for "report not available".
_NOT_IN_RECORD = r"in\s+(?:the\s+|our\s+|this\s+)?(?:chart|record|system|epic|emr|ehr)"
_REPORT_NOT_HERE = lazy_re.compile(
    r"\b(?:report|images?|films?|read|results?|tracings?)s?\s+(?:is\s+|are\s+|was\s+|were\s+)?"
    r"(?:not\s+"
    rf"(?:yet\s+)?(?:available|on\s+file|{_NOT_IN_RECORD}|received|"
    r"obtained|seen|reviewed)|unavailable|pending|requested)\b"
    rf"|(?:^|[-(,:]\s*)not\s+(?:yet\s+)?(?:on\s+file|{_NOT_IN_RECORD})\b"
    # "no tracing/report available": an ECG's tracing is its report (blind wave 52, GO/card-03).
    r"|\b(?:no|without)\s+(?:formal\s+|written\s+|official\s+|radiology\s+)?"
    r"(?:(?:tracing|images?|films?)\s*(?:/|or|and)\s*)?report\b(?!\s+of\b)"
    r"|\b(?:unable|not\s+able)\s+to\s+(?:obtain|locate|find|access)\b",
    re.IGNORECASE,
)
_HEARSAY = lazy_re.compile(r"\b(?:reportedly|supposedly|allegedly)\b", re.IGNORECASE)
#: A result the patient or a relative tells (blind wave 20, BQ/tsa-02: "R shoulder XR done at
#: Riverbend Urgent Care 5/2026 - per pt \"bone on bone\""): "per pt", "according to his wife",
#: "pt states the MRI showed", "was told it was bone on bone". "per PT" is the therapist, "per
#: patient preference" a choice, and "told pt the XR shows" the clinician's own read.
_INFORMANT = (
    r"(?:the\s+)?(?:(?-i:pt|Pt)\b|patient\b(?!'?s?\s+(?:preference|request|choice|wish))|"
    r"(?:(?:his|her|their|the)\s+|(?-i:pt|Pt)'?s\s+|patient'?s\s+)?(?:wife|husband|spouse|"
    r"partner|daughter|son|mother|father|mom|dad|parents?|caregiver|family)\b)"
)
_PER_INFORMANT = rf"\b(?:per|according\s+to)\s+{_INFORMANT}"
_TOLD = lazy_re.compile(
    rf"{_PER_INFORMANT}"
    r"|\b(?:pt|patient|he|she)\s+(?:states|stated|reports|reported|says|said|recalls|believes)"
    r"\s+(?:that\s+)?(?:(?:the|her|his|an?|outside|prior|previous|recent|old)\s+){0,3}"
    r"(?:mri|mra|ct|x-?rays?|xrs?|radiographs?|films?|imaging|ultrasound|scan|study|emg|ecg|ekg|"
    r"echo|echocardiogram|stress\s+test)\b"
    r"|\b(?:was|were|been|being)\s+told\b",
    re.IGNORECASE,
)
_TOLD_AFTER = lazy_re.compile(_PER_INFORMANT, re.IGNORECASE)
#: Another study named between the result and the cue: "XR shows OA, MRI report pending".
_ANOTHER_STUDY = lazy_re.compile(
    r"\b(?:mri|mra|ct|x-?rays?|xr|radiographs?|ultrasound|us|emg|ncs|dexa|scan|study|labs?|ecg|"
    r"ekg|echo|stress\s+test)\b",
    re.IGNORECASE,
)
#: The result in the patient's own words, quoted in the first person ('Pt says "my ECG was fine
#: at urgent care"', 'per pt - "my BMI was 36 last year"': blind wave 52, GO/card-03, GM/bar-02):
#: what they remember of a test or a weighing, no tracing or measurement of the chart's.
_OWN_WORDS = lazy_re.compile(r"[\"\u201c]\s*(?:my|i|i'm|i've|our)\b[^\"\u201d]*$", re.IGNORECASE)

#: What is a result, a test's or a measurement's, besides the diagnostic results: the resting
#: ECG and earlier cardiac tests (the cardiac imaging checklist reads them as clinical notes) and
#: the values measured by a device or a scale. A pain score or a block's relief is the patient's
#: own report by nature, whoever tells it.
_RESULT_CONCEPTS = frozenset(
    {
        "clinical-notes|ecg", "clinical-notes|cardiac-test", "measure|ahi", "measure|rei",
        "measure|rdi", "measure|events", "measure|spo2", "measure|spo2-nadir", "measure|pao2",
        "measure|bmi",
    }
)  # fmt: skip


def is_result(label: str) -> bool:
    """Whether a target's label is a test's result or a measured value (see _RESULT_CONCEPTS)."""
    return label.startswith("diagnostic-results|") or label in _RESULT_CONCEPTS


def result_not_in_hand(text: str, start: int, end: int) -> bool:
    """Whether the result at [start, end) of a statement is hearsay, told by the patient (or in
    their quoted words), or its report is said to be missing (or the patient named as its
    source) later in its clause with no other study named in between."""
    left, right = stop_bounded_clause(text, start, end)
    # Up to the result's end: "Pt states the ECG ..." names the result as what was told.
    if _HEARSAY.search(text, left, start) or _TOLD.search(text, left, end):
        return True
    if _OWN_WORDS.search(text[left:start]):
        return True
    missing = _REPORT_NOT_HERE.search(text, end, right)
    if missing and _about_the_result(text, end, missing.start()):
        return True
    told = _TOLD_AFTER.search(text, end, right)
    return bool(told and not _ANOTHER_STUDY.search(text, end, told.start()))


#: A study named as the result's source: "(per outside films ...", "on outside XR".
_SOURCE = lazy_re.compile(
    r"^\W*(?:(?:per|from|on|by|outside|prior|old)\s+)+(?:\w+\s+)?" + _ANOTHER_STUDY.pattern,
    re.IGNORECASE,
)


def _about_the_result(text: str, end: int, cue: int) -> bool:
    """A cue after the result is about it unless another study is named between them; the
    study named as the result's source ("severe OA (per outside XR - not on file)") is its own."""
    return not _ANOTHER_STUDY.search(text, end, cue) or bool(_SOURCE.match(text[end:cue]))
