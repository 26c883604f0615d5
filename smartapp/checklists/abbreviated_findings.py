"""A plan's branch on the study's finding named by the finding's abbreviation (blind wave 97,
NK/img-03).

"Ordering MRI R knee; if MMT with mechanical sx -> arthroscopic partial meniscectomy." The
branch waits on what the MRI shows, a medial meniscal tear, but names it as surgeons shorten it:
"MMT", "MMT/LMT", "bucket-handle tear" as "BHT"; a shoulder's "RCT" (rotator cuff tear), "FTT"
and "PTT" (full- and partial-thickness tear), "SLAP"; a hip's "FAI"; a spine's "DDD". The
treatment-plan items ask a decision-dependent plan to name the study or a finding
(``statement_mentions``), and their word lists cannot hold every shorthand. So a branch counts
when its condition ("if MMT ->", "If FTRCT: ...", "MMT => APM") names the abbreviation of a
finding the body part the order (or the statement) is about is imaged for.

Many such letters mean something else: "MMT 4/5 quads" is manual muscle testing, "FTT" an
infant's failure to thrive, "PTT" a clotting time, "RCT" a randomised trial, "OCD" a compulsion.
An abbreviation counts only for its own region (a shoulder's "FTT", not a knee's), and not when
its condition reads as the other meaning: a strength grade or a muscle beside "MMT", a lab value
beside "PTT", a trial's words beside "RCT". A condition on the symptoms alone ("if pain persists
-> PT") names no finding and stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lazy_re
from .differential_branches import branch_conditions

#: Abbreviations of the findings each body region's study is ordered to find. A region's
#: narrower name ("lumbar", "knee:right") is read by its base ("knee"); spine levels share one.
_BY_REGION: dict[str, frozenset[str]] = {
    # Meniscal tears (medial, lateral, bucket-handle), the ligaments' and the cartilage's lesions.
    "knee": frozenset("mmt lmt bhmt bht acl pcl mcl lcl mpfl ocd ocl".split()),
    # Rotator cuff tears (full/partial thickness), labral tears.
    "shoulder": frozenset("rct ftt ptt ftrct ptrct fttrct pttrct slap hagl".split()),
    "hip": frozenset("fai".split()),
    "spine": frozenset("hnp ddd ces".split()),
}
_SPINE = frozenset({"spine", "lumbar", "cervical", "thoracic"})

_WORD = lazy_re.compile(r"[a-z]+", re.IGNORECASE)
#: Abbreviations that are as often something else, read as the finding only when the
#: condition says nothing of the other meaning (:data:`_OTHER_READING`).
_AMBIGUOUS = frozenset("mmt ftt ptt rct ocd ces".split())

#: The other meaning, read from the condition's own words: a strength grade or a muscle
#: ("MMT 4/5", "MMT improves to 5/5", "MMT quads wnl"); a lab value ("PTT 45", "PTT
#: prolonged"); a trial ("eligible for RCT"); a growth chart ("FTT, wt < 3rd %ile").
_OTHER_READING = lazy_re.compile(
    r"\d\s*[-+]?\s*/\s*5|\b\d+(?:\.\d+)?\s*(?:sec|s|%(?:ile)?)?\b|[<>\u2264\u2265]"
    r"|\b(?:strength|strong\w*|weak\w*|grade[sd]?|wnl|wfl|normal|intact|improv\w*|better|worse"
    r"|quads?|quadriceps|hamstrings?|hams|glut\w*|abduct\w*|adduct\w*|flex\w*|extens\w*|muscle"
    r"|prolonged|elevated|high|low|labs?|inr|heparin|coag\w*|trial|enroll\w*|eligib\w*"
    r"|randomi[sz]\w*|weight|wt|growth|percentile|feeding|compuls\w*|obsess\w*)\b",
    re.IGNORECASE,
)


def _regions(names: Iterable[str]) -> set[str]:
    """Base names of ``names`` ("knee:right" -> "knee"; a spine level -> "spine")."""
    bases = {name.split(":")[0] for name in names}
    return {"spine" if base in _SPINE else base for base in bases}


def branches_on_abbreviation(statement: str, regions: Iterable[str]) -> bool:
    """Whether a branch of ``statement`` waits on a finding named by an abbreviation of one of
    ``regions``' studies, read in its finding's sense (module docstring)."""
    known: set[str] = set()
    for region in _regions(regions):
        known |= _BY_REGION.get(region, frozenset())
    if not known:
        return False
    for condition in branch_conditions(statement):
        named = {w.lower() for w in _WORD.findall(condition)} & known
        if named - _AMBIGUOUS or (named and not _OTHER_READING.search(condition)):
            return True
    return False
