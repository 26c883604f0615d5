"""The radicular pain's length is not the axial ache's when the note tells the limb pain began
apart, in words that give no length (blind wave 90, MI/ipn-02): "chronic axial LBP on and off
for years ... NEW R leg pain down anterior thigh to medial shin started after Thanksgiving"
met IPN-001's four weeks of radicular pain with the back's years, a week after the leg pain
began. A statement of the radiating pain with its own length still counts, and so does the
back pain dated alone."""

from __future__ import annotations

import pytest

from smartapp.checklists.radicular_durations import onset_told_apart

from .test_judgement import _note, record, status


def _ipn001(text: str) -> str:
    bundle = record("64483", _note("n1", "2026-02-26", text), reason="M54.16")
    return status(bundle, "IPN-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "S: chronic axial LBP on and off for years (did PT in '24). NEW R leg pain down anterior"
        " thigh to medial shin started after Thanksgiving after moving furniture.",
        "HPI: Low back ache for years. New-onset L leg numbness and tingling.",
        "HPI: LBP x 10 yrs. R leg pain began after he lifted a couch.",
        "Chronic neck ache for years. Recent R arm pain radiating to the thumb.",
        "Axial LBP since 2019, stable. Sciatica started after the holidays.",
    ],
)
def test_years_of_ache_are_not_the_leg_pain_s_length(text: str) -> None:
    assert _ipn001(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "HPI: LBP with L leg radiation x 3 months.",  # the radiating pain's own length
        "HPI: back and leg pain since 12/1/2025.",
        "HPI: Low back pain x 4 months, worse with sitting.",  # back pain dated alone
        "HPI: LBP x 6 yrs. No new leg pain. Pain radiates to the buttock x 2 months.",
        "HPI: LBP for years with L leg pain; started gabapentin 1/10.",  # care begun
    ],
)
def test_the_radicular_episode_s_own_length_still_counts(text: str) -> None:
    assert _ipn001(text) == "met", text


def test_which_notes_tell_the_limb_pain_began() -> None:
    assert onset_told_apart("NEW R leg pain started after Thanksgiving.")
    assert onset_told_apart("onset of sciatica 2 wks ago")
    assert not onset_told_apart("No new leg pain.")
    assert not onset_told_apart("Denies new arm numbness.")
    assert not onset_told_apart("Leg pain - started gabapentin.")
    assert not onset_told_apart("LBP x 3 months, radiating to the L leg.")
