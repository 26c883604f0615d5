"""A genetic counselor licensed by a state signs "LGC" (licensed genetic counselor), not only
"CGC" or "LCGC": a cancer genetics consult signed "..., MS, LGC" whose body says only
"Counseling provided: ..." is the pre-test counseling GEN-002 asks for (blind wave 46,
FR/genetic-03). A referral to one, or a visit with one still to come, is none.
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _counseled(text: str) -> bool:
    return any(
        f.asserted and f.concept == "genetic-counseling"
        for f in find_findings([NoteInput("DocumentReference/c1", text)])
    )


@pytest.mark.parametrize(
    "text",
    ["Hereditary cancer risk visit. Pt questions answered.\nMarta Oyelowo, MS, LGC",
     "Seen today by R. Quill LGC (video), pedigree drawn."],
)  # fmt: skip
def test_a_licensed_genetic_counselors_signature_is_counseling(text: str) -> None:
    assert _counseled(text)


@pytest.mark.parametrize(
    "text",
    ["Refer to LGC for pre-test discussion.",
     "LGC appointment scheduled 9/14.",
     "Will be seen by LGC before the blood draw."],
)  # fmt: skip
def test_a_licensed_genetic_counselor_still_to_be_seen_is_none(text: str) -> None:
    assert not _counseled(text)
