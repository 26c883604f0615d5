"""Where the pain left after care is felt is not the region the care was for.

A note tells of care with the symptom it failed to relieve: "Completed PT 1/27-3/10 (12 visits)
and naproxen 6 wks - still 6/10 leg pain below knee", "PT completed 9/22-11/17, still R leg
pain 7/10" (blind wave 34, DV/mri-01, DV/mri-03). The NLP gives every finding of a statement
the statement's regions, so that PT read as the knee's (or the leg's), and a lumbar order's six
weeks of care as another region's. A pain that remains ("still", "persists", "residual") is felt
where the order's symptoms are felt (regions.yaml ``refers_from``: a lumbar radiculopathy's leg,
knee and foot), as the spine checklists' ``same_region: referred`` reads care; so is where it
radiates ("no better, pain 7/10 radiating to L lateral foot": blind wave 39, EP/lmri-01). Only
when the statement's regions are all that clause's: care named with a region of its own
("Completed 8 weeks of PT for the right knee") keeps it, and so does a statement placed by its
problem or heading (its regions are then no words of its own). A joint order refers nothing:
unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible, referred
from ..evidence.regions import regions_in_text
from ..notes.clauses import clause_bounds
from ..notes.model import CARE_CATEGORIES
from .symptom_times import blanked

#: What says a symptom is left after the care: "still", "persists", "persistent", "residual",
#: "remains"; or where the pain goes: "Completed PT 6 wks + naproxen BID + HEP - no better, pain
#: 7/10 radiating to L lateral foot" tells where the sciatica the care failed is felt, not a foot
#: the care was for (blind wave 39, EP/lmri-01). So is the part the care left no better: "tried
#: the chiro thing ... it helped my back a bit but the leg is no better" (blind wave 53,
#: GS/lumbar-mri-02: that line's chiropractic, "HEP since Jan 6" and ibuprofen read as the leg's).
#: So are the nerve's signs the care left or brought on, worse or new: "Completed 12 visits 2x/wk
#: + naproxen - leg pain unchanged, now numb dorsum L foot" (blind wave 61, HW/lumbar-mri-01:
#: the foot's numbness made that naproxen the foot's), "tingling into the toes", "new foot drop",
#: "weakness R ankle", "leg pain worse".
_REMAINS = lazy_re.compile(
    r"\b(?:still|persist(?:s|ing|ent)?|residual|remain(?:s|ing)?|radiat(?:es|ing|ion)|"
    r"shooting|no\s+better|not\s+(?:any\s+)?better|unchanged|unimproved|not\s+improved|"
    r"worse(?:ning)?|numb(?:ness)?|tingl(?:e|es|ing|y)|paresth\w*|pins\s+and\s+needles|"
    r"weak(?:ness)?|foot\s+drop|"
    # ... as is the foot drop told by what the foot does: "7 wks of PT (12 visits) +
    # naproxen/flexeril - no real improvement, now foot "slaps" on stairs" (blind wave 78,
    # KL/advanced-imaging-lumbar-mri-01), "drags L foot", "steppage gait", "toes catch".
    r"slap(?:s|ped|ping)?|drag(?:s|ged|ging)?|steppage|(?:toes?|foot)\W+catch(?:es|ing)?)\b",
    re.I,
)


def felt_after_care(finding: Any, order: frozenset[str]) -> bool:
    """Whether a care finding's regions are only where the pain left after it is felt, and that
    is where the order's symptoms are felt (see the module docstring)."""
    if finding.category not in CARE_CATEGORIES or not finding.regions:
        return False
    felt_in = referred(order)
    if felt_in == order:
        return False  # a joint order: no symptom of it is felt elsewhere
    text = finding.snippet
    named = re.search(rf"(?<!\w){re.escape(finding.text or '')}(?!\w)", text, re.I)
    care = named.start() if named and finding.text else -1
    spans = []
    for match in _REMAINS.finditer(text):
        low, high = clause_bounds(text, match.start())
        if care < 0 or low <= care < high:
            return False  # the care's own clause ("PT still going for the knee"): its region
        spans.append((low, high))
    if not spans:
        return False
    rest = blanked(text, spans)
    if regions_in_text(rest):
        return False  # the care's words name a region of their own
    felt = regions_in_text(" ".join(text[a:b] for a, b in spans))
    bases = {r.split(":")[0] for r in felt}
    if not {r.split(":")[0] for r in finding.regions} <= bases:
        return False  # regions from elsewhere (a problem, a heading): not the clause's
    return compatible(felt_in, finding.regions)
