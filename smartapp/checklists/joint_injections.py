"""Whether a relief reading is about an injection of a joint outside the spine.

A repeat spinal injection rests on the relief the prior one of the same spinal region gave (LCD
L39240/L39242: 50% for 3 months after an epidural; L38773: 50% for 6 months after an ablation).
A lumbar request reads its relief in the leg and knee too (``same_region: referred``: radicular
pain is felt there), so "Knee injection 10/1/25 gave 80% relief for 4 months" was read as the
prior epidural's response. A careful reviewer takes it as the knee's: a steroid or gel shot into
a knee, hip, shoulder or other limb joint, bursa or tendon sheath relieves that joint, whatever
its level of relief. ``not_other_joint: true`` on ``note_value`` leaves out such a reading.

Which injection a reading is about goes by the procedure written nearest it, as
named_procedure.py reads an ablation's relief against a block's: in its clause, the last one
before it, else the first after it; a clause naming none goes by the last one named earlier on
its line ("She had a R knee injection 10/1. It gave her 80% relief for 4 months."), and a line
naming none before it by the last one named on the lines above it in its paragraph ("R knee CSI
3/2026." then "~60% relief x 6 wks" on the next line; s62-h). "80% relief of knee pain after the
ESI" is the epidural's: a joint named as where pain was relieved is no injection of that joint.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..notes.clauses import stop_bounded_clause

#: A joint, bursa or tendon sheath of a limb: not the spine's facet or sacroiliac joints.
_JOINT = (
    r"(?:knees?|hips?|shoulders?|gh|glenohumeral|subacromial|sub-acromial|ac|acromioclavicular|"
    r"elbows?|wrists?|hands?|thumbs?|cmc|fingers?|ankles?|feet|foot|heels?|plantar|"
    r"trochanter(?:ic)?|(?:greater\s+)?trochanteric\s+bursa|bursa|bursae|pes\s+anserine|"
    r"carpal\s+tunnel|trigger\s+finger|de\s*quervain'?s?|lateral\s+epicondyle|tennis\s+elbow)"
)
#: A shot given into it.
_SHOT = (
    r"(?:injections?|inj\.?|injected|csi|iaci|cortisone|corticosteroid|steroid|shots?|"
    r"kenalog|triamcinolone|depo-?medrol|methylprednisolone|dexamethasone|synvisc\w*|"
    r"orthovisc|euflexxa|monovisc|durolane|gel-?one|hyaluron\w*|viscosupplement\w*|gel|prp|"
    r"aspiration|arthrocentesis|tap)"
)
#: Words that may stand between a joint and its shot: "R knee IA steroid injection", "hip
#: joint injection", "shoulder (GH) CSI".
_BETWEEN = (
    r"(?:joint|ia|intra-?articular|intra-?bursal|bursal|space|steroid|cortisone|corticosteroid|"
    r"gel|us-?guided|ultrasound-?guided|fluoro-?guided|image-?guided|guided|\(?gh\)?|"
    r"\(?sa\)?|-|&|and|r|l|rt|lt|right|left|bilat\w*|b/l)"
)
#: Words that may stand between a shot and the joint it went into: "injection to the R knee",
#: "Kenalog 40 mg into L hip", "steroid shot in her knee", "CSI L shoulder".
_INTO = (
    r"(?:to|into|in|of|at|the|her|his|their|r|l|rt|lt|right|left|bilat\w*|b/l|ia|"
    r"intra-?articular)"
)
JOINT_SHOT = lazy_re.compile(
    rf"\b{_JOINT}\s*(?:{_BETWEEN}\s*){{0,3}}{_SHOT}\b|"
    rf"\b{_SHOT}(?:\s+\d+(?:\.\d+)?\s*(?:mg|ml|cc)?)?\s+(?:{_INTO}\s+){{0,3}}{_JOINT}\b",
    re.IGNORECASE,
)
#: A spinal procedure: the relief it gave is the spine's.
SPINAL = lazy_re.compile(
    r"\b(?:epidurals?|esis?|tfesis?|lesis?|ilesis?|cesis?|transforaminal|interlaminar|caudal|"
    r"snrbs?|selective\s+nerve\s+root|facets?|medial\s+branch|mbbs?|rfas?|radiofrequency|"
    r"ablations?|rhizotomy|neurotomy|spinal\s+injections?|(?:lumbar|cervical|thoracic|"
    r"l-?spine|c-?spine)\s+(?:injections?|inj\.?|shots?))\b",
    re.IGNORECASE,
)


def _nearest(named: list[tuple[int, bool]], where: int) -> bool | None:
    """Of (offset, is-a-joint-shot) pairs, the last at or before ``where`` (else the first
    after): whether it is a joint shot; None when there are none."""
    before = [joint for at, joint in named if at <= where]
    if before:
        return before[-1]
    return named[0][1] if named else None


def of_another_joint(text: str, at: int) -> bool:
    """Whether the reading at offset ``at`` of the note ``text`` is about an injection of a limb
    joint, not a spinal procedure: the one named nearest it in its clause, else the last one
    named earlier on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    where = at - line_start
    named = _named(line)
    low, high = stop_bounded_clause(line, where)
    inside = [(s, j) for s, j in named if low <= s < high]
    if inside:
        return bool(_nearest(inside, where))
    earlier = [(s, j) for s, j in named if s < low]
    if earlier:
        return earlier[-1][1]
    # A line naming no procedure before the reading carries on the one written just above it
    # ("R knee CSI 3/2026.\n~60% relief x 6 wks" is the knee's): the last one named on the lines
    # before it, up to a blank line, which starts another subject.
    paragraph = text.rfind("\n\n", 0, line_start) + 1
    above = _named(text[paragraph:line_start])
    return above[-1][1] if above else False


def _named(text: str) -> list[tuple[int, bool]]:
    """(offset, is-a-joint-shot) for each injection ``text`` names, in order."""
    return sorted(
        [(m.start(), True) for m in JOINT_SHOT.finditer(text)]
        + [(m.start(), False) for m in SPINAL.finditer(text)]
    )
