"""A person's verdict in place of the engine's: "documented here" or "does not apply".

Pure, beside the engine: :func:`apply_overrides` rewrites item results before the one readiness
rule (:func:`smartapp.checklists.engine.readiness_state`) runs, so an overridden report is judged
by exactly the rule every other report is — the rule itself never knows about overrides.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from .engine import ItemResult, Readiness, readiness_state

#: Override kind → the status the item counts as (docs/overrides.md).
OVERRIDE_STATUS: dict[str, str] = {"documented": "met", "not_applicable": "not_applicable"}

Result = ItemResult | Mapping[str, Any]


def _item_id(result: Result) -> str:
    return str(result.get("id")) if isinstance(result, Mapping) else result.id


def _status(result: Result) -> str:
    return str(result.get("status")) if isinstance(result, Mapping) else result.status


def apply_overrides(results: Iterable[Result], overrides: Mapping[str, str]) -> list[Result]:
    """``results`` with each overridden item's status replaced by the person's verdict.

    :param overrides: item id → override kind (``documented`` | ``not_applicable``); items not
        named, and unknown kinds, keep the engine's status. A dict item that is overridden gains
        ``engine_status`` (what the engine said), so nothing the engine found is lost.
    """
    applied: list[Result] = []
    for result in results:
        status = OVERRIDE_STATUS.get(overrides.get(_item_id(result), ""))
        if status is None:
            applied.append(result)
        elif isinstance(result, Mapping):
            applied.append({**result, "status": status, "engine_status": _status(result)})
        else:
            applied.append(dataclasses.replace(result, status=status))
    return applied


def overridden_readiness(
    results: Iterable[Result], overrides: Mapping[str, str], notes_unread: int = 0
) -> Readiness:
    """The readiness verdict once people's overrides are applied (the rule is unchanged; an
    override does not read an unread note)."""
    return readiness_state(apply_overrides(results, overrides), notes_unread)
