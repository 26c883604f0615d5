"""A drug's seldom use told in the next clause, pointing back at it, is seldom use (brief s80-care).

Stop 59's rule read "Hardly uses his Flexeril." but not "Has Flexeril at home, hardly uses it":
the comma cut the drug's clause from its use. The clause after the drug's that points back at it
("it", "them") and says it is taken seldom is the drug's; one that names no pronoun is about other
care ("naproxen BID, tylenol occasionally"), and regular use stays regular.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.occasional_use import taken_now_and_then

from .test_s78_seldom_taken_order import _finding, _lmri003, _order


@pytest.mark.parametrize(
    "snippet",
    [
        "Has cyclobenzaprine at home, hardly uses it.",
        "Rx'd cyclobenzaprine - takes it rarely.",
        "cyclobenzaprine 10 mg prescribed, but uses it only on bad days.",
        "Has cyclobenzaprine, takes it some nights.",
    ],
)
def test_seldom_use_in_the_next_clause_pointing_back(snippet: str) -> None:
    assert taken_now_and_then(_finding(snippet))


@pytest.mark.parametrize(
    "snippet",
    [
        "cyclobenzaprine nightly, tylenol occasionally.",
        "Has cyclobenzaprine at home, takes it every night.",
        "cyclobenzaprine 10 mg qhs, uses it most nights.",
    ],
)
def test_other_care_or_regular_use_in_the_next_clause_is_no_seldom_use(snippet: str) -> None:
    assert not taken_now_and_then(_finding(snippet))


def test_an_order_with_no_sig_the_next_clause_says_is_seldom_used_is_no_trial() -> None:
    assert _lmri003("Has Flexeril at home, hardly uses it.", _order()) != "met"
    assert _lmri003("Has Flexeril at home, takes it nightly.", _order()) == "met"
