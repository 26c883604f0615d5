"""Physical demand levels: a capacity measured at or above the job's demand is no deficit.

A functional capacity evaluation classifies what the worker can do on the Dictionary of
Occupational Titles' physical demand scale (sedentary, light, medium, heavy, very heavy; FCE
reports add the half steps light-medium and medium-heavy), and the job's demand on the same
scale. Work hardening is for a worker whose capacity falls short of the job (MS WC work
hardening criteria): "FCE 6/24/2026: PDC LIGHT-MEDIUM; job demand LIGHT" documents a capacity
that meets the job, not a deficit (blind wave 14, AV/occ-04).
"""

from __future__ import annotations

import re

from .. import lazy_re

_ORDER = ("sedentary", "light", "light-medium", "medium", "medium-heavy", "heavy", "very-heavy")
_LEVEL = (
    r"(?P<level>sedentary|light[\s-]+medium|light|medium[\s-]+heavy|medium|very[\s-]+heavy|heavy)"
)
#: The worker's level: "PDC LIGHT-MEDIUM", "physical demand level: medium", "PDL = heavy";
#: not the job's ("job PDC: medium").
_CAPACITY = lazy_re.compile(
    r"(?<!job )(?<!job's )(?<!job: )\b(?:pdc|pdl|physical demand (?:level|category|"
    r"classification|capacity))\b\s*(?:of|is|at|:|=|-)?\s*(?:the\s+|a\s+)?" + _LEVEL + r"\b",
    re.IGNORECASE,
)
#: The job's level: "job demand LIGHT", "job requires medium", "job PDC: heavy", "job
#: classified as medium"; an FCE summary's field "Job: Sedentary (DOT)" (blind wave 36,
#: ED/workrehab-03).
_DEMAND = lazy_re.compile(
    r"\bjob(?:'s)?\s+(?:physical\s+)?(?:demands?(?:\s+level)?|requires|requirements?|pdc|pdl|"
    r"level|is|classified as|category)\b\s*(?:level|category|is|of|as|:|=|-)?\s*"
    r"(?:the\s+|a\s+)?" + _LEVEL + r"\b"
    r"|\bjob\s*:\s*" + _LEVEL.replace("?P<level>", "?P<field_level>") + r"\b",
    re.IGNORECASE,
)


def _rank(level: str) -> int:
    return _ORDER.index(re.sub(r"[\s-]+", "-", level.lower()))


def capacity_meets_demand(text: str) -> bool:
    """True when ``text`` (a line of a note) gives the worker's physical demand level and the
    job's, and the worker's is at or above the job's."""
    capacity, demand = _CAPACITY.search(text), _DEMAND.search(text)
    if capacity is None or demand is None:
        return False
    job = demand.group("level") or demand.group("field_level")
    return _rank(capacity.group("level")) >= _rank(job)


#: A weight as notes write a lifted or carried load: "55 lb", "30 lbs", "20#", "25 kg".
WEIGHT = lazy_re.compile(
    r"\b(?P<value>\d{1,3}(?:\.\d+)?)\s*(?P<unit>lbs?|#|pounds?|kg)(?!\w)", re.I
)
#: Words that make the weight after them the job's: "job demand 50 lb", "(job: 50 lb)",
#: "requires 50 lb"; not a bare "vs" ("55 lb vs 30 lb at eval" is progress).
_DEMAND_BEFORE = lazy_re.compile(
    r"\b(?:job|demands?|requires?|required|requirement|req'?d)\b[^\d|]{0,20}$", re.I
)
#: ...or after it: "50 lb required", "50 lb (job demand)".
#: Not when the job's own figure follows ("frequent 25 lb (job 50)": the 25 lb is measured).
_DEMAND_AFTER = lazy_re.compile(
    r"^\s*\(?\s*(?:job|demands?|required|requirement)\b(?!\s*(?:demand\s*)?[:=]?\s*\d)", re.I
)
#: Between two loads, the first marked as the job's and a slash or "vs" before the second: the
#: job's demand first, the worker's capacity after it ("Job demands vs current: Carry 80 lb
#: bundles: required / 40 lb", "Carrying 80 lb required vs 40 lb now", "lift 30 lb: job demand /
#: current 10 lb"; blind wave 72, JM/occupational-work-rehab-03). The marking word closes the
#: first item, so it is not the second load's, as _DEMAND_BEFORE alone would read it.
_DEMAND_THEN_CAPACITY = lazy_re.compile(
    r"^[^\d|/]{0,25}?\b(?:job(?:\s+(?:demand|requirement)s?)?|demands?|required|requirement|"
    r"req'?d)\)?\s*(?:/|\bvs\.?|\bversus\b)[^\d|/]{0,20}$",
    re.IGNORECASE,
)
#: How often the job asks for the load: in a table row's own cell ("| 50 lb occasional |") it
#: marks the job-demand column; written after the measured load too ("| 55 lb occasional | 30
#: lb frequent |", an FCE's capacities by frequency) it marks neither.
_FREQUENCY = lazy_re.compile(r"^\s*(?:occasional(?:ly)?|frequent(?:ly)?|constant(?:ly)?)\b", re.I)


