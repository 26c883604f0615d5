"""Card suggestions: only a fix that is structured and that the clinician picks.

The one such fix the checklists know: the order names no diagnosis that supports the service
("The diagnosis supports the requested service" is a gap), while the patient's active problem
list holds one that does — the same test the checklist's pairing rule makes (the checklist's
supporting diagnoses, the service's body region, a billable ICD-10-CM code). Each such Condition
is offered as its own suggestion to add it to the draft order's diagnoses (``reasonCode`` and
``reasonReference``); at most one may be chosen. Nothing else is ever suggested: a missing note or
exam is documentation only the clinician can write.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

from ..checklists import icd10
from ..checklists.loader import Checklist
from ..evidence import PatientRecord
from ..evidence.region_match import compatible
from ..evidence.regions import regions_of_code

ICD10_URL = "http://hl7.org/fhir/sid/icd-10-cm"
MAX_SUGGESTIONS = 3
INACTIVE = ("resolved", "inactive", "remission")
NOT_TRUE = ("refuted", "entered-in-error")


def _pairing_gap(report: dict[str, Any]) -> bool:
    return any(item["element"] == "code-pairing" and item["required"]
               and item["status"] == "missing" for item in report["items"])  # fmt: skip


def diagnosis_suggestions(
    report: dict[str, Any], order: dict[str, Any], record: PatientRecord, checklist: Checklist
) -> list[dict[str, Any]]:
    """Suggestions adding a supporting problem-list diagnosis to ``order`` (often none)."""
    if not _pairing_gap(report):
        return []
    system, code = report["service"]["system"], report["service"]["code"]
    supporting = checklist.diagnoses_for(system, code)
    service_regions = regions_of_code(system, code)
    reasons = order.get("reasonCode") or []
    on_order = {c.get("code") for reason in reasons for c in reason.get("coding") or []}
    out: list[dict[str, Any]] = []
    for condition in record.of("Condition"):
        if condition.status in INACTIVE or condition.verification in NOT_TRUE:
            continue
        for coding in condition.codes:
            if (coding.system != "icd10cm" or coding.code in on_order
                    or not supporting.contains(coding.system, coding.code)
                    or not icd10.is_billable(coding.code)
                    or not compatible(service_regions,
                                      regions_of_code(coding.system, coding.code, coding.display))):
                continue  # fmt: skip
            out.append(_add_diagnosis(order, condition.ref, coding.code,
                                      coding.display or icd10.description(coding.code)))
            break
        if len(out) == MAX_SUGGESTIONS:
            break
    return out


def _add_diagnosis(order: dict[str, Any], condition_ref: str, code: str, display: str) -> dict:
    changed = copy.deepcopy(order)
    changed.setdefault("reasonCode", []).append(
        {"coding": [{"system": ICD10_URL, "code": code, "display": display}]})
    changed.setdefault("reasonReference", []).append({"reference": condition_ref})
    label = f"Add {code} {display} to the order's diagnoses"
    return {
        "label": label[:140],
        "uuid": str(uuid.uuid4()),
        "isRecommended": False,
        "actions": [{"type": "update", "description": label, "resource": changed}],
    }
