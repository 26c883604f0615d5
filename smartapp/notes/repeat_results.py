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

A sleep study's reading is its index, or a verb of a study read (s75-g, a noticed wording): "Repeat
PSG: AHI 22.", "His repeat PSG this month showed AHI 22" are a repeat study had, and the AHI
measured in it had too (``repeat_measure_with_value``: its own value right after it, no
condition or plan word between the "repeat" and it). "Repeat PSG ordered", "repeat PSG if
symptoms persist", "repeat PSG needed: AHI 22 on HST" stay to come.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: A sleep index with its value, the reading of a sleep study ("AHI 22", "REI of 18", "RDI: 30").
_INDEX = r"\b(?:p?AHI|RDI|REI|ODI)\s*(?:(?:of|=|:|was|is)\s*)?[<>~]?\s*\d"
#: The bare cue only: "will repeat", "to repeat" are their own ConText phrases, still to come.
_BARE_REPEAT = frozenset({"repeat", "rpt"})
#: Its own reading after the test, in its clause (no "." or ";" between): "today negative",
#: "read 48h: 0 mm", "2/10/26: nonreactive", "- 0 mm induration", "resulted neg". Not an earlier
#: test's or a condition's ("last neg", "if positive", "was indeterminate before").
_READING = lazy_re.compile(
    r"(?:(?!\b(?:last|prior|previous|prev|before|was|were|if|unless|when|since|after|due|"
    r"pending|ordered|scheduled|planned|next|will|to|in\s+(?:\d|a|an|one|two|three|six)\b|"
    r"needed|required|recommended|requested|advised|for|vs|versus|or|would|should|may)\b)"
    r"[^.;\n]){0,40}?"
    r"(?:\b(?:neg(?:ative)?|pos(?:itive)?|non-?reactive|reactive|indeterminate|equivocal|"
    r"borderline|resulted|read\s+as|showed|shows|showing|revealed|reveals|demonstrated)\b|"
    r"\(\s*[-+]\s*\)|\b\d{1,2}\s*mm\b|" + _INDEX + r")",
    re.IGNORECASE,
)
#: Words between the "repeat" and a measure that make the measure a condition or a plan
#: ("repeat PSG if AHI > 15", "repeat PSG to confirm AHI", "repeat PSG in 3 mo; AHI 22 then").
_NOT_HAD_BETWEEN = lazy_re.compile(
    r"\b(?:if|unless|when|to|will|in|for|ordered|scheduled|planned|pending|needed|due|after|"
    r"before|last|prior|previous|was|were|vs|versus|or)\b|[.;\n]",
    re.IGNORECASE,
)
#: A measure's own value right after it: "AHI 22", "AHI: 22", "AHI of 22/h", "AHI = 22".
_VALUE_NEXT = lazy_re.compile(r"\s*(?:(?:of|=|:|was|is)\s*)?[<>~]?\s*\d", re.IGNORECASE)


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


def only_bare_repeat_before(ent: Any) -> Any:
    """The one bare "repeat" cue before ``ent`` if its only cues to come are such, else None."""
    cues = [m for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    if not cues:
        return None
    spans = [ent.doc[slice(*cue.modifier_span)] for cue in cues]
    if any(s.text.lower() not in _BARE_REPEAT or s.start_char >= ent.start_char for s in spans):
        return None
    return max(spans, key=lambda s: s.end_char)


def repeat_measure_with_value(ent: Any) -> bool:
    """Whether the measure target ``ent`` is to come only by a bare "repeat" before it (the
    study's: "Repeat PSG: AHI 22") and gives its value right after it, no condition or plan word
    between the cue and it (see the module docstring)."""
    cue = only_bare_repeat_before(ent)
    if cue is None:
        return False
    between = ent.doc.text[cue.end_char : ent.start_char]
    if _NOT_HAD_BETWEEN.search(between):
        return False
    return bool(_VALUE_NEXT.match(ent.doc.text, ent.end_char))


__all__ = ["only_bare_repeat_before", "repeat_measure_with_value", "repeat_with_result"]
