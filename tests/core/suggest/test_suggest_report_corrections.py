"""Corrections made on one report: the rest of that report follows them, other reports keep what theirs taught."""

from __future__ import annotations

from core.reading.document import parse_text
from core.reading.model import Report, Sentence
from core.suggest.suggestions import suggest, suggest_by_rules, train

ITEMS = ["老旧小区", "农贸市场", "城市道路", "公共厕所", "污水管网", "供热管道", "乡村公路", "中小学校舍",
         "社区卫生室", "养老机构", "体育场地", "停车泊位", "雨水管网", "背街小巷", "口袋公园", "农村危房",
         "城区桥梁", "公交站台", "健身步道", "垃圾中转站"]
CORRECTED = 10


def city_report(place: str, year: int) -> Report:
    """A small city report whose review lists twenty works done, all worded alike."""
    lines = [f"{year}年{place}市政府工作报告", f"{place}市市长 张三", "各位代表：",
             f"一、{year - 1}年工作回顾", "过去的一年，是极不平凡的一年。"]
    lines += [f"改造{item}{index + 3}处。" for index, item in enumerate(ITEMS)]
    lines += ["成绩来之不易。", "我们也清醒地认识到，发展中还存在一些困难和问题。",
              f"二、{year}年工作安排", "主要预期目标是：地区生产总值增长6%左右。", "力争全年完成固定资产投资500亿元。"]
    return parse_text("\n".join(lines) + "\n")[0]


def works(report: Report) -> list[Sentence]:
    return [sentence for sentence in report.sentences if any(item in sentence.text for item in ITEMS)]


def confirmed(report: Report) -> list[tuple[Report, Sentence, str]]:
    rules = suggest_by_rules(report)
    return [(report, sentence, rules[sentence.id].label) for sentence in report.sentences]


def test_corrections_on_a_report_carry_to_its_other_sentences_but_not_to_like_sentences_elsewhere() -> None:
    east, south, west, north = (city_report(place, 2024) for place in ("东海", "南湖", "西山", "北岭"))
    assert {suggest_by_rules(east)[sentence.id].label for sentence in works(east)} == {"achievement"}
    base = confirmed(east) + confirmed(south)  # two reports where such works are achievements
    # On west the annotator labels from the top and calls the first ten works `other`.
    last = west.sentences.index(works(west)[CORRECTED - 1])
    rules = suggest_by_rules(west)
    corrections = [(west, sentence, "other" if sentence in works(west) else rules[sentence.id].label)
                   for sentence in west.sentences[: last + 1]]
    model = train(base + corrections)
    assert model.is_ready
    on_west = suggest(west, model)
    # The ten works below follow the corrections, although two reports taught the opposite
    # (with features shared by every report, the two reports' forty labels outvoted the ten).
    assert all(on_west[sentence.id].label == "other" for sentence in works(west)[CORRECTED:])
    assert all(on_west[sentence.id].reason.startswith("model") for sentence in works(west)[CORRECTED:])
    # The same works elsewhere stay achievements, in a report labelled before and in one nobody labelled:
    # no label there changes from what the two reports alone taught.
    before = train(base)
    for report in (east, north):
        after = suggest(report, model)
        assert all(after[sentence.id].label == "achievement" for sentence in works(report))
        assert {key: item.label for key, item in after.items()} == {
            key: item.label for key, item in suggest(report, before).items()}
