"""How a statement built once is compiled for :mod:`smartapp.direct`: once per dialect (the
engine's own, so PostgreSQL's bind casts and the drivers' paramstyles are its), with a form per
list length for an expanding ``IN``, and how each form builds the driver's parameters from the
caller's values with SQLAlchemy's own bind processors. Split from :mod:`smartapp.direct`, which
sends the statements; this module only compiles them.
"""

from __future__ import annotations

import weakref
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy.engine import Dialect

_REQUIRED = object()
#: Compiled forms by dialect (one per engine: tests make many apps), then by statement.
_PLANS: weakref.WeakKeyDictionary[Dialect, dict[Any, Any]] = weakref.WeakKeyDictionary()


class Form:
    """One compiled form: the SQL and how to build its parameters from the caller's values."""

    __slots__ = ("positional", "results", "spec", "sql")

    def __init__(self, sql: str, spec: list[tuple[str, str, Any, Any, Any]], positional: bool):
        self.sql, self.spec, self.positional = sql, spec, positional
        #: (column index, processor) for the columns that have one; None until first read
        self.results: list[tuple[int, Callable[[Any], Any]]] | None = None

    def bind(self, values: Mapping[str, Any]) -> Any:
        out = [] if self.positional else {}
        for name, key, item, default, processor in self.spec:
            if key in values:
                value = values[key] if item is None else values[key][item]
            elif default is _REQUIRED:
                raise KeyError(f"a value is required for bind parameter {key!r}")
            else:
                value = default
            if processor is not None:
                value = processor(value)
            if self.positional:
                out.append(value)  # type: ignore[union-attr]
            else:
                out[name] = value  # type: ignore[index]
        return out


class Plan:
    """A statement compiled for one dialect; expanding IN lists get a form per length."""

    __slots__ = ("compiled", "expanding", "form", "forms", "named", "statement")

    def __init__(self, statement: Any, dialect: Dialect, column_keys: Sequence[str] | None):
        self.statement = statement  # kept: the plans are keyed by its id
        compiled = statement.compile(dialect=dialect, column_keys=column_keys,
                                     for_executemany=column_keys is not None)  # fmt: skip
        if getattr(compiled, "insert_prefetch", None) or compiled.literal_execute_params:
            # Python-side defaults, or values rendered into the SQL: not for this module.
            raise ValueError("direct statements bind every value and take no defaults")
        self.compiled = compiled
        self.named = namedtuple("PlainRow", [column[0] for column in compiled._result_columns])  # type: ignore[misc]
        self.expanding = tuple(sorted({bp.key for bp in compiled.post_compile_params}))
        self.forms: dict[tuple[int, ...], Form] = {}
        self.form = None if self.expanding else self._form(compiled.string, compiled.positiontup)

    def _form(self, sql: str, order: Sequence[str] | None,
              expansion: Mapping[str, Sequence[str]] | None = None,
              processors: Mapping[str, Any] | None = None) -> Form:  # fmt: skip
        compiled = self.compiled
        source = {}  # compiled bind name -> (caller's key, list item or None, default)
        for bp, name in compiled.bind_names.items():
            default = _REQUIRED if bp.required else bp.effective_value
            source[compiled.escaped_bind_names.get(name, name)] = (bp.key, None, default)
            for n, expanded in enumerate((expansion or {}).get(name, ())):
                source[expanded] = (bp.key, n, _REQUIRED)
        every = {**compiled._bind_processors, **(processors or {})}
        names = (
            order
            if order is not None
            else [name for name in source if name not in (expansion or {})]
        )
        spec = [(name, *source[name][:2], source[name][2], every.get(name)) for name in names]
        return Form(sql, spec, order is not None)

    def form_for(self, values: Mapping[str, Any]) -> Form:
        if self.form is not None:
            return self.form
        lengths = tuple(len(values[key]) for key in self.expanding)
        form = self.forms.get(lengths)
        if form is None:
            dummy = dict(zip(self.expanding, (list(range(n)) for n in lengths), strict=True))
            params = self.compiled.construct_params(dummy, _check=False)
            expanded = self.compiled._process_parameters_for_postcompile(params)
            form = self.forms[lengths] = self._form(
                expanded.statement, expanded.positiontup, expanded.parameter_expansion,
                expanded.processors)  # fmt: skip
        return form


def plan_for(dialect: Dialect, statement: Any, column_keys: Sequence[str] | None = None) -> Plan:
    plans = _PLANS.get(dialect)
    if plans is None:
        plans = _PLANS[dialect] = {}
    key = (id(statement), column_keys)
    plan = plans.get(key)
    if plan is None or plan.statement is not statement:
        plan = plans[key] = Plan(statement, dialect, column_keys)
    return plan  # type: ignore[no-any-return]


__all__ = ["Form", "Plan", "plan_for"]
