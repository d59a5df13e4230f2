"""Fixtures of the core tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.annotations import annotation_set as annotations_module


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep fallback annotation files out of the user's home."""
    folder = tmp_path / "user-data"
    monkeypatch.setenv(annotations_module.DATA_DIR_ENV, str(folder))
    return folder
