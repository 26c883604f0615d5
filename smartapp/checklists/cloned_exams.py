"""An exam a letter repeats word for word from an earlier note is that earlier exam.

A letter of medical necessity often carries the last exam forward without saying so: "Exam:
paraspinal tenderness, SLR neg bilat, strength 5/5, reflexes 2+ sym." written on 1/5 and again,
character for character, in the 3/25 letter after eight weeks of therapy with no visit between
(blind wave 36, EF/lmri-03). A reviewer reads it as the 1/5 exam: Medicare calls documentation
"worded exactly like previous entries" cloned, or "carried forward", and it supports no new
service (Palmetto GBA, "Medical Record Cloning", 2020,
https://www.palmettogba.com/palmetto/rr.nsf/DIDC/8MKQK88358; CMS Medicare B Update 2006 vol. 4
no. 3). copied.py dates text a note says it copied; this dates the silent copy in a letter: an
exam statement long enough to be more than a stock phrase ("Neuro intact." may well be found
again) takes the date of the earliest earlier text that holds the same words. A visit note is
not judged so: a follow-up visit whose exam line repeats the last one is still that visit's
exam as reviewers read it (DK/spinal-injections-03: a "copy-forwarded exam" in a spine
follow-up labelled an exam); a letter records no visit of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from .. import lazy_re

#: Shorter statements are stock phrases a new exam may repeat ("Lungs clear.", "Neuro intact").
MIN_CHARS = 50
_SPACE = lazy_re.compile(r"\s+")
#: A letter, by its title ("Letter", "LMN") or by how it opens: "Letter of medical necessity:",
#: "To whom it may concern", "Dear Dr. ...", "Dear medical reviewer"; not a visit note that
#: mentions a letter ("brought a letter from his employer").
_LETTER_TITLE = lazy_re.compile(r"\b(?:letter|lmn)\b", re.IGNORECASE)
_LETTER_OPENING = lazy_re.compile(
    r"^\W*(?:re:\s*)?(?:(?:letter of|lmn\b)|(?:medical necessity )?letter\b|to whom it may concern|"
    r"dear\s+(?:dr\b|doctor|medical|reviewer|colleague|sir|madam|utilization))",
    re.IGNORECASE,
)


def is_letter(text: Any) -> bool:
    """Whether a text is a letter, by its title or its opening words."""
    return bool(_LETTER_TITLE.search(text.title or "") or _LETTER_OPENING.match(text.text or ""))


def _plain(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def cloned_exams(findings: list[Any], texts: dict[str, Any]) -> list[Any]:
    """``findings`` with each exam statement of a letter found word for word in an earlier-dated
    text (``texts``: ref → text with ``title``, ``text`` and ``date``) dated by the earliest."""
    # The texts' plain bodies, read once a finding is to be looked for in them: most findings
    # are no letter's exam statement, and reading every text again for each call of this was
    # ~3 % of a small bundle's CPU (issue 19, stop 49).
    dated: list[tuple[date, str]] | None = None
    out = []
    for finding in findings:
        text = texts.get(finding.note_ref)
        statement = ""
        judged = (
            not (finding.copied_from or finding.when)
            and text is not None
            and text.date is not None
            and len(statement := _plain(finding.snippet or "")) >= MIN_CHARS
            and is_letter(text)
        )
        earlier: list[date] = []
        if judged:
            if dated is None:
                dated = [
                    (t.date, _plain(t.text or "")) for t in texts.values() if t.date is not None
                ]
            earlier = [d for d, body in dated if d < text.date and statement in body]
        out.append(replace(finding, copied_from=min(earlier)) if earlier else finding)
    return out
