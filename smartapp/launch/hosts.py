"""Which host names the app answers as: loopback, ``ALLOWED_HOSTS``, or ``PUBLIC_URL``.

Without ``PUBLIC_URL`` the OAuth redirect_uri is built from the request's Host header, so only a
loopback or listed host may be used: the EHR's exact match would refuse a forged one anyway, but
the app must not build (and send an EHR) an address an attacker chose (issue 20 #11).
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from flask import current_app, request

from ..errors import ConfigError
from .registry import ServerConfig

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """True for ``127.x.x.x``, ``localhost`` and ``[::1]``, with or without a port."""
    name = urlsplit(f"//{host}").hostname or ""
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def redirect_uri_for(server: ServerConfig) -> str:
    """``server``'s redirect_uri under PUBLIC_URL (which pins the app's address behind a proxy),
    else under the request's host if allowed; ConfigError (400) for any other host."""
    base = current_app.config.get("PUBLIC_URL")
    if not base:
        if not host_allowed(request.host, current_app.config.get("ALLOWED_HOSTS") or ()):
            log.warning("launch refused: Host header not listed in ALLOWED_HOSTS, no PUBLIC_URL")
            refused = ConfigError(
                "The app's own address is not configured for this host name, so it cannot tell "
                "the EHR where to send you back.",
                advice="An administrator must set PUBLIC_URL (or list this host name in "
                "ALLOWED_HOSTS). If you typed the address, use the one your organisation gave.",
            )
            refused.http_status = 400
            raise refused
        base = request.host_url
    return base.rstrip("/") + server.redirect_path


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    """A loopback host, or one listed (``name`` matches any port, ``name:port`` that port)."""
    host = host.lower()
    listed = {entry.strip().lower() for entry in allowed}
    return is_loopback(host) or host in listed or host.rsplit(":", 1)[0] in listed
