"""Rows written from their template's shape (smartapp.reports.shapes, issue 19): the same text the
template renders, for any values (escaping included) and on each branch of its conditions, and
the template itself when it does more to a value than escape it."""

from __future__ import annotations

import datetime as dt

import pytest
from jinja2 import DictLoader, Environment
from markupsafe import Markup, escape

from smartapp import create_app
from smartapp.reports import fragments
from smartapp.reports.audit_words import AuditRow
from smartapp.reports.shapes import RowShape

ODD = ['<b>"x" & \'y\'</b>', "", "\u2067rtl\u2069", "\x00", "\x001\x00", "{{ x }}", "a\nb"]


def _rows():
    for n, text in enumerate(ODD):
        for request_id in (None, 0, 7, 1234567):
            yield AuditRow(at_iso=f"2026-10-0{n + 1}T08:00:00+00:00", at_text=text, who=text,
                           action=f"view {text}", request_id=request_id, href=f"/r/{text}",
                           patient=text, details=Markup("<em>kept</em>") if n % 2 else text)


def test_audit_rows_are_written_as_the_template_renders_them():
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "DATABASE_URL": "sqlite://"})
    template = app.jinja_env.get_template("reports/_event_rows.html")
    shape = RowShape(AuditRow.__dataclass_fields__, fragments._event_row,
                     fragments._other_branch, AuditRow)  # fmt: skip
    for row in _rows():
        expected = template.render(rows=[row], end="")
        assert shape.write(template, row) == expected
    # Two shapes kept: with a request (its link) and without; a falsy id is its own branch key.
    assert {branch for _, branch in shape._shapes} == {(), (("request_id", None),),
                                                       (("request_id", 0),)}  # fmt: skip
    assert all(found[1] is not None for found in shape._shapes.values())


@pytest.mark.parametrize("body", ["{{ row.a|upper }}|{{ row.b }}",
                                  "{{ row.a }}{% if row.b == 'x' %}!{% endif %}"])
def test_a_template_that_does_more_than_escape_is_rendered_by_itself(body):
    env = Environment(loader=DictLoader({"row.html": body}), autoescape=True)
    template = env.get_template("row.html")

    class Row:
        def __init__(self, a, b):
            self.a, self.b = a, b

    shape = RowShape(("a", "b"), lambda t, row: t.render(row=row), lambda row: (), Row)
    for a, b in (("<a>", "x"), ("b&", "y"), ("c", "x")):
        assert shape.write(template, Row(a, b)) == template.render(row=Row(a, b))
    assert [found[1] for found in shape._shapes.values()] == [None]


def test_braces_in_the_markup_are_written_as_they_are():
    env = Environment(loader=DictLoader({"row.html": "{ {{ row.a }} }{}{0}"}), autoescape=True)

    class Row:
        def __init__(self, a):
            self.a = a

    shape = RowShape(("a",), lambda t, row: t.render(row=row), lambda row: (), Row)
    for a in ("{}", "<{0}>", "x"):
        assert shape.write(env.get_template("row.html"), Row(a)) == f"{{ {escape(a)} }}{{}}{{0}}"
    assert [found[1] is not None for found in shape._shapes.values()] == [True]


def test_a_reloaded_template_is_shaped_again():
    env = Environment(loader=DictLoader({"row.html": "<i>{{ row.a }}</i>"}), autoescape=True)

    class Row:
        def __init__(self, a):
            self.a = a

    shape = RowShape(("a",), lambda t, row: t.render(row=row), lambda row: (), Row)
    assert shape.write(env.get_template("row.html"), Row("<")) == "<i>&lt;</i>"
    env.loader.mapping["row.html"] = "<u>{{ row.a }}</u>"  # type: ignore[union-attr]
    env.cache.clear()  # type: ignore[union-attr]
    reloaded = env.get_template("row.html")
    assert shape.write(reloaded, Row(dt.date(2026, 1, 2))) == "<u>2026-01-02</u>"
