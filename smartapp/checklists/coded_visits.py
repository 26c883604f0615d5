"""A billed service charted as a visit: an Encounter whose type is the service's procedure code.

EHRs chart many outpatient services as the visit itself: a PT evaluation is an Encounter typed
CPT 97162, a nutrition visit one typed 97802, with no Procedure resource beside it (the code is
on the visit's charge). Such a visit, done (finished or in progress), is the procedure on record,
so ``has_procedure`` with codes reads it as it reads a Procedure with the code. Only the visit's
own type (and service type) counts, by code: its reason codes are diagnoses, and a type written
in words alone ("PT Treatment Visit") says no more than a treatment visit (visits.py counts
those). A planned or cancelled visit is not the service done.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..evidence import Evidence
from ..evidence.codes import codes_of
from .context import Context

#: Encounter statuses that are the service done, and the Procedure status each one reads as.
_DONE = {"finished": "completed", "in-progress": "in-progress"}


def _type_codes(resource: dict[str, Any]) -> list[Any]:
    kinds = resource.get("type")
    concepts = [*(kinds if isinstance(kinds, list) else [kinds]), resource.get("serviceType")]
    return [code for concept in concepts for code in codes_of(concept)[0]]


def coded_encounters(spec: dict[str, Any], ctx: Context) -> list[Evidence]:
    """The record's done Encounters whose type carries one of ``spec['codes']``, with the status
    a Procedure done would have (they stay Encounters in what is cited)."""
    codelist = spec.get("codes")
    if codelist is None:
        return []
    return [
        replace(item, status=_DONE[item.status])
        for item in ctx.record.of("Encounter")
        if item.status in _DONE and codelist.matches(_type_codes(item.raw))
    ]
