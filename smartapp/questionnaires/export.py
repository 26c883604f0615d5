"""A checklist as an R4 Questionnaire; a check's report as the QuestionnaireResponse it pre-fills.

The Questionnaire is the checklist's data, nothing more: one item per checklist item, ``linkId`` =
the item id, ``required`` as the checklist says, answered as its criterion is
(:mod:`.answers`: ``date``, ``decimal``/``integer`` with a UCUM unit, ``string``, ``choice`` of
ICD-10-CM codes, else ``boolean`` "documented"). An item with ``applies_when`` gets a gate item
before it (``<id>.applies``, "This requirement applies") and is enabled only when the gate is
answered true (``enableWhen``): the checklist's condition is about the record, which a
Questionnaire cannot test, so the app answers the gate from its judgement and a person may
change it. The canonical
URL is stable (``{base}/Questionnaire/{checklist id}``) and ``version`` is the checklist version.

The response is pre-filled from the report only where the record showed something: a met item
is answered true with the references it rests on (an ``evidence`` extension per source) and
DTR's information-origin ``auto``; an item that does not apply has its gate answered false; a
gap or an item that could not be checked stays unanswered, for the clinician — until the
clinician answers it in the app: that answer is an attestation, DTR's information-origin
``manual`` with its ``author`` (the practitioner), never an ``evidence`` reference.
"""

from __future__ import annotations

from typing import Any

from ..checklists.loader import Checklist
from .answers import UCUM, UNIT_EXTENSION, answer_kind, coding
from .prefill import typed_value

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
        kind = answer_kind(item, checklist)
        question: dict[str, Any] = {
            "linkId": item.id,
            "text": item.title if kind.type == "boolean" else f"{item.title}: {kind.prompt}",
            "type": kind.type,
            "required": item.required,
        }
        if kind.unit:
            unit = {"system": UCUM, "code": kind.unit[0], "display": kind.unit[1]}
            question["extension"] = [{"url": UNIT_EXTENSION, "valueCoding": unit}]
        if kind.options:
            question["answerOption"] = [{"valueCoding": coding(code)} for code, _ in kind.options]
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


def manual(author_ref: str) -> dict[str, Any]:
    """DTR information-origin of a person's answer: ``manual`` with its author (dtrx-1)."""
    author = {"url": "author", "valueReference": {"reference": author_ref}}
    return {"url": ORIGIN, "extension": [{"url": "source", "valueCode": "manual"}, author]}


def _answer(item: dict[str, Any], base: str, value: dict[str, Any]) -> dict[str, Any]:
    extensions = [AUTO]
    extensions += [
        {"url": evidence_url(base), "valueReference": {"reference": str(e["reference"])}}
        for e in item.get("evidence") or [] if e.get("reference")
    ]  # fmt: skip
    return {**value, "extension": extensions}


def prefilled_response(
    report: dict[str, Any],
    checklist: Checklist,
    base: str = DEFAULT_BASE,
    attestations: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The QuestionnaireResponse the report pre-fills, with the clinician's ``attestations``
    (``{"item", "value", "author", "authored"}``, newest last) on the items the record did not
    show. ``in-progress`` while a required item that applies is unanswered, else ``completed``.
    """
    if report["checklist"]["id"] != checklist.id:
        raise ValueError("the report was scored with another checklist")
    by_id = {item["id"]: item for item in report["items"]}
    attested = {a["item"]: a for a in attestations or []}
    answered: list[dict[str, Any]] = []
    open_required = False
    for item in checklist.items:
        result = by_id.get(item.id)
        if result is None:
            continue
        applies = result["status"] != "not_applicable"
        if item.applies_when is not None:
            gate = {"valueBoolean": applies, "extension": [AUTO]}
            answered.append({"linkId": f"{item.id}.applies", "answer": [gate]})
        value = None
        if result["status"] == "met":
            value = typed_value(answer_kind(item, checklist), result, report)
        if value is not None:
            answered.append({"linkId": item.id, "answer": [_answer(result, base, value)]})
        elif applies and item.id in attested:
            given = attested[item.id]
            answer = {**given["value"], "extension": [manual(given["author"])]}
            answered.append({"linkId": item.id, "answer": [answer]})
        elif applies and item.required and result["status"] != "met":
            open_required = True  # a gap or an unchecked item: the clinician's to answer
    response: dict[str, Any] = {
        "resourceType": "QuestionnaireResponse",
        "questionnaire": f"{canonical(checklist, base)}|{checklist.version}",
        "status": "in-progress" if open_required else "completed",
        "subject": {"reference": str(report["patient"])},
        "authored": f"{report['as_of']}",
        "item": answered,
    }
    if attested:
        newest = max(attested.values(), key=lambda a: str(a["authored"]))
        response["author"] = {"reference": newest["author"]}
        response["authored"] = str(newest["authored"])
    return response
