"""Which search entries carry a note's text to fetch: a DocumentReference not withdrawn, a
DiagnosticReport whose presentedForm is a URL.

Split out of retrieve.py; both the patient read (smartapp.fhir.retrieval) and the population
read (smartapp.population.record) decide with these which texts to request.
"""

from __future__ import annotations

from ..evidence.notes import WITHDRAWN
from ..evidence.shapes import status_code


def presented_by_url(report: dict) -> bool:
    """Whether a DiagnosticReport's presentedForm names its content by URL (Epic and Oracle
    Health imaging and pathology reports): unread, the report's text is not known."""
    forms = report.get("presentedForm") or []
    return isinstance(forms, list) and any(isinstance(a, dict) and a.get("url") for a in forms)


def withdrawn(document: dict) -> bool:
    """A note the EHR marks entered-in-error or superseded: no evidence (smartapp.evidence.notes
    leaves it out), so its content is not fetched -- a failed fetch of it would make the notes
    that count read as "could not be checked"."""
    return any(status_code(document.get(key)) in WITHDRAWN for key in ("status", "docStatus"))
