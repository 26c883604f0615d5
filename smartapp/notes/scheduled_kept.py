"""Visits a statement says were scheduled and then kept: care had, not care to come or missed.

"Tx: PT 14 visits scheduled 10/28-12/19, attended 12 (2 no-shows over holidays), discharged
plateaued" (blind wave 83, LE/occupational-work-rehab-01) tells of a course done: ConText reads
its "scheduled" as care ahead and its "no-shows" as care never had, but the visits were booked
and then attended. So are "scheduled 12, attended 10", "8 of 12 scheduled visits attended", "PT
6 wks as scheduled, completed", "PT scheduled 2x/wk x 6 wks - attended all". Kept means a count
above none attended or completed ("attended 12", "10 attended", "completed 9"), or all of them
("attended all", "every session"), or a bare "completed" that opens its own clause. Not care
only scheduled ("PT scheduled to start 2/1"), none kept ("none attended", "attended 0", "not
attended"), kept only in a condition or a plan ("if attended", "to be completed", "will
attend"), nor another thing completed ("MRI completed 1/10"), nor care kept that another clause
or care target tells of: "ESI scheduled 2/10 after pt completed 6 wks of PT" schedules the ESI
(the reading stops at "after", "before", "once", "until", and at the next care the statement
names): care_had.correct_care_flags keeps those flags.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The word that booked the visits.
_SCHEDULED = lazy_re.compile(r"\bsched(?:uled|'?d)?\b", re.IGNORECASE)
#: Not a plan's or a condition's: "to be completed", "will attend", "if attended".
_NOT_AHEAD = r"(?<!\bbe )(?<!\bto )(?<!\bwill )(?<!\bif )(?<!\bnot )(?<!\bnever )(?<!\bnone )"
_KEPT_VERB = r"(?:at?tended|attnd|completed|finished|kept)"
#: Kept, by a count above none or all of them after the verb ("attended 12", "attended 11 of 12
#: visits", "completed all sessions", "attended every session"), or before it ("10 attended",
#: "8 of 12 scheduled visits attended", "12 visits were kept").
_KEPT = lazy_re.compile(
    _NOT_AHEAD + rf"\b{_KEPT_VERB}\s*:?\s*(?:[1-9]\d{{0,2}}\b(?!/\d)|(?:all|every|each)\b)"
    rf"|(?<![\d/])\b[1-9]\d{{0,2}}\s+(?:(?:out\s+)?of\s+\d{{1,3}}\s+)?(?:scheduled\s+)?"
    rf"(?:(?:visits?|sessions?|treatments?)\s+)?(?:were\s+)?{_KEPT_VERB}\b",
    re.IGNORECASE,
)
#: A bare "attended" or "completed" opening its own clause ("PT 6 wks as scheduled, completed",
#: "- attended") with nothing after it but a date, a remark or the clause's end.
_KEPT_BARE = lazy_re.compile(
    rf"(?:[,;:\-–]|\band|\bpt|\bpatient|\bshe|\bhe)\s*{_KEPT_VERB}\b"
    r"(?=\s*(?:$|[,.;:()\-–]|\d{1,2}/\d))",
    re.IGNORECASE,
)


def kept_visits(statement: str) -> bool:
    """Whether ``statement`` counts visits kept, some or all (see the module docstring): its
    no-show words are the visits missed, not all of them."""
    return bool(_KEPT.search(statement))


#: Where the booked care's own words end: a clause of another time ("after pt completed 6 wks").
_ANOTHER_TIME = lazy_re.compile(
    r"\b(?:after|before|once|when|until|following|since|but|prior\s+to)\b", re.IGNORECASE
)


def scheduled_then_kept(statement: str, next_care: int | None = None) -> bool:
    """Whether ``statement`` says care was scheduled and, after that word, that it was kept,
    read up to ``next_care`` (where the statement names other care) or a clause of another
    time (see the module docstring)."""
    booked = _SCHEDULED.search(statement, 0, len(statement) if next_care is None else next_care)
    if booked is None:
        return False
    after = statement[booked.end() : next_care]
    cut = _ANOTHER_TIME.search(after)
    after = after[: cut.start()] if cut else after
    return bool(_KEPT.search(after) or _KEPT_BARE.search(after))
