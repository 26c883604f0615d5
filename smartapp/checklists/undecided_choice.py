"""A plan whose kind is left undecided: "Plan L shoulder replacement - type TBD." (blind wave 87,
LU/shoulder-arthroplasty-02, TSA-005).

The items that read a plan as ``definite`` ask for a plan that names what will be done: the
shoulder arthroplasty's kind (anatomic, reverse, hemi), a spine surgery's procedure and levels,
an injection's level and side, a bariatric procedure, a hyaluronan product. A plan statement
that names the procedure but says its choice is still open names none of these: "type TBD",
"anatomic vs reverse - will decide", "considering reverse vs anatomic", "level TBD after CT",
"deciding between sleeve and bypass". ConText's SPECULATIVE rules read "may", "consider" before
a plan and "vs nonop" after it, not an open choice of the plan's own kind after it.

Near misses that stay a plan: another part of the plan left open ("date TBD", "anesthesia type
TBD", "spinal or general anesthesia - TBD", "surgeon TBD"), a choice already made ("anatomic vs
reverse; pt prefers reverse" is choice_made.py's), a kind decided by the study already on file
("reverse given cuff tear on MRI").
"""

from __future__ import annotations

import re

from .. import lazy_re

#: What a plan's choice is about: its kind, side, level, approach, product or device.
_CHOICE = (
    r"(?:(?:implant|prosthes[ie]s|prosthetic|component|device|procedure|surgery|surgical|"
    r"operation|injection|product|arthroplasty|replacement|walker|chair|wheelchair)\s+)?"
    r"(?:type|kind|choice|selection)|approach|levels?|side|laterality|product|brand|technique|"
    r"procedure\s+choice|which\s+(?:side|level|levels|procedure|product|implant|type|approach)"
)

#: Parts of care around the plan whose own choice leaves the plan's kind decided.
_OTHER_PART = (
    r"(?:anesthesia|anesthetic|anaesthesia|sedation|block|nerve\s+block|prophylaxis|dvt|"
    r"brace|sling|dressing|closure|rehab|pt|therapy|discharge|post-?op|follow-?up|visit|"
    r"insurance|payment|date|surgeon|facility|setting|admission|stay|"
    # a level or side the patient has, not the plan's: "pain level unclear", "activity level"
    r"pain|activity|function\w*|fitness|energy|glucose|sugar|a1c|oxygen|o2|consciousness|"
    r"education|literacy|comfort|care|assist\w*|anxiety|stress|contralateral|other|opposite)"
)

#: Still open: "TBD", "to be determined", "undecided", "not yet decided", "will decide".
_OPEN = (
    r"(?:tbd|t\.b\.d\.?|to\s+be\s+(?:determined|decided|finali[sz]ed|chosen|confirmed)|"
    r"undecided|undetermined|not\s+(?:yet\s+)?(?:decided|determined|chosen|selected|finali[sz]ed)|"
    r"unclear|uncertain|will\s+(?:be\s+)?decide[ds]?|to\s+(?:be\s+)?decide[ds]?|deciding|"
    r"decision\s+pending)"
)

#: What the choice waits on: a study ("level pending CT", "type depends on MRI").
_STUDY = (
    r"(?:(?:the|her|his|pre-?op)\s+)?(?:ct|mri|mra|imaging|scan|study|studies|arthrogram|results?|"
    r"templating|findings|workup|work-up|eval\w*|intra-?op\w*)"
)

#: "type TBD", "implant type: to be determined", "level(s) pending CT", "which side - undecided".
_CHOICE_OPEN = lazy_re.compile(
    rf"(?<!\w)(?:{_CHOICE})\b(?:\(s\))?\s*(?:is\s+|are\s+|still\s+|yet\s+)*(?:[:=-]\s*|\(\s*)?"
    rf"(?:{_OPEN}|(?:pending|depend\w*\s+(?:up)?on|based\s+on|per)\s+{_STUDY})\b",
    re.IGNORECASE,
)

#: The part of care the choice word belongs to, right before it ("anesthesia type TBD").
_OTHER_BEFORE = lazy_re.compile(rf"\b{_OTHER_PART}\s*$", re.IGNORECASE)

#: Two options weighed: "anatomic vs reverse", "sleeve or bypass", "L4-5 versus L5-S1".
_WEIGHED = lazy_re.compile(
    r"(?<![\w-])[\w/-]+\s+(?:vs\.?|versus|or)\s+[\w/-]+", re.IGNORECASE
)

