"""Short flat JSON values decoded once a worker (smartapp/json_values.py, issue 19): the value
SQLAlchemy's processor gives, a fresh copy on every read, and nothing else kept."""

from __future__ import annotations

import json

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from smartapp import json_values


def _processor():  # the SQLite JSON column's own result processor
    return sa.JSON()._cached_result_processor(sqlite.dialect(), None)


def test_the_same_values_as_the_processor_each_read_its_own_copy():
    json_values._kept.clear()
    processor = _processor()
    decode = json_values.kept_decoding(processor)
    texts = ['{"report": 12}', '{"from": "open", "to": "denied", "n": 1.5, "x": null}',
             '[1, 2]', '{"a": {"b": 1}}', "null", "3", None, '"text"']  # fmt: skip
    for text in texts:
        assert decode(text) == processor(text)
        first, again = decode(text), decode(text)
        assert first == again == processor(text)
        if isinstance(first, dict):
            assert first is not again
            first["changed"] = True
            assert "changed" not in decode(text)
    assert set(text for _, text in json_values._kept) == {
        '{"report": 12}', '{"from": "open", "to": "denied", "n": 1.5, "x": null}'}


def test_long_texts_are_not_kept_and_the_store_is_bounded(monkeypatch):
    json_values._kept.clear()
    decode = json_values.kept_decoding(_processor())
    long = json.dumps({"note": "x" * json_values.MAX_TEXT})
    assert decode(long) == json.loads(long)
    assert not json_values._kept
    monkeypatch.setattr(json_values, "MAX_KEPT", 3)
    for n in range(10):
        assert decode(json.dumps({"report": n})) == {"report": n}
    assert len(json_values._kept) <= 3
