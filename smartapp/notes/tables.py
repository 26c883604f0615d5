"""Table rows whose numbers belong to a header row above them.

An Epic flowsheet or a six-minute-walk table writes the measure once, in the header
("Condition | O2 | SpO2 | HR |"), and the values below it ("Ambulating | room air | 86% | 112 |").
Read row by row, "86%" names no measure; here each value cell is given the measure its column's
header names, so the row reads as "SpO2 86%".
"""

from __future__ import annotations

import re

from .. import lazy_re
from .pipeline import targets

_DIGIT = lazy_re.compile(r"\d")
#: A cell that starts with a number is a value ("93%", "104", "< 2"), unless the number begins a
#: test's name: "6MWT" or "6-minute walk" heading a walk test's first column names the test, and
#: read as a value it made the header row ("6MWT | SpO2 | HR |") a row of values, so no cell
#: below it had a measure (blind wave 51, GL/oxygen-02: a walk's SpO2 89% read as no test).
_VALUE = lazy_re.compile(r"[<>~≤≥]?\s*\d(?!\d*(?:[a-z]{3,}|-(?:minute|min)\b))", re.IGNORECASE)


def cells(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a table row ("a | b | c |"); [] when ``text`` is no row."""
    if text.count("|") < 2:
        return []
    pieces, start = [], 0
    for part in text.split("|"):
        pieces.append((start + len(part) - len(part.lstrip()), part.strip()))
        start += len(part) + 1
    # A row written "| a | b |" has nothing before its first bar or after its last; empty cells
    # inside it keep their column.
    if pieces and not pieces[0][1] and text.lstrip().startswith("|"):
        pieces = pieces[1:]
    if pieces and not pieces[-1][1]:
        pieces = pieces[:-1]
    return pieces


#: A header's unit mark, before or after its measure's name: "% relief", "Relief (%)", "SpO2 %".
_UNIT_MARK = lazy_re.compile(r"^(?:%|\(%\))\s*|\s*(?:%|\(%\))$")


def measure_columns(row: list[tuple[int, str]]) -> dict[int, str]:
    """{column: measure label} when ``row`` is a header row naming measures, else {}."""
    if any(_VALUE.match(text) for _, text in row):
        return {}  # a row of values, not of names
    phrases = targets()[0]
    columns = {}
    for column, (_, text) in enumerate(row):
        # A pain diary's "% relief" column names relief, as its cells "90%" say (blind wave 46,
        # FT/injections-02: two blocks' relief in an HTML table read as no relief at all).
        name = _UNIT_MARK.sub("", text).lower()
        labels = [label for label in phrases.get(name, ()) if label.startswith("measure|")]
        if labels:
            columns[column] = sorted(labels)[0]
    return columns


def value_cells(
    row: list[tuple[int, str]], columns: dict[int, str]
) -> list[tuple[int, str, str]]:
    """(offset, measure label, cell) of each cell under a measure header that holds a number."""
    return [
        (row[column][0], label, row[column][1])
        for column, label in columns.items()
        if column < len(row) and _DIGIT.search(row[column][1])
    ]


#: The words a table's heading row names its columns with ("Measure | Initial | Current |",
#: "Exam | Finding |"): a heading row states no finding.
_COLUMN_WORDS = frozenset(
    "measure measures test tests initial current baseline goal goals result results value values "
    "date prior previous discharge eval evaluation re-eval today status score outcome finding "
    "findings exam change left right l r".split()
)
#: Scores the patient reports (questionnaires, pain ratings), not signs an examiner elicits.
_SELF_REPORTED = lazy_re.compile(
    r"\s*(?:oswestry(?:\s+disability\s+index)?|odi|ndi|neck disability index|nprs|vas|"
    r"numeric pain rating(?: scale)?|pain(?:\s+(?:score|rating|level|scale))?|koos(?:\s*jr)?|"
    r"hoos(?:\s*jr)?|womac|lefs|(?:quick\s*)?dash|spadi|ases|promis(?:[- ]\w+)*|psfs|fabq|"
    r"epworth|phq-?\d)\b",
    re.IGNORECASE,
)
_REPORT_WORDS = lazy_re.compile(
    r"\b(?:leg|back|neck|arm|knee|hip|shoulder|initial|current|baseline|today|now|was|from|to|"
    r"at|best|worst|avg|average|score|total|pts?|points)\b",
    re.IGNORECASE,
)


def heading_row(row: list[tuple[int, str]]) -> bool:
    """True when every cell of ``row`` is a column heading ("Measure | Initial | Current |")."""
    return bool(row) and all(text.lower() in _COLUMN_WORDS for _, text in row)


def self_reported_only(text: str) -> bool:
    """True when the statement gives only a patient-reported score ("Oswestry | 40% | 36% |",
    "NPRS leg 6/10"): a PT discharge note's Objective table of questionnaires is no exam."""
    match = _SELF_REPORTED.match(text)
    if match is None:
        return False
    rest = _REPORT_WORDS.sub(" ", text[match.end() :])
    return not re.search(r"[a-z]{2,}", rest, re.IGNORECASE)
