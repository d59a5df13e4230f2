"""Noise lines, footnote markers and metadata on small hand-made reports."""

from __future__ import annotations

import pytest

from core.reading.document import parse_text
from core.reading.national_sessions import SOURCE as NATIONAL_RECORD
from core.reading.noise import line_noise_kind


def test_web_lines_adverts_and_separators_are_noise() -> None:
    assert line_noise_kind("2020年03月10日 13:18   来源:威海市政府网站") == "web"
    assert line_noise_kind("点击查阅更多2020年地方政府工作报告") == "web"
    assert line_noise_kind("(责任编辑:石兰兰)") == "web"
    assert line_noise_kind("字号:") == "web"
    assert line_noise_kind("精彩图片") == "web"
    assert line_noise_kind("|") == "separator"
    assert line_noise_kind("目录") == "contents"
    assert line_noise_kind("体制人的免费资料库 –请点击:www.mishugongzuo.com材料交流群,请加微信tizhisiri") == "advert"
    assert line_noise_kind("全市生产总值预计增长4%左右。") is None
    assert line_noise_kind("资金来源:财政拨款和社会投资,共计5亿元。") is None


REPORT = """2021年某某市政府工作报告
|
各位代表:
现在,我代表市人民政府向大会报告工作,请予审议。
一、2020年工作回顾
(一)经济平稳增长。生产总值增长5%[1],财政收入增长3%。【2】
二、2021年工作安排
全年生产总值增长6%左右。
"""


def test_footnote_markers_are_noise_and_never_end_or_start_a_sentence() -> None:
    (report,) = parse_text(REPORT)
    kinds = [(report.text[span.start : span.end], span.kind) for span in report.noise]
    assert ("[1]", "footnote") in kinds and ("【2】", "footnote") in kinds and ("|", "separator") in kinds
    texts = [sentence.text for sentence in report.sentences]
    assert "生产总值增长5%[1],财政收入增长3%。" in texts
    assert "【2】" not in " ".join(texts)
    assert all(report.text[s.start : s.end] == s.text for s in report.sentences)


def test_metadata_from_title_and_headings() -> None:
    (report,) = parse_text(REPORT)
    meta = report.metadata
    assert (meta.place.value, meta.place.source) == ("某某市", "title")
    assert (meta.year.value, meta.review_year.value) == ("2021", "2020")
    assert meta.review_year.source == "part heading"
    assert meta.speaker.value == "" and meta.meeting_date.value == ""


def test_national_speaker_line_with_full_width_spaces() -> None:
    text = (
        "政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n"
        "国务院总理　李　强\n各位代表：\n一、2022年工作回顾\n过去一年很不平凡。\n"
    )
    (report,) = parse_text(text)
    meta = report.metadata
    assert meta.place.value == "中国" and meta.speaker.value == "李强"
    assert meta.meeting_date.value == "2023-03-05" and meta.year.value == "2023"
    assert report.text[meta.speaker.start : meta.speaker.end] == "李　强"


NATIONAL_BODY = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n一、2022年工作回顾\n过去一年很不平凡。\n"
MEETING_2023 = "2023年3月5日在第十四届全国人民代表大会第一次会议上"


@pytest.mark.parametrize(
    "front",
    [
        f"政府工作报告\n——{MEETING_2023} 国务院总理 李强\n",  # speaker on the meeting line
        f"政府工作报告\n（{MEETING_2023}）\n国务院总理 李强\n",  # the meeting line in brackets
        f"政府工作报告（{MEETING_2023} 国务院总理 李强）\n",  # all of it in the title's brackets
        "政府工作报告\n国务院总理 李强\n2023年3月5日\n",  # speaker, then the date alone
    ],
    ids=["speaker-on-meeting-line", "bracketed-meeting-line", "inside-title", "date-line"],
)
def test_national_speaker_and_date_in_every_usual_layout(front: str) -> None:
    (report,) = parse_text(front + NATIONAL_BODY)
    meta = report.metadata
    assert (meta.place.value, meta.speaker.value, meta.meeting_date.value) == ("中国", "李强", "2023-03-05")
    assert report.text[meta.speaker.start : meta.speaker.end] == "李强"


def test_city_speaker_and_date_on_one_line() -> None:
    text = ("咸阳市政府工作报告\n——2023年1月10日在咸阳市第十八届人民代表大会第三次会议上　咸阳市人民政府市长　卫　华\n"
            "各位代表：\n一、2022年工作回顾\n过去一年很不平凡。\n")
    (report,) = parse_text(text)
    meta = report.metadata
    assert (meta.place.value, meta.speaker.value, meta.meeting_date.value) == ("咸阳市", "卫华", "2023-01-10")


def test_a_meeting_line_followed_by_words_that_are_no_speaker_gives_no_speaker() -> None:
    (report,) = parse_text(f"政府工作报告\n——{MEETING_2023}（摘要）\n" + NATIONAL_BODY)
    # No name is read from the text; the national record's Premier fills in, marked as such.
    speaker = report.metadata.speaker
    assert speaker.start is None and speaker.source == NATIONAL_RECORD
    assert report.metadata.meeting_date.value == "2023-03-05"


def test_injected_advert_inside_a_sentence_is_marked() -> None:
    (report,) = parse_text("各位代表:\n一、2020年工作回顾\n经济增长5%,请加微信abc12345,财政收入增长3%。\n")
    noise = [report.text[span.start : span.end] for span in report.noise]
    assert "请加微信abc12345" in noise


def test_parts_after_the_review_of_a_report_without_a_plan_part_are_its_plan() -> None:
    # 1990s national reports review the year in part 一 and name the year's work by subject in the parts after it
    from core.reading.model import KIND_PLAN, KIND_REVIEW, KIND_SELF

    text = ("1997年政府工作报告\n"
            "一、1996年国内工作的回顾\n去年国内生产总值增长9.7%。\n"
            "二、保持国民经济发展的良好势头\n今年经济增长速度预期为8%。\n"
            "（一）切实加强农业\n粮食产量要稳定增长。\n"
            "三、加强政府自身建设\n要转变政府职能。\n")
    (report,) = parse_text(text)
    parts = [(section.title, section.kind, section.kind_by_position) for section in report.sections
             if section.parent is None]
    assert parts == [("一、1996年国内工作的回顾", KIND_REVIEW, False),
                     ("二、保持国民经济发展的良好势头", KIND_PLAN, True),
                     ("三、加强政府自身建设", KIND_SELF, False)]
    grain = next(sentence for sentence in report.sentences if "粮食" in sentence.text)
    assert report.section_kind(grain) == KIND_PLAN
    assert report.stated_kind(grain) != KIND_PLAN  # no heading says so: the suggestions do not rely on it
    # a report whose plan part is named keeps its other parts as they are
    (named,) = parse_text(text.replace("二、保持国民经济发展的良好势头", "二、1997年的主要任务"))
    assert not any(section.kind_by_position for section in named.sections)


def test_a_meeting_line_in_traditional_characters_gives_the_date() -> None:
    # 1957: 1957年6月26日在第一届全国人民代表大会第四次会議上
    (report,) = parse_text("政府工作报告\n1957年6月26日在第一届全国人民代表大会第四次会議上\n"
                           "各位代表：\n一、1956年的工作\n过去一年很不平凡。\n")
    assert report.metadata.meeting_date.value == "1957-06-26"
