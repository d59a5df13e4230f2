"""Lines that only wrap a sentence are joined; the wiki licence footer is noise."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.reading.document import load_reports, parse_text
from core.reading.model import PARA_TITLE
from core.reading.paragraphs import paragraph_spans
from core.reading.wraps import clean_positions, clean_text, hide_breaks
from tests.conftest import CORPUS, corpus_file

NATIONAL = sorted(CORPUS.glob("national/*.txt")) if CORPUS.is_dir() else []
# A sentence end, or a clause end (：；) that introduces a list.
SENTENCE_END = re.compile(r"[。！？!?：:；;](?:\s*[”’」』）)】》])*$")
# After a sentence that ends without 。！？: a blank line (a line of only U+200B is no blank line) or the end.
PARAGRAPH_END = re.compile(r"[ \t\r\u3000\u00a0\u200b]*(?:\n[ \t\r\u3000\u00a0\u200b]*)*?\n[ \t\r\u3000\u00a0]*\n|\s*$")

WIKI_COPY = (
    "政府工作报\n告\n\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n\n国务院总理\n\u3000李克强\n\n\n"
    "各位代表：\n\n\n一、2016年工作回顾\n\n\n"
    "过去一年，全面完成主要目标任务，“\n十三五\n”实现了良好开局。\n\n"
    "——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。\n"
    "（三）推进\n供给侧结构性改革\n\n（四）深化改革。\n这是一个段落。\n\n"
    "本作品是中华人民共和国的\n法律\n、\n法规\n，属于\n公有领域\n。\n\n\nPublic domain\nPublic domain\nfalse\nfalse\n"
)


def _paragraphs(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraph_spans(text)]


def test_blank_line_file_joins_wrapped_lines_and_keeps_headings() -> None:
    paragraphs = _paragraphs(WIKI_COPY)
    assert "政府工作报\n告" in paragraphs
    assert "一、2016年工作回顾" in paragraphs
    assert "过去一年，全面完成主要目标任务，“\n十三五\n”实现了良好开局。" in paragraphs
    assert any(paragraph.endswith("74.4\n\u200b\n万亿元，增长6.7%。") for paragraph in paragraphs)
    # A heading after a single line break opens a paragraph, and a heading line ends one.
    assert "（三）推进\n供给侧结构性改革" in paragraphs
    assert "（四）深化改革。" in paragraphs and "这是一个段落。" in paragraphs


def test_single_line_file_keeps_its_paragraphs_and_joins_only_clear_wraps() -> None:
    wrapped = (
        "统商贸企业线上线下融合发展,网络零售额增长10%以上。实施城乡商业体系建设工程,打造县级物流配送中心"
        "\n2个、乡镇商贸中心23个。"
    )
    text = (
        "一、2022年工作回顾\n过去一年，经济运行稳中向好。\n(一)强化项目支撑\n" + wrapped + "\n"
        "回顾2022年工作\n我们锚定目标团结奋进\n今年是开局之年，\n要加油干。\n"
    )
    assert _paragraphs(text) == [
        "一、2022年工作回顾",
        "过去一年，经济运行稳中向好。",
        "(一)强化项目支撑",
        wrapped,
        "回顾2022年工作",
        "我们锚定目标团结奋进",
        "今年是开局之年，\n要加油干。",
    ]


def test_sentence_spans_a_wrap_and_reads_clean() -> None:
    (report,) = parse_text(WIKI_COPY)
    texts = [sentence.text for sentence in report.sentences]
    assert "国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%。" in texts
    sentence = next(sentence for sentence in report.sentences if "74.4" in sentence.text)
    assert report.text[sentence.start : sentence.end] == sentence.text
    assert sentence.clean_text == "国内生产总值达到74.4万亿元，增长6.7%。"
    assert "过去一年，全面完成主要目标任务，“十三五”实现了良好开局。" in [s.clean_text for s in report.sentences]
    assert report.metadata.title.value == "政府工作报告"
    assert report.metadata.speaker.value == "李克强"
    titles = [section.title for section in report.sections]
    assert "一、2016年工作回顾" in titles and "（三）推进供给侧结构性改革" in titles and "（四）深化改革" in titles


def test_wiki_licence_footer_is_noise() -> None:
    (report,) = parse_text(WIKI_COPY)
    assert not any(word in s.text for s in report.sentences for word in ("公有领域", "Public domain", "false"))
    assert [span.kind for span in report.noise].count("licence") >= 2


def test_clean_text_and_hidden_breaks() -> None:
    assert clean_text("达到74.4\n\u200b\n万亿元") == "达到74.4万亿元"
    assert clean_text("Public\ndomain") == "Public domain"
    clean, positions = clean_positions("达到74.4\n\u200b\n万亿元")
    assert clean == "达到74.4万亿元" and positions[clean.index("万")] == 9
    shown = hide_breaks("74.4\n\u200b\n万亿元")
    assert len(shown) == len("74.4\n\u200b\n万亿元") and "\n" not in shown


@pytest.mark.parametrize("path", NATIONAL or [Path("(no corpus)")], ids=lambda path: path.name)
def test_no_national_sentence_is_a_fragment_of_a_wrapped_line(path: Path) -> None:
    """A sentence that does not end with 。！？：； (closing marks may follow) ends a paragraph before a blank line."""
    if not NATIONAL:
        pytest.skip("../shared/corpus is not available beside the project")
    (report,) = load_reports(path)
    titles = [(p.start, p.end) for p in report.paragraphs if p.role == PARA_TITLE]
    fragments = [
        sentence.text
        for sentence in report.sentences
        if not SENTENCE_END.search(sentence.text)
        and not PARAGRAPH_END.match(report.text, sentence.end)
        and not any(start <= sentence.start and sentence.end <= end for start, end in titles)
    ]
    assert fragments == []
    for sentence in report.sentences:
        assert not any(word in sentence.text for word in ("公有领域", "维基文库", "Public domain")), sentence.text
        assert sentence.text not in ("false", "'")


def test_2017_report_reads_whole_sentences() -> None:
    (report,) = load_reports(corpus_file("national/2017.txt"))
    clean = [sentence.clean_text for sentence in report.sentences]
    assert "国内生产总值达到74.4万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。" in clean
    assert "告" not in clean and "十三五" not in clean
    assert report.metadata.title.value == "政府工作报告"
    parts = [section.title for section in report.sections if section.level == 1]
    assert parts[0] == "一、2016年工作回顾"


def test_a_broken_number_is_joined_in_any_file() -> None:
    text = "一、工作回顾\n国内生产总值达到74.4\n万亿元，增长6.7%。\n二、工作安排\n"
    assert _paragraphs(text) == ["一、工作回顾", "国内生产总值达到74.4\n万亿元，增长6.7%。", "二、工作安排"]
