"""Denials and appeals (issue 7): denial categories from EOB codes, appeal clocks, the denial's
lens on a re-run gap report, the incorrect-CPT lens, and the appeal packet. Pure and Flask-free:
pages call these functions (docs/appeals.md lists the public API and the JSON shapes); the
pages themselves are the ``web`` subpackage, registered by the app factory.
"""

from .clocks import compute_deadlines
from .cpt_findings import CptFinding, CptLens
from .cpt_lens import cpt_lens
from .deadlines import Deadline, DeadlineReport
from .denial import PLAN_TYPES, REVIEWS, STAGES, Denial
from .eob_codes import CATEGORIES, CATEGORY_LABELS, CodeCategory, category_from_codes
from .lens import DenialLens, denial_lens
from .packet import build_packet
