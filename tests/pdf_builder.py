"""Write real PDF reports in the tests, the way offices print them.

``write_report_pdf`` typesets a plain-text report with reportlab on A4 in
the Adobe Chinese font STSong-Light (every PDF reader has it, so no font file
is needed): the title lines centred and larger, each paragraph's first line
indented two characters, lines broken anywhere as Chinese is, a running header
with the report's name and a ``— 3 —`` page number on every page.
``write_scanned_pdf`` writes pages that are only pictures, as a scanner does
(Pillow).  ``convert_with_libreoffice`` prints a file with LibreOffice.  Each
skips the test with the reason when its tool is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

CJK_FONT = "STSong-Light"
_FRONT_LINES = 3  # title, meeting line, speaker line (where the report has them)


def write_report_pdf(
    text: str,
    path: Path,
    *,
    running_header: str = "威海市2022年政府工作报告",
    page_number: str = "— {page} —",
    larger: tuple[str, ...] = (),
) -> Path:
    """``text`` (one paragraph per non-blank line) typeset as an A4 PDF with a text layer; the lines in
    ``larger`` are set as headings in a larger size, not indented.  ``running_header`` and ``page_number``
    may name ``{page}``."""
    pytest.importorskip("reportlab", reason="reportlab writes the test PDFs (pip install reportlab)")
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    body = ParagraphStyle("body", fontName=CJK_FONT, fontSize=16, leading=28, firstLineIndent=32, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=22, leading=34, alignment=TA_CENTER, firstLineIndent=0)
    front = ParagraphStyle("front", parent=title, fontSize=16, leading=28)
    heading = ParagraphStyle("heading", parent=body, fontSize=20, leading=32, firstLineIndent=0)

    def furniture(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(CJK_FONT, 10)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, running_header.format(page=document.page))
        canvas.setFont(CJK_FONT, 14)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, page_number.format(page=document.page))
        canvas.restoreState()

    lines = [line.strip(" \u3000") for line in text.splitlines() if line.strip(" \u3000")]
    front_lines = next((index for index, line in enumerate(lines[:_FRONT_LINES]) if line.startswith("各位代表")),
                       _FRONT_LINES)
    story: list[Any] = []
    for index, line in enumerate(lines):
        style = heading if line in larger else body if index >= front_lines else title if index == 0 else front
        story.append(Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style))
        if index == front_lines - 1:
            story.append(Spacer(1, 12))
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm,
                                 topMargin=37 * mm, bottomMargin=35 * mm)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages are only pictures of text (no text layer), as a scanner writes it."""
    image = pytest.importorskip("PIL.Image", reason="Pillow draws the scanned pages")
    sheets = []
    for _ in range(pages):
        sheet = image.new("L", (1240, 1754), 255)
        for top in range(200, 1500, 60):  # lines of "print": dark strips
            sheet.paste(0, (150, top, 1090, top + 24))
        sheets.append(sheet)
    sheets[0].save(path, "PDF", resolution=150, save_all=True, append_images=sheets[1:])
    return path


def convert_with_libreoffice(source: Path, folder: Path) -> Path:
    """``source`` printed to PDF by LibreOffice (``soffice --headless --convert-to pdf``), or skip."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    return folder / (source.stem + ".pdf")


def write_pdf_without_unicode_map(path: Path) -> Path:
    """A PDF whose text is drawn in a CID font with no map back to characters (no ToUnicode), as some
    converters write Chinese: the glyphs are there, their characters are not."""
    glyphs = "".join(f"{code:04X}" for code in range(0x4E00 % 0x1000, 0x4E00 % 0x1000 + 20))
    content = f"BT /F1 16 Tf 72 720 Td <{glyphs}> Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 "
        b"/Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>",
    ]
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    path.write_bytes(bytes(data))
    return path
