"""Functional scores in the band of little or no limitation (score_bands.yaml).

A checklist item that asks for a functional limitation counts a documented functional score as
one. A score in its instrument's published band of little limitation ("KOOS JR 84.6", "ODI 14%")
documents the opposite: the criterion's ``positive: true`` then drops it, as it drops a normal
study. Only instruments with a published band are judged; any other score counts as before.
A functional remark in the same clause as such a score or as a good rating ("TUG 9.8 s with
rollator", "standing balance good with rollator") is no limitation either (:func:`rated_well`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_text
from ..yamlfile import safe_load
from .good_verdicts import good_verdict, mild_and_steady
from .spelled_numbers import digits_for_words

BANDS_FILE = Path(__file__).with_name("score_bands.yaml")
#: The value written right after the name: "ODI 14%", "KOOS JR: 78.7", "QuickDASH score = 9.1",
#: "KOOS ADL subscale 90", or in the next cell of a table row ("QuickDASH | 9.1 |").
_VALUE = lazy_re.compile(
    r"^\s*(?:(?:total|interval|summary)\s+)?(?:subscale\s+)?(?:score|index)?\s*"
    r"(?:(?P<bar>\|)|[:=-]|of|was|is)?\s*"
    # A norm-referenced test names the score it reports: "Beery VMI: standard score 96", "BOT-2
    # SS 31" (never a subtest's scale score, on another scale).
    r"(?:(?:standard\s+score|ss)\s*(?:[:=]|of|was|is)?\s*)?"
    r"(?P<value>\d{1,3}(?:\.\d+)?)(?P<after>\s*(?:%|/\s*\d{1,3}|raw)?)",
    re.IGNORECASE,
)
#: Another number further along a table row: "QuickDASH | 61.4 | 9.1 |" gives two columns
#: (initial and today, or today and the goal) and only the header says which is today's.
_ANOTHER_CELL = lazy_re.compile(r"\|[^|\n]*\d")
#: A value that is a percentile rank: "4th percentile", "45 %ile", "12th pct".
_PERCENTILE = lazy_re.compile(
    r"(?:st|nd|rd|th)?\s*(?:percentile|%ile|centile|pct)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Band:
    """One instrument's band of little limitation."""

    instrument: str
    better: str
    low: float | None
    high: float | None
    not_scale: tuple[str, ...]
    units: tuple[str, ...] = ()
    out_of: int = 100
    percentile_min: float | None = None

    def holds(self, value: float) -> bool:
        """True when ``value`` lies in the band of little or no limitation."""
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@cache
def _bands() -> tuple[re.Pattern[str], dict[str, Band]]:
    document: dict[str, Any] = safe_load(BANDS_FILE.read_text(encoding="utf-8"))
    by_name: dict[str, Band] = {}
    for instrument, spec in document["instruments"].items():
        limits = spec["little_limitation"]
        band = Band(instrument, spec["better"], limits.get("min"), limits.get("max"),
                    tuple(str(s).lower() for s in spec.get("not_scale") or ()),
                    tuple(str(u).lower() for u in spec.get("units") or ()),
                    int(spec.get("out_of", 100)), spec.get("percentile_min"))  # fmt: skip
        for name in spec["names"]:
            by_name[str(name).lower()] = band
    names = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])", re.IGNORECASE), by_name


def band_for(name: str) -> Band | None:
    """The band of the instrument named in ``name`` ("KOOS JR interval score"), if listed."""
    pattern, by_name = _bands()
    match = pattern.search(name)
    return by_name[match.group(0).lower()] if match else None


def little_limitation_in_text(name: str, after: str) -> bool:
    """True when the score named ``name`` is followed in ``after`` by a value in its band.

    ``after`` is the text right after the instrument's name in the note ("  9.1 (initial 61.4)").
    A value dictated in words ("ASES eighty six") is read as its digits.
    """
    return _judged(name, after) is True


def limitation_in_text(name: str, after: str) -> bool:
    """True when the score named ``name`` is followed in ``after`` by a value judged outside its
    band ("TUG 22 s", "Berg 38/56"); a value not judged (another scale, a row) is no limit."""
    return _judged(name, after) is False


