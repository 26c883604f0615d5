"""Note findings: medspaCy target matching + ConText over each statement of a clinical note.

A note is first cut into statements with their section (:mod:`smartapp.notes.segments`); each
statement is one spaCy doc, so ConText's negation / hypothetical / family scope stays inside the
statement and the work grows linearly with the note. The section adds meaning ConText cannot
see: a family-history section is never the patient's, a past-history section is history, a
statement in a plan section is a plan (and a treatment named there is planned, not tried).
Durations, dates and body regions written in the same statement attach to the finding; how one
statement's findings are found and flagged is :mod:`smartapp.notes.statements`.

Analysis is bounded per note (``MAX_NOTE_CHARS`` and ``NOTE_SECONDS``): past either bound the rest
of the note is not analysed and a warning says how much was, never a silent skip.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .. import lazy_re
from . import cues, memo, tables
from .aside_sides import outside_regions
from .candidate_booked import candidates_booked
from .clause_regions import carry_side, title_regions
from .copied import copied_spans, span_at
from .counseling_offered import counseling_offered
from .counseling_referred import counseling_referred
from .course_arrows import without_course_arrows
from .declined_surgery import declined_surgeries
from .denied_next import denied_next
from .entry_dates import dated_by_entry, entry_time
from .headings import heading_regions, region_headings
from .lines import NoteLines
from .listed_refused import refused_list_items
from .model import CARE_CATEGORIES, PLAN_CATEGORIES, PLANNED_CATEGORIES, NoteFinding, NoteInput
from .muscle_shots import without_muscle_shots
from .other_conditions import without_other_conditions
from .parse import parsed
from .pipeline import first_words, load_targets, pipeline
from .pointed_results import pointer_only_results
from .problems import problem_blocks, problem_regions, remark_regions
from .procedure_headers import procedure_spans
from .programs_unattended import without_unattended_programs
from .refused_next import refused_next
from .relief import relief_spans
from .relief_goals import without_relief_goals
from .remote_contact import remote_contact
from .result_plan_told import result_plans_told
from .ruled_out import ruled_out
from .segments import Segment, segment
from .side_labels import labelled_side
from .single_visits import without_single_visits
from .specialty_titles import without_letter_titles
from .statement_kinds import IMAGING_TITLE
from .statements import statement_findings
from .status_after import status_after
from .status_labels import status_labels
from .study_dates import date_restated_results
from .surgeries_had import surgeries_had
from .surgery_requested import requested_before_evaluation
from .text_cleanup import ocr_dates
from .ticked_boxes import contradicted_ticks
from .ticks_booked import booked_ticks
from .time_told_after import join_times_told_after
from .tumor_gene_lines import without_tumor_gene_lines
from .visit_entry import in_person_from

__all__ = [
    "PLANNED_CATEGORIES",
    "PLAN_CATEGORIES",
    "NoteFinding",
    "NoteInput",
    "find_findings",
    "load_targets",
]

MAX_NOTE_CHARS = 2_000_000
NOTE_SECONDS = 10.0
#: Sections whose statements inherit the body region last named in them (exam grids, results).
_CARRY_SECTIONS = frozenset({"exam", "results"})
_lock = threading.Lock()


def _docs(nlp: Any, segments: list[Segment], words: frozenset[str]) -> Iterable[Any]:
    """spaCy docs for the statements that can hold a target; an empty doc for the others."""
    wanted = [bool(words & set(_WORD.findall(s.text.lower()))) for s in segments]
    texts = (s.text for s, keep in zip(segments, wanted, strict=True) if keep)
    docs = parsed(nlp, texts)
    for keep in wanted:
        yield next(docs) if keep else _EMPTY


class _Empty:
    """A doc with no targets (the statement holds none of their first words)."""

    ents: tuple[Any, ...] = ()


_EMPTY = _Empty()
_WORD = lazy_re.compile(r"[a-z0-9]+")


def _analyse(nlp: Any, note: NoteInput, warnings: list[str] | None) -> list[NoteFinding]:
    text = note.text
    limit = min(len(text), MAX_NOTE_CHARS)
    # "Started PT for the low back. That was 7 weeks ago.": the bare time is the PT's.
    segments = join_times_told_after(text[:limit], segment(text[:limit]), note.date)
    findings: list[NoteFinding] = []
    started = time.monotonic()
    stopped_at = None
    # A statement that names no body region is about the region last named in its section
    # ("Right knee: ..." then "No effusion. McMurray negative."); in an imaging report, about the
    # region the report is of.
    report = bool(IMAGING_TITLE.search(note.title))
    # "Phone note", "Called pt with results"; not "never called PT" (remote_contact.py)
    remote = remote_contact(note.title, text)
    # "Phone note (RN): ... Booked same-day. --- Clinic visit 6/2: ... Exam: ...": from the
    # visit's heading on, the note is the in-person visit's (visit_entry.py)
    visit_at = in_person_from(note.title, text, note.date) if remote else None
    therapy = cues.therapy_document(note.title, text[:300])
    lines = NoteLines(text)
    carried: dict[str, frozenset[str]] = {}
    columns: dict[int, str] = {}  # the measures the last table header row names, by column
    words = first_words()
    relief = relief_spans(text[:limit], note.title)
    headed = region_headings(text[:limit])
    performed = procedure_spans(text[:limit])  # "Procedure: L knee injection" and what it tells
    problems = problem_blocks(text[:limit])  # "2. Primary OA R knee (M17.11)" and what follows
    listed: tuple[int, frozenset[str]] | None = None  # the problem-list statement just before
    previous: tuple[int, int] | None = None  # the statement just before, for its entry's time
    with _lock:  # spaCy pipelines are not documented as thread-safe for concurrent pipe()
        for seg, doc in zip(segments, _docs(nlp, segments, words), strict=True):
            # "(L knee scoped 12/2025, doing well.) PT 8 wks": an aside's side stays in it
            regions = outside_regions(seg.text) or problem_regions(problems, seg.start)
            regions |= title_regions(seg.text)  # "XR SHOULDER LEFT 3 VIEWS: ..." (its side)
            if not regions and seg.section == "problem_list":  # "L shoulder pain - s/p inj"
                regions = remark_regions(text, listed, seg.start)
            listed = (seg.end, regions) if seg.section == "problem_list" else None
            before, previous = previous, (seg.start, seg.end)
            if headed:  # "L KNEE: ... XR today severe medial OA": the knee (headings.py)
                regions = carry_side(regions, heading_regions(seg.start, headed))
            if performed:  # "Procedure: L knee injection" then "Triamcinolone 40 mg injected"
                regions = carry_side(regions, heading_regions(seg.start, performed))
            key = "report" if report else seg.section
            if report or seg.section in _CARRY_SECTIONS:
                regions = carry_side(regions, carried.get(key, frozenset()))
                # "Right TKA well fixed. Left: severe lateral OA": the label's (side_labels.py)
                regions = labelled_side(seg.text, regions)
                carried[key] = regions
            else:
                regions = labelled_side(seg.text, regions)
            row = tables.cells(seg.text)
            header = tables.measure_columns(row) if row else {}
            columns = header or (columns if row else {})
            under = tables.value_cells(row, columns) if row and not header else []
            here = [r for r in relief if seg.start <= r[0] < seg.end]
            held = remote and (visit_at is None or seg.start < visit_at)
            found = statement_findings(note, seg, doc, regions, held, under, therapy, lines, here)
            if any(f.category in CARE_CATEGORIES for f in found):
                # "low back pain (2019, treated w/ PT x6 wks - resolved)": the PT is of 2019.
                entry = entry_time(text, seg.start, seg.end, seg.section, before, note.date)
                found = dated_by_entry(found, entry, note.date)
            findings += found
            if time.monotonic() - started > NOTE_SECONDS:
                stopped_at = seg.end
                break
    analysed = stopped_at if stopped_at is not None else limit
    if analysed < len(text) and warnings is not None:
        warnings.append(
            f"note {note.ref} is too long: the first {analysed // 1000:,} KB of "
            f"{len(text) // 1000:,} KB were analysed"
        )
    # A report header's study date as a scan misread it ("Study date: O1/29/2026"), read.
    spans = copied_spans(ocr_dates(text[:limit]), note.date)
    for index, finding in enumerate(findings if spans else ()):
        span = span_at(finding.start, spans)
        if span:
            findings[index] = replace(finding, copied_from=span.written, late_entry=span.late_entry)
    # A med list line the narrative says was declined or never started (listed_refused.py);
    # a steroid shot into a muscle, no joint injection (muscle_shots.py).
    # Care whose status closes its words ("R knee injection CANCELLED"; status_after.py).
    findings = status_after(text, without_muscle_shots(text, findings))
    # ... or opens a label before a list of it ("Cancelled: PT, naproxen"; status_labels.py).
    findings = status_labels(text, findings)
    # A plan on insurance, the calendar or the patient's wishes, not the result (other_conditions).
    findings = without_other_conditions(text, findings)
    # ... or an arrow that tells a value's or the care's course ("pain 8 -> 3": course_arrows).
    findings = without_course_arrows(text, findings)
    # ... or one whose step its clause turns down or tells as done (result_plan_told.py).
    findings = result_plans_told(text, findings)
    # Care the next clause says never began ("Referred to PT 2/1. Never went."; denied_next.py).
    findings = denied_next(text, findings)
    # ... or a bare refusal after a semicolon turns down ("CSI L knee; pt declined": refused_next).
    findings = refused_next(text, findings)
    # ... or its clause rules out before any trial ("NSAIDs not an option (GI bleed)": ruled_out).
    findings = ruled_out(text, findings)
    # One dietitian visit counted as such is no supervised weight-loss attempt (single_visits).
    findings = without_single_visits(text, findings)
    # ... nor a program enrolled in but attended only at intake (programs_unattended.py).
    findings = without_unattended_programs(text, findings)
    # A candidacy beside the surgery's booked day is the plan made (candidate_booked.py).
    findings = candidates_booked(text, findings, note.date)
    # A surgery its sentence goes on to decline ("TSA discussed; pt declined.": declined_surgery).
    findings = declined_surgeries(text, findings)
    # ... or only requests before the surgeon has seen the patient (surgery_requested.py).
    findings = requested_before_evaluation(text, findings)
    # ... or tells as had ("s/p R TSA", "PSH: R TKA", "POD #2 L THA": surgeries_had.py).
    findings = surgeries_had(text, findings)
    # The orderer's words on hereditary risk beside a referral for counseling (counseling_referred)
    # ... or the service named only by its number, as an offer or put off (counseling_offered).
    findings = counseling_offered(text, counseling_referred(text, findings))
    # A gene's result line under a tumor profile's heading is no germline test (tumor_gene_lines).
    findings = without_tumor_gene_lines(text, findings)
    # A study told only as done with a pointer to its report ("HST done, see media tab").
    findings = pointer_only_results(text, findings)
    # A letter's or a nurse's/RT's note's opening "A/P:" is no practitioner's visit held
    # (specialty_titles.py, staff_titles.py); a relief set as a
    # block's goal ("goal 80% relief") is no relief it gave (relief_goals.py).
    findings = without_relief_goals(text, without_letter_titles(note.title, text, findings))
    return date_restated_results(refused_list_items(text, findings), text)


def find_findings(
    notes: Iterable[NoteInput], warnings: list[str] | None = None
) -> list[NoteFinding]:
    """All findings in the notes, in note order then text order."""
    notes = [note for note in notes if note.text and note.text.strip()]
    if not notes:
        return []
    nlp = pipeline()
    findings: list[NoteFinding] = []
    for note in notes:
        key = memo.key_of(note)
        known = memo.recall(key)
        if known is not None:
            findings += known
            continue
        cut: list[str] = []  # what _analyse says when it stops early (time or size bound)
        found = _analyse(nlp, note, cut)
        if warnings is not None:
            warnings += cut
        if not cut:  # read in full: worth keeping
            memo.keep(key, found)
        findings += found
    # A form's tick the narrative denies (ticked_boxes), or dates after the form (ticks_booked).
    return booked_ticks(notes, contradicted_ticks(notes, findings))
