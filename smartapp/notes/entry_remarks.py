"""A medication list entry whose own remark says the drug is not taken lists no care taken.

A reconciled list carries every drug once prescribed, and marks the ones the patient does not
take where the entry ends: "ibuprofen 800 mg tab, take 1 tab PO TID PRN (not taking)",
"azathioprine 50 mg tab - take as directed [patient-reported, not currently taking]", Epic's
"(Patient not taking: Reported 5/1/2026)", "meloxicam 15 mg (listed, never filled)". The entry
was cut into statements at its comma or spaced dash, so its remark was read as a statement of its
own naming no drug, and the entry as a drug taken (blind waves 58-60, HJ/shoulder-02: a listed
ibuprofen 'not taking' made three months of shoulder care; HM/ifx-02: a listed azathioprine
'not currently taking' met infliximab step therapy). Reviewers read such an entry as no trial,
whatever reason the remark gives ("(not taking - upsets my stomach)", "(not taking - NSAID
intolerance)": blind HP/lumbar-mri-03, FD/tka-03).

The remark is the entry's own: read from the drug to the end of its entry, which ends at the
line's end, a semicolon outside brackets, another drug found on the line, or a comma that opens
a new entry ("ibuprofen 800 mg, lisinopril 10 mg (not taking)" leaves the ibuprofen alone). An
entry whose remark also says the drug was taken before it stopped ("(NOT TAKING - stopped
March)", "hasn't used since 2024", "not taking anymore", "held for surgery", "didn't help")
keeps its care: that is a course that ended, the history a step therapy asks for.

An entry's remark may also say what the drug is taken for: "ibuprofen 800 mg TID PRN (on list
since 2024 for back)" beside a knee's meniscus tear (blind wave 59, HO/kas-03; the reviewer: 'a
list entry is not a knee trial'). A drug taken for another problem is no care for this one: the
entry is about the region its purpose names ("for back", "for his low back pain", "- for neck",
"(rx'd for R shoulder)"), as a narrative's "PT for the right knee" is; an entry that names none
keeps its statement's regions.

Insulin is such a listed drug too, though its reader files it under the clinical notes (CGM-001's
"insulin-treated", a treatment a regex target names: regex_target_hypothetical.PROPOSABLE). An Epic
"Current Outpatient Medications" row sets its status at the end, after the dose and a dot
leader: "insulin glargine 10 u qHS ..... NOT TAKING - never started (declined)" lists no insulin
taken (blind wave 65, IM/cgm-02). Insulin is read as a treatment now, so a row that says it was
stopped ("........ Discontinued 3/2026") lists none either. Nor does an entry whose remark says
the patient turned the drug down ("insulin glargine (LANTUS) - discussed 7/1, pt declined, 'not
ready for shots'": blind wave 109, OX/cgm-02): label_refused.refused_remark, the refusal of the
drug itself, not of a dose change ("- declined dose increase").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lazy_re
from ..evidence.regions import regions_in_text
from .cues import CARE_STOPPED
from .label_refused import refused_remark
from .model import CARE_CATEGORIES, NoteFinding
from .regex_target_hypothetical import PROPOSABLE

#: The sections a medication list is read under (sections.yaml).
_LISTS = frozenset({"medications"})
#: The remark that the drug is not taken, or never was: "not taking", "not currently taking",
#: "pt not taking", "not yet started", "never filled", "hasn't started it", "did not pick up",
#: "not using", "unfilled". Not "not taking regularly", "not taking it every day" (taken now
#: and then) nor "not taking anymore" (taken until then).
_NOT_TAKEN = lazy_re.compile(
    r"(?:\bnot\s+(?:currently\s+|yet\s+|really\s+)?(?:taking|taken|started|filled|using|used|"
    r"picked\s+(?:(?:it|them)\s+)?up|begun)"
    # ... the pronoun between the verb and its particle too: "pt says she never picked it up".
    r"|\bnever\s+(?:really\s+)?(?:taken|took|started|filled|picked\s+(?:(?:it|them)\s+)?up|"
    r"tried|used|began|begun)"
    r"|\b(?:has|have|had|did|does|do)(?:\s+not|n't)\s+(?:yet\s+|really\s+|ever\s+)?(?:take|"
    r"taken|took|fill|filled|start|started|pick\s+(?:it\s+)?up|picked\s+(?:it\s+)?up|use|used|try|tried)"
    # ... in the progressive: "pt says she hasn't really been taking it", "isn't really taking
    # it", "is not using it" (blind wave 92, MO/advanced-imaging-other-02).
    r"|\b(?:(?:has|have|had)(?:\s+not|n't)\s+(?:really\s+|actually\s+)?been|isn't|aren't|"
    r"wasn't)\s+(?:really\s+|actually\s+)?(?:taking|using)"
    r"|\bunfilled)\b"
    r"(?!\s+(?:it\s+|them\s+)?(?:regularly|daily|every|consistently|as\s+(?:prescribed|directed)|"
    r"often|much|anymore|any\s+(?:more|longer)|lately|recently)\b)"
    # ... with no object of its own: "has not filled the gabapentin" is another drug's remark.
    r"(?=\s*(?:$|[-\u2013\u2014.;:,()\[\]!\"']|(?:it|them|this|yet|at\s+all|ever|per|by|due|"
    r"d/t|because|as|for|since|in|on|after|reported)\b))",
    re.IGNORECASE,
)
#: ... or that it is still to begin, as the entry's remark after a dash, bracket or colon:
#: "methotrexate 15 mg weekly - pending TB screen", "MTX (awaiting QFT)", "MTX - to start after
#: TB screen" (brief s73-g). Not a refill or a renewal waiting ("(refill pending)").
_NOT_BEGUN = lazy_re.compile(
    r"(?:^|[-\u2013\u2014(\[:])\s*(?:pending|awaiting|waiting\s+(?:for|on)|to\s+(?:start|begin)|"
    r"to\s+be\s+(?:started|begun|initiated)|will\s+(?:start|begin)|not\s+yet\s+(?:started|begun))\b"
    r"(?!\s+(?:\w+\s+)?(?:refill|renewal|re-?fill))",
    re.IGNORECASE,
)
#: ... unless the remark says the drug was taken before: a stop, a time since, a hold, a failure,
#: a course finished or the dates it ran (a table's start and stop dates make a trial); or that
#: it is taken after all ("never filled at first, now taking it").
_TAKEN_BEFORE = lazy_re.compile(
    r"\b(?:since|anymore|any\s+(?:more|longer)|held|hold|holding|paused|failed|tried|"
    r"(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:help|work)|no\s+(?:relief|benefit|help)|"
    r"(?:not\s+|in)effective|x\s*\d+\s*(?:d|days?|wks?|weeks?|mos?|months?|yrs?|years?)|"
    r"for\s+\d+\s*(?:days?|wks?|weeks?|mos?|months?|yrs?|years?)|after\s+\d+|completed|"
    r"finished|course|at\s+first|(?:now|currently|since\s+then)\s+(?:taking|takes|on|using))\b"
    # ... or the dates it ran: "(3/2025-6/2025, not taking)", "1/5/26 to 3/1/26".
    r"|\d{1,2}/\d{2,4}(?:/\d{2,4})?\s*(?:-|\u2013|to)\s*\d{1,2}/\d{2,4}",
    re.IGNORECASE,
)
#: How long the entry has stood on the list, which is no time the drug was taken: "(on list since
#: 2024 for cramps, pt says she hasn't really been taking it)" (blind wave 92,
#: MO/advanced-imaging-other-02). Not "(not taking since March)", the drug's own stop.
_LISTED_SINCE = lazy_re.compile(
    r"\b(?:on\s+(?:the\s+|her\s+|his\s+|med(?:ication)?s?\s+)*list|listed|on\s+file|"
    r"in\s+(?:the\s+)?chart)\s+since\b",
    re.IGNORECASE,
)
#: A comma that opens the list's next entry: a drug's name and its strength ("..., lisinopril 10
#: mg"), not the entry's own directions ("..., take 1 tab PO TID PRN").
_NEXT_ENTRY = lazy_re.compile(
    r",\s*(?!(?:take|tk|apply|inject|use|inhale|instill|insert|place|dissolve|chew|give|po|by|"
    r"one|two|up\s+to)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+\d+(?:\.\d+)?\s*(?:mg|mcg|g|units?|u|"
    r"ml|%)",
    re.IGNORECASE,
)


#: What the entry says the drug is for: "for back", "for his low back", "for neck pain", "for the
#: R shoulder", "used for L knee". A bare "back" is the low back's ("for back" is no region word
#: of its own: "for back to work" elsewhere), read only here, after "for" in a list entry.
_PURPOSE = lazy_re.compile(
    r"\bfor\s+(?:(?:his|her|my|their|the|chronic|occasional|intermittent)\s+)*"
    r"(?P<what>[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,3})",
    re.IGNORECASE,
)
_BARE_BACK = lazy_re.compile(r"^(?:back|back\s+(?:spasms?|strain|ache))$", re.IGNORECASE)


def purpose_regions(rest: str) -> frozenset[str]:
    """The regions the entry's remark says its drug is taken for, if it says so (a medication
    record's own note or directions say it in the same words: checklists/listed_for.py)."""
    found: set[str] = set()
    for purpose in _PURPOSE.finditer(rest):
        what = purpose.group("what")
        if _BARE_BACK.match(what):
            what = "back pain"
        found |= regions_in_text(what)
    return frozenset(found)


