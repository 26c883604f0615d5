"""A first-hand record that care never began outweighs a letter's claim of it, and its order.

A letter of medical necessity summarises the chart, accurately or not. Where a note written by
someone who saw the patient or the pharmacy fill says the drug was never started, never filled or
never taken ("Pharmacist med review: methotrexate Rx from 7/15 never picked up; pt states she
never started it"), the letter's "Ms. Oakes has failed methotrexate and steroids" written after it
is no trial: a reviewer reads the chart, not the letter's summary of it (blind wave 94,
MX/inf-03; CMS Program Integrity Manual ch. 5 §5.7: a practitioner's attestation needs the record
behind it, letters.py). finding_dates.newest_wins lets only a strictly newer note undo an older
one, so the letter, written last, had kept the prescription's day and its own as a course.

The prescribing note before the denial ("Rx MTX sent.") is no trial either. newest_wins drops it
when ConText read the denial as a negation, not when it read it as a start that never came
("Pharmacy: MTX never filled." is hypothetical): both are the same denial here.

Near misses that keep their trial:

- the chart saying the drug was begun after all ("started MTX 3/2026 after initially not picking
  it up", "never filled at first, now taking it"): no denial;
- a course dated outside the time the denial speaks of ("methotrexate 15 mg weekly
  1/2025-6/2025, failed" in a letter, beside a pharmacist's word on a 7/2026 prescription), and a
  note written after the denial: the chart does not contradict them;
- a denial of another drug, by a relative, or of taking the drug regularly ("not taking it
  regularly", "hasn't taken it this week"): no start denied.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.clauses import stop_bounded_clause
from .finding_dates import written_date
from .letters import is_letter_of_necessity

#: A denial: the date it gives (the prescription it speaks of), if any, its note's, and whether
#: ConText read it as a negation (newest_wins weighs those against older notes itself).
_Denial = tuple[date | None, date | None, bool]

#: A start that never came, in the words of a note that saw it: "never started", "never picked
#: (it) up", "never filled", "did not pick up", "has not started", "not yet started", "never took
#: a dose", "unfilled". Not taking it "regularly", "this week", "anymore" (taken, then not).
_NEVER_BEGUN = lazy_re.compile(
    r"\b(?:never\s+(?:(?:really|actually|even)\s+)?(?:started|began|begun|filled|took|taken|tried|"
    r"picked\s+(?:(?:it|them)\s+)?up|received|attended|went)"
    r"|(?:did|does|has|have|had)(?:\s+not|n't)\s+(?:yet\s+|ever\s+|even\s+)?(?:start|started|"
    r"begin|begun|fill|filled|pick\s+(?:(?:it|them)\s+)?up|picked\s+(?:(?:it|them)\s+)?up|"
    r"take|taken|try|tried)"
    r"|not\s+(?:yet\s+)?(?:started|begun|filled|picked\s+(?:(?:it|them)\s+)?up)"
    r"|unfilled)\b"
    r"(?!\s+(?:\w+\s+){0,2}?(?:regularly|consistently|daily|every|as\s+(?:prescribed|directed)|"
    r"anymore|any\s+(?:more|longer)|this\s+(?:week|morning)|today|yesterday|lately|recently)\b)",
    re.IGNORECASE,
)
#: The same statement saying the care was begun after all, or before the denial's time:
#: "initially", "at first", "until", "now taking", "since then", "restarted", "then started".
_BEGUN_AFTER_ALL = lazy_re.compile(
    r"\b(?:initially|at\s+first|until|restarted|resumed|re-?started|since\s+then|"
    r"(?:now|currently|then|later|eventually|finally)\s+(?:\w+\s+)?(?:taking|takes|on|using|"
    r"started|began|filled|picked))\b",
    re.IGNORECASE,
)


def never_begun(finding: Any) -> bool:
    """Whether ``finding`` (not asserted) is of a clause that says its care never began: the
    clause up to a semicolon, line break or full stop ("Offered gabapentin; never filled the
    tramadol" denies no gabapentin)."""
    if finding.asserted or finding.family:
        return False
    snippet = finding.snippet or ""
    at = snippet.lower().find(finding.text.lower())
    low, high = stop_bounded_clause(snippet, max(at, 0), max(at, 0) + len(finding.text))
    return bool(_NEVER_BEGUN.search(snippet, low, high)) and not _BEGUN_AFTER_ALL.search(
        snippet, low, high
    )


def _contradicted(claim: Any, written: date | None, denials: list[_Denial]) -> bool:
    """Whether a mention of the care falls in the time some denial speaks of: from the denial's
    own date (the prescription it is about: "Rx from 7/15 never picked up"), or any time before
    when it gives none, to the denial's note. ``written`` is the mention's note's date, None for
    a letter: a letter's undated claim always falls there (it sums up the whole chart), a note's
    mention by its own date or its note's, only when written before the denial (a note after it
    may tell a start since) and only by a denial read as a start that never came: a negation is
    newest_wins' to weigh, and dropping the mention here would hide from episode_pieces the
    order it gives ("Ref PT 2x/wk x 6 wks, meloxicam": blind LR/sps-02)."""
    when = claim.when or written
    for since, denied, negated in denials:
        if written is not None and (negated or denied is None or written >= denied):
            continue
        if when is None or (
            (since is None or since <= when) and (denied is None or when <= denied)
        ):
            return True
    return False


def drop_claims_never_begun(
    findings: list[Any], texts: dict[str, Any], dates: dict[str, date | None]
) -> list[Any]:
    """``findings`` without the asserted mentions of care that a first-hand record (any text but
    a letter of medical necessity) says never began: a letter's claim of it, and a note's
    mention written before the denial (its prescription: "Rx MTX sent.")."""
    denials: dict[str, list[_Denial]] = {}
    for finding in findings:
        text = texts.get(finding.note_ref)
        if text is None or is_letter_of_necessity(text) or not never_begun(finding):
            continue
        denial = (finding.when, written_date(finding, dates), finding.negated)
        denials.setdefault(finding.concept, []).append(denial)
    if not denials:
        return findings
    kept = []
    for finding in findings:
        text = texts.get(finding.note_ref)
        if finding.asserted and finding.concept in denials and text is not None:
            letter = is_letter_of_necessity(text)
            written = None if letter else written_date(finding, dates)
            if (letter or written is not None) and _contradicted(
                finding, written, denials[finding.concept]
            ):
                continue
        kept.append(finding)
    return kept
