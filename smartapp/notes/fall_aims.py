"""A fall word that names no fall the patient had: an aim, or a screen's name.

A fall to be prevented (blind wave 72, JM/dme-walker-02): a walker order's "Family request - fall
prevention." for a patient with a steady gait, a 10-second TUG and no falls was read as the
walking limitation NCD 280.3 asks for: a gap called met. What a device or a class is for ("fall
prevention", "falls-prevention class", "to prevent falls", "to avoid falling") names the aim, not
a fall: the word is read as an aim when "prevention" follows it or a verb of preventing leads it.
Falls the patient had stay a limit whatever the same statement aims at ("2 falls since May
despite fall prevention measures": the "2 falls" is its own target).

A fall screen's name (blind wave 80, KS/dme-walker-02): an Annual Wellness Visit's
"Functional status / fall screen: no falls in past 12 mo." beside a TUG of 8.9 s and a steady
gait gave its heading's "fall" as the limitation, a gap called met. "Fall screen", "falls
screening", "fall hx", "fall risk assessment" name the questions asked; what they found is
read on its own ("Fall screen: 2 falls in past 6 mo" keeps its "2 falls"). A screen answered
positive keeps its name as the finding ("Fall screen: positive", "Falls screen +"). A "fall
risk" rated low is read where other ratings are (evidence/good_verdicts.py).

A fall only risked (brief s81-near): "At risk for falls." names what a screen or a clinician
fears, not a fall had nor a gait limited; it reads as the aim does. A risk rated ("high risk for
falls", "increased risk of falls") is read as "high fall risk" is, a finding.

A thing that falls (brief s81-near): "Wedge falls off the bed", "the mask falls off at night",
"BP falls on standing" tell of the wedge, the mask, the pressure, not of the patient's walking
(as "Pillows fall off" is read in targets.yaml); the finding is dropped. The patient's falls
stay: "falls at home x2", "falls when walking", "uses a cane, falls".

A fall out of bed (brief s82-function): "Pt falls off the bed at night", "fell out of bed 5/2",
"has fallen out of bed twice" tell of a patient who rolls out while lying in bed, no gait or
mobility finding (NCD 280.3 asks for a limitation of the mobility-related activities of daily
living that a walker or a wheelchair resolves). Falls while walking or standing stay ("falls
while walking", "2 falls in the kitchen"), and so does a fall out of bed on getting up, a
transfer or a walk to the bathroom ("fell getting out of bed", "fell out of bed trying to get to
the commode", "fell from bed when her knee gave way"): the patient was moving, not lying.

Both target kinds read them: the spaCy phrase "falls" (flag_corrections.py) and the regex "fall"
/ "falling" / "fell" (pattern_flag_corrections.py).
"""

from __future__ import annotations

import re

from .. import lazy_re

_LABEL = "functional-deficits|walking-limitation"
#: The target is the fall word alone, not "fall risk" or "near falls" (read as they are).
_FALL_WORD = lazy_re.compile(r"falls?|falling", re.IGNORECASE)
#: "fall prevention", "falls-prevention", "fall - prevention".
_AIM_AFTER = lazy_re.compile(r"\s*[-–]?\s*prevention\b", re.IGNORECASE)
#: "to prevent falls", "help prevent further falls", "avoid falling", "reduce future falls".
_AIM_BEFORE = lazy_re.compile(
    r"\b(?:prevent|preventing|prevention\s+of|avoid|avoiding|reduce|reducing)\s+"
    r"(?:(?:further|future|more|any|recurrent|repeat)\s+)?$",
    re.IGNORECASE,
)
#: A screen's answer that found a fall or a risk: "positive", "pos", "+", "yes", "high",
#: "abnormal", "failed" (a score alone is read by the score's own rules).
_POSITIVE = r"(?:positive|pos\b|\+|yes\b|y\b|high\b|abnormal|fail(?:ed)?\b|at\s+risk\b)"
#: The screen's name after the fall word, its tool in brackets and the field's colon:
#: "fall screen", "falls screening (STEADI):", "fall scrn -", "fall hx:", "fall assessment".
_SCREEN_AFTER = lazy_re.compile(
    r"\s*[-/]?\s*(?:screen(?:ing|ed)?|scrn|scr\b|assessment|assmt|questionnaire|"
    r"hx\b|history\b)\s*(?:\([^)]{0,30}\)\s*)?(?:[:\-\u2013=]\s*)?(?P<answer>" + _POSITIVE + r")?",
    re.IGNORECASE,
)


