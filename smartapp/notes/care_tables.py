"""A table of the care tried, headed by its columns, ends a list written above it.

An Epic note printed "Allergies/Intolerances: meloxicam - dyspepsia (stopped 1/2026 after 4
wks)" and under it a table, "Therapy | Dates | Visits | Result |" then "PT (Riverside Rehab) RC
strengthening + HEP | 1/5/26 - 2/20/26 | 12 | no sustained improvement |" (blind wave 98,
NM/aio-01). A table's row goes on with the list it follows (list_ends.allergy_entries: an
allergy table's rows are its entries), so the seven weeks of therapy and the injection were read
as reactions in an allergy list, no care, and the MRI's six weeks of conservative care a gap.

A heading row whose first column names the care ("Therapy", "Treatment", "Prior treatment",
"Conservative care", "Intervention", "Modality") and whose other cells are a care table's
column names (dates, visits, result, response, provider; no number) heads a table of care, not
of a list's entries: it ends an allergy, medication, problem, past or family history list above
it, whether the list was written on its header's line or under it; its rows are then read in no
section, as a row of care anywhere is. Under an allergy list a heading of drugs tried
("Medication | Dates | Response |") ends it too, for an allergy table is headed by its allergen
and reaction. Not a row of values ("PT | 6 wks | failed |"), not a row of entries ("NSAIDs | GI
upset/dyspepsia |" under "Agent | Reaction |"), and not a heading that names an allergy's
columns ("Drug | Reaction | Severity |"). A plan's table ("Therapy | Frequency | Duration |"
under "Plan:") is no list's and keeps its section.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: The lists a table of care ends (segments.LIST_SECTIONS).
ENDED_LISTS = frozenset({"allergies", "medications", "problem_list", "pmh", "family"})
#: A first column that names the care tried.
_CARE_HEAD = lazy_re.compile(
    r"(?:(?:prior|previous|past|conservative|nonoperative|non-operative|nonsurgical|"
    r"non-surgical)\s+)*(?:therapy|therapies|treatments?|tx|care|interventions?|modality|"
    r"modalities|management)(?:\s+(?:tried|to\s+date|history|hx|type|course))?",
    re.IGNORECASE,
)
#: ... or, under an allergy list, the drugs tried.
_DRUG_HEAD = lazy_re.compile(
    r"(?:(?:prior|previous|past)\s+)?(?:medications?|meds?|drugs?|nsaids?)(?:\s+tried)?",
    re.IGNORECASE,
)
#: An allergy table's own columns: such a heading is the list's.
_ALLERGY_COLUMN = lazy_re.compile(
    r"\b(?:reactions?|severity|allergens?|allerg\w*|criticality|intoleran\w*)\b", re.IGNORECASE
)
_DIGIT = lazy_re.compile(r"\d")
#: The words the other columns of a table of care are named with ("Dates", "Visits", "Result",
#: "Date started", "Reason stopped", "Provider"): a row whose other cells hold anything else is
#: a row of entries ("NSAIDs | GI upset/dyspepsia |" under "Agent | Reaction |", blind wave 48,
#: FY/spine-01), not a heading.
_COLUMN_WORDS = frozenset(
    "date dates start started begun stop stopped end ended from to through when duration length "
    "weeks wks months time visits sessions number no count frequency freq dose dosage result "
    "results response outcome outcomes effect relief benefit improvement provider clinic "
    "location facility where comments comment notes status reason why tried trial completed "
    "attended course type details site side region level of".split()
)
_NAME_WORD = lazy_re.compile(r"[a-z]+", re.IGNORECASE)
#: Words a column's name has at the most ("Date started", "Visits completed", "Prior treatment").
_NAME_WORDS = 3


def _cells(line: str) -> list[str]:
    """The non-empty cells of a table row written "a | b | c |"; [] when the line is no row."""
    if line.count("|") < 2:
        return []
    return [cell.strip() for cell in line.split("|") if cell.strip()]


def care_table_head(line: str, section: str) -> bool:
    """Whether ``line`` is the heading row of a table of care that ends the ``section`` list
    above it (see above)."""
    if section not in ENDED_LISTS:
        return False
    cells = _cells(line)
    if len(cells) < 2 or _DIGIT.search(line) or _ALLERGY_COLUMN.search(line):
        return False
    if any(len(cell.split()) > _NAME_WORDS for cell in cells):
        return False  # a sentence in a cell: a row of values, not of names
    first = cells[0]
    for cell in cells[1:]:
        words = _NAME_WORD.findall(cell.lower())
        if not words or any(word not in _COLUMN_WORDS for word in words):
            return False
    return bool(
        _CARE_HEAD.fullmatch(first) or (section == "allergies" and _DRUG_HEAD.fullmatch(first))
    )
