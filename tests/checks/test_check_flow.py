"""The check a launch lands on, end to end over real HTTP against the sandbox EHR."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.sandbox


def test_gapped_lumbar_mri_shows_its_gaps(served):
    browser = served.launch("lmri-gapped", "lmri-gapped-order")
    html = served.wait_for_report(browser)
    assert "Marisol" not in html  # a different patient than the complete scenario
    assert "CPT 72148" in html
    assert "Would be denied for lack of medical necessity" in html
    assert "LMRI-003" in html and "Missing" in html
