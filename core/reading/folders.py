"""Which files of a folder are reports: the one answer every command and the window use.

A folder is searched recursively; hidden files and folders (a leading ".") are
skipped, and so are files whose suffix the loader cannot read (annotation
files, backups, exports) and the Word briefs written from the reports.  The order is the sorted order of the paths, so a
folder lists the same way every time.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from core.reading.formats.file_types import BRIEF_SUFFIX, SUPPORTED_SUFFIXES


def is_report_file(path: Path | str) -> bool:
    """Whether the loader reads files named like ``path`` (by suffix; the file is not opened)."""
    return os.path.splitext(path)[1].lower() in SUPPORTED_SUFFIXES


def report_files_in(folder: Path | str) -> list[Path]:
    """The report files inside ``folder`` and its sub-folders, sorted (briefs written from them left out)."""
    return [Path(name) for name in sorted(_visible_names(os.fspath(folder)))
            if is_report_file(name) and not name.endswith(BRIEF_SUFFIX)]


def expand_folders(paths: Iterable[Path | str]) -> list[Path]:
    """``paths`` with each folder replaced by its report files (files are kept as named)."""
    expanded: list[Path] = []
    for path in map(Path, paths):
        expanded.extend(report_files_in(path) if path.is_dir() else [path])
    return expanded


def visible_files(folder: Path | str) -> Iterator[Path]:
    """Every file in ``folder`` and its sub-folders but hidden ones; links to folders are not followed."""
    return map(Path, _visible_names(os.fspath(folder)))


def _visible_names(folder: str) -> Iterator[str]:
    try:
        with os.scandir(folder) as scan:
            children = list(scan)
    except OSError:
        return  # a folder that cannot be listed holds nothing we can open
    for child in children:
        if child.name.startswith("."):
            continue
        try:
            if child.is_dir(follow_symlinks=False):  # a link back up would never end
                yield from _visible_names(child.path)
            elif child.is_file():
                yield child.path
        except OSError:
            continue


__all__ = ["expand_folders", "is_report_file", "report_files_in", "visible_files"]
