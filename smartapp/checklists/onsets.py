"""When a symptom began, when the problem list and the notes disagree.

A Condition's onset is what the problem list recorded when the entry was made. A problem-list
entry carried forward from an old episode ("Radiculopathy, lumbar region", onset 2019, still
marked active) is no evidence that today's pain has lasted seven years when the newest note says
it began 18 days ago ("L thigh pain since 5/3/26"; "back pain in 2019 resolved with PT"). For a
symptom's duration (``has_condition`` with ``older_than_days``) the onset the newest note states
for the order's region governs when it is later than the Condition's: a note written after the
entry, stating a newer start, describes a new episode (blind wave 12, AK/inj-05). An entry with
no onset and no recorded date takes the onset that note states (blind wave 27, CU/lmri-03).

The newest note's statements are read together: one that calls the complaint chronic, or gives
an onset as old as the Condition's ("LBP x 10 yrs, worse x 2 wks"), keeps the Condition's onset.
Statements without a region, about another region, negated or hypothetical say nothing here;
nor does a duration that times a change within the episode ("now numbness top of L foot x 2
wks", "worse x 1 wk": blind wave 13, AO/lmri-01).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.region_match import compatible
from .context import Context
from .finding_dates import written_date

#: The category and concept the notes state a duration in (notes/targets.yaml).
_CATEGORY = "symptom-duration"
_CHRONIC = "chronic"


def _stated_onset(finding: Any, written: date | None) -> date | None:
    """The onset a statement gives: its note's date less the duration ("for 3 weeks", "since
    5/3/26"), else its date. The duration first: "d/c 3/3" in the same statement is when
    therapy ended, not when the pain began (blind wave 13, AO/lmri-01)."""
    if written and finding.duration_days:
        return written - timedelta(days=finding.duration_days)
    return finding.when


#: A duration that times a change within the episode, not its start: "now numbness top of L foot
#: x 2 wks", "worse x 1 wk", "increased pain x 3 days", "also tingling x 5 days", "flare x 2 wks".
#: A relief's time too: "arm pain went from 8/10 to 6/10 (about 30% better) for around 3 weeks"
#: after an epidural is how long it helped, not when the pain began (s48-a: read as a day, the
#: score "8/10" had hidden it).
_CHANGE = lazy_re.compile(
    r"\b(?:now|worse\w*|increas\w*|more|also|additionally|again|flare\w*|exacerbat\w*|"
    r"better|improv\w*|relie[fv]\w*|helped|eased)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = lazy_re.compile(r"[.;,:(]|\s[-–]\s")


def times_a_change(finding: Any, text: str) -> bool:
    """The duration's own clause says the symptom is new in or worse within the episode."""
    before = text[max(0, finding.start - 160) : finding.start]
    return bool(_CHANGE.search(_CLAUSE_BREAK.split(before)[-1]))


def restated_onset(condition: Evidence, ctx: Context) -> tuple[date, str] | None:
    """(onset, note reference) when the newest note about the order's region states a symptom
    onset later than ``condition``'s, or any onset when the Condition has no date of its own;
    None when the Condition's onset stands."""
    by_note, texts = _stating_notes(condition, ctx)
    if not by_note:
        return None
    newest = max(by_note, key=lambda ref: texts[ref].date or date.min)
    statements = by_note[newest]
    if any(f.concept == _CHRONIC for f in statements):
        return None
    stated = (_stated_onset(f, written_date(f, ctx.text_dates)) for f in statements)
    onsets = [onset for onset in stated if onset]
    if not onsets or (condition.date is not None and min(onsets) <= condition.date):
        return None
    return min(onsets), newest


def unread_restatement(condition: Evidence, ctx: Context) -> str | None:
    """The notes that could not be read and could be the one that governs ``condition``'s
    onset: written after it (by ``as_of``) and after the newest note read that states one. Its
    onset standing would then be a guess (bench/unread.py: AK/inj-05's newest note, unread, let
    a 2019 problem-list onset pass for the episode that began 18 days ago)."""
    if condition.kind != "Condition" or restated_onset(condition, ctx) is not None:
        return None
    by_note, texts = _stating_notes(condition, ctx)
    newest_read = max((texts[ref].date or date.min for ref in by_note), default=date.min)
    floor = max(newest_read, condition.date or date.min)
    unread = [
        n.ref for n in ctx.record.notes
        if not n.not_fetched and n.date is not None and floor < n.date <= ctx.as_of
        and ctx.record.unread_reason(n) is not None
    ]  # fmt: skip
    return ", ".join(unread[:5]) or None


def _stating_notes(condition: Evidence, ctx: Context) -> tuple[dict[str, list[Any]], dict]:
    """The notes (reference -> statements) that state a symptom onset for the order's region
    after ``condition``'s own, and the texts by reference."""
    if not ctx.record.findings:
        return {}, {}
    # An entry with no onset and no recorded date (blind wave 27, CU/lmri-03: the order's disc
    # disorder, undated) is the problem still there at the order, begun when the newest note
    # that dates it says ("LBP + R leg pain ... since late May" on 6/2, the MRI ordered 7/20).
    undated = condition.date is None
    texts = {n.ref: n for n in ctx.record.all_texts() if n.kind == "note"}
    regions = ctx.regions_for({"same_region": "referred"})
    by_note: dict[str, list[Any]] = {}
    for f in ctx.record.findings:
        note = texts.get(f.note_ref)
        if f.category != _CATEGORY or note is None or note.date is None or not f.regions:
            continue
        written = written_date(f, ctx.text_dates)
        if note.date > ctx.as_of or written is None or not f.asserted:
            continue
        if not undated and written <= condition.date:
            continue
        if not compatible(regions, f.regions):
            continue  # knee pain since Monday says nothing about the back
        if times_a_change(f, note.text or ""):
            continue  # "now numbness x 2 wks" in a follow-up: a change, not the onset
        by_note.setdefault(f.note_ref, []).append(f)
    return by_note, texts


def restated_clause(items: list[Evidence], ctx: Context) -> str:
    """The clause naming the note that restated a Condition's onset, for a searched sentence."""
    for item in items:
        restated = restated_onset(item, ctx) if item.kind == "Condition" else None
        if restated:
            own = f"{item.ref}'s {item.date}" if item.date else f"{item.ref}, undated"
            return f" ({restated[1]} states the onset as {restated[0].isoformat()}, not {own})"
    return ""
