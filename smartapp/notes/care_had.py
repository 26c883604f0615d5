"""Whether the care a statement names was had, by the cues around the matched target: therapy
referred but never begun, left unattended or no-showed, a drug avoided, screened for, offered,
proposed or prescribed, or taken on the patient's own; a repeat block reported as given
(repeat_injections.py). Split out of flag_corrections.py, which corrects a spaCy target's
ConText flags in one pass and calls this at the same point of it (the corrections after this
one read the flags it leaves).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from . import cues, not_evidence
from .care_done_apart import done_apart, failed_before
from .care_proposed import proposed_before
from .clauses import clause_of
from .discharged_care import discharged_after_care, discharged_unattended
from .lines import NoteLines
from .member_reach import reach_ends_before, status_in_member
from .missed_evaluations import missed_evaluation
from .missed_visits import denied_only_by_no_show, missed_beside_held
from .model import CARE_CATEGORIES
from .repeat_injections import repeat_injection_done
from .scheduled_kept import kept_visits, scheduled_then_kept
from .segments import Segment
from .self_directed import self_directed
from .sentence_position import quoted

#: Labels ("category|concept", several joined by ";") of care a patient may have chosen alone.
CARE = lazy_re.compile(rf"(?:^|;)(?:{'|'.join(map(re.escape, sorted(CARE_CATEGORIES)))})\|")


def correct_care_flags(
    ent: Any,
    label: str,
    seg: Segment,
    note_text: str,
    lines: NoteLines,
    care: list[int],
    flags: dict[str, bool],
) -> None:
    """Correct, in place, the ``flags`` of ``ent`` (one of its labels) for whether the care it
    names was had; ``care``: where the statement's care targets start."""
    before = seg.text[: ent.start_char]
    if CARE.match(label):  # how far a list member's status reaches (member_reach.py)
        for flag, category in (("negated", "NEGATED_EXISTENCE"), ("hypothetical", "HYPOTHETICAL")):
            if flags.get(flag) and reach_ends_before(ent, category):
                flags[flag] = False  # "Naproxen x 8 wks, PT hasn't started": the PT's status
        status = status_in_member(seg.text, ent.start_char, ent.end_char)
        if status:
            flags[status] = True  # "NSAIDs tried, PT not yet": the PT not had
    if label.startswith("conservative-treatment|") and cues.never_begun_in(
        note_text, seg.start + ent.start_char
    ):
        flags["negated"] = True  # "referred to PT but never scheduled"
    elif label in not_evidence.ATTENDED_THERAPIES and discharged_unattended(
        seg.text, note_text, seg.start + ent.start_char
    ):
        flags["negated"] = True  # "PT Discharge Summary: Pt never attended; discharged ..."
    elif label.startswith("conservative-treatment|") and cues.NO_SHOW.search(seg.text):
        # "no-showed 3/16" is no care; "d/c'd from PT per attendance policy" is therapy had and
        # left (discharged_care.py), its no-show words no denial of the visits before it.
        # "attended 12 (2 no-shows over holidays)", "(11 visits, 1 no-show)" count the visits
        # kept beside those missed (scheduled_kept.py, missed_visits.py), and then deny no
        # other care the statement names either: "(11 visits, 1 no-show), naproxen".
        missed_only = kept_visits(seg.text) or missed_beside_held(seg.text)
        if label in not_evidence.ATTENDED_THERAPIES:
            flags["negated"] = not (
                missed_only
                or discharged_after_care(seg.text, note_text, seg.start + ent.start_char)
            )
        else:
            flags["negated"] = not (missed_only and denied_only_by_no_show(ent))
    if missed_evaluation(label, seg.text):
        flags["negated"] = True  # "OT seating evaluation - pt did not show" (missed_evaluations)
    if flags.get("hypothetical") and CARE.match(label) and done_apart(ent):
        flags["hypothetical"] = False  # "Surgery recommended, PT completed x 6 wks" (s72-c)
    elif (
        flags.get("hypothetical")
        and CARE.match(label)
        and _kept_as_scheduled(ent, note_text, seg.start + ent.start_char, seg.start, care)
    ):
        flags["hypothetical"] = False  # "PT 14 visits scheduled 10/28-12/19, attended 12"
    if label in cues.AVOIDABLE and cues.AVOIDED.search(clause_of(seg.text, ent.start_char)):
        flags["negated"] = True  # "Oral NSAIDs avoided (on apixaban)"
    if CARE.match(label) and not_evidence.screened_for(before, seg.text[ent.end_char :]):
        flags["hypothetical"] = True  # "QFT negative 3/30 (pre-MTX screen)": not the drug
    if CARE.match(label) and not_evidence.offered_after(seg.text[ent.end_char :]):
        flags["hypothetical"] = True  # "Azathioprine was offered in December"
    elif CARE.match(label) and proposed_before(seg.text, ent.start_char, ent.end_char):
        flags["hypothetical"] = True  # "Suggested trial of PT and ibuprofen; pt prefers to wait"
    if label in not_evidence.ATTENDED_THERAPIES and not_evidence.therapy_prescribed(
        before, seg.text[ent.end_char :]
    ):
        flags["hypothetical"] = True  # "Rx: PT eval and treat": the therapy asked for
    if flags.get("hypothetical") and CARE.match(label) and failed_before(seg.text, ent.start_char):
        # "Surgery recommended after failed PT x 6 wks": the recommendation (ConText, or
        # care_proposed's words before the care) is the surgery's; the PT failed (s72-w6).
        flags["hypothetical"] = False
    if flags.get("hypothetical") and repeat_injection_done(
        ent, label, note_text, seg.start + ent.end_char
    ):
        flags["hypothetical"] = False  # "Repeat R L4-5 MBB with lidocaine. Pre 7, post 1/10"
    if CARE.match(label):  # "ibuprofen 600 mg OTC on his own" (self_directed.py)
        flags["self_directed"] = self_directed(
            seg.text,
            ent.start_char,
            care,
            flags.get("self_directed", False),
            quoted(lines, seg, before),
        )


def _kept_as_scheduled(ent: Any, note_text: str, at: int, seg_start: int, care: list[int]) -> bool:
    """Whether every cue that put ``ent`` ahead is a word of booking ("scheduled") and its
    sentence in ``note_text``, from the care (at ``at``) to the next care its statement names
    (``care``: starts from ``seg_start``), says the visits booked were then kept, past a
    semicolon too ("OT scheduled x10 visits; completed 9"): scheduled_kept.py, blind wave 83,
    LE/occupational-work-rehab-01."""
    cues_ahead = [ent.doc[slice(*m.modifier_span)].text for m in ent._.modifiers
                  if m.category == "HYPOTHETICAL"]  # fmt: skip
    if not cues_ahead or not all(re.search(r"\bsched", c, re.IGNORECASE) for c in cues_ahead):
        return False
    sentence, low = cues.sentence_at(note_text, at)
    later = [seg_start + c - at for c in care if seg_start + c > at]
    return scheduled_then_kept(note_text[at : low + len(sentence)], min(later, default=None))
