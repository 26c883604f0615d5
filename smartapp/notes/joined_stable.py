"""A list of ligament tests joined by "/" or "and" whose stability is written after the last one.

"Lachman/ant drawer stable." (blind wave 102, OA/kas-03: a copied-forward exam template, both
ligaments intact) read the Lachman as a mechanical finding: exam_kinds.STABLE_RESULT is read only
right after a test, and clauses.joined_list_result knows only ConText's normal words ("neg",
"normal"), not a ligament's "stable" (which is no normal word elsewhere: a "stable" effusion is
still there). A stable, firm-endpoint test found no instability. A list item with a sign, grade
or number of its own ("Lachman 2+ / ant drawer stable", "+ ant drawer") ends the list, as
"unstable" is no "stable".
"""

from __future__ import annotations

from .clauses import joined_up_to, list_after
from .exam_kinds import STABLE_RESULT


def joined_list_stable(text: str, end: int) -> bool:
    """Whether the test ending at ``end`` of ``text`` opens a joined list of tests said, after
    its last item, to be stable ("Lachman/ant drawer stable", "Lachman/pivot shift firm
    endpoints")."""
    rest = list_after(text, end)
    for cut in range(1, len(rest)):
        if rest[cut - 1].isalnum() or not STABLE_RESULT.match(rest[cut:]):
            continue  # a result opens a word: "unstable" is no "stable"
        return joined_up_to(rest, cut)
    return False
