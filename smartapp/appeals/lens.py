"""The denial's lens on a re-run gap report: for the denial's category, which required items are
still open (missing / partial / unknown) and which are now met, with their evidence.

Items are tied to a category through their ``denial_reasons`` (docs/checklists.md §3). The
``other`` category (authorization absent, benefit, filing limits) has no items of its own, so its
lens is every required item.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .eob_codes import CATEGORIES, CATEGORY_LABELS

OPEN_STATUSES = ("missing", "partial", "unknown")


@dataclass(frozen=True)
class LensItem:
    """One checklist item as the lens shows it (a subset of the report item)."""

    id: str
    title: str
    element: str
    status: str
    required: bool
    evidence: tuple[dict[str, str], ...]
    remedy: str
    searched: str

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "id": self.id,
            "title": self.title,
            "element": self.element,
            "status": self.status,
            "required": self.required,
            "evidence": [dict(e) for e in self.evidence],
            "remedy": self.remedy,
            "searched": self.searched,
        }


@dataclass(frozen=True)
class DenialLens:
    """What the re-run report says about the denial's category."""

    category: str
    label: str
    still_open: tuple[LensItem, ...]
    now_met: tuple[LensItem, ...]
    recommended_open: tuple[LensItem, ...]
    not_applicable: tuple[LensItem, ...]
    summary: str

    @property
    def resolved(self) -> bool:
        """True when no required item tied to the category is still open."""
        return not self.still_open

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the ``lens`` part of a packet)."""
        return {
            "category": self.category,
            "label": self.label,
            "resolved": self.resolved,
            "still_open": [i.as_dict() for i in self.still_open],
            "now_met": [i.as_dict() for i in self.now_met],
            "recommended_open": [i.as_dict() for i in self.recommended_open],
            "not_applicable": [i.as_dict() for i in self.not_applicable],
            "summary": self.summary,
        }


def _item(raw: dict[str, Any]) -> LensItem:
    return LensItem(
        id=raw["id"],
        title=raw["title"],
        element=raw["element"],
        status=raw["status"],
        required=bool(raw["required"]),
        evidence=tuple(raw.get("evidence") or ()),
        remedy=raw.get("remedy", ""),
        searched=raw.get("searched", ""),
    )


def tied_items(report: dict[str, Any], category: str) -> list[dict[str, Any]]:
    """Report items tied to ``category`` (every item for ``other``)."""
    items = report.get("items") or []
    if category == "other":
        return list(items)
    return [i for i in items if category in (i.get("denial_reasons") or ())]


def denial_lens(report: dict[str, Any], category: str) -> DenialLens:
    """Look at a score report (``score_bundle``'s dict) through a denial category.

    :raises InputError: the category is not one of :data:`CATEGORIES`.
    """
    if category not in CATEGORIES:
        raise InputError(f"category must be one of {', '.join(CATEGORIES)}")
    items = [_item(raw) for raw in tied_items(report, category)]
    required = [i for i in items if i.required]
    still_open = tuple(i for i in required if i.status in OPEN_STATUSES)
    now_met = tuple(i for i in required if i.status == "met")
    recommended = tuple(i for i in items if not i.required and i.status in OPEN_STATUSES)
    not_applicable = tuple(i for i in items if i.status == "not_applicable")
    label = CATEGORY_LABELS[category]
    if not required:
        summary = f"No required checklist item is tied to {label}."
    elif still_open:
        names = ", ".join(f"{i.id} ({i.status})" for i in still_open)
        summary = (
            f"{len(now_met)} of {len(required)} required items tied to {label} are now met; "
            f"still open: {names}."
        )
    else:
        summary = f"All {len(required)} required items tied to {label} are now met."
    return DenialLens(category, label, still_open, now_met, recommended, not_applicable, summary)
