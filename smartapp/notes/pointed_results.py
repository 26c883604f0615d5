"""A study named only as done, with a pointer to where its result is kept, is no result.

"HST done, see media tab.", "QFT done 4/10 - see result.", "MRI L-spine 12/2025 - see report.",
"A1c - see labs.", "sleep study (see scanned)", "TB: QFT on file 8/2025.": each says a study was
had and where its report might be, not what it showed. What the payer needs is the result (the
AHI or REI, the TB test's reading, the imaging finding, the lab value), and a note that only
points at it let a study-result item read met though the report was nowhere in the record (blind
HP/cpap-03, labelled missing: "HST done at outside sleep lab 5/20 - see media tab for sleep
study", no report, index or event count in the bundle). Stop 60 made this rule for the ECG field
alone (result_pointers.py, ecg_not_taken.py); this is the same rule for every study result a
note names under diagnostic-results (sleep studies, TB and hepatitis screening, imaging, labs).

A study's clause (cut at a line, ";" or a full stop) reads no result when, beside the pointer,
it holds only the study's names, its body region and side, dates, and words that say it was done,
where, by whom or when ("done at outside facility", "reviewed", "prior", "today"); any other word
is taken for a finding or a value and keeps it: "MRI 3/2: L4-5 HNP (see report)", "QFT negative
(on file)", "HST AHI 22 (report in media)", "XR today: see report, no fx". A clause with no
pointer of its own whose next sentence on the line is only a pointer ("MRI L-spine 1/2/26. See
report.") reads the same. When the pointed-to result is on record (an Observation or
DiagnosticReport with the study, a report document read as text), the item's other criteria find
it there and cite it; the pointer adds nothing.

The resting ECG (a clinical-notes finding, whose reading CARD-004 asks for) is read the same way:
"ECG: done 3/2 at PCP, see records", "EKG 2/2 - see scanned" (its field that only points
elsewhere, "ECG: see PCP records.", stays ecg_not_taken's). Left alone: prior cardiac testing
(CARD-005 asks for the test and its date, which a dated pointer gives) and a prior germline test
(GEN-004 asks whether the patient was tested: a pointer to the old report says so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .date_patterns import DATE
from .model import NoteFinding
from .result_pointers import POINTER

#: The studies whose result this reads (diagnostic-results concepts that name a study, not a
#: finding: "oa-findings" or "lesion" are results themselves).
STUDY_CONCEPTS = frozenset({
    "sleep-study", "oximetry", "tb-screening", "hepatitis-screening", "labs", "x-ray", "mri", "ct",
    "ultrasound", "other-imaging",
})  # fmt: skip
#: The resting ECG (a clinical-notes finding, CARD-004 asks for its reading): its field pointing
#: elsewhere is ecg_not_taken's; "ECG: done 3/2 at PCP, see records", "EKG 2/2 - see scanned",
#: "ECG today (see tracing)" are this module's.
_ECG = ("clinical-notes", "ecg")

#: Pointers result_pointers.POINTER does not name: "report in media", "results scanned",
#: "see labs", "images/report in PACS".
_MORE_POINTERS = lazy_re.compile(
    r"\b(?:see\s+(?:the\s+)?(?:labs?|lab\s+tab|pacs|imaging\s+tab)|"
    r"(?:reports?|results?|images?|films?|tracings?|study)(?:/(?:reports?|images?))?\s+"
    r"(?:is\s+|are\s+)?(?:in|on|under|scanned(?:\s+(?:in|into|to)\b)?|uploaded|attached|"
    r"available(?:\s+in)?)\s*(?:the\s+)?(?:media(?:\s+tab)?|chart|emr|epic|pacs|file|"
    r"care\s+everywhere)?|"
    r"in\s+pacs)\b",
    re.IGNORECASE,
)

#: Words that tell no result: the studies' names, body regions and sides, when, where, by whom
#: and that it was done or reviewed, the pointers' own words, and labels ("Imaging:", "TB:").
_NEUTRAL = frozenset(
    """
    mri mr mra ct cta xr xrs x-ray x-rays xray xrays radiograph radiographs radiography film films
    imaging image images scan scans ultrasound us u/s dexa emg ncs cxr chest view views 2v 3v 4v
    2-view 3-view 2-views 3-views standing weight-bearing wb contrast w/o wo without with w/
    hst hsat psg npsg polysomnogram polysomnography sleep study studies test tests testing home
    oximetry overnight nocturnal pulse ono
    in-lab lab labs split-night titration watchpat apnea
    qft quantiferon quantiferon-tb igra ppd tst t-spot tspot tb gold plus tuberculin skin screen
    screening interferon gamma release assay
    a1c hba1c hemoglobin glycated lipid lipids panel cmp bmp cbc tsh blood work bloodwork hbv hep
    hepatitis b serology serologies hbsag echo echocardiogram tte
    ecg ekg ecgs ekgs electrocardiogram 12-lead resting baseline
    spine l-spine c-spine t-spine ls-spine lumbar lumbosacral cervical thoracic sacral knee knees
    hip hips shoulder shoulders pelvis ankle ankles wrist elbow hand foot feet brain head neck
    abdomen r l rt lt right left bilat bilateral b/l both
    done completed complete performed obtained had got gotten reviewed was were is are has have
    been already also prior previous previously recent recently last latest outside old earlier
    today yesterday ago month months mo mos year years yr yrs week weeks wk wks day days
    in at on from by of the a an for to and with per as dated dtd see refer ref look available
    located found filed kept please
    facility facilities center centre hospital clinic office urgent care er ed pcp sleep-lab
    report reports result results tab media chart emr ehr epic file scanned uploaded attached
    document documents docs records record recs note notes flowsheet flowsheets tracing tracings
    pacs fax faxed letter packet encounter visit above below section review
    data diagnostics diagnostic studies pre-op preop f/u fu follow-up followup interval
    """.split()
)
#: Words and marks of a note's text, for the check above ("L-spine", "w/o", "t-spot").
_WORD = lazy_re.compile(r"[a-z0-9][a-z0-9'/+-]*", re.IGNORECASE)
#: A person's name as a pointer names whose record it is: "Lee", not "OA" or "severe".
_NAME = lazy_re.compile(r"[A-Z][a-z]+")
#: Where a clause ends: a line, ";", "|", or a full stop before a space or the end (not "4.9").
_CLAUSE_END = lazy_re.compile(r"\n|;|\||\.(?=\s|$)")


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the name at [start, end): from the last end before it to the next after."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 300), start)),
                default=max(0, start - 300))  # fmt: skip
    stop = _CLAUSE_END.search(text, end)
    return begin, stop.start() if stop else len(text)


def _without_pointers(clause: str) -> tuple[str, bool]:
    """The clause with its pointers and dates taken out, and whether it held a pointer. A
    pointer may name whose record it is ("see Dr. Lee's 3/2 note"), never a finding ("see severe
    OA on report" keeps its words)."""
    pointers = [m for m in POINTER.finditer(clause) if _only_whose(m.group())]
    rest = "".join(
        clause[a:b] for a, b in zip([0] + [m.end() for m in pointers],
                                    [m.start() for m in pointers] + [len(clause)], strict=True)
    )  # fmt: skip
    rest, more = _MORE_POINTERS.subn(" ", rest)
    return DATE.sub(" ", rest), bool(pointers or more)


def _only_whose(pointer: str) -> bool:
    """The words inside a pointer are neutral, a name ("Lee", "Dr.") or a possessive ("PCP's")."""
    return all(
        w.lower() in _NEUTRAL or w.lower().endswith("'s") or w.lower() == "dr" or _NAME.fullmatch(w)
        for w in _WORD.findall(DATE.sub(" ", pointer))
    )


def _says_nothing(rest: str) -> bool:
    """Whether what is left of a clause holds no word that could be a finding or a value."""
    return all(word.lower().strip("'") in _NEUTRAL for word in _WORD.findall(rest))


def pointer_only(text: str, start: int, end: int) -> bool:
    """Whether the study named at ``text[start:end]`` is told only as done, with a pointer to
    where its result is kept and no finding or value of its own (see the module's docstring)."""
    begin, stop = _clause(text, start, end)
    rest, pointed = _without_pointers(text[begin:stop])
    if not _says_nothing(rest):
        return False
    if pointed:
        return True
    # "MRI L-spine 1/2/26. See report.": the next sentence on the line is only a pointer.
    if stop >= len(text) or text[stop] != ".":
        return False
    after_begin, after_stop = _clause(text, stop + 1, stop + 1)
    following, pointed = _without_pointers(text[after_begin:after_stop])
    return pointed and _says_nothing(following)


def pointer_only_results(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each study result told only as a pointer flagged hypothetical: the
    result is not in the note (the pointed-to record, when on file, is found by itself)."""
    out = list(findings)
    for index, f in enumerate(out):
        study = f.category == "diagnostic-results" and f.concept in STUDY_CONCEPTS
        if (
            (study or (f.category, f.concept) == _ECG)
            and f.asserted
            and pointer_only(text, f.start, f.end)
        ):
            out[index] = replace(f, hypothetical=True)
    return out
