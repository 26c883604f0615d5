"""The order's own reason is no record of the trial it names (blind wave 13, AR/cpap-03): a
bi-level order's note "Bilevel for CPAP intolerance" states why it is asked for; LCD L33718
asks for the E0601 trial, in a facility or at home, to be documented as ineffective. An order
that dates the trial it restates ("CPAP ineffective during attended titration 4/9/26") points
at one on record, as wave 11's rule for evaluations does. Each test names the class of record
scored wrong."""

from __future__ import annotations

from .test_judgement import _note, record, status

_CONSULT = _note("n1", "2026-02-10", "Sleep consult. Severe OSA, AHI 34. Wants BiPAP.")


def _bilevel(reason: str, *notes: dict) -> dict:
    order = {"note": [{"text": reason}]}
    return record("E0470", *notes, reason="G47.33", order_type="DeviceRequest", order=order)


def test_an_order_giving_cpap_intolerance_as_its_reason_documents_no_trial():
    for reason in (
        "Bilevel for CPAP intolerance.",
        "BiPAP - failed CPAP.",
        "Indication: OSA, CPAP not tolerated.",
    ):
        assert status(_bilevel(reason, _CONSULT), "CPAP-006")["status"] == "missing", reason


def test_an_order_restating_a_dated_trial_or_a_note_documenting_it_still_counts():
    dated = "CPAP tried and proven ineffective / not tolerated during attended titration 2/3/26."
    assert status(_bilevel(dated, _CONSULT), "CPAP-006")["status"] == "met"
    trial = _note(
        "n2",
        "2026-02-18",
        "CPAP 10 cm since 12/2025, used 2 h/night, aerophagia - could not tolerate CPAP.",
    )
    assert status(_bilevel("Bilevel for CPAP intolerance.", trial), "CPAP-006")["status"] == "met"
