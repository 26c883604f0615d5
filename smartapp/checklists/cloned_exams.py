"""An exam statement repeated word for word from an earlier note is that earlier exam.

A letter of medical necessity or a later note often carries the last exam forward without
saying so: "Exam: paraspinal tenderness, SLR neg bilat, strength 5/5, reflexes 2+ sym." written
on 1/5 and again, character for character, in the 3/25 letter after eight weeks of therapy with
no visit between (blind wave 36, EF/lmri-03). A reviewer reads it as the 1/5 exam: Medicare
calls documentation "worded exactly like previous entries" cloned, or "carried forward", and it
supports no new service (Palmetto GBA, "Medical Record Cloning", 2020,
https://www.palmettogba.com/palmetto/rr.nsf/DIDC/8MKQK88358; CMS Medicare B Update 2006 vol. 4
no. 3). copied.py dates text a note says it copied; this dates the
silent copy: an exam statement long enough to be more than a stock phrase ("Neuro intact." may
well be found again) takes the date of the earliest earlier text that holds the same words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

#: Shorter statements are stock phrases a new exam may repeat ("Lungs clear.", "Neuro intact").
MIN_CHARS = 50
_SPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def cloned_exams(findings: list[Any], texts: dict[str, Any]) -> list[Any]:
    """``findings`` with each exam statement found word for word in an earlier-dated text
    (``texts``: ref → text with ``text`` and ``date``) dated by the earliest such text."""
    dated = [(t.date, _plain(t.text or "")) for t in texts.values() if t.date is not None]
    out = []
    for finding in findings:
        text = texts.get(finding.note_ref)
        statement = _plain(finding.snippet or "")
        if finding.copied_from or finding.when or text is None or text.date is None:
            out.append(finding)
            continue
        if len(statement) < MIN_CHARS:
            out.append(finding)
            continue
        earlier: list[date] = [d for d, body in dated if d < text.date and statement in body]
        out.append(replace(finding, copied_from=min(earlier)) if earlier else finding)
    return out
