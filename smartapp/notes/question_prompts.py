"""A form's question, its "not" no denial of the answer written after it.

Mobility templates ask why each cheaper device will not do, one prompt a line: "Why not
cane/walker: uses rollator now - insufficient (distance/desaturation)", "Why not manual
wheelchair: trialed in clinic - propelled 12 ft then dyspneic" (blind wave 41, EZ/whc-03; NCD
280.3 asks the prescriber to rule each device out in turn). The "not" is the question's own;
ConText and the regex targets' denial cue read it forward over the answer, so the walker that
failed was read as denied. A finding that reaches past the prompt's colon or question mark is
the answer's: the question's denial words are not its. A target inside the question ("Why not
cane or walker?") is only named by it and stays as read.
"""

from __future__ import annotations

import re

#: A question opened by "why" and closed by ":" or "?" within the line, up to 60 characters:
#: the prompt of a form's field.
_WHY_PROMPT = re.compile(r"\bwhy\b[^.;:?!\n]{1,60}?[:?]", re.IGNORECASE)


def prompts(text: str) -> list[tuple[int, int]]:
    """The [start, end) of every why-question prompt in ``text``, its closing mark included."""
    return [(m.start(), m.end()) for m in _WHY_PROMPT.finditer(text)]


def answered_prompt(text: str, trigger: tuple[int, int], end: int) -> bool:
    """Whether the cue at ``trigger`` ([start, end) in ``text``) lies in a why-question prompt
    that closes before ``end``, where a finding ends: the question's word, not the answer's."""
    return any(low <= trigger[0] and trigger[1] <= high <= end for low, high in prompts(text))


def without_answered_prompts(text: str, end: int) -> str:
    """``text`` with the words of each why-question prompt closed before ``end`` blanked (same
    length), so a denial cue read before a regex target does not see the question's "not"."""
    for low, high in prompts(text):
        if high <= end:
            text = text[:low] + " " * (high - low) + text[high:]
    return text
