"""FHIR retrieval: the one client seam and the patient record it reads (issue 4)."""

from .client import FhirClient, StaticToken, TokenProvider
from .retrieve import CouldNotCheck, RecordResult, fetch_patient_record

__all__ = [
    "CouldNotCheck",
    "FhirClient",
    "RecordResult",
    "StaticToken",
    "TokenProvider",
    "fetch_patient_record",
]
