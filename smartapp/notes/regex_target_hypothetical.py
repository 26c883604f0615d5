"""Whether a regex-matched target is still to come or only talked of: the hypothetical flag
:mod:`.regex_target_flags` gives it. Care to begin, booked, waited for, recommended ("Pt to begin
monthly RD visits", "evaluation booked 11/03", "Rec: enroll in ..."), offered or discussed
("Discussed starting basal insulin"), a treatment's indication explained ("Explained BiPAP is for
CPAP failure"), or what a visit to come is to check. Such a target never passes through spaCy,
so these patterns read ConText's cues in the clause before and after it.

Split out of regex_target_flags.py, which reads the other flags.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .care_proposed import only_proposed
from .care_to_come import still_to_come
from .counseling_topics import counseling_topic
from .finding_flags import MONTH_LEADS
from .month_may import MAY_EVENT_BEFORE_TARGET
from .question_prompts import answered_unsure

#: "may" the modal: not the month after a word that dates it, nor before its day or year. The
#: words are finding_flags.MONTH_LEADS, the ones it reads for a spaCy target: "the May shot",
#: "in May", "her May ESI", "mid-May" (blind wave 87, LW/inj-03: "the May shot gave ~70%
#: relief" read as an option left open, "TFESI in May helped 70%" as one to come), nor before
#: a procedure and what it did: "Says May shot gave 60% relief" (month_may.py).
MAY_VERB = (
    "".join(rf"(?<!\b{w}\s)" for w in MONTH_LEADS)
    + r"(?<!\bmid-)(?<!\bearly-)(?<!\blate-)may(?!\s*\d)(?!" + MAY_EVENT_BEFORE_TARGET + ")"
)

#: Care still to begin: "Pt to begin monthly RD visits" (blind wave 15), or to take up again:
#: "Restart basal insulin only if A1c >9 in 3 mos" (blind wave 21, BW/cgm-02); not care
#: "restarted" or "resumed". The month ("since ~May 2026", "May 5") is no "may".
_HYPOTHETICAL_BEFORE = lazy_re.compile(
    r"\b(if|would|will|plan(?:ned)? to|goal|consider|" + MAY_VERB + r"|might|to (?:begin|start)|"
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
#: Treatments a regex target names, which a clinician may only propose (care_proposed.py).
PROPOSABLE = frozenset({"clinical-notes|insulin-treated"})
#: What the patient has or had, which a discussion of it does not make hypothetical ("Discussed
#: Lynch syndrome", "discussed her mother's BRCA result").
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


def hypothetical(text: str, start: int, end: int, label: str, before: str, after: str) -> bool:
    """Whether the regex-matched target at [start, end) of ``text`` (``label``, its category and
    concept) is still to come or only talked of, from the text ``before`` and ``after`` it."""
    return bool(
        answered_unsure(after)
        or _HYPOTHETICAL_BEFORE.search(before[-40:])
        or _TO_CHECK.search(before)
        # A proposable drug's talk is care_proposed's, which reads it taken up after
        # ("Discussed starting Lantus in April, she started it 4/10": blind wave 64).
        or (_TALKED_OVER.search(before[-50:]) and label not in FACTS | PROPOSABLE)
        or ((_EXPLAINED.search(before) or TOLD_INDICATION.search(before)) and label not in FACTS)
        or _HYPOTHETICAL_AFTER.match(after)
        or still_to_come(before[-40:], after, label)
        or (label in PROPOSABLE and only_proposed(text, start, end))
        # "Counseling done: Lynch syndrome": the counseling's topic (counseling_topics.py)
        or counseling_topic(before, text[start:end], label)
    )
