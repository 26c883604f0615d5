"""A relative's account of the care the patient needs is the patient's finding, not the family's.

ConText's FAMILY words ("wife", "daughter", "mother", context.yaml) make what follows them a
relative's, as in "Mother had a knee replacement" or "her husband uses a walker". But a relative
who cannot reposition, turn, transfer or lift the patient ("Wife cannot reposition him in
standard bed", "Husband can't turn her q2h", "Daughter unable to transfer him from the low bed")
describes the patient's need: the hospital bed LCD (L33820) asks for positioning the body in ways
an ordinary bed cannot give, and a caregiver who cannot do it at home is its classic evidence;
the same holds for transfers and help with mobility. So is a relative who does that care ("Wife
turns him q2h overnight") and a patient who needs a relative for it ("needs daughter to
reposition her 2-3x/night"), a patient who needs a relative's help with anything, as to the
limits listed after it ("needs husband to help put on socks, difficulty with stairs"), and a
carer's failed try with pillows or a wedge ("Wife tried pillows/wedge - slides down"), and the
care told in the passive or with the carer's help ("turns q2h by husband -> hospital bed",
"transfers with husband's assist": brief s82-function). A relative's own condition ("husband
has a hospital bed", "mother's hip replacement") stays the family's.
(Relatives who report or say what the patient cannot do, or call or write about it, are
informants: cues.INFORMANT.)

Only what comes from the care clause on is the patient's: in "Mother has LBP and cannot lift
him" the low back pain is still the mother's; a relative named after the clause ("...; her
father had a stroke") starts the family's again, and so does an aside about the carer ("wife
cannot push (she has lumbar stenosis)"). A family history section stays the family's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .. import lazy_re
from .clauses import clause_bounds
from .context_rules import context_rules, default_context_phrases
from .cues import INFORMANT, RELATIVE
from .relative_speaker import SPEAKER

#: Care one person gives another's body: the work an ordinary bed or a lone carer cannot do.
_CARE_VERB = (
    r"(?:re-?position|position|turn|transfer|lift|bathe|shower|push|move|roll|boost|"
    r"get\s+(?:him|her|them|pt|the\s+(?:pt|patient))\s+(?:up|out|in|into|on|off|to)\b)"
)
#: "cannot", "can't", "unable to", "not able to", "struggles to", "needs help to".
_CANNOT = (
    r"(?:cannot|can\s*not|can['\u2019]?t|could\s*n['\u2019]?o?t|(?:is\s+|are\s+)?(?:no\s+longer\s+)?"
    r"(?:unable|not\s+able)\s+to|struggles?\s+to|has\s+(?:difficulty|trouble)|"
    r"needs?\s+help\s+to)"
)
#: "Husband cannot transfer himself": the relative's own inability, no care given.
_NOT_SELF = r"(?!\s+(?:himself|herself|themselves|independently|on\s+(?:his|her|their)\s+own)\b)"
#: "Wife (80)", "Daughter (primary caregiver)": a relative, an aside after the word.
_CARER = rf"\b{RELATIVE}\b(?:\s*\([^()\n]{{0,40}}\))?"
_CARE_CLAUSE = lazy_re.compile(
    # The carer cannot give the care: "Husband cannot reposition her in regular bed".
    rf"{_CARER}[^.;:\n]{{0,40}}?\b(?P<cannot>{_CANNOT})\s+(?:\w+ly\s+)?{_CARE_VERB}\w*+{_NOT_SELF}"
    # The carer gives it to the patient: "Wife turns him q2h", "husband repositions q2-3h".
    rf"|{_CARER}\s+(?:\w+ly\s+)?(?P<gives>{_CARE_VERB}\w*)"
    r"(?=\s+(?:him|her|them|pt|the\s+(?:pt|patient)|q\s*\d|every)\b)"
    # The patient needs the carer for it: "needs daughter to reposition her", "requires
    # assist of wife for transfers".
    r"|\b(?P<needs>(?:needs?|requires?|dependent\s+on)\s+(?:(?:the\s+)?(?:help|assist(?:ance)?)"
    rf"\s+(?:of|from)\s+)?(?:his|her|their)?\s*){RELATIVE}\b(?:\s+(?:to|for)\s+{_CARE_VERB}"
    r"|\s+for\s+(?:bed\s+mobility|transfers?|repositioning|turning))"
    # The patient needs a relative's help with anything ("needs husband to help put on socks,
    # difficulty with stairs", "needs his wife's help getting out of the car", "relies on
    # husband to order at restaurants"): the limits listed after it are the patient's too.
    r"|\b(?P<helped>(?:needs?|requires?|relies\s+on|dependent\s+on)\s+(?:his|her|their)?\s*)"
    rf"{RELATIVE}(?:['\u2019]s)?\s+(?:to\s+help|help|assist(?:ance)?|to)\b"
    # "needs help from husband getting in/out of car", "unable ... without help from husband".
    r"|\b(?P<helped_by>(?:needs?|requires?|without)\s+(?:the\s+)?(?:help|assist(?:ance)?)\s+"
    rf"(?:from|of)\s+(?:his|her|their)?\s*){RELATIVE}\b"
    # The care told in the passive, the carer after it (brief s82-function: "turns q2h by
    # husband -> hospital bed", "Repositioned by daughter every 2 hours, bedbound", "bathed by
    # son"): the patient is turned, the husband's own condition is not told.
    rf"|\b(?P<done_by>{_CARE_VERB}\w*)(?:\s+(?!by\b)[^\s.;:\n]+){{0,4}}?\s+by\s+"
    rf"(?:(?:his|her|their|the|pt['\u2019]?s|patient['\u2019]?s)\s+)?{RELATIVE}\b"
    # ... or with the carer's help: "Transfers with husband's assist", "ambulates with help of
    # daughter", "turned with assistance from wife".
    r"|\b(?P<with_help>(?:" + _CARE_VERB + r"|walk|ambulat|get)\w*"
    r"(?:\s+(?!with\b)[^\s.;:\n]+){0,3}?"
    r"\s+(?:w/\s*|with\s+)(?:(?:the\s+)?(?:help|assist(?:ance)?)\s+(?:of|from)\s+"
    rf"(?:his|her|their)?\s*{RELATIVE}\b|(?:his|her|their)?\s*{RELATIVE}(?:['\u2019]s)?\s+"
    r"(?:help|assist(?:ance)?)\b))"
    # The carer's failed try at the positioning ("Wife tried pillows/wedge - slides down",
    # "daughter props with pillows but she slides down"): the bed LCD's (L33820) evidence that
    # an ordinary bed's aids did not hold the patient.
    rf"|{_CARER}\s+(?:\w+ly\s+)?(?P<tried>(?:tried|tries|props?|propped|propping|bought|stack\w*)\b)"
    r"(?=[^.;:\n]{0,40}?\b(?:pillows?|wedges?)\b)",
    re.IGNORECASE,
)
_GROUPS = ("cannot", "gives", "needs", "helped", "helped_by", "done_by", "with_help", "tried")
#: An aside about the carer still open at the target: "(she has RA and lumbar stenosis)"; an
#: aside about the patient ("(hx aspiration PNA at IRF)") is the patient's.
_CARERS_ASIDE = lazy_re.compile(r"\(\s*(?:she|he|they|who)\b[^()]*$", re.IGNORECASE)
_RELATIVE_WORD = lazy_re.compile(rf"\b{RELATIVE}\b", re.IGNORECASE)


#: (statement, its care clauses as (where the clause's verb group starts, where it ends)) for
#: the statement last asked about: every target of a statement asks, and the clauses are the
#: statement's alone, so they are found once a statement, not once a target (issue 19).
_last_clauses: tuple[str, list[tuple[int, int]]] = ("", [])


def _care_clauses(text: str) -> list[tuple[int, int]]:
    global _last_clauses
    last = _last_clauses  # one read: another thread may replace it meanwhile
    if last[0] is not text:
        found = []
        for m in _CARE_CLAUSE.finditer(text):
            group = next(g for g in _GROUPS if m.group(g) is not None)
            found.append((m.start(group), m.end()))
        last = _last_clauses = (text, found)
    return last[1]


def patients_care_need(text: str, start: int) -> bool:
    """Whether the target at ``start`` of a statement lies in a relative's account of the care
    the patient needs (from the care clause on, with no other relative named in between)."""
    for opened, closed in _care_clauses(text):
        if opened > start:
            break
        # A target past the clause is the patient's while no other relative is named, and not
        # inside an aside opened after it: "wife cannot push (she has RA and lumbar stenosis)".
        between = text[closed:start]
        if not _RELATIVE_WORD.search(between) and not _CARERS_ASIDE.search(between):
            return True
    return False


#: Whom the patient lives with ("Lives w/ husband", "lives at home with her daughter and son-in-
#: law"): the household, told as social history, not a relative whose findings follow. Not one
#: described after it ("lives with wife, who has dementia", "lives with son (disabled)").
_HOUSEHOLD = lazy_re.compile(
    rf"\b(?:lives|living|resides|residing|stays|staying)\s+(?:at\s+home\s+)?(?:with|w/)\s+"
    rf"(?:(?:her|his|their)\s+)?{RELATIVE}(?:[- ]in[- ]law)?"
    rf"(?:\s*(?:and|&|\+)\s*(?:(?:her|his|their)\s+)?{RELATIVE}(?:[- ]in[- ]law)?)*+\b"
    r"(?!\s*(?:,\s*)?(?:who|that|\()|\s+(?:is|has|had|was|with)\b)",
    re.IGNORECASE,
)


@cache
def _family_words() -> re.Pattern[str]:
    """ConText's FAMILY phrases (context.yaml and medspaCy's own), the words that make a finding
    a relative's."""
    phrases = {p for p, c, *_ in (*context_rules(), *default_context_phrases()) if c == "FAMILY"}
    words = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def household_only(text: str) -> bool:
    """Whether every relative the statement ``text`` names is only whom the patient lives with
    ("Lives w/ husband, was church treasurer - can no longer manage checkbook": blind wave 55,
    GZ/slp-02), so none of its findings is the family's."""
    if not _HOUSEHOLD.search(text):
        return False
    rest = _HOUSEHOLD.sub(lambda m: " " * len(m.group()), text)
    return not _family_words().search(rest)


