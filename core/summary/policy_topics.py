"""What is new in a year's plan and what it no longer mentions, as policy topics.

Topics are the distinctive words (``core.compare.topics``: jieba words, stop
words out) of the sentences that plan the coming year: plan parts only, and
of them only the sentences whose horizon is the year
(``core.compare.horizons``), so a review of five years or a five-year plan
never counts as a topic that came or went.  A word is new when the later
year's plan uses it at least ``MIN_MENTIONS`` times and the earlier year's
plan never; dropped the other way round.  Only names of things count
(jieba's dictionary tags: nouns, verbal nouns, abbreviations, set phrases,
and words the dictionary does not know, such as 营商): 处于, 始终 or 这个
are no topic.  Words are grouped under the sub-section where they weigh
most, strongest groups first.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from core.compare.horizons import HORIZON_YEAR, sentence_horizons
from core.compare.topics import load_jieba, tokenize
from core.reading.model import KIND_PLAN, LEVEL_PART, Report

MIN_MENTIONS = 2
WORDS_PER_TOPIC = 5
TOPICS = 6
_TOPIC_TAGS = ("n", "ns", "nt", "nz", "ng", "vn", "j", "l", "i")


@dataclass(frozen=True)
class TopicChange:
    """Words new to (or gone from) a plan, with the sub-section title where they are."""

    section: str
    words: tuple[str, ...]


def plan_word_counts(report: Report) -> dict[str, Counter[str]]:
    """Word counts of the one-year plan, per sub-section title (the part's title where it has none)."""
    horizons = sentence_horizons(report)
    paths = report.section_paths()
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in report.sentences:
        if report.section_kind(sentence) != KIND_PLAN or horizons.get(sentence.id) != HORIZON_YEAR:
            continue
        path = paths.get(sentence.section or "", ())
        below = [section for section in path if section.level > LEVEL_PART]
        title = below[0].title if below else (path[0].title if path else "")
        groups[title].update(word for word in tokenize(sentence.clean_text) if len(word) >= 2)
    return dict(groups)


def topic_changes(old: Report, new: Report) -> tuple[list[TopicChange], list[TopicChange]]:
    """(new topics of ``new``'s plan, topics of ``old``'s plan that ``new``'s plan drops)."""
    old_groups, new_groups = plan_word_counts(old), plan_word_counts(new)
    tags = _dictionary_tags()
    return _changes(new_groups, old_groups, tags), _changes(old_groups, new_groups, tags)


def _dictionary_tags() -> dict[str, str]:
    load_jieba()
    import jieba.posseg

    tags: dict[str, str] = jieba.posseg.dt.word_tag_tab
    return tags


def is_topic_word(word: str, tags: dict[str, str]) -> bool:
    """A name of a thing: a noun, verbal noun, abbreviation or set phrase, or a word the dictionary lacks."""
    tag = tags.get(word)
    return (tag is None or tag in _TOPIC_TAGS) and not any(char.isdigit() for char in word)


def _changes(groups: dict[str, Counter[str]], other: dict[str, Counter[str]],
             tags: dict[str, str]) -> list[TopicChange]:
    elsewhere: set[str] = set()
    for counts in other.values():
        elsewhere.update(counts)
    if not other:
        return []
    total: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for counts in groups.values():
        total.update(counts)
        spread.update(counts.keys())
    count = max(1, len(groups))
    by_group: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for word, times in total.items():
        if times < MIN_MENTIONS or word in elsewhere or not is_topic_word(word, tags):
            continue
        if any(word != longer and word in longer and total[longer] >= times for longer in total
               if len(longer) > len(word) and longer not in elsewhere):
            continue  # 振兴 inside 乡村振兴: show the whole word once
        weight = (1 + math.log(times)) * (math.log((1 + count) / spread[word]) + 0.5)
        home = max(groups, key=lambda title: groups[title][word])
        by_group[home].append((weight, word))
    ranked = sorted(by_group.items(), key=lambda item: -sum(weight for weight, _ in item[1]))
    changes: list[TopicChange] = []
    for title, words in ranked[:TOPICS]:
        best = [word for _, word in sorted(words, key=lambda pair: (-pair[0], pair[1]))[:WORDS_PER_TOPIC]]
        changes.append(TopicChange(title, tuple(best)))
    return changes


__all__ = ["TopicChange", "is_topic_word", "plan_word_counts", "topic_changes"]
