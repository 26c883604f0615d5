"""Why a cane or walker cannot resolve the mobility limitation, in the words the lists lacked
(blind waves 58-60: HP/wheelchair-01, HL/dme-wheelchair-03, HU/wheelchair-03).

WHC-003 (NCD 280.3 B) read "walker does not resolve", "falls even with her walker", "cannot walk
at all", but not a device said not to address the limit ("Cane/walker don't address
endurance"), walking bounded even with a walking aid named without its kind ("even with
bilateral support"), the symptom that stops the walk written before the feet walked with the
device ("Dyspnea after 15-20 ft with rollator"), nor a condition that plainly rules walking aids
out (a complete spinal cord injury, legs without function, a bed-bound patient), for which NCD
280.3 needs no trial. An incomplete or spastic paraplegia, a limit denied, a risk, a relative's
or a longer walk is none of these.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        # the device does not address the limit
        "Canes and walkers don't address his exertional angina.",
        "A rollator would not help her dyspnea.",
        "FWW doesn't help the fatigue; stops after 20 ft.",
        "Walking aids insufficient.",
        "Gait aids not adequate (falls x3 with 4WW).",
        # walking bounded even with an aid named without its kind
        "Can't walk more than 4 m even with bilateral support.",
        "Falls despite assistive device.",
        "EDSS 7.5: under 5 m even with aid.",
        "Unable to ambulate >10 ft even w/ bilateral canes.",
        # the symptom before the feet walked with the device
        "Dyspnea after 10-15 ft with rollator.",
        "SOB at 25 ft w/ 4WW.",
        "Has to sit after 30 ft with walker.",
        "Desats at 20 ft on rollator.",
        # a condition that rules walking aids out
        "T11 complete SCI (2022).",
        "Complete paraplegia after MVC.",
        "Paraplegia, complete, T8.",
        "C5 complete tetraplegia.",
        "ASIA A T4 injury.",
        "Cane/walker: N/A - no LE function.",
        "No BLE movement.",
        "BLE 0/5 throughout.",
        "Bedbound since the brainstem stroke.",
        "Bed-bound, Hoyer lift for all transfers.",
        "Unable to stand.",
        "Cannot bear weight at all.",
    ],
)
def test_a_device_that_cannot_help_or_is_ruled_out(text: str) -> None:
    assert _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walker helps a lot.",
        "Rollator works well for her.",
        "Walker would help.",
        "Uses bilateral support at home.",
        "No dyspnea after 20 ft with rollator.",
        "Dyspnea after 150 ft with rollator.",
        "Incomplete paraplegia, walks with FWW.",
        "Hereditary spastic paraplegia, ambulates with rollator.",
        "T6 incomplete SCI (ASIA C).",
        "ASIA D, community ambulator with crutches.",
        "No LE motor deficits.",
        "No LE edema.",
        "Not bedbound.",
        "At risk of becoming bedbound.",
        "Mother was bedbound before she died.",
        "Unable to stand > 5 min.",
        "Unable to bear weight on R leg.",
        "Falls despite PT.",
        "Denies falls even with walker.",
    ],
)
def test_a_device_that_helps_or_a_limit_denied_is_not(text: str) -> None:
    assert not _asserted(text)
