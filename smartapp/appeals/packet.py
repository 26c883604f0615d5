"""The appeal packet for a denied request: one JSON-serialisable dict (docs/appeals.md §5).

:func:`build_packet` re-runs the gap check (or takes a fresh report), looks at it through the
denial's category, runs the incorrect-CPT lens, computes the clocks, chooses the documents,
pre-fills CareSource's documentation list, drafts the letter and the P2P sheet. Pure: pass
``as_of``; nothing here reads the clock or the network.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from .. import lazy_re
from ..checklists import Catalog, load_catalog
from ..errors import InputError
from ..evidence import build_record
from ..evidence.app_output import without_citations
from ..scoring import score_bundle
from .case import case_facts
from .clocks import compute_deadlines
from .cpt_lens import cpt_lens
from .denial import Denial
from .documents import choose_attachments, documentation_checklist
from .lens import denial_lens
from .letter import draft_letter
from .p2p import p2p_sheet

PACKET_VERSION = 1
_MODIFIER_RE = lazy_re.compile(r"^(RT|LT|50|[A-Z0-9]{2})$")


def split_billed_code(text: str | None) -> tuple[str | None, tuple[str, ...]]:
    """``"27447-RT"`` / ``"27447 RT"`` → ("27447", ("RT",)); None → (None, ())."""
    if not text:
        return None, ()
    parts = [p for p in re.split(r"[-\s,]+", text.strip().upper()) if p]
    code, modifiers = parts[0], tuple(parts[1:])
    bad = [m for m in modifiers if not _MODIFIER_RE.match(m)]
    if bad:
        raise InputError(f"service_code {text[:30]!r}: {bad[0]!r} is not a modifier")
    return code, modifiers


def build_packet(
    bundle: dict[str, Any],
    denial: Denial,
    *,
    as_of: date | datetime,
    report: dict[str, Any] | None = None,
    catalog: Catalog | None = None,
    include_note_text: bool = True,
) -> dict[str, Any]:
    """Build the appeal packet for ``denial`` from the patient's record ``bundle``.

    :param report: a score report already computed on the same bundle (else scored here).
    :param include_note_text: put the attached notes' text in the packet (the PDF prints it).
    :raises InputError: the bundle cannot be scored, or the denial has no category and its
        codes do not settle one.
    """
    day = as_of.date() if isinstance(as_of, datetime) else as_of
    catalog = catalog or load_catalog()
    code, modifiers = split_billed_code(denial.service_code)
    if report is None:
        report = score_bundle(bundle, service=code, as_of=day, catalog=catalog)
    category = denial.resolved_category()
    if category is None:
        raise InputError(
            "the denial has no category: pick one (" + denial.code_category().message + ")"
        )
    record = build_record(bundle)
    # The app's own reports in the chart are never cited or enclosed (issue 12).
    report = without_citations(report, record.app_documents)
    code = report["service"]["code"]
    facts = case_facts(record, code, day)
    deadlines = compute_deadlines(denial, as_of)
    lens = denial_lens(report, category)
    cpt = cpt_lens(record, code, as_of=day, modifiers=modifiers, catalog=catalog)
    attachments = choose_attachments(record, report, as_of=day)
    letter = draft_letter(
        report=report, denial=denial, facts=facts, lens=lens, cpt=cpt, attachments=attachments
    )
    warnings = [*report.get("warnings", ()), *deadlines.warnings]
    if lens.still_open:
        warnings.append(lens.summary)
    unreadable = [a.reference for a in attachments if not a.readable]
    if unreadable:
        warnings.append(f"attach by hand (could not be read here): {', '.join(unreadable)}")
    return {
        "packet_version": PACKET_VERSION,
        "as_of": as_of.isoformat(),
        "patient": report["patient"],
        "service": report["service"],
        "checklist": report["checklist"],
        "denial": denial.to_dict(),
        "category": category,
        "deadlines": deadlines.as_dict(),
        "lens": lens.as_dict(),
        "cpt": cpt.as_dict(),
        "attachments": [a.as_dict(include_note_text) for a in attachments],
        "documentation_checklist": documentation_checklist(report, attachments, denial.review),
        "letter": letter,
        "p2p": p2p_sheet(report, facts, denial, deadlines),
        "report": report,
        "warnings": warnings,
    }
