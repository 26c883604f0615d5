"""Words in a note that are no evidence of what they name (blind waves 15, 16): a payer's criteria
restated or a template's claim that they are met, a pasted criteria list, what an amendment says
was written in error, an evaluation named as where a copied value came from, an operation's date
read as an injury's, a form field answered no. :mod:`.statements` reads them when it flags a
statement's findings; what is planned, declined or still to come is ConText's (context.yaml) and
:mod:`.finding_flags`'.
"""

from __future__ import annotations

import re

#: Text that restates what a payer asks for, or claims it is met, rather than what was done (blind
#: wave 15: a coordinator pasting the policy, "CareSource requires ... genetic counseling by a
#: qualified provider prior to testing", "Policy (copied): \"Two ... MBBs ... are required\"", a
#: letter template "Patient has completed two diagnostic blocks", "meets all CareSource criteria"):
#: from the cue to the end of its statement nothing is evidence. Care written before the cue
#: ("Completed 6 wks PT as CareSource requires") and evidence further down the note (its own
#: statement) still count; "CareSource-required 6-mo program" is an adjective, no requirement.
#: Who sets the criteria, before "criteria" in a label or a discussion of them.
_PAYER = r"(?:caresource|payer|insurance|insurer|medicaid|medicare|coverage|lcd|ncd|policy)"
RESTATED_CRITERIA = re.compile(
    r"\b(?:caresource|payer|insurance|insurer|health plan|medicaid|medicare|policy|lcd|ncd|rbm|"
    r"guidelines?|criteria|criterion)\b[^.;]{0,40}?(?<![-\w])(?:requires?|mandates?)\b"
    r"|\b(?:(?:medical\s+|coverage\s+)?policy(?:\s+text)?|coverage criteria|payer criteria|"
    r"letter template|template letter|template (?:text|language))"
    r"\s*(?:\(\s*(?:copied|pasted|verbatim)\s*\))?\s*:"
    r"|\bmeets?\s+all\s+(?:\w+\s+){0,2}?(?:criteria|requirements)\b"
    # Criteria named to the patient ("discussed coverage criteria (insulin use or problematic
    # hypoglycemia)", blind wave 24 CH/cgm-02): the payer's words, not the patient's history.
    r"|\b(?:discussed|explained|reviewed with (?:pt|patient)|counsell?ed (?:on|about|re:?)|"
    r"educated (?:on|about|re:?))\s+(?:the\s+)?"
    rf"{_PAYER}\s+(?:criteria|requirements)\s*[(:]",
    re.IGNORECASE,
)


#: What a criteria label may name before its colon: what the criteria are for and where they come
#: from ("Payer criteria for in-lab study (from CareSource policy): significant cardiopulmonary
#: disease; ... suspected sleep-related hypoventilation; ...", blind wave 23 CD/sleep-02) -- not a
#: verdict that they are met ("CareSource criteria for in-lab PSG met: CHF, EF 30%").
_LABEL_TAIL = (
    r"(?:\s+(?:for|of|on)\s+(?![^:.;\n]*\b(?:met|meets|fulfilled|satisfied)\b)[^:.;\n()]{1,40}?)?"
    r"(?:\s*\(\s*(?:from|per|source:?|see|copied|pasted|verbatim)\b[^)]{0,40}\))?"
)


#: A pasted criteria list's label ("CareSource criteria (pasted): \"BMI >=40 ...; documented
#: failure of a medically supervised weight-loss program; ...\"", blind wave 16 BC/bar-03): a
#: list split at its semicolons is many statements, all of them the payer's words.
CRITERIA_LABEL = re.compile(
    r"\b(?:(?:(?:medical\s+|coverage\s+)?policy(?:\s+text)?|(?:caresource|payer|insurance|"
    r"insurer|plan|medicaid|medicare|coverage|lcd|ncd|policy)\s+criteria|criteria|"
    r"letter template|template letter|template (?:text|language))"
    r"\s*\(\s*(?:copied|pasted|verbatim)[^)]{0,30}\)"
    r"|(?<!meets\s)(?<!meet\s)(?<!met\s)(?<!meeting\s)"
    rf"{_PAYER}\s+criteria{_LABEL_TAIL})\s*:",
    re.IGNORECASE,
)
_OPEN_QUOTE = re.compile(r"\s*[\"\u201c]")


