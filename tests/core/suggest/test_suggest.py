"""Suggested labels: rules on known sentences, the learned model, saving, the command line, gold scores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import main
from core.reading.document import load_reports, parse_text
from core.reading.model import LEVEL_LEAD, Report, Sentence
from core.suggest.model import MANIFEST, MIN_EXAMPLES, ModelError
from core.suggest.rules import LABELS
from core.suggest.suggestions import Suggestion, SuggestionModel, load, reset, suggest, suggest_by_rules, train
from resources import resource_path

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"

SYNTHETIC = """2024年示例市政府工作报告
——2024年1月10日在示例市第一届人民代表大会第三次会议上
示例市市长 张三
各位代表：
现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员提出意见。
一、2023年工作回顾
过去的一年，是极不平凡的一年。
全市生产总值预计增长5%左右，一般公共预算收入完成100亿元。
新增城镇就业3万人，比上年增加5000人。
各位代表！
成绩来之不易。
在此，我代表市人民政府，向全市人民致以崇高敬意和衷心感谢！
我们也清醒地认识到，发展中还存在一些困难和问题。
主要是：产业结构不优，创新能力不强，民生领域还有短板。
对这些问题，我们将采取有力措施加以解决。
二、2024年工作安排
今年政府工作的总体要求是：坚持稳中求进工作总基调，推动高质量发展。
主要预期目标是：地区生产总值增长6%左右，城镇新增就业3万人以上。
围绕上述目标，重点做好以下工作：
（一）扩大有效需求
力争全年完成固定资产投资500亿元。
实施重点项目100个，新建5G基站1000座。
三、加强政府自身建设
坚持依法行政，自觉接受人大监督。
各位代表！
征途漫漫，惟有奋斗。
让我们紧密团结在一起，为建设示例市而努力奋斗！
"""


def sample(name: str) -> Report:
    return load_reports(resource_path("samples", name))[0]


def by_text(report: Report, suggestions: dict[str, Suggestion], start: str) -> Suggestion:
    """The suggestion for the one sentence of ``report`` that starts with ``start``."""
    matches = [sentence for sentence in report.sentences if sentence.text.startswith(start)]
    assert len(matches) == 1, f"{len(matches)} sentences start with {start!r}"
    return suggestions[matches[0].id]


@pytest.fixture(scope="module")
def weihai_2022() -> Report:
    return sample("weihai-2022.txt")


@pytest.fixture(scope="module")
def weihai_2020() -> Report:
    return sample("weihai-2020.txt")


# --- rules ---------------------------------------------------------------


def test_every_sentence_gets_a_label_a_confidence_and_a_reason() -> None:
    for name in ("weihai-2020.txt", "weihai-2022.txt", "weihai-2025-plan-section.txt"):
        report = sample(name)
        suggestions = suggest(report)
        assert set(suggestions) == {sentence.id for sentence in report.sentences}
        for suggestion in suggestions.values():
            assert suggestion.label in LABELS
            assert 0.0 <= suggestion.confidence <= 1.0
            assert suggestion.reason


@pytest.mark.parametrize(
    ("start", "label", "reason"),
    [
        ("2024年示例市政府工作报告", "other", "title"),
        ("各位代表：", "other", "procedure"),
        ("现在，我代表", "other", "procedure"),
        ("过去的一年", "other", "background"),
        ("全市生产总值预计", "achievement", "estimate in review: 预计"),
        ("新增城镇就业3万人，比上年", "achievement", "review part"),
        ("成绩来之不易", "other", "来之不易"),
        ("在此，我代表", "other", "thanks"),
        ("我们也清醒地认识到", "other", "problem cue"),
        ("主要是：", "other", "problem cue"),
        ("对这些问题，我们将", "other", "closing"),
        ("今年政府工作的总体要求是", "target", "general requirement"),
        ("主要预期目标是", "target", "general requirement"),
        ("围绕上述目标", "other", "lead-in"),
        ("力争全年完成", "target", "plan target cue: 力争"),
        ("实施重点项目100个", "target", "plan part"),
        ("坚持依法行政", "target", "commitment: 坚持"),
        ("征途漫漫", "other", "rhetoric"),
        ("让我们紧密团结", "other", "rhetoric"),
    ],
)
def test_rules_on_a_small_report(start: str, label: str, reason: str) -> None:
    report = parse_text(SYNTHETIC, "synthetic.txt")[0]
    suggestion = by_text(report, suggest_by_rules(report), start)
    assert suggestion.label == label
    assert reason in suggestion.reason


def test_five_year_review_and_outlook_inside_one_part(weihai_2022: Report) -> None:
    suggestions = suggest_by_rules(weihai_2022)
    part = next(section for section in weihai_2022.sections if section.title.startswith("二、过去五年"))
    assert part.kind == "review"
    lead = by_text(weihai_2022, suggestions, "——这五年，“精致”的内涵更加丰富")
    assert (lead.label, lead.reason) == ("achievement", "five-year review: 这五年")
    assert by_text(weihai_2022, suggestions, "五年来，常住人口城镇化率").label == "achievement"
    outlook = by_text(weihai_2022, suggestions, "今后五年，是威海推进高质量发展")
    assert (outlook.label, outlook.reason) == ("target", "five-year outlook: 今后五年")
    # The sub-sections that follow the outlook belong to it, though the part is a review part.
    later = by_text(weihai_2022, suggestions, "聚焦产业智能化")
    assert later.label == "target" and "five-year outlook" in later.reason
    # The next part starts afresh.
    goals = by_text(weihai_2022, suggestions, "全市经济社会发展主要预期目标是")
    assert (goals.label, goals.reason) == ("target", "general requirement: 主要预期目标是")
    assert by_text(weihai_2022, suggestions, "持续支持企业冲击新目标").reason == "plan part"


def test_review_problems_thanks_and_estimates(weihai_2020: Report) -> None:
    suggestions = suggest_by_rules(weihai_2020)
    assert by_text(weihai_2020, suggestions, "全市生产总值预计增长4%左右").label == "achievement"
    problems = by_text(weihai_2020, suggestions, "我们也清醒地认识到")
    assert problems.label == "other" and problems.reason.startswith("problem cue")
    assert by_text(weihai_2020, suggestions, "在此,我代表市政府").reason.startswith("thanks")
    # A remedy is not a problem: "补齐乡村振兴短板" in the review is an achievement.
    assert by_text(weihai_2020, suggestions, "坚持抓两头带中间").label == "achievement"


def test_plan_targets_with_cues() -> None:
    report = sample("weihai-2025-plan-section.txt")
    suggestions = suggest_by_rules(report)
    goals = by_text(report, suggestions, "2025年主要预期目标为")
    assert goals.label == "target"
    invest = by_text(report, suggestions, "实施项目建设攻坚行动")
    assert (invest.label, invest.reason) == ("target", "plan target cue: 力争")
    assert by_text(report, suggestions, "实施优势产业集群提升工程").label == "target"
    assert by_text(report, suggestions, "围绕实现全年目标任务").label == "other"
    assert by_text(report, suggestions, "大道至简").label == "other"


def test_rules_load_neither_jieba_nor_scikit_learn() -> None:
    code = (
        "import sys; from core.reading.document import load_reports; from core.suggest.suggestions import suggest; "
        "from resources import resource_path; "
        "suggest(load_reports(resource_path('samples', 'weihai-2022.txt'))[0]); "
        "print(sorted(name for name in ('jieba', 'sklearn') if name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# --- the learned model ---------------------------------------------------


def opens_lead(report: Report, sentence: Sentence) -> bool:
    section = report.section_by_id(sentence.section)
    return section is not None and section.level == LEVEL_LEAD and section.heading_start == sentence.start


def lead_corrections(report: Report) -> list[tuple[Report, Sentence, str]]:
    """The user confirms the rules everywhere but calls every run-in lead `other`."""
    rules = suggest_by_rules(report)
    return [
        (report, sentence, "other" if opens_lead(report, sentence) else rules[sentence.id].label)
        for sentence in report.sentences
    ]


def test_model_learns_corrections_and_applies_them_to_another_report(
    weihai_2020: Report, weihai_2022: Report
) -> None:
    examples = lead_corrections(weihai_2020)
    assert sum(label == "other" and opens_lead(report, s) for report, s, label in examples) >= 20
    model = train(examples)
    assert model.is_ready
    rules = suggest_by_rules(weihai_2022)
    combined = suggest(weihai_2022, model)
    leads = [sentence for sentence in weihai_2022.sentences if opens_lead(weihai_2022, sentence)]
    assert leads and all(rules[sentence.id].label == "achievement" for sentence in leads)
    assert all(combined[sentence.id].label == "other" for sentence in leads)
    assert all(combined[sentence.id].reason.startswith("model") for sentence in leads)
    # Nothing else changes: the plan part, never seen in training, stays with the rules.
    others = [sentence for sentence in weihai_2022.sentences if not opens_lead(weihai_2022, sentence)]
    assert all(combined[sentence.id].label == rules[sentence.id].label for sentence in others)


def test_model_needs_enough_examples_of_two_labels(weihai_2020: Report) -> None:
    few = lead_corrections(weihai_2020)[: MIN_EXAMPLES - 1]
    assert not train(few).is_ready
    one_label = [(weihai_2020, sentence, "achievement") for sentence in weihai_2020.sentences]
    model = train(one_label)
    assert not model.is_ready
    assert suggest(weihai_2020, model) == suggest_by_rules(weihai_2020)
    assert not train([]).is_ready


def test_save_load_round_trip_and_reset(tmp_path: Path, weihai_2020: Report, weihai_2022: Report) -> None:
    model = train(lead_corrections(weihai_2020))
    folder = tmp_path / "model"
    model.save(folder)
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["version"] == 2 and manifest["format"] == "gwr-suggestion-model"
    loaded = load(folder)
    assert loaded.is_ready and loaded.class_counts == model.class_counts
    assert loaded.rule_stats == model.rule_stats and model.rule_stats
    assert loaded.predict(weihai_2022) == model.predict(weihai_2022)
    reset(folder)
    with pytest.raises(ModelError, match="missing"):
        load(folder)


def test_load_refuses_another_version(tmp_path: Path, weihai_2020: Report) -> None:
    train(lead_corrections(weihai_2020)).save(tmp_path)
    manifest_path = tmp_path / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["version"] = 99
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match="version 99"):
        load(tmp_path)
    manifest_path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="cannot be read"):
        load(tmp_path)


def test_untrained_model_cannot_predict_or_save(tmp_path: Path, weihai_2020: Report) -> None:
    model = SuggestionModel()
    with pytest.raises(ValueError):
        model.predict(weihai_2020)
    with pytest.raises(ValueError):
        model.save(tmp_path)


# --- command line ----------------------------------------------------------


def test_suggest_command_json(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(resource_path("samples", "weihai-2020.txt"))
    assert main.main(["suggest", path, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (entry,) = document["files"]
    assert entry["file"] == path
    (report,) = entry["reports"]
    sentences = report["sentences"]
    assert len(sentences) == len(sample("weihai-2020.txt").sentences)
    for sentence in sentences:
        assert set(sentence) >= {"id", "start", "end", "text", "label", "confidence", "reason"}
        assert sentence["label"] in LABELS
    assert sentences[0]["label"] == "other"


def test_suggest_command_bad_file_and_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = str(resource_path("samples", "weihai-2022.txt"))
    missing = str(tmp_path / "missing.txt")
    assert main.main(["suggest", missing, good, "--json"]) == 1
    captured = capsys.readouterr()
    assert "missing.txt" in captured.err
    assert [entry["file"] for entry in json.loads(captured.out)["files"]] == [good]

    train(lead_corrections(sample("weihai-2020.txt"))).save(tmp_path / "model")
    assert main.main(["suggest", good, "--json", "--model", str(tmp_path / "model")]) == 0
    sentences = json.loads(capsys.readouterr().out)["files"][0]["reports"][0]["sentences"]
    assert any(sentence["reason"].startswith("model") for sentence in sentences)

    assert main.main(["suggest", good, "--model", str(tmp_path / "nothing")]) == 2
    assert "manifest.json is missing" in capsys.readouterr().err


# --- scores against hand labels --------------------------------------------


def test_rules_on_gold_labels() -> None:
    if not (SHARED / "gold" / "weihai-2022.gold.jsonl").exists():
        pytest.skip("../shared/gold/weihai-2022.gold.jsonl is not beside the project (gold labels are shared data)")
    from tests.bench.bench_suggest import gold_set, predict_naive, predict_rules, score

    gold = gold_set()
    truth = [label for _, _, label in gold]
    rules = score(truth, predict_rules(gold))
    assert rules["macro-F1"] >= 0.85
    assert rules["other F1"] >= 0.75
    assert rules["macro-F1"] > score(truth, predict_naive(gold))["macro-F1"] + 0.1


def test_rules_on_development_labels() -> None:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not beside the project (development labels point into it)")
    from tests.bench.bench_suggest import dev_sets, predict_rules, score

    sets = dev_sets()
    examples = [example for examples in sets.values() for example in examples]
    assert len(examples) > 3000
    result = score([label for _, _, label in examples], predict_rules(examples))
    assert result["macro-F1"] >= 0.85
    # Reports with review and plan parts (city reports, a national report of 2004): the rules hold up well.
    old = "national/19"  # 1956 to 1994: no review or plan parts, or only parts named by subject
    # national/2013 has such parts too, but its labels read each sentence of the plan for what it states (background,
    # definitions, the speaker's topics), which the rules catch only in part: it is held to its own bound.
    closely_read = "national/2013"
    # national/2010 is held out (no rule written from it): a floor below its first measured score (0.858), so that a
    # rule that breaks it shows, with no rule fitted to it.
    held_out = "national/2010"
    modern = [example for name, items in sets.items() if not name.startswith((old, closely_read, held_out))
              for example in items]
    result = score([label for _, _, label in modern], predict_rules(modern))
    assert result["macro-F1"] >= 0.97
    assert result["other F1"] >= 0.93
    if closely_read in sets:
        read = sets[closely_read]
        assert score([label for _, _, label in read], predict_rules(read))["macro-F1"] >= 0.83
    if held_out in sets:
        read = sets[held_out]
        assert score([label for _, _, label in read], predict_rules(read))["macro-F1"] >= 0.83


def test_topical_parts_after_the_review_and_outlooks_in_passing() -> None:
    text = (
        "一、2023年工作回顾\n"
        "全市生产总值增长5%。\n"
        "“抓住机遇，深化改革”，是今后一个时期必须长期坚持的方针。\n"
        "新增城镇就业3万人。\n"
        "二、把改革开放扎实推向纵深\n"
        "深化国有企业改革，推进混合所有制改革。\n"
        "去年出台了一批改革措施。\n"
    )
    report = parse_text(text, "topical.txt")[0]
    assert [section.kind for section in report.sections if section.level == 1] == ["review", "plan"]
    assert [section.kind_by_position for section in report.sections if section.level == 1] == [False, True]
    suggestions = suggest_by_rules(report)
    assert by_text(report, suggestions, "新增城镇就业").label == "achievement"
    task = by_text(report, suggestions, "深化国有企业改革")
    assert task.label == "target" and "part after the review" in task.reason
    assert by_text(report, suggestions, "去年出台了").label == "achievement"
