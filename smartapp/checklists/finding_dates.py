"""When a note finding happened, and which of two contradicting findings stands.

Split out of documents.py: every operator that reads note findings (note_finding, measures,
visits, episodes) dates them the same way — an event by the date its statement gives, a state
by the note it is written in (or the note it was copied from) — and lets a newer note undo an
older one for the categories where that can happen.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from .context import Context
from .declined_offers import declined_now_only
from .denied_here import denied_here_only
from .evaluation_dates import evaluation_date


def note_dates(ctx: Context) -> dict[str, date | None]:
    """Text reference → its date (notes, report texts, order texts)."""
    return ctx.text_dates


#: Findings that are events: the date their statement gives is when they happened ("XR from
#: 07/2025", "PT 3/2-4/20", "back pain for 8 weeks in 2019", trauma "MVC 2019"). States (a
#: limitation, an exam finding) are as the note records them on its own date, whatever onset
#: they mention ("paraplegia (MVC 2019)").
EVENT_CATEGORIES = frozenset(
    {"diagnostic-results", "conservative-treatment", "medication-history", "measure",
     "progress-report", "plan-of-care", "work-injury", "face-to-face", "symptom-duration",
     "red-flags"}
)  # fmt: skip


#: Tests of another category that are done on a day, as diagnostic results are: a resting ECG
#: and earlier cardiac testing (clinical-notes). "Prior testing: ECG 2023 at PCP reportedly
#: normal (not available)" in a March 2026 consult is an ECG of 2023, not of the consult (blind
#: wave 32, DO/card-02: the LCD's resting ECG must be recent); "known LBBB since 2019" runs on.
#: A practitioner's review of the home-health plan is done on a day too: "Plan of care last
#: reviewed/signed: 3/2/26" in a May note dates HHC-006's 60-day clock from March. So is a
#: standardized test's score: "School eval (outside records, 3/2023): CELF-5 Core Language SS
#: 71" restated in a December 2025 evaluation is a score of 2023, not of the evaluation (blind
#: wave 65, IK/therapy-speech-language-03, where the evaluation's own CELF-5 was deferred).
EVENT_CONCEPTS = frozenset(
    {("clinical-notes", "ecg"), ("clinical-notes", "cardiac-test"),
     ("clinical-notes", "plan-review"), ("clinical-notes", "standardized-scores")}
)  # fmt: skip
#: So is a specialty evaluation for a power chair (LCD L33789's PT, OT or physiatrist): "PT eval
#: 2019: seating and mobility evaluation" quoted in a 2026 note is the 2019 evaluation, not a
#: current one (brief s90-noticed2; WHC-008 reads six months), whatever it says still holds
#: ("PT seating eval 2019 - still appropriate" is no evaluation of this chair's). Only the date
#: written with the evaluation's own words: evaluation_dates.py.
EVALUATION_CONCEPTS = frozenset(
    {("clinical-notes", "wheelchair-evaluation"), ("clinical-notes", "wheelchair-evaluation-held")}
)
#: What a tracing's finding says still holds: "known LBBB since 2019", "chronic RBBB".
_STILL_HOLDS = lazy_re.compile(
    r"\b(?:since|known|chronic|ongoing|persist\w*|continu\w*|still)\b", re.IGNORECASE
)


#: The finding is a fall itself (not a limitation whose statement says "since fall 2025").
_ONE_FALL = lazy_re.compile(r"\s*(?:a\s+)?(?:fall|fell)\s*", re.IGNORECASE)


def finding_date(finding: Any, dates: dict[str, date | None]) -> date | None:
    """When a finding happened: for an event, the date its statement gives, else the date of
    the note it is written in."""
    if (finding.category, finding.concept) in EVALUATION_CONCEPTS:
        return evaluation_date(finding, written_date(finding, dates))  # "PT eval 2019: ..."
    if finding.when and (
        finding.category in EVENT_CATEGORIES
        or (finding.category == "functional-deficits" and _ONE_FALL.fullmatch(finding.text))
        or ((finding.category, finding.concept) in EVENT_CONCEPTS
            and not _STILL_HOLDS.search(finding.snippet))
    ):  # fmt: skip
        if _lasts_to_note(finding, dates):
            return written_date(finding, dates)
        return finding.when  # a fall is an event: "fall off a ladder in 2019" is not recent
    if _dated_history(finding, dates):
        return finding.when
    return written_date(finding, dates)


#: A statement that the symptom runs on to the note: "since 11/2025", "ongoing", "recurrent".
_RUNS_ON = lazy_re.compile(
    r"\b(?:since\s+\w|ongoing|recurr\w*|persist\w*|continu\w*|still|worse\w*|again)\b",
    re.IGNORECASE,
)


def _dated_history(finding: Any, dates: dict[str, date | None]) -> bool:
    """A history mention dated by its own, earlier date happened then (blind wave 19,
    BO/card-03: "Hx chest pain 11/2025 - will get CCTA" in a 3/26 note that "Denies chest pain"
    is no symptom of 3/26); one that says it runs on to the note stays the note's."""
    written = written_date(finding, dates)
    return bool(
        finding.historical
        and finding.when
        and written is not None
        and finding.when < written
        and not finding.duration_days
        and not _RUNS_ON.search(finding.snippet)
        and not _diagnosed_then(finding)
    )


