"""One FHIR resource → one normalised :class:`Evidence` (dates, codes, regions); an order's
:class:`Order` is orders.py.

Every field is read through :mod:`smartapp.evidence.shapes`, so a wrong shape costs that field
only. Body regions come from codes (ICD-10-CM, CPT), ``bodySite`` and the resource's own words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .. import lazy_re
from .codes import Code, codes_of
from .dates import first_date
from .performed_when import onset_stated, performed_otherwise
from .record import Evidence
from .regions import regions_in_text, regions_of_code, study_regions, without_examples
from .shapes import as_dict, as_str, dicts, get, number, reference, status_code
from .study_sides import title_sides

_ROUTE_WORDS = ("intra-articular", "intraarticular", "injection", "injectable", "topical", "cream",
                "ointment", "gel", "patch", "oral", "tablet", "capsule", "intravenous",
                "subcutaneous", "inhalation", "inhaler", "nebul",
                # a contained Medication's form "Rectal Suppository", "Enema": a 5-ASA given so
                # is no conventional drug (checklists/rectal_mesalamine.py)
                "rectal", "per rectum", "suppository", "suppositories", "enema")  # fmt: skip


def _join(*parts: tuple[tuple[Code, ...], str]) -> tuple[tuple[Code, ...], str]:
    codes: list[Code] = []
    texts: list[str] = []
    for part_codes, part_text in parts:
        codes.extend(part_codes)
        texts.append(part_text)
    return tuple(codes), " ".join(t for t in texts if t)


def _concepts(resource: dict, key: str) -> list[tuple[tuple[Code, ...], str]]:
    return [codes_of(v) for v in dicts(resource.get(key))]


def code_regions(codes: tuple[Code, ...]) -> frozenset[str]:
    """Regions of a set of codings (each coding's display gives its side; an ICD-10-CM code sent
    without a display is looked up, since its side is in its description)."""
    found: set[str] = set()
    for code in codes:
        display = code.display
        if not display and code.system == "icd10cm":
            from ..checklists import icd10  # the ICD-10-CM table, loaded once for the process

            display = icd10.description(code.code)
        found |= regions_of_code(code.system, code.code, display)
    return frozenset(found)


def _regions(resource: dict, codes: tuple[Code, ...], text: str) -> frozenset[str]:
    # A medication's site is its dosage's: a triamcinolone given 'Right shoulder (subacromial)'
    # is no knee injection (blind wave 17, the class of BG/hya-03).
    dosages = dicts(resource.get("dosage")) + dicts(resource.get("dosageInstruction"))
    sites = _join(*_concepts(resource, "bodySite"), *(codes_of(d.get("site")) for d in dosages))
    return code_regions(codes + sites[0]) | regions_in_text(f"{without_examples(text)} {sites[1]}")


def _referenced_medication(resource: dict, index: dict) -> dict:
    """The Medication a medicationReference names: in the bundle, or contained in the resource
    itself ("#m1"), as Epic and Oracle Health send an order's drug without a Medication of its
    own (blind wave 89, MC/dme-cgm-01: glargine and lispro read as no insulin)."""
    target = reference(resource.get("medicationReference"))
    if target.startswith("#"):
        for contained in dicts(resource.get("contained")):
            if as_str(contained.get("id")) == target[1:]:
                return as_dict(contained)
        return {}
    return as_dict(index.get(target))


def _medication(resource: dict, index: dict) -> tuple[tuple[Code, ...], str, str]:
    """(codes, text, route words) of a medication resource."""
    if "medicationCodeableConcept" in resource:
        codes, text = codes_of(resource.get("medicationCodeableConcept"))
        form = ""
    else:
        medication = _referenced_medication(resource, index)
        codes, text = codes_of(medication.get("code"))
        form = codes_of(medication.get("form"))[1]
    routes = [form]
    for dosage in dicts(resource.get("dosageInstruction")) + dicts(resource.get("dosage")):
        routes += [codes_of(dosage.get("route"))[1], codes_of(dosage.get("method"))[1],
                   as_str(dosage.get("text")).lower()]  # fmt: skip
    words = f"{text} {' '.join(routes)}"
    route = " ".join(w for w in _ROUTE_WORDS if w in words)
    return codes, text, route


_DAYS_TEXT = lazy_re.compile(
    r"\b(?:x|for)\s*(\d{1,3})(?:\s*-\s*(\d{1,3}))?\s*(day|d|week|wk|month|mo)s?\b", re.I
)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}


def _course_days(resource: dict) -> int | None:
    """How long a prescription runs: its dosage text ("x 10 days"), its supply (expected supply
    duration × fills), or None when nothing says (an active order then runs until stopped).

    An as-needed order runs as any other: 'ibuprofen 800 mg PO TID prn' active since 4/2025 is
    the ibuprofen every reviewer counts 'since 4/2025' (blind wave 16, BD/hya-03, and a dozen
    earlier cases). Where a note says the drug is taken only now and then, the care episode
    counts it on its day alone (checklists/as_needed.py)."""
    dosages = dicts(resource.get("dosageInstruction")) + dicts(resource.get("dosage"))
    texts = " ".join(as_str(d.get("text")) for d in dosages)
    match = _DAYS_TEXT.search(texts)
    if match:
        count = int(match.group(2) or match.group(1))
        return count * _UNIT_DAYS[match.group(3)[0].lower()]
    supply = as_dict(get(resource, "dispenseRequest.expectedSupplyDuration"))
    days = number(supply.get("value"))
    if days is not None and 0 < days < 400:
        unit = as_str(supply.get("unit") or supply.get("code")).lower()
        per = 7 if unit.startswith("w") else 30 if unit.startswith("mo") else 1
        fills = 1 + int(number(get(resource, "dispenseRequest.numberOfRepeatsAllowed")) or 0)
        return int(days * per * min(fills, 12))
    return None


def _participants(resource: dict) -> tuple[str, ...]:
    refs = [reference(p.get("individual")) for p in dicts(resource.get("participant"))]
    refs += [reference(p) for p in dicts(resource.get("performer"))]
    refs += [reference(as_dict(p).get("actor")) for p in dicts(resource.get("performer"))]
    return tuple(r.rstrip("/").split("/")[-1] for r in refs if r)


#: Results whose code is a study's title ("XR Shoulder Left"), its side the study's.
_STUDIES = frozenset({"Observation", "DiagnosticReport", "ImagingStudy"})


def evidence_of(resource_type: str, resource: dict, ref: str, index: dict) -> Evidence:
    """Reduce one resource to an Evidence record (dates and codes per resource type)."""
    get_date: Callable[..., date | None] = lambda *p: first_date(resource, *p)  # noqa: E731
    end = None
    value = None
    unit = ""
    status = status_code(resource.get("status"))
    verification = ""
    route = klass = member = payors = ""
    if resource_type == "Condition":
        codes = codes_of(resource.get("code"))
        # onset[x] before the day it was recorded: "onsetString": "2025-06" (performed_when.py)
        when = get_date("onsetDateTime", "onsetPeriod.start") or onset_stated(resource)
        when = when or get_date("recordedDate")
        end = get_date("abatementDateTime", "abatementPeriod.end")
        status = status_code(resource.get("clinicalStatus"))
        verification = status_code(resource.get("verificationStatus"))
    elif resource_type == "Procedure":
        codes = codes_of(resource.get("code"))
        when = get_date("performedDateTime", "performedPeriod.start")
        when = when or performed_otherwise(resource, index)
        end = get_date("performedPeriod.end")
    elif resource_type in ("Observation", "DiagnosticReport"):
        codes = _join(codes_of(resource.get("code")), *_concepts(resource, "category"))
        when = get_date("effectiveDateTime", "effectivePeriod.start", "issued")
        quantity = as_dict(resource.get("valueQuantity"))
        value = number(quantity.get("value", resource.get("valueInteger")))
        unit = as_str(quantity.get("unit") or quantity.get("code"))
        if resource_type == "DiagnosticReport":
            codes = (codes[0], f"{codes[1]} {as_str(resource.get('conclusion')).lower()}".strip())
    elif resource_type == "ImagingStudy":
        codes = _join(*_concepts(resource, "procedureCode"))
        when = get_date("started")
    elif resource_type.startswith("Medication"):
        med_codes, med_text, route = _medication(resource, index)
        codes = (med_codes, med_text)
        when = get_date("authoredOn", "effectiveDateTime", "effectivePeriod.start", "dateAsserted")
        end = get_date("effectivePeriod.end", "dispenseRequest.validityPeriod.end")
        course = _course_days(resource)
        if when and course is not None and end is None:
            end = when + timedelta(days=course)
    elif resource_type == "Encounter":
        codes = _join(*_concepts(resource, "type"), codes_of(resource.get("serviceType")),
                      *_concepts(resource, "reasonCode"))  # fmt: skip
        klass = as_str(as_dict(resource.get("class")).get("code")).lower()
        if klass:
            codes = (codes[0] + (Code("encounter-class", klass.upper()),), codes[1])
        when = get_date("period.start")
        end = get_date("period.end")
    elif resource_type == "CarePlan":
        parts = _concepts(resource, "category")
        for activity in dicts(resource.get("activity")):
            detail = as_dict(activity.get("detail"))
            parts.append(codes_of(detail.get("code")))
            parts.append(((), as_str(detail.get("description")).lower()))
        text = " ".join(as_str(resource.get(k)) for k in ("title", "description")).lower()
        parts.append(((), text))
        codes = _join(*parts)
        # A plan written before as_of for a later period (surgery next month) is still the plan.
        when = get_date("created", "period.start")
        end = get_date("period.end")
    else:  # Coverage
        codes = codes_of(resource.get("type"))
        when = get_date("period.start")
        end = get_date("period.end")
        member = as_str(resource.get("subscriberId")) or next(
            (as_str(i.get("value")) for i in dicts(resource.get("identifier")) if i.get("value")),
            "",
        )
        names = []
        for payor in dicts(resource.get("payor")):
            names.append(as_str(payor.get("display")))
            names.append(as_str(as_dict(index.get(reference(payor))).get("name")))
        payors = " ".join(n for n in names if n).lower()
    regions = _regions(resource, codes[0], codes[1])
    if resource_type in _STUDIES:  # the title's side is the study's (study_sides.py)
        title = codes_of(resource.get("code")) if "code" in resource else codes
        regions = title_sides(study_regions(title[1], title[0]), regions)
    return Evidence(
        resource_type, ref, codes[0], codes[1], when, end, status, verification, value, unit,
        resource, _participants(resource), klass, regions, route, member, payors,
    )  # fmt: skip
