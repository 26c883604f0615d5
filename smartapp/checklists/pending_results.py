"""A test registered or preliminary whose result is still to come is no result (blind wave 16).

FHIR R4 (ObservationStatus, DiagnosticReportStatus): ``registered`` means the test exists but
nothing is available yet; ``preliminary`` and ``partial`` mean some verified results are. A lab
writes a draw it has received as a preliminary report whose conclusion says 'Specimen received.
Result pending.', with no value: that is the test ordered, not its result (BC/inf-02's
QuantiFERON). A preliminary report that gives a value, a component, a result reference, a form
or a read that is not only 'pending' ('Preliminary: negative', 'prelim read: no fracture') counts.
"""

from __future__ import annotations

import re

from ..evidence import Evidence

#: Statuses that may carry a result before it is final.
_EARLY = frozenset({"preliminary", "partial"})
#: A conclusion or value that only says the result is not there yet.
_PENDING = re.compile(
    r"^\W*(?:(?:specimen|sample)\s+(?:received|collected|sent|drawn)\W*)?"
    r"(?:(?:results?|report)\s+(?:is\s+|are\s+)?)?"
    r"(?:pending|in\s+process|in\s+progress|to\s+follow|not\s+yet\s+(?:resulted|available)|"
    r"awaiting\s+results?)\W*$",
    re.IGNORECASE,
)
_SPECIMEN_ONLY = re.compile(
    r"^\W*(?:specimen|sample)\s+(?:received|collected|sent|drawn)\W*$", re.IGNORECASE
)
_VALUES = (
    "valueQuantity", "valueCodeableConcept", "valueInteger", "valueBoolean", "valueRange",
    "valueRatio", "valueSampledData", "valuePeriod", "valueDateTime", "valueTime",
)  # fmt: skip


def _says_pending(text: str) -> bool:
    text = text.strip()
    return bool(_PENDING.match(text) or _SPECIMEN_ONLY.match(text))


def _has_result(raw: dict) -> bool:
    """A value, component value, result reference or form that is not only 'pending'."""
    if any(raw.get(key) not in (None, "", {}, []) for key in _VALUES):
        return True
    string = raw.get("valueString")
    if isinstance(string, str) and string.strip() and not _says_pending(string):
        return True
    for component in raw.get("component") or []:
        if isinstance(component, dict) and _has_result(component):
            return True
    if raw.get("result") or raw.get("presentedForm"):
        return True
    conclusion = raw.get("conclusion")
    if isinstance(conclusion, str) and conclusion.strip() and not _says_pending(conclusion):
        return True
    return bool(raw.get("conclusionCode"))


def awaiting_result(item: Evidence) -> bool:
    """True for an Observation or DiagnosticReport whose result has not come yet."""
    if item.kind not in ("Observation", "DiagnosticReport"):
        return False
    if item.status == "registered":
        return True
    return item.status in _EARLY and not _has_result(item.raw)
