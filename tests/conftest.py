"""Shared test fixtures: where the shared corpus and gold labels are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"

# Qt tests run without a screen; set before any test module imports Qt.  The screen is a desktop's
# 1600×1000 (the plain offscreen one is 800×800, smaller than the window's usual size).
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={REPO / 'tests' / 'data' / 'offscreen-screen.json'}")


def corpus_file(name: str) -> Path:
    """A file of ../shared/corpus, or skip the test with the reason."""
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"../shared/corpus/{name} is not available beside the project (tests read the shared corpus)")
    return path


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available beside the project")
    return CORPUS
