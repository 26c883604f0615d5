"""A walking distance the patient covers without help, device or symptom is no limit.

The activity-limitation target reads any distance walked as one ("walks 2 blocks", "amb 50 ft
then has to sit"), since most notes write the distance as the limit it is. But gait notes also
write what the patient can do unaided: "amb 500 ft without AD", "Ambulates 300' w/o assistive
device, no SOB" is a patient who walks freely (lead's notes, stop 48: a false met risk for the
walker, wheelchair and arthroplasty items that ask for a limit). The distance stays a limit
when a device or helper is named with it ("amb 150 ft w/ RW", "with CGA"), when something still
stops or troubles the walk ("w/o AD, stops for SOB", "then needs to sit", "limited by knee
pain"), and when the distance itself is a cap ("can only amb 20 ft w/o AD", "< 50 ft").
A long distance measured with no word of help or symptom at all ("amb 500 ft in clinic
hallway", "Pt ambulated 300 feet, gait steady") is as free (brief s67-i); a short one ("walks
15 ft", "walks 1 block, can't shop") and blocks told by the patient stay the limit they are.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The label whose distance target this reads (targets.yaml, functional-deficits).
WALKING_LIMIT = "functional-deficits|activity-limitation"

#: A distance walked, as the target ends: "amb 500 ft", "walks 2 blocks".
_DISTANCE_TARGET = lazy_re.compile(
    r"\b(?:walk\w*|ambulat\w*|amb)\b.*\d\s*(?:blocks?|feet|ft|yards?)$", re.IGNORECASE
)
#: Nothing helps the walk, right after the distance: "without AD", "w/o assistive device", "no
#: device", "unassisted", "without rest". ("independently" is read by regex_target_flags.)
_UNAIDED = lazy_re.compile(
    r"^\W{0,3}(?:(?:without|w/o|w/out|no)\s+(?:an?\s+|any\s+)?(?:ad|assistive\s+devices?|"
    r"devices?|aids?|assist(?:ance)?|help|dme|cane|walker|rest(?:s|ing)?|breaks?|stopping|"
    r"stops)\b|unassisted\b)",
    re.IGNORECASE,
)
#: A long measured distance, which a gait exam writes when the walk was free: 200 feet or 70
#: yards and more (household ambulation is under 150 ft). Blocks are left out: the patient's own
#: "walks 2 blocks" is how histories write the limit (corpus: "walks 2 blocks, limping").
_LONG_DISTANCE = lazy_re.compile(
    r"(?<![\d.,])(?:(?:[2-9]\d\d|\d{1,3},\d{3}|\d{4,})\s*(?:feet|ft)|(?:[7-9]\d|\d{3,})\s*yards?)$",
    re.IGNORECASE,
)
#: What the note denies beside it ("no AD", "w/o SOB or pain", "denies rest breaks"): no limit.
#: walker_serves.py reads the same denials beside a walk with a walker ("150 ft w/ RW, no LOB").
DENIED_LIMITS = lazy_re.compile(
    r"\b(?:no|without|w/o|w/out|denies|denied|not)\s+(?:an?\s+|any\s+)?(?:ad|assistive\s+"
    r"devices?|devices?|aids?|assist\w*|help|dme|cane|walker|sob|dyspnea|doe|pain|c/o|"
    r"complaints?|difficulty|rest\w*|breaks?|stopping|stops|lob|loss\s+of\s+balance|fatigue|"
    r"symptoms?|sx|dizziness|limitations?|increased\s+pain)"
    r"(?:\s*(?:,|/|or|and|&)\s*(?:sob|dyspnea|doe|pain|rest\w*|breaks?|lob|loss\s+of\s+balance|"
    r"fatigue|difficulty|symptoms?|sx|dizziness))*\b",
    re.IGNORECASE,
)
#: What still limits the walk, or a cap on the distance: a stop, a rest, a symptom, a helper.
_LIMITED = lazy_re.compile(
    r"(?:<|>)|\b(?:only|max\w*|limit\w*|unable|can'?t|cannot|not\s+able|difficult\w*|trouble|"
    r"stop\w*|rests?|resting|sit\w*|sob|short(?:ness)?\s+of\s+breath|dyspnea|doe|winded|"
    r"pain\w*|fatigue\w*|tired|weak\w*|before|then|until|unsteady|lob|loss\s+of\s+balance|"
    r"desat\w*|claudication|cramp\w*|dizz\w*|lighthead\w*|leans?|holds?|furniture|wall|"
    r"with|w/|cga|sba|min\s*a|mod\s*a|assist\w*|guard\w*|gait\s+belt|rw|fww|walker|cane|"
    r"less\s+than|up\s+to)\b",
    re.IGNORECASE,
)
#: How far back in its clause a cap or inability is read: "can only amb 20 ft w/o AD".
_CLAUSE_BEFORE = lazy_re.compile(r"[^.;,\n]{0,30}$")


def walked_unaided(text: str, start: int, end: int) -> bool:
    """Whether the walking distance ``text[start:end]`` is one walked without help, device or
    symptom, with nothing before it in its clause or after it in its statement that limits it."""
    target = text[start:end]
    if not _DISTANCE_TARGET.search(target):
        return False
    after = re.split(r"[.;\n]", text[end:], maxsplit=1)[0]
    if not (_UNAIDED.match(after) or _LONG_DISTANCE.search(target)):
        return False
    before = _CLAUSE_BEFORE.search(text[:start])
    told = (before.group(0) if before else "") + " " + target + " " + DENIED_LIMITS.sub(" ", after)
    # The target's own verb ("amb", "walks") is no limit word; the rest of the words are read.
    return not _LIMITED.search(told)


__all__ = ["DENIED_LIMITS", "WALKING_LIMIT", "walked_unaided"]
