"""The gap check in the app: background retrieval + scoring, the report page, evidence views."""

from . import execute, viewer  # execute registers check.run and loads the scorer at start
from .views import bp
