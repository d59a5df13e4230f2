"""A .docx whose zip lies about how big ``word/document.xml`` unpacks (a zip bomb), for tests and benchmarks."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

from tests.docx_builder import write_report_docx

DOCUMENT = "word/document.xml"
PLAIN_TEXT = "政府工作报告\n一、工作回顾\n过去一年，全市生产总值增长4%。"


def _deflated_padding(xml: bytes, real_bytes: int) -> bytes:
    """Raw deflate of ``xml`` followed by white space up to ``real_bytes``, compressed in steps."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    parts = [deflater.compress(xml)]
    block = b" " * (1 << 20)
    left = real_bytes - len(xml)
    while left > 0:
        parts.append(deflater.compress(block[:left]))
        left -= len(block)
    parts.append(deflater.flush())
    return b"".join(parts)


def write_docx_bomb(path: Path, real_bytes: int, declared_bytes: int = 1000) -> Path:
    """A real report .docx whose document.xml unpacks to ``real_bytes`` but is declared as ``declared_bytes``."""
    plain = write_report_docx(PLAIN_TEXT, path.with_suffix(".plain.docx"))
    with zipfile.ZipFile(plain) as archive:
        members = [(info, archive.read(info)) for info in archive.infolist()]
    plain.unlink()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, content in members:
            if info.filename != DOCUMENT:
                archive.writestr(info.filename, content)
    body = bytearray(out.getvalue())
    # Append the bomb by hand: local header, data, then a central directory naming every member.
    with zipfile.ZipFile(io.BytesIO(bytes(body))) as archive:
        infos = archive.infolist()
    end = body.rfind(b"PK\x05\x06")
    directory_start = struct.unpack_from("<I", body, end + 16)[0]
    directory = bytes(body[directory_start:end])
    data = bytes(body[:directory_start])
    document_xml = next(content for info, content in members if info.filename == DOCUMENT)
    compressed = _deflated_padding(document_xml, real_bytes)
    name = DOCUMENT.encode()
    crc = zlib.crc32(document_xml[:declared_bytes])
    offset = len(data)
    local = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(compressed), declared_bytes,
                        len(name), 0) + name
    central = struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(compressed),
                          declared_bytes, len(name), 0, 0, 0, 0, 0, offset) + name
    data += local + compressed
    directory += central
    count = len(infos) + 1
    tail = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(data), 0)
    path.write_bytes(data + directory + tail)
    return path
