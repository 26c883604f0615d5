"""A note that leaves its own home-accessibility field blank, found by blind wave 33 (DT/whc-03):
an OT seating evaluation relayed the patient's account of the home ("per pt ... hallway 30 in
with a 90-degree turn") and left "Home accessibility: *** (home visit not yet scheduled)", yet the
measured hallway was read as the home assessment and WHC-006 called met. The writer who leaves
that field open has not assessed the home; another note's assessment still counts."""

from __future__ import annotations

import datetime as dt

from smartapp.checklists.blank_fields import blank_field

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 3, 2)
SEATING = (
    "OT SEATING EVAL 02/20/2026: joystick trial safe; recommend power chair.\n"
    "Home: per patient, 3rd-floor walk-up. Kitchen door 25 in; hallway 31 in with a tight turn. "
)


def _home(*notes: dict) -> str:
    bundle = record("K0856", *notes, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "WHC-006", as_of=AS_OF)["status"]


def test_measurements_beside_a_blank_home_accessibility_field_are_no_assessment() -> None:
    note = _note("n1", "2026-02-20", SEATING + "Home accessibility: *** (visit not booked).")
    assert _home(note) != "met"


def test_the_same_measurements_with_the_field_filled_still_count() -> None:
    note = _note("n1", "2026-02-20", SEATING + "Home accessibility: hallway 36 in, tile floors.")
    assert _home(note) == "met"


def test_a_later_home_visit_note_still_counts() -> None:
    seating = _note("n1", "2026-02-20", SEATING + "Home assessment: ***")
    visit = _note("n2", "2026-02-26", "Supplier home visit: 1-level home, doorways 34 in, ramp.")
    assert _home(seating, visit) == "met"


def test_a_field_is_read_by_its_label_only() -> None:
    pattern = blank_field(["home access", "home evaluation"])
    assert pattern.search("Home Accessibility: ***")
    assert pattern.search("Home evaluation completed by: ***")
    assert not pattern.search("Home accessibility: level entry. Signature: ***")
