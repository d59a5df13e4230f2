"""Fixtures of the annotation-file tests: a small report file of four sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.report_builder import FOUR_SENTENCES


@pytest.fixture
def source(tmp_path: Path) -> Path:
    """The four sentences as a report file in its own folder."""
    path = tmp_path / "reports" / "weihai-2022.txt"
    path.parent.mkdir()
    path.write_text("\n".join(FOUR_SENTENCES), encoding="utf-8")
    return path
