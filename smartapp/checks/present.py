"""Arrange a score report for people: gaps first, grouped by the denial they would cause.

Pure functions over the report dict (the ``smartapp score`` contract), shared by the live check
page, the saved report page, the print view and the exports, so they all tell the same story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..checklists.context import unique_evidence  # noqa: F401 - templates: present.unique_evidence
from ..checklists.readiness import report_readiness

#: Status → (symbol, words). Never colour alone: every status has a symbol and a word.
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "missing": ("✗", "Missing"),
    "partial": ("◐", "Partly documented"),
    "unknown": ("?", "Could not check"),
    "met": ("✓", "Documented"),
    "not_applicable": ("–", "Not applicable"),
}
DENIAL_LABELS: dict[str, str] = {
    "missing-clinical-notes": "Would be denied for missing clinical notes",
    "incorrect-cpt": "Would be denied for an incorrect CPT/HCPCS code",
    "medical-necessity": "Would be denied for lack of medical necessity",
    "": "Other required elements",
}
GAP_STATUSES = ("missing", "partial", "unknown")
_ORDER = {"missing": 0, "partial": 1, "unknown": 2, "met": 3, "not_applicable": 4}


@dataclass(frozen=True)
class EvidenceLink:
    """One evidence citation: the resource, an optional character range in a note, the quote."""

    resource_type: str
    resource_id: str
    start: int | None
    end: int | None
    snippet: str

    @property
    def is_note(self) -> bool:
        return self.resource_type == "DocumentReference"

    @property
    def label(self) -> str:
        return f"{self.resource_type}/{self.resource_id}"


@dataclass
class Group:
    key: str
    title: str
    items: list[dict[str, Any]] = field(default_factory=list)


def parse_reference(reference: str, snippet: str = "") -> EvidenceLink | None:
    """``Type/id`` or ``DocumentReference/id#start-end`` → EvidenceLink (None if unparseable)."""
    target, _, fragment = reference.partition("#")
    resource_type, _, resource_id = target.partition("/")
    if not resource_type.isalpha() or not resource_id or "/" in resource_id:
        return None
    start = end = None
    first, _, last = fragment.partition("-")
    if first.isdigit() and last.isdigit():
        start, end = int(first), int(last)
    return EvidenceLink(resource_type, resource_id, start, end, snippet)


def required_gaps(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Required items that are missing or partly documented (each would cause a denial)."""
    return [i for i in report["items"] if i["required"] and i["status"] in ("missing", "partial")]


def could_not_check(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Required items whose data could not be read: they keep the check incomplete."""
    return [i for i in report["items"] if i["required"] and i["status"] == "unknown"]


def arrange(report: dict[str, Any]) -> dict[str, Any]:
    """Required gaps grouped by denial reason, required items that could not be checked, then
    recommended gaps, then documented items; and the readiness verdict."""
    groups: dict[str, Group] = {key: Group(key, title) for key, title in DENIAL_LABELS.items()}
    unchecked, recommended, documented = [], [], []
    for item in sorted(report["items"], key=lambda i: (_ORDER.get(i["status"], 9), i["id"])):
        if item["status"] in ("missing", "partial") and item["required"]:
            reasons = item.get("denial_reasons") or [""]
            groups.get(reasons[0], groups[""]).items.append(item)
        elif item["status"] == "unknown" and item["required"]:
            unchecked.append(item)
        elif item["status"] in GAP_STATUSES:
            recommended.append(item)
        else:
            documented.append(item)
    readiness = report_readiness(report)
    return {
        "groups": [g for g in groups.values() if g.items],
        "could_not_check": unchecked,
        "recommended": recommended,
        "documented": documented,
        "required_gap_count": readiness.gaps,
        "readiness": readiness,
        "readiness_word": readiness.headline,
    }


def evidence_links(item: dict[str, Any]) -> list[EvidenceLink]:
    """The item's citations, once each: several findings in one sentence cite the same quote."""
    links: list[EvidenceLink] = []
    seen: set[tuple[str, str]] = set()
    for evidence in item.get("evidence") or []:
        link = parse_reference(str(evidence.get("reference", "")), str(evidence.get("snippet", "")))
        if link is not None and (link.label, link.snippet) not in seen:
            seen.add((link.label, link.snippet))
            links.append(link)
    return links