#: The weighing left open after it: "- will decide", "TBD after CT", "(undecided)",
#: "decide intra-op", "pending MRI".
_LEFT_OPEN_AFTER = lazy_re.compile(
    rf"^[^.;]{{0,40}}?(?:\b{_OPEN}\b|\bdecide\w*\s+(?:intra-?op\w*|later|at\s+(?:surgery|the\s+time)|"
    r"after|once|when|on|based)\b|\b(?:based|depending|dependent|contingent)\s+(?:up)?on\b|"
    r"\bper\s+(?:the\s+)?(?:mri|ct|imaging|scan|intra-?op\w*)\b)",
    re.IGNORECASE,
)

#: The weighing opened by its own verb: "considering reverse vs anatomic", "deciding between
#: sleeve and bypass", "undecided re: anatomic or reverse".
_WEIGHING_VERB = lazy_re.compile(
    r"\b(?:consider(?:ing)?|deciding|debating|weighing|undecided|unsure|torn)\s+"
    r"(?:(?:re:?|about|on|whether)\s+)?(?:between\s+(?:(?:an?|the)\s+)?[\w/-]+(?:\s+[\w/-]+)?"
    r"\s+(?:and|vs\.?|versus|or)\s+[\w/-]+|(?:(?:an?|the)\s+)?[\w/-]+(?:\s+[\w/-]+)?\s+"
    r"(?:vs\.?|versus|or)\s+[\w/-]+)",
    re.IGNORECASE,
)

#: An open choice waiting on a study: "(TBD after CT)", "to be determined by MRI".
_OPEN_BY_STUDY = lazy_re.compile(
    rf"\b{_OPEN}\s+(?:after|pending|per|by|based\s+on|once|until|on)\s+{_STUDY}\b",
    re.IGNORECASE,
)

#: Anesthesia and setting words: "spinal or general anesthesia - TBD", "outpatient or 23h obs
#: TBD" weigh no kind of the plan.
_ANESTHESIA = lazy_re.compile(
    r"\b(?:anesthe\w+|anaesthe\w+|sedation|spinal|general|regional|block|mac|outpatient|"
    r"inpatient|obs|observation|overnight|asc|hospital|admit\w*|home|snf|rehab)\b",
    re.IGNORECASE,
)


#: A kind chosen by what the surgeon finds: "R TSA (anatomic vs hemi per intra-op glenoid)" is
#: a planned contingency, not a choice left open (blind wave 87, LW/tsa-03, labelled a plan).
_AT_SURGERY = lazy_re.compile(
    r"\bintra-?op\w*|\bat\s+(?:the\s+time\s+of\s+)?surgery\b|\bin\s+the\s+or\b", re.IGNORECASE
)


def _choice_open(text: str) -> bool:
    """A choice word of the plan's own, left open ("type TBD", not "anesthesia type TBD")."""
    for m in _CHOICE_OPEN.finditer(text):
        if not _OTHER_BEFORE.search(text[: m.start()]):
            return True
    return False


def _weighing_open(text: str) -> bool:
    """Options of the plan weighed and left open ("anatomic vs reverse - will decide")."""
    for m in _WEIGHED.finditer(text):
        if _ANESTHESIA.search(m.group()):
            continue  # "spinal or general" is the anesthesia's choice
        if _LEFT_OPEN_AFTER.match(text[m.end() :]):
            return True
    return any(not _ANESTHESIA.search(m.group()) for m in _WEIGHING_VERB.finditer(text))


def choice_left_open(text: str, start: int, end: int) -> bool:
    """Whether the plan named at ``start``-``end`` of the note ``text`` leaves its own kind
    undecided: in its sentence after it or the next sentence on its line ("Plan L shoulder
    replacement. Type TBD.")."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[end:line_end]
    # its own sentence and the next one on the line: "." ends a sentence, not "vs." or "t.b.d."
    stops = [m.end() for m in re.finditer(r"(?<!\bvs)(?<!\bt\.b\.d)[.;](?=\s|$)", rest)]
    after = rest[: stops[1]] if len(stops) > 1 else rest
    line_start = text.rfind("\n", 0, start) + 1
    sentence_start = max(text.rfind(". ", line_start, start), line_start)
    before = text[sentence_start:start]
    if _AT_SURGERY.search(after):
        return False
    if _choice_open(after) or _weighing_open(after) or _OPEN_BY_STUDY.search(after):
        return True
    # "Type TBD: L shoulder replacement", "Considering reverse vs anatomic L TSA"
    return _WEIGHING_VERB.search(before) is not None and not _ANESTHESIA.search(before)
