"""Import spaCy and medspaCy without the parts of them this process never runs (issue 19).

Importing the NLP stack is the largest part of a cold ``smartapp score``. Some of that import is
for code the pipeline (:mod:`smartapp.notes.pipeline`: a blank English tokenizer, the sentencizer,
medspaCy's target matcher and ConText) never calls:

- QuickUMLS and NLTK: ``medspacy.util`` imports them for the ``medspacy_quickumls`` component;
- PyRuSH (with loguru, asyncio and PyFastNER): ``medspacy.sentence_splitting`` imports it for
  the ``medspacy_pyrush`` sentence splitter (pysbd, there for ``medspacy_pysbd``, is not stood
  in for: every ``spacy.blank`` loads it anyway, as a ``spacy_factories`` entry point);
- spaCy's command line (typer, requests, Jinja, its ``download`` and ``init`` commands):
  ``spacy/__init__.py`` imports ``spacy.cli.info`` for the ``spacy.info`` function;
- langcodes' language tables: ``spacy.util`` imports them to match a language tag it does not
  know, and ``spacy.blank("en")`` names a language it knows.

While spaCy and medspaCy import, an empty module stands in for each of these (no installed file
is touched) and is taken out again afterwards, so a later import anywhere loads the real package.
What an importer kept of a stand-in forwards to the real thing at its first use: the module
(``import langcodes``) imports the real one when an attribute is read, a name (``from PyRuSH
import PyRuSHSentencizer``) is a function that imports the real one when called. The factories
the real packages register (``medspacy_quickumls``, ``medspacy_pyrush``) stay unregistered until
they are imported. (The standard library's :class:`importlib.util.LazyLoader` does not serve:
in Python 3.11 an ``import`` statement reads the lazy module's ``__spec__``, which loads it.)
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable
from typing import Any

#: module -> the name its importer reads at once (None: it binds the module, reads it later).
STAND_INS: dict[str, str | None] = {
    "quickumls": None,
    "quickumls.spacy_component": None,
    "PyRuSH": "PyRuSHSentencizer",
    "spacy.cli": None,
    "spacy.cli.info": "info",
    "langcodes": None,
}


class _StandIn(types.ModuleType):
    """An empty module whose attributes, once it is out of ``sys.modules``, are the real
    module's (imported at the first read)."""

    def __getattr__(self, attribute: str) -> Any:
        if sys.modules.get(self.__name__) is self:  # still standing in: nothing to forward to
            raise AttributeError(attribute)
        return getattr(importlib.import_module(self.__name__), attribute)


def _forward(module: str, name: str) -> Callable[..., Any]:
    """A function that imports ``module``'s real ``name`` when called, and calls it."""

    def forward(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    forward.__name__ = forward.__qualname__ = name
    forward.__doc__ = f"{module}.{name}, imported at its first call."
    return forward


def import_medspacy() -> None:
    """Import spaCy and medspaCy (registering the ``medspacy_*`` factories the pipeline adds)
    with the stand-ins above; a module already imported is left as it is."""
    if "medspacy" in sys.modules:
        return
    stand_ins: dict[str, types.ModuleType] = {}
    for module, attribute in STAND_INS.items():
        if module in sys.modules:
            continue
        stand_in = stand_ins[module] = _StandIn(module)
        if attribute is not None:
            setattr(stand_in, attribute, _forward(module, attribute))
        parent, _, child = module.rpartition(".")
        if parent in stand_ins:  # ``from quickumls import spacy_component`` reads the parent
            setattr(stand_ins[parent], child, stand_in)
        sys.modules[module] = stand_in
    try:
        import medspacy  # noqa: F401
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]
