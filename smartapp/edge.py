"""Input at the edge: every form field and query parameter is normalised before a view reads it.

A NUL byte (or another C0 control character) typed or pasted into a comment is nothing a person
meant to write, and PostgreSQL refuses it in text ("A string literal cannot contain NUL"), which
used to end in a bare 500. The app's request class removes them from ``request.form`` and
``request.args`` once, so no view, store function or query ever sees one. Tab, line feed and
carriage return stay: people write them.
"""

from __future__ import annotations

from typing import Any

from flask import Request
from werkzeug.datastructures import ImmutableMultiDict, MultiDict

from . import lazy_re

#: C0 controls and DEL, except tab, line feed and carriage return.
CONTROLS = lazy_re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """``text`` without control characters (keeps tab and line breaks)."""
    return CONTROLS.sub("", text)


def _cleaned(values: MultiDict[str, str]) -> ImmutableMultiDict[str, str]:
    return ImmutableMultiDict(
        [(clean_text(key), clean_text(value)) for key, value in values.items(multi=True)]
    )


class EdgeRequest(Request):
    """Flask's request with control characters removed from form fields and query parameters."""

    def _load_form_data(self) -> None:
        super()._load_form_data()
        self.form = _cleaned(self.form)  # type: ignore[misc]  # set once, before any view reads it

    @property
    def args(self) -> ImmutableMultiDict[str, str]:  # type: ignore[override]
        cached: Any = self.__dict__.get("_edge_args")
        if cached is None:
            cached = self.__dict__["_edge_args"] = _cleaned(super().args)
        return cached
