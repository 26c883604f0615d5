"""Care not had is no care counted (noticed beside blind wave 39, EK/occ-03).

Two readings counted what did not happen. Care named as what the patient did something else in
place of ("did the exercises at home instead of PT") was a PT mention on the note's day, which
stretched a short course of visits into weeks. And a therapy discharge's count of visits the
patient cancelled or did not come to ("cancelled or no-showed the next 4 visits") was read as a
course line of that many sessions held. Neither denial reaches further than its own words: care
given before "instead of" still counts, and so do the visits that were kept.
"""

from __future__ import annotations

from datetime import date

from smartapp.notes.session_counts import session_count

from .test_judgement import _note, _pt_visit, record, status

AS_OF = date(2026, 3, 1)
INJURY = _note("inj", "2025-11-20", "Injured at work 11/18/25 lifting a pallet. Modified duty.")
#: Four kept visits within eight days: sessions enough, a span too short for OCC-002's 21 days.
VISITS = [_pt_visit(f"v{i}", f"2025-12-{1 + 2 * i:02d}") for i in range(4)]


def _occ002(*resources) -> str:
    bundle = record("97545", INJURY, *resources, reason="S39.012A")
    return status(bundle, "OCC-002", service="97545", as_of=AS_OF)["status"]


def test_care_done_in_place_of_therapy_is_no_therapy_that_day():
    later = _note(
        "n2", "2026-01-26", "Pt says he has been doing his stretches at home instead of going to"
        " PT since mid-December (no car). Still cannot lift over 20 lb."
    )
    assert _occ002(*VISITS, later) != "met"
    kept = _note(
        "n2", "2026-01-26", "Pt says he has been going to PT since mid-December, twice a week."
        " Still cannot lift over 20 lb."
    )
    assert _occ002(*VISITS, kept) == "met"


def test_instead_of_denies_only_the_care_after_it():
    note = _note(
        "n2", "2026-02-16", "Completed chiropractic care 2x/wk 11/24/25-1/9/26, modest gains. Now"
        " does home exercises instead of PT or OT. Cannot lift over 20 lb."
    )
    assert _occ002(note) == "met"


def test_an_earlier_course_is_not_undone_by_a_later_instead_of():
    earlier = _note(
        "n1", "2026-01-12", "PT progress: 8 visits 12/1/25-1/9/26, lifting 25 -> 35 lb."
    )
    later = _note("n2", "2026-02-16", "Now doing the exercises at home instead of PT.")
    assert _occ002(earlier, later) == "met"


def test_visits_cancelled_or_missed_are_not_sessions():
    assert session_count("Eval 1/5, then cancelled or no-showed the next 4 visits.") == 0
    assert session_count("Pt missed the first 2 visits (work).") == 0
    assert session_count("Cancelled visits: 5") == 0
    assert session_count("6 sessions were missed") == 0
    assert session_count("14 visits attended, 0 no-shows") == 14
    assert session_count("no-showed 12/3 but attended 9 visits after") == 9


def test_a_discharge_counting_no_shows_is_no_course():
    evaluation = _pt_visit("ev", "2025-12-01", "97161")
    discharge = _note(
        "dc", "2026-01-20", "PHYSICAL THERAPY DISCHARGE SUMMARY\nEval 12/1/25 and 1 visit 12/4/25,"
        " then cancelled or no-showed the next 6 visits through 1/16/26. Goals not met."
    )
    assert _occ002(evaluation, discharge) != "met"
    held = _note(
        "dc", "2026-01-20", "PHYSICAL THERAPY DISCHARGE SUMMARY\nEval 12/1/25, then 6 visits"
        " through 1/16/26. Plateaued at 30 lb lift."
    )
    assert _occ002(evaluation, held) == "met"
