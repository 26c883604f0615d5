"""``in_home: true``: a mobility limitation counts only when it is one inside the home.

NCD 280.3 (canes, walkers, wheelchairs) covers equipment for a limitation that keeps the patient
from mobility-related daily activities in the home. A limit stated only for the community
("limits community walking distance", "can't get through the grocery store") is not one; and a
note that says the patient manages safely at home ("Indep w/ ADLs in home w/ cane") outweighs
its own and older distance or gait statements that do not name the home. A statement that names
the home or a daily activity in it (toileting, bathing, getting to the bathroom) still counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

COMMUNITY = re.compile(
    r"\b(?:community|outdoors?|outside|in public|stores?|shopping|mall|grocer(?:y|ies)|church|"
    r"errands|parking lots?|long distances?|outings?)\b",
    re.IGNORECASE,
)
HOME = re.compile(
    r"\b(?:home|house|household|indoors?|apartment|bathroom|toilet\w*|commode|bed(?:room)?|"
    r"kitchen|shower\w*|bath(?:e|es|ing|tub)?|dress\w*|groom\w*|feed\w*|room to room)\b",
    re.IGNORECASE,
)
# "Independent at home", "walks safely in the house"; not independence that already takes a
# walker or a wheelchair (that device is the need), and not a sentence that denies it or names a
# difficulty ("cannot walk safely within her home without holding furniture").
INDEPENDENT_AT_HOME = re.compile(
    r"\b(?:indep\w*|safe(?:ly)?)\b[^.;\n]{0,50}?"
    r"\b(?:in|at|around|inside|within) (?:the |her |his |their )?(?:home|house|apartment)\b",
    re.IGNORECASE,
)
_NOT_SO = re.compile(
    r"\b(?:walker|rollator|wheel\s?chair|w/c|scooter|not|cannot|can'?t|unable|never|no longer|"
    r"unsafe|difficult\w*|furniture|holding|needs?|requires?)\b",
    re.IGNORECASE,
)


def independent_at_home(text: str) -> bool:
    """The text says the patient manages at home (without a walker or wheelchair)."""
    return any(
        not _NOT_SO.search(_sentence(text, m.start(), m.end()))
        for m in INDEPENDENT_AT_HOME.finditer(text)
    )


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(c, 0, start) for c in ".;\n") + 1
    rights = [i for i in (text.find(c, end) for c in ".;\n") if i >= 0]
    return text[left : min(rights) if rights else len(text)]


def in_the_home(
    findings: Iterable[Any], texts: Iterable[Any], dates: dict[str, date | None], as_of: date
) -> list[Any]:
    """The findings that show a limitation inside the home (see the module docstring)."""
    independent = [
        n.date
        for n in texts
        if n.date and n.date <= as_of and n.text and independent_at_home(n.text)
    ]
    latest = max(independent, default=None)
    out = []
    for finding in findings:
        snippet = finding.snippet
        if independent_at_home(snippet):
            continue  # "Indep w/ ADLs in home w/ cane" states no limitation
        names_home = bool(HOME.search(snippet))
        if COMMUNITY.search(snippet) and not names_home:
            continue  # "limits community walking distance"
        written = finding.copied_from or dates.get(finding.note_ref)
        if latest and written and written <= latest and not names_home:
            continue  # a newer (or the same) note says the patient manages at home
        out.append(finding)
    return out
