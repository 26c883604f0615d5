"""The phrasing grid: how one documentation element, written many ways, reads (blind).

Whole blind cases state most facts more than once, so an unread phrasing is often hidden by
another sentence that reads. The grid isolates the reading: blind authors wrote, per checklist
item, short note excerpts that document it (``met``) and near-misses that do not (``missing``)
(tests/accuracy/grid/README.md). Each excerpt becomes the whole text of one new signed progress
note -- by the order's requester, dated three days before the check, ``{d-N}`` tokens written as
the date N days before the note -- added to *carrier* cases: corpus cases in which the item was
flagged and its element labelled missing, chosen once and kept in ``carriers.json`` so figures
compare across engines. An excerpt reads as the engine judges the item in most of its carriers.

A carrier is used only while a neutral note (no evidence) leaves its item flagged: an engine that
reads the item in the carrier itself would credit the excerpt with what the carrier holds.
"""

from __future__ import annotations

import base64
import copy
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .. import lazy_re
from .accuracy import FLAGGED
from .report import score_bundle

#: A note that documents nothing: the check that a carrier's item is flagged without the excerpt.
NEUTRAL = "Follow-up visit. Doing about the same. Questions answered. Return as scheduled."
NOTE_DAYS_BEFORE = 3
_DATE_TOKEN = lazy_re.compile(r"\{d-(\d+)\}")


@dataclass
class Excerpt:
    """One excerpt's reading: its label and the item's status in each carrier."""

    item: str
    label: str
    text: str
    why: str
    statuses: dict[str, str] = field(default_factory=dict)

    @property
    def flagged(self) -> bool:
        """The engine's judgement: flagged in most carriers."""
        return sum(s == "flagged" for s in self.statuses.values()) * 2 > len(self.statuses)

    @property
    def wrong(self) -> bool:
        return bool(self.statuses) and self.flagged != (self.label == "missing")


@dataclass
class GridResult:
    """Every excerpt's reading, and the carriers left out (their item read with no evidence)."""

    excerpts: list[Excerpt] = field(default_factory=list)
    unused_carriers: dict[str, list[str]] = field(default_factory=dict)

    def rate(self, label: str) -> tuple[int, int]:
        """(read right, scored) for excerpts with ``label``: ``met`` ones read met, ``missing``
        ones left flagged."""
        scored = [e for e in self.excerpts if e.statuses and e.label == label]
        return sum(not e.wrong for e in scored), len(scored)


def with_excerpt(case: dict[str, Any], text: str) -> dict[str, Any]:
    """A copy of ``case`` with ``text`` added as one signed progress note by the order's
    requester, dated NOTE_DAYS_BEFORE days before ``as_of``."""
    case = copy.deepcopy(case)
    day = date.fromisoformat(case["as_of"]) - timedelta(days=NOTE_DAYS_BEFORE)
    text = _DATE_TOKEN.sub(
        lambda m: (day - timedelta(days=int(m.group(1)))).strftime("%m/%d/%Y"), text
    )
    entries = case["bundle"].setdefault("entry", [])
    resources = [e["resource"] for e in entries]
    patient = next(r["id"] for r in resources if r["resourceType"] == "Patient")
    requester = next((r["requester"]["reference"] for r in resources
                      if r["resourceType"] in ("ServiceRequest", "DeviceRequest")
                      and r.get("requester", {}).get("reference")), None)  # fmt: skip
    stamp = f"{day.isoformat()}T10:00:00Z"
    note: dict[str, Any] = {
        "resourceType": "DocumentReference", "id": "grid-excerpt", "status": "current",
        "docStatus": "final", "subject": {"reference": f"Patient/{patient}"}, "date": stamp,
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}],
                 "text": "Progress note"},
        "content": [{"attachment": {"contentType": "text/plain",
                                    "data": base64.b64encode(text.encode()).decode()}}],
        "context": {"period": {"start": stamp, "end": stamp}},
    }  # fmt: skip
    if requester:
        note["author"] = [{"reference": requester}]
    entries.append({"fullUrl": "urn:uuid:grid-excerpt", "resource": note})
    return case


def item_status(case: dict[str, Any], item: str) -> str:
    """``flagged``, ``met`` (any status not flagged) or ``absent`` for ``item`` in ``case``."""
    report = score_bundle(case["bundle"], service=case["service"],
                          as_of=date.fromisoformat(case["as_of"]))  # fmt: skip
    found = next((i for i in report["items"] if i["id"] == item), None)
    if found is None:
        return "absent"
    return "flagged" if found["status"] in FLAGGED else "met"


def load_grid(folder: Path) -> list[dict[str, Any]]:
    """Every item file under ``folder`` (``<author>/<ITEM-ID>.json``), sorted by path."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*/*.json"))]


def evaluate_grid(grid: list[dict[str, Any]], carriers: dict[str, list[str]], cases: Path,
                  items: set[str] | None = None) -> GridResult:  # fmt: skip
    """Read every excerpt of ``grid`` (restricted to ``items``) in its item's carriers."""
    result = GridResult()
    loaded: dict[str, dict[str, Any]] = {}
    for entry in grid:
        item = entry["item"]
        if items is not None and item not in items:
            continue
        usable = []
        for name in carriers.get(item, []):
            case = loaded.setdefault(name, json.loads((cases / name).read_text(encoding="utf-8")))
            if item_status(with_excerpt(case, NEUTRAL), item) == "flagged":
                usable.append(name)
            else:
                result.unused_carriers.setdefault(item, []).append(name)
        for excerpt in entry["excerpts"]:
            read = Excerpt(item, excerpt["label"], excerpt["text"], excerpt.get("why", ""))
            for name in usable:
                read.statuses[name] = item_status(with_excerpt(loaded[name], excerpt["text"]), item)
            result.excerpts.append(read)
    return result
