"""A seeded mutator of FHIR Bundles: the wrong shapes, dates, encodings and sizes real EHR output
and hostile files carry (issue 13's classes), applied to the project's own scenario bundles.

Deterministic for a seed, so a crash found by ``bench/fuzz.py`` is reproduced by its seed.
"""

from __future__ import annotations

import base64
import copy
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"

WRONG_VALUES: list[Callable[[random.Random], Any]] = [
    lambda r: "x",
    lambda r: "",
    lambda r: r.randint(-5, 5),
    lambda r: 10**5000 if r.random() < 0.2 else 1e308,
    lambda r: True,
    lambda r: None,
    lambda r: [],
    lambda r: {},
    lambda r: ["a", 1, None],
    lambda r: {"coding": {"code": "x"}},
    lambda r: "0001-01-01",
    lambda r: "9999-12-31T23:59:59Z",
    lambda r: "2026-13-45",
    lambda r: "\ud800 lone surrogate",
    lambda r: "=" * r.choice([100, 16_000]),
    lambda r: "a" * 200_000,
]


def _b64(text: str | bytes) -> str:
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return base64.b64encode(data).decode("ascii")


NOTE_BODIES: list[Callable[[random.Random], tuple[str, str]]] = [
    lambda r: ("text/plain", _b64("=" * 16_000)),
    lambda r: ("text/plain", _b64("Pain x 8 wks, failed PT, SLR positive. " * 25_000)),
    lambda r: ("text/plain", _b64("A" * 1_100_000)),
    lambda r: ("application/xml", _b64('<?xml version="1.0" encoding="klingon-8"?><a>x</a>')),
    lambda r: ("application/xml", _b64("<a><b>unclosed")),
    lambda r: ("text/rtf", _b64("{\\rtf1 {{{{ \\u-999999? }")),
    lambda r: ("application/pdf", _b64(b"%PDF-1.4 garbage")),
    lambda r: ("text/html", _b64("<script>alert(1)</script>" * 1000)),
    lambda r: ("text/plain", "not base64 !!!"),
    lambda r: ("text/plain", _b64("\ud800\udfff mixed \ud800")),
    lambda r: ("text/plain; charset=unknown-8", _b64("plain text")),
]


def scenario_bundles() -> list[dict[str, Any]]:
    """The project's own scenario bundles (the corpus the mutator starts from)."""
    return [
        json.loads(path.read_text())
        for path in sorted(SCENARIOS.glob("*.json"))
        if path.name != "manifest.json"
    ]


def _nodes(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _nodes(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _nodes(child, (*path, index))


def _set(root: Any, path: tuple, value: Any) -> None:
    target = root
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value


def _nested(depth: int) -> Any:
    value: Any = "x"
    for _ in range(depth):
        value = [value]
    return value


def mutate(bundle: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """One mutated copy of ``bundle`` (one to three mutations)."""
    out = copy.deepcopy(bundle)
    for _ in range(rng.randint(1, 3)):
        kind = rng.random()
        nodes = [(p, v) for p, v in _nodes(out) if p]
        if kind < 0.55 and nodes:
            path, _ = rng.choice(nodes)
            _set(out, path, rng.choice(WRONG_VALUES)(rng))
        elif kind < 0.75:
            entries = out.get("entry") if isinstance(out.get("entry"), list) else []
            documents = [
                e["resource"] for e in entries
                if isinstance(e, dict) and isinstance(e.get("resource"), dict)
                and e["resource"].get("resourceType") == "DocumentReference"
            ]  # fmt: skip
            if documents:
                content_type, data = rng.choice(NOTE_BODIES)(rng)
                attachment = {"contentType": content_type, "data": data}
                rng.choice(documents)["content"] = [{"attachment": attachment}]
        elif kind < 0.85 and nodes:
            path, _ = rng.choice(nodes)
            if isinstance(path[-1], str):
                parent = out
                for step in path[:-1]:
                    parent = parent[step]
                parent.pop(path[-1], None)
        elif kind < 0.92:
            out["entry"] = rng.choice([True, 7, "entries", None, {"resource": {}}])
        else:
            entries = out.get("entry") if isinstance(out.get("entry"), list) else []
            entries.append(
                rng.choice(
                    [
                        {"resource": {"resourceType": "OperationOutcome", "issue": ["oops", 3]}},
                        {"search": "outcome", "resource": {"resourceType": "Condition"}},
                        {
                            "resource": {
                                "resourceType": "Observation",
                                "id": "deep",
                                "valueQuantity": _nested(rng.choice([50, 500])),
                            }
                        },
                    ]
                )
            )
    return out


def cases(count: int, seed: int) -> Iterator[tuple[int, dict[str, Any]]]:
    """``count`` mutated bundles, each with the seed that reproduces it."""
    bases = scenario_bundles()
    for n in range(count):
        case_seed = seed * 1_000_003 + n
        rng = random.Random(case_seed)
        yield case_seed, mutate(rng.choice(bases), rng)
