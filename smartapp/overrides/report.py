"""A report as people left it: the engine's report with each standing override applied to its
item and the verdict recomputed by the one rule. The page, the PDF, the JSON download and the
write-back all show this report; the engine's own status stays on each overridden item
(``engine_status``) and its verdict under ``engine_verdict``.
"""

from __future__ import annotations

from typing import Any

from flask import has_app_context

from ..checklists.engine import readiness_state
from ..checklists.overrides import apply_overrides
from ..checklists.readiness import report_readiness
from ..models import ItemOverride
from .forms import KIND_WORDS


def _name(identity: str) -> str | None:
    """The learnt name of whoever overrode, when the app's database is at hand."""
    if not has_app_context():
        return None
    from ..people import name_of  # late: people reads the database through the app

    return name_of(identity)


def when(row: ItemOverride) -> str:
    return row.created_at.strftime("%Y-%m-%d %H:%M UTC")


def describe(row: ItemOverride) -> dict[str, Any]:
    """An override as the report JSON carries it (the passage is the note's words: the report
    already quotes notes; the coordinators' export leaves it out)."""
    return {
        "id": row.id,
        "kind": row.kind,
        "words": KIND_WORDS[row.kind],
        "reason": row.reason,
        "by": row.actor,
        # Who, as people read it ("Dr. Ana Whitfield"): the PDF has no template filter.
        "by_name": _name(row.actor),
        "role": row.role,
        "at": row.created_at.isoformat(),
        "reference": row.reference,
        "passage": row.passage,
        "passage_range": [row.passage_start, row.passage_end]
        if row.passage_start is not None
        else None,
        "passage_checked": row.passage_checked,
    }


def overridden_report(report: dict[str, Any], standing: dict[str, ItemOverride]) -> dict[str, Any]:
    """``report`` with ``standing`` (item id → override) applied; ``report`` itself unchanged."""
    if not standing:
        return report
    kinds = {item: row.kind for item, row in standing.items()}
    items = []
    for item in apply_overrides(report.get("items") or [], kinds):
        if item["id"] in standing:
            item = {**item, "override": describe(standing[item["id"]])}
        items.append(item)
    engine = report_readiness(report)
    verdict = readiness_state(items, engine.notes_unread)
    return {
        **report,
        "readiness": verdict.number,
        "state": verdict.state,
        "headline": verdict.headline,
        "readiness_detail": verdict.as_dict(),
        "items": items,
        "overridden": [item["id"] for item in items if "override" in item],
        "engine_verdict": {
            "readiness": engine.number,
            "state": engine.state,
            "headline": engine.headline,
        },
    }
