"""Where an annotation file goes and how it is named.

Beside the source file, named ``<source name>.<annotator slug>.annotations.json``
(``weihai-2022.txt.alice.annotations.json``).  The slug keeps CJK characters
and ASCII letters and digits (lower-cased); every other run of characters
becomes one "-".  When the source's folder cannot be written (a read-only
share), and always for the sample reports bundled with the app (whose folder
belongs to the installed program), the file goes to the per-user data folder
instead::

    <data>/annotations/<sha256 of the absolute source path's bytes, 12 hex>/<same name>

``<data>`` is ``$GWR_ANNOTATOR_DATA_DIR`` or ``platformdirs.user_data_dir("gwr-annotator")``.
An existing file wins: beside the source if that folder is writable, then the
data folder, then whichever folder is writable.  If only a read-only file
beside the source exists, it is loaded and later saved to the data folder.
``annotation_path`` returns the path and whether it is the fallback.  Each save
keeps the previous version as ``<file>.bak``.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from datetime import datetime, timezone
from pathlib import Path

import platformdirs

FILE_SUFFIX = ".annotations.json"
BACKUP_SUFFIX = ".bak"
DATA_DIR_ENV = "GWR_ANNOTATOR_DATA_DIR"
APP_NAME = "gwr-annotator"


def annotator_slug(annotator: str) -> str:
    """The annotator's name as used in file names (see the module docstring)."""
    out: list[str] = []
    for char in annotator:
        keep = (char.isascii() and char.isalnum()) or _is_cjk(char)
        piece = char.lower() if keep else "-"
        if piece == "-" and (not out or out[-1] == "-"):
            continue
        out.append(piece)
    return "".join(out).strip("-") or "annotator"


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x3134F or 0x3040 <= code <= 0x30FF or 0xAC00 <= code <= 0xD7AF
        or code == 0x3007
    )


def data_dir() -> Path:
    """The per-user data folder ($GWR_ANNOTATOR_DATA_DIR overrides it)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def folder_is_writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (tried with a probe file)."""
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        return False
    probe = folder / f".gwr-annotator-probe-{secrets.token_hex(4)}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        return False
    try:
        probe.unlink()
    except OSError:
        pass
    return True


def _file_name(source: Path, annotator: str) -> str:
    return f"{source.name}.{annotator_slug(annotator)}{FILE_SUFFIX}"


def absolute_source(source: Path) -> Path:
    """``source`` made absolute without resolving symbolic links."""
    return Path(os.path.abspath(source))


def beside_path(source: Path, annotator: str) -> Path:
    """The default place: beside the source file."""
    source = absolute_source(Path(source))
    return source.with_name(_file_name(source, annotator))


def fallback_path(source: Path, annotator: str) -> Path:
    """The place in the per-user data folder."""
    source = Path(source)
    return data_dir() / "annotations" / fallback_folder_name(source.resolve()) / _file_name(source, annotator)


def fallback_folder_name(resolved_source: Path) -> str:
    """The folder of a source's files in ``<data>/annotations``: a digest of its resolved path's real bytes."""
    return hashlib.sha256(os.fsencode(resolved_source)).hexdigest()[:12]


def annotation_file_name(source: Path, annotator: str) -> str:
    """``<source name>.<annotator slug>.annotations.json``, the same beside the source and in the data folder."""
    return _file_name(Path(source), annotator)


def other_place(annotation_file: Path, source: Path) -> Path:
    """Where the same annotation file would be in the other place: the data folder, or beside ``source``."""
    name = Path(annotation_file).name
    beside = absolute_source(Path(source)).with_name(name)
    if absolute_source(Path(annotation_file)) == beside:
        return fallback_path(source, "annotator").parent / name
    return beside


def backup_path(path: Path) -> Path:
    """Where the previous version is kept on save."""
    return Path(path).with_name(Path(path).name + BACKUP_SUFFIX)


def is_bundled_sample(source: Path) -> bool:
    """Whether ``source`` is one of the sample reports shipped with the app."""
    from resources import resource_path

    samples = resource_path("samples").resolve()
    return Path(source).resolve().parent == samples


def annotation_path(source: Path, annotator: str) -> tuple[Path, bool]:
    """Where the annotations of ``annotator`` on ``source`` live: (path, is_fallback)."""
    beside = beside_path(source, annotator)
    fallback = fallback_path(source, annotator)
    writable = not is_bundled_sample(source) and folder_is_writable(beside.parent)
    if beside.exists() and writable:
        return beside, False
    if fallback.exists():
        return fallback, True
    return (beside, False) if writable else (fallback, True)


def kept_copy_path(path: Path, kind: str) -> Path:
    """Where a version that must not be lost is kept: ``<file>.conflict-<time>.json``, ``<file>.merged-<time>.json``."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return path.with_name(f"{path.name}.{kind}-{stamp}.json")
