"""Texts to read → :class:`Note`: clinical notes (DocumentReference), report texts
(DiagnosticReport conclusion and presentedForm), the order's own words and the comments charted
on a resource (``Condition.note``, ``Procedure.note``, ``Observation.note``: "failed 8 weeks of
PT").

A note's text is read from its attachments when first asked for
(:mod:`smartapp.evidence.attachment_texts`); a note that cannot be read becomes a warning and a
Note with ``text=None``, never a failed report. Notes that the EHR marks ``superseded`` or
``entered-in-error`` are not clinical documentation any more and are left out.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from .attachment_texts import attachment_text
from .codes import Code, codes_of
from .dates import first_date
from .exam_observations import exam_lines, is_exam_observation
from .record import Note
from .shapes import as_dict, as_str, dicts, status_code

#: The words of the record bundle's notice for a note not fetched (smartapp.evidence.notices):
#: dated before every lookback window, its text cannot count; "not read", never "could not be read".
NOT_FETCHED_TEXT = "not read: older than every lookback window"
#: DocumentReference.status / docStatus values that withdraw a note.
WITHDRAWN = frozenset({"superseded", "entered-in-error"})


def _ids(values: Any) -> tuple[str, ...]:
    """Id tails of the references in ``values`` (author, performer …)."""
    refs = (as_str(as_dict(v).get("reference")) for v in dicts(values))
    return tuple(r.rstrip("/").split("/")[-1] for r in refs if r)


def _attachments(values: Any) -> list[dict]:
    return [a for a in dicts(values) if isinstance(a, dict)]


def build_notes(
    documents: list[tuple[str, dict[str, Any]]],
    index: dict[str, dict],
    warnings: list[str],
    not_fetched: dict[str, str] | None = None,
    extracted: dict[str, str] | None = None,
    unread: dict[str, str] | None = None,
) -> list[Note]:
    """Turn DocumentReferences into Notes; text is extracted when first read (by window).

    A note in ``not_fetched`` has no bytes on purpose: its text is None and nothing warns.
    ``extracted``: texts retrieval already extracted, by Binary URL (reused, not re-extracted).
    ``unread``: filled, as notes are read, with reference -> why the note could not be read.
    """
    notes: list[Note] = []
    withdrawn = 0
    for ref, document in documents:
        status = status_code(document.get("status")) or "current"
        doc_status = status_code(document.get("docStatus"))
        if status in WITHDRAWN or doc_status in WITHDRAWN:
            withdrawn += 1
            continue
        codes: list[Code] = []
        texts: list[str] = []
        for concept in [document.get("type"), *dicts(document.get("category"))]:
            concept_codes, concept_text = codes_of(concept)
            codes.extend(concept_codes)
            texts.append(concept_text)
        texts.append(as_str(document.get("description")).lower())
        attachments = _attachments(
            [as_dict(c).get("attachment") for c in dicts(document.get("content"))]
        )
        notes.append(
            Note(
                ref=ref,
                date=first_date(document, "date", "context.period.start"),
                codes=tuple(codes),
                status=status,
                loader=partial(
                    attachment_text, ref, attachments, index, warnings, extracted, unread
                ),
                title=" ".join(dict.fromkeys(t for t in texts if t)),
                doc_status=doc_status,
                authors=_ids(document.get("author")) + _ids(document.get("authenticator")),
                not_fetched=ref in (not_fetched or {}),
            )
        )
    if withdrawn:
        warnings.append(
            f"{withdrawn} note(s) marked superseded or entered-in-error were not counted"
        )
    return notes


def _report_text(
    report: dict,
    ref: str,
    index: dict,
    warnings: list[str],
    unread: dict[str, str] | None,
    extracted: dict[str, str] | None,
) -> str | None:
    parts = [as_str(report.get("conclusion"))]
    parts += [codes_of(c)[1] for c in dicts(report.get("conclusionCode"))]
    forms = _attachments(report.get("presentedForm"))
    if forms:
        text = attachment_text(ref, forms, index, warnings, extracted, unread)
        parts.append(text or "")
    joined = "\n".join(p for p in parts if p and p.strip())
    return joined or None


def build_texts(
    reports: list[tuple[str, dict[str, Any]]],
    orders: list[tuple[str, str, Any, tuple[str, ...]]],
    index: dict[str, dict],
    warnings: list[str],
    unread: dict[str, str] | None = None,
    extracted: dict[str, str] | None = None,
) -> list[Note]:
    """Report texts (DiagnosticReport) and order texts (``(ref, text, date, authors)``);
    ``unread`` as for :func:`build_notes` (a report whose presentedForm could not be read)."""
    texts: list[Note] = []
    for ref, report in reports:
        if status_code(report.get("status")) in ("entered-in-error", "cancelled"):
            continue
        codes, title = codes_of(report.get("code"))
        texts.append(
            Note(
                ref=ref,
                date=first_date(report, "effectiveDateTime", "effectivePeriod.start", "issued"),
                codes=codes,
                status="current",
                loader=partial(_report_text, report, ref, index, warnings, unread, extracted),
                title=title,
                kind="report",
                authors=_ids(report.get("performer")) + _ids(report.get("resultsInterpreter")),
            )
        )
    for ref, text, when, authors in orders:
        if text.strip():
            texts.append(
                Note(ref, when, (), "current", partial(str, text), "order", "order", "", authors)
            )
    return texts


#: Statuses that say a resource's care never happened, by resource type: a Procedure not done,
#: a MedicationRequest cancelled ("withdrawn before any administrations occurred", FHIR R4), a
#: MedicationStatement not taken. A stopped order or statement was begun: its words still count
#: ("stopped after 8 wks, GI upset").
_NEVER_HAD = {
    "Procedure": frozenset({"not-done"}),
    "MedicationRequest": frozenset({"cancelled"}),
    "MedicationStatement": frozenset({"not-taken"}),
}


def never_had(resource: dict[str, Any]) -> bool:
    """Whether ``resource`` was withdrawn (entered-in-error, by its ``status`` or a Condition's
    ``verificationStatus``) or says its care never happened (``_NEVER_HAD``): its words, comments
    or dosage text alike, are then no account of care had (briefs s72-d, s72-h: "meloxicam 15 mg
    daily x 6 wks" on a cancelled order met LMRI-003's six weeks as the course taken)."""
    marks = {
        status_code(resource.get("status")),
        status_code(resource.get("verificationStatus")),
    }
    never = _NEVER_HAD.get(as_str(resource.get("resourceType")), frozenset())
    return "entered-in-error" in marks or not never.isdisjoint(marks)


#: Resource types whose ``note`` (Annotation) comments are read as text.
ANNOTATED_TYPES = frozenset({"Condition", "Procedure", "Observation", "MedicationRequest"})


def annotation_texts(items: list[tuple[str, dict, Any]]) -> list[Note]:
    """The Annotation comments of ``(ref, resource, resource date)`` items, one text each, and an
    Observation's ``valueString``; an exam Observation's results, components and coded answers
    too, one line each (exam_observations.py).

    An annotation's own ``time`` dates it; otherwise the resource's date does. Its author is
    ``authorReference``. These are a clinician's words, but not a clinical note.

    A resource the EHR marks entered-in-error (its ``status`` or, for a Condition, its
    ``verificationStatus``) was withdrawn, words and all, as a withdrawn note is (blind wave 36,
    EE/infliximab-03: a duplicate QuantiFERON "Negative" entered in error counted as this year's
    TB test). So are the comments of a Procedure "not-done": they name what was never performed
    ("PT 2x/wk x 6 wks", a referral the patient did not schedule), which read alone is the course
    had (brief s72-d); a note that reports it done still counts. Likewise a medication order
    withdrawn before it began or a drug not taken (:func:`never_had`).
    """
    texts: list[Note] = []
    for ref, resource, when in items:
        if never_had(resource):
            continue
        comments = [as_dict(n) for n in dicts(resource.get("note"))]
        value = as_str(resource.get("valueString"))
        if is_exam_observation(resource):  # "Knee ligament exam R - Lachman: 3+" (components)
            comments.append({"text": "\n".join(exam_lines(resource))})
        elif value.strip():  # a charted answer in words: "Bed mobility: dependent, unable to turn"
            comments.append({"text": f"{codes_of(resource.get('code'))[1]}: {value}"})
        for position, note in enumerate(comments):
            text = as_str(note.get("text"))
            if not text.strip():
                continue
            date = first_date(note, "time") or when
            authors = _ids([note.get("authorReference")])
            loader = partial(str, text)
            note_ref = f"{ref}#note{position}"
            texts.append(
                Note(note_ref, date, (), "current", loader, "comment", "annotation", "", authors)
            )
    return texts
