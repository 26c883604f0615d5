"""Genetic counseling named only as a service on offer is none held (brief s86-genetic; blind
wave 101, NX/genetic-02, a gap called met).

An MA's phone note "Reminded of genetics clinic number if she changes her mind." was read as
GEN-002's pre-test counseling, after the patient declined the referral and her gynecologist
deferred genetics to a results visit "if positive". The service named by where to reach it, as
an offer waiting on the patient or the result, or as put off, is no visit had
(smartapp/notes/counseling_offered.py). Counseling told as held stands beside such words.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_HPI = "HPI: 36F, mother ovarian ca dx 51, maternal aunt breast ca dx 44.\n"


def _counseled(text: str) -> bool:
    notes = [NoteInput(ref="n1", text=_HPI + text, date=dt.date(2026, 3, 2))]
    return any(f.concept == "genetic-counseling" and f.asserted for f in find_findings(notes))


@pytest.mark.parametrize(
    "text",
    [
        # The case's words.
        "Phone note (MA): Pt called to confirm lab appt 3/9 for genetic blood test. Reminded of "
        "genetics clinic number if she changes her mind.",
        # Where to reach the service.
        "Genetics clinic phone number given to pt.",
        "Gave pt genetic counseling phone # in case she reconsiders.",
        "MA gave pt the genetic counselor's phone # to schedule.",
        "Provided genetic counselor's number; pt will call if interested.",
        "Pt given number for cancer genetics clinic.",
        "Pt given phone # for genetics clinic.",
        "Gave pt the # for genetic counseling.",
        "Genetics clinic contact info provided should she wish to schedule.",
        "Genetic counseling handout given.",
        "Genetics clinic brochure given.",
        "Pt knows how to reach genetics clinic if she wants counseling.",
        "Pt may call genetics clinic to schedule when ready.",
        # An offer waiting on the patient or the result.
        "Genetics clinic available if she changes her mind.",
        "Post-test genetic counseling if positive.",
        "Genetic counseling if BRCA positive.",
        "Genetic counseling only if results positive.",
        # Put off.
        "Genetic counseling deferred to result visit only if positive.",
        "Pre-test genetic counseling deferred per pt preference.",
        "Pt deferred genetic counseling until results back.",
        "Genetic counseling on hold per pt.",
    ],
)
def test_the_service_only_offered_is_no_counseling(text: str) -> None:
    assert not _counseled(text), text


@pytest.mark.parametrize(
    "text",
    [
        # Already none before: the referral declined, the counseling left to the results.
        "Genetics referral offered -- pt declined, I will go over results w/ her & refer to "
        "genetics if positive.",
        "Will counsel at results visit.",
        "Genetic counseling planned after results.",
        "Mother had genetic counseling in 2019.",
    ],
)
def test_counseling_declined_or_after_the_results_stays_none(text: str) -> None:
    assert not _counseled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Pre-test counseling completed by GC (Jane Doe, MS, CGC) 2/20",
        "Genetic counseling visit 2/20: discussed risks, benefits and limitations of testing.",
        "Counseled re: benefits/limitations of testing",
        "Seen in genetics clinic 2/20 for pre-test counseling.",
        # Held, with the number or a condition beside it.
        "Genetic counseling completed 2/20 - GC number given if questions.",
        "Seen by genetic counselor 2/20; GC contact info given in case of questions.",
        "GC visit completed, consent signed, GC phone number given.",
        "Seen in genetics clinic, phone number for genetics given.",
        "Genetic counseling session: if she tests positive, cascade testing for her sister.",
        "Genetic counselor info: Jane Doe, MS, CGC - pedigree reviewed.",
        "Details of genetic counseling 2/20 reviewed.",
        "Genetics consult 2/20 - discussed testing; if positive will refer for RRSO.",
    ],
)
def test_counseling_held_still_counts(text: str) -> None:
    assert _counseled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Counseled re: benefits, risks and limitations of the test, possible results.",
        "Counseled re: benefits/limitations of testing",
    ],
)
def test_the_limits_of_the_test_are_pre_test_counseling(text: str) -> None:
    # NCCN's pre-test topics: benefits, risks and limitations of testing, with no gene named.
    assert _counseled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Counseled re risks and benefits of the procedure.",
        "Will be counseled re: limitations of testing.",
        "Counseled re: limitations of testing. Will refer to genetics for formal counseling.",
    ],
)
def test_other_counseling_or_counseling_to_come_is_none(text: str) -> None:
    assert not _counseled(text), text


def test_a_reminder_of_the_clinics_number_leaves_pre_test_counseling_missing() -> None:
    consult = _note(
        "n1", "2026-02-24",
        "GYN consult. FHx: mother ovarian ca dx 51; maternal aunt breast ca dx 44. Meets NCCN "
        "criteria. Genetics referral offered -- pt declined. I will go over results w/ her & "
        "refer to genetics if positive.",
    )  # fmt: skip
    phone = _note(
        "n2", "2026-03-02",
        "Phone note (MA): Pt called to confirm lab appt 3/9 for genetic blood test. Reminded of "
        "genetics clinic number if she changes her mind.",
    )  # fmt: skip
    bundle = record("81162", consult, phone, reason="Z80.41")
    assert status(bundle, "GEN-002", service="81162")["status"] == "missing"
