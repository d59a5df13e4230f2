"""Write a file so that a crash leaves either the old or the new version.

The data goes to a temporary file in the same folder, is flushed and
fsynced, then renamed over the target with ``os.replace`` and the folder is
fsynced.  Any failure raises SaveError and leaves the target untouched.
"""

from __future__ import annotations

import errno
import glob
import hashlib
import os
import re
import secrets
import socket
import stat
import time
from pathlib import Path

from core.errors import OS_REASONS, SaveError

TEMP_SUFFIX = ".tmp"
# This computer, short: a process number only means something on the computer that wrote it.
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]
_WRITER = re.compile(r"\.([0-9a-f]{6})-([0-9]+)-[0-9a-f]{8}" + re.escape(TEMP_SUFFIX) + "$")


def temp_name(path: Path) -> str:
    """A fresh hidden temporary name next to ``path``: ``.<name>.<computer>-<process>-<random>.tmp``."""
    return f".{path.name}.{_HOST}-{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` atomically; raise SaveError on any OS error."""
    path = Path(path)
    folder = path.parent
    temp: Path | None = None
    try:
        temp, descriptor = _create_temp(path)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, temp)
        os.replace(temp, path)
        temp = None
    except OSError as error:
        raise save_error(error, path) from error
    finally:
        if temp is not None:
            try:
                temp.unlink()
            except OSError:
                pass
    fsync_directory(folder)


def remove_stale_temps(path: Path, older_than: float = 3600.0) -> None:
    """Delete temporary files of ``path`` left by saves that were killed (best effort).

    A temporary file written on this computer names its writer's process: it is
    removed as soon as that process is gone and never while it runs.  Those of
    another computer (a shared folder), of older versions, or on Windows are
    removed when older than ``older_than`` seconds.
    """
    path = Path(path)
    limit = time.time() - older_than
    try:
        candidates = list(path.parent.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}"))
    except OSError:
        return
    for temp in candidates:
        alive = _writer_alive(temp.name)
        try:
            if alive is False or (alive is None and temp.stat().st_mtime < limit):
                temp.unlink()
        except OSError:
            pass


def _writer_alive(temp: str) -> bool | None:
    """Whether the process that writes the temporary file ``temp`` runs; None when that cannot be told."""
    match = _WRITER.search(temp)
    if match is None or match.group(1) != _HOST or os.name == "nt":  # os.kill would end a process on Windows
        return None
    pid = int(match.group(2))
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    except (OSError, OverflowError):
        return None
    return True


def _create_temp(path: Path) -> tuple[Path, int]:
    """Create a new temporary file beside ``path`` (mode 0666 minus the umask)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = path.with_name(temp_name(path))
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not find a free temporary file name", str(path.parent))


def _copy_mode(path: Path, temp: Path) -> None:
    """Give the new file the permissions of the file it replaces (best effort)."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return
    try:
        os.chmod(temp, mode)
    except OSError:
        pass


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable; a no-op where folders cannot be opened (Windows)."""
    if os.name == "nt":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems do not support fsync on folders; the rename is done
    finally:
        os.close(descriptor)


def save_error(error: OSError, path: Path) -> SaveError:
    """The SaveError of an OS error while saving ``path``."""
    return SaveError.from_template(path, "os-error", file=str(path), detail=os_error_reason(error))


def os_error_reason(error: OSError) -> str:
    """Why an OS call failed, in words for the user (one of ``OS_REASONS``, or the system's words)."""
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return OS_REASONS["disk-full"]
    if code in (errno.EACCES, errno.EPERM):
        return OS_REASONS["no-permission"]
    if code == errno.EROFS:
        return OS_REASONS["read-only-disk"]
    if code == errno.ENOENT:
        return OS_REASONS["folder-gone"]
    return error.strerror or str(error)
