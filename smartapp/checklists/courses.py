"""Whether an episode of conservative care was a course, or care begun and left; whether a
statement says a piece of care was stopped.

``min_sessions`` asks for a completed course. Session days are the days care is dated on; but a
therapy course the patient left ("eval + 1 visit in Feb then stopped going", "discharged for
non-attendance") is dated by the notes that report it as well — the discharge summary's heading,
"in Feb" — and those are no sessions. For a modality left and not taken up again, only the days
it was coded on, the sessions a statement counts and a stated stretch of a week or more count.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.cues import CARE_STOPPED
from ..notes.discharged_care import missed_days_only, missed_visit_discharge
from ..notes.durations import find_durations
from .ended_on import headed_by
from .left_at_evaluation import went_on

#: A medication list's remark that the drug is not taken: "tramadol 50 mg q6h PRN (not taking)",
#: Epic's "(Patient not taking: Reported 5/1/2026)", "never filled", "hasn't really taken it".
NOT_TAKEN = lazy_re.compile(
    r"\b(?:not taking|never (?:taken|took|started|filled|picked up|tried)|did not (?:take|fill|"
    r"start|pick up)|didn'?t (?:take|fill|start|pick up)|not (?:yet )?(?:filled|started)|"
    r"(?:has|have)(?: not|n'?t) (?:really |yet )?(?:taken|tried|filled|started))\b",
    re.IGNORECASE,
)


def listed_not_taken(finding: Any) -> bool:
    """A medication list entry whose own remark says the drug is not taken: no course on the
    list's day (blind wave 25, CK/hip-03: "tramadol 50 mg q6h PRN (not taking)", 'tramadol never
    taken'). Not an entry that says it was taken and stopped ("naproxen (not taking - stopped
    3/1, GI upset)")."""
    if finding.concept not in MEDICATION_CONCEPTS or finding.section != "medications":
        return False
    at = finding.snippet.find(finding.text)
    rest = finding.snippet[at + len(finding.text) :] if at >= 0 else ""
    return bool(NOT_TAKEN.search(rest)) and not CARE_STOPPED.search(rest)


def a_course(pieces: list[Any], sessions: int, left: Collection[str] = ()) -> bool:
    """Care on at least ``sessions`` days, or a piece that ran for a while by itself ("PT x 6
    wks", a prescription's course, "3/2–4/20"); a ``left`` modality's days are its coded ones."""
    if any(p.sessions >= sessions or _runs_by_span(p, sessions, left) for p in pieces):
        return True
    return len(session_days(pieces, left)) >= sessions


def _runs_by_span(piece: Any, sessions: int, left: Collection[str]) -> bool:
    """A piece that ran a week or more; not one of a course left after the few visits it counts
    ("Visits attended: 3 (eval 12/01/25, 12/04/25, 12/09/25) ... discharged due to
    non-attendance": 3 visits, not a course by the 8 days between them; blind wave 18,
    BL/occ-01)."""
    if piece.modality in left and 0 < piece.sessions < sessions:
        return False
    if piece.by_visits:
        return False  # weeks read from its visits: its count of visits decides (a_course)
    snippet = piece.citation["snippet"]
    missed = missed_days_only(snippet)
    if piece.modality in left and not piece.sessions and missed:
        return False  # "d/c'd after 3 consecutive no-shows (6/23, 6/26, 6/30)": missed days
    if (
        piece.modality in left
        and not (piece.sessions or went_on(snippet))
        and headed_by(snippet, piece.end)
    ):
        # "PT attendance summary (G. Farraday PT) 04/06/2026: Eval 2/16." ends on the summary's
        # own day, not the care's: the PT left after two visits ran no seven weeks (blind wave
        # 82, LD/occupational-work-rehab-02). Not "eval 4/13, completed 6 wks, 2 no-shows".
        return False
    return (piece.end - piece.start).days >= 7


def session_days(pieces: list[Any], left: Collection[str] = ()) -> set[date]:
    """The days care is dated on; for a ``left`` modality, only the days it was coded on."""
    return {p.start for p in pieces if p.modality not in left or "#" not in p.citation["reference"]}


