"""Whether files an export, import or summary writes may be written: the one check they all use.

An output is refused (``UnsafeOutputError``), whatever the user allows, when it

- is one of the command's inputs (the same file, also through another name:
  a link or a relative path),
- is an annotation file or one of its companions (its ``.bak``, a conflict
  copy): any name containing ``.annotations.json``,
- exists and is not a regular file (a folder, a device, a pipe, a symbolic
  link).

Any other existing output (a previous export, say) is replaced only when the
caller allows it (``overwrite``: ``--force`` on the command line, a "yes" to
the window's question); otherwise ``OutputExistsError`` names the files.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from core.annotations.paths import FILE_SUFFIX
from core.errors import ExportError


class UnsafeOutputError(ExportError):
    """An output would replace a file it must never replace; ``str(error)`` is a sentence for the user."""


class OutputExistsError(UnsafeOutputError):
    """Outputs exist already and replacing them was not allowed; ``paths`` names them."""

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        names = ", ".join(str(path) for path in paths)
        verb = "exists" if len(paths) == 1 else "exist"
        super().__init__(f"{names} already {verb}; nothing was written.")


def is_annotation_file_name(path: Path | str) -> bool:
    """Whether ``path`` is named like an annotation file or one of its companions (backup, conflict copy)."""
    return FILE_SUFFIX in Path(path).name.lower()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _kind(mode: int) -> str:
    """The code (of ``EXPORT_MESSAGES``) of a file that is not a regular file."""
    if stat.S_ISDIR(mode):
        return "is-folder"
    if stat.S_ISLNK(mode):
        return "is-link"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is-device"
    if stat.S_ISFIFO(mode):
        return "is-pipe"
    if stat.S_ISSOCK(mode):
        return "is-socket"
    return "is-special"


def check_outputs(outputs: Iterable[Path | str], inputs: Iterable[Path | str] = (), *,
                  overwrite: bool = False) -> list[Path]:
    """Refuse outputs that must not be written (see the module docstring); return those that exist.

    Raises UnsafeOutputError for an input, an annotation file or something
    that is not a regular file, and OutputExistsError for existing outputs
    when ``overwrite`` is False.  With ``overwrite`` the existing outputs are
    returned, for the caller to name them.
    """
    input_paths = [Path(path) for path in inputs]
    input_identities = {identity for identity in map(_identity, input_paths) if identity is not None}
    input_names = {os.path.realpath(path) for path in input_paths}
    existing: list[Path] = []
    for output in map(Path, outputs):
        if is_annotation_file_name(output):
            raise UnsafeOutputError.from_template("annotation-file-name", output=str(output))
        identity = _identity(output)
        if os.path.realpath(output) in input_names or (identity is not None and identity in input_identities):
            raise UnsafeOutputError.from_template("is-input", output=str(output))
        try:
            mode = os.lstat(output).st_mode
        except FileNotFoundError:
            continue
        except OSError as error:
            raise UnsafeOutputError.from_template("cannot-check", output=str(output),
                                                  detail=str(error.strerror or error)) from error
        if not stat.S_ISREG(mode):
            raise UnsafeOutputError.from_template(_kind(mode), output=str(output))
        existing.append(output)
    if existing and not overwrite:
        raise OutputExistsError(existing)
    return existing


__all__ = ["OutputExistsError", "UnsafeOutputError", "check_outputs", "is_annotation_file_name"]
