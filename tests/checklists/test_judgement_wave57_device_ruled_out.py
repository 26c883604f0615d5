"""Why a cane, walker or manual chair does not suffice, written as a finding (blind wave 57).

HG/wheelchair-03 wrote "Walker use limited by hand deformities" and HI/whc-03 "manual chair -
can no longer self-propel, UE 2/5"; WHC-003 and WHC-004 read neither, since the verdict lists
knew "cannot", "unsafe", "not feasible" but not a device limited, precluded or not tolerated
by a cause, hands that cannot grip it, nor an ability to propel that is lost. NCD 280.3 B and
LCD L33789 ask why the device cannot resolve the limitation; each of these answers it, however
the clinician words it. A use bounded to a place, or a limit denied, does not.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Rolling walker use limited by severe arthritic hand changes.",
        "FWW use limited d/t bilat hand contractures.",
        "Cane and walker precluded by RA deformity of both wrists.",
        "Unable to grip walker - ulnar deviation both hands.",
        "Cannot hold a cane (R hand contracture after CVA).",
        "Hand deformities preclude walker use.",
        "L shoulder pain prevents use of a walker.",
        "Rollator not tolerated d/t wrist pain.",
        "4WW contraindicated: bilateral wrist fx.",
        "Severe psoriatic arthritis of hands limits use of cane or walker.",
        "Can't bear weight through hands on walker.",
        "SPC use impractical given grip strength 4 lb.",
    ],
)
def test_a_device_ruled_out_by_a_cause_is_why_it_does_not_suffice(text: str) -> None:
    assert _asserted(text, "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Walker use limited to outdoors.",
        "Walker use not limited by hand pain.",
        "Hand pain no longer limits walker use.",
        "Hand deformities do not preclude walker use.",
        "Able to grip walker handles.",
        "Rollator well tolerated.",
        "Uses walker; shoulder pain limits overhead reaching.",
    ],
)
def test_a_device_in_use_or_a_limit_denied_is_not(text: str) -> None:
    assert not _asserted(text, "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Old manual w/c from 2015 - can no longer self-propel, arms 2/5.",
        "No longer able to propel manual wheelchair.",
        "Has lost the ability to self-propel.",
        "Self-propulsion not possible (BUE 2/5).",
        "Manual propulsion nonfunctional - rotator cuff tears.",
        "Dependent for w/c propulsion.",
        "Can no longer push her manual chair.",
        "Dep for self-propulsion.",
    ],
)
def test_propulsion_lost_or_ruled_out_is_why_a_manual_chair_does_not_suffice(text: str) -> None:
    assert _asserted(text, "manual-chair-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Self-propels manual chair household distances.",
        "Independent with self-propulsion.",
        "Dependent for transfers.",
        "Not dependent for w/c propulsion.",
        "Propels manual chair independently, no longer needs help.",
    ],
)
def test_propulsion_kept_or_other_help_is_not(text: str) -> None:
    assert not _asserted(text, "manual-chair-insufficient")
