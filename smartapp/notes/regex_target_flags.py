"""A regex-matched target's flags: negation, family, hypothetical and speculative words in the
text around it. Such a target never passes through spaCy, so ConText cannot mark it; these
patterns read the same cues in the clause before and after it (a spaCy-matched target's flags
are ConText's modifiers, :mod:`.finding_flags`). The denials a target carries in its own words,
and how far back a "no" before it reaches, are :mod:`.regex_target_denials`.
"""

from __future__ import annotations

import re
from functools import cache

from .. import lazy_re
from .bracket_denials import denied_in_bracket_after, without_closed_brackets
from .care_proposed import dose_declined, only_proposed
from .care_to_come import REFERRED_EVALUATIONS, still_to_come
from .context_rules import context_rules
from .question_prompts import answered_unsure, without_answered_prompts
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
from .relative_care import relative_had_care
from .walked_unaided import WALKING_LIMIT, walked_unaided

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
#: The month ("since ~May 2026", "May 5") is no "may".
#: Care still to begin: "Pt to begin monthly RD visits" (blind wave 15), or to take up again:
#: "Restart basal insulin only if A1c >9 in 3 mos" (blind wave 21, BW/cgm-02); not care
#: "restarted" or "resumed".
_HYPOTHETICAL_BEFORE = lazy_re.compile(
    r"\b(if|would|will|plan(?:ned)? to|goal|consider|may(?!\s*\d)|might|to (?:begin|start)|"
    r"re-?start|resume|"
    # Care booked and not yet had, as ConText reads "scheduled" before a spaCy target (blind
    # wave 32, DP/bariatric-03: "RD phone call: scheduled intake 9/14/26 for supervised
    # program" is no program attended); not visits counted against those booked ("8 of 12
    # scheduled").
    r"(?<!of \d )(?<!of \d\d )(?:re-?)?scheduled|booked|awaiting)\b"
    r"[^.;]*$"
    # A recommendation's label, "Rec:" or "Recs:", as ConText reads "recommend" before a phrase
    # target (blind wave 33, DR/bariatric-03: "Rec: enroll in 3-month supervised program before
    # surgery per plan requirement - pt has not started" is no supervised program tried).
    r"|\brecs?\s*:[^.;]*$"
    # Waited for in a backlog or on a waitlist, in the same clause ("Wheelchair evaluation
    # delayed by backlog at the seating clinic"; blind wave 18, BI/whc-03); not visits had since
    # ("couldn't get into PT until 9/15 (waitlist), has had 3 visits so far").
    r"|\b(?:backlog(?:ged)?|wait[- ]?list(?:ed)?)\b[^.;,()]*$",
    re.IGNORECASE,
)
#: What a visit or a person still to come is to check was not yet found: "OT home safety
#: evaluation scheduled 06/03/2026 to check doorway widths" (blind wave 18, BI/whc-02), "PT to
#: verify door widths"; not a purpose in what the patient does ("trouble turning head to check
#: blind spot when driving").
_TO_CHECK = lazy_re.compile(
    r"(?:\b(?:scheduled|planned|ordered|requested|referred|referral|pending|will|next|upcoming)\b"
    r"[^.;]{0,45}?|\b(?:pt|ot|st|slp|rn|sn|therapist|therapy|nurse|we|team)\s+)"
    r"\bto (?:check|measure|verify)\b[^.;]*$",
    re.IGNORECASE,
)
#: Care talked over or offered, named right after it: "Discussed starting basal insulin today"
#: (blind wave 15, AW/cgm-03); not "Discussed results with pt, he has been on insulin since 2020".
#: A trial offered is written with or without its article: "Offered trial of basal insulin"
#: (blind wave 47, FX/cgm-02) offers it as "offered a trial of" does.
_TALKED_OVER = lazy_re.compile(
    r"\b(?:discuss(?:ed|ing)?|offer(?:ed|ing)?)\s+(?!that\b)(?:(?:starting|initiating|adding|beginning|"
    r"trying|switching to|(?:a\s+)?trial of)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: What a treatment is for, explained to the patient (ConText's "explained", context.yaml): "Pt
#: will not try CPAP ... Explained CPAP is first-line and BiPAP is for CPAP failure" (blind wave
#: 24, CH/cpap-03) states no failure of the patient's; "discussed that" may tell what they had.
_EXPLAINED = lazy_re.compile(
    r"\b(?:explained|(?:counsell?ed|educated|reviewed|advised|informed|told)"
    r"(?:\s+(?:with\s+)?(?:the\s+)?(?:pt|patient|him|her|them|family|parents?|caregiver))?"
    r"\s+that)\b[^.;]*$",
    re.IGNORECASE,
)
#: Or, after any word of telling ("discussed", "told him"), a treatment's indication in general:
#: "Discussed that BiPAP is for CPAP failure", "... is only covered after CPAP intolerance"; not
#: "Discussed that he has had 6 wks of NSAIDs", which tells his history. ConText reads only "told
#: him that", so a spaCy-matched target reads this too (flag_corrections.py): "Told him BiPAP is
#: for CPAP failure" (noticed after blind wave 24) is the same education without "that".
TOLD_INDICATION = lazy_re.compile(
    r"\b(?:explain\w*|discuss\w*|counsel\w*|educat\w*|review\w*|advis\w*|inform\w*|told)\b"
    r"[^.;]*?\b(?:is|are)\s+(?:(?:only|usually|typically|generally|normally)\s+)?"
    r"(?:for|reserved|indicated|covered|used|meant|intended|second[- ]line)\b[^.;]*$",
    re.IGNORECASE,
)
#: What the patient has or had, which a discussion of it does not make hypothetical ("Discussed
#: Lynch syndrome", "discussed her mother's BRCA result").
#: Treatments a regex target names, which a clinician may only propose (care_proposed.py).
PROPOSABLE = frozenset({"clinical-notes|insulin-treated"})
FACTS = frozenset(
    {"clinical-notes|hereditary-cancer-history", "clinical-notes|prior-germline-test"}
)
#: "due next visit" is still to come; "due to pain" is a cause. So is "to be completed next
#: session" (blind wave 17, BE/slp-04: "Informal assessment to be completed next session").
_HYPOTHETICAL_AFTER = lazy_re.compile(
    r"^[^.;]{0,25}?\b(scheduled|ordered|pending|requested|planned|due(?!\s+to\b)|"
    # Booked is scheduled, as ConText reads it beside a spaCy target (blind wave 40,
    # EU/dme-wheelchair-03: "PT/ATP wheelchair seating evaluation booked 11/03/2026").
    r"(?:re-?)?booked|"
    # A clinic's backlog or waitlist is the same wait (blind wave 18, BI/whc-03: "seating
    # clinic backlog; ... evaluation now scheduled 07/28/2026").
    r"backlog(?:ged|s)?|wait[- ]?list(?:ed)?|"
    r"to be (?:done|completed|performed|administered|given)|"
    r"(?:at|during) (?:the )?next (?:session|visit|appointment|appt))\b"
    # What a referral is for, named right before it: "PT seating eval referral placed to the
    # seating clinic", "Seating evaluation referred to OT" ask for the evaluation, as ConText's
    # backward "referral" reads a spaCy target (blind wave 38, EN/wheelchair-03). Not where the
    # patient came from ("PT eval - referral from Dr. Lee", "referred by PCP").
    r"|^\s*[-:,]?\s*(?:referral|referred)\b(?!\s+(?:from|by)\b)",
    re.IGNORECASE,
)


@cache
def _family_words() -> re.Pattern[str]:
    words = "|".join(re.escape(p) for p, c, *_ in context_rules() if c == "FAMILY")
    return re.compile(rf"\b({words})\b", re.IGNORECASE)


def _phrase(phrase: str) -> str:
    """A ConText phrase as a regex; "may" is not the month ("since ~May 2026", "May 5")."""
    return re.escape(phrase) + (r"(?!\s*\d)" if phrase.lower() == "may" else "")


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


#: An imaging protocol's "with and without contrast": not a denial of what follows.
@cache
def _healing_states() -> re.Pattern[str]:
    """A wound's state ("not healed", "not yet closed": context.yaml's HEALING_STATE), which
    denies nothing after it ("Wound not healed, SN 3x/wk for wound care")."""
    words = "|".join(re.escape(p) for p, c, *_ in context_rules() if c == "HEALING_STATE")
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


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
    asked = without_closed_brackets(without_answered_prompts(text, end), start)
    own = _healing_states().sub(
        " ", _CONTRAST.sub(" ", asked[denial_reach(text, start, end) : start])
    )
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
        # A relative who opens the target's own statement and had the care: relative_care.
        "family": bool(_family_words().search(before) or relative_had_care(text[start:end])),
        "hypothetical": bool(
            answered_unsure(after)
            or _HYPOTHETICAL_BEFORE.search(before[-40:])
            or _TO_CHECK.search(before)
            # A proposable drug's talk is care_proposed's, which reads it taken up after
            # ("Discussed starting Lantus in April, she started it 4/10": blind wave 64).
            or (_TALKED_OVER.search(before[-50:]) and label not in FACTS | PROPOSABLE)
            or (
                (_EXPLAINED.search(before) or TOLD_INDICATION.search(before)) and label not in FACTS
            )
            or _HYPOTHETICAL_AFTER.match(after)
            or still_to_come(before[-40:], after, label)
            or (label in PROPOSABLE and only_proposed(text, start, end))
        ),
        "speculative": bool(
            speculative_before.search(before[-40:]) or speculative_after.match(after)
            or (label in TRIALS and TRIAL_HEDGED.search(text[start:end]))
        ),
    }