#: How far back a pasted criteria list's label is looked for.
_LABEL_REACH = 600


def pasted_criteria_near(text: str, start: int, end: int) -> bool:
    """Whether a criteria label stands within reach of a statement's span: when none does, no
    finding in the span can be under one (checked once a statement, not for every finding)."""
    return CRITERIA_LABEL.search(text, max(0, start - _LABEL_REACH), end) is not None


def under_pasted_criteria(text: str, at: int, end: int | None = None) -> bool:
    """Whether ``at`` lies in a pasted criteria list: the rest of its label's line, or the
    quotation the label opens, however many lines it runs (evidence after it still counts).
    A finding read from the start of its statement (``at`` to ``end``) may open with the label
    itself ('Criteria (pasted from policy): "Genetic counseling ... must be performed prior to
    testing"', blind wave 21 BX/gen-02): the whole finding is then the payer's words."""
    window = max(0, at - _LABEL_REACH)
    labels = [m for m in CRITERIA_LABEL.finditer(text, window, max(at, end or at))
              if m.start() <= at]  # fmt: skip
    if not labels:
        return False
    end = labels[-1].end()
    between = text[end:at]
    if _OPEN_QUOTE.match(between):
        opened = between.count('"') + between.count("\u201c") - between.count("\u201d")
        return opened % 2 == 1  # still inside the quotation
    return "\n" not in between


#: What a note says an earlier version got wrong ("Amendment 5/7: prior version stated 80% relief
#: x 4 months in error (template copied from another pt)", blind wave 16 BD/inj-03; "erroneously
#: documented PT x 6 wks"): the words retracted are no evidence; the correction after them is.
RETRACTED = re.compile(
    r"\b(?:stated|documented|recorded|listed|charted|noted|entered|reported|written|said|read)"
    r"(?:\s+as)?\b([^.;()]{1,120}?)\s*\b(?:in error|erroneously|incorrectly|by mistake|"
    r"mistakenly)\b"
    r"|\b(?:erroneously|incorrectly|mistakenly|wrongly)\s+(?:stated|documented|recorded|listed|"
    r"charted|noted|entered|reported|written|copied)\b(?:\s+as)?([^.;()]{1,120})"
    r"|([^.;:()]{1,120}?)\s+(?:was|were|had been|has been)\s+(?:(?:erroneously|incorrectly|"
    r"mistakenly|wrongly)\s+(?:stated|documented|recorded|listed|charted|noted|entered)|"
    r"(?:stated|documented|recorded|listed|charted|noted|entered)\s+in error)\b",
    re.IGNORECASE,
)


#: ...and a mention the same sentence corrects ('"Had a steroid shot in the knee" per med history
#: form refers to a topical steroid cream for eczema per pt clarification', blind wave 26
#: CR/hya-03; "Cortisone injection listed on intake actually refers to a steroid cream", "was
#: actually a topical cream"). Only a mention quoted, sourced ("per", "listed", "on intake") or
#: corrected with "actually": "hip pain refers to the knee" is referred pain, and "was actually
#: helpful" names no other thing.
CORRECTED = re.compile(
    r"([^.;:()]{1,120}?)\s+(?P<actually>actually\s+)?(?:refers\s+to|(?:was|were)\s+actually)\s+"
    r"(?:an?|the|his|her|their|some)\b",
    re.IGNORECASE,
)
_CORRECTED_SOURCE = re.compile(r"[\"\u201c\u201d]|\b(?:per|listed|reported|noted)\b", re.IGNORECASE)


