"""Where a note finding's target stands in its statement.

A finding carries its note offsets (``start``/``end``) and its statement (``snippet``); the
readers of a statement's words (room_air, asleep_readings, named_procedure, relief_lasting) need
the target's place within the statement, when the statement names the measure more than once
('SpO2 92% RA at rest, walking on 2L SpO2 87%'). Moved out of measures.py so noted_on_oxygen.py
reads a note's reading the same way note_value does.
"""

from __future__ import annotations

from typing import Any


def in_snippet(finding: Any, texts: dict[str, str]) -> int | None:
    """Where the finding's target stands in its statement (its note offset less the
    statement's), or None when the statement is not found verbatim in the note."""
    text = texts.get(finding.note_ref, "")
    size = len(finding.snippet)
    begins = text.rfind(finding.snippet, 0, finding.start + size) if size else -1
    return finding.start - begins if 0 <= begins <= finding.start else None
