"""The CDS clients (EHRs) allowed to call the app's CDS Hooks services: ``cds_clients`` in
launch.json, validated at first use.

Each entry names the JWT ``iss`` the EHR signs its hook calls with, where its public keys are
(``jwks_url``, registered with the app beforehand; and/or ``jku`` URLs the JWT header may name,
each of which must be listed here: an unlisted ``jku`` is never fetched), and which launch.json
servers it may send as ``fhirServer`` — the hook's access token goes to those only. An issuer not
listed is refused before any key is fetched (CDS Hooks 2.0, "Trusting CDS Clients").
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, current_app

from ..errors import ConfigError
from ..launch.registry import DEFAULT_SANDBOX_ORIGIN, ServerConfig, normalise_iss, registry

EXTENSION = "hooks.clients"


@dataclass(frozen=True)
class CdsClient:
    """One EHR allowed to call the hooks."""

    iss: str
    jwks_url: str | None
    jku: tuple[str, ...]
    #: launch.json server ids whose FHIR base may come as ``fhirServer`` (and get the token).
    servers: tuple[str, ...]

    def key_urls(self) -> tuple[str, ...]:
        """Every URL this client's keys may be read from."""
        return ((self.jwks_url,) if self.jwks_url else ()) + self.jku


def _url(value: Any, where: str, origin: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"launch.json: {where} must be a URL")
    url = value.strip().replace("{sandbox}", origin.rstrip("/"))
    if not url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise ConfigError(f"launch.json: {where} must be https (or loopback http)")
    return url


def parse_cds_clients(
    document: Any, origin: str, servers: dict[str, ServerConfig]
) -> dict[str, CdsClient]:
    """``{iss: CdsClient}`` from the parsed launch.json (none when it has no ``cds_clients``)."""
    entries = document.get("cds_clients", []) if isinstance(document, dict) else []
    if not isinstance(entries, list):
        raise ConfigError("launch.json: 'cds_clients' must be a list")
    clients: dict[str, CdsClient] = {}
    for index, entry in enumerate(entries):
        where = f"cds_clients[{index}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"launch.json: {where} must be an object")
        iss = normalise_iss(_url(entry.get("iss"), f"{where} 'iss'", origin))
        if iss in clients:
            raise ConfigError(f"launch.json: {where} lists iss {iss} twice")
        jwks_url = entry.get("jwks_url")
        jku = entry.get("jku", [])
        if not isinstance(jku, list):
            raise ConfigError(f"launch.json: {where} 'jku' must be a list of URLs")
        if jwks_url is None and not jku:
            raise ConfigError(f"launch.json: {where} needs 'jwks_url' or 'jku' (its public keys)")
        fhir = entry.get("fhir_servers", [])
        if not isinstance(fhir, list) or any(name not in servers for name in fhir):
            raise ConfigError(f"launch.json: {where} 'fhir_servers' must list server ids")
        clients[iss] = CdsClient(
            iss=iss,
            jwks_url=_url(jwks_url, f"{where} 'jwks_url'", origin) if jwks_url else None,
            jku=tuple(_url(u, f"{where} 'jku'", origin) for u in jku),
            servers=tuple(fhir),
        )
    return clients


def cds_clients(app: Flask | None = None) -> dict[str, CdsClient]:
    """The app's CDS clients, loaded once per app (ConfigError when the entries are invalid)."""
    app = app or current_app
    if EXTENSION not in app.extensions:
        # The same {sandbox} substitution as the servers (smartapp.launch.registry).
        origin = app.config.get("SANDBOX_ORIGIN") or os.environ.get(
            "SMARTAPP_SANDBOX_ORIGIN", DEFAULT_SANDBOX_ORIGIN
        )
        try:
            document = json.loads(Path(app.config["LAUNCH_REGISTRY"]).read_text("utf-8"))
        except (OSError, ValueError) as error:
            raise ConfigError("launch.json could not be read for its cds_clients") from error
        app.extensions[EXTENSION] = parse_cds_clients(document, origin, registry(app))
    return app.extensions[EXTENSION]


def fhir_server_for(client: CdsClient, fhir_server: str) -> ServerConfig | None:
    """The launch.json server the hook's ``fhirServer`` is, if this client may name it."""
    wanted = normalise_iss(fhir_server)
    servers = registry()
    return next(
        (servers[name] for name in client.servers if servers[name].iss == wanted), None
    )
