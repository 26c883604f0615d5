"""A form field the target names, answered no ("Locked knee: No", "Hypoglycemia: neg - no
lows", "Falls in past year: 0"): a denial medspaCy's ConText does not read (blind waves 15, 25,
26), or a symptom answered right after its name with no colon ("Saddle anesthesia neg", "Fever
(-)": blind wave 81). Split out of not_evidence.py; :mod:`.statements` reads it when it flags a
statement's findings.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A form field the target names, answered no ("Locked knee: No", "Locked knee? [ ] Yes [X] No"):
#: medspaCy's own ": no" rule is dropped (pipeline.py), as it also read "Right knee: No effusion".
#: A dash for the colon ("Fever - none") and an answer explained after a dash ("Hypoglycemia:
#: neg - no lows, no glucagon use", blind wave 25 CM/cgm-02) too, unless what follows turns to
#: what did happen ("neg - but needed glucagon 1/2026"). The field may name more than the target
#: ("Cancer history - negative", "Fever or chills: no").
#: The field's name may carry its tool in brackets ("Fall risk screen (STEADI):", blind wave 26).
#: A checklist's question mark may be followed by a dash ("Home accessible? -- not assessed").
_SEPARATOR = (
    r"^(?:(?:[ \t]+|/)(?:[\w/'&-]+|\([\w/ '&-]{1,20}\))){0,4}?"
    r"(?:\s*[:?][\"'\u201d\u2019]?(?:\s*[-\u2013\u2014]{1,2}(?=\s))?|\s+[-\u2013\u2014]{1,2})\s*"
)
_ANSWERED = (
    r"\s*(?:$|\n|[.;,)|]|[-\u2013]\s+(?!(?:but|except|however|though|although|other than|apart "
    r"from|besides|until|only)\b))"
)
#: A template's question answered by what the examiner did not see: "Unsteadiness? not observed
#: today", "Tremor: not seen on exam" (blind wave 53, GS/walker-03: a well visit's "Unsteadiness?
#: not observed today" beside a normal gait was read as the deficit). The examiner looked and
#: found none: a denial, unlike "not assessed", which leaves the field empty (``_LEFT_EMPTY``).
_NOT_SEEN = (
    r"not\s+(?:observed|seen|noted|appreciated|witnessed|elicited|present)"
    r"(?:\s+(?:today|(?:on|at)\s+(?:this\s+|today'?s\s+)?(?:exam(?:ination)?|visit)|"
    r"this\s+visit))?"
)
#: The span a "none" answers for: "Falls: none in past year", "Near-falls - none in the last 6
#: months", "Falls: none since last visit" (blind wave 56, HB/walker-03: the field's answer,
#: timed, was read as the falls themselves). Only a span back from now, not a place or a
#: condition ("Pain: none at rest" says when it is absent, not that it is).
_SPAN_BACK = (
    r"(?:\s+(?:(?:in|over|during|within|for)\s+(?:the\s+)?(?:past|last|prior|previous|preceding)"
    r"(?:\s+(?:\d{1,2}|one|two|three|six|twelve|few|several))?\s+"
    r"(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)|(?:this|past|last)\s+(?:year|yr|month|mo)|"
    r"since\s+(?:the\s+)?last\s+(?:visit|appointment|appt)))?"
)
#: A screen's field answered by the question it asks, quoted or not, and that question's answer
#: (blind wave 89, MB/wlk-03: "Fall risk screen: 'Have you fallen in past year?' - No." beside a
#: TUG of 9.1 s and a normal gait gave "fall risk" as the walker's mobility limitation, a gap
#: called met). The answer is the field's: "- Yes, twice" leaves the field a finding.
_ASKED = (
    r"[\"'\u201c\u2018]?(?:have|has|did|do|does|are|were|is|was|any)\b[^?\n]{1,80}\?"
    r"[\"'\u201d\u2019]?\s*(?:[-\u2013\u2014:]{1,2}\s*)?"
)
_NO = r"(?:no|n(?![\w/])|none|denies|denied|never)"
FIELD_ANSWERED_NO = lazy_re.compile(
    rf"(?:{_SEPARATOR}(?:no|n(?![\w/])|none{_SPAN_BACK}|n/a|absent|denies|denied|never|{_NOT_SEEN})|"
    rf"{_SEPARATOR}{_ASKED}{_NO}|"
    rf"^\s*[:?]?\s*\[\s*\]\s*yes\s*\[\s*x\s*\]\s*no){_ANSWERED}",
    re.IGNORECASE,
)
#: A field the record leaves empty: a checklist or template pasted into the note by a coordinator
#: and not filled in ("Skilled need: not documented", "F2F: none on file", "Home accessible? --
#: not assessed", "Failed walker: (blank)", "Conservative care: N/A"). What the field names is
#: not found, whatever its words, however a "not" in them reads ("Positioning in ways not
#: feasible in an ordinary bed: not documented"); a reason may follow in brackets or after a
#: dash ("MRI: not done (claustrophobic)"). Only words that say the record holds nothing: a field
#: answered with a finding of its own ("Ambulation: not able to walk >10 ft") is that finding.
#: A field answered by a plan to check it later is empty too (s75-g, a noticed wording): "Exam:
#: SLR: will check next visit.", "A1c: to be drawn at f/u". A value or a result given first ("SLR
#: neg; will recheck next visit", "A1c 8.2, will check again") is no such answer: the separator
#: must lead straight to the plan.
_CHECKED_LATER = (
    r"(?:(?:will|to|plan(?:s|ned)?\s+to|need(?:s)?\s+to)\s+(?:be\s+)?(?:re-?)?"
    r"(?:check|assess|test|examin|evaluat|measur|perform|obtain|draw|do|done)\w*"
    r"(?:\s+(?:it|this|again|later))?"
    r"(?:\s+(?:at|on|during|in|by)?\s*(?:the\s+|a\s+)?"
    r"(?:next|f/?u|follow[- ]?up|later|subsequent|future|upcoming)"
    r"(?:\s+(?:visit|appt|appointment|exam|encounter|session))?)?)"
)
_LEFT_EMPTY = lazy_re.compile(
    rf"{_SEPARATOR}(?:not\s+(?:yet\s+)?(?:documented|assessed|evaluated|addressed|recorded|"
    r"reported|stated|provided|available|obtained|found|given|specified|known|measured|tested|"
    r"completed|done|performed|applicable|on\s+file|in\s+(?:the\s+)?(?:chart|record))|"
    r"undocumented|unknown|unk|blank|\(\s*blank\s*\)|\[\s*blank\s*\]|"
    r"none\s+(?:on\s+file|documented|found|noted|recorded|reported|provided|available|given|"
    r"in\s+(?:the\s+)?(?:chart|record))|nothing\s+(?:on\s+file|documented|found)|"
    r"no\s+(?:documentation|records?)(?:\s+(?:found|on\s+file))?|" + _CHECKED_LATER + ")"
    r"(?:\s+(?:in|on|per)\s+(?:the\s+)?(?:chart|record|file|notes?|emr|ehr|f2f|referral|order))?"
    rf"(?:{_ANSWERED}|\s*\()",
    re.IGNORECASE,
)
#: "Hypoglycemia: neg", "Fever: negative": a symptom's field answered negative is denied; a
#: test's is its result ("Prior germline testing: negative", "TB screening - negative"), told
#: by the target's category or its concept's name.
#: A screen answered with a count of none is negative too ("Fall risk screen (STEADI): 0 falls,
#: not unsteady", blind wave 26 CQ/wlk-02; "Falls in past year: 0", "no falls in 12 mo"); a
#: count above zero is what it found. The patient's own denial answers it as well ("Falls:
#: denies falls in the past year", blind wave 33 DR/walker-02); "denies falls but near-fall 3/1"
#: turns to what did happen and stays.
_NONE_COUNTED = (
    r"(?:(?:0|zero)\b(?:\s+[a-z]+)?|(?:no|denies|denied|reports\s+no)\s+(?:any\s+)?"
    r"(?:falls?|episodes?|events?))"
    r"(?:\s+(?:in|over|during|since|for|x|this|past|last)\b|\s*\(|" + _ANSWERED + ")"
)
FIELD_ANSWERED_NEGATIVE = lazy_re.compile(
    rf"{_SEPARATOR}(?:neg(?:ative)?{_ANSWERED}|{_NONE_COUNTED})", re.IGNORECASE
)
#: A symptom answered right after its name, with no colon or dash, as a review of systems or a
#: red-flag list writes it: "Saddle anesthesia neg, bladder fx normal" (blind wave 81,
#: KZ/lmri-02: the anaesthesia read as a red flag present waived the lumbar MRI's six-week
#: trial), "retention negative", "Fever (-)", "foot drop absent", "saddle numbness not present".
#: Only when the answer closes the item: in "saddle anesthesia, neg SLR" or "Urinary retention
#: negative for UTI" the result is another test's. Like "neg" after a colon, never a test's or an
#: exam's own result ("reflexes absent", "ANA (-)").
_ANSWERED_AFTER = lazy_re.compile(
    r"^[ \t]*(?:(?:neg(?:ative)?|absent|none|denied|not\s+present)(?=[ \t]*(?:$|\n|[.;,)|]))|"
    r"\(\s*(?:-|neg(?:ative)?|absent)\s*\))",
    re.IGNORECASE,
)
_RESULT_CATEGORIES = frozenset({"diagnostic-results", "measure", "exam-findings"})
_RESULT_CONCEPT = lazy_re.compile(r"(?:test|ecg|evaluation|scores?|study|screening)$")
#: Where a regex target opens with a field ("Hypoglycemia requiring glucagon/EMS: neg"): its
#: label, up to the first separator.
#: Where a field's label may start inside a statement: after a colon, a semicolon, a bracket, a
#: bar or a spaced dash.
_FIELD_START = lazy_re.compile(r"(?:[:;(\[|]|\s[-\u2013\u2014]+\s)[^a-z]*$", re.IGNORECASE)
#: A screening question that leads to the target, its answer after the question mark: "Have you
#: fallen in the past year? No.", "Fall screen: 'Have you fallen in past year?' - No" (blind wave
#: 89, MB/wlk-03). Only the question's own opening words before the target, from the statement's
#: or a field's start.
_QUESTION_OPENS = lazy_re.compile(
    r"(?:^|[:;(\[|]|\s[-\u2013\u2014]+\s)\s*[\"'\u201c\u2018]?(?:have|has|did|do|does|are|were|is|was|any)"
    r"\b[^.?!:;\n]{0,30}$",
    re.IGNORECASE,
)
_FIELD_LABEL = lazy_re.compile(r"^\W{0,3}[a-z][^:;.?\n]{0,60}?(?=\s*[:?]|\s+[-\u2013]\s)", re.I)


#: A reflex's field answered "absent" ("Achilles reflex: absent", an exam flowsheet's "ankle jerk
#: l: absent.") gives the reflex found absent, the deficit, as "ankle jerks absent" does; it is no
#: field answered no (brief s82-exam). "Reflexes: not tested" stays an empty field.
_REFLEX_ABSENT = lazy_re.compile(rf"{_SEPARATOR}absent{_ANSWERED}", re.IGNORECASE)


def field_answered_no(after: str, label: str) -> bool:
    """The target (``label``: category|concept) is a field answered no; ``after`` is the text
    right after its name."""
    if label == "exam-findings|reflexes" and _REFLEX_ABSENT.match(after):
        return False
    if FIELD_ANSWERED_NO.match(after) or _LEFT_EMPTY.match(after):
        return True
    category, _, concept = label.partition("|")
    return (
        category not in _RESULT_CATEGORIES
        and not _RESULT_CONCEPT.search(concept)
        and bool(FIELD_ANSWERED_NEGATIVE.match(after) or _ANSWERED_AFTER.match(after))
    )


#: A statement that is only fields answered by a check to come: "Exam: SLR: will check next
#: visit." holds no examination either (own_findings reads no exam section of it).
_LATER_ONLY = lazy_re.compile(
    rf"^\W*(?:[^:;.?\n]{{1,40}}[:?]\s*){{1,3}}{_CHECKED_LATER}\W*$", re.IGNORECASE
)


def checked_later_only(text: str) -> bool:
    """Whether the statement ``text`` is only a field (or its header and field) answered by a
    check still to come ("Exam: SLR: will check next visit.")."""
    return bool(_LATER_ONLY.match(text))


def left_empty(after: str) -> bool:
    """The target ends a field's name the record left empty; ``after`` is the text right after
    it ("Body positioning not possible in a regular bed - none documented")."""
    return bool(_LEFT_EMPTY.match(after))


def field_opens_answered_no(before: str, text: str, label: str) -> bool:
    """A regex target's span (``text`` from its start) opens its statement (``before`` it, no
    word) with a field answered no: in "BRCA1/2 2019 (for mother's breast ca dx 52) - negative"
    the answer is the test's, not the mother's cancer's."""
    field = _FIELD_LABEL.match(text)
    if not field:
        return False
    if not re.search(r"[a-z]", before, re.IGNORECASE) or _QUESTION_OPENS.search(before):
        return field_answered_no(text[field.end() :], label)
    # A field left empty is empty wherever its line starts: "Checklist - Skilled need: not
    # documented" (the checklist's name before it is no finding the answer could belong to).
    return bool(_FIELD_START.search(before) and _LEFT_EMPTY.match(text[field.end() :]))
