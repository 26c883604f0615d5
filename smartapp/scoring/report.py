"""Score one patient Bundle: choose the service and checklist, analyse notes, evaluate, report.

The report dict is the ``smartapp score`` JSON contract (docs/checklists.md §6): patient, as_of,
service {system, code, topic}, checklist {id, version}, readiness, state, headline,
readiness_detail, patient_summary, order, app_documents, items, warnings, and notes_not_read
when retrieval left notes unfetched (older than every lookback window).
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..checklists import load_catalog, readiness_state
from ..checklists.engine import evaluate
from ..checklists.loader import Catalog, Checklist
from ..checklists.lookback import notes_needed_since, window_anchor
from ..checklists.requests import find_order
from ..checklists.unread import read_summary, unread_count
from ..errors import InputError
from ..evidence import PatientRecord, build_record, service_system
from ..evidence.care_plans import CAREPLAN_KIND
from ..evidence.dates import parse_date
from ..evidence.notes import ANNOTATED_TYPES, NOT_FETCHED_TEXT
from ..evidence.score_bands import little_limitation_observed
from .header import order_facts, patient_facts

log = logging.getLogger(__name__)


def read_bundle(path: Path) -> dict[str, Any]:
    """Read a JSON file; InputError (one line, no content echoed) when it cannot be used."""
    try:
        with path.open("rb") as handle:
            data = json.load(handle)
    except FileNotFoundError as error:
        raise InputError(f"cannot read {path.name}: no such file") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read {path.name}: not a JSON file") from error
    except RecursionError as error:  # JSON nested deeper than Python's parser goes
        raise InputError(f"cannot read {path.name}: JSON nested too deeply") from error
    except ValueError as error:  # e.g. an integer longer than Python's 4,300-digit limit
        raise InputError(f"cannot read {path.name}: a value in it cannot be read") from error
    if not isinstance(data, dict) or data.get("resourceType") != "Bundle":
        raise InputError(f"{path.name} is not a FHIR Bundle")
    return data


def choose_service(
    record: PatientRecord, code: str | None, catalog: Catalog
) -> tuple[str, str, Checklist]:
    """(system, code, checklist) for ``code``, or for the newest draft/active order when None."""
    if code is None:
        order = find_order(record, None)
        if order is None:
            raise InputError("no draft/active order with a CPT/HCPCS code; pass --service CODE")
        code = order.service_codes()[0].code
    code = code.strip().upper()
    system = service_system(code)
    if system is None:
        raise InputError(f"{code!r} is not a CPT or HCPCS code")
    checklist = catalog.for_service(code)
    if checklist is None:
        raise InputError(f"no CareSource checklist covers {system.upper()} {code}")
    return system, code, checklist


def attach_findings(record: PatientRecord, checklist: Checklist, as_of: date, anchor: date) -> None:
    """Run note NLP over notes inside the checklist's widest note window only (speed)."""
    start = anchor - timedelta(days=checklist.lookback_days())
    # A plan of care dated by a period starting after as_of is read too: signed before the care
    # it plans, it may be in the record already (checklists/plans_ahead.py decides if it counts).
    recent = [n for n in record.all_texts()
              if n.date and start <= n.date and (n.date <= as_of or n.kind == CAREPLAN_KIND)
              and n.text]  # fmt: skip
    if not recent:  # nothing to read: no need to load the NLP pipeline
        record.findings = []
        return
    try:
        from ..notes import NoteInput, find_findings
    except ImportError:  # the notes package is optional at run time; items become unknown
        record.warnings.append("note analysis is unavailable; note-based items are unknown")
        return
    # Who the notes are about: "Mother: she can't follow directions" in a child's note is the
    # mother telling the child's limit (notes/relative_speaker.py).
    facts = patient_facts(record)
    sex = facts["gender"] if facts["gender"] in ("female", "male") else ""
    born = parse_date(facts["birth_date"])
    inputs = (
        NoteInput(
            n.ref, n.text, n.date, f"{n.title} {' '.join(c.code for c in n.codes)}", sex, born
        )
        for n in recent
        if n.text
    )
    record.findings = _with_resource_regions(record, list(find_findings(inputs, record.warnings)))


