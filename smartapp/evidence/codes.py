"""Code systems: FHIR system URIs → the short aliases checklists use, and code-list matching.

EHRs spell the same system several ways (Epic sends OIDs for ICD-10-CM and HCPCS, Synthea and
Cerner send the HL7 URIs), so matching goes through one alias table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .shapes import as_str, dicts

#: FHIR system URI (or OID) → alias used in checklists and golden cases.
SYSTEM_ALIASES: dict[str, str] = {
    "http://hl7.org/fhir/sid/icd-10-cm": "icd10cm",
    "http://hl7.org/fhir/sid/icd-10": "icd10cm",
    "urn:oid:2.16.840.1.113883.6.90": "icd10cm",
    "http://snomed.info/sct": "snomed",
    "urn:oid:2.16.840.1.113883.6.96": "snomed",
    "http://loinc.org": "loinc",
    "urn:oid:2.16.840.1.113883.6.1": "loinc",
    "http://www.nlm.nih.gov/research/umls/rxnorm": "rxnorm",
    "urn:oid:2.16.840.1.113883.6.88": "rxnorm",
    "http://www.ama-assn.org/go/cpt": "cpt",
    "urn:oid:2.16.840.1.113883.6.12": "cpt",
    "https://www.ama-assn.org/go/cpt": "cpt",
    "https://bluebutton.cms.gov/resources/codesystem/hcpcs": "hcpcs",
    "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets": "hcpcs",
    "urn:oid:2.16.840.1.113883.6.285": "hcpcs",
    "urn:oid:2.16.840.1.113883.6.14": "hcpcs",
}

#: Bare system names some interfaces send instead of a URI ("system": "CPT"): not conformant
#: FHIR (a system is a URI), but the code under them is the named system's, and a reviewer reads
#: "CPT 27447" as the order's code. Keyed without case, spaces or hyphens; never matched against
#: a value that looks like a URI or an OID, whose spelling must be exact.
BARE_SYSTEM_NAMES: dict[str, str] = {
    "cpt": "cpt",
    "cpt4": "cpt",
    "hcpcs": "hcpcs",
    "icd10cm": "icd10cm",
    "snomed": "snomed",
    "snomedct": "snomed",
    "loinc": "loinc",
    "rxnorm": "rxnorm",
}

#: alias → the canonical URI used when we write FHIR (golden-case bundles).
CANONICAL_URIS: dict[str, str] = {
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "snomed": "http://snomed.info/sct",
    "loinc": "http://loinc.org",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "https://bluebutton.cms.gov/resources/codesystem/hcpcs",
}

NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi"


@dataclass(frozen=True, slots=True)
class Code:
    """One coding: system alias (or the raw URI when unknown), code, display."""

    system: str
    code: str
    display: str = ""


def system_alias(uri: str | None) -> str:
    """Return the alias for a FHIR system URI (or a bare system name, :data:`BARE_SYSTEM_NAMES`),
    or the value itself when it is not one we know."""
    found = SYSTEM_ALIASES.get((uri or "").rstrip("/"))
    if found is not None:
        return found
    if uri and ":" not in uri and "/" not in uri:
        bare = BARE_SYSTEM_NAMES.get(uri.lower().replace(" ", "").replace("-", ""))
        if bare is not None:
            return bare
    return uri or ""


def codes_of(concept: Any) -> tuple[tuple[Code, ...], str]:
    """Return the codings of a CodeableConcept and its searchable lower-case text (lenient:
    a coding given as one object instead of a list, or numbers for codes, still read)."""
    if not isinstance(concept, dict):
        return (), ""
    codings = []
    texts = [as_str(concept.get("text"))]
    for coding in dicts(concept.get("coding")):
        code = as_str(coding.get("code")).strip()[:64]
        if not code:
            continue
        system = system_alias(as_str(coding.get("system")))
        # ICD-10-CM sometimes arrives without the dot (Epic billing feeds): normalise to dotted.
        if system == "icd10cm" and "." not in code and len(code) > 3:
            code = f"{code[:3]}.{code[3:]}"
        display = as_str(coding.get("display"))[:500]
        codings.append(Code(system, code.upper() if system != "snomed" else code, display))
        texts.append(display)
    # text and display are often the same words (Epic repeats them): say each once.
    return tuple(codings), " ".join(dict.fromkeys(t.lower() for t in texts if t))


def is_cpt(code: str) -> bool:
    """CPT: five digits, or four digits + F (category II) / T (category III)."""
    return len(code) == 5 and (code.isdigit() or (code[:4].isdigit() and code[4] in "FT"))


def is_hcpcs(code: str) -> bool:
    """HCPCS level II: a letter followed by four digits."""
    return len(code) == 5 and code[0].isalpha() and code[0].isupper() and code[1:].isdigit()


def service_system(code: str) -> str | None:
    """Return ``cpt`` or ``hcpcs`` for a well-formed service code, else None."""
    if is_cpt(code):
        return "cpt"
    if is_hcpcs(code):
        return "hcpcs"
    return None
