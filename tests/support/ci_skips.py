"""A pytest plugin: under CI a skipped test that needs set-up CI provides fails the run."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

NEEDS_SETUP = ("e2e", "pulseaudio", "bundle", "validators")
"""Markers of tests that need something CI installs or builds (see pyproject's marker list)."""


def running_in_ci() -> bool:
    """True under CI (``CI=1`` or ``CI=true``, as CI services set it)."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[pytest.TestReport]:
    """Under CI, a test that needs Xvfb, PulseAudio, the bundle or the validators and was skipped
    fails instead (an error when skipped in set-up): CI installs those, so a skip there means the
    set-up broke, not that the test does not apply."""
    report: pytest.TestReport = yield
    needs = [mark for mark in NEEDS_SETUP if item.get_closest_marker(mark)]
    if report.skipped and needs and running_in_ci() and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
        reason = str(reason).removeprefix("Skipped: ")
        report.outcome = "failed"
        report.longrepr = (
            f"skipped under CI, but CI provides what it needs ({', '.join(needs)}): {reason}"
        )
    return report
