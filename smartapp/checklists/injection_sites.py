"""Whose joint a coded injection was, and whether it was given, when its record does not say.

CPT 20610/20611 code an injection of any major joint ("Arthrocentesis/injection major joint"),
and an EHR often sends it with no bodySite: the record alone names neither the joint nor the
side. A joint replacement's conservative care counts only the requested joint's injections
(THA-002, TKA-002, TSA-002), so the statements that speak of that injection say where it went:
its own comment ("Right knee corticosteroid injection"), a note of its day, or a later note
dating it ("Hx R knee steroid inj 6/2025 helped knee" beside a hip request: another joint).
With no such statement the injection stands for the requested joint, as an unsided therapy
Procedure does: the record was sent for this request, and a reviewer reading "20610, 1/14"
in an arthroplasty chart takes it for the joint being replaced (HYA-003 reads it so too).

And a Procedure coded completed that the notes say was called off ("Procedure note addendum
2/10: Left shoulder injection CANCELLED - pt on warfarin. Not performed.") was no injection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible
from ..notes.written_dates import find_dates
from .care_dates import month_end
from .context import Context
from .laterality import CARE_CATEGORIES

#: The note concepts that are a joint's injection (targets.yaml, conservative-treatment).
INJECTION_CONCEPTS = frozenset({"corticosteroid-injection", "viscosupplementation"})


def given_elsewhere(item: Any, order: frozenset[str], ctx: Context) -> bool:
    """Whether the statements of a coded injection whose record gives no side of the order's
    joint place it in another joint, or on the other side, than ``order``'s regions. A record
    that names its side is judged on it (record_filters._keep, laterality.py)."""
    if item.date is None or any(":" in r and compatible(order, frozenset({r}))
                                for r in item.regions):  # fmt: skip
        return False
    named = frozenset(_named_regions(item.date, ctx.record.findings or (), ctx.text_dates))
    return bool(named) and not compatible(order, named)


def _named_regions(
    day: date, findings: Iterable[Any], text_dates: dict[str, date | None]
) -> set[str]:
    """The regions the asserted injection statements about ``day`` name."""
    named: set[str] = set()
    for finding in findings:
        if finding.concept not in INJECTION_CONCEPTS or finding.category not in CARE_CATEGORIES:
            continue
        if not finding.asserted or finding.family or not finding.regions:
            continue
        if _about_day(finding, day, text_dates.get(finding.note_ref)):
            named |= finding.regions
    return named


def _about_day(finding: Any, day: date, note_date: date | None) -> bool:
    """A statement of ``day``: written that day about that day, dated that day, or dated by
    that day's month alone ("steroid inj 6/2025")."""
    when = finding.when
    if when == day or (note_date == day and when is None):
        return True
    if when is None or note_date is None or (when.year, when.month) != (day.year, day.month):
        return False
    return month_end(finding, None, note_date, when) is not None


#: An injection said not given, the words close together: "Left shoulder injection CANCELLED",
#: "Injection 2/10 was cancelled (INR)", "cancelled the injection", "injection not performed".
#: Not a next one's: "injection given; repeat injection deferred" (the sentence is split at ";"
#: and a repeat, next or further injection is left out).
_OFF = r"(?:cancell?ed|not (?:performed|done|given)|deferred|postponed|aborted)"
_SHOT = r"(?:inj(?:ection|x)?s?|csi|shot)"
_CALLED_OFF = lazy_re.compile(
    rf"(?<!repeat )(?<!next )(?<!another )(?<!further )\b{_SHOT}\b(?:\s+[^\s,]+){{0,3}}?\s+{_OFF}\b"
    rf"|\b{_OFF}\s+(?:the\s+|her\s+|his\s+)?{_SHOT}\b",
    re.IGNORECASE,
)
_SENTENCE = lazy_re.compile(r"[^.;\n]+")


def called_off(day: date, ctx: Context) -> bool:
    """Whether a note says the injection coded on ``day`` was not given: a sentence naming an
    injection and its cancellation, in a text of that day that gives no other date, or in a
    later one that gives that day ("Injection 2/10 was cancelled (INR)")."""
    for note in ctx.record.all_texts():
        if note.date is None or not day <= note.date <= ctx.as_of or not note.text:
            continue
        for sentence in _SENTENCE.findall(note.text):
            if not _CALLED_OFF.search(sentence):
                continue
            dates = {m.when for m in find_dates(sentence, note.date)}
            if day in dates or (note.date == day and not dates):
                return True
    return False
