"""Small factories for the FHIR R4 resources of scenario bundles (plain dicts, stable ids).

Every resource gets an id prefixed by its scenario so bundles never collide in the sandbox's
shared FHIR engine, and every reference is relative (``Type/id``) as a searchset would carry it.
"""

from __future__ import annotations

from typing import Any

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
NPI = "http://hl7.org/fhir/sid/us-npi"
UCUM = "http://unitsofmeasure.org"
OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

Resource = dict[str, Any]


def npi_with_check_digit(first_nine: str) -> str:
    """Append the Luhn check digit NPIs use (computed over the 80840 prefix + 9 digits)."""
    digits = [int(c) for c in "80840" + first_nine]
    total = 0
    for position, digit in enumerate(reversed(digits)):
        if position % 2 == 0:  # doubled positions, counted from the right of the payload
            digit *= 2
            digit = digit - 9 if digit > 9 else digit
        total += digit
    return first_nine + str((10 - total % 10) % 10)


def ref(resource: Resource) -> dict[str, str]:
    return {"reference": f"{resource['resourceType']}/{resource['id']}"}


def concept(*codings: tuple[str, str, str], text: str | None = None) -> dict[str, Any]:
    value: dict[str, Any] = {
        "coding": [
            {"system": s, "code": c, "display": d} if d else {"system": s, "code": c}
            for s, c, d in codings
        ]
    }
    if text:
        value["text"] = text
    return value


def patient(pid: str, given: str, family: str, birth: str, gender: str, state: str) -> Resource:
    return {
        "resourceType": "Patient",
        "id": pid,
        "identifier": [
            {
                "type": concept(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "")),
                "system": "urn:oid:1.2.840.114350.1.13.0.1.7.5.737384.14",
                "value": f"E{abs(hash_stable(pid)) % 10_000_000:07d}",
            }
        ],
        "name": [{"use": "official", "family": family, "given": [given]}],
        "gender": gender,
        "birthDate": birth,
        "address": [
            {"use": "home", "city": _CITY[state], "state": state, "postalCode": _ZIP[state]}
        ],
        "telecom": [{"system": "phone", "value": "555-010-" + f"{hash_stable(pid) % 10_000:04d}"}],
    }


_CITY = {"OH": "Dayton", "GA": "Macon", "IN": "Muncie"}
_ZIP = {"OH": "45402", "GA": "31201", "IN": "47305"}


def hash_stable(text: str) -> int:
    """A deterministic hash (Python's ``hash`` is salted per process)."""
    value = 0
    for char in text:
        value = (value * 131 + ord(char)) % 2_147_483_647
    return value


def caresource() -> Resource:
    return {
        "resourceType": "Organization",
        "id": "caresource",
        "identifier": [{"system": NPI, "value": npi_with_check_digit("135637589")}],
        "name": "CareSource",
        "type": [
            concept(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))
        ],
    }


