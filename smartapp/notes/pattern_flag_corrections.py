"""How the cues around a pattern target (a regex match, not a spaCy entity) correct the flags it
reads, or drop it: a surgery's date taken for the injury's, a field answered no, a job's demands, a
test done well, the patient's words for a request. The spaCy targets' corrections are
flag_corrections.py, whose reading of the sentence and its quotations this shares.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.demand_levels import no_shortfall
from ..evidence.demand_rows import unweighed_demand
from ..evidence.grip_sides import grip_even, grip_share
from ..evidence.score_bands import balance_tested_well, rated_well
from . import cues, not_evidence, pap_recheck
from .access_needed import access_needed
from .accidental_falls import accidental_fall, sentence_around
from .care_proposed import put_off_past_cut
from .clauses import clause_of
from .conditional_needs import CONDITION
from .denial_reach import before_reach
from .elevation_degrees import elevation_under_30
from .fall_aims import (
    fall_out_of_bed,
    fall_prevented,
    fall_risked,
    fall_screen_named,
    thing_falls,
)
from .fall_seasons import season_fall, tumble_told
from .field_answers import field_opens_answered_no, left_empty
from .inability_limits import without_inability
from .inability_not_activity import inability_not_activity
from .lies_flat import is_lying_target, lies_flat_well
from .lines import NoteLines
from .missed_evaluations import missed_evaluation
from .model import CARE_CATEGORIES
from .need_met import need_already_met
from .other_language import translates_a_language
from .others_times import time_of_another
from .outside_visits import outside_visit
from .past_inability import inability_over
from .positioning_wishes import positioning_wished
from .regex_target_flags import regex_flags
from .regex_target_hypothetical import PROPOSABLE
from .restrictions_lifted import restriction_lifted
from .segments import Segment
from .sentence_position import CAPACITY, asked_for, lead_of
from .specialty_titles import title_not_first
from .tests_not_scored import tried_not_scored
from .unsafe_use import stand_in_outweighed
from .whose_item import relatives_test_answer
from .work_context import away_from_work, in_job_gloss, job_line, lift_as_limit, not_the_event

#: Findings that are themselves a need, which "will need" or "will require" states rather than
#: puts off: a certifying physician's "will need home PT for ROM/gait" (blind wave 41, EW/hh-02)
#: or "will require skilled nursing for wound care" is the skilled need 42 CFR 424.22 asks the
#: certification to state. Only the "will" of the need is read past: "may need home PT" stays
#: speculative, and a need on a condition anywhere before it in the statement ("If the incision
#: opens, will need skilled nursing for wound packing") stays hypothetical.
#: A length of need is a need to come by nature: "This will be needed indefinitely (99 mo)" is the
#: oxygen prescription's length of need (CMS-484), as "LON: 99 months" is (phrasing grid s44).
#: So is a surgeon's "will need walker post-op" (brief s80-func): the gait limit the scheduled
#: surgery leaves, which WLK-002 reads only beside a definite surgical plan.
NEED_STATEMENTS = frozenset(
    {
        "clinical-notes|skilled-need",
        "clinical-notes|length-of-need",
        "functional-deficits|post-op-mobility",
    }
)
_WILL_NEED = lazy_re.compile(
    r"\bwill\s+(?:(?:still|also|continue\s+to)\s+)?(?=(?:need|require)s?\b)"
    r"|\bwill\s+(?:still\s+|also\s+)?be\s+(?=(?:needed|required)\b)",
    re.IGNORECASE,
)
_SKILLED_NEED = "clinical-notes|skilled-need"


def pattern_flags(
    label: str, match: re.Match[str], seg: Segment, lines: NoteLines
) -> dict[str, bool] | None:
    """The flags of a pattern target (``label``, its ``match`` in a statement), corrected by the
    cues around it; None when it is no finding."""
    if not pap_recheck.kept(label, match, seg, lines):
        return None  # "Recheck 60 d." in a BP note; after "Start CPAP." it is (pap_recheck.py)
    if (
        label == "work-injury|date-of-injury"
        and match.group()[:1].isdigit()
        and not_evidence.SURGERY_BEFORE_DATE.search(seg.text[: match.start()])
    ):
        return None  # "s/p L ACL recon 6/2/26, injured at work": the surgery's date
    grip = label == "functional-deficits|reaching-limitation" and match.group().lower() == "grip"
    if grip and grip_share(seg.text[match.start() :]) is None:
        return None  # no reading of both hands: the grip word alone says nothing
    if translates_a_language(label, match, seg, lines):
        return None  # "Family speaks Spanish; daughter translates phone calls": a language
    if time_of_another(label, seg.text, match.start(), match.end()):
        return None  # "Seroquel XR 300 mg qhs", "SOB at rest": another's time (others_times)
    if outside_visit(label, seg.text, match.start(), match.end()):
        return None  # "Outside hospital visit (in person)": the hospital's (outside_visits)
    if title_not_first(label, match.group(), seg.start + match.start(), lines.text):
        return None  # "Referrals: Cardiology. Neurology.": no note's title (specialty_titles)
    if accidental_fall(
        label, seg.text, match.start(), match.end(),
        sentence_around(lines.text, seg.start + match.start()),
    ):  # fmt: skip
        return None  # "tripped over a garden hose, fell onto L hip": an accident, no limit
    if access_needed(label, seg.text, match.start(), match.end()):
        return None  # "needs wheelchair-accessible bathroom": access lacking (access_needed.py)
    if thing_falls(label, seg.text, match.start(), match.end()):
        return None  # "the mask always falls off": the mask's fall, not the patient's
    if (
        label == "functional-deficits|walking-limitation"
        and season_fall(seg.text, match.start())
        and not tumble_told(lines.text, seg.start, seg.end)
    ):
        return None  # "meloxicam since the fall": the autumn, no tumble (fall_seasons.py)
    if fall_out_of_bed(label, seg.text, match.start(), match.end()):
        return None  # "fell out of bed 5/2": lying, not getting about (fall_aims.py)
    if inability_over(label, seg.text, match.start(), match.end()):
        return None  # "couldn't walk to the mailbox until PT, now independent" (past_inability)
    if inability_not_activity(label, seg.text, match.start(), match.end()):
        return None  # "can't stand CPAP", "can't get off work for PT" (inability_not_activity)
    if tried_not_scored(label, seg.text, match.start(), match.end()):
        return None  # "attempted - unable to sit for PLS-5": no score (tests_not_scored.py)
    if elevation_under_30(label, seg.text, match.start(), match.end()):
        return None  # "HOB elevated 20 degrees": under NCD 280.7's 30 (elevation_degrees.py)
    lying = is_lying_target(label, match.group())
    if lying and not lies_flat_well(seg.text, match.start(), match.end()):
        return None  # "can't lie flat", "wife sleeps flat": no denial of the need (lies_flat.py)
    flags = regex_flags(seg.text, match.start(), match.end(), label)
    if lying and (flags["hypothetical"] or flags["speculative"] or flags["family"]):
        return None  # "Goal: able to lie flat": an aim, not how the patient lies (lies_flat.py)
    if lying:
        flags["negated"] = True  # "Sleeps flat on 1 pillow": no positioning need (lies_flat.py)
    if (flags["hypothetical"] and label in NEED_STATEMENTS
            and not CONDITION.search(seg.text[: match.start()])):  # fmt: skip
        # the same text with the need's "will" blanked (offsets kept): its other cues still read
        plain = _WILL_NEED.sub(lambda m: " " * len(m.group()), seg.text)
        if plain != seg.text:
            flags["hypothetical"] = regex_flags(plain, match.start(), match.end(), label)[
                "hypothetical"
            ]
    if (flags["negated"] or flags["speculative"]) and (
        plain := without_inability(seg.text, match.start(), label, match.end())
    ) is not None:  # "not able to" / "could not walk >10 ft" is the limit, as "unable to" is,
        # and "cannot get to the bathroom independently" too (inability_limits.py)
        again = regex_flags(plain, match.start(), match.end(), label)
        flags["negated"], flags["speculative"] = again["negated"], again["speculative"]
    plain = before_reach(seg.text, match.start(), match.end(), label) if flags["negated"] else None
    if plain is not None:
        # '"never had a shot there", walks <10 min': a denial whose list ended before the limit
        flags["negated"] = regex_flags(plain, match.start(), match.end(), label)["negated"]
    if field_opens_answered_no(seg.text[: match.start()], seg.text[match.start() :], label):
        flags["negated"] = True  # "Hypoglycemia: neg - no lows": the field answered no
    if left_empty(seg.text[match.end() :]):
        flags["negated"] = True  # "... in a regular bed - none documented": a field left empty
    if missed_evaluation(label, seg.text):
        flags["negated"] = True  # "OT seating evaluation - pt no-show" (missed_evaluations.py)
    if fall_prevented(label, seg.text, match.start(), match.end()):
        flags["hypothetical"] = True  # "Family request - fall prevention" (fall_aims.py)
    if fall_screen_named(label, seg.text, match.start(), match.end()):
        flags["hypothetical"] = True  # "fall screen: no falls in past 12 mo": the screen's name
    if fall_risked(label, seg.text, match.start(), match.end()):
        flags["hypothetical"] = True  # "at risk for falling": a risk, no fall had (fall_aims.py)
    if positioning_wished(label, seg.text, match.start(), match.end()):
        flags["hypothetical"] = True  # "prefers to be propped up at night" (positioning_wishes)
    if stand_in_outweighed(label, match.group(), lines.text):
        flags["hypothetical"] = True  # "A&O x3" in a note saying "impulsive" (unsafe_use.py)
    if label in CAPACITY and cues.JOB_CONTEXT.search(seg.text[: match.start()]):
        flags["hypothetical"] = True  # what the job requires, not what the worker can do
    if label == "work-injury|mechanism":
        before, after = seg.text[: match.start()], seg.text[match.end() :]
        lead = lead_of(lines, seg, before)
        if (cues.JOB_DEMANDS.search(lead) or in_job_gloss(lead, after)
                or lift_as_limit(before, match.group(), after) or job_line(lead, after)
                or not_the_event(before, after)):  # fmt: skip
            # "job requires overhead lifting 20 lb" (blind wave 27, CT/occ-02): the job's
            flags["hypothetical"] = True  # demand, as the word list reads it, not the injury
        if away_from_work(clause_of(seg.text, match.start())):
            flags["hypothetical"] = True  # "twisted it at the gym": not the work injury's
    if label.startswith("functional-deficits|") and (
        rated_well(seg.text, match.start(), match.end())
        or balance_tested_well(seg.text, match.start(), match.end())
        or no_shortfall(seg.text, lines.line_at(seg.start + match.start()))
        or unweighed_demand(lines, seg.start + match.start())
        or (grip and grip_even(seg.text[match.start() :]))
    ):  # "TUG 9.8 s with rollator": how she did well; "Carry | 45 lb | (boxes) |" no shortfall;
        # "Grip R 62 lb / L 68 lb": within side-to-side variation (grip_sides.py)
        flags["normal"] = True
    if relatives_test_answer(label, lines.text, seg.start + match.start(), seg.start + match.end()):
        # "Prior genetic testing: yes, my sister did.": the answer cut off at its comma is read
        # on in the note's line, to its sentence's end (s75-g, a noticed wording)
        flags["family"] = True
    rest = lines.text[seg.end :]  # "Reviewed insulin with pt; she prefers to wait"
    if label in PROPOSABLE and put_off_past_cut(seg.text, match.start(), match.end(), rest):
        flags["hypothetical"] = True
    if label.partition("|")[0] in CARE_CATEGORIES and not_evidence.offered_after(
        seg.text[match.end() :]
    ):  # "Kenalog R knee offered today - pt prefers gel": offered, as a spaCy target reads it
        flags["hypothetical"] = True
    if label in not_evidence.WISHED_FOR and asked_for(lines, seg, seg.text[: match.end()]):
        flags["hypothetical"] = True  # the patient's words for a request: a wish
    if restriction_lifted(label, seg.text, match.start()):
        flags["negated"] = True  # "Restrictions lifted (previously no lifting >10 lb)": gone
    if label == _SKILLED_NEED and need_already_met(seg.text):
        flags["negated"] = True  # "Home PT completed 3/1, goals met": a need had, none now
    return flags
