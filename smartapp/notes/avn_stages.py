"""An osteonecrosis stage set apart from a denial before it grades the disease the film shows.

"no collapse (Ficat II)" denies the collapse, not the AVN its stage says is there (blind wave
40, AI/hip-04); nor does "No collapse, Ficat II.", the same stage set off by a comma instead of
brackets: a stage names no finding a "no" may list, it grades the disease. Stage 0 is no disease
on the film, so it is left to the denial, and so is a stage joined to the denial by "or" ("no
collapse or Ficat III change").
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A stage in brackets: "(Ficat II)", "(Steinberg stage II)", not "(Ficat 0)".
_BRACKETED_STAGE = lazy_re.compile(
    r"\(\s*(?:cruess|ficat(?:[- ]arlet)?|steinberg|arco)\s*(?:stage|grade)?\s*(?![0o]\b)\w",
    re.IGNORECASE,
)
#: A stage, and what sets it off from the denial before it: a comma or a dash.
_STAGE = lazy_re.compile(
    r"(?:cruess|ficat(?:[- ]arlet)?|steinberg|arco)\s*(?:stage|grade)?\s*(?![0o]\b)\w",
    re.IGNORECASE,
)
_SET_OFF = lazy_re.compile(r"[,\u2013\u2014]\s*$|\s-\s*$")


def stage_set_apart(text: str, start: int) -> bool:
    """Whether the target at ``start`` of ``text`` is a stage (above 0) a bracket opens or a
    comma or dash sets off: a denial before it is not its own."""
    bracket = text.rfind("(", max(0, start - 3), start)
    if bracket >= 0 and _BRACKETED_STAGE.match(text, bracket):
        return True
    return bool(_STAGE.match(text, start) and _SET_OFF.search(text[max(0, start - 4) : start]))
