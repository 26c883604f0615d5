"""Whether a note is a remote contact (a telephone, portal or video one), from its title and
opening: statement_kinds.REMOTE's cues, read with the sense of the sentence they stand in.

A call is a contact only when it was made with the patient. "Pt states never called PT
('insurance thing')" tells of a therapy referral not acted on, not of a phone visit, and the
office visit it stands in examined the patient (blind wave 57, HH/lumbar-mri-02: its "Exam:
paraspinal tenderness L4-5, SLR neg bilat, strength 5/5" set aside as what a caller reported).
So a call cue is left out when it is negated ("never called", "hasn't called the pt back"), when
the patient is the caller and the therapy the callee ("she called PT to set up", "pt called
PT office"), and a note whose only cues are such sentences about a call is in person when it
writes an examination by hand (a vitals block, and an exam line with SLR, tenderness to
palpation, graded strength or reflexes, a named provocative test). A note named remote by its
medium ("Telephone encounter", "Video visit", "Portal message") stays remote: what it says of
an exam is the patient's report or copied forward.

A contact the note cites as the source of what it tells is another note's, not this one's medium:
"Started scheduled ibuprofen 10 days ago per phone note", "see telephone encounter 10/17", "as
discussed at the last video visit", "refill sent after prior phone call" (blind wave 85,
LO/lmri-02: an office visit's "Exam: +SLR R 50deg, R patellar 2+ ..." set aside as a caller's).
Such a cue is left out: "per", "see", "from" or "as discussed/noted/documented in/on/at" before it,
or "prior/previous/last/earlier/recent/yesterday's" naming it another time's. A note titled by
its medium ("Telephone encounter") stays remote whatever its text cites.

A call made only to schedule, or that reached no one ("Called PT to schedule", "called pt, no
answer, LVM"), holds no clinical talk to copy an exam from: a note whose only call cues are such
is in person when it writes vitals or a hands-on exam, either one (s62-h).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_end
from .statement_kinds import CONVERTED_IN_PERSON, REMOTE

#: The cues of REMOTE that name a call, not the medium: "called pt", "pt called", "called in".
_CALL = lazy_re.compile(r"^(?:(?:pt|patient)\s+call|called\b)", re.IGNORECASE)
#: A negation just before the call: "never called", "has not called", "hasn't yet called", "no
#: one called", "forgot to call" (a "did not call" holds no "called" REMOTE reads).
_NEGATED = lazy_re.compile(
    r"\b(?:never|not|no\s+one|nobody|n[o']t|hasn'?t|haven'?t|didn'?t|hadn'?t|forgot\s+to|"
    r"neglected\s+to|failed\s+to|won'?t)\s+(?:(?:yet|ever|actually|really|even|still|has|had|"
    r"been\s+able\s+to|got\s+around\s+to)\s+){0,2}$",
    re.IGNORECASE,
)
#: The patient named as the caller just before "called": "she called PT", "Pt states he called
#: PT", "patient reports that she finally called PT"; the callee of a patient's call is not the
#: patient (a clinician's "Called pt" names none, "RN called pt" another caller).
_PATIENT_CALLER = lazy_re.compile(
    r"\b(?:pt|patient|she|he|they|member|mom|mother|father|dad|wife|husband|family)\s+"
    r"(?:(?:states?|reports?|says?|said|notes?|that|finally|already|just|also|has|had|did|"
    r"then|never|recently|eventually|ultimately)\s+){0,3}$",
    re.IGNORECASE,
)
#: A callee written as the therapy after a patient's "called"/"calling": "pt called PT",
#: "patient calling physical therapy", "pt called the PT office", "pt called chiro".
_THERAPY_CALLEE = lazy_re.compile(
    r"^\s+(?:the\s+)?(?:pt\b(?!\s+(?:back|re|regarding|about|with|to\s+(?:report|ask|say|"
    r"request|discuss|cancel|reschedule)))|p\.t\.|physical\s+therap\w*|therap\w*|ot\b|"
    r"occupational\s+therap\w*|chiro\w*|(?:the\s+)?(?:pt|therapy|rehab)\s+"
    r"(?:office|clinic|dept|department|scheduling|place|facility))",
    re.IGNORECASE,
)
#: The therapy's office named after "called PT": "called PT office", "called PT dept to
#: schedule", "called PT scheduling".
_THERAPY_PLACE = lazy_re.compile(
    r"^\s+(?:office|clinic|dept|department|scheduling|place|facility|location|referral)\b",
    re.IGNORECASE,
)
#: A vitals block of the visit: "BP 132/84", "Vitals: ...", "HR 72", "T 98.6".
_VITALS = lazy_re.compile(
    r"\b(?:vitals?|vs)\s*:|\b(?:bp|blood\s+pressure)\s*:?\s*\d{2,3}\s*/\s*\d{2,3}\b|"
    r"\b(?:hr|pulse|rr|spo2|o2\s*sat)\s*:?\s*\d{2,3}\b",
    re.IGNORECASE,
)
#: An exam heading opening a line: "Exam:", "PE:", "Physical exam -", "Objective:", "O:".
_EXAM_LINE = lazy_re.compile(
    r"^\W*(?:(?:physical|focused|msk|neuro\w*)\s+)?(?:exam(?:ination)?|pe|objective|o)\s*[:\-]"
    r"(?P<rest>.*)$",
    re.IGNORECASE | re.MULTILINE,
)
#: What only hands on the patient find: a straight-leg raise, tenderness to palpation, graded
#: strength or reflexes, a named provocative test.
_HANDS_ON = lazy_re.compile(
    r"\b(?:slr|straight[- ]leg[- ]rais\w*|ttp|tender\w*|palpat\w*|"
    r"[0-5][+-]?\s*/\s*5\b|(?:reflex\w*|dtrs?)\W{0,3}(?:[0-4]\+|symm\w*|intact|brisk|absent)|"
    r"[0-4]\+\s*(?:reflex\w*|dtrs?|symm\w*|and\s+symm\w*)|"
    r"mcmurray|lachman|spurling\w*|faber|fadir|patrick|hoffmann?|babinski|phalen|tinel|"
    r"drawer|clonus|slump|rom\b|range\s+of\s+motion)",
    re.IGNORECASE,
)

#: A call made to schedule or that reached no one: "Called PT to schedule", "called pt, no
#: answer, LVM", "called pt to confirm appt", "called pt re: prior auth".
_CLERICAL = lazy_re.compile(
    r"\b(?:to\s+(?:schedule|re-?schedule|confirm|set\s+up|book|arrange)|sched(?:ule|uling|uled)?\b|"
    r"lvm|lmom|left\s+(?:a\s+)?(?:voice\s*mail|vm|message|msg)|voice\s*mail|vm\b|no\s+answer|"
    r"appts?\b|appointments?|re:?\s*(?:the\s+)?(?:prior\s+)?auth\w*|(?:prior\s+)?authorization)",
    re.IGNORECASE,
)
_SENTENCE_STOP = lazy_re.compile(r"[.;\n]")
#: Words that make a contact cue a citation of another note: "per phone note", "see telephone
#: encounter", "from the portal message", "as discussed on the phone call", "at her last video
#: visit", "prior phone note", "yesterday's telephone call". Not "by phone" or "via video
#: visit": those name this note's own medium.
_CITED = lazy_re.compile(
    r"(?:\b(?:per|see|from|(?:as\s+)?(?:discussed|noted|documented|reported|mentioned|reviewed)"
    r"\s+(?:in|on|at|during|over))\s+(?:(?:the|a|an|her|his|their|my|our|pt'?s|patient'?s)\s+)?"
    r"(?:(?:prior|previous|last|earlier|recent|most\s+recent|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\s+)?"
    r"|\b(?:prior|previous|last|earlier|recent|yesterday'?s)\s+)$",
    re.IGNORECASE,
)
#: ... unless the cue is today's: "Per phone call today, pt reports worse pain" is this call.
_TODAYS = lazy_re.compile(r"\s*(?:today|this\s+(?:am|pm|morning|afternoon|evening))\b", re.I)


def _idle_call(text: str, match: re.Match[str]) -> bool:
    """Whether a call cue tells of no contact with the patient: negated, or the patient's call
    to the therapy."""
    before = text[max(0, match.start() - 60) : match.start()]
    cue = match.group().lower()
    if _NEGATED.search(before):
        return True
    if _CITED.search(before) and not _CALL.search(cue) and not _TODAYS.match(text, match.end()):
        return True  # "per phone note": another note cited as the source (blind wave 85)
    after = text[match.end() : match.end() + 40]
    if cue.startswith(("pt call", "patient call")):
        return bool(_THERAPY_CALLEE.match(after))
    if cue.startswith("called") and re.search(r"\b(?:pt|patient)$", cue):
        return bool(_PATIENT_CALLER.search(before)) or bool(_THERAPY_PLACE.match(after))
    return False


def _hands_on_exam(text: str) -> bool:
    """Whether an exam line of the note writes a hands-on finding."""
    return any(_HANDS_ON.search(m.group("rest")) for m in _EXAM_LINE.finditer(text))


def examined_in_person(text: str) -> bool:
    """Whether a note writes an examination made with hands on the patient: a vitals block and
    an exam line with a hands-on finding. An exam line alone may be copied into a call's note
    ("Called pt with results. Exam: L UE 1/5": blind wave 21); the vitals of the day are not."""
    return bool(_VITALS.search(text)) and _hands_on_exam(text)


def _clerical(text: str, match: re.Match[str]) -> bool:
    """Whether the sentence of a call cue tells of a scheduling call or a voicemail."""
    stop = clause_end(text, match.end(), _SENTENCE_STOP)
    return bool(_CLERICAL.search(text[match.start() : stop]))


def remote_contact(title: str, text: str) -> bool:
    """Whether the note (its ``title`` and ``text``) is a remote contact: REMOTE's cue in its
    title or opening 300 characters, less the call cues that tell of no contact with the
    patient; a note held in person after all ("converted to in-person") is none, and neither is
    one named remote only by a call that writes a hands-on exam."""
    opening = f"{title} {text[:300]}"
    cues = [m for m in REMOTE.finditer(opening) if not _idle_call(opening, m)]
    if not cues or CONVERTED_IN_PERSON.search(text):
        return False
    if all(_CALL.search(m.group()) for m in cues):
        if all(_clerical(opening, m) for m in cues):
            # A scheduling call or a voicemail holds no clinical contact to copy an exam from:
            # the note's vitals or its hands-on exam make it the visit ("Called PT to schedule."
            # atop an office visit's note; s62-h).
            return not (_VITALS.search(text) or _hands_on_exam(text))
        return not examined_in_person(text)
    return True
