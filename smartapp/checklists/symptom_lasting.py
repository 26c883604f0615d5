"""A symptom a later note says is still there has lasted up to that note, not only to the note
that dated its start.

"back + L buttock/leg pain since over the holidays (Xmas week)" in a note of 1/6/2026 is five
days of pain as of that note; the follow-up of 2/26 ("PT 1/8-1/30 ... - leg still bad") shows
the same pain still there, eight weeks from its start (blind wave 101, NY/lmri-03: LMRI-002
called the duration missing, counted only to the first note). So is "LBP over the holidays" of
1/6 with "Back still hurts ... MRI L-spine for persistent LBP" on 3/20 (blind wave 103,
OC/lmri-02). A reviewer reads the start the first note gives and the last note that still
finds the symptom, so a duration runs from its start (the note's day less its days, read at the
latest day its words allow) to the newest note by ``as_of`` that says, of the same region:

- the symptom goes on: "still", "persists", "persistent", "ongoing", "continues", "remains",
  "unchanged", "no better", "worse" in a clause naming the region ("leg still bad", "back still
  hurts"), not a clause of care that goes on ("still taking meloxicam for back pain"), of a
  relative, of a condition ("if pain persists") or of a denial;
- or a duration of its own that starts no later than this one (within a week's rounding), or
  calls it chronic or persistent.

No note is projected past its day: the weeks counted are the weeks the record shows. The chain
stops at the first later note that tells the symptom gone ("LBP resolved", "no back pain") and
no more, or tells a start of its own later than this one ("new LBP x 3 days"): a new episode,
which that note's own duration times (as onsets.py lets the newest note's onset govern).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible
from ..evidence.regions import regions_in_text
from ..notes.clause_spans import pieces
from ..notes.symptom_durations import SYMPTOM_WORDS, relatives_symptom
from .context import Context
from .finding_dates import written_date
from .onsets import times_a_change

#: Words that say the symptom goes on.
_STILL = lazy_re.compile(
    r"\b(?:still|persist(?:s|ed|ing|ent|ently)?|ongoing|continu(?:es|ing|ed)|remains?|"
    r"unchanged|no\s+(?:real\s+)?(?:better|change|relief|improvement)|not\s+(?:any\s+)?better|"
    r"not\s+improved|unimproved|worse(?:ning)?)\b",
    re.IGNORECASE,
)
#: Words that say it is gone or denied.
_GONE = lazy_re.compile(
    r"\b(?:resolved|gone|went\s+away|subsided|no\s+longer|pain[\s-]free|free\s+of|denie[sd]|"
    r"no|none|absent|negative\s+for)\b",
    re.IGNORECASE,
)
#: Care that goes on, not the symptom: "still taking meloxicam for back pain", "still in PT".
_CARE_GOES_ON = lazy_re.compile(
    r"\b(?:still|continu(?:es|ing|ed))\s+(?:to\s+)?(?:on|taking|takes|take|using|uses|doing|"
    r"does|do|in|attending|attends|going|working|performing|with)\b",
    re.IGNORECASE,
)
#: A clause that only supposes the symptom: "if pain persists", "return if symptoms continue".
_SUPPOSED = lazy_re.compile(r"\b(?:if|unless|should|in\s+case|return\s+precautions)\b", re.I)
#: "Back still hurts": the back the patient means is the low back (regions.yaml reads "back
#: pain" so), though "back" alone names no region.
_BACK_HURTS = lazy_re.compile(
    r"\bback\s+(?:(?:still|is|has|keeps|continues)\s+){0,2}(?:to\s+)?"
    r"(?:hurt\w*|ach\w*|sore|painful|bad|bother\w*)",
    re.IGNORECASE,
)
#: A region still as it was, with no symptom word: "leg still bad", "L leg is still the same".
_REGION_STILL = lazy_re.compile(
    r"\b(?:legs?|back|buttocks?|hips?|foot|feet|neck|arms?|knees?|shoulders?)\s+(?:is\s+|are\s+)?"
    r"still\s+(?:bad|sore|painful|aching|achy|tender|numb|weak|the\s+same|an?\s+(?:issue|problem))\b",
    re.IGNORECASE,
)
_BREAKS = lazy_re.compile(r"[.;!?\n]|\s[-\u2013\u2014]\s|,")
#: How much later a later note's start may fall and still be this one's, rounded ("x 6 wks").
_ROUNDING = timedelta(days=7)


def dated_notes(ctx: Context) -> list[Any]:
    """The record's notes with text and a day on or before the as-of date, oldest first: the
    notes a symptom's course is read across (here and in older_onsets.py)."""
    return sorted(
        (n for n in ctx.record.all_texts()
         if n.kind == "note" and n.text and n.date is not None and n.date <= ctx.as_of),
        key=lambda n: n.date,
    )  # fmt: skip


