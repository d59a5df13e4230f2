"""Open a report file as plain text: .txt in any common encoding, Word (.docx),
a web page (.html, .htm) or a PDF with a text layer (.pdf).

Text files are returned exactly as decoded, without normalising line ends or
spaces, so that every offset points into what the user sees; for the other
types the text is what their reader extracts (``docx_reader``,
``html_reader``, ``pdf_reader``), each loaded only for its own type. Anything
that goes wrong is raised as a LoadError whose message names the file.
"""

from __future__ import annotations

import codecs
import functools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from charset_normalizer import from_bytes

from core.errors import LoadError
from core.reading.formats.file_types import PDF, SUPPORTED_SUFFIXES, WEB_PAGE, WORD
from core.reading.metadata import SourceFacts

MAX_BYTES = 50 * 1024 * 1024

# Control characters that do not occur in text (tab, line ends, form feed
# and the DOS end-of-file mark ^Z do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")
_NOT_BLANK = re.compile(r"[^\s\ufeff\u200b]")
_GB_FAMILY = {"gb2312", "gbk", "cp936", "ms936", "gb18030", "euc_cn", "euccn", "x_gbk"}
_BIG5_FAMILY = {"big5", "big5hkscs", "big5_hkscs", "cp950", "ms950"}
_DETECTOR_SAMPLE = 512 * 1024
_SCORE_SAMPLE = 50_000
_CHINESE_THRESHOLD = 0.85  # share of common characters in a correctly decoded report


@dataclass(frozen=True)
class HeadingHint:
    """A paragraph the source marks as a heading (only .docx files do).

    ``start``/``end`` are code-point offsets into ``SourceText.text``
    (end-exclusive) covering the whole paragraph, rendered number included;
    ``level`` is 1 for a part (一、), 2 for a sub-section (（一）), 3 and up
    for deeper levels.
    """

    start: int
    end: int
    level: int


@dataclass(frozen=True)
class SourceText:
    """The text of a source file and how it was read."""

    path: Path
    text: str
    encoding: str
    headings: tuple[HeadingHint, ...] = ()
    facts: SourceFacts = field(default_factory=SourceFacts)  # a web page's title and date


def _name(path: object) -> str:
    """The file's name as shown to the user."""
    try:
        return Path(path).name or str(path)  # type: ignore[arg-type]
    except TypeError:
        return str(path)


def _error(path: object, reason: str, code: str, **params: str) -> LoadError:
    """The LoadError of ``LOAD_MESSAGES[code]``, naming the file."""
    return LoadError.from_template(path, reason, code, name=f"“{_name(path)}”", **params)


# --------------------------------------------------------------- decoding


@functools.lru_cache(maxsize=65536)
def _is_common_character(char: str) -> bool:
    """Whether a character is everyday Chinese (GB2312 or Big5 level 1) or its punctuation."""
    for encoding, last_lead in (("gb2312", 0xF7), ("big5", 0xC6)):
        try:
            encoded = char.encode(encoding)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and 0xA1 <= encoded[0] <= last_lead:
            return True
    return False


def _chinese_score(text: str) -> float:
    """Share of common characters among the non-ASCII ones (0 when there are none)."""
    sample = [c for c in text[:_SCORE_SAMPLE] if not c.isascii() and not c.isspace()]
    if not sample:
        return 0.0
    return sum(map(_is_common_character, sample)) / len(sample)


def _text_score(text: str) -> float:
    """Share of characters that plain ASCII or Chinese text is made of."""
    sample = text[:_SCORE_SAMPLE]
    if not sample:
        return 0.0
    good = sum(1 for c in sample if (c.isascii() and (c.isprintable() or c in "\t\r\n"))
               or c.isspace() or _is_common_character(c))
    return good / len(sample)


def _is_blank(text: str) -> bool:
    """Nothing but whitespace (U+3000, NBSP, zero-width marks included)."""
    return _NOT_BLANK.search(text) is None


