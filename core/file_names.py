"""File names as text, for names that are not valid UTF-8.

On Linux a file name is bytes.  Names unzipped from a Windows archive are
often GBK (``b"\\xcd\\xfe\\xba\\xa3-2022.txt"``), which Python gives as ``str``
with lone surrogates (``os.fsdecode``: ``"\\udccd\\udcfe\\udcba\\udca3-2022.txt"``).
Such a ``str`` opens the file but cannot be encoded as UTF-8, shown by Qt,
written into CSV or a Word document.  The rules:

- the real path (``str`` with surrogates) is kept for every file access;
- JSON written by the program (annotation files, JSONL, doccano) encodes with
  ``json_bytes``: each lone surrogate becomes the JSON escape ``\\udcXX``, which
  ``json.loads`` reads back as the same character, so the path round-trips to
  the same bytes;
- whatever people read (the window, CSV cells, the Word summary, messages)
  uses ``readable``: undecodable bytes shown as U+FFFD (�).
"""

from __future__ import annotations

import os


def readable(value: object) -> str:
    """``str(value)`` with every undecodable byte of a file name shown as U+FFFD."""
    text = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    if isinstance(text, bytes):
        return text.decode("utf-8", "replace")
    try:
        raw = text.encode("utf-8", "surrogateescape")  # a name from os.fsdecode: its real bytes
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "surrogatepass")  # another lone surrogate
    return raw.decode("utf-8", "replace")


def json_bytes(text: str, encoding: str = "utf-8") -> bytes:
    """JSON text as bytes; lone surrogates (only ever inside strings) become ``\\udcXX`` escapes."""
    return text.encode(encoding, errors="backslashreplace")