def coverage(prefix: str, pat: Resource, member_id: str | None, plan: str, start: str) -> Resource:
    resource: Resource = {
        "resourceType": "Coverage",
        "id": f"{prefix}-coverage",
        "status": "active",
        "type": concept(
            ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", ""),
            text="Medicaid managed care",
        ),
        "beneficiary": ref(pat),
        "subscriber": ref(pat),
        "relationship": concept(
            ("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "")
        ),
        "period": {"start": start, "end": "2027-12-31"},
        "payor": [{"reference": "Organization/caresource", "display": "CareSource"}],
        "class": [
            {
                "type": concept(
                    ("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "")
                ),
                "value": plan,
                "name": plan,
            }
        ],
    }
    if member_id:
        resource["subscriberId"] = member_id
        resource["identifier"] = [
            {"system": "https://www.caresource.com/member-id", "value": member_id}
        ]
    return resource


def practitioner(pid: str, given: str, family: str, npi9: str | None, specialty: str) -> Resource:
    resource: Resource = {
        "resourceType": "Practitioner",
        "id": pid,
        "name": [{"family": family, "given": [given], "prefix": ["Dr."]}],
        "telecom": [
            {"system": "phone", "value": "555-020-1000", "use": "work"},
            {"system": "fax", "value": "555-020-1001", "use": "work"},
        ],
        "qualification": [{"code": {"text": specialty}}],
    }
    if npi9:
        resource["identifier"] = [{"system": NPI, "value": npi_with_check_digit(npi9)}]
    return resource


def condition(
    prefix: str,
    key: str,
    pat: Resource,
    icd: tuple[str, str] | None,
    snomed: tuple[str, str] | None,
    onset: str,
    *,
    category: str = "problem-list-item",
    text: str | None = None,
) -> Resource:
    codings = []
    if icd:
        codings.append((ICD10, icd[0], icd[1]))
    if snomed:
        codings.append((SNOMED, snomed[0], snomed[1]))
    return {
        "resourceType": "Condition",
        "id": f"{prefix}-{key}",
        "clinicalStatus": concept(
            ("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")
        ),
        "verificationStatus": concept(
            ("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed")
        ),
        "category": [
            concept(("http://terminology.hl7.org/CodeSystem/condition-category", category, ""))
        ],
        "code": concept(*codings, text=text or (icd or snomed or ("", ""))[1]),
        "subject": ref(pat),
        "onsetDateTime": onset,
        "recordedDate": onset,
    }


def encounter(
    prefix: str, key: str, pat: Resource, who: Resource, date: str, cpt: str, text: str
) -> Resource:
    return {
        "resourceType": "Encounter",
        "id": f"{prefix}-{key}",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
        "type": [concept((CPT, cpt, ""), text=text)],
        "subject": ref(pat),
        "participant": [{"individual": ref(who)}],
        "period": {"start": f"{date}T09:00:00-05:00", "end": f"{date}T09:40:00-05:00"},
    }


def observation(
    prefix: str,
    key: str,
    pat: Resource,
    date: str,
    category: str,
    code: tuple[str, str, str],
    *,
    value: float | None = None,
    unit: str = "",
    text_value: str | None = None,
) -> Resource:
    resource: Resource = {
        "resourceType": "Observation",
        "id": f"{prefix}-{key}",
        "status": "final",
        "category": [concept((OBS_CATEGORY, category, ""))],
        "code": concept(code, text=code[2]),
        "subject": ref(pat),
        "effectiveDateTime": date,
    }
    if value is not None:
        resource["valueQuantity"] = {
            "value": value,
            "unit": unit,
            "system": UCUM,
            "code": unit or "1",
        }
    if text_value is not None:
        resource["valueString"] = text_value
    return resource


def procedure(
    prefix: str, key: str, pat: Resource, date: str, code: tuple[str, str, str], text: str
) -> Resource:
    return {
        "resourceType": "Procedure",
        "id": f"{prefix}-{key}",
        "status": "completed",
        "code": concept(code, text=text),
        "subject": ref(pat),
        "performedDateTime": date,
    }


def medication_request(
    prefix: str,
    key: str,
    pat: Resource,
    who: Resource,
    rxnorm: tuple[str, str],
    start: str,
    end: str,
    status: str,
    sig: str,
) -> Resource:
    return {
        "resourceType": "MedicationRequest",
        "id": f"{prefix}-{key}",
        "status": status,
        "intent": "order",
        "medicationCodeableConcept": concept((RXNORM, rxnorm[0], rxnorm[1]), text=rxnorm[1]),
        "subject": ref(pat),
        "authoredOn": start,
        "requester": ref(who),
        "dosageInstruction": [{"text": sig}],
        "dispenseRequest": {"validityPeriod": {"start": start, "end": end}},
    }


def service_request(
    prefix: str,
    pat: Resource,
    who: Resource | None,
    enc: Resource,
    code: tuple[str, str],
    text: str,
    reasons: list[Resource],
    dos: str,
    authored: str,
    *,
    quantity: float | None = None,
    status: str = "draft",
    note: str | None = None,
) -> Resource:
    system = CPT if code[0] == "cpt" else HCPCS
    resource: Resource = {
        "resourceType": "ServiceRequest",
        "id": f"{prefix}-order",
        "status": status,
        "intent": "order",
        "priority": "routine",
        "code": concept((system, code[1], ""), text=text),  # codes only: no CPT descriptions
        "subject": ref(pat),
        "encounter": ref(enc),
        "occurrenceDateTime": dos,
        "authoredOn": authored,
        "reasonCode": [
            {"coding": [c for c in r["code"]["coding"] if c["system"] == ICD10]} for r in reasons
        ],
        "reasonReference": [ref(r) for r in reasons],
    }
    if who is not None:
        resource["requester"] = ref(who)
    if quantity is not None:
        resource["quantityQuantity"] = {"value": quantity, "unit": "each"}
    if note:
        resource["note"] = [{"text": note}]
    return resource


def careplan(
    prefix: str,
    key: str,
    pat: Resource,
    date: str,
    title: str,
    snomed: tuple[str, str],
    description: str,
) -> Resource:
    return {
        "resourceType": "CarePlan",
        "id": f"{prefix}-{key}",
        "status": "active",
        "intent": "plan",
        "title": title,
        "description": description,
        "category": [concept((SNOMED, snomed[0], snomed[1]))],
        "subject": ref(pat),
        "period": {"start": date},
        "created": date,
        "activity": [{"detail": {"status": "in-progress", "code": concept((SNOMED, *snomed))}}],
    }
