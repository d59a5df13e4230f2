"""Web pages saved from a government site open as the report they hold, without the page around it."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import LoadError
from core.reading.document import load_reports
from core.reading.loader import read_source
from core.reading.model import Report
from tests.conftest import corpus_file
from tests.html_builder import write_report_page

# Text of the page around the report that must not become sentences.
PAGE_FURNITURE = ("打印本页", "关闭窗口", "来源", "当前位置", "您现在的位置", "分享到", "ICP", "网站标识码", "字号",
                  "浏览次数", "相关链接", "政务公开", "版权所有", "window", "hm.baidu")


@pytest.fixture(scope="module")
def original() -> str:
    return corpus_file("weihai-2022.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def expected() -> Report:
    (report,) = load_reports(corpus_file("weihai-2022.txt"))
    return report


def _metadata(report: Report) -> dict[str, str]:
    return {name: report.metadata.get(name).value for name in ("title", "place", "year", "speaker", "meeting_date")}


def _assert_same_report(report: Report, expected: Report) -> None:
    assert [sentence.text for sentence in report.sentences] == [sentence.text for sentence in expected.sentences]
    assert [(section.level, section.title) for section in report.sections] == [
        (section.level, section.title) for section in expected.sections
    ]
    assert _metadata(report) == _metadata(expected)
    for sentence in report.sentences:
        assert report.text[sentence.start : sentence.end] == sentence.text
        assert not any(word in sentence.text for word in PAGE_FURNITURE), sentence.text


@pytest.mark.parametrize(
    ("charset", "options", "encoding"),
    [
        ("gb2312", {}, "gb18030"),  # GB2312 named in the meta tag, GBK bytes: read as its superset
        ("utf-8", {"breaks": True}, "utf-8"),  # lines cut by <br /> in one block
        ("gbk", {"layout": "table"}, "gb18030"),  # an older site laid out in tables
    ],
    ids=["paragraphs-gb2312", "breaks-utf8", "tables-gbk"],
)
def test_government_page_gives_the_same_report_as_the_text(
    tmp_path: Path, original: str, expected: Report, charset: str, options: dict[str, object], encoding: str
) -> None:
    path = write_report_page(original, tmp_path / "report.html", charset=charset, **options)
    (report,) = load_reports(path)
    assert report.encoding == encoding
    _assert_same_report(report, expected)


def test_htm_page_without_a_charset_is_detected(tmp_path: Path, original: str, expected: Report) -> None:
    page = write_report_page(original, tmp_path / "page.html").read_text(encoding="gbk")
    page = page.replace('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />', "")
    path = tmp_path / "report.htm"
    path.write_bytes(page.encode("gbk"))
    (report,) = load_reports(path)
    _assert_same_report(report, expected)


def test_page_title_and_date_fill_what_the_text_leaves_open(tmp_path: Path) -> None:
    text = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n全市经济运行稳中向好。"
    path = write_report_page(text, tmp_path / "report.html", heading="政府工作报告",
                             article_title="威海市2022年政府工作报告", published="2022-03-01")
    source = read_source(path)
    assert (source.facts.title, source.facts.published) == ("威海市2022年政府工作报告", "2022-03-01")
    (report,) = load_reports(path)
    assert report.text.startswith("各位代表：")  # the page title is no part of the text
    meta = report.metadata
    assert (meta.title.value, meta.title.source) == ("威海市2022年政府工作报告", "page title")
    assert (meta.place.value, meta.place.source) == ("威海市", "page title")
    assert (meta.year.value, meta.year.source) == ("2022", "page title")


def test_publication_date_gives_the_year_when_nothing_else_does(tmp_path: Path) -> None:
    text = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议。\n全市经济运行稳中向好。"
    path = write_report_page(text, tmp_path / "report.html", heading="政府工作报告",
                             article_title="政府工作报告", published="2023-01-16", layout="table")
    (report,) = load_reports(path)
    assert (report.metadata.year.value, report.metadata.year.source) == ("2023", "publication date")
    assert [sentence.text for sentence in report.sentences] == [
        "各位代表：", "现在，我代表市人民政府向大会报告工作，请予审议。", "全市经济运行稳中向好。"
    ]


def test_text_in_the_page_wins_over_the_page_title(tmp_path: Path, original: str) -> None:
    path = write_report_page(original, tmp_path / "report.html", article_title="2021年青岛市政府工作报告")
    (report,) = load_reports(path)
    assert report.metadata.place.value == "威海市" and report.metadata.year.value == "2022"


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (b"<html><head><script>location.href='/a.html'</script></head><body></body></html>", "empty"),
        (b"<html><body><div id='app'></div><script src='app.js'></script></body></html>", "empty"),
        (b"", "empty"),
    ],
)
def test_page_without_text_is_a_clear_error(tmp_path: Path, page: bytes, reason: str) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(page)
    with pytest.raises(LoadError) as caught:
        load_reports(path)
    assert caught.value.reason == reason
    assert "report.html" in str(caught.value)


def test_line_breaks_and_tables_inside_the_report(tmp_path: Path) -> None:
    page = """<html><head><meta charset="utf-8"><title>政府工作报告</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/zwgk">政务公开</a></div>