def _looks_binary(text: str) -> bool:
    """Too many control characters for a text file."""
    return "\x00" in text or len(_CONTROL.findall(text)) > len(text) // 100


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few damaged bytes (a cut-off download), damage shown as U+FFFD."""
    text = data.decode("utf-8", "replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return text if damaged * 50 <= non_ascii - damaged else None


def _from_byte_order_mark(data: bytes, path: object) -> tuple[str, str] | None:
    """Decode a file that starts with a byte-order mark; None if it has none."""
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data, "utf-8-sig") or _mostly_utf8(data[len(codecs.BOM_UTF8):])
        if text is not None:
            return text, "utf-8-sig"
        label = "UTF-8"
    elif data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        for encoding in ("utf-32", "utf-16"):  # FF FE 00 00 may be UTF-16 too
            text = _strict(data, encoding)
            if text is not None:
                return text, encoding
        label = "UTF-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
        if text is not None:
            return text, "utf-16"
        label = "UTF-16"
    else:
        return None
    raise _error(path, "encoding", "damaged-encoding", encoding=label)


def _utf16_without_mark(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: NUL bytes, yet the text reads well."""
    best: tuple[float, str, str] | None = None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _strict(data, encoding)
        if text is None or _looks_binary(text):
            continue
        score = _text_score(text)
        if score >= 0.9 and (best is None or score > best[0]):
            best = (score, text, encoding)
    return None if best is None else (best[1], best[2])


def _detect(data: bytes) -> str | None:
    """charset_normalizer's best guess for ``data`` (a sample of it), or None."""
    sample = data
    if len(data) > _DETECTOR_SAMPLE:
        cut = data.rfind(b"\n", 0, _DETECTOR_SAMPLE)
        sample = data[: cut if cut > 0 else _DETECTOR_SAMPLE]
    try:
        best = from_bytes(sample).best()
    except Exception:  # noqa: BLE001 - the detector is a heuristic; its failure means "no idea"
        return None
    return None if best is None else str(best.encoding)


def _legacy_encoding(data: bytes, path: object) -> tuple[str, str]:
    """Decode bytes that are not UTF-8: Chinese code pages first, then the detector."""
    for encoding in ("gb18030", "cp950", "big5hkscs"):
        text = _strict(data, encoding)
        if text is not None and not _looks_binary(text) and _chinese_score(text) >= _CHINESE_THRESHOLD:
            return text, encoding
    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8"
    guess = _detect(data)
    if guess is not None:
        key = guess.lower().replace("-", "_")
        encoding = "gb18030" if key in _GB_FAMILY else "cp950" if key in _BIG5_FAMILY else guess
        text = _strict(data, encoding)
        if text is not None and not _looks_binary(text):
            return text, codecs.lookup(encoding).name
    raise _error(path, "binary", "undecodable")


def _decode(data: bytes, path: object) -> tuple[str, str]:
    if not data.strip():
        raise _error(path, "empty", "empty")
    decoded = _from_byte_order_mark(data, path)
    if decoded is None and b"\x00" in data:
        decoded = _utf16_without_mark(data)
        if decoded is None:
            raise _error(path, "binary", "binary")
    if decoded is None:
        text = _strict(data, "utf-8")
        decoded = (text, "utf-8") if text is not None else _legacy_encoding(data, path)
    text, encoding = decoded
    if _is_blank(text):
        raise _error(path, "empty", "empty")
    if _looks_binary(text):
        raise _error(path, "binary", "binary")
    return text, encoding


def decode_text(data: bytes, path: Path | str = "<bytes>") -> tuple[str, str]:
    """Decode the bytes of a text file; return (text, encoding used).

    Tries a byte-order mark, strict UTF-8, the Chinese code pages GB18030 and
    Big5, then charset_normalizer. ``path`` only names the file in errors.
    Raises LoadError ("empty", "binary", "encoding") and nothing else.
    """
    try:
        return _decode(bytes(data), path)
    except LoadError:
        raise
    except Exception as error:  # last resort: never a traceback for a bad file
        raise _error(path, "encoding", "unknown-encoding") from error


# ---------------------------------------------------------------- reading


def _unreadable(path: Path, error: OSError | ValueError) -> LoadError:
    if isinstance(error, (FileNotFoundError, NotADirectoryError)):
        return _error(path, "unreadable", "not-found")
    if isinstance(error, PermissionError):
        return _error(path, "unreadable", "permission")
    if isinstance(error, IsADirectoryError):
        return _error(path, "unreadable", "folder")
    reason = getattr(error, "strerror", None) or str(error)
    return _error(path, "unreadable", "os-error", detail=reason)


