"""The gap check in the app: background retrieval + scoring, the report page, evidence views."""

from . import viewer
from .views import bp