def lasted_through(
    findings: list[Any], spec: dict[str, Any], ctx: Context, dates: dict[str, date | None]
) -> tuple[list[Any], dict[int, tuple[date, str]]]:
    """``findings`` with each symptom duration a later note finds still present running to
    that note (module docstring), and, by ``id`` of each finding so lengthened, that note's day
    (the day its duration now runs to) and reference."""
    if spec.get("category") != "symptom-duration":
        return findings, {}
    order = ctx.regions_for(spec) if spec.get("same_region") else frozenset()
    notes = dated_notes(ctx)
    out, through = [], {}
    for finding in findings:
        written = written_date(finding, dates)
        if not finding.duration_days or written is None or not finding.asserted:
            out.append(finding)
            continue
        onset = written - timedelta(days=finding.duration_days)
        last, ref = None, ""
        for note in notes:
            if note.date <= written:
                continue
            said = says(note, finding, onset, order, ctx)
            if said == "ends":
                break
            if said == "still":
                last, ref = note.date, note.ref
        if last is None:
            out.append(finding)
            continue
        # Its start is now a day on the calendar, from which calendar months are counted too
        # (symptom_months.lasted_months), not a stated length read as payers read one.
        longer = replace(finding, duration_days=(last - onset).days, when=finding.when or onset)
        through[id(longer)] = (last, ref)
        out.append(longer)
    return out, through


def counted_to(
    finding: Any, through: dict[int, tuple[date, str]], dates: dict[str, date | None]
) -> date | None:
    """The day ``finding``'s duration runs to: the later note's that finds it still there, else
    the day its own statement was written."""
    carried = through.get(id(finding))
    return carried[0] if carried else written_date(finding, dates)


def still_clause(found: list[Any], through: dict[int, tuple[date, str]]) -> str:
    """The clause naming the later note a met duration was counted to, for the searched
    sentence: the reader sees which note found the symptom still there."""
    carried = [through[id(f)] for f in found if id(f) in through]
    if not carried:
        return ""
    day, ref = max(carried)
    return f" (counted to {day.isoformat()}, when {ref} finds the symptom still there)"


def _about(regions: frozenset[str], finding: Any, order: frozenset[str]) -> bool:
    """Whether ``regions`` (named) are the dated symptom's and the order's."""
    return bool(regions) and compatible(order, regions) and compatible(finding.regions, regions)


def says(note: Any, finding: Any, onset: date, order: frozenset[str], ctx: Context) -> str:
    """The word "still" when ``note`` finds ``finding``'s symptom still there, "ends" when it
    tells it gone or begun anew after ``onset``, else ""."""
    still = gone = False
    for other in ctx.record.findings or ():
        if other.note_ref != note.ref or other.category != "symptom-duration":
            continue
        if not other.asserted or other.family or not _about(other.regions, finding, order):
            continue
        if not other.duration_days:
            still = True  # "persistent LBP", "chronic LBP"
        elif times_a_change(other, note.text):
            still = True  # "now numbness x 2 wks", "worse x 1 wk": the pain is there
        elif note.date - timedelta(days=other.duration_days) <= onset + _ROUNDING:
            still = True
        else:
            return "ends"  # "new LBP x 3 days": another episode, timed by its own words
    text = note.text
    for low, high in pieces(text, _BREAKS):
        clause = text[low:high]
        regions = regions_in_text(clause) or (
            regions_in_text("low back pain") if _BACK_HURTS.search(clause) else frozenset()
        )
        if not _about(regions, finding, order):
            continue
        named = (SYMPTOM_WORDS.search(clause) or _BACK_HURTS.search(clause)
                 or _REGION_STILL.search(clause))  # fmt: skip
        if not named or _SUPPOSED.search(clause) or relatives_symptom(clause, len(clause)):
            continue
        if _GONE.search(_STILL.sub(" ", clause)):  # "no better" goes on; "no LBP" is gone
            gone = True
            continue
        if _STILL.search(clause) and not _CARE_GOES_ON.search(clause):
            still = True
    if still:
        return "still"
    return "ends" if gone else ""
