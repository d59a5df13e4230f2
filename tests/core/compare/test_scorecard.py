"""The target scorecard: verdicts on qualifiers, horizons, warnings, the national pairs, the command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from core.compare.indicators import extract_from_text
from core.compare.scorecard import Scorecard, build_scorecard
from core.compare.scorecard.horizons import HORIZON_FIVE_YEAR, HORIZON_PLAN_PERIOD, HORIZON_YEAR, sentence_horizons
from core.compare.scorecard.verdicts import MET, NO_RESULT, NOT_MET, judge
from core.reading.document import load_reports
from core.reading.model import KIND_PLAN, KIND_REVIEW
from main import main
from tests.conftest import corpus_file
from tests.core.report_builder import report_of_parts


def figure(text: str, kind: str = KIND_PLAN):
    (indicator,) = extract_from_text(text, kind=kind)
    return indicator


@pytest.mark.parametrize(
    ("target", "result", "verdict", "reason"),
    [
        ("国内生产总值增长6.5%左右", "国内生产总值增长6.9%", MET, "6.9% ≥ 6.5%左右"),
        ("国内生产总值增长7.5%左右", "国内生产总值增长7.4%", MET, "within 0.5 point"),
        ("国内生产总值增长7.5%左右", "国内生产总值增长6.9%", NOT_MET, "6.9% < 7.5%左右"),
        ("国内生产总值增长6.5%-7%", "国内生产总值增长6.7%", MET, "≥"),
        ("城镇新增就业1100万人以上", "城镇新增就业1351万人", MET, "1351万人 ≥ 1100万人以上"),
        ("城镇新增就业1100万人以上", "城镇新增就业1.0亿人", MET, "≥"),  # magnitudes compared, not digits
        ("城镇登记失业率4.5%以内", "城镇登记失业率4.02%", MET, "(a ceiling)"),
        ("城镇登记失业率4.5%以内", "城镇登记失业率4.9%", NOT_MET, "4.9% > 4.5%以内"),
        ("居民消费价格涨幅3%左右", "居民消费价格上涨2%", MET, "a ceiling"),  # CPI targets are ceilings
        ("居民消费价格涨幅3%左右", "居民消费价格上涨3.8%", NOT_MET, ">"),
        # a rate per thousand against one per cent: 1.3% is 13‰, over the ceiling of 12‰
        ("人口自然增长率控制在千分之十二以内", "人口自然增长率为1.3%", NOT_MET, "1.3% > 12‰以内"),
        ("人口自然增长率控制在千分之十二以内", "人口自然增长率为千分之十一点五", MET, "(a ceiling)"),
        ("人口自然增长率控制在千分之十左右", "人口自然增长率为千分之十点四", MET, "within 0.5 point"),
        ("人口自然增长率控制在千分之十左右", "人口自然增长率为千分之十一", NOT_MET, ">"),  # 0.5 point of ‰
    ],
)
def test_qualifiers_are_read_as_a_reader_reads_them(target: str, result: str, verdict: str, reason: str) -> None:
    judged = judge(figure(target), figure(result, KIND_REVIEW))
    assert judged.verdict == verdict
    assert reason in judged.reason


def test_a_miss_the_report_admits_decides() -> None:
    judged = judge(figure("广义货币M2预期增长13%左右"), figure("广义货币M2增长12.8%", KIND_REVIEW),
                   "广义货币M2增长11.3%，低于13%左右的预期目标。")
    assert judged.verdict == NOT_MET
    assert "低于13%左右的预期目标"[:4] in judged.reason


def test_the_cost_of_a_measure_and_a_restated_target_are_no_rows_of_their_own() -> None:
    old = report_of_parts(2005, {"一、过去一年工作回顾": ["经济平稳。"], "二、2005年工作总体部署": [
        "今年经济社会发展主要预期目标是：国内生产总值增长8%左右。",
        "中央提出今年经济增长预期目标为8%左右，是为了使预期目标符合实际情况。",
        "提高部分优抚对象抚恤标准，中央财政为此新增支出140亿元。"]})
    new = report_of_parts(2006, {"一、过去一年工作回顾": ["国内生产总值比上年增长9.9%。"],
                                 "二、2006年主要任务": ["国内生产总值增长8%左右。"]})
    rows = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert [(row.target.quote, row.verdict) for row in rows if row.target is not None] == [
        ("国内生产总值增长8%左右", MET)]


def test_a_budget_that_will_reach_a_sum_is_a_target_and_a_count_that_will_is_not() -> None:
    old = report_of_parts(2006, {"一、过去一年工作回顾": ["经济平稳。"], "二、今年主要任务": [
        "今年中央财政用于“三农”的支出总额将达到3397亿元。", "今年高校毕业生将达413万人。"]})
    new = report_of_parts(2007, {"一、过去一年工作回顾": ["经济平稳。"], "二、今年主要任务": ["经济平稳。"]})
    quotes = [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]
    assert len(quotes) == 1 and "3397亿元" in quotes[0]


def test_a_review_figure_from_one_year_to_another_and_a_share_of_gdp_are_no_growth_result() -> None:
    old = report_of_parts(2007, {"一、2006年工作回顾": ["经济平稳。"],
                                 "二、2007年工作总体部署": ["国内生产总值增长8%左右。"]})
    spans_years = "全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元。"
    new = report_of_parts(2008, {
        "一、过去五年工作回顾": ["经济平稳。", spans_years, "去年，研究与实验发展经费占国内生产总值比重提高到1.49%。"],
        "二、2008年主要任务": ["国内生产总值增长8%左右。"],
    })
    horizons = sentence_horizons(new)
    assert {sentence.text: horizons.get(sentence.id) for sentence in new.sentences}[spans_years] == HORIZON_FIVE_YEAR
    (growth,) = [row for row in build_scorecard(old, new).rows if "生产总值" in row.indicator]
    assert growth.result is None or "1.49%" not in growth.result.sentence.text


def test_a_plan_part_comparing_two_past_years_sets_no_target() -> None:
    old = report_of_parts(2006, {"一、过去一年工作回顾": ["经济平稳。"], "二、今年主要任务": [
        "2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。", "今年国内生产总值增长8%左右。"]})
    new = report_of_parts(2007, {"一、过去一年工作回顾": ["国内生产总值增长10.7%。"],
                                 "二、今年主要任务": ["经济平稳。"]})
    quotes = [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]
    assert len(quotes) == 1 and "8%左右" in quotes[0]


def test_a_one_year_target_is_never_judged_by_a_five_year_figure() -> None:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"],
                                 "二、2022年工作安排": ["地区生产总值增长6%左右。"]})
    new = report_of_parts(2023, {
        "一、过去五年工作回顾": ["五年来，地区生产总值年均增长6.9%。", "去年，地区生产总值增长5.7%。"],
        "二、2023年工作安排": ["地区生产总值增长5%左右。"],
    })
    horizons = sentence_horizons(new)
    by_text = {sentence.text: horizons.get(sentence.id) for sentence in new.sentences}
    assert by_text["五年来，地区生产总值年均增长6.9%。"] == HORIZON_FIVE_YEAR
    assert by_text["去年，地区生产总值增长5.7%。"] == HORIZON_YEAR
    card = build_scorecard(old, new)
    (growth,) = [row for row in card.rows if "生产总值" in row.indicator]
    assert growth.result is not None and growth.result.indicator is not None
    assert growth.result.indicator.value == 5.7
    assert growth.verdict == MET and "within 0.5 point" in growth.reason
    assert card.warnings == []


def test_plan_period_targets_keep_rows_of_their_own() -> None:
    plan = ["“十四五”时期，常住人口城镇化率提高到65%。", "城镇新增就业5万人以上。"]
    old = report_of_parts(2021, {"一、2020年工作回顾": ["经济平稳。"], "二、2021年工作安排": plan})
    new = report_of_parts(2022, {"一、2021年工作回顾": ["城镇新增就业5.6万人。"]})
    rows = {row.indicator: row for row in build_scorecard(old, new).rows}
    assert rows["常住人口城镇化率"].horizon == HORIZON_PLAN_PERIOD
    assert rows["常住人口城镇化率"].verdict == NO_RESULT
    assert rows["城镇新增就业"].horizon == HORIZON_YEAR and rows["城镇新增就业"].verdict == MET


def test_warnings_for_pairs_that_are_not_consecutive_years_of_one_place() -> None:
    plan = {"一、2020年工作回顾": ["经济平稳。"], "二、2021年工作安排": ["城镇新增就业5万人以上。"]}
    old = report_of_parts(2021, plan, "威海市")
    later = report_of_parts(2023, {"一、2022年工作回顾": ["城镇新增就业5.6万人。"]}, "烟台市")
    warnings = " ".join(build_scorecard(old, later).warnings)
    assert "not consecutive" in warnings and "different places" in warnings
    no_plan = report_of_parts(2022, {"一、2021年工作回顾": ["城镇新增就业5.6万人。"]}, "威海市")
    assert any("no plan part" in warning for warning in build_scorecard(no_plan, later).warnings)


def _target_quotes(plan: list[str]) -> list[str]:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"], "二、2022年工作安排": plan})
    new = report_of_parts(2023, {"一、2022年工作回顾": ["经济平稳。"]})
    return [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]


def test_what_the_plan_states_as_the_situation_is_no_target() -> None:
    quotes = _target_quotes([
        "去年居民消费价格涨幅回落到2.6%。",
        "目前我国年度财政性教育经费支出总额已经超过2万亿元。",
        "今年高校毕业生将达727万人。",
        "赤字率从去年的2.1%提高到2.3%。",
        "其中，中央财政赤字1.12万亿元，增加1700亿元。",
    ])
    assert quotes == ["赤字率从去年的2.1%提高到2.3%", "中央财政赤字1.12万亿元"]


def test_stocks_and_the_growth_of_a_budget_are_no_target_rows() -> None:
    quotes = _target_quotes(["累计国债余额占国内生产总值比重20%左右。", "今年中央财政科技投入1461亿元，增长25.6%。"])
    assert quotes == ["中央财政科技投入1461亿元"]


def test_a_budget_that_names_no_purpose_is_not_paired_with_another_budget() -> None:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"],
                                 "二、2022年工作安排": ["中央财政拟投入420亿元资金。"]})
    new = report_of_parts(2023, {"一、2022年工作回顾": ["中央财政投入资金450亿元，补贴家电下乡。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.verdict == NO_RESULT and row.result is None


def test_a_programme_of_three_years_is_a_plan_period_target() -> None:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"], "二、2022年工作安排": [
        "今后三年各级政府拟投入8500亿元。", "争取用三年时间，解决750万户城市低收入住房困难家庭的住房问题。",
        "今年城镇新增就业900万人以上。"]})
    by_text = {sentence.text: horizon for sentence in old.sentences
               if (horizon := sentence_horizons(old).get(sentence.id)) is not None}
    assert by_text["今后三年各级政府拟投入8500亿元。"] == HORIZON_PLAN_PERIOD
    assert by_text["争取用三年时间，解决750万户城市低收入住房困难家庭的住房问题。"] == HORIZON_PLAN_PERIOD
    assert by_text["今年城镇新增就业900万人以上。"] == HORIZON_YEAR


def test_income_growing_is_a_direction_the_figures_show() -> None:
    old = report_of_parts(2022, {"一、2021年工作回顾": ["经济平稳。"], "二、2022年工作安排": [
        "今年的主要预期目标是：国内生产总值增长8%左右；城乡居民收入稳定增长。"]})
    new = report_of_parts(2023, {"一、2022年工作回顾": [
        "城镇居民人均可支配收入实际增长9.8%，农村居民人均纯收入实际增长8.5%。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target and "收入" in row.target.quote]
    assert row.verdict == MET and "9.8%" in row.reason and "8.5%" in row.reason


def test_a_target_said_twice_is_one_row() -> None:
    quotes = _target_quotes(["国内生产总值增长7%左右。", "经济增长预期7%左右，考虑了需要和可能。"])
    assert quotes == ["国内生产总值增长7%左右"]
    in_step = _target_quotes(["努力实现居民收入增长和经济发展同步。", "使城乡居民收入与经济同步。"])
    assert in_step == ["居民收入增长和经济发展同步"]


def test_only_income_grows_in_step_and_a_national_total_is_a_name() -> None:
    quotes = _target_quotes(["责任和权力同步下放、放活和监管同步。", "今年全国财政支出21万亿元。"])
    assert quotes == ["全国财政支出21万亿元"]


def test_the_list_of_main_targets_goes_on_after_its_first_sentence() -> None:
    plan = ["今年发展的主要预期目标是：国内生产总值增长6.5%左右，进出口回稳向好。"
            "单位国内生产总值能耗下降3.4%以上，主要污染物排放继续减少。"
            "总的考虑是，有利于稳定和引导市场预期。"]
    quotes = _target_quotes(plan)
    explained = _target_quotes(["今年的主要预期目标是：国内生产总值增长8%左右。"
                                "这里要着重说明，提出8%左右的国内生产总值增长目标，综合考虑了发展的需要和可能。"])
    assert explained == ["国内生产总值增长8%左右"]
    assert "主要污染物排放继续减少" in quotes and "进出口回稳向好" in quotes
    assert not any("预期" in quote for quote in quotes if quote != "进出口回稳向好")


def test_the_two_weihai_reports_are_not_a_pair_of_consecutive_years() -> None:
    earlier = load_reports(corpus_file("weihai-2020.txt"))[0]
    later = load_reports(corpus_file("weihai-2022.txt"))[0]
    warnings = " ".join(build_scorecard(earlier, later).warnings)
    assert "not consecutive" in warnings
    assert "no plan part" in warnings  # the 2020 file holds its review part only


def _national(old: int, new: int) -> Scorecard:
    return build_scorecard(load_reports(corpus_file(f"national/{old}.txt"))[0],
                           load_reports(corpus_file(f"national/{new}.txt"))[0])


def test_national_2016_targets_against_2017_results() -> None:
    rows = {row.indicator: row for row in _national(2016, 2017).rows if row.horizon == HORIZON_YEAR}
    growth = rows["国内生产总值"]  # the result sentence crosses a wrapped line in the wiki copy
    assert growth.verdict == MET and growth.result is not None and "6.7%" in growth.reason
    assert rows["居民消费价格"].verdict == MET and "ceiling" in rows["居民消费价格"].reason
    assert rows["城镇新增就业"].verdict == MET and "1314万人" in rows["城镇新增就业"].reason
    assert rows["城镇登记失业率"].verdict == MET


def test_the_2018_report_reviews_five_years_so_few_2017_targets_get_a_one_year_result() -> None:
    card = _national(2017, 2018)
    truth = json.loads((Path(__file__).parents[2] / "data" / "scorecard" / "national-2017-2018.json").read_text(
        encoding="utf-8"))
    no_result = {row["target"]["quote"] for row in truth["rows"] if row["verdict"] == "no_result"}
    ours = {row.target.quote: row for row in card.rows if row.target is not None}
    for quote, row in ours.items():
        if any(quote in truth_quote or truth_quote in quote for truth_quote in no_result):
            assert row.result is None or row.result.indicator is None, f"{quote} paired with a five-year figure"
    assert ours and all(row.horizon == HORIZON_YEAR for row in card.rows if row.result is not None)


def test_scorecard_csv_never_writes_over_a_report_or_an_existing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "2016.txt", tmp_path / "2017.txt"
    old.write_bytes(corpus_file("national/2016.txt").read_bytes())
    new.write_bytes(corpus_file("national/2017.txt").read_bytes())
    kept = new.read_bytes()
    assert main(["scorecard", str(old), str(new), "--csv", str(new)]) == 1
    assert new.read_bytes() == kept and "error" in capsys.readouterr().err
    table = tmp_path / "card.csv"
    table.write_text("mine", encoding="utf-8")
    assert main(["scorecard", str(old), str(new), "--csv", str(table)]) == 1
    assert table.read_text(encoding="utf-8") == "mine" and "--force" in capsys.readouterr().err
    assert main(["scorecard", str(old), str(new), "--csv", str(table), "--force"]) == 0
    assert table.read_bytes().startswith("\ufeff".encode())


def test_scorecard_command_json_csv_and_a_chain_of_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(corpus_file(f"national/{year}.txt")) for year in (2016, 2017, 2018)]
    assert main(["scorecard", files[0], files[1], "--json", "--csv", str(tmp_path / "card.csv")]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"old", "new", "warnings", "rows"}
    assert document["old"]["year"] == 2016 and document["new"]["year"] == 2017
    row = next(row for row in document["rows"] if row["indicator"] == "国内生产总值")
    assert set(row) == {"indicator", "horizon", "target", "result", "verdict", "reason"}
    assert {"text", "value", "unit", "qualifier", "sentence_id", "start", "end"} <= set(row["target"])
    report_text = load_reports(files[0])[0].text
    assert report_text[row["target"]["start"]:row["target"]["end"]] == row["target"]["text"]
    table = (tmp_path / "card.csv").read_bytes()
    assert table.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(table.decode("utf-8-sig"))))
    assert rows[0][:4] == ["target_year", "result_year", "indicator", "horizon"]
    assert len(rows) == len(document["rows"]) + 1

    assert main(["scorecard", *files, "--json"]) == 0
    chained = json.loads(capsys.readouterr().out)
    assert [pair["old"]["year"] for pair in chained["pairs"]] == [2016, 2017]
    growth = next(entry for entry in chained["series"] if entry["indicator"] == "国内生产总值")
    assert set(growth["years"]) == {"2016", "2017"}

    assert main(["scorecard", *files]) == 0  # the table of years: target, result and verdict in each cell
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["indicator", "2016", "2017"]
    growth_line = next(line for line in lines if line.split()[0] == "国内生产总值")
    assert "6.5-7% → 6.7% met" in growth_line and "6.5%左右 → 6.9% met" in growth_line


def test_scorecard_command_warns_and_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(corpus_file(f"national/{year}.txt")) for year in (2016, 2018)]
    assert main(["scorecard", *files]) == 0
    assert "not consecutive" in capsys.readouterr().err
    assert main(["scorecard", str(tmp_path / "missing.txt"), files[0]]) == 1
    assert "missing.txt" in capsys.readouterr().err


def test_a_target_restated_to_explain_it_is_one_target() -> None:
    old = report_of_parts(2010, {"一、2009年工作回顾": ["经济平稳。"], "二、2010年主要任务": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长8％左右；城镇登记失业率控制在4.6%以内。",
        "这里要着重说明，提出国内生产总值增长8%左右，主要是为了引导各方面把工作重点放在转变经济发展方式上。",
        "提出今年国内生产总值增长8%左右的目标，综合考虑了需要和可能。"]})
    new = report_of_parts(2011, {"一、2010年工作回顾": ["国内生产总值增长10.3%。"]})
    rows = build_scorecard(old, new).rows
    assert [row.target.quote for row in rows if row.target is not None] == [
        "国内生产总值增长8％左右", "城镇登记失业率控制在4.6%以内"]


def test_a_list_of_results_in_another_order_is_paired_by_value() -> None:
    old = report_of_parts(2009, {"一、2008年工作回顾": ["经济平稳。"], "二、2009年主要任务": [
        "今年要把农村小学、初中学生人均公用经费分别提高到300元和500元。"]})
    new = report_of_parts(2010, {"一、2009年工作回顾": ["提前一年实现农村中小学生人均公用经费500元和300元的目标。"]})
    rows = build_scorecard(old, new).rows
    assert [(row.result.quote if row.result else None, row.verdict) for row in rows] == [("300元", MET), ("500元", MET)]


def test_the_balance_of_payments_is_spoken_of_through_the_trade_surplus() -> None:
    old = report_of_parts(2011, {"一、2010年工作回顾": ["经济平稳。"], "二、2011年主要任务": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；城镇登记失业率控制在4.6%以内；国际收支状况继续改善。"]})
    new = report_of_parts(2012, {"一、2011年工作回顾": [
        "国内生产总值增长9.2%。", "外贸结构优化，贸易顺差进一步下降。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.indicator.startswith("国际收支")]
    assert row.result is not None and "贸易顺差进一步下降" in row.result.quote
    assert row.verdict == "stated"


def test_a_bare_start_count_is_of_the_programme_its_sentence_names_first() -> None:
    old = report_of_parts(2018, {"一、2017年工作回顾": ["经济平稳。"], "二、2018年工作安排": [
        "启动新的三年棚改攻坚计划，今年开工580万套。"]})
    new = report_of_parts(2019, {"一、2018年工作回顾": ["棚户区住房改造620多万套，农村危房改造190万户。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.indicator == "棚户区改造"
    assert row.result is not None and row.result.quote.startswith("棚户区住房改造620")
    assert row.verdict == MET


@pytest.mark.parametrize(
    ("target", "result"),
    [
        ("改造农村危房150万户。", "继续推进农村危房改造。"),  # the verb before its object, then after it
        ("今年小麦最低收购价每50公斤提高5到7元。", "稳步提高粮食最低收购价。"),  # one grain, then all grain
    ],
)
def test_a_target_the_review_rewords_is_found_in_its_words(target: str, result: str) -> None:
    old = report_of_parts(2011, {"一、2010年工作回顾": ["经济平稳。"], "二、2011年主要任务": [target]})
    new = report_of_parts(2012, {"一、2011年工作回顾": ["经济平稳。", result]})
    row = next(row for row in build_scorecard(old, new).rows if row.target is not None)
    assert row.result is not None and row.result.quote == result.rstrip("。")
    assert row.verdict == "stated"


def test_a_budget_planned_with_its_verb_after_the_name_meets_its_spending() -> None:
    old = report_of_parts(2011, {"一、2010年工作回顾": ["经济平稳。"], "二、2011年主要任务": [
        "今年中央财政用于“三农”的投入拟安排9884.5亿元。"]})
    new = report_of_parts(2012, {"一、2011年工作回顾": ["中央财政“三农”支出超过1万亿元。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.result is not None and "1万亿元" in row.result.quote
    assert row.verdict == MET


def test_the_deficit_ratio_spelled_out_is_the_deficit_ratio() -> None:
    old = report_of_parts(2012, {"一、2011年工作回顾": ["经济平稳。"],
                                 "二、2012年主要任务": ["赤字率下降到1.5％左右。"]})
    new = report_of_parts(2013, {"一、2012年工作回顾": [
        "财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右，赤字率和债务负担率保持在安全水平。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert row.result is not None and row.result.indicator is not None and row.result.indicator.value == 1.5
    assert row.verdict == MET


def test_a_budget_without_its_purpose_is_paired_by_the_purpose_its_sentence_names() -> None:
    old = report_of_parts(2009, {"一、2008年工作回顾": ["经济平稳。"], "二、2009年主要任务": [
        "实施更加积极的就业政策，中央财政拟投入420亿元资金。",
        "农机具购置补贴覆盖到全国所有农牧业县（场），中央财政拟安排资金130亿元，比上年增加90亿元。"]})
    new = report_of_parts(2010, {"一、2009年工作回顾": [
        "中央政府公共投资9243亿元，比上年预算增加5038亿元。",
        "中央财政安排资金1713亿元，全年城镇保障性住房基本建成432万套。",
        "中央财政安排就业专项资金426亿元，比上年增长59%。"]})
    rows = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert [(row.result.quote if row.result else None, row.verdict) for row in rows] == [
        ("426亿元", MET), (None, NO_RESULT)]


def test_last_year_recounted_in_the_plan_part_sets_no_target() -> None:
    old = report_of_parts(2011, {"一、“十一五”时期回顾": ["五年来经济平稳。"], "二、2011年的工作": [
        "过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。",
        "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右；城镇新增就业900万人。"]})
    new = report_of_parts(2012, {"一、2011年工作回顾": ["国内生产总值增长9.2%。"]})
    targets = [row.target.quote for row in build_scorecard(old, new).rows if row.target is not None]
    assert targets == ["国内生产总值增长8%左右", "城镇新增就业900万人"]


@pytest.mark.parametrize(
    "sentence",
    [
        "认真落实国务院关于鼓励引导民间投资新36条，出台具有可操作性的实施细则。",  # a document's title
        "解决13亿中国人的吃饭问题始终是头等大事，任何时候都不能掉以轻心。",  # the people a plan serves
    ],
)
def test_a_figure_that_is_no_goal_sets_no_target(sentence: str) -> None:
    old = report_of_parts(2012, {"一、2011年工作回顾": ["经济平稳。"], "二、2012年主要任务": [sentence]})
    new = report_of_parts(2013, {"一、2012年工作回顾": ["经济平稳。"]})
    assert [row for row in build_scorecard(old, new).rows if row.target is not None] == []


def test_a_target_named_by_a_bare_verb_is_not_found_in_any_sentence_with_that_verb() -> None:
    old = report_of_parts(2014, {"一、2013年工作回顾": ["经济平稳。"],
                                 "二、2014年工作总体部署": ["今年启动1亿亩试点。"]})
    new = report_of_parts(2015, {"一、2014年工作回顾": ["民营银行试点迈出新步伐，“沪港通”试点启动。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert (row.result, row.verdict) == (None, NO_RESULT)


def test_a_plan_period_end_state_without_a_figure_is_a_goal_of_its_own() -> None:
    old = report_of_parts(2016, {"一、2015年工作回顾": ["经济平稳。"], "二、“十三五”时期主要目标任务": [
        "我国现行标准下的农村贫困人口实现脱贫，贫困县全部摘帽，实现城乡宽带网络全覆盖。"]})
    new = report_of_parts(2017, {"一、2016年工作回顾": ["经济平稳。"]})
    rows = [row for row in build_scorecard(old, new).rows if row.target is not None]
    assert [(row.target.quote, row.horizon, row.verdict) for row in rows] == [
        ("我国现行标准下的农村贫困人口实现脱贫", HORIZON_PLAN_PERIOD, NO_RESULT),
        ("贫困县全部摘帽", HORIZON_PLAN_PERIOD, NO_RESULT),
        ("实现城乡宽带网络全覆盖", HORIZON_PLAN_PERIOD, NO_RESULT)]


def test_main_pollutants_falling_is_judged_by_each_pollutants_figure() -> None:
    old = report_of_parts(2016, {"一、2015年工作回顾": ["经济平稳。"], "二、2016年重点工作": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长6.5%-7%；主要污染物排放继续减少。"]})
    new = report_of_parts(2017, {"一、2016年工作回顾": [
        "国内生产总值增长6.7%。", "二氧化硫、氮氧化物排放量分别下降5.6%和4%。"]})
    (row,) = [row for row in build_scorecard(old, new).rows if row.indicator.startswith("主要污染物")]
    assert row.verdict == MET
    assert "二氧化硫排放量下降5.6%" in row.reason


def test_a_plan_that_sets_only_targets_of_a_plan_period_is_said_to_set_none_for_the_year() -> None:
    # 1983 (the sixth five-year plan) → 1984: every target is for 1985; the window showed eleven rows 未报告 unexplained
    plan = {"一、1982年工作回顾": ["经济平稳。"], "二、今后五年的主要任务": ["到一九八七年，钢产量达到四千万吨。"]}
    old = report_of_parts(1983, plan, "全国")
    new = report_of_parts(1984, {"一、1983年工作回顾": ["钢产量四千万吨。"]}, "全国")
    card = build_scorecard(old, new)
    assert card.rows and all(row.horizon != HORIZON_YEAR for row in card.rows if row.target is not None)
    assert [code for code, _params in card.warning_codes] == ["period-targets-only"]
    assert "1983 report sets no target for 1983 alone" in card.warnings[0]
    yearly = report_of_parts(1983, {**plan, "三、1983年的任务": ["钢产量三千八百万吨。"]}, "全国")
    assert not build_scorecard(yearly, new).warning_codes  # one target of the year: no such warning


def test_rows_stand_in_the_order_the_plan_sets_their_targets() -> None:
    """2009→2010: the main targets in words (经济结构进一步优化) came after 49 other rows, far from GDP and jobs."""
    old = report_of_parts(2009, {"一、2008年工作回顾": ["经济平稳。"], "二、2009年主要任务": [
        "今年经济社会发展的主要预期目标是：国内生产总值增长8%左右，经济结构进一步优化；城镇新增就业900万人以上。",
        "中央政府拟新增公共投资4875亿元。"]})
    new = report_of_parts(2010, {"一、2009年工作回顾": [
        "国内生产总值增长8.7%，经济结构调整取得新进展，城镇新增就业1102万人。"]})
    names = [row.indicator for row in build_scorecard(old, new).rows if row.target is not None]
    assert names.index("经济结构进一步优化") == names.index("国内生产总值") + 1
    assert names.index("城镇新增就业") == names.index("经济结构进一步优化") + 1


def test_a_plan_of_period_targets_only_is_not_also_said_to_be_reviewed_by_several_years() -> None:
    # 1987→1988: the review of five years told of 1987's plan-period goals, yet the card also said the year's targets
    # show no result for want of a review of the year, where no target of the year was set
    old = report_of_parts(1987, {"一、1986年工作回顾": ["经济平稳。"], "二、今后四年的主要任务": [
        "到一九九〇年，钢产量达到五千万吨。"]}, "全国")
    new = report_of_parts(1988, {"一、过去五年国内工作的基本总结": [
        "五年来，钢产量年均增长百分之七。过去五年，粮食产量年均增长百分之二。"]}, "全国")
    card = build_scorecard(old, new)
    assert [code for code, _params in card.warning_codes] == ["period-targets-only"]
