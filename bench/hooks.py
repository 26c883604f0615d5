"""Benchmark the CDS Hooks service: order-sign latency against the app's launch-to-report time.

    .venv/bin/python bench/hooks.py [--rounds 5]

Starts a sandbox EHR and the app on loopback, points the sandbox at the app, then for every
scenario patient with an order (sandbox/scenarios/manifest.json):

- hooks: the sandbox builds the order-sign call (signed JWT, draft order, prefetch, read token),
  and only the POST to the service is timed — what the EHR waits for. One call per patient
  first (cold for that chart: reported apart), then ``--rounds`` calls with the full prefetch
  and as many with none (the service reads the record itself);
- baseline: the app's own EHR launch of the same patient and order, from ``/launch`` until the
  report is ready (authorize, token, fetch, score) — what a clinician waits for without the card.

Prints p50/p95 of each and their ratio, and the budget check: p95 of order-sign (full prefetch,
warm) against 500 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from app_server import SHIPPED_SECRET, start_live_app  # noqa: E402
from sandbox_peer import start_sandbox, stop_sandbox  # noqa: E402

BUDGET_MS = 500
AS_OF = "2026-11-22"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def hook_ms(sandbox, patient: str, order: str, prefetch: str) -> float:
    body = {"hook": "order-sign", "tenant": "plain", "patient": patient, "orders": [order],
            "prefetch": prefetch}  # fmt: skip
    call = sandbox.admin("POST", "cds-request", body).json()
    start = time.perf_counter()
    answer = requests.post(call["url"], json=call["body"], timeout=60,
                           headers={"Authorization": f"Bearer {call['jwt']}"})  # fmt: skip
    elapsed = (time.perf_counter() - start) * 1000
    answer.raise_for_status()
    if not answer.json()["cards"]:
        raise SystemExit(f"no card for {patient}")
    return elapsed


def launch_ms(app_url: str, sandbox, patient: str, order: str) -> float:
    context = sandbox.admin("POST", "launches", {"tenant": "plain", "patient": patient,
                                                 "order": order}).json()  # fmt: skip
    browser = requests.Session()
    start = time.perf_counter()
    browser.get(f"{app_url}/launch", params={"iss": context["iss"], "launch": context["launch"]},
                timeout=60).raise_for_status()  # fmt: skip
    while 'id="progress"' in browser.get(f"{app_url}/patient", timeout=60).text:
        time.sleep(0.05)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    manifest = json.loads((ROOT / "sandbox/scenarios/manifest.json").read_text())
    scenarios = [(e["patient"].removeprefix("Patient/"), e["order"].removeprefix("ServiceRequest/"))
                 for e in manifest if e.get("order", "").startswith("ServiceRequest/")]  # fmt: skip
    os.environ["SMARTAPP_SANDBOX_CLIENT_SECRET"] = SHIPPED_SECRET
    sandbox = start_sandbox(generated=False)
    with tempfile.TemporaryDirectory() as instance:
        live = start_live_app(sandbox, Path(instance), AS_OF=AS_OF, HOOK_DEADLINE_SECONDS=30)
        sandbox.admin("POST", "app-url", {"app_url": live.url}).raise_for_status()
        try:
            # The first call per patient: the process and its note memo are cold for that chart.
            cold = [hook_ms(sandbox, patient, order, "full") for patient, order in scenarios]
            full, fetched, launches = [], [], []
            for _ in range(args.rounds):
                for patient, order in scenarios:
                    full.append(hook_ms(sandbox, patient, order, "full"))
                    fetched.append(hook_ms(sandbox, patient, order, "none"))
            for patient, order in scenarios:
                launches.append(launch_ms(live.url, sandbox, patient, order))
        finally:
            live.stop()
            stop_sandbox(sandbox.process)
    rows = (("order-sign, first call (cold)", cold),
            ("order-sign, full prefetch", full), ("order-sign, no prefetch", fetched),
            ("baseline: launch to report", launches))  # fmt: skip
    print(f"{len(scenarios)} scenarios, {args.rounds} rounds (warm)")
    for label, values in rows:
        print(f"{label:30} p50 {statistics.median(values):7.0f} ms   "
              f"p95 {percentile(values, 0.95):7.0f} ms   n={len(values)}")  # fmt: skip
    base = statistics.median(launches)
    for label, values in (("full", full), ("none", fetched)):
        ratio = statistics.median(values) / base
        print(f"ratio p50 order-sign ({label}) / launch-to-report: {ratio:.2f}")
    p95 = percentile(full, 0.95)
    verdict = "within" if p95 <= BUDGET_MS else "OVER"
    print(f"budget: p95 {p95:.0f} ms (full prefetch, warm) vs {BUDGET_MS} ms -> {verdict}")


if __name__ == "__main__":
    main()
