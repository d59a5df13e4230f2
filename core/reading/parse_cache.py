"""What a report file holds, cheaply: place, year, title and size of each report, cached by content.

Listing a folder of a thousand reports must not parse a thousand reports each
time.  ``summarize`` parses a file once and keeps a ``FileSummary`` (one
``ReportSummary`` per report the file holds) in the cache folder, keyed by the
SHA-256 of the file's bytes and its name (the parser reads the year, and the
place, from the name when the text gives none).  Each entry also records the
cache format and a fingerprint of the parser's code, so an entry written by
another version is ignored and written again; so is one that cannot be read
(a torn write, a damaged disk).  Entries are JSON, written to a temporary file
and renamed into place; a cache that cannot be written only costs speed.

The cache folder is ``$GWR_ANNOTATOR_CACHE_DIR`` or
``platformdirs.user_cache_dir("gwr-annotator")``, under ``reports/``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from core.errors import LoadError

CACHE_DIR_ENV = "GWR_ANNOTATOR_CACHE_DIR"
FORMAT_VERSION = 1
INDEX_NAME = "files.json"
MAX_INDEXED_FILES = 50_000
_APP_NAME = "gwr-annotator"


def cache_dir() -> Path:
    """The per-user cache folder ($GWR_ANNOTATOR_CACHE_DIR overrides it)."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(_APP_NAME, appauthor=False))


@dataclass(frozen=True)
class ReportSummary:
    """One report of a file as a list shows it, without its text."""

    id: str
    index: int
    place: str
    year: str
    title: str
    sentences: int

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "index": self.index, "place": self.place, "year": self.year, "title": self.title,
                "sentences": self.sentences}

    @classmethod
    def from_json(cls, data: object) -> ReportSummary:
        """Raises ValueError unless ``data`` is what ``to_json`` wrote."""
        if not isinstance(data, dict):
            raise ValueError("not an object")
        texts = [data.get(name) for name in ("id", "place", "year", "title")]
        numbers = [data.get(name) for name in ("index", "sentences")]
        if not all(isinstance(value, str) for value in texts) or not all(
                isinstance(value, int) and not isinstance(value, bool) and value >= 0 for value in numbers):
            raise ValueError("fields of the wrong type")
        return cls(str(data["id"]), int(data["index"]), str(data["place"]), str(data["year"]),
                   str(data["title"]), int(data["sentences"]))


@dataclass(frozen=True)
class FileSummary:
    """The reports of one file, and whether they came from the cache."""

    path: Path
    key: str
    reports: tuple[ReportSummary, ...]
    from_cache: bool


