"""Table rows whose numbers belong to a header row above them.

An Epic flowsheet or a six-minute-walk table writes the measure once, in the header
("Condition | O2 | SpO2 | HR |"), and the values below it ("Ambulating | room air | 86% | 112 |").
Read row by row, "86%" names no measure; here each value cell is given the measure its column's
header names, so the row reads as "SpO2 86%".
"""

from __future__ import annotations

import re

from .pipeline import targets

_DIGIT = re.compile(r"\d")
_VALUE = re.compile(r"[<>~≤≥]?\s*\d")


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


def measure_columns(row: list[tuple[int, str]]) -> dict[int, str]:
    """{column: measure label} when ``row`` is a header row naming measures, else {}."""
    if any(_VALUE.match(text) for _, text in row):
        return {}  # a row of values, not of names
    phrases = targets()[0]
    columns = {}
    for column, (_, text) in enumerate(row):
        labels = [label for label in phrases.get(text.lower(), ()) if label.startswith("measure|")]
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
