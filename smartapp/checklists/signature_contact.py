"""The ordering practitioner's phone or fax as their own note's signature block writes it.

Seed 003 asks a CareSource request for the ordering physician's NPI and contact information: the
reviewer must be able to reach them. A Practitioner resource often carries no telecom while the
physician's notes, which go with the request, close on "THEODORE RUELAS MD  PHONE 419-555-0162
FAX 419-555-0163" (blind wave 15, AX/occ-04). A labelled number counts when its line, or the
line just above it, names the requester (their family name): a signature block. A number about
someone else on that line (the patient's, the employer's, a relative's) does not.

A letter's letter-head is the same contact block at the top: "Central Ohio Occupational Health /
1420 Harlan Ave | Tel 614-555-0196 | Fax 614-555-0197" above a letter of medical necessity the
ordering physician wrote and signed (blind wave 29, DA/occ-02). The opening block (the lines
before the first blank line, at most four) counts when the requester wrote the note (its author)
or signs it (their family name on one of its last lines).

A letter-head may also run straight into the note with no blank line below it: "GEM CITY
OCCUPATIONAL HEALTH | 1420 Brown St | Ph 937-555-0150 Fax 937-555-0151" over "F. Kasper, DO -
Progress note" (blind wave 66, IQ/occupational-work-rehab-02). Then only a contact line among the
first three lines counts (bar-separated, or the numbers alone), never one in a demographics
header (DOB, MRN) nor the patient's own number.

The practice's name may stand before the numbers on that line with no bar: "MEYERS OCCUPATIONAL
HEALTH  Ph (614) 555-0136  Fax (614) 555-0137" over the physician's own note (blind wave 74,
JR/occ-03). A name is written in capitals or capitalised words, as a letter-head prints it; a
sentence with a number in it ("Send records to fax ...") is not one, nor is a line naming the
patient (their header) or an emergency room's or a pharmacy's number.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.record import Order
from .context import Context
from .signers import credentials

_NUMBER = lazy_re.compile(
    r"\b(?P<label>phone|ph|tel|telephone|office|fax)\b\.?\s*(?:#|no\.?|number)?\s*[:#]?\s*"
    r"(?P<number>\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4})\b",
    re.IGNORECASE,
)
#: Whose number it is when not the physician's: "pt phone", "employer fax", "mother cell".
_SOMEONE_ELSE = lazy_re.compile(
    r"\b(?:pt|patient|patient's|home|cell|mobile|employer|supervisor|adjuster|mother|father|"
    r"parent|wife|husband|spouse|daughter|son|guardian|emergency|pharmacy|school|hr|"
    r"human\s+resources|referring|referred|pcp|er)\b",
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


#: How many opening lines a letter-head takes at most (practice name, address, phone/fax line).
_HEAD_LINES = 4


def _number(line: str) -> re.Match[str] | None:
    """The labelled phone or fax number on a line, unless the line says it is someone else's."""
    found = _NUMBER.search(line)
    if not found or _SOMEONE_ELSE.search(line[: found.start()]):
        return None
    return found


def _letterhead(lines: list[str], patient: set[str]) -> re.Match[str] | None:
    """A labelled number in the note's opening block: the lines above its first blank line, with
    the body below it (a short note with no blank line is all body). A line that signs a name
    with credentials ("MARIA OKAFOR MD  PHONE ...") is a signature, whose name decides."""
    blank = next((i for i, line in enumerate(lines) if not line.strip()), None)
    if blank is None or blank > _HEAD_LINES:
        return _run_in_head(lines, patient)
    if not any(x.strip() for x in lines[blank:]):
        return None
    for line in lines[:blank]:
        found = _number(line)
        if found and not credentials(line):
            return found
    return None


#: A patient-header line: the number on it (or below it) is the patient's.
_DEMOGRAPHICS = lazy_re.compile(r"\b(?:dob|d\.o\.b|mrn|date\s+of\s+birth|born)\b", re.IGNORECASE)


#: Words a practice's name may hold uncapitalised ("Family Medicine and Rehab").
_NAME_JOINS = frozenset({"and", "of", "the", "at", "for", "in", "&"})


