"""What one evaluation knows besides the checklist: the record, dates, the requested service.

Also the shared result type of every criterion, so operators stay small pure functions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from ..evidence import PatientRecord
from ..evidence.record import Order
from ..evidence.region_match import referred
from ..notes.calendar_days import months_on
from .codelist import CodeList
from .laterality import planned_sides
from .order_sides import stated_sides

MAX_EVIDENCE = 5
#: Observation statuses a charted reading counts with (no status: a vendor that sends none).
FINAL = frozenset({"final", "amended", "corrected", ""})


@dataclass(frozen=True)
class Context:
    """Inputs of one evaluation.

    ``anchor`` is the day look-back windows are counted back from: the request's day (``as_of``),
    or, for a criterion that says ``since: order``, the day the order was written
    (``order_date``: ``authoredOn``, never after ``as_of``; "a face-to-face visit in the six
    months before the written order"). ``service_date`` is the proposed date of service
    (``occurrence[x]``), else ``as_of``: coverage must be active on it.
    """

    record: PatientRecord
    as_of: date
    anchor: date
    service_date: date
    order_date: date
    service_system: str
    service_code: str
    order: Order | None
    diagnoses: CodeList
    #: The checklist's ``spread_diagnoses`` (spread_pairing.py), when it has them.
    spread_diagnoses: CodeList | None = None
    #: A window counted in calendar months (``calendar_months``): the result sentence names the
    #: months the payer's rule names ("within 6 months before 2026-07-10 (181 days)").
    window_months: int | None = None
    #: The last day evidence counts when a criterion's window closes before ``as_of``
    #: (``after_days``: a face-to-face at most 30 days after the start of care).
    window_end: date | None = None
    #: Judging whether an item applies (``applies_when``, outside any ``not``): the order's own
    #: diagnosis counts as one the record holds (order_diagnosis.py). Never for an exemption or
    #: a criterion: the order's word alone brings an item in, it does not satisfy or waive one.
    order_reason_counts: bool = False

    @cached_property
    def text_dates(self) -> dict[str, date | None]:
        """Text reference → its date (notes, report texts, order texts), worked out once per
        evaluation: every note criterion dates its findings by it."""
        return {n.ref: n.date for n in self.record.all_texts()}

    @cached_property
    def texts(self) -> dict[str, str]:
        """Text reference → its text (empty when it has none), worked out once per evaluation."""
        return {n.ref: n.text or "" for n in self.record.all_texts()}

    @cached_property
    def stopped_orders(self) -> dict[str, date | None]:
        """Open medication orders a later note says were stopped, worked out as each is first
        asked about (stopped_orders.py): reference → the day it stopped, or None."""
        return {}

    @cached_property
    def comment_stops(self) -> dict[str, date | None]:
        """Stopped or completed medication orders with no end, as each is first asked about
        (ended_orders.py): reference → the day the order's own comment says it stopped."""
        return {}

    def comment_stop(self, item: Any) -> date | None:
        """The day an ended medication order's own comment says it stopped (None: none said)."""
        if item.ref not in self.comment_stops:
            from .ended_orders import comment_stop

            self.comment_stops[item.ref] = comment_stop(item, self.record.all_texts(), self.as_of)
        return self.comment_stops[item.ref]

    def note_stop(self, item: Any) -> date | None:
        """The day a note says this open medication order stopped (None: it runs on)."""
        if item.ref not in self.stopped_orders:
            from .listed_orders import listed_not_taken_on
            from .stopped_orders import stopped_on

            texts = self.record.all_texts()
            stop = stopped_on(item, texts, self.as_of)
            # A later list's "(not taking)": never begun, unless a stop dated before that list
            # says the drug was taken until then.
            listed = listed_not_taken_on(item, texts, self.as_of)
            if listed is not None and (stop is None or stop >= listed):
                stop = item.date
            self.stopped_orders[item.ref] = stop
        return self.stopped_orders[item.ref]

    @cached_property
    def order_regions(self) -> frozenset[str]:
        """The body regions the order is about (empty when it names none), with the side the
        requester's plan gives when the order names a region but no side ("P: R TKA"), unless
        the order's own reason or words give it (order_sides.py: "RIGHT knee", M23.231)."""
        if not self.order:
            return frozenset()
        findings = self.record.findings or ()
        own = stated_sides(self.order)
        return planned_sides(own, findings, self.text_dates, self.as_of)

    def in_force_on(self, spec: dict[str, Any]) -> date:
        """The day a plan of care must be in force on: ``as_of``, or with ``in_force: service``
        the day the requested service starts when that is later (a home-health certification
        to 3/05 does not cover PT asked for from 3/09: blind wave 13, AR/hh-02)."""
        if spec.get("in_force") == "service":
            return max(self.as_of, self.service_date)
        return self.as_of

    def regions_for(self, spec: dict[str, Any]) -> frozenset[str]:
        """The order's regions for a criterion: widened to where the order's symptoms and exam
        findings are felt when it says ``same_region: referred`` (a lumbar order's leg)."""
        if spec.get("same_region") == "referred":
            return referred(self.order_regions)
        return self.order_regions

    def window(self, within_days: int | None) -> tuple[date | None, date]:
        """[anchor − N days, as_of] (or ``window_end`` when earlier); evidence after ``as_of``
        never counts."""
        low = self.anchor - timedelta(days=within_days) if within_days else None
        return low, min(self.as_of, self.window_end or self.as_of)

    def in_window(self, when: date | None, within_days: int | None) -> bool:
        """True when ``when`` lies in the window (undated: only when there is no window)."""
        low, high = self.window(within_days)
        if when is None:
            return low is None
        return when <= high and (low is None or when >= low)

    def window_text(self, within_days: int | None) -> str:
        """How the window reads in a result sentence."""
        if not within_days:
            return f"up to {self.as_of.isoformat()}"
        if self.window_months:
            return (f"within {self.window_months} months before {self.anchor.isoformat()}"
                    f" ({within_days} days)")  # fmt: skip
        if self.window_end:
            after = (self.window_end - self.anchor).days
            return f"from {within_days} days before to {after} days after {self.anchor.isoformat()}"
        return f"within {within_days} days before {self.anchor.isoformat()}"


@dataclass
class Outcome:
    """A criterion's result: status, cited evidence, and what was searched (or why partial)."""

    status: str
    evidence: list[dict[str, str]] = field(default_factory=list)
    searched: str = ""
    #: When the counted evidence happened (for ``before``: "the evaluation before the sleep test").
    dates: list[date] = field(default_factory=list)


def calendar_months_days(anchor: date, months: int) -> int:
    """Days from the same day ``months`` calendar months before ``anchor`` (the month's last day
    when it has no such day: six months before 8/31 is 2/28) to ``anchor``. "Within the six
    months before the written order" (CMS's face-to-face rule) ends on that day: 181 to 184 days,
    which a fixed 183 overshoots (blind wave 21, BW/whc-02: an exam 1/08 for an order of 7/10 is
    six months and two days before it)."""
    return (anchor - months_on(anchor, -months)).days


def clip(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary with an ellipsis when longer than ``limit``
    (a quote never ends mid-word)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    whole = text[limit - 1] == " "  # the cut falls between two words: keep the last one
    return (cut if whole else cut.rsplit(" ", 1)[0]).rstrip() + "…"


def cite(reference: str, snippet: str) -> dict[str, str]:
    """One evidence citation; a long passage is cut at a word boundary with an ellipsis."""
    return {"reference": reference, "snippet": clip(snippet, 240)}


def unique_evidence(evidence: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Citations once per passage: the same quote from the same resource (several findings in
    one sentence, overlapping ranges) is shown once, the first citation kept."""
    return _first_of_each(evidence or [], lambda reference, snippet: (
        reference.partition("#")[0], snippet))


def cited_once(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An item's citations with each statement once, the first kept: an item whose routes or
    parts read the same passage (HHC-002's need in the window and in the episode) cited it twice,
    and a repeat crowds out the next citation where only the first few are shown. The same
    resource and span is the same evidence; a coded resource (no span) cites one code per entry,
    so its citations differ by the code quoted and all stay. Unlike :func:`unique_evidence` (a
    page's view), the same words at another span stay: they are another place in the note."""
    return _first_of_each(evidence, lambda reference, snippet: (
        reference, "" if "#" in reference else snippet))


def _first_of_each(
    evidence: list[dict[str, Any]], key: Callable[[str, str], tuple[str, str]]
) -> list[dict[str, Any]]:
    """The first citation of each ``key(reference, snippet)``, in order."""
    seen: set[tuple[str, str]] = set()
    first = []
    for entry in evidence:
        found = key(str(entry.get("reference", "")), str(entry.get("snippet", "")))
        if found not in seen:
            seen.add(found)
            first.append(entry)
    return first


def request_date(order: Order | dict[str, Any] | None) -> date | None:
    """The order's proposed date of service (occurrence[x]; Timing → its first event)."""
    if order is None:
        return None
    if isinstance(order, Order):
        return order.occurrence
    from ..evidence.orders import order_of

    return order_of(order, "", {}).occurrence
