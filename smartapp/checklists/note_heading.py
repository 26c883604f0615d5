"""A note's heading: its title and its first non-blank line.

Many documents say who wrote them or what they are only there -- "TELEPHONE ENCOUNTER - RN
triage", "Supplier ATP Assessment", "HOME HEALTH PLAN OF CARE - RECERTIFICATION" as the first
line of a note typed "Progress note" -- so several readers decide by the heading alone
(nurse_notes.py, supplier_notes.py, signers.py, plan_periods.py, care_start.py, recert_next.py).

A title may also be read by a note concept's own words (``title_states``): "SLP Outpatient
Evaluation" is the slp-evaluation the note reader finds in a text (blind wave 74, JR/slp-02),
with no second list of titles to keep in step with it.
"""

from __future__ import annotations

import re
from functools import cache

from ..evidence.record import Note


def first_text_line(text: str | None) -> str:
    """The first line of ``text`` that is not blank, "" when there is none."""
    return next((line for line in (text or "").splitlines() if line.strip()), "")


def headed(note: Note, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is found in ``note``'s title or its first non-blank line."""
    return bool(pattern.search(note.title or "") or pattern.search(first_text_line(note.text)))


@cache
def _concept_patterns(label: str) -> tuple[re.Pattern[str], ...]:
    """The phrases and regexes of one note concept ("category|concept", targets.yaml) as
    case-blind patterns; token patterns are spaCy's, and titles are read without it."""
    from ..notes.findings import load_targets  # the NLP stack loads only when a title is read

    category, _, concept = label.partition("|")
    patterns = []
    for entry in load_targets().get(category, {}).get(concept, ()):
        if isinstance(entry, dict) and "regex" in entry:
            patterns.append(re.compile(entry["regex"], re.IGNORECASE))
        elif isinstance(entry, str):
            patterns.append(re.compile(rf"\b{re.escape(entry)}\b", re.IGNORECASE))
    return tuple(patterns)


def title_states(title: str, labels: list[str] | tuple[str, ...]) -> bool:
    """Whether ``title`` says one of the note concepts ``labels`` ("category|concept")."""
    return bool(title) and any(
        p.search(title) for label in labels for p in _concept_patterns(label)
    )
