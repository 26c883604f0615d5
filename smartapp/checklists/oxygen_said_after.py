"""Oxygen named in the sentence after a saturation: the test was taken on it.

NCD 240.2 and LCD L33797 qualify home oxygen by a test on room air; a saturation measured with
the oxygen on shows it working, not the need for it. Clinicians often give the condition of the
test as a short remark after the reading rather than in its clause: "Sat 86% with walking. Pt
had O2 on during test.", "SpO2 87% ambulating. Note: on 2 L NC.", "Exercise oximetry nadir 85%.
Test done on 3 L." (room_air.py reads oxygen only in the reading's own clause).

The next sentence conditions the reading only when it is that remark and nothing else: it says
the oxygen was on, gives no reading of its own, names no room air, no oxygen put on or taken
off afterwards ("Then placed on 2 L, sat 93%": a separate, later reading, so the room-air 86%
before it still qualifies), and no home or night regimen or plan ("Uses 2 L at night",
"Plan: home O2 2 L"). A reading whose own sentence names room air is never re-read.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..notes.clause_spans import clause_start
from .room_air import ON_OXYGEN, ROOM_AIR

#: Where a sentence ends: a full stop that is no decimal point, a semicolon, or a line break.
#: Not a dot leader ("Room air, ambulating 4 min ... SpO2 86%" in a flattened results table,
#: blind wave EG/oxygen-03): its dots join a row's label to its reading.
_SENTENCE_END = lazy_re.compile(r"(?<![\d.])\.(?![\d.])|(?<!\.)\.(?=\s)|[;!?\n]")
#: "O2 on", "oxygen was on", "O2 in place": the oxygen running, said without a flow.
_OXYGEN_RUNNING = lazy_re.compile(
    r"\b(?:o2|oxygen|supplemental\s+oxygen)\s+(?:was\s+|were\s+|still\s+|left\s+)*(?:on|in\s+place|running)\b",
    re.IGNORECASE,
)
#: The remark is about the test just given ("during test", "test done on 3 L", "while
#: walking"), or is short enough to be nothing else ("Note: on 2 L NC.").
_ABOUT_TEST = lazy_re.compile(
    r"\b(?:test\w*|during|while|throughout|walk\w*|ambulat\w*|exert\w*|exercis\w*|oximetry|"
    r"readings?|measured|done|performed|obtained|taken|checked|recorded|6mwt?|treadmill|"
    r"at\s+the\s+time|whole\s+time)\b",
    re.IGNORECASE,
)
#: Oxygen changed after the reading, or a regimen or plan rather than the test's condition.
_NOT_THE_CONDITION = lazy_re.compile(
    r"\b(?:placed|put|started|starting|initiated|applied|titrat\w*|increased|decreased|bumped|"
    r"given|administered|then|after|afterwards?|recover\w*|improv\w*|resolv\w*|weaned|off|"
    r"removed|without|w/o|no|not|declined|refused|plan|rx|order\w*|prescrib\w*|recommend\w*|"
    r"will|would|needs?|qualif\w*|home|nightly|night|nocturnal|qhs|sleep\w*|prn|baseline|"
    r"chronic\w*|usual\w*|normally|goal|target)\b|\d{2,3}\s*%(?!\s*fio2)",
    re.IGNORECASE,
)
_MAX_REMARK = 100


def _sentence_end(text: str, start: int) -> int | None:
    match = _SENTENCE_END.search(text, start)
    return match.end() if match else None


def oxygen_said_after(text: str, target_end: int) -> bool:
    """True when the sentence after the reading whose measure name ends at ``target_end`` in
    the note ``text`` says the reading was taken on oxygen (see the module docstring)."""
    value = re.compile(r"\d{2,3}(?:\.\d+)?\s*%?").search(text, target_end)
    if value is None:
        return False
    ends = _sentence_end(text, value.end())
    if ends is None:
        return False
    window = max(0, target_end - 300)
    begins = clause_start(text, target_end, _SENTENCE_END, window)
    if ROOM_AIR.search(text[begins:ends]):
        return False  # "Sat 86% RA walking." says its own condition
    follows = _sentence_end(text, ends)
    remark = text[ends : follows if follows is not None else len(text)].strip()
    if not remark or len(remark) > _MAX_REMARK:
        return False
    if not (ON_OXYGEN.search(remark) or _OXYGEN_RUNNING.search(remark)):
        return False
    if ROOM_AIR.search(remark) or _NOT_THE_CONDITION.search(remark):
        return False
    return bool(_ABOUT_TEST.search(remark)) or len(remark.split()) <= 6