def fall_prevented(label: str, text: str, start: int, end: int) -> bool:
    """Whether the walking-limitation target at [start, end) of ``text`` is a fall named as
    what care aims to prevent, not one had."""
    if label != _LABEL or not _FALL_WORD.fullmatch(text[start:end]):
        return False
    return bool(_AIM_AFTER.match(text, end) or _AIM_BEFORE.search(text[max(0, start - 40) : start]))


def fall_screen_named(label: str, text: str, start: int, end: int) -> bool:
    """Whether the walking-limitation target at [start, end) of ``text`` is a fall screen's name
    not answered positive: the screen, not a fall found."""
    if label != _LABEL or not _FALL_WORD.fullmatch(text[start:end]):
        return False
    screen = _SCREEN_AFTER.match(text, end)
    return screen is not None and not screen.group("answer")


#: A "fall risk" label alone on its line (brief s80-func): a nursing flowsheet's "Fall risk:
#: yes", an intake's "Fall risk: see PT", a numbered entry "2. Fall risk". The screen's flag
#: names the risk it screens for; it tells no limit on walking (NCD 280.3 asks for the mobility
#: limitation itself), and "Fall risk: high - 2 falls this year, unsteady gait" keeps its falls
#: and gait as their own targets. A risk rated ("high fall risk", "Fall risk: high", "Fall risk:
#: moderate") or said with more on its line is read as before, and so is a form's ticked box
#: ("[X] Fall risk"), which is weighed against the measured evaluation (blind wave 38,
#: test_judgement_wave38_not_a_finding.py).
_RISK_WORDS = lazy_re.compile(r"falls?\s+risk", re.IGNORECASE)
_LABEL_OPENS = lazy_re.compile(r"^\s*(?:[-*\u2022\u00b7]\s*|\d{1,2}\s*[.)]\s*)?$")
_BARE_ANSWER = lazy_re.compile(
    r"^\s*(?:[:=\-\u2013]\s*)?(?:(?:yes|y|positive|pos|present|checked|\+|x|"
    r"(?:see|per|refer\s+to)\s+[^.;:]{0,40})\s*)?[.;]?\s*$",
    re.IGNORECASE,
)


def fall_risk_label(label: str, line: str, start: int, end: int) -> bool:
    """Whether the walking-limitation target at [start, end) of its note ``line`` is a bare
    "fall risk" label: the line holds it, a bullet or tick before it and no more than a yes or
    a pointer after it."""
    if label != _LABEL or not _RISK_WORDS.fullmatch(line[start:end]):
        return False
    return bool(_LABEL_OPENS.match(line[:start]) and _BARE_ANSWER.match(line[end:]))


#: "at risk for falls", "risk of further falls", "at risk for falling"; the fall word alone after.
_RISK_BEFORE = lazy_re.compile(
    r"\b(?P<rate>(?:high|higher|increased|elevated|significant|severe|great|greater|substantial)"
    r"\s+)?risk\s+(?:for|of)\s+(?:(?:further|future|more|recurrent|repeat(?:ed)?)\s+)?$",
    re.IGNORECASE,
)


def fall_risked(label: str, text: str, start: int, end: int) -> bool:
    """Whether the walking-limitation target at [start, end) of ``text`` is a fall only risked,
    the risk not rated: "At risk for falls." (module doc)."""
    if label != _LABEL or not _FALL_WORD.fullmatch(text[start:end]):
        return False
    risk = _RISK_BEFORE.search(text[max(0, start - 50) : start])
    return risk is not None and not risk.group("rate")


