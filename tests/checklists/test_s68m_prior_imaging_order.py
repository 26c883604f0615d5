"""The order for the study under review is no prior imaging (blind wave 71, JI/lumbar-mri-03:
"I placed the MRI order" met LMRI-005, the lumbar MRI's prior-imaging item)."""

import pytest

from .test_judgement import one_note_record, status

_HPI = "HPI: low back pain radiating to R leg x 8 wks despite PT. "


@pytest.mark.parametrize(
    ("words", "met"),
    [
        ("I placed the MRI order.", False),
        ("Placed order for lumbar MRI.", False),
        ("Order for lumbar X-ray placed.", False),
        ("Ordering MRI lumbar spine w/o contrast.", False),
        ("MRI 1/2026: L4-5 HNP.", True),
        ("Lumbar xrays 1/15/26 showed mild degenerative changes.", True),
    ],
)  # fmt: skip
def test_an_order_is_no_prior_imaging(words: str, met: bool) -> None:
    bundle = one_note_record("72148", "2026-02-20", _HPI + words, reason="M54.16")
    assert (status(bundle, "LMRI-005")["status"] == "met") is met


@pytest.mark.parametrize(
    ("words", "met"),
    [
        ("I placed the order for R knee xrays to assess OA.", False),
        ("R knee XR 1/2026: severe medial joint space narrowing.", True),
    ],
)  # fmt: skip
def test_what_an_order_is_to_show_is_not_shown(words: str, met: bool) -> None:
    text = "HPI: R knee pain x 2 yrs despite PT, NSAIDs, injection. " + words
    bundle = one_note_record("27447", "2026-02-20", text, reason="M17.11")
    assert (status(bundle, "TKA-001")["status"] == "met") is met
