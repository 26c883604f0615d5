"""An open medication order that a later medication list marks "(not taking)" was never begun.

An order stays 'active' while the reconciled list written after it says, at the end of the
drug's own entry, that the patient does not take it: "methotrexate 2.5 mg tab, take 6 tabs PO
weekly (not taking)", "MTX 15 mg weekly - pt not taking", Epic's "(Patient not taking: Reported
on 11/20/2026)", "[not currently taking]". The order alone counted as a trial from its day to the
request; a reviewer reading both counts no trial unless something else shows the drug was taken
(entry_remarks.py reads the entry itself as no care the same way). stopped_orders.py found the
remark only where the statement cutter kept it beside the name, and then dated it to the note's
day, a course of every week in between. A note that dates a stop before that list's day (the
drug "stopped late Jan (about 8 wks)" beside "Med list still shows MTX active - pt not taking":
blind BJ/inf-02) says the drug was taken: that stop stands.

The remark is the entry's own, read as entry_remarks reads it: from the drug's name to the end of
its entry. One that says the drug was taken before ("(not taking - stopped 10/1)", "not taking
since October", "held for surgery") is a course that ended: stopped_orders dates it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..evidence import Evidence
from ..notes.entry_remarks import cut_entry, not_taken
from ..notes.written_dates import find_dates
from .stopped_orders import OPEN, drug_names, drug_patterns


def listed_not_taken_on(item: Evidence, notes: list[Any], as_of: date) -> date | None:
    """The first day a note written after the open order ``item`` (up to ``as_of``) lists its
    drug with a remark that it is not taken, and says nothing of its being taken before; None
    when none does."""
    if not item.kind.startswith("Medication") or item.status not in OPEN or item.date is None:
        return None
    names = drug_names(item)
    if not names:
        return None
    found: date | None = None
    mention, _ = drug_patterns(names)
    for note in notes:
        # A note of the order's own day tells the history the order follows (stopped_orders).
        if note.kind != "note" or note.date is None or not item.date < note.date <= as_of:
            continue
        text = note.text or ""
        for named in mention.finditer(text):
            line_end = text.find("\n", named.end())
            line = text[named.end() : line_end if line_end >= 0 else len(text)]
            entry = cut_entry(line)
            if not not_taken(entry):
                continue
            # The day the remark was written: its own ("Reported on 11/20/2026"), else its note's.
            said = min([note.date, *(m.when for m in find_dates(entry, note.date))])
            found = said if found is None else min(found, said)
    return found
