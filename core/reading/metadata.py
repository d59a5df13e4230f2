"""Find what a report is: place, year, the year under review, date, speaker.

Fields are read from the title, the meeting line (``——2022年2月23日在威海市
第十八届人民代表大会…``), the speaker line (``威海市市长 闫剑波``), the opening
(``我代表威海市人民政府``), the part headings (``二、2025年政府工作目标任务``)
and last the file name.  Each field records its source; a field not found is
left empty rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.reading.model import Metadata, MetaField
from core.reading.wraps import clean_positions, clean_text

NATIONAL_PLACE = "中国"

_DATE = r"(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
_PLACE_UNIT = r"[\u4e00-\u9fff]{1,12}?(?:自治州|自治县|新区|地区|[省市区县州旗盟])"

TITLE = re.compile(
    r"^(?:(?P<year>(?:19|20)\d{2})年)?[\s\u3000]*(?P<place>[\u4e00-\u9fff]{0,16}?)(?:人民)?政府工作报告"
    r"[\s\u3000]*(?:[(（](?P<inner>[^()（）]*)[)）])?[\s\u3000]*$"
)
_MEETING_CLAUSE = r"在(?P<body>.{0,60}?)(?:会议|会議|會議|大会|大會)上"  # 會議: traditional characters (1957)
# ``(2020年1月8日 张海波)`` or ``（2023年3月5日在第十四届全国人民代表大会第一次会议上 国务院总理 李强）``
_TITLE_INNER = re.compile(_DATE + r"[\s\u3000]*(?:" + _MEETING_CLAUSE + r")?[\s\u3000]*(?P<rest>.*)$")
MEETING = re.compile(
    r"^(?:——|--|─+|—)?[\s\u3000]*[(（]?[\s\u3000]*" + _DATE + r"[\s\u3000]*" + _MEETING_CLAUSE
    + r"[)）]?[\s\u3000]*(?P<rest>.*)$"
)
# A date on a line of its own, near the speaker line (``国务院总理 李强`` / ``2023年3月5日``).
DATE_LINE = re.compile(r"^[(（]?[\s\u3000]*" + _DATE + r"[\s\u3000]*[)）]?$")
_BARE_NAME = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000·]{1,6}$")
_MEETING_PLACE = re.compile(r"^(?P<place>" + _PLACE_UNIT + r")第")
_OFFICE = r"(?:代理)?(?:市长|区长|县长|州长|省长|旗长|盟长|主席|总理|代市长|代区长|代县长)"
SPEAKER = re.compile(
    r"^(?P<office>[\u4e00-\u9fff]{0,20}?"
    + _OFFICE
    + r")[\s\u3000]*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff\s\u3000·]{1,8})$"
)
_OPENING_PLACE = re.compile(r"我代表(?P<place>" + _PLACE_UNIT + r"|国务院|中央人民政府)(?:人民政府|政府)?")
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_SPACES = re.compile(r"[\s\u3000]+")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})年度?")


@dataclass(frozen=True)
class SourceFacts:
    """What a file says of itself outside the report's text: a web page's title and publication date.

    They fill only what the text leaves open: the title, place and year from
    the page title (source "page title"), the year from the publication date
    (source "publication date") when no heading names it either.
    """

    title: str = ""
    published: str = ""  # ISO date, YYYY-MM-DD, or ""


@dataclass(frozen=True)
class FrontMatter:
    """Spans of the title, meeting and speaker lines (each may be None)."""

    title: tuple[int, int] | None = None
    meeting: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None
    date: tuple[int, int] | None = None  # a date line without the meeting

    def spans(self) -> list[tuple[int, int]]:
        return [span for span in (self.title, self.meeting, self.speaker, self.date) if span]


def find_front_matter(text: str, paragraphs: list[tuple[int, int]]) -> FrontMatter:
    """Title, meeting and speaker lines among the first paragraphs."""
    found: dict[str, tuple[int, int]] = {}
    for start, end in paragraphs[:8]:
        line = clean_text(text[start:end])
        if line.startswith("各位代表") or len(line) > 100:
            break
        if "title" not in found and len(line) <= 60 and TITLE.match(line):
            found["title"] = (start, end)
        elif "meeting" not in found and MEETING.match(line):
            found["meeting"] = (start, end)
        elif "speaker" not in found and len(line) <= 30 and SPEAKER.match(line):
            found["speaker"] = (start, end)
        elif "date" not in found and DATE_LINE.match(line):
            found["date"] = (start, end)
    return FrontMatter(found.get("title"), found.get("meeting"), found.get("speaker"), found.get("date"))


def _field(value: str, source: str, start: int | None = None, end: int | None = None) -> MetaField:
    return MetaField(value, source, start, end)


def _date(match: re.Match[str]) -> str:
    return f"{int(match['year']):04d}-{int(match['month']):02d}-{int(match['day']):02d}"


def _speaker_in(rest: str, bare: bool = False) -> tuple[int, int] | None:
    """Where the speaker's name is in what follows a date: ``国务院总理 李强`` or a bare ``张海波``."""
    stripped = rest.rstrip(" \u3000)）")
    match = SPEAKER.match(stripped)
    if match:
        return match.start("name"), match.end("name")
    if bare and _BARE_NAME.match(stripped):
        return 0, len(stripped)
    return None


