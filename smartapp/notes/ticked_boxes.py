"""A ticked form box the record's narrative contradicts is no evidence of what it ticks.

Prior-authorisation forms and payer checklists are often filled in by office staff for the
supplier, their boxes ticked to match the criteria ("[X] Patient has a medical condition which
requires positioning of the body in ways not feasible with an ordinary bed"). Reviewers read the
clinician's narrative over the form: where the notes deny what the box claims and nowhere state
it, the tick is a template default, not a finding (WAVE-20 brief: "template defaults that
contradict the narrative"; blind wave 21, BW/bed-03: the narrative's 'reflux well controlled on
a foam wedge pillow, no aspiration, no pressure injuries' against the ticked positioning need).
Wave 15 read a form field answered no as a denial (field_answers.FIELD_ANSWERED_NO); this is the
other side: a box answered yes that the narrative answers no.

A box ticked where the narrative also states the finding, or says nothing of it, still counts.
So does one whose own line carries the writer's word that the patient denies them all: "ROS: [x]
gait instability [x] dizziness (template - pt denies all when asked)" (blind wave DB/wlk-02) ticks
nothing the patient has; the writer answered the boxes on the line itself.

A ticked box of care beside an empty one ("Completed therapy: [X] OT [X] PT [ ] Chiro") is no
evidence of a trial, whose dates are the narrative's to tell (statements.py); but the tick
answers yes, so it is held as unsaid (hypothetical), never as the denial an unfilled field is:
a denial in the newest note would outweigh the dated therapy of older ones
(finding_dates.newest_wins; blind wave 55, GZ/workrehab-03). A tick whose own item dates the
care ("[X] PT (8 visits 6-7/2026)", "[x] NSAIDs - naproxen since 2025", "[X] Injection: CSI
8/2026") is that dated trial, the narrative written into the box (:func:`dated_tick`; blind
wave 57, HH/tka-03's Cerner grid); a date after the note ("[X] PT - starts 12/14") is to come.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from .clauses import line_bounds
from .model import NoteFinding, NoteInput
from .walker_serves import answered_yes, walker_serves
from .written_dates import find_dates

#: A ticked box: "[X]", "[x]", "[✓]", "☒", "☑"; or any box, an empty one too ("[ ]", "☐").
_TICK = lazy_re.compile(r"\[\s*[xX✓✔]\s*\]|[☒☑]")
_BOX = lazy_re.compile(r"\[\s*[xX✓✔]?\s*\]|[☐☒☑]")
#: What may stand between a tick and what it ticks: the rest of its own item on the line (a table
#: row's cell bar included), never another box.
_ITEM = lazy_re.compile(r"[^\[\]☐☒☑\n]{0,160}")


def _box_of(text: str, start: int) -> str | None:
    """The box ("[X]", "[ ]", "☑" ...) whose item the target at ``start`` is, if any."""
    before = text[max(0, start - 200) : start]
    if "[" not in before and not any(box in before for box in "☐☒☑"):
        return None  # no box can be there: most targets are no form's (issue 19, stop 49)
    marks = list(_BOX.finditer(before))
    if not marks or not _ITEM.fullmatch(before[marks[-1].end() :]):
        return None
    return marks[-1].group()


#: A ticked item as an empty box beside it leaves it: the rest of the tick's own item, never
#: another box nor the end of a sentence or a field ("[X] Unsure. Seen a genetic counselor? [ ]
#: Yes [X] No": the counselor is no item of "Unsure").
_TICKED_ITEM = lazy_re.compile(r"[^\[\]☐☒☑\n.?!;:]{0,160}")


def in_ticked_box(text: str, start: int) -> bool:
    """True when the target at ``start`` of ``text`` is the item of a ticked box as
    :func:`contradicted_ticks` tells one (what the narrative can deny)."""
    box = _box_of(text, start)
    return box is not None and bool(_TICK.fullmatch(box))


#: A form field answered by its ticked box of a deed done: "Re-exam: [x] Completed 5/2  [ ] Due",
#: "Progress report: [X] Done". The tick settles the field; the boxes left empty beside it ("[ ]
#: Due") are the answers not given, not a plan for the field.
_ANSWERED_DONE = lazy_re.compile(
    r"\s*[:?]\s*(?:\[\s*[xX✓✔]\s*\]|[☒☑])\s*(?:completed?|done|performed|yes)\b", re.IGNORECASE
)


def answered_done(text: str, end: int) -> bool:
    """True when the target ending at ``end`` of ``text`` is a field label answered by a ticked
    box of a deed done (``_ANSWERED_DONE``)."""
    return bool(_ANSWERED_DONE.match(text, end))


def ticked(text: str, start: int) -> bool:
    """True when the target at ``start`` of ``text`` is the item of a ticked box."""
    before = text[max(0, start - 200) : start]
    marks = list(_BOX.finditer(before))
    return bool(
        marks
        and _TICK.fullmatch(marks[-1].group())
        and _TICKED_ITEM.fullmatch(before[marks[-1].end() :])
    )


#: A ticked item as far as it may date itself: up to the next box, the line's or a sentence's
#: end, but past a field's colon ("[X] Injection: CSI 8/2026").
_DATED_ITEM = lazy_re.compile(r"(?:[^\[\]☐☒☑\n.?!;]|\.(?=\S)){0,160}")


def dated_tick(text: str, start: int, note_date: dt.date | None) -> bool:
    """True when the ticked box whose item holds ``start`` writes a date of its own on or before
    ``note_date`` in that item: the tick then states a dated trial, not a bare yes."""
    before = text[max(0, start - 200) : start]
    marks = list(_BOX.finditer(before))
    if not marks or not _TICK.fullmatch(marks[-1].group()):
        return False
    item = _DATED_ITEM.match(text, start - len(before) + marks[-1].end())
    if item is None:
        return False
    return any(
        note_date is None or mention.when <= note_date
        for mention in find_dates(item.group(), note_date)
    )


def only_empty_boxes(statement: str, placeholder: re.Pattern[str]) -> bool:
    """True when the statement's only unfilled fields (``placeholder``) are empty boxes: "[X]
    Needs position changes q2h [ ] Traction" leaves the traction unticked, not the need unsaid."""
    return not placeholder.search(_BOX.sub(" ", statement))


