"""A home's access the note says is still needed is no accessible home (brief s90-whc).

WHC-006 asks that the home allow the chair: access between rooms, space to maneuver, surfaces
(LCD L33788's home criterion). A note that says the home still lacks it, "Home: needs
wheelchair-accessible bathroom (tub only)", "needs wheelchair accessible bathroom and ramp",
"requires a ramp at the entry", names the access the chair would need, not access found: the
home-accessible target read the bathroom beside "accessible" or "ramp" and called the home
assessed. The need's own words are set aside; a finding the statement gives besides them still
stands ("Doorways 34 in, needs ramp at entry": the doorways measured; "Home accessible except
needs ramp": the home called accessible), and a ramp or access the home has is no need ("ramp
installed 2025").
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_start

#: The label the home-accessibility targets carry.
HOME_ACCESSIBLE = "clinical-notes|home-accessible"

#: Where the statement holding the target begins (a full stop or semicolon ends one).
_STATEMENT_START = lazy_re.compile(r"[;\n]|\.(?=\s)")

#: Access still needed, to the next comma or the statement's end: "needs wheelchair-accessible
#: bathroom", "requires a ramp", "would need wider doorways", "recommend w/c accessible shower".
_NEED = lazy_re.compile(
    r"\b(?:needs?|needed|requires?|required|would\s+need|will\s+need|should\s+have|must\s+have|"
    r"recommend(?:s|ed)?|awaiting|lacks?)\s+(?:an?\s+|the\s+|more\s+)?"
    r"(?:(?:wheel\s?chair|w/c|wc|handicap(?:ped)?)[- ]?)?"
    r"(?:accessib\w*|ramps?|wider\s+\w+|widen\w*)\b[^.;,]*",
    re.IGNORECASE,
)

#: What the home-accessible targets find (targets.yaml), looked for outside the need's words.
_FOUND = lazy_re.compile(
    r"\b(?:accessible|wide(?:ned)?|wide\s+enough|adequate|fits?|maneuver\w*|turning|ramp(?:ed)?|"
    r"level|zero[- ]step|no\s+(?:steps|stairs)|elevator|vinyl|tiled?|hardwood|wood|laminate|"
    r"linoleum|low[- ]pile|completed|done|performed|confirm\w*|"
    r"\d{2}(?:\.\d)?\s*(?:-\s*\d{2}\s*)?(?:in\b|inch\w*|\"|cm\b))",
    re.IGNORECASE,
)


def access_needed(label: str, text: str, start: int, end: int) -> bool:
    """Whether the home-accessible target at [start, end) of ``text`` only names access the
    statement says the home still needs."""
    if label != HOME_ACCESSIBLE:
        return False
    begin = clause_start(text, start, _STATEMENT_START)
    needs = [m.span() for m in _NEED.finditer(text, begin, end)]
    if not needs or needs[-1][1] < start:
        return False
    rest = []
    at = start
    for low, high in needs:
        if high <= start:
            continue
        rest.append(text[at : max(at, low)])
        at = max(at, high)
    rest.append(text[at:end])
    return not any(_FOUND.search(piece) for piece in rest)
