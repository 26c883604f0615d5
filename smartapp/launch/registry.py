"""The registry of EHRs the app trusts (``launch.json``), validated at start-up.

An ``iss`` that is not listed here is refused before any request is made to it: the allowlist
is what stops a forged launch link from sending a clinician's browser, or our token request,
to an attacker's server.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError

CLIENT_TYPES = ("public", "confidential-symmetric", "confidential-asymmetric")
VENDORS = ("epic", "cerner", "other")
DEFAULT_SANDBOX_ORIGIN = "http://127.0.0.1:9090"


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
        if client_type == "confidential-asymmetric" and not entry.get("private_key_file"):
            raise ConfigError(f"launch.json: {where} needs 'private_key_file'")
        iss = _field(entry, "iss", where).replace("{sandbox}", sandbox_origin.rstrip("/"))
        if not iss.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ConfigError(f"launch.json: {where} 'iss' must be https (or loopback http)")
        scopes = entry.get("scopes") or {}
        access = scopes.get("access", "online")
        if access not in ("online", "offline"):
            raise ConfigError(f"launch.json: {where} 'scopes.access' must be online or offline")
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
        )
    return servers


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


def find_by_iss(servers: dict[str, ServerConfig], iss: str) -> ServerConfig | None:
    """The registered server whose iss matches exactly (after trimming a trailing slash)."""
    wanted = normalise_iss(iss)
    return next((server for server in servers.values() if server.iss == wanted), None)
