"""Benchmark record retrieval against the sandbox EHR with injected latency (run by hand).

    .venv/bin/python bench/fetch.py [--origin http://127.0.0.1:9090] [--latency-ms 50]
                                    [--concurrency 6] [--all-notes]

Without ``--origin`` a sandbox is started (with the generated patients) and stopped afterwards.
For each patient -- the large generated record (gen-heavy: ~2,900 resources, 48 notes in every
storage style, sandbox/synthetic) and the 45-note scenario patient (lmri-bulk) -- it prints:

- app: ``smartapp.fhir.fetch_patient_record`` as a check runs it (the app's default concurrency,
  tuned ``_count``, note Binaries requested once the orders say which notes a scoring can read:
  the lumbar MRI checklist for 72148 as of the patient's request date, as bench/score.py dates
  it; ``--all-notes`` fetches every note, as before issue 19);
- baseline: what the fhirclient 4.4 Flask demo does, done with the fhirclient library itself:
  one ``Model.where(...).perform_resources_iter`` per resource type, pages one after another at
  the server's default page size, then each note's Binary read one by one;
- the ratio, and the lower bound: the longest chain of dependent round trips × latency (one
  search's pages, then its notes' Binaries); also the throughput bound, round trips × latency /
  concurrency, since the sandbox answers a tenant's requests with one Node engine;
- the same app run without injected latency: the sandbox's and the app's own time, which the
  latency-only bounds leave out (``--concurrency N`` changes the app's requests in flight);
- peak RSS of this process after the app run (the baseline runs after it);
- the two targets of issue 19: app/(bound + no-latency run) ≤ 1.5x, baseline/app ≥ 5x, where
  the bound is the larger of the two: at most ``concurrency`` requests are in flight, so 22
  Binaries at 4 take six round trips however short the chain of searches before them (the
  issue's scenario is the heavy patient; lmri-bulk is the many-notes shape beside it).
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import time
from datetime import date
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from fhirclient import server as fhir_server  # noqa: E402
from fhirclient.models import (  # noqa: E402
    binary,
    careplan,
    condition,
    coverage,
    diagnosticreport,
    documentreference,
    encounter,
    medicationrequest,
    observation,
    patient,
    procedure,
    servicerequest,
)  # fmt: skip

from sandbox import synthetic  # noqa: E402
from smartapp.checklists import load_catalog  # noqa: E402
from smartapp.fhir import FhirClient, fetch_patient_record  # noqa: E402
from smartapp.fhir.client import DEFAULT_CONCURRENCY  # noqa: E402
from smartapp.fhir.searches import SEARCHED_TYPES, page_size  # noqa: E402
from smartapp.scoring import notes_window  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from score import request_date  # noqa: E402

#: The patients measured; their ids are fixed in the seed files, so no lookup is needed.
PATIENTS = ("gen-heavy", "lmri-bulk")
#: The service checked (bench/score.py's default; lmri-bulk's own order is for it too).
SERVICE = "72148"
MODELS = {
    "Condition": condition.Condition, "Observation": observation.Observation,
    "DocumentReference": documentreference.DocumentReference, "Procedure": procedure.Procedure,
    "ServiceRequest": servicerequest.ServiceRequest, "Coverage": coverage.Coverage,
    "MedicationRequest": medicationrequest.MedicationRequest, "Encounter": encounter.Encounter,
    "DiagnosticReport": diagnosticreport.DiagnosticReport, "CarePlan": careplan.CarePlan,
}  # fmt: skip


class MintedTokens:
    """Token provider for the bench: the sandbox's admin API mints (and re-mints) tokens."""

    def __init__(self, origin: str, patient_id: str):
        self.origin, self.patient_id = origin, patient_id
        self.token = self.refresh()

    def access_token(self) -> str:
        return self.token

    def refresh(self) -> str:
        body = {"tenant": "plain", "patient": self.patient_id, "scope": "patient/*.read"}
        answer = requests.post(f"{self.origin}/_admin/tokens", json=body, timeout=30)
        answer.raise_for_status()
        self.token = answer.json()["access_token"]
        return self.token


class BearerAuth:
    """The smallest fhirclient auth object: signs requests with a bearer token."""

    def __init__(self, token: str):
        self.token = token

    def can_sign_headers(self) -> bool:
        return True

    def signed_headers(self, headers: dict) -> dict:
        return {**headers, "Authorization": f"Bearer {self.token}"}


def seed_bundle(patient_id: str) -> dict:
    """The bundle the sandbox was seeded with for this patient (generated or scenario)."""
    if patient_id.startswith("gen-"):
        return synthetic.bundle(patient_id)
    return json.loads((ROOT / "sandbox" / "scenarios" / f"{patient_id}.json").read_text())


def notes_since_for(patient_id: str):  # type: ignore[no-untyped-def]
    """What the check runner passes for a check of this patient on its request date."""
    as_of = request_date(seed_bundle(patient_id), date.today())

    def since(resources: dict[str, dict]) -> date | None:
        entries = [{"resource": {"resourceType": "Patient", "id": patient_id}}]
        entries += [{"resource": r} for k, r in resources.items() if k.startswith("ServiceRequest")]
        return notes_window({"resourceType": "Bundle", "entry": entries}, SERVICE, as_of=as_of)

    return since


