"""A note's undated lab result restates the test on file and takes that test's date.

"Pre-treatment screening: TB screening negative (QuantiFERON)." in a letter of medical
necessity written this month is no new test: it repeats the result the record holds, and the
payer counts that test's date (blind wave 23, CC/inf-03: the only QuantiFERON on file was 372
days old, the repeat only ordered). films.py reads imaging restated in a letter the same way.
For a note criterion with ``results_on_file`` (codes and names, as ``has_observation`` takes
them), a statement that gives no date of its own, is not copied from another note and does not
say the test is new or was done that day takes the date of the newest such result on file dated
on or before its note. With no such result on file the statement keeps its note's date. A draw
cancelled, voided or still awaiting its result is no result it could restate (CY/inf-03: "TB
screening was negative" beside a QuantiFERON cancelled, "Specimen not received", and one of 2024).
A "today" or "repeat" in a clause that orders the next test or waits on it ("QFT neg - repeat
ordered today, pending": blind wave 100, NR/infliximab-02) tells of the repeat to come, not a new
result: the restated one still takes the date of the test on file.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import pieces
from .context import Context
from .pending_results import awaiting_result
from .record_filters import OPERATORS, matches_concept

#: Words that make the statement's result the note's own: done that day, or a new draw.
_NEW = lazy_re.compile(
    r"\b(?:today|this (?:visit|week|month)|new|newly|repeat(?:ed)?|recent(?:ly)?|latest|"
    r"updated|just|drawn|obtained)\b",
    re.IGNORECASE,
)
#: A clause that orders the next test or waits on it: its "today" or "repeat" is the order's.
_TO_COME = lazy_re.compile(
    r"\b(?:order(?:ed|s)?|pending|to\s+follow|awaiting|await(?:ed|s)?|scheduled|sent|requested|"
    r"will|planned|due|needed|recommended)\b",
    re.IGNORECASE,
)
#: Where a statement's clauses part: a comma, ";", a dash between spaces, a bracket.
_CLAUSE_BREAKS = lazy_re.compile(r"[,;()\n]|\s[-\u2013]\s|\.(?=\s|$)")
#: The statuses of an Observation or report that holds a result (has_observation's).
_RESULTED = OPERATORS["has_observation"][1] or frozenset()


def restated_results(findings: list[Any], ctx: Context, on_file: dict[str, Any]) -> list[Any]:
    """``findings`` with each undated restatement of a result on file dated by that result."""
    results = [
        item.date
        for item in ctx.record.of("Observation", "DiagnosticReport")
        if item.date
        and item.date <= ctx.as_of
        and (item.status in _RESULTED or not item.status)
        and not awaiting_result(item)
        and matches_concept(item.codes, item.text, on_file)
    ]
    if not results:
        return findings
    out = []
    for finding in findings:
        written = ctx.text_dates.get(finding.note_ref)
        earlier = [d for d in results if written and d <= written]
        if not earlier or finding.when or finding.copied_from or _new_result(finding.snippet):
            out.append(finding)
            continue
        out.append(replace(finding, when=max(earlier)))
    return out


def _new_result(snippet: str) -> bool:
    """Whether ``snippet`` calls its result new or today's, outside the clauses that order the
    next test or wait on it ("repeat ordered today, pending")."""
    return any(
        _NEW.search(snippet, low, high) and not _TO_COME.search(snippet, low, high)
        for low, high in pieces(snippet, _CLAUSE_BREAKS)
    )
