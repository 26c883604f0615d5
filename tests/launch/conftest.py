"""A real app server on loopback wired to the sandbox EHR, for launch tests over real HTTP."""

from __future__ import annotations

import pytest
from app_server import SHIPPED_SECRET, start_live_app


@pytest.fixture
def live_app(sandbox_ehr, tmp_path, monkeypatch):
    """The app (shipped launch.json) on a free port, its sandbox clients registered for it."""
    monkeypatch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
    live = start_live_app(sandbox_ehr, tmp_path)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def module_app(sandbox_ehr, tmp_path_factory):
    """Like ``live_app``, shared by the tests of one module (they must not reconfigure it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SMARTAPP_SANDBOX_CLIENT_SECRET", SHIPPED_SECRET)
        live = start_live_app(sandbox_ehr, tmp_path_factory.mktemp("module-app"))
        yield live
        live.stop()
