"""What a finished Bulk Data export hands back: the manifest (its NDJSON files, and whether
reading them needs the token) and the lines read from those files, readable or not.

:class:`~smartapp.population.bulk.BulkClient` makes these from the EHR's answers; the export
task (:mod:`.export`) reads them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .. import lazy_re
from ..errors import BulkExportError

#: Whose an unreadable line was, when its text still names the patient: that patient's report
#: then says the type could not be checked, instead of calling what the line held "missing".
_PATIENT_REF = lazy_re.compile(rb'"reference"\s*:\s*"(?:[^"]*/)?Patient/([A-Za-z0-9.-]{1,64})"')


@dataclass
class ExportFile:
    """One manifest entry: a resource type and its NDJSON link."""

    type: str
    url: str
    count: int | None = None


@dataclass
class Manifest:
    transaction_time: str
    requires_access_token: bool
    output: list[ExportFile] = field(default_factory=list)
    error: list[ExportFile] = field(default_factory=list)


@dataclass
class Line:
    """One NDJSON line: the resource, or the reason it could not be read."""

    number: int
    resource: dict[str, Any] | None = None
    problem: str | None = None
    #: For an unreadable line: the patient its text names, if any.
    patient_hint: str | None = None
    #: For an unreadable line: the start of its text (what an error file's entry names).
    raw: str = ""


def unreadable_line(number: int, raw: bytes, problem: str) -> Line:
    """A line that is no resource: its problem, the patient its text names, its start."""
    found = _PATIENT_REF.search(raw[:65536])
    return Line(number, problem=problem, patient_hint=found.group(1).decode() if found else None,
                raw=raw[:65536].decode("utf-8", "replace"))  # fmt: skip


def _files(entries: Any) -> list[ExportFile]:
    files = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and isinstance(entry.get("url"), str):
            count = entry.get("count")
            files.append(ExportFile(str(entry.get("type") or ""), entry["url"],
                                    count if isinstance(count, int) else None))  # fmt: skip
    return files


def parse_manifest(document: Any) -> Manifest:
    """The manifest of a finished export; BulkExportError when it is not one."""
    if not isinstance(document, dict) or not isinstance(document.get("output"), list):
        raise BulkExportError("The EHR's export finished without a readable list of files.",
                              detail="manifest without output")  # fmt: skip
    return Manifest(
        transaction_time=str(document.get("transactionTime") or ""),
        requires_access_token=document.get("requiresAccessToken") is not False,
        output=_files(document.get("output")),
        error=_files(document.get("error")),
    )
