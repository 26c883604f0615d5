"""A CPAP the notes show working is no CPAP proven ineffective, however it is tolerated.

LCD L33718 covers a bi-level device (E0470) for OSA when a CPAP (E0601) was "tried and proven
ineffective": a failure to meet the therapy's goal, which the PAP policies measure as the
obstructive events treated (a residual AHI under 5 per hour). A note that calls the CPAP
poorly tolerated while saying it works ("A: Severe OSA, CPAP intolerance (exhalation). Therapy
effective when used."; a download's residual AHI 2.3 on 11 cm) documents discomfort, not a
failed trial (blind wave 30, DF/cpap-03: bi-level asked for by preference, EPR never tried).
A note as new as the intolerance, or newer, decides; an older titration that found CPAP
effective says nothing of a home trial that failed after it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from .context import Context

#: CPAP named as working: "Therapy effective when used", "CPAP is effective", "residual AHI 2.3",
#: "download ... AHI 1.8". Not "ineffective", "not effective", nor a bi-level's result.
_EFFECTIVE = lazy_re.compile(
    r"\b(?:therapy|treatment|(?<![\w-])(?:c|a|auto-?)?pap)\s+(?:is\s+|was\s+|remains\s+|has\s+"
    r"been\s+)?(?:very\s+|highly\s+)?effective\b|\beffective\s+when\s+used\b"
    r"|\b(?:residual|download\w*[^;\n]{0,40}?)\s*AHI\s*(?:of|:|=|was|is)?\s*[0-4](?:\.\d+)?\b"
    r"(?!\s*(?:[-–/]\s*\d|%))",
    re.IGNORECASE,
)
#: What before it makes the statement no word that CPAP works: a denial, or another device.
_NOT_CPAP = lazy_re.compile(
    r"\b(?:not|never|no|isn'?t|wasn'?t|bi-?level|bipap|bpap|asv|e0470|if|until)\b[^.;\n]*$",
    re.IGNORECASE,
)


def says_effective(text: str) -> bool:
    """Whether ``text`` says the CPAP works (see :data:`_EFFECTIVE`)."""
    for match in _EFFECTIVE.finditer(text):
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
        if not _NOT_CPAP.search(text[start + 1 : match.start()]):
            return True
    return False


def effective_since(finding: Any, ctx: Context, dates: dict[str, date | None]) -> bool:
    """Whether a note or report as new as the finding's note, or newer, says the CPAP works."""
    written = dates.get(finding.note_ref)
    if written is None:
        return False
    return any(
        text.kind in ("note", "report") and text.date is not None
        and written <= text.date <= ctx.as_of and says_effective(text.text or "")
        for text in ctx.record.all_texts()
    )  # fmt: skip


#: The titration night named as where the CPAP was not tolerated: "intolerant of CPAP pressures
#: during titration night", "did not tolerate the mask in the lab".
_LAB_NIGHT = lazy_re.compile(
    r"\b(?:during|on|at|in)\s+(?:the\s+)?(?:(?:cpap|pap|in-?lab|attended|split[- ]night)\s+)?"
    r"(?:titration(?:\s+(?:night|study|portion|psg))?|(?:sleep\s+)?lab)\b",
    re.IGNORECASE,
)
#: What makes it more than a night's discomfort: CPAP shown not to work (a residual index, events
#: at a pressure, "ineffective", the titration called failed: "CPAP failed at titration
#: (aerophagia), bilevel corrected events"), or a trial at home or over weeks.
_MORE_THAN_A_NIGHT = lazy_re.compile(
    r"\b(?:ineffective|not\s+effective|fail(?:ed|s|ure)?|residual|"
    r"ahi\s*(?:of\s*)?\d+\s*(?:at|on)\s*\d+|home|"
    r"download|weeks?|wks?|months?|mos?|since|despite)\b",
    re.IGNORECASE,
)


def lab_night_only(finding: Any) -> bool:
    """Whether the finding's statement puts the CPAP's failure on the titration night alone, as
    discomfort: LCD L33718's E0601 "proven ineffective" is the therapy's goal not met in the
    titration or at home despite a proper mask and pressures, so "Pt intolerant of CPAP
    pressures during titration night; requesting BiPAP" with a home trial declined is no failed
    trial (blind wave 49, GF/cpap-03; BN/cpap-02, EQ/cpap-03 likewise)."""
    snippet = finding.snippet or ""
    return bool(_LAB_NIGHT.search(snippet)) and not _MORE_THAN_A_NIGHT.search(snippet)
