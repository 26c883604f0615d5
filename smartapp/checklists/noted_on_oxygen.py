"""A coded saturation or blood gas whose same-day note gives it on oxygen is no room-air test.

NCD 240.2 and LCD L33797 qualify home oxygen by a test on room air (at rest, asleep, or on
exercise, where the reading on oxygen only adds to the room-air desaturation). Many EHRs chart
the vitals' saturation as a bare Observation, 'Oxygen saturation by pulse oximetry: 88 %', with
no inhaled-oxygen component and no comment, while the visit's note gives its conditions: "SpO2
91% RA at rest. On arrival she was wearing sister's tank at 2L - SpO2 88% on 2L (came in on it)"
(blind wave 103, OD/o2-03). The reviewer reads the chart's 88% as the note's reading on 2 L,
not as a qualifying room-air test.

``room_air: true`` on ``has_observation`` leaves out such an Observation when it states no
condition of its own (no oxygen or room air in its name, comment or components) and every note
reading of the same measure and value dated that day is stated on oxygen, read as ``note_value``
reads one (room_air.note_reading_on_oxygen, oxygen_said_after). A note that gives that value on
room air too, a value of another day, or a different value keeps the Observation as charted:
the note must be telling of that very reading.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..evidence import Evidence
from ..evidence.codes import codes_of
from .context import Context
from .finding_dates import finding_date, note_dates
from .oxygen_said_after import oxygen_said_after
from .relevant_findings import relevant_findings
from .room_air import ROOM_AIR, note_reading_on_oxygen, oxygen_component
from .snippet_offsets import in_snippet
from .unread_notes import unread_texts

#: The note measures that tell a saturation (a walk's nadir too) and an arterial PO2.
_SATURATION = ("spo2", "spo2-nadir")
_BLOOD_GAS = ("pao2",)
_PAO2_CODES = {"2703-7"}


def _states_conditions(raw: dict[str, Any]) -> bool:
    """Whether the Observation says its own conditions: room air or oxygen in its name or
    comment, or an inhaled-oxygen component (room_air.observation_on_oxygen reads those)."""
    comments = " ".join(
        str(n.get("text") or "") for n in raw.get("note") or [] if isinstance(n, dict)
    )
    if ROOM_AIR.search(f"{comments} {codes_of(raw.get('code'))[1]}"):
        return True
    components = [c for c in raw.get("component") or [] if isinstance(c, dict)]
    return any(oxygen_component(c) for c in components)


def _measures(item: Evidence) -> tuple[str, ...]:
    """The note measures that could restate the Observation's reading (PaO2 by its LOINC or a
    pressure unit, else a saturation)."""
    codes = {c.code for c in item.codes}
    return _BLOOD_GAS if codes & _PAO2_CODES or "mm" in item.unit.lower() else _SATURATION


def reading_on_oxygen(finding: Any, texts: dict[str, str]) -> bool:
    """Whether a note's reading is stated on oxygen: in its own clause or lead ('SpO2 88% on
    2L', 'on 2L NC: SpO2 88%'), or by a remark after it ('Sat 86%. Note: on 2 L NC.',
    oxygen_said_after.py). ``texts``: the notes' texts by reference (``Context.texts``)."""
    if note_reading_on_oxygen(finding.snippet, finding.text, in_snippet(finding, texts)):
        return True
    text = texts.get(finding.note_ref, "")
    if text[finding.start : finding.end].lower() != finding.text.lower():
        return False
    return oxygen_said_after(text, finding.end)


def _told_as_taken(finding: Any) -> bool:
    """A reading the note says was taken: not denied, supposed or planned. A relative named in
    its statement is the oxygen's owner, not whose saturation it is ("wearing sister's tank at
    2L - SpO2 88% on 2L" reads as family to ConText): the flag is not read here."""
    return not (finding.negated or finding.hypothetical or finding.planned or finding.speculative)


def noted_on_oxygen(item: Evidence, ctx: Context) -> bool:
    """True when ``item``, a bare Observation reading, is the reading a note of its day gives
    only on oxygen (see the module docstring)."""
    if item.kind != "Observation" or item.value is None or item.date is None:
        return False
    if _states_conditions(item.raw) or ctx.record.findings is None:
        return False
    # A note of the reading's day that could not be read might give it on oxygen: the bare
    # reading is no room-air test while that is unknown (bench/unread.py invariant a, stop 63:
    # OD/o2-03's 88% became met when its note went unread).
    if any(n.date == item.date for n in unread_texts(ctx)):
        return True
    criterion = {"category": "measure", "concepts": list(_measures(item))}
    dates: dict[str, date | None] = note_dates(ctx)
    same = [
        f for f in relevant_findings(criterion, ctx)
        if _told_as_taken(f) and f.value is not None and round(f.value) == round(item.value)
        and finding_date(f, dates) == item.date
    ]  # fmt: skip
    return bool(same) and all(reading_on_oxygen(f, ctx.texts) for f in same)
