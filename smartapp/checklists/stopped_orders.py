"""A medication order still open in the record that a later note says was stopped, never taken or
replaced ends where the note says.

EHR medication lists go stale: an order stays 'active' for years after the patient stopped the
drug, and the note says so ('Stopped Lantus last July on his own ... not on any insulin',
'Removed Lantus from med list (pt confirms not taking)': blind wave 17, BG/cgm-02; 'MTX 15 mg
weekly started 08/04, pt stopped it on her own ~10/01 ... (med list not updated)': BE/inf-02).
Reviewers read the note over the stale status. An open order with no note saying otherwise still
runs until stopped (records._end); a note that says the drug was taken up again, or is continued,
after the stop keeps it running.

The drug is named as the order names it (the words of its label before the strength, a bracketed
brand) and as notes shorten it (the medication-history vocabulary of targets.yaml: 'MTX'), or
by a brand its generic label does not carry ('Lantus' for 'insulin glargine': drug_brands.py).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..notes.cues import CARE_STOPPED
from ..notes.segments import segment
from .drug_brands import brands_of
from .order_switches import switch_at
from .stop_dates import NOT_YET_TAKEN, stop_date

#: Statuses of an order that runs until stopped (records._end).
OPEN = frozenset({"active", "on-hold", "in-progress"})

#: Words of a label that name no drug: salts, forms, units.
_NOT_A_NAME = frozenset(
    "hydrochloride hcl sodium potassium sulfate acetate citrate succinate tartrate maleate "
    "besylate mesylate calcium magnesium oral tablet tablets capsule injectable solution "
    "injection pen injector extended release delayed er xr dr sr mg ml unt units".split()
)

#: The words before the drug that say it was stopped or never taken: 'stopped Lantus', 'not on
#: any insulin', 'no longer taking MTX', 'removed Lantus from med list', 'switched from MTX'.
_BEFORE = (
    r"\b(?:stopped|discontinued|d/c'?d|dc'?d|quit|came off|went off|off of|off|self[- ]?"
    r"discontinued|removed|never (?:started|took|filled|picked up|began)|(?:did not|didn't) "
    r"(?:fill|pick up)|no longer (?:on|"
    r"taking|using)|not (?:been )?(?:on|taking|using)|switched from|changed from|replaced)"
    r"\s+(?:(?:taking|using|the|his|her|their|any|all|oral|po)\s+)*"
    r"(?:[\w-]+\s*(?:,|and|&|/)\s*){0,2}"
)
#: What follows the drug's name to say the same: "MTX ... pt stopped it ~10/01", "(Patient not
#: taking: Reported 5/1/2026)" (Epic's medication list), "never started", "replaced by".
_AFTER = lazy_re.compile(
    r"\b(?:not taking|never (?:started|taken|took|filled|picked up)|no longer (?:taking|using)|"
    rf"{NOT_YET_TAKEN})\b"
    r"(?=\s*(?:$|[:,.;()\-–\"']|\d|(?:it|since|for|in|after|because|due)\b))"
    r"|\breplaced (?:by|with)\b",
    re.IGNORECASE,
)
#: Taken still or again: "restarted 6/20", "continues MTX", "back on it".
_RESUMED = lazy_re.compile(
    r"\b(?:restart(?:ed)?|resum(?:e|ed)|re-?started|back on|continu(?:e|es|ed|ing)|still (?:on|"
    r"taking))\b",
    re.IGNORECASE,
)
#: A stop to come, asked about or hoped for: "will stop MTX", "if LFTs rise, d/c MTX".
_NOT_YET = lazy_re.compile(
    r"\b(?:if|will|would|may|might|could|should|plan(?:s|ning)? to|consider\w*|unless|"
    r"wants? to|asks?|whether)\b",
    re.IGNORECASE,
)
#: Not taken as prescribed is taken, irregularly: no stop.
_ADHERENCE = lazy_re.compile(r"^\W*(?:as (?:prescribed|directed)|regularly|consistently)\b", re.I)
#: A class word that names this drug only when no other kind follows it: "insulin glargine" is
#: no lispro order's drug (blind wave 16, BC/cgm-01: "insulin glargine (discontinued 2021)").
_INSULINS = (
    "glargine|lispro|aspart|detemir|degludec|glulisine|nph|regular|isophane|human|lantus|"
    "humalog|novolog|levemir|tresiba|basaglar|toujeo|semglee|admelog|fiasp|apidra|humulin|novolin"
)


def drug_names(item: Evidence) -> tuple[str, ...]:
    """The names a note may call the order's drug by."""
    label = item.label().lower()
    head = re.split(r"\d|\[", label, maxsplit=1)[0]
    names = {w for w in re.findall(r"[a-z][a-z-]{2,}", head) if w not in _NOT_A_NAME}
    names |= {b.strip() for b in re.findall(r"\[([^\]]+)\]", label) if b.strip()}
    return tuple(sorted(names | _shortened(frozenset(names)) | brands_of(names)))


