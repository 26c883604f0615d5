"""Whose duration a note states when it dates axial pain and radicular pain apart.

An epidural steroid injection treats radicular pain, and the LCD times that pain ("radicular pain
... for at least 4 weeks", cms-lcd-esi). A patient with years of neck or back ache may develop arm
or leg pain weeks ago; the note then dates each: "Chronic neck ache for years (since 2023) ...
NEW L arm pain radiating to thumb since 11/16". The years are the axial ache's, not the radicular
pain's, and a reviewer counts the limb pain's weeks (blind wave 43).

So, with ``radicular: true`` on a symptom-duration criterion, a duration whose statement names
only spine pain (a spine region, no limb and no radiating wording) does not count when the same
note dates a limb's or a radiating pain in a statement of its own. A note that dates the back
pain alone keeps it: "LBP x 3 months" with a radiculopathy diagnosis is the episode's length
when nothing says the leg pain began later, unless the note denies the radiation ("LBP x 4
months ... Denies radiation into the legs, no numbness"): its months are then an axial pain's,
and no radicular pain is dated there at all (LCD L39240 times the radicular pain).

A spine order reads its symptoms where they are felt (``same_region: referred``: the leg, the
knee, the foot), but a joint's own pain is no radiating one: "knee pain since childhood", "R
hip pain x 3 yrs" in a lumbar MRI's note time the joint, and met LMRI-002's six weeks of back
symptoms (lead's class, s65-j). A duration whose statement names only such joints, none of the
order's own regions, no limb ("leg", "arm") and no radiating wording, is the joint's
(joint_pain_only).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.region_match import compatible

#: The spine regions (evidence/regions.py), with or without a side.
_SPINE = frozenset({"cervical", "thoracic", "lumbar"})

#: Wording that makes a statement about radiating, radicular pain, whatever region it names.
_RADIATING = lazy_re.compile(
    r"\b(?:radiat\w*|radicul\w*|sciatica|shoot\w*|numb\w*|tingl\w*|paresthe\w*|dermatom\w*|"
    r"down\s+(?:the|his|her|my|both|[lr])\b)",
    re.IGNORECASE,
)


#: A note's denial of radiating pain: "denies radiation", "no radicular sx", "without sciatica".
_DENIED = lazy_re.compile(
    r"\b(?:denies|denied|no|not|without|negative\s+for|doesn'?t|does\s+not)\s+(?:any\s+)?"
    r"(?:radiat\w*|radicul\w*|sciatica|shoot\w*|travel\w*|go\s+down)",
    re.IGNORECASE,
)


#: The joints a spine order refers to (regions.yaml ``refers_from``), whose pain is their own
#: unless it radiates; not a limb ("leg", "arm"), where radicular pain is felt.
_JOINTS = frozenset({"knee", "hip", "ankle-foot", "shoulder", "elbow", "wrist-hand"})


def joint_pain_only(finding: Any, order: frozenset[str]) -> bool:
    """Whether the symptom-duration ``finding`` for a spine ``order`` (its regions) is a
    joint's own pain: every region of its statement a joint outside the order, no radiating
    wording (see the module docstring)."""
    if finding.category != "symptom-duration" or not finding.regions:
        return False
    if not any(_spinal(r) for r in order) or compatible(order, finding.regions):
        return False
    bases = {r.split(":")[0] for r in finding.regions}
    return bases <= _JOINTS and not _RADIATING.search(finding.snippet or "")


def _spinal(region: str) -> bool:
    return region.split(":")[0] in _SPINE


def _radicular(finding: Any) -> bool:
    """The statement dates a limb's or a radiating pain."""
    limb = any(not _spinal(r) for r in finding.regions)
    return limb or bool(_RADIATING.search(finding.snippet or ""))


def _axial_only(finding: Any) -> bool:
    """The statement dates spine pain only: a spine region, no limb, no radiating wording."""
    return bool(finding.regions) and not _radicular(finding)


def radicular_only(findings: list[Any], spec: dict[str, Any], every: list[Any]) -> list[Any]:
    """``findings`` less the axial durations of notes that date the radicular pain apart
    (``every``: all the criterion's asserted findings, in or out of length)."""
    if not spec.get("radicular"):
        return findings
    dated_apart = {
        f.note_ref for f in every if f.duration_days is not None and _radicular(f)
    }  # fmt: skip
    return [f for f in findings if not (f.note_ref in dated_apart and _axial_only(f))]


def radiation_not_denied(
    findings: list[Any], spec: dict[str, Any], texts: dict[str, str]
) -> list[Any]:
    """``findings`` less the axial durations of notes that deny the radiation (``texts``: the
    notes' texts by reference)."""
    if not spec.get("radicular"):
        return findings
    return [
        f for f in findings
        if not (_axial_only(f) and _DENIED.search(texts.get(f.note_ref, "")))
    ]  # fmt: skip