#: A diagnosis's date told beside the condition: "HTN (dx 2020)", "DM2 dx'd 2015", "HLD
#: (diagnosed in 2017)", "diagnosed w/ HTN in 2019". It says when the condition began, not that
#: it ended: a chronic condition in today's history list holds today (blind wave 72,
#: JM/cardiac-imaging-03: "PMH: HTN (dx 2020)" in a 1/12/26 note). "Hx chest pain 11/2025"
#: (an episode) keeps its date.
_DX_AFTER = lazy_re.compile(r"^[\s(\[,:-]{0,4}(?:dx|dx'?d|diagnosed|diagnosis)\b", re.IGNORECASE)
_DX_BEFORE = lazy_re.compile(r"\b(?:dx|dx'?d|diagnosed)\s+(?:with|w/)\s*$", re.IGNORECASE)


def _diagnosed_then(finding: Any) -> bool:
    """Whether the finding's date is its diagnosis's, told right beside its words."""
    snippet = finding.snippet or ""
    at = snippet.lower().find(finding.text.lower())
    if at < 0:
        return False
    after = snippet[at + len(finding.text) :]
    return bool(_DX_AFTER.match(after) or _DX_BEFORE.search(snippet[:at]))


#: How far short of its note a symptom's duration may end and still run to it: a duration
#: counted from a month or year ("since 2024", "x 3 mos, onset 4/2026") is coarse.
_TO_NOTE = timedelta(days=31)


def _lasts_to_note(finding: Any, dates: dict[str, date | None]) -> bool:
    """A symptom's duration that runs from its date to the note that states it ("R-sided axial
    neck pain since 2024 (>2 yrs)" in a July 2026 note, blind wave 17, BH/inj-03): how long
    the symptom has lasted as of that note, so the statement is the note's, not of the day the
    pain began. An old episode keeps its date ("back pain for 8 weeks in 2019")."""
    written = written_date(finding, dates)
    if finding.category != "symptom-duration" or not finding.duration_days or written is None:
        return False
    return finding.when + timedelta(days=finding.duration_days) >= written - _TO_NOTE


def written_date(finding: Any, dates: dict[str, date | None]) -> date | None:
    """When the finding's statement was written: its note's date, or the date of the note it
    was copied from (text copied forward was written on the older note's day)."""
    return finding.copied_from or dates.get(finding.note_ref)


def note_authors(ctx: Context) -> dict[str, tuple[str, ...]]:
    """Text reference → the ids of its authors."""
    return {n.ref: n.authors for n in ctx.record.all_texts()}


#: Categories where a newer note can undo an older one ("never did PT" after "PT x 6 wks").
CONTRADICTABLE = frozenset({"conservative-treatment", "medication-history"})


def newest_wins(findings: list[Any], dates: dict[str, date | None]) -> list[Any]:
    """Drop asserted mentions of a concept when a strictly newer note only negates it
    ("completed PT" in March, "never did PT" in May → not done), and a referral the same or a
    newer note says was not begun ("Was referred to PT in Feb; ... has not started PT"). A
    refusal of this visit's offer ("Offered CSI - pt declined") undoes the referral, not care
    given before it (declined_offers.py)."""
    by_concept: dict[str, list[Any]] = defaultdict(list)
    for finding in findings:
        by_concept[finding.concept].append(finding)
    kept = []
    for group in by_concept.values():
        # "No dietitian program here" denies this clinic's, not the PCP's (denied_here.py).
        negated = [written_date(f, dates) or date.min for f in group
                   if f.negated and not denied_here_only(f)]  # fmt: skip
        if negated:
            group = [
                f for f in group
                if not (f.asserted and referral_only(f)
                        and (written_date(f, dates) or date.min) <= max(negated))
            ]  # fmt: skip
        asserted = [written_date(f, dates) or date.min for f in group if f.asserted]
        # "Offered CSI - pt declined" answers this visit's offer; it does not take back the
        # injection an earlier record gives (declined_offers.py).
        negated = [written_date(f, dates) or date.min for f in group if f.negated
                   and not denied_here_only(f) and not declined_now_only(f)]  # fmt: skip
        if asserted and negated and max(negated) > max(asserted):
            kept += [f for f in group if not f.asserted]
        else:
            kept += group
    return kept


#: The care named only as where the patient was sent: "referred to PT", "re-referred back to
#: physical therapy", "PT referral placed" (blind wave 18, BL/tka-02). A referral is an order,
#: not care; what the patient did there is said in words of its own ("did PT 2/10-4/30").
_REFERRED_TO = lazy_re.compile(
    r"\b(?:re-?)?referr(?:ed|al)\s+(?:back\s+)?(?:to|for)\s+(?:(?:outpatient|formal|the|an?)\s+)?$",
    re.IGNORECASE,
)
_REFERRAL_AFTER = lazy_re.compile(r"^\s*(?:re-?)?referral\b", re.IGNORECASE)


def referral_only(finding: Any) -> bool:
    """Whether the finding names its care only as the place of a referral."""
    snippet = finding.snippet
    at = snippet.lower().find(finding.text.lower())
    if at < 0:
        return False
    after = snippet[at + len(finding.text) :]
    if _CARE_GIVEN.search(snippet):
        return False  # "Referred to PT 1/5, attended 8 visits": the referral and the course
    return bool(_REFERRED_TO.search(snippet[:at]) or _REFERRAL_AFTER.match(after))


#: Words of a statement that says the referred care took place, and for how long.
_CARE_GIVEN = lazy_re.compile(
    r"\b(?:completed|attended|finished|did|went|done|visits?|sessions?|weeks?|wks?|months?)\b"
    r"|\bx\s*\d",
    re.IGNORECASE,
)
