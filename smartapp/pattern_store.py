"""The project's regular expressions compiled at install time, not in every process (issue 19).

Python's ``re`` parses and compiles a pattern in Python: a cold ``smartapp score`` spent ~0.15 s
of CPU compiling the project's own patterns (the kept ones, :mod:`smartapp.lazy_re`, and the
note targets the gate lets run), before the folder's workers fork; and each worker compiled
the ones the first bundle had not used, again. What compiling produces is data -- the
pattern's code (a list of integers), its flags and its groups -- which ``_sre.compile`` turns
into the pattern object. The install step (``python -m smartapp.pattern_store``) writes that
data for every pattern the project keeps; :func:`compile` hands the stored data for a pattern
to ``_sre.compile``, which is the last step of ``re.compile`` itself, so the pattern object is
the one ``re.compile`` makes (equal to it: tests/test_pattern_store.py).

The file is named by the interpreter and its regex engine's version (the code is theirs), and
keyed by each pattern's source and flags: a pattern whose source changed since the install
step, or one the file does not hold, is compiled by ``re.compile`` as before; so is every
pattern when no file is there, or one cannot be read.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import contextlib
import marshal
import re
import sys
from array import array
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

#: The array type of the engine's code words (``_sre.CODESIZE`` bytes each).
_CODE = "I" if _sre.CODESIZE == 4 else "H"
#: (source, flags) -> the arguments ``_sre.compile`` takes after the source, the code as bytes.
Stored = dict[tuple[str, int], tuple[Any, ...]]
_store: Stored | None = None


def file_path() -> Path:
    """Where the install step writes the store: under the environment, named by the regex
    engine's version."""
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return Path(sys.prefix) / "share" / "smartapp" / f"patterns-{tag}.marshal"


def _loaded() -> Stored:
    global _store
    if _store is None:
        try:
            with file_path().open("rb") as handle:
                _store = marshal.load(handle)  # noqa: S302 -- our own file, as gate_file's
        except (OSError, EOFError, ValueError, TypeError):
            _store = {}
    return _store


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the stored code when the store holds it."""
    stored = _loaded().get((pattern, int(flags)))
    if stored is not None:
        final, code, groups, groupindex, indexgroup = stored
        try:
            return _sre.compile(
                pattern, final, array(_CODE, code).tolist(), groups, groupindex, indexgroup
            )
        except (TypeError, ValueError, RuntimeError):  # not this engine's code after all
            pass
    return re.compile(pattern, flags)


def parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands ``_sre.compile`` after the source (its own steps)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The code as the engine's words in bytes: marshal reads a list of ints one object at a time
    # (~0.2 s for the project's), bytes at once.
    return (
        int(flags | parsed.state.flags), array(_CODE, code).tobytes(), parsed.state.groups - 1,
        dict(groupindex), tuple(indexgroup),
    )  # fmt: skip


def kept_patterns() -> set[tuple[str, int]]:
    """Every (source, flags) the project keeps: the kept patterns of all its modules, imported
    here, and the note targets' patterns with the gate's scan."""
    import importlib
    import pkgutil

    import smartapp

    from . import lazy_re
    from .notes.prefilter import gate

    for module in pkgutil.walk_packages(smartapp.__path__, "smartapp."):
        if module.name.endswith("__main__"):
            continue  # the command line itself
        # A module that needs what is not installed here holds no pattern this install runs.
        with contextlib.suppress(Exception):
            importlib.import_module(module.name)
    found = {(p.pattern, int(p._flags)) for p in lazy_re.KEPT if isinstance(p.pattern, str)}
    built = gate()
    found |= {(source, int(re.IGNORECASE)) for _, source, _ in built.targets}
    if built.scan is not None:
        found.add((built.scan.pattern, 0))
    return found


def write(path: Path | None = None) -> Path:
    """Compile every kept pattern and write their code (atomically)."""
    path = path or file_path()
    keys = sorted({(source, int(flags)) for source, flags in kept_patterns()})
    store = {key: parts(*key) for key in keys}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.write_bytes(marshal.dumps(store))
    partial.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    """``python -m smartapp.pattern_store [PATH]``: write the store (install step)."""
    args = sys.argv[1:] if argv is None else argv
    path = write(Path(args[0]) if args else None)
    sys.stdout.write(f"compiled patterns: {path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
