"""A spaCy-matched finding's flags from ConText's modifiers of its target (modifier_flags), and
when a denial ConText reads is only a verb's own "not" in another clause (verb_denial_elsewhere).

A regex-matched target never passes through spaCy: its flags are :mod:`.regex_target_flags`'.
Split out of cues.py; the statement-level cues now live in cues.py (informants, job words,
care), placeholders.py (unfilled fields), statement_kinds.py (plan, exam and document kinds)
and finding_dates.py.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .bracket_denials import (
    bracket_closes_between,
    denied_in_bracket_after,
    denies_bracketed_alternative,
)
from .clauses import asserted_apart, says_more_apart
from .conditional_needs import need_on_condition, need_only
from .context_rules import spared_result
from .month_may import may_names_event
from .question_prompts import answered_no_before, answered_prompt, answered_unsure
from .visit_tallies import tallied_only

_DENIALS = frozenset({"NEGATED_EXISTENCE"})
_TO_COME = frozenset({"HYPOTHETICAL"})
#: medspaCy's "r/o" and "rule out" are POSSIBLE_EXISTENCE, which no flag reads: a condition to
#: rule out ("Elevated BP reading - r/o HTN") is not one the patient has.
_RULE_OUT = lazy_re.compile(r"^(?:to\s+)?(?:r\s*/\s*o|rule[- ]?out|ruling\s+out)$", re.IGNORECASE)
#: "HTN ruled out on the home log": medspaCy reads "ruled out" forward only.
_RULED_OUT_AFTER = lazy_re.compile(
    r"^\s*(?:(?:was|is|has been|have been|been)\s+)?ruled\s+out\b", re.IGNORECASE
)


def _next_to(ent: Any, span: tuple[int, int]) -> bool:
    """The modifier ends within three words before the target, in the same clause ("r/o OSA,
    HTN on lisinopril": the HTN is not ruled out)."""
    between = ent.doc[span[1] : ent.start]
    return 0 <= len(between) <= 3 and not any(t.text in {",", ";"} for t in between)


#: Words before "May" that make it the month: "in May", "since May", "late May". A determiner
#: or possessive before the capitalised word names the month too: "pt reports the May shot gave
#: ~70% relief until about mid-Sept" (blind wave 87, LW/inj-03: the relief read as an option
#: left open, so a repeat epidural's prior response was none), "her May ESI", "after May".
MONTH_LEADS = (
    "in", "since", "from", "until", "till", "through", "thru", "by", "early", "mid", "late",
    "of", "last", "this", "next", "during", "around", "the", "that", "her", "his", "their",
    "its", "after", "before", "between", "each", "every",
)
_MONTH_LEAD = frozenset(MONTH_LEADS)
_MONTHS = frozenset(
    "jan january feb february mar march apr april jun june jul july aug august sep sept "
    "september oct october nov november dec december".split()
)


def _month_may(ent: Any, span: tuple[int, int]) -> bool:
    """Whether a "may" modifier is the month: "(crutches Apr-May), naproxen since April" (blind
    wave 29, DC/hip-03) made the naproxen an option left open. The month is followed by its day
    or year ("May 5", "May 2026"), opens or closes a range of months ("May-Jun", "April to
    May"), or is written "May" after a word that dates ("since May", "in late May"); "- may
    need TKA" and "May consider ESI" stay the verb."""
    doc = ent.doc
    if span[1] - span[0] != 1 or doc[span[0]].lower_ != "may":
        return False
    after = doc[span[1]] if span[1] < len(doc) else None
    if after is not None and after.like_num:
        return True
    if may_names_event(doc.text, doc[span[0]].idx + 3):  # "Says May shot gave 60%" (month_may)
        return True
    # It opens a range of months as it closes one: "PT (2x/wk May-Jun 2025), naproxen ..."
    # (blind wave 38, EN/hip-01) made the naproxen and the cane after it options left open.
    ahead = [doc[i] for i in range(span[1], min(len(doc), span[1] + 2))]
    if len(ahead) == 2 and ahead[0].text in {"-", "–", "/", "to", "thru", "through"}:
        if ahead[1].lower_.rstrip(".") in _MONTHS:
            return True
    before = [doc[i] for i in range(max(0, span[0] - 2), span[0])]
    if len(before) == 2 and before[1].text in {"-", "–", "/", "to", "thru", "through"}:
        if before[0].lower_.rstrip(".") in _MONTHS:
            return True
    if doc[span[0]].text != "May" or not before:
        return False
    # "mid-May", "early-May": the part of the month joined by a hyphen.
    if len(before) == 2 and before[1].text in {"-", "–"}:
        return before[0].lower_ in {"mid", "early", "late"}
    return before[-1].lower_ in _MONTH_LEAD


def modifier_flags(ent: Any) -> dict[str, bool]:
    """ConText's modifiers of a target, as the finding's flags."""
    categories = {
        m.category
        for m in ent._.modifiers
        if not (m.category == "SPECULATIVE" and _month_may(ent, m.modifier_span))
    }
    rule_out = any(
        m.category == "POSSIBLE_EXISTENCE"
        and _RULE_OUT.match(ent.doc[slice(*m.modifier_span)].text)
        and _next_to(ent, m.modifier_span)
        for m in ent._.modifiers
    )
    ruled_out = bool(_RULED_OUT_AFTER.match(ent.doc.text[ent.end_char : ent.end_char + 30]))
    # "Snoring (denied).": a bracket of nothing but a denial answers the finding before it.
    ruled_out = ruled_out or denied_in_bracket_after(ent.doc.text, ent.end_char)
    # "re-eval visit 10 (14 scheduled, 4 no-shows/cxl)": the bracket counts visits (visit_tallies)
    negated = bool(ent._.is_negated) and not tallied_only(ent, _DENIALS)
    booked = bool(ent._.is_hypothetical) and not tallied_only(ent, _TO_COME)
    return {
        # "Needs a riding cart", "requires assistance": a need is a limit, not a plan, for a
        # deficit; not one put on a condition to come ("if the wound opens, will need q2h turns").
        "need_only": need_only(ent)
        and not need_on_condition(ent.doc.text, ent.start_char, ent.end_char),
        "negated": (negated and not _asked_only(ent)) or ruled_out,
        "historical": bool(ent._.is_historical),
        "hypothetical": booked or answered_unsure(ent.doc.text[ent.end_char : ent.end_char + 40]),
        "family": bool(ent._.is_family),
        "normal": "NORMAL_RESULT" in categories or spared_result(ent),
        "speculative": "SPECULATIVE" in categories or rule_out,
        # "Pain w/ repositioning, needs HOB elevation": a need of its own, no trigger (clauses.py).
        "aggravating": any(
            m.category == "AGGRAVATING"
            and not asserted_apart(
                ent.doc.text, ent.doc[m.modifier_span[0]].idx, ent.start_char, ent.end_char
            )
            for m in ent._.modifiers
        ),
        "self_directed": "SELF_DIRECTED" in categories,
    }


def _asked_only(ent: Any) -> bool:
    """Every denial of ``ent`` is a word of a form's why-question it answers ("Why not walker:
    falls even with her walker"): the question's "not", or its "no" answer closed before it
    ("FCE planned? - no, ... per PT rec"; question_prompts.py), or a word inside a bracket that
    closes before ``ent`` ("(no - denies fever), snoring": bracket_denials.py), or the target's
    own contraction: spaCy splits "can't" into "ca" and "n't", and ConText read the "n't" of
    the targets "can't lie flat" and "can't work" as their denial (brief s80-func)."""
    denials = [ent.doc[slice(*m.modifier_span)] for m in ent._.modifiers
               if m.category == "NEGATED_EXISTENCE"]  # fmt: skip
    text = ent.doc.text
    return bool(denials) and all(
        _own_contraction(ent, d)
        or answered_prompt(text, (d.start_char, d.end_char), ent.end_char)
        or answered_no_before(text, (d.start_char, d.end_char), ent.start_char)
        or bracket_closes_between(text, (d.start_char, d.end_char), ent.start_char)
        # "meniscectomy (repair if reparable - unlikely)": the repair is unlikely
        or denies_bracketed_alternative(text, (d.start_char, d.end_char), ent.end_char)
        for d in denials
    )


#: A verb's "not": "cannot passively extend", "McM not tested", "not performed".
_VERB_NOT = lazy_re.compile(r"(?:\bnot|n't|\bcannot)\b", re.IGNORECASE)
#: Verbs whose object is a list of findings: "does not have effusion, crepitus in the knee",
#: "does not report locking, catching with pivoting" deny the whole list.
_LIST_VERB = lazy_re.compile(
    r"\b(?:have|has|had|having|report\w*|endorse\w*|complain\w*|describe\w*|experienc\w*|"
    r"feel\w*|felt|notice\w*|note\w*|show\w*|demonstrat\w*|reveal\w*|appreciat\w*|exhibit\w*|"
    r"see|seen|recall\w*|mention\w*|includ\w*|us(?:e|es|ed|ing)|tak(?:e|es|en|ing)|took|"
    r"tolerat\w*)\b",
    re.IGNORECASE,
)


#: An inability: "can't button shirts" states a limit itself, so it denies no limit after it.
_INABILITY = lazy_re.compile(r"(?:\bcan'?t|\bcannot|\bcan not|\bunable)\b", re.IGNORECASE)


def verb_denial_elsewhere(ent: Any, inability: bool = False) -> bool:
    """True when every denial of ``ent`` is a verb's own "not" in another clause and ``ent``'s
    clause says more than a list item: in "cannot passively extend, lg effusion, MJL ttp, McM
    not tested d/t locking" the effusion and the tenderness are found (clauses.py). A verb that
    takes a list ("does not have", "does not report") denies it all. With ``inability`` only an
    inability counts as the verb ("can't button shirts, and gait unsteadiness w/ 2 falls"): a
    plain "not" ("not limited in walking, standing > 1 hr") still denies what follows."""
    text = ent.doc.text
    denials = [m for m in ent._.modifiers if m.category == "NEGATED_EXISTENCE"]
    if not denials:
        return False
    # spaCy cuts "can't" into "ca" + "n't": the inability is read with the letters before.
    verb = _INABILITY if inability else _VERB_NOT
    for modifier in denials:
        trigger = ent.doc[slice(*modifier.modifier_span)]
        following = text[trigger.end_char : trigger.end_char + 30].split()
        if (
            not verb.search(text[max(0, trigger.start_char - 3 * inability) : trigger.end_char])
            or _LIST_VERB.search(trigger.text)
            or (following and _LIST_VERB.fullmatch(following[0].strip(",;")))
            or not says_more_apart(
                text, (trigger.start_char, trigger.end_char), ent.start_char, ent.end_char
            )
        ):
            return False
    return True


#: A report or evaluation its own words say was done, up to a comma or ";": "Progress report
#: done 3/5, pt cancelled next visit" (noticed on blind wave 27, CV/pt-02's stop).
#: A templated line's dash ends that clause as a comma does: "REEVAL DONE 6/2 -- CONT ST
#: RECOMMENDED" (the recommendation is the next clause's; s44 phrasing grid, SLP-005).
_DONE_AFTER = lazy_re.compile(
    r"^\s*(?:(?:was|is|has been)\s+)?(?:done|completed|performed|finished)\b"
    r"(?:\s+(?:on\s+)?(?:today|\d{1,2}/\d{1,2}(?:/\d{2,4})?))?\s*(?:[,;]|-{2,}|[–—]|-\s)",
    re.IGNORECASE,
)
#: ... or preceded by the verb that did it, any word for its planning standing between: "SLP did
#: the scheduled re-evaluation on 5/4", "had her planned re-eval" (the schedule was kept).
_DONE_BEFORE = lazy_re.compile(
    r"\b(?:did|had|completed|performed|underwent|finished)\s+(?:(?:the|a|an|his|her|their|"
    r"scheduled|planned|formal|routine|required|\d+-day)\s+){0,3}$",
    re.IGNORECASE,
)


def done_before_cues(ent: Any) -> bool:
    """True when the target is followed by its own "done" (``_DONE_AFTER``) and every cue for
    something to come stands after it, in the clause about the next visit: ConText's backward
    "next visit" or "due" reads over the comma onto the report already done. So too when the
    verb that did it stands right before it and every such cue lies between the two ("had a
    re-eval scheduled for 6/3" keeps its cue after the report: still to come)."""
    cues = [m for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    if not cues:
        return False
    starts = [ent.doc[slice(*m.modifier_span)].start_char for m in cues]
    found = _DONE_AFTER.match(ent.doc.text[ent.end_char :])
    if found and all(at >= ent.end_char + found.end() for at in starts):
        return True
    text = ent.doc.text
    verb = _DONE_BEFORE.search(text[max(0, ent.start_char - 60) : ent.start_char])
    if not verb:
        return False
    began = max(0, ent.start_char - 60) + verb.start()
    return all(began <= at < ent.start_char for at in starts) and not _AHEAD_AFTER_DONE.match(
        text[ent.end_char :]
    )


#: A time still ahead right after the report keeps it to come: "had ... re-eval next week" is no
#: past re-evaluation.
_AHEAD_AFTER_DONE = lazy_re.compile(r"\s*(?:next|tomorrow|in\s+\d)", re.IGNORECASE)


def _own_contraction(ent: Any, denial: Any) -> bool:
    """``denial`` is the "n't" inside ``ent`` itself, not a word before it."""
    return (
        denial.text.lower() in ("n't", "n\u2019t")
        and ent.start <= denial.start
        and denial.end <= ent.end
    )
