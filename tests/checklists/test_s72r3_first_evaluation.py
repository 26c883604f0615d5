"""A recertification whose record states no start of care and no certification period dates its
episode by the agency's first evaluation: "HOME HEALTH PT EVALUATION / PLAN OF CARE" of 1/8 was
the start of care, and the video visit of 1/6 its face-to-face encounter, though 153 days before
the order "Recert: PT 2w8" (blind wave 82, LA/home-health-02)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from smartapp.checklists.first_evaluation import first_evaluation


@dataclass
class _Note:
    text: str
    date: date


class _Record:
    def __init__(self, *notes: _Note) -> None:
        self.notes = notes

    def all_texts(self) -> list[_Note]:
        return list(self.notes)


_EVAL_DAY = date(2026, 1, 8)
_LATER = _Note("PT RE-EVALUATION (visit 14). TUG 22 s. Recommend recert 2w8.", date(2026, 3, 27))


def _first(text: str) -> date | None:
    record = _Record(_LATER, _Note(text, _EVAL_DAY))
    return first_evaluation(record, date(2025, 6, 8), date(2026, 6, 8))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "HOME HEALTH PT EVALUATION / PLAN OF CARE. Dx I69.351. Freq 2w8.",
        "Home Health Start of Care visit - SN. Pt alert, wound L shin.",
        "HH SN eval & POC: CHF teaching, wt daily.",
        "OASIS SOC assessment 1/8/26 - RN K. Poole",
        "Home health PT initial eval: TUG 28 s, amb 40 ft RW.",
        "HH OT Eval/POC - ADL retraining 2w6",
        "  Home Care Nursing Assessment\nVitals stable.",
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE\nSN 1w8.",
    ],
)
def test_the_agency_s_first_evaluation_dates_the_start_of_care(text: str) -> None:
    assert _first(text) == _EVAL_DAY


@pytest.mark.parametrize(
    "text",
    [
        "HH PT RE-EVALUATION (visit 14). TUG 22 s.",
        "HOME HEALTH RECERTIFICATION PLAN OF CARE 3/9-5/7",
        "Home health PT daily note: gait training 30 min.",
        "Referral: home health PT eval & treat.",
        "Plan: HH PT eval after discharge.",
        "Outpatient PT evaluation: L knee OA.",
        "HH resumption of care (ROC) after hospital stay.",
    ],
)
def test_other_notes_do_not(text: str) -> None:
    assert _first(text) is None


def test_a_first_evaluation_before_the_episode_window_is_not_read() -> None:
    record = _Record(_Note("HOME HEALTH PT EVALUATION / PLAN OF CARE", date(2025, 1, 8)))
    assert first_evaluation(record, date(2025, 6, 8), date(2026, 6, 8)) is None  # type: ignore[arg-type]