#: An aside inside an informant's words, between the relative and the verb: "husband (who uses
#: CPAP himself) hears pauses".
_ASIDE = lazy_re.compile(r"\([^()\n]*\)")


def in_informants_aside(text: str, at: int) -> bool:
    """Whether ``at`` of a statement lies in an aside about the relative who tells of the
    patient ("husband (who uses CPAP himself) hears pauses": blind wave 78, KL/dme-cpap-03;
    brief s71-b): the aside is the relative's own, what the relative tells is the patient's."""
    for m in INFORMANT.finditer(text):
        if m.start() <= at < m.end():
            aside = _ASIDE.search(m.group())
            if aside and m.start() + aside.start() <= at < m.start() + aside.end():
                return True
    return False


#: A relative who opens a clause, the subject of what follows it ("..., daughter has OSA", "and
#: her brother has OSA", "snores like his father, who had OSA"); not one the patient acts on
#: ("yells at his daughter and cannot dress himself": still the informant's account). Right
#: after the informant's verb only a relative of someone's ("wife reports her father had OSA"):
#: a child's bare "mom" there is the patient ("Daughter (caregiver) says mom can't get to
#: kitchen or bathroom": GW/wheelchair-02).
_RELATIVE_SUBJECT = lazy_re.compile(
    r"(?:^|[,;:(]|\b(?:and|but|while|whereas|plus|also|like)\b)\s*"
    rf"(?:his|her|their|pt['\u2019]?s|patient['\u2019]?s)\s+{RELATIVE}\b|"
    r"(?:[,;:(]|\b(?:and|but|while|whereas|plus|also|like)\b)\s*(?:(?:the|a|one)\s+)?"
    rf"{RELATIVE}\b|"
    # A new sentence the relative opens, after the informant's quoted words: 'Mother says she
    # ... "only says mama." Older brother (age 8) also has language delay' (brief s74-i).
    r"[.!?][\"'\u201d]?\s+(?:(?:the|a|one|his|her|their|older|younger|twin|big|little)\s+){0,2}"
    rf"{RELATIVE}\b",
    re.IGNORECASE,
)


