"""A test a note names, with no reading, on the day the record holds it called off: its order
revoked or entered in error, its Procedure "not-done", its result cancelled (blind wave 84,
LL/card-02).

"P: 12-lead ECG today (MA to obtain) -- pt had to leave for work, will get at stress lab." was
written on 4/14 beside a ServiceRequest for the ECG (CPT 93000) of 4/14, revoked: the reviewer
read no resting ECG on record (CARD-004, LCD L35083). Whatever words a note has for the test
that day ("ECG today", "12-lead ordered"), a name with nothing read from it is the order the
record says was called off, not a tracing had. So ``unless_called_off`` on a note_finding
(``{codes, names}``: the test as the record codes and names it) leaves out the findings that:

- are the test's name (not a reading: "NSR", "LBBB" stand wherever they are written),
- in a clause that reads nothing from it (ecg_not_taken.ecg_read's words: a value, "normal",
  "shows", "reviewed", "done" ...),
- written on a day the record holds the test called off and neither ordered live nor done:
  a live order or a completed Procedure or result that day is the test re-ordered or had, and
  the note's name stands. A statement dated another day ("ECG 3/2") is not that day's order.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..notes.ecg_not_taken import ecg_read
from .context import Context
from .finding_dates import note_dates, written_date
from .record_filters import matches_concept

#: Statuses of an order, a Procedure or a result that say the test was never had (FHIR R4
#: RequestStatus, EventStatus, ObservationStatus, DiagnosticReportStatus).
_VOID = frozenset({"revoked", "entered-in-error", "cancelled", "not-done"})
#: ... and those of an order still standing, or a test done: that day's name stands.
_LIVE = frozenset(
    {"active", "on-hold", "completed", "in-progress", "final", "amended", "corrected",
     "preliminary", "registered", "available"}
)  # fmt: skip
#: The record kinds a test is charted as done or resulted.
_EVENTS = ("Procedure", "Observation", "DiagnosticReport")


def _days_by_status(test: dict[str, Any], ctx: Context) -> tuple[dict[date, str], set[date]]:
    """The days the record holds ``test`` called off (day -> the first reference, to cite) and
    the days it holds it ordered live or done."""
    void: dict[date, str] = {}
    live: set[date] = set()
    for order in ctx.record.orders:
        words = " ".join([*(c.display for c in order.codes), order.free_text])
        if not matches_concept(order.codes, words, test):
            continue
        days = {d for d in (order.authored, order.occurrence) if d is not None}
        if order.status in _VOID:
            for day in days:
                void.setdefault(day, order.ref)
        elif order.status in _LIVE:
            live |= days
    for item in ctx.record.of(*_EVENTS):
        if item.date is None or not matches_concept(item.codes, item.text, test):
            continue
        if item.status in _VOID:
            void.setdefault(item.date, item.ref)
        elif item.status in _LIVE:
            live.add(item.date)
    return void, live


def _names_unread(finding: Any, test: dict[str, Any]) -> bool:
    """Whether ``finding`` is the test's name in a clause that reads nothing from it."""
    name = finding.text.lower().replace("-", " ")
    if name not in {n.lower().replace("-", " ") for n in test.get("names", ())}:
        return False
    at = finding.snippet.lower().find(finding.text.lower())
    return at >= 0 and not ecg_read(finding.snippet, at, at + len(finding.text))


def called_off(findings: list[Any], test: dict[str, Any], ctx: Context) -> list[Any]:
    """``findings`` without those that name ``test`` unread on a day the record holds it
    called off (module docstring)."""
    void, live = _days_by_status(test, ctx)
    days = set(void) - live
    if not days:
        return findings
    dates = note_dates(ctx)
    kept = []
    for finding in findings:
        day = written_date(finding, dates)
        elsewhen = finding.when is not None and finding.when != day
        if day in days and not elsewhen and _names_unread(finding, test):
            continue  # "12-lead ECG today (MA to obtain)" the day its order was revoked
        kept.append(finding)
    return kept


def called_off_said(test: dict[str, Any], ctx: Context) -> str:
    """What a result that found nothing adds: the records that called the test off."""
    void, live = _days_by_status(test, ctx)
    shown = ", ".join(f"{ref} on {day}" for day, ref in sorted(void.items()) if day not in live)
    if not shown:
        return ""
    return (f" A note naming the test with no reading on a day it was called off ({shown}) "
            "does not count.")  # fmt: skip
