"""How a note states function, as blind wave 35 wrote it (EA/wheelchair-02, EB/tsa-03,
EA/hyaluronan-02, DZ/speech-02, EB/slp-03).

- A wheelchair asked for only for trips out ("for shopping trips and doctor visits") places
  the need in the community: NCD 280.3 covers a limitation of daily activities in the home, so
  the note's cane and gait, which do not name the home, show none (WHC-002).
- "Reports full ADLs" rates daily activities whole: no limitation (TSA-003).
- A limit said with a verb is a limit: "limits walking to 15 min" (HYA-005); "word finding limits
  phone calls and ordering at the store"; a voice lost by the afternoon (SLP-003).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_DAY = "2026-03-02"
_AS_OF = date(2026, 3, 4)


def _item(code: str, reason: str, item: str, text: str) -> str:
    order = {"authoredOn": _DAY, "occurrenceDateTime": "2026-03-20"}
    bundle = record(code, _note("n1", _DAY, text), reason=reason, order=order)
    return status(bundle, item, as_of=_AS_OF)["status"]


def test_a_chair_for_trips_out_shows_no_limitation_in_the_home() -> None:
    text = (
        "S: knee OA both sides, pain walking. Walks with a cane. Son requests a wheelchair "
        "for shopping and medical appointments.\nO: antalgic gait, knee ROM limited.\n"
        "A/P: order standard wheelchair."
    )
    assert _item("K0001", "M17.0", "WHC-002", text) == "missing"


def test_a_limit_in_the_home_still_counts_beside_trips_out() -> None:
    text = (
        "S: knee OA both sides. Cannot walk from bed to bathroom without stopping; uses a "
        "cane. Son also asks for a wheelchair for shopping trips.\nA/P: standard wheelchair."
    )
    assert _item("K0001", "M17.0", "WHC-002", text) == "met"


def test_full_adls_is_no_shoulder_limitation() -> None:
    text = (
        "HPI: 58F L shoulder ache 1 yr. PT 12 wks, naproxen, injection. Pain 3/10. "
        "Reports full ADLs, still swimming twice a week.\nA/P: L shoulder OA."
    )
    assert _item("23472", "M19.012", "TSA-003", text) == "missing"


def _limits(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/x", text, date(2026, 3, 2))])
    return [f.text for f in found if f.concept == concept and f.asserted and not f.normal]


@pytest.mark.parametrize(
    "text",
    [
        "Needs help with all ADLs.",
        "Unable to perform full ADLs.",
        "Full ADLs before the fall, now needs help dressing.",
    ],
)
def test_adls_limited_or_in_the_past_stay_limits(text: str) -> None:
    assert _limits(text, "adl-limitation"), text


def test_full_adls_is_no_limit() -> None:
    assert not _limits("Reports full ADLs, golfs weekly.", "adl-limitation")


def test_a_knee_that_limits_walking_is_a_limit() -> None:
    text = (
        "L knee pain since winter, aching on stairs; limits walking to 10 min.\n"
        "Exam: L knee crepitus, small effusion.\nPlan: hyaluronan series L knee."
    )
    assert _item("J7321", "M17.12", "HYA-005", text) == "met"


def test_within_normal_limits_is_no_limit() -> None:
    assert not _limits("ROM within normal limits, stands from chair easily.", "activity-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "Word-finding limits phone calls, ordering in restaurants and paying bills.",
        "Aphasia interferes with conversations with family.",
        "Teacher with hoarseness; loses her voice by midday, missed 4 work days.",
    ],
)
def test_a_communication_deficit_said_with_a_verb_is_a_limit(text: str) -> None:
    assert _limits(text, "communication-limitation"), text


def test_a_voice_no_longer_lost_is_no_limit() -> None:
    assert not _limits("No longer loses voice by the afternoon.", "communication-limitation")


def test_the_speech_evaluation_meets_the_functional_item() -> None:
    text = (
        "SLP RE-EVAL: L MCA stroke 10/2025. WAB-R AQ 61.2. Word finding limits phone calls, "
        "shopping and managing bills.\nPOC: group aphasia tx 2x/wk x 12 wks."
    )
    assert _item("92508", "I69.320", "SLP-003", text) == "met"


@pytest.mark.parametrize(
    ("text", "community"),
    [
        ("Daughter asks for a wheelchair for shopping trips and doctor visits.", True),
        ("Requests a transport chair for outings.", True),
        ("Uses a wheelchair for long distances.", False),  # a habit, not the need asked for
        ("Needs a wheelchair for bathroom trips and outings.", False),  # names the home
    ],
)
def test_only_a_chair_asked_for_trips_out_is_a_community_need(text: str, community: bool) -> None:
    from smartapp.checklists.home import community_need

    assert community_need(text) is community
