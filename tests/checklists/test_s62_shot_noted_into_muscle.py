"""A steroid order with no comment that a note of its day gives into a muscle is no prior knee
injection for hyaluronan (HYA-003; muscle_route.noted_into_muscle, s62-g): "Kenalog 40 mg IM
for asthma flare" is that order's shot, a systemic dose. A note that gives the order's drug
into the knee, gives another drug IM, or writes the IM shot on another day leaves it counted."""

from __future__ import annotations

import pytest

from .test_judgement import _note
from .test_s54_shot_order_comment import _KENALOG, _hya003, _order

_DEPO = "Depo-Medrol 80 mg/mL injectable suspension"


@pytest.mark.parametrize(
    ("drug", "said"),
    [
        (_KENALOG, "Kenalog 40 mg IM for asthma flare. Pt tolerated well."),
        (_DEPO, "Depo-Medrol 80 IM gluteal for COPD exacerbation."),
        (_KENALOG, "A/P: Asthma exacerbation - given triamcinolone 40 mg IM x1 in clinic."),
        (_KENALOG, "Kenalog 40mg IM R glute today for poison ivy dermatitis."),
        (_KENALOG, "Pt received IM Kenalog 60 mg in the L deltoid for allergic rhinitis flare."),
        (_KENALOG, "COPD flare: Kenalog 40 IM given."),
        (_KENALOG, "Injection: triamcinolone acetonide 40 mg, route: IM, site: R ventrogluteal."),
        (_KENALOG, "Kenalog-40 1 mL intramuscularly to left buttock for contact dermatitis."),
        (_DEPO, "S: wheezing x3d. A: COPD exac. P: Depo-Medrol 80 mg I.M. now, albuterol."),
    ],
)
def test_its_day_s_note_of_a_muscle_shot_makes_no_knee_injection(drug: str, said: str) -> None:
    assert _hya003(_order(drug), _note("n0", "2025-12-01", said)) != "met", said


@pytest.mark.parametrize(
    ("day", "said"),
    [
        ("2025-12-01", "R knee injected with Kenalog 40 today."),
        ("2025-12-01", "Kenalog 40 mg R knee today; Toradol 60 mg IM for headache."),
        ("2025-12-01", "Kenalog 40 mg intra-articular R knee, then IM B12 shot as usual."),
        ("2025-12-01", "Depo-Medrol 80 IM gluteal for COPD exacerbation."),  # another drug
        ("2025-11-20", "Kenalog 40 mg IM for asthma flare."),  # another day's shot
        ("2025-12-01", "kenalog 40 mg knee. f/u 6 wks."),
    ],
)
def test_a_knee_shot_another_drug_or_another_day_still_counts(day: str, said: str) -> None:
    assert _hya003(_order(_KENALOG), _note("n0", day, said)) == "met", said
