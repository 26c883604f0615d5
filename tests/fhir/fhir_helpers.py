"""Shared helpers for FHIR retrieval tests: token doubles and searchset builders (EHR-shaped
payloads are in tests/ehr_payloads.py)."""

from __future__ import annotations

BASE = "https://ehr.example/fhir"


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


def searchset(*resources: dict, next_url: str | None = None) -> dict:
    links = [{"relation": "next", "url": next_url}] if next_url else []
    return {
        "resourceType": "Bundle",
        "type": "searchset",
        "link": links,
        "entry": [{"resource": r, "search": {"mode": "match"}} for r in resources],
    }
