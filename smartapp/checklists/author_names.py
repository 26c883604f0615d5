"""A note whose author is written only as a name is the ordering practitioner's when the name is
theirs.

Many EHR exports send ``DocumentReference.author`` as display text alone, with no reference:
"Hollis Marchetti, MD (Peds Endo)", "Philippa Strand, MD" (blind wave 108, OR/cgm-01,
OR/sleep-studies-03), while the order's requester is ``Practitioner/pr1`` with
``name: [{family, given, suffix}]``. A reviewer reads the signature line and sees the ordering
practitioner's own visit note. The display counts when, with its credentials (after the comma)
and its specialty or department (in brackets) set aside, it holds the requester's family name and,
if it gives a first name or initial, one that agrees with the requester's given name. Another
person of the same family name ("Gail Marchetti, RN"), a service ("Hospitalist service") or a
display beside a reference to someone else is not the requester.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence.record import Note
from .context import Context
from .cosigned import cosigned_by_requester

#: Bracketed specialty or department: "(Peds Endo)", "[Sleep]".
_BRACKETS = lazy_re.compile(r"\([^)]*\)|\[[^\]]*\]")
#: Titles before a name, never a first name.
_TITLES = frozenset({"dr", "doctor", "prof", "mr", "mrs", "ms", "miss"})
#: Credentials written without a comma ("Marchetti MD"): never a first name.
_CREDENTIALS = frozenset({"md", "do", "np", "pa", "pa-c", "aprn", "fnp", "dnp", "mbbs", "phd"})


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^a-z'\-]+", text.lower()) if w]


def _requester_names(ctx: Context) -> list[tuple[list[str], list[str]]]:
    """The requesters' (family words, given names) pairs, lower case, from their Practitioners."""
    out: list[tuple[list[str], list[str]]] = []
    for ident in ctx.order.requester_ids if ctx.order else ():
        practitioner: dict[str, Any] = ctx.record.resolve(f"Practitioner/{ident}") or {}
        for name in practitioner.get("name") or ():
            if not isinstance(name, dict) or not isinstance(name.get("family"), str):
                continue
            family = _words(name["family"])
            given = [w for g in name.get("given") or () if isinstance(g, str) for w in _words(g)]
            if family and len("".join(family)) > 1:
                out.append((family, given))
    return out


def _person_words(display: str) -> list[str] | None:
    """The words naming the person in an author display, credentials and brackets set aside:
    "Hollis Marchetti, MD (Peds Endo)" -> [hollis, marchetti]; "Marchetti, Hollis MD" keeps
    both parts (a surname-first display)."""
    text = _BRACKETS.sub(" ", display)
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None
    words = _words(parts[0])
    if len(words) == 1 and len(parts) > 1:  # "Marchetti, Hollis MD": family name first
        words += _words(parts[1])[:2]
    return [w for w in words if w not in _TITLES and w not in _CREDENTIALS] or None


def _agrees(words: list[str], family: list[str], given: list[str]) -> bool:
    """The display's words hold the family name, and any other name word is the given name or
    its initial (the last word of a display may be a credential: "Hollis Marchetti MD")."""
    size = len(family)
    at = next((i for i in range(len(words) - size + 1) if words[i : i + size] == family), None)
    if at is None:
        return False
    others = words[:at] + words[at + size : at + size + 1] if at == 0 else words[:at]
    if not others:
        return True  # "Dr. Marchetti"
    if not given:
        return False
    first = others[0]
    return any(first == g or (len(first) == 1 and g.startswith(first)) for g in given)


def written_by_requester_name(note: Note, ctx: Context) -> bool:
    """Whether one of the note's authors, written only as a display name, is the requester."""
    raw = ctx.record.resolve(note.ref) or {}
    authors = raw.get("author") if isinstance(raw.get("author"), list) else []
    names = None
    for author in authors:
        if not isinstance(author, dict) or author.get("reference"):
            continue  # a reference decides by itself (documents._by_requester)
        display = author.get("display")
        words = _person_words(display) if isinstance(display, str) else None
        if not words:
            continue
        names = names if names is not None else _requester_names(ctx)
        if any(_agrees(words, family, given) for family, given in names):
            return True
    return False


def signed_or_named(note: Note, names: set[str], ctx: Context) -> bool:
    """Whether the requester co-signed the note (cosigned.py; ``names``: their family names) or
    is its author written only as a display name: ``by_requester`` beside an author reference."""
    if cosigned_by_requester(note, names):
        return True
    return note.kind == "note" and written_by_requester_name(note, ctx)
