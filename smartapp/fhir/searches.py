"""Which searches make up one patient's record, adapted per EHR vendor.

Epic refuses Observation and CarePlan searches without ``category`` or ``code`` (open.epic.com
Clinical/Observation; the DTR RI asks per category) and returns active MedicationRequests only
unless a status list is given. Oracle Health caps DocumentReference pages at 100 and
Observation pages at 200 (fhir.cerner.com). Sources: ../shared/domain/anchors.md §c.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Every code of FHIR's observation-category system: asking per category must not skip one
#: (a sleep study's AHI is filed under "procedure"; an unread category would read as missing).
OBSERVATION_CATEGORIES = (
    "laboratory", "vital-signs", "exam", "survey", "imaging", "social-history", "procedure",
    "therapy", "activity",
)  # fmt: skip
#: US Core's CarePlan category plus Epic's longitudinal / encounter-level SNOMED categories.
CAREPLAN_CATEGORIES = ("assess-plan", "38717003", "734163000")
MEDICATION_STATUSES = "active,on-hold,cancelled,completed,entered-in-error,stopped,draft,unknown"
#: The order types: an order under review is a ServiceRequest or, for equipment, a DeviceRequest.
ORDER_TYPES = ("ServiceRequest", "DeviceRequest")
#: Resource types searched by patient (Patient and Practitioner are reads).
SEARCHED_TYPES = (
    "DocumentReference", "Observation", "Condition", "Procedure", *ORDER_TYPES, "Coverage",
    "MedicationRequest", "Encounter", "DiagnosticReport", "CarePlan",
)  # fmt: skip
RECORD_TYPES = ("Patient", *SEARCHED_TYPES, "Practitioner")
#: Types that need a category on Epic (a 400 elsewhere makes us fall back to per-category).
CATEGORIES = {"Observation": OBSERVATION_CATEGORIES, "CarePlan": CAREPLAN_CATEGORIES}


@dataclass(frozen=True)
class Search:
    """One search of one resource type (several make up a type on Epic)."""

    resource_type: str
    params: dict[str, str] = field(default_factory=dict)
    #: Narrowed by a granted scope's filter: never widened (no per-category retry).
    narrowed: bool = False

    @property
    def label(self) -> str:
        category = self.params.get("category")
        return f"{self.resource_type}[{category}]" if category else self.resource_type


def page_size(vendor: str | None, resource_type: str) -> int:
    """``_count`` tuned per server: as large as it honours, so fewer round trips."""
    if vendor == "cerner":
        return 100 if resource_type == "DocumentReference" else 200
    if vendor == "epic":
        return 100
    return 200


def searches_for(
    resource_type: str, patient_id: str, vendor: str | None, *, per_category: bool = False
) -> list[Search]:
    """The searches that read all of ``resource_type`` for the patient on this vendor."""
    params = {"patient": patient_id, "_count": str(page_size(vendor, resource_type))}
    if resource_type == "MedicationRequest":
        params["status"] = MEDICATION_STATUSES
    if resource_type in CATEGORIES and (vendor == "epic" or per_category):
        return [
            Search(resource_type, {**params, "category": category})
            for category in CATEGORIES[resource_type]
        ]
    return [Search(resource_type, params)]


def plan(patient_id: str, vendor: str | None) -> list[Search]:
    """All searches of the record, longest chains first (notes need a second round trip)."""
    return [
        search
        for resource_type in SEARCHED_TYPES
        for search in searches_for(resource_type, patient_id, vendor)
    ]


def narrowed_searches(
    resource_type: str, patient_id: str, vendor: str | None, filters: tuple[dict[str, str], ...]
) -> list[Search]:
    """One search per filter a SMART v2 scope granted the type under (``category=vital-signs``):
    only what the EHR granted is asked for."""
    base = searches_for(resource_type, patient_id, vendor)[0].params
    base = {key: value for key, value in base.items() if key != "category"}
    return [Search(resource_type, {**base, **granted}, narrowed=True) for granted in filters]
