"""The registry of EHRs the app trusts (``launch.json``), validated at start-up.

An ``iss`` that is not listed here is refused before any request is made to it: the allowlist
is what stops a forged launch link from sending a clinician's browser, or our token request,
to an attacker's server.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask, current_app

from ..errors import ConfigError
from .backend_config import BackendConfig, parse_backend

CLIENT_TYPES = ("public", "confidential-symmetric", "confidential-asymmetric")
#: SMART App Launch 2.x "client-confidential-asymmetric": servers support RS384 and ES384.
JWT_ALGORITHMS = ("RS384", "ES384")
VENDORS = ("epic", "cerner", "other")
DEFAULT_SANDBOX_ORIGIN = "http://127.0.0.1:9090"
REGISTRY_EXTENSION = "launch.registry"


@dataclass(frozen=True)
class ServerConfig:
    """One trusted EHR endpoint."""

    id: str
    display_name: str
    iss: str
    client_id: str
    client_type: str
    vendor: str
    access: str  # "online" | "offline"
    redirect_path: str
    client_secret_env: str | None = None
    private_key_file: str | None = None
    #: Signing algorithm of the client assertion; None = from the key (RSA RS384, P-384 ES384).
    jwt_alg: str | None = None
    #: Create ``private_key_file`` on first use (sandbox entries only: a real EHR must be given
    #: the public key before the first launch).
    generate_key: bool = False
    #: Ask to create DocumentReferences (write the gap report / appeal packet back to the chart).
    write_back: bool = False
    #: Other hosts this EHR serves note Binaries from (Oracle Health DocumentReferences carry
    #: absolute Binary URLs on another host than the iss); the bearer token goes to no others.
    binary_hosts: tuple[str, ...] = ()
    #: The client an EHR launch from this iss uses when several entries share the iss and the
    #: launch URL names none (see :func:`pick_for_ehr_launch`); at most one per iss.
    ehr_launch: bool = False
    #: SMART Backend Services registration for population runs (smartapp.launch.backend_config).
    backend: BackendConfig | None = None
    #: FHIR requests per second all the app's workers together may send this EHR (None: the
    #: app's FHIR_RATE_LIMIT; smartapp.tasks.ratelimit).
    requests_per_second: float | None = None

    def client_secret(self) -> str | None:
        """The confidential client's secret, read from the environment at use time."""
        return os.environ.get(self.client_secret_env) if self.client_secret_env else None


def normalise_iss(iss: str) -> str:
    return iss.strip().rstrip("/")


def _field(entry: dict[str, Any], name: str, where: str, choices: tuple[str, ...] = ()) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"launch.json: {where} needs a non-empty string '{name}'")
    if choices and value not in choices:
        raise ConfigError(f"launch.json: {where} '{name}' must be one of {', '.join(choices)}")
    return value.strip()


def parse_registry(document: Any, sandbox_origin: str) -> dict[str, ServerConfig]:
    """Validate the parsed launch.json; ConfigError names the bad entry and field."""
    if not isinstance(document, dict) or not isinstance(document.get("servers"), list):
        raise ConfigError("launch.json: the top level needs a 'servers' list")
    servers: dict[str, ServerConfig] = {}
    for index, entry in enumerate(document["servers"]):
        where = f"servers[{index}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"launch.json: {where} must be an object")
        server_id = _field(entry, "id", where)
        where = f"server '{server_id}'"
        if server_id in servers:
            raise ConfigError(f"launch.json: {where} is listed twice")
        client_type = _field(entry, "client_type", where, CLIENT_TYPES)
        for secret_key in ("client_secret", "private_key"):
            if secret_key in entry:
                raise ConfigError(
                    f"launch.json: {where} has '{secret_key}': secrets belong in the environment "
                    "or a key file, named by client_secret_env / private_key_file"
                )
        if client_type == "confidential-symmetric" and not entry.get("client_secret_env"):
            raise ConfigError(f"launch.json: {where} needs 'client_secret_env'")
        if client_type == "confidential-asymmetric":
            _field(entry, "private_key_file", where)
        jwt_alg = entry.get("jwt_alg")
        if jwt_alg is not None and jwt_alg not in JWT_ALGORITHMS:
            raise ConfigError(
                f"launch.json: {where} 'jwt_alg' must be one of {', '.join(JWT_ALGORITHMS)}"
            )
        generate_key = entry.get("generate_key", False)
        if not isinstance(generate_key, bool):
            raise ConfigError(f"launch.json: {where} 'generate_key' must be true or false")
        iss = _field(entry, "iss", where).replace("{sandbox}", sandbox_origin.rstrip("/"))
        if not iss.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ConfigError(f"launch.json: {where} 'iss' must be https (or loopback http)")
        scopes = entry.get("scopes") or {}
        access = scopes.get("access", "online")
        if access not in ("online", "offline"):
            raise ConfigError(f"launch.json: {where} 'scopes.access' must be online or offline")
        write_back = scopes.get("write_back", False)
        if not isinstance(write_back, bool):
            raise ConfigError(f"launch.json: {where} 'scopes.write_back' must be true or false")
        binary_hosts = _hosts(entry.get("binary_hosts", []), where)
        ehr_launch = entry.get("ehr_launch", False)
        if not isinstance(ehr_launch, bool):
            raise ConfigError(f"launch.json: {where} 'ehr_launch' must be true or false")
        rate = entry.get("requests_per_second")
        if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int | float)
                                 or rate <= 0):  # fmt: skip
            raise ConfigError(f"launch.json: {where} 'requests_per_second' must be a number > 0")
        redirect_path = _field(entry, "redirect_path", where)
        if not redirect_path.startswith("/"):
            raise ConfigError(f"launch.json: {where} 'redirect_path' must start with /")
        servers[server_id] = ServerConfig(
            id=server_id,
            display_name=_field(entry, "display_name", where),
            iss=normalise_iss(iss),
            client_id=_field(entry, "client_id", where),
            client_type=client_type,
            vendor=_field(entry, "vendor", where, VENDORS),
            access=access,
            redirect_path=redirect_path,
            client_secret_env=entry.get("client_secret_env"),
            private_key_file=entry.get("private_key_file"),
            jwt_alg=jwt_alg,
            generate_key=generate_key,
            write_back=write_back,
            binary_hosts=binary_hosts,
            ehr_launch=ehr_launch,
            backend=parse_backend(entry, where, sandbox_origin),
            requests_per_second=float(rate) if rate is not None else None,
        )
    _one_ehr_launch_client_per_iss(servers)
    return servers