def told_by_informant(text: str, at: int, speakers: Iterable[re.Match[str]] | None = None) -> bool:
    """Whether the target at ``at`` of a statement is what a relative tells of the patient: an
    informant before it with no relative opening a clause between them ("Daughter has OSA on CPAP,
    wife reports he snores": the snoring, not the daughter's OSA; brief s72-b), or one in its own
    clause after it ("snoring noticed by his wife"), and not in an aside about the informant
    ("husband (who uses CPAP himself) hears pauses"). A relative who opens a clause after the
    informant is the subject of what follows ("wife says he snores and her brother has OSA": the
    brother's), and so is one who opens a later sentence ("Mother says ... Older brother also
    has language delay - his CELF-5 ...")."""
    if in_informants_aside(text, at):
        return False
    low, high = clause_bounds(text, at)
    # A relative given as the speaker ("Husband: she can't make a phone call",
    # relative_speaker.py) tells of the patient as "husband reports" does.
    # ``speakers``: those the patient's sex or childhood makes so too ("Mother: she ..." in a
    # child's note), as StatementFacts.speakers reads them.
    given = SPEAKER.finditer(text) if speakers is None else speakers
    tellers = sorted([*INFORMANT.finditer(text), *given], key=lambda m: m.start())
    for m in tellers:
        if m.start() > at:
            return low <= m.start() < high
        if m.end() <= at and not _RELATIVE_SUBJECT.search(text[m.end() : at]):
            return True
    return False
