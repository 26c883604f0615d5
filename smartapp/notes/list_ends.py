"""Where a list written on one line ends: the reading segments.py gives a list section's bounds.

- A line that opens with a label of its own ("Tx to date: PT 12 visits ...", "Injections: R knee
  ...") after a list written on its header's line ("Allergies/intolerances: ibuprofen - GI
  bleed; naproxen - dyspepsia.") opens the next field: the list was that line. Read as the
  allergy list's next items, the PT and the injection were reactions, no care (blind wave 38,
  EL/hyaluronan-02). A label that names a drug or a kind of care the note reader knows
  ("Naproxen: 500 mg BID", "PT: 6 wks") is the list's next item still. Only a drug or
  allergy list: a family history's next label ("Education: explained the panel looks for
  BRCA1/2 ...") is no finding of the patient's either, and stays in it — unless the label names
  the patient's own function ("FHx: mother - RA, CAD" then "Function: KOOS JR 38.7. Can't stand
  to cook >10 min": blind wave 39, ER/tka-01, the patient's limits read as the mother's).
- A medication or allergy list opened after a sentence of the line ("Crohn's dx 11/2024. Meds:
  mesalamine 2024-25 (not effective), azathioprine 3/2025-11/2025") is a list from its header
  on, cut into items as a list line is: one drug's "not effective" denied the next (blind wave
  38, EM/inf-01).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from .section_headers import header_at

#: "Tx to date:", "Injections:", "Home eval:": a capitalised label of up to four words, its colon
#: and something written after it.
_LABEL_LINE = re.compile(r"\s*(?P<label>[A-Z][A-Za-z]*(?:[ /&'-]+[A-Za-z]+){0,3})\s*:\s*\S")


#: "Function:", "Functional status:", "ADLs:", "Mobility:": a label only the patient's own
#: state is written under (how the patient manages, scores of the patient's function).
_FUNCTION_LABEL = re.compile(
    r"\s*(?:function(?:al)?(?:\s+(?:status|history|limitations?|limits|impact))?|adls?|"
    r"activities of daily living|mobility)\s*(?:\([^)]{0,30}\))?\s*:\s*\S",
    re.IGNORECASE,
)


def ends_inline_list(line: str, section: str) -> bool:
    """Whether ``line`` ends the ``section`` list written on its header's line above it: a
    field's label ends a drug or allergy list, a label of the patient's function a family
    history."""
    if section == "family":
        return bool(_FUNCTION_LABEL.match(line))
    return labels_a_field(line)


def labels_a_field(line: str) -> bool:
    """Whether ``line`` opens with the label of a field of its own, not with a word a list
    holds: a drug, a therapy or another target the note reader knows."""
    match = _LABEL_LINE.match(line)
    if match is None:
        return False
    label = " ".join(match.group("label").lower().split())
    phrases, first_words = _known_words()
    return label not in phrases and not (" " not in label and label in first_words)


def opens_a_list(text: str, lists: Collection[str]) -> bool:
    """Whether ``text`` opens with the header of one of the ``lists`` sections, items after it
    on the same line."""
    found = header_at(text)
    return found is not None and found[0] in lists and bool(text[found[1] :].strip())


@cache
def _known_words() -> tuple[frozenset[str], frozenset[str]]:
    """(every target phrase, every target's first word), lower case."""
    from .pipeline import first_words, targets  # the pipeline reads notes cut by segments.py

    return frozenset(targets()[0]), first_words()
