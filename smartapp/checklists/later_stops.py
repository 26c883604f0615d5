"""A drug's course a note dates from its start ("Aza since 1/5/26") ends where a later statement
of the same note stops it or switches it for another drug (brief s86-stops).

"Aza since 1/5/26. Stopped Aza 3/2/26." and "Aza since 1/5/26. Aza changed to 6-MP 3/2/26." in
a 4/6/26 note are eight weeks of azathioprine. The readers of a course's stop
(stop_goes_on.py) and switch (switched_agents.py) read the rest of the drug's own line only, so
the "since" ran the course on to the note's day (13 weeks) and met INF-002's twelve weeks of one
conventional agent on a notes-only record. A reviewer reads the note through: the course ends
on the day the later statement gives.

The later statements are read as an open order's are (stopped_orders.py, order_switches.py):
the drug named by its concept's names (targets.yaml), its stop or its switch to another drug
said and dated; not another drug's stop or switch, a stop or switch only planned or weighed, the
same drug's dose or route, a stop the note says was undone ("restarted 3/9", "continue Aza"),
nor a stop with no date of its own after the start. A switch ends a course only where drugs are
judged apart (``per_modality``): joined into one episode, the drug switched to carries it on.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.segments import segment
from .stop_dates import stop_date
from .stopped_orders import drug_patterns, says_stopped, stop_opens_next

#: The drug names of the medication-history vocabulary are what the stop readers know.
_DRUGS = "medication-history"
#: A statement that leaves one drug for another: "changed to", "switched from", "replaced".
_SWITCH = lazy_re.compile(
    r"\b(?:changed|switched|converted|transitioned|swapped|transferred|moved|replaced)\b"
    r"|-+>|→|=+>",
    re.IGNORECASE,
)


def _names(finding: Any) -> tuple[str, ...]:
    """The names a note may call ``finding``'s drug by: its own words and its concept's."""
    from ..notes.findings import load_targets

    phrases = (load_targets().get(_DRUGS) or {}).get(finding.concept) or ()
    names = {p.lower() for p in phrases if isinstance(p, str)}
    return tuple(sorted(names | {(finding.text or "").lower()} - {""}))


def later_stop(
    finding: Any, note_text: str, note_date: date, start: date, switches: bool
) -> date | None:
    """The day a statement after ``finding``'s own in ``note_text`` says its drug (begun on
    ``start``) was stopped, or switched to another drug when ``switches``; None when none says
    so with a date after ``start`` and by ``note_date``, or the note says it was taken again."""
    if finding.category != _DRUGS or not note_text:
        return None
    names = _names(finding)
    if not names:
        return None
    mention, before = drug_patterns(names)
    statements = segment(note_text)
    stop: date | None = None
    for index, statement in enumerate(statements):
        if statement.start < finding.end:
            continue  # the finding's own statement: its line's readers read it
        text = statement.text
        if not mention.search(text) and not (index and mention.search(statements[index - 1].text)):
            continue
        said = says_stopped(text, mention, before, names)
        if said is None and index and statements[index - 1].start >= finding.end:
            said = stop_opens_next(note_text, statements[index - 1], statement, mention)
        if said is None:
            continue
        if said < 0:
            return None  # "restarted 3/9", "continue Aza": taken on after all
        if not switches and _SWITCH.search(text):
            continue  # joined into one episode, the drug switched to carries it on
        when = stop_date(text, said, note_date, start)
        if when is not None and when[0] and start < when[1] <= note_date and stop is None:
            stop = when[1]
    return stop
