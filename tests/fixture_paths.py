"""Where the shared fixtures live: ../shared/fixtures beside the project root (CI has it).

They are read from there, never copied into the repository (their licences vary).
"""

from pathlib import Path

SHARED_FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures"
