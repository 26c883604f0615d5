"""A check's QuestionnaireResponse written to the chart, through the report's write-back path.

EHRs grant a SMART app ``DocumentReference`` create far more often than ``QuestionnaireResponse``
create (the app asks for the former only), so the response goes to the chart in DTR's document
form: a DocumentReference (LOINC 74465-6, "Questionnaire response Document") with the app's
markers (:mod:`smartapp.evidence.app_output`, kind ``questionnaire-response``) and two
renditions — readable text first (what an EHR that files one rendition shows, and what carries
the marker line any EHR keeps), then the QuestionnaireResponse itself as FHIR JSON. A re-check
skips it as the app's own output by its tag, identifier, title or text marker, like the report.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from ..checklists.loader import Checklist
from ..evidence.app_output import APP_NAME, marker_line
from ..exports import build_document_reference
from .answers import answer_kind, words

KIND = "questionnaire-response"
FHIR_JSON = "application/fhir+json"


def _origin(answer: dict[str, Any]) -> str:
    for extension in answer.get("extension") or []:
        for part in extension.get("extension") or []:
            if part.get("url") == "source":
                return str(part.get("valueCode"))
    return ""


def response_text(response: dict[str, Any], report: dict[str, Any], checklist: Checklist) -> str:
    """The response as a person reads it in the chart: the marker line, then each answer with
    where it came from ("from the record" / "attested by Practitioner/7")."""
    kinds = {item.id: answer_kind(item, checklist) for item in checklist.items}
    titles = {item.id: item.title for item in checklist.items}
    service = report["service"]
    lines = [
        marker_line(KIND),
        f"Questionnaire: {checklist.title} (checklist {checklist.id}, version {checklist.version})",
        f"Service: {service['system'].upper()} {service['code']} · as of {report['as_of']} · "
        f"status {response['status']}",
        "",
    ]
    for entry in response.get("item") or []:
        link = str(entry["linkId"])
        if link.endswith(".applies") or link not in kinds:
            continue
        answer = entry["answer"][0]
        value = {k: v for k, v in answer.items() if k.startswith("value")}
        if _origin(answer) == "manual":
            parts = [p for e in answer["extension"] for p in e.get("extension") or []]
            author = next((p["valueReference"]["reference"] for p in parts
                           if p.get("url") == "author"), "")  # fmt: skip
            source = f"attested by {author}, not in the record"
        else:
            source = "from the record"
        lines.append(f"{link} {titles[link]}: {words(value, kinds[link])} ({source})")
    return "\n".join(lines) + "\n"


def response_document(
    response: dict[str, Any],
    report: dict[str, Any],
    checklist: Checklist,
    *,
    created: dt.datetime,
    author_ref: str | None,
) -> dict[str, Any]:
    """The DocumentReference form of ``response`` (text rendition, then the FHIR JSON)."""
    text = response_text(response, report, checklist).encode("utf-8")
    service = report["service"]
    attested = sum(1 for entry in response.get("item") or []
                   if _origin(entry["answer"][0]) == "manual")  # fmt: skip
    return build_document_reference(
        text,
        content_type="text/plain; charset=utf-8",
        renditions=((json.dumps(response, ensure_ascii=False).encode("utf-8"), FHIR_JSON),),
        patient_ref=report["patient"],
        created=created,
        kind=KIND,
        description=(
            f"{APP_NAME} questionnaire response (prior authorization), "
            f"{service['system'].upper()} {service['code']}: {checklist.title}; "
            f"{attested} attested answer{'s' if attested != 1 else ''} (as of {report['as_of']})"
        ),
        title=f"{service['system'].upper()} {service['code']} ({report['as_of']})",
        author_ref=author_ref,
    )
