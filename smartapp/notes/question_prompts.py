"""A form's question, its "not" no denial of the answer written after it.

Mobility templates ask why each cheaper device will not do, one prompt a line: "Why not
cane/walker: uses rollator now - insufficient (distance/desaturation)", "Why not manual
wheelchair: trialed in clinic - propelled 12 ft then dyspneic" (blind wave 41, EZ/whc-03; NCD
280.3 asks the prescriber to rule each device out in turn). The "not" is the question's own;
ConText and the regex targets' denial cue read it forward over the answer, so the walker that
failed was read as denied. A finding that reaches past the prompt's colon or question mark is
the answer's: the question's denial words are not its. A target inside the question ("Why not
cane or walker?") is only named by it and stays as read.

The answer works the other way too: a question answered "no" and closed by a comma, semicolon
or dash ("FCE planned? - no, proceed straight to work hardening per PT rec.": blind wave 104,
OI/occ-01) denies the question's subject, which the field-answer rule reads (field_answers.py),
not what the writer goes on to say after it: ConText read its "no" forward over "per PT rec", and
that newest, denied mention of PT took back the PT course an older note told
(:func:`answered_no_before`). A second denial of the clause after it still denies ("Falls? - no,
no near-falls").

A field whose answer is that nobody knows yet ("Work related? pt says 'not sure'", "Work-related:
unsure") names the target without stating it: the target is uncertain (:func:`answered_unsure`).
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A question opened by "why" and closed by ":" or "?" within the line, up to 60 characters:
#: the prompt of a form's field.
_WHY_PROMPT = lazy_re.compile(r"\bwhy\b[^.;:?!\n]{1,60}?[:?]", re.IGNORECASE)


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


#: A question's answer "no" right after its mark (and a dash), then the comma, semicolon or
#: spaced dash that closes the answer: "? - no, ...", "? No; ...", "? no - ...". Only after a
#: question mark: "ROS: no, fever ..." may be a list the "no" denies.
_ANSWERED_NO = lazy_re.compile(
    r"\?\s*(?:[-\u2013\u2014]{1,2}\s*)?(no|nope|none)\s*(?:[,;]|\s[-\u2013\u2014]{1,2}\s)",
    re.IGNORECASE,
)


def answers_no(text: str) -> list[tuple[int, int, int]]:
    """Each question's "no" answer in ``text``: (start, end) of the "no" and where the answer
    closes (after its comma, semicolon or dash)."""
    return [(m.start(1), m.end(1), m.end()) for m in _ANSWERED_NO.finditer(text)]


def answered_no_before(text: str, trigger: tuple[int, int], start: int) -> bool:
    """Whether the cue at ``trigger`` ([start, end) in ``text``) is a question's "no" answer
    that closes before ``start``, where a finding begins: the answer's word, not a denial of
    what follows it."""
    return any(
        low <= trigger[0] and trigger[1] <= high and closed <= start
        for low, high, closed in answers_no(text)
    )


def without_answers_no(text: str, start: int) -> str:
    """``text`` with each question's "no" answer closed before ``start`` blanked (same length),
    so a denial cue read before a regex target does not see the answer's "no"."""
    for low, high, closed in answers_no(text):
        if closed <= start:
            text = text[:low] + " " * (high - low) + text[high:]
    return text


#: The answer right after a field's name (its "?", ":" or "-"), the patient's or the writer's,
#: saying it is not known: "? pt says 'not sure'", ": unsure", "- unknown", ": ??".
_UNSURE_ANSWER = lazy_re.compile(
    r"^\s*[?:=-]\s*(?:(?:pt|patient|he|she)\s+(?:says|states|reports|is)\s+)?[\"'“‘]?\s*"
    r"(?:not\s+sure|unsure|unknown|uncertain|unclear|undetermined|undecided|\?{1,3}(?!\w))",
    re.IGNORECASE,
)


def answered_unsure(after: str) -> bool:
    """Whether ``after`` (the text right after a target) answers its field as not known: the
    s42-d session's "Work related? pt says 'not sure'" was read as an injury at work."""
    return bool(_UNSURE_ANSWER.match(after))
