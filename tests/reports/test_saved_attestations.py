"""A clinician's attestations (issue 17) on a saved report of the same check, through the pages:
answered on the check page -- before or after the report is saved -- they show on the saved
report and its print view exactly as on the check page: the item stays "missing from the
record" with "attested by X on date", and readiness does not change."""

from __future__ import annotations

import re

from attest_helpers import CLINICIAN, attest, save
from report_actors import COORDINATOR

from smartapp.db import session_factory
from smartapp.models import SavedReport, TrackedRequest

ATTESTED = re.compile(r"Attested by <bdi>[^<]+</bdi> on \d{4}-\d{2}-\d{2}:</strong>\s*Yes")
STILL_MISSING = "(an attestation, not record evidence: still missing from the record)"


def card(html: str, item: str) -> str:
    return html.split(f'id="item-{item}"')[1].split("</article>")[0]


def shown_as_on_the_check_page(html: str) -> None:
    answered = card(html, "LMRI-004")
    assert "Missing" in answered and ATTESTED.search(answered) and STILL_MISSING in answered
    assert "Attested by" not in card(html, "LMRI-006")  # not answered: nothing shown


def test_attestations_show_on_the_saved_report_and_its_print_view(app, actors):
    client = app.test_client()
    clinician = actors.session(CLINICIAN)
    run = actors.run(clinician, "lmri-gapped")
    actors.sign_in(client, clinician)
    attest(client, run.id, **{"LMRI-004": "yes"})
    check_page = client.get(f"/checks/{run.id}").text
    shown_as_on_the_check_page(check_page)
    request_id = save(client, run.id)
    with session_factory(app)() as db:
        tracked = db.get(TrackedRequest, request_id)
        saved = db.get(SavedReport, tracked.latest_report_id)
        # Readiness as scored: an attestation is not record evidence.
        assert (saved.readiness, saved.state) == (run.report["readiness"], run.report["state"])
        assert tracked.readiness_state == run.report["state"]
    page = client.get(f"/requests/{request_id}").text
    shown_as_on_the_check_page(page)
    printed = client.get(f"/requests/{request_id}/reports/{saved.id}/print").text
    shown_as_on_the_check_page(printed)
    # The coordinator opening the same saved report sees it too.
    actors.sign_in(client, actors.session(COORDINATOR))
    shown_as_on_the_check_page(client.get(f"/requests/{request_id}").text)


def test_an_attestation_given_after_saving_shows_on_the_saved_report(app, actors):
    client = app.test_client()
    clinician = actors.session(CLINICIAN)
    run = actors.run(clinician, "lmri-gapped")
    actors.sign_in(client, clinician)
    request_id = save(client, run.id)
    before = client.get(f"/requests/{request_id}").text  # rendered, and kept for the next view
    assert "Attested by" not in before
    attest(client, run.id, **{"LMRI-004": "yes"})
    shown_as_on_the_check_page(client.get(f"/requests/{request_id}").text)


def test_another_checks_attestations_do_not_show_on_this_saved_report(app, actors):
    client = app.test_client()
    clinician = actors.session(CLINICIAN)
    first, second = actors.run(clinician, "lmri-gapped"), actors.run(clinician, "lmri-gapped")
    actors.sign_in(client, clinician)
    attest(client, first.id, **{"LMRI-004": "yes"})
    request_id = save(client, second.id)
    assert "Attested by" not in client.get(f"/requests/{request_id}").text
