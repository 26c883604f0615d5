"""A coded allergy or intolerance as a text to read: "Allergies: Naproxen (GI bleed
2025 (stopped after 6 weeks))".

Clinics chart a drug trial that failed on the allergy list as often as in a note's allergy line:
an AllergyIntolerance whose reaction says "stopped after 6 weeks" or "after 3 wk trial" tells a
course of the drug had and failed, which a payer's "NSAID trial" counts (blind wave 56,
HB/hip-arthroplasty-02: naproxen for six weeks in 2025, then a GI bleed, charted only there and
as "Naproxen stopped (GI bleed)" in the next visit's note). The text is written as a note's
allergy line is, so the NLP reads it in the allergies section and the care episode applies the
same rule (checklists/allergy_trials.py): a reaction alone ("rash") is no course of the drug.
Its kind, ``allergy``, is read only where a criterion lists it (a care episode): a reaction is
no clinical note, finding or symptom of this visit.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from .codes import codes_of
from .dates import first_date
from .record import Note
from .shapes import as_dict, as_str, dicts, status_code

#: The kind of text an allergy entry makes (see the module docstring).
ALLERGY_KIND = "allergy"


def _named(concept: Any) -> str:
    """The concept as written: its text, else its first coding's display."""
    concept = as_dict(concept)
    text = as_str(concept.get("text")).strip()
    if text:
        return text
    codes, _text = codes_of(concept)
    return next((c.display.strip() for c in codes if c.display.strip()), "")


def _reactions(resource: dict[str, Any]) -> list[str]:
    """Each reaction's words: its manifestations, then its description; then the notes."""
    out = []
    for reaction in dicts(resource.get("reaction")):
        shown = [_named(m) for m in dicts(reaction.get("manifestation"))]
        shown.append(as_str(reaction.get("description")).strip())
        out += [words for words in shown if words]
    out += [as_str(n.get("text")).strip() for n in dicts(resource.get("note"))]
    return [words for words in out if words]


def allergy_texts(items: list[tuple[str, dict[str, Any]]]) -> list[Note]:
    """One text per active AllergyIntolerance with a drug and a reaction in words, dated when it
    was charted (else its onset or last occurrence)."""
    texts: list[Note] = []
    for ref, resource in items:
        status = status_code(resource.get("verificationStatus"))
        if status in ("entered-in-error", "refuted"):
            continue
        drug = _named(resource.get("code"))
        reactions = _reactions(resource)
        if not drug or not reactions:
            continue
        when = first_date(
            resource, "recordedDate", "onsetDateTime", "onsetPeriod.start", "lastOccurrence"
        )
        # The reaction in brackets after the drug, as "naproxen (rash)" is listed: one entry,
        # its dates and weeks the drug's (a dash would cut it into an item of its own).
        text = f"Allergies: {drug} ({', '.join(reactions)})"
        loader = partial(str, text)
        texts.append(Note(f"{ref}#allergy", when, (), "current", loader, "allergy", ALLERGY_KIND))
    return texts