def given_side(rest: str, regions: frozenset[str]) -> frozenset[str]:
    """The sided regions the entry's remark says its drug was given into, when the drug's own
    words name no side: "triamcinolone acetonide 40 mg/mL inj - last given 11/03/2025 (L knee)"
    is the left knee's injection, no right knee's (brief s77-side, blind wave 91,
    MJ/hyaluronan-02). The entry was cut at its spaced dash, so the side was read as a statement
    of its own. A remark naming both sides ("(L knee 11/2025, R knee 2/2026)") keeps both."""
    if any(":" in r for r in regions):
        return frozenset()  # "diclofenac 1% gel QID to R knee": the drug's words say it
    found = regions_in_text(rest)
    return found if any(":" in r for r in found) else frozenset()


def _entry_rest(text: str, finding: NoteFinding, others: Sequence[NoteFinding]) -> str:
    """The rest of ``finding``'s list entry after its drug's name."""
    line_end = text.find("\n", finding.end)
    end = line_end if line_end >= 0 else len(text)
    for other in others:
        if finding.end <= other.start < end and other.concept != finding.concept:
            end = other.start  # another drug found on the line opens an entry of its own
    return cut_entry(text[finding.end : end])


def cut_entry(rest: str) -> str:
    """``rest`` (a list line's words after a drug's name) up to the end of that drug's entry: a
    semicolon outside brackets, or a comma that opens the next entry."""
    depth = 0
    for at, char in enumerate(rest):
        depth += char in "([{"
        depth -= char in ")]}" and depth > 0
        if char == ";" and depth == 0:
            rest = rest[:at]
            break
    comma = _NEXT_ENTRY.search(rest)
    return rest[: comma.start()] if comma else rest


