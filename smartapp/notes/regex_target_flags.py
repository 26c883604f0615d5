"""A regex-matched target's flags: negation, family, hypothetical and speculative words in the
text around it. Such a target never passes through spaCy, so ConText cannot mark it; these
patterns read the same cues in the clause before and after it (a spaCy-matched target's flags
are ConText's modifiers, :mod:`.finding_flags`). The denials a target carries in its own words,
and how far back a "no" before it reaches, are :mod:`.regex_target_denials`; whether it is still
to come or only talked of, :mod:`.regex_target_hypothetical`.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lazy_re
from .bracket_denials import aside_opens_after, denied_in_bracket_after, without_closed_brackets
from .care_proposed import dose_declined
from .care_to_come import REFERRED_EVALUATIONS
from .context_rules import context_rules
from .question_prompts import without_answered_prompts, without_answers_no
from .regex_target_denials import (
    FIELD_DENIED,
    FOUND,
    HISTORY,
    NOT_FOUND_FOR,
    TRIAL_HEDGED,
    TRIAL_REFUSED,
    TRIALS,
    denial_reach,
)
from .regex_target_hypothetical import MAY_VERB, PROPOSABLE, hypothetical
from .relative_care import relative_had_care
from .relative_helps import without_helpers
from .walked_unaided import WALKING_LIMIT, walked_unaided
from .whose_item import relatives_test_answer

#: A refusal in the present tense denies as the past one does (blind wave 45, FP/cgm-02:
#: "Declines insulin today" is no insulin treatment), as ConText's "declines"/"refused" do.
_NEGATION_BEFORE = lazy_re.compile(
    r"\b(no|not|denies|denied|without|never|declined|declines|refused|refuses|(?:is|are) "
    r"(?:declining|refusing)|none)\b[^.;]*$",
    re.IGNORECASE,
)
#: Also care the patient turned down or whose order was cancelled, written after it (blind wave
#: 15, AW/cgm-03: "Discussed starting basal insulin today - pt declines, prefers to keep working
#: on diet", "Insulin order from today cancelled per pt"); "pt declines CGM" declines the CGM.
#: The refusal may be for the time being: "- pt declines for now", "refuses at this time" (blind
#: wave 47, FX/cgm-02); it is no less a refusal of what it follows.
_NEGATION_AFTER = lazy_re.compile(
    r"^[^.;]{0,30}?\b(without (?:difficulty|limitation|restriction|pain)|independently|no "
    r"(?:difficulty|limitation)|wnl|within normal limits|"
    r"(?:pt|patient|he|she|they)\s+(?:declines?|declined|refuses?|refused)"
    r"(?:\s+(?:for\s+now|at\s+(?:this|that)\s+time|at\s+present|for\s+the\s+time\s+being|"
    r"today|currently))?(?=\s*(?:[,;.)]|$)))\b"
    # The target's own order cancelled: not "11 visits attended (2 cancelled for weather)".
    r"|^\s*(?:(?:order|rx|prescription|referral|appt|appointment)\s+)?(?:(?:from|for|of|on)\s+"
    r"\S+\s+)?(?:(?:was|is|has been)\s+)?cancell?ed\b",
    re.IGNORECASE,
)
#: How well an ability is done, written after it: "Able to exercise without difficulty" is the
#: ability (blind wave 64, II/cardiac-02's class), though after a limit ("walks 2 blocks without
#: difficulty") the same words deny it. Only for targets that are an ability, not a limit, and
#: for a block's relief, whose "walked dog 2 mi without pain" after it is what the block let the
#: patient do (blind wave 77, KI/psi-02: "pre 7/10 -> 0-1/10 ..., ~90% relief; walked dog 2 mi
#: without pain" read as a relief denied).
_HOW_WELL_AFTER = lazy_re.compile(
    r"^[^.;]{0,30}?\b(?:without|w/o|no)\s+(?:difficulty|limitations?|restrictions?|pain|"
    r"problems?|trouble|issues?)\b",
    re.IGNORECASE,
)
_ABILITIES = frozenset({"clinical-notes|exercise-ability", "measure|block-relief"})
#: A normal finding written after an evaluation is what the evaluation found, not a denial that
#: it was held (brief s67-i: "SLP evaluation 3/2/26: oral mech WNL"); only when nothing else of
#: _NEGATION_AFTER's ("pt declines", "cancelled") stands before it.
_NORMAL_AFTER = lazy_re.compile(
    r"^(?:(?!\b(?:declin|refus|cancel)\w*)[^.;]){0,30}?\b(?:wnl|within normal limits)\b",
    re.IGNORECASE,
)


@cache
def _family_words() -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p, c, *_ in context_rules() if c == "FAMILY")
    return re.compile(rf"\b({words})\b", re.IGNORECASE)


def _phrase(phrase: str) -> str:
    """A ConText phrase as a regex; "may" is not the month ("since ~May 2026", "May 5", "the
    May shot", "mid-May": regex_target_hypothetical.MAY_VERB)."""
    return MAY_VERB if phrase.lower() == "may" else re.escape(phrase)


@cache
def _speculative_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ConText's SPECULATIVE phrases as regexes: forward ones in the clause before a target,
    backward ones in the clause after ("May consider a lap sleeve", "TKA may eventually be
    needed"), so a regex-matched plan is an option left open just as a spaCy-matched one is."""
    rules = [(_phrase(p), d) for p, c, d, _ in context_rules() if c == "SPECULATIVE"]
    before = "|".join(p for p, d in rules if d != "BACKWARD")
    after = "|".join(p for p, d in rules if d != "FORWARD")
    return (
        re.compile(rf"\b(?:{before})\b[^.;]*$", re.IGNORECASE),
        re.compile(rf"^[^.;]*?\b(?:{after})\b", re.IGNORECASE),
    )


@cache
def _healing_states() -> re.Pattern[str]:
    """A wound's state ("not healed", "not yet closed": context.yaml's HEALING_STATE), which
    denies nothing after it ("Wound not healed, SN 3x/wk for wound care")."""
    words = "|".join(re.escape(p) for p, c, *_ in context_rules() if c == "HEALING_STATE")
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


#: A finding a study is to rule out, in its clause before it: "XR R knee: r/o medial
#: compartment collapse", "films to rule out joint space loss" (brief s80-result). medspaCy's
#: own rule-out words mark a phrase-matched finding (ConText); a regex-matched result's never
#: reached them, so "r/o medial compartment narrowing" read as arthritis found. A colon closes
#: the question, as a spaced dash does: "XR to r/o fx: medial compartment collapse" is what the
#: film found.
_RULE_OUT_BEFORE = lazy_re.compile(
    r"\b(?:r/o|r\.o\.|rule[- ]out|rul(?:e|ing)\s+out)\b(?:(?![.;:]|\s[-\u2013\u2014]\s).)*$",
    re.IGNORECASE,
)
#: ... read for the joint films' findings only (arthritis, its collapse, osteonecrosis, cuff
#: arthropathy): an oximetry's "to r/o nocturnal hypoxemia" keeps its own reading rules.
_JOINT_FILM_FINDINGS = frozenset(
    {"diagnostic-results|oa-findings", "diagnostic-results|avn-findings",
     "diagnostic-results|cuff-arthropathy"}
)  # fmt: skip
#: An imaging protocol's "with and without contrast": not a denial of what follows.
_CONTRAST = lazy_re.compile(
    r"\b(?:with(?:/| and | or )without|without and with|w/? ?(?:and )?w/?o|w/wo)(?: contrast)?\b|"
    r"\b(?:without|w/?o) contrast\b",
    re.IGNORECASE,
)


def regex_flags(text: str, start: int, end: int, label: str = "") -> dict[str, bool]:
    """Negation, family, hypothetical and speculative cues around a regex-matched target
    (``label``, its category and concept)."""
    speculative_before, speculative_after = _speculative_words()
    before = _CONTRAST.sub(" ", text[max(0, start - 60) : start])
    after = text[end : end + 40]
    # A form's why-question before its answer ("Why not cane/walker: ...") denies nothing.
    # ... nor does a bracket's answer that closes before it ("(no), snoring": bracket_denials).
    # ... nor a question's "no" answer closed before it ("FCE planned? - no, proceed to work
    # hardening": question_prompts.py).
    asked = without_answers_no(without_answered_prompts(text, end), start)
    asked = without_closed_brackets(asked, start)
    # "Can no longer walk (was using rollator until Sept, fell x4)": the denial before a
    # bracket that has its own object stops at the bracket (bracket_denials.aside_opens_after).
    reach = max(denial_reach(text, start, end), aside_opens_after(text, start) or 0)
    own = _healing_states().sub(" ", _CONTRAST.sub(" ", asked[reach:start]))
    denied = (
        # "Refuses to increase Lantus above 20 u" turns down a dose, not the drug in use.
        (
            _NEGATION_BEFORE.search(own[-40:])
            and not (label in PROPOSABLE and dose_declined(text, start, end))
        )
        or (
            _NEGATION_AFTER.match(after)
            and not (label in _ABILITIES and _HOW_WELL_AFTER.match(after))
            # "SLP evaluation 3/2/26: oral mech WNL": the evaluation's normal finding, held.
            and not (label in REFERRED_EVALUATIONS and _NORMAL_AFTER.match(after))
        )
        or denied_in_bracket_after(text, end)  # "Snoring (denied).": bracket_denials
        # "amb 500 ft without AD": a distance walked freely is no limit (walked_unaided).
        or (label == WALKING_LIMIT and walked_unaided(text, start, end))
    )
    refused = label in TRIALS and TRIAL_REFUSED.search(text[start:end])
    # "Negative for / testing for BRCA1 mutation": no variant found (regex_target_denials).
    not_found = (
        label == HISTORY and NOT_FOUND_FOR.search(before) and not FOUND.search(text[start:end])
    )
    return {
        "negated": bool(denied or refused or not_found or FIELD_DENIED.match(text[start:end])),
        # A relative who opens the target's own statement and had the care: relative_care; a
        # prior-test field answered with a relative's test ('"my sister did it"'): whose_item.
        "family": bool(
            # "Husband does her hair now, can't put dishes away": the helper (relative_helps)
            _family_words().search(without_helpers(before))
            or relative_had_care(text[start:end])
            or relatives_test_answer(label, text, start, end)
        ),
        "hypothetical": hypothetical(text, start, end, label, before, after),
        "speculative": bool(
            speculative_before.search(before[-40:]) or speculative_after.match(after)
            or (label in TRIALS and TRIAL_HEDGED.search(text[start:end]))
            or (label in _JOINT_FILM_FINDINGS and _RULE_OUT_BEFORE.search(before[-40:]))
        ),
    }
