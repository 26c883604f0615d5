"""Short flat JSON values decoded once a worker (smartapp/json_values.py, issue 19): the value
SQLAlchemy's processor gives, a fresh copy on every read, and nothing else kept."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa
from databases import BACKENDS, fresh_database
from sqlalchemy.dialects import sqlite

from smartapp import json_values
from smartapp.db import make_engine


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


def test_psycopgs_loads_gives_json_loads_values_each_read_its_own_copy():
    # psycopg hands its loader the column's bytes.
    json_values._kept.clear()
    texts = ['{"report": 12}', '{"a": {"b": 1}}', "[1, 2]", '"text"', "null",
             json.dumps({"note": "x" * json_values.MAX_TEXT})]  # fmt: skip
    for text in texts:
        for data in (text.encode(), text):
            first, again = json_values.kept_loads(data), json_values.kept_loads(data)
            assert first == again == json.loads(text)
            if isinstance(first, dict):
                assert first is not again
                first["changed"] = True
                assert "changed" not in json_values.kept_loads(data)
    assert {value for _, value in json_values._kept} == {b'{"report": 12}', '{"report": 12}'}


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_engine_reads_json_columns_through_kept_loads_on_postgresql(backend, tmp_path):
    with fresh_database(backend, tmp_path) as url:
        engine = make_engine(url)
        try:
            table = sa.Table("t", sa.MetaData(), sa.Column("v", sa.JSON))
            table.metadata.create_all(engine)
            with engine.begin() as connection:
                connection.execute(table.insert(), [{"v": {"report": 7}}, {"v": [1, {"a": 2}]}])
            json_values._kept.clear()
            with engine.connect() as connection:
                rows = [r.v for r in connection.execute(sa.select(table.c.v))]
                again = [r.v for r in connection.execute(sa.select(table.c.v))]
            assert rows == again == [{"report": 7}, [1, {"a": 2}]]
            assert rows[0] is not again[0]
            if backend == "postgresql":  # psycopg decoded it, through kept_loads
                assert any(key[0] is json.loads for key in json_values._kept)
        finally:
            engine.dispose()
