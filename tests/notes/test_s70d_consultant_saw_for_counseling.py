"""A genetics consultant's letter that thanks the referrer and says the consultant saw the
patient for genetic counseling is counseling held (blind wave 75, JZ/genetic-02): "Thank you for
referring Ms. Haddad-Ellison, whom I saw by video today for hereditary cancer genetic
counseling." found none, the referral word before the counseling read as counseling still only
asked for. The writer's own visit ("whom I saw", "we met with her", "I have seen") held for
genetic counseling counts; one still to come, a visit for something else, a referral made at
it, or a relative's counseling do not."""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _counseled(text: str) -> bool:
    return any(
        f.asserted and f.concept == "genetic-counseling" and not f.family
        for f in find_findings([NoteInput("DocumentReference/g1", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "Dear Dr. Blackwood,\n\nThank you for referring Ms. Haddad-Ellison, whom I saw by video "
        "today for hereditary cancer genetic counseling.",
        "Thanks for the referral of Mr. Ortiz, who I saw in clinic today for pre-test genetic "
        "counseling.",
        "Dr. Patel referred her and I evaluated her today for a hereditary cancer genetics "
        "consultation.",
        "Kindly referred by Dr. Ruiz, I saw the patient today via video for genetic counseling.",
        "thank u for referring pt, whom i saw today for genetics consult (BRCA).",
        "Thank you for referring Mrs. Gomez whom we have seen today for hereditary cancer risk "
        "assessment and genetic counselling.",
        "Referred by OB, I met with her and her husband today for pre-test counseling.",
        "Thank you for your referral of this 35F who we met with on 8/5/26 for genetic "
        "counseling re: BRCA1/2.",
    ],
)
def test_the_consultants_own_visit_for_counseling_is_held(text: str) -> None:
    assert _counseled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for referring Ms. Lee for genetic counseling. Her visit is on 9/1.",
        "Thank you for referring Ms. Lee, whom I will see for genetic counseling on 9/1.",
        "Thank you for referring Ms. Lee, whom we plan to see for genetic counseling.",
        "I saw her today for her annual exam and referred her for genetic counseling.",
        "Thank you for referring Ms. Lee; we saw her today for a colonoscopy consult.",
        "Thank you for referring Ms. Lee, whose sister I saw last year for genetic counseling.",
        "I saw her today for diabetes follow-up and she is pending genetic counseling.",
    ],
)
def test_counseling_not_held_by_the_writer_is_none(text: str) -> None:
    assert not _counseled(text)
