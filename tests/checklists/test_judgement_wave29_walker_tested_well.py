"""A walker's mobility item met by a good chair-rise time and by review-of-systems boxes the note
itself answers no, found by blind wave DB/wlk-02 (a walker asked for "just in case": normal gait,
TUG and five-times sit-to-stand under the fall-risk cut-offs, the template's ticked ROS boxes
followed by the writer's "pt denies all when asked").

- A five times sit to stand time is judged by its fall-risk cut-off (score_bands.yaml: 12 s or
  more, Tiedemann et al. 2008) like the TUG: under it, the test names rising from a chair and
  shows no limit in it; at or over it, it still counts.
- A line of ticked boxes that ends with the writer's remark that the patient denies them all
  ticks nothing the patient has (ticked_boxes.py); "denies all other symptoms" leaves them ticked.
"""

from __future__ import annotations

from smartapp.evidence.score_bands import little_limitation_observed, little_limitation_written

from .test_judgement import _note, record, status


def _walker(text: str) -> dict:
    return record("E0135", _note("n1", "2026-02-10", text), reason="M17.0")


def test_a_five_times_sit_to_stand_under_the_cut_off_is_no_limitation():
    assert little_limitation_written("5x sit-to-stand 10 sec")
    assert little_limitation_written("Five times sit to stand: 9.4 s")
    assert little_limitation_written("5xSTS 11.5 seconds")
    assert not little_limitation_written("5x sit-to-stand 19 sec")
    assert not little_limitation_written("FTSTS 14.2 s")
    assert little_limitation_observed("Five times sit to stand test", 10.1, "s")
    assert not little_limitation_observed("Five times sit to stand test", 16, "s")


def test_a_good_chair_rise_time_does_not_meet_the_walker_mobility_item():
    good = "74M, knee OA, lives alone. Gait steady. 5x sit-to-stand 10 sec."
    assert status(_walker(good), "WLK-002")["status"] == "missing"
    slow = "74M, knee OA, lives alone. 5x sit-to-stand 21 sec, uses arms."
    assert status(_walker(slow), "WLK-002")["status"] == "met"


def test_ticked_boxes_the_line_itself_denies_are_no_finding():
    denied = (
        "74M, knee OA, lives alone.\n"
        "ROS: [x] unsteady gait [x] lightheaded (default - patient denies all on questioning)\n"
        "Gait steady."
    )
    assert status(_walker(denied), "WLK-002")["status"] == "missing"
    # The remark denies the other symptoms only: the ticked one still stands.
    others = "74M, knee OA, lives alone.\nROS: [x] unsteady gait - denies all other symptoms\n"
    assert status(_walker(others), "WLK-002")["status"] == "met"
    # A box labelled "denies all" is a box of its own, not the writer's answer to the others.
    boxed = "74M, knee OA, lives alone.\nROS: [x] unsteady gait [ ] denies all\n"
    assert status(_walker(boxed), "WLK-002")["status"] == "met"
