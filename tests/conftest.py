"""Shared fixtures: small factories for workspaces and the skip-or-fail rule."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from storecheck.cli import init_workspace
from storecheck.config import Workspace

TESTS = Path(__file__).parent
DATA = TESTS / "data"
# Real benchmark data lives beside the repository in development and CI; a
# user's clone has none, and the tests that read it skip.
SHARED_DATA = Path(os.environ.get("STORECHECK_SHARED_DATA", TESTS.parents[1] / "shared" / "data"))


def require(condition: bool, reason: str) -> None:
    """Skip when a program the test needs is missing; fail instead in CI
    (STORECHECK_REQUIRE_ALL=1), where everything must be installed."""
    if condition:
        return
    if os.environ.get("STORECHECK_REQUIRE_ALL") == "1":
        pytest.fail(f"required in CI but missing: {reason}")
    pytest.skip(reason)


def require_chromium() -> str:
    path = shutil.which("chromium") or "/usr/bin/chromium"
    require(Path(path).exists(), "Debian's chromium is not installed (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        require(False, "playwright for Python is not installed")
    return path


def shared_data(*parts: str) -> Path:
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared benchmark data not present at {path}")
    return path


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return init_workspace(tmp_path / "ws", shop_name="Test Shop", currency="EUR")
