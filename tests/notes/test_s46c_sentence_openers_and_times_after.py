"""Note-reading slips of rushed notes (s46-c).

- A sentence a rushed note opens in lower case with reported speech ("... x 5 mo. pt says the
  shot helped 2 wks") is a sentence of its own, as "Pt says" is: glued to the one before, it took
  that sentence's months, dates and regions for its own (the relief "lasted" five months).
- A bare time in a sentence of its own ("That was 7 weeks ago.", "Began about 5 months back.")
  points back at the sentence before, when that one names the symptom or the care and has no
  time of its own; "N months back" at a clause's end is a time ago.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.durations import find_durations
from smartapp.notes.segments import segment

DAY = date(2026, 4, 14)


def _found(text: str) -> list:
    return find_findings([NoteInput("DocumentReference/n1", text, DAY)])


@pytest.mark.parametrize("opener", ["pt says", "patient reports", "she states", "he said"])
def test_lower_case_reported_speech_opens_a_sentence(opener: str) -> None:
    text = f"Neck pain into the R arm x 4 mo. {opener} the C6-7 shot helped about 60% for 3 weeks."
    assert [s.text for s in segment(text)] == [
        "Neck pain into the R arm x 4 mo.",
        f"{opener} the C6-7 shot helped about 60% for 3 weeks.",
    ]


def test_reported_speech_keeps_its_own_time_and_not_the_sentence_before() -> None:
    text = "Sciatica on the L since 12/2025, x 4 mo. pt says the ESI helped 70% for 3 weeks."
    relief = [f for f in _found(text) if f.concept == "block-relief"]
    assert relief and {f.duration_days for f in relief} == {21}
    assert all(f.when is None for f in relief)  # the sciatica's 12/2025 dates no relief
    assert all(f.asserted for f in relief)  # the patient's report is evidence


def test_a_lower_case_word_after_a_stop_is_still_no_sentence_of_its_own() -> None:
    # Only reported speech: an abbreviation's stop keeps its sentence.
    assert len(segment("Naproxen 500 mg p.o. twice daily for the back.")) == 1


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("That was 7 weeks ago.", 49),
        ("Began about 5 months back.", 150),
        ("symptoms started two months back", 60),
    ],
)
def test_a_time_back_is_a_time_ago(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, DAY)] == [days]


def test_back_the_body_part_is_no_time() -> None:
    found = find_durations("6 weeks back pain flare, hurt my back 2 days back", DAY)
    assert [d.days for d in found] == [2]
    assert [d.days for d in find_durations("started 3 wks back exercises", DAY)] == []


def test_a_bare_time_points_back_at_the_care_before_it() -> None:
    pt = [f for f in _found("Started PT for the low back. That was 7 weeks ago.")
          if f.concept == "physical-therapy"]  # fmt: skip
    assert pt and {f.duration_days for f in pt} == {49}


def test_a_bare_time_points_back_at_the_symptom_before_it() -> None:
    found = _found("Left knee pain and swelling. Began about 5 months back.")
    times = [f for f in found if f.category == "symptom-duration"]
    assert times and {f.duration_days for f in times} == {150}
    assert all("knee" in r for f in times for r in f.regions)


@pytest.mark.parametrize(
    "text",
    [
        # The sentence before already has its time: the bare one times nothing of it.
        "PT for the low back since 3/30/26. That was 7 weeks ago.",
        # It names no symptom or care.
        "Moved here from Dayton. That was 7 weeks ago. Doing PT for the low back.",
        # Another line is another field.
        "Started PT for the low back.\nThat was 7 weeks ago.",
    ],
)
def test_a_bare_time_joins_nothing_else(text: str) -> None:
    pt = [f for f in _found(text) if f.concept == "physical-therapy"]
    assert pt and all(f.duration_days != 49 for f in pt)
