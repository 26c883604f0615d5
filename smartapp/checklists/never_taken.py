"""A drug prescribed but never taken is no medication history, on its order or on a med list.

A note that says the patient never took an open order's drug ("never picked up azathioprine -
pharmacy said PA needed ... has not taken any doses") ends that order on its own day
(stopped_orders.py, stop_dates.NOT_YET_TAKEN): the prescription gave no course. Reviewers read
the same of a medication list that still carries the drug afterwards ("Current Outpatient
Medications: ... azathioprine 50 mg tab - 2 tabs daily"): an EHR list goes on listing what was
prescribed, so a bare entry with no date of its own is no word that the drug was begun; only a
note that says it was taken after all ("started AZA 4/25", "restarted") is, and stopped_orders
then keeps the order running (blind wave 30, DE/inf-03: azathioprine ordered 3/10, never taken
per a nurse's call 4/20, still on the 4/27 list; the reviewer: "listed but never taken").
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from .context import Context
from .stopped_orders import OPEN, drug_names


def never_taken(item: Evidence, ctx: Context) -> bool:
    """Whether an open medication order is one a note says was never taken: its stop falls on
    the order's own day (stop_dates.stop_date dates a "never filled" there)."""
    if not item.kind.startswith("Medication") or item.status not in OPEN:
        return False
    return item.date is not None and ctx.note_stop(item) == item.date


def _never_taken_names(ctx: Context) -> re.Pattern[str] | None:
    """The names of every drug ordered and never taken, as one pattern (None: there is none)."""
    names: set[str] = set()
    for item in ctx.record.of("MedicationRequest", "MedicationStatement"):
        if never_taken(item, ctx):
            names.update(drug_names(item))
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def drop_listed_never_taken(findings: list[Any], ctx: Context) -> list[Any]:
    """``findings`` without the medication-list entries, undated, of a drug ordered and never
    taken (a list written before the order could not list it, so every such entry comes after)."""
    listed = [f for f in findings if f.section == "medications" and not f.when]
    if not listed:
        return findings
    pattern = _never_taken_names(ctx)
    if pattern is None:
        return findings
    return [f for f in findings if f not in listed or not pattern.search(f.text)]


#: A denial that tells the drug was taken after all: "Never picked up the azathioprine at
#: first; now taking it daily since 1/5" leaves the list line standing; so does one dose missed
#: ("Did not take the azathioprine this morning before labs").
_TAKEN_SINCE = lazy_re.compile(
    r"\b(?:at first|initially|until|now|since|restarted|resumed|started|this morning|today|"
    r"tonight|last night|yesterday|doses?)\b",
    re.IGNORECASE,
)


def drop_listed_denied(findings: list[Any]) -> list[Any]:
    """``findings`` without the undated medication-list entries of a drug the same note says
    the patient has not taken ("Current Outpatient Medications: ibuprofen 600 mg tab ..." beside
    "Hasn't really taken the ibuprofen", "never took the meloxicam", "not using the naproxen"):
    the list carries what was prescribed, the note's own words say it gave no course (blind wave
    57, HH/lumbar-mri-02). Then finding_dates.newest_wins lets that denial outweigh the older
    mentions. Only the drug the denial names: "never took the meloxicam" leaves listed naproxen.
    """
    denied = {
        (f.note_ref, f.concept, f.text.lower())
        for f in findings
        if f.negated and f.section != "medications" and not _TAKEN_SINCE.search(f.snippet)
    }
    if not denied:
        return findings
    return [
        f
        for f in findings
        if not (
            f.section == "medications"
            and not f.when
            and not f.negated
            and any(
                ref == f.note_ref and concept == f.concept and name in f.text.lower()
                for ref, concept, name in denied
            )
        )
    ]
