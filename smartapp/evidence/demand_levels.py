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

_ORDER = ("sedentary", "light", "light-medium", "medium", "medium-heavy", "heavy", "very-heavy")
_LEVEL = (
    r"(?P<level>sedentary|light[\s-]+medium|light|medium[\s-]+heavy|medium|very[\s-]+heavy|heavy)"
)
#: The worker's level: "PDC LIGHT-MEDIUM", "physical demand level: medium", "PDL = heavy";
#: not the job's ("job PDC: medium").
_CAPACITY = re.compile(
    r"(?<!job )(?<!job's )(?<!job: )\b(?:pdc|pdl|physical demand (?:level|category|"
    r"classification|capacity))\b\s*(?:of|is|at|:|=|-)?\s*(?:the\s+|a\s+)?" + _LEVEL + r"\b",
    re.IGNORECASE,
)
#: The job's level: "job demand LIGHT", "job requires medium", "job PDC: heavy", "job
#: classified as medium".
_DEMAND = re.compile(
    r"\bjob(?:'s)?\s+(?:physical\s+)?(?:demands?(?:\s+level)?|requires|requirements?|pdc|pdl|"
    r"level|is|classified as|category)\b\s*(?:level|category|is|of|as|:|=|-)?\s*"
    r"(?:the\s+|a\s+)?" + _LEVEL + r"\b",
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
    return _rank(capacity.group("level")) >= _rank(demand.group("level"))
