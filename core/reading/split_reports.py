"""Split a file that holds several reports into one range per report.

A report starts at a title line (``2023年彬州市政府工作报告``, or a bare
``政府工作报告`` followed by a meeting line).  Text before the first title
(an advert, a ``目录`` line) stays with the first report, where it is marked
as noise.
"""

from __future__ import annotations

import itertools
import re

from core.reading.metadata import MEETING, TITLE

MIN_REPORT = 500  # characters between two titles for both to count as reports
_PLACE_TITLE = re.compile(r"^(?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{2,16}?(?:人民)?政府工作报告")


def report_ranges(text: str, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each report in ``text``; one range for a single report."""
    starts: list[int] = []
    for index, (start, end) in enumerate(paragraphs):
        line = text[start:end]
        if len(line) > 60 or not TITLE.match(line):
            continue
        named = _PLACE_TITLE.match(line) is not None
        followed_by_meeting = any(
            MEETING.match(text[next_start:next_end]) for next_start, next_end in paragraphs[index + 1 : index + 3]
        )
        if (named or followed_by_meeting) and (not starts or start - starts[-1] >= MIN_REPORT):
            starts.append(start)
    if len(starts) < 2:
        return [(0, len(text))]
    bounds = [0, *starts[1:], len(text)]
    return list(itertools.pairwise(bounds))
