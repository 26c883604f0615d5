"""``create_sandbox_app``: the sandbox's public face (OAuth, discovery, FHIR gateway, EHR page).

Shared state lives in ``app.extensions["sandbox"]`` (a :class:`SandboxState`): the settings, the
token store shared by the OAuth server and the gateway, the engine client and the fault plan.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask

from .engine import EngineClient
from .faults import FaultPlan
from .tokens import TokenStore

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class SandboxSettings:
    """How this sandbox run is reachable and what it talks to."""

    host: str = "127.0.0.1"
    port: int = 9090
    engine_url: str = "http://127.0.0.1:0/fhir"
    app_url: str = "http://127.0.0.1:8000"
    latency_ms: int = 0
    #: Seconds a Bulk Data export's file links stay valid after it completes.
    bulk_file_ttl: float = 3600.0

    @property
    def public_origin(self) -> str:
        return f"http://{self.host}:{self.port}"


@dataclass
class SandboxState:
    """Everything the sandbox's blueprints share."""

    settings: SandboxSettings
    store: TokenStore
    engine: EngineClient
    faults: FaultPlan
    #: Recent requests (no tokens, no bodies) so tests can assert what a client sent.
    requests: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=1000))


def create_sandbox_app(settings: SandboxSettings) -> Flask:
    """Build the sandbox Flask app around an already running engine."""
    from . import admin, bulk, ehr, ehr_orders, gateway, oauth

    app = Flask(__name__, template_folder=str(HERE / "templates"))
    app.config["SECRET_KEY"] = "sandbox-only"  # noqa: S105 -- signs nothing but sandbox pages
    app.extensions["sandbox"] = SandboxState(
        settings=settings,
        store=TokenStore(),
        engine=EngineClient(settings.engine_url),
        faults=FaultPlan(default_latency_ms=settings.latency_ms),
    )
    oauth.init_app(app)
    ehr.init_app(app)
    ehr_orders.init_app(app)
    bulk.init_app(app, file_ttl=settings.bulk_file_ttl)  # before the gateway's catch-all route
    gateway.init_app(app)
    admin.init_app(app)
    return app
