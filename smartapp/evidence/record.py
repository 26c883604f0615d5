"""Normalised evidence records: the only input the checklist engine sees.

A :class:`PatientRecord` is built once per Bundle (see :mod:`smartapp.evidence.bundle`) and is
read-only afterwards, except that scoring attaches note findings for the notes it analysed.
Every field here has its documented shape whatever the Bundle held; ``raw`` keeps the resource
for display and the appeal letter, never for judgement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .codes import Code

#: In :attr:`PatientRecord.unreadable`: the EHR withheld results without naming their type, so
#: any type may be short (smartapp.evidence.withheld).
ANY_TYPE = "*"
#: Resource types read as :class:`Evidence` (:attr:`PatientRecord.by_type`).
RESOURCE_TYPES = {
    "Condition", "Procedure", "Observation", "DiagnosticReport", "ImagingStudy",
    "MedicationRequest", "MedicationStatement", "MedicationAdministration", "Encounter",
    "CarePlan", "Coverage",
}  # fmt: skip
#: Resource types read as orders (:class:`Order`).
REQUEST_TYPES = ("ServiceRequest", "DeviceRequest")


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
    #: ids (``Practitioner/…`` tails) of who took part: Encounter.participant, performers.
    participants: tuple[str, ...] = ()
    #: Encounter.class code (AMB, VR, HH, EMER …), lower-case.
    encounter_class: str = ""
    #: body regions (smartapp.evidence.regions) from codes, bodySite and text.
    regions: frozenset[str] = frozenset()
    #: route / form words of a medication (``intra-articular``, ``topical``, ``oral``), lower-case.
    route: str = ""
    #: Coverage: the member id and the payor names, lower-case.
    member_id: str = ""
    payors: str = ""

    def label(self) -> str:
        """A short human description: the first display or text, else the first code."""
        for code in self.codes:
            if code.display:
                return code.display
        if self.text:
            return self.text[:80]
        return self.codes[0].code if self.codes else self.kind


@dataclass(slots=True)
class Order:
    """A ServiceRequest or DeviceRequest: the service asked for and what the order itself says."""

    ref: str
    kind: str
    status: str
    codes: tuple[Code, ...]
    authored: date | None
    occurrence: date | None
    requester: str = ""
    #: the requester's ids (PractitionerRole and its Practitioner), for "with the requester".
    requester_ids: tuple[str, ...] = ()
    #: NPI values found on the requester reference, its PractitionerRole or Practitioner.
    requester_npis: tuple[str, ...] = ()
    requester_resolved: bool = False
    #: (coding, where it came from) for reasonCode and the Conditions of reasonReference.
    reasons: tuple[tuple[Code, str], ...] = ()
    quantity: str = ""
    #: the order's own words: note, patientInstruction, DeviceRequest parameters, orderDetail.
    free_text: str = ""
    regions: frozenset[str] = frozenset()
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    #: phone/fax/email of the requester (its PractitionerRole, else its Practitioner), as
    #: "phone 555-0100": seed 003 asks for the ordering physician's contact information.
    requester_contacts: tuple[str, ...] = ()
    #: the regions and side the order names itself (code, bodySite, words), not its reasons':
    #: a left shoulder's arthroplasty whose reason is a right-shoulder problem is still left.
    own_regions: frozenset[str] = frozenset()

    def service_codes(self) -> list[Code]:
        """The CPT/HCPCS codings of the order."""
        return [c for c in self.codes if c.system in ("cpt", "hcpcs")]


class Note:
    """A text to read: a clinical note (DocumentReference), a report's text (DiagnosticReport
    conclusion/presentedForm) or an order's words. ``text`` is extracted on first use (None if
    unreadable).

    Lazy because extraction (HTML, RTF, PDF) is the costly part and most checklists look only at
    recent notes; a note outside every window is never decoded. ``kind`` is ``note`` for clinical
    notes (the only ones that count as "clinical notes"), ``report`` or ``order``.
    """

    __slots__ = (
        "_loaded", "_loader", "_text", "authors", "codes", "date", "doc_status", "kind",
        "not_fetched", "ref", "status", "title",
    )  # fmt: skip

    def __init__(
        self,
        ref: str,
        date: date | None,
        codes: tuple[Code, ...],
        status: str,
        loader: Callable[[], str | None],
        title: str = "",
        kind: str = "note",
        doc_status: str = "",
        authors: tuple[str, ...] = (),
        not_fetched: bool = False,
    ):
        self.ref, self.date, self.codes, self.status, self.title = ref, date, codes, status, title
        self.kind, self.doc_status, self.authors = kind, doc_status, authors
        self._loader = loader
        self._text: str | None = None
        # Not fetched (older than every lookback window): no text, and not "unreadable".
        self.not_fetched = not_fetched
        self._loaded = not_fetched

    @property
    def opened(self) -> bool:
        """Whether the text was read (or deliberately not fetched): notes outside every window
        are never opened."""
        return self._loaded

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
    orders: list[Order] = field(default_factory=list)
    #: report and order texts, read by the NLP like notes but never counted as clinical notes.
    texts: list[Note] = field(default_factory=list)
    #: DocumentReferences the app wrote (app_output.AppDocument): left out of ``notes``.
    app_documents: list[Any] = field(default_factory=list)
    #: Notes not fetched (older than every lookback window): reference -> its ISO date.
    not_fetched: dict[str, str] = field(default_factory=dict)
    #: Texts that could not be read: reference -> why (filled as each text is first read; keys
    #: ``fetch:<ref>`` hold retrieval's reason for a note whose content never arrived).
    unread: dict[str, str] = field(default_factory=dict)

    def unread_reason(self, text: Note) -> str | None:
        """Why ``text`` (a note or a report) could not be read, or None when it was read (or
        deliberately not fetched). Reads the text first: reasons are known once it is read."""
        if text.not_fetched or text.kind not in ("note", "report"):
            return None
        _ = text.text
        return self.unread.get(text.ref)

    def of(self, *types: str) -> list[Evidence]:
        """Return the evidence of the given resource types, in bundle order."""
        out: list[Evidence] = []
        for resource_type in types:
            out.extend(self.by_type.get(resource_type, ()))
        return out

    def resolve(self, reference: str | None) -> dict[str, Any] | None:
        """Resolve ``Type/id``, a urn:uuid fullUrl or an absolute URL ending in ``Type/id``."""
        if not reference or not isinstance(reference, str):
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
        return ANY_TYPE in self.unreadable or any(t in self.unreadable for t in types)

    def all_texts(self) -> list[Note]:
        """Clinical notes, then report and order texts: everything the NLP reads."""
        return [*self.notes, *self.texts]
