"""Open the evidence behind a report item: a note with the cited passage highlighted, or a
resource's key facts. Both are read live from the EHR with the launch's token (nothing is cached),
and both refuse anything that is not the launched patient's (Epic's cached-context bug taught us
to assert the patient on every request).

A note the check did not fetch (dated before every lookback window, issue 19) is shown as "not
fetched" with its date, not read now. Note text is the same extraction the NLP read, so the cited
character range lands on the words that were found; it is shown as escaped text, so hostile note
HTML is inert.
"""

from __future__ import annotations

from typing import Any

from flask import current_app, render_template, request

from ..db import get_session
from ..errors import FatalFhirError, FhirAuthError, NotFoundError
from ..evidence.codes import codes_of
from ..evidence.notes import build_notes
from ..fhir.binaries import fetch_note
from ..fhir.searches import RECORD_TYPES
from ..launch import current_launch, launch_required
from ..launch.tokens import fhir_client_for
from ..models import AppSession, CheckRun
from ..overrides.panel import for_run
from ..overrides.refs import label_of
from . import present
from .views import bp, owned_run
from .wording import resource_words

#: Where each resource type names its patient (Coverage names the member as beneficiary).
PATIENT_FIELDS = ("subject", "patient", "beneficiary")
#: FHIR field names as the evidence page labels them (no camelCase where people read).
FACT_WORDS = {
    "code": "Code", "type": "Type", "category": "Category", "medicationCodeableConcept":
    "Medication", "reasonCode": "Reason", "status": "Status", "intent": "Intent",
    "clinicalStatus": "Clinical status", "verificationStatus": "Verification status",
    "onsetDateTime": "Onset", "effectiveDateTime": "Date", "performedDateTime": "Performed on",
    "authoredOn": "Ordered on", "occurrenceDateTime": "Date of service", "issued": "Issued",
    "recordedDate": "Recorded on", "date": "Date", "birthDate": "Born", "period": "Period",
    "performedPeriod": "Performed", "occurrencePeriod": "Date of service",
    "effectivePeriod": "Period", "value": "Value", "identifier": "Identifier",
}  # fmt: skip
#: Context around the cited passage, so the clinician sees the sentence it belongs to.
CONTEXT_CHARS = 4000


def belongs_to(resource: dict[str, Any], launch: AppSession) -> bool:
    """True for the launched Patient itself or a resource whose subject/patient is that patient."""
    if resource.get("resourceType") == "Patient":
        return str(resource.get("id")) == launch.patient_id
    if resource.get("resourceType") in ("Practitioner", "Organization"):
        return True  # not patient data; reachable only from this patient's record
    for name in PATIENT_FIELDS:
        reference = str((resource.get(name) or {}).get("reference") or "")
        if reference.rstrip("/").split("/")[-2:] == ["Patient", str(launch.patient_id)]:
            return True
    return False


def _read(launch: AppSession, resource_type: str, resource_id: str) -> dict[str, Any]:
    if resource_type not in (*RECORD_TYPES, "Practitioner") or not resource_id.replace(
        "-", ""
    ).replace(".", "").isalnum():
        raise NotFoundError("That is not a record the app reads.")
    client = fhir_client_for(current_app._get_current_object(), launch)  # type: ignore[attr-defined]
    try:
        resource = client.get_json(f"{resource_type}/{resource_id}")
    except FatalFhirError as error:
        if error.status not in (403, 404, 410) or isinstance(error, FhirAuthError):
            raise
        # The EHR refuses reads outside the patient's compartment: same answer as "not found".
        raise NotFoundError("That record is not part of this patient's chart.") from error
    if resource.get("resourceType") != resource_type or not belongs_to(resource, launch):
        raise NotFoundError("That record is not part of this patient's chart.")
    return resource


def note_text(launch: AppSession, document: dict[str, Any]) -> tuple[str | None, list[str]]:
    """The note's text as the NLP read it, and any reason it could not be read."""
    client = fhir_client_for(current_app._get_current_object(), launch)  # type: ignore[attr-defined]
    fetched = fetch_note(client, document)
    index: dict[str, dict] = {}
    if fetched.binary is not None and fetched.full_url:
        # Keyed as the record bundle is (absolute URL and Binary/id) so relative links resolve.
        index[fetched.full_url] = index[f"Binary/{fetched.binary['id']}"] = fetched.binary
    warnings: list[str] = [fetched.problem] if fetched.problem and not fetched.binary else []
    ref = f"DocumentReference/{document.get('id')}"
    notes = build_notes([(ref, document)], index, warnings, extracted=fetched.texts())
    return notes[0].text, warnings


