"""Words after an ECG's name, in its clause or the next sentence, that say it was not taken
(the patient had to leave or refused, the machine was down, "will get at stress lab"), and what
counts as a reading or a word that it was had. Split from ecg_not_taken.py, whose docstring tells
the cases (blind waves 76-84; briefs s74-m)."""

from __future__ import annotations

import re

from .. import lazy_re
from .segments import Segment

#: A reading, result, date or a word that the ECG was done or had, anywhere in its clause.
READ_OR_HAD = lazy_re.compile(
    r"\d+/\d+|\b(?:nsr|sinus|normal|abnormal|nl|wnl|unremarkable|shows?|showed|shown|reveal\w*|"
    r"demonstrat\w*|reads?|reviewed|done|performed|obtained|completed|resulted|results?|"
    r"interpret\w*|findings?|st|t[- ]?waves?|lbbb|rbbb|lvh|paced|pacing|q[- ]?waves?|a-?fib|af|"
    r"atrial|bpm|rate|axis|qrs|qtc?|pr|block|rhythm|brady\w*|tachy\w*|strain|ischemi\w*|"
    r"infarct\w*|changes?|unchanged|stable|nonspecific|non-specific|negative|neg|positive|pos|"
    r"without|no|acute|prior|previous\w*|old|had|already|on file|ok|fine|benign|inver\w*|"
    r"depress\w*|elevat\w*|hypertrophy|tracing|baseline)\b",
    re.IGNORECASE,
)
#: What may stand between the ECG's name and a word that it was not taken, and still leave that
#: word the ECG's: its day, its other names, its order, a bracket ("(MA to obtain)"), a dash or
#: a comma, a conjunction. Another test's name ("ECG today; echo deferred") or a reading ("ECG:
#: NSR - pt had to leave") between them leaves the ECG taken (READ_OR_HAD checks the reading).
_UNTOLD = lazy_re.compile(
    r"(?:\s|[,:;/\-\u2013\u2014]|\([^()\n]{0,40}\)|\b(?:today|this\s+(?:visit|am|pm|morning)|"
    r"in\s+(?:clinic|office)|resting|baseline|12[- ]lead|ecgs?|ekgs?|electrocardiogram|tracing|"
    r"orders?|ordered|planned|requested|was|were|is|but|however|unfortunately|and|so|as)\b)*",
    re.IGNORECASE,
)
#: A word that the ECG was not taken, right after it (past _UNTOLD): the patient had to leave
#: or go ("pt had to leave for work", not "pt left before echo": another test's), refused it,
#: the machine was down or the tech away, it will be got at a later place or time ("will get
#: at stress lab", "to be done at next visit"), it was not done, deferred or rescheduled (wave 84,
#: LL/card-02: "P: 12-lead ECG today (MA to obtain) -- pt had to leave for work, will get at
#: stress lab.", whose "had" read as the ECG had).
_CALLED_OFF = lazy_re.compile(
    r"(?:\b(?:pt|patient|he|she|they)\s+(?:(?:had|has|needed|wanted)\s+to\s+|then\s+)?"
    r"(?:leave|left|go|went\s+home|step\s+out|walked\s+out|eloped)\b"
    r"(?!(?:\s+\w[\w/'-]*){0,4}?\s+(?:before|prior\s+to)\s+(?:the\s+|an?\s+|his\s+|her\s+)?"
    r"(?!ecg|ekg|12[- ]lead|electro|it\b|this\b|that\b|tracing|getting|having|being|"
    # ... nor before whoever was to take it ("he left before the tech could do it", wave 93,
    # MS/card-02), unless what they were to do is another test's ("before the MA drew labs")
    r"(?:the|an?|his|her)\b|(?:tech\w*|ma|cma|nurse|rn|lpn|staff|we|i|anyone|someone|"
    r"somebody)\b(?![^.;\n]{0,40}?\b(?:echo\w*|labs?|blood\w*|draw\w*|drew|stress|x-?rays?|"
    r"cxr|imaging|vaccines?|shots?|injections?|flu|vitals?)\b))\w)"
    # ... nor one who left after it, or well: "pt left clinic in stable condition"
    r"(?!(?:\s+\w[\w/'-]*){0,3}?\s+(?:in\s+(?:good|stable|no)|stable|ambulat\w*|"
    r"without\s+(?:complaints?|incident|distress|difficulty|issues?|problems?)|"
    r"after\w*|with\s+(?:family|spouse|wife|husband)))|"
    r"\b(?:refused|declined)\b(?=\s*(?:by\s+(?:the\s+)?(?:pt|patient)\b|[,;.)\-\u2013\u2014/]|$|"
    r"(?:it|this|that|today|ecg|ekg|12[- ]lead|tracing)\b))|"
    r"\b(?:machine|equipment|cart|tech|technician)\s+(?:was\s+|is\s+)?(?:down|broken|"
    r"not\s+working|unavailable|not\s+available|out\s+of\s+(?:service|order))\b|"
    r"\b(?:will|to)\s+(?:be\s+)?(?:get|obtain|do|have|done|obtained|performed|completed|"
    r"redone|drawn)\s+(?:it\s+|one\s+|(?:the\s+)?(?:ecg|ekg|12[- ]lead|tracing)\s+)?(?:done\s+)?"
    r"(?:at|@|on|during|with|when|before|prior\s+to|next|tomorrow|later|another)\b|"
    r"\b(?:not|never)\s+(?:yet\s+)?(?:done|obtained|performed|completed|taken|resulted)\b|"
    r"\bunable\s+to\s+(?:obtain|get|complete|perform|do)\b|"
    r"\b(?:could|did)\s*(?:n[o']?t|\s+not)\s+(?:be\s+)?(?:obtain|get|complete|perform|do|done)|"
    # ... or the patient did not come for it: "EKG - did not make it to lab on 1/27 or 1/28"
    # (blind wave 110, PB/cardiac-03: a phone note after the order, no tracing), "ECG: pt
    # missed lab appt", "EKG - never showed", "ECG - failed to show"
    r"\b(?:(?:pt|patient|he|she|they)\s+)?(?:(?:did|could)\s*(?:n[o']?t|\s+not)|never)\s+"
    r"(?:make\s+it|show(?:ed)?(?:\s+up)?|come\s+in|go|went|present|arrive|get\s+there)\b|"
    r"\b(?:(?:pt|patient|he|she|they)\s+)?(?:missed|failed\s+to\s+(?:show|come|present|go|"
    r"make\s+it|arrive))\b|"
    r"\b(?:deferred|postponed|rescheduled|no[- ]show(?:ed)?|(?:ran\s+out\s+of|no)\s+time)\b)",
    re.IGNORECASE,
)


