"""Plans of care in force: a plan whose stated period covers the day of the request.

A therapy or home-health plan of care is certified for a period ("Plan of care ... (02/02-07/20/
2026)", "Cert period 3: 09/15/2026 - 11/13/2026"). While that period runs, the plan is the one in
force however long ago it was written, and treatment notes only say "continue POC" (blind waves 9
and 10: a 24-week plan signed 140 days before the request was called missing). A criterion with
``in_force: true`` therefore also counts findings from a note that states a plan period covering
``as_of``; a period that ended before it (a lapsed plan) does not extend anything. With
``in_force: service`` the day is the requested service's start when that comes later (blind wave
13: a home-health certification to 3/05 is no plan for PT asked for from 3/09).

The converse (blind wave 11): a note whose plan periods all ended before ``as_of`` is about a
lapsed plan ("Cert period 3/2-4/30 ended. Recert requested PT 2x/wk"): it does not count under
``in_force``. The plan itself must be on record and in force. Statements that are no plan of
their own (a pointer at one, a goal graded, a template left "***") are read in not_a_plan.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from .. import lazy_re
from ..evidence.dates import parse_date
from ..evidence.record import Note
from ..notes.calendar_days import numeric_date
from .context import Context
from .note_heading import first_text_line
from .plan_through import goal_periods, labelled_periods, lasting_periods, line_periods
from .plan_weeks import certified_periods, weeks_ran_out
from .plans_ahead import RECERT_DAYS, next_plan_on_record, recert_not_due
from .recert_next import recertified_periods

#: CarePlan statuses of a plan the practitioner has made (has_careplan counts the same).
_SIGNED_PLAN = frozenset({"active", "completed", "on-hold"})
#: How far back a plan's note can be and still be in force (a lookback bound for fetching).
LONGEST_PLAN_DAYS = 365
_PLAN_WORDS = lazy_re.compile(
    r"\b(?:plan of care|poc|cert(?:ification)? period|certified|re-?cert\w*|episode|"
    r"authori[sz]ation period)\b",
    re.IGNORECASE,
)
_RANGE = lazy_re.compile(
    r"(?P<a>\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?)\s*(?:-|–|to|through|thru)\s*"
    r"(?P<b>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\b|"
    r"(?P<ia>\d{4}-\d{2}-\d{2})\s*(?:-|–|to|through|thru)\s*(?P<ib>\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)


def _periods(line: str) -> Iterable[tuple[date, date]]:
    for match in _RANGE.finditer(line):
        if match["ia"]:
            start, end = parse_date(match["ia"]), parse_date(match["ib"])
        else:
            end = numeric_date(match["b"])
            start = numeric_date(match["a"], end.year) if end else None
            if start is not None and end is not None and start > end and match["a"].count("/") == 1:
                start = numeric_date(match["a"], end.year - 1)  # "11/10-02/07/2026"
        if start is not None and end is not None and start <= end:
            yield start, end


#: A period on a line of its own under the plan's heading: "HOME HEALTH CERTIFICATION AND PLAN OF
#: CARE - RECERTIFICATION" then "Period: 11/14/2025 - 01/12/2026." (blind wave 21, BU/hh-02: the
#: lapsed plan counted for the next period's visits). Only in a text that names a plan: a bare
#: "Period:" elsewhere may be anything's.
_PERIOD_LABEL = lazy_re.compile(
    r"^\W*(?:(?:[a-z-]+\s+){0,2}?period\s*(?:\(\w+\)\s*)?:"
    # ... or headed by the certification itself: "Cert 05/11/2026-07/09/2026." under "HOME
    # HEALTH PLAN OF CARE (signed)" (blind wave 45, FP/homehealth-03: the start of care unread).
    r"|cert(?:ification)?(?:\s+dates?)?\s*[:#]?\s*(?=\d))",
    re.IGNORECASE,
)


#: A treatment plan's heading ("Plan:", "Treatment plan:"), for goals whose heading states the
#: plan's length: the note plans care, so its goals' months are the plan's.
_PLAN_HEADING = lazy_re.compile(
    r"^\W*(?:(?:treatment|tx|therapy|updated|revised)\s+)?plan\s*:", re.IGNORECASE | re.MULTILINE
)


def names_plan(text: str) -> bool:
    """Whether ``text`` names a plan of care or a certification ("Home Health Plan of Care")."""
    return bool(_PLAN_WORDS.search(text))


def stated_periods(text: str, written: date | None = None) -> list[tuple[date, date]]:
    """The periods stated on the lines of ``text`` that name a plan of care or certification;
    with ``written`` (the note's date), also periods written without years, in its year, and on
    other lines those a visit rate runs to ("Continue 2x/wk through 6/30": plan_through)."""
    periods: list[tuple[date, date]] = []
    planned = names_plan(text)
    for line in text.splitlines():
        named = bool(_PLAN_WORDS.search(line) or (planned and _PERIOD_LABEL.match(line)))
        # "x 24 wks (through 10/19/2026)", "9/2025-5/2026"; unnamed, "Continue 2x/wk thru 6/30"
        periods += line_periods(line, written, named=named)
        if named:
            periods += _periods(line)
            if written is not None:
                periods += _yearless_periods(line, written)
    return periods


def states_plan_in_force(text: str, on: date, written: date | None = None) -> bool:
    """True when a line of ``text`` that names a plan of care or certification states a period
    running on ``on`` (with ``written``, the note's date, also one it states by its end, or by
    its weeks: "POC 2x/wk x 24 wks"; plan_through.py)."""
    lasting = lasting_periods(text, _PLAN_WORDS, written)
    if names_plan(text) or _PLAN_HEADING.search(text):
        lasting += goal_periods(text, written)  # "Goals (6 mo):" in a note that plans care
    periods = [*stated_periods(text, written), *labelled_periods(text, written)]
    periods += recertified_periods(text, written, periods)  # the next period a recert certifies
    return any(a <= on <= b for a, b in [*periods, *lasting])


def notes_in_force(ctx: Context, refs: Iterable[str], on: date | None = None) -> set[str]:
    """Those of ``refs`` (note references) whose text states a plan period running on ``on``
    (default as_of; ``Context.in_force_on``)."""
    wanted, on = set(refs), on or ctx.as_of
    return {
        note.ref
        for note in ctx.record.all_texts()
        if note.ref in wanted and note.text and states_plan_in_force(note.text, on, note.date)
    }


_YEARLESS = lazy_re.compile(
    r"\b(?P<a>\d{1,2})/(?P<ad>\d{1,2})\s*(?:-|–|to|through|thru)\s*"
    r"(?P<b>\d{1,2})/(?P<bd>\d{1,2})\b(?!/)"
)


def _yearless_periods(line: str, written: date) -> Iterable[tuple[date, date]]:
    """ "Cert period 3/2-4/30" in a note of 5/1/2026: the dates in the note's year (a period
    starting months after the note is last year's)."""
    for match in _YEARLESS.finditer(line):
        try:
            start = date(written.year, int(match["a"]), int(match["ad"]))
            end = date(written.year, int(match["b"]), int(match["bd"]))
        except ValueError:
            continue
        if start > end:  # "11/10-2/7": the period began the year before it ended
            start = start.replace(year=start.year - 1)
        if start > written + timedelta(days=60):  # "11/10-12/31" in January: last year's
            start, end = start.replace(year=start.year - 1), end.replace(year=end.year - 1)
        yield start, end


def states_plan_lapsed(
    text: str, on: date, written: date | None = None, *, weeks: bool = False
) -> bool:
    """True when ``text`` states plan or certification periods and every one ended before
    ``on`` (a period not yet begun is a plan to come, not a lapsed one; nor is the next period a
    recertification certifies: recert_next.py). A period written without years is read in the
    year of ``written``, the note's date. With ``weeks``, a plan of care's rate and weeks are
    its period too ("POC: 2x/wk x 8 wks": plan_weeks.py)."""
    periods = [*stated_periods(text, written), *labelled_periods(text, written)]
    periods += recertified_periods(text, written, periods)
    periods += certified_periods(text, written) if weeks else []
    return bool(periods) and all(end < on for _start, end in periods)


def notes_lapsed(
    ctx: Context, refs: Iterable[str], *, when_written: bool = False, on: date | None = None
) -> set[str]:
    """Those of ``refs`` whose text states only plan periods that ended before ``on`` (default
    as_of; ``Context.in_force_on``) — or, with
    ``when_written``, before the note itself was written (a note about a plan already lapsed:
    "Cert period 3/2-4/30 ended. Recert requested" on 5/1; a plan of care written for its
    period was in force on its day)."""
    wanted, texts = set(refs), ctx.record.all_texts()
    return {
        note.ref
        for note in texts
        if note.ref in wanted
        and note.text
        and (day := note.date if when_written else on or ctx.as_of) is not None
        and (states_plan_lapsed(note.text, day, note.date) or _amends_lapsed_plan(note, texts, day)
             or _within_lapsed_careplans(note, ctx, day)
             or weeks_ran_out(note, texts, day, states_plan_lapsed, states_plan_in_force))
        and (when_written or not _next_period_asked(note, ctx))
    }


def _next_period_asked(note: Note, ctx: Context) -> bool:
    """Whether a period ``note`` states is followed at once by the requested service, asked for
    before its recertification is due (plans_ahead.recert_not_due): the plan in force is the one
    for the request, as for a CarePlan ("Cert period: 01/03/2026 - 03/03/2026 (recert #1)" on a
    signed plan document, a recert from 3/04 asked for on 2/20: blind wave 59,
    HP/home-health-02). Not when the next period's own plan is on record, drafted or sent for
    signature ("PLAN OF CARE 06/03/2026-08/01/2026 sent to physician for signature": blind wave
    22, CB/hh-02): that plan is the request's, and it must be signed."""
    text, written = note.text or "", note.date
    ends = [end for _, end in (*stated_periods(text, written), *labelled_periods(text, written))]
    # A day short of the last five: a request on their eve is left to the next plan, as the
    # reading of CB/hh-02 holds (blind wave 22: asked 5/28 for a period ending 6/2, its recert
    # plan for 6/3-8/1 on record unsigned), unless no next plan is begun at all: the running
    # plan is then the only one (blind wave 85, LN/home-health-03; next_plan.py).
    eve = timedelta(days=RECERT_DAYS)
    if not any(recert_not_due(end, ctx)
               and (ctx.as_of < end - eve or not next_plan_on_record(end, ctx))
               for end in ends):  # fmt: skip
        return False
    # (the order's own words state the period it asks for, not a plan for it)
    starts = {start for t in ctx.record.all_texts() if t.text and t.kind != "order"
              for start, _ in stated_periods(t.text, t.date)}  # fmt: skip
    starts |= {plan.date for plan in ctx.record.of("CarePlan")}
    return ctx.service_date not in starts


def _within_lapsed_careplans(note: Note, ctx: Context, on: date) -> bool:
    """Whether ``note`` states no plan period of its own, was written while (or before) the
    record's signed plans of care charted as CarePlans ran, and all of them ended before ``on``:
    its "Home health recert: SN 3x/wk" or "recert." is about those plans, the newest of which
    lapsed (blind wave 37, EI/homehealth-02: the recertification it asked for is that CarePlan,
    ended 10/16; DI/homehealth-02: "Plan: continue home PT; recert." the day before the plan
    ended). A recertification for the next period is its own signed plan, not this note."""
    if note.date is None or note.ref.startswith("CarePlan/"):
        return False
    if stated_periods(note.text or "", note.date) or labelled_periods(note.text or "", note.date):
        return False
    ends = [plan.end for plan in ctx.record.of("CarePlan")
            if plan.status in _SIGNED_PLAN and plan.end is not None]  # fmt: skip
    return bool(ends) and max(ends) < on and note.date <= max(ends)


#: An order that amends the plan of care in force rather than certifying one: "INTERIM PHYSICIAN
#: ORDER 10/20/2026 ... Continue PT per plan, decrease to 2w4" (blind wave 23, CC/hh-02, filed
#: under the plan-of-care document type), "Supplemental order", "Verbal order", "Order change".
_AMENDMENT = lazy_re.compile(
    r"^\W*(?:(?:interim|supplemental|verbal|telephone)\s+(?:(?:physician|md|provider)\s+)?"
    r"orders?|order\s+(?:change|update))\b",
    re.IGNORECASE,
)


def amends_plan(note: Note) -> bool:
    """Whether ``note`` is an order that amends a plan of care (by its title or first line)
    and states no period of its own: the plans running on its day give its period."""
    if not (_AMENDMENT.match(note.title or "") or _AMENDMENT.match(first_text_line(note.text))):
        return False
    return not stated_periods(note.text or "", note.date)


def running_periods(note: Note, texts: Sequence[Note]) -> list[tuple[date, date]]:
    """The plan periods other read texts state that run on ``note``'s day."""
    if note.date is None:
        return []
    return [
        (start, end)
        for other in texts
        if other.ref != note.ref and other.text
        for start, end in stated_periods(other.text, other.date)
        if start <= note.date <= end
    ]


def _amends_lapsed_plan(note: Note, texts: Sequence[Note], on: date) -> bool:
    """Whether ``note`` is an order that amends a plan, states no period of its own, and every
    plan period running on its day ended before ``on``: it lapses with the plan it changes (a
    change to a certification ending 11/19 is no plan for visits from 11/20)."""
    if note.date is None or not amends_plan(note):
        return False
    running = [end for _start, end in running_periods(note, texts)]
    return bool(running) and all(end < on for end in running)
