"""What is planned, still to come, talked over and declined, or cancelled is not done (blind wave
15): "ECG at next visit / on day of test - machine down today" (AY/card-04), "Discussed starting
basal insulin today - pt declines" and "Insulin order from today cancelled per pt" (AW/cgm-03),
"Pt to begin monthly RD visits within the supervised program starting 2/3" (AZ/bar-03), "I will
sign the agency's plan of care when received" (AW/hh-03). Care written as done beside them
still counts."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    # A plan of care is read as either concept ("plan of care signed" is its certification).
    wanted = {"plan-of-care", "certified"} if concept == "plan-of-care" else {concept}
    return [f.text for f in found if f.concept in wanted and f.asserted]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ECG at next visit / on day of test - machine down today.", "ecg"),
        ("12-lead ECG at the next visit.", "ecg"),
        ("Discussed starting basal insulin today - pt declines, prefers diet.", "insulin-treated"),
        ("Insulin order from today cancelled per pt.", "insulin-treated"),
        ("Offered basal insulin; pt declined.", "insulin-treated"),
        ("Pt to begin monthly RD visits within the supervised program.", "weight-loss"),
        ("Will begin the medically supervised weight management program in March.", "weight-loss"),
        ("I will sign the agency's plan of care when received.", "plan-of-care"),
        ("Plan of care to be signed at next visit.", "plan-of-care"),
    ],
)
def test_what_is_still_to_come_or_turned_down_is_not_done(text: str, concept: str) -> None:
    assert not _asserted(text, concept), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("ECG today: NSR, no ST changes.", "ecg"),
        ("Started basal insulin glargine 10 u qhs in 2024, pt declines CGM.", "insulin-treated"),
        ("On insulin glargine 20 u qhs since 2023.", "insulin-treated"),
        ("Completed 6-month medically supervised weight management program 2025.", "weight-loss"),
        ("Plan of care signed and dated 6/2/26.", "plan-of-care"),
    ],
)
def test_what_was_done_still_counts(text: str, concept: str) -> None:
    assert _asserted(text, concept), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # An offer is no injection (older leftover X/hya-03): "I offered intra-articular
        # corticosteroid injection at the 12/15 and today's visits; he declines both times".
        (
            "I offered intra-articular corticosteroid injection at the 12/15 visit.",
            "corticosteroid-injection",
        ),
        ("Offered knee steroid injection today.", "corticosteroid-injection"),
        # A recertification asked for or never sent back is no review (AW/hh-04).
        ("Please sign recert.", "re-evaluation"),
        ("Recert paperwork was not returned to agency.", "re-evaluation"),
    ],
)
def test_an_offer_or_a_request_is_not_done(text: str, concept: str) -> None:
    assert not _asserted(text, concept), text


def test_care_done_beside_an_offer_still_counts() -> None:
    text = "Had a steroid injection to the R knee 6/2025 with 3 months relief."
    assert _asserted(text, "corticosteroid-injection")
    assert _asserted("Recert signed 3/2/26.", "re-evaluation")


def test_a_discussion_is_about_what_it_names_next() -> None:
    text = "Discussed A1c, on insulin glargine since 2020."
    assert _asserted(text, "insulin-treated")


@pytest.mark.parametrize(
    ("text", "concept", "word"),
    [
        # Visits kept beside visits cancelled; care taken beside care only offered.
        (
            "Dates of care 1/27/26 - 3/6/26, 11 visits attended (2 cancelled for weather)",
            "visit-count",
            "11 visits",
        ),
        (
            "Meloxicam offered - pt prefers to stay with OTC ibuprofen 400 mg BID.",
            "nsaid",
            "ibuprofen",
        ),
    ],
)
def test_what_stands_beside_a_cancellation_or_an_offer_still_counts(
    text: str, concept: str, word: str
) -> None:
    assert word in _asserted(text, concept), text


def test_no_medspacy_default_is_moved_by_the_new_rules() -> None:
    # "husband" is FAMILY forward in medspaCy's defaults and both ways in context.yaml; which rule
    # wins is settled by rule numbers, so rules are appended at the end of context.yaml.
    text = "Plan: semi-electric hospital bed with full rails, electric controls for husband."
    assert not [f for f in find_findings([NoteInput("D/1", text)]) if f.family]
