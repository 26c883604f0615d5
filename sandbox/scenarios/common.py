"""Scenario assembly: a builder that accumulates one patient's resources, and the Scenario record.

Dates are fixed ISO dates around a date of service of 2026-12-08 (as_of 2026-11-22), because the
gap engine evaluates windows relative to the date of service; nothing reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import factories as f
from .renditions import note

DATE_OF_SERVICE = "2026-12-08"
AS_OF = "2026-11-22"


@dataclass
class Scenario:
    """One scenario patient: its resources and what the manifest says about it."""

    key: str  # e.g. "lmri"
    variant: str  # "complete" | "gapped"
    service: tuple[str, str]  # ("cpt" | "hcpcs", code)
    summary: str
    intended_gaps: list[str] = field(default_factory=list)
    denial_reasons: list[str] = field(default_factory=list)
    resources: list[dict[str, Any]] = field(default_factory=list)

    @property
    def name(self) -> str:
        """File stem and id prefix: the Patient's id (the first resource)."""
        return str(self.resources[0]["id"])


class Chart:
    """Builds one patient's chart: patient, CareSource coverage, ordering clinician, and more."""

    def __init__(
        self,
        prefix: str,
        name: tuple[str, str],
        birth: str,
        gender: str,
        state: str,
        *,
        member_id: str | None,
        plan: str,
        clinician: tuple[str, str, str | None, str],
    ):
        self.prefix = prefix
        self.patient = f.patient(f"{prefix}", name[0], name[1], birth, gender, state)
        given, family, npi9, specialty = clinician
        # One Practitioner per clinician, shared by their scenario patients (as in a real EHR).
        self.clinician = f.practitioner(f"md-{family.lower()}", given, family, npi9, specialty)
        self.resources: list[dict[str, Any]] = [
            self.patient,
            f.caresource(),
            self.clinician,
            f.coverage(prefix, self.patient, member_id, plan, "2026-01-01"),
        ]

    def add(self, *resources: dict[str, Any]) -> dict[str, Any]:
        self.resources.extend(resources)
        return resources[0]

    def condition(
        self,
        key: str,
        icd: tuple[str, str] | None,
        snomed: tuple[str, str] | None,
        onset: str,
        **kw: Any,
    ) -> dict[str, Any]:
        return self.add(f.condition(self.prefix, key, self.patient, icd, snomed, onset, **kw))

    def visit(
        self,
        key: str,
        date: str,
        cpt: str = "99214",
        text: str = "Office visit",
        who: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        return self.add(
            f.encounter(self.prefix, key, self.patient, who or self.clinician, date, cpt, text)
        )

    def note(
        self,
        key: str,
        date: str,
        kind: str,
        text: str,
        encounter: dict[str, Any] | None,
        *,
        hostile: bool = False,
        author: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        resources = note(
            self.prefix,
            key,
            self.patient,
            author or self.clinician,
            encounter,
            date,
            kind,
            text,
            hostile=hostile,
        )
        return self.add(*resources)

    def observation(
        self, key: str, date: str, category: str, code: tuple[str, str, str], **kw: Any
    ) -> dict[str, Any]:
        return self.add(f.observation(self.prefix, key, self.patient, date, category, code, **kw))

    def procedure(
        self, key: str, date: str, code: tuple[str, str, str], text: str
    ) -> dict[str, Any]:
        return self.add(f.procedure(self.prefix, key, self.patient, date, code, text))

    def therapy_sessions(self, dates: list[str], cpt: str = "97110") -> None:
        for index, date in enumerate(dates, start=1):
            self.procedure(
                f"pt-{index:02d}", date, (f.CPT, cpt, ""), "Therapeutic exercise session"
            )

    def medication(
        self, key: str, rxnorm: tuple[str, str], start: str, end: str, status: str, sig: str
    ) -> dict[str, Any]:
        return self.add(
            f.medication_request(
                self.prefix, key, self.patient, self.clinician, rxnorm, start, end, status, sig
            )
        )

    def careplan(
        self, key: str, date: str, title: str, snomed: tuple[str, str], description: str
    ) -> dict[str, Any]:
        return self.add(
            f.careplan(self.prefix, key, self.patient, date, title, snomed, description)
        )

    def order(
        self,
        code: tuple[str, str],
        text: str,
        reasons: list[dict[str, Any]],
        encounter: dict[str, Any],
        authored: str,
        *,
        requester: bool = True,
        **kw: Any,
    ) -> dict[str, Any]:
        who = self.clinician if requester else None
        return self.add(
            f.service_request(
                self.prefix,
                self.patient,
                who,
                encounter,
                code,
                text,
                reasons,
                DATE_OF_SERVICE,
                authored,
                **kw,
            )
        )
