"""Appeal deadlines for a denial on a given day: rules as data (``clocks.yaml``), pure arithmetic.

:func:`compute_deadlines` never reads the clock: pass ``as_of`` (a date, or a datetime to get
hours left on the 72-hour clock). For each rule id it picks the most specific entry for the
denial's plan type and state (docs/appeals.md §2), computes the due date from the rule's start
event, and reports days left, overdue, the source and whether the rule was verified
(:mod:`.deadlines` defines the answer's types and their JSON forms).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from ..yamlfile import safe_load
from .calendar import add_period, check_range, roll
from .deadlines import Deadline, DeadlineReport
from .denial import Denial

DATA = Path(__file__).resolve().parent / "clocks.yaml"
#: How a start event is named when its date is missing ("enter the … date").
START_WORDS = {"service": "service (or discharge)"}
ROLL_TEXT = {
    "none": "no roll",
    "next_business_day": "rolled to the next business day",
    "previous_business_day": "rolled back to the business day before",
}


@cache
def clock_rules() -> dict[str, Any]:
    """The parsed rules file (cached; read-only)."""
    with DATA.open(encoding="utf-8") as handle:
        return safe_load(handle)


def _specificity(entry: dict[str, Any], denial: Denial) -> int | None:
    """2 per matching plan type, 1 per matching state; None when the entry does not apply."""
    when = entry.get("when") or {}
    plans, states = when.get("plan_types", ["*"]), when.get("states", ["*"])
    if denial.plan_type not in plans and "*" not in plans:
        return None
    if denial.plan_type in when.get("except_plan_types", ()):
        return None
    if denial.state not in states and "*" not in states:
        return None
    return 2 * (denial.plan_type in plans) + (denial.state in states)


def _applies(entry: dict[str, Any], denial: Denial) -> bool:
    if denial.stage not in entry.get("stages", ()):
        return False
    if "review" in entry and denial.review not in entry["review"]:
        return False
    if "urgent" in entry and bool(entry["urgent"]) != denial.urgent:
        return False
    return "extended" not in entry or bool(entry["extended"]) == denial.extended


def select_rules(denial: Denial) -> list[dict[str, Any]]:
    """The most specific applicable entry per rule id, in file order."""
    best: dict[str, tuple[int, dict[str, Any]]] = {}
    for entry in clock_rules()["rules"]:
        score = _specificity(entry, denial)
        if score is None or not _applies(entry, denial):
            continue
        if entry["id"] not in best or score > best[entry["id"]][0]:
            best[entry["id"]] = (score, entry)
    return [entry for _, entry in best.values()]


def _naive(moment: datetime) -> datetime:
    """Compare aware and naive date-times: aware ones in UTC, naive ones as given."""
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _source(source_id: str) -> dict[str, str]:
    return {"id": source_id, **clock_rules()["sources"][source_id]}


def _start(entry: dict[str, Any], denial: Denial) -> date | datetime | None:
    return {
        "denial": denial.denial_date,
        "notice": denial.notice,
        "filed": denial.filed_at,
        "decided": denial.decided_on,
        "service": denial.service_date,
    }[entry["starts"]]


def _rule_text(entry: dict[str, Any]) -> str:
    unit = entry["unit"].replace("_", " ")
    rolled = ROLL_TEXT[entry["roll"]]
    return f"{entry['amount']} {unit} from the {entry['starts']} date ({rolled})"


def _due(entry: dict[str, Any], start: date | datetime) -> date | datetime:
    if entry["unit"] == "hours":
        moment = start if isinstance(start, datetime) else datetime.combine(start, time.min)
        return moment + timedelta(hours=entry["amount"])
    day = start.date() if isinstance(start, datetime) else start
    return roll(add_period(day, entry["amount"], entry["unit"]), entry["roll"])


def _deadline(
    entry: dict[str, Any], start: date | datetime, due: date | datetime, as_of: date | datetime
) -> Deadline:
    today = as_of.date() if isinstance(as_of, datetime) else as_of
    due_day = due.date() if isinstance(due, datetime) else due
    hours_left = None
    if isinstance(due, datetime) and isinstance(as_of, datetime):
        hours_left = round((_naive(due) - _naive(as_of)).total_seconds() / 3600, 1)
        overdue = hours_left < 0
    else:
        overdue = today > due_day
    return Deadline(
        rule_id=entry["id"],
        name=entry["name"],
        party=entry["party"],
        due=due,
        starts_from=entry.get("starts", ""),
        start=start,
        days_left=(due_day - today).days,
        overdue=overdue,
        verified=bool(entry.get("verified")),
        source=_source(entry["source"]),
        rule=_rule_text(entry) if "starts" in entry else "",
        note=" ".join(str(entry.get("note") or "").split()),
        hours_left=hours_left,
        see_also=tuple(_source(s) for s in entry.get("see_also", ())),
    )


def compute_deadlines(denial: Denial, as_of: date | datetime) -> DeadlineReport:
    """Every clock running for ``denial`` at its stage, evaluated on ``as_of``.

    ``next`` is the earliest deadline not yet passed; when all have passed, the latest overdue
    one (so a worklist shows the overdue state). An extension entry moves the decision deadline
    it extends by its amount instead of adding a clock of its own.
    """
    for day in (denial.denial_date, denial.notice, denial.filed_at, denial.decided_on, as_of):
        if day is not None:
            check_range(day)  # a stored 9999-12-31 stops here, not in an overflow
    warnings: list[str] = []
    found: dict[str, Deadline] = {}
    entries = select_rules(denial)
    for entry in entries:
        if "extends" in entry:
            continue
        start = _start(entry, denial)
        if start is None:
            warnings.append(
                f"{entry['name']}: enter the {START_WORDS.get(entry['starts'], entry['starts'])}"
                " date to compute this deadline"
            )
            continue
        if entry["unit"] == "hours" and not isinstance(start, datetime):
            warnings.append(
                f"{entry['name']}: no time of day given for the {entry['starts']} date; "
                "counted from the start of that day"
            )
        found[entry["id"]] = _deadline(entry, start, _due(entry, start), as_of)
    for entry in entries:
        for target in entry.get("extends", ()):
            if target in found:
                found[target] = _extend(found[target], entry, as_of)
    for deadline in found.values():
        if not deadline.verified:
            warnings.append(
                f"{deadline.name}: not verified on a CareSource page for this plan and state; "
                "check the date against the denial letter"
            )
    deadlines = tuple(sorted(found.values(), key=lambda d: _naive_key(d.due)))
    pending = [d for d in deadlines if not d.overdue]
    passed = [d for d in deadlines if d.overdue]
    upcoming = pending[0] if pending else (passed[-1] if passed else None)
    return DeadlineReport(as_of, deadlines, upcoming, tuple(warnings))


def _extend(base: Deadline, entry: dict[str, Any], as_of: date | datetime) -> Deadline:
    """The decision deadline moved by the extension entry (+14 calendar days)."""
    due = base.due + timedelta(days=entry["amount"])
    spec = {**entry, "id": base.rule_id, "starts": base.starts_from}
    moved = _deadline(spec, base.start, due, as_of)
    return replace(
        moved,
        name=f"{base.name} (extended)",
        party=base.party,
        verified=base.verified and moved.verified,
        source=base.source,
        see_also=(*base.see_also, moved.source),
        rule=f"{base.rule} + {entry['amount']} calendar days (CareSource extension)",
        note=f"{base.note} {moved.note}".strip(),
    )


def _naive_key(due: date | datetime) -> datetime:
    return _naive(due) if isinstance(due, datetime) else datetime.combine(due, time.max)
