"""FHIR retrieval: the one client seam and the patient record it reads (issue 4)."""

from .client import FhirClient
from .progress import CouldNotCheck, RecordResult
from .retrieve import fetch_patient_record
from .token_providers import StaticToken, TokenProvider

__all__ = [
    "CouldNotCheck",
    "FhirClient",
    "RecordResult",
    "StaticToken",
    "TokenProvider",
    "fetch_patient_record",
]
