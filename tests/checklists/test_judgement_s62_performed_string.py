"""A Procedure dated only in words, as Epic and Oracle Health send patient-reported surgical
history (FHIR R4 ``performedString``): "11/18/2025", "Nov 2025", "approx 2019" is the date it
states, read as the same date written as ``performedDateTime`` (a month alone its 1st, a year
alone its 1st of January). A vague time ("in childhood", "unknown"), a date with no year or a
span of months dates nothing. An age (``performedAge``) is a date only against a birth date.
Blind wave 62, HZ/hya-02: a Synvisc-One of "11/18/2025" counted as undated."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import record, status

CPT = "http://www.ama-assn.org/go/cpt"


def _shot(when: dict, text: str, code: str = "20610", site: str = "Right knee") -> dict:
    """A joint or spine injection from the surgical history, dated by ``when`` (performed[x])."""
    return {
        "resourceType": "Procedure",
        "id": "psh1",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": CPT, "code": code}], "text": text},
        "bodySite": [{"text": site}],
        **when,
    }


def _steroid(when: dict) -> dict:
    return _shot(when, "Injection of steroid into knee joint - Kenalog 40 mg R knee")


def _series(when: dict) -> dict:
    return _shot(when, "Arthrocentesis/injection major joint - Synvisc-One R knee")


def _hya(*resources: dict) -> dict:
    return record("J7325", *resources, reason="M17.11")


@pytest.mark.parametrize(
    "written", ["11/18/2025", "11/18/25", "Nov 18, 2025", "Nov 2025", "11/2025", "approx. 2025"]
)
def test_a_steroid_injection_dated_in_words_is_the_knee_s_injection(written):
    item = status(_hya(_steroid({"performedString": written})), "HYA-003")
    assert item["status"] == "met"


@pytest.mark.parametrize("written", ["in childhood", "years ago", "unknown", "11/18", ""])
def test_a_steroid_injection_of_no_stated_date_stays_undated(written):
    undated = status(_hya(_steroid({})), "HYA-003")["status"]
    assert status(_hya(_steroid({"performedString": written})), "HYA-003")["status"] == undated


@pytest.mark.parametrize("written", ["11/18/2025", "Nov 2025", "2025-11-18"])
def test_a_prior_series_dated_in_words_makes_a_repeat_series(written):
    """Four months before the request: a repeat series, due only six months after the last."""
    item = status(_hya(_series({"performedString": written})), "HYA-006")
    assert item["status"] == "missing"


def test_a_series_dated_in_words_reads_as_its_coded_date():
    pairs = (("11/18/2025", "2025-11-18"), ("March 2025", "2025-03"), ("2023", "2023"))
    for written, coded in pairs:
        as_words = status(_hya(_series({"performedString": written})), "HYA-006")["status"]
        as_code = status(_hya(_series({"performedDateTime": coded})), "HYA-006")["status"]
        assert as_words == as_code, written


def test_a_series_older_than_two_years_in_words_is_no_repeat():
    assert status(_hya(_series({"performedString": "2022"})), "HYA-006")["status"] == (
        "not_applicable"
    )


def test_a_span_of_months_in_words_is_no_one_date():
    """ "10/2025 - 12/2025, 18 visits" names a course, not the day of one injection."""
    spanned = _series({"performedString": "10/2025 - 12/2025, 3 injections"})
    assert status(_hya(spanned), "HYA-006")["status"] == "not_applicable"


def _epidural(when: dict) -> dict:
    return _shot(when, "Lumbar ESI L5-S1 interlaminar", code="62323", site="Lumbar spine")


def _esi(*resources: dict) -> dict:
    return record("62323", *resources, reason="M54.16")


def test_a_prior_epidural_dated_in_words_makes_the_request_a_repeat():
    item = status(_esi(_epidural({"performedString": "October 2025"})), "IPN-009")
    assert item["status"] != "not_applicable"


def test_a_year_alone_is_inside_a_twelve_month_window_only_when_the_whole_year_is():
    """ "2025" may be any day of 2025: on 3/1/2026 its January is outside the last 365 days,
    so it is no prior epidural of the last year; on 12/31/2025 the whole year is inside."""
    prior = _esi(_epidural({"performedString": "2025"}))
    assert status(prior, "IPN-009")["status"] == "not_applicable"
    late = _esi(_epidural({"performedString": "2025"}))
    assert status(late, "IPN-009", as_of=date(2025, 12, 31))["status"] != "not_applicable"


def _aged(when: dict, born: str | None) -> dict:
    bundle = _hya(_series(when))
    if born:
        bundle["entry"][0]["resource"]["birthDate"] = born
    return bundle


def test_an_age_is_a_date_only_against_the_birth_date():
    age = {"performedAge": {"value": 45, "unit": "a"}}
    # Born 3/1/1980: at 45 from 3/1/2025, within two years of the request.
    assert status(_aged(age, "1980-03-01"), "HYA-006")["status"] != "not_applicable"
    assert status(_aged(age, None), "HYA-006")["status"] == "not_applicable"
    months = {"performedAge": {"value": 45, "unit": "mo"}}
    assert status(_aged(months, "1980-03-01"), "HYA-006")["status"] == "not_applicable"


def _sleep_study(written: str) -> dict:
    study = _shot({"performedString": written}, "Polysomnography", code="95810", site="")
    study.pop("bodySite")
    return record("E0601", study, reason="G47.33")


@pytest.mark.parametrize("written", ["09/14/2025", "Sept 2025", "~Sep 2025"])
def test_a_sleep_study_dated_in_words_within_the_year_is_the_study(written):
    assert status(_sleep_study(written), "CPAP-001")["status"] == "met"


@pytest.mark.parametrize("written", ["2025", "Jan 2025", "2019", "years ago", "9/14"])
def test_a_sleep_study_in_words_outside_the_year_or_undated_is_none(written):
    """On 3/1/2026 the year 2025 is not wholly within the last twelve months."""
    assert status(_sleep_study(written), "CPAP-001")["status"] == "missing"
