"""Who gave the national report of a year, on what day, at which session.

The national reports in circulation (wiki and news copies) mostly begin at
``各位代表：`` and name neither the Premier nor the day.  These facts are
public record, so a national report whose text does not say them gets them
from this table, marked with the source ``SOURCE`` so that a reader (and the
brief) can tell them from what the text itself says.  Only facts of which the
record is plain are listed: speakers from 1978 on (not 1980, when the Premier
changed during the session), opening days from 1998 on, session names from
1978 on.  Before that the reports were given by different people (the 1955
report is Vice-Premier Li Fuchun's five-year plan), so nothing is filled in.
"""

from __future__ import annotations

from core.reading.model import Metadata, MetaField

SOURCE = "national sessions table"

# First year of each Premier's reports (to the year before the next entry).
_SPEAKERS: tuple[tuple[int, str], ...] = (
    (1978, "华国锋"), (1980, ""), (1981, "赵紫阳"), (1988, "李鹏"), (1999, "朱镕基"),
    (2004, "温家宝"), (2014, "李克强"), (2024, "李强"),
)
_LAST_YEAR = 2026
# The session opens on 5 March, where the report is given, except in these years.
_OPENING_DAYS = {2020: "2020-05-22"}
_FIRST_DATED_YEAR = 1998
_NUMERALS = "一二三四五六七八九十"


def national_speaker(year: int) -> str:
    """The Premier who gave the year's national report, or ``""`` where the record is not plain."""
    if not _SPEAKERS[0][0] <= year <= _LAST_YEAR:
        return ""
    return [name for first, name in _SPEAKERS if first <= year][-1]


def national_meeting_date(year: int) -> str:
    """The ISO day the year's national report was given, from 1998 on, else ``""``."""
    if not _FIRST_DATED_YEAR <= year <= _LAST_YEAR:
        return ""
    return _OPENING_DAYS.get(year, f"{year}-03-05")


def national_meeting(year: int) -> str:
    """``第十四届全国人民代表大会第一次会议`` for 2023; ``""`` before 1978."""
    if not 1978 <= year <= _LAST_YEAR:
        return ""
    congress, session = (5, year - 1977) if year < 1983 else (6 + (year - 1983) // 5, (year - 1983) % 5 + 1)
    return f"第{_chinese_number(congress)}届全国人民代表大会第{_chinese_number(session)}次会议"


def _chinese_number(number: int) -> str:
    tens, units = divmod(number, 10)
    return (f"{_NUMERALS[tens - 1] if tens > 1 else ''}十" if tens else "") + (_NUMERALS[units - 1] if units else "")


def fill_national_facts(meta: Metadata, year: int | None) -> None:
    """Speaker and date of a national report from the table, where its text names none."""
    if year is None:
        return
    if not meta.speaker.value and (speaker := national_speaker(year)):
        meta.speaker = MetaField(speaker, SOURCE)
    if not meta.meeting_date.value and (day := national_meeting_date(year)):
        meta.meeting_date = MetaField(day, SOURCE)


__all__ = ["SOURCE", "fill_national_facts", "national_meeting", "national_meeting_date", "national_speaker"]
