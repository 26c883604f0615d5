"""Text copied forward from an older note is dated by that note (smartapp/notes/copied.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.finding_dates import finding_date, newest_wins
from smartapp.notes.copied import copied_spans
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

WRITTEN = date(2026, 4, 8)


def _copied(text: str) -> list[tuple[str, date]]:
    spans = copied_spans(text, WRITTEN)
    return [(text[s.start : s.end].strip(" :]\n*-["), s.written) for s in spans]


@pytest.mark.parametrize(
    ("text", "copied"),
    [
        # an explicit end marker
        (
            "Interval: better.\n---- copied from 10/14/2025 ----\nS: back pain x 3 wks.\n"
            "---- end copied text ----\nO: SLR + L.",
            [("S: back pain x 3 wks.", date(2025, 10, 14))],
        ),
        # the rest of the marker's line
        (
            "[Copied from 12/11/2025 note] 61M with ALS, non-ambulatory.\nNew: pressure injury.",
            [("61M with ALS, non-ambulatory.", date(2025, 12, 11))],
        ),
        # a header: the lines below it, to the blank line
        (
            "Exam: deferred - telephone visit.\nLast exam (from 12/01/2025 visit, copied for "
            "reference):\nSLR + R at 45 deg.\nStrength 5/5.\n\nA/P: radiculopathy.",
            [("SLR + R at 45 deg.\nStrength 5/5.", date(2025, 12, 1))],
        ),
        # the section it closes
        (
            "HPI: f/u.\n\nPRIOR TREATMENT:\nPT: Yes, 8 visits\n(above section copied from "
            "12/30/2025 - reviewed)\n\nEXAM: normal.",
            [("PRIOR TREATMENT:\nPT: Yes, 8 visits", date(2025, 12, 30))],
        ),
        # a trailing attribution: what precedes it on its line
        (
            "HPI: neck pain x 3 wks. [copied from 3/14 note]\nInterval: has not started PT.",
            [("HPI: neck pain x 3 wks.", date(2026, 3, 14))],
        ),
        # the copied text inside the marker's own brackets
        (
            "S: walks 1/2 mile. [Hospital course copied from 2019 admission: needed HOB "
            "elevation - resolved.] O: lungs clear.",
            [("needed HOB elevation - resolved.", date(2019, 1, 1))],
        ),
        # updated today, or no date: nothing moves
        ("HPI (copied from 01/26/2026 and updated): pain x 8 wks.", []),
        ("Good participation. [text copied forward from prior note]", []),
    ],
)
def test_copied_spans(text, copied):
    assert _copied(text) == copied


def test_a_copied_exam_is_dated_by_the_note_it_came_from():
    text = (
        "TELEPHONE VISIT\nLast exam (from 12/01/2025 visit, copied for reference):\n"
        "Neuro: SLR + R at 45 deg. Strength 5/5.\n\nA/P: MRI."
    )
    findings = [
        f for f in find_findings([NoteInput("D/1", text, WRITTEN)])
        if f.concept == "straight-leg-raise"
    ]  # fmt: skip
    assert findings and findings[0].copied_from == date(2025, 12, 1)
    assert finding_date(findings[0], {"D/1": WRITTEN}) == date(2025, 12, 1)


def test_a_copied_denial_is_older_than_the_note_that_carries_it():
    # March: "completed PT". April's note copies January's "has not tried PT": January is older
    # than March, so the copy does not undo the completed course.
    march = NoteInput("D/1", "Completed 6 wks PT without relief.", date(2026, 3, 2))
    april = NoteInput("D/2", "[Copied from 01/05/2026 note] Has not tried PT.", WRITTEN)
    findings = [f for f in find_findings([march, april]) if f.concept == "physical-therapy"]
    kept = newest_wins(findings, {"D/1": march.date, "D/2": april.date})
    assert any(f.asserted for f in kept)


@pytest.mark.parametrize(
    ("text", "copied"),
    [
        # a header that dates the exam: the lines below it, past its own grid header row, up to
        # the next section
        (
            "Telephone encounter\n\nPhysical Exam (last documented 01/12/2026)\n\nExam | Finding |"
            "\n\nSLR | Positive L |\n\nAssessment\n\nradiculopathy",
            [("Exam | Finding |\n\nSLR | Positive L |", date(2026, 1, 12))],
        ),
        # a header with the exam on its line: the header opens the restated statement
        (
            "Exam from 1/5/26: SLR + L. Strength 5/5.\nA/P: MRI.",
            [("Exam from 1/5/26: SLR + L. Strength 5/5.", date(2026, 1, 5))],
        ),
        # ... up to a statement that turns to the plan written now (a referral, what the result
        # decides), as an order note's restated exam is followed by its reason
        (
            "Exam from 3/2/26: Lachman + R, small effusion. Brace failed. If ACL tear, refer"
            " ortho.",
            [("Exam from 3/2/26: Lachman + R, small effusion. Brace failed.", date(2026, 3, 2))],
        ),
        (
            "Exam from 3/2/26: pain referred to buttock. SLR + L.",
            [("Exam from 3/2/26: pain referred to buttock. SLR + L.", date(2026, 3, 2))],
        ),
        # a statement citing an earlier exam: that statement only
        (
            "Neuro: intact per exam 12/2025. SLR neg today.",
            [("Neuro: intact per exam 12/2025", date(2025, 12, 1))],
        ),
        (
            "PE: lungs clear (per 12/01/2025 visit). SLR neg.",
            [("PE: lungs clear (per 12/01/2025 visit)", date(2025, 12, 1))],
        ),
        # an exam line closed by a note of where it came from: the whole line
        (
            "History: nodule on CT.\nExam: Lungs CTA bilat. No clubbing. (exam from 2/2/26 visit)"
            "\nPlan: CT.",
            [("Exam: Lungs CTA bilat. No clubbing.", date(2026, 2, 2))],
        ),
        (
            "Exam: SLR + L, 4/5 EHL (from 12/01/2025 exam)\nPlan: MRI.",
            [("Exam: SLR + L, 4/5 EHL", date(2025, 12, 1))],
        ),
        # a date the exam mentions, or today's exam: nothing moves
        ("Exam: paraplegia (MVC 2019). SLR neg.", []),
        ("Exam: SLR neg (exam today 4/8/26)", []),
        ("Exam on 4/8/26: SLR neg.", []),
    ],
)
def test_an_exam_restated_from_a_dated_visit(text, copied):
    assert _copied(text) == copied


def test_an_in_person_note_restating_an_older_exam_is_no_exam_of_its_day():
    text = (
        "Office visit\nHPI: PT finished, leg pain unchanged.\n"
        "Physical Exam (last documented 01/12/2026)\nSLR positive L at 40 degrees.\n"
        "Reflexes: Achilles L 1+.\nAssessment\nS1 radiculopathy."
    )
    exam = [
        f for f in find_findings([NoteInput("D/1", text, WRITTEN)])
        if f.category == "exam-findings"
    ]  # fmt: skip
    assert exam and all(f.copied_from == date(2026, 1, 12) for f in exam)
    assert {finding_date(f, {"D/1": WRITTEN}) for f in exam} == {date(2026, 1, 12)}
