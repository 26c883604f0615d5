"""A denial written inside brackets answers what the bracket belongs to, not what follows it.

ConText reads a forward denial ("no", "denies") to the end of its statement. A review-of-systems
line that answers one question in brackets and then lists what the patient does have ("Night
sweats? (no - denies fever), loud snoring, witnessed apneas, ESS 16") had its snoring, apneas
and sleepiness denied by the bracket's "denies" (blind wave 55, GX/cpap-03). The bracket closes
the denial's reach: a target after the closing bracket is not denied by a cue inside it. A
bracket left open (a typo) still reads to the end of the statement, as before.

The other way round, a bracket that holds nothing but a denial answers the finding right before
it: "Snoring (denied).", "Chest pain (denies)", "Witnessed apneas (none per wife)" are findings
denied, written as a review-of-systems answer (brief s52-a). ConText reads no denial backward
out of a bracket, so these were read as asserted. Only a bare denial, with at most who gave it:
"Knee pain (denies injury)" denies something else and "Snoring (per wife)" denies nothing.

Nor does a denial before a bracket reach into it when the denial already has its own object
before the bracket opens: "Can no longer walk (was using rollator until Sept, fell x4)" denies
the walking; the bracket is the history that led there, a rollator given up after four falls
(blind wave 87, LU/wheelchair-03). A bracket right after the cue ("Walker: no (...)") is still
the cue's (:func:`aside_opens_after`).
"""

from __future__ import annotations

import re

from .. import lazy_re

_OPEN = {"(": ")", "[": "]"}

#: A bracket right after a finding that holds only a denial and, at most, who gave it or where
#: ("(denied)", "(none per wife)", "(no on ROS)", "[denies]"). Not "(negative)" nor
#: "(absent)": after a test ("ANA (negative)") or an exam sign ("reflexes (absent)") they are
#: the result found, not a denial of it.
_DENIAL_ONLY = lazy_re.compile(
    r"^\s*[(\[]\s*(?:denied|denies|deny|denying|none|no|not present|not reported|"
    r"not endorsed|never)(?:\s+(?:reported|endorsed|noted))?"
    r"(?:\s*[,;:-]?\s*(?:per|by|on|from|according to)\s+[\w./' -]{1,25}?)?\s*[)\]]",
    re.IGNORECASE,
)


def _open_at(text: str, position: int) -> tuple[str, int] | None:
    """The innermost bracket still open at ``position``: (its opening character, where)."""
    stack: list[tuple[str, int]] = []
    for index, char in enumerate(text[:position]):
        if char in _OPEN:
            stack.append((char, index))
        elif stack and char == _OPEN[stack[-1][0]]:
            stack.pop()
    return stack[-1] if stack else None


def open_bracket_at(text: str, position: int) -> tuple[str, int] | None:
    """The innermost bracket still open at ``position`` of ``text``: (its opening character,
    where), or None (for visit_tallies.py)."""
    return _open_at(text, position)


def bracket_closes_between(text: str, trigger: tuple[int, int], target_start: int) -> bool:
    """Whether the cue at ``trigger`` ([start, end) in ``text``) lies inside a bracket that
    closes before ``target_start``, where a finding after it begins."""
    if trigger[1] > target_start:
        return False  # the finding comes first: a bracketed remark about it ("(denied)")
    opened = _open_at(text, trigger[0])
    if opened is None:
        return False
    char, _ = opened
    depth = 0
    for index in range(trigger[1], target_start):
        if text[index] == char:
            depth += 1
        elif text[index] == _OPEN[char]:
            if depth == 0:
                return True
            depth -= 1
    return False


def without_closed_brackets(text: str, start: int) -> str:
    """``text`` with each bracket that opens and closes before ``start`` blanked (same length),
    so a denial cue read before a regex target does not see a bracketed answer's "no"."""
    chars = list(text)
    stack: list[int] = []
    for index, char in enumerate(text[:start]):
        if char in _OPEN:
            stack.append(index)
        elif stack and char == _OPEN[text[stack[-1]]]:
            opened = stack.pop()
            if not stack:  # the outermost bracket: blank it whole, nested ones with it
                chars[opened : index + 1] = " " * (index + 1 - opened)
    return "".join(chars)


def denied_in_bracket_after(text: str, end: int) -> bool:
    """Whether the finding ending at ``end`` of ``text`` is followed by a bracket that holds
    only its denial ("Snoring (denied)", "apneas (none per wife)")."""
    return bool(_DENIAL_ONLY.match(text[end : end + 60]))


#: Who may be the subject of a bracket's denial of what it follows: "TKA (pt declined)",
#: "scope (family refuses)", "(ins denied)": the denial is of the finding before it still.
_SOMEONE = lazy_re.compile(
    r"\b(?:pt|patient|he|she|they|member|family|wife|husband|son|daughter|mother|father|"
    r"ins\w*|payer|plan|surgeon|dr)\b",
    re.IGNORECASE,
)


def denies_bracketed_alternative(text: str, trigger: tuple[int, int], target_end: int) -> bool:
    """Whether the cue at ``trigger`` denies an alternative a bracket opened after the finding
    ending at ``target_end`` names before it: "partial medial meniscectomy (repair if reparable
    zone - unlikely given complex pattern)" plans the meniscectomy, the repair is what is
    unlikely (blind wave 86, LQ/kas-01). A bracket whose cue comes first ("TKA (not a
    candidate)") or whose words before the cue are someone ("TKA (pt declined)") still remarks
    on the finding."""
    if trigger[0] < target_end:
        return False
    opened = _open_at(text, trigger[0])
    if opened is None or opened[1] < target_end:
        return False
    before = text[opened[1] + 1 : trigger[0]]
    return bool(re.search(r"[a-z]{3,}", before, re.IGNORECASE)) and not _SOMEONE.search(before)


#: The last word before a bracket that makes the bracket the denial's own object: "no (...)",
#: "denies (...)", "not (...)".
_CUE_LAST = lazy_re.compile(
    r"\b(?:no|not|none|never|denies|denied|deny|without|w/o|declines|declined|refuses|refused)"
    r"\s*[:,-]?\s*$",
    re.IGNORECASE,
)


def aside_opens_after(text: str, start: int) -> int | None:
    """Where the bracket that holds the target starting at ``start`` opens (the index after
    it) when a word other than a denial cue stands right before it and the bracket says
    something before the target, so a denial earlier in the statement has its own object and
    does not reach into the bracket: "Can no longer walk (was using rollator until Sept, fell
    x4)". None when the target is in no bracket, the bracket follows a cue ("Walker: no (fell
    with cane)") or opens on the target ("No AVN (Ficat 0)")."""
    opened = _open_at(text, start)
    if opened is None:
        return None
    _, where = opened
    before = text[max(0, where - 40) : where]
    if not re.search(r"\w\s*$", before) or _CUE_LAST.search(before):
        return None
    # The bracket says something of its own before the target ("(was using rollator ...")); one
    # that opens on the target qualifies what the denial denies: "No AVN (Ficat 0)".
    if not re.search(r"[a-z]{2,}", text[where + 1 : start], re.IGNORECASE):
        return None
    return where + 1
