"""What a work-injury word means where it stands: the job described, or a symptom felt at work,
is not the injury (flag_corrections.py reads a target's flags with these).

- A job's own gloss in brackets ("Pt is a CNA (patient handling, lifting >50 lb with assist)",
  "works as a stocker (lifting, overhead reaching)") tells what the job demands, as "Job demands:"
  does (cues.JOB_DEMANDS): a lifting word there is no mechanism of injury (blind wave 32,
  DP/work-rehab-03). A bracket that tells of an injury ("is a roofer (fell lifting shingles
  3/2)") stays the injury's.
- A lift named as a capacity or a limit ("FCE to define safe lifting", "max lifting 20 lb",
  "lifting capacity", "no lifting > 15 lb") is what the worker may or can do, not how the injury
  happened (the same case's plan).
- A line headed by the job ("Job: CNA - transfers, boosting residents in bed, lifting up to 50
  lb") lists what the job demands, as "Job demands:" does: its lifting and boosting are no
  mechanism (blind wave 46, FR/work-rehab-02, where the form's date of injury was "***"). A
  job line that tells of an injury ("Job: roofer, fell off ladder 8/2") stays the injury's.
- An activity that brings the pain on now ("pain w/ repeated patient boosting", "painful with
  lifting"), one the worker cannot yet tolerate ("can't tolerate repetitive boosting") or
  works to get back to ("trying to get back to lifting residents": blind wave 47,
  FX/work-rehab-03) is the deficit or the goal, not how the injury happened.
- A symptom felt at work ("hurts at work", "aches at work", "worse at work") says when it
  hurts, not that the injury happened at work (blind wave 32, DN/wr-03: a shoulder that "hurts
  at work" with the employer form's date of injury and mechanism left "***"). "Hurt it at work",
  "hurt her back at work" (past, with what was hurt) are the injury and stay.
- A mechanism its own clause places away from work ("also fell on it at home over the
  holidays", "twisted it at the gym") is another injury's, not the work injury's (blind wave
  36, EF/occ-02: a vague "hurt it at work sometime last year" beside a home fall). A clause
  that also names the work ("lifting a resident at work, again at home") keeps it.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: A job named, then a bracket opened on it that is still open where the target stands.
_JOB_BRACKET = lazy_re.compile(
    r"\b(?:is|works as|worked as|working as|employed as|job|occupation)\s*:?\s*(?:an?\s+)?"
    r"[a-z][\w/&.'-]*(?:\s+[a-z][\w/&.'-]*){0,3}\s*\(([^()]*)$",
    re.IGNORECASE,
)
#: Words that make a bracket tell of an injury, not of the job.
_INJURY_WORDS = lazy_re.compile(
    r"\b(?:injur\w*|hurt|strain\w*|sprain\w*|pop\w*|fell|fall|slipped|tripped|twisted|while|"
    r"when|doi|moi|mechanism)\b|\d{1,2}/\d{1,2}",
    re.IGNORECASE,
)
#: Words that make a lift a capacity or a limit: just before it, or just after it.
_LIMIT_BEFORE = lazy_re.compile(
    r"\b(?:safe|safely|max(?:imum|imal)?|tolerated|no|avoid|restricted|limited|limit)\s+$",
    re.IGNORECASE,
)
_LIMIT_AFTER = lazy_re.compile(
    r"\s+(?:capacity|capacities|limits?|tolerance|restrictions?|ability|abilities)\b",
    re.IGNORECASE,
)
#: A symptom verb in the present, just before "at work" ('"hurts at work"', "worse at work").
_SYMPTOM_BEFORE = lazy_re.compile(
    r"\b(?:hurts|hurting|aches|aching|throbs|bothers(?:\s+(?:him|her|them|me))?|"
    r"flares(?:\s+up)?|worse|worsens|sore)\s*[\"'”’]?\s*$",
    re.IGNORECASE,
)

#: A place away from work, said in the mechanism's own clause.
_AWAY_FROM_WORK = lazy_re.compile(
    r"\b(?:at|around)\s+(?:(?:his|her|their|my)\s+(?:own\s+)?)?(?:home|house)\b|"
    r"\bin\s+(?:the|his|her|their|my)\s+(?:yard|garden|garage|driveway|kitchen|bathroom|"
    r"shower|tub)\b|\bat\s+the\s+(?:gym|park|beach)\b|\bon\s+vacation\b",
    re.IGNORECASE,
)
#: A word that puts the clause at work after all (a home health aide's client's home).
_AT_WORK = lazy_re.compile(
    r"\b(?:work\w*|job|shift|employer|on duty|clients?'?s?|patients?'?s?|residents?'?s?)\b",
    re.IGNORECASE,
)


#: A line headed by the job: "Job:", "Occupation:", "Job title:", "Job (HHA, medium):".
_JOB_LINE = lazy_re.compile(
    r"^\W*(?:job(?:\s+title)?|occupation|usual\s+job)\s*(?:\([^()]*\))?\s*:", re.IGNORECASE
)
#: Just before the activity: a symptom it brings on ("pain w/ repeated patient boosting"), a
#: tolerance ("can't tolerate repetitive"), or a return to it ("get back to lifting").
_NOT_THE_EVENT_BEFORE = lazy_re.compile(
    r"(?:\b(?:pain(?:ful)?|hurts|sore(?:ness)?|aches?|aching|worse|symptoms|sx|discomfort)\s+"
    r"(?:w/\s*|with\s+)|\btolerat(?:e|es|ed|ing)\s+|\b(?:back|return(?:ing)?)\s+to\s+)"
    r"(?:[a-z]+(?:\s+|\s*/\s*)){0,2}$",
    re.IGNORECASE,
)


def job_line(lead: str, after: str) -> bool:
    """True when the target stands on a line headed by the job (``lead``: its statement up to
    the target, from the line's start; ``after``: from its end) that tells of no injury."""
    if _JOB_LINE.match(lead) is None:
        return False
    return not _INJURY_WORDS.search(lead + after.split("\n", 1)[0])


def not_the_event(before: str, after: str) -> bool:
    """True when an activity follows a symptom it brings on, a tolerance or a return to it, and
    the rest of its clause (``after``) tells of no injury ("pain with lifting on 3/2")."""
    clause_rest = re.split(r"[.;\n]", after, maxsplit=1)[0]
    return bool(_NOT_THE_EVENT_BEFORE.search(before)) and not _INJURY_WORDS.search(clause_rest)


def away_from_work(clause: str) -> bool:
    """True when a mechanism's own ``clause`` places it away from work and names no work."""
    return bool(_AWAY_FROM_WORK.search(clause)) and not _AT_WORK.search(clause)


def in_job_gloss(lead: str, after: str) -> bool:
    """True when the target stands inside a bracket glossing the job named just before it
    (``lead``: the statement up to the target; ``after``: from its end), and nothing in the
    bracket tells of an injury."""
    opened = _JOB_BRACKET.search(lead)
    if opened is None:
        return False
    bracket = opened.group(1) + after.split(")", 1)[0]
    return not _INJURY_WORDS.search(bracket)


def lift_as_limit(before: str, target: str, after: str) -> bool:
    """True when a lifting word (``target``) is named as a capacity or a limit."""
    return target.lower().startswith("lift") and bool(
        _LIMIT_BEFORE.search(before) or _LIMIT_AFTER.match(after)
    )


def symptom_at_work(before: str, target: str) -> bool:
    """True when ``target`` ("at work") follows a symptom felt in the present ("hurts at work")."""
    return target.lower() == "at work" and bool(_SYMPTOM_BEFORE.search(before))
