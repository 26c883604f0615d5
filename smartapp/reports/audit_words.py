"""Audit events as sentences (issue 18): "Changed the status from open to in progress." instead
of ``from: open; to: in_progress``, and "Saved report version 3: readiness 77/100 …" instead
of a Python list. The details hold ids, statuses and counts only (smartapp.reports.audit), so the
sentences do too. Override events keep their own sentences (smartapp.overrides.sentences)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select

from ..appeals.eob_codes import CATEGORY_LABELS
from ..context import request_g
from ..db import get_session
from ..models import AuditEvent, CheckRun, TrackedRequest
from ..overrides.sentences import audit_sentence
from ..people import person

_REQUESTS = TrackedRequest.__table__.c
#: The named patients of a page's audit rows (one plain statement, built once).
_REQUEST_NAMES = select(_REQUESTS.patient_ref, _REQUESTS.patient_name).where(
    _REQUESTS.patient_ref.in_(bindparam("refs", expanding=True)))  # fmt: skip
STATE_WORDS = {"not_ready": "not ready", "ready": "ready", "incomplete": "incomplete"}


def words(value: Any) -> str:
    """A stored detail value as people read it: lists joined, codes without underscores."""
    if value is None or value == "":
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(words(v) for v in value) if value else "none"
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')} {words(v)}" for k, v in value.items())
    return str(value).replace("_", " ")


def _plural(count: Any, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _version(d: dict[str, Any]) -> str:
    return f"report version {d['report']}" if d.get("report") else "the report"


def _packet(d: dict[str, Any]) -> str:
    return f"appeal packet #{d['packet']}" if d.get("packet") else "the appeal packet"


def _what(d: dict[str, Any]) -> str:
    return _version(d) if d.get("report") else "the gap report of the live check"


def _live(d: dict[str, Any]) -> str:
    return ", notes read live from the EHR" if d.get("notes_read_live") else ""


def _category(d: dict[str, Any]) -> str:
    key = d.get("category") or d.get("denial_category")
    return CATEGORY_LABELS.get(key, words(key)) if key else ""


def _save(d: dict[str, Any]) -> str:
    state = STATE_WORDS.get(str(d.get("state")), words(d.get("state")))
    text = (f"Saved {_version(d)}: readiness {d.get('readiness')}/100 ({state}), "
            f"{_plural(d.get('required_gaps', 0), 'required gap')}")  # fmt: skip
    if d.get("overrides"):
        text += f", {_plural(d['overrides'], 'item')} overridden by people"
    return text + "."


def _status(d: dict[str, Any]) -> str:
    text = f"Changed the status from {words(d.get('from'))} to {words(d.get('to'))}"
    return text + (f" (denied for {_category(d)})." if _category(d) else ".")


def _assign(d: dict[str, Any]) -> str:
    if not d.get("to"):
        return "Took the request off everyone's list (unassigned)."
    return f"Assigned the request to {person(d['to'])}."


def _denial(d: dict[str, Any]) -> str:
    plan = " ".join(words(d.get(k)) for k in ("plan_type", "state") if d.get(k))
    source = "chosen by the coordinator" if d.get("category_source") == "coordinator" else (
        "read from the EOB codes")
    return (f"Recorded a denial for {_category(d)} ({source}); plan {plan}, "
            f"{words(d.get('review'))} review.")  # fmt: skip


SENTENCES: dict[str, Callable[[dict[str, Any]], str]] = {
    "view_check": lambda d: "Opened the live check.",
    "view_request": lambda d: f"Opened {_version(d)}.",
    "save_report": _save,
    "status_change": _status,
    "assign": _assign,
    "comment": lambda d: f"Added a comment ({_plural(d.get('length', 0), 'character')}).",
    "print": lambda d: f"Opened the print view of {_version(d)}.",
    "export_pdf": lambda d: f"Downloaded {_what(d)} as PDF.",
    "export_json": lambda d: f"Downloaded {_what(d)} as JSON.",
    "write_back": lambda d: f"Added {_what(d)} to the patient's chart.",
    "attest": lambda d: (f"Attested {d['item']}, which the record did not show "
                         f"(the app said {words(d.get('engine_status'))})."),
    "write_back_response": lambda d: ("Added the check's QuestionnaireResponse to the patient's "
                                      "chart."),
    "write_back_response_failed": lambda d: ("Could not add the check's QuestionnaireResponse to "
                                             f"the chart: the EHR answered "
                                             f"{d.get('status') or 'with an error'}."),
    "export_questionnaire_response": lambda d: "Downloaded the check's QuestionnaireResponse.",
    "export_pas_preview": lambda d: ("Downloaded the PAS Claim preview of the check "
                                     "(not submitted)."),
    "view_worklist": lambda d: f"Opened page {d.get('page', 1)} of the worklist "
                               f"({_plural(d.get('results', 0), 'request')}).",
    "view_audit": lambda d: (f"Opened the audit trail of request #{d['request']}."
                             if d.get("request") else "Opened the audit trail."),
    "view_digest": lambda d: (f"Opened the denials digest "
                              f"({_plural(d.get('open_denials', 0), 'open denial')})."),
    "view_denial_form": lambda d: "Opened the denial form.",
    "record_denial": _denial,
    "appeal_progress": lambda d: (f"Moved the appeal from {words(d.get('from'))} to "
                                  f"{words(d.get('to'))}"
                                  + ("; the decision was extended by 14 days." if d.get("extended")
                                     else ".")),
    "build_packet": lambda d: f"Started building {_packet(d)} ({_category(d)}).",
    "packet_ready": lambda d: (f"{_packet(d).capitalize()} is ready: "
                               f"{_plural(d.get('still_open', 0), 'item')} still open, "
                               f"{_plural(d.get('attachments', 0), 'document')} to attach."),
    "view_packet": lambda d: f"Opened {_packet(d)}.",
    "tick_checklist": lambda d: (f"Ticked {len(d.get('ticked') or [])} of the documentation "
                                 f"list's entries in {_packet(d)}."),
    "print_p2p": lambda d: f"Opened the printable P2P sheet of {_packet(d)}.",
    "export_packet_pdf": lambda d: (f"Downloaded {_packet(d)} as PDF "
                                    f"({_plural(d.get('attachments', 0), 'attachment')}"
                                    f"{_live(d)})."),
    "export_packet_json": lambda d: f"Downloaded {_packet(d)} as JSON.",
    "write_back_packet": lambda d: f"Added {_packet(d)} to the patient's chart.",
    "write_back_failed": lambda d: (f"Could not add {_packet(d)} to the chart: the EHR answered "
                                    f"{d.get('status') or 'with an error'}."),
}


def audit_details(event: AuditEvent) -> str:
    """The Details cell of an audit row: a sentence for every known action, else each detail
    as "name value" words (never a Python list or dict)."""
    detail = event.detail or {}
    sentence = SENTENCES.get(event.action)
    if sentence is not None:
        try:
            return sentence(detail)
        except (KeyError, TypeError, ValueError):
            pass  # an older event's shape: fall back to the words of each detail
    shown = [f"{key.replace('_', ' ')}: {words(value)}" for key, value in sorted(detail.items())
             if value is not None]  # fmt: skip
    return ("; ".join(shown) + ".") if shown else ""


def patient_names(refs: set[str]) -> dict[str, str | None]:
    """The names the app saved for these patients (the audit rows of a page), kept for the
    request: a request's name wins over a check's, as the Patient cell shows them.

    Checks are read only for patients no request names: each check's summary is a JSON
    document, and a request page's events are all about its own, named, patient (issue 19)."""
    names = request_g().setdefault("audit_patient_names", {})  # flask.g without its proxy
    wanted = sorted(ref for ref in refs if ref and ref not in names)
    if wanted:
        db = get_session()
        found: dict[str, str | None] = dict.fromkeys(wanted)
        requests = db.connection().execute(_REQUEST_NAMES, {"refs": wanted})
        named = {ref: name for ref, name in requests if name}
        unnamed = [ref for ref in wanted if ref not in named]
        if unnamed:
            runs = db.query(CheckRun.patient_ref, CheckRun.patient_summary).filter(
                CheckRun.patient_ref.in_(unnamed))  # fmt: skip
            found |= {ref: summary.get("name") for ref, summary in runs if summary}
        found |= named
        names |= found
    return names


