"""The record bundle: what retrieval hands to the gap engine (format in docs/record-bundle.md).

A FHIR R4 ``Bundle`` of type ``collection`` holding one patient's fetched resources, the Binary
resources of the notes (so the notes can be re-read offline), and one ``OperationOutcome`` per
"could not check" warning whose ``issue[].expression`` names the resource type concerned.
A note not fetched because it is older than every lookback window is an ``information`` notice
(code ``informational``, :data:`NOT_FETCHED` coding, the note's reference in ``diagnostics``):
it withholds nothing, and the record names the note "not read" instead of "could not be read".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..evidence.notes import NOT_FETCHED_TEXT
from ..evidence.notices import NOT_FETCHED

SEVERITY = {"forbidden": "error", "not-found": "warning", "timeout": "error",
            "processing": "error", "incomplete": "warning"}  # fmt: skip


def outcome_for(index: int, warning: Any) -> dict:
    """One OperationOutcome resource for one CouldNotCheck warning."""
    return {
        "resourceType": "OperationOutcome",
        "id": f"could-not-check-{index}",
        "issue": [
            {
                "severity": SEVERITY.get(warning.reason, "error"),
                "code": warning.reason,
                "diagnostics": warning.detail,
                "expression": [warning.resource_type],
            }
        ],
    }


def not_fetched_outcome(index: int, reference: str, when: dt.date) -> dict:
    """The notice for one note left unfetched (dated before every lookback window)."""
    return {
        "resourceType": "OperationOutcome",
        "id": f"not-fetched-{index}",
        "issue": [
            {
                "severity": "information",
                "code": "informational",
                "details": {"coding": [NOT_FETCHED], "text": f"{NOT_FETCHED_TEXT} ({when})"},
                "diagnostics": reference,
            }
        ],
    }


def record_bundle(
    base_url: str,
    resources: dict[str, dict],
    binaries: dict[str, dict],
    warnings: list[Any],
    not_fetched: dict[str, dt.date] | None = None,
) -> dict:
    """Assemble the collection Bundle; fullUrls are absolute so note URLs resolve offline."""
    entries: list[dict] = [
        {"fullUrl": f"{base_url}/{key}", "resource": resource}
        for key, resource in sorted(resources.items(), key=lambda item: item[0])
    ]
    entries += [{"fullUrl": url, "resource": binary} for url, binary in binaries.items()]
    entries += [
        {"fullUrl": f"urn:smartapp:could-not-check-{n}", "resource": outcome_for(n, warning)}
        for n, warning in enumerate(warnings, start=1)
    ]
    entries += [
        {"fullUrl": f"urn:smartapp:not-fetched-{n}", "resource": not_fetched_outcome(n, ref, when)}
        for n, (ref, when) in enumerate(sorted((not_fetched or {}).items()), start=1)
    ]
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "entry": entries,
    }