def _a_name(words: list[str], patient: set[str]) -> bool:
    """Whether the words beside a letter-head's numbers are a practice's name (and address):
    each capitalised or in capitals (or a number, a joining word), none the patient's name."""
    named = [w.strip(",.;:-()") for w in words]
    if {w.lower() for w in named} & patient:
        return False
    return all(
        not w or not w[0].isalpha() or w[0].isupper() or w.lower() in _NAME_JOINS for w in named
    )


def _run_in_head(lines: list[str], patient: set[str]) -> re.Match[str] | None:
    """A letter-head with no blank line below it: a contact line among the note's first three
    lines, bar-separated ("CLINIC | 1420 Brown St | Ph ..."), the labelled numbers alone
    ("Ph 937-555-0150  Fax 937-555-0151") or beside the practice's name, with the note's body
    below it. A demographics line at or above it makes it the patient's header instead."""
    for index, line in enumerate(lines[: _HEAD_LINES - 1]):
        if _DEMOGRAPHICS.search(line) or credentials(line):
            return None
        found = _number(line)
        if found is None:
            continue
        rest = _NUMBER.sub(" ", line).replace(":", " ").split()
        body = any(x.strip() for x in lines[index + 1 :])
        head = "|" in line or len(rest) <= 1 or _a_name(rest, patient)
        return found if body and head else None
    return None


def _theirs(note_authors: tuple[str, ...], lines: list[str], order: Order,
            named: re.Pattern[str] | None) -> bool:  # fmt: skip
    """Whether the requester wrote the note (its author) or signs it at its end."""
    if set(note_authors) & set(order.requester_ids):
        return True
    ending = [x for x in lines if x.strip()][-3:]
    return named is not None and any(named.search(line) for line in ending)


def _patients_numbers(ctx: Context) -> set[str]:
    """The patient's own phone numbers, digits only: never the physician's contact."""
    patient: dict[str, Any] = ctx.record.resolve(ctx.record.patient_ref) or {}
    return {_digits(str(t.get("value") or "")) for t in patient.get("telecom") or ()
            if isinstance(t, dict)} - {""}  # fmt: skip


def _patients_names(ctx: Context) -> set[str]:
    """The words of the patient's names, lower case: a line naming them is their header."""
    patient: dict[str, Any] = ctx.record.resolve(ctx.record.patient_ref) or {}
    words: set[str] = set()
    for name in patient.get("name") or ():
        if isinstance(name, dict):
            parts = [name.get("family"), *(name.get("given") or ()), name.get("text")]
            words |= {w.lower() for p in parts if isinstance(p, str) for w in p.split()}
    return {w for w in words if len(w) > 1}


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def _kind(found: re.Match[str]) -> str:
    kind = "fax" if found.group("label").lower() == "fax" else "phone"
    return f"{kind} {found.group('number')}"


def signed_contact(order: Order, ctx: Context) -> tuple[str, str] | None:
    """(note reference, "phone 419-555-0162") from the requester's signature block, or the
    letter-head of a note they wrote or signed, up to as_of, newest note first; None when no
    note gives one."""
    names = family_names(order, ctx)
    named = (  # a nameless requester has no signature block, but may author a letter
        re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b", re.I)
        if names
        else None
    )
    patients = _patients_numbers(ctx)
    patient_names = _patients_names(ctx)
    notes = [n for n in ctx.record.notes if n.date is None or n.date <= ctx.as_of]
    for note in sorted(notes, key=lambda n: n.date.toordinal() if n.date else 0, reverse=True):
        lines = (note.text or "").splitlines()
        for index, line in enumerate(lines):
            found = _number(line)
            above = lines[index - 1] if index else ""
            if found and named and (named.search(line) or named.search(above)):
                if _digits(found.group("number")) not in patients:
                    return note.ref, _kind(found)
        head = _letterhead(lines, patient_names)
        if head and _theirs(note.authors, lines, order, named):
            if _digits(head.group("number")) not in patients:
                return note.ref, _kind(head)
    return None
