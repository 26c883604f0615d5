"""An addendum's dated correction replaces the statement it corrects, and nothing else."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.addenda import drop_corrected
from smartapp.notes.model import NoteFinding


def _finding(snippet: str, start: int, when: date | None, concept: str = "viscosupplementation",
             note: str = "DocumentReference/d1") -> NoteFinding:  # fmt: skip
    return NoteFinding(
        note_ref=note, category="conservative-treatment", concept=concept, text=snippet,
        start=start, end=start + len(snippet), negated=False, historical=False,
        hypothetical=False, family=False, duration_days=None, snippet=snippet, when=when,
    )  # fmt: skip


FIRST = _finding("Had Orthovisc series in June.", 10, date(2026, 6, 1))
CORRECTION = _finding(
    "Correction: prior Orthovisc series was completed 04/14/2026, not June as stated above.",
    400, date(2026, 4, 14),
)


def test_a_later_dated_correction_replaces_the_statement():
    assert drop_corrected([FIRST, CORRECTION], [FIRST, CORRECTION]) == [CORRECTION]


def test_the_correction_reaches_statements_the_criterion_reads_from_other_sections():
    # The addendum sits under the plan, which the criterion does not read: it still corrects.
    assert drop_corrected([FIRST], [FIRST, CORRECTION]) == []


def test_another_note_another_finding_or_an_earlier_statement_is_left_alone():
    other_note = _finding("Had Orthovisc series in June.", 10, date(2026, 6, 1), note="D/d2")
    other_concept = _finding("Steroid injection in June.", 20, date(2026, 6, 1),
                             concept="corticosteroid-injection")  # fmt: skip
    later = _finding("Orthovisc #5 06/20/2026.", 900, date(2026, 6, 20))
    kept = [other_note, other_concept, later]
    assert drop_corrected(kept, [*kept, CORRECTION]) == kept


def test_an_undated_correct_word_corrects_nothing():
    vision = _finding("Vision corrected 20/40 with glasses.", 400, None)
    assert drop_corrected([FIRST, vision], [FIRST, vision]) == [FIRST, vision]
