"""The app's private keys for confidential-asymmetric clients, and the public JWKS it serves.

SMART App Launch 2.x "client-confidential-asymmetric": the app signs a client assertion
(``private_key_jwt``, RS384 or ES384) and the EHR checks it against the app's public keys, which
it reads once at registration or from the app's JWKS URL (``/.well-known/jwks.json``).

launch.json names each key with ``private_key_file``: a JWK set (JSON) or a PEM private key.
Relative paths are resolved against the **instance folder** (``instance/``, never committed);
absolute paths are used as given. When a JWK set holds several keys the first one signs and all
are published, so a key can be rotated by putting the new key first and keeping the old one until
the EHR has fetched the new set. ``generate_key: true`` (sandbox entries) creates the file on first
use; a real EHR needs the public key before the first launch, so its entries must not use it.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask
from joserfc.errors import JoseError
from joserfc.jwk import ECKey, KeySet, RSAKey

from ..errors import ConfigError
from .registry import ServerConfig, registry

KEYS_EXTENSION = "launch.client_keys"
_lock = threading.Lock()


@dataclass(frozen=True)
class ClientKey:
    """One asymmetric client's signing key and the public keys published for it."""

    signing_key: RSAKey | ECKey
    alg: str
    kid: str
    public_keys: tuple[dict[str, Any], ...]


def key_path(app: Flask, server: ServerConfig) -> Path:
    """Where ``server``'s private key lives (relative names are inside the instance folder)."""
    path = Path(server.private_key_file or "").expanduser()
    return path if path.is_absolute() else Path(app.instance_path) / path


def client_key(app: Flask, server: ServerConfig) -> ClientKey:
    """The signing key of an asymmetric client, generated first when launch.json allows it."""
    cache: dict[str, ClientKey] = app.extensions.setdefault(KEYS_EXTENSION, {})
    with _lock:
        if server.id not in cache:
            path = key_path(app, server)
            if not path.exists():
                if not server.generate_key:
                    raise ConfigError(
                        f"launch.json: server '{server.id}' 'private_key_file' not found ({path})"
                    )
                _generate(path, server.jwt_alg or "RS384")
            cache[server.id] = _load(path, server)
        return cache[server.id]


def public_jwks(app: Flask) -> dict[str, list[dict[str, Any]]]:
    """Every asymmetric client's public keys, one entry per kid (never a private member)."""
    keys: dict[str, dict[str, Any]] = {}
    for server in registry(app).values():
        if server.client_type == "confidential-asymmetric":
            for public in client_key(app, server).public_keys:
                keys.setdefault(public["kid"], public)
    return {"keys": list(keys.values())}


def _generate(path: Path, alg: str) -> None:
    """Write a fresh key set to ``path`` (mode 0600); if another process won the race, keep its."""
    key = (
        ECKey.generate_key("P-384", auto_kid=True)
        if alg == "ES384"
        else RSAKey.generate_key(2048, auto_kid=True)
    )
    document = {"keys": [{**key.as_dict(private=True), "alg": alg, "use": "sig"}]}
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".key-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(document, out)
        # link() fails when the file exists: exactly one writer publishes a complete file.
        os.link(temporary, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(temporary)


def _read_keys(path: Path) -> list[RSAKey | ECKey]:
    text = path.read_text(encoding="utf-8")
    if text.lstrip().startswith("{"):
        document = json.loads(text)
        entries = document["keys"] if "keys" in document else [document]
        return list(KeySet.import_key_set({"keys": entries}).keys)  # type: ignore[arg-type]
    for key_type in (RSAKey, ECKey):
        try:
            return [key_type.import_key(text)]
        except (JoseError, ValueError, TypeError):
            continue
    raise ValueError("not an RSA or EC private key in PEM")


def _algorithm(key: RSAKey | ECKey, wanted: str | None, where: str) -> str:
    kind = "ES384" if isinstance(key, ECKey) else "RS384"
    if isinstance(key, ECKey) and key.as_dict().get("crv") != "P-384":
        raise ConfigError(f"launch.json: {where} 'private_key_file' EC key must use P-384")
    declared = wanted or key.get("alg") or kind
    if declared != kind:
        raise ConfigError(f"launch.json: {where} 'jwt_alg' {declared} does not fit the key")
    return kind


def _load(path: Path, server: ServerConfig) -> ClientKey:
    where = f"server '{server.id}'"
    try:
        keys = _read_keys(path)
    except (OSError, ValueError, KeyError, TypeError, JoseError) as error:
        raise ConfigError(
            f"launch.json: {where} 'private_key_file' is not a usable key ({type(error).__name__})"
        ) from error
    if not keys or not keys[0].is_private:
        raise ConfigError(f"launch.json: {where} 'private_key_file' holds no private key")
    signing = keys[0]
    alg = _algorithm(signing, server.jwt_alg, where)
    public_keys = []
    for key in keys:
        public = dict(key.as_dict(private=False))
        public.setdefault("kid", key.kid or key.thumbprint())
        public["use"] = "sig"
        public["alg"] = alg if key is signing else public.get("alg", _algorithm(key, None, where))
        public_keys.append(public)
    return ClientKey(signing, alg, public_keys[0]["kid"], tuple(public_keys))
