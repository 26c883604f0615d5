"""The NLP stack imports without what the pipeline never runs, and leaves it importable for real
(smartapp.notes.nlp_import; issue 19). Each case runs in a fresh interpreter: what a process has
imported is the point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from smartapp.notes.nlp_import import STAND_INS

ROOT = Path(__file__).resolve().parents[2]


def run(probe: str) -> str:
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_building_the_pipeline_imports_none_of_the_stood_in_modules():
    probe = (
        "import sys\nfrom smartapp.notes.pipeline import pipeline\npipeline()\n"
        f"print(sorted(m for m in {sorted(STAND_INS)!r} if m in sys.modules))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'loguru', 'PyFastNER', 'nltk'}))\n"
    )
    assert run(probe).splitlines() == ["[]", "[]"]


def test_what_the_importers_kept_reaches_the_real_modules():
    """spaCy's ``langcodes`` and ``spacy.info``, medspaCy's PyRuSH sentencizer: each works, and
    a later import anywhere is the real package."""
    probe = (
        "from smartapp.notes.pipeline import pipeline\npipeline()\n"
        "import spacy.util, medspacy.sentence_splitting as s\n"
        "print(spacy.util.find_matching_language('eng'))\n"  # langcodes, through spacy.util
        "import langcodes\nprint(langcodes.Language.get('en-US').language)\n"
        "from spacy.cli.info import info\nprint(info.__module__)\n"
        "from PyRuSH import PyRuSHSentencizer\nprint(PyRuSHSentencizer.__module__)\n"
        "import quickumls.spacy_component as c\nprint(hasattr(c, 'SpacyQuickUMLS'))\n"
        "print(s.PyRuSHSentencizer.__name__, callable(spacy.info))\n"
    )
    assert run(probe).splitlines() == [
        "en",
        "en",
        "spacy.cli.info",
        "PyRuSH.PyRuSHSentencizer",
        "True",
        "PyRuSHSentencizer True",
    ]


def test_the_pipeline_is_built_without_collections_and_then_frozen():
    """The pipeline's objects are out of every later collection; collection is on again."""
    probe = (
        "import gc\nfrom smartapp.notes.pipeline import pipeline\n"
        "before = gc.get_stats()[2]['collections']\npipeline()\n"
        "print(gc.get_stats()[2]['collections'] - before, gc.isenabled(),"
        " gc.get_freeze_count() > 50_000)\n"
    )
    assert run(probe).split() == ["0", "True", "True"]
