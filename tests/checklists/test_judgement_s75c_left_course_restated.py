"""A course the notes say was left early is not stretched by a later vague restatement
(brief s75-c, blind wave 86, LR/lmri-02; left_restated.py).

PT eval 5/1, visits to 5/15, a discharge summary of 6/5 ("attended 4 visits 5/1-5/15, then
no-showed x3 ... D/C from PT"), and on 6/16 "did PT for a while, stopped because of work
schedule": four visits over two weeks, not 46 days of care. The same for a course left by
self-discharge or non-attendance and any later mention with no date of its own ("PT didn't
help", "tried PT"). Near misses that stay: a course completed or discharged with its goals
(s74-j's rule dropped those, breaking EV/lumbar-mri-01, FX/knee-arthroplasty-03, DJ/lmri-04),
care said taken up again ("back in PT", "currently attending PT again"), and a later mention
where no note before it says the course was left.

And the unread audit (bench/unread.py, invariant a; unread_mentions.py): when the note that
discounts a bare mention cannot be read -- the discharge that says the course was left, or
LR/sps-02's "Meloxicam started 4/28 (had not filled in Jan)" -- an episode long enough only
through such mentions is "could not check", naming the note, never met.
"""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from smartapp.checklists.care_piece import Piece
from smartapp.checklists.left_restated import left_restatements_dropped
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_unread_stop import _item, _unread

_AS_OF = date(2026, 6, 19)
_EVAL = ("2026-05-01", "PT Eval 5/1/26: R L5 radicular pattern. ODI 38%. POC 2x/wk x 6 wks.")
_VISIT2 = ("2026-05-08", "PT visit 2: tolerated ther ex, HEP reviewed.")
_VISIT4 = ("2026-05-15", "PT visit 4: pt reports 20% better. Cont POC.")
_NO_SHOWS = (
    "2026-06-05",
    "PT Discharge summary: pt attended 4 visits 5/1-5/15, then no-showed x3 and cancelled "
    "remaining; unable to reach by phone. Goals not met. D/C from PT.",
)


def _follow_up(words: str) -> tuple[str, str]:
    return ("2026-06-16", f"S: f/u R leg pain. {words} Pain 7/10. P: MRI L-spine w/o.")


def _bundle(*notes: tuple[str, str], unread: tuple[str, ...] = ()) -> dict:
    resources = [
        _unread(f"n{i}", day) if f"n{i}" in unread else _note(f"n{i}", day, text)
        for i, (day, text) in enumerate(notes, 1)
    ]
    request = {"authoredOn": "2026-06-16", "occurrenceDateTime": "2026-06-19"}
    return record("72148", *resources, order=request)


def _lmri(*notes: tuple[str, str], unread: tuple[str, ...] = ()) -> dict:
    """LMRI-003 (six weeks of care in 90 days) for notes (day, text)."""
    return _item(_bundle(*notes, unread=unread), "LMRI-003", _AS_OF)


@pytest.mark.parametrize(
    "later",
    [
        "Pt states he 'did PT for a while', stopped because of work schedule.",
        "PT didn't help.",
        "Tried PT, did not help much.",
        "Did some PT in May, no better.",
    ],
)
def test_a_course_left_for_no_shows_is_not_stretched_by_a_later_mention(later: str) -> None:
    item = _lmri(_EVAL, _VISIT2, _VISIT4, _NO_SHOWS, _follow_up(later))
    assert item["status"] != "met", item["searched"]


@pytest.mark.parametrize(
    "left",
    [
        "Pt self-discharged from PT after 4 visits (5/1-5/15). D/C from PT.",
        "PT d/c'd him from program for nonattendance after visits 5/1-5/15.",
        "PT: attended 5/1-5/15, then stopped going. Discharged from PT.",
        "Discharged from PT per attendance policy; visits 5/1-5/15 only.",
    ],
)
def test_every_way_of_leaving_closes_the_course(left: str) -> None:
    item = _lmri(_EVAL, _VISIT4, ("2026-06-05", left), _follow_up("PT did not help."))
    assert item["status"] != "met", item["searched"]


def test_the_leaving_notes_own_discharge_line_adds_no_day() -> None:
    # Visits 4/20-5/5 and the summary written 6/5: its bare "D/C from PT." is no visit of 6/5.
    summary = (
        "2026-06-05",
        "PT Discharge summary: attended 3 visits 4/20-5/5, then no-showed x2. D/C from PT.",
    )
    item = _lmri(("2026-04-20", "PT Eval 4/20/26: lumbar radiculopathy."), summary)
    assert item["status"] != "met", item["searched"]


@pytest.mark.parametrize(
    "later",
    [
        "Back in PT, 2x/wk, helping some.",
        "Currently attending PT again.",
        "Resumed PT, going twice a week.",
    ],
)
def test_care_taken_up_again_after_it_was_left_counts(later: str) -> None:
    item = _lmri(_EVAL, _VISIT2, _VISIT4, _NO_SHOWS, _follow_up(later))
    assert item["status"] == "met", item["searched"]


