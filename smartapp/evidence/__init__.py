"""Normalised patient evidence built from FHIR R4 Bundles (raw JSON, leniently).

Callers import :func:`build_record` and the record types from here.
"""

from .bundle import build_record
from .codes import Code, service_system
from .dates import parse_date
from .record import Evidence, Note, PatientRecord
