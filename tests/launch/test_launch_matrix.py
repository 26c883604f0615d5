"""The launch matrix over real HTTP against the sandbox EHR.

EHR and standalone launch × public, confidential-symmetric and confidential-asymmetric clients ×
SMART v2 and v1-only servers × plain/epic/cerner profiles; each launch is then refreshed, has its
access token expired at the EHR (the next page refreshes once and carries on) and finally has its
grant revoked (the next page says the session expired). One app per client type serves the module.
"""

from __future__ import annotations

import pytest
from app_server import start_live_app, write_registry
from launch_flow import PATIENT_NAME, TIMEOUT, ehr_launch, standalone_launch

from smartapp.launch import SessionTokens

pytestmark = pytest.mark.sandbox

KINDS = {
    "public": ("public", "none"),
    "symmetric": ("confidential-symmetric", "client_secret_basic"),
    "asymmetric": ("confidential-asymmetric", "private_key_jwt"),
}
TENANTS = ("plain", "epic", "cerner", "plain-v1", "epic-v1", "cerner-v1")
VENDORS = {"plain": "other", "epic": "epic", "cerner": "cerner"}
SECRET = "matrix-secret"


def registry_entry(kind: str, tenant: str) -> dict:
    client_type, _ = KINDS[kind]
    profile = tenant.removesuffix("-v1")
    entry = {
        "id": f"matrix-{tenant}",
        "display_name": f"Matrix {tenant} ({kind})",
        "iss": f"{{sandbox}}/{tenant}/fhir",
        "client_id": f"matrix-{kind}",
        "client_type": client_type,
        "vendor": VENDORS[profile],
        # offline_access on plain tenants, online_access elsewhere: both earn refresh tokens.
        "scopes": {"access": "offline" if profile == "plain" else "online"},
    }
    if kind == "symmetric":
        entry["client_secret_env"] = "MATRIX_CLIENT_SECRET"
    if kind == "asymmetric":
        # Oracle Health tenants sign with ES384, the others with RS384: both SMART algorithms.
        alg = "ES384" if profile == "cerner" else "RS384"
        entry.update(private_key_file=f"keys/matrix-{alg}.json", jwt_alg=alg, generate_key=True)
    return entry


@pytest.fixture(scope="module", params=list(KINDS))
def matrix_app(request, sandbox_ehr, tmp_path_factory):
    kind = request.param
    instance = tmp_path_factory.mktemp(f"matrix-{kind}")
    registry = write_registry(
        instance / "launch.json", [registry_entry(kind, tenant) for tenant in TENANTS]
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MATRIX_CLIENT_SECRET", SECRET)
        live = start_live_app(
            sandbox_ehr,
            instance,
            clients={f"matrix-{kind}": KINDS[kind][1]},
            secret=SECRET,
            registry=registry,
        )
        yield kind, live
        live.stop()


@pytest.mark.parametrize("tenant", TENANTS)
@pytest.mark.parametrize("mode", ["ehr", "standalone"])
def test_launch_refresh_and_expiry(matrix_app, sandbox_ehr, mode, tenant):
    _kind, live = matrix_app
    if mode == "ehr":
        http, page = ehr_launch(live.url, sandbox_ehr, tenant)
    else:
        http, page = standalone_launch(live.url, f"matrix-{tenant}")
    assert page.status_code == 200, page.text[:500]
    assert page.url == f"{live.url}/patient"
    assert PATIENT_NAME in page.text and 'class="patient-banner"' in page.text

    session_id = live.session_id(http)
    record = live.record(session_id)
    granted = record.granted_scope.split()
    suffix = ".read" if tenant.endswith("-v1") else ".rs"
    assert f"patient/Condition{suffix}" in granted
    assert not any(s.endswith(".rs" if suffix == ".read" else ".read") for s in granted)
    assert ("launch" in granted) == (mode == "ehr")
    if mode == "ehr":
        assert record.fhir_context == [{"reference": "ServiceRequest/lmri-complete-order"}]
        assert "ServiceRequest/lmri-complete-order" in page.text
    if tenant.startswith("cerner"):
        # Oracle Health withholds Coverage: the page says it cannot be checked.
        assert "Coverage" not in " ".join(granted)
        assert "<strong>Insurance coverage</strong>" in page.text

    # Refresh with the launch's client authentication, never asking for more than granted.
    tokens = SessionTokens(live.app, session_id)
    before, old_refresh = live.tokens(session_id)
    assert tokens.access_token() == before
    after = tokens.refresh()
    assert after != before
    refreshed = live.record(session_id)
    assert refreshed.refresh_count == 1
    assert set(refreshed.granted_scope.split()) <= set(granted)
    assert live.tokens(session_id)[1] not in (None, old_refresh), "rotated refresh token kept"

    # The EHR expires the access token: the page refreshes once and carries on.
    sandbox_ehr.admin("POST", "tokens/expire", {"tenant": tenant}).raise_for_status()
    again = http.get(f"{live.url}/patient", timeout=TIMEOUT)
    assert again.status_code == 200 and PATIENT_NAME in again.text
    assert live.record(session_id).refresh_count == 2

    # The EHR ends the grant: one refresh is tried, then the session-expired page.
    sandbox_ehr.admin("POST", "tokens/revoke", {"token": live.tokens(session_id)[0]})
    ended = http.get(f"{live.url}/patient", timeout=TIMEOUT)
    assert ended.status_code == 401
    assert "Your session has expired" in ended.text
    assert "Relaunch the app from the EHR" in ended.text
    assert PATIENT_NAME not in ended.text


def test_every_tenant_and_client_type_is_covered():
    """Guard: the matrix names every sandbox tenant (a new tenant must join it)."""
    from sandbox.tenants import TENANTS as SANDBOX_TENANTS

    assert set(TENANTS) == set(SANDBOX_TENANTS)
