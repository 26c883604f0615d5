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
"""

from __future__ import annotations

import re
from typing import Any

from ..evidence import Evidence
from ..evidence.shapes import as_dict, as_str, dicts

#: The route or a muscle shots are given into. Coded texts are read in lower case, where "im"
#: beside a dose or "injection" is the route as it is in capitals; "i.m." ends on its stop.
_INTO_MUSCLE = re.compile(
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
