"""What kind of exam statement a line makes: a sign written after a test ("McMurray +"), a ligament
test's stable result, an imaging finding the clinician says does not explain the symptoms, an exam
line that only points elsewhere or compares ("unchanged from prior"), and an exam section that
examines no one. Split out of statement_kinds.py."""

from __future__ import annotations

import re

from .. import lazy_re

#: A sign written right after a test: "McMurray +", "Thessaly positive" (not "+/-").
POSITIVE_MARK = lazy_re.compile(r"^\s*(?:\+(?!\s*/)|positive\b|pos\b)", re.IGNORECASE)
#: The clinician's own word that an imaging finding is not the cause of the symptoms, after it in
#: its statement: "MRI L3-4 L foraminal stenosis - doesn't fully explain R L5 sx", "disc bulge,
#: does not correlate with her right leg pain", "stenosis discordant with exam". A study that
#: explains nothing of what is treated is no imaging showing the lesion (ESI LCD: imaging
#: concordant with the radicular level); it was still done.
UNEXPLAINED_AFTER = lazy_re.compile(
    r"^[^.;]*?\b(?:(?:does|do|did)\s*n[o']t|don't|doesn't|didn't|cannot|can't|not)\s+"
    r"(?:fully\s+|completely\s+|entirely\s+|really\s+)?"
    r"(?:explain|account\s+for|correlate|correspond|match)\b|"
    r"^[^.;]*?\b(?:discordant|non-?concordant|not\s+concordant)\b",
    re.IGNORECASE,
)
#: A ligament test's normal result written as the joint's stability: "Lachman stable, no
#: laxity", "ant drawer: stable", "Lachman firm endpoint". ConText's "normal" words do not
#: include "stable" (a "stable" effusion or pain is still there), so it is read only right after
#: a stability test; "unstable" and "stable to" (a patient stable to discharge) are not it.
STABLE_RESULT = lazy_re.compile(
    r"^\s*(?:[:=\-]\s*)?(?:(?:is|was)\s+)?(?:stable\b(?!\s+to\b)|"
    r"(?:firm|solid|good|hard|normal)\s+end\s*-?\s*points?\b)",
    re.IGNORECASE,
)
#: An exam line that only points at an exam written elsewhere (blind wave 13, AO/lmri-03):
#: "Exam: see 4/2 note", "PE: per ortho visit 2/20", "Physical exam: refer to PT eval", "Exam:
#: as documented in the 2/20 visit", "Exam: unchanged from prior". What was found is not written
#: here; a line that goes on to its findings ("Exam: unchanged from prior, SLR + L") is an exam.
_EXAM_LABEL = r"(?:(?:physical|focused|neuro\w*|msk)\s+)?(?:exam(?:ination)?|pe|o|objective)"
EXAM_POINTER = lazy_re.compile(
    rf"^\W*(?:{_EXAM_LABEL}\s*[:\-]?\s*)?(?:"
    r"(?:see|per|refer\s+to|as\s+(?:documented|noted|recorded)\s+(?:in|on|at)|documented\s+in)"
    r"\s+(?:[^\s.;,]+\s+){0,4}?(?:note|visit|exam(?:ination)?|eval(?:uation)?|encounter|above|"
    r"below|chart|hpi|record|attached|dictation)s?"
    r"(?:\s+(?:(?:from|of|on|dated)\s+)?\d[\d/.-]*)?"
    r"|(?:unchanged|same|no\s+change)(?:\s+(?:from|since|as)\s+[^.;,]{0,30})?)\W*$",
    re.IGNORECASE,
)
#: A measure said only to be unchanged, with no value in its clause ("ER strength unchanged",
#: "ROM: unchanged from prior", "Reflexes the same as before"): it compares with an earlier exam
#: and writes no finding of its own (blind wave 13, AP/aim-03: a PT discharge's outcome line).
#: Only for graded measures: "Effusion unchanged" still says the effusion is there.
UNCHANGED_MEASURES = frozenset(
    {"exam-findings|strength", "exam-findings|range-of-motion", "exam-findings|reflexes",
     "exam-findings|sensation"}
)  # fmt: skip
UNCHANGED_ONLY = lazy_re.compile(
    r"^[^\d]{0,40}?\b(?:unchanged|(?:the\s+)?same|no\s+change|not\s+changed)"
    r"(?:\s+(?:from|since|as|to)\b[^\d]{0,30})?\W*$",
    re.IGNORECASE,
)
#: An exam section that says no one was examined: "Objective: not re-assessed", "exam deferred".
#: A line saying the patient was not seen that day ("Pt not seen in office today - order placed
#: per PT report": blind wave 35, DY/lmri-03) tells of no exam either: it is no exam statement,
#: though it stands under the exam header (a copied-forward exam above it keeps its own date).
NOT_EXAMINED = lazy_re.compile(
    r"\b(not (?:re-?)?(?:assessed|examined|evaluated|performed|done)|(?:exam|examination) "
    r"(?:not done|deferred|not performed)|deferred|no exam"
    r"|(?:pt|patient|member|client)\s+(?:was\s+|is\s+)?not\s+(?:seen|examined|present)"
    r"|(?:did\s+not|didn't|has\s+not|hasn't)\s+(?:see|examine)\s+(?:the\s+)?(?:pt|patient)"
    r"|not\s+seen\s+(?:in\s+(?:the\s+)?(?:office|clinic|person)|today))\b",
    re.IGNORECASE,
)
