"""A plan sent for a signature to someone named with a title or initials is still unsigned (s75-g,
a noticed wording): the full stop in "Ms." broke the "sent for signature" reader
(not_a_plan._TO_BE_SIGNED), which let only "Dr." through, and the unsigned plan read as signed.
A stop that ends a sentence still ends the match, and a dated signature back still signs it."""

from __future__ import annotations

import pytest

from smartapp.checklists.not_a_plan import _awaits_signature

from .test_s42d_plan_still_to_be_signed import _items


@pytest.mark.parametrize(
    "text",
    [
        "Recert POC sent to Ms. Mensah for signature",
        "Recert POC sent to Mr. Ode for signature",
        "Plan of care sent to Mrs. Ode for signature",
        "POC sent to J. Ode, N.P. for signature",
        "POC faxed to Dr. M. Ode for signature",
        "POC sent to Dr. M for signature",
    ],
)
def test_sent_to_a_titled_name_awaits_its_signature(text: str) -> None:
    assert _awaits_signature(text), text


@pytest.mark.parametrize(
    "text",
    [
        "POC sent to Ms. Mensah for signature 9/14; signed 9/15",
        "Recert POC signed. Ms. Mensah for signature review of meds",
        "POC reviewed. Sent labs for signature",
        "Plan of care signed by Dr. Ode. N/A for signature",
    ],
)
def test_a_sentence_ended_or_signed_back_does_not(text: str) -> None:
    assert not _awaits_signature(text), text


def test_the_plan_sent_to_ms_is_not_in_force() -> None:
    closing = "Updated POC sent to Ms. Ibarra, N.P. for signature."
    assert _items(closing)["PT-001"] != "met"