def _with_resource_regions(record: PatientRecord, findings: list[Any]) -> list[Any]:
    """A charted comment's statements are about its resource's body region when they name none:
    "16 visits over 8 wks" on a right-knee therapy Procedure is knee care, not back care. A
    comment on a score in its band of little limitation describes how the patient did well
    ("With rollator." on a TUG of 9.8 s): its functional remarks are no limitation."""
    annotated = record.of(*ANNOTATED_TYPES)
    regions = {e.ref: e.regions for e in annotated if e.regions}
    scored_well = {e.ref for e in annotated if little_limitation_observed(e.text, e.value, e.unit)}
    out = []
    for finding in findings:
        base = finding.note_ref.split("#note", 1)[0]
        if not finding.regions and "#note" in finding.note_ref and base in regions:
            finding = replace(finding, regions=regions[base])
        if base in scored_well and finding.category == "functional-deficits":
            finding = replace(finding, normal=True)
        out.append(finding)
    return out


def notes_window(
    bundle: dict[str, Any], service: str | None, *, as_of: date, catalog: Catalog | None = None
) -> date | None:
    """The earliest date a note's text can count when ``bundle``'s order is scored for
    ``service`` (as :func:`score_record` will choose it); None: every note counts, or no
    checklist can be chosen yet. Retrieval calls this once the orders are read."""
    try:
        record = build_record(bundle)
        _system, code, checklist = choose_service(record, service, catalog or load_catalog())
    except InputError:
        return None
    order = find_order(record, code)
    return notes_needed_since(checklist, as_of, order.authored if order else None)


def score_bundle(
    bundle: dict[str, Any],
    *,
    service: str | None = None,
    as_of: date,
    catalog: Catalog | None = None,
) -> dict[str, Any]:
    """Score ``bundle`` for ``service`` on ``as_of`` and return the report dict."""
    catalog = catalog or load_catalog()
    record = build_record(bundle)
    return score_record(record, choose_service(record, service, catalog), as_of=as_of)


def score_record(
    record: PatientRecord, chosen: tuple[str, str, Checklist], *, as_of: date
) -> dict[str, Any]:
    """Score ``record`` for the service ``chosen`` by :func:`choose_service`."""
    system, code, checklist = chosen
    order = find_order(record, code)
    # Note windows reach back from the earlier of the order's day and as_of ("since: order").
    anchor = window_anchor(order.authored if order else None, as_of)
    attach_findings(record, checklist, as_of, anchor)
    results = evaluate(checklist, record, as_of, (system, code))
    # A partial read is named first: how many of the notes the check opened it could not read
    # (the same count holds the verdict back from "ready").
    unread = unread_count(record)
    summary = read_summary(record) if unread else None
    warnings = ([summary] if summary else []) + list(record.warnings)
    unknown = [r.id for r in results if r.status == "unknown"]
    if unknown:
        warnings.append(f"could not be checked, data could not be read: {', '.join(unknown)}")
    verdict = readiness_state(results, unread)
    log.info("scored checklist=%s items=%d unknown=%d state=%s app_documents=%d", checklist.id,
             len(results), len(unknown), verdict.state, len(record.app_documents))  # fmt: skip
    return {
        "patient": record.patient_ref,
        "as_of": as_of.isoformat(),
        "service": {"system": system, "code": code, "topic": checklist.topic},
        "checklist": {"id": checklist.id, "version": checklist.version},
        "readiness": verdict.number,
        "state": verdict.state,
        "headline": verdict.headline,
        "readiness_detail": verdict.as_dict(),
        "patient_summary": patient_facts(record),
        "order": order_facts(record, code),
        "app_documents": [d.as_dict() for d in record.app_documents],
        "items": [
            {
                "id": r.id,
                "element": r.element,
                "title": r.title,
                "required": r.required,
                "status": r.status,
                "denial_reasons": list(r.denial_reasons),
                "evidence": r.evidence,
                "remedy": r.remedy,
                "searched": r.searched,
            }
            for r in results
        ],
        "warnings": warnings,
        # Notes dated before every lookback window were not fetched: listed, never "missing".
        **({"notes_not_read": [{"reference": ref, "date": when,
                                "why": f"{NOT_FETCHED_TEXT} ({when or 'undated'})"}
                               for ref, when in sorted(record.not_fetched.items())]}
           if record.not_fetched else {}),
    }  # fmt: skip