def test_a_completed_course_is_not_closed() -> None:
    done = (
        "2026-06-05",
        "PT Discharge summary: attended 8 visits 5/1-5/29, goals partially met. D/C to HEP.",
    )
    item = _lmri(_EVAL, _VISIT4, done, _follow_up("Did PT, some help; doing HEP daily."))
    assert item["status"] == "met", item["searched"]


def test_without_a_note_that_says_it_was_left_the_later_mention_stays() -> None:
    item = _lmri(_EVAL, _VISIT2, _VISIT4, _follow_up("Did PT for a while, no better."))
    assert item["status"] == "met", item["searched"]


# -- the unread audit -----------------------------------------------------------------------


def test_an_unread_discharge_that_may_say_the_course_was_left_is_not_judged() -> None:
    notes = (_EVAL, _VISIT2, _VISIT4, _NO_SHOWS, _follow_up("Did PT for a while, stopped."))
    assert _lmri(*notes)["status"] != "met"
    item = _lmri(*notes, unread=("n4",))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/n4" in item["searched"]


def test_dated_care_stands_beside_an_unread_note() -> None:
    # Every piece dates itself: no mention a note could discount carries the episode.
    course = ("2026-06-16", "PT 5/1-6/12, 12 visits, no better. P: MRI L-spine w/o.")
    item = _lmri(_EVAL, ("2026-05-20", "Phone: rx refill."), course, unread=("n2",))
    assert item["status"] == "met", item["searched"]


_SPS_AS_OF = date(2026, 6, 30)
_JANUARY = ("2026-01-20", "LBP + bilat leg heaviness w/ walking. Ref PT 2x/wk x 6 wks, "
            "meloxicam. Pt declined PT at this time (cost).")  # fmt: skip
_APRIL = ("2026-04-28", "Started PT 4/28 after insurance approval, 2x/wk. Meloxicam started "
          "4/28 (had not filled in Jan).")  # fmt: skip
_JUNE = ("2026-06-22", "Spine consult: neurogenic claudication. Failed PT (7 wks), meloxicam "
         "8 wks. Plan L4-5 decompression + TLIF.")  # fmt: skip


def _fusion(*notes: tuple[str, str], unread: tuple[str, ...] = ()) -> dict:
    resources = [
        _unread(f"s{i}", day) if f"s{i}" in unread else _note(f"s{i}", day, text)
        for i, (day, text) in enumerate(notes, 1)
    ]
    request = {"authoredOn": "2026-06-22", "occurrenceDateTime": "2026-07-10"}
    bundle = record("22630", *resources, reason="M43.16", order=request)
    report = score_bundle(bundle, as_of=_SPS_AS_OF)
    return {i["id"]: i for i in report["items"]}["SPS-009"]


def test_an_unread_note_that_may_say_the_drug_was_not_filled_then_is_not_judged() -> None:
    assert _fusion(_JANUARY, _APRIL, _JUNE)["status"] != "met"
    item = _fusion(_JANUARY, _APRIL, _JUNE, unread=("s2",))
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/s2" in item["searched"]



_CONSULT = "DocumentReference/c1"
_TRIED = (
    "Tried meloxicam x3 wks, gabapentin (dizziness, stopped), PT 6 visits 3/9-3/30 without "
    "change, L L5-S1 TFESI 4/2 w/ 2 days relief."
)


def _said(concept: str, text: str) -> SimpleNamespace:
    at = _TRIED.find(text)
    return SimpleNamespace(
        note_ref=_CONSULT, family=False, snippet=_TRIED, concept=concept, text=text, start=at,
        end=at + len(text),
    )  # fmt: skip


def _piece(start: date, end: date, modality: str, ref: str, snippet: str, timed: bool) -> Piece:
    return Piece(start, end, modality, {"reference": ref, "snippet": snippet}, timed)


def test_a_drug_said_stopped_is_no_course_left() -> None:
    # BT/spine-01's consult (4/20): "gabapentin (dizziness, stopped)" dates the drug before its
    # day, and the allergy line's bare "gabapentin" of the same note carried the care to it; a
    # drug stopped ends as drugs do, with no visits left, so the line stays.
    day = date(2026, 4, 20)
    dated = _piece(date(2026, 3, 9), date(2026, 4, 2), "analgesic", f"{_CONSULT}#149-159",
                   _TRIED, True)  # fmt: skip
    allergy = _piece(day, day, "analgesic", f"{_CONSULT}#850-860",
                     "Allergies/Intolerances: gabapentin", False)  # fmt: skip
    findings = [_said("analgesic", "gabapentin"), _said("physical-therapy", "PT")]
    kept = left_restatements_dropped([dated, allergy], findings, {_CONSULT: day})
    assert allergy in kept
