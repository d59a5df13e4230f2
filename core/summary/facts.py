"""The brief's first lines: place, year, meeting, date and speaker, and where the report and its labels came from.

What the text says comes first; a national report whose text names no meeting, day or speaker gets them from
the public record (``core.reading.national_sessions``), marked so.
"""

from __future__ import annotations

import re

from core.compare.topics import fold_width
from core.file_names import readable
from core.reading.metadata import NATIONAL_PLACE
from core.reading.model import Report
from core.reading.national_sessions import SOURCE as NATIONAL_RECORD
from core.reading.national_sessions import national_meeting
from core.summary.annotated import Annotated

UNKNOWN = "未注明"
_MEETING = re.compile(r"^日?[\s\u3000]*在(?P<meeting>.{2,60}?(?:会议|大会))上")
# The opening of a report that has no meeting line names the meeting it speaks to: 向第二届全国人民代表大会第一次会议
# 作政府工作报告 (1959), 我們第一届全國人民代表大會第一次會議，在聽了… (1954), 向第四届全国人民代表大会作… (1975); not
# one it looks back to (从第二届全国人民代表大会第一次会议以来, 1964).
_NUMBER = "[一二三四五六七八九十]+"
_OPENING_MEETING = re.compile(rf"(?:向|在|我们)(?P<meeting>第{_NUMBER}届全国人民代表大会(?:第{_NUMBER}次会议)?)"
                              r"(?=上|提出|作|予以|[，,、])")
OPENING = 600  # characters: the salutation and the first paragraphs
_OFFICE = re.compile(r"(?:国务院)?(?:代理)?(?:总理|[省市区县州旗盟]长|代[市区县]长|主席)$")


def meeting_name(report: Report) -> str:
    """``第十四届全国人民代表大会第一次会议`` from the meeting line, else (for a national report) from the public
    record, else from the report's opening (``向第二届全国人民代表大会第一次会议作政府工作报告``), or ``""``."""
    return _meeting(report)[0]


def _meeting(report: Report) -> tuple[str, bool]:
    """The meeting and whether it comes from the record rather than the text."""
    date = report.metadata.meeting_date
    if date.end is not None:
        line_end = report.text.find("\n", date.end)
        match = _MEETING.match(report.text[date.end : line_end if line_end >= 0 else len(report.text)])
        if match:
            return re.sub(r"[\s\u3000]+", "", match["meeting"]), False
    national = report.metadata.place.value == NATIONAL_PLACE
    recorded = national_meeting(report.year) if national and report.year is not None else ""
    if recorded:  # 1978 on: the session by the record (the 1978 text says only 第五届全国人民代表大会)
        return recorded, True
    opening = _OPENING_MEETING.search(fold_width(report.text[:OPENING]))
    return (opening["meeting"], False) if opening else ("", False)


def speaker_with_office(report: Report) -> str:
    """``国务院总理 李强`` where the office stands before the name, else the name, else ``""``."""
    speaker = report.metadata.speaker
    if speaker.value and speaker.source == NATIONAL_RECORD:
        return f"国务院总理 {speaker.value}"
    if not speaker.value or speaker.start is None:
        return speaker.value
    line_start = report.text.rfind("\n", 0, speaker.start) + 1
    before = re.sub(r"[\s\u3000]+", "", report.text[line_start : speaker.start])
    if not before:  # 国务院总理\n　李克强 (2017): the office on the line above the name
        above = report.text[:line_start].rstrip().rsplit("\n", 1)[-1]
        before = re.sub(r"[\s\u3000]+", "", above)
    if len(before) > 20 or _OFFICE.search(before) is None:
        return speaker.value
    return f"{before} {speaker.value}"


RECORD_MARK = "＊"


def facts_line(report: Report) -> str:
    """Place, year, meeting, date and speaker in one line; what the text does not say is 未注明."""
    meta = report.metadata
    place = "全国" if meta.place.value == "中国" else (meta.place.value or UNKNOWN)
    year = f"{report.year}年" if report.year is not None else UNKNOWN
    date = meta.meeting_date.value
    shown_date = f"{int(date[:4])}年{int(date[5:7])}月{int(date[8:10])}日" if len(date) == 10 else UNKNOWN
    meeting, recorded = _meeting(report)
    fields = [("地区", place, False), ("年份", year, False),
              ("会议", meeting or UNKNOWN, recorded),
              ("日期", shown_date, meta.meeting_date.source == NATIONAL_RECORD),
              ("报告人", speaker_with_office(report) or UNKNOWN, meta.speaker.source == NATIONAL_RECORD)]
    known = [f"{name}：{value}{RECORD_MARK if from_record else ''}"
             for name, value, from_record in fields if value != UNKNOWN]
    missing = "、".join(name for name, value, _ in fields if value == UNKNOWN)
    line = "｜".join(known + ([f"{missing}：文中{UNKNOWN}"] if missing else []))
    if any(from_record and value != UNKNOWN for _, value, from_record in fields):
        line += f"（{RECORD_MARK}报告原文未载，据历届全国人民代表大会会议记录补入）"
    return line


def source_line(main: Annotated) -> str:
    """``来源：weihai-2022.txt；标注：alice`` (file names shown readably, ``core.file_names``)."""
    report = main.report
    line = "来源：" + readable(report.source.name) + (f"（第 {report.index + 1} 篇）" if report.index else "")
    if main.annotations is not None:
        line += f"；标注：{main.annotations.annotator}"
    return line


__all__ = ["RECORD_MARK", "UNKNOWN", "facts_line", "meeting_name", "source_line", "speaker_with_office"]
