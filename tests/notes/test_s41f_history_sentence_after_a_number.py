"""A history line's sentence that ends on a number ends its statement: "Wt hx: highest 130 kg
2023. Completed a physician-supervised weight loss program 8/2025-2/2026" is two statements, and
the weight's year does not date the program (blind wave 44, FK/bariatric-02: the program was read
as of 2023, outside the two years NCD 100.1's attempt is looked for in).

A drug list's full stops stay where they were ("1 tab p.o. Daily" is one item), and a decimal
("BMI 36.5") is no sentence end.
"""

from __future__ import annotations

from smartapp.notes.segments import segment


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_a_history_sentence_ending_on_a_year_is_its_own_statement() -> None:
    text = (
        "PMH: HTN, OSA on CPAP.\n"
        "Wt hx: highest 130 kg 2023. Completed a supervised weight loss program 8/2025-2/2026."
    )
    pieces = _pieces(text)
    assert [s.section for s in segment(text)][-1] == "pmh"
    assert "Wt hx: highest 130 kg 2023." in pieces
    assert any(p.startswith("Completed a supervised weight loss program") for p in pieces)


def test_a_drug_list_and_a_decimal_keep_their_statements() -> None:
    meds = "Medications: metformin 500 mg 1 tab p.o. Daily, lisinopril 10 mg"
    assert "metformin 500 mg 1 tab p.o. Daily" in " | ".join(_pieces(meds))
    history = "PMH: obesity, BMI 36.5 in 2024, HTN. Wt hx: 30 lb gain since 2020. Sleep apnea."
    assert "BMI 36.5 in 2024" in _pieces(history)
