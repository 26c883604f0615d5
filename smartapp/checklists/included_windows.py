"""A topic's own window for an item it includes (``included_windows`` in a checklist file).

The shared items (caresource-universal) carry the windows most topics share: "recent clinical
notes" are the last 90 days. A topic whose cited source states its own look-back for the same
documentation (LCD L33822: the CGM visit that confirms the criteria is in the 6 months before
ordering) says so as data, with the source and the reason, instead of a copy of the item.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any


def rewindowed(items: list[Any], windows: list[dict[str, Any]]) -> list[Any]:
    """Included items with this checklist's own window: a topic whose source states its own
    look-back ("the visit in the 6 months before ordering", LCD L33822) replaces the shared
    item's ``within_days`` (and ``since``) everywhere in its criteria, and its evidence hint."""
    by_id = {w["item"]: w for w in windows}
    unknown = sorted(set(by_id) - {i.id for i in items})
    if unknown:
        raise ValueError(f"included_windows: no included item {unknown}")
    out = []
    for item in items:
        window = by_id.get(item.id)
        if window is None:
            out.append(item)
            continue
        days, since = window["within_days"], window.get("since")
        out.append(replace(item, criteria=_with_window(item.criteria, days, since),
                           evidence_hint=window["evidence_hint"].strip()))  # fmt: skip
    return out


def _with_window(criterion: Any, days: int, since: str | None) -> Any:
    if isinstance(criterion, list):
        return [_with_window(c, days, since) for c in criterion]
    if not isinstance(criterion, dict):
        return criterion
    out = {k: _with_window(v, days, since) for k, v in criterion.items()}
    if "within_days" in criterion:
        out["within_days"] = days
        if since:
            out["since"] = since
    return out
