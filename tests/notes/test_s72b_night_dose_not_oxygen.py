"""A bedtime written as a drug's schedule is no oxygen use (brief s72-b, the lead's probe:
"Seroquel XR 300 mg qhs." read as the home-oxygen prescription's usage, treatment-plan|oxygen-use).
"qhs", "hs", "at bedtime", "nightly", "at night" say when a medicine is taken as often as when
oxygen or a PAP device is worn; the item the time closes says which. A drug's entry (its dose,
its form or route, a drug's name) with no oxygen or PAP word in it keeps the time to the drug;
oxygen's or a PAP's item, or a usage field with no drug in it, is the prescription's usage."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _uses(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 6, 2))])
    return [f.text for f in found if f.concept == "oxygen-use" and not f.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Seroquel XR 300 mg qhs.",
        "Plan: trazodone 50 mg qhs for sleep.",
        "melatonin 3 mg hs",
        "Meds: gabapentin 300 qhs, lisinopril 10 daily",
        "zolpidem 5 mg at HS prn insomnia",
        "Start mirtazapine 15mg PO nightly.",
        "amitriptyline 10 mg po q.h.s.",
        "Sig: 1 tab by mouth at bedtime",
        "Continue trazodone at bedtime; melatonin nightly.",
        "A/P: insomnia - hydroxyzine 25 mg at night PRN.",
        "Lantus 20 units at bedtime",
        "Home O2 2 L continuous. Atorvastatin 40 mg qhs.",
    ],
)
def test_a_drugs_night_dose_is_no_oxygen_use(text: str) -> None:
    assert not [u for u in _uses(text) if u.lower() not in ("continuous",)]


@pytest.mark.parametrize(
    "text",
    [
        "O2 2 L qhs",
        "2L NC at night",
        "nocturnal O2 2 lpm",
        # "CPAP qhs" alone is the PAP's own schedule, no oxygen's (brief s73-g,
        # tests/notes/test_s73g_others_times.py); oxygen worn with the PAP is the oxygen's.
        "uses O2 with CPAP at hs",
        "Rx: oxygen 2 L/min via nasal cannula nightly and with exertion.",
        "Home O2 2 LPM, qhs",
        "Frequency: qhs",
        "O2 bled into CPAP at bedtime",
        "Plan: trazodone 50 mg qhs; O2 2 L NC at night.",
    ],
)
def test_oxygen_or_a_pap_at_night_is_oxygen_use(text: str) -> None:
    assert _uses(text)


@pytest.mark.parametrize(
    "text",
    [
        "Brother with sleep apnea on CPAP",
        "68M with sleep apnea and COPD, home O2 2 L.",
        "Pt w/ sleep disordered breathing, O2 2 L/min.",
        "with sleep study pending; O2 2L",
        "Pt with sleep-disordered breathing; O2 2 lpm.",
    ],
)
def test_a_sleep_disorder_or_study_named_after_with_is_no_usage(text: str) -> None:
    assert not _uses(text)


@pytest.mark.parametrize(
    "text",
    ["O2 2L with sleep", "uses O2 w/ sleep and exertion", "O2 2 L NC with sleep."],
)
def test_oxygen_with_sleep_is_usage(text: str) -> None:
    assert _uses(text)