<div id="zoom">
<p>&nbsp;&nbsp;一、2021年工作回顾<br/>&nbsp;&nbsp;2021年全市经济运行稳中向好，<br/>主要指标好于预期。</p>
<p>今年经济社会发展的主要预期目标是：</p>
<table border="1"><tr><th>指标</th><th>目标</th></tr><tr><td>地区生产总值增长</td><td>6%左右</td></tr></table>
<p>各位代表，让我们在市委坚强领导下，奋勇争先，全力完成全年各项目标任务。</p>
</div></body></html>"""
    path = tmp_path / "report.htm"
    path.write_text(page, encoding="utf-8")
    (report,) = load_reports(path)
    # A <br> after a heading starts a paragraph; a <br> after a comma only wraps the sentence.
    assert [section.title for section in report.sections] == ["一、2021年工作回顾"]
    assert [sentence.clean_text for sentence in report.sentences] == [
        "2021年全市经济运行稳中向好，主要指标好于预期。",
        "今年经济社会发展的主要预期目标是：",
        "指标\u3000目标",
        "地区生产总值增长\u30006%左右",  # a table row is one sentence, as in a Word report
        "各位代表，让我们在市委坚强领导下，奋勇争先，全力完成全年各项目标任务。",
    ]


def test_page_saved_again_as_utf8_with_its_old_charset_tag(tmp_path: Path, original: str, expected: Report) -> None:
    page = write_report_page(original, tmp_path / "page.html").read_text(encoding="gbk")
    assert "charset=gb2312" in page
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")  # as some tools re-save a page, keeping its meta tag
    (report,) = load_reports(path)
    assert report.encoding == "utf-8"
    _assert_same_report(report, expected)


def test_heading_elements_are_headings(tmp_path: Path) -> None:
    page = """<html><head><meta charset="utf-8"></head><body><div class="article">
<p>各位代表：现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。</p>
<h2>奋力开创精致城市建设新局面</h2>
<p>过去一年，全市经济运行稳中向好，主要指标好于预期，高质量发展取得新成效。</p>
<h3>深化改革开放</h3>
<p>实施重点改革任务，营商环境持续优化，对外开放迈上新台阶。</p>
</div></body></html>"""
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    (report,) = load_reports(path)
    assert [(section.level, section.title) for section in report.sections] == [
        (1, "奋力开创精致城市建设新局面"), (2, "深化改革开放")
    ]


def test_report_split_around_a_picture_is_read_whole(tmp_path: Path, original: str, expected: Report) -> None:
    lines = [line.strip(" \u3000") for line in original.splitlines() if line.strip(" \u3000")]
    half = len(lines) // 2

    def paragraphs(part: list[str]) -> str:
        return "".join(f"<p>{line}</p>" for line in part)

    page = (f'<html><head><meta charset="utf-8"></head><body><div class="nav"><a href="/">首页</a></div>'
            f'<div class="content"><div class="part">{paragraphs(lines[:half])}</div>'
            f'<div class="picture"><img src="meeting.jpg" /><p>图为会议现场</p></div>'
            f'<div class="part">{paragraphs(lines[half:])}</div>'
            f'<div class="share">分享到：<a href="#">微信</a></div></div></body></html>')
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    (report,) = load_reports(path)
    _assert_same_report(report, expected)  # the caption beside the picture is no part of the report
