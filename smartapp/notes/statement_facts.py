"""What one statement says of itself that each of its findings is made with: its durations and
dates, whether it is a plan, an informant's account, a template left unfilled, payer criteria
restated or pasted, a retraction, an injection given under the plan heading.

Each is read at its first use and kept (issue 19, stop 49). A statement's findings all share
them, and many statements have none to make: in a generated folder two statements in five
hold no target, pattern or section finding, and reading all of these for them was ~10 % of
a bundle's CPU. Every reading is a function of the note and the statement alone, so reading it
later, or not at all, changes nothing.
"""

from __future__ import annotations

import re
from functools import cached_property

from . import cues, not_evidence, payer_criteria
from .copy_labels import less_marker_dates
from .durations import Duration, find_dates, find_durations
from .exam_kinds import EXAM_POINTER
from .fall_seasons import season_spans, tumble_told
from .finding_dates import entry_label_date, own_day_label
from .model import NoteInput
from .placeholders import PLACEHOLDER, blank_items, has_placeholder, leftover_only
from .plan_leads import opens_with_bare_plan
from .relative_speaker import any_speaker, is_child, speakers
from .segments import Segment
from .statement_kinds import INJECTION_DONE, INJECTION_OFFERED, reports_done, under_history_label
from .ticked_boxes import only_empty_boxes
from .whose_item import given_away_spans
from .written_dates import DateMention


class StatementFacts:
    """The readings of statement ``seg`` of ``note`` that its findings share, each at first use."""

    def __init__(self, note: NoteInput, seg: Segment) -> None:
        self.note = note
        self.seg = seg

    @cached_property
    def durations(self) -> list[Duration]:
        found = find_durations(self.seg.text, self.note.date)
        seg, note = self.seg, self.note
        seasons = season_spans(seg.text) if found else []
        if seasons and tumble_told(note.text, seg.start, seg.end):
            # "Fell on ice 11/2025." then "Meloxicam since the fall.": that fall (fall_seasons)
            found = [d for d in found if (d.start, d.end) not in seasons]
        return found

    @cached_property
    def longest(self) -> int | None:
        return max((d.days for d in self.durations), default=None)

    @cached_property
    def planned(self) -> bool:
        seg, note = self.seg, self.note
        # A bare "Plan R C4-C6 MBB" with no header opens the plan too (plan_leads.py).
        return (seg.section == "plan" or opens_with_bare_plan(seg.text)) and not (
            reports_done(seg.text, note.date) or under_history_label(note.text, seg.start, seg.text)
        )

    @cached_property
    def mentions(self) -> list[DateMention]:
        # A plan's day without a year is the next one after the note ("Plan: lap sleeve 9/8").
        text, day = self.seg.text, self.note.date
        return [  # "ADDENDUM 2/17/2026: ..." was written that day, not done then
            m for m in find_dates(text, day, self.planned)
            if not entry_label_date(text, m.start, m.end)
            and not own_day_label(text, m.start, m.end, m.when, day)
        ]  # fmt: skip

    @cached_property
    def told(self) -> list[DateMention]:
        # The dates that can date what the statement tells: not a copy marker's (copy_labels.py).
        return less_marker_dates(self.seg.text, self.mentions)

    @cached_property
    def dates(self) -> tuple:
        return tuple(sorted({d.when for d in self.mentions}))

    @cached_property
    def injected(self) -> bool:
        # An injection given at the visit, under the plan heading ("CSI performed today").
        text = self.seg.text
        return self.planned and bool(
            INJECTION_DONE.search(text) and not INJECTION_OFFERED.search(text)
        )

    @cached_property
    def speakers(self) -> list[re.Match[str]]:
        # "Husband: she can't make a phone call": a relative given as the speaker (wave 81);
        # "Mother: she can't follow directions" in a child's note (wave 95, relative_speaker).
        note = self.note
        return list(speakers(self.seg.text, note.sex, is_child(note.born, note.date)))

    @cached_property
    def informant(self) -> bool:
        text = self.seg.text
        return bool(cues.INFORMANT.search(text)) or any_speaker(text, self.speakers)

    @cached_property
    def placeholder(self) -> bool:
        return has_placeholder(self.note.text, self.seg.start, self.seg.end)

    @cached_property
    def leftover(self) -> bool:
        # "ECG: NSR ***": the SmartText's rest after a filled value, no blank (placeholders.py)
        return self.placeholder and leftover_only(self.note.text, self.seg.start, self.seg.end)

    @cached_property
    def blanks(self) -> list[tuple[int, int]] | None:
        # "+ SLR L 35 deg, EHL 4/5, reflexes ***": the blank is the reflexes' own, not the
        # line's; a plan's blank ("SGD training, frequency ***, duration ***") leaves the plan
        # unfilled.
        seg = self.seg
        listed = self.placeholder and seg.section not in ("plan", "goals")
        return blank_items(self.note.text, seg.start, seg.end) if listed else None

    @cached_property
    def boxes_only(self) -> bool:
        # A form line's empty box leaves its own item blank, not a finding ticked beside it; a
        # tick of care stays blank (its trial needs dates the narrative tells: bd0b0a9, reverted).
        return self.placeholder and only_empty_boxes(self.seg.text, PLACEHOLDER)

    @cached_property
    def pointer(self) -> bool:
        return bool(EXAM_POINTER.search(self.seg.text))

    @cached_property
    def restated(self) -> int | None:
        text = self.seg.text
        if payer_criteria.bare_claim(text, bool(self.mentions or self.durations)):
            return 0  # "... has failed supervised weight loss and meets all criteria"
        return payer_criteria.restated_from(text)  # "CareSource requires ...": no evidence

    @cached_property
    def retracted(self) -> list[tuple[int, int]]:
        start, text = self.seg.start, self.seg.text
        # ... and what a remark gives to someone else ("pt says that was her sister's": whose_item)
        spans = not_evidence.retracted_spans(text) + given_away_spans(text)
        return [(start + a, start + b) for a, b in spans]

    @cached_property
    def pasted(self) -> bool:
        return payer_criteria.pasted_criteria_near(self.note.text, self.seg.start, self.seg.end)
