"""A kept row's template rendered with the context ``Template.render`` builds, built cheaper.

Jinja builds every top-level render's context from the template's globals, a ``ChainMap`` of
the template's own and the environment's (~30 here: Flask's ``url_for``, ``request``, ...,
and the app's template globals), read key by key in Python twice a render: once to copy them
under the values given, once more to list their names. That is ~13 of the ~22 µs a one-row
render costs alone, and the pages render such a template on most views: the request page the
audit row its last view added, the worklist a row or two (issue 19, stop 49 (b)). Here the
globals are flattened once per template into a plain dict and the same context is built from
it: the same names with the same values, so the same output.

The flattened copy is the globals as they were at the template's first render here: an app's
template globals are all registered when it is built (``create_app``), before any page.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Template

#: Where a template keeps its globals flattened: on the template object itself, which lives as
#: long as its environment's cache holds it (a test process builds many apps, each its own).
_FLAT_ATTRIBUTE = "_smartapp_flat_globals"


def render(template: Template, **values: Any) -> str:
    """``template.render(**values)``: the same context (its globals, then ``values``)."""
    flat: dict[str, Any] | None = getattr(template, _FLAT_ATTRIBUTE, None)
    if flat is None:
        flat = dict(template.globals)
        setattr(template, _FLAT_ATTRIBUTE, flat)
    environment = template.environment
    context = environment.context_class(environment, {**flat, **values}, template.name,
                                        template.blocks, globals=flat)  # fmt: skip
    try:
        return environment.concat(template.root_render_func(context))  # type: ignore[attr-defined]
    except Exception:
        return environment.handle_exception()
