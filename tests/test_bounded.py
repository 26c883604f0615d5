"""The worker's bounded least-recently-used store (smartapp.bounded)."""

import threading

from smartapp.bounded import BoundedStore


def test_keeps_at_most_its_size_dropping_the_least_recently_used():
    store: BoundedStore[str, int] = BoundedStore(2)
    store.put("a", 1)
    store.put("b", 2)
    assert store.get("a") == 1  # "a" is now the most recent
    store.put("c", 3)
    assert list(store) == ["a", "c"]
    assert store.get("b") is None


def test_writing_a_kept_key_again_makes_it_the_most_recent():
    store: BoundedStore[str, int] = BoundedStore(2)
    store.put("a", 1)
    store.put("b", 2)
    store.put("a", 10)
    store.put("c", 3)
    assert list(store) == ["a", "c"]
    assert store.get("a") == 10


def test_get_many_answers_each_key_and_refreshes_the_ones_found():
    store: BoundedStore[str, int] = BoundedStore(3)
    for n, key in enumerate("abc"):
        store.put(key, n)
    assert store.get_many(["c", "x", "a"]) == [2, None, 0]
    store.put("d", 3)  # "b" was the only one not read
    assert list(store) == ["c", "a", "d"]


def test_discard_and_clear():
    store: BoundedStore[str, int] = BoundedStore(3)
    store.put("a", 1)
    store.put("b", 2)
    store.discard("a")
    store.discard("missing")
    assert list(store) == ["b"]
    store.clear()
    assert len(store) == 0


def test_threads_writing_at_once_never_leave_it_over_its_size():
    store: BoundedStore[int, int] = BoundedStore(50)

    def write(start: int) -> None:
        for n in range(start, start + 2000):
            store.put(n, n)
            store.get(n - 1)

    threads = [threading.Thread(target=write, args=(k * 10_000,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store) == 50
