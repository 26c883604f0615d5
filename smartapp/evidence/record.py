"""Normalised evidence records: the only input the checklist engine sees.

A :class:`PatientRecord` is built once per Bundle (see :mod:`smartapp.evidence.bundle`) and is
read-only afterwards, except that scoring attaches note findings for the notes it analysed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .codes import Code


@dataclass(slots=True)
class Evidence:
    """One clinical resource reduced to what criteria test: codes, text, dates, status, value."""

    kind: str
    ref: str
    codes: tuple[Code, ...]
    text: str
    date: date | None
    end: date | None = None
    status: str = ""
    verification: str = ""
    value: float | None = None
    unit: str = ""
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def label(self) -> str:
        """A short human description: the first display or text, else the first code."""
        for code in self.codes:
            if code.display:
                return code.display
        if self.text:
            return self.text[:80]
        return self.codes[0].code if self.codes else self.kind


class Note:
    """A clinical note (DocumentReference). ``text`` is extracted on first use (None if unreadable).

    Lazy because extraction (HTML, RTF, PDF) is the costly part and most checklists look only at
    recent notes; a note outside every window is never decoded.
    """

    __slots__ = ("_loaded", "_loader", "_text", "codes", "date", "ref", "status", "title")

    def __init__(
        self,
        ref: str,
        date: date | None,
        codes: tuple[Code, ...],
        status: str,
        loader: Callable[[], str | None],
        title: str = "",
    ):
        self.ref, self.date, self.codes, self.status, self.title = ref, date, codes, status, title
        self._loader = loader
        self._text: str | None = None
        self._loaded = False

    @property
    def text(self) -> str | None:
        """The note's plain text, or None when it could not be read (a warning says why)."""
        if not self._loaded:
            self._text = self._loader()
            self._loaded = True
        return self._text


@dataclass(slots=True)
class PatientRecord:
    """One patient's Bundle grouped by resource type, plus what could not be read."""

    patient_ref: str
    by_type: dict[str, list[Evidence]]
    notes: list[Note]
    service_requests: list[dict[str, Any]]
    index: dict[str, dict[str, Any]]
    unreadable: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    #: NoteFindings (smartapp.notes) for notes in the lookback window; set by scoring.
    findings: list[Any] | None = None
    #: DocumentReferences the app wrote (app_output.AppDocument): left out of ``notes``.
    app_documents: list[Any] = field(default_factory=list)

    def of(self, *types: str) -> list[Evidence]:
        """Return the evidence of the given resource types, in bundle order."""
        out: list[Evidence] = []
        for resource_type in types:
            out.extend(self.by_type.get(resource_type, ()))
        return out

    def resolve(self, reference: str | None) -> dict[str, Any] | None:
        """Resolve ``Type/id``, a urn:uuid fullUrl or an absolute URL ending in ``Type/id``."""
        if not reference:
            return None
        if reference in self.index:
            return self.index[reference]
        parts = reference.rstrip("/").split("/")
        if len(parts) >= 2:
            # Absolute URLs (and versioned refs Type/id/_history/n) resolve by their Type/id tail.
            if len(parts) >= 4 and parts[-2] == "_history":
                parts = parts[:-2]
            return self.index.get(f"{parts[-2]}/{parts[-1]}")
        return None

    def is_unreadable(self, *types: str) -> bool:
        """True when any of these resource types could not be read from the EHR."""
        return any(t in self.unreadable for t in types)
