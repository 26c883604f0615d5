"""A plan made because of the family history is the patient's plan, not a relative's.

ConText reads "family hx" both ways (context.yaml: "Fall risk (per family hx)" is a risk told from
a relative's fracture), so a plan whose reason is the family history reads as the family's: "P:
MRI L-spine to r/o something serious given family hx; if degenerative -> PT" (blind wave 103,
OA/lmri-02; the father's prostate cancer with spine metastases) is the patient's MRI, ordered
because of the father's disease. A plan (model.PLAN_CATEGORIES) whose own clause, after it, gives
the family history as its reason ("given", "due to", "d/t", "because of", "in light of", "in view
of", "considering") is the patient's, unless the clause names a relative before that reason
("father had MRI to r/o mets given family hx" is the father's). A family-history section stays
the family's whatever the words (statements.py).
"""

from __future__ import annotations

import re

from .. import lazy_re
from .clause_spans import clause_end
from .cues import RELATIVE
from .model import PLAN_CATEGORIES

#: The family history given as the reason: "given family hx", "d/t strong FHx", "because of
#: her family history".
_REASON = lazy_re.compile(
    r"\b(?:given|due\s+to|d/t|because\s+of|b/c|in\s+(?:light|view)\s+of|considering)\s+"
    r"(?:(?:a|the|her|his|their|pt'?s|patient'?s|strong|significant|positive|known|\+)\s+){0,3}"
    r"(?:family\s+(?:history|hx|h/o)|fam\s+hx|fhx|fh)\b",
    re.IGNORECASE,
)
_RELATIVE = lazy_re.compile(rf"\b{RELATIVE}(?:'s)?\b", re.IGNORECASE)
#: The plan's clause ends at a full stop, a semicolon or a line's end.
_CLAUSE_END = lazy_re.compile(r"[.;\n]")


def family_as_reason(label: str, statement: str, start: int, end: int) -> bool:
    """Whether the target ``statement[start:end]`` of ``label`` is a plan its clause, after it,
    says was made because of the family history, with no relative named before that reason
    (module doc): then its family mark is the reason's, not the plan's."""
    if label.partition("|")[0] not in PLAN_CATEGORIES:
        return False
    reason = _REASON.search(statement, end, clause_end(statement, end, _CLAUSE_END))
    if reason is None:
        return False
    return not _RELATIVE.search(statement, 0, reason.start())
