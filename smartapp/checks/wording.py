"""Engine text in plain words for the pages (issue 18): the checklist engine explains what it
searched with the ids the checklists are written in (code lists ``lumbar-spine-diagnoses``,
note-finding concepts ``straight-leg-raise``, denial categories ``medical-necessity``, FHIR type
names ``Observation/DiagnosticReport/ImagingStudy``). The JSON export and the golden cases keep
those ids; what a person reads gets words. Evidence references (``DocumentReference/n1``) are
left alone: they are the evidence details."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .. import lazy_re
from ..appeals.eob_codes import CATEGORY_LABELS
from ..yamlfile import safe_load

#: FHIR resource types as people say them (also the "What was read" table and warnings).
RESOURCE_WORDS = {
    "Patient": "patient details",
    "Condition": "diagnoses",
    "Observation": "results and scores",
    "DiagnosticReport": "reports",
    "ImagingStudy": "imaging studies",
    "DocumentReference": "clinical notes",
    "Binary": "note files",
    "Procedure": "procedures",
    "ServiceRequest": "orders",
    "Coverage": "insurance coverage",
    "MedicationRequest": "medication orders",
    "MedicationStatement": "medication lists",
    "Encounter": "visits",
    "CarePlan": "care plans",
    "Practitioner": "clinicians",
    "PractitionerRole": "clinician roles",
    "Organization": "organizations",
    "DeviceRequest": "equipment orders",
}
#: Why something could not be read (smartapp.fhir.search_paging.reason_for), in words.
REASON_WORDS = {
    "forbidden": "the EHR refused access",
    "not-found": "the EHR did not find it",
    "timeout": "the EHR did not answer in time",
    "processing": "the EHR answered with an error",
    "incomplete": "the EHR stopped part-way through the results",
}
#: Checklist topics (each checklist's ``topic``) as people say them.
TOPIC_WORDS = {
    "advanced-imaging": "advanced imaging",
    "dme": "durable medical equipment",
    "non-emergent-surgery": "non-emergent surgery",
    "occupational-medicine": "occupational medicine",
    "outpatient-therapy": "outpatient therapy",
    "specialty-injectables": "specialty injectables",
}
_TYPES = "|".join(sorted(RESOURCE_WORDS, key=len, reverse=True))
_TYPE_RUN = lazy_re.compile(rf"\b(?:{_TYPES})(?:/(?:{_TYPES}))*\b(?!/[\w.-])")
_ID = lazy_re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+)+\b")


@cache
def known_ids() -> dict[str, str]:
    """Every id the engine may write in its explanations → words."""
    words: dict[str, str] = {}
    data = resources.files("smartapp")
    codelists = safe_load((data / "checklists/data/codelists.yaml").read_text("utf-8"))
    targets = safe_load((data / "notes/targets.yaml").read_text("utf-8"))
    for name in codelists or {}:
        words[name] = name.replace("-", " ")
    for category, concepts in (targets.get("categories") or {}).items():
        words[category] = category.replace("-", " ")
        words.update({concept: concept.replace("-", " ") for concept in concepts or {}})
    words.update(CATEGORY_LABELS)
    # Statements in a note's exam or plan section are findings of their own (notes/statements.py).
    words.update({"exam-section": "exam section", "plan-section": "plan section"})
    # A statement outside the exam that records an examiner's findings (notes/examined_inline.py).
    words["examined-in-person"] = "findings examined at the visit"
    return words


def topic_words(topic: str) -> str:
    return TOPIC_WORDS.get(topic, topic.replace("-", " "))


def resource_words(resource_type: str) -> str:
    """"clinical notes" for DocumentReference; an unknown type as it is."""
    return RESOURCE_WORDS.get(resource_type, resource_type)


def _types(match: re.Match[str]) -> str:
    names = [resource_words(name) for name in match.group(0).split("/")]
    return ", ".join(names[:-1]) + f" or {names[-1]}" if len(names) > 1 else names[0]


def plain(text: object) -> str:
    """The engine's sentence with ids and type names in words."""
    ids = known_ids()
    out = _ID.sub(lambda m: ids.get(m.group(0), m.group(0)), str(text or ""))
    return _TYPE_RUN.sub(_types, out)


def checklist_title(checklist_id: str) -> str:
    """The checklist's title ("Lumbar spine MRI (advanced imaging)"), else its id."""
    from ..checklists import load_catalog  # late: the catalog loads YAML on first use

    checklist = load_catalog().checklists.get(checklist_id)
    return checklist.title if checklist is not None else checklist_id


def denial_words(reasons: list[str]) -> str:
    """"lack of medical necessity, missing clinical notes" for an item's denial reasons."""
    return ", ".join(CATEGORY_LABELS.get(reason, reason.replace("-", " ")) for reason in reasons)
