"""A skilled need the statement says is already met: the therapy or nursing finished, the
teaching mastered, the wound healed.

Home health's skilled need (HHC-002; 42 CFR 409.42(c), 409.44) is care still to give. A statement
naming the skill can instead close it: "Home PT completed 3/1, goals met, discharged", "Insulin
teaching complete - pt independent with insulin administration", "Discharged from skilled nursing
2/1/26, wound healed", "SN: inhaler technique good". Each was read as a current need (brief s68-j,
a false met risk the fix sessions noted). Such a statement tells the need had, and is read as
history (:mod:`.pattern_flag_corrections`), unless it also looks ahead ("PT completed 8 visits,
continue PT 2w4 for gait", "insulin teaching completed, still needs SN for wound packing", "goals
partially met").

An evaluation done is not care finished ("PT eval completed 3/1, PT 2w4 for gait"), nor is a
discharge from the hospital ("discharged home from the hospital with HH SN for wound care").
"""

from __future__ import annotations

import re

from .. import lazy_re

#: What the skilled care is, as the statement names it when it says it ended.
_CARE = (
    r"(?:teaching|training|education|instruction|therapy|pt|ot|st|slp|sn|nursing|"
    r"physical\s+therapy|occupational\s+therapy|speech\s+therapy|visits|services|course|"
    r"program|episode|treatment|tx|wound\s+care|wound\s+vac|npwt|iv\s+antibiotics)"
)
#: The need closed: the care completed or discontinued, its goals met, the skill mastered or the
#: wound healed, the patient discharged from the care (not from the hospital).
_MET = lazy_re.compile(
    rf"\b{_CARE}\s+(?:(?:was|were|has\s+been|have\s+been|is|now)\s+)?"
    r"(?:completed?|finished|discontinued|ended)\b"
    r"|\b(?:completed?|finished|discontinued|ended)\s+(?:(?:the|her|his|all|a|home|hh|skilled|"
    rf"outpatient|course\s+of)\s+)*{_CARE}\b"
    r"|\bgoals?\s+(?:were\s+|have\s+been\s+|has\s+been\s+|all\s+)?(?:met|achieved|attained)\b"
    r"|\bmet\s+(?:all\s+)?(?:(?:her|his|pt'?s?|the|therapy|pt)\s+)?goals\b"
    r"|\bdischarged\s+from\s+(?:(?:the|home|hh|skilled)\s+)*(?:home\s+health|hh|pt|ot|st|slp|sn|"
    r"nursing|therapy|physical\s+therapy|occupational\s+therapy|services|agency)\b"
    r"|\b(?:pt|ot|sn|therapy|home\s+health|hh)\s+(?:discharged|d/c'?d)\b"
    # not a wound still open: "not fully healed", "hasn't healed" (brief s68-o, a false alarm)
    r"|\bmastered\b|(?<!not\s)(?<!not\syet\s)(?<!not\sfully\s)(?<!not\scompletely\s)"
    r"(?<!n't\s)(?<!never\s)\bhealed\b"
    # the skill itself rated as mastered: "pt independent with insulin", "technique good"
    r"|(?<!not\s)(?<!n't\s)\bindependent(?:ly)?\s+(?:with|w/|in)\s+(?:(?:her|his|the|all|own)\s+)?"
    r"(?:inhaler|neb\w*|o2|oxygen|insulin|injections?|self-injection|glucometer|dressings?|"
    r"dressing\s+changes|wound|ostomy|meds?|medications?|technique|catheter|tube)\b"
    r"|\b(?:technique|use)\s+(?:is\s+|was\s+)?(?:good|correct|adequate|appropriate|proper)\b"
    r"|\b(?:demonstrates|demonstrated|return[- ]demonstrat\w*)\s+(?:correct|proper|good)\b",
    re.IGNORECASE,
)
#: Words that keep a need open beside it: care to continue, a need still stated, goals not met.
_AHEAD = lazy_re.compile(
    r"\b(?:continu\w*|will|still|remains?|ongoing|next|recert\w*|additional|further|resum\w*|"
    r"until|pending|partially|progressing|not\s+(?:yet\s+)?(?:met|achieved)|"
    # a goal still set: "goals healed by 6/30, indep w/ stockings" (blind AR/hh-04), "caregiver
    # independent with dressing change by wk 3" (FQ/home-health-01)
    r"goals?(?!\s*:?\s*(?:were\s+|have\s+been\s+|has\s+been\s+|all\s+)?(?:met|achieved|attained))|"
    r"by\s+(?:\d|wk|week|end|discharge|d/c)|"
    r"(?<!no\slonger\s)(?:needs?|needed|requires?|required|requiring))\b",
    re.IGNORECASE,
)
#: An evaluation or visit done, not the care: "PT eval completed 3/1", "SOC visit completed".
_EVALUATION_DONE = lazy_re.compile(
    r"\b(?:eval\w*|assessment|oasis|soc|f2f|face[- ]to[- ]face|intake|admission)\s+"
    r"(?:visit\s+)?(?:was\s+)?(?:completed?|done|finished)\b",
    re.IGNORECASE,
)


def need_already_met(statement: str) -> bool:
    """Whether a skilled-need ``statement`` says the care finished or the skill was mastered,
    with nothing in it that keeps the need open."""
    plain = _EVALUATION_DONE.sub(" ", statement)
    return bool(_MET.search(plain)) and not _AHEAD.search(plain)
