"""Daily activities named without a limit are none (brief s68-o, a false met risk the fix
sessions noted). "ADLs" is a target so that the limits written around the name count ("ADLs
limited by pain", "unable to complete ADLs", "ADLs: requires setup and cues"), but the name
alone says nothing of them: "Able to do ADLs", "Performs ADLs at home", "Does own ADLs", "ADLs
reviewed" or a blank "ADLs:" label met a walker's, a wheelchair's or a hospital bed's
functional deficits. The name counts only when its statement says a limit; a limit said in a
word that is a target of its own ("needs help with", "min assist", "dependent for") counts
through that target as well.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The names of daily activities as a whole, the targets read here (not "difficulty dressing"
#: nor "self-care", which name a limit or a task).
_ADL_NAMES = frozenset(
    {"adl", "adls", "adl's", "iadl", "iadls", "activities of daily living"}
)

#: A limit said in the statement: help or cues taken, an inability, a difficulty, a limit, a
#: decline, the pain or symptom the activities bring. "Independent" and "able" are none.
_LIMIT = lazy_re.compile(
    r"\b(?:help|helps|helped|assist\w*|aid(?:e|ed)?|depend[ae]nt|dependence|dependen\w*|"
    r"supervis\w*|cue\w*|cueing|set-?up|hands?-on|unable|inability|cannot|can\s*not|can'?t|"
    r"could\s*n'?o?t|couldn'?t|no\s+longer|not\s+able|not\s+independent|not\s+safe|unsafe|"
    r"difficult\w*|trouble|struggl\w*|hard|effort\w*|limit\w*|restrict\w*|impair\w*|"
    r"deficits?|deficien\w*|declin\w*|decreas\w*|reduced|diminish\w*|poor|worse\w*|worsen\w*|"
    r"compromis\w*|interfer\w*|affect\w*|impact\w*|prevent\w*|keeps?|kept|slow\w*|"
    r"modif\w*|adapt\w*|partial\w*|partly|requires?|required|requiring|needs?|needed|needing|"
    r"relies|rely|relying|min|mod|max|minimal|moderate|maximal|total|cga|sba|contact\s+guard|"
    r"stand-?by|pain\w*|painful|sob|dyspnea|short(?:ness)?\s+of\s+breath|fatigu\w*|tired\w*|"
    r"rest\s+breaks?|rests?|frequent|dizz\w*|unsteady|falls?|fell|fallen|fear\w*|afraid|"
    r"avoid\w*|stopped|longer|twice|gave\s+up|given\s+up|only|family|caregivers?|spouse|wife|husband|"
    r"daughter|son|hha|aide|dysfunction\w*|disab\w*|dependency|burden\w*|"
    # An exception to a good rating is a limit ("ADLs: independent other than tub transfers").
    r"except|but|other\s+than|apart\s+from|aside\s+from|besides)\b",
    re.IGNORECASE,
)


def adls_named_only(ent: Any, text: str) -> bool:
    """Whether the target ``ent`` names daily activities as a whole and its statement ``text``
    says no limit on them ("Able to do ADLs", "ADLs reviewed", a blank "ADLs:")."""
    name = re.sub(r"\s+", " ", ent.text.lower().strip())
    return name in _ADL_NAMES and not _LIMIT.search(text)
