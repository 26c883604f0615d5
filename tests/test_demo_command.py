"""The demo starts the sandbox with a small population scenario, so that a coordinator's "Run
population check" (sandbox-epic's backend block exports Group ``population``) finds orders; the
run itself is tested end to end in tests/population/test_population_sandbox.py."""

from __future__ import annotations

import argparse

from smartapp.demo import DEMO_POPULATION, sandbox_command


def options(**given: object) -> argparse.Namespace:
    return argparse.Namespace(**{"sandbox_port": 9090, "no_generated": False,
                                 "population": DEMO_POPULATION, **given})  # fmt: skip


def test_the_demo_sandbox_has_a_population_unless_asked_not_to():
    command = sandbox_command(options(), "http://127.0.0.1:8000")
    assert command[command.index("--population") + 1] == str(DEMO_POPULATION) == "100"
    assert "--population" not in sandbox_command(options(population=0), "http://x")
