"""Folders given to the export and summary commands yield every report type the reader opens."""

from __future__ import annotations

from pathlib import Path

from core.annotations.sources import expand_sources


def test_folder_yields_web_pages_and_pdfs_beside_text_and_word(tmp_path: Path) -> None:
    names = ("a.txt", "b.docx", "c.html", "d.HTM", "e.pdf", "logo.png", "style.css", "notes.md")
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    reports, annotation_files = expand_sources([tmp_path])
    assert sorted(path.name for path in reports) == ["a.txt", "b.docx", "c.html", "d.HTM", "e.pdf"]
    assert annotation_files == []
