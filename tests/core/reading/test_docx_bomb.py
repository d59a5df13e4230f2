"""A .docx whose zip understates how big a part unpacks is stopped at the real bytes, with a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import LoadError
from core.reading.loader import read_source
from tests.docx_bomb import PLAIN_TEXT, write_docx_bomb

LIMIT = 64 * 1024 * 1024  # what read_source allows to unpack for a small max_bytes


def test_lying_zip_is_too_large_by_its_real_size(tmp_path: Path) -> None:
    bomb = write_docx_bomb(tmp_path / "bomb.docx", LIMIT + 16 * 1024 * 1024)
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(LoadError) as caught:
        read_source(bomb, max_bytes=1024 * 1024)
    assert caught.value.reason == "too-large"
    assert "bomb.docx" in str(caught.value) and "unpack to more than 64.0 MB" in str(caught.value)


def test_lying_zip_within_the_limit_reads_the_real_text(tmp_path: Path) -> None:
    source = read_source(write_docx_bomb(tmp_path / "padded.docx", 2 * 1024 * 1024), max_bytes=1024 * 1024)
    assert source.text.splitlines() == [line for line in PLAIN_TEXT.splitlines() if line]
