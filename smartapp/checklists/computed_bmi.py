"""``computed_bmi``: the body mass index worked out from a weight and a height taken together,
where the record gives both but no BMI (blind wave 24, CG/bar-03: Observations "Body weight 118
kg" and "Body height 169 cm" of 4/14, and the consult's "Wt 118 kg, Ht 169 cm.", are a BMI of
41.3, which a payer's "BMI of 40 or more" reads as the clinic's own figure would be).

BMI = kg / m², to one decimal as clinics report it. A weight and a height pair only when taken
on one day: two Observations (LOINC 29463-7 or 3141-9 weight in kg, g, lb or oz; 8302-2, 3137-7,
8306-3 or 8308-9 height in cm, m, mm, in or ft, or as text like "5' 5\\"" where a vendor sends
a ``valueString``: blind wave 46, FQ/bariatric-01) of that day, or one note's readings of its day
(``smartapp.notes.body_size``: "Ht 5'4\\" Wt 217 lb", "118 kg, 169 cm"). A height of last year
and today's weight are no BMI. A day with several different weights or heights pairs only the
readings written on one line. A day whose BMI was charted or written stands on that figure: the
clinic's rounding, not ours, decides its side of a threshold (``note_value``/``has_observation``
read it); a note's whole-number BMI with no weight or height beside it is a letter's claim, not
the day's figure (``rounded_values`` sets it aside when the weighing rounds to it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.body_size import TO_KG, TO_M, UNCLEAR, Reading, readings, written
from ..notes.captioned_times import captioned_earlier
from ..notes.measure_values import EARLIER_BMI
from .context import FINAL, MAX_EVIDENCE, Context, Outcome, cite
from .reading_times import dated_ago
from .unread_notes import named, unread_texts

_WEIGHT = frozenset({"29463-7", "3141-9"})
_HEIGHT = frozenset({"8302-2", "3137-7", "8306-3", "8308-9"})
_BMI = frozenset({"39156-5"})
#: UCUM codes (and the unit words vendors send) → factor to kilograms or metres: the notes'
#: table (body_size.TO_KG, TO_M) and the UCUM codes of its customary units.
_TO_KG = TO_KG | {"[lb_av]": TO_KG["lb"], "lbs": TO_KG["lb"], "[oz_av]": TO_KG["oz"]}
_TO_M = TO_M | {"[in_i]": TO_M["in"], "[ft_i]": TO_M["ft"]}
#: A note that writes a BMI with its number ("BMI 37.2", "body mass index: 41"); the decimals
#: that make it the clinic's exact figure. A BMI written as approximate ("BMI ~35", "BMI approx
#: 35") is no figure the clinic worked out: the weight and height beside it are (blind wave 30,
#: DG/bariatric-02: "Wt 98.0 kg, Ht 167.5 cm, BMI ~35" is 34.9). Nor is a BMI written as a
#: bound ("BMI >40 since 2019", "BMI over 35"): a threshold, which ``note_value`` reads as no
#: reading either (measure_values._COMPARATOR), so the day's weighing is its figure (blind
#: wave 37, EI/bariatric-01: "BMI >40 since 2019" over "Ht 5'7", Wt 261 lb", 40.9).
_STATED = lazy_re.compile(
    r"\b(?:bmi|body mass index)\b(?!\W{0,3}(?:~|\u2248|approx|about|around|roughly|nearly"
    r"|[<>\u2264\u2265]|over\b|above\b|under\b|below\b|greater\b|less\b|more than\b))"
    r"\W{0,3}(?:of|is|was|=)?\s*\d+(\.\d)?",
    re.IGNORECASE,
)


#: The measure's name where a finding starts: a reading written with it, not a table's cell.
_NAMED = lazy_re.compile(r"bmi\b|body mass index", re.IGNORECASE)


def _quantity(item: Any, what: str) -> float | None:
    """The weight (kg) or height (m) an Observation gives."""
    string = item.raw.get("valueString")
    if isinstance(string, str) and not item.raw.get("valueQuantity"):
        # A vendor that charts the reading as text ("5' 5\"", "262 lb"): read as a note's.
        return written(what, string)
    factors = _TO_KG if what == "weight" else _TO_M
    quantity = item.raw.get("valueQuantity") or {}
    for unit in (quantity.get("code"), quantity.get("unit"), item.unit):
        factor = factors.get(str(unit or "").strip().lower())
        if factor is not None and item.value is not None:
            return item.value * factor
    return None


def _charted(ctx: Context) -> tuple[dict[date, list[tuple[str, float, str]]], set[date]]:
    """Weights and heights of final Observations by day (kind, kg or m, reference), and the
    days a BMI was charted."""
    by_day: dict[date, list[tuple[str, float, str]]] = defaultdict(list)
    bmi_days: set[date] = set()
    for item in ctx.record.of("Observation"):
        if item.date is None or item.status not in FINAL:
            continue
        codes = {c.code for c in item.codes}
        if codes & _BMI:
            bmi_days.add(item.date)
        elif codes & _WEIGHT and (kg := _quantity(item, "weight")) is not None:
            by_day[item.date].append(("weight", kg, item.ref))
        elif codes & _HEIGHT and (metres := _quantity(item, "height")) is not None:
            by_day[item.date].append(("height", metres, item.ref))
    return by_day, bmi_days


def _pairs(found: list[Reading]) -> list[tuple[Reading, Reading]]:
    """The weight and height of one day: the only ones, else those sharing a line."""
    weights = [r for r in found if r.what == "weight"]
    heights = [r for r in found if r.what == "height"]
    if len({r.value for r in weights}) == 1 and len({r.value for r in heights}) == 1:
        return [(weights[0], heights[0])]
    out = []
    for line in {r.line for r in found}:
        here = [r for r in found if r.line == line]
        kinds = [r.what for r in here]
        if kinds.count("weight") == 1 and kinds.count("height") == 1:
            out.append(tuple(sorted(here, key=lambda r: r.what != "weight")))
    return out  # type: ignore[return-value]


def _read_at(ctx: Context, ref: str) -> dict[int, float] | None:
    """Where the note analysis read a BMI with its value in the note at ``ref`` (None: no note
    analysis). A BMI this module takes as written but the notes' reader could not read (a
    label and value it does not parse) would set the day's weighing aside for a figure that no
    criterion counts: the day then had no BMI with the note read, and the Observations' one
    with it unread, so an unread note made the item met (bench/unread.py, invariant a; blind
    wave 85, LN/bariatric-03's "BMI | 37.2" before measure_values read table cells)."""
    if ctx.record.findings is None:
        return None
    return {
        f.start: f.value for f in ctx.record.findings
        if f.note_ref == ref and f.concept == "bmi" and f.value is not None
    }  # fmt: skip


def _clinic_figure(
    text: str, weighed: list[Reading], earlier: set[int], read: dict[int, float] | None = None
) -> bool:
    """The note writes its day's BMI as the clinic figured it: with its decimals, or beside a
    weight or height it took. A whole number alone ("has a BMI of 35 with hypertension" in a
    letter of medical necessity) weighs nobody: it hides no weighing of its day (blind wave
    28, CW/bar-02). A BMI of another time is not the day's (``earlier``, where the note dates
    it before its day; or named so: "peak BMI 44", measure_values.EARLIER_BMI): "Wt 260 lb, Ht
    5'8\" (peak BMI 44 in 2023)" is a BMI of 39.5 today (brief s73-d)."""
    stated = [
        m for m in _STATED.finditer(text)
        if m.start() not in earlier
        and not EARLIER_BMI.search(text, max(0, text.rfind("\n", 0, m.start())), m.start())
        and (read is None or any(m.start() <= at < m.end() for at in read))
    ]  # fmt: skip
    if any(m[1] for m in stated) or bool(stated and weighed):
        return True
    # A BMI the reader found where no "BMI 37.2" is written: a table's value row under its
    # "Weight | Height | BMI" header (tables.py) is the clinic's figure as surely.
    # A name written there is no such cell: "BMI ~35" is the approximate figure _STATED leaves
    # to the weighing (blind wave 30, DG/bariatric-02).
    cells = [
        value for at, value in (read or {}).items()
        if at not in earlier and not _NAMED.match(text, at)
    ]  # fmt: skip
    return any(value != int(value) for value in cells) or bool(cells and weighed)


def _dated_earlier(ctx: Context, ref: str, day: date | None, text: str) -> set[int]:
    """Where the note at ``ref``, written on ``day``, names a BMI its statement dates before
    that day ("216 lb (down from 225 in March '25 when BMI was 36.1)"), or its own clause places
    in a past time no date gives ("(BMI 36 last year.)", "BMI 41 ~18 months ago": note_value
    dates those readings so, reading_times.dated_ago). Such a BMI is no figure of the note's
    day, so the weight and height it took are (brief s82-bmi, blind wave 97,
    NJ/surgery-bariatric-02: "Wt 97.0 kg, Ht 166.7 cm. (BMI 36 last year.)" is 34.9)."""
    if day is None:
        return set()
    return {
        f.start for f in ctx.record.findings or ()
        if f.note_ref == ref and f.concept == "bmi"
        and (when := dated_ago(f, text, {ref: day}).when) and when < day
    }  # fmt: skip


def _bmi(kg: float, metres: float) -> float:
    return round(kg / metres**2, 1)


def worked_out(ctx: Context, within: int | None) -> list[tuple[float, date, dict[str, str]]]:
    """Every BMI the weights and heights give, of notes written in the window (``within``
    days) and all Observations: (BMI, day, citation)."""
    by_day, bmi_days = _charted(ctx)
    out = []
    for note in ctx.record.all_texts():
        if note.kind not in ("note", "report") or note.not_fetched:
            continue
        if not ctx.in_window(note.date, within) or not (text := note.text):
            continue
        # A weighing under another visit's caption ("Previous visit 06/2024 vitals:" over a
        # table) is that visit's (captioned_times.py).
        weighed = [r for r in readings(text, note.date)
                   if not captioned_earlier(text, r.start, note.date)]  # fmt: skip
        earlier = _dated_earlier(ctx, note.ref, note.date, text) | {
            m.start() for m in _STATED.finditer(text)
            if captioned_earlier(text, m.start(), note.date)
        }  # fmt: skip
        # The note's own BMI stands for its day.
        if _clinic_figure(text, weighed, earlier, _read_at(ctx, note.ref)):
            bmi_days.update([note.date] if note.date else [])
            continue
        days: dict[date, list[Reading]] = defaultdict(list)
        for reading in weighed:
            if reading.day not in (None, UNCLEAR):
                days[reading.day].append(reading)
        for day, found in days.items():
            for weight, height in _pairs(found):
                start, end = min(weight.start, height.start), max(weight.end, height.end)
                quote = f"{text[start:end]} (BMI {_bmi(weight.value, height.value):g})"
                out.append((_bmi(weight.value, height.value), day,
                            cite(f"{note.ref}#{start}-{end}", quote)))  # fmt: skip
    for day, items in by_day.items():
        weights = {v for kind, v, _ in items if kind == "weight"}
        heights = {v for kind, v, _ in items if kind == "height"}
        if len(weights) == 1 and len(heights) == 1 and day not in bmi_days:
            value = _bmi(weights.pop(), heights.pop())
            refs = " and ".join(ref for _, _, ref in items)
            out.append((value, day, cite(items[0][2], f"{refs} on {day}: BMI {value:g}")))
    return [entry for entry in out if entry[1] not in bmi_days]


def _unread_that_day(inside: list[tuple[float, date, dict[str, str]]], ctx: Context) -> str | None:
    """The unread notes written on the days of Observation-worked BMIs that ``inside`` needs,
    when no note's own weighing is among them: read, such a note's BMI would set the day's
    weighing aside (``worked_out``), so it could hold the figure that decides the threshold
    (bench/unread.py, invariant a: blind wave 85, LN/bariatric-03's pre-op note gave the BMI
    the Observations' weighing was set aside for). None when a note's reading meets it."""
    if any(not quoted["reference"].startswith("Observation/") for _, _, quoted in inside):
        return None
    days = {day for _, day, _ in inside}
    unread = [n.ref for n in unread_texts(ctx) if n.date in days]
    return named(unread) if unread else None


def computed_bmi(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Met when a BMI worked out from one day's weight and height lies within ``value``."""
    bounds = spec.get("value") or {}
    within = spec.get("within_days")
    what = f"weights with heights of the same day {ctx.window_text(within)}"
    found = [entry for entry in worked_out(ctx, within) if ctx.in_window(entry[1], within)]
    inside = [
        entry for entry in found
        if bounds.get("min", entry[0]) <= entry[0] <= bounds.get("max", entry[0])
    ]  # fmt: skip
    if inside:
        cites = [quoted for _, _, quoted in inside[:MAX_EVIDENCE]]
        unread = _unread_that_day(inside, ctx)
        if unread:
            return Outcome(
                "unknown", cites,
                f"Found a BMI worked out from {what}. Not judged: a note of that day that could "
                f"not be read may give the clinic's own BMI, which stands for the day ({unread}).",
                [day for _, day, _ in inside],
            )  # fmt: skip
        return Outcome("met", cites, f"Found a BMI worked out from {what}.",
                       [day for _, day, _ in inside])  # fmt: skip
    if found:
        shown = ", ".join(f"{value:g}" for value, _, _ in found[:5])
        return Outcome("missing", [], f"Searched {what}: BMI {shown}, outside {bounds}.")
    return Outcome("missing", [], f"Searched {what}: none found.")
