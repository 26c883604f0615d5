"""A home health aide's visit note "per POC" is no plan of care the practitioner signed.

Blind wave 30, DH/hh-02: the only signed plan of care ran 11/1-12/30/2025; the aide's notes of
February ("Assisted with shower, dressing. Per POC. -I. W. HHA") were read as a plan of care
stated in a note, signed by nobody in particular, so HHC-004 was met. The plan a note states must
be the practitioner's (``signed_by: [practitioner]``, 42 CFR 424.22 / OAC 5160-12-01); an aide's
credentials (HHA, STNA, CNA) are now known, so an aide's note is signed by other hands.
"""

from __future__ import annotations

from datetime import date

from smartapp.checklists.signers import credentials, signed_by
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def test_an_aide_signs_as_an_aide():
    text = "HHA visit: bathing and dressing assist, tolerated well. Per POC. -T. Okafor HHA"
    assert credentials(text) == {"HHA"}
    assert not signed_by(text, ["practitioner"])
    assert signed_by("Plan of care reviewed. Signed R. Adeyemi MD", ["practitioner"])


_LAPSED = {
    "resourceType": "CarePlan",
    "id": "poc",
    "status": "completed",
    "intent": "plan",
    "title": "Home Health Plan of Care 9/1/2026 - 10/30/2026",
    "description": "HHA 3x/wk x 8 wks, SN 1x/wk. Signed R. Adeyemi MD 9/2/2026.",
    "period": {"start": "2026-09-01", "end": "2026-10-30"},
}


def _plan_of_care(*notes: dict) -> str:
    order = {"authoredOn": "2026-12-28", "occurrenceDateTime": "2027-01-04",
             "note": [{"text": "HHA 3x/wk x 8 wks (24 visits)."}]}  # fmt: skip
    bundle = record("G0156", _LAPSED, *notes, reason="I69.351", order=order)
    report = score_bundle(bundle, as_of=date(2026, 12, 30))
    return {i["id"]: i for i in report["items"]}["HHC-004"]["status"]


def test_aide_notes_per_poc_after_the_plan_lapsed_are_no_plan():
    aide = [
        _note(f"hha{day}", f"2026-12-{day}",
              f"HHA VISIT 12/{day}: shower, dressing, oral care. Per POC. -T. Okafor HHA")
        for day in ("07", "14", "21")
    ]  # fmt: skip
    assert _plan_of_care(*aide) != "met"


def test_a_recertified_plan_the_physician_signed_in_a_note_still_is():
    recert = _note(
        "recert",
        "2026-10-29",
        "HOME HEALTH PLAN OF CARE - recertification 10/31/2026-12/29/2026 and "
        "12/30/2026-02/27/2027. HHA 3x/wk x 8 wks; SN 1x/wk x 8 wks. Goals: safe bathing. "
        "Signed R. Adeyemi MD 10/29/2026",
    )
    assert _plan_of_care(recert) == "met"
