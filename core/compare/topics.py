"""Topic words of report sections, and the text normaliser comparisons share.

Consecutive reports of one city reword almost every sentence and heading, but
a section on rural revitalisation still talks about 乡村, 振兴 and 农业.  Each
section becomes a vector of jieba words weighted by how distinctive they are
(inverse document frequency over the sections of the two reports compared),
and sections pair by the cosine of their vectors.

jieba is loaded lazily by ``load_jieba`` (about a second), never when a report
is parsed.  ``fold_width`` makes full- and half-width forms, and traditional and simplified
characters, equal while keeping every offset: one character in, one character out.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import ModuleType

from core.reading.scripts import traditional_table

_jieba: ModuleType | None = None
_jieba_lock = threading.Lock()


def load_jieba() -> ModuleType:
    """Import and initialise jieba once, with its start-up chatter silenced."""
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _jieba = jieba
    return _jieba


def jieba_loaded() -> bool:
    return _jieba is not None


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    ranges = [range(0xFF01, 0xFF5F), range(0xFF61, 0xFF65), range(0x2000, 0x2070), range(0x3000, 0x3001)]
    for block in ranges:
        for code in block:
            folded = unicodedata.normalize("NFKC", chr(code))
            if len(folded) == 1 and folded != chr(code):
                table[code] = folded
    # Dashes and quotes that NFKC leaves alone but writers use interchangeably.
    for char in "\u2014\u2013\u2012\u2212\uff0d":
        table[ord(char)] = "-"
    table.update({0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'", 0x00A0: " ", 0x3000: " "})
    table.update(traditional_table())
    return table


_FOLD = _fold_table()


@lru_cache(maxsize=16384)
def fold_width(text: str) -> str:
    """``text`` with full-width forms, dashes, curly quotes and traditional characters folded; same length."""
    return text.translate(_FOLD)


_NOT_WORD = re.compile(r"[\W_]+")


def comparable(text: str) -> str:
    """Folded text without punctuation or white space, for similarity scores."""
    return _NOT_WORD.sub("", fold_width(text))


# Words every section of every report uses: they say nothing about its topic.
STOP_WORDS = frozenset(
    """
    的 了 和 与 及 以及 在 是 为 对 把 被 将 等 等等 中 上 下 其 其中 这 这些 那 该 各 各类 各项 一批 一些
    我们 我市 我省 我区 全市 全省 全区 全县 全国 今年 去年 明年 年度 全年 当前 今后 一年 五年 过去 坚持 加强 加快 推进
    推动 实施 深入 深化 全面 持续 进一步 不断 积极 大力 着力 努力 切实 扎实 更加 更好 继续 统筹 强化 提升
    提高 完善 健全 落实 开展 抓好 做好 打造 建设 发展 工作 重点 重大 主要 有效 有序 稳步 加大 力度 水平 能力
    体系 机制 政策 措施 工程 项目 行动 计划 方面 领域 问题 成效 取得 实现 完成 达到 增长 全力 一是 二是 三是
    四是 五是 六是 七是 八是 九是 十是 同时 通过 围绕 按照 进行 形成 确保 力争 坚决 不 没有 要 更 新 高
    """.split()
)

_HAS_CONTENT = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_NUMBERISH = re.compile(r"^[\d.%‰\-~]+$")


@lru_cache(maxsize=50_000)
def tokenize(text: str, whole_words: bool = False) -> tuple[str, ...]:
    """Content words of ``text``: jieba search-mode words, stop words and numbers out.

    Search mode also yields the parts of long compounds (优势产业 gives 产业),
    so a reworded heading still shares its key words; ``whole_words`` keeps
    the compounds whole (港人治港 gives no 人治).
    """
    jieba = load_jieba()
    words: list[str] = []
    cut = jieba.cut(fold_width(text), HMM=False) if whole_words else jieba.cut_for_search(fold_width(text), HMM=False)
    for word in cut:
        if len(word) < 2 and not word.isascii():
            continue
        if word in STOP_WORDS or not _HAS_CONTENT.search(word) or _NUMBERISH.match(word):
            continue
        words.append(word)
    return tuple(words)


def clear_caches() -> None:
    """Forget tokenised texts (benchmarks call this to time a cold run)."""
    tokenize.cache_clear()


# Added to every weight, so that with few sections a word found in all of them still counts a little.
IDF_FLOOR = 0.1


class TopicSpace:
    """Word vectors of a set of documents with inverse-document-frequency weights.

    ``documents`` maps a key (e.g. ``("old", section_id)``) to the word counts
    of one document.  A word found in every document weighs only ``IDF_FLOOR``.
    """

    def __init__(self, documents: Mapping[object, Counter[str]]) -> None:
        count = len(documents)
        frequency: Counter[str] = Counter()
        for words in documents.values():
            frequency.update(words.keys())
        self.idf = {word: math.log((1 + count) / (1 + seen)) + IDF_FLOOR for word, seen in frequency.items()}
        self.vectors: dict[object, dict[str, float]] = {key: self.vector(words) for key, words in documents.items()}

    def vector(self, words: Counter[str]) -> dict[str, float]:
        """The unit vector of ``words`` under this space's weights (unknown words weigh 0)."""
        vector = {word: (1 + math.log(times)) * self.idf.get(word, 0.0) for word, times in words.items() if times > 0}
        norm = math.sqrt(sum(weight * weight for weight in vector.values()))
        return {word: weight / norm for word, weight in vector.items() if weight > 0} if norm else {}

    def add(self, key: object, words: Counter[str]) -> None:
        """Add a vector (e.g. of a title alone) without changing the weights."""
        self.vectors[key] = self.vector(words)

    def similarity(self, first: object, second: object) -> float:
        """Cosine of the two documents' vectors, 0..1."""
        a, b = self.vectors.get(first, {}), self.vectors.get(second, {})
        if len(a) > len(b):
            a, b = b, a
        return min(1.0, sum(weight * b.get(word, 0.0) for word, weight in a.items()))

    def shared_words(self, first: object, second: object, limit: int = 8) -> list[str]:
        """The words that contribute most to the two documents' similarity."""
        a, b = self.vectors.get(first, {}), self.vectors.get(second, {})
        shared = sorted((-(a[word] * b[word]), word) for word in a.keys() & b.keys())
        return [word for _, word in shared[:limit]]

    def top_words(self, key: object, limit: int = 8) -> list[str]:
        vector = self.vectors.get(key, {})
        return [word for word, _ in sorted(vector.items(), key=lambda item: -item[1])[:limit]]


def word_counts(texts: Iterable[str], title: str = "", title_weight: int = 3) -> Counter[str]:
    """Word counts of a section: its title counts ``title_weight`` times."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(tokenize(text))
    if title:
        for word in tokenize(title):
            counts[word] += title_weight
    return counts
