"""A note's heading: its title and its first non-blank line.

Many documents say who wrote them or what they are only there -- "TELEPHONE ENCOUNTER - RN
triage", "Supplier ATP Assessment", "HOME HEALTH PLAN OF CARE - RECERTIFICATION" as the first
line of a note typed "Progress note" -- so several readers decide by the heading alone
(nurse_notes.py, supplier_notes.py, signers.py, plan_periods.py, care_start.py, recert_next.py).
"""

from __future__ import annotations

import re

from ..evidence.record import Note


def first_text_line(text: str | None) -> str:
    """The first line of ``text`` that is not blank, "" when there is none."""
    return next((line for line in (text or "").splitlines() if line.strip()), "")


def headed(note: Note, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is found in ``note``'s title or its first non-blank line."""
    return bool(pattern.search(note.title or "") or pattern.search(first_text_line(note.text)))