def _judged(name: str, after: str) -> bool | None:
    """Whether the value after the score's name lies in its band; None when it is not judged."""
    band = band_for(name)
    if band is None:
        return None
    after = digits_for_words(after[:80])
    match = _VALUE.match(after[:40])
    if match is None:
        return None
    if match.group("bar") and _ANOTHER_CELL.search(after[match.end() :].split("\n", 1)[0]):
        return None  # a row of several values: not judged
    if _PERCENTILE.match(after[match.end("value") :]):
        # "BOT-2 4th percentile", "Beery VMI 45th %ile": a rank among peers, not the score.
        pct = band.percentile_min
        return None if pct is None else float(match.group("value")) >= pct
    written = match.group("after").replace(" ", "").lower()
    if written.startswith("/") and written != f"/{band.out_of}":
        return None  # another scale of the same name ("KOOS JR raw 8/28"), or unclear
    if written in band.not_scale:
        return None
    return band.holds(float(match.group("value")))


def scored_outside_band(text: str, instruments: frozenset[str]) -> bool:
    """True when ``text`` writes one of ``instruments`` (score_bands.yaml keys) with a value
    outside its band of little limitation ("TUG 22 s", "Berg 38/56")."""
    pattern, by_name = _bands()
    return any(
        by_name[m.group(0).lower()].instrument in instruments
        and limitation_in_text(m.group(0), text[m.end() :])
        for m in pattern.finditer(text)
    )


def little_limitation_written(text: str) -> bool:
    """True when ``text`` starts with an instrument's name and its value lies in the band.

    The instrument's longest name is read from the text itself, not from the shorter word a
    vocabulary matched: "HOOS JR 91.9 / 100" is a HOOS JR score even where "HOOS" was the term.
    """
    match = _bands()[0].match(text)
    return match is not None and little_limitation_in_text(match.group(0), text[match.end() :])


def little_limitation_observed(name: str, value: float | None, unit: str = "") -> bool:
    """True when a coded score (an Observation's name, value and unit) lies in its band."""
    band = band_for(name)
    # A coded name that says another scale of the same name ("raw", "WOMAC pain subscale").
    if band is None or value is None or any(w in name.lower() for w in ("raw", *band.not_scale)):
        return False
    scores = ("", "%", "{score}", "score", "points", "{points}", "1")
    if unit.strip().lower() not in scores + band.units:  # a TUG is timed: "s"
        return False
    return band.holds(value)


#: Where a clause ends: a comma, semicolon, full stop (not a decimal point), "but".
_CLAUSE_EDGE = lazy_re.compile(r"[,;]|\.(?!\d)|\bbut\b|\bhowever\b", re.IGNORECASE)


def rated_well(text: str, start: int, end: int) -> bool:
    """True when the clause of ``text`` holding [start, end) rates the function well: a good
    rating word, or a score in its instrument's band of little limitation ("TUG 9.8 s with
    rollator": the rollator is how she did well, not a limit)."""
    clause = clause_text(text, start, end, _CLAUSE_EDGE)
    if good_verdict(clause) or mild_and_steady(text, start, end):
        return True
    return any(
        little_limitation_in_text(m.group(0), clause[m.end() :])
        for m in _bands()[0].finditer(clause)
    )


#: Unsteadiness, imbalance or a fall risk felt or reported: what balance testing answers.
_UNSTEADY = lazy_re.compile(
    r"\b(?:unstead\w*|imbalance|off[- ]balance|wobbly|balance|fall risk|fear of falling)\b",
    re.IGNORECASE,
)
#: Balance testing found little risk, in the same statement (blind wave 20, BR/wlk-03: "Mild
#: subjective unsteadiness, low fall risk on testing."): "normal on TUG/Berg", "Berg and TUG
#: within normal limits", "low fall risk by testing"; not "high fall risk on testing", "not low
#: risk", nor a verdict on something else ("gait normal" is rated in its own clause).
_TESTED_WELL = lazy_re.compile(
    r"(?<!not )\b(?:low(?:\s+fall)?\s+risk|normal|wnl|within normal limits|reassuring|negative)"
    r"\s+(?:on|by|per|with)\s+(?:objective\s+|balance\s+|formal\s+)?(?:testing|tests?|tug|berg|"
    r"steadi|screen(?:ing)?)\b"
    r"|\b(?:objective|balance|formal)\s+(?:testing|tests?)\s*(?:is|are|was|were|:)?\s*"
    r"(?:normal|wnl|within normal limits|reassuring|negative|low(?:\s+fall)?\s+risk)\b"
    r"|\b(?:tug|berg)\s*(?:(?:and|/|&)\s*(?:tug|berg)\s*)?(?:are|were|is|:)?\s*(?:both\s+)?"
    r"(?:normal|wnl|within normal limits|low(?:\s+fall)?\s+risk)\b",
    re.IGNORECASE,
)


