"""Findings of the other side are not the requested side's (brief s78-side, blind wave 93).

- KAS-002: "Contralateral (R) knee: lateral JLT, + McMurray laterally" beside a normal left knee
  exam is no exam finding of a left knee arthroscopy (MS/kas-03); so "Other knee:", "Opposite
  knee:", "Right knee:" headings. The left knee's own positive test still counts.
- TKA-001: a bilateral film whose left statement is a bare side label ("Right TKA components well
  fixed. Left: severe lateral compartment OA") shows the left knee's arthritis (MS/tka-02);
  compartment-named OA of the other knee, or "no significant OA" of this one, does not.
- HYA-003: an injection its note gives no side, in a note about the other knee only ("L knee
  pain ... Injected with triamcinolone today. Right knee asymptomatic."), is no injection of a
  right knee (left from stop 58). A note naming the requested knee, or no knee, keeps it.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

LEFT_KNEE = {"bodySite": [{"text": "Left knee"}]}
RIGHT_KNEE = {"bodySite": [{"text": "Right knee"}]}
FILM = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}],
                 "text": "Radiology report"}}  # fmt: skip

LEFT_EXAM = (
    "HPI: 50F L knee lateral pain since Dec, catching. PT 8 wks and ibuprofen 2 mo failed.\n"
    "Physical Exam: L knee: no effusion. ROM full. McMurray negative. No joint line tenderness.\n"
)


def _scope_exam(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    bundle = record("29880", note, reason="M23.262", order=LEFT_KNEE)
    return status(bundle, "KAS-002")["status"]


@pytest.mark.parametrize(
    "other",
    [
        "Contralateral (R) knee: lateral JLT, + McMurray laterally (old, asymptomatic per pt).",
        "Other knee: lateral JLT, + McMurray laterally.",
        "Opposite knee:\nlateral JLT, + McMurray laterally.",
        "Right knee:\nlateral JLT, + McMurray laterally.",
        "(R) knee: + McMurray, lateral JLT.",
    ],
)
def test_the_other_knees_positive_exam_is_not_the_left_knees(other: str) -> None:
    assert _scope_exam(LEFT_EXAM + other) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Exam: L knee: + McMurray laterally, lateral JLT.\nContralateral (R) knee: normal.",
        "Exam: (L) knee: + McMurray laterally, lateral JLT.",
        "Exam: L knee + McMurray laterally. Other knee: unremarkable.",
    ],
)
def test_the_left_knees_own_positive_exam_still_counts(text: str) -> None:
    assert _scope_exam(text) == "met"


def _tka_film(text: str) -> str:
    film = _note("xr", "2026-02-02", text, extra=FILM)
    bundle = record("27447", film, reason="M17.12", order=LEFT_KNEE)
    return status(bundle, "TKA-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "XR BILAT KNEES standing 2/2/2026. Impression: Right TKA components well fixed, no "
        "loosening. Left: severe lateral compartment OA with complete joint space loss, valgus "
        "deformity, subchondral cysts.",
        "Bilateral knee XR 2/2/2026: severe left lateral compartment OA.",
        "XR BILAT KNEES.\nR: TKA in good position.\nL: tricompartmental DJD.",
        "XR L knee 2/2/2026: bone-on-bone laterally.",
        "XR L knee 2/2/2026: moderate medial compartment OA.",
        "XR L knee 2/2/2026: patellofemoral compartment OA.",
    ],
)
def test_compartment_named_arthritis_of_the_left_knee_is_its_film(text: str) -> None:
    assert _tka_film(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "XR BILAT KNEES 2/2/2026. Left: normal. Right: severe lateral compartment OA.",
        "XR BILAT KNEES 2/2/2026.\nRight: severe lateral compartment OA.\nLeft: normal.",
        "XR knees 2/2/2026: R severe medial compartment OA; L normal.",
        "XR L knee 2/2/2026: no significant OA.",
    ],
)
def test_the_other_knees_arthritis_or_none_is_no_film_of_the_left(text: str) -> None:
    assert _tka_film(text) != "met"


def _prior_injection(text: str) -> str:
    note = _note("n1", "2026-02-20", text)
    bundle = record("J7325", note, reason="M17.11", order=RIGHT_KNEE)
    return status(bundle, "HYA-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "L knee pain x 6 months, worse with stairs. Injected with triamcinolone today. Right knee "
        "asymptomatic.",
        "L knee pain x 6 months. Injected with triamcinolone today.",
        "L knee OA. Kenalog 40 mg injected 10/14/2025, 6 wks relief. R knee benign.",
        "Left knee pain. Steroid injection 10/2025 helped. Right knee fine.",
    ],
)
def test_an_unsided_injection_in_a_note_about_the_other_knee_is_not_the_right_knees(
    text: str,
) -> None:
    assert _prior_injection(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "R knee pain x 6 months. Injected with triamcinolone 10/14/2025, 6 wks relief. L knee "
        "asymptomatic.",
        "Knee pain x 6 months. Injected with triamcinolone 10/14/2025, 6 wks relief.",
        "Injected with triamcinolone 10/14/2025, 6 wks relief.",
        "L knee pain. Steroid injection 10/2025 helped. R knee pain worse, swelling.",
        "L knee pain x 6 months. Injected with triamcinolone 10/14/2025. Plan: Synvisc-One R "
        "knee.",
        "L knee asymptomatic. R knee CSI 10/14/2025, 6 wks relief.",
    ],
)
def test_a_note_about_the_right_knee_or_no_knee_keeps_it(text: str) -> None:
    assert _prior_injection(text) == "met"
