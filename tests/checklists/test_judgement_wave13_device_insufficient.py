"""Why a walker or a manual chair does not do, in the words a PT evaluation uses (blind wave 13,
AR/whc-02): falls counted while walking with the walker, a manual chair trial that failed
("hemi-propel 20 ft, SpO2 95->86%, ... - not functional") and a chair propelled with one arm
and leg only. Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


def test_falls_counted_while_walking_with_the_walker_are_a_walker_that_does_not_do():
    for text in (
        "Walks <10 ft with hemi-walker w/ standby assist, 3 falls this yr.",
        "Ambulates with rollator in the home, two falls since March.",
        "Uses a quad cane indoors, multiple falls in the last 6 months.",
    ):
        assert _asserted(text, "cane-walker-insufficient"), text
    for text in (
        "Walks 300 ft with rollator, no falls this year.",
        "Uses a cane outdoors, denies falls.",
        "Walker at home; 0 falls since discharge.",
    ):
        assert not _asserted(text, "cane-walker-insufficient"), text


def test_a_failed_manual_chair_trial_or_one_sided_propulsion_is_a_manual_chair_that_does_not_do():
    for text in (
        "Manual chair trial: hemi-propel 20 ft, SpO2 95->86%, RPE 8/10, L shoulder pain 7/10 - "
        "not functional.",
        "Manual wheelchair: can only hemi-propel with L arm/leg, desats to 86% after 20 ft.",
        "Manual wheelchair trial in clinic - unable to propel up the ramp, exhausted after 30 ft.",
    ):
        assert _asserted(text, "manual-chair-insufficient"), text
    for text in (
        "Manual chair trial: propelled 150 ft independently, no desaturation, functional.",
        "Manual wheelchair trial scheduled for next week.",
    ):
        assert not _asserted(text, "manual-chair-insufficient"), text


def test_a_pt_power_mobility_evaluation_says_why_walker_and_manual_chair_fail():
    evaluation = _note(
        "pt",
        "2026-02-25",
        "PHYSICAL THERAPY - POWER MOBILITY EVALUATION (in clinic)\n"
        "Mobility: hemi-walker <10 ft w/ min A, 3 falls this yr. Manual chair trial: hemi-propel "
        "20 ft, SpO2 95->86%, RPE 8/10, L shoulder pain 7/10 - not functional.",
    )
    bundle = record("K0823", evaluation, reason="I69.351", order_type="DeviceRequest")
    assert status(bundle, "WHC-003")["status"] == "met"
    assert status(bundle, "WHC-004")["status"] == "met"
