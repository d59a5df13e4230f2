"""A result given in words is quoted by the clause that decides it, not by its sentence's opening.

The window shows the quote in the result cell and marks it in the text; the
Word brief prints it. A review sentence often lists a dozen results: its
opening (国内生产总值增长6.9%…) says nothing of the target in the row.
"""

from __future__ import annotations

from core.compare.scorecard import build_scorecard
from core.compare.scorecard.score_rows import in_words
from core.reading.document import load_reports
from core.reading.model import Sentence
from tests.conftest import corpus_file

LISTING = "国内生产总值增长6.9%，居民收入增长7.3%，进出口增长14.2%，扭转了连续两年下降的局面，失业率为多年来最低。"


def _sentence(text: str) -> Sentence:
    return Sentence(id="s-1", start=100, end=100 + len(text), text=text, section="sec-1")


def test_the_clause_that_speaks_of_a_name_is_found_by_its_words() -> None:
    assert in_words(_sentence(LISTING), "城镇登记失业率").quote == "失业率为多年来最低"
    assert in_words(_sentence(LISTING), "进出口回稳向好").quote == "进出口增长14.2%"
    assert in_words(_sentence(LISTING), "粮食产量").quote == LISTING[:-1]  # no clause shares a word: the sentence


def test_a_result_in_words_is_quoted_by_what_its_reason_quotes_first() -> None:
    sentence = _sentence("经济结构有所调整，国内生产总值增长率达到预期目标，物价涨幅回落。")
    figure = in_words(sentence, "经济", "the report says so: “达到预期目标”")
    assert figure.quote == "国内生产总值增长率达到预期目标"  # the clause 经济 shares words with opens the sentence
    assert in_words(sentence, "物价", "").quote == "物价涨幅回落"
    direction = in_words(_sentence("外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6.1%。"),
                         "对外贸易有所增长", "a direction: 增长6.1%")
    assert direction.quote == "比上年增长6.1%"
    assert direction.sentence.text[direction.sentence.text.find(direction.quote):].startswith(direction.quote)


def test_words_results_of_a_national_pair_quote_their_clause() -> None:
    (old,) = load_reports(corpus_file("national/2017.txt"))
    (new,) = load_reports(corpus_file("national/2018.txt"))
    rows = {row.indicator: row for row in build_scorecard(old, new).rows}
    unemployment = rows["城镇登记失业率"].result
    trade = rows["进出口回稳向好"].result
    assert unemployment is not None and unemployment.quote == "失业率为多年来最低"
    assert trade is not None and trade.quote == "进出口增长14.2%"
    assert unemployment.quote in unemployment.sentence.text and unemployment.quote != unemployment.sentence.text


def test_words_the_reason_quotes_are_taken_in_the_clause_of_the_name_where_it_holds_them() -> None:
    # 1958→1959: 棉花产量 was quoted by the grain clause before it, which says 提前实现 too
    sentence = _sentence("粮食生产提前实现了五年计划规定的指标，棉花生产也提前实现了规定的指标。")
    assert in_words(sentence, "棉花产量", "the report says so: “提前实现”").quote == "棉花生产也提前实现了规定的指标"
    listing = _sentence("工业生产增长9%，对外贸易有所增长。")
    assert in_words(listing, "对外贸易", "a direction: 增长").quote == "对外贸易有所增长"
