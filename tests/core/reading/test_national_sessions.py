"""National reports that do not name their speaker and day get them from the public record, marked so."""

from __future__ import annotations

from core.reading.document import load_reports, parse_text
from core.reading.national_sessions import SOURCE, national_meeting, national_meeting_date, national_speaker
from core.summary.brief import facts_line
from tests.conftest import corpus_file


def test_the_record_knows_the_premier_the_day_and_the_session() -> None:
    assert (national_speaker(2019), national_meeting_date(2019)) == ("李克强", "2019-03-05")
    assert (national_speaker(2013), national_speaker(2024)) == ("温家宝", "李强")
    assert national_meeting_date(2020) == "2020-05-22"
    assert national_meeting(2023) == "第十四届全国人民代表大会第一次会议"
    assert national_meeting(1981) == "第五届全国人民代表大会第四次会议"
    # Where the record is not plain, nothing is made up.
    assert national_speaker(1955) == national_speaker(1980) == national_meeting_date(1990) == ""


def test_a_national_text_without_speaker_line_gets_the_record_marked_as_such() -> None:
    report = load_reports(corpus_file("national/2019.txt"))[0]
    assert (report.metadata.speaker.value, report.metadata.speaker.source) == ("李克强", SOURCE)
    line = facts_line(report)
    assert "报告人：国务院总理 李克强＊" in line and "日期：2019年3月5日＊" in line
    assert "第十三届全国人民代表大会第二次会议＊" in line and "报告原文未载" in line


def test_what_the_text_says_wins_over_the_record_and_cities_get_nothing_from_it() -> None:
    text = ("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n国务院总理 李克强\n"
            "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n")
    national = parse_text(text, "2017.txt")[0]
    assert national.metadata.speaker.source != SOURCE and "＊" not in facts_line(national)
    city_text = "2019年某市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n"
    city = parse_text(city_text, "city-2019.txt")[0]
    assert city.metadata.speaker.value == "" and "报告人" in facts_line(city) and "文中未注明" in facts_line(city)


def test_a_report_to_the_national_congress_that_names_no_place_is_national() -> None:
    body = ("各位代表：\n一年来，国务院认真执行全国人民代表大会的决议，完成了各项任务。\n"
            "国务院各部门要加强协作。\n")
    assert parse_text(body, "report.txt")[0].metadata.place.value == "中国"
    # A city report that quotes the national congress once is still no national report.
    city = ("各位代表：\n认真贯彻全国人民代表大会精神，国务院批复了我市方案。\n"
            "市委、市政府高度重视，国务院有关部门支持。\n在市委领导下，市政府完成了任务。\n")
    assert parse_text(city, "report.txt")[0].metadata.place.value != "中国"


def test_a_report_in_the_countrys_voice_that_names_no_congress_is_national() -> None:
    """1985 names neither the congress nor a place: its brief said 地区：文中未注明 and the scorecard 1985 1985."""
    body = "各位代表：\n" + "我国经济发展很快，我国人民生活改善。\n" * 10 + "国务院决定，国务院各部门要执行。\n"
    assert parse_text(body, "report.txt")[0].metadata.place.value == "中国"
    city = body + "市政府要抓好落实。\n"
    assert parse_text(city, "report.txt")[0].metadata.place.value != "中国"


def test_every_national_report_of_the_corpus_is_national() -> None:
    missing = [path.name for path in sorted(corpus_file("national").glob("*.txt"))
               if load_reports(path)[0].metadata.place.value != "中国"]
    assert missing == []  # 1985 too, which names neither the congress nor a place
