"""The in-process task backend (the embedded default): a registered task runs by name with its
ids in the app context, a RetryLater runs it again after its delay, and messages carry ids only."""

from __future__ import annotations

import threading
import time

import pytest
from flask import current_app

from smartapp.tasks import RetryLater, backend, enqueue, register
from smartapp.tasks.inprocess import InProcessBackend

calls: list[tuple[str, object]] = []
done = threading.Event()


@register("test.record")
def record_call(app, *, item_id: str, times: int = 1) -> None:
    calls.append((item_id, current_app.name))
    if sum(1 for seen, _ in calls if seen == item_id) < times:
        raise RetryLater(0.05, "not yet")
    done.set()


@pytest.fixture(autouse=True)
def fresh():
    calls.clear()
    done.clear()


def test_without_a_broker_the_backend_is_in_process(app):
    assert "CELERY_BROKER_URL" not in app.config
    assert isinstance(backend(app), InProcessBackend)


def test_a_task_runs_by_name_with_its_ids_in_the_app_context(app):
    enqueue(app, "test.record", item_id="run-1")
    assert done.wait(5)
    assert calls == [("run-1", app.name)]


def test_retry_later_runs_the_task_again_after_its_delay(app):
    started = time.monotonic()
    enqueue(app, "test.record", queue="bulk", item_id="run-2", times=3)
    assert done.wait(5)
    assert [seen for seen, _ in calls] == ["run-2"] * 3
    assert time.monotonic() - started >= 0.1  # two retries of 0.05 s each


def test_messages_carry_ids_only(app):
    with pytest.raises(TypeError, match="must be a string or an integer"):
        enqueue(app, "test.record", item_id={"access_token": "x"})
    with pytest.raises(ValueError, match="queue must be one of"):
        enqueue(app, "test.record", queue="urgent", item_id="run-3")
