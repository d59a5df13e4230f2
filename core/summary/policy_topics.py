"""What is new in a year's plan and what it no longer mentions, as policy topics.

Topics are the distinctive words (``core.compare.topics``: jieba words, stop
words out) of the sentences that plan the coming year: plan parts only, and
of them only the sentences whose horizon is the year
(``core.compare.scorecard.horizons``), so a review of five years or a five-year plan
never counts as a topic that came or went.  A word is new when the later
year's plan uses it at least ``MIN_MENTIONS`` times and the earlier report
never uses it anywhere; dropped the other way round (a word the later report
still uses in its review or elsewhere has not gone).  Only names of things
count (jieba's dictionary tags: nouns, verbal nouns, abbreviations, and words
the dictionary does not know, such as 营商): 处于, 始终, 这个, set phrases
such as 因地制宜 or 落到实处, and a few nouns of manner such as 创造条件 or
积极性 are no topic.  Words of everyday language (有关, 机会, 压力, 面积: a low
inverse document frequency in the table jieba ships for its keyword
extraction) are no topic either, and the rarer a word is in general
language, the more it weighs.  Words are grouped under the sub-section where they weigh
most, strongest groups first.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from core.compare.scorecard.horizons import HORIZON_YEAR, sentence_horizons
from core.compare.scorecard.parts_by_content import ADDRESS_ALONE, with_parts_by_content
from core.compare.topics import fold_width, load_jieba, tokenize
from core.reading.model import KIND_PLAN, LEVEL_PART, Report

MIN_MENTIONS = 2
# Below this inverse document frequency (jieba's table; its median is about
# 12) a word is everyday language: 有关 4.7, 机会 5.0, 压力 5.1, 面积 5.2.
MIN_GENERAL_IDF = 5.5
_UNKNOWN_IDF = 12.0
WORDS_PER_TOPIC = 5
TOPICS = 6
_TOPIC_TAGS = ("n", "ns", "nt", "nz", "ng", "vn", "j")
# Words of how government speaks, not of what it speaks about, that jieba's
# dictionary tags as nouns.
_MANNER_WORDS = frozenset(
    "创造条件 具备条件 要带头 下功夫 积极性 前提 起点 有效性 合力 不力 构筑 同心 评价 "
    "覆盖全国 大力开展 主攻 切实 进程 基础 方面 工作 重点 举措 力度 水平 能力 作用".split())


@dataclass(frozen=True)
class TopicChange:
    """Words new to (or gone from) a plan, with the sub-section title where they are."""

    section: str
    words: tuple[str, ...]


# The key of the fields a plan turns to after its last sub-section and a lone 各位代表！ (defence, Taiwan).
CLOSING_FIELDS = "（结尾）"
# Parts of a plan that deploy no work of the year: foreign affairs and the world, the closing words.
_NOT_THE_YEARS_WORK = re.compile(r"外交|国际形势|对外政策|霸权主义|世界和平|结束语")


def plan_word_counts(report: Report) -> dict[str, Counter[str]]:
    """Word counts of the one-year plan, per sub-section title: the part's title where it has none, "" where it is
    in no part, and ``CLOSING_FIELDS`` for the fields the part turns to after an address (各位代表！) that follows its
    last sub-section.  Parts are read as the scorecard reads them: 1979's topical parts plan the year from
    二、打好四个现代化的第一个战役 on."""
    report = with_parts_by_content(report)
    horizons = sentence_horizons(report)
    paths = report.section_paths()
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    addresses = [sentence.start for sentence in report.sentences if ADDRESS_ALONE.match(sentence.text)]
    sub_sections = [section.start for section in report.sections if section.level > LEVEL_PART]
    for sentence in report.sentences:
        if report.section_kind(sentence) != KIND_PLAN or horizons.get(sentence.id) != HORIZON_YEAR:
            continue
        path = paths.get(sentence.section or "", ())
        if any(_NOT_THE_YEARS_WORK.search(section.title) for section in path):
            continue  # 关于外交工作 (1988, 1993): the world's news of the year, not how the year's work is deployed
        below = [section for section in path if section.level > LEVEL_PART]
        title = below[0].title if below else (path[0].title if path else "")
        if below and any(below[0].start < address < sentence.start  # no later sub-section: an address inside one
                         and not any(address < start < path[0].end for start in sub_sections)  # (1987) is its own
                         for address in addresses):
            # 各位代表！ after the last sub-section opens the closing topics (defence, Taiwan), not its own
            title = CLOSING_FIELDS
        groups[title].update(word for word in tokenize(sentence.clean_text, whole_words=True) if len(word) >= 2)
    return dict(groups)


def has_year_plan(report: Report) -> bool:
    """Whether ``report`` has a part that plans its year (1982 plans five years only: no topics to compare)."""
    return bool(plan_word_counts(report))


def mentions(report: Report, word: str) -> bool:
    """Whether the report uses ``word`` anywhere, in whatever part and inside whatever longer word."""
    return fold_width(word) in _plain_text(report)


def _plain_text(report: Report) -> str:
    """The report's words: its sentences and its headings (（六）加大环境治理力度 mentions 环境治理)."""
    return fold_width("\n".join([*(section.title for section in report.sections),
                                  *(sentence.clean_text for sentence in report.sentences)]))


