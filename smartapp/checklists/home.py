"""``in_home: true``: a mobility limitation counts only when it is one inside the home.

NCD 280.3 (canes, walkers, wheelchairs) covers equipment for a limitation that keeps the patient
from mobility-related daily activities in the home. A limit stated only for the community
("limits community walking distance", "can't get through the grocery store") is not one; and a
note that says the patient manages safely at home ("Indep w/ ADLs in home w/ cane"), or that
asks for the device only for trips out ("wheelchair for shopping trips and doctor visits"),
outweighs its own and older distance or gait statements that do not name the home. A statement
that names the home or a daily activity in it (toileting, bathing, getting to the bathroom)
still counts. A limitation the note only foresees after a surgery not yet done ("After surgery
she will be unable to walk without support", "Post-op pt expected to have difficulty walking")
is none in the home now (see ``FORESEEN_AFTER_SURGERY``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_text
from ..notes.clauses import stop_bounded_clause

COMMUNITY = lazy_re.compile(
    r"\b(?:community|outdoors?|outside|in public|stores?|shopping|mall|grocer(?:y|ies)|church|"
    r"errands|parking lots?|long distances?|outings?)\b",
    re.IGNORECASE,
)
HOME = lazy_re.compile(
    r"\b(?:home|house|household|indoors?|apartment|bathroom|toilet\w*|commode|bed(?:room)?|"
    r"kitchen|shower\w*|bath(?:e|es|ing|tub)?|dress\w*|groom\w*|feed\w*|room to room)\b",
    re.IGNORECASE,
)
# "Independent at home", "walks safely in the house"; not independence that already takes a
# walker or a wheelchair (that device is the need), and not a sentence that denies it or names a
# difficulty ("cannot walk safely within her home without holding furniture").
INDEPENDENT_AT_HOME = lazy_re.compile(
    r"\b(?:indep\w*|safe(?:ly)?)\b[^.;\n]{0,50}?"
    r"\b(?:in|at|around|inside|within) (?:the |her |his |their )?(?:home|house|apartment)\b",
    re.IGNORECASE,
)
#: Falls the sentence tells, which a "no", "denies" or "0" before them does not deny (nor
#: "fell asleep", "fallen arches").
FALLS = r"(?<!no )(?<!denies )(?<!0 )falls|fell(?!\s+asleep)|fallen(?!\s+(?:asleep|arch))|falling"
# ... nor one that tells of falls: "walks independently with a cane, though she has had two
# falls at home" (lead's class s64) is falls at home, not independence there.
_NOT_SO = lazy_re.compile(
    r"\b(?:walker|rollator|wheel\s?chair|w/c|scooter|not|cannot|can'?t|unable|never|no longer|"
    rf"unsafe|difficult\w*|furniture|holding|needs?|requires?|{FALLS})\b",
    re.IGNORECASE,
)


def independent_at_home(text: str) -> bool:
    """The text says the patient manages at home (without a walker or wheelchair)."""
    return any(
        not _NOT_SO.search(_sentence(text, m.start(), m.end()))
        for m in INDEPENDENT_AT_HOME.finditer(text)
    )


# The device asked for trips out of the home ("Daughter asks for wheelchair for shopping trips
# and doctor visits", "transport chair for outings"): a need the note itself places in the
# community (blind wave 35, EA/wheelchair-02). Not a sentence that also names the home
# ("wheelchair for bathroom trips and outings"), nor a chair the patient already uses out of
# the home ("uses a wheelchair for long distances"): the need asked for, not a habit.
COMMUNITY_NEED = lazy_re.compile(
    r"\b(?:asks?|asked|asking|requests?|requested|requesting|wants?|wanted|would like|needs?|"
    r"needed|order\w*|rx|prescrib\w*)\b[^.;\n]{0,20}?"
    r"\b(?:wheel\s?chairs?|w/c|transport chairs?|scooter|rollator|walker)\b[^.;\n]{0,30}?"
    r"\b(?:for|to use (?:for|on|at|in)|only (?:for|on|at|in)|when)\b[^.;\n]{0,20}?"
    r"\b(?:community|outings?|outdoors?|outside|trips?|shopping|stores?|errands|church|"
    r"(?:doctor(?:'s)?|dr\.?|medical|clinic|md) (?:visits?|appointments?|appts?)|"
    r"appointments?|appts?|"
    r"long distances?|travel\w*|vacations?|(?:the )?mall|grocer(?:y|ies)|parks?|events?)\b",
    re.IGNORECASE,
)


def community_need(text: str) -> bool:
    """The text asks for the device only for trips out of the home (see ``COMMUNITY_NEED``)."""
    return any(
        not HOME.search(_sentence(text, m.start(), m.end())) for m in COMMUNITY_NEED.finditer(text)
    )


#: Where the sentence of a need for the community ends: a full stop, a semicolon, a line.
_SENTENCE_STOP = lazy_re.compile(r"[.;\n]")


def _sentence(text: str, start: int, end: int) -> str:
    return clause_text(text, start, end, _SENTENCE_STOP)


# A limit the clause foresees after a surgery: a future or expectation before the finding, and
# the surgery named as what it follows (blind wave JT/dme-walker-03, a walker dispensed "so she
# has it for after surgery" before a knee replacement not yet done). Not the limit a patient
# has since a surgery done ("post-op she has been unable to walk"), nor one written before the
# clause's plan ("Unable to walk more than 20 ft in her home, will need RW after surgery").
_FORESEEN = lazy_re.compile(
    r"(?:\b(?:will|would|going to|expect\w*|anticipat\w*|likely|predict\w*|foresee\w*)\b|"
    r"\w['\u2019]ll\b)",
    re.IGNORECASE,
)
_AFTER_SURGERY = lazy_re.compile(
    r"\bpost[- ]?op\w*|\b(?:after|following|once)\s+(?:(?:the|her|his|their|a|an|l|r|lt|rt|"
    r"left|right|planned|scheduled|upcoming)\s+)*(?:surgery|operation|procedure|tka|tha|tkr|thr|"
    r"arthroplasty|replacement|fusion|amputation|repair)\b",
    re.IGNORECASE,
)


def foreseen_after_surgery(finding: Any, texts: dict[str, str]) -> bool:
    """Whether the clause of ``finding`` foresees it after a surgery (``_FORESEEN``)."""
    text, start, end = texts.get(finding.note_ref, ""), finding.start, finding.end
    if text[start:end] != finding.text:  # no offsets: read the statement
        text = finding.snippet
        start = max(text.lower().find(finding.text.lower()), 0)
        end = start + len(finding.text)
    left, right = stop_bounded_clause(text, start, end)
    return bool(_FORESEEN.search(text[left:start])) and bool(
        _AFTER_SURGERY.search(text[left:right])
    )


def in_the_home(
    findings: Iterable[Any], texts: Iterable[Any], dates: dict[str, date | None], as_of: date
) -> list[Any]:
    """The findings that show a limitation inside the home (see the module docstring)."""
    # A note that says the patient manages at home, or that asks for the device only for
    # trips out (NCD 280.3 covers no need outside the home), outweighs its own and older
    # statements of gait or distance that do not name the home.
    texts = list(texts)
    by_ref = {n.ref: n.text or "" for n in texts}
    independent = [
        n.date
        for n in texts
        if n.date and n.date <= as_of and n.text
        and (independent_at_home(n.text) or community_need(n.text))
    ]  # fmt: skip
    latest = max(independent, default=None)
    out = []
    for finding in findings:
        snippet = finding.snippet
        if foreseen_after_surgery(finding, by_ref):
            continue  # "After surgery she will be unable to walk": none at home now
        if independent_at_home(snippet):
            continue  # "Indep w/ ADLs in home w/ cane" states no limitation
        names_home = bool(HOME.search(snippet))
        if COMMUNITY.search(snippet) and not names_home:
            continue  # "limits community walking distance"
        written = finding.copied_from or dates.get(finding.note_ref)
        if latest and written and written <= latest and not names_home:
            continue  # a newer (or the same) note says the patient manages at home
        out.append(finding)
    return out
