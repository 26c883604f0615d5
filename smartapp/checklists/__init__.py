"""CareSource documentation checklists as data, and the pure gap engine that evaluates them.

See docs/checklists.md for the file format and the criteria vocabulary.
"""

from .engine import ItemResult, Readiness, evaluate, readiness, readiness_state
from .loader import Catalog, Checklist, Item, load_catalog
