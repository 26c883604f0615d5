"""The loaded checklist catalog's types: an :class:`Item`, a :class:`Checklist` (includes
expanded, code lists resolved) and the :class:`Catalog` of a data directory.

Split out of loader.py, which builds them from the YAML files; loader.py still exports these
names, since most callers import them from there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .codelist import CodeList
from .note_windows import widest_note_window


@dataclass(frozen=True)
class Item:
    """One checklist item; ``criteria``/``applies_when`` hold CodeList objects in place of names."""

    id: str
    element: str
    title: str
    required: bool
    denial_reasons: tuple[str, ...]
    source: str
    criteria: dict[str, Any]
    remedy: str
    evidence_hint: str
    applies_when: dict[str, Any] | None = None
    origin: str = ""


@dataclass(frozen=True)
class Checklist:
    """A checklist (or include file) with includes expanded into ``items``."""

    id: str
    kind: str
    version: str
    payer: str
    title: str
    topic: str
    sources: dict[str, dict[str, str]]
    applies_to: CodeList
    diagnoses: CodeList
    items: tuple[Item, ...]
    includes: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    not_applicable_elements: dict[str, str] = field(default_factory=dict)
    path: str = ""
    #: (services, diagnoses) pairs: a code in the range with its own supporting diagnoses (an ACL
    #: reconstruction is not supported by a meniscal tear, though both are knee arthroscopy).
    service_diagnoses: tuple[tuple[CodeList, CodeList], ...] = ()
    #: Cancers that support the service only beside the ordered region's own trouble: a breast
    #: cancer's lumbar MRI looks for its spread to the spine (spread_pairing.py).
    spread_diagnoses: CodeList | None = None

    def diagnoses_for(self, system: str, code: str) -> CodeList:
        """The diagnoses that support ``code``: its own list, else the checklist's."""
        for services, diagnoses in self.service_diagnoses:
            if services.contains(system, code):
                return diagnoses
        return self.diagnoses

    def lookback_days(self) -> int:
        """The widest ``within_days`` any note criterion needs (NLP runs only over that window)."""
        widest = 0
        for item in self.items:
            for criterion in (item.criteria, item.applies_when):
                widest = max(widest, widest_note_window(criterion))
        return widest


@dataclass(frozen=True)
class Catalog:
    """Every checklist and include file in a data directory, plus the named code lists."""

    checklists: dict[str, Checklist]
    includes: dict[str, Checklist]
    codelists: dict[str, CodeList]
    raw: dict[str, dict[str, Any]]

    def for_service(self, code: str) -> Checklist | None:
        """The checklist whose ``applies_to`` lists the CPT/HCPCS ``code``, if any."""
        for checklist in self.checklists.values():
            if checklist.applies_to.contains("cpt", code) or checklist.applies_to.contains(
                "hcpcs", code
            ):
                return checklist
        return None
