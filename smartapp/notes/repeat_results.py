"""A repeat test told with its result is a result had, not a test to come.

ConText's bare "repeat" (context.yaml HYPOTHETICAL) rightly makes "repeat QFT", "plan repeat
CXR" a test still to do. But a result note writes the second test of a pair the same way, and
gives its reading: "Repeat QFT today negative", "repeat PPD read 48h: 0 mm", "Repeat
QuantiFERON 2/10/26: nonreactive". Read as to come, a TB screen on file was a false alarm on the
infliximab label's screening item (lead's class, s65-j).

So a result target whose only cues for something to come are a bare "repeat" (or "rpt") before
it is had when its own reading follows it in its clause: a result word or a skin test's
millimetres. Any other cue ("repeat QFT ordered", "will repeat PPD", "repeat QFT pending"), a
reading that is an earlier test's ("repeat QFT, last negative", "repeat CXR if positive") or no
reading at all keeps it to come.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The bare cue only: "will repeat", "to repeat" are their own ConText phrases, still to come.
_BARE_REPEAT = frozenset({"repeat", "rpt"})
#: Its own reading after the test, in its clause (no "." or ";" between): "today negative",
#: "read 48h: 0 mm", "2/10/26: nonreactive", "- 0 mm induration", "resulted neg". Not an earlier
#: test's or a condition's ("last neg", "if positive", "was indeterminate before").
_READING = lazy_re.compile(
    r"(?:(?!\b(?:last|prior|previous|prev|before|was|were|if|unless|when|since|after|due|"
    r"pending|ordered|scheduled|planned|next|will|to|in\s+(?:\d|a|an|one|two|three|six)\b)\b)"
    r"[^.;\n]){0,40}?"
    r"(?:\b(?:neg(?:ative)?|pos(?:itive)?|non-?reactive|reactive|indeterminate|equivocal|"
    r"borderline|resulted|read\s+as)\b|\(\s*[-+]\s*\)|\b\d{1,2}\s*mm\b)",
    re.IGNORECASE,
)


def repeat_with_result(ent: Any) -> bool:
    """Whether the result target ``ent`` (a spaCy span) is to come only by a bare "repeat"
    before it and gives its own reading after it (see the module docstring)."""
    cues = [m for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    if not cues:
        return False
    for cue in cues:
        span = ent.doc[slice(*cue.modifier_span)]
        if span.text.lower() not in _BARE_REPEAT or span.start_char >= ent.start_char:
            return False
    return bool(_READING.match(ent.doc.text, ent.end_char))


__all__ = ["repeat_with_result"]
