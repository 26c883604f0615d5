"""Encryption of tokens at rest: Fernet with a key derived from the app's SECRET_KEY."""

from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken
from flask import current_app


def _fernet() -> Fernet:
    digest = hashlib.sha256(b"smartapp-token-store:" + current_app.config["SECRET_KEY"].encode())
    return Fernet(base64.urlsafe_b64encode(digest.digest()))


def seal(value: str) -> str:
    return _fernet().encrypt(value.encode()).decode("ascii")


def unseal(value: str) -> str | None:
    """The plaintext, or None when the value was sealed under another key."""
    try:
        return _fernet().decrypt(value.encode("ascii")).decode()
    except InvalidToken:
        return None
