"""A plan line that says the disease or patient has been "on" a drug for a stated time reports
care had, not care planned (brief s68-l): "A/P: UC on azathioprine x 21 months, still bleeding"
read as the plan's azathioprine, so infliximab's twelve weeks of a conventional agent (INF-002)
were a false alarm. An order's "on" ("start on", "will put on", "Plan: on AZA x 12 wks") and a
time still to run ("x 12 wks then reassess") stay planned.
"""

from __future__ import annotations

import pytest

from smartapp.notes.statement_kinds import reports_done


@pytest.mark.parametrize(
    "text",
    [
        "UC on azathioprine x 21 months, still bleeding",
        "UC on AZA x 21 mo, still bleeding",
        "pancolitis on mesalamine 4.8 g x 2 yrs with ongoing bleeding",
        "pt on methotrexate 20 mg weekly x 16 wks, flaring",
        "RA, on hydroxychloroquine for 14 months",
        "Crohn's on 6-MP x 1 yr - still symptomatic",
        "she is on sulfasalazine x ~9 months",
        "UC, on azathioprine x 6+ months",
    ],
)
def test_on_a_drug_for_a_stated_time_is_care_had(text: str) -> None:
    assert reports_done(text, None), text


@pytest.mark.parametrize(
    "text",
    [
        "start on azathioprine x 12 wks",
        "will put on azathioprine x 12 wks",
        "Plan: on azathioprine x 12 wks",
        "UC on azathioprine x 12 wks then reassess",
        "keep on AZA x 3 more months",
        "UC, switch to azathioprine, on it x 12 wks before recheck",
        "try on mesalamine for 8 weeks",
        "UC on azathioprine",
    ],
)
def test_an_order_s_on_or_a_time_still_to_run_is_planned(text: str) -> None:
    assert not reports_done(text, None), text
