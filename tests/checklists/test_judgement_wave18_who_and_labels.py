"""Evidence written without the words the detector looked for (blind wave 18).

BL/gen-03: a telehealth visit by a licensed genetic counselor ("Counselor: Kelsey Brandt, MS,
LCGC ... Counseled re Lynch syndrome, inheritance, results") is the pre-test counseling GEN-002
asks for, though it never writes "genetic counseling": the counselor's credential (LCGC, CGC:
ABGC's certified genetic counselor) or counseling about a hereditary syndrome says who counseled
and on what. A plan to counsel, diet counseling or a counselor still to be seen is none.

BL/gen-01: a counseling note's heading "Prior genetic testing" (its answer below: "Patient and
her relatives have never had germline genetic testing") is a field label, not a test done.

BJ/hh-03: "daily wound packing", "measure wound weekly", "teach insulin lispro scale &
glucometer" are the skilled nursing HHC-002 asks for, written as home-health orders write them.
"""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _concept(text: str, concept: str) -> bool:
    return any(f.asserted and f.concept == concept for f in find_findings([NoteInput("D/1", text)]))


def test_a_genetic_counselors_visit_is_genetic_counseling():
    for text in (
        "Counselor: Kelsey Brandt, MS, LCGC. Spanish interpreter used for entire visit.",
        "Seen by J. Ortiz, MS, CGC for pre-test discussion.",
        "Counseled re Lynch syndrome, inheritance, results, implications for relatives.",
        "Counseled regarding hereditary breast and ovarian cancer syndrome and BRCA testing.",
        "Patient counseled about the risks, benefits and limitations of germline testing.",
    ):
        assert _concept(text, "genetic-counseling"), text


def test_counseling_to_come_or_about_other_things_is_not():
    for text in (
        "Will be counseled re Lynch syndrome at next visit.",
        "Refer to LCGC for pre-test counseling.",
        "Counseled re diet and exercise.",
        "Counseled on smoking cessation.",
        "Plan to counsel regarding BRCA testing once insurance approves.",
        "CGC appointment scheduled 8/1.",
    ):
        assert not _concept(text, "genetic-counseling"), text


def test_the_counselors_visit_meets_gen002():
    note = _note(
        "gc",
        "2026-02-20",
        "Cancer Genetics Telehealth Visit (video) 02/20/2026\n"
        "Counselor: Kelsey Brandt, MS, LCGC. Interpreter used for entire visit.\n"
        "Counseled re Lynch syndrome, inheritance, results. Consent obtained.",
    )
    assert status(record("81292", note, reason="C18.2"), "GEN-002")["status"] == "met"


def test_a_field_label_naming_prior_testing_is_no_prior_test():
    for text in (
        "Prior genetic testing",
        "Prior genetic testing:",
        "PREVIOUS GERMLINE TESTING:",
    ):
        assert not _concept(text, "prior-germline-test"), text
    for text in (
        "Prior genetic testing: BRCA1/2 2019, negative.",
        "Previous germline panel 2018 showed a VUS in ATM.",
        "Prior BRCA testing negative.",
    ):
        assert _concept(text, "prior-germline-test"), text


def test_a_heading_over_never_tested_leaves_gen004_met():
    html = (
        "<html><body><h3>Prior genetic testing</h3><p>Patient and her relatives have never "
        "had germline genetic testing.</p><h3>Plan</h3><p>BRCA1/BRCA2 full sequence.</p>"
        "</body></html>"
    )
    note = _note("gc", "2026-02-20", html, kind="text/html")
    assert status(record("81162", note, reason="C50.911"), "GEN-004")["status"] == "met"


def test_wound_packing_and_insulin_teaching_are_skilled_needs():
    for text in (
        "Plan: home health LPN for daily wound packing x2 wks, and insulin/glucometer teaching.",
        "Orders: wound packing wet-to-moist daily, measure wound weekly.",
        "Teach insulin lispro scale & glucometer.",
        "SN to teach insulin administration and glucose monitoring.",
        "Wound irrigation and packing BID.",
    ):
        assert _concept(text, "skilled-need"), text


def test_packing_and_teaching_that_are_no_skilled_need():
    for text in (
        "Packing list reviewed for travel.",
        "Teach-back done on discharge instructions.",
        "No wound packing needed; wound healed.",
    ):
        assert not _concept(text, "skilled-need"), text
