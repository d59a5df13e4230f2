"""Fixtures of the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.annotations.paths import DATA_DIR_ENV


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep fallback annotation files out of the user's home."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder
