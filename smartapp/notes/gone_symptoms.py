"""A complaint the patient says is gone is no present symptom: 'States chest discomfort "pretty
much gone" on the omeprazole' reports the symptom resolved on treatment, so the call evaluates
no current symptom for the test (blind wave 51, GJ/card-02: the only recent contact a telephone
note saying so; the last evaluation of the symptom months before).

Read right after the symptom's name, in its own clause: "chest pain resolved", "chest pressure
now gone", 'dyspnea "mostly resolved"'. An episode that resolved is still the symptom ("chest
pain at rest, resolved with rest", "resolved spontaneously after 10 min", "resolved within an
hour"): those words describe the episode, not its end.
"""

from __future__ import annotations

import re

from .. import lazy_re

_GONE = lazy_re.compile(
    r"^[\s\"'\u201c\u201d]*"
    r"(?:(?:is|are|has|have|had|been|now|since|pretty\s+much|mostly|essentially|completely|"
    r"largely|basically|all)\s+){0,3}(?:gone|resolved)\b",
    re.IGNORECASE,
)
#: How an episode ended, said after "resolved": the episode's course, not the symptom's end.
_EPISODE_END = lazy_re.compile(
    r"[\s\"'\u201c\u201d]*(?:(?:with(?:in)?|after|spontaneously|on\s+its\s+own|in\s+\d|"
    r"over|when|by\s+itself)\b|w/)",
    re.IGNORECASE,
)


def said_gone(after: str) -> bool:
    """True when the text right after a symptom's name (``after``) says it is gone or resolved,
    not how one episode of it ended."""
    gone = _GONE.match(after)
    return bool(gone) and not _EPISODE_END.match(after, gone.end())
