"""Reading the app's HTML forms in tests: the CSRF token and the optimistic version field.

A plain module (not a conftest): ``from conftest import …`` resolves to whichever conftest was
collected first, so shared test helpers live in uniquely named modules like this one.
"""

from __future__ import annotations

import re


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on the page."""
    return re.search(r'name="csrf_token" value="([^"]+)"', html)[1]


def version_of(html: str) -> str:
    """The tracked request's version the page was rendered with."""
    return re.search(r'name="version" value="(\d+)"', html)[1]
