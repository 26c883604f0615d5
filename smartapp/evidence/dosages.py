"""A medication order's dosage instructions as a text to read: "infliximab 100 mg injection: 5
mg/kg IV (61.2 kg = 306 mg; give 300 mg) at weeks 0, 2 and 6, then every 8 weeks".

The prescriber's dosing plan often lives only there, while the note points to it ("Infliximab
induction (see medication order for dosing)", blind wave 20). Such a text is of its own kind,
``dosage``: it is a plan for the drug, never the drug taken, so only a criterion that lists the
kind reads it (INF-004's dosing plan); a care episode or a stop statement never does. The drug's
name leads the text, so that a criterion can ask which drug the dose is for.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from .notes import never_had
from .record import Evidence, Note
from .shapes import as_dict, as_str, dicts, reference

#: The kind of text a medication order's dosage instructions make (see the module docstring).
DOSAGE_KIND = "dosage"


def _requester(resource: dict[str, Any]) -> tuple[str, ...]:
    ref = reference(resource.get("requester"))
    return (ref.rstrip("/").split("/")[-1],) if ref else ()


def dosage_texts(items: list[tuple[Evidence, dict[str, Any]]]) -> list[Note]:
    """One text per MedicationRequest with dosage instructions in words, dated by the order."""
    texts: list[Note] = []
    for item, resource in items:
        if item.kind != "MedicationRequest" or never_had(resource):
            continue
        instructions = dicts(resource.get("dosageInstruction"))
        words = [w for w in (as_str(as_dict(d).get("text")).strip() for d in instructions) if w]
        if not words:
            continue
        # The drug as the record reads it (its concept's text and codings' displays, lower-case).
        text = f"{item.text.strip() or 'medication'}: {' / '.join(words)}"
        loader = partial(str, text)
        note_ref = f"{item.ref}#dosage"
        authors = _requester(resource)
        texts.append(
            Note(note_ref, item.date, (), "current", loader, "dosage", DOSAGE_KIND, "", authors)
        )
    return texts