#: A thing or a measure just before the fall word, as its subject, with only a word of how often
#: between: "wedge falls off", "pillows keep falling", "mask always falls", "BP falls". Not the
#: walking aids ("cane, falls" and "walker falls x2" tell the patient's falls with them).
_THING_BEFORE = lazy_re.compile(
    r"\b(?:pillows?|wedges?|cushions?|bolsters?|blankets?|sheets?|covers?|linens?|mask|"
    r"nasal\s+pillows|headgear|cannula|tubing|glasses|dentures|hearing\s+aids?|hat|"
    r"shoes?|slippers?|socks?|boots?|braces?|splints?|straps?|foot\s*plates?|foot\s*rests?|"
    r"leg\s*rests?|arm\s*rests?|trays?|cups?|phone|remote|items?|objects?|things?|food|"
    r"mattress(?:es)?|overlays?|rails?|bp|blood\s+pressure|pressures?|sats?|spo2|"
    r"saturations?|levels?|glucose|sugars?|weight|temp(?:erature)?|h(?:gb|b)|hemoglobin)"
    r"\s+(?:(?:always|often|constantly|frequently|sometimes|usually|still|just|then|also|"
    r"keeps?|kept|tends?\s+to|tended\s+to)\s+)*$",
    re.IGNORECASE,
)


def thing_falls(label: str, text: str, start: int, end: int) -> bool:
    """Whether the walking-limitation target at [start, end) of ``text`` is the fall of a thing
    or a measure, its subject just before it: "Wedge falls off the bed" (module doc)."""
    if label != _LABEL or not _FALL_WORD.fullmatch(text[start:end]):
        return False
    return bool(_THING_BEFORE.search(text[max(0, start - 40) : start]))


#: The fall words a walking or an activity limitation is read from ("fell" is an activity's).
_LIMIT_LABELS = frozenset(
    {"functional-deficits|walking-limitation", "functional-deficits|activity-limitation"}
)
_ANY_FALL_WORD = lazy_re.compile(r"falls?|fell|fallen|falling", re.IGNORECASE)
#: Out of bed right after the fall word, with at most a word of how often or when between:
#: "falls off the bed", "fell out of bed x2", "has fallen out of her bed", "fall from bed".
_OUT_OF_BED = lazy_re.compile(
    r"\s+(?:(?:often|frequently|sometimes|twice|again|repeatedly|once|x\s*\d+|\d+\s*x)\s+)?"
    r"(?:out\s+of|off(?:\s+of)?|from)\s+(?:(?:the|her|his|their|a|my|own)\s+)?"
    r"(?:hospital\s+)?(?:bed|crib)\b(?!\s*(?:side\s+)?(?:rails?|alarm))",
    re.IGNORECASE,
)
#: The patient was moving when it happened: getting up, a transfer, a walk, the bathroom, legs
#: that gave way. Then the fall is one of getting about, and stays.
_MOVING = lazy_re.compile(
    r"\b(?:get(?:ting)?\s+(?:up|out|to|into|on)|got\s+(?:up|out)|tr(?:y|ied|ying)\s+to|"
    r"attempt\w*|stand\w*|stood|ris(?:e|ing)|rose|walk\w*|ambulat\w*|transfer\w*|"
    r"bathroom|restroom|toilet|commode|(?:knees?|legs?)\s+(?:gave|give|gives|buckl\w*)|"
    r"gave\s+(?:out|way)|buckl\w*|pivot\w*|wheelchair|w/c)\b",
    re.IGNORECASE,
)


def fall_out_of_bed(label: str, text: str, start: int, end: int) -> bool:
    """Whether the walking- or activity-limitation target at [start, end) of ``text`` is a fall
    out of bed with no getting up, transfer or walk in its statement: the patient rolled out
    lying down, no limit on getting about (module doc)."""
    if label not in _LIMIT_LABELS or not _ANY_FALL_WORD.fullmatch(text[start:end]):
        return False
    return bool(_OUT_OF_BED.match(text, end)) and not _MOVING.search(text)