def name_known(patient_ref: str | None, name: str | None) -> None:
    """Tell this request's audit rows a patient's name the page already read (a request page's
    own request): its events are nearly all about that patient, so :func:`patient_names` then
    reads nothing for them -- one statement fewer a page (issue 19). The page's own request's
    name is the one its rows show, not another request's for the same patient."""
    if patient_ref and name:
        request_g().setdefault("audit_patient_names", {})[patient_ref] = name


def patient_label(patient_ref: str | None) -> str:
    """The Patient cell of an audit row: the name the app saved with the request or the check,
    else the bare id (never ``Patient/…``)."""
    if not patient_ref:
        return ""
    names = request_g().get("audit_patient_names") or {}
    if patient_ref not in names:
        names = patient_names({patient_ref})
    return names.get(patient_ref) or patient_ref.rpartition("/")[2]


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One row of an audit table (templates/reports/_events.html) as the page shows it."""

    at_iso: str
    at_text: str
    who: str
    action: str
    request_id: int | None
    href: str
    patient: str
    details: str


def audit_cells(events: list[Any], link: Callable[[int], str]) -> list[tuple[Any, ...]]:
    """What each event's row shows, worked out in the view so the template only writes it out:
    (the time, who by name, what, the request id, its link (``link``: request id -> URL), the
    patient's name, the sentence: an override's own, else :func:`audit_details`)."""
    patient_names({event.patient_ref for event in events})
    # A trail names the same few people and patients on every row: each worked out once here
    # (person() and patient_label() read the request's g on every call; issue 19).
    who: dict[tuple[str | None, str | None], str] = {}
    patients: dict[str | None, str] = {}
    cells = []
    for event in events:
        actor = (event.actor, event.role)
        if actor not in who:
            who[actor] = person(*actor)
        if event.patient_ref not in patients:
            patients[event.patient_ref] = patient_label(event.patient_ref)
        cells.append((event.at, who[actor], event.action.replace("_", " "), event.request_id,
                      link(event.request_id) if event.request_id else "",
                      patients[event.patient_ref],
                      audit_sentence(event) or audit_details(event)))  # fmt: skip
    return cells


def audit_row(cells: tuple[Any, ...], at: tuple[str, str] | None = None) -> AuditRow:
    """One :func:`audit_cells` entry as the row template reads it; ``at``: (ISO, shown) texts
    to write instead of the time's (fragments.audit_table's places)."""
    when, *shown = cells
    if at is not None:
        return AuditRow(*at, *shown)
    stamp = when.isoformat()  # 2026-10-01T08:00:00[.ffffff][+00:00]
    # The time's text as strftime("%Y-%m-%d %H:%M:%S"), cheaper.
    return AuditRow(stamp, f"{stamp[:10]} {stamp[11:19]}", *shown)