def retracted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a statement that an amendment says were written in error, or that the
    statement itself corrects."""
    spans = []
    for found in RETRACTED.finditer(text):
        group = next(g for g in (1, 2, 3) if found.group(g) is not None)
        spans.append((found.start(group), found.end(group)))
    for found in CORRECTED.finditer(text):
        if found.group("actually") or _CORRECTED_SOURCE.search(found.group(1)):
            spans.append((found.start(1), found.end(1)))
    return spans


def restated_from(text: str) -> int | None:
    """Where a statement starts restating a payer's criteria (None when it does not)."""
    found = RESTATED_CRITERIA.search(text)
    return found.start() if found else None


#: A letter's verdict that the criteria are met ("Ms. Haverford has failed medically supervised
#: weight loss and meets all CareSource criteria for bariatric surgery", blind wave 15 AZ/bar-03):
#: what it claims beside the verdict is no evidence either, unless the statement dates it or
#: says how long it ran ("completed a 6-month program 1/2025-6/2025 and meets all criteria").
CRITERIA_MET = re.compile(r"\bmeets?\s+all\s+(?:\w+\s+){0,2}?(?:criteria|requirements)\b", re.I)


def bare_claim(text: str, dated: bool) -> bool:
    """Whether a whole statement is a letter's bare claim that the criteria are met."""
    return not dated and bool(CRITERIA_MET.search(text))


#: An operation the date right after it belongs to ("Pt s/p L ACL recon 6/2/26, injured at work
#: earlier this year": the surgery's day, no date of injury; blind wave 15, AX/occ-03).
SURGERY_BEFORE_DATE = re.compile(
    r"\b(?:s/p|status post|post[- ]?op|surgery|surgical|recon(?:struction)?|repair(?:ed)?|orif|"
    r"arthroscop\w*|scope|\w+ectomy|\w+plasty|\w+otomy|fusion|fixation|replacement|"
    r"operated)\b[^,;.()]{0,30}$",
    re.IGNORECASE,
)


#: Care the words right after it offer or recommend ("Azathioprine was offered in December",
#: "Methotrexate offered - pt prefers a biologic", "6-MP was recommended by GI"): offered, not
#: taken (blind wave 21, BU/inf-02). context.yaml's "offered" reads forward only, so that care
#: written before an offer ("naproxen, PT; injection offered") still counts. Not what the drug
#: gave ("Naproxen offered some relief"), nor an offer the clause says was taken up ("offered
#: 3/2025 and started 3/15").
OFFERED_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:(?:was|were|is|has been|had been)\s+)?"
    r"(?:offered|recommended|suggested|proposed)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:relief|benefit|improvement|help|response)\b)"
    r"(?![^.;]*\b(?:started|began|begun|took|taken|taking|tried|accepted|agreed)\b)",
    re.IGNORECASE,
)
#: A bed's head elevation used at will, written right after it ("HOB elevation as needed", "head
#: elevation prn", "as desired", "for comfort", "per pt preference"): a feature of the bed, not a
#: need for it. LCD L33820 asks for elevation a condition needs most of the time, or positioning
#: an ordinary bed cannot give (blind wave 21, BW/bed-03: GERD controlled on a wedge pillow).
AT_WILL = re.compile(
    r"^\s*[,(]?\s*(?:as needed|prn|p\.r\.n\b|when needed|as desired|if desired|for comfort|"
    r"per (?:pt|patient)(?:'s)? (?:request|preference|wishes)|at (?:pt|patient)(?:'s)? discretion)",
    re.IGNORECASE,
)


#: The reason a patient or family gives, in their own words, for asking for the item ('Asks for
#: hospital bed - "it's hard to get in and out of my bed, it's too low."', blind wave 25
#: CM/bed-03; 'wants a bed "so it's easier to get up"'): their wish, no limit the clinician found
#: (LCD L33820: positioning an ordinary bed cannot give; a height for transfers only adds to it).
#: Read on the text up to a bed's own need (transfers, positioning): a request, then a quotation
#: still open. Other limits a patient tells in asking (a walker's falls) are history, and stay.
WISHED_FOR = frozenset(
    {"functional-deficits|transfer-limitation", "functional-deficits|positioning-need"}
)
QUOTED_REQUEST = re.compile(
    r"\b(?:asks?|asking|asked|requests?|requesting|requested|wants?|wanting|would like)\b"
    r"[^.;\"\u201c\u201d]{0,60}[\"\u201c][^\"\u201d]*$",
    re.IGNORECASE,
)

