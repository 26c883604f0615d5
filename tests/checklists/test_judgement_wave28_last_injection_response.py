"""A repeat's documented response is the response to the last injection, not an earlier one
(blind wave 28, CW/inj-03): the first L4-5 ESI (6/10/25) gave "~60% relief lasting about 4
months", the second (12/8/25) "helped 'maybe 40%' for about 3 weeks", and IPN-009 took the
first one's relief for the third injection. LCD L39240 allows a repeat after a documented
response to the prior injection (at least 50%, sustained); the prior one is the most recent in
the region, told by a completed Procedure or by a note statement that dates it. A response
written about the last injection still counts, also when its month stands alone ("Dec ESI"),
and so does the only prior injection's or an undated "last ESI" restated in a later note."""

from __future__ import annotations

import pytest

from smartapp.notes.relief import relief_spans

from .test_judgement import _note, record, status


def _esi(ident: str, day: str) -> dict:
    text = "L4-5 interlaminar ESI, triamcinolone 80 mg, fluoro"
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {
            "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "62323"}],
            "text": text,
        },
        "performedDateTime": day,
    }


def _repeat(*resources: dict) -> str:
    plan = _note("plan", "2026-02-20", "P: Repeat L4-5 ILESI under fluoro while continuing PT.")
    bundle = record("62323", *resources, plan, reason="M48.062")
    return status(bundle, "IPN-009")["status"]


TWO_ESIS = (_esi("esi1", "2025-06-10"), _esi("esi2", "2025-12-08"))
FIRST_RELIEF = _note("n2", "2025-10-20", "ESI 6/10: ~60% relief lasting about 4 months.")


@pytest.mark.parametrize(
    "resources",
    [
        # CW/inj-03's shape: the last one's response is not read as a relief at all
        (*TWO_ESIS, FIRST_RELIEF,
         _note("n3", "2026-02-17", 'ESI 12/8/25 helped "maybe 40%" for about 3 weeks.')),
        # nothing written of the last one
        (*TWO_ESIS, FIRST_RELIEF),
        # the injections told in the notes only
        (_note("n1", "2026-02-17", "L4-5 ILESI #1 6/10/25: ~60% relief x 4 months. "
               "ILESI #2 12/8/25: back to baseline in 2 weeks."),),
        (_note("n1", "2025-10-20", "S/p L4-5 ILESI 6/10/25: 60% relief lasting 4 months."),
         _note("n3", "2026-02-17", "Repeat L4-5 ILESI 12/8/25 gave only 30% relief.")),
    ],
)  # fmt: skip
def test_an_earlier_injection_s_relief_is_not_the_last_one_s(resources: tuple) -> None:
    assert _repeat(*resources) != "met"


@pytest.mark.parametrize(
    "resources",
    [
        (*TWO_ESIS, FIRST_RELIEF,
         _note("n3", "2026-02-17", "ESI 12/8/25 gave ~70% relief lasting 3 months.")),
        (*TWO_ESIS, _note("n3", "2026-02-17", "Dec ESI: 70% relief for 3 months.")),
        (*TWO_ESIS, _note("n3", "2026-02-17", "Last ESI gave 70% relief lasting 3+ months.")),
        (_esi("esi1", "2025-06-10"), FIRST_RELIEF),
        (_note("n1", "2026-02-17", "L4-5 ILESI #1 6/10/25: 20% relief. "
               "ILESI #2 12/8/25: ~60% relief x 4 months."),),
    ],
)  # fmt: skip
def test_the_last_injection_s_relief_still_counts(resources: tuple) -> None:
    assert _repeat(*resources) == "met"


def test_a_repeat_ablation_goes_by_the_last_ablation_not_a_later_epidural() -> None:
    rfa = {**_esi("rfa1", "2025-03-04"), "code": {
        "coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64635"}],
        "text": "L4-5 radiofrequency ablation, lumbar facet"}}  # fmt: skip
    relief = _note("n1", "2025-10-01", "RFA 3/4/25: 80% relief lasting 7 months.")
    bundle = record("64635", rfa, _esi("esi1", "2025-11-03"), relief, reason="M47.816")
    assert status(bundle, "IPN-009")["status"] == "met"


@pytest.mark.parametrize(
    "text",
    [
        "First ESI gave ~60% relief lasting about 4 months. Second ESI helped maybe 40% for 3 wks.",
        "The initial injection gave 60% relief for 4 months; the latest did little.",
        "ILESI #1: ~60% relief x 4 months. ILESI #2: no lasting relief.",
    ],
)
def test_the_first_of_a_series_is_not_the_last(text: str) -> None:
    assert _repeat(*TWO_ESIS, _note("n3", "2026-02-17", text)) != "met", text


@pytest.mark.parametrize(
    "resources",
    [
        # the only prior injection, called the first
        (_esi("esi2", "2025-12-08"),
         _note("n3", "2026-02-17", "First ESI 12/8/25 gave 70% relief lasting 3 months.")),
        (*TWO_ESIS,
         _note("n3", "2026-02-17", "Second ESI: 70% relief lasting 3 months, unlike the first.")),
    ],
)  # fmt: skip
def test_the_first_and_only_or_a_later_one_named_with_it_still_counts(resources: tuple) -> None:
    assert _repeat(*resources) == "met"


@pytest.mark.parametrize(
    "text,value",
    [
        ('ESI 12/8/25 helped "maybe 40%" for about 3 weeks then back to baseline.', 40.0),
        ("The ESI gave about 30%.", 30.0),
        ("MBB gave her ~85% for 6 hours.", 85.0),
        ("Injection helped 70% improvement.", 70.0),
    ],
)
def test_a_response_told_as_what_the_injection_did_is_its_relief(text: str, value: float) -> None:
    assert [v for _, _, v in relief_spans(text)] == [value], text


@pytest.mark.parametrize(
    "text",
    ["PT helped 50%.", "Gabapentin helped about 30%.", "ESI gave 40% relief x 3 wks."],
)
def test_a_therapy_s_or_a_drug_s_help_is_no_block_relief(text: str) -> None:
    # the last is the block-relief target's own reading, not a second one from relief.py
    assert relief_spans(text) == [], text
