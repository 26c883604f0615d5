"""An imaging reading of blind wave 35.

A statement that neither dates nor sides its film, nor says it was taken that day ("XR shows
OA." in a visit for the right shoulder), reports the film on file; when every film of that kind
in the year is of the other shoulder, it is no radiograph of this one (EB/tsa-02). With no film
of the joint on file it is read as written, and one that names its side stands.
"""

from __future__ import annotations

from .test_judgement import _note, record, status
from .test_judgement_wave31_prior_results_and_exams import _film

_VISIT = ("S: right shoulder pain for 2 years, night pain, failed PT and injections.\n"
          "O: R shoulder forward flexion 90, crepitus.\n{xr}\n"
          "A/P: right glenohumeral OA, plan anatomic TSA.")  # fmt: skip


def _tsa001(xr: str, *films: dict) -> str:
    order = {"bodySite": [{"text": "Right shoulder"}]}
    note = _note("v", "2026-02-20", _VISIT.format(xr=xr))
    return status(record("23472", note, *films, reason="M19.011", order=order), "TSA-001")[
        "status"
    ]


# Its indication names both shoulders: why the film was taken, not what it is of.
_LEFT = _film("x1", "2026-01-10", "XR LEFT SHOULDER 2 VIEWS\nINDICATION: bilateral shoulder pain",
              "Mild left glenohumeral OA.")  # fmt: skip


def test_an_unsided_film_in_the_note_is_the_other_shoulder_s_film_on_file() -> None:
    assert _tsa001("XR shows OA.", _LEFT) != "met"


def test_with_no_film_on_file_or_a_side_named_the_statement_stands() -> None:
    assert _tsa001("XR shows OA.") == "met"
    assert _tsa001("R shoulder XR shows severe OA.", _LEFT) == "met"
    chest = _film("c1", "2026-01-12", "XR CHEST 2 VIEWS", "No acute cardiopulmonary process.")
    assert _tsa001("XR shows OA.", chest) == "met"  # another body part's film says nothing

