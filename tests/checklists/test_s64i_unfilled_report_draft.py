"""A progress report or re-evaluation left as its unfilled template is no report.

Blind wave 65 (IK/therapy-pt-ot-chiro-03): an unsigned draft "OT PROGRESS REPORT (DRAFT - NOT
SIGNED)" whose every field was still Epic's "***" or an unchosen SmartList reset PT-004's
10-visit clock and PT-007's 60-day one by its title, though it measured and compared nothing
(MBPM ch. 15 §220.3, OAC 5160-8-32). A real report that leaves one optional field "***" is still
the report.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_REPORT = {
    "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3",
                         "display": "Progress note"}], "text": "OT Progress Report"},
}  # fmt: skip


def _status(text: str, item: str = "PT-007", kind: str = "text/plain") -> str:
    evaluation = {
        "resourceType": "Procedure",
        "id": "eval",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97166"}]},
        "performedDateTime": "2026-02-02",
    }
    order = {"authoredOn": "2026-05-12", "occurrenceDateTime": "2026-05-14"}
    report = _note("draft", "2026-05-10", text, kind=kind, extra=_REPORT)
    bundle = record("97530", evaluation, report, reason="S52.571D", order=order)
    items = {i["id"]: i for i in score_bundle(bundle, as_of=date(2026, 5, 12))["items"]}
    return items[item]["status"]


@pytest.mark.parametrize(
    "text",
    [
        # Epic's draft: every field "***" or an unchosen SmartList.
        "OT PROGRESS REPORT (DRAFT - NOT SIGNED)  05/10/2026\nVisits to date: ***\n"
        "QuickDASH: ***\nGrip R: *** kg\n"
        'Goals status: {Blank single:19197::"met","not met","progressing"}\nPlan: ***\n',
        # SOAP template never written.
        "PT Re-evaluation 5/10/26\nSubjective: ***\nObjective: ***\nAssessment: ***\nPlan: ***\n",
        # SmartLists with no value at all.
        "Progress report\nLEFS: {Score:12345}\nKnee flexion: {Degrees:22331}\n"
        "Goals: {Goal status:40411}\nRecommendation: ***\n",
        # A paper form's lines left empty.
        "PROGRESS REPORT\nVisit #: ______\nROM: ______\nStrength: ______\nGoals met: ______\n",
        # Unresolved SmartLinks.
        "Re-eval 05/10/26\nPain: @PAINSCORE@\nROM: @ROMTABLE@\nGoals: @GOALSTATUS@\n",
        # Fields run on one line.
        "PT progress report 5/10/26 - ODI: ***; LEFS: ***; goals: ***; plan: ***\n",
    ],
)
def test_an_unfilled_report_draft_resets_no_clock(text: str) -> None:
    assert _status(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        # One optional field left "***" in a report that measured again.
        "OT PROGRESS REPORT 05/10/2026 (visit 10)\nQuickDASH 38 (from 70). Grip R 14 kg. "
        "ROM ext 45, flex 50.\nGoals: progressing.\nNext MD appt: ***\n",
        # Two blanks beside many filled fields.
        "PT RE-EVALUATION 5/10/26\nSubjective: pain 3/10, walks 20 min.\nLEFS: 52 (from 31)\n"
        "Knee flex: 118\nGoals: 2 of 3 met\nPlan: continue 2x/wk x 4 wks\n"
        "Patient goals: ***\nNext appt: ***\n",
    ],
)
def test_a_report_with_a_field_left_blank_still_counts(text: str) -> None:
    assert _status(text) == "met"


@pytest.mark.parametrize("item", ["PT-004", "PT-007"])
def test_a_report_known_only_by_its_title_is_not_judged_ready(item: str) -> None:
    # The same draft whose only rendition cannot be read (a TIFF scan): its title says "OT
    # Progress Report", but read it would be the draft the tests above deny, so the title
    # alone must not make the report current (bench/unread.py, invariant a: losing the text
    # made IK/therapy-pt-ot-chiro-03 met).
    assert _status("II*\x00 scanned page", item, kind="image/tiff") != "met"
