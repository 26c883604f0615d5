"""A kept row's template rendered with a cheaper-built context (smartapp.row_render): the same
output as ``Template.render``, globals and includes too, and its errors raised the same way."""

import pytest
from jinja2 import DictLoader, Environment, StrictUndefined, UndefinedError

from smartapp import row_render

TEMPLATES = {
    "row.html": "<td>{{ shout(row) }}</td>{% include 'cell.html' %}{{ end }}",
    "cell.html": "<td>{{ row }} {{ suffix }}</td>",
    "broken.html": "{{ missing.name }}",
}


def environment() -> Environment:
    env = Environment(loader=DictLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined)
    env.globals.update(shout=str.upper, suffix="&")
    return env


def test_the_same_output_as_render_with_globals_includes_and_escaping():
    template = environment().get_template("row.html")
    for row in ("a<b", "c", "d&e"):
        assert row_render.render(template, row=row, end="!") == template.render(row=row, end="!")
    assert row_render.render(template, row="x", end="") == "<td>X</td><td>x &amp;</td>"


def test_a_value_given_hides_a_global_of_the_same_name():
    template = environment().get_template("row.html")
    assert row_render.render(template, row="x", end="", suffix="s") == template.render(
        row="x", end="", suffix="s")  # fmt: skip


def test_a_failing_render_raises_as_render_does():
    template = environment().get_template("broken.html")
    with pytest.raises(UndefinedError):
        template.render()
    with pytest.raises(UndefinedError):
        row_render.render(template)