#: The writer's word on a line of ticked boxes that the patient denies every one of them: "pt
#: denies all when asked", "denies each of these", "patient denied them"; not "denies all other
#: symptoms", which leaves the ticked ones stated.
_ALL_DENIED = lazy_re.compile(
    r"\bden(?:ies|ied|y)\s+(?:all|each|every(?:thing)?|them|these|those|any of (?:these|them|the "
    r"above)|the above)\b(?!\s+(?:other|others|else|further|additional)\b)",
    re.IGNORECASE,
)


#: What sets the writer's remark apart from the last box's item: "(template - pt denies all)",
#: "[x] SOB. Pt denies all when asked"; a box labelled "[ ] Denies all" is a box, not a remark.
_REMARK = lazy_re.compile(r"[(\-\u2013\u2014;.]")


def _line_denies_all(text: str, start: int) -> bool:
    """True when the line of ``text`` holding ``start`` ends its boxes with the writer's remark
    that the patient denies them all (``_ALL_DENIED``)."""
    left, right = line_bounds(text, start)
    line = text[left:right]
    boxes = list(_BOX.finditer(line))
    if not boxes:
        return False
    denial = _ALL_DENIED.search(line, boxes[-1].end())
    return bool(denial and _REMARK.search(line, boxes[-1].end(), denial.start()))


