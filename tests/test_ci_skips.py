"""Under CI a skipped test that needs Xvfb, PulseAudio, the bundle or the validators fails."""

from __future__ import annotations

import pytest

TESTS = """
import pytest

@pytest.mark.e2e
def test_needs_xvfb():
    pytest.skip("Xvfb is not installed")

@pytest.mark.bundle
@pytest.mark.skipif(True, reason="no bundle built")
def test_needs_bundle():
    pass

def test_plain_skip():
    pytest.skip("does not apply here")

@pytest.mark.e2e
def test_passes():
    pass
"""


@pytest.mark.parametrize("ci", ["1", "true"])
def test_under_ci_a_skip_that_needs_setup_fails(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str
) -> None:
    monkeypatch.setenv("CI", ci)
    pytester.makepyfile(TESTS)
    result = pytester.runpytest(
        "-p", "tests.support.ci_skips", "-W", "ignore::pytest.PytestUnknownMarkWarning"
    )
    result.assert_outcomes(passed=1, failed=1, errors=1, skipped=1)  # skipif: in set-up
    result.stdout.fnmatch_lines(["*skipped under CI*(e2e): Xvfb is not installed*"])
    result.stdout.fnmatch_lines(["*skipped under CI*(bundle): no bundle built*"])


@pytest.mark.parametrize("ci", [None, "false"])
def test_elsewhere_such_a_test_is_skipped(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, ci: str | None
) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    pytester.makepyfile(TESTS)
    result = pytester.runpytest(
        "-p", "tests.support.ci_skips", "-W", "ignore::pytest.PytestUnknownMarkWarning"
    )
    result.assert_outcomes(passed=1, skipped=3)
