"""The entries of a Bulk Data error file, read without trusting its shape.

The IG (hl7.org/fhir/uv/bulkdata, export: the manifest's ``error`` array) says an error file is
NDJSON of OperationOutcome resources, and that an export which could not deliver some of the
requested resources may still complete, reporting what went wrong there. Its manifest entry
names no resource type (its ``type`` is OperationOutcome), so only an entry's words say which
type it is about (smartapp.population.whole_types). Real servers write odd lines: text that is
not JSON, a resource that is not an OperationOutcome, an ``issue`` that is not a list, issues
that are not objects. Such an entry is kept on the run as unreadable -- never a crash, and the
other lines and issues are read as usual -- and, since it may be the one saying a type was
lost, the types it may be about read "could not be checked" in every report of the run rather
than complete: the requested types its text names, else every requested type (one the manifest
has no file for is read over FHIR instead, whole). Only an entry that still says it is a
warning or information (and not an error) marks none.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from .. import lazy_re
from .whole_types import failed_type, issue_text

log = logging.getLogger(__name__)

#: How much of the EHR's words a coordinator sees.
MAX_TEXT = 200
#: An unreadable entry that still says it is only a warning or information.
_MILD = lazy_re.compile(r'"severity"\s*:\s*"(?:information|warning)"')
_SEVERE = lazy_re.compile(r'"severity"\s*:\s*"(?:error|fatal)"')
_RESOURCE_TYPE = lazy_re.compile(r'"resourceType"\s*:\s*"[^"]*"')


def named_types(raw: str, requested: tuple[str, ...]) -> list[str]:
    """The requested types an unreadable entry's text names as a type (``Patient/pop-9`` is a
    reference, not the Patient type; the line's own ``resourceType`` says what it is, not what
    was lost)."""
    said = _RESOURCE_TYPE.sub("", raw)
    return [kind for kind in requested if re.search(rf"\b{kind}\b(?!/)", said)]


def unreadable(number: int, why: str, raw: str, requested: tuple[str, ...]) -> dict[str, Any]:
    """The run's entry for an error-file entry the app could not read, with the ``types`` it
    may be about (none when it says it is only a warning or information); what the run does
    about them is said by :func:`consequence`."""
    mild = bool(_MILD.search(raw)) and not _SEVERE.search(raw)
    types = [] if mild else (named_types(raw, requested) or list(requested))
    if not types:
        what = "it says it is only a warning, so no type is affected"
    elif len(types) == len(requested) and len(requested) > 1:
        what = "it may be about any resource type the export lost"
    else:
        what = f"it may say the export lost {', '.join(types)}"
    # The entry's own words stay off the log (they may name a patient): its place and shape only.
    log.warning("bulk: error-file line %d unreadable (%s); types marked could not check: %d",
                number, why, len(types))  # fmt: skip
    return {"severity": "error", "code": "invalid", "unreadable": True, "line": number,
            "types": types, "text": f"line {number}: an entry the app could not read ({why}); "
                                    f"{what}"}  # fmt: skip


def consequence(entry: dict[str, Any], read_over_fhir: set[str], requested: tuple[str, ...], *,
                incremental: bool) -> None:  # fmt: skip
    """Add to an unreadable entry's words what the run does about the types it may be about:
    "could not be checked" in its reports, unless read over FHIR (a type without a file, or
    every record of an incremental run) -- smartapp.population.whole_types."""
    types = entry.get("types") or []
    if not entry.get("unreadable") or not types:
        return
    if incremental:
        entry["text"] += "; this run reads each record it names again over FHIR"
        return
    marked = [kind for kind in types if kind not in read_over_fhir]
    fetched = [kind for kind in types if kind in read_over_fhir]
    said = []
    if marked:
        every = len(types) == len(requested) > 1 and len(marked) > 1
        names = ("every other type" if fetched else "every type") if every else ", ".join(marked)
        verb = "reads" if every or len(marked) == 1 else "read"
        said.append(f"{names} {verb} \u201ccould not be checked\u201d in this run's reports")
    if fetched:
        said.append(f"{', '.join(fetched)} (no file) {'is' if len(fetched) == 1 else 'are'} "
                    "read over FHIR instead")  # fmt: skip
    entry["text"] += ", so " + "; ".join(said)


def _issue(issue: dict[str, Any], requested: tuple[str, ...]) -> dict[str, Any]:
    """A readable issue: code, severity, the EHR's words cut short (shown, never logged)."""
    entry = {"severity": str(issue.get("severity") or "error")[:20],
             "code": str(issue.get("code") or "processing")[:40],
             "text": issue_text(issue)[:MAX_TEXT]}  # fmt: skip
    kind = failed_type(issue, requested)
    if kind is not None:
        entry["type"] = kind
    return entry


def entries(number: int, resource: dict[str, Any] | None, problem: str | None, raw: str,
            requested: tuple[str, ...]) -> list[dict[str, Any]]:  # fmt: skip
    """What one error-file line says: its issues, each read or kept as unreadable.

    ``resource``: the line's JSON object (None when it was not one: ``problem`` says why);
    ``raw``: the line's text, to find what an unreadable entry names.
    """
    if resource is None:
        return [unreadable(number, problem or "not JSON", raw, requested)]
    if resource.get("resourceType") != "OperationOutcome":
        return [unreadable(number, "not an OperationOutcome", raw, requested)]
    issues = resource.get("issue")
    if isinstance(issues, dict):  # one issue not wrapped in a list: still readable
        issues = [issues]
    if not isinstance(issues, list) or not issues:
        return [unreadable(number, "no list of issues", raw, requested)]
    found = []
    for issue in issues:
        if isinstance(issue, dict):
            found.append(_issue(issue, requested))
        else:
            found.append(unreadable(number, "an issue that is not an object",
                                    json.dumps(issue)[:65536], requested))  # fmt: skip
    return found
