"""The ordering practitioner's phone or fax as their own note's signature block writes it.

Seed 003 asks a CareSource request for the ordering physician's NPI and contact information: the
reviewer must be able to reach them. A Practitioner resource often carries no telecom while the
physician's notes, which go with the request, close on "THEODORE RUELAS MD  PHONE 419-555-0162
FAX 419-555-0163" (blind wave 15, AX/occ-04). A labelled number counts when its line, or the
line just above it, names the requester (their family name): a signature block. A number about
someone else on that line (the patient's, the employer's, a relative's) does not.
"""

from __future__ import annotations

import re
from typing import Any

from ..evidence.record import Order
from .context import Context

_NUMBER = re.compile(
    r"\b(?P<label>phone|ph|tel|telephone|office|fax)\b\.?\s*(?:#|no\.?|number)?\s*[:#]?\s*"
    r"(?P<number>\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})\b",
    re.IGNORECASE,
)
#: Whose number it is when not the physician's: "pt phone", "employer fax", "mother cell".
_SOMEONE_ELSE = re.compile(
    r"\b(?:pt|patient|patient's|home|cell|mobile|employer|supervisor|adjuster|mother|father|"
    r"parent|wife|husband|spouse|daughter|son|guardian|emergency|pharmacy|school)\b",
    re.IGNORECASE,
)


def family_names(order: Order, ctx: Context) -> set[str]:
    """The order's requesters' family names, lower case (their Practitioner resources)."""
    names: set[str] = set()
    for ident in order.requester_ids:
        practitioner: dict[str, Any] = ctx.record.resolve(f"Practitioner/{ident}") or {}
        for name in practitioner.get("name") or ():
            family = name.get("family") if isinstance(name, dict) else None
            if isinstance(family, str) and len(family.strip()) > 1:
                names.add(family.strip().lower())
    return names


def signed_contact(order: Order, ctx: Context) -> tuple[str, str] | None:
    """(note reference, "phone 419-555-0162") from the requester's signature block in a note
    up to as_of, newest note first; None when no note gives one."""
    names = family_names(order, ctx)
    if not names:
        return None
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", re.I)
    notes = [n for n in ctx.record.notes if n.date is None or n.date <= ctx.as_of]
    for note in sorted(notes, key=lambda n: n.date.toordinal() if n.date else 0, reverse=True):
        lines = (note.text or "").splitlines()
        for index, line in enumerate(lines):
            found = _NUMBER.search(line)
            if not found or _SOMEONE_ELSE.search(line[: found.start()]):
                continue
            if named.search(line) or (index and named.search(lines[index - 1])):
                kind = "fax" if found.group("label").lower() == "fax" else "phone"
                return note.ref, f"{kind} {found.group('number')}"
    return None
