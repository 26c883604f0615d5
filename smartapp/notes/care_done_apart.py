"""Care its own clause says was had, beside a clause that recommends something else.

ConText reads "recommend(ed)" both ways across a comma (context.yaml: HYPOTHETICAL, FORWARD and
BACKWARD), as it must for a list the recommendation opens or closes ("Recommend PT, NSAIDs, HEP";
"PT, NSAIDs and injections recommended"). But a clause that tells its own care as had is no
item of that list: "Surgery recommended, PT completed x 6 wks" and "PT completed x 6 wks,
surgery recommended" read the completed PT as care to come (brief s72-c, item 3: the lead's probe
of stop 71's engine; a course of therapy a checklist asks for went unseen). The care keeps the
status of its own clause when every cue of something to come stands in another clause, and its
own clause says it was had ("completed", "done", "finished", "underwent", "tried", "failed",
"s/p") with no word of its own for something ahead ("to be completed", "will complete", "needs
to", "recommended"). How a denial reaches across clauses is clauses.denial_in_own_clause.

A denial written in the next clause of its own subject is that clause's the same way: "PT
completed x 6 wks, ESI not done" and "TKA recommended, PT not completed" denied the PT had and
the TKA planned (found probing item 3: medspaCy's "not [done|completed|tried]" reads both ways).
Care or a plan its own clause tells as had or to come keeps that status
(:func:`denied_only_after`); a bare item of a list the denial closes ("PT, NSAIDs, ESI not
tried") stays denied.

Care the words right before it tell as failed is had in the recommendation's own clause too:
"Surgery recommended after failed PT x 6 wks", "TKA recommended following failed PT and
NSAIDs", "Recommend ESI after failing 8 wks of PT" (brief s72-w6, item 3). Only the care the
failure names: "Recommend PT after failed NSAIDs" recommends the PT, and a failure still a
condition ("if failed PT", "after PT fails", "failing to attend PT") is none
(:func:`failed_before`).

An entry's own remark after a dash is its status, whatever the list's label says: "Meds tried:
MTX - pending TB screen; prednisone taper - done" lists a methotrexate not yet begun (brief s73-g;
the "tried" of the label was read as the entry's own clause telling it had).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clauses import _DENIES, clause_bounds, says_more_apart

#: The care told as had in its clause: "PT completed", "underwent PT", "s/p PT", "failed PT".
_HAD = lazy_re.compile(
    r"\b(?:completed|finished|underwent|done|tried|trialed|trialled|failed|attended|did)\b"
    r"|\b(?:s/p|status\s+post)(?!\w)",
    re.IGNORECASE,
)
#: A word of the clause's own for care still ahead: "to be completed", "will complete", "needs
#: to", "should", "recommended", "planned", "scheduled", "if no relief".
_AHEAD = lazy_re.compile(
    r"\b(?:to|will|would|shall|should|must|needs?|plan\w*|recommend\w*|rec|schedul\w*|"
    r"order\w*|refer\w*|pending|consider\w*|discuss\w*|next|continue|cont|if|unless|until|"
    r"once)\b",
    re.IGNORECASE,
)


def done_apart(ent: Any) -> bool:
    """Whether ``ent`` (a care target ConText marked hypothetical) is care its own clause says
    was had, every cue of something to come standing in another clause (module docstring)."""
    text = ent.doc.text
    low, high = clause_bounds(text, ent.start_char)
    cues = [
        ent.doc[slice(*m.modifier_span)].start_char
        for m in ent._.modifiers
        if m.category == "HYPOTHETICAL"
    ]
    if not cues or any(low <= at < high for at in cues):
        return False
    if _remark_of_its_entry(text, ent.end_char, high, cues):
        return False  # "Meds tried: MTX - pending TB screen": the entry's own status
    # The target may be the word that tells it had: "Surgery recommended, failed naproxen".
    own = text[low:high]
    return bool(_HAD.search(own)) and not _AHEAD.search(own)


#: What may join an entry to its remark: a spaced dash or colon, no comma, semicolon or line.
_TO_REMARK = lazy_re.compile(r"^[^,;\n]*$")


def _remark_of_its_entry(text: str, end: int, high: int, cues: list[int]) -> bool:
    """Whether the first cue after the target is its list entry's own remark ("MTX - pending TB
    screen"), joined by a dash with nothing between that tells the care had: a label's "tried"
    before the entry ("Meds tried:") is the list's word, and the entry's remark says it was not
    begun (brief s73-g). "PT completed x 6 wks - surgery recommended" tells its own."""
    after = [at for at in cues if at >= end]
    if not after:
        return False
    between = text[end : min(after)]
    return bool(_TO_REMARK.match(between)) and not _HAD.search(text[end:high] + between)


#: A plan's own words, which tell its clause's care as to come: "TKA recommended", "plan ESI".
_PLANNED = lazy_re.compile(
    r"\b(?:recommend\w*|rec'?d|plan\w*|schedul\w*|will|proceed\w*|order\w*|refer\w*)\b",
    re.IGNORECASE,
)


def denied_only_after(ent: Any, planned: bool) -> bool:
    """Whether every denial of ``ent`` (care, or a plan when ``planned``) is a verb's "not" in a
    later clause with a subject of its own, and ``ent``'s own clause tells its status in words of
    its own, no denial among them: "PT completed x 6 wks, ESI not done" (module docstring)."""
    text = ent.doc.text
    denials = [ent.doc[slice(*m.modifier_span)] for m in ent._.modifiers
               if m.category == "NEGATED_EXISTENCE"]  # fmt: skip
    low, high = clause_bounds(text, ent.start_char)
    own = text[low:high]
    told = (_PLANNED if planned else _HAD).search(own)
    return bool(denials and told and not _DENIES.search(own)) and all(
        d.start_char >= high
        and says_more_apart(text, (d.start_char, d.end_char), ent.start_char, ent.end_char)
        for d in denials
    )


#: A failure told right before the care, up to five words between (a course, its length, "of",
#: "conservative tx incl"), none of them a word of something ahead or of the care not begun:
#: "after failed PT", "following failed 6 wks of PT", "s/p failed formal PT", "after 6 wks
#: failed PT". Not a condition ("if failed PT") nor a failure to do it ("failing to attend PT").
_FAILED_BEFORE = lazy_re.compile(
    r"(?<!\bif )(?<!\bunless )(?<!\bwhen )(?<!\bonce )(?<!\bnot )(?<!\bnever )"
    r"(?:\b(?:after|following|given|despite|s/p|status\s+post|d/t|due\s+to|secondary\s+to|"
    r"from|w/|with)\s+)(?:(?:a|an)\s+)?(?:\d+\s*(?:wks?|weeks?|mos?|months?)\s+(?:of\s+)?)?"
    r"\b(?:failed|failing|unsuccessful|ineffective)\s+"
    r"(?:(?!(?:to|will|if|plan\w*|recommend\w*|rec|schedul\w*|order\w*|refer\w*|attempts?|"
    r"attend\w*|start\w*|begin|get|obtain)\b)[\w/+-]+,?\s+){0,5}$",
    re.IGNORECASE,
)


def failed_before(statement: str, start: int) -> bool:
    """Whether the words right before ``start`` in ``statement`` tell the care there as failed,
    hence had: "Surgery recommended after failed PT x 6 wks" (module docstring)."""
    return bool(_FAILED_BEFORE.search(statement[:start]))
