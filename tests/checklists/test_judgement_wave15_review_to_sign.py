"""A plan review still to be signed is no review done (blind wave 15, AW/hh-04): an agency's
"Previous cert period ended 3/8/2026 ... Please sign recert." asks for the recertification; it
met HHC-006 as a plan of care reviewed two days before the request, and so did "recert
paperwork was not returned to agency"."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-03-31", "occurrenceDateTime": "2026-04-08"}


def _review(text: str) -> str:
    bundle = record("G0299", _note("n1", "2026-03-31", text), reason="L89.154", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 2))
    return {i["id"]: i for i in report["items"]}["HHC-006"]["status"]


def test_a_recertification_asked_to_be_signed_is_no_review():
    for text in (
        "Agency requests continued SN for stage 4 sacral PU. Please sign recert.",
        "Recert sent for signature 3/30.",
        "Recertification POC awaiting MD signature.",
        "Recert pending physician signature.",
        # medspaCy's forward "was not" took these words and denied nothing after it.
        "Previous cert period ended 3/8/2026; recert paperwork was not returned to agency - "
        "visits continued under verbal order.",
        "The recertification has not been returned.",
    ):
        assert _review(text) != "met", text


def test_a_recertification_done_is_a_review():
    for text in (
        "Recertification completed today, POC reviewed and signed.",
        "Recert done 3/30: SN 2w4 continues.",
    ):
        assert _review(text) == "met", text