def contradicted_ticks(
    notes: Sequence[NoteInput], findings: Sequence[NoteFinding]
) -> list[NoteFinding]:
    """``findings`` with each ticked box's finding made hypothetical when its own line denies
    every box, or when the other statements of the record deny that finding and none states it."""
    texts = {note.ref: note.text for note in notes}
    found = ((i, _box_of(texts.get(f.note_ref, ""), f.start)) for i, f in enumerate(findings))
    boxes = {i: box for i, box in found if box}
    ticked = [i for i, box in boxes.items() if not findings[i].negated and _TICK.fullmatch(box)]
    # "Cane/walker insufficient: Yes": the form's answer, weighed as its tick is (walker_serves)
    ticked += [
        i for i, f in enumerate(findings)
        if i not in boxes and (f.category, f.concept) == _WALKER and not f.negated
        and answered_yes(texts.get(f.note_ref, ""), f.start)
    ]  # fmt: skip
    if not ticked:
        return list(findings)
    out = list(findings)
    for i in ticked:  # the line itself answers its boxes no
        if _line_denies_all(texts.get(findings[i].note_ref, ""), findings[i].start):
            out[i] = replace(findings[i], hypothetical=True)
    # The narrative: every statement that is no form box (an empty box denies nothing here),
    # nor the label of the tick's own line of boxes: "Cardiac Risk Factors: [x] HTN [ ] DM"
    # names the form's question, and its empty box leaves the label unfilled, not denied (blind
    # wave 45, FM/cardiac-03).
    answers = set(ticked)
    narrative = [f for i, f in enumerate(findings) if i not in boxes and i not in answers]
    asserted = {(f.category, f.concept) for f in narrative if f.asserted and not f.normal}
    arms_normal = any(_ARMS_NORMAL.search(t or "") for t in texts.values())
    chair = _MANUAL_CHAIR not in asserted and arms_normal
    # "Ambulates 150 ft with RW at home" against "[X] Cane/walker insufficient" (walker_serves).
    walker_ticked = any((findings[i].category, findings[i].concept) == _WALKER for i in ticked)
    serving = (
        [n for n in notes if walker_serves(_unboxed(n.text))]
        if walker_ticked and _WALKER not in asserted
        else []
    )
    for i in ticked:
        own = (findings[i].note_ref, _line_of(texts, findings[i]))
        key = (findings[i].category, findings[i].concept)
        # A measure that found nothing answers no as a denial does ("Low fall risk" on testing
        # against a ticked "[X] Fall risk", blind wave 38, EG/walker-02).
        denied = any(
            _answers_no(f) and (f.category, f.concept) == key
            and (f.note_ref, _line_of(texts, f)) != own
            for f in narrative
        )  # fmt: skip
        if (
            (denied and key not in asserted)
            or (chair and key == _MANUAL_CHAIR)
            or (key == _WALKER and _near(serving, notes, findings[i]))
        ):
            out[i] = replace(findings[i], hypothetical=True)
    return out


def _line_of(texts: dict[str, str], finding: NoteFinding) -> int:
    """Where the line holding ``finding`` in its note's text begins."""
    return (texts.get(finding.note_ref) or "").rfind("\n", 0, finding.start) + 1


def _unboxed(text: str) -> str:
    """``text`` less its lines of form boxes: what the narrative says, not what a form ticks."""
    return "\n".join(line for line in (text or "").splitlines() if not _BOX.search(line))


#: How far apart the narrative and the form may be written for the one to answer the other: a
#: year, WHC-003's lookback (NCD 280.3 puts no clock on the finding; the checklist reads a year).
_NEAR_DAYS = 365


def _near(serving: list[NoteInput], notes: Sequence[NoteInput], tick: NoteFinding) -> bool:
    """Whether one of the ``serving`` narrative notes was written within a year of the note
    holding ``tick``: a walker that served two years before the form says nothing of it now."""
    ticked_on = next((n.date for n in notes if n.ref == tick.note_ref), None)
    return any(
        n.date is None or ticked_on is None or abs((n.date - ticked_on).days) <= _NEAR_DAYS
        for n in serving
    )


def _answers_no(finding: NoteFinding) -> bool:
    """A narrative statement that the patient has none of it: denied, or measured and normal."""
    return not finding.family and (finding.negated or (finding.asserted and finding.normal))


#: Why a manual wheelchair does not do is the arms' strength, range, pain or endurance (LCD
#: L33789, NCD 280.3): an examination that finds the arms strong denies the ticked box that the
#: patient cannot self-propel, unless the narrative states some other reason (blind wave 30,
#: DH/whc-02: "[X] Patient cannot self-propel an optimally configured manual wheelchair" on the
#: PA form beside the exam's "Shoulders full ROM; grip and UE strength 5/5 bilat; no UE pain"
#: and a patient who would "prefer a power chair"; the reviewer: "contradicted by the exam").
_MANUAL_CHAIR = ("clinical-notes", "manual-chair-insufficient")
#: Why a cane or walker does not do (NCD 280.3 B): a narrative that says it serves in the home
#: answers the ticked box no (walker_serves.py; blind wave 75, KB/dme-wheelchair-03).
_WALKER = ("clinical-notes", "cane-walker-insufficient")
_ARMS_NORMAL = lazy_re.compile(
    r"\b(?:b?ue|upper extremit(?:y|ies)|arms?)\s+strength\s*(?:is\s*)?5/5"
    r"|\bstrength\s+5/5\s+(?:b?ue|upper extremit(?:y|ies)|arms?)\b",
    re.IGNORECASE,
)
