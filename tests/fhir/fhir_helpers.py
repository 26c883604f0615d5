"""Shared helpers for FHIR retrieval tests: token doubles and searchset builders."""

from __future__ import annotations

import json
from pathlib import Path

#: ../shared/fixtures beside the project root (as tests/conftest.py's SHARED_FIXTURES).
SHARED_FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"
BASE = "https://ehr.example/fhir"
EHR_SHAPES = SHARED_FIXTURES / "ehr-shapes"


class RotatingTokens:
    """A token provider whose refresh() hands out the next token of a list."""

    def __init__(self, *tokens: str):
        self.tokens = list(tokens)
        self.refreshes = 0

    def access_token(self) -> str:
        return self.tokens[0]

    def refresh(self) -> str:
        self.refreshes += 1
        if len(self.tokens) > 1:
            self.tokens.pop(0)
        return self.tokens[0]


def shape(name: str) -> dict:
    """One recorded EHR payload from ../shared/fixtures/ehr-shapes."""
    return json.loads(Path(EHR_SHAPES / name).read_text())


def searchset(*resources: dict, next_url: str | None = None) -> dict:
    links = [{"relation": "next", "url": next_url}] if next_url else []
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "link": links,
        "entry": [{"resource": r, "search": {"mode": "match"}} for r in resources],
    }