def not_taken(rest: str) -> bool:
    """Whether an entry's rest says its drug is not taken and not that it was taken before
    (listed_orders.py reads an open order's list remark by it too)."""
    said = _NOT_TAKEN.search(rest) or _NOT_BEGUN.search(rest)
    if said is None:
        return False
    others = rest[: said.start()] + " " + rest[said.end() :]  # "never tried" is no trial
    others = _LISTED_SINCE.sub(" ", others)  # the list's years are not the drug's
    return not (CARE_STOPPED.search(others) or _TAKEN_BEFORE.search(others))


def _listed_drug(finding: NoteFinding) -> bool:
    """Whether ``finding`` names care a list entry holds: a drug or care of the care categories,
    or a treatment another category's reader names (insulin)."""
    label = f"{finding.category}|{finding.concept}"
    return finding.category in CARE_CATEGORIES or label in PROPOSABLE


def read_list_entries(text: str, findings: Sequence[NoteFinding]) -> list[NoteFinding]:
    """``findings`` with each medication list entry made hypothetical when its own remark says
    the drug is not taken, and about the region its remark says the drug is taken for."""
    listed = [f for f in findings if f.section in _LISTS and _listed_drug(f)]
    if not listed:
        return list(findings)
    changed: dict[int, NoteFinding] = {}
    for finding in listed:
        rest = _entry_rest(text, finding, listed)
        read, purpose = finding, purpose_regions(rest) | given_side(rest, finding.regions)
        if purpose:
            read = replace(read, regions=read.regions | purpose)
        # Insulin is read as treatment now: a row whose status says it was stopped lists none
        # ("... 10 units nightly ........ Discontinued 3/2026"), where a stopped drug of the
        # care categories is a course taken before.
        current = finding.category not in CARE_CATEGORIES and CARE_STOPPED.search(rest)
        # An entry whose remark says the drug was turned down lists a drug offered, not taken.
        if not_taken(rest) or current or refused_remark(rest, finding.concept):
            read = replace(read, hypothetical=True)
        if read is not finding:
            changed[id(finding)] = read
    return [changed.get(id(f), f) for f in findings]
