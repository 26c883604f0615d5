"""A drug taken only now and then, and whether the patient took it on their own.

"ibuprofen 'on and off'", "occasionally", "hardly uses it", "a few times a week": the mention
counts on the note's day only, no sustained trial of the drug (blind wave 14, AU/hip-02); with no
clinician named, or only a prescription of before the drug is taken from ("occasionally from an
old Rx"), no provider-directed trial at all (blind wave 14, AS/lmri-02; wave 98, NL/lmri-02).
Split from courses.py (stop 61), which keeps whether care was a course or was stopped.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..notes.clauses import _clauses, clause_of
from .courses import MEDICATION_CONCEPTS

#: A clinician's prescription named in the statement ("prescribed", "Rx", "per Dr. X").
_PRESCRIBED = lazy_re.compile(r"\b(?:prescribed|rx'?d?|per dr|by dr|advised|as directed)\b", re.I)

#: A drug taken now and then, as a note writes it: "ibuprofen 'on and off' for a few weeks",
#: "occasionally", "sporadically", "when it's bad, a few times a week". Its weeks are
#: no sustained trial: the mention counts on the note's day only (blind wave 14, AU/hip-02).
_INTERMITTENT = lazy_re.compile(
    r"\b(?:on (?:and|&) off|off (?:and|&) on|on-and-off|off-and-on|occasional(?:ly)?|"
    r"sporadic(?:ally)?|now and (?:then|again)|here and there|once in a (?:great )?while|"
    r"intermittent(?:ly)?|sometimes|only when (?:needed|it'?s bad)|"
    r"when (?:it'?s|it is|the pain is|pain is|knee is|back is) (?:bad|worse|severe|flaring)|"
    r"(?:a few|a couple(?: of)?|one or two|once or twice|1-2|2-3) times? (?:a|per|/) ?"
    r"(?:week|wk|month|mo)|"
    # A handful of doses in all ('using the muscle relaxer "a few times"' since the last visit;
    # blind wave 32, DN/lmri-02) is fewer still: no course of the drug.
    r"(?:a few|a couple(?: of)?|one or two|1-2|2-3) times(?!\s*(?:a|per|/|each|every|daily|"
    r"weekly|nightly|monthly)\b)|once or twice(?!\s*(?:a|per|/|each|every|daily|weekly|"
    r"nightly|monthly)\b)|"
    # One dose in all ("tried a friend's Tylenol once": blind wave 40, EV/lumbar-mri-02): not
    # "once daily", "once a week", nor the "once" of a time to come ("once pain settles").
    r"(?:only |just )?once(?=\s*(?:$|[.;,)!]|(?:and|but|with|without|before|last|only|"
    r"yesterday|ever)\b))|"
    # Seldom, in the patient's words or the clinician's: "taking cyclobenzaprine 'some nights'",
    # "rarely uses the naproxen", "hardly uses it", "a few nights a week", "only on bad days"
    # (blind wave 93, MR/lumbar-mri-02). Not "most nights", "nightly", "uses most days".
    r"some (?:nights?|days?|evenings?|mornings?)|only on (?:bad|the worst) days|"
    r"(?:a few|a couple(?: of)?|one or two|1-2|2-3) (?:nights|days|evenings) (?:a|per|/) ?"
    r"(?:week|wk|month|mo)|rarely(?!\s+miss)|seldom|infrequently|not (?:very )?often|"
    r"(?:hardly|barely)(?: ever)? (?:uses?|using|used|takes?|taking|took|needs?))\b",
    re.IGNORECASE,
)


#: A clause that points back at the drug named before it: "it", "them", "this", "that one".
_POINTS_BACK = lazy_re.compile(r"\b(?:it|them|this|that(?:\s+one)?)\b", re.IGNORECASE)


def taken_now_and_then(finding: Any) -> bool:
    """Whether a medication statement says the drug was taken only now and then, in the clause
    naming it (not "naproxen BID x 8 wks; occasional tylenol"), or in the next clause, which
    points back at it: "Has Flexeril at home, hardly uses it", "Rx'd meloxicam - takes it
    rarely" (brief s80-care; the comma or dash had cut the drug from its use)."""
    snippet = finding.snippet
    at = snippet.lower().find(finding.text.lower())
    if at < 0:
        return False
    clauses = _clauses(snippet)
    index = next((i for i, (a, b) in enumerate(clauses) if a <= at < b), None)
    if index is None:
        return bool(_INTERMITTENT.search(clause_of(snippet, at)))
    low, high = clauses[index]
    if _seldom_in(snippet, low, high):
        return True
    # The next clause with words (", but" leaves an empty one between its two breaks).
    low, high = next(((a, b) for a, b in clauses[index + 1 :] if snippet[a:b].strip()), (0, 0))
    return _seldom_in(snippet, low, high) and bool(_POINTS_BACK.search(snippet, low, high))


def _seldom_in(snippet: str, low: int, high: int) -> bool:
    """Whether the clause [low, high) says the drug is taken seldom: in its own words, or in
    words begun in it that the clause breaker cut, whose "while" it reads as a conjunction
    ('Takes ibuprofen "once in a while"' was cut at "while" and read as a course: blind wave
    100, NP/tsa-03)."""
    if low >= high:
        return False
    if _INTERMITTENT.search(snippet, low, high):
        return True
    found = _INTERMITTENT.search(snippet, low)
    return found is not None and found.start() < high


#: A prescription of before, the drug taken from what is left of it: "Takes the cyclobenzaprine
#: occasionally from an old Rx" (blind wave 98, NL/lmri-02), "leftover Flexeril from a prior
#: prescription", "an expired Rx", "his wife's prescription". No clinician directs this use.
_OLD_RX = lazy_re.compile(
    r"\b(?:old|older|expired|previous|prior|past|earlier|leftover|left[- ]over|remaining|"
    r"(?:his|her|their)\s+(?:wife|husband|spouse|partner|mother|mom|father|dad|son|daughter|"
    r"friend|sister|brother|roommate)'?s)\s+(?:rx|prescriptions?|scripts?)\b|"
    r"\b(?:left[- ]?over|remaining)\b[^.;]{0,40}?\bfrom\b[^.;]{0,30}?\b(?:rx|prescriptions?)\b",
    re.IGNORECASE,
)


def own_occasional_use(finding: Any) -> bool:
    """A drug the patient takes now and then with no clinician named ("Takes tylenol
    sometimes"): no provider-directed trial (blind wave 14, AS/lmri-02); nor when the only
    prescription named is one of before the drug is taken from ("occasionally from an old
    Rx")."""
    return (
        finding.concept in MEDICATION_CONCEPTS
        and taken_now_and_then(finding)
        and not _PRESCRIBED.search(_OLD_RX.sub(" ", finding.snippet))
    )