#: A form field the target names, answered no ("Locked knee: No", "Locked knee? [ ] Yes [X] No"):
#: medspaCy's own ": no" rule is dropped (pipeline.py), as it also read "Right knee: No effusion".
#: A dash for the colon ("Fever - none") and an answer explained after a dash ("Hypoglycemia:
#: neg - no lows, no glucagon use", blind wave 25 CM/cgm-02) too, unless what follows turns to
#: what did happen ("neg - but needed glucagon 1/2026"). The field may name more than the target
#: ("Cancer history - negative", "Fever or chills: no").
#: The field's name may carry its tool in brackets ("Fall risk screen (STEADI):", blind wave 26).
_SEPARATOR = r"^(?:[ \t]+(?:[\w/'&-]+|\([\w/ '&-]{1,20}\))){0,3}?(?:\s*[:?]|\s+[-\u2013])\s*"
_ANSWERED = (
    r"\s*(?:$|[.;,)|]|[-\u2013]\s+(?!(?:but|except|however|though|although|other than|apart "
    r"from|besides|until|only)\b))"
)
FIELD_ANSWERED_NO = re.compile(
    rf"(?:{_SEPARATOR}(?:no|none|n/a|absent|denies|denied|never)|^\s*[:?]?\s*\[\s*\]\s*yes\s*"
    rf"\[\s*x\s*\]\s*no){_ANSWERED}",
    re.IGNORECASE,
)
#: "Hypoglycemia: neg", "Fever: negative": a symptom's field answered negative is denied; a
#: test's is its result ("Prior germline testing: negative", "TB screening - negative"), told
#: by the target's category or its concept's name.
#: A screen answered with a count of none is negative too ("Fall risk screen (STEADI): 0 falls,
#: not unsteady", blind wave 26 CQ/wlk-02; "Falls in past year: 0", "no falls in 12 mo"); a
#: count above zero is what it found.
_NONE_COUNTED = (
    r"(?:(?:0|zero)\b(?:\s+[a-z]+)?|no\s+(?:falls?|episodes?|events?))"
    r"(?:\s+(?:in|over|during|since|for|x|this|past|last)\b|" + _ANSWERED + ")"
)
FIELD_ANSWERED_NEGATIVE = re.compile(
    rf"{_SEPARATOR}(?:neg(?:ative)?{_ANSWERED}|{_NONE_COUNTED})", re.IGNORECASE
)
_RESULT_CATEGORIES = frozenset({"diagnostic-results", "measure", "exam-findings"})
_RESULT_CONCEPT = re.compile(r"(?:test|ecg|evaluation|scores?|study|screening)$")
#: Where a regex target opens with a field ("Hypoglycemia requiring glucagon/EMS: neg"): its
#: label, up to the first separator.
_FIELD_LABEL = re.compile(r"^\W{0,3}[a-z][^:;.?\n]{0,60}?(?=\s*[:?]|\s+[-\u2013]\s)", re.I)


def field_answered_no(after: str, label: str) -> bool:
    """The target (``label``: category|concept) is a field answered no; ``after`` is the text
    right after its name."""
    if FIELD_ANSWERED_NO.match(after):
        return True
    category, _, concept = label.partition("|")
    return (
        category not in _RESULT_CATEGORIES
        and not _RESULT_CONCEPT.search(concept)
        and bool(FIELD_ANSWERED_NEGATIVE.match(after))
    )


