"""A note labelled a re-exam at its end or its head, that measures again, is the re-exam itself.

A chiropractor's terse SOAP note closed by a bare label ("S: pain 3/10 (was 7). O: ODI 24%. flex
60°, Kemp's neg. A: improving, goals partially met. P: cont 1x/wk x 4 wks then reassess.
Re-exam.": blind wave 98, NN/chiro-3) names the visit it records, as a title would: the label
stands alone, nothing comes after it, and the note repeats the measures a re-examination repeats
(an outcome score, range of motion in degrees, pain on a scale). reports_to_come.py reads every
report its plan section names as still to come, and the label fell in the "P:" section.

Not a report with a time still ahead or a booking ("P: re-exam in 4 wks", "Re-exam scheduled
12/18": the label is not bare), nor a bare label closing a note that measures nothing again (a
daily adjustment note's "P: CMT L3-5. Re-exam." may as well be the next step), nor one with text
after it (the plan goes on), nor the plan's only item ("P: Re-exam.").
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The report named bare: "Re-exam.", "RE-EXAMINATION", "30-day re-exam", "Re-eval visit",
#: "Reassessment note", with its own mark of the day ("re-exam today"). Not a progress note:
#: every visit note is one by name (visits.py owns that).
_BARE = lazy_re.compile(
    r"(?:(?:\d{2}[- ]?day|formal|chiro(?:practic)?|periodic|monthly|interim)\s+)?"
    r"(?:re-?\s?exam(?:ination)?|re-?\s?eval(?:uation)?|re-?\s?assessment)"
    r"(?:\s+(?:visit|note|encounter|today|performed|done|completed))?",
    re.IGNORECASE,
)
#: What a statement may open with before the label: punctuation, a bullet, a field's name.
_LEAD = lazy_re.compile(
    r"(?:[\s\-*•#>(\[]|(?:visit|note|encounter)\s+type\s*[:=]|type\s*[:=])*", re.IGNORECASE
)
#: Where a sentence ends before the label.
_BREAK = lazy_re.compile(r"[.;!?\n]|\b[SOAP]\s*:")
#: What may follow the closing label: punctuation and the signature block, nothing the plan adds.
_CLOSE = lazy_re.compile(
    r"[\s.)\]\-*]*(?:(?:(?:electronically\s+|e-?)?signed\b|/s/)[\s\S]{0,200})?$",
    re.IGNORECASE,
)
#: What may follow the heading label: the line's end, or the first heading of the note's body
#: ("RE-EXAM: S: ..."); not a time or a booking ("Re-exam: due 12/18").
_HEAD = lazy_re.compile(
    r"[ \t]*[:\-–—.]?[ \t]*(?:\n|$|(?:S|CC|HPI|Subjective|History)\s*:)", re.IGNORECASE
)
#: A plan's own heading right before the label: "P: Re-exam." sets the plan, names no visit.
_PLAN_HEAD = lazy_re.compile(r"\b(?:p|plan|a/p|assessment/plan)\s*:\s*$", re.IGNORECASE)

#: The measures a re-examination repeats. An outcome score with its number ("ODI 24%",
#: "Oswestry 38 -> 24", "NDI: 18"); range of motion in degrees ("flex 60°", "rotation 70 deg");
#: pain on a 0-10 scale ("pain 3/10"); a value compared with the last ("(was 7)", "38 -> 24").
_OUTCOME = lazy_re.compile(
    r"\b(?:odi|oswestry|ndi|neck\s+disability(?:\s+index)?|lefs|psfs|quick\s?dash|dash|foto|"
    r"rmdq|roland[- ]morris|fri|functional\s+rating\s+index)\b[^.;\n]{0,15}?\d",
    re.IGNORECASE,
)
_ROM = lazy_re.compile(r"\b\d{1,3}\s*(?:°|º|deg\b|degrees?\b)", re.IGNORECASE)
_PAIN = lazy_re.compile(r"(?<![\d/])(?:10|\d)\s*/\s*10\b")
_COMPARED = lazy_re.compile(
    r"\(\s*(?:was|prev(?:ious(?:ly)?)?|from|initial(?:ly)?)\s*:?\s*\d|\d\s*%?\s*(?:->|→|=>)\s*\d",
    re.IGNORECASE,
)


def measured_again(text: str) -> bool:
    """Whether ``text`` repeats a re-exam's measures: an outcome score, or range of motion in
    degrees with a pain score or a comparison with before (two kinds, so a daily note's lone
    "pain 4/10" does not make its closing label the re-exam)."""
    if _OUTCOME.search(text):
        return True
    return bool(_ROM.search(text)) and bool(_PAIN.search(text) or _COMPARED.search(text))


def _clause_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` begins: after the last break before it."""
    breaks = list(_BREAK.finditer(text, 0, at))
    return breaks[-1].end() if breaks else 0


def labelled_exam(text: str, start: int, end: int) -> bool:
    """Whether the report named at [start, end) of the note ``text`` is the label of the note's
    own visit: bare, first or last in the note, in a note that measures again."""
    opened = _clause_start(text, start)
    label = _LEAD.match(text, opened).end()  # the label's first word
    if label > start or _PLAN_HEAD.search(text, max(0, label - 20), label):
        return False
    bare = _BARE.match(text, label)
    if not bare or bare.end() < end:
        return False
    after = bare.end()
    last = bool(_CLOSE.match(text, after))
    first = not text[:opened].strip() and bool(_HEAD.match(text, after))
    return (last or first) and measured_again(text)
