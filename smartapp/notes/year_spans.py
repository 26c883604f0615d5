"""How much of a named year a course of care took: "ibuprofen 600 TID for most of 2025",
"meloxicam all of 2024", "PT throughout 2025".

A retrospective history gives each piece of care its own time, and a year's share is one of
them: "PT (Nov 2024-Jan 2025, 10 visits), ibuprofen 600 TID for most of 2025, 3 steroid
injections (last 11/2025)" (blind wave 52, GO/tka-03) took ibuprofen for months, not on one day
of January. "Most of" a year is more than half of it; "all of", "the whole of" or "throughout"
is the year. The year itself places the days (checklists/care_dates.year_only, as late in it as
they can be, never past the note).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: "for most of 2025", "(for) all of 2024", "the whole of 2023", "throughout 2025", "most of
#: the year 2025". Not "most of the time" (no year): how often, not how long.
_YEAR_SHARE = lazy_re.compile(
    r"\b(?:(?:for|during|over|through)\s+)?(?:the\s+)?(?P<share>most|all|whole|entire|"
    r"bulk|better\s+part)\s+(?:of\s+)?(?:the\s+)?(?:(?:calendar\s+)?year\s+)?(?P<y>(?:19|20)\d{2})\b"
    r"(?![/-]\d)"
    r"|\bthroughout\s+(?:(?:the\s+)?(?:calendar\s+)?year\s+)?(?P<y2>(?:19|20)\d{2})\b(?![/-]\d)",
    re.IGNORECASE,
)
#: More than half a year, the least "most of" it can mean.
_MOST_DAYS = 183
_ALL_DAYS = 365


def year_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, days) of each share of a year written in ``text``."""
    out = []
    for match in _YEAR_SHARE.finditer(text):
        share = (match.group("share") or "all").lower()
        days = _ALL_DAYS if share in ("all", "whole", "entire") else _MOST_DAYS
        out.append((match.start(), match.end(), days))
    return out
