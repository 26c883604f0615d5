"""A history line's sentence that ends on a word or a closing bracket ends its statement too:
"Hx: cortisone shot L knee 1/2026 - 6 weeks. Gel series L x3 Sept 2025 (\"worked great\"). PT
2023 x 10 visits" holds three statements. Left whole, the therapy's finding quoted the shot's
"6 weeks." and took the gel series' September for its own date (blind wave 44, FJ/hya-02).

An abbreviation's full stop ("1 tab p.o. Daily", "seen by Dr. Olsen") still ends nothing.
"""

from __future__ import annotations

from smartapp.notes.segments import segment


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_history_sentences_ending_on_a_word_or_a_bracket_are_cut() -> None:
    text = (
        "PSH: R knee scope 2019.\n"
        "Hx: cortisone shot L knee 1/2026 - 6 weeks. Gel series L x3 Sept 2025 -> relief "
        '("worked great"). PT 2023 x 10 visits, bike daily.'
    )
    pieces = _pieces(text)
    assert all(s.section == "pmh" for s in segment(text))
    assert "6 weeks." in pieces
    assert 'Gel series L x3 Sept 2025 -> relief ("worked great").' in pieces
    assert "PT 2023 x 10 visits" in pieces


def test_an_abbreviation_s_stop_keeps_its_statement() -> None:
    meds = "Medications: naproxen 500 mg 1 tab p.o. Daily, omeprazole 20 mg"
    assert "Medications: naproxen 500 mg 1 tab p.o. Daily" in _pieces(meds)
    history = "PMH: HTN, R knee scope 2019 w/ Dr. Olsen, GERD."
    assert "R knee scope 2019 w/ Dr. Olsen" in _pieces(history)
