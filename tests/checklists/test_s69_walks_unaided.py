"""A mild gait remark in a note that says the patient walks on her own without a device is no
mobility limitation a walker or wheelchair resolves (WLK-002, WHC-002; gait_remarks.py, blind
wave JT/dme-walker-03: "Ambulates independently without assistive device, community distances;
no falls. TUG 9 s. Gait mildly antalgic."). A real limit in the note (falls, unsteadiness, help
needed, a slow TUG, furniture walking at home), independence past, planned, denied or another
person's, and a remark in another note still count; a need only foreseen after a surgery not yet
done is none, and a relative's falls are not the patient's."""

from __future__ import annotations

import pytest

from smartapp.evidence.score_bands import scored_outside_band

from .test_judgement import _note, record, status


def _wlk(*notes: dict) -> str:
    return status(record("E0143", *notes, reason="M17.11"), "WLK-002")["status"]


def _whc(text: str) -> str:
    bundle = record(
        "K0001", _note("n", "2026-02-10", text), reason="G20.A1", order_type="DeviceRequest"
    )
    return status(bundle, "WHC-002")["status"]


def _one(text: str) -> str:
    return _wlk(_note("n", "2026-02-10", text))


@pytest.mark.parametrize(
    "text",
    [
        "Ambulates independently without assistive device, community distances; no falls. "
        "TUG 9 s. Gait mildly antalgic.",
        "Ambulatory without AD. Mild antalgic gait.",
        "Walks independently, no AD. Slight limp favoring R knee.",
        "Gait: independent, no AD; mildly antalgic. Falls: none in past 12 mo.",
        "Mobility: indep ambulation household and community, no AD. Antalgic gait.",
        "S: Pt walks indepndently w/o device.\nO: gait mildly antalgic, TUG 8.5 sec.",
        "Independent with gait without AD. Limps slightly on the R.",
        "Amb indep w/o AD x community distances. 0 falls. Gait: antalgic L.",
        "Ambulates independently without AD, gait mildly antalgic.",
        "Ambulates independently without assistive device. Antalgic gait.\n"
        "FHx: mother - multiple falls, hip fx at 80.",
        "Pre-op H&P 5/4/2026. R TKA scheduled 6/15/26 (not yet done).\n"
        "Ambulates independently without assistive device, community distances; no falls. "
        "TUG 9 s. Gait mildly antalgic.\nFHx: mother - multiple falls, hip fx at 80.\n"
        "Plan: dispense FWW now so she has it for after surgery.",
    ],
)
def test_a_mild_gait_remark_beside_walking_unaided_is_no_limitation(text: str) -> None:
    assert _one(text) != "met", text
    assert _whc(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Ambulates independently without assistive device. Unsteady gait, 2 falls in the past "
        "month.",
        "Ambulates independently without assistive device. Needs hand-held assist on stairs. "
        "Antalgic gait.",
        "Ambulates indep w/o AD, community distances. TUG 22 s. Gait mildly antalgic.",
        "Ambulates independently without AD. Berg 38/56. Antalgic gait.",
        "Ambulates independently without AD in clinic. Antalgic gait, furniture walking at home.",
        "PLOF: ambulated independently without AD. Now antalgic gait.",
        "Prior to her stroke, pt ambulated independently without AD. Antalgic gait.",
        "Antalgic gait. Goal is to ambulate independently without AD.",
        "Pt is not able to walk independently without a device. Antalgic gait.",
        "Wife ambulates independently without AD. Pt: antalgic gait.",
        "Ambulates independently household distances only, no AD. Antalgic gait.",
    ],
)
def test_a_real_limit_or_independence_not_hers_now_still_counts(text: str) -> None:
    assert _one(text) == "met", text


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("TUG 22 s.", True),
        ("Berg 38/56", True),
        ("TUG 9 s.", False),
        ("Berg 52/56", False),
        ("TUG: 13.5 sec", True),
        ("ODI 44%", False),
        ("TUG pending", False),
    ],
)
def test_a_gait_measure_outside_its_band_is_a_limit(text: str, limit: bool) -> None:
    assert scored_outside_band(text, frozenset({"tug", "berg"})) is limit


def test_independence_in_an_older_note_does_not_outweigh_a_newer_remark() -> None:
    older = _note("n1", "2025-12-01", "Ambulates independently without AD.")
    newer = _note("n2", "2026-02-10", "Antalgic gait, limping more since December.")
    assert _wlk(older, newer) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "R TKA scheduled 6/15/26. Post-op she will need a walker.",
        "Plan: dispense FWW now so she has it for after surgery.",
        "L THA next month; will need walker after surgery for ambulation.",
        "Anticipate limited mobility after TKA; RW ordered ahead of surgery.",
        "FHx: mother - multiple falls, hip fx at 80.",
        "After surgery she will be unable to walk without support; walker ordered.",
        "Post-op pt expected to have difficulty walking; FWW for after TKA.",
        "Following her R TKA she will have limited mobility and will need a walker.",
        "Anticipate difficulty with stairs and transfers post-op.",
        "Pt will likely be unsteady on her feet after the THA.",
        "After surgery she'll be unable to walk without support.",
        "Postoperatively, pt is expected to be a household ambulator for 4-6 wks.",
    ],
)
def test_a_need_foreseen_after_surgery_or_a_relatives_falls_is_none(text: str) -> None:
    assert _one(text) != "met", text
    assert _whc(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "S/p R TKA 2 wks ago; post-op she has been unable to walk more than 20 ft.",
        "Since surgery she is unable to walk without support.",
        "Unable to walk more than 20 ft in her home, will need RW after surgery.",
        "Post-op day 3: unsteady gait, unable to walk without RW.",
        "Will need walker after surgery. Today: unsteady gait, 2 falls at home last month.",
    ],
)
def test_a_limit_now_beside_or_after_a_surgery_still_counts(text: str) -> None:
    assert _one(text) == "met", text
