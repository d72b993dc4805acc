"""Shared test configuration: Hypothesis profiles.

Pick one with ``HYPOTHESIS_PROFILE=dev|ci|thorough``; without it, ``CI=true``
(set by GitHub Actions and most CI services) selects ``ci``, else ``dev``.
``pytest --hypothesis-profile=NAME`` overrides both.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50)
# Random, not derandomized: CI keeps finding new cases, and print_blob lets
# anyone replay a failure with @reproduce_failure from the log.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)


def _default_profile() -> str:
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
        return "ci"
    return "dev"


settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or _default_profile())
