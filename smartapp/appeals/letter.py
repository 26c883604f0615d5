"""The editable reconsideration / medical-necessity letter, drafted from the evidence.

The draft is structured so a page can render it editable and the PDF can print citations:
paragraphs of sentences, each ``{"id", "text", "kind", "citations"}``. Every ``claim`` sentence
cites at least one source (a FHIR reference from the record, or ``denial`` for the coordinator's
denial record); ``request`` and ``courtesy`` sentences state no facts and cite nothing. Items
still open are never claimed: they are listed in ``open_items`` for the coordinator.
"""

from __future__ import annotations

from typing import Any

from .case import CaseFacts, cite
from .cpt_lens import CptLens
from .denial import Denial
from .documents import Attachment
from .eob_codes import CATEGORY_LABELS
from .lens import DenialLens

#: Elements said elsewhere in the letter (opening, diagnosis) or purely administrative.
ADMIN_ELEMENTS = {
    "member-coverage",
    "ordering-provider",
    "service-code",
    "date-of-service",
    "diagnosis-code",
    "code-pairing",
    "clinical-notes",
}
MAX_QUOTE = 220


def _quote(text: str) -> str:
    flat = " ".join(text.split()).rstrip(" .")
    return flat if len(flat) <= MAX_QUOTE else flat[: MAX_QUOTE - 1].rstrip() + "…"


class _Draft:
    """Collects paragraphs and numbers their sentences."""

    def __init__(self) -> None:
        self.paragraphs: list[dict[str, Any]] = []

    def paragraph(self, pid: str, heading: str | None = None) -> None:
        self.paragraphs.append({"id": pid, "heading": heading, "sentences": []})

    def add(
        self, text: str, citations: list[dict[str, str]] | None = None, kind: str = "claim"
    ) -> None:
        citations = [c for c in citations or [] if c.get("reference")]
        if kind == "claim" and not citations:
            return  # a fact we cannot source is not written
        sentences = self.paragraphs[-1]["sentences"]
        sentences.append(
            {
                "id": f"{self.paragraphs[-1]['id']}-{len(sentences) + 1}",
                "text": text,
                "kind": kind,
                "citations": citations,
            }
        )


def _denial_cite(denial: Denial) -> dict[str, str]:
    return cite("denial", f"CareSource denial notice dated {denial.notice.isoformat()}")


def _opening(draft: _Draft, facts: CaseFacts, denial: Denial, code: str, system: str) -> None:
    draft.paragraph("opening")
    service = f"{system.upper()} {code}" + (f" ({facts.order_text})" if facts.order_text else "")
    who = facts.patient_name or "the member"
    member = f", CareSource member ID {facts.member_id}" if facts.member_id else ""
    draft.add(
        f"We request reconsideration of the denial of {service} for {who}{member}.",
        [
            cite(facts.request_ref or "", "the order"),
            cite(facts.patient_ref, "patient"),
            cite(facts.coverage_ref or "", "CareSource coverage"),
        ],
    )
    category = denial.resolved_category()
    why = f" for {CATEGORY_LABELS[category]}" if category else ""
    reason = f": “{_quote(denial.reason_text)}”" if denial.reason_text else ""
    draft.add(
        f"The request was denied on {denial.denial_date.isoformat()}{why}{reason}.",
        [_denial_cite(denial)],
    )
    if facts.occurrence:
        draft.add(
            f"The service is planned for {facts.occurrence.isoformat()}.",
            [cite(facts.request_ref or "", "date of service")],
        )


def _clinical(draft: _Draft, facts: CaseFacts, report: dict[str, Any], category: str) -> None:
    draft.paragraph("clinical", "Clinical summary")
    for code, description, reference in facts.diagnoses[:3]:
        draft.add(f"The diagnosis is {code} {description}.", [cite(reference, f"ICD-10-CM {code}")])
    items = [
        i
        for i in report.get("items") or []
        if i["status"] == "met" and i["element"] not in ADMIN_ELEMENTS and i["evidence"]
    ]
    items.sort(key=lambda i: (category not in i["denial_reasons"], not i["required"]))
    for item in items:
        first = item["evidence"][0]
        draft.add(
            f"{item['title']}: “{_quote(first['snippet'])}”.",
            [cite(e["reference"], item["id"]) for e in item["evidence"][:2]],
        )


def _category_paragraph(
    draft: _Draft, category: str, code: str, cpt: CptLens, attachments: list[Attachment]
) -> None:
    if category == "incorrect-cpt":
        draft.paragraph("coding", "Coding")
        for finding in cpt.findings:
            if not (finding.suggested_code or finding.suggested_modifier):
                continue
            better = finding.suggested_code or f"{code}-{finding.suggested_modifier}"
            draft.add(
                f"The documentation supports {better}: {finding.reason}",
                [cite(e["reference"], finding.kind) for e in finding.evidence[:3]],
            )
        if cpt.suggested_code or cpt.suggested_modifier:
            better = cpt.suggested_code or code
            mod = f" with modifier {cpt.suggested_modifier}" if cpt.suggested_modifier else ""
            draft.add(f"We ask that the request be reviewed as {better}{mod}.", kind="request")
        return
    if attachments:
        draft.paragraph("records", "Enclosed records")
        for attachment in attachments:
            when = f" dated {attachment.date.isoformat()}" if attachment.date else ""
            draft.add(
                f"Enclosed: {attachment.title}{when} ({attachment.reasons[-1]}).",
                [cite(attachment.reference, attachment.kind)],
            )


def draft_letter(
    *,
    report: dict[str, Any],
    denial: Denial,
    facts: CaseFacts,
    lens: DenialLens,
    cpt: CptLens,
    attachments: list[Attachment],
) -> dict[str, Any]:
    """The letter draft (docs/appeals.md §5): paragraphs of cited sentences, and what is open."""
    category = lens.category
    code, system = report["service"]["code"], report["service"]["system"]
    draft = _Draft()
    _opening(draft, facts, denial, code, system)
    _clinical(draft, facts, report, category)
    _category_paragraph(draft, category, code, cpt, attachments)
    draft.paragraph("closing")
    draft.add(
        f"We ask CareSource to reverse the denial and approve {system.upper()} {code}.",
        kind="request",
    )
    draft.add(
        "The ordering provider is available for a peer-to-peer discussion with the medical "
        "director.",
        kind="courtesy",
    )
    signer = facts.requester_name or "Ordering provider"
    npi = f", NPI {facts.requester_npi}" if facts.requester_npi else ""
    return {
        "kind": "medical-necessity" if category == "medical-necessity" else "reconsideration",
        "title": "Letter of medical necessity"
        if category == "medical-necessity"
        else "Request for reconsideration",
        "addressee": "CareSource Appeals",
        "date": report["as_of"],
        "paragraphs": draft.paragraphs,
        "signature": {
            "name": signer,
            "npi": facts.requester_npi,
            "reference": facts.requester_ref,
            "text": f"{signer}{npi}",
        },
        "open_items": [
            {"id": i.id, "title": i.title, "status": i.status, "remedy": i.remedy}
            for i in lens.still_open
        ],
    }