def _pounds(match: re.Match[str]) -> float:
    value = float(match.group("value"))
    return value * 2.2 if match.group("unit").lower() == "kg" else value


def weight_meets_demand(text: str) -> bool:
    """True when ``text`` (one statement or table row) gives a measured load and then the job's,
    and the measured load is at or above it: "Floor-to-waist lift | 55 lb x 5 | 50 lb occasional
    |", "Lift 55 lb floor to waist (job demand 50 lb)" (Y/occ-05, left since wave 14). Only two
    loads, the second marked as the job's: "Lift 30 lb, carry 20 lb" compares nothing."""
    weights = list(WEIGHT.finditer(text))
    if len(weights) != 2:
        return False
    first, second = weights
    if _DEMAND_THEN_CAPACITY.match(text[first.end() : second.start()]):
        # "Carry 80 lb bundles: required / 40 lb": the job's load, then the worker's now
        return _pounds(second) >= _pounds(first)
    # The measured load first, the job's after it: a job's own list ("job requires 50 lb
    # frequent / 75 lb occasional", "Job demands: lift 50 lb frequently, 70 lb occasionally")
    # names two demands, and whatever follows a demand in one statement may be another.
    if _marked(text, first):
        return False
    after = text[second.end() :]
    in_own_cell = "|" in text[first.end() : second.start()]
    demand_column = (
        in_own_cell and _FREQUENCY.match(after) and not _FREQUENCY.match(text[first.end() :])
    )
    if not (_marked(text, second) or demand_column):
        return False
    return _pounds(first) >= _pounds(second)


def _marked(text: str, match: re.Match[str]) -> bool:
    """Whether the words beside the load make it the job's."""
    before, after = text[: match.start()], text[match.end() :]
    return bool(_DEMAND_BEFORE.search(before[-30:]) or _DEMAND_AFTER.match(after))


#: The statement's own verdict that the worker meets the job: "meets all essential job demands",
#: "able to perform all job duties", "capacity meets job requirements"; not "does not meet job
#: demands", "unable to perform job duties", nor a goal still to reach ("to meet job demands").
_MEETS_JOB = lazy_re.compile(
    r"(?<!\bnot )(?<!n't )(?<!\bto )(?<!\bwill )\b"
    r"(?:meets|meeting|met|(?:able|cleared) to (?:perform|do|meet))\s+(?:all\s+(?:of\s+)?)?"
    r"(?:(?:the|his|her|their|essential|physical|"
    r"critical|full)\s+){0,2}(?:job|work|duty)(?:'s)?\s+(?:physical\s+)?(?:demands?|requirements?|"
    r"duties|functions|tasks)\b",
    re.IGNORECASE,
)


def no_shortfall(text: str, line: str = "") -> bool:
    """True when ``text`` (one statement or table row) shows the worker's capacity meets the
    job: a measured load at or above the job's (``weight_meets_demand``), or its sentence says
    the worker meets the job's demands ("lifts 55 lb, stands 2 hrs; meets all essential job
    demands": its capacities are the screen passed, no deficit; phrasing grid s44). ``line``,
    the note's line holding the statement, gives the rest of its sentence: a ";" cuts
    statements, not sentences."""
    if weight_meets_demand(text) or _MEETS_JOB.search(text):
        return True
    at = line.find(text) if line and text else -1
    if at < 0:
        return False
    rest = line[at + len(text) :]
    return bool(_MEETS_JOB.search(re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0]))
