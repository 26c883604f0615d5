"""Relief written as pain scores before and after a block, read as the percentage they give.

A diagnostic block's relief is often written as the scores themselves, not as a percentage:
"Pre 8/10, post 30 min 1/10", "pain 8->3", "from 7/10 to 2/10", or a pain diary's
"Pre-procedure pain: 8/10" followed by "15 min: 4/10", "30 min: 3/10", ... The payer reads
those as numbers (8 to 3 at best is 62.5%, below an ablation's 80%), so they are a
``block-relief`` value like "~60% relief": ``(before - best after) / before``. So is a
percentage written as improvement ("s/p L4-5 ESI 1/28. Pt reports ~70% improvement in leg
pain") or as what the block did ('ESI 12/8/25 helped "maybe 40%"'), where that sentence or the
one before it names the block.

Only where a block is the subject (the statement, its line's lead, or the document's title names
a block, an injection or the anesthetic; a pain diary): "pain from 7/10 to 4/10 with PT" is a
therapy's effect, not a block's relief.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .block_context import NOT_RELIEF, THERAPY_CONTEXT, about_a_block
from .series_relief import series_spans
from .spelled_percent import NUMBER, PER_CENT, RANGE_FROM, as_number, relief_percent

#: A pain score, a half point too: "post 0.5/10", "NRS 2.5" (blind wave 98, NN/rfa-3: "Pre NRS 7,
#: post 0.5/10 x 3h -> 93% relief" read the "5" of "0.5/10" as the score after, a 28.6% block
#: under IPN-008's 80% that made two blocks of 93% and 85% a gap).
_VALUE = r"(10|\d(?:\.\d)?)"
_SCORE = _VALUE + r"(?:\s*/\s*10\b)?"
#: "Pre 8/10", "Pre-procedure pain: 8/10", "pre-NRS 7", "Pre-injection VAS 6".
_PRE = lazy_re.compile(
    r"\bpre(?:[- ]?(?:procedure|proc|injection|inj|block|mbb))?[- ]?\s*(?:pain|nrs|vas)?"
    r"(?:\s+(?:score|level))?\s*[:=]?\s*" + _SCORE + r"(?!\s*/\s*\d)(?!\.?\d)",
    re.IGNORECASE,
)
#: A score after the block: "1/10", "NRS 1", "pain 3".
_AFTER = lazy_re.compile(
    r"(?<!\d\.)\b" + _VALUE + r"\s*/\s*10\b"
    r"|\b(?:nrs|vas|pain)\s*:?\s*" + _VALUE + r"(?!\.?\d)(?!\s*/\s*\d)",
    re.I,
)
#: "8->3", "8/10 → 3/10", "from 7/10 to 2/10".
_ARROW = r"(?:->|-->|→|=>)"
#: A number the arrow leads to that is a time, not a score: a pain diary's "pre NRS 7 -> 6 h
#: post NRS 1.4 = 80% relief" (blind wave 92, MN/esi-03) is 7 to 1.4 six hours on, not 7 to 6
#: (a 14% block, under IPN-008's 80%, that made two 80%+ blocks a gap).
_TIME_AFTER = r"(?!\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|d)\b)"
_PAIR = lazy_re.compile(
    rf"\bfrom\s+{_SCORE}\s+(?:to|{_ARROW})\s+{_SCORE}{_TIME_AFTER}"
    rf"|(?<![\d/.]){_SCORE}\s*{_ARROW}\s*{_SCORE}(?![\d%]|\.\d){_TIME_AFTER}",
    re.IGNORECASE,
)
_PAIN_WORDS = lazy_re.compile(r"\b(?:pain|nrs|vas|relief|diary)\b|/\s*10\b", re.IGNORECASE)
_LINE_SPLIT = lazy_re.compile(r"\n|(?<=[.;])\s+")
#: How far a pain diary's time-stamped lines may run after its "Pre" score.
_DIARY_CHARS = 400


#: "~70% improvement", "80% better", "75% reduction in pain".
_IMPROVED = lazy_re.compile(
    NUMBER + PER_CENT + r"\s*(?:improvement|improved|better|reduction|decrease)\b", re.I
)
#: The response told as what the block did: 'ESI 12/8/25 helped "maybe 40%" for about 3 weeks',
#: "the injection gave about 30%" (blind wave 28, CW/inj-03); "gave 40% relief" is the relief
#: target's, "helped 70% improvement" the pattern above.
_HELPED = lazy_re.compile(
    r"\b(?:helped|gave|provided)\s+(?:(?:her|him|pt|the patient)\s+)?(?:by\s+)?[\"'“]?\s*"
    r"(?:(?:maybe|perhaps|about|approx\.?|approximately|roughly|around|only|at most|at best)\s+)?"
    r"~?\s*"
    + RANGE_FROM
    + NUMBER
    + PER_CENT
    + r"(?![\"'”]?\s*(?:pain\s+)?(?:relief|improvement|improved|better|"
    r"reduction|decrease)\b)",
    re.I,
)
_SENTENCE_END = lazy_re.compile(r"[.;!?](?:\s|$)|\n")
#: A time held, as the words between a bare percentage and it may write it.
_SPAN = (
    r"(?:about|approx\.?|approximately|around|roughly|nearly|almost|~)?\s*"
    r"\d{1,2}(?:\s*-\s*\d{1,2})?\s*"
)
#: Hours too: a medial branch block's relief lasts as long as its anesthetic, and a note writes the
#: second of two blocks as "MBB #1 90% relief x 6 h, #2 85% x 4 h" (blind wave 67, IT/ipn-03:
#: the 85% read as no reading, one of the two blocks IPN-008 asks for). An hour-long relief never
#: meets a repeat's months (IPN-009 reads the duration apart).
_UNIT = r"(?:months?|mos?|weeks?|wks?|wk|hours?|hrs?|h)(?![a-z])"
#: A bare percentage told with how long it held, the block named in its sentence: "Prior TFESI
#: 9/16/25 70% x ~4 mo", "ESI 3/2025: 60% for 5 months", "80% (4 mos)", "70%, lasted 4 mo", and
#: a table's cells ("| 70% | 4 mo |"), the time first: "the shot lasted about 4 months at ~70%",
#: "~4 mo @ 70%" (blind wave 61,
#: HW/spinal-injections-02). A relief or improvement word after the percentage is read by the
#: relief target or :data:`_IMPROVED`; a score's percentage (ODI, SpO2, A1c) is no relief.
_HELD_FOR = lazy_re.compile(
    r"(?<![\w.])~?\s*"
    + NUMBER
    + PER_CENT
    + r"(?!\s*(?:pain\s+)?(?:relief|improvement|improved|better|reduction|decrease)\b)"
    + r"\s*(?:x|×|for|over|lasting|,?\s*lasted|\(|-|–|\|)\s*"
    + _SPAN
    + _UNIT
    + r"|(?:\b(?:lasted|lasting|held|x|×|for)\s+|(?<![\w/])(?=~|\d))"
    + _SPAN
    + _UNIT
    + r"\s*(?:at|@)\s*(?:about|approx\.?|approximately|around|roughly|~)?\s*"
    + RANGE_FROM
    + NUMBER
    + PER_CENT,
    re.I,
)
#: What may stand before a percentage that leads its sentence: "~70% x 4 mo", "> 50% x 3 mo",
#: "<50% x 4 mo" (brief s72-g); and the word that points back to the injection the clause
#: before names: "repeat L S1 TFESI (2nd in 12 mo) w/ fluoro; prior 70% x ~4 mo" (blind wave
#: 87, LW/inj-03), "last one 60% x 5 mo", "previous: 80% for 4 months". Only that word: "prior
#: PT 50% x 3 mo" names something else.
_LEADS = lazy_re.compile(
    r"[\s\-\u2013>~*<≤≥]*(?:(?:(?:the\s+)?(?:prior|previous|last)(?:\s+(?:one|time))?|response|"
    r"result)\s*(?:[:=\-\u2013]\s*|(?:was|gave|had)\s+)?)?"
    r"(?:(?:about|approx\.?|approximately|roughly|around|less\s+than|under|"
    r"over|greater\s+than|more\s+than|at\s+least)\s*)?",
    re.IGNORECASE,
)
#: A shot names the injection a patient speaks of ("the shot lasted about 4 months").
_SHOT = lazy_re.compile(r"\b(?:shots?|steroid injection)\b", re.I)


def relief_spans(text: str, title: str = "") -> list[tuple[int, int, float]]:
    """``(start, end, percent)`` for each relief the text writes as pain scores or as a
    percentage of improvement."""
    found = [
        *_pre_post(text, title), *_pairs(text, title), *_improved(text, title),
        *_held_for(text, title), *series_spans(text, title),
    ]  # fmt: skip
    # One percentage read by two patterns ("MBB gave her ~85% for 6 hours": what the block did,
    # and a percentage with the hours it held) is one reading.
    out: list[tuple[int, int, float]] = []
    for span in sorted(found):
        if not any(s < span[1] and span[0] < e and v == span[2] for s, e, v in out):
            out.append(span)
    return out


def _bounded(text: str, match: re.Match[str], group: int) -> float:
    """The percentage in ``match``'s ``group``, read with a bound written before it: "<50%
    improvement", "less than 50% x 4 mo" are under 50 (brief s72-g); a range at its lower end:
    "50-60% improvement" is 50 (brief s73-b)."""
    at = match.start(group)
    return relief_percent(as_number(match.group(group)), text[max(0, at - 30) : at])


def _percent(before: float, after: float) -> float | None:
    if before <= 0 or after > before:
        return None
    return round((before - after) * 100 / before, 1)


def _context(text: str, start: int, end: int, title: str) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    around = f"{title} {text[line_start : len(text) if line_end < 0 else line_end]}"
    return about_a_block(around)


def _pre_post(text: str, title: str) -> list[tuple[int, int, float]]:
    """A "Pre" score and the best (lowest) score in the statements that follow it."""
    out = []
    matches = list(_PRE.finditer(text))
    for index, match in enumerate(matches):
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        stop = min(stop, match.end() + _DIARY_CHARS)
        blank = text.find("\n\n", match.end(), stop)
        stop = blank if blank >= 0 else stop
        after: list[float] = []
        end = match.end()
        position = match.end()
        for piece in _LINE_SPLIT.split(text[match.end() : stop]):
            scores = [float(m.group(1) or m.group(2)) for m in _AFTER.finditer(piece)]
            if not scores and after:
                break  # the diary ended: a later line's score is about something else
            offset = text.find(piece, position)
            position = offset + len(piece) if offset >= 0 else position
            if scores:
                after += scores
                end = position
        if not after:
            continue
        percent = _percent(float(match.group(1)), min(after))
        if percent is not None and _context(text, match.start(), end, title):
            out.append((match.start(), end, percent))
    return out


def _pairs(text: str, title: str) -> list[tuple[int, int, float]]:
    """Pairs ("8->3", "from 7/10 to 2/10") where the line speaks of pain and of a block."""
    out = []
    for match in _PAIR.finditer(text):
        groups = [g for g in match.groups() if g is not None]
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _PAIN_WORDS.search(text[line_start : match.end()]):
            continue  # "BMI 42 -> 38", "AHI 32->4": not pain scores
        percent = _percent(float(groups[0]), float(groups[1]))
        if percent is not None and _context(text, match.start(), match.end(), title):
            out.append((match.start(), match.end(), percent))
    return out


def _improved(text: str, title: str) -> list[tuple[int, int, float]]:
    """A percentage of improvement where its sentence or the one before names a block."""
    out = []
    for match in [*_IMPROVED.finditer(text), *_HELPED.finditer(text)]:
        value = _bounded(text, match, 1)
        if value > 100:
            continue
        ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())]
        begin = ends[-2] if len(ends) > 1 else 0
        stop = _SENTENCE_END.search(text, match.end())
        around = f"{title} {text[begin : stop.end() if stop else len(text)]}"
        if about_a_block(around):
            out.append((match.start(), match.end(), value))
    return out


def _held_for(text: str, title: str) -> list[tuple[int, int, float]]:
    """A bare percentage with the time it held (:data:`_HELD_FOR`), its own sentence naming a
    block or a shot, or the sentence before when it leads its own: "No ESI; meloxicam 50% x 3
    mo" is the drug's."""
    out = []
    for match in _HELD_FOR.finditer(text):
        value = _bounded(text, match, 1 if match.group(1) else 2)
        if value > 100 or NOT_RELIEF.search(text[max(0, match.start() - 20) : match.start()]):
            continue
        ends = [0, *(m.end() for m in _SENTENCE_END.finditer(text, 0, match.start()))]
        stop = _SENTENCE_END.search(text, match.end())
        # A percentage leading its sentence tells the response to the one before: "s/p TFESI
        # 9/16. ~70% x 4 mo." (s62-h); one after a drug ("meloxicam 50% x 3 mo") is the drug's.
        begin = (
            ends[-2]
            if len(ends) > 1 and _LEADS.fullmatch(text[ends[-1] : match.start()])
            else ends[-1]
        )
        around = f"{title} {text[begin : stop.end() if stop else len(text)]}"
        if about_a_block(around) or (_SHOT.search(around) and not THERAPY_CONTEXT.search(around)):
            out.append((match.start(), match.end(), value))
    return out
