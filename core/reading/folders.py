"""Which files of a folder are reports: the one answer every command and the window use.

A folder is searched recursively; hidden files and folders (a leading ".") are
skipped, and so are files whose suffix the loader cannot read (annotation
files, backups, exports).  The order is the sorted order of the paths, so a
folder lists the same way every time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from core.reading.loader import SUPPORTED_SUFFIXES


def is_report_file(path: Path) -> bool:
    """Whether the loader reads files named like ``path`` (by suffix; the file is not opened)."""
    return Path(path).suffix.lower() in SUPPORTED_SUFFIXES


def report_files_in(folder: Path | str) -> list[Path]:
    """The report files inside ``folder`` and its sub-folders, sorted."""
    folder = Path(folder)
    return sorted(path for path in visible_files(folder) if is_report_file(path))


def expand_folders(paths: Iterable[Path | str]) -> list[Path]:
    """``paths`` with each folder replaced by its report files (files are kept as named)."""
    expanded: list[Path] = []
    for path in map(Path, paths):
        expanded.extend(report_files_in(path) if path.is_dir() else [path])
    return expanded


def visible_files(folder: Path) -> Iterator[Path]:
    """Every file in ``folder`` and its sub-folders but hidden ones; links to folders are not followed."""
    try:
        children = list(folder.iterdir())
    except OSError:
        return  # a folder that cannot be listed holds nothing we can open
    for child in children:
        if child.name.startswith("."):
            continue
        if child.is_dir():
            if not child.is_symlink():  # a link back up would never end
                yield from visible_files(child)
        elif child.is_file():
            yield child


__all__ = ["expand_folders", "is_report_file", "report_files_in", "visible_files"]
