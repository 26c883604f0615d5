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

A note may tell when the limb pain began in words no duration is read from ("NEW R leg pain down
the anterior thigh started after Thanksgiving", "new onset L arm numbness", "sciatica began
after moving furniture"): the limb pain is still told apart from the ache, as a new episode, so
the ache's years are not its length either (blind wave 90, MI/ipn-02: "chronic axial LBP on and
off for years" met the four weeks of a TFESI asked a week after the leg pain began). Not a limb
pain denied ("no new leg pain"), nor care begun ("leg pain - started gabapentin"), nor a
statement that is itself radiating pain with its own length ("LBP with L leg radiation x 3
months", "back and leg pain since June"), which counts as before (:func:`onset_told_apart`).
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


#: A limb's pain (or a radiating one) told as new or as begun: "NEW R leg pain", "new-onset L arm
#: numbness", "onset of sciatica"; "R leg pain ... started after Thanksgiving", "sciatica began
#: after lifting". The verb in the pain's own clause (no comma or stop between), and not one that
#: begins care ("started gabapentin", "started on meloxicam", "began PT").
_LIMB = (
    r"(?:(?:leg|arm|thigh|calf|shin|buttock|foot|feet|hand)s?\s+(?:pain|numbness|tingling|"
    r"paresthesias?|symptoms|sx|weakness)|sciatica|radicular\s+(?:pain|symptoms|sx)|"
    r"radiating\s+pain|radiculopathy)"
)
_ONSET_TOLD = lazy_re.compile(
    rf"\b(?:new(?:[- ]onset)?|recent(?:[- ]onset)?|onset\s+of)\s+(?:[\w/-]+\s+){{0,3}}?{_LIMB}\b"
    rf"|\b{_LIMB}\b[^.;,\n]{{0,80}}?\b(?:started|starting|began|begun|beginning|came\s+on|"
    r"developed|onset)\b(?!\s+(?:on\s+[a-z]|taking|pt\b|physical|therapy|gabapentin|lyrica|"
    r"pregabalin|meds?\b|medications?|naproxen|ibuprofen|meloxicam|prednisone|medrol|steroids?|"
    r"nsaids?|hep\b|home\s+exercises?|exercises?))",
    re.IGNORECASE,
)
#: A denial before the limb pain in its clause: "no new leg pain", "denies new arm numbness".
_DENIED_BEFORE = lazy_re.compile(
    r"\b(?:no|denies|denied|without|negative\s+for|not)\b[^.;,\n]{0,20}$", re.IGNORECASE
)


def onset_told_apart(text: str) -> bool:
    """Whether a note tells that a limb's or a radiating pain began (new, started, began), in
    words that may give no length (see the module docstring)."""
    for match in _ONSET_TOLD.finditer(text or ""):
        if not _DENIED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            return True
    return False


def radicular_only(
    findings: list[Any],
    spec: dict[str, Any],
    every: list[Any],
    texts: dict[str, str] | None = None,
) -> list[Any]:
    """``findings`` less the axial durations of notes that date the radicular pain apart, or tell
    it began apart in words that give no length (``every``: all the criterion's asserted
    findings, in or out of length; ``texts``: the notes' texts by reference)."""
    if not spec.get("radicular"):
        return findings
    dated_apart = {
        f.note_ref for f in every if f.duration_days is not None and _radicular(f)
    }  # fmt: skip
    texts = texts or {}
    dated_apart |= {
        f.note_ref for f in findings
        if f.note_ref not in dated_apart and _axial_only(f)
        and onset_told_apart(texts.get(f.note_ref, ""))
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
