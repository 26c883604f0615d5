"""The clause a subjectless statement continues: "MRI L-spine to eval for disc pathology; will
determine need for PT vs injection" (blind wave 37, EH/lmri-02). The note reader splits a
sentence at its semicolons, so the plan's second clause is a statement of its own, and its
subject, the MRI whose result decides, is left in the clause before. A reader takes a clause
that opens on a bare modal ("will determine", "would guide", "to decide") or on a pronoun
standing for what came before ("which will", "this will") as said of that clause's subject.
``statement_mentions`` (what a statement must name, e.g. the study its plan depends on) reads
such a statement together with the clause it continues; a statement with a subject of its own
stands alone, unless it names the study by a pronoun that stands for the clause before: "I placed
the MRI order; we'll go over it and decide on injection vs surgery consult", "MRI ordered. Once
it's back, will decide ESI vs surgery" (blind wave 71, JI/lumbar-mri-03, brief s68-a). A pronoun
points back across a sentence's end as surely as across a semicolon; a bare modal is read across
a semicolon only, where the clause is the same sentence's, unless its verb is one only a thing
does: a clinician decides or determines, a result guides, directs, dictates or informs. "A/P:
persistent LBP - MRI lumbar. Will guide PT vs injection referral." (blind wave 104, OG/lmri-02)
is the MRI that will guide it, where "Lumbar MRI ordered. Will determine need for PT" may be the
clinician's own deciding, as the sentence's end leaves it. Not when that sentence tells a study
had ("MRI lumbar 2024 reviewed, mild DDD. Will guide ..."): what guides is the old one. So does
a plan that depends on where the study will find the lesion, its level or location, without
naming the study: "Plan: MRI
L-spine; depending on level, ESI vs surgical consult" (blind wave 79, KO/lumbar-mri-02, brief
s71-e): the level is the one the MRI shows, not the pain's ("depending on pain level", "level of
pain"), and a plan after a clause that names no study stays as it was.

In the order's own note, a subjectless statement is said of what the order asks for: "Persistent
radicular sx after PT; will guide injection referral." on a lumbar MRI's ServiceRequest (blind
wave 48, GA/lmri-02) is the MRI that will guide it, so the order's service name stands as its
subject.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_start

_SUBJECTLESS = lazy_re.compile(
    r"\s*(?:and\s+)?(?:(?:which|this|that|it)\s+)?"
    r"(?:will|would|should|may|might|can|could|to)\s+[a-z]",
    re.IGNORECASE,
)
#: A choice made "then", after what the clause before does: "Plan: MRI L-spine to eval for disc;
#: then decide PT vs injection." (blind wave 109, OW/lmri-03) decides after the study to come.
#: Not after a study told as done (its result is already in); a study's day alone ("MRI L-spine
#: 6/4; then decide ...") may be its booking, so only the done-words and a year say so here.
_THEN_AFTER_HAD = lazy_re.compile(
    r"\b(?:showed|shows|showing|revealed|reveals|demonstrat\w+|reviewed|done|performed|obtained"
    r"|completed|prior|previous|old|last)\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_THEN_CHOICE = lazy_re.compile(
    r"\s*(?:and\s+)?then\s+(?:(?:we|i)\s+)?(?:(?:will|'ll|can|to)\s+)?"
    r"(?:decide|determine|choose|select|pick)\b",
    re.IGNORECASE,
)
#: A bare modal whose verb only a thing does, never the clinician: "will guide PT vs injection
#: referral", "would direct tx", "to inform the decision", "will help guide". Read across a full
#: stop too (module doc); "will decide", "will determine", "will guide pt through HEP" are not
#: (a person decides, and guides a patient: the verb must take a choice or the care as object;
#: "will direct pt to PT or chiro", "will inform pt or family" are the clinician's own).
_THING_DOES = lazy_re.compile(
    r"\s*(?:and\s+)?(?:will|would|should|may|might|can|could|to)\s+(?:(?:help|also)\s+(?:to\s+)?)?"
    r"(?:guides?|dictates?|(?:direct|inform)s?(?!\s+(?:pt|patient|him|her|them|family)\b))"
    r"\b[^.;]{0,60}?\b(?:vs\.?|versus|or|between|whether|tx"
    r"|treatment|management|mgmt|next\s+steps?|referrals?|decisions?|plan|planning|surg\w*"
    r"|injections?|esis?)\b",
    re.IGNORECASE,
)
#: A sentence that tells a study had, not the one to come: "MRI lumbar 2024 reviewed, mild DDD",
#: "prior MRI showed L4-5 bulge", "MRI 1/2026". What a sentence after it guides is that study's.
_STUDY_HAD = lazy_re.compile(
    r"\b(?:showed|shows|showing|revealed|reveals|demonstrat\w+|reviewed|done|performed|obtained"
    r"|completed|prior|previous|old|last)\b|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,4}\b",
    re.IGNORECASE,
)
#: A clause whose object is "it" (or "them"), the thing the clause before named: "we'll go over
#: it and decide", "I will review it", "once it's back", "when they result". The clinician as
#: subject ("we", "I", or none) deciding; "patient will go over it" is the patient's own.
_POINTS_BACK = lazy_re.compile(
    r"\s*(?:and\s+|then\s+|so\s+)?(?:"
    r"(?:(?:we|i)(?:'ll|\s*will|\s+would|\s+can|\s+should|\s+plan\s+to|\s+are\s+going\s+to)"
    r"|well|will)\s+(?:[\w/-]+\s+){0,3}?(?:it|them)\b"
    r"|(?:once|when|after)\s+(?:it|they)\b)",
    re.IGNORECASE,
)
#: A dependence on the place the study will find: "depending on level", "based on the affected
#: level(s)", "dependent on location", "depending on which level is involved". Not the level of
#: something else ("pain level" has its own noun first; "level of pain", "location of pain").
_BY_ITS_PLACE = lazy_re.compile(
    r"\b(?:depending|dependent|depends|based|contingent|pending|according)\s+(?:(?:up)?on|to)?\s*"
    r"(?:the\s+|which\s+|what\s+)?(?:(?:affected|involved|symptomatic|culprit|pathologic)\s+)?"
    r"(?:levels?|locations?|sites?|segments?)\b(?!\s*(?:\(s\)\s*)?of\b)",
    re.IGNORECASE,
)
#: Where the clause before starts: after a sentence's end, a line break or another semicolon.
_CLAUSE_START = lazy_re.compile(r"(?:[.!?]\s|\n|;)")
_REACH = 200  # a clause is a line's worth of words, not a paragraph


def continued_statement(snippet: str, start: int, text: str) -> str:
    """``snippet`` (the statement holding the finding at ``start`` of ``text``) with the clause
    it continues before it when it opens with no subject of its own right after a semicolon, or
    points back to it by a pronoun, or (across a full stop too) opens on a verb only a study does
    and the sentence before tells no study had; else ``snippet`` unchanged."""
    pointer = bool(_POINTS_BACK.match(snippet) or _BY_ITS_PLACE.search(snippet))
    thing = not pointer and bool(_THING_DOES.match(snippet))
    then = bool(_THEN_CHOICE.match(snippet))
    if not (pointer or thing or then or _SUBJECTLESS.match(snippet)):
        return snippet
    at = text.find(snippet, max(0, start - len(snippet)))
    if at < 0 or at > start:
        return snippet
    before = text[max(0, at - _REACH) : at].rstrip()
    if not before or before[-1] not in (";." if pointer or thing else ";"):
        return snippet
    clause = before[:-1]
    clause = clause[clause_start(clause, len(clause), _CLAUSE_START) :].strip()
    if thing and before[-1] == "." and _STUDY_HAD.search(clause):
        return snippet  # "MRI lumbar 2024 reviewed, mild DDD. Will guide ...": the old one's
    if then and _THEN_AFTER_HAD.search(clause):
        return snippet  # "MRI 2024 showed bulge; then decide ...": the result is in
    return f"{clause}; {snippet}"


def said_of(snippet: str, start: int, text: Any, order: Any) -> str:
    """:func:`continued_statement` of the finding in ``text`` (a Note), with the ordered service's
    name before it when ``text`` is the order's own words and the statement has no subject."""
    said = continued_statement(snippet, start, text.text or "")
    if text.kind != "order" or order is None or not _SUBJECTLESS.match(snippet):
        return said
    code = (order.raw.get("code") or order.raw.get("codeCodeableConcept") or {}).get("text")
    names = [code or "", *(c.display for c in order.codes)]
    return f"{' / '.join(n for n in names if n)}: {said}"
