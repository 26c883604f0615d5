"""A limit stated in its own clause after a pain's trigger is a limit (brief s67-d, class 2).

"Pain with reaching overhead" names what brings the pain on (ConText's AGGRAVATING, a trigger
and no limit of its own: a blind author read "pain with overhead work only" as no functional
deficit, GL/tsa-02). But the trigger's reach ran across the comma into the next clause, so in
"Pain with reaching overhead, unable to lift 10 lb" the lifting limit was read as a trigger too
(hypothetical): an inability or a difficulty written in a clause of its own is the patient's
limit, as "needs HOB elevation" after "pain w/ repositioning" already was (clauses.asserted_apart).
A bare item after the trigger ("pain with standing, walking") stays in the trigger's list."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> dict[str, bool]:
    """Each functional-deficit concept found -> whether any of its findings is asserted."""
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 9, 21))])
    out: dict[str, bool] = {}
    for f in found:
        if f.category == "functional-deficits":
            asserted = not (f.negated or f.hypothetical or f.family)
            out[f.concept] = out.get(f.concept, False) or asserted
    return out


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Pain with reaching overhead, unable to lift 10 lb.", "lifting-limitation"),
        ("R shoulder pain with reaching overhead, difficulty dressing.", "adl-limitation"),
        ("Pain with stairs, difficulty dressing.", "adl-limitation"),
        ("Shoulder pain w/ reaching, unable to lift a gallon of milk.", "lifting-limitation"),
        ("LBP worse with sitting, has trouble putting on socks and shoes.", "adl-limitation"),
        ("Pain with overhead activity; difficulty lifting grandchild.", "lifting-limitation"),
        ("L shoulder pain aggravated by lifting, unable to reach overhead.", "reaching-limitation"),
        ("knee pain w/ stairs, pt unable to walk > 1 block", "activity-limitation"),
        # s64-e had this as a trigger list, though its activity-limitation was asserted already.
        ("Pain with prolonged standing, difficulty walking.", "walking-limitation"),
    ],
)
def test_a_limit_in_its_own_clause_after_a_trigger_is_a_limit(text: str, concept: str) -> None:
    assert _limits(text).get(concept), (text, _limits(text))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Pain with reaching overhead and lifting.", "lifting-limitation"),
        ("Pain with reaching overhead.", "reaching-limitation"),
        ("Pain with lifting, reaching overhead.", "reaching-limitation"),
        ("Denies difficulty dressing; pain with reaching overhead.", "adl-limitation"),
    ],
)
def test_a_trigger_s_own_items_and_denied_limits_stay_none(text: str, concept: str) -> None:
    assert not _limits(text).get(concept), (text, _limits(text))
