"""A checklist as an R4 Questionnaire; a check's report as the QuestionnaireResponse it pre-fills.

The Questionnaire is the checklist's data, nothing more: one ``boolean`` item per checklist item
("documented in the record"), ``linkId`` = the item id, ``required`` as the checklist says — except
the date of service, a ``date``. An item with ``applies_when`` gets a gate item before it
(``<id>.applies``, "This requirement applies") and is enabled only when the gate is answered
true (``enableWhen``): the checklist's condition is about the record, which a Questionnaire cannot
test, so the app answers the gate from its judgement and a person may change it. The canonical
URL is stable (``{base}/Questionnaire/{checklist id}``) and ``version`` is the checklist version.

The response is pre-filled from the report only where the record showed something: a met item
is answered true with the references it rests on (an ``evidence`` extension per source) and
DTR's information-origin ``auto``; an item that does not apply has its gate answered false; a
gap or an item that could not be checked stays unanswered, for the clinician.
"""

from __future__ import annotations

from typing import Any

from ..checklists.loader import Checklist

DEFAULT_BASE = "http://smartapp.example/fhir"
ORIGIN = "http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/information-origin"


def canonical(checklist: Checklist, base: str = DEFAULT_BASE) -> str:
    return f"{base.rstrip('/')}/Questionnaire/{checklist.id}"


def evidence_url(base: str = DEFAULT_BASE) -> str:
    """Extension on an answer: one record reference the answer rests on (valueReference)."""
    return f"{base.rstrip('/')}/StructureDefinition/evidence"


def questionnaire_for(checklist: Checklist, base: str = DEFAULT_BASE) -> dict[str, Any]:
    """The R4 Questionnaire of one checklist."""
    items: list[dict[str, Any]] = []
    for item in checklist.items:
        question: dict[str, Any] = {
            "linkId": item.id,
            "text": item.title,
            "type": "date" if item.element == "date-of-service" else "boolean",
            "required": item.required,
        }
        if item.remedy:
            question["item"] = [{"linkId": f"{item.id}.help", "type": "display",
                                 "text": " ".join(item.remedy.split())}]  # fmt: skip
        if item.applies_when is not None:
            gate = f"{item.id}.applies"
            items.append({"linkId": gate, "type": "boolean", "required": True,
                          "text": f"This requirement applies: {item.title}"})  # fmt: skip
            question["enableWhen"] = [{"question": gate, "operator": "=", "answerBoolean": True}]
        items.append(question)
    return {
        "resourceType": "Questionnaire",
        "id": checklist.id,
        "url": canonical(checklist, base),
        "version": checklist.version,
        "name": "".join(part.title() for part in checklist.id.replace("-", " ").split())[:250],
        "title": checklist.title,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": checklist.payer,
        "description": f"Documentation a {checklist.payer} prior-authorization request for "
        f"{checklist.title} needs, one question per checklist item.",
        "item": items,
    }


AUTO = {"url": ORIGIN, "extension": [{"url": "source", "valueCode": "auto"}]}


def _answer(item: dict[str, Any], base: str, value: dict[str, Any]) -> dict[str, Any]:
    extensions = [AUTO]
    extensions += [
        {"url": evidence_url(base), "valueReference": {"reference": str(e["reference"])}}
        for e in item.get("evidence") or [] if e.get("reference")
    ]  # fmt: skip
    return {**value, "extension": extensions}


def prefilled_response(
    report: dict[str, Any], checklist: Checklist, base: str = DEFAULT_BASE
) -> dict[str, Any]:
    """The QuestionnaireResponse the report pre-fills (status in-progress: a person finishes it)."""
    if report["checklist"]["id"] != checklist.id:
        raise ValueError("the report was scored with another checklist")
    by_id = {item["id"]: item for item in report["items"]}
    answered: list[dict[str, Any]] = []
    for item in checklist.items:
        result = by_id.get(item.id)
        if result is None:
            continue
        applies = result["status"] != "not_applicable"
        if item.applies_when is not None:
            gate = {"valueBoolean": applies, "extension": [AUTO]}
            answered.append({"linkId": f"{item.id}.applies", "answer": [gate]})
        if result["status"] != "met":
            continue  # a gap or an unchecked item is the clinician's to answer
        value: dict[str, Any] = {"valueBoolean": True}
        if item.element == "date-of-service":
            day = (report.get("order") or {}).get("date")
            if not day:
                continue
            value = {"valueDate": str(day)}
        answered.append({"linkId": item.id, "answer": [_answer(result, base, value)]})
    return {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{canonical(checklist, base)}|{checklist.version}",
        "status": "in-progress",
        "subject": {"reference": str(report["patient"])},
        "authored": f"{report['as_of']}",
        "item": answered,
    }
