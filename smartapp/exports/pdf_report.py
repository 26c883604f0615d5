"""The gap report section of a PDF (alone, or inside the appeal packet): whose report, for which
order and date, the readiness verdict (one rule, :func:`smartapp.checklists.engine.
readiness_state`), the gaps by the denial they would cause, what could not be checked, what was
read. Statuses are words, never colour alone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..appeals.eob_codes import CATEGORY_LABELS
from ..checklists.context import unique_evidence
from ..checklists.readiness import report_readiness
from ..identity import split_person

if TYPE_CHECKING:
    from .pdf import Document

OPEN = ("missing", "partial", "unknown")
REASON_ORDER = ("missing-clinical-notes", "incorrect-cpt", "medical-necessity")


def _service_line(report: dict[str, Any]) -> str:
    service = report["service"]
    return f"{service['system'].upper()} {service['code']} ({service['topic']})"


def _override(doc: Document, item: dict[str, Any]) -> None:
    """A person's override of the item: what they said, who, when, why (smartapp.overrides)."""
    said = item["override"]
    # The identity is "<iss>/Practitioner/id"; the report is about one chart, so Type/id reads.
    by = said.get("by_name") or split_person(said["by"])[1].partition("/")[2]
    doc.text(f"Overridden: {by} ({said['role']}) said \u201c{said['words']}\u201d on "
             f"{said['at'][:16].replace('T', ' ')} UTC; the app said "
             f"{item['engine_status'].replace('_', ' ')}. Reason: {said['reason']}",
             indent=4)  # fmt: skip
    if said.get("reference"):
        quoted = f": \u201c{said['passage']}\u201d" if said.get("passage") else ""
        doc.text(f"Documented in {said['reference']}{quoted}", indent=4)


def _attestation(doc: Document, item: dict[str, Any]) -> None:
    """A clinician's answer to an open item, in the pages' words: shown, never counted
    (smartapp.questionnaires.in_report)."""
    said = item["attestation"]
    by = said.get("by_name") or split_person(said["by"])[1].partition("/")[2]
    role = f" ({said['role']})" if said.get("role") and said["role"] != "other" else ""
    doc.text(f"Attested by {by}{role} on {said['at'][:10]}: {said['text']} (an attestation, "
             "not record evidence: still missing from the record)", indent=4)  # fmt: skip


def _item(doc: Document, item: dict[str, Any], show_gap: bool) -> None:
    need = "required" if item["required"] else "recommended"
    doc.text(f"{item['status'].upper()} — {item['id']} {item['title']} ({need})", bold=True)
    if item.get("override"):
        _override(doc, item)
    if show_gap:
        doc.text(f"Add: {item['remedy']}", indent=4)
        doc.text(f"Searched: {item['searched']}", indent=4)
    for evidence in unique_evidence(item["evidence"])[:4]:
        doc.bullet(f"{evidence['reference']}: {evidence['snippet']}", indent=6)
    if item.get("attestation"):  # after the evidence, as on the pages
        _attestation(doc, item)
    doc.pdf.ln(1.5)


def render_gap_report(doc: Document, report: dict[str, Any]) -> None:
    """The gap report section (used alone and inside the packet)."""
    doc.heading("Documentation gap report")
    _header(doc, report)
    items = report["items"]
    gaps = [i for i in items if i["required"] and i["status"] in ("missing", "partial")]
    doc.heading(f"Required gaps ({len(gaps)})", 2)
    if not gaps:
        doc.text("No required gaps.")
    shown: set[str] = set()
    for reason in (*REASON_ORDER, None):
        group = [
            i
            for i in gaps
            if i["id"] not in shown and (reason in i["denial_reasons"] if reason else True)
        ]
        if not group:
            continue
        label = CATEGORY_LABELS[reason] if reason else "no specific denial reason"
        doc.heading(f"Would cause a denial for: {label}", 3)
        for item in group:
            shown.add(item["id"])
            _item(doc, item, show_gap=True)
    unchecked = [i for i in items if i["required"] and i["status"] == "unknown"]
    if unchecked:
        doc.heading(f"Required items that could not be checked ({len(unchecked)})", 2)
        doc.text("The EHR did not give the app the data these need: check them in the chart.")
        for item in unchecked:
            _item(doc, item, show_gap=True)
    recommended = [i for i in items if not i["required"] and i["status"] in OPEN]
    if recommended:
        doc.heading(f"Recommended, not documented ({len(recommended)})", 2)
        for item in recommended:
            _item(doc, item, show_gap=True)
    met = [i for i in items if i["status"] == "met"]
    doc.heading(f"Documented ({len(met)})", 2)
    for item in met:
        _item(doc, item, show_gap=False)
    skipped = [i for i in items if i["status"] == "not_applicable"]
    if skipped:
        doc.heading("Not applicable", 2)
        for item in skipped:
            why = item["override"]["reason"] if item.get("override") else item["searched"]
            doc.bullet(f"{item['id']} {item['title']}: {why}")
            if item.get("override"):
                _override(doc, item)
    written = report.get("app_documents") or []
    if written:
        doc.heading("What was read", 2)
        doc.text(f"{len(written)} document{'' if len(written) == 1 else 's'} written by this app "
                 f"{'was' if len(written) == 1 else 'were'} not counted: "
                 + ", ".join(d["reference"] for d in written))  # fmt: skip
    if report.get("warnings"):
        doc.heading("Could not check / warnings", 2)
        for warning in report["warnings"]:
            doc.bullet(warning)


def running_head(report: dict[str, Any]) -> str:
    """The line atop every page: patient name and birth date, the order, the checklist and its
    version, the as-of date."""
    person = report.get("patient_summary") or {}
    name = person.get("name") or "Name not in the record"
    born = f", born {person['birth_date']}" if person.get("birth_date") else ""
    order = report.get("order") or {}
    what = order.get("text") or (order and "order") or "no order found"
    when = f", date of service {order['date']}" if order.get("date") else ""
    checklist = report["checklist"]
    return (f"{name}{born} · Order: {what}{when} · Checklist {checklist['id']} version "
            f"{checklist['version']} · As of {report['as_of']}")  # fmt: skip


def _header(doc: Document, report: dict[str, Any]) -> None:
    """Whose report, for which order, on which date, and the verdict (one rule for every view)."""
    person = report.get("patient_summary") or {}
    born = f", born {person['birth_date']}" if person.get("birth_date") else ""
    name = person.get("name") or "Name not in the record"
    # The chart's record id only when the EHR gave no name: a reader needs something to find it by.
    record_id = report["patient"].partition("/")[2]
    unnamed = "" if person.get("name") else f" (record id {record_id})"
    doc.pair("Patient", f"{name}{born}{unnamed}")
    order = report.get("order") or {}
    if order:
        when = f", date of service {order['date']}" if order.get("date") else ""
        doc.pair("Order", f"{order.get('text') or 'the order in the record'}{when}")
    else:
        doc.pair("Order", "no order for this service was found in the record")
    doc.pair("Service", _service_line(report))
    checklist = report["checklist"]
    doc.pair("Checklist", f"{checklist['id']} version {checklist['version']}")
    doc.pair("As of", report["as_of"])
    verdict = report_readiness(report)
    doc.pair("Readiness", f"{verdict.number}/100 — {verdict.headline}")
    engine = report.get("engine_verdict")
    if engine:
        count = len(report.get("overridden") or [])
        doc.pair("Overrides", f"{count} item{'' if count == 1 else 's'} overridden by people; the "
                 f"app alone said {engine['readiness']}/100 — {engine['headline']}")  # fmt: skip


