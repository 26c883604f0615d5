"""Met only on care or a drug a newer note could take back, while that note is unread
(bench/unread.py, invariant a).

Care tried and drugs taken are the statements a newer note can undo: "completed PT" in March is
no PT when May's note says "never did PT" (finding_dates.newest_wins: "PT called back re:
azathioprine - has decided he does NOT want to start it" on 1/16, "Has not started azathioprine
(declined)" on 3/4, blind wave 24, CC/inf-02); and a medication list that still names a drug
ordered is no trial when a note says it was never taken (never_taken.py: "never picked up
azathioprine" on 4/20, the 4/27 list still naming it, blind wave 30, DE/inf-03). When the newer
note cannot be read, its word is not seen and the older statement meets the item. The honest
answer is "could not check", naming the unread notes, when the item is met only through such
statements: a mention of care or a drug, with no date of its own, older than an unread note
written by ``as_of`` (a course the note dates is an account no newer note undoes), or an undated
list entry of a drug whose open order an unread note written after it could call never
taken. With every note read nothing changes: the read notes took nothing back.

A letter of medical necessity's claim is no newer word: a first-hand note saying the drug was
never begun outweighs it whenever either was written (letter_claims.py). So a letter's undated
claim is doubted by any unread note written by ``as_of``, and it does not make an older note's
mention newer than the unread one (blind wave 94, MX/inf-03, with the pharmacist's 9/02 "Rx from
7/15 never picked up" unread: the 7/15 "Rx MTX sent." and the 11/24 letter's "has failed
methotrexate" met INF-001 and INF-006).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from .context import Context
from .finding_dates import CONTRADICTABLE, note_dates, written_date
from .letters import is_letter_of_necessity
from .stopped_orders import OPEN, drug_names
from .unread_stops import unread_after


def _newer_unread(found: list[Any], asserted: list[Any], ctx: Context) -> dict[int, str]:
    """Index in ``found`` -> the unread notes newer than every asserted mention of its concept
    (any one of them may only negate it, and the newest word wins); a letter's mention is no
    newer word, and any unread note may outweigh it (letter_claims.py)."""
    dates = note_dates(ctx)
    texts = {n.ref: n for n in ctx.record.all_texts()}

    def letter(finding: Any) -> bool:
        text = texts.get(finding.note_ref)
        return text is not None and is_letter_of_necessity(text)

    newest: dict[str, date] = {}
    for f in asserted:
        if letter(f):
            continue  # "has failed methotrexate" in a letter: a summary, no newer word
        written = written_date(f, dates) or date.min
        newest[f.concept] = max(newest.get(f.concept, date.min), written)
    out: dict[int, str] = {}
    for index, f in enumerate(found):
        if f.when:
            continue  # care the statement dates ("PT 1/8-1/30, 6 visits"): an account, not undone
        began = date.min if letter(f) else newest.get(f.concept, date.min)
        refs = unread_after(began, ctx)
        if refs:
            out[index] = refs
    return out


def _listed_unread(found: list[Any], ctx: Context) -> dict[int, str]:
    """Index in ``found`` -> the unread notes that could say the drug of its undated
    medication-list entry, open on an order, was never taken."""
    listed = [i for i, f in enumerate(found) if f.section == "medications" and not f.when]
    if not listed:
        return {}
    doubted: list[tuple[re.Pattern[str], str]] = []
    for item in ctx.record.of("MedicationRequest", "MedicationStatement"):
        if item.status not in OPEN or item.end is not None or item.date is None:
            continue
        if ctx.note_stop(item) is not None:
            continue  # a read note already dates its stop (or says it was never taken)
        refs = unread_after(item.date, ctx)
        names = drug_names(item)
        if refs and names:
            words = "|".join(re.escape(n) for n in names)
            doubted.append((re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I), refs))
    return {i: refs for i in listed for pattern, refs in doubted if pattern.search(found[i].text)}


def unread_denial(
    found: list[Any], asserted: list[Any], spec: dict[str, Any], ctx: Context
) -> tuple[list[Any], str] | None:
    """(the findings of ``found`` that stand, the unread notes named) when some of ``found``
    are statements a newer unread note could take back (``asserted``: every asserted finding
    the criterion considered, in or out of its window); None when none is."""
    if spec["category"] not in CONTRADICTABLE or spec.get("family"):
        return None
    doubted = _newer_unread(found, asserted, ctx)
    doubted.update(_listed_unread(found, ctx))
    if not doubted:
        return None
    refs = ", ".join(dict.fromkeys(doubted.values()))
    return [f for i, f in enumerate(found) if i not in doubted], refs


def unread_taken_back(
    inside: list[Any],
    said: list[Any],
    needed: int,
    ctx: Context,
    longest: Callable[[list[Any]], int],
) -> str | None:
    """Why a ``care_episode`` long enough on ``inside`` (its pieces in the window) is not
    judged: without the care notes state of a kind (a modality) an unread note, newer than its
    every mention, could say was never done, the episode falls short; None when it stands.
    ``said``: the statements of care the episode read (a "did not start PT (childcare)" of
    9/15 drops the "Plan PT 2x/wk x 6 wks" of 7/21 that made six weeks, blind wave 38,
    EI/workrehab-02); ``longest``: the days of the longest episode pieces make."""
    # Only care a statement gives no dates of its own (a plan's weeks counted back, a mention):
    # a course the note dates ("went to PT from 1/8 to 1/30") is an account a newer note does
    # not undo (test_judgement_wave37_unread_placed_care).
    noted = [
        p for p in inside
        if "#" in p.citation.get("reference", "") and (p.counted_back or not p.timed)
    ]  # fmt: skip
    if not noted or not any(f.category in CONTRADICTABLE for f in said):
        return None  # only care and drugs are taken back by a newer word (newest_wins)
    dates = note_dates(ctx)
    newest: dict[str, date] = {}
    mentions = [(f.concept, written_date(f, dates)) for f in said if f.asserted]
    mentions += [(p.modality, dates.get(p.citation["reference"].split("#")[0])) for p in noted]
    for concept, written in mentions:
        newest[concept] = max(newest.get(concept, date.min), written or date.min)
    doubted = {
        m: refs for m in {p.modality for p in noted} if (refs := unread_after(newest[m], ctx))
    }
    if not doubted:
        return None
    kept = [p for p in inside if p not in noted or p.modality not in doubted]
    if kept and longest(kept) >= needed:
        return None
    refs = ", ".join(dict.fromkeys(doubted.values()))
    return (
        f"it rests on care the notes state, and a newer note that could not be read may say "
        f"it was never done ({refs})"
    )
