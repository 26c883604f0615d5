"""A saturation read in a walk test's own text is an exertional reading, whatever its clause says.

LCD L33797 (Group I) qualifies a patient for oxygen by a saturation at or below 88% during
exercise, on room air, with the oxygen's improvement shown in the same session. OXY-001 asks the
exercise reading's statement to name the exertion ("nadir 84% with ambulation"), so that a nadir
told without its conditions is not taken for a walk. A walk test's report does not repeat the
walk in every clause: "6MWT: rest RA 95%; nadir 86% RA at 3.5 min; on 3 L NC repeat walk nadir
92%." (blind wave 106, ON/oxygen-03, a DiagnosticReport coded LOINC 62760-4 "Six minute walk
test") splits at its semicolons, and the nadir's clause names no walk. Its exertion is its
heading's: the report is the walk test, and so is a line opened by the test's caption ("6MWT:",
"Six-minute walk 11/03:", "Ambulatory oximetry (RA):").

:func:`walk_test_heading` gives the words that say so, the text's title or the caption leading
the finding's line, for ``statement_mentions`` to read with the statement. Not a reading its own
clause says was taken asleep (an overnight oximetry's nadir qualifies by its minutes,
asleep_readings.py), and the room-air and supplier filters still apply to the reading itself:
"on 3 L NC repeat walk nadir 92%" is the oxygen's improvement, no qualifying reading, and no
heading makes a walk of a reading after oxygen named on its line ("6MWT on 3 L NC: rest 96%;
nadir 87%": the room-air filter reads only the reading's own clause). A caption
that plans the test ("6MWT next visit:", "Plan: 6MWT") heads no result; a statement that plans
or supposes a reading is no asserted one anyway.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .asleep_readings import read_asleep
from .room_air import ON_OXYGEN

#: A walk test's name: the six-minute walk (6MWT, 6MW, "six minute walk"), a walk or ambulation
#: test, an ambulatory, exercise or exertional oximetry, an oxygen titration walk.
_WALK_TEST = (
    r"(?:6\s*-?\s*mwt?|6\s*-?\s*min(?:ute)?\s+walk(?:\s+test)?|six[- ]min(?:ute)?\s+walk"
    r"(?:\s+test)?|(?:o2\s+|oxygen\s+)?walk(?:ing)?\s+test|ambulation\s+test|ambulatory\s+"
    r"(?:oximetry|sat(?:uration)?s?|spo2)|(?:exercise|exertional)\s+(?:oximetry|test(?:ing)?|"
    r"sat(?:uration)?s?|spo2)|(?:o2|oxygen)\s+titration\s+walk)"
)
_TITLE = lazy_re.compile(rf"\b{_WALK_TEST}\b", re.IGNORECASE)
#: The test's caption opening a line (after a bullet or a short heading such as "O:"): its name,
#: then at most a date, "today" or its room-air condition in words or brackets, then a colon.
#: Not one that plans it ("6MWT next visit:", "Plan: 6MWT") nor one on oxygen ("6MWT on 2 L:"):
#: those words do not fit between the name and the colon.
_CAPTION = lazy_re.compile(
    rf"^\s*(?:[-*\u2022]\s*|\d{{1,2}}[.)]\s*)?(?:(?:o|obj|objective|results?|data|tests?)\s*:\s*)?"
    rf"(?:see\s+)?{_WALK_TEST}\b(?:\s*\(?\s*(?:today|on\s+(?:ra|room\s+air)|ra|room\s+air|"
    rf"\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}})\s*\)?){{0,2}}\s*[:=-]",
    re.IGNORECASE,
)


def walk_test_heading(finding: Any, text: Any) -> str:
    """The words naming the walk test a saturation ``finding`` of ``text`` (a record text with
    ``title``, ``kind`` and ``text``) was read in: the title of a report of a walk test, or the
    caption opening the finding's line; "" when neither, or when the reading was asleep."""
    if finding.category != "measure" or not finding.concept.startswith("spo2"):
        return ""
    if read_asleep(finding.snippet, finding.text):
        return ""  # "ONO: nadir 84%" qualifies by its minutes, not as a walk (module doc)
    body = text.text or ""
    line = body[body.rfind("\n", 0, finding.start) + 1 : finding.start]
    if ON_OXYGEN.search(line):
        return ""  # "6MWT on 3 L NC: rest 96%; nadir 87%": the walk was on oxygen (titration)
    title = (text.title or "") if text.kind in ("report", "note") else ""
    if _TITLE.search(title):
        return title
    caption = _CAPTION.match(line)
    return caption.group() if caption else ""
