"""An RDI restated from a study whose report counts RERAs in it.

LCD L33718 reads the RDI as apneas plus hypopneas per hour; respiratory effort-related arousals
(RERAs) are not counted in it. A study report that gives "RERA index 4.1, RDI 9.0" beside an
AHI of 4.9 tells the RDI is the AHI plus the RERAs, so it is not the LCD's index (the note
reading already drops that report's own RDI: flag_corrections, WITH_RERAS). A note that then
restates the figure ("PSG AHI <5 but RDI 9 with sleepiness") is the same RERA-counting RDI,
though it says nothing of RERAs itself (blind wave 54, GU/cpap-02). A note's RDI counts as that
study's when the record holds a text mentioning RERAs that gives the same RDI value, or that
value rounded or cut to the digits the note writes: "F/u PSG: AHI 4.8, RDI 9" after a report's
"RDI incl RERAs 9.1/h" (blind wave 60, HS/cpap-02), whose remark on the RERAs stands between
the index's name and its value ("RDI (incl. RERAs) 9.1", "RDI w/ RERAs: 9.1", "RDI [AHI +
RERA] 9.1").

An RDI written beside a lower AHI of the same study is the same kind: LCD L33718's RDI counts
the apneas and hypopneas that the AHI counts, per hour of sleep (a PSG) or of recording (a home
test, so never above its AHI); one above the AHI counts something more, the RERAs or a looser
hypopnea rule, whether the note says so or not ("PSG: AHI 4.9, RDI 7.2 - 'borderline'", blind
wave 57, HA/cpap-02; "F/u PSG: AHI 4.8, RDI 9", HS/cpap-02; "AHI <5 but RDI 9", GU/cpap-02).
The AHI must be the study's overall one: not a position's or a stage's ("supine AHI 51"), nor a
residual one on therapy ("AHI 2 on CPAP").

On a polysomnogram the AHI decides (NCD 240.4, LCD L33718): an attended study's RDI adds the
RERAs, so a PSG that reports an overall AHI has no other qualifying figure, wherever in its report
or note the RDI stands ("Diagnostic PSG 5/13/2026: TST 392 min. AHI 4.9/h (4% hypopnea rule), 32
events. RDI 7.1.", blind wave 96, ND/cpap-02). The RDI's study is the last one its text names
before it in the same paragraph; a home test's RDI (its apneas and hypopneas per recording hour)
and a PSG that gives only an RDI are read as before.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_end, clause_start
from ..notes.measure_values import QUALIFIED, WITH_RERAS
from .context import Context
from .restated_studies import HST_WORDS, PSG_WORDS

#: An RDI and its value: "RDI 9.0", "RDI: 9", "RDI of 9/h", "respiratory disturbance index 9".
#: The remark on the RERAs a report may put between the RDI's name and its value.
_REMARK = (
    r"(?:[(\[]?\s*(?:incl\.?|including|includes|inclusive\s+of|with|w/|counting)?\s*"
    r"(?:ahi\s*\+\s*)?reras?(?:\s*\+\s*ahi)?\s*[)\]]?\s*)?"
)
_RDI = lazy_re.compile(
    r"\b(?:rdi|respiratory\s+disturbance\s+index)\b\s*"
    + _REMARK
    + r"(?:of|:|=|was|is|\(|\|)?\s*(\d+(?:\.\d+)?)",
    re.IGNORECASE,
)


def _rera_rdis(texts: Iterable[str]) -> set[float]:
    """The RDI values written in texts that speak of RERAs."""
    return {
        float(m.group(1)) for text in texts if WITH_RERAS.search(text) for m in _RDI.finditer(text)
    }


def _half_up(value: float, digits: int) -> float:
    scale = 10**digits
    return math.floor(value * scale + 0.5) / scale


def _restates(value: float, exact: float) -> bool:
    """A note's value is the report's, or the report's rounded or cut to the digits the note
    writes (9.1 as "9", 9.14 as "9.1"; never a value a whole unit away)."""
    if value == exact:
        return True
    for digits in (0, 1):
        if _half_up(value, digits) == value:
            cut = math.floor(exact * 10**digits) / 10**digits
            return value in (_half_up(exact, digits), cut)
    return False


#: An AHI and its value in the RDI's statement: "AHI 4.8", "AHI (4% rule) 4.9/h", "AHI <5".
_AHI = lazy_re.compile(
    r"\b(?:p-?ahi|ahi|apnea[- /]hypopnea\s+index)\b\s*(?:\([^()]{0,30}\))?"
    r"\s*(?:of|:|=|was|is|<|under|below|less\s+than)?\s*(\d+(?:\.\d+)?)",
    re.IGNORECASE,
)
_ON_THERAPY = lazy_re.compile(
    r"^\S*\s*(?:/h\w*\s*)?(?:on|with|w/)\s+(?:auto)?(?:c|apa|bi|bi-?)?pap\b|"
    r"^\S*\s*(?:/h\w*\s*)?on\s+(?:therapy|treatment|device)",
    re.IGNORECASE,
)
_RESIDUAL = lazy_re.compile(r"\b(?:residual|treated|titrated|on[- ]therapy)\W*$", re.IGNORECASE)


def _above_its_ahi(reading: Any) -> bool:
    """The RDI's statement gives the study's overall AHI, lower than the RDI."""
    snippet = reading.snippet or ""
    for match in _AHI.finditer(snippet):
        before = snippet[max(0, match.start() - 20) : match.start()]
        if QUALIFIED.search(before) or _RESIDUAL.search(before):
            continue
        if _ON_THERAPY.match(snippet[match.start(1) : match.start(1) + 30]):
            continue
        if float(match.group(1)) < reading.value:
            return True
    return False


#: A paragraph break: a study's statement does not run past it.
_PARAGRAPH = lazy_re.compile(r"\n\s*\n")


def _overall_ahi(text: str) -> bool:
    """Whether ``text`` gives a study's overall AHI (no position's, stage's or residual one)."""
    for match in _AHI.finditer(text):
        before = text[max(0, match.start() - 20) : match.start()]
        if QUALIFIED.search(before) or _RESIDUAL.search(before):
            continue
        if not _ON_THERAPY.match(text[match.start(1) : match.start(1) + 30]):
            return True
    return False


