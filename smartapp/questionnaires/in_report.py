"""A clinician's attestations carried into a report's downloads (the JSON, and the PDF that is
also what write-back puts in the chart), as the pages show them.

Each open item (missing, partial, could not be checked) with a standing attestation gets an
``attestation`` entry; its status and the report's readiness stay as scored -- an attestation
is not record evidence (docs/hooks.md). A report with no attestation is returned as it is, so
its downloads are byte for byte what they were.
"""

from __future__ import annotations

from typing import Any

from ..models import ItemAttestation, aware
from ..people import name_of
from .attest import OPEN, Attestations


def describe(row: ItemAttestation, shown: Attestations) -> dict[str, Any]:
    """An attestation as the report JSON carries it (docs/overrides.md §4)."""
    return {
        "by": row.actor,
        # Who, as people read it ("Dr. Ana Whitfield"): the PDF has no template filter.
        "by_name": name_of(row.actor),
        "role": row.role,
        "author": row.author_ref,
        "at": aware(row.created_at).isoformat(timespec="seconds"),
        "text": shown.words(row),
        "value": row.value,
    }


def attested_report(report: dict[str, Any], shown: Attestations | None) -> dict[str, Any]:
    """``report`` with each open item's standing attestation under ``attestation``; the items'
    statuses and the verdict unchanged, ``report`` itself unchanged (and returned when no open
    item is attested)."""
    standing = shown.standing if shown else {}
    if not shown or not any(item.get("status") in OPEN and item.get("id") in standing
                            for item in report.get("items") or []):  # fmt: skip
        return report
    items = [{**item, "attestation": describe(standing[item["id"]], shown)}
             if item.get("status") in OPEN and item.get("id") in standing else item
             for item in report.get("items") or []]  # fmt: skip
    return {**report, "items": items}
