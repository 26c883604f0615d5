"""Genetic counseling held, written with the counselor's initials "GC" (brief s72-g, the lead's
probe: "GC visit completed, consent signed" was not read as GEN-002's pre-test counseling, a
false "missing"). The visit told done after "GC" (a visit, session, consult or appointment word
between), and the patient seen or met by / with GC, are counseling held.

Near misses stay none: a relative's GC; GC referred, pending, scheduled or booked; GC not done;
gonorrhea / chlamydia testing ("GC/CT neg", "Urine GC done - negative", "CT/GC NAAT completed").
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
    ["GC visit completed, consent signed.",
     "GC completed 3/2.",
     "Seen by GC 3/2; panel ordered.",
     "Pt seen by GC today, consent signed.",
     "Genetic counselor visit done 2/10.",
     "Pre-test GC done w/ consent.",
     "GC session completed 4/1/26 (45 min), consent signed.",
     "GC appt completed 3/3.",
     "Met w/ GC on 3/2, pedigree reviewed.",
     "GC: completed 3/2/26.",
     "Pretest GC consult done today.",
     "GC visit was completed by video 2/14."],
)  # fmt: skip
def test_gc_told_done_or_seen_is_counseling_held(text: str) -> None:
    assert _counseled(text)


@pytest.mark.parametrize(
    "text",
    ["GC referral placed.",
     "GC pending.",
     "GC scheduled 3/12.",
     "GC visit scheduled 4/1.",
     "GC appt 5/27.",
     "Refer to GC.",
     "GC not done yet.",
     "GC visit not completed - pt no-show.",
     "Will be seen by GC before testing.",
     "GC: declined.",
     "Gonorrhea/chlamydia (GC/CT) neg.",
     "GC/CT NAAT negative 3/2.",
     "Urine GC done 3/2 - negative.",
     "CT/GC NAAT completed 3/2.",
     "GC done 3/2 - negative.",
     "GC culture completed, negative.",
     "Sister seen by GC in 2019.",
     "Daughter met w/ GC last yr."],
)  # fmt: skip
def test_gc_planned_refused_or_an_sti_test_is_none(text: str) -> None:
    assert not _counseled(text)
