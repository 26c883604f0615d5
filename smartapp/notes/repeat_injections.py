"""A repeat spinal block told with what it gave is a block done, not one to come.

ConText's bare "repeat" (context.yaml HYPOTHETICAL) rightly makes "repeat TFESI", "plan repeat
MBB" a procedure still to do. But the procedure note of the second block of a diagnostic pair
opens the same way and then reports it: "Repeat R L4-5, L5-S1 MBB with lidocaine. Pre 7, post
1/10 at 30 min - 3 h (86% relief)." (blind wave 103, OC/ipn-03). Read as to come, the second of
the two medial branch blocks LCD L38773 asks for before an ablation was none, and IPN-008 found
one block of two. repeat_results.py reads the same shape for a test's result.

So a spinal injection whose only cues for something to come are a bare "repeat" (or "rpt")
before it is done when its own sentence, or the next one, reports it: a post-procedure reading
("post 1/10"), a relief held for hours ("90% relief for 3 hours") or words of a procedure
performed ("tolerated well", "no complications"). Not a bare percentage ("Repeat TFESI. 70%
relief x 4 mo." gives the prior epidural's response), nor when those sentences say it is still
ahead or conditional ("if >= 80% relief", "goal 80% relief", "next week", "will") or make the
reading an earlier block's ("prior block gave 86%", "first MBB 85%"): those leave it to come, as
does a "Plan:" heading (the finding's own ``planned`` flag, untouched here).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .cues import sentence_at
from .repeat_results import only_bare_repeat_before

#: The injections a diagnostic or repeat series counts (IPN-008's blocks, IPN-009's epidurals).
_INJECTIONS = frozenset({"conservative-treatment|epidural-injection"})
#: Words between the "repeat" and the injection that make it a plan or a condition ("repeat in
#: 2 wks MBB", "repeat if needed MBB", "repeat vs RFA").
_NOT_HAD_BETWEEN = lazy_re.compile(
    r"\b(?:if|unless|when|to|will|in|for|next|plan(?:ned)?|vs|versus|or)\b|[.;\n]", re.IGNORECASE
)
#: What the procedure gave or how it went: "post 1/10", "90% relief for 3 hours per diary",
#: "tolerated well". A percentage alone is not enough: "Repeat TFESI. 70% relief x 4 mo." is a
#: plan line giving the prior epidural's response; a block's own relief is held for hours.
_REPORTED = lazy_re.compile(
    r"\bpost(?:-?(?:procedure|block|injection|op))?\b[^.;\n]{0,25}?\d"
    r"|\b\d{1,3}\s*%\s*(?:pain\s+)?(?:relief|improvement|reduction)?[^.;\n]{0,20}?"
    r"\b(?:\d+\s*(?:h|hrs?|hours?|min|mins|minutes)\b|per\s+(?:pain\s+)?diary)"
    # Words of a procedure note, not of other care told beside it ("Completed PT x 6 wks").
    r"|\b(?:tolerated\s+(?:well|the\s+procedure)|no\s+(?:immediate\s+)?complications)\b",
    re.IGNORECASE,
)
#: Words that leave the repeat ahead, conditional, or make the reading an earlier block's.
_NOT_YET = lazy_re.compile(
    r"\b(?:if|unless|goal|target|aim|hop(?:e|es|ing)|expect\w*|need\w*|would|should|will|plan\w*|"
    r"next|schedul\w*|pending|proceed|consider\w*|to\s+(?:confirm|be)|prior|previous|prev|last|"
    r"first|1st|initial|earlier|before)\b",
    re.IGNORECASE,
)


def repeat_injection_done(ent: Any, label: str, note_text: str, at: int) -> bool:
    """Whether the spinal injection ``ent`` (a spaCy span labelled ``label``, ending at ``at`` of
    ``note_text``) is to come only by a bare "repeat" before it and its sentence or the next
    reports it as given (module doc)."""
    if not _INJECTIONS.intersection(label.split(";")):
        return False
    cue = only_bare_repeat_before(ent)
    if cue is None or _NOT_HAD_BETWEEN.search(ent.doc.text[cue.end_char : ent.start_char]):
        return False
    told = _this_and_next_sentence(note_text, at)
    return not _NOT_YET.search(told) and bool(_REPORTED.search(told))


def _this_and_next_sentence(note_text: str, at: int) -> str:
    """The rest of the sentence from ``at`` and the whole sentence after it on its line."""
    sentence, low = sentence_at(note_text, at)
    end = low + len(sentence)
    rest = note_text[at:end]
    following = note_text[end : end + 2].lstrip(" .")
    if end >= len(note_text) or following.startswith("\n"):
        return rest
    start = end + len(note_text[end:]) - len(note_text[end:].lstrip(" ."))
    after, _ = sentence_at(note_text, start)
    return rest + " " + after


__all__ = ["repeat_injection_done"]
