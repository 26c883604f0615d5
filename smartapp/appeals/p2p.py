"""The peer-to-peer (P2P) preparation sheet for the ordering provider: the case in five lines,
the criteria met with evidence, what the reviewer will ask about (the open items), CareSource's
UM line and the P2P deadline. A P2P is optional; if one is requested, it must be completed
before the clinical appeal (CareSource GA P4HB and AR PASSE provider appeals pages).
"""

from __future__ import annotations

from typing import Any

from ..checklists.context import clip
from .case import CaseFacts, cite
from .deadlines import DeadlineReport
from .denial import Denial
from .eob_codes import CATEGORY_LABELS
from .lens import OPEN_STATUSES

#: Seed 002 (CareSource's UM page): the line, and what to say to the voice menu.
UM_LINE = {
    "phone": "844-679-7865",
    "instructions": "After the automated introduction say “extension”, then “12830” when asked "
    "for the extension number; this reaches the dedicated peer-to-peer line.",
    "hours": "UM staff 8 a.m.–5 p.m. Eastern, Monday–Friday",
    "source": {
        "title": "CareSource Utilization Management page",
        "document": "../shared/seeds/002 (project seed)",
    },
    "verified": False,
}
HISTORY_ELEMENTS = ("symptom-duration", "conservative-treatment", "medication-history")
FINDING_ELEMENTS = ("exam-findings", "diagnostic-results", "red-flags", "functional-deficits")


def _line(text: str, citations: list[dict[str, str]]) -> dict[str, Any]:
    return {"text": text, "citations": [c for c in citations if c.get("reference")]}


def _evidence_line(report: dict[str, Any], elements: tuple[str, ...], label: str) -> dict:
    found = [
        i
        for i in report.get("items") or []
        if i["element"] in elements and i["status"] in ("met", "partial") and i["evidence"]
    ]
    if not found:
        return _line(f"{label}: not documented in the record.", [])
    parts = [f"{i['evidence'][0]['snippet'].strip()}" for i in found[:2]]
    return _line(
        f"{label}: " + " / ".join(clip(p, 160) for p in parts),
        [cite(i["evidence"][0]["reference"], i["id"]) for i in found[:2]],
    )


def case_lines(report: dict[str, Any], facts: CaseFacts, denial: Denial) -> list[dict[str, Any]]:
    """The case in five lines, each citing where it comes from."""
    service = report["service"]
    who = " ".join(
        p for p in (f"{facts.age}-year-old" if facts.age is not None else "", facts.gender) if p
    )
    when = f", date of service {facts.occurrence.isoformat()}" if facts.occurrence else ""
    order = f" ({facts.order_text})" if facts.order_text else ""
    dx = "; ".join(f"{code} {text}" for code, text, _ in facts.diagnoses[:2]) or "none coded"
    category = denial.resolved_category()
    reason = CATEGORY_LABELS[category] if category else "reason not categorised"
    quoted = clip(denial.reason_text, 140).rstrip(" .")
    said = f" — “{quoted}”" if quoted else ""
    return [
        _line(
            f"{(who or 'Patient').capitalize()}: {service['system'].upper()} {service['code']}"
            f"{order}{when}.",
            [cite(facts.patient_ref, "patient"), cite(facts.request_ref or "", "order")],
        ),
        _line(f"Diagnosis: {dx}.", [cite(ref, code) for code, _, ref in facts.diagnoses[:2]]),
        _evidence_line(report, HISTORY_ELEMENTS, "History and treatment so far"),
        _evidence_line(report, FINDING_ELEMENTS, "Exam and results"),
        _line(
            f"Denied {denial.denial_date.isoformat()} for {reason}{said}.",
            [cite("denial", f"denial notice dated {denial.notice.isoformat()}")],
        ),
    ]


def p2p_sheet(
    report: dict[str, Any], facts: CaseFacts, denial: Denial, deadlines: DeadlineReport
) -> dict[str, Any]:
    """The P2P preparation sheet (docs/appeals.md §5)."""
    items = report.get("items") or []
    category = denial.resolved_category()
    met = [i for i in items if i["required"] and i["status"] == "met"]
    open_items = [
        i
        for i in items
        if i["status"] in OPEN_STATUSES and (i["required"] or category in i["denial_reasons"])
    ]
    open_items.sort(key=lambda i: (category not in i["denial_reasons"], not i["required"]))
    p2p = next((d for d in deadlines.deadlines if d.rule_id == "p2p-request"), None)
    return {
        "case": case_lines(report, facts, denial),
        "criteria_met": [
            {"id": i["id"], "title": i["title"], "evidence": i["evidence"][:3]} for i in met
        ],
        "reviewer_will_ask": [
            {
                "id": i["id"],
                "title": i["title"],
                "status": i["status"],
                "why": i["searched"],
                "prepare": i["remedy"],
                "tied_to_denial": category in i["denial_reasons"],
            }
            for i in open_items
        ],
        "um_line": UM_LINE,
        "deadline": p2p.as_dict() if p2p else None,
        "before_clinical_appeal": "If a peer-to-peer review is requested, it must be completed "
        "before a clinical appeal is filed (CareSource GA P4HB and AR PASSE provider appeals "
        "pages).",
        "provider": {"name": facts.requester_name, "npi": facts.requester_npi},
    }