def _one_ehr_launch_client_per_iss(servers: dict[str, ServerConfig]) -> None:
    marked: dict[str, str] = {}
    for server in servers.values():
        if server.ehr_launch and server.iss in marked:
            raise ConfigError(
                f"launch.json: servers '{marked[server.iss]}' and '{server.id}' share an iss and "
                "both have 'ehr_launch': true; mark at most one per iss"
            )
        if server.ehr_launch:
            marked[server.iss] = server.id


def _hosts(value: Any, where: str) -> tuple[str, ...]:
    """``binary_hosts``: bare host names (``fhir-ehr.cerner.com``, optionally ``:port``)."""
    bad = ConfigError(f"launch.json: {where} 'binary_hosts' must be a list of host names "
                      "like \"fhir-ehr.cerner.com\" (no scheme or path)")  # fmt: skip
    if not isinstance(value, list):
        raise bad
    hosts = []
    for host in value:
        if not isinstance(host, str) or not re.fullmatch(r"[A-Za-z0-9.-]+(:\d+)?", host.strip()):
            raise bad
        hosts.append(host.strip().lower())
    return tuple(hosts)


def load_registry(path: str | Path, sandbox_origin: str | None = None) -> dict[str, ServerConfig]:
    """Read and validate launch.json."""
    origin = sandbox_origin or os.environ.get("SMARTAPP_SANDBOX_ORIGIN", DEFAULT_SANDBOX_ORIGIN)
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"launch.json could not be read: {error.strerror}") from error
    except json.JSONDecodeError as error:
        raise ConfigError(f"launch.json is not valid JSON (line {error.lineno})") from error
    return parse_registry(document, origin)


def registry(app: Flask | None = None) -> dict[str, ServerConfig]:
    """The app's validated launch.json, loaded once per app (ConfigError when invalid)."""
    app = app or current_app
    if REGISTRY_EXTENSION not in app.extensions:
        app.extensions[REGISTRY_EXTENSION] = load_registry(
            app.config["LAUNCH_REGISTRY"], app.config.get("SANDBOX_ORIGIN")
        )
    return app.extensions[REGISTRY_EXTENSION]


def pick_for_ehr_launch(
    servers: dict[str, ServerConfig], iss: str, named: str | None = None
) -> ServerConfig | None:
    """The entry an EHR launch from ``iss`` uses; None when the launch must be refused.

    Several entries may share an iss (e.g. a public client for clinicians, a confidential one
    for coordinators). The rule, in order:

    1. the launch URL names an entry (``/launch?server=<id>``, set in the EHR's registration of
       that client): that entry, and only if its iss is this iss;
    2. else the entry for this iss marked ``"ehr_launch": true`` (at most one per iss);
    3. else the first entry for this iss in launch.json.

    Standalone launches and worklist sign-ins name their entry on the start page.
    """
    wanted = normalise_iss(iss)
    if named:
        server = servers.get(named)
        return server if server is not None and server.iss == wanted else None
    candidates = [server for server in servers.values() if server.iss == wanted]
    marked = [server for server in candidates if server.ehr_launch]
    return (marked or candidates or [None])[0]