def _unwrapped(text: str, start: int, end: int) -> tuple[str, Callable[[int], int], Callable[[int], int]]:
    """A front-matter line with its wrap breaks removed, and maps from its start and end positions to ``text``."""
    line, positions = clean_positions(text[start:end])
    return (
        line,
        lambda position: start + positions[position],
        lambda position: start + (positions[position - 1] + 1 if position else 0),
    )


def read_metadata(text: str, front: FrontMatter, opening: tuple[int, int] | None = None) -> Metadata:
    """Metadata from the front matter and the opening paragraph."""
    meta = Metadata()
    if front.title:
        start, end = front.title
        line, at, at_end = _unwrapped(text, start, end)
        match = TITLE.match(line)
        if match:
            meta.title = _field(line, "title", start, end)
            if match["year"]:
                meta.year = _field(match["year"], "title", at(match.start("year")), at_end(match.end("year")))
            if match["place"]:
                meta.place = _field(match["place"], "title", at(match.start("place")), at_end(match.end("place")))
            inner = _TITLE_INNER.match(match["inner"] or "")
            if inner:
                offset = match.start("inner")
                meta.meeting_date = _field(
                    _date(inner), "title", at(offset + inner.start()), at_end(offset + inner.end("day"))
                )
                if not meta.year.value:
                    meta.year = _field(
                        inner["year"], "title", at(offset + inner.start("year")), at_end(offset + inner.end("year"))
                    )
                name_span = _speaker_in(inner["rest"], bare=True)
                if name_span is not None:
                    first, last = (inner.start("rest") + position for position in name_span)
                    meta.speaker = _field(
                        _SPACES.sub("", inner["rest"][name_span[0] : name_span[1]]), "title",
                        at(offset + first), at_end(offset + last),
                    )
                if inner["body"] and "全国人民代表大会" in inner["body"] and not meta.place.value:
                    meta.place = _field(NATIONAL_PLACE, "title", start, end)
    if front.meeting:
        start, end = front.meeting
        line, at, at_end = _unwrapped(text, start, end)
        match = MEETING.match(line)
        if match:
            if not meta.meeting_date.value:
                meta.meeting_date = _field(
                    _date(match), "meeting line", at(match.start("year")), at_end(match.end("day"))
                )
            if not meta.year.value:
                meta.year = _field(
                    match["year"], "meeting line", at(match.start("year")), at_end(match.end("year"))
                )
            name_span = _speaker_in(match["rest"])
            if name_span is not None and not meta.speaker.value:
                first, last = (match.start("rest") + position for position in name_span)
                meta.speaker = _field(
                    _SPACES.sub("", match["rest"][name_span[0] : name_span[1]]), "meeting line", at(first), at_end(last)
                )
            body = match["body"]
            if not meta.place.value:
                if "全国人民代表大会" in body:
                    meta.place = _field(NATIONAL_PLACE, "meeting line", start, end)
                else:
                    place = _MEETING_PLACE.match(body)
                    if place:
                        offset = match.start("body")
                        meta.place = _field(
                            place["place"], "meeting line", at(offset), at_end(offset + place.end("place"))
                        )
    if front.speaker:
        start, end = front.speaker
        line, at, at_end = _unwrapped(text, start, end)
        match = SPEAKER.match(line)
        if match:
            if not meta.speaker.value:
                name = _SPACES.sub("", match["name"])
                meta.speaker = _field(name, "speaker line", at(match.start("name")), at_end(match.end("name")))
            if not meta.place.value:
                office = match["office"]
                if office.startswith("国务院"):
                    meta.place = _field(NATIONAL_PLACE, "speaker line", start, at_end(match.end("office")))
                else:
                    place = re.match(_PLACE_UNIT, office)
                    if place and place.end() < len(office):
                        meta.place = _field(place.group(), "speaker line", start, at_end(place.end()))
    if front.date and not meta.meeting_date.value:
        start, end = front.date
        line, at, at_end = _unwrapped(text, start, end)
        match = DATE_LINE.match(line)
        if match:
            meta.meeting_date = _field(_date(match), "date line", at(match.start("year")), at_end(match.end("day")))
            if not meta.year.value:
                meta.year = _field(match["year"], "date line", at(match.start("year")), at_end(match.end("year")))
    if opening and not meta.place.value:
        start, end = opening
        match = _OPENING_PLACE.search(text, start, min(end, start + 300))
        if match:
            opening_place = match["place"]
            if opening_place in ("国务院", "中央人民政府"):
                meta.place = _field(NATIONAL_PLACE, "opening", match.start(), match.end())
            else:
                meta.place = _field(opening_place, "opening", match.start("place"), match.end("place"))
    if not meta.place.value:
        national = _national_congress(text)
        if national is not None:
            meta.place = _field(NATIONAL_PLACE, "national congress", *national)
    return meta


