"""The ``--format text`` clinician summary of a score report."""

from __future__ import annotations

from typing import Any

_MARK = {"met": "✓", "partial": "~", "missing": "✗", "not_applicable": "–", "unknown": "?"}
_ORDER = {"missing": 0, "partial": 1, "unknown": 2, "met": 3, "not_applicable": 4}


def render_text(report: dict[str, Any]) -> str:
    """Gaps first (with remedy and what was searched), then what is documented."""
    service = report["service"]
    lines = [
        f"{report['patient']} · {service['system'].upper()} {service['code']} ({service['topic']})"
        f" · checklist {report['checklist']['id']} v{report['checklist']['version']}"
        f" · as of {report['as_of']}",
        f"Readiness: {report['readiness']}/100 — {report.get('headline', '')}"
        f" [{report.get('state', '')}]",
    ]
    order = report.get("order") or {}
    if order:
        lines.append(f"Order: {order.get('text') or 'order'} ({order['reference']})")
    written = report.get("app_documents") or []
    if written:
        lines.append(
            f"Not counted: {len(written)} document(s) written by this app: "
            + ", ".join(d["reference"] for d in written)
        )
    for note in report.get("notes_not_read") or []:
        lines.append(f"{note['reference']}: {note['why']}")
    lines.append("")
    for item in sorted(report["items"], key=lambda i: (_ORDER[i["status"]], not i["required"])):
        need = "required" if item["required"] else "recommended"
        lines.append(
            f"{_MARK[item['status']]} {item['id']} {item['title']} [{item['status']}, {need}]"
        )
        if item["status"] in ("missing", "partial", "unknown"):
            lines.append(f"    add: {item['remedy']}")
            lines.append(f"    searched: {item['searched']}")
            if item["denial_reasons"]:
                lines.append(f"    prevents denial for: {', '.join(item['denial_reasons'])}")
        for evidence in item["evidence"][:2]:
            lines.append(f"    · {evidence['reference']}: {evidence['snippet']}")
    if report["warnings"]:
        lines += ["", "Warnings:", *(f"  - {w}" for w in report["warnings"])]
    return "\n".join(lines) + "\n"
