"""A CPAP that works is no CPAP proven ineffective, found by blind wave 30 (DF/cpap-03): a
bi-level request whose note read "CPAP intolerance (exhalation). Therapy effective when used."
beside a download AHI of 2.3. LCD L33718 covers E0470 after a CPAP "tried and proven
ineffective": discomfort with a device that treats the apnoea is no failed trial. A titration
that found CPAP effective before a home trial that failed says nothing of that trial."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status


def _cpap006(*notes: dict) -> str:
    order = {"authoredOn": "2026-10-20", "occurrenceDateTime": "2026-11-02"}
    bundle = record("E0470", *notes, reason="G47.33", order_type="DeviceRequest", order=order)
    return status(bundle, "CPAP-006", as_of=date(2026, 10, 22))["status"]


def test_intolerance_of_a_cpap_the_same_note_calls_effective_is_no_failed_trial():
    note = _note("n1", "2026-10-20", "A: OSA, CPAP intolerance (pressure). Therapy effective "
                 "when used. P: bilevel per pt preference.")  # fmt: skip
    assert _cpap006(note) != "met"
    download = _note("n2", "2026-10-20", "A: OSA, CPAP intolerance. Download: 1.9 h/night, "
                     "residual AHI 1.8. P: bilevel.")  # fmt: skip
    assert _cpap006(download) != "met"


def test_a_cpap_that_failed_after_an_effective_titration_still_counts():
    titration = _note("t", "2026-06-01", "CPAP titration: CPAP 9 cm effective, residual AHI 2.")
    failed = _note("n1", "2026-10-20", "A: OSA, CPAP intolerance, residual AHI 19 on download "
                   "despite mask refit. P: bilevel.")  # fmt: skip
    assert _cpap006(titration, failed) == "met"
    assert _cpap006(failed) == "met"