_NATIONAL_CONGRESS = re.compile(r"全国人民代表大会")
_LOCAL_BODIES = re.compile(r"[省市区县州盟旗]人民代表大会|[省市区县州]委|[省市区县]政府")
# The country speaking of itself (我国), as often as a national report does (1985: 44 times) and a city's does not.
_OUR_COUNTRY = re.compile(r"我国")
_OUR_COUNTRY_AT_LEAST = 20


def _national_congress(text: str) -> tuple[int, int] | None:
    """Where a report that names no place speaks to the National People's Congress as the State
    Council does (the congress named, 国务院 at least twice, local congresses, committees and
    governments named less often than the national congress), or None."""
    congress = _NATIONAL_CONGRESS.search(text)
    if text.count("国务院") < 2:
        return None
    if congress is None:  # 1985 never names the congress: the country's voice, and no local body at all
        council = text.find("国务院")
        national = len(_OUR_COUNTRY.findall(text)) >= _OUR_COUNTRY_AT_LEAST and not _LOCAL_BODIES.search(text)
        return (council, council + len("国务院")) if national else None
    if len(_LOCAL_BODIES.findall(text)) >= len(_NATIONAL_CONGRESS.findall(text)):
        return None
    return congress.start(), congress.end()


def complete_from_page(meta: Metadata, facts: SourceFacts) -> None:
    """Fill the title, place and year the text leaves open from a web page's title (``威海市2022年政府工作报告``)."""
    title = _SPACES.sub(" ", facts.title).strip()
    if not title:
        return
    if not meta.title.value:
        meta.title = _field(title, "page title")
    year = _YEAR_IN_TITLE.search(title)
    match = TITLE.match(_YEAR_IN_TITLE.sub("", title, count=1).strip())
    if match is None:
        return
    if not meta.place.value and match["place"]:
        meta.place = _field(match["place"], "page title")
    if not meta.year.value and year:
        meta.year = _field(year[1], "page title")


def complete_years(
    meta: Metadata,
    review_heading: tuple[int, int, int] | None,
    plan_heading: tuple[int, int, int] | None,
    source: Path | None,
    published: str = "",
) -> None:
    """Fill the report year and the year under review from headings, the publication date or the file name.

    ``review_heading``/``plan_heading`` are (year, start, end) of the first
    review and plan part headings that name a year; ``published`` is a web
    page's publication date (a report is published in the year it is given).
    """
    if not meta.year.value:
        if plan_heading:
            year, start, end = plan_heading
            meta.year = _field(str(year), "part heading", start, end)
        elif review_heading:
            year, start, end = review_heading
            meta.year = _field(str(year + 1), "part heading", start, end)
        elif published[:4].isdigit():
            meta.year = _field(published[:4], "publication date")
        # A year a person put in the file name wins over one read off headings
        # (the 1980 national report plans for 1981).
        named = _YEAR_IN_NAME.findall(source.stem) if source is not None else []
        if len(set(named)) == 1 and meta.year.value != named[0]:
            meta.year = _field(named[0], "file name")
    if not meta.review_year.value:
        if review_heading:
            year, start, end = review_heading
            meta.review_year = _field(str(year), "part heading", start, end)
        elif meta.year.value.isdigit():
            meta.review_year = _field(str(int(meta.year.value) - 1), "report year")
