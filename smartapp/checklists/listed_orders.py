"""An open medication order that a later medication list marks "(not taking)" was never begun.

An order stays 'active' while the reconciled list written after it says, at the end of the
drug's own entry, that the patient does not take it: "methotrexate 2.5 mg tab, take 6 tabs PO
weekly (not taking)", "MTX 15 mg weekly - pt not taking", Epic's "(Patient not taking: Reported
on 11/20/2026)", "[not currently taking]". The order alone counted as a trial from its day to the
request; a reviewer reading both counts no trial unless something else shows the drug was taken
(entry_remarks.py reads the entry itself as no care the same way). stopped_orders.py found the
remark only where the statement cutter kept it beside the name, and then dated it to the note's
day, a course of every week in between.

The remark is the entry's own, read as entry_remarks reads it: from the drug's name to the end of
its entry. One that says the drug was taken before ("(not taking - stopped 10/1)", "not taking
since October", "held for surgery") is a course that ended: stopped_orders dates it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..evidence import Evidence
from ..notes.entry_remarks import cut_entry, not_taken
from .stopped_orders import OPEN, _patterns, drug_names


def listed_never_taken(item: Evidence, notes: list[Any], as_of: date) -> bool:
    """Whether a note written after the open order ``item`` (up to ``as_of``) lists its drug
    with a remark that it is not taken, and says nothing of its being taken before."""
    if not item.kind.startswith("Medication") or item.status not in OPEN or item.date is None:
        return False
    names = drug_names(item)
    if not names:
        return False
    mention, _ = _patterns(names)
    for note in notes:
        # A note of the order's own day tells the history the order follows (stopped_orders).
        if note.kind != "note" or note.date is None or not item.date < note.date <= as_of:
            continue
        text = note.text or ""
        for named in mention.finditer(text):
            line_end = text.find("\n", named.end())
            line = text[named.end() : line_end if line_end >= 0 else len(text)]
            if not_taken(cut_entry(line)):
                return True
    return False
