"""A sentence over wrapped lines shows as one line of text, and positions still map 1:1."""

from __future__ import annotations

from core.reading.document import parse_text
from gui.reading.report_document import DocumentStyle, build_document

WIKI_COPY = (
    "各位代表：\n\n\n一、2016年工作回顾\n\n\n"
    "——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。对全球经济增长的贡献率超过30%。\n\n"
)


def test_wrap_shows_as_zero_width_inside_one_paragraph(qapp: object) -> None:
    (report,) = parse_text(WIKI_COPY)
    document, document_map = build_document(report, DocumentStyle())
    index = next(i for i, sentence in enumerate(report.sentences) if "74.4" in sentence.text)
    sentence = report.sentences[index]
    start, end = document_map.sentence_range(index)
    shown = document.toPlainText()[start:end]
    assert len(shown) == len(sentence.text)
    assert shown.replace("\u200b", "") == sentence.clean_text  # no space, no line break where the line wrapped
    assert document.findBlock(start).blockNumber() == document.findBlock(end).blockNumber()
    assert document_map.to_report(end) == sentence.end
    assert document_map.sentence_at(start + sentence.text.index("万")) == index
