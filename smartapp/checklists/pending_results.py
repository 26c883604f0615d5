"""A test registered or preliminary whose result is still to come is no result (blind wave 16).

FHIR R4 (ObservationStatus, DiagnosticReportStatus): ``registered`` means the test exists but
nothing is available yet; ``preliminary`` and ``partial`` mean some verified results are. A lab
writes a draw it has received as a preliminary report whose conclusion says 'Specimen received.
Result pending.', with no value: that is the test ordered, not its result (BC/inf-02's
QuantiFERON). A preliminary report that gives a value, a component, a result reference, a form
or a read that is not only 'pending' ('Preliminary: negative', 'prelim read: no fracture') counts.

A tuberculin skin test is resulted only when its induration is read, 48-72 hours after placing
(CDC, 'Tuberculin skin testing'): 'Placed L forearm 10/2/26 09:40 - not read' is the test
started, not its result (blind wave 22, BY/inf-03). A value that gives the read ('read 10/4:
0 mm', 'negative') is a result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lazy_re
from ..evidence import Evidence

#: Statuses that may carry a result before it is final.
_EARLY = frozenset({"preliminary", "partial"})
#: A conclusion or value that only says the result is not there yet.
_PENDING = lazy_re.compile(
    r"^\W*(?:(?:specimen|sample)\s+(?:received|collected|sent|drawn)\W*)?"
    r"(?:(?:results?|report)\s+(?:is\s+|are\s+)?)?"
    r"(?:pending|in\s+process|in\s+progress|to\s+follow|not\s+yet\s+(?:resulted|available)|"
    r"awaiting\s+results?)\W*$",
    re.IGNORECASE,
)
_SPECIMEN_ONLY = lazy_re.compile(
    r"^\W*(?:specimen|sample)\s+(?:received|collected|sent|drawn)\W*$", re.IGNORECASE
)
#: A skin test (or other read) the value says was not read: 'not (yet) read', 'never read', 'read
#: pending', 'awaiting read', 'did not return for reading', 'no-show for read'.
_NOT_READ = lazy_re.compile(
    r"\b(?:not\s+(?:yet\s+)?|never\s+)read\b|\bread(?:ing)?\s+(?:is\s+)?pending\b|"
    r"\bawaiting\s+(?:the\s+)?read(?:ing)?\b|"
    r"\b(?:did\s+not|didn'?t|failed\s+to)\s+return\s+(?:for|to\s+have)\s+(?:the\s+|a\s+|its\s+)?"
    r"read(?:ing)?\b|\bno[- ]show(?:ed)?\s+(?:for|to)\s+(?:the\s+)?read(?:ing)?\b",
    re.IGNORECASE,
)
#: What a read gives: millimetres of induration, or its reading.
_READ_GIVEN = lazy_re.compile(
    r"\d\s*mm\b|\b(?:negative|positive|neg|pos|non-?reactive|reactive|no\s+induration)\b",
    re.IGNORECASE,
)
_VALUES = (
    "valueQuantity", "valueCodeableConcept", "valueInteger", "valueBoolean", "valueRange",
    "valueRatio", "valueSampledData", "valuePeriod", "valueDateTime", "valueTime",
)  # fmt: skip


def _says_pending(text: str) -> bool:
    text = text.strip()
    if _NOT_READ.search(text) and not _READ_GIVEN.search(text):
        return True  # placed, never read: the test started, no result
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


def awaiting_refs(items: Iterable[Evidence]) -> frozenset[str]:
    """The references of the Observations and DiagnosticReports among ``items`` whose result
    has not come: their own words ('Tuberculin skin test (PPD) induration: Placed L forearm -
    not read', read as an annotation) state no result either (blind wave 22, BY/inf-03)."""
    return frozenset(item.ref for item in items if awaiting_result(item))