def highlight(text: str, start: int | None, end: int | None) -> dict[str, Any]:
    """Split ``text`` around the cited range (clamped), trimming far-away text for long notes."""
    if start is None or end is None or not (0 <= start < end <= len(text)):
        return {"before": text, "mark": "", "after": "", "trimmed": False, "offset": 0}
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return {
        # Where the shown text starts in the note: a passage selected on the page is a range
        # of the whole note (static/js/passage.js), as the NLP's citations are.
        "offset": lo,
        "before": text[lo:start],
        "mark": text[start:end],
        "after": text[end:hi],
        "trimmed": lo > 0 or hi < len(text),
    }


def facts(resource: dict[str, Any]) -> list[tuple[str, str]]:
    """Key facts of any record resource for the summary view (codes, dates, status, value)."""
    out: list[tuple[str, str]] = []
    for name in ("code", "type", "category", "medicationCodeableConcept", "reasonCode"):
        value = resource.get(name)
        for concept in value if isinstance(value, list) else [value]:
            codes, text = codes_of(concept)
            shown = text or "; ".join(f"{c.system} {c.code} {c.display}".strip() for c in codes)
            if shown:
                out.append((name, shown))
    for name in ("status", "intent", "clinicalStatus", "verificationStatus"):
        value = resource.get(name)
        if isinstance(value, dict):
            value = codes_of(value)[1] or ", ".join(c.code for c in codes_of(value)[0])
        if value:
            out.append((name, str(value)))
    for name in ("onsetDateTime", "effectiveDateTime", "performedDateTime", "authoredOn",
                 "occurrenceDateTime", "issued", "recordedDate", "date", "birthDate"):  # fmt: skip
        if resource.get(name):
            out.append((name, str(resource[name])))
    for name in ("period", "performedPeriod", "occurrencePeriod", "effectivePeriod"):
        period = resource.get(name) or {}
        if period:
            out.append((name, f"{period.get('start', '?')} to {period.get('end', 'ongoing')}"))
    quantity = resource.get("valueQuantity") or {}
    if quantity:
        out.append(("value", f"{quantity.get('value')} {quantity.get('unit', '')}".strip()))
    for identifier in resource.get("identifier") or []:
        if isinstance(identifier, dict) and identifier.get("value"):
            out.append(("identifier", f"{identifier.get('system', '')} {identifier['value']}"))
    return out


@bp.get("/checks/<run_id>/evidence/<resource_type>/<resource_id>")
@launch_required
def evidence(run_id: str, resource_type: str, resource_id: str) -> str:
    """A cited note (passage highlighted) or a resource summary, read live from the EHR."""
    launch = current_launch()
    run = owned_run(run_id, launch)
    resource = _read(launch, resource_type, resource_id)
    link = present.parse_reference(f"{resource_type}/{resource_id}#{request.args.get('at', '')}")
    item_id = request.args.get("item", "")
    context: dict[str, Any] = {
        "run": run, "launch": launch, "patient": run.patient_summary, "resource": resource,
        "link": link, "facts": [(FACT_WORDS.get(n, n), v) for n, v in facts(resource)],
        "present": present, "title": label_of(resource) or resource_words(resource_type),
        "item_id": item_id if item_id.replace("-", "").isalnum() else "",
    }  # fmt: skip
    unread = not_fetched_date(run, f"{resource_type}/{resource_id}")
    if unread is not None:
        # Not fetched for the check (older than every lookback window): not fetched here either.
        context["not_fetched"] = unread or "undated"
    elif resource_type == "DocumentReference":
        text, problems = note_text(launch, resource)
        context["problems"] = problems
        if text is not None and link is not None:
            context["note"] = highlight(text, link.start, link.end)
            context["overridable"] = _overridable(launch, run, context["item_id"])
    return render_template("checks/evidence.html", **context)


def not_fetched_date(run: CheckRun, reference: str) -> str | None:
    """The date of a note the run's retrieval did not fetch ("" if undated), else None."""
    for note in (run.report or {}).get("notes_not_read") or []:
        if note.get("reference") == reference:
            return str(note.get("date") or "")
    return None


def _overridable(launch: AppSession, run: CheckRun, item_id: str) -> dict[str, Any] | None:
    """The report item a passage selected here can mark "documented here", if it may be."""
    if not item_id or run.status != "done" or not run.report:
        return None
    report, panel = for_run(get_session(), launch, run)
    item = next((i for i in report["items"] if i["id"] == item_id), None)
    if item is None or not panel.editable or item_id in panel.standing or item["status"] == "met":
        return None
    return {"item": item, "action": panel.add_url(item_id), "max_reason": panel.max_reason}
