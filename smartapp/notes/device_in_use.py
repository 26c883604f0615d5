"""A walking aid named after how well the patient walks with it is the aid in use.

ConText's "without difficulty" (and medspaCy's "without") denies forward to the end of the
sentence, so in "Walks without difficulty with a walker" the walker read as denied, and a walker,
rollator or cane in use was lost to the assistive-device and conservative-care readers (brief
s70-i item 2: "Ambulates without difficulty with RW", "walks w/o difficulty using her rollator",
"amb without assist with cane"); ConText's "independent with" denied "Independent with walker"
the same way. Only the difficulty (or the helper) is denied: the aid is what the walk is done
with. A walk without the aid ("without difficulty without a walker", "no walker
or cane", "without assist or cane") still denies it.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The walking aids that are care of their own (targets.yaml: conservative-treatment).
DEVICE_LABELS = frozenset(
    {"conservative-treatment|assistive-device", "conservative-treatment|bracing"}
)
#: How well, denied, then the aid the walk is done with, as the text before the aid ends:
#: "without difficulty with a ", "w/o difficulty using her ", "without assist with ",
#: "no problems w/ ", "independent with ". Nothing else may stand between: "without
#: difficulty or a " is a list.
_HOW_WELL_THEN_WITH = lazy_re.compile(
    r"\b(?:(?:without|w/o|w/out|no)\s+(?:any\s+)?(?:difficulty|difficulties|problems?|trouble|"
    r"issues?|limitations?|assist(?:ance)?|help|pain|complaints?|falls?|loss\s+of\s+balance|lob)"
    r"|independent(?:ly)?|indep)\s*,?\s+(?:with|w/|using|on)\s*(?:(?:a|an|the|her|his|their|b/l|bilateral|two|2|"
    r"single[- ]point|quad|small[- ]based|large[- ]based|front[- ]wheeled|rolling|standard|"
    r"wheeled|four[- ]wheeled|4[- ]wheeled|forearm|axillary)\s+){0,3}$",
    re.IGNORECASE,
)


def device_in_use(before: str, label: str) -> bool:
    """Whether the walking aid ``label`` whose statement reads ``before`` up to it is the aid
    a walk done "without difficulty" is done with, not one denied."""
    return label in DEVICE_LABELS and bool(_HOW_WELL_THEN_WITH.search(before[-80:]))


__all__ = ["DEVICE_LABELS", "device_in_use"]
