"""Whether a coded injection was given into a muscle: a systemic dose, not the joint's injection.

``route: injection`` asks for the steroid injection a payer means before hyaluronan (LCD L39529:
a failed intra-articular corticosteroid). HCPCS J3301 (triamcinolone acetonide, per 10 mg) and
the drug's name code the same vial whether it goes into the knee or into the buttock for a COPD
flare: "Triamcinolone acetonide 40 mg IM injection (COPD exacerbation)", bodySite "Right
gluteus" (blind wave 40, ET/hya-03; the reviewer: "IM Kenalog for COPD", no intra-articular
steroid). The route or the site the record gives says which: the intramuscular route, or a muscle
used for shots (gluteal, deltoid), in its text, its bodySite or a dosage's route or site; and in
the words written on the record itself, a dosage's free text ("40 mg IM once") or the order's
comment ("IM x1 for asthma flare" on a triamcinolone acetonide 40 mg/mL MedicationRequest: blind
wave 58, HK/hyaluronan-knee-03), which say where the order was given as much as a coded route.

A note of the order's own day says it too: "Kenalog 40 mg IM for asthma flare", "Depo-Medrol 80
IM gluteal for COPD exacerbation" beside a triamcinolone order with no comment is that order's
shot, given into a muscle (s62-g, the class of HK/hyaluronan-knee-03 written in the visit's note
rather than on the order). Only a sentence that names the order's drug (or its brand) with the
route or a muscle and no joint: "Kenalog 40 mg R knee; Toradol 60 mg IM" leaves it the knee's.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.shapes import as_dict, as_str, dicts
from ..notes.clause_spans import pieces
from ..notes.muscle_shots import JOINT_WORDS, MUSCLE
from .stopped_orders import drug_names

#: The route or a muscle shots are given into. Coded texts are read in lower case, where "im"
#: beside a dose or "injection" is the route as it is in capitals; "i.m." ends on its stop.
_INTO_MUSCLE = lazy_re.compile(
    r"\b(?:im|intramuscular(?:ly)?|glute(?:us|al)|buttocks?|deltoid)\b|\bi\.m\.(?!\w)",
    re.IGNORECASE,
)


def _texts(concept: Any) -> list[str]:
    """A CodeableConcept's text and its codings' displays."""
    concept = as_dict(concept)
    displays = [as_str(coding.get("display")) for coding in dicts(concept.get("coding"))]
    return [as_str(concept.get("text")), *displays]


def into_muscle(item: Evidence) -> bool:
    """Whether the record says its injection was given into a muscle."""
    raw = item.raw
    words = [item.route, item.text]
    for site in dicts(raw.get("bodySite")):
        words += _texts(site)
    for dosage in dicts(raw.get("dosage")) + dicts(raw.get("dosageInstruction")):
        words += _texts(dosage.get("route")) + _texts(dosage.get("site"))
        words.append(as_str(dosage.get("text")))
    words += [as_str(note.get("text")) for note in dicts(raw.get("note"))]
    return bool(_INTO_MUSCLE.search(" ".join(w for w in words if w)))


#: A note's route or muscle, as muscle_shots.py reads it ("IM" in capitals only).
_NOTE_MUSCLE = lazy_re.compile(rf"\b{MUSCLE}(?!\w)", re.IGNORECASE)
#: The brands a note writes for an injectable steroid an order names by its generic, and back.
_STEROIDS = (
    frozenset({"triamcinolone", "kenalog"}),
    frozenset({"methylprednisolone", "depo-medrol", "depomedrol", "solu-medrol"}),
    frozenset({"betamethasone", "celestone"}),
    frozenset({"dexamethasone", "decadron"}),
)
#: A note's sentences: a stop before a space ends one, not a dose's "0.5" nor "I.M.".
_SENTENCE_END = lazy_re.compile(r"(?<!\bI\.M)(?<!\bi\.m)\.(?=\s|$)|[;\n]")


def noted_into_muscle(item: Evidence, notes: list[Any]) -> bool:
    """Whether a note of the medication order ``item``'s day (``notes``: every text of the
    record) gives its drug into a muscle, in a sentence that names no joint."""
    if item.date is None or not item.kind.startswith("Medication"):
        return False
    names = {n.strip("-") for n in drug_names(item)}
    names |= {b for group in _STEROIDS if group & names for b in group}
    if not names:
        return False
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    drug = re.compile(rf"(?<![\w-])(?:{alternatives})(?![a-z])", re.IGNORECASE)
    for note in notes:
        if note.kind != "note" or note.date != item.date or not note.text:
            continue
        for start, end in pieces(note.text, _SENTENCE_END):
            sentence = note.text[start:end]
            if drug.search(sentence) and _NOTE_MUSCLE.search(sentence):
                if not JOINT_WORDS.search(sentence):
                    return True
    return False
