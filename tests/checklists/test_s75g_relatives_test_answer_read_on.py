"""A prior-test field's answer is read past its comma, and one that names the patient tested with
a relative is the patient's test too (s75-g, noticed wordings after s75-e's LZ/genetic-01).

"Prior genetic testing: yes, my sister did." was the patient's own test: the statement is cut at
the comma, so whose_item.relatives_test_answer never saw the sister; it now reads on to the
sentence's end in the note's line. "Prior genetic testing: sister and pt both had BRCA1/2 testing
2019, negative" gave no prior test at all: the target dropped any answer opening with a relative
(targets.yaml, prior-germline-test), even one that names the patient tested beside her.
"""

from __future__ import annotations

import pytest

from .test_judgement_s75e_relatives_test_answer import _prior, _status


@pytest.mark.parametrize(
    "line",
    [
        "Prior genetic testing: yes, my sister did.",
        "Prior genetic testing: yes, my sister did it.",
        "Prior genetic testing: yes, sister only, not pt.",
        "Prior genetic testing: yes - her mother was tested.",
    ],
)
def test_a_yes_for_a_relatives_test_is_no_prior_test(line: str) -> None:
    assert _status(line) == "met", line


@pytest.mark.parametrize(
    "line",
    [
        "Prior genetic testing: sister and pt both had BRCA1/2 testing 2019, negative.",
        "Prior genetic testing: mom and pt tested 2018 (BRCA1/2 neg).",
        "Prior genetic testing: yes, my sister and I both did.",
        "Prior genetic testing: yes, BRCA1/2 2019 neg, sister also tested.",
        "Prior genetic testing: yes, had Myriad 2022, neg.",
    ],
)
def test_the_patient_tested_with_or_before_the_relative_is_a_prior_test(line: str) -> None:
    assert _status(line) == "missing", line


def test_the_relative_alone_stays_the_relatives() -> None:
    assert not any(
        f.asserted for f in _prior("Prior genetic testing: sister had BRCA testing 2019")
    )
    assert not any(
        f.asserted for f in _prior("Prior genetic testing: sister and mother had BRCA testing 2019")
    )
    found = _prior("Prior genetic testing: yes, my sister did.")
    assert found and all(f.family and not f.asserted for f in found)
