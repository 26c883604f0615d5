"""Several clients for one iss (issue 20 #14): which one an EHR launch uses, by the documented
rule in registry.pick_for_ehr_launch — one test per branch, and the rule over real HTTP."""

from __future__ import annotations

import pytest
import requests
from launch_flow import TIMEOUT, ehr_context, query_of

from smartapp.errors import ConfigError
from smartapp.launch.registry import parse_registry, pick_for_ehr_launch

ISS = "https://ehr.example/fhir"


def entry(server_id: str, client_type: str = "public", **extra) -> dict:
    fields = {"id": server_id, "display_name": server_id, "iss": ISS, "client_id": server_id,
              "client_type": client_type, "vendor": "other", "redirect_path": "/launch/callback"}
    if client_type == "confidential-symmetric":
        fields["client_secret_env"] = "SECRET_OF_" + server_id.upper()
    return {**fields, **extra}  # fmt: skip


def servers(*entries: dict):
    return parse_registry({"servers": list(entries)}, "http://127.0.0.1:9090")


CLINICIANS = entry("clinicians")
COORDINATORS = entry("coordinators", "confidential-symmetric")


def test_a_server_named_by_the_launch_url_is_used():
    registered = servers(CLINICIANS, COORDINATORS)
    assert pick_for_ehr_launch(registered, ISS, "coordinators").id == "coordinators"
    assert pick_for_ehr_launch(registered, ISS + "/", "clinicians").id == "clinicians"


def test_a_named_server_of_another_iss_or_unknown_is_refused():
    registered = servers(CLINICIANS, entry("elsewhere", iss="https://other.example/fhir"))
    assert pick_for_ehr_launch(registered, ISS, "elsewhere") is None
    assert pick_for_ehr_launch(registered, ISS, "no-such-entry") is None


def test_without_a_name_the_entry_marked_ehr_launch_is_used():
    registered = servers(CLINICIANS, dict(COORDINATORS, ehr_launch=True))
    assert pick_for_ehr_launch(registered, ISS).id == "coordinators"


def test_without_a_name_or_a_mark_the_first_listed_is_used():
    assert pick_for_ehr_launch(servers(COORDINATORS, CLINICIANS), ISS).id == "coordinators"
    assert pick_for_ehr_launch(servers(CLINICIANS), "https://unlisted.example/fhir") is None


def test_two_marked_entries_for_one_iss_stop_start_up():
    with pytest.raises(ConfigError, match="both have 'ehr_launch': true"):
        servers(dict(CLINICIANS, ehr_launch=True), dict(COORDINATORS, ehr_launch=True))
    with pytest.raises(ConfigError, match="'ehr_launch' must be true or false"):
        servers(dict(CLINICIANS, ehr_launch="yes"))


@pytest.mark.sandbox
def test_the_launch_url_picks_the_client_over_real_http(module_app, sandbox_ehr):
    """The shipped launch.json lists a public and an asymmetric client for the plain sandbox."""
    def client_of(**extra):
        context = ehr_context(sandbox_ehr, "plain")
        start = requests.get(f"{module_app.url}/launch", allow_redirects=False, timeout=TIMEOUT,
                             params={"iss": context["iss"], "launch": context["launch"], **extra})
        return start.status_code, query_of(start.headers.get("Location", "")).get("client_id")

    assert client_of() == (302, "smartapp-public")  # marked "ehr_launch": true
    assert client_of(server="sandbox-plain-asymmetric") == (302, "smartapp-asymmetric")
    assert client_of(server="sandbox-epic")[0] == 403  # an entry of another iss
