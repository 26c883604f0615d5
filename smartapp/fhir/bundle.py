"""The record bundle: what retrieval hands to the gap engine (format in docs/record-bundle.md).

A FHIR R4 ``Bundle`` of type ``collection`` holding one patient's fetched resources, the Binary
resources of the notes (so the notes can be re-read offline), and one ``OperationOutcome`` per
"could not check" warning whose ``issue[].expression`` names the resource type concerned.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

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


def record_bundle(
    base_url: str, resources: dict[str, dict], binaries: dict[str, dict], warnings: list[Any]
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
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "entry": entries,
    }
