"""The times a statement gives its symptom, not its care: "L shoulder pain x 2 years, did PT x 4
wks, no better", "pain since 5/2025, did PT", "2-year history of LBP, tried PT", "chronic LBP (3
yrs), did PT". A statement's findings all carry its longest duration and all its dates, so the
PT there ran two years (or from May 2025) and a 12-week care item was met by four weeks of PT.

A duration belongs to the nearest thing it modifies, in its own clause: one written after its
subject ("pain x 2 years", "pain since 5/2025", "LBP (3 yrs)", "pain started 2 years ago") is
the symptom's when the words before it in the clause name a symptom and no care; one that points
forward ("2-year history of pain", "3 months of LBP", or a clause that opens with it) is the
symptom's when the words after it name a symptom and no care. The care's own weeks ("PT x 8 wks
for the pain", "6 weeks of PT", "has done PT and meds since late 2024", "meloxicam for 6
months") stay the care's; a symptom's time is blanked from the care's words
(care_parts.OwnWords.part), so care with no time of its own counts from the note alone.

A date is read the same way: "PT Initial Eval 6/24/26: R RC strain at work 5/30/26" dates the
injury, in a clause that names it and no care, not the PT, which began 6/24 (blind wave 36,
DV/work-02: PT "from" the injury's day ran 46 days to a note of 7/15, where the evaluation and
four visits since span three weeks). An injury's words (strain, sprain, fell, accident) count
here beside the symptom's: a day something happened to the body is no day of its care.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from .. import lazy_re
from ..notes.cues import TREATMENT_CLAUSE
from ..notes.durations import THERAPY_NEXT, find_dates, find_durations
from ..notes.symptom_durations import SYMPTOM_WORDS

#: Where a clause ends: a comma, semicolon, colon, full stop, a dash between spaces, a closing
#: bracket. An opening bracket does not end it: "chronic LBP (3 yrs)" is the LBP's years.
_BREAK = lazy_re.compile(r"[,;:)]|\.(?:\s|$)|\s[-–—]\s|\b(?:then|and then|but|after which)\b", re.I)
#: A duration that modifies what follows it: "2-year history of", "6 weeks of", "8-week course".
_FORWARD = lazy_re.compile(r"(?:\bof|\bhistory|\bcourse|\btrial|\bprogram)\s*$", re.IGNORECASE)
#: Words in front of a duration that are no subject of their own: "(", "~", "approx".
_EMPTY = lazy_re.compile(r"[\s(~\-–]*", re.IGNORECASE)
#: Fall the season, no fall the symptom: "again fall 2025 (8 wks)", "PT last fall".
_SEASON = lazy_re.compile(
    r"\b(?:(?:last|this|in|since|early|late|mid|the)\s+)?fall\b(?=\s*(?:of\s+)?(?:19|20)\d{2})"
    r"|\b(?:last|this|in|since|early|late|mid|the)[\s-]+fall\b",
    re.IGNORECASE,
)
#: What happened to the body on a day, beside the symptom words: "strain at work 5/30/26",
#: "fell 3/2", "MVA 1/15/26".
_INJURY = lazy_re.compile(
    r"\b(?:strain(?:ed)?|sprain(?:ed)?|injur\w*|fell|fall|tripped|slipped|accident|mva|mvc|"
    r"twist(?:ed)?|onset)\b",
    re.IGNORECASE,
)


#: "Pt" the patient, not physical therapy: "Pt is a 37 yo F w/ R low back pain ... (started
#: ~12/28 shoveling)" made the pain's clause one about care, so its onset stayed the time of the
#: chiropractic named after it (blind wave 98, NL/lmri-02). The patient is "Pt" before an age or a
#: verb of telling; all-caps "PT" before a verb ("PT reports", "PT is helping") stays therapy.
_PATIENT_PT = lazy_re.compile(
    r"\b(?i:pt)\b(?=\s+(?:(?:is|was)\s+an?\s+\d|\d{1,3}\s*(?:yo|y/o|y\.o\.|years?[- ]old)\b))"
    r"|\b[Pp]t\b(?=\s+(?:reports?|reported|states?|stated|presents?|presented|complains?|c/o|"
    r"denies|denied|describes?|described|says|said|tells|told|endorses?|endorsed)\b)",
)


def symptom_spans(
    text: str, care_at: Iterable[int], note_date: date | None
) -> list[tuple[int, int]]:
    """The [start, end) spans of ``text``'s durations that are a symptom's (see the module
    docstring); ``care_at``: where the statement's care findings start in ``text``."""
    cares = sorted(care_at)
    breaks = [(m.start(), m.end()) for m in _BREAK.finditer(text)]
    out = []
    spans = [(d.start, d.end, False) for d in find_durations(text, note_date)]
    spans += [(m.start, m.end, True) for m in find_dates(text, note_date)]
    for start, end, dated in spans:
        if dated and any(a <= start and end <= b for a, b, _d in out):
            continue  # the date of "pain since 5/2025", blanked with its duration
        low = max((b for a, b in breaks if b <= start), default=0)
        high = min((a for a, _b in breaks if a >= end), default=len(text))
        before = text[low:start]
        phrase = text[start:end]
        # "after 7 wks PT": bare weeks written straight before the therapy are the therapy's
        # ("pain x 6 wks PT eval today" keeps its "x": the pain's).
        before_care = not dated and phrase[:1].isdigit() and THERAPY_NEXT.match(text, end)
        if _FORWARD.search(phrase) or before_care or _EMPTY.fullmatch(before):
            words, span = text[end:high], (end, high)
        else:
            words, span = before, (low, start)
        # A season is read with its year ("again fall 2025" is no fall the symptom).
        said = _SEASON.sub(" ", text[low:end] if dated and span[1] == start else words)
        named = SYMPTOM_WORDS.search(said) or (dated and _INJURY.search(said))
        if not named or TREATMENT_CLAUSE.search(_PATIENT_PT.sub("  ", words)):
            continue
        if any(span[0] <= at < span[1] for at in cares):
            continue  # "PT for the pain x 6 wks": care named beside the symptom keeps its time
        out.append((start, end, dated))
    return [(a, b) for a, b, _d in out]


def blanked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span's characters as spaces (offsets kept)."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)