def _psg_with_ahi(reading: Any, ctx: Context) -> bool:
    """The RDI is a polysomnogram's whose statement, in the same text, gives its overall AHI:
    from the last study the text names before the RDI (a PSG) to the next one or the paragraph's
    end."""
    text = ctx.texts.get(reading.note_ref, "")
    if not text or reading.start >= len(text):
        return False
    start = clause_start(text, reading.start, _PARAGRAPH)
    end = clause_end(text, reading.end, _PARAGRAPH)
    named = sorted(
        [(m.start(), m.end(), "psg") for m in PSG_WORDS.finditer(text, start, end)]
        + [(m.start(), m.end(), "hst") for m in HST_WORDS.finditer(text, start, end)]
    )
    before = [n for n in named if n[1] <= reading.start]
    if not before or before[-1][2] != "psg":
        return False  # a home test's RDI, or one whose study the text does not name before it
    after = [n[0] for n in named if n[0] >= reading.end]
    return _overall_ahi(text[before[-1][1] : min(after, default=end)])


def rera_counted(found: list[Any], ctx: Context) -> list[Any]:
    """``found`` without the RDI readings that count more than apneas and hypopneas: the value
    a RERA-counting study report gives, one above the AHI written beside it, or a PSG's RDI
    beside its AHI."""
    if not any(f.concept == "rdi" for f in found):
        return found
    rera = _rera_rdis(ctx.texts.values())
    return [
        f for f in found
        if f.concept != "rdi"
        or not (
            any(_restates(f.value, r) for r in rera)
            or _above_its_ahi(f)
            or _psg_with_ahi(f, ctx)
        )
    ]  # fmt: skip
