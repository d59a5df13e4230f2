"""One save at a time per annotation file, across windows and programs.

A save reads the file on disk, merges another program's changes into its own
and writes the result; with two programs doing that at the same moment, both
could read the old file and the second write would drop the first one's
labels.  The lock makes read-merge-write one step.  It is held only while
saving.

The lock files live in the per-user data folder,
``<data>/locks/<sha256 of the resolved annotation file path, 16 hex>.lock``, so
the user's folders get no extra files and nothing takes a lock for an
annotation file.  Only when that folder cannot be written is the lock a hidden
``.<annotation file name>.lock`` beside the annotation file.  Programs of other
users or computers (a shared folder) do not see each other's locks in the data
folder; for them the check for a changed file and the merge still apply.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from core.annotations.atomic_write import save_error
from core.annotations.paths import data_dir
from core.errors import SaveError

LOCK_TIMEOUT = 10.0  # seconds; a save takes milliseconds


def lock_path(path: Path) -> Path:
    """The lock file of the annotation file ``path`` (see the module docstring)."""
    path = Path(path)
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
    folder = data_dir() / "locks"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return path.with_name(f".{path.name}.lock")
    return folder / f"{digest}.lock"


@contextmanager
def save_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the save lock of ``path``; SaveError when it cannot be had within ``timeout`` seconds."""
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    where = lock_path(path)
    lock = FileLock(str(where), timeout=timeout)
    try:
        lock.acquire()
    except Timeout as error:
        raise SaveError.from_template(path, "locked", file=str(path), seconds=f"{timeout:g}",
                                      lock=str(where)) from error
    except OSError as error:
        raise save_error(error, path) from error
    try:
        yield
    finally:
        lock.release()
