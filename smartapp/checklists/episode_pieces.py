"""The pieces of care a ``care_episode`` (episodes.py) adds up, each an interval with its modality.

Coded procedures, therapy-visit encounters and medications run from their date to their recorded
end (coded_pieces.py); a note's mention of care runs from the start its dates or duration give to
the note's date ("PT x 6 wks", "since mid-July", "3/2-4/20"), or is the note's day alone. What is
no piece of the episode: care the patient chose alone where the criterion asks for
provider-directed care, a drug taken now and then, a topical drug where a systemic one is asked
for, past history with no date, family history.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..notes.session_counts import session_count
from .advised_exercise import advised_only
from .allergy_trials import allergy_line_care
from .applied_to_skin import applied_to_skin, drugs_named
from .as_needed import listed_occasional, occasional_drugs, only_on_list, taken_as_needed
from .before_that_one import NO_DAY, before_that_one
from .calendar_units import in_units
from .care_dates import (
    coarse_span_cut,
    mentioned_interval,
    month_end,
    own_dates,
    range_years,
    through_month,
    year_only,
    year_range,
)
from .care_parts import OwnWords
from .care_piece import Piece
from .care_routes import route_asked
from .context import Context
from .course_lists import earlier_pieces
from .courses import MEDICATION_CONCEPTS, care_days, listed_not_taken, said_stopped
from .discharge_day import discharge_day_dropped
from .ended_on import ended_on, label_day_dropped, visits_up_to
from .finding_dates import note_dates
from .later_stops import later_stop
from .left_at_evaluation import left_at_evaluation, only_referred, referred_undated
from .month_courses import placed_in_month
from .not_had_then import had_dates, not_had_months, said_not_had
from .occasional_use import own_occasional_use, taken_now_and_then
from .ongoing_care import begun_with_joined, ongoing
from .past_course_apart import for_another_episode
from .past_times import runs_to_note
from .planned_therapy import ordered_frequency, planned_course
from .planned_weeks import weeks_planned
from .relevant_findings import finding_cites, relevant_findings
from .season_rounds import months_had
from .since_then import since_then
from .started_this_visit import started_this_visit
from .still_on import still_since
from .stop_goes_on import stopped_after
from .switched_agents import switched_into, switched_on
from .visit_courses import course_of_visits


def note_criterion(spec: dict[str, Any]) -> dict[str, Any]:
    """The note_finding criterion a care_episode reads statements of care with."""
    return {
        "category": spec.get("category", "conservative-treatment"),
        "concepts": spec.get("concepts", ()),
        "same_region": spec.get("same_region", False),
        "exclude_sections": ["family"],
        "assistive_devices": spec.get("assistive_devices", False),
        # ... and the coded allergy list's entries, whose "stopped after 6 weeks" tells of a
        # trial (evidence/allergies.py; allergy_trials.py reads which do).
        "kinds": ("note", "report", "order", "annotation", "allergy"),
    }


def note_pieces(spec: dict[str, Any], ctx: Context) -> list[Piece]:
    """Pieces of care from asserted note mentions."""
    criterion = note_criterion(spec)
    dates = note_dates(ctx)
    systemic = route_asked(spec.get("medications") or {}, ctx) == "systemic"
    out: list[tuple[Any, Piece, bool]] = []
    own = OwnWords(ctx)
    occasional = occasional_drugs(spec, ctx)
    drugs = drugs_named(ctx) if systemic else {}
    texts = {n.ref: n.text or "" for n in ctx.record.all_texts()}
    found = relevant_findings(criterion, ctx)
    # Drugs judged each on its own (step therapy): one switched for another ends where the
    # other begins (switched_agents.py); joined into one episode the switch changes no span.
    apart = bool(spec.get("per_modality"))
    # Statements that order a therapy at a frequency for weeks, none of it had yet ("Ref PT
    # 2x/wk x 6 wks, meloxicam."): the weeks are the order's, no drug's beside it (blind wave
    # 86, LR/sps-02: six weeks of meloxicam counted back from the referral).
    orders = {(f.note_ref, f.snippet) for f in found if ordered_frequency(f)}
    for finding in found:
        # A late entry tells of the visit it names, not the day it was typed ("Late entry for
        # 6/26: PT visit 18/18. ... Acute PT complete" written 6/30: late_entries.py)
        note_date = (finding.copied_from if finding.late_entry else None) or dates.get(
            finding.note_ref
        )
        if not finding.asserted or note_date is None:
            continue
        words = own.part(finding, note_date)
        mentioned = sorted(d for d in own_dates(finding, words, note_date) if d <= note_date)
        mentioned = label_day_dropped(words or finding.snippet, note_date, mentioned)
        # "Meloxicam started 4/28 (had not filled in Jan)": January is when it was not had.
        mentioned = had_dates(mentioned, words or finding.snippet, note_date)
        # "attended 2/24. d/c from PT (non-attendance) 3/3": the discharge is no visit
        mentioned = discharge_day_dropped(mentioned, words or finding.snippet, note_date)
        # "+ HEP ongoing" in an "h/o:" line (ongoing_care.py); a statement of one piece of care
        # has no words of its own apart: its statement's ("currently HEP daily").
        now = ongoing(words if words is not None else finding.snippet)
        if (finding.section == "pmh" or finding.historical) and not (mentioned or now):
            # Past history with no date: not this episode, when the item looks back a while.
            # With no look-back a course told with its length is the step, whenever it was
            # ("Hx: MTX 15 mg weekly x 6 months, inadequate response" met INF-001 and not
            # INF-002's twelve weeks: brief s75-f).
            if spec.get("within_days") is not None or not finding.duration_days:
                continue
        if for_another_episode(finding.snippet, finding.text or ""):
            continue  # "Did chiropractic 'a couple years ago' for a different episode."
        if spec.get("provider_directed") and finding.self_directed:
            continue  # "heating pad + OTC Tylenol" on the patient's own is not directed care
        if spec.get("provider_directed") and own_occasional_use(finding):
            continue  # "Takes tylenol sometimes": the patient's own now and then, not a trial
        beside = drugs.get((finding.note_ref, finding.snippet), ())
        if systemic and applied_to_skin(finding, beside):
            continue  # "Using diclofenac gel": no systemic NSAID trial (not "gel + APAP")
        days = care_days(finding, note_date, words)  # "helped for a few days": the relief's
        if finding.section == "allergies" and not allergy_line_care(
            finding, texts.get(finding.note_ref, "")
        ):
            # "ALLERGIES: naproxen (rash)" is a reaction, not a course of the drug (blind wave
            # 23, CD/kas-03); "gabapentin - dizziness (Feb 2026, stopped after 4 days)", "GI
            # upset after 3 wk trial" tell of a trial, "so he uses tylenol" of care in use.
            continue
        if not (mentioned or days) and listed_occasional(finding, occasional):
            continue  # a med list's "ibuprofen 200 mg tab" the notes say is taken here and there
        if not (mentioned or days) and only_on_list(finding):
            continue  # "Ibuprofen on home med list.": a list entry pointed at, no use told
        if not days and listed_not_taken(finding):
            continue  # "tramadol 50 mg q6h PRN (not taking)": listed, not taken
        if only_referred(finding) or advised_only(finding):
            continue  # "Refer PT.", "advised HEP": care asked for, none had yet
        if not mentioned and not days and referred_undated(finding, texts):
            continue  # "Referred to PT.", "PT referral placed": care sent for, not had
        if mentioned and not days and left_at_evaluation(finding, own.rest_of_line(finding)):
            continue  # "sent for PT in Jan; went to the eval then stopped": a referral's date
        if ordered_frequency(finding):
            continue  # "PT 2-3x/wk x 6 wks.": therapy ordered, as in a plan, none of it done yet
        if days and not mentioned and (finding.note_ref, finding.snippet) in orders:
            days = None  # prescribed with the therapy ordered: that day, its weeks to come
        if days and started_this_visit(finding, bool(mentioned)):
            days = None  # "Start meloxicam 15, PT 6 wks": begun that day, its weeks to come
        planned = planned_course(finding.snippet) or weeks_planned(finding.snippet)
        if planned:
            # "Plan of care 3/10: 2x/wk x 6 wks (12 visits)", "PT eval, plan 2x/wk x 6 wks":
            days = None  # set that day, to come
        if days and finding.concept in MEDICATION_CONCEPTS and taken_now_and_then(finding):
            days = None  # "ibuprofen 'on and off' for a few weeks": no sustained trial
        years = year_range(finding, words, note_date) if mentioned else None
        if years is None and mentioned:
            # A range of years among other dates is another thing's: "treated w/ PT and resolved
            # - pain free 2020-2026" (blind wave 17, AY/inj-02) is no PT up to 2026.
            ranged = range_years(finding, words, note_date)
            mentioned = [d for d in mentioned if d not in ranged] or mentioned[:1]
        stopped = bool(days) and said_stopped(finding)
        if len(mentioned) == 1 and stopped and mentioned[0] > note_date - timedelta(days):
            # "Naproxen from April until it was discontinued in October": the length runs from
            # its start to the note, and the one day, after that start, is the stop's (brief
            # s70-h; the PT "in the summer" beside it had lent it the April).
            if runs_to_note(words or finding.snippet, note_date):
                mentioned, days = [note_date - timedelta(days), mentioned[0]], None
        if mentioned and stopped and days:
            # "started 5/11, stopped it 6/22": no course running on to the note's day.
            days = None if mentioned[0] + timedelta(days) >= note_date else days
        start, end = mentioned_interval(mentioned, days, note_date)
        if len(mentioned) == 1 and days and ended_on(words or finding.snippet, note_date, start):
            # "x 6 wks (ended 2/27)": up to it; "ending 4/3" after the note: on to the note
            start, end = start - timedelta(days=days), min(start, note_date)
        up_to = None
        if len(mentioned) == 1 and not days and not planned:  # "24 PT visits (through 2/20)"
            up_to = visits_up_to(words or finding.snippet, note_date, start)
            start = up_to or start
        if len(mentioned) == 1 and days and not stopped and end == note_date:
            # "AZA started 7/6/26; stopped 8/31": the next statement ends it (stop_goes_on.py).
            # "Aza started 1/5/26, 'not working' -> switched to 6-MP 3/2/26": up to the switch
            # (switched_agents.py), its weeks and the next drug's apart; a stop after it is the
            # next drug's ("-> switched to 6-MP 12/1; stopped 1/15 for rash").
            rest = own.rest_of_line(finding)
            stop = switched_on(finding, rest, note_date, start) if apart else None
            stop = stop or stopped_after(finding, rest, note_date, start)
            # "Aza since 1/5/26. Stopped Aza 3/2/26.": a later statement's (later_stops.py)
            note = texts.get(finding.note_ref, "")
            stop = stop or later_stop(finding, note, note_date, start, apart)
            end, stopped = (stop, True) if stop else (end, stopped)
        # A year alone with no weeks ("PT 2024 x 12 visits") stays on its first day, as a month
        # alone does: a window that begins inside the year leaves it out. It may have been
        # inside, but placed on the year's last day one undated mention would carry an episode
        # up to a year on to later care ("Failed PT 2025, NSAIDs" in February 2026 made 51 days:
        # test_judgement_wave15_year_only), so what counts is a time of its own (weeks, a
        # season, a month), not the year's benefit of the doubt (blind wave 44, FJ/hya-02).
        period = year_only(finding, words, note_date) if days and mentioned else None
        # "Had PT last year which helped": then, as late as it can be, not the note's day
        past = None if mentioned or years is not None else own.past(finding, note_date)
        if past is None and not mentioned:  # "(had 6 mo of PT before that one)": that one's
            past = before_that_one(finding, texts.get(finding.note_ref, ""), note_date, days)
            if past == NO_DAY:
                continue  # before an earlier one the note gives no date: past history
        # "cortisone injections in March and September": from the first month to the last
        # (season_rounds.months_had), not a February note's March to come
        months = (
            None
            if days or years is not None or period is not None or (past and not mentioned)
            else months_had(words or finding.snippet, note_date, finding.text or "", mentioned)
        )
        if months is not None:
            start, end = months
        elif years is not None:
            # "naproxen BID 2024-2025": through its last year (never past the note); weeks
            # stated with it ("x 9 mos 2024-25") begun in its first year, as late as they can.
            start, end = years
            if days:
                end = min(end, date(start.year, 12, 31) + timedelta(days=days))
                start = max(start, end - timedelta(days=days))
        elif period is not None:
            # "Failed PT 2025 (8 wks)": its weeks some time in that year (or season), as late as
            # it ends (blind wave 15, AY/inj-03), not from 1 January.
            end = min(period[1], note_date)
            start = max(period[0], end - timedelta(days=days))
        elif past is not None:
            end = min(past[1], note_date)
            start = max(past[0], end - timedelta(days=days)) if days else end
            rounds = None if days else own.rounds(finding, note_date)
            if rounds is not None:  # "two rounds of PT last year (spring and fall)"
                start, end = rounds
        elif len(mentioned) >= 2:  # "Jul-Sep 2025": through September
            end = max(end, through_month(finding, words, note_date, mentioned[-1]))
            if stopped:  # "stopped after 8 wks (March-April)"; not "Jul-Sep 2025 (10 wks)"
                span = (start, end)
                start, end = coarse_span_cut(finding, words, note_date, mentioned, days, span)
        if apart and len(mentioned) == 1 and not days and not stopped and switched_into(finding):
            # "... switched to leflunomide 12/1/25, continues": on from the switch to the note,
            # unless the next words stop it (switched_agents.py, stop_goes_on.py).
            stop = stopped_after(finding, own.rest_of_line(finding), note_date, start)
            end, stopped = (stop, True) if stop else (note_date, stopped)
        since = since_then(finding, texts.get(finding.note_ref, ""), note_date)
        if since is not None:  # "... 8/2025, tylenol 1 g TID since": on from then (since_then.py)
            start, end, stopped = since, note_date, False
        through = None
        if len(mentioned) == 1 and not days and since is None and months is None:
            # "ESI 5/2026": some day of May
            through = month_end(finding, words, note_date, mentioned[0])
        visits = None
        if (
            (start == end or up_to)
            and len(mentioned) <= 1
            and not (days or planned or past or through)
            and months is None
            and years is None
            and since is None
        ):
            # "Completed 18 PT visits", "PT visit 18/18": weeks of care up to the last visit
            # (visit_courses.py), not the day the count was written
            day = mentioned[0] if mentioned else None
            visits = course_of_visits(finding, words, note_date, day)
            if visits is not None:
                start, end = min(start, visits[0]), visits[1]
        piece = Piece(
            start,
            end,
            finding.concept,
            finding_cites([finding])[0],
            bool(mentioned or days or past or months),
            0 if planned else session_count(finding.snippet),
            stopped and not (mentioned or past),
            through,
            stopped,
            (bool(days) and not (mentioned or past) and not stopped)
            or (visits is not None and not mentioned),
            not (mentioned or days) and (own_occasional_use(finding) or taken_as_needed(finding)),
            placed_in=(period or (past if days else None)) if years is None else None,
            season=past if past is not None and own.in_season(finding) else None,
            # "meloxicam x 2 wks in Sept": its weeks may have begun late in it (month_courses.py)
            late_start=placed_in_month(finding, words, note_date, days) if days else None,
            stated=bool(days) and len(mentioned) < 2 and in_units(words or finding.snippet, days),
            listed=finding.section == "medications" and not (mentioned or days or past),
            by_visits=visits is not None,
        )
        out.append((finding, piece, now))
        # "PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks)": the spring's too
        earlier = earlier_pieces(piece, own.earlier_courses(finding), note_date)
        out += [(finding, course, now) for course in earlier]
    # "... meloxicam." on 1/20, then "(had not filled in Jan)": no January day (not_had_then.py)
    months = not_had_months(found, dates)
    out = [entry for entry in out if not said_not_had(entry[1], entry[0].note_ref, months)]
    # "Still on naproxen + HEP": since the same care an earlier note had in use (still_on.py)
    return begun_with_joined(still_since(out, texts, dates), ctx)
