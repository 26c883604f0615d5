"""A visit count with its discipline between the number and the word (blind wave 17, BF/hh-03):
a home health order's note "12 PT visits" is the number of visits HHC-005 asks for, as are
"8 HH OT visits", "6 skilled nursing visits", "PT x12 visits" and "4 additional SLP sessions",
though the count was read only when "visits" followed the number. A frequency's "2x/wk" without
a count, a visit number ("visit 12 of 20" is read elsewhere), a patient count and a date are not
a count of visits requested."""

from __future__ import annotations

from .test_judgement import record, status


def _home_health(note: str) -> dict:
    return record("G0151", order={"note": [{"text": note}]}, reason="S72.141D")


def test_a_count_with_its_discipline_is_the_visits_requested():
    for note in (
        "12 PT visits",
        "8 HH OT visits over 4 weeks.",
        "6 skilled nursing visits for wound care.",
        "Home PT x12 visits.",
        "4 additional SLP sessions.",
        "Requesting 10 home PT visits.",
    ):
        assert status(_home_health(note), "HHC-005")["status"] == "met", note


def test_no_count_is_not():
    for note in (
        "Home PT for gait training.",
        "PT visits as needed per agency.",
        "Seen at 12 PT clinic sites previously.",
        "PT eval 10/05/2026.",
    ):
        assert status(_home_health(note), "HHC-005")["status"] != "met", note