def run_app(base: str, tokens: MintedTokens, patient_id: str, concurrency: int,  # type: ignore[no-untyped-def]
            all_notes: bool = False):  # fmt: skip
    client = FhirClient(base, tokens, concurrency=concurrency)
    since = None if all_notes else notes_since_for(patient_id)
    started = time.perf_counter()
    result = fetch_patient_record(client, patient_id, notes_since=since)
    return time.perf_counter() - started, result


def run_baseline(base: str, token: str, patient_id: str) -> tuple[float, int, int]:
    """fhirclient demo style: sequential searches and pages, Binaries one by one."""
    server = fhir_server.FHIRServer(None, base_uri=base + "/")
    server.auth = BearerAuth(token)
    started = time.perf_counter()
    count = notes = 0
    patient.Patient.read(patient_id, server)
    documents = []
    for kind, model in MODELS.items():
        for item in model.where(struct={"patient": patient_id}).perform_resources_iter(server):
            count += 1
            if kind == "DocumentReference":
                documents.append(item)
    for document in documents:
        url = document.content[0].attachment.url if document.content else None
        if url and url.startswith("Binary/"):
            binary.Binary.read(url.split("/", 1)[1], server)
            notes += 1
    return time.perf_counter() - started, count, notes


def set_latency(origin: str, milliseconds: int) -> None:
    requests.post(f"{origin}/_admin/faults", json={"latency_ms": milliseconds},
                  timeout=30).raise_for_status()  # fmt: skip


def chain_round_trips(counts: dict[str, int], notes: int) -> tuple[int, int]:
    """(longest dependent chain, total round trips) of the app's plan on a plain server."""
    pages = {kind: max(1, math.ceil(counts.get(kind, 0) / page_size(None, kind)))
             for kind in SEARCHED_TYPES}  # fmt: skip
    # Notes wait for the orders (their windows) and for their own page: one round trip after both.
    notes_after = max(pages["DocumentReference"], pages["ServiceRequest"])
    chain = max([1, pages["ServiceRequest"] + 1, notes_after + (1 if notes else 0),
                 *pages.values()])  # fmt: skip
    return chain, sum(pages.values()) + 2 + notes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--origin", help="a running sandbox (default: start one)")
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY,
                        help=f"app requests in flight per EHR (default {DEFAULT_CONCURRENCY})")
    parser.add_argument("--all-notes", action="store_true",
                        help="fetch every note's Binary (the app before issue 19)")
    args = parser.parse_args()
    load_catalog()  # loaded once per app process; not part of a check
    sandbox = None
    origin = args.origin
    if origin is None:
        from sandbox_peer import start_sandbox

        sandbox = start_sandbox()
        origin = sandbox.origin
    try:
        requests.post(f"{origin}/_admin/reset", timeout=30).raise_for_status()
        base = f"{origin}/plain/fhir"
        latency = args.latency_ms / 1000
        for patient_id in PATIENTS:
            label = patient_id
            tokens = MintedTokens(origin, patient_id)
            # Server time alone (no injected latency): what no client can go below either.
            set_latency(origin, 0)
            run = (base, tokens, patient_id, args.concurrency, args.all_notes)
            run_app(*run)  # warm the engine's caches
            floor_s, _ = run_app(*run)
            set_latency(origin, args.latency_ms)
            app_s, result = run_app(*run)
            rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            base_s, base_count, base_notes = run_baseline(base, tokens.access_token(), patient_id)
            chain, trips = chain_round_trips(result.counts, result.notes_fetched)
            print(
                f"{label}: {sum(result.counts.values())} resources, "
                f"{result.notes_fetched}/{result.notes_total} notes fetched, "
                f"{len(result.not_fetched)} older than every window not fetched, "
                f"{len(result.warnings)} warnings "
                f"(baseline read {base_count}, {base_notes} notes)"
            )
            print(f"  app       {app_s:7.2f} s")
            print(
                f"  baseline  {base_s:7.2f} s   (fhirclient 4.4, sequential)  "
                f"ratio {base_s / app_s:5.1f}x"
            )
            print(
                f"  lower bound (chain {chain} round trips x {args.latency_ms} ms) "
                f"{chain * latency:5.2f} s   app/bound {app_s / (chain * latency):5.1f}x"
            )
            print(
                f"  throughput bound ({trips} round trips x {args.latency_ms} ms / "
                f"{args.concurrency}) {trips * latency / args.concurrency:5.2f} s"
            )
            bound = max(chain * latency, trips * latency / args.concurrency)
            print(
                f"  same run without injected latency {floor_s:5.2f} s (sandbox + app time); "
                f"app/(larger bound + that) {app_s / (bound + floor_s):4.1f}x"
            )
            print(
                f"  targets: app/(bound + no-latency run) "
                f"{app_s / (bound + floor_s):4.2f}x (<= 1.5), "
                f"baseline/app {base_s / app_s:5.1f}x (>= 5)"
            )
            print(f"  peak RSS after app run {rss_mb:6.0f} MB")  # fmt: skip
    finally:
        requests.post(f"{origin}/_admin/reset", timeout=30)
        if sandbox is not None:
            from sandbox_peer import stop_sandbox

            stop_sandbox(sandbox.process)
    return 0


if __name__ == "__main__":
    sys.exit(main())
