"""A statement that only names the ordered item, with nothing of its features or use (blind
wave 62, HA/hospital-bed-03).

"DME order: Hospital bed hi-lo." in a telephone note names the bed the HCPCS code already
names (E0255 is the variable-height "hi-lo" bed): it restates the order's item. The plan LCD
L33820 asks for (the bed's type, features and use) is more than the code's own name. A
statement that goes on to say anything of the bed ("Order semi-electric hospital bed per pt
request for comfort positioning": blind wave 62, IB/bed-03; "variable height hospital bed
(E0255) with rails, set so feet flat on floor": FU/bed-03) says more than its name.

``beyond_name`` on a note_finding reads its findings' words (a bed's type) as the item's name:
a finding counts only when its statement, without the heading it opens on, those words and the
words that name or order an item, has a word left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .. import lazy_re

#: The heading a statement opens on ("DME order:", "A/P:", "Plan -"): where it is written.
_HEADING = lazy_re.compile(r"^\W*(?:[A-Za-z][A-Za-z/&. ]{0,24}\s*(?::|--?|–)\s*)+")
#: The words that name an item or its order and say nothing of it: the bed's noun, the order's
#: verbs, a quantity of one, an HCPCS code ("Will order hi-lo bed (E0255), qty 1").
_NAMING = lazy_re.compile(
    r"\b(?:hospital|beds?|dme|equipment|orders?|ordered|ordering|will|to|rx|requests?|requested|"
    r"a|an|the|new|qty|quantity|one|x?\s*1|#\s*1|[A-Z]\d{4})\b",
    re.IGNORECASE,
)
_WORD = lazy_re.compile(r"[A-Za-z0-9]")


def names_only(statement: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``statement`` says nothing but the item's name: what is left, once the words at
    ``spans`` (offsets in the statement), its heading and the naming words are gone, has no
    letter or digit."""
    chars = list(statement)
    for start, end in spans:
        chars[max(0, start) : max(0, end)] = " " * (max(0, end) - max(0, start))
    rest = _HEADING.sub(" ", "".join(chars))
    return not _WORD.search(_NAMING.sub(" ", rest))


def said_beyond_name(found: list[Any], texts: dict[str, Any]) -> list[Any]:
    """The findings whose statement says more than the item's name (their own words)."""
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    starts: dict[tuple[str, str], int] = {}
    for f in found:
        text = (texts[f.note_ref].text or "") if f.note_ref in texts else ""
        key = (f.note_ref, f.snippet)
        if key not in starts:
            at = text.find(f.snippet, max(0, f.start - len(f.snippet))) if f.snippet else -1
            starts[key] = at if 0 <= at <= f.start else -1
        at = starts[key]
        if at >= 0:
            spans.setdefault(key, []).append((f.start - at, f.end - at))
    return [
        f
        for f in found
        if starts[(f.note_ref, f.snippet)] < 0
        or not names_only(f.snippet, spans.get((f.note_ref, f.snippet), ()))
    ]