def _megabytes(size: int) -> str:
    """A size for people: "63.2 MB", "12.0 KB", "100 bytes"."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{size / 1024:.1f} KB" if size >= 1024 else f"{size} bytes"


def _check_file(path: Path, max_bytes: int) -> None:
    """Raise for a missing, odd, wrongly named or oversized file."""
    try:
        info = os.stat(path)
    except (OSError, ValueError) as error:
        raise _unreadable(path, error) from error
    if stat.S_ISDIR(info.st_mode):
        raise _error(path, "unreadable", "folder")
    if not stat.S_ISREG(info.st_mode):
        raise _error(path, "unreadable", "not-regular")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise _error(path, "extension", "extension-word" if suffix in (".doc", ".wps", ".rtf") else "extension")
    if info.st_size > max_bytes:
        raise _error(path, "too-large", "too-large", size=_megabytes(info.st_size), limit=_megabytes(max_bytes))


def _read_docx(path: Path, data: bytes, max_bytes: int) -> SourceText:
    from core.reading.formats.docx_reader import (  # python-docx: only for .docx
        OLD_OR_ENCRYPTED,
        DocxFormatError,
        read_docx,
    )

    unpacked_limit = max(4 * max_bytes, 64 * 1024 * 1024)  # guards against zip bombs
    try:
        content = read_docx(data, max_unpacked_bytes=unpacked_limit)
    except DocxFormatError as error:
        if error.reason == "too-large":
            raise _error(path, "too-large", "too-large-unpacked", limit=_megabytes(unpacked_limit)) from error
        if str(error) == OLD_OR_ENCRYPTED:
            raise _error(path, "not-docx", "old-word") from error
        raise _error(path, "not-docx", "not-docx") from error
    if _is_blank(content.text):
        raise _error(path, "empty", "empty")
    headings = tuple(HeadingHint(start, end, level) for start, end, level in content.headings)
    return SourceText(path, content.text, "docx", headings)


def _read_html(path: Path, data: bytes) -> SourceText:
    from core.reading.formats.html_reader import HtmlFormatError, decode_page, read_html  # lxml: only for web pages

    decoded = decode_page(data) or decode_text(data, path)
    try:
        content = read_html(*decoded)
    except HtmlFormatError as error:
        raise _error(path, "not-html", "not-html") from error
    if _is_blank(content.text):
        raise _error(path, "empty", "empty-page")
    headings = tuple(HeadingHint(start, end, level) for start, end, level in content.headings)
    return SourceText(path, content.text, content.encoding, headings, SourceFacts(content.title, content.published))


def _read_pdf(path: Path, data: bytes) -> SourceText:
    from core.reading.formats.pdf_reader import PdfFormatError, read_pdf  # pdfminer.six: only for PDF files

    try:
        content = read_pdf(data)
    except PdfFormatError as error:
        reason = "not-pdf" if error.reason == "damaged" else error.reason
        raise _error(path, reason, "pdf-" + error.reason) from error
    headings = tuple(HeadingHint(start, end, level) for start, end, level in content.headings)
    return SourceText(path, content.text, "pdf", headings)


def _read_source(path: Path, max_bytes: int) -> SourceText:
    _check_file(path, max_bytes)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except (OSError, ValueError) as error:
        raise _unreadable(path, error) from error
    if len(data) > max_bytes:  # grew since stat
        raise _error(path, "too-large", "too-large-now", limit=_megabytes(max_bytes))
    suffix = path.suffix.lower()
    if suffix in WORD:
        return _read_docx(path, data, max_bytes)
    if suffix in WEB_PAGE:
        return _read_html(path, data)
    if suffix in PDF:
        return _read_pdf(path, data)
    text, encoding = decode_text(data, path)
    return SourceText(path, text, encoding)


def read_source(path: Path | str, max_bytes: int = MAX_BYTES) -> SourceText:
    """Read a .txt, .docx, .html/.htm or .pdf report; raise LoadError (and nothing else) on failure."""
    try:
        source_path = Path(path)
    except TypeError as error:
        raise _error(path, "unreadable", "not-a-name") from error
    try:
        return _read_source(source_path, max_bytes)
    except LoadError:
        raise
    except Exception as error:  # last resort: never a traceback for a bad file
        raise _error(source_path, "unreadable", "failed", detail=type(error).__name__) from error
