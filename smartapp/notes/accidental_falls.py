"""One fall with an outside cause is an accident, not a mobility limitation.

Blind wave 38, EG/walker-02: "68M tripped over a garden hose early May, fell onto L hip, no fx."
beside a normal gait, a TUG of 8.4 s and a PT evaluation that found a low fall risk and no device
needed gave its "fell" as the walking limitation a walker's WLK-002 asks for (NCD 280.3: a
limitation that impairs the mobility-related activities of daily living): a gap called met, the
costliest error (a false "ready" is a denial). A single fall whose cause the statement puts
outside the patient -- a trip over or on something, a slip, ice or a wet floor, a fall from a
ladder or a roof, a fall while running or skiing, a "mechanical" or "accidental" fall -- says
what happened once, not how the patient walks.

Kept as the limitation it is (the statement says more than one accident):
- a fall again or more than once ("fell twice", "fell again", "another fall", "fall x2");
- a cause inside the patient, even beside an outside one ("tripped on rug, couldn't get up",
  "fell when her knee gave way", "slipped - legs weak", "tripped over her own feet", "dizzy");
- a fall on a transfer or a way of getting about ("fell getting up from the toilet") names no
  outside cause and is not read here at all.

Only the singular fall words are read ("fell", "fall", "fallen", "falling"): "falls" is plural
and stays a limit. The patient's other findings (a gait, a measured walk) are read on their own.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start

#: The targets a fall word gives a functional limitation through (targets.yaml): "fall",
#: "falling", "fallen" (walking-limitation) and "fell" (activity-limitation).
_LABELS = frozenset(
    {"functional-deficits|walking-limitation", "functional-deficits|activity-limitation"}
)
_FALL_WORD = lazy_re.compile(r"fell|fall|fallen|falling", re.IGNORECASE)

#: How far from the fall word its cause is read (the statement's own words, not the next one's):
#: "tripped over a garden hose early May, fell onto L hip" puts the trip 40 characters before.
_BEFORE, _AFTER = 90, 70

#: A cause outside the patient: a trip over or on a thing, a slip, ice or a wet floor, a fall
#: from a height (a ladder, a roof, a horse, a bike), a fall at a sport, a fall called mechanical
#: or accidental. Not a chair, a bed or a toilet: falling off them getting up is a transfer's
#: limit (one out of bed lying down is fall_aims.fall_out_of_bed's, no limit); nor the ice of a
#: treatment ("fell, used the ice pack").
_OUTSIDE_CAUSE = lazy_re.compile(
    r"\btrip(?:ped|s|ping)?\s+(?:up\s+)?(?:over|on|onto|across)\b"
    r"|\bslip(?:ped|s|ping)?\b(?!\s+(?:of|disc|lamp|form|sheet))"
    r"|\b(?:on|the|of|over|in)\s+(?:the\s+|some\s+|black\s+)?ice\b"
    r"(?!-|\s+(?:packs?|bags?|machines?|therapy|baths?|massage|cubes?|water|chips))|\bicy\b"
    r"|\bwet\s+(?:floor|tile|tiles|pavement|grass|leaves|surface|deck|dock|stairs|steps|pitch)\b"
    r"|\b(?:from|off)\s+(?:(?:an?|the|his|her|their|my|~?\s*\d+\s*-?\s*(?:ft|foot|feet|')|step|"
    r"extension|kitchen|tall|high|top\s+of\s+(?:a|the))\s+){0,3}"
    r"(?:ladders?|step\s*-?\s*ladders?|step\s*stools?|roofs?|scaffold\w*|trees?|horses?|"
    r"bikes?|bicycles?|motorcycles?|trampolines?|trucks?|trailers?|stages?|loading\s+docks?)\b"
    r"|\b(?:while|when)\s+(?:(?:he|she|they|pt)\s+(?:was|were)\s+)?(?:running|jogging|skiing|"
    r"snowboarding|skating|ice\s+skating|hiking|biking|cycling|climbing|dancing|skateboarding|"
    r"rollerblading|surfing|sledding|playing)\b"
    r"|\bplaying\s+(?:basketball|soccer|football|tennis|pickleball|volleyball|softball|"
    r"baseball|hockey|with\s+(?:the|his|her)\s+(?:kids|grandkids|grandchildren|dog))\b"
    r"|\b(?:mechanical|accidental)\s+(?:trip\s+and\s+)?fall\b|\baccidentally\b"
    r"|\bmissed\s+(?:a|the)\s+(?:last\s+|bottom\s+|top\s+)?(?:step|stair|rung|curb)\b"
    r"|\b(?:pulled|knocked|jumped\s+on|pushed)\s+(?:over|down)?\s*(?:by\s+)?(?:(?:a|the|his|her)\s+)?"
    r"(?:dog|puppy|grandchild|grandson|granddaughter)\b"
    r"|\b(?:dog|puppy)\s+(?:pulled|jumped|knocked|tripped|ran)\b|\bpothole\b",
    re.IGNORECASE,
)

#: What makes the fall more than one accident: again or more than once, or a cause inside the
#: patient (weakness, a knee or legs that give way, dizziness, balance, a dragging foot, a lie
#: on the floor), anywhere in the statement. Kept wide: what it wrongly keeps is today's reading.
_MORE_THAN_AN_ACCIDENT = lazy_re.compile(
    r"\b(?:twice|thrice|again|another|recurrent|recurring|repeat(?:ed)?|multiple|several|"
    r"frequent(?:ly)?|numerous|many|falls|times|second|2nd|third|3rd|more)\b"
    r"|\bx\s*[2-9]\b|\b[2-9]\s*x\b|\b(?:two|three|four|five|[2-9])\s+(?:falls?|times|episodes)\b"
    r"|\bweak\w*|\b(?:gave|give|gives|giving|went)\s+(?:out|way)\b|\bbuckl\w*|\bdizz\w*"
    r"|\blight[- ]?head\w*|\bvertig\w*|\b(?:pre)?syncop\w*|\bfaint\w*|\bpassed\s+out\b"
    r"|\bblack(?:ed)?\s+out\b|\bbalance\b|\blob\b|\bunsteady\b|\bunstable\b|\bimbalance\b"
    r"|\bfoot\s*drop\b|\bdrop\s*foot\b|\bdrag\w*|\bnumb\w*|\bneuropath\w*|\bshuffl\w*|\bfreez\w*"
    r"|\bown\s+(?:feet|foot)\b|\bspastic\w*|\bataxi\w*|\bwobbl\w*|\bdrunk\b|\bclumsy\b"
    r"|\b(?:could\s*n['o]?t|could\s+not|can['o]?t|cannot|unable\s+to|not\s+able\s+to)\s+get\s+up\b"
    r"|\blong\s+lie\b|\bon\s+the\s+floor\s+for\b|\borthostat\w*|\bhypotens\w*|\bhypoglyc\w*"
    r"|\bseizure\w*|\bfatigue\w*|\bdecondition\w*|\bfear\w*|\bafraid\b",
    re.IGNORECASE,
)


#: Where a sentence ends inside a note's line: a stop, "!" or "?" before a space or the end.
_SENTENCE_END = lazy_re.compile(r"[.!?](?=\s|$)")


def sentence_around(note: str, at: int) -> str:
    """The sentence of ``note`` holding offset ``at``, within its line: a statement cut at a
    semicolon ("Tripped on the threshold and fell; foot drop R") is read with the rest of it."""
    line_start = note.rfind("\n", 0, at) + 1
    line_end = note.find("\n", at)
    line_end = len(note) if line_end < 0 else line_end
    start = clause_start(note, at, _SENTENCE_END, line_start)
    stop = _SENTENCE_END.search(note, at, line_end)
    return note[start : stop.end() if stop else line_end]


def accidental_fall(label: str, text: str, start: int, end: int, sentence: str = "") -> bool:
    """Whether the fall word at [start, end) of the statement ``text`` (a functional-limitation
    target, ``label``) tells one fall with an outside cause and nothing more: an accident, not
    a limitation. ``sentence``, the note's sentence holding it, is read for more than one
    accident too (a statement may end at a semicolon)."""
    if label not in _LABELS or not _FALL_WORD.fullmatch(text[start:end]):
        return False
    if _MORE_THAN_AN_ACCIDENT.search(text) or _MORE_THAN_AN_ACCIDENT.search(sentence):
        return False
    near = text[max(0, start - _BEFORE) : end + _AFTER]
    return bool(_OUTSIDE_CAUSE.search(near))
