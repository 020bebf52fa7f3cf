"""Settings for every test under this folder.

Hypothesis: no per-example deadline (the CI machine is shared, so timing says nothing about
correctness), and in CI a derandomized search, so that a CI run fails or passes the same way
every time; locally the search stays random and keeps finding new cases.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("local", deadline=None, print_blob=True)
settings.register_profile("ci", deadline=None, print_blob=True, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "local")
