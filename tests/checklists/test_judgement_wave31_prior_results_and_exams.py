"""Three false readings of blind wave 31's results and exams. A faxed BRCA1/2 report whose result
line reads "RESULT: NO CLINICALLY SIGNIFICANT MUTATION IDENTIFIED" is a germline test done, not an
empty field (DJ/gen-04, a repeat of the same test). A right-shoulder film's "glenohumeral joint
space narrowing" is the right glenohumeral joint, no film of the left shoulder a left TSA needs
(DI/shoulder-02). A neurological exam written inline ("fundoscopy: bilateral papilledema; neuro
otherwise nonfocal") is the exam that led to a brain MRI (DL/aim-04)."""

from __future__ import annotations

from .test_judgement import _note, record, status

_COUNSELING = _note(
    "gc", "2026-02-20",
    "Genetic counseling: 55F with new ovarian cancer; germline testing requested by oncology.",
)  # fmt: skip


def _gen004(*resources: dict) -> str:
    return status(record("81162", _COUNSELING, *resources, reason="C56.1"), "GEN-004")["status"]


def test_a_faxed_lab_result_of_no_significant_mutation_is_a_prior_germline_test():
    fax = (
        "OUTSIDE RECORD (fax) received 02/18/2026\nCollected 05/02/2018\n"
        "Test: BRCA1 and BRCA2 sequencing and rearrangement analysis\n"
        "RESULT: NO CLINICALLY SIGNIFICANT MUTATION IDENTIFIED"
    )
    assert _gen004(_note("fax", "2026-02-18", fax)) == "missing"


def test_an_empty_prior_testing_field_is_still_no_test():
    assert _gen004(_note("f", "2026-02-18", "Prior genetic testing: none")) == "met"


def _film(ident: str, when: str, title: str, impression: str) -> dict:
    extra = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}],
                      "text": "Diagnostic imaging study"}}  # fmt: skip
    return _note(ident, when, f"{title}\nIMPRESSION: {impression}", extra=extra)


def _tsa001(*films: dict) -> str:
    order = {"bodySite": [{"text": "Left shoulder"}]}
    return status(record("23472", *films, reason="M19.012", order=order), "TSA-001")["status"]


def test_the_other_shoulders_film_is_no_radiograph_of_this_one():
    right = _film("x1", "2026-01-20", "XR RIGHT SHOULDER 2 VIEWS",
                  "Moderate glenohumeral joint space narrowing, right.")  # fmt: skip
    assert _tsa001(right) != "met"
    left = _film("x2", "2026-01-20", "XR LEFT SHOULDER 3 VIEWS",
                 "Severe glenohumeral joint space narrowing with osteophytes.")  # fmt: skip
    assert _tsa001(left) == "met"


def _aim001(text: str) -> str:
    bundle = record("70553", _note("n1", "2026-02-20", text), reason="H47.11")
    return status(bundle, "AIM-001")["status"]


def test_a_neurological_exam_written_inline_is_an_exam_finding():
    text = ("Neurology clinic: 28F daily headaches 5 wks, worse lying down; fundoscopy shows "
            "bilateral papilledema; neuro otherwise nonfocal. Plan MRI brain and MRV.")  # fmt: skip
    assert _aim001(text) == "met"


def test_a_headache_history_alone_is_no_exam():
    assert _aim001("Phone note: headaches for 5 weeks, no exam today. MRI requested.") != "met"
