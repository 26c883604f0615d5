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
brand) and as notes shorten it (the medication-history vocabulary of targets.yaml: 'MTX').
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from ..evidence import Evidence
from ..notes.cues import CARE_STOPPED
from ..notes.segments import segment
from ..notes.written_dates import find_dates

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
    r"discontinued|removed|never (?:started|took|filled|picked up|began)|no longer (?:on|"
    r"taking|using)|not (?:been )?(?:on|taking|using)|switched from|changed from|replaced)"
    r"\s+(?:(?:taking|using|the|his|her|their|any|all|weekly|daily|oral|po)\s+)*"
    r"(?:[\w-]+\s*(?:,|and|&|/)\s*){0,2}"
)
#: What follows the drug's name to say the same: "MTX ... pt stopped it ~10/01", "(Patient not
#: taking: Reported 5/1/2026)" (Epic's medication list), "never started", "replaced by".
_AFTER = re.compile(
    r"\b(?:not taking|never (?:started|taken|filled|picked up)|replaced (?:by|with)|switched to|"
    r"changed to|no longer (?:taking|using))\b",
    re.IGNORECASE,
)
#: Taken up again, or still taken, after the stop: "restarted 6/20", "continues MTX".
_RESUMED = re.compile(
    r"\b(?:restart(?:ed)?|resum(?:e|ed)|re-?started|back on|continu(?:e|es|ed|ing)|still (?:on|"
    r"taking))\b",
    re.IGNORECASE,
)
#: A stop to come, asked about or hoped for: "will stop MTX", "if LFTs rise, d/c MTX".
_NOT_YET = re.compile(
    r"\b(?:if|will|would|may|might|could|should|plan(?:s|ning)? to|consider\w*|unless|"
    r"wants? to|asks?|whether)\b",
    re.IGNORECASE,
)
#: Not taken as prescribed is taken, irregularly: no stop.
_ADHERENCE = re.compile(r"^\W*(?:as (?:prescribed|directed)|regularly|consistently)\b", re.I)


def drug_names(item: Evidence) -> tuple[str, ...]:
    """The names a note may call the order's drug by."""
    label = item.label().lower()
    head = re.split(r"\d|\[", label, maxsplit=1)[0]
    names = {w for w in re.findall(r"[a-z][a-z-]{2,}", head) if w not in _NOT_A_NAME}
    names |= {b.strip() for b in re.findall(r"\[([^\]]+)\]", label) if b.strip()}
    return tuple(sorted(names | _shortened(frozenset(names))))


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
def _patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    mention = re.compile(rf"(?<![\w-])(?:{name})(?![\w-])", re.IGNORECASE)
    before = re.compile(rf"{_BEFORE}(?:{name})(?![\w-])", re.IGNORECASE)
    return mention, before


def stopped_on(item: Evidence, notes: list[Any], as_of: date) -> date | None:
    """The day a note dated from the order on (up to ``as_of``) says its drug stopped: the date
    the stop statement gives (on or after the order's), else the order's own day (stopped, when
    not said). None when no note says so, or a later one says it was taken up again."""
    if not item.kind.startswith("Medication") or item.end is not None or item.date is None:
        return None
    if item.status not in OPEN:
        return None
    names = drug_names(item)
    if not names:
        return None
    mention, before = _patterns(names)
    stop: tuple[date, bool, date] | None = None  # (note's date, dated, the day it stopped)
    resumed: date | None = None
    for note in notes:
        if note.kind != "note" or note.date is None or not item.date <= note.date <= as_of:
            continue
        text = note.text or ""
        if not mention.search(text):
            continue
        for statement in segment(text):
            said = _says_stopped(statement.text, mention, before)
            if said is None:
                continue
            if said < 0:
                resumed = max(resumed or note.date, note.date)
                continue
            when = _stop_date(statement.text[said:], note.date, item.date)
            # The newest note's word; in one note, the statement that dates the stop.
            if stop is None or (note.date, when is not None) > stop[:2]:
                stop = (note.date, when is not None, when or item.date)
    if stop is None or (resumed is not None and resumed > stop[0]):
        return None
    return stop[2]


def _says_stopped(text: str, mention: re.Pattern[str], before: re.Pattern[str]) -> int | None:
    """Where in the statement the stop is said (after it come its date and reason), -1 when the
    statement says the drug is taken again or still, None when it says neither."""
    found = before.search(text)
    if found and not _NOT_YET.search(text[: found.start()]):
        rest = text[found.end() :]
        return -1 if _RESUMED.search(rest) else found.start()
    for named in mention.finditer(text):
        rest = text[named.end() :]
        stop = CARE_STOPPED.search(rest) or _AFTER.search(rest)
        if stop is None:
            if _RESUMED.search(text[max(0, named.start() - 20) : named.end() + 40]):
                return -1
            continue
        if _NOT_YET.search(rest[: stop.start()]) or _ADHERENCE.match(rest[stop.end() :]):
            continue
        return -1 if _RESUMED.search(rest[stop.end() :]) else named.end() + stop.start()
    return None


def _stop_date(words: str, note_date: date, start: date) -> date | None:
    """The first date written with the stop ('stopped it ~10/01', 'stopped last July') that
    lies between the order and the note, if any."""
    for mention in find_dates(words, note_date):
        if start <= mention.when <= note_date:
            return mention.when
    return None