def topic_changes(old: Report, new: Report) -> tuple[list[TopicChange], list[TopicChange]]:
    """(new topics of ``new``'s plan, topics of ``old``'s plan that ``new`` no longer mentions)."""
    old_groups, new_groups = plan_word_counts(old), plan_word_counts(new)
    if not old_groups or not new_groups:
        return [], []
    words = _Vocabulary(_dictionary_tags(), _general_idf())
    old_text, new_text = _plain_text(old), _plain_text(new)
    return (_changes(new_groups, lambda word: fold_width(word) in old_text, words),
            _changes(old_groups, lambda word: fold_width(word) in new_text, words))


@dataclass(frozen=True)
class _Vocabulary:
    tags: dict[str, str]
    idf: dict[str, float]

    def weight(self, word: str) -> float:
        """How specific the word is in general language (0: too common to be a topic)."""
        if not is_topic_word(word, self.tags):
            return 0.0
        idf = self.idf.get(word, _UNKNOWN_IDF)
        return idf if idf >= MIN_GENERAL_IDF else 0.0


@lru_cache(maxsize=1)
def _general_idf() -> dict[str, float]:
    """jieba's table of inverse document frequencies of general Chinese text."""
    from jieba.analyse.tfidf import DEFAULT_IDF

    idf: dict[str, float] = {}
    with open(DEFAULT_IDF, encoding="utf-8") as table:
        for line in table:
            word, _, value = line.strip().partition(" ")
            if value:
                idf[word] = float(value)
    return idf


def _dictionary_tags() -> dict[str, str]:
    load_jieba()
    import jieba.posseg

    tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return tags


def is_topic_word(word: str, tags: dict[str, str]) -> bool:
    """A name of a thing: a noun, verbal noun, abbreviation or set phrase, or a word the dictionary lacks."""
    tag = tags.get(word)
    return ((tag is None or tag in _TOPIC_TAGS) and word not in _MANNER_WORDS
            and not any(char.isdigit() for char in word))


def _changes(groups: dict[str, Counter[str]], elsewhere: Callable[[str], bool],
             vocabulary: _Vocabulary) -> list[TopicChange]:
    total: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for counts in groups.values():
        total.update(counts)
        spread.update(counts.keys())
    count = max(1, len(groups))
    by_group: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for word, times in total.items():
        specific = vocabulary.weight(word)
        if times < MIN_MENTIONS or not specific or elsewhere(word):
            continue
        if any(len(longer) > len(word) and word in longer and total[longer] >= times for longer in total):
            continue  # 振兴 inside 乡村振兴: show the whole word once
        weight = (1 + math.log(times)) * (math.log((1 + count) / spread[word]) + 0.5) * specific
        home = max(groups, key=lambda title: groups[title][word])
        by_group[home].append((weight, word))
    ranked = sorted(by_group.items(), key=lambda item: -sum(weight for weight, _ in item[1]))
    changes: list[TopicChange] = []
    for title, words in ranked[:TOPICS]:
        best = [word for _, word in sorted(words, key=lambda pair: (-pair[0], pair[1]))[:WORDS_PER_TOPIC]]
        changes.append(TopicChange(title, tuple(best)))
    return changes


__all__ = ["TopicChange", "has_year_plan", "is_topic_word", "mentions", "plan_word_counts", "topic_changes"]
