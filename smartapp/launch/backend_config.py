"""The ``backend`` block of a launch.json entry: the app as a SMART Backend Services client.

A population run (smartapp.population) reads an EHR without a user: it authenticates with
``client_credentials`` and a ``private_key_jwt`` client assertion, asks for ``system/`` scopes and
exports a Group (or every patient) with Bulk Data. The block names its own client (EHRs register
backend clients separately from user-facing ones) and its own key, published at the app's JWKS
URL like the launch keys (smartapp.launch.keys). No secret is written here: only the key file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError

#: SMART App Launch 2.x "client-confidential-asymmetric" algorithms.
BACKEND_ALGORITHMS = ("RS384", "ES384")


@dataclass(frozen=True)
class BackendConfig:
    """One EHR's backend-services registration."""

    client_id: str
    private_key_file: str
    scopes: tuple[str, ...]
    #: Export this Group (``Group/[id]/$export``); None: ``Patient/$export`` (every patient).
    group_id: str | None = None
    jwt_alg: str | None = None
    generate_key: bool = False
    #: The token endpoint, when the EHR's smart-configuration does not name the right one.
    token_endpoint: str | None = None


def parse_backend(entry: dict[str, Any], where: str, sandbox_origin: str) -> BackendConfig | None:
    """Validate ``entry['backend']`` (absent: None); ConfigError names the bad field.
    ``{sandbox}`` in ``token_endpoint`` is replaced as in ``iss``."""
    block = entry.get("backend")
    if block is None:
        return None
    if not isinstance(block, dict):
        raise ConfigError(f"launch.json: {where} 'backend' must be an object")
    for secret_key in ("client_secret", "private_key"):
        if secret_key in block:
            raise ConfigError(f"launch.json: {where} 'backend' has '{secret_key}': name the key "
                              "file with private_key_file instead")  # fmt: skip
    fields = {}
    for name in ("client_id", "private_key_file"):
        value = block.get(name)
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(f"launch.json: {where} 'backend' needs a non-empty string '{name}'")
        fields[name] = value.strip()
    scopes = block.get("scopes")
    if (
        not isinstance(scopes, list) or not scopes
        or not all(isinstance(s, str) and s.startswith("system/") for s in scopes)
    ):  # fmt: skip
        raise ConfigError(
            f"launch.json: {where} 'backend.scopes' must be a list of system/ scopes, "
            'e.g. ["system/Patient.rs", "system/Condition.rs"]'
        )
    jwt_alg = block.get("jwt_alg")
    if jwt_alg is not None and jwt_alg not in BACKEND_ALGORITHMS:
        raise ConfigError(f"launch.json: {where} 'backend.jwt_alg' must be RS384 or ES384")
    generate_key = block.get("generate_key", False)
    if not isinstance(generate_key, bool):
        raise ConfigError(f"launch.json: {where} 'backend.generate_key' must be true or false")
    group_id = block.get("group_id")
    if group_id is not None and (not isinstance(group_id, str) or "/" in group_id
                                 or not group_id.strip()):  # fmt: skip
        raise ConfigError(f"launch.json: {where} 'backend.group_id' must be a Group id")
    token_endpoint = block.get("token_endpoint")
    if isinstance(token_endpoint, str):
        token_endpoint = token_endpoint.replace("{sandbox}", sandbox_origin.rstrip("/"))
    if token_endpoint is not None and (
        not isinstance(token_endpoint, str)
        or not token_endpoint.startswith(("https://", "http://127.0.0.1", "http://localhost"))
    ):
        raise ConfigError(f"launch.json: {where} 'backend.token_endpoint' must be https "
                          "(or loopback http)")  # fmt: skip
    return BackendConfig(
        client_id=fields["client_id"],
        private_key_file=fields["private_key_file"],
        scopes=tuple(s.strip() for s in scopes),
        group_id=group_id.strip() if group_id else None,
        jwt_alg=jwt_alg,
        generate_key=generate_key,
        token_endpoint=token_endpoint,
    )