def said_stopped(finding: Any) -> bool:
    """The statement says the care it names was stopped, after naming it ("Hydroxychloroquine
    started 5/11, pt stopped it on his own around 6/22"): the course did not run on to the
    note's day, whatever "started 5/11" reads as. Not when it was taken up again after."""
    snippet = finding.snippet
    at = snippet.lower().find(finding.text.lower())
    stop = CARE_STOPPED.search(snippet[at + len(finding.text) :]) if at >= 0 else None
    if stop is None and at >= 0 and _drug(finding):
        stop = _DRUG_DC.search(snippet[at + len(finding.text) :])
    if stop is None and at >= 0 and _STOP_VERB_BEFORE.search(snippet[:at]):
        # The verb before the name: "Stopped meloxicam after 5 days (stomach upset)".
        return not RESUMED.search(snippet[at + len(finding.text) :])
    return bool(stop) and not RESUMED.search(snippet[at + len(finding.text) + stop.end() :])


#: A drug's bare "d/c" after its name, closing what was said of it or with its day or reason:
#: "Mesalamine 4.8 g x 6 wks - flared, d/c." (blind wave 98, NM/inflix-03: the six weeks ran on
#: to the note's day and joined the coded course of July into 124 days), "x 8 wks, d/c 8/12",
#: "d/c'ed due to rash". Read for a drug only: a therapy's "d/c" is its discharge ("PT x 6 wks,
#: d/c", read by the course readers). Not one to come ("will d/c", "plan to d/c"), a label
#: ("D/C: 3/4"), nor "d/c home", "d/c summary" (what follows names where or what).
_DRUG_DC = lazy_re.compile(
    r"(?<!will )(?<!to )(?<!plan )(?<!may )(?<!should )(?<!please )(?<!can )(?<!would )"
    r"(?<!might )\bd/c(?:'?ed)?\b"
    r"(?=\s*(?:$|[,.;()\-\u2013]|\d|(?:due|d/t|because|after|it|them|for)\b))",
    re.IGNORECASE,
)


def _drug(finding: Any) -> bool:
    """Whether the finding names a drug (a medication concept, or the drug history's)."""
    category = getattr(finding, "category", None)  # a bare statement may carry none
    return finding.concept in MEDICATION_CONCEPTS or category == "medication-history"


#: A stop verb right before the care's name: "Stopped meloxicam", "d/c'd naproxen".
_STOP_VERB_BEFORE = lazy_re.compile(r"\b(?:stopped|quit|discontinued|d/c'?d|dc'?d)\s+$", re.I)


#: Care taken up again after a stop: "stopped 6/1 for GI upset, restarted 6/20".
RESUMED = lazy_re.compile(
    r"\b(?:restarted|resumed|re-?started|back on|continues|continuing|still (?:on|taking))\b",
    re.IGNORECASE,
)


#: How long relief lasted, written right after the words for it: "helped for a few days", "good
#: relief 'for about 2 months'", "benefit x 6 wks". Not "no relief with PT for 6 weeks" (the PT's
#: weeks) nor "no relief for 6 weeks".
_RELIEF_LASTED = lazy_re.compile(
    r"(?<!\bno )(?<!\bwithout )(?<!\blittle )\b(?:helped|helps|relief|benefit|better|improved|"
    r"improvement|lasted|lasting)\s*(?:(?:only|just|maybe|about|approx\.?|some|a bit|a little|"
    r"for|x|~)\s*|[\"'(]\s*)*$",
    re.IGNORECASE,
)


def care_days(finding: Any, note_date: date | None, words: str | None = None) -> int | None:
    """The longest duration a statement gives the care, not counting how long its relief lasted
    (blind wave 14, AS/lmri-02: "Finished the prednisone burst, helped for a few days" is a burst
    of its own days, no care running for days up to the note). ``words``: the statement's part
    about this care when it lists several (care_parts.py)."""
    if finding.duration_days is None:
        return None  # none in its statement, or a referral's course ordered (referral_reason)
    snippet = words or finding.snippet
    found = find_durations(snippet, note_date)
    days = max((d.days for d in found), default=None) if words else finding.duration_days
    if not days:
        return days
    kept = [
        d.days
        for d in found
        if not _relief_lasted(snippet, d.start)
        and not _begun_then_stopped(snippet, d)
        and not _PAUSED.search(snippet[max(0, d.start - 40) : d.start])
    ]
    return days if len(kept) == len(found) else max(kept, default=None)


