"""A plan of care charted as a CarePlan, as a text to read: "SOC 5/20/26. PT 2w6 gait/balance/
transfer training, SN 1w4 med management." (a "Home Health Plan of Care (CMS-485)").

Home health plans of care reach the record as CarePlans as often as documents, and the signed
plan is where the certifying practitioner names the skilled services and what they are for (the
"types of services" of palmetto-hh-plan-of-care). Only its codes and names were read
(``has_careplan``), so a skilled need stated nowhere else was called missing (blind wave 27,
CU/hh-03). Such a text is of its own kind, ``careplan``, read only by a criterion that lists the
kind, as ``dosage`` is: a plan says what is to be done, never what was done, so care episodes and
stop statements never see it. Its description and activities' descriptions are read (not its
title, which labels the document as a note's type does: "Home Health Skilled Nursing Plan of Care"
says no need), dated by its creation (else its period's start), written by its author; a plan the
practitioner has not made (draft) or has withdrawn is not read, as ``has_careplan`` counts none.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from .record import Evidence, Note
from .shapes import as_dict, as_str, dicts, reference

#: The kind of text a CarePlan makes (see the module docstring).
CAREPLAN_KIND = "careplan"
#: The CarePlan statuses read: those has_careplan counts (record_filters.py), and none given.
_READ = frozenset({"active", "completed", "on-hold", ""})


def as_written(resource: dict[str, Any]) -> str:
    """A CarePlan's title, description and activities' descriptions in their own case (the
    record's text of it is lower-cased for matching; names in capitals need the capitals)."""
    words = [as_str(resource.get("title")), as_str(resource.get("description"))]
    for activity in dicts(resource.get("activity")):
        words.append(as_str(as_dict(activity.get("detail")).get("description")))
    return " ".join(w for w in words if w.strip())


def careplan_texts(items: list[tuple[Evidence, dict[str, Any]]]) -> list[Note]:
    """One text per CarePlan in force or done that says something in words."""
    texts: list[Note] = []
    for item, resource in items:
        if item.kind != "CarePlan" or (item.status or "") not in _READ:
            continue
        # Not its title: "Skilled Nursing Plan of Care" labels the document, as a note's type does.
        words = [as_str(resource.get("description"))]
        for activity in dicts(resource.get("activity")):
            detail = as_dict(activity.get("detail"))
            words.append(as_str(detail.get("description")))
        parts = [w.strip().rstrip(".") for w in words if w and w.strip()]
        if not parts:
            continue
        loader = partial(str, ". ".join(parts) + ".")
        ref = reference(resource.get("author"))
        authors = (ref.rstrip("/").split("/")[-1],) if ref else ()
        title = "plan of care"
        texts.append(
            Note(item.ref, item.date, (), "current", loader, title, CAREPLAN_KIND, "", authors)
        )
    return texts
