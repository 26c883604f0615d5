"""``python -m sandbox``: start the sandbox EHR (FHIR engine + OAuth server) on 127.0.0.1.

Loads the project's PA scenarios (``sandbox/scenarios/*.json``) and, unless ``--no-generated``,
the large generated patients (``sandbox/synthetic``, written to a temporary folder for the engine
to read); every patient keeps the id it has in those files, so ids are the same on every start.
``--population [N]`` adds the seeded population scenario (sandbox/synthetic/population.py) for
Bulk Data runs (docs/sandbox-bulk-data.md). Prints the EHR page and every tenant's FHIR base once
ready; Ctrl-C or SIGTERM stops the engine and the server cleanly.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import tempfile
import threading
import time
from pathlib import Path

from werkzeug.serving import make_server

from . import synthetic
from .app import SandboxSettings, create_sandbox_app
from .engine import EngineError, EngineProcess
from .synthetic import population as population_scenario
from .tenants import TENANTS

HERE = Path(__file__).resolve().parent


def seed_files(with_generated: bool, folder: Path, population: int = 0) -> list[Path]:
    """Staff and scenario bundles always; the generated patients' bundles (written to
    ``folder``) unless ``with_generated`` is false; the population scenario's bundles when
    ``population`` is above 0 (that many patients, see sandbox/synthetic/population.py)."""
    seeds = [HERE / "staff.json"]  # the PA coordinator who signs in to the worklist
    seeds += sorted(p for p in (HERE / "scenarios").glob("*.json") if p.name != "manifest.json")
    if with_generated:
        seeds += synthetic.write_bundles(folder)
    if population > 0:
        seeds += population_scenario.write_bundles(folder / "population", population)
    return seeds


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="bind address (loopback only)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("SANDBOX_PORT", 9090)))
    parser.add_argument(
        "--app-url",
        default=os.environ.get("SANDBOX_APP_URL", "http://127.0.0.1:8000"),
        help="where the SMART app runs (its /launch and /launch/callback)",
    )
    parser.add_argument(
        "--no-generated",
        action="store_true",
        help="load only the PA scenarios, not the large generated patients (faster start)",
    )
    parser.add_argument("--latency-ms", type=int, default=0, help="added latency per FHIR request")
    parser.add_argument(
        "--no-index",
        action="store_true",
        help="no patient-compartment index: every search scans its type (the benchmark baseline)",
    )
    parser.add_argument(
        "--population",
        type=int,
        nargs="?",
        const=population_scenario.DEFAULT_SIZE,
        default=int(os.environ.get("SANDBOX_POPULATION", 0)),
        metavar="N",
        help="also load the population scenario: N patients (default 2000), 15%% with an open "
        "order, Groups 'population' and 'population-orders'",
    )
    parser.add_argument(
        "--bulk-file-ttl",
        type=float,
        default=float(os.environ.get("SANDBOX_BULK_FILE_TTL", 3600)),
        help="seconds a Bulk Data export's file links stay valid (default 3600)",
    )
    args = parser.parse_args(argv)
    if not args.host.startswith("127.") and args.host != "localhost":
        parser.error("--host must be a loopback address: the sandbox has test-only admin endpoints")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    # One line per request drowns the start-up report; /_admin/requests has the request log.
    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    started = time.monotonic()
    # The engine has read every seed file once it reports ready: the folder can go then.
    with tempfile.TemporaryDirectory(prefix="sandbox-patients-") as folder:
        seeds = seed_files(not args.no_generated, Path(folder), args.population)
        synthetic.bundle_text.cache_clear()  # written out: the gateway need not keep them
        engine = EngineProcess(seeds, index=not args.no_index)
        try:
            engine_url = engine.start()
        except EngineError as error:
            sys.stderr.write(f"sandbox: {error}\n")
            return 1
    settings = SandboxSettings(
        host=args.host,
        port=args.port,
        engine_url=engine_url,
        app_url=args.app_url.rstrip("/"),
        latency_ms=args.latency_ms,
        bulk_file_ttl=args.bulk_file_ttl,
    )
    app = create_sandbox_app(settings)
    try:
        server = make_server(args.host, args.port, app, threaded=True)
    except OSError as error:
        engine.stop()
        sys.stderr.write(f"sandbox: cannot listen on {args.host}:{args.port}: {error}\n")
        return 1

    def _shutdown(*_: object) -> None:
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, _shutdown)
    signal.signal(signal.SIGINT, _shutdown)
    origin = settings.public_origin
    lines = [
        f"Sandbox EHR ready in {time.monotonic() - started:.1f} s "
        f"({engine.resources_loaded} resources; engine RSS {_rss_mb(engine.process.pid) if engine.process else 0:.0f} MB, "  # noqa: E501
        f"gateway RSS {_rss_mb(os.getpid()):.0f} MB; "
        f"patient index {'off' if args.no_index else 'on'}; "
        f"{0 if args.no_generated else len(synthetic.ROSTER)} generated patients, "
        f"{args.population} population patients)",
        f"  EHR page (EHR launch):  {origin}/ehr",
        *(f"  FHIR base {name:10s}  {origin}/{name}/fhir" for name in TENANTS),
    ]
    sys.stderr.write("\n".join(lines) + "\n")
    sys.stderr.flush()
    try:
        server.serve_forever()
    finally:
        engine.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
