"""Override events in the audit trail, as sentences a coordinator reads at a glance
(``Dr. Ana Whitfield (clinician) marked LMRI-004 “documented here” (the app said missing),
pointing at DocumentReference/n1.``). Built from the event's detail: ids and statuses only."""

from __future__ import annotations

from typing import Any

from ..checks.present import STATUS_LABELS
from ..models import AuditEvent
from ..people import person
from .forms import KIND_WORDS

#: The events with a sentence of their own here.
_OWN = frozenset(("override_add", "override_withdraw", "export_overrides"))


def _said(detail: dict[str, Any]) -> str:
    status = str(detail.get("engine_status") or "")
    return STATUS_LABELS.get(status, ("", status))[1].lower()


def _where(detail: dict[str, Any]) -> str:
    report = detail.get("report")
    return f" on saved report #{report}" if report else " on the live check"


def audit_sentence(event: AuditEvent) -> str | None:
    """The sentence for an override event; None for events shown as their details."""
    if event.action not in _OWN:
        return None  # most of a trail (page views): no names or words to work out
    detail = event.detail or {}
    who = person(event.actor, event.role)
    words = KIND_WORDS.get(str(detail.get("kind")), str(detail.get("kind")))
    item = detail.get("item", "?")
    if event.action == "override_add":
        pointing = f", pointing at {detail['reference']}" if detail.get("reference") else ""
        return (f"{who} marked {item} “{words}” (the app said {_said(detail)}){pointing}"
                f"{_where(detail)}.")  # fmt: skip
    if event.action == "override_withdraw":
        return (f"{who} withdrew the “{words}” override of {item} (override #"
                f"{detail.get('override')}){_where(detail)}; the app's own result counts again.")
    if event.action == "export_overrides":
        return f"{who} exported all overrides ({detail.get('lines', 0)} lines)."
    return None
