"""FHIR retrieval: the one client seam and the patient record it reads (issue 4)."""

from .client import FhirClient, StaticToken, TokenProvider
from .progress import CouldNotCheck, RecordResult
from .retrieve import fetch_patient_record

__all__ = [
    "CouldNotCheck",
    "FhirClient",
    "RecordResult",
    "StaticToken",
    "TokenProvider",
    "fetch_patient_record",
]