class ParseCache:
    """Summaries of parsed files in a folder of small JSON files, one per (content, name).

    Beside them, ``files.json`` remembers the key of each file by its path,
    size and modification time, so that a file unchanged since it was last
    listed is not read again to compute its key (as git's index does).  It is
    only a shortcut: a missing or damaged one means reading the files again.
    """

    def __init__(self, folder: Path | str | None = None) -> None:
        self.folder = Path(folder) if folder is not None else cache_dir() / "reports"
        self._index: dict[str, list[object]] | None = None
        self._index_changed = False

    def known_key(self, path: Path, info: os.stat_result) -> str | None:
        """The key last computed for ``path`` when it had this size and modification time."""
        if self._index is None:
            self._index = self._read_index()
        known = self._index.get(os.fsdecode(os.path.abspath(path)))
        if known is None or known[:2] != [info.st_size, info.st_mtime_ns] or not isinstance(known[2], str):
            return None
        return known[2]

    def note_key(self, path: Path, info: os.stat_result, key: str) -> None:
        if self._index is None:
            self._index = self._read_index()
        self._index[os.fsdecode(os.path.abspath(path))] = [info.st_size, info.st_mtime_ns, key]
        self._index_changed = True

    def save_index(self) -> None:
        """Write the file index if it changed (temporary file, then rename); a failure only costs speed."""
        if self._index is None or not self._index_changed:
            return
        entries = dict(list(self._index.items())[-MAX_INDEXED_FILES:])
        if _write_atomically(self.folder / INDEX_NAME, json.dumps(
                {"format": FORMAT_VERSION, "files": entries}, ensure_ascii=False)):
            self._index_changed = False

    def _read_index(self) -> dict[str, list[object]]:
        try:
            data = json.loads((self.folder / INDEX_NAME).read_bytes())
            files = data.get("files") if isinstance(data, dict) and data.get("format") == FORMAT_VERSION else None
            return {name: entry for name, entry in files.items()
                    if isinstance(entry, list) and len(entry) == 3} if isinstance(files, dict) else {}
        except (OSError, ValueError, RecursionError, AttributeError):
            return {}

    def entry_path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> tuple[ReportSummary, ...] | None:
        """The cached summaries, or None when there is no usable entry (missing, damaged, old)."""
        try:
            data = json.loads(self.entry_path(key).read_bytes())
            if (not isinstance(data, dict) or data.get("format") != FORMAT_VERSION
                    or data.get("parser") != parser_fingerprint() or data.get("key") != key
                    or not isinstance(data.get("reports"), list) or not data["reports"]):
                return None
            return tuple(ReportSummary.from_json(item) for item in data["reports"])
        except (OSError, ValueError, RecursionError):  # json.JSONDecodeError and UnicodeDecodeError are ValueErrors
            return None

    def put(self, key: str, reports: tuple[ReportSummary, ...]) -> bool:
        """Store an entry (temporary file, then rename); False when the cache cannot be written."""
        return _write_atomically(self.entry_path(key), json.dumps(
            {"format": FORMAT_VERSION, "parser": parser_fingerprint(), "key": key,
             "reports": [report.to_json() for report in reports]}, ensure_ascii=False))


def _write_atomically(path: Path, content: str) -> bool:
    """Write ``content`` to a temporary file beside ``path`` and rename it into place; False on failure.

    No fsync: a cache entry torn by a crash reads as damaged and is rebuilt.
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(content, encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True


def content_key(path: Path, data: bytes) -> str:
    """The cache key of a file: SHA-256 of its bytes and its name."""
    digest = hashlib.sha256(data)
    digest.update(b"\0" + os.fsencode(Path(path).name))
    return digest.hexdigest()


def look_up(path: Path | str, cache: ParseCache) -> tuple[str, FileSummary | None]:
    """The cache key of ``path`` and its cached summary (None when not cached).  Raises LoadError."""
    from core.reading.loader import MAX_BYTES

    path = Path(path)
    try:
        info = os.stat(path)
        if info.st_size > MAX_BYTES:
            return "", None  # parsing says why it is too large
        key = cache.known_key(path, info) or ""
        if not key:
            with open(path, "rb") as handle:
                key = content_key(path, handle.read(MAX_BYTES + 1))
            cache.note_key(path, info, key)
    except OSError as error:
        raise LoadError(path, "unreadable", f"Could not read {path.name}: {error.strerror or error}.") from error
    cached = cache.get(key)
    return key, FileSummary(path, key, cached, from_cache=True) if cached is not None else None


def summarize(path: Path | str, cache: ParseCache | None = None, key: str = "") -> FileSummary:
    """What ``path`` holds: from the cache when its content was seen before, else parsed (and cached).

    ``key`` is the cache key when ``look_up`` gave it already.  Raises LoadError
    when the file cannot be read as reports.
    """
    from core.reading.document import load_reports

    path = Path(path)
    if cache is not None and not key:
        key, cached = look_up(path, cache)
        if cached is not None:
            return cached
    summaries = tuple(
        ReportSummary(report.id, report.index, report.place, report.metadata.year.value,
                      report.metadata.title.value, len(report.sentences))
        for report in load_reports(path))
    if cache is not None and key:
        cache.put(key, summaries)
    return FileSummary(path, key, summaries, from_cache=False)


@functools.lru_cache(maxsize=1)
def parser_fingerprint() -> str:
    """A digest of the reading code: a change to the parser makes older entries stale."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.rglob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()[:16]


__all__ = ["CACHE_DIR_ENV", "FileSummary", "ParseCache", "ReportSummary", "cache_dir", "content_key",
           "look_up", "parser_fingerprint", "summarize"]
