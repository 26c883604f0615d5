"""Which documents to attach to the appeal, and CareSource's appeal documentation checklist.

Attachments are chosen from the record: every note or report the re-run gap report cites as
evidence (with the items it supports), then notes of the kinds CareSource asks for (progress
notes, H&P, consults, therapy, operative and diagnostic reports) in the look-back window. Each
one carries its reasons; unreadable notes are listed too, flagged for manual attachment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from ..evidence import Note, PatientRecord
from ..yamlfile import safe_load
from .case import display_title

DATA = Path(__file__).resolve().parent / "appeal_documents.yaml"
MAX_TEXT_CHARS = 20_000


@cache
def documentation_list() -> dict[str, Any]:
    """The parsed CareSource documentation list (cached; read-only)."""
    with DATA.open(encoding="utf-8") as handle:
        return safe_load(handle)


def note_kind(note: Note) -> str:
    """progress-note, history-physical, consult-note, therapy-note, … or other-note."""
    kinds = documentation_list()["note_kinds"]
    loinc = {c.code for c in note.codes if c.system == "loinc"}
    for kind, spec in kinds.items():
        if loinc & set(spec.get("loinc", ())):
            return kind
    title = note.title.lower()
    for kind, spec in kinds.items():
        if any(word in title for word in spec.get("words", ())):
            return kind
    return "other-note"


def _base_ref(reference: str) -> str:
    return reference.split("#", 1)[0]


def cited_by(report: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    """Resource reference → the report items (id, title, status) citing it as evidence."""
    out: dict[str, list[dict[str, str]]] = {}
    for item in report.get("items") or []:
        for evidence in item.get("evidence") or []:
            ref = _base_ref(evidence.get("reference", ""))
            entry = {"id": item["id"], "title": item["title"], "status": item["status"]}
            if entry not in out.setdefault(ref, []):
                out[ref].append(entry)
    return out


@dataclass
class Attachment:
    """One document proposed for the packet, with why."""

    reference: str
    title: str
    date: date | None
    kind: str
    reasons: list[str]
    supports: list[str]  # report item ids
    readable: bool
    text: str | None = None

    def as_dict(self, include_text: bool = True) -> dict[str, Any]:
        """JSON-ready form; ``text`` (extracted note text, capped) only when asked for."""
        data = {
            "reference": self.reference,
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "kind": self.kind,
            "reasons": list(self.reasons),
            "supports": list(self.supports),
            "readable": self.readable,
        }
        if include_text:
            data["text"] = self.text
        return data


KIND_REASONS = {
    "progress-note": "progress note: symptoms, their duration and the exam",
    "history-physical": "history and physical: symptoms, history and exam",
    "consult-note": "specialist report",
    "therapy-note": "therapy note: the conservative treatment given",
    "operative-note": "operative report (prior procedure)",
    "procedure-note": "procedure note (prior procedure)",
    "imaging-report": "diagnostic imaging report",
    "diagnostic-report": "diagnostic report",
}


def choose_attachments(
    record: PatientRecord,
    report: dict[str, Any],
    *,
    as_of: date,
    lookback_days: int = 365,
    limit: int = 12,
    max_uncited: int = 4,
) -> list[Attachment]:
    """Documents to attach: every cited one, then at most ``max_uncited`` recent notes of the
    kinds CareSource asks for; cited first, then newest first, at most ``limit``."""
    citations = cited_by(report)
    start = as_of - timedelta(days=lookback_days)
    chosen: list[Attachment] = []
    for note in record.notes:
        if note.status not in ("current", "") or (note.date and note.date > as_of):
            continue
        kind = note_kind(note)
        cites = citations.get(note.ref, [])
        in_window = note.date is not None and note.date >= start
        if not cites and not (in_window and kind in KIND_REASONS):
            continue
        reasons = [f"cited for {c['id']} {c['title']} ({c['status']})" for c in cites]
        if kind in KIND_REASONS:
            reasons.append(KIND_REASONS[kind])
        text = note.text
        if text is None:
            reasons.append("could not be read here: open it in the EHR and attach it by hand")
        chosen.append(
            Attachment(
                note.ref,
                display_title(record, note.ref, note.title or "note"),
                note.date,
                kind,
                reasons,
                [c["id"] for c in cites],
                text is not None,
                text[:MAX_TEXT_CHARS] if text else None,
            )
        )
    for report_ev in record.of("DiagnosticReport"):
        cites = citations.get(report_ev.ref, [])
        if cites:
            reasons = [f"cited for {c['id']} {c['title']} ({c['status']})" for c in cites]
            chosen.append(
                Attachment(
                    report_ev.ref,
                    report_ev.label(),
                    report_ev.date,
                    "diagnostic-report",
                    [*reasons, "diagnostic report"],
                    [c["id"] for c in cites],
                    True,
                    None,
                )
            )
    chosen.sort(key=lambda a: (-len(a.supports), -(a.date or date.min).toordinal()))
    uncited = [a for a in chosen if not a.supports][max_uncited:]
    return [a for a in chosen if a not in uncited][:limit]


def documentation_checklist(
    report: dict[str, Any], attachments: list[Attachment], review: str
) -> list[dict[str, Any]]:
    """CareSource's appeal documentation list for this review type, pre-filled from the record.

    ``status``: ``in-record`` (an item met or a document of the kind is attached), ``gap`` (the
    matching checklist items are open), ``not-in-record`` (nothing found), ``provide`` (comes
    from outside the record: consent, remittance advice). ``ticked`` is always False: the
    coordinator ticks.
    """
    spec = documentation_list()
    by_element: dict[str, list[dict[str, Any]]] = {}
    for item in report.get("items") or []:
        by_element.setdefault(item["element"], []).append(item)
    out = []
    for entry in spec["items"]:
        if "reviews" in entry and review not in entry["reviews"]:
            continue
        items = [i for e in entry.get("elements", ()) for i in by_element.get(e, ())]
        docs = [a for a in attachments if a.kind in entry.get("note_kinds", ())]
        met = [i for i in items if i["status"] == "met"]
        open_items = [i for i in items if i["status"] in ("missing", "partial", "unknown")]
        if entry.get("outside_record"):
            status = "provide"
        elif met or docs:
            status = "in-record"
        elif open_items:
            status = "gap"
        else:
            status = "not-in-record"
        refs = sorted({_base_ref(e["reference"]) for i in met for e in i["evidence"]})
        out.append(
            {
                "id": entry["id"],
                "label": entry["label"],
                "status": status,
                "items": [i["id"] for i in items],
                "open_items": [i["id"] for i in open_items],
                "documents": [a.reference for a in docs] or refs[:6],
                "ticked": False,
                "source": dict(spec["source"]),
            }
        )
    return out
