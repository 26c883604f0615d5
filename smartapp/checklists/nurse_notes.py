"""A nurse's own note, told by its title or first line, whoever filed it.

A nurse's triage call or phone note evaluates no one: it records what the patient says and what
the nurse advised or relayed, not a practitioner's evaluation of the symptom (blind waves DC,
GH, EI/cardiac: "the call is a nurse phone note, not an evaluation"). Such a note often names
its writer only in its heading, "TELEPHONE ENCOUNTER 6/30/2026 - RN triage (K. Dobbs RN)",
"Phone note (RN):", "Nurse triage phone 7/15:", a "Nurse note" type, and carries no signature
line, so it read as unsigned (unknown, kept) and met CARD-001 (blind wave 64,
IE/cardiac-imaging-03). The heading decides, as a supplier's does (supplier_notes.py), unless a
practitioner signs the note too; a practitioner whose order the nurse relays ("Per J. Mbeki NP
(verbal): order coronary CTA") signs nothing (signers.credentials). A practitioner's own
telephone or video visit names no nurse and still counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import lazy_re
from ..evidence.record import Note
from .note_heading import headed

#: A nurse named as the writer in a heading: "RN triage", "Nurse phone note", "Triage RN",
#: "Phone note (RN)", "(RN B. Sandoval)", "RN:", "Telephone Encounter - RN"; not "nurse visit
#: for ECG" in a physician's plan (only the title and the first line are read), nor "RN" as a
#: word in lower case.
_NURSE_HEADING = lazy_re.compile(
    r"\b(?:(?i:nurse|nursing)|RN|LPN)\s+(?i:triage|phone|telephone|call|note|message|msg|"
    r"intake)\b"
    r"|\b(?i:triage)\s+(?:RN|LPN|(?i:nurse))\b"
    r"|\((?:RN|LPN)\b(?:\s+[^()\n]{0,30})?\)"
    r"|^\W*(?:RN|LPN)\s*:"
    r"|\b(?i:telephone|phone)\s+(?i:encounter|note|call)\s*[-\u2013:]\s*(?:RN|LPN)\b"
)


#: A practitioner whose word another hand relays, named right before: "Per J. Mbeki NP
#: (verbal): order coronary CTA", "per Dr. L. Ames MD".
_RELAYED = lazy_re.compile(r"\b(?i:per)\s+(?:(?i:dr)\.?\s+)?(?:[A-Z]\.\s*){0,2}$")


def relayed(text: str, start: int) -> bool:
    """Whether the signing name at ``start`` of ``text`` is one whose word is relayed ("Per")."""
    return bool(_RELAYED.search(text[max(0, start - 20) : start]))


def nurse_document(note: Note) -> bool:
    """Whether ``note`` is a nurse's by its title or first line."""
    return headed(note, _NURSE_HEADING)


def by_nurse_only(note: Note, roles: Iterable[str], signing: set[str],
                  wanted: frozenset[str]) -> bool:
    """Whether ``note`` is a nurse's that no hand of ``roles`` signs (``signing`` are its
    signing credentials, ``wanted`` those of ``roles``)."""
    return "nurse" not in roles and nurse_document(note) and not signing & wanted
