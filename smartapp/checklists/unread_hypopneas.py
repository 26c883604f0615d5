"""Met only by a sleep index scored under the 3% rule, while a note that could give the study's
4%-rule figure is unread (bench/unread.py, invariant a).

CMS scores a hypopnea with a 4% desaturation (LCD L33718 and its policy article), so a 3%-rule
index is set aside as a qualifying figure when the window also gives a 4%-rule one, and is read
as written when it stands alone (:func:`by_cms_rule`, which measures.py applies). A study that
reports both ("REI 4.6/h by the 4% rule; by the 3% rule, RDI 9") is often restated both ways in
the visit note that orders the device; when the note holding the 4%-rule figure cannot be read,
the 3%-rule one stands alone and meets the item (blind wave 51, GK/cpap-03: the office note's
"REI 4.6 (4%)" unread, the report's "Using 3% rule, RDI 9" met CPAP-002's 5-14 with symptoms).
The honest answer is "could not check", naming the unread notes, when the readings that meet the
criterion are enough only with the 3%-rule indices counted, and a note or report in the
criterion's window -- from the study's own day on, when the statement dates the study -- is
unread: it may be the study or a note about it, with the 4%-rule figure. A 3%-rule index read in
a report (the study itself) is doubted only when that report names a 4% rule too: a report that
scores by the 3% rule alone has no 4%-rule figure for a note to restate (a read HSAT's "REI (3%
rule) 18.4/h" stands with the results call unread, AS/cpap-01 and ten more). An unread note
outside the window, or a met that other readings give on their own, changes nothing; with every
note read nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.hypopnea_rules import hypopnea_rule
from .context import Context
from .unread_notes import named, unread_texts

#: Sleep indices whose hypopneas are scored by a desaturation rule.
SLEEP_INDICES = frozenset({"ahi", "rei", "rdi"})
#: A 4% scoring rule named anywhere in a text: "(4% desaturation rule)", "4% criteria", "(4%)";
#: "nadir 84%" or "4.4%" is none.
_FOUR_RULE = lazy_re.compile(
    r"(?<![\d.])4\s*%(?:\)|[- ]?(?:rule|desat\w*|criteri\w+|scor\w+|hypopneas?)\b)", re.IGNORECASE
)


def three_percent(finding: Any, ctx: Context) -> bool:
    """Whether ``finding`` is a sleep index its statement says was scored by the 3% rule."""
    if finding.concept not in SLEEP_INDICES:
        return False
    return hypopnea_rule(ctx.texts.get(finding.note_ref, ""), finding.start, finding.end) == 3


def _in_note(finding: Any) -> bool:
    """Whether ``finding`` is written in a clinical note (not a report of a study)."""
    return finding.note_ref.startswith("DocumentReference/")


def _study_may_say_more(finding: Any, ctx: Context) -> bool:
    """Whether the study behind ``finding`` may give a 4%-rule index that was not read: it is
    restated in a note (the study may be the unread one), or its report names a 4% rule."""
    if _in_note(finding):
        return True
    return bool(_FOUR_RULE.search(ctx.texts.get(finding.note_ref, "")))


def unread_hypopnea(
    in_range: list[Any], spec: dict[str, Any], ctx: Context, enough: Callable[[list[Any]], bool]
) -> str | None:
    """The unread notes that could give the 4%-rule figure of the study whose 3%-rule index is
    needed for ``in_range`` (the readings that meet the criterion) to be ``enough``; None when
    the other readings are enough, no index is a 3%-rule one, or none is unread (see the module
    docstring)."""
    three = [f for f in in_range if three_percent(f, ctx)]
    if not three or enough([f for f in in_range if f not in three]):
        return None
    if not any(_study_may_say_more(f, ctx) for f in three):
        return None
    low, high = ctx.window(spec.get("within_days"))
    # A statement that dates the study ("RDI 9 (3%) on the HST of 3/2"), or the study's own
    # report, bounds where the notes about it can stand; a note's undated restatement leaves the
    # whole window.
    studied = [f.when or (None if _in_note(f) else ctx.text_dates.get(f.note_ref)) for f in three]
    if all(studied):
        first: date = min(d for d in studied if d is not None)
        low = max(low, first) if low is not None else first
    unread = [
        n.ref for n in unread_texts(ctx)
        if n.date is not None and n.date <= high and (low is None or n.date >= low)
    ]  # fmt: skip
    if not unread:
        return None
    return named(unread)


def by_cms_rule(found: list[Any], ctx: Context) -> list[Any]:
    """The readings less the 3%-rule sleep indices when the window also gives a 4%-rule one: CMS
    scores a hypopnea with a 4% desaturation (LCD L33718 and its article), so a study reporting
    "AHI 4.2/h (4% rule); RDI 11/h (3% rule)" qualifies by its AHI, and a note restating its
    "RDI 11 w/ 3% hypopneas" is no qualifying figure either (blind wave 20, BT/cpap-02). A study
    reporting one index only is read as written."""
    indices = [f for f in found if f.concept in SLEEP_INDICES]
    if not indices:
        return found
    rules = {id(f): hypopnea_rule(ctx.texts.get(f.note_ref, ""), f.start, f.end) for f in indices}
    if 4 not in rules.values():
        return found
    return [f for f in found if rules.get(id(f)) != 3]
