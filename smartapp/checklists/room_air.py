"""A saturation or blood gas taken on supplemental oxygen is no test of the need for it.

LCD L33797 judges home oxygen by a test at the time of need (``latest`` in OXY-001: the newest
oxygen test must be the qualifying one). A follow-up visit's 'SpO2 90% on 2L NC at rest' shows
the oxygen working, not that the patient no longer needs it: it is no later test that undoes a
room-air 86% (blind wave 16, BB/oxy-01). ``room_air: true`` on ``note_value`` or
``has_observation`` keeps only readings not stated on oxygen: a note's value followed in its
clause by 'on 2L', 'on 3 lpm NC', 'on O2', 'with supplemental oxygen', 'on BiPAP', or preceded
by 'on 2L NC:' (also a heading's brackets, 'Intake (on 2 L loaner from hospital): SpO2 88%',
blind wave 40, EV/oxygen-02: up to 60 characters back) or written right before it
('walking on 1 L SpO2 88%', blind wave 21, BX/oxy-02); an Observation whose inhaled-oxygen
component (LOINC 3151-8 flow, 3150-0 concentration, or named so only by code.text or display,
as Epic and Oracle Health payloads do: 'Inhaled oxygen flow rate', 'O2 flow', 'FiO2', blind wave
18 BK/oxy-02) gives a flow above 0 or a concentration above 21%, or whose comment or own name
says it was taken on oxygen and names no room air ('SpO2 with exercise on 2 L/min', the name of a
walk test's component read as its own reading: component_readings.py).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.codes import codes_of

_DEVICE = (
    r"(?:nc|n/c|nasal\s+cannula|o2|oxygen|hfnc|high[- ]flow|bipap|cpap|venturi|mask|nrb"
    r"|concentrator|poc|o2\s+tank|oxygen\s+tank)"
)
_FLOW_RATE = r"\d+(?:\.\d+)?\s*(?:l|lpm|liters?|l/min)(?![a-z])"
#: How a note says the oxygen was on while the reading was taken: 'on 2L', 'with O2', and the
#: other verbs clinicians use for it, 'while wearing 2 L borrowed from neighbor' (blind wave
#: 60, HU/oxygen-02), 'using her 3 L concentrator', 'via NC', 'receiving 2 L/min', 'breathing
#: 2 L', '@ 2 lpm', 'at 2 L/min' (a flow only: 'at rest' is none).
_GIVEN = r"(?:on|with|w/|wearing|using|via|receiving|breathing)"
_WHOSE = r"(?:supplemental|home|her|his|their|the|a|borrowed|portable|loaner|[a-z]+'s)"
ON_OXYGEN = lazy_re.compile(
    rf"\b{_GIVEN}\s+(?:{_FLOW_RATE}|\d+\s*%\s*fio2|"
    rf"(?:{_WHOSE}\s+){{0,2}}(?:{_FLOW_RATE}\s*)?{_DEVICE}\b)|"
    rf"(?:\bat\s+|@\s*){_FLOW_RATE}|"
    rf"\b\d+(?:\.\d+)?\s*(?:l|lpm|l/min)\s*{_DEVICE}\b",
    re.IGNORECASE,
)
#: Oxygen written right before the measure it conditions ('walking on 1 L SpO2 88%', 'On 2L NC
#: SpO2 94%', 'on 3 lpm lowest SpO2 87%'): blind wave 21, BX/oxy-02. Not oxygen taken away
#: ('weaned off 2L NC', 'from 2 L'): those readings are on room air.
_QUALIFIER = r"(?:lowest|nadir|resting|at\s+rest|ambulatory|exertional|walking|pulse|the)"
_RIGHT_BEFORE = lazy_re.compile(
    rf"(?:{ON_OXYGEN.pattern})(?:\s+{_QUALIFIER}){{0,2}}\s*[:\-–]?\s*$", re.IGNORECASE
)
_TAKEN_OFF = lazy_re.compile(r"\b(?:off|weaned|from|without|removed|stopped)\b", re.IGNORECASE)
#: Where a value's own conditions end: the next clause or reading, or the next cell of a table
#: flattened to one line ('Exercise RA nadir 87% at 2 min | Exercise on 2 L NC 93%': the next
#: cell's oxygen is that reading's, blind wave 54, GW/oxygen-01).
_CLAUSE_END = lazy_re.compile(r"[,;.|](?!\d)|\band\b|\bvs\.?\b|\d{2,3}\s*%", re.IGNORECASE)
#: Oxygen put on after the reading, in its clause ('SpO2 88% at rest then placed on 2 L NC',
#: '88% -> started on 2L'): the condition of a later reading, not of this one, which stays on
#: room air (session s88: a bare coded 88% restated so is still the room-air test). Not 'then'
#: alone: "ED SpO2 88% (then on 2 L)" is the oxygen on at that time.
_PUT_ON = lazy_re.compile(
    r"\b(?:placed|put|started|starting|initiated|applied)\b|->|\u2192", re.IGNORECASE
)
_FLOW, _FIO2 = "3151-8", "3150-0"
#: The oxygen told as a setting, its source before its flow ('O2 2 L', 'O2: 2L', 'NC 3 lpm',
#: 'supplemental O2 2 L'), beside the ways ON_OXYGEN knows ('on 2 L', '2 L NC').
_SETTING = lazy_re.compile(
    rf"(?:{ON_OXYGEN.pattern})|\b(?:o2|oxygen|nc|n/c|nasal\s+cannula)\s*[:@=]?\s*{_FLOW_RATE}",
    re.IGNORECASE,
)
#: The oxygen's time of use or another time, not the reading's conditions: 'O2 2 L at night,
#: SpO2 86% walking' tells the night-time prescription beside a reading taken otherwise, 'was on
#: 2L in hospital, now SpO2 87%' an earlier stay.
_TIME_OF_USE = lazy_re.compile(
    r"\b(?:at\s+night|nightly|nocturnal\w*|qhs|hs|with\s+sleep|asleep|sleeping|prn|as\s+needed|"
    r"at\s+home|home|was|were|had|previously|prior|earlier|hospital|inpatient|admission|"
    r"discharge\w*|now|currently)\b",
    re.IGNORECASE,
)
_READING = lazy_re.compile(r"\d{2,3}(?:\.\d+)?\s*%")


def _set_before(snippet: str, at: int, after: str) -> bool:
    """Oxygen set before the reading in its own statement, with no reading of its own between
    (brief s75-f: "6MWT: O2 2 L, SpO2 86%" and "6MWT on 2 L: SpO2 at rest 93%, at 6 min 86%"
    were read as room-air readings): the walk test's label ('6MWT on 2 L:') or a lead clause
    that only sets the oxygen ('O2 2 L, SpO2 86%') is the condition of the readings after it.
    Room air named in the label, between or after the value keeps the reading on room air."""
    head = re.split(r"[;\n]|\.\s", snippet[:at])[-1]
    if ROOM_AIR.search(head) or ROOM_AIR.search(after):
        return False
    colon = head.rfind(":")
    label, told = (head[:colon], head[colon + 1 :]) if colon >= 0 else ("", head)
    if _SETTING.search(label) and not _TAKEN_OFF.search(label):
        return not _TIME_OF_USE.search(label)
    # A first clause that sets the oxygen and reads nothing: 'O2 2 L, SpO2 86%', '6MWT: 2 L NC,
    # SpO2 93% at rest, 86% at 6 min'.
    pieces = told.split(",")
    lead = pieces[0] if len(pieces) > 1 else ""
    return bool(
        _SETTING.search(lead)
        and not _READING.search(lead)
        and not _TAKEN_OFF.search(lead)
        and not _TIME_OF_USE.search(told)
    )


def note_reading_on_oxygen(snippet: str, target: str, at: int | None = None) -> bool:
    """True when the statement says the measure named by ``target`` was read on oxygen.
    ``at``: where in ``snippet`` this target stands, when the statement names the measure more
    than once ('SpO2 92% RA at rest, walking on 2L SpO2 87%'); else its first mention."""
    if at is None or snippet[at : at + len(target)].lower() != target.lower():
        at = snippet.lower().find(target.lower()) if target else -1
    if at < 0:
        return False
    before = snippet[max(0, at - 60) : at]
    tail = snippet[at + len(target) :]
    value = re.search(r"\d{2,3}(?:\.\d+)?\s*%?", tail)
    if value is None:  # the value told before its name ('86% at 6 min'): the label's oxygen
        end = _CLAUSE_END.search(tail[:60])
        after = tail[: end.start()] if end else tail[:60]
        return bool(ON_OXYGEN.search(after)) or _set_before(snippet, at, after)
    # Far enough for a dictated aside ('86% but pt was wearing his daughter's 2 L concentrator');
    # the next clause or reading ends it sooner (_CLAUSE_END).
    after = tail[value.end() : value.end() + 60]
    end = _CLAUSE_END.search(after)
    after = after[: end.start()] if end else after
    put_on = _PUT_ON.search(after)
    after = after[: put_on.start()] if put_on else after
    lead = re.split(r"[,;.]\s", before)[-1]
    if ON_OXYGEN.search(after) or (ON_OXYGEN.search(lead) and ":" in lead):
        return True
    if _set_before(snippet, at, after):
        return True
    # Oxygen named right before the measure is its condition unless the value names room air
    # after it ('on 2L NC SpO2 87% on RA after 10 min off').
    if target.lower().startswith("sat"):  # "with oxygen sat of 85%": the measure's own name
        lead = re.sub(r"(?:o2|oxygen)\s*$", "", lead, flags=re.IGNORECASE)
    oxygen = _RIGHT_BEFORE.search(lead)
    return bool(oxygen and not _TAKEN_OFF.search(lead) and not ROOM_AIR.search(after))


def _number(quantity: Any) -> float | None:
    value = quantity.get("value") if isinstance(quantity, dict) else None
    return float(value) if isinstance(value, (int, float)) else None


ROOM_AIR = lazy_re.compile(r"\b(?:room air|ra)\b", re.IGNORECASE)


#: A component named for the oxygen given, not for a saturation measured ('Oxygen saturation').
_OXYGEN_NAME = lazy_re.compile(r"\b(?:oxygen|o2|fio2)\b", re.IGNORECASE)
_NOT_GIVEN = lazy_re.compile(r"\b(?:sat\w*|spo2|sao2|pao2|saturation|pressure)\b", re.IGNORECASE)
_CONCENTRATION = lazy_re.compile(r"\bfio2\b|concentration|fraction", re.IGNORECASE)


def _component_kind(component: dict) -> str | None:
    """'flow' or 'fio2' for an inhaled-oxygen component, by LOINC code or else by its name."""
    code = component.get("code") or {}
    codings = [c for c in code.get("coding") or [] if isinstance(c, dict)]
    codes = {c.get("code") for c in codings}
    if _FLOW in codes:
        return "flow"
    if _FIO2 in codes:
        return "fio2"
    name = " ".join([str(code.get("text") or "")] + [str(c.get("display") or "") for c in codings])
    if not _OXYGEN_NAME.search(name) or _NOT_GIVEN.search(name):
        return None
    quantity = component.get("valueQuantity") or {}
    unit = f"{quantity.get('unit') or ''} {quantity.get('code') or ''}"
    return "fio2" if _CONCENTRATION.search(name) or "%" in unit else "flow"


def oxygen_component(component: dict) -> bool:
    """Whether an Observation's component gives the oxygen flowing or breathed (a condition of
    the reading, not a reading)."""
    return _component_kind(component) is not None


def observation_on_oxygen(raw: dict) -> bool:
    """True when an Observation's inhaled-oxygen component gives oxygen beyond room air, or its
    comment says it was taken on oxygen and names no room air ('On 2 L NC at rest')."""
    comments = " ".join(
        str(n.get("text") or "") for n in raw.get("note") or [] if isinstance(n, dict)
    )
    name = codes_of(raw.get("code"))[1]
    for said in (comments, name):
        if ON_OXYGEN.search(said) and not ROOM_AIR.search(said):
            return True
    for component in raw.get("component") or []:
        if not isinstance(component, dict):
            continue
        kind = _component_kind(component)
        value = _number(component.get("valueQuantity"))
        if value is None or kind is None:
            continue
        if (kind == "flow" and value > 0) or (kind == "fio2" and value > 21):
            return True
    return False
