"""A progress note that only says "goals progressing" grades no goal and measures nothing, as a
bare "making progress towards goals" does not (s47-a, blind wave 52 GP/slp-02): it is no
re-evaluation (OAC 5160-8-32, every 60 days) and no progress report (MBPM ch. 15 s220.3, progress
measured toward each goal). It counts where the note measures again; a goal named by its number
and graded ("goal 2 progressing", "goal 1 met") still grades that goal.
"""

from __future__ import annotations

import pytest

from .test_s47a_unmeasured_progress_note import _reevaluation_status


@pytest.mark.parametrize(
    "text",
    [
        "PROGRESS NOTE 3/16/26: Goals progressing. Grandmother pleased. Cont POC.",
        "Progress note. Goal progressing; continue plan of care.",
        "Progress note 3/16: all goals are progressing well per mom. Cont POC.",
    ],
)
def test_bare_goals_progressing_is_no_re_evaluation(text: str) -> None:
    assert _reevaluation_status(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "SLP PROGRESS NOTE 3/16/26: WAB-R AQ 68.2. Goals progressing.",
        "Progress note 3/16: goal 1 met; goal 2 progressing. Cont POC.",
    ],
)
def test_goals_progressing_measured_or_graded_one_by_one_still_counts(text: str) -> None:
    assert _reevaluation_status(text) == "met", text
