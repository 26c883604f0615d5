"""Care its own clause orders under a plan heading is planned, whatever else the statement tells.

A plan-section statement that reports care had (statement_kinds.reports_done: "failed",
"failing", "despite") is read as history, every finding in it. But an assessment often goes on in
the same sentence to the care it now orders: "UC failed mesalamine, start azathioprine x 12 weeks
then reassess", "failing mesalamine - begin AZA 2.5 mg/kg x 3 months", "failed 5-ASA, will start
azathioprine". Read as history, the ordered drug's weeks were twelve weeks taken, and a step
therapy still to begin met INF-002 (found with blind wave 71, JL/inf-03). The order verb opens
the drug's own clause, a few words before it at most ("start low-dose azathioprine"); "started
azathioprine 10/2024" (past tense) and "continue azathioprine" order nothing new. Nor do the
ordered drug's weeks reach the drug the clause before names: the statement's durations are
shared among its care (checklists/care_parts.py), and "failed mesalamine, start azathioprine x
12 weeks" made twelve weeks of mesalamine.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: An order verb opening a clause (the statement's start, or after a comma, semicolon, colon,
#: bracket, spaced dash, "and" or "then"), then up to three words before the finding.
_ORDERED = lazy_re.compile(
    r"(?:^|[,;:(]|\s[-\u2013]|\b(?:and|then))\s*"
    r"(?:(?:will|to|plan(?:s|ning)?\s+to|we\s+will|would\s+like\s+to)\s+)?"
    r"(?:start|begin|initiate|commence|recommend(?:ed)?|plan|trial\s+of|try)"
    r"(?:\s+[A-Za-z0-9][\w'/.-]*){0,3}?\s+$",
    re.IGNORECASE,
)


def ordered_in_its_clause(statement: str, at: int) -> bool:
    """Whether the finding at ``at`` in a plan-section ``statement`` follows an order verb that
    opens its clause: "..., start azathioprine", "- begin AZA", "; recommend azathioprine"."""
    return bool(_ORDERED.search(statement, 0, at))
