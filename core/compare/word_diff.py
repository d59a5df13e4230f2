"""Which words of two similar sentences differ, for highlighting them."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.compare.topics import comparable, fold_width, load_jieba


@dataclass(frozen=True)
class WordDiff:
    """Spans (start, end) of the words that differ, in each text's own offsets."""

    old: list[tuple[int, int]]
    new: list[tuple[int, int]]
    ratio: float


def word_diff(old_text: str, new_text: str) -> WordDiff:
    """Which words of a sentence pair differ, for highlighting; widths folded."""
    old_tokens, new_tokens = _diff_tokens(old_text), _diff_tokens(new_text)
    matcher = difflib.SequenceMatcher(None, [t[0] for t in old_tokens], [t[0] for t in new_tokens], autojunk=False)
    old_spans: list[tuple[int, int]] = []
    new_spans: list[tuple[int, int]] = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        _add_span(old_spans, old_tokens[old_start:old_end])
        _add_span(new_spans, new_tokens[new_start:new_end])
    return WordDiff(old_spans, new_spans, round(matcher.ratio(), 4))


_DIFF_RUN = re.compile(r"\d+(?:\.\d+)?%?|[A-Za-z]+|[\u4e00-\u9fff]+|\S")


def _diff_tokens(text: str) -> list[tuple[str, int, int]]:
    """Words of ``text`` with offsets: jieba for Chinese runs, numbers like 6.5% whole."""
    jieba = load_jieba()
    folded = fold_width(text)
    tokens: list[tuple[str, int, int]] = []
    for run in _DIFF_RUN.finditer(folded):
        if "\u4e00" <= run.group()[0] <= "\u9fff" and len(run.group()) > 1:
            for word, start, end in jieba.tokenize(run.group(), HMM=False):
                tokens.append((word, run.start() + start, run.start() + end))
        else:
            tokens.append((run.group(), run.start(), run.end()))
    return tokens


def _add_span(spans: list[tuple[int, int]], tokens: Sequence[tuple[str, int, int]]) -> None:
    tokens = [token for token in tokens if comparable(token[0])]
    if tokens:
        spans.append((tokens[0][1], tokens[-1][2]))
