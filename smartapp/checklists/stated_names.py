"""What a record calls itself, for ``exclude_names``, and whether an Encounter is the visit of a
home health agency's discipline, for ``not_by``.

A record's name is its label: its code's display or text, and for a report the heading its
conclusion opens with. An Encounter's is its type and serviceType (texts and displays), not its
reason: an Encounter's reason may name the care asked for ("Video visit - MS, needs aide for
ADLs" is the practitioner's visit, blind wave 36).

``not_by: [roles]`` leaves out the visit of a therapist, an assistant, a nurse or an aide: the
home health agency's, whose visit is the service, not the practitioner's face-to-face encounter
(42 CFR 424.22(a)(1)(v); brief s72-d: an Encounter typed "PT follow-up visit" was kept as
HHC-001's "follow-up visit"). The record says so in the Encounter's name, when the discipline
heads it ("PT follow-up visit", "HH RN visit", "Home health aide", serviceType "Physical
therapy") or names the visit ("... - OT f/u"), not where the name speaks of the care ("Video
visit - hip fracture, home PT recertification", blind wave 31); or by its participants, every one
of whom carries those roles' credentials ("Brock Tanaka, PT") or qualification. A participant
whose credentials are not known, or a practitioner among them, keeps the visit (a physician's
visit a nurse roomed). Abbreviations count in capitals only ("Pt follow-up" is the patient's),
and "EST PT f/u", "New PT office visit" are a patient's (signers.py, blind wave 53, GS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.shapes import as_dict, as_str, dicts
from .context import Context
from .signers import ROLES, author_credentials, credentials

#: A patient new or established to the clinic: "EST PT f/u", "New Pt visit" (not a therapist).
_PATIENT = lazy_re.compile(r"\b(?:new|est|established|returning)\.?[ \t]+pt\b", re.IGNORECASE)
# A report's conclusion may open by naming the test it reports ("Tumor (somatic) NGS panel:
# PIK3CA H1047R ...") under a code that names something else (a HER2 interpretation).
_CONCLUSION_HEADING = lazy_re.compile(r"^\s*([^:.;]{3,60}):")


def _concept_words(concepts: object) -> list[str]:
    words: list[str] = []
    for concept in dicts(concepts) if isinstance(concepts, list) else [as_dict(concepts)]:
        words.append(as_str(concept.get("text")))
        words += [as_str(coding.get("display")) for coding in dicts(concept.get("coding"))]
    return [w for w in words if w.strip()]


def stated_names(item: Evidence) -> str:
    """What a record is called, as written: its label; an Encounter's type and serviceType; a
    report's label and the heading its conclusion opens with (blind wave 40, ES/gen-01: a tumor
    NGS panel filed as "HER2 [Interpretation]")."""
    names = item.label()
    if item.kind == "Encounter":
        words = _concept_words(item.raw.get("type")) + _concept_words(item.raw.get("serviceType"))
        return " ".join(words) or names
    conclusion = item.raw.get("conclusion")
    if item.kind == "DiagnosticReport" and isinstance(conclusion, str):
        heading = _CONCLUSION_HEADING.match(conclusion)
        if heading:
            names = f"{names} {heading.group(1)}"
    return names


#: Each role's discipline as an Encounter names it: abbreviations in capitals, words in any case
#: ("Nurse practitioner visit", "Nursing home visit", "SNF visit" are a practitioner's).
_DISCIPLINES = {
    "therapist": r"(?-i:PT|DPT|OT|OTR|SLP)|(?:physical|occupational|speech|speech[- ]language)"
    r"\s+(?:therapy|therapist|pathology|pathologist)|physio(?:therapy|therapist)?|therapy",
    "assistant": r"(?-i:PTA|COTA|OTA)",
    "nurse": r"(?-i:RN|LPN|LVN|SN)|(?:skilled\s+|home\s+health\s+)?nursing(?!\s+(?:home|facility))"
    r"|nurse(?!\s+practitioner)",
    "aide": r"(?-i:HHA|CNA|STNA)|(?:home\s+health\s+)?aide",
}
_AGENCY = r"(?:(?:home\s+health|home|hh|in-home|outpatient)\s+)?"
#: The visit a discipline named inside the name holds ("Follow-up - OT f/u"); not its evaluation,
#: which a practitioner's visit may order ("Office visit - PT eval ordered").
_VISIT = r"(?:visits?|f/u|fu|follow[-\s]?up|followup|sessions?|tx|treatment)"
#: The agency's visit with no discipline named: "Home health visit - follow-up", "HH eval".
_AGENCY_VISIT = lazy_re.compile(
    rf"^\W*(?:home\s+health|hh)\s+(?:{_VISIT}|re-?eval\w*|eval\w*)\b", re.IGNORECASE
)


@cache
def _discipline(roles: tuple[str, ...]) -> re.Pattern[str]:
    named = "|".join(_DISCIPLINES[r] for r in roles if r in _DISCIPLINES)
    return re.compile(
        rf"^\W*{_AGENCY}(?:{named})(?![\w/-])|(?<![\w/-])(?:{named})\s*[-:]?\s*{_VISIT}\b",
        re.IGNORECASE,
    )


def _encounter_names(item: Evidence) -> list[str]:
    names = _concept_words(item.raw.get("type")) + _concept_words(item.raw.get("serviceType"))
    return [_PATIENT.sub("patient", name) for name in names]


def agency_visit(item: Evidence, roles: Iterable[str], ctx: Context) -> bool:
    """Whether the Encounter ``item`` is the visit of one of ``roles``, by its name or by its
    participants (module docstring)."""
    roles = tuple(roles)
    for name in _encounter_names(item):
        if _AGENCY_VISIT.search(name) or _discipline(roles).search(name):
            return True
    return _by_roles_only(item, roles, ctx)


def _by_roles_only(item: Evidence, roles: tuple[str, ...], ctx: Context) -> bool:
    """Whether every participant of the Encounter ``item`` is known, by the credentials their
    display or their Practitioner carries, to be of ``roles`` alone."""
    wanted = frozenset().union(*(ROLES[r] for r in roles))
    people = [as_dict(p.get("individual")) for p in dicts(item.raw.get("participant"))]
    if not people:
        return False
    for person in people:
        ident = as_str(person.get("reference")).rstrip("/").rsplit("/", 1)[-1]
        held = credentials(as_str(person.get("display"))) | (
            author_credentials(ctx, ident) if ident else set()
        )
        if not held or held - wanted:
            return False  # unknown, or a practitioner: perhaps the physician's own visit
    return True