def _shortened(names: frozenset[str]) -> set[str]:
    """The medication-history vocabulary's other names for a drug named ('mtx', 'plaquenil')."""
    from ..notes.findings import load_targets

    out: set[str] = set()
    for phrases in load_targets().get("medication-history", {}).values():
        words = {p.lower() for p in phrases if isinstance(p, str)}
        if words & names and len(words) <= 8:
            out |= words
    return out


@cache
def drug_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A mention of any of ``names`` (an insulin not followed by another insulin's name), and
    the same mention after a word that stops it or says it was never taken (``_BEFORE``)."""
    others = "|".join(k for k in _INSULINS.split("|") if k not in names)
    name = "|".join(
        re.escape(n) + (rf"(?!\s+(?:{others})\b)" if n == "insulin" else "")
        for n in sorted(names, key=len, reverse=True)
    )
    mention = re.compile(rf"(?<![\w-])(?:{name})(?![\w-])", re.IGNORECASE)
    before = re.compile(rf"{_BEFORE}(?:{name})(?![\w-])", re.IGNORECASE)
    return mention, before


def stopped_on(item: Evidence, notes: list[Any], as_of: date) -> date | None:
    """The day a note written after the order (up to ``as_of``), or the order's own comment,
    says its drug stopped (``notes``: every text of the record): the date
    written with the stop, else the order's day plus the weeks the statement gives, else the
    note's day. None when no note says so, or the same or a later note says it is taken."""
    if not item.kind.startswith("Medication") or item.end is not None or item.date is None:
        return None
    if item.status not in OPEN:
        return None
    names = drug_names(item)
    if not names:
        return None
    mention, before = drug_patterns(names)
    stop: tuple[date, bool, date] | None = None  # (note's date, dated, the day it stopped)
    taken: date | None = None
    for note in notes:
        # A note of the order's own day tells the history the order follows; the order's own
        # comment ("Pt stopped 10/1 - rash") speaks of it whenever it was written.
        own = note.kind == "annotation" and note.ref.startswith(f"{item.ref}#")
        if (not own and note.kind != "note") or note.date is None:
            continue
        if not (item.date <= note.date if own else item.date < note.date) or note.date > as_of:
            continue
        text = note.text or ""
        if not own and not mention.search(text):
            continue
        statements = segment(text)
        for index, statement in enumerate(statements):
            said = says_stopped(statement.text, mention, before, names)
            if said is None and index:
                said = stop_opens_next(text, statements[index - 1], statement, mention)
            if said is None and own:
                said = _bare_stop(statement.text, mention)
            if said is None:
                continue
            if said < 0:
                taken = max(taken or note.date, note.date)
                continue
            # An undated comment is dated by its order: its stop may be any day up to as_of.
            when = stop_date(statement.text, said, as_of if own else note.date, item.date)
            # The newest note's word; in one note, the statement that dates the stop.
            if when is not None and (stop is None or (note.date, when[0]) > stop[:2]):
                stop = (note.date, *when)
    if stop is None or (taken is not None and taken >= stop[0]):
        return None
    return stop[2]


def says_stopped(
    text: str, mention: re.Pattern[str], before: re.Pattern[str], names: tuple[str, ...]
) -> int | None:
    """Where in the statement the stop is said (after it come its date and reason), -1 when the
    statement says the drug is taken still or again, None when it says neither."""
    found = before.search(text)
    if found and not _NOT_YET.search(text[: found.start()]):
        return -1 if _resumes(text[found.end() :], mention) else found.start()
    switched = switch_at(text, names)  # "Aza changed to 6-MP 3/2/26" (order_switches.py)
    if switched is not None:
        return switched
    for named in mention.finditer(text):
        rest = text[named.end() :]
        stop = CARE_STOPPED.search(rest) or _AFTER.search(rest)
        if stop is None:
            if _RESUMED.search(text[max(0, named.start() - 30) : named.start()]) or _RESUMED.match(
                rest.lstrip(" -:,(")
            ):
                return -1  # "Continue HEP + gabapentin", "MTX - continue"
            continue
        between = rest[: stop.start()]
        if _NOT_YET.search(between) or not _same_item(between):
            continue
        if _ADHERENCE.match(rest[stop.end() :]):
            continue
        return -1 if _resumes(rest[stop.end() :], mention) else named.end() + stop.start()
    return None


#: What may open a statement before the stop it carries on with: "she never filled it".
_SUBJECT = lazy_re.compile(
    r"^\W*(?:(?:pt|patient|she|he|they|but|and|says?|states?|reports?)\s+)*", re.I
)


def stop_opens_next(
    text: str, previous: Any, statement: Any, mention: re.Pattern[str]
) -> int | None:
    """Where a statement that carries on the drug's line opens with its stop, as
    :func:`says_stopped` answers: the cutter makes two statements of "Ibuprofen 800 - never
    took it" and "Ibuprofen was prescribed by her dentist; she never filled it" (blind wave 28,
    CX/kas-03). Only when the drug is the last item the line named before it."""
    named = list(mention.finditer(previous.text))
    if not named or "\n" in text[previous.end : statement.start]:
        return None
    if not _same_item(previous.text[named[-1].end() :]):
        return None  # "ibuprofen, tramadol - never filled": the tramadol
    lead = _SUBJECT.match(statement.text).end()
    stop = CARE_STOPPED.match(statement.text, lead) or _AFTER.match(statement.text, lead)
    if stop is None:
        return None
    return -1 if _resumes(statement.text[stop.end() :], mention) else stop.start()


def _bare_stop(text: str, mention: re.Pattern[str]) -> int | None:
    """Where an order's own comment says it was stopped without naming it ("Pt stopped taking
    it 10/01 - no benefit"), as :func:`says_stopped` answers."""
    stop = CARE_STOPPED.search(text) or _AFTER.search(text)
    if stop is None or _NOT_YET.search(text[: stop.start()]):
        return None
    return -1 if _resumes(text[stop.end() :], mention) else stop.start()


#: After a list separator, what may stand before a stop that still speaks of the drug before it:
#: its subject or a linking word ("MTX started 08/04, pt stopped it ~10/01"), nothing that names
#: another item ("gabapentin since Feb, PT x 6 wks - d/c'd 3/6" stops the PT).
_OWN_CLAUSE = lazy_re.compile(
    r"^\W*(?:(?:pt|patient|she|he|they|but|and|then|so|was|were|has|had|been|is|it|later|"
    r"eventually|subsequently|finally|ultimately|self)\W+)*$",
    re.IGNORECASE,
)


def _same_item(between: str) -> bool:
    """Whether a stop after the drug's name is said of it, not of another item listed after it."""
    parts = re.split(r"[,;+]|\band\b|&", between)
    return all(_OWN_CLAUSE.match(part) for part in parts[1:])


#: What a resumption may be followed by and still be this drug's: a date, a dose, a pronoun.
_OWN_TAIL = lazy_re.compile(
    r"\s*(?:$|[\d,.;:()\-–]|(?:it|them|at|on|in|since|after|with|per|the same|same)\b)", re.I
)


def _resumes(rest: str, mention: re.Pattern[str]) -> bool:
    """Whether the words after a stop take this drug up again ("restarted 6/20", "continues
    MTX"), not another one ("stopped MTX 10/1, continue HCQ")."""
    for match in _RESUMED.finditer(rest):
        tail = rest[match.end() :]
        if _OWN_TAIL.match(tail) or mention.match(tail.lstrip()):
            return True
    return False
