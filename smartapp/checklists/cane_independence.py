"""A cane a note says the patient walks independently with is no mobility limitation.

A walker's, wheelchair's or bed's functional item asks for a limitation of mobility in the home
(NCD 280.3). "Uses a cane" or "with a cane" is read as one (the device is the need), and the
independence the note writes beside it is lost when the cutter puts it in a statement of its
own: "Gait: uses a cane. Independent with ambulation.", "Functional status: Independent;
ambulates with a cane.", "Ambulatory with cane, independent." (s62-g). A reviewer reads each as a
patient walking on her own with a cane: nothing a walker resolves. Only the cane's use is taken
away, and only on a line that says the patient is independent and says nothing against it:
"needs a cane to walk", "cannot walk without the cane", "unsafe with cane, 2 falls", "not able to
walk independently", "previously independent with cane, now ..." stay limitations, and so does
any other finding of the line (an unsteady gait, a fall).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .. import lazy_re
from ..notes.clauses import line_bounds
from .home import FALLS

#: The finding is the cane's use alone: "uses a cane", "with cane", "w/ a cane", "uses a SPC".
_CANE_USE = lazy_re.compile(
    r"^(?:uses|using|with|w/)\s*(?:an?\s+|her\s+|his\s+|the\s+)?(?:(?:single[- ]point|quad|"
    r"straight)\s+)?(?:canes?|spc)$",
    re.IGNORECASE,
)
#: The line's independence in walking: "ambulates independently", "independent with
#: ambulation", "mod I gait", or the word standing alone ("Functional status: Independent;",
#: "(independent)"); not "independent with meds".
_INDEP = r"\b(?:indep\w*|mod(?:ified)?\.?\s+i(?:ndependent)?)\b"
_WALKING = r"\b(?:ambulat\w*|walk\w*|gait|mobility|canes?|spc)\b"
_INDEPENDENT = lazy_re.compile(
    rf"\b(?:ambulat\w*|walk\w*|gait|mobility)\b[^.;\n]{{0,40}}?{_INDEP}"
    rf"|{_INDEP}(?:\s*(?:[.;,)]|$)|[^.;\n]{{0,25}}?{_WALKING})",
    re.IGNORECASE,
)
#: Words that make the line a limitation after all, or its independence past or denied.
_AGAINST = lazy_re.compile(
    r"\b(?:not|cannot|can'?t|unable|unsafe|needs?|requires?|only|difficult\w*|difficulty|"
    r"assist\w*|help|supervision|sba|cga|walker|rollator|wheel\s?chair|w/c|scooter|no longer|"
    r"previously|prior|before|until|was|used to|furniture|unsteady|imbalance|balance|"
    rf"{FALLS}|without)\b",
    re.IGNORECASE,
)


def independent_with_cane(finding: Any, texts: Mapping[str, Any]) -> bool:
    """Whether ``finding`` is a cane's use on a line that says the patient is independent."""
    if not _CANE_USE.match(finding.text.strip()):
        return False
    note = texts.get(finding.note_ref)
    text = (note.text or "") if note is not None else ""
    if text[finding.start : finding.end] != finding.text:
        text, start, end = finding.snippet, 0, len(finding.snippet)  # no offsets: the statement
    else:
        start, end = finding.start, finding.end
    left, right = line_bounds(text, start, end)
    line = text[left:right]
    return bool(_INDEPENDENT.search(line)) and not _AGAINST.search(line)


def without_independent_cane(findings: list[Any], texts: Mapping[str, Any]) -> list[Any]:
    """``findings`` less each cane's use a line of independence says is no limitation."""
    return [f for f in findings if not independent_with_cane(f, texts)]
