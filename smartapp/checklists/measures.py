"""``note_value``: a measurement written in a note or report ("AHI 32.4/hr", "REI of 18",
"SpO2 86% on RA with ambulation", "PaO2 54") against a threshold.

``min_count`` asks for that many readings in range, told apart by the day each statement gives
(else its note's day): two diagnostic blocks each at 80%, not one block's 88% restated in a
summary. A statement that says the value held for "both"/"each" block counts for all of them.
``min_lasting_days`` asks the value to have held that long where its statement says how long
("80% relief x 4 months"; "~50% relief lasting about 3 weeks" falls short of 84 days).

The NLP finds the measure's name as a target (so ConText sees "wife's AHI 60" as family and
"no desaturation" as negated); the number that follows it in the same statement is its value.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ..notes.captioned_times import captioned_earlier
from ..notes.measure_values import starts_change
from .asleep_readings import read_asleep
from .context import Context, Outcome
from .episode_readings import told_of_episode
from .finding_dates import finding_date, note_dates
from .joint_injections import of_another_joint
from .last_procedure import about_the_last
from .named_procedure import about_another
from .noted_on_oxygen import reading_on_oxygen
from .reading_times import dated_ago
from .relevant_findings import finding_cites, relevant_findings
from .relief_lasting import held_until, relief_days, relief_sentence, told_days
from .relief_since_procedure import days_since_procedure
from .relief_told_later import told_later
from .rera_rdi import rera_counted
from .restated_studies import dated_by_study, unread_restating
from .rounded_values import copied_forward, without_roundings
from .snippet_offsets import in_snippet
from .told_apart import told_apart
from .unread_hypopneas import by_cms_rule, unread_hypopnea


def _captioned_bmi(finding: Any, ctx: Context, dates: dict[str, date | None]) -> bool:
    """A BMI read under a caption of another, earlier visit (captioned_times.py)."""
    if finding.concept != "bmi":
        return False
    text = ctx.texts.get(finding.note_ref, "")
    return captioned_earlier(text, finding.start, dates.get(finding.note_ref))


def note_value(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Met when an asserted measurement of ``measure`` in the window lies within ``value``."""
    measures = spec["measure"].split("|")
    bounds = spec.get("value") or {}

    def inside(value: float) -> bool:
        return bounds.get("min", value) <= value <= bounds.get("max", value)

    what = f"notes and reports for {'/'.join(measures)} {ctx.window_text(spec.get('within_days'))}"
    if ctx.record.findings is None:
        return Outcome("unknown", [], f"Could not search {what}: note analysis unavailable.")
    criterion = {
        "category": "measure",
        "concepts": measures,
        "kinds": spec.get("kinds", ("note", "report", "order", "annotation")),
        "statement_mentions": spec.get("statement_mentions"),
        # A repeat's response is the region's: "cervical ESI - 50% relief, lasted 3.5 months" is
        # no response to a lumbar epidural (LCD L39240 counts per region).
        "same_region": spec.get("same_region"),
        "not_by_supplier": spec.get("not_by_supplier"),  # no supplier's test (supplier_notes)
        "adequate": spec.get("adequate"),  # no technically inadequate study's (inadequate_studies)
    }
    dates = note_dates(ctx)
    readings = [f for f in relevant_findings(criterion, ctx) if f.asserted and f.value is not None]
    # A BMI in a table or list captioned "Previous visit 06/2024 vitals:" is that visit's, not
    # this note's (captioned_times.py; blind wave 85, LN/bariatric-03's near misses).
    readings = [f for f in readings if not _captioned_bmi(f, ctx, dates)]
    if spec.get("min_lasting_days") and criterion["statement_mentions"]:
        # A relief told by the day it ended, no length word ("good relief until around
        # Christmas": blind wave 58, HM/esi-02) says how long it held as surely; one whose
        # statement gives no length may have it from a later note (relief_told_later.py).
        silent = [
            f for f in relevant_findings({**criterion, "statement_mentions": None}, ctx)
            if f.asserted and f.value is not None and f not in readings
        ]  # fmt: skip
        ended = [
            f for f in silent
            if _length_told(f, ctx.texts, dates.get(f.note_ref))
            or _since_procedure(f, spec, ctx, dates) is not None  # "until about mid-Sept"
        ]  # fmt: skip
        readings += ended + told_later([f for f in silent if f not in ended], spec, ctx, dates)
    # The first value of a change ("lost 9 lb (BMI 36.1 -> 34.9)" over "Jun-Nov 2025") is where
    # it started, not a reading of the days the statement gives: dated, as a restated reading
    # is, by the day the chart gives that value (blind wave 33, DQ/bar-02: the 36.1 of 1/2025).
    readings = [
        replace(f, when=None) if f.when and starts_change(ctx.texts.get(f.note_ref, ""), f.end)
        else f
        for f in readings
    ]  # fmt: skip
    readings = [dated_ago(f, ctx.texts.get(f.note_ref, ""), dates) for f in readings]
    # "recovered from Nov pneumonia (ED SpO2 87% then)": the ED's reading (episode_readings.py)
    readings = told_of_episode(readings, ctx, dates)
    # "(BMI 36.2)" in a consult, the BMI charted 14 months before (rounded_values.copied_forward)
    readings = copied_forward(readings, ctx, lambda f: dates.get(f.note_ref))
    # "AHI 22 on polysomnography" in a letter, the PSG of 15 months before (restated_studies.py)
    readings = dated_by_study(readings, ctx, dates)
    found = [
        f for f in readings if ctx.in_window(finding_date(f, dates), spec.get("within_days"))
    ]  # fmt: skip
    if bounds:  # "BMI of 35" in a letter, the consult's 34.9 rounded (rounded_values.py)
        exact = without_roundings(readings, ctx, lambda f: finding_date(f, dates), inside)
        found = [f for f in found if f in exact]
    found = by_cms_rule(found, ctx)
    found = rera_counted(found, ctx)  # "RDI 9" restating a study whose RDI counts RERAs
    if spec.get("not_other_joint"):  # a knee shot's relief is no epidural's (joint_injections.py)
        found = [f for f in found if not of_another_joint(ctx.texts.get(f.note_ref, ""), f.start)]
    earlier, last = [], None
    if spec.get("after_last"):  # a repeat's response is the last procedure's (last_procedure.py)
        kept, last = about_the_last(found, spec["after_last"], ctx, lambda f: dates.get(f.note_ref))
        earlier, found = [f for f in found if f not in kept], kept
    if spec.get("not_about"):  # an ablation's "70% relief" is no block's (named_procedure.py)
        found = [
            f for f in found
            if not about_another(f.snippet, in_snippet(f, ctx.texts), spec["not_about"])
        ]  # fmt: skip
    if spec.get("room_air"):  # a reading on supplemental oxygen is no test of the need for it
        found = [
            f for f in found
            # "SpO2 88% on 2L", "Sat 86% walking. Note: on 2 L NC." (noted_on_oxygen.py)
            if not reading_on_oxygen(f, ctx.texts)
        ]  # fmt: skip
    if spec.get("awake"):  # an overnight test's "lowest sat 88%" (asleep_readings.py)
        found = [f for f in found if not read_asleep(f.snippet, f.text, in_snippet(f, ctx.texts))]
    in_range = [f for f in found if inside(f.value)]
    lasting = spec.get("min_lasting_days")
    # How long the relief held by its own words, not a symptom's "since Jan" beside it
    # (relief_lasting.py; blind wave 36, DU/spinal-03).
    held = {
        # "the May shot gave ~70% relief until about mid-Sept": from the procedure's day, before
        # the statement's own duration (relief_since_procedure.py)
        id(f): told_days(
            relief_sentence(f, ctx.texts), dates.get(f.note_ref), in_snippet(f, ctx.texts) or 0
        )
        or _since_procedure(f, spec, ctx, dates)
        or relief_days(f, dates.get(f.note_ref), in_snippet(f, ctx.texts))
        for f in in_range
    } if lasting else {}  # fmt: skip
    short = [f for f in in_range if lasting and held[id(f)] and held[id(f)] < lasting]
    if short and len(short) == len(in_range):
        # "~50% relief ... lasting about 3 weeks" (blind wave 16, BD/inj-03): the response held
        # for less time than the payer asks (LCD L39240: 50% for 3 months after an epidural).
        told = ", ".join(f"{f.value:g} for {held[id(f)]} days" for f in short[:3])
        return Outcome(
            "partial", finding_cites(short),
            f"Searched {what}: {told}, shorter than the {lasting} days needed.",
        )  # fmt: skip
    in_range = [f for f in in_range if f not in short]
    wanted = spec.get("min_count", 1)
    readings = told_apart(in_range, dates) if in_range else 0
    if in_range and readings < wanted:
        return Outcome(
            "partial", finding_cites(in_range),
            f"Searched {what}: {readings} of the {wanted} readings needed within {bounds}.",
        )  # fmt: skip
    if in_range:
        when = [d for d in (finding_date(f, dates) for f in in_range) if d]
        # Met only by a 3%-rule index while the note with the study's 4%-rule one may be unread
        # (unread_hypopneas.py).
        unread = unread_hypopnea(
            in_range, spec, ctx, lambda rest: bool(rest) and told_apart(rest, dates) >= wanted
        )
        if unread:
            return Outcome(
                "unknown", finding_cites(in_range),
                f"Found in {what} only as scored by the 3% rule. Not judged: a note that could "
                f"not be read may give the study's 4%-rule index ({unread}).", when,
            )  # fmt: skip
        # Met only by a sleep index restated undated while an earlier note is unread: that note
        # may be the old study it restates, or date it (restated_studies.py).
        unread = unread_restating(
            in_range, ctx, dates, lambda rest: bool(rest) and told_apart(rest, dates) >= wanted
        )
        if unread:
            return Outcome(
                "unknown", finding_cites(in_range),
                f"Found in {what} only as an index restated without its study's date. Not "
                f"judged: a note written before it that could not be read may give that study "
                f"and its date ({unread}).", when,
            )  # fmt: skip
        return Outcome("met", finding_cites(in_range), f"Found in {what}.", when)
    if found:
        shown = ", ".join(f"{f.value:g}" for f in found[:5])
        told = len({(f.note_ref, f.snippet) for f in earlier})
        before = f" ({told} more about a procedure before the last one, {last})"
        return Outcome(
            "missing", [],
            f"Searched {what}: values {shown} are outside {bounds}{before if earlier else ''}.",
        )  # fmt: skip
    if earlier:  # "ESI 6/10: ~60% relief ... 4 months" before the ESI of 12/8 (CW/inj-03)
        shown = ", ".join(f"{f.value:g}" for f in earlier[:3])
        return Outcome(
            "partial", finding_cites(earlier),
            f"Searched {what}: {shown} about a procedure before the last one ({last}); "
            "none written about the last one.",
        )  # fmt: skip
    return Outcome("missing", [], f"Searched {what}: none found.")


def _length_told(finding: Any, texts: dict[str, str], day: date | None) -> bool:
    """Whether a relief whose statement names no length word says how long it held all the
    same: by the day it ended ("good relief until around Christmas"), or in the rest of its
    sentence past a semicolon ("50% relief; lasted ~3 wks", relief_lasting.relief_sentence)."""
    sentence = relief_sentence(finding, texts)
    if sentence == finding.snippet:
        return held_until(sentence, day) is not None
    return told_days(sentence, day) is not None


def _since_procedure(
    finding: Any, spec: dict[str, Any], ctx: Context, dates: dict[str, date | None]
) -> int | None:
    """Days a relief told only by its end held from the prior procedure (relief_since_procedure)."""
    sentence = relief_sentence(finding, ctx.texts)
    return days_since_procedure(sentence, dates.get(finding.note_ref), spec, ctx, finding.when)