#: Where a clause ends, for reading on past the ECG's: punctuation, a bracket, a spaced dash.
_CLAUSE_CUT = lazy_re.compile(r"[;,()\[\]]|\.(?!\d)|\s[-\u2013\u2014]+\s|[\u2013\u2014]|--+|->")
#: A clause's opening words that join it on: "but", "however", a label's colon.
_CLAUSE_LEAD = lazy_re.compile(r"[\s:]*(?:(?:but|however|unfortunately|so|and|as)\b[\s,]*)*",
                               re.IGNORECASE)  # fmt: skip
#: A clause that says who or why, not what was read: "pt had a ride waiting", "MA to obtain".
_WHO = lazy_re.compile(r"(?:pt|patient|he|she|they|ma|tech|nurse|rn)\b", re.IGNORECASE)
#: Who refused or declined it, before the word: "Patient refused.", "pt has declined".
_SUBJECT = lazy_re.compile(r"(?:(?:pt|patient|he|she|they)\s+(?:has\s+|had\s+)?)?", re.IGNORECASE)
#: "pt had": the patient had something else, not the ECG had (the ride, the appointment).
_WHO_HAD = lazy_re.compile(r"\b(?:pt|patient|he|she|they)\s+(?:had|has)\b", re.IGNORECASE)
#: Another label or test in a clause: what follows is its, not the ECG's ("Echo: pt refused").
_OTHER_TEST = lazy_re.compile(
    r":|\b(?:echo\w*|tte|tee|stress|spect|mpi|nuclear|treadmill|labs?|bloodwork|blood|bmp|cmp|"
    r"cbc|lipids?|a1c|troponins?|cxr|x-?rays?|imaging|ct|mri|ultrasound|holter|monitor|cath\w*|"
    r"flu|vaccines?|shots?|injections?|meds?|medications?|exam|vitals?|bp)\b",
    re.IGNORECASE,
)


#: A statement that ends a sentence, and where the next one ends.
_SENTENCE_ENDED = lazy_re.compile(r"[.!?;]\s*$")
#: The gap to the next statement, and whether it is a ";" the statement was cut at.
_JOINED = lazy_re.compile(r"\s*(;)?\s*")
_NEXT_END = lazy_re.compile(r"\w[.!?](?:\s|$)")


def called_off_after(statement: str, end: int) -> bool:
    """Whether the words after the ECG named up to ``end`` say, before any reading or other
    test, that it was not taken: "12-lead ECG today (MA to obtain) -- pt had to leave for
    work", "EKG ordered but pt refused", "ECG: machine down, will get at stress lab"."""
    between = _UNTOLD.match(statement, end)
    if between is None or READ_OR_HAD.search(statement, end, between.end()):
        return False
    return bool(_CALLED_OFF.match(statement, between.end()))


def called_off_later(rest: str, next_sentence: str = "") -> bool:
    """Whether a clause after the ECG's (``rest``: its sentence past its name), or one of
    ``next_sentence`` (the sentence after it on its line), says it was not taken, with only
    clauses saying who or why before it: "ECG today. Pt left before it was done.", "ECG today;
    pt had a ride waiting, will get at stress lab". A reading, a label or another test first
    ends the search: "ECG today: NSR. Pt left ...", "ECG today. Echo: pt refused."."""
    for at, clause in enumerate(_CLAUSE_CUT.split(rest + ". " + next_sentence)):
        told = clause[_CLAUSE_LEAD.match(clause).end() :]
        if _CALLED_OFF.match(told) or _CALLED_OFF.match(told, _SUBJECT.match(told).end()):
            return True
        if READ_OR_HAD.search(_WHO_HAD.sub(" ", told)) or _OTHER_TEST.search(told):
            return False
        if at and told.strip() and not _WHO.match(told) and not _UNTOLD.fullmatch(told):
            return False  # "Discussed diet, pt declined": something else said first
    return False


def sentence_after(note_text: str, seg: Segment) -> str:
    """What follows ``seg`` on its line up to the next sentence's end, when ``seg`` ends a
    sentence or a clause cut at ";" ("ECG today." / "ECG today;"); "" otherwise: a list item's
    next item ("ECG, BMP") is not what was said of it."""
    line_end = note_text.find("\n", seg.end)
    rest = note_text[seg.end : line_end if line_end >= 0 else len(note_text)]
    joined = _JOINED.match(rest)
    if not _SENTENCE_ENDED.search(seg.text) and not joined.group(1):
        return ""
    rest = rest[joined.end() :]
    ends = _NEXT_END.search(rest)
    return rest[: ends.start() + 2] if ends else rest
