"""A whole resource type a Bulk Data export did not deliver, and what each scored patient gets.

- **Failed:** the EHR's error file has an OperationOutcome about the type as a whole
  ("DocumentReference: export failed", or an issue whose ``expression`` is just the type). No
  patient's record has that type, and scoring it would call every item that needs it "missing".
  So each scored patient gets the warning a check records for a withheld or failed search
  (:meth:`smartapp.fhir.retrieval.Retrieval.warn`, in
  :func:`smartapp.population.record.staged_record`): items that need the type read "could not
  be checked", and the report and the worklist row say why.
- **Maybe failed:** an error-file entry the app could not read (smartapp.population.error_file)
  may be the one saying a type was lost: the types it names, else every requested type, read
  "could not be checked" the same way, with that reason -- except one the manifest has no file
  for, which is read over FHIR as an absent type is (that reads it whole).
- **Absent:** a type asked for in ``_type`` is neither in the manifest's output nor named by an
  error. The Bulk Data IG writes a file only for a type that has resources, so this may mean
  "none" (the sandbox's small populations have no DiagnosticReport) or a type the EHR silently
  skipped. Only reading can tell: each scored patient's resources of that type are searched over
  FHIR with the backend token, the check's own searches, and what cannot be read there is "could
  not check" by the check's own path.

Only what names no patient and no resource counts as a whole type: "Patient/pop-9: failed" and
"Encounter e9 skipped" are one record's or one resource's problem (listed on the run page only).
The run keeps both kinds in its ``export_problems`` (with ``type``), which the patient tasks read.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: A resource reference (``Patient/pop-9``, ``Observation/o1``): the issue is about one record.
_REFERENCE = lazy_re.compile(r"\b[A-Z][A-Za-z]+/[A-Za-z0-9.\-]{1,64}")
#: "DocumentReference: export failed", "the export of DocumentReference failed".
_TYPE_TEXT = lazy_re.compile(r"^\s*([A-Z][A-Za-z]+)\s*:|\bexport(?:ing)? of ([A-Z][A-Za-z]+)\b")
MAX_DETAIL = 200


def issue_text(issue: dict[str, Any]) -> str:
    """An OperationOutcome issue's words: its diagnostics, else its details' text."""
    details = issue.get("details")
    text = issue.get("diagnostics") or (details.get("text") if isinstance(details, dict) else "")
    return str(text or "")


def failed_type(issue: Any, requested: tuple[str, ...]) -> str | None:
    """The requested type an error-file issue says failed as a whole, else None (a warning, a
    patient's or one resource's problem, or no type named)."""
    if not isinstance(issue, dict) or str(issue.get("severity") or "error") not in (
            "error", "fatal"):  # fmt: skip
        return None
    names = [str(n) for key in ("expression", "location")
             for n in (issue.get(key) if isinstance(issue.get(key), list) else [])]  # fmt: skip
    text = issue_text(issue)
    if any(_REFERENCE.search(value) for value in (text, *names)):
        return None
    for name in names:
        if name in requested:
            return name
    found = _TYPE_TEXT.search(text)
    kind = next((group for group in found.groups() if group), None) if found else None
    return kind if kind in requested else None


def failure_detail(resource_type: str, text: str) -> str:
    """Why the type could not be checked, in the report's words (the EHR's text, cut short)."""
    said = re.sub(rf"^\s*{re.escape(resource_type)}\s*:\s*", "", text).strip()
    said = said[:MAX_DETAIL] or "no reason given"
    return f"the EHR's export of {resource_type} failed: {said}"


def absent_problem(resource_type: str) -> dict[str, Any]:
    """The run's note of a requested type the manifest silently left out. A type without
    resources has no file (Bulk Data IG: a file per type that has some), so the absence alone
    does not say the type was lost: each scored patient's resources of that type are read over
    FHIR, as a check reads them, and what cannot be read is "could not check" there."""
    return {"source": "export manifest", "code": "incomplete", "type": resource_type,
            "absent": True,
            "text": f"no {resource_type} file and no readable error about it: each scored "
                    f"patient's "
                    f"{resource_type} resources are read over FHIR instead"}  # fmt: skip


def absent_problems(
    requested: tuple[str, ...], manifest: Any, problems: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """:func:`absent_problem` for each requested type the manifest has no file for and no
    readable error about (``problems``: what the error files said, a failed type carrying
    ``type``). A type only an unreadable entry may be about is read over FHIR all the same:
    that reads it whole, which beats "could not be checked"."""
    listed = {file.type for file in manifest.output}
    failed = {str(p["type"]) for p in problems if p.get("type")}
    return [absent_problem(kind) for kind in requested if kind not in listed | failed]


def unreadable_detail(resource_type: str, line: object) -> str:
    """Why a type an unreadable error-file entry may be about could not be checked."""
    return (f"the EHR's export of {resource_type} may be incomplete: its error file has an "
            f"entry the app could not read (line {line})")


def lost(problems: list[dict[str, Any]]) -> tuple[dict[str, str], list[str]]:
    """From a run's export problems: the types the export failed as a whole, or may have (an
    unreadable error-file entry's ``types``, smartapp.population.error_file; unless the manifest
    has no file for the type: then it is read over FHIR) -- type -> why, in the report's words
    -- and the types it silently left out (read over FHIR per patient)."""
    failed: dict[str, str] = {}
    maybe: dict[str, str] = {}
    absent: list[str] = []
    for problem in problems:
        for kind in problem.get("types") or ():
            maybe.setdefault(str(kind), unreadable_detail(str(kind), problem.get("line")))
        kind = problem.get("type")
        if not isinstance(kind, str) or not kind:
            continue
        if problem.get("absent"):
            absent.append(kind)
        else:
            failed.setdefault(kind, failure_detail(kind, str(problem.get("text") or "")))
    absent = [kind for kind in absent if kind not in failed]
    failed.update({kind: why for kind, why in maybe.items()
                   if kind not in failed and kind not in absent})  # fmt: skip
    return failed, absent
