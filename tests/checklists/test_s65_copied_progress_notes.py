"""A daily note the EHR types "Progress Note", copied forward, is no progress report (brief
s65-reports; blind wave 109, OV/therapy-pt-ot-chiro-03).

"OT Daily Note / Progress Note - visit 22: Pt tolerated tx well. AROM/PROM, putty, ADL sim. HEP
reviewed. Pt progressing well toward goals. Continue POC." is the same text at visits 13, 18 and
22: the exercises done ("AROM/PROM") were read as motion measured again, so "progressing toward
goals" read as the comparison with the goals, and the note reset PT-004's 10-visit clock (MBPM
ch. 15 §220.3) and PT-007's 60 days (OAC 5160-8-32). A measure is a value taken ("QuickDASH 41",
"wrist ext 55"); a re-evaluation dated after the request's day is not on record for it.
A real report with its goals measured again still counts.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 20)
_EVAL = (
    "OT INITIAL EVAL (97166) - hand therapy 1/12/2026\n63M R distal radius fx, ORIF 12/29.\n"
    "Wrist ext 25, flex 20. Grip R 8 kg / L 38 kg. QuickDASH 68.\n"
    "POC: 3x/wk x 12 wks (1/12 - 4/11/26). Goals: QuickDASH <25, grip 60% of L."
)
_DAILY = (
    "OT Daily Note / Progress Note - visit {n}\nPt tolerated tx well. AROM/PROM, putty, ADL sim. "
    "HEP reviewed. Pt progressing well toward goals. Continue POC.\n(visits to date: {n} attended)"
)


def _typed(ident: str, day: str, text: str, title: str) -> dict:
    note = _note(ident, day, text)
    note["type"]["coding"][0]["display"] = title
    return note


def _items(last: str, *, extra: tuple[dict, ...] = ()) -> tuple[str, str]:
    notes = [_typed("ev", "2026-01-12", _EVAL, "OT Evaluation")]
    days = ["2026-02-16", "2026-03-02"]
    notes += [_typed(f"d{k}", d, _DAILY.format(n=13 + 5 * k), "Progress Note")
              for k, d in enumerate(days)]  # fmt: skip
    notes.append(_typed("last", "2026-03-16", last, "Progress Note"))
    bundle = record("97530", *notes, *extra, reason="S52.571A")
    return tuple(status(bundle, i, as_of=AS_OF)["status"] for i in ("PT-004", "PT-007"))


@pytest.mark.parametrize(
    "last",
    [
        _DAILY.format(n=22),  # the case's wording
        "OT Progress Note visit 22: tolerated well. AROM, PROM, putty. Progressing toward goals.",
        "Progress note - visit 22. Ther ex: wrist AROM/PROM, grip putty. Pt progressing toward "
        "goals. Cont POC.",
        "PT PROGRESS NOTE visit 22: ROM ex, theraband. Making good progress toward goals.",
    ],
)
def test_a_daily_note_called_progress_note_that_measures_nothing_is_no_report(last: str) -> None:
    assert _items(last) == ("missing", "missing"), last


def test_a_re_evaluation_dated_after_the_request_day_does_not_count() -> None:
    later = _typed("re", "2026-03-23", "OT RE-EVALUATION (97168) 3/23/2026: QuickDASH 41, grip "
                   "R 19 kg, wrist ext 55. Goals updated.", "OT Re-evaluation")  # fmt: skip
    assert _items(_DAILY.format(n=22), extra=(later,)) == ("missing", "missing")


@pytest.mark.parametrize(
    "last",
    [
        "OT Progress Note visit 22: QuickDASH 41, grip R 19 kg, wrist ext 55. Progressing toward "
        "goals; goals updated. Cont 2x/wk x 4 wks.",
        "Re-eval 3/16: QuickDASH 68 -> 41, goals updated. Continue POC 2x/wk x 4 wks.",
        "OT PROGRESS REPORT 3/16/26: grip R 19 kg (was 8), QuickDASH 41 (was 68). Goal 1 met.",
    ],
)
def test_a_report_with_its_goals_measured_again_still_counts(last: str) -> None:
    assert _items(last) == ("met", "met"), last
