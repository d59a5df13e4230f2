"""Recognise what is not part of a report: web-page lines, adverts, contents
lines, separators, the licence footer of a wiki copy, wiki markup left in
the text and footnote markers whose notes are missing.

Noise is found, never removed: spans point into the original text so the
reader can dim or hide it and sentences can leave it out.
"""

from __future__ import annotations

import re

from core.reading.model import NoiseSpan

_WEB_LINE = re.compile(
    r"^(?:"
    r"\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?\s*\d{1,2}:\d{2}.*"  # publish time stamp
    r"|.{0,20}来源[:：].{0,40}"
    r"|.{0,10}(?:发布时间|发布日期|浏览次数|阅读次数|打印本页|关闭窗口|分享到)[:：]?.{0,40}"
    r"|点击(?:查阅|查看|阅读)更多.{0,40}"
    r"|字号[:：].{0,20}"
    r"|[(（]?\s*责任编辑[:：].{0,20}[)）]?"
    r"|精彩图片|相关阅读|相关新闻|返回顶部|上一篇.{0,60}|下一篇.{0,60}"
    r")$"
)
_ADVERT = re.compile(r"www\.|https?://|\.com\b|微信|请加|QQ群|公众号|免费资料|扫码|二维码", re.IGNORECASE)
_CONTENTS = re.compile(r"^目\s*录$")
_SEPARATOR = re.compile(r"^[|｜│\-—_=*·•'\s]+$")
# The footer of a Wikisource copy: the public-domain notice, its note and the licence template's values.
_LICENCE = re.compile(
    r"^(?:本作品是中华人民共和国的\s*法律|注：中文维基文库社群认为|(?:(?:Public domain|false|true)\s*)+$)"
)

# Footnote markers whose notes are missing, adverts injected mid-text, wiki markup.
_INLINE = re.compile(
    r"(?P<footnote>\[\d{1,3}\]|【\d{1,3}】|〔\d{1,3}〕)"
    r"|(?P<advert>(?:https?://|www\.)[A-Za-z0-9./?=&_%-]+|(?:请加|加)?微信[:：]?[A-Za-z0-9_-]{5,})"
    r"|(?P<markup>粗体文字|斜体文字|(?<=[。！？])'+)"  # a wiki editor's placeholder text, stray bold quotes
)


def line_noise_kind(line: str) -> str | None:
    """The kind of noise a whole (stripped) line is, or None for report text."""
    if _SEPARATOR.match(line):
        return "separator"
    if _LICENCE.match(line):
        return "licence"
    if _CONTENTS.match(line):
        return "contents"
    if len(line) <= 80 and not line.endswith("。") and _WEB_LINE.match(line):
        return "web"
    if len(line) <= 120 and _ADVERT.search(line) and "。" not in line:
        return "advert"
    return None


def inline_noise(text: str, start: int, end: int) -> list[NoiseSpan]:
    """Footnote markers and injected adverts inside ``text[start:end]``."""
    spans: list[NoiseSpan] = []
    for match in _INLINE.finditer(text, start, end):
        spans.append(NoiseSpan(match.start(), match.end(), match.lastgroup or "noise"))
    return spans
