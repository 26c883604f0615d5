"""A referral's date is no start of care the next clause says was left at its evaluation.

"PCP sent her for PT in Jan; went to the eval then stopped ("too far to drive")" dates the
referral, not a course: the therapy that followed it was one evaluation on a day the note does
not give, then nothing. Read as PT from January, the one day opened a "4 months and 15 days"
episode with meloxicam begun 4/20, where the reviewer saw one PT evaluation and a month of a
drug (blind wave 62, IA/surgery-hip-arthroplasty-03). A referral is care asked for; the care it
led to is the clause after it, which care_episode reads as a statement of its own (undated: the
note's day). Every such course in the corpus (an evaluation, or it and a visit or two, then
stopped or not returned to) is labelled no trial.

Not a referral whose care went on ("referred to PT 1/10; completed 12 visits", "went 2x/wk x 8
wks then stopped"), nor one never begun at all ("Referred to PT 2/1. Never went.", read as a
denial in notes/denied_next.py), nor care begun rather than referred ("PT started 4/20 -
attended 2 visits then stopped": that date is the therapy's own).

A referral asked for at the visit and nothing more ("Refer PT.", "Will refer to PT") is no
care had at all (:func:`only_referred`, brief s67-i): read as PT that day, it opened a course
that a later "Doing PT, no relief" closed six weeks on, though the therapy began some time after
the referral. The visit still began the care it ordered (counted_findings' planned reading).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..notes.clause_spans import clause_end
from ..notes.cues import CARE_STOPPED, COURSE_LEFT
from ..notes.session_counts import session_count
from .snippet_offsets import in_snippet

#: Care a patient is sent to and goes to: a referral's date is not its first visit's.
_REFERRED_CARE = frozenset(
    {"physical-therapy", "occupational-therapy", "chiropractic", "acupuncture", "work-therapy"}
)
#: A referral governing the care named after it: "sent her for PT", "referred to physio", "PT
#: referral 1/15", "ref to PT", "PCP ordered PT in Jan".
_REFERRAL = lazy_re.compile(r"\b(?:sent|refer(?:r?ed|r?al|d)?|ref'?d|ref|ordered)\b", re.IGNORECASE)
#: The first visits only: "the eval", "initial evaluation", "went once", "1 visit", "a couple
#: of sessions", "eval + 1 visit".
_FIRST_VISITS = lazy_re.compile(
    r"\b(?:(?:initial\s+)?eval(?:uation)?|intake|assessment|once|twice|first\s+(?:visit|session|"
    r"appointment|appt)|(?:1|one|2|two|a\s+couple(?:\s+of)?|a\s+few)\s+(?:visits?|sessions?|"
    r"appointments?|appts?|times?))\b",
    re.IGNORECASE,
)
#: Words that it ended there: "then stopped", "quit", "never went back", "didn't return", "eval
#: only".
_ONLY = lazy_re.compile(r"\b(?:only|just)\b", re.IGNORECASE)
#: A course that went on after the first visits: weeks or months of it, "completed", a weekly
#: schedule ("goes once a week").
_WENT_ON = lazy_re.compile(
    r"\b(?:\d+\s*(?:-\s*\d+\s*)?(?:x\s*)?(?:wks?|weeks?|months?|mos?)\b|completed|finished|"
    r"\d\s*x\s*/?\s*(?:wk|week)|\b(?:weekly|2x|3x)\b|once\s+(?:a|per)\s+w(?:ee)?k)",
    re.IGNORECASE,
)


def went_on(words: str) -> bool:
    """Whether ``words`` say the care went on past its first visits: weeks of it, "completed",
    a weekly schedule."""
    return bool(_WENT_ON.search(words))


#: A statement that opens by asking for the care, or saying it will be asked for: "Refer PT.",
#: "Will refer to PT", "plan to refer to chiro", "Referral to PT". Not "referred to PT 1/10",
#: which dates a referral the rest of the statement may say was followed.
#: So does one that opens by ordering it begun: "Start PT.", "Begin chiropractic", "Will start
#: PT 2x/wk" at a visit is the therapy sent for; its first visit is some days after the order
#: (blind wave 103, OC/lmri-02: "Start PT." of 1/6 opened a course whose first visit was 1/20).
#: Not "Started PT 1/20" (past tense), nor a label before it ("PT: start date 1/20").
_ASKS_FOR = lazy_re.compile(
    r"^\W*(?:(?:will|plan(?:s|ned)?(?:\s+to)?|to)\s+)?(?:(?:refer(?:ral)?|ref)"
    r"(?:\s+(?:pt|patient|him|her))?(?:\s+(?:to|for))?\b|"
    r"(?:start|begin|initiate|commence)\s+(?=\w))",
    re.IGNORECASE,
)


def only_referred(finding: Any) -> bool:
    """Whether ``finding`` names referred care only asked for at the visit ("Refer PT.", "Will
    refer to chiropractic"), with no visits, weeks or stop of its own in its statement."""
    snippet = finding.snippet or ""
    return (
        finding.concept in _REFERRED_CARE
        and bool(_ASKS_FOR.match(snippet))
        and not (_FIRST_VISITS.search(snippet) or _WENT_ON.search(snippet))
        and session_count(snippet) == 0
    )


#: Where the clause that tells what followed ends: the sentence's end or the line's.
_SENTENCE_END = lazy_re.compile(r"[.!?](?:\s|$)|\n")


def left_at_evaluation(finding: Any, rest_of_line: str) -> bool:
    """Whether ``finding`` names care referred to on a date whose own words, or the clause after
    them to the sentence's end (``rest_of_line``: the note's words after the care's name to the
    end of its line), say it was left at its evaluation or first visit or two."""
    if finding.concept not in _REFERRED_CARE:
        return False
    snippet = finding.snippet
    at = snippet.lower().find(finding.text.lower())
    if at < 0 or not _REFERRAL.search(snippet[:at] + " " + snippet[at + len(finding.text) :]):
        return False
    after = rest_of_line[: clause_end(rest_of_line, 0, _SENTENCE_END)]
    if not _FIRST_VISITS.search(after) or _WENT_ON.search(after) or session_count(after) > 2:
        return False
    return bool(CARE_STOPPED.search(after) or COURSE_LEFT.search(after) or _ONLY.search(after))


#: A referral told done, governing the care named just after it, from its clause's start:
#: "Referred to PT.", "Was referred to physical therapy", "Pt referred to PT", "ref to physio",
#: "Sent to PT", "Has been referred for chiropractic", "Will be referred to PT" (brief
#: s90-noticed1); and what it is
#: sent for: "referred to PT for core strengthening".
_REFERRED_BEFORE = lazy_re.compile(
    r"(?:^|[.;:!?]\s*|\n)(?:(?:pt|patient|he|she|they|was|were|has|have|had|been|already|"
    r"previously|also|then|since|will|to|be|being|is|getting)\s+)*"
    r"(?:referred|ref'?d|ref|sent)\s+(?:(?:pt|patient|him|her|them)\s+)?(?:back\s+)?(?:to\s+(?:(?!and\b)\w+\s+){1,3}for\s+|to\s+|for\s+)"
    r"(?:(?:outpatient|formal|a\s+course\s+of|an?)\s+)?$",
    re.IGNORECASE,
)
#: Or a referral named after the care, ahead of anything else: "PT referral placed", "physio
#: ref sent", "PT referral." ("PT referral 2/10" is dated and left to the dated readers).
_REFERRAL_AFTER = lazy_re.compile(r"^\s*(?:referral|ref)\b", re.IGNORECASE)
#: Words in the referral's statement that the care was had: "seen x6", "has done 8 visits",
#: "attended", "has been going 2x/wk", "no relief from it", "helped".
_CARE_HAD = lazy_re.compile(
    r"\b(?:seen|saw|attend(?:ed|ing|s)?|did|done|doing|went|going|goes|gone|had(?!\s+been)|tried|"
    r"failed|helped|helping|relief|improved|benefit|progress(?:ed|ing)?|participat\w*|"
    r"discharged|d/c'?d|graduated)\b",
    re.IGNORECASE,
)


def referred_undated(finding: Any, texts: dict[str, str]) -> bool:
    """Whether ``finding`` names referred care that its statement only says was referred,
    with no words of the care had ("Referred to PT.", "PT referral placed", "ref to physio").
    The caller asks this of a statement with no date of its own: a referral's date is weighed
    by :func:`left_at_evaluation` and the dated readers.

    A referral is care sent for, not care had (docs/checklists.md: conservative care counts
    where the record shows it carried out); read as a day of the therapy it opened a course
    that a later "Doing PT" carried over the weeks the therapy had not yet begun, as "Start PT."
    and "Refer PT." did (briefs s67-i, s88-episodes)."""
    if finding.concept not in _REFERRED_CARE:
        return False
    snippet = finding.snippet or ""
    # Its own place in the statement (``texts``: the note texts): "Pt referred to PT" names
    # the patient before the therapy.
    at = in_snippet(finding, texts)
    if at is None:
        at = snippet.lower().find((finding.text or "").lower())
    if at < 0 or not finding.text:
        return False
    after = snippet[at + len(finding.text) :]
    if not (_REFERRED_BEFORE.search(snippet[:at]) or _REFERRAL_AFTER.match(after)):
        return False
    return not (
        _FIRST_VISITS.search(snippet)
        or _WENT_ON.search(snippet)
        or _CARE_HAD.search(snippet)
        or session_count(snippet) > 0
    )
