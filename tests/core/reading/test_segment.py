"""Sentence cutting as GUIDELINES.md defines it."""

from __future__ import annotations

from core.reading.segment import sentence_spans


def cut(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text, 0, len(text))]


def test_ends_at_full_and_half_width_terminators() -> None:
    assert cut("增长5%。完成了！是吗？好!对?") == ["增长5%。", "完成了！", "是吗？", "好!", "对?"]


def test_semicolons_do_not_end_sentences() -> None:
    assert cut("一是加快；二是推进;三是落实。") == ["一是加快；二是推进;三是落实。"]


def test_closing_quote_stays_on_the_sentence() -> None:
    assert cut("他说：“我们要努力。”然后走了。") == ["他说：“我们要努力。”", "然后走了。"]


def test_no_split_inside_balanced_quotes() -> None:
    assert cut("提出“稳字当头。稳中求进”的要求。下一句。") == ["提出“稳字当头。稳中求进”的要求。", "下一句。"]


def test_unclosed_quote_does_not_swallow_the_paragraph() -> None:
    assert cut("开展“三个年活动。推进改革。") == ["开展“三个年活动。", "推进改革。"]


def test_runs_of_terminators_count_once_and_text_without_one_is_a_sentence() -> None:
    assert cut("真的吗？！  各位代表：") == ["真的吗？！", "各位代表："]


def test_white_space_is_trimmed_and_offsets_point_into_the_text() -> None:
    text = "\u3000\u3000第一句。 第二句。\u3000"
    spans = sentence_spans(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["第一句。", "第二句。"]
    assert spans[0][0] == 2