def _relief_lasted(snippet: str, start: int) -> bool:
    return bool(_RELIEF_LASTED.search(snippet[max(0, start - 40) : start]))


#: Care on hold since a time, written right before it: "PT on hold since May (childcare)", "PT
#: paused since mid-May", "held since early May", "on hold x 6 wks", "hasn't been to PT since
#: May". The time is the pause's, care stopped then: read as the care's it ran PT from May to
#: the note, a course of a patient who came twice after the evaluation (blind wave 74,
#: JW/workrehab-02). Not "PT since May" (no pause word). The pause word may stand in the
#: patient's or a fax's quotes: "PT 'on hold' since early May" (blind wave 94,
#: MW/work-rehab-02: PT from May to the note, though the adjuster held it after 3 sessions).
_PAUSED = lazy_re.compile(
    r"\b(?:on\s+hold|paused|held|suspended|interrupted|(?:has\s+not|hasn'?t|have\s+not|"
    r"haven'?t|not)\s+(?:been|gone|attended|returned)(?:\s+(?:back\s+)?to\s+(?:[\w/]+\s+){0,2})?)"
    r"[\"'’”]?\s*[:\-,]?\s*$",
    re.IGNORECASE,
)


#: A start date's time to the note, of care the rest of the sentence says was stopped:
#: "Azathioprine started 2/2026, stopped after 8 wks", "MTX initiated 1/2026 - d/c'd after 6
#: weeks (LFTs)", "began naproxen in January; held after 3 wks for GI upset" ran those weeks,
#: not up to the note (blind wave 57, HG/infliximab-02: 93 days read for 8 weeks). "Started
#: 2/2026, still taking" runs on; "since 2/2026" is not a start word and stays.
_BEGUN = lazy_re.compile(r"(?:start\w*|began|begun|beginning|initiated)\b", re.IGNORECASE)
_STOPPED_AFTER = lazy_re.compile(
    r"^[^.]{0,80}?\b(?:stopped|discontinued|d/c'?d|dc'?d|d/c|quit|held|came off|taken off|"
    r"tapered off|weaned off|ran out)\b"
    # The care's own stop, not another drug's ("started MTX 11/3, stopped ibuprofen 12/1"):
    # the stop word is followed by its time, its reason, "it" or the end of the clause.
    r"(?=\s*(?:$|[,.;:()\-\"']|\d|(?:it|them|on|by|around|about|after|at|in|last|due|"
    r"because|for|when|once|early|late|mid|jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|"
    r"aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b))",
    re.IGNORECASE,
)


def _begun_then_stopped(snippet: str, duration: Any) -> bool:
    return bool(
        _BEGUN.match(snippet, duration.start) and _STOPPED_AFTER.match(snippet[duration.end :])
    )


#: Medication concepts of the notes' vocabulary: what ``route: systemic`` reads the route of.
MEDICATION_CONCEPTS = frozenset({"nsaid", "analgesic", "muscle-relaxant", "oral-steroid"})


def discharge_days_dropped(pieces: list[Any]) -> list[Any]:
    """``pieces`` without the day of a discharge for missed visits that counts no visits of its
    own ("PT 12/1-1/2 (5 visits) ... d/c'd from PT per attendance policy 2/10") when other care
    of its modality says when the visits were: the patient stopped coming before the discharge,
    which stretches the course no further nor adds a session. Alone it says the care was had."""
    dated = {p.modality for p in pieces if not missed_visit_discharge(p.citation["snippet"])}
    return [
        p for p in pieces
        if not (p.modality in dated and p.sessions == 0 and p.start == p.end
                and missed_visit_discharge(p.citation["snippet"]))
    ]  # fmt: skip
