"""Blind waves 48-49: which visits count as the recent evaluation behind a request. A lung exam
written normal ("Lungs CTA bilaterally") is still the exam of the visit that ordered a chest CT
(GC/imaging-other-02). A portal message in which the patient says the symptom is still there
asks for the test and evaluates no one, where a video visit with the cardiologist does
(GB and GD/cardiac-imaging-03). A radiofrequency ablation rests on the exam and baseline scores
of the visit that began its diagnostic block series, though that visit is more than 90 days old
when the ablation is ordered (GB/spinal-injections-02)."""

from __future__ import annotations

from .test_judgement import _note, record, status
from .test_judgement_wave29_unread_stop import _unread


def _aim001(text: str) -> str:
    bundle = record("71250", _note("v1", "2026-02-23", text), reason="R91.1")
    return status(bundle, "AIM-001")["status"]


def test_a_normal_lung_exam_is_the_exam_of_a_nodule_follow_up_visit():
    text = ("Clinic f/u: 70M ex-smoker, 6 mm LLL nodule on CT last fall, due for 12-month CT. "
            "Lungs CTA bilaterally, heart RRR. Plan: low-dose CT chest.")  # fmt: skip
    assert _aim001(text) == "met"


def test_a_visit_with_no_exam_written_still_has_none():
    text = "Clinic f/u: 70M ex-smoker, 6 mm LLL nodule on CT last fall. Plan: low-dose CT chest."
    assert _aim001(text) != "met"


#: The last office evaluation of the chest pain, 80 days before the request (outside CARD-001's 60).
_OFFICE = _note("o1", "2025-12-11",
                "Office visit: 58F intermittent chest tightness x 6 wks, non-exertional. "
                "ECG normal. Will consider coronary CTA if symptoms continue.")  # fmt: skip


def _card001(*notes: dict) -> str:
    return status(record("75574", _OFFICE, *notes, reason="R07.89"), "CARD-001")["status"]


def test_a_portal_message_is_no_evaluation_of_the_symptom():
    message = _note("m1", "2026-02-26",
                    "MyChart message from patient: chest tightness keeps coming back, 2-3x a "
                    "week. Could I get the heart scan?\nReply: Yes, CT coronary angiogram "
                    "ordered.", extra={"type": {"text": "Patient Message"}})  # fmt: skip
    assert _card001(message) == "missing"


def test_a_video_visit_about_the_symptom_still_is_one():
    text = ("Video visit with cardiology: chest tightness 2-3x/wk, now with exertion on stairs. "
            "Plan coronary CTA.")  # fmt: skip
    video = _note("v2", "2026-02-26", text, extra={"type": {"text": "Video Visit"}})
    assert _card001(video) == "met"


def _mbb(ident: str, when: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64493"}]},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": when,
    }


#: The visit that began a block series, 103 days before as_of (98 before the order of 2/25).
_SERIES_VISIT = _note(
    "s1", "2025-11-18",
    "Spine clinic: axial low back pain 3 yrs, worse with extension. Exam: lumbar paraspinal "
    "tenderness L4-S1, facet loading positive on the left. Pain 7/10, Oswestry 42%. "
    "Plan: L MBB x2, then RFA if both positive.",
)  # fmt: skip
#: The follow-up after the blocks that orders the ablation: no exam, no score.
_AFTER_BLOCKS = _note("s2", "2026-02-24",
                      "Blocks follow-up: MBB 1/8 90% relief, MBB 1/29 85% relief. Proceed with "
                      "L L4-5, L5-S1 radiofrequency ablation.")  # fmt: skip


def _spine(code: str, item: str, *blocks: dict) -> str:
    bundle = record(code, _SERIES_VISIT, _AFTER_BLOCKS, *blocks, reason="M47.816")
    return status(bundle, item)["status"]


def test_an_ablation_rests_on_the_exam_and_scores_that_began_its_block_series():
    blocks = (_mbb("b1", "2026-01-08"), _mbb("b2", "2026-01-29"))
    assert _spine("64635", "IPN-004", *blocks) == "met"
    assert _spine("64635", "IPN-007", *blocks) == "met"


#: A follow-up that orders the ablation and tells of no block at all.
_NO_BLOCKS = _note(
    "s2", "2026-02-24", "Follow-up: proceed with L L4-5, L5-S1 radiofrequency ablation."
)


def test_without_the_blocks_or_for_another_block_the_old_visit_is_still_too_old():
    # No block coded nor told in a note ("MBB 1/8 90% relief" is one told: wave 105, below).
    for item in ("IPN-004", "IPN-007"):
        bundle = record("64635", _SERIES_VISIT, _NO_BLOCKS, reason="M47.816")
        assert status(bundle, item)["status"] != "met"
    blocks = (_mbb("b1", "2026-01-08"), _mbb("b2", "2026-01-29"))
    assert _spine("64493", "IPN-004", *blocks) != "met"  # a repeat block: its own exam


def test_with_the_visit_that_began_the_series_unread_the_exam_is_not_judged():
    # Unread, that visit may be the exam the ablation rests on: "could not check", naming it,
    # never a gap blamed on it (bench/unread.py, invariant b).
    blocks = (_mbb("b1", "2026-01-08"), _mbb("b2", "2026-01-29"))
    bundle = record("64635", _unread("s1", "2025-11-18"), _AFTER_BLOCKS, *blocks,
                    reason="M47.816")  # fmt: skip
    item = status(bundle, "IPN-004")
    assert item["status"] == "unknown", item["searched"]
    assert "DocumentReference/s1" in item["searched"]