def field_opens_answered_no(before: str, text: str, label: str) -> bool:
    """A regex target's span (``text`` from its start) opens its statement (``before`` it, no
    word) with a field answered no: in "BRCA1/2 2019 (for mother's breast ca dx 52) - negative"
    the answer is the test's, not the mother's cancer's."""
    field = _FIELD_LABEL.match(text)
    return (
        bool(field)
        and not re.search(r"[a-z]", before, re.IGNORECASE)
        and field_answered_no(text[field.end() :], label)
    )


#: An evaluation named as where a value came from ("ODI 30% (from re-exam)" copied into every
#: daily note, blind wave 16 BD/pt-02; "ROM per last re-eval", "goals as set at the IE"): that
#: evaluation is another note's, none is done here. With its date ("per re-exam 8/6", "see
#: progress report 2/19/26") it stays a dated mention of that evaluation.
OTHER_NOTES_EVAL = re.compile(
    r"\b(?:from|per|see|since|(?:as\s+)?(?:noted|documented|recorded|measured|set)\s+(?:in|on|at)|"
    r"(?:carried|copied|brought|pulled)\s+(?:forward\s+|over\s+)?from)\s+(?:the\s+|her\s+|his\s+|"
    r"pt'?s?\s+)?(?:(?:last|prior|previous|most\s+recent|recent|latest|initial)\s+)?\W*$",
    re.IGNORECASE,
)
DATE_JUST_AFTER = re.compile(
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
SCORE_FROM_ELSEWHERE = re.compile(
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
#: "no formal report", "report pending"), or the result is hearsay ("reportedly showed").
_REPORT_NOT_HERE = re.compile(
    r"\b(?:report|images?|films?|read|results?)s?\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:not\s+"
    r"(?:yet\s+)?(?:available|on\s+file|in\s+(?:the\s+)?(?:chart|record|system|epic)|received|"
    r"obtained|seen|reviewed)|unavailable|pending|requested)\b"
    r"|\b(?:no|without)\s+(?:formal\s+|written\s+|official\s+|radiology\s+)?report\b(?!\s+of\b)"
    r"|\b(?:unable|not\s+able)\s+to\s+(?:obtain|locate|find|access)\b",
    re.IGNORECASE,
)
_HEARSAY = re.compile(r"\b(?:reportedly|supposedly|allegedly)\b", re.IGNORECASE)
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
_TOLD = re.compile(
    rf"{_PER_INFORMANT}"
    r"|\b(?:pt|patient|he|she)\s+(?:states|stated|reports|reported|says|said|recalls|believes)"
    r"\s+(?:that\s+)?(?:(?:the|her|his|an?|outside|prior|previous|recent|old)\s+){0,3}"
    r"(?:mri|mra|ct|x-?rays?|xrs?|radiographs?|films?|imaging|ultrasound|scan|study|emg)\b"
    r"|\b(?:was|were|been|being)\s+told\b",
    re.IGNORECASE,
)
_TOLD_AFTER = re.compile(_PER_INFORMANT, re.IGNORECASE)
#: Another study named between the result and the cue: "XR shows OA, MRI report pending".
_ANOTHER_STUDY = re.compile(
    r"\b(?:mri|mra|ct|x-?rays?|xr|radiographs?|ultrasound|us|emg|ncs|dexa|scan|study|labs?)\b",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[;\n]|\.(?!\d)")


def result_not_in_hand(text: str, start: int, end: int) -> bool:
    """Whether the result at [start, end) of a statement is hearsay or told by the patient, or its
    report is said to be missing (or the patient named as its source) later in its clause with
    no other study named in between."""
    stops = list(_CLAUSE_STOP.finditer(text, 0, start))
    left = stops[-1].end() if stops else 0
    if _HEARSAY.search(text, left, start) or _TOLD.search(text, left, start):
        return True
    stop = _CLAUSE_STOP.search(text, end)
    right = stop.start() if stop else len(text)
    cues = [c for c in (_REPORT_NOT_HERE.search(text, end, right),
                        _TOLD_AFTER.search(text, end, right)) if c is not None]  # fmt: skip
    return any(not _ANOTHER_STUDY.search(text, end, cue.start()) for cue in cues)