#: The examiner's own contrast of the complaint with the exam: "Unsteadiness on feet,
#: subjective; no objective gait deficit" (blind wave 55, GZ/walker-03, beside a steady gait,
#: TUG 9 s and no falls): the unsteadiness is felt, and the exam that would show a limitation a
#: walker resolves found none. Read over the statement's line, as the contrast follows a ";".
_NO_OBJECTIVE = lazy_re.compile(
    r"\bno\s+objective\s+(?:(?:gait|balance|neuro(?:logic(?:al)?)?|motor|focal)\s+)?"
    # Not a deficit of something else: "no objective findings of neuropathy".
    r"(?:deficits?|findings?|abnormalit(?:y|ies)|instability|ataxia|signs?)\b(?!\s+(?:of|for)\b)",
    re.IGNORECASE,
)


def balance_tested_well(text: str, start: int, end: int, line: str = "") -> bool:
    """True when the unsteadiness at [start, end) of the statement ``text`` is one its own
    balance testing found little risk in: the complaint is subjective, the test is the measure.
    So too when its ``line`` says the exam found no objective deficit (``_NO_OBJECTIVE``)."""
    return bool(_UNSTEADY.search(text[start:end])) and bool(
        _TESTED_WELL.search(text) or _NO_OBJECTIVE.search(line or text)
    )


#: A fall-risk screen named as done with no result, or fall-risk teaching (blind wave 33,
#: DR/walker-02: "Fall risk screening (STEADI): Pt screened. Fall risk education provided." from
#: a smart-phrase): the screen's name and its handout find no risk. A screen answered with what
#: it found ("Fall risk screen: positive (fall 1/30)", "Fall risk assessment: high") still does.
_RISK_ONLY_NAMED = lazy_re.compile(
    r"^\s*(?:(?:screen(?:ing|ed)?|assessment|assessed|evaluation|eval)\b\s*(?:\([^)]{0,20}\)\s*)?"
    r"(?:[:\-\u2013]\s*)?(?:(?:pt|patient)\s+)?(?:(?:was|were|is)\s+)?"
    r"(?:screened|completed|done|performed|reviewed|assessed|updated|documented)?\s*(?:$|[.;])"
    r"|(?:education|teaching|counsell?ing|handouts?|pamphlets?|information)\b"
    # The screen answered by its own fields (blind wave 88, LZ/walker-03: "Rooming: Fall risk
    # screen - falls past 12 mo: 0; afraid of falling: no"): the name heads the questions, and
    # what they found is read field by field ("falls past 12 mo: 2" stays a fall); not a screen
    # answered by a rating first ("Fall risk screen: positive - 3 falls", "Fall risk: high").
    r"|(?:(?:screen(?:ing|ed)?|scrn|assessment|questionnaire)\b\s*(?:\([^)]{0,20}\)\s*)?)?"
    r"(?:[:\u2013]|\s-)\s*(?!(?:positive|pos|yes|y|high|moderate|mod|abnormal|fail(?:ed)?|at\s+risk|"
    r"increased|elevated)\b)(?:#\s*(?:of\s+)?|number\s+of\s+)?[a-z][\w/' ]{0,30}?\s*[:?=])",
    re.IGNORECASE,
)


#: An evaluation titled by the risk it looks into ("PT Eval - fall risk. TUG 8.4 sec ... Low fall
#: risk", blind wave 38, EG/walker-02): the title names what is assessed, not what was found.
#: Not "Assessment: fall risk", a visit's assessment, nor a colon that may open a result.
_EVAL_TITLE_BEFORE = lazy_re.compile(
    r"\b(?:eval(?:uation)?|screen(?:ing)?|consult(?:ation)?)\s*(?:[-\u2013\u2014]|for|of)\s*$",
    re.IGNORECASE,
)


def fall_risk_only_named(text: str, start: int, end: int) -> bool:
    """True when the "fall risk" at [start, end) of the statement ``text`` names a screen done
    without its result, teaching about falls, or what an evaluation is titled by: no risk is
    found by any of them."""
    return text[start:end].lower() == "fall risk" and bool(
        _RISK_ONLY_NAMED.match(text[end:]) or _EVAL_TITLE_BEFORE.search(text[:start])
    )
