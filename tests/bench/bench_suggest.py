"""Benchmark of the suggested labels: ``python tests/bench/bench_suggest.py``.

Scores the rule suggestions against hand labels: the development sets in
``tests/data/dev_labels/`` (which the rules were tuned on) and the gold file
``../shared/gold/weihai-2022.gold.jsonl`` (held out; heading rows left out).
Beside the rules it prints the naive baseline "review part -> achievement,
plan part -> target, else other", and the learned model trained on the
development sets (plus rules), scored on the gold file it never saw.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from core.reading.document import load_reports  # noqa: E402
from core.reading.model import KIND_PLAN, KIND_REVIEW, Report, Sentence  # noqa: E402
from core.suggest.rules import LABELS, rule_suggestions  # noqa: E402

SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold" / "weihai-2022.gold.jsonl"
DEV = REPO / "tests" / "data" / "dev_labels"

Example = tuple[Report, Sentence, str]


def load_labelled(labels_path: Path, corpus_path: Path) -> list[Example]:
    """Match labelled rows to parsed sentences by (report, start, end).

    Rows carry offsets into the report text (``report`` names the report in a
    multi-report file); heading rows are left out.  Raises ValueError when a
    row matches no sentence, so that a parser change cannot silently shrink
    the benchmark.
    """
    reports = load_reports(corpus_path)
    by_report = {report.id: report for report in reports}
    examples: list[Example] = []
    index: dict[tuple[str, int, int], Sentence] = {}
    for report in reports:
        for sentence in report.sentences:
            index[(report.id, sentence.start, sentence.end)] = sentence
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("heading"):
            continue
        report = by_report[row.get("report", reports[0].id)]
        found = index.get((report.id, row["start"], row["end"]))
        if found is None or found.text != row["text"]:
            raise ValueError(f"{labels_path.name}: no sentence at {row['start']}-{row['end']}: {row['text'][:30]}")
        examples.append((report, found, row["label"]))
    return examples


def dev_sets() -> dict[str, list[Example]]:
    """The development labels by report ("name" or "name rN"); empty when the corpus is absent."""
    sets: dict[str, list[Example]] = {}
    for path in sorted(DEV.glob("*.jsonl")):
        corpus_file = CORPUS / f"{path.stem}.txt"
        if not corpus_file.exists():
            continue
        examples = load_labelled(path, corpus_file)
        report_ids = list(dict.fromkeys(report.id for report, _, _ in examples))
        for report_id in report_ids:
            name = path.stem if len(report_ids) == 1 and report_id == "r1" else f"{path.stem} {report_id}"
            sets[name] = [example for example in examples if example[0].id == report_id]
    return sets


def gold_set() -> list[Example]:
    return load_labelled(GOLD, CORPUS / "weihai-2022.txt")


def naive_label(report: Report, sentence: Sentence) -> str:
    kind = report.section_kind(sentence)
    return {KIND_REVIEW: "achievement", KIND_PLAN: "target"}.get(kind, "other")


def predict_rules(examples: list[Example]) -> list[str]:
    cache: dict[int, dict[str, str]] = {}
    labels: list[str] = []
    for report, sentence, _ in examples:
        if id(report) not in cache:
            cache[id(report)] = {
                item.id: suggestion.label for item, suggestion in zip(report.sentences, rule_suggestions(report))
            }
        labels.append(cache[id(report)][sentence.id])
    return labels


def predict_naive(examples: list[Example]) -> list[str]:
    return [naive_label(report, sentence) for report, sentence, _ in examples]


def score(truth: list[str], predicted: list[str], labels: Iterable[str] = LABELS) -> dict[str, float]:
    """Accuracy, per-label precision/recall/F1 and macro-F1."""
    result: dict[str, float] = {"n": float(len(truth))}
    result["accuracy"] = sum(t == p for t, p in zip(truth, predicted)) / len(truth) if truth else 0.0
    f1s: list[float] = []
    for label in labels:
        true_positive = sum(t == label and p == label for t, p in zip(truth, predicted))
        predicted_count = sum(p == label for p in predicted)
        actual_count = sum(t == label for t in truth)
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / actual_count if actual_count else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[f"{label} P"], result[f"{label} R"], result[f"{label} F1"] = precision, recall, f1
        if actual_count or predicted_count:
            f1s.append(f1)
    result["macro-F1"] = sum(f1s) / len(f1s) if f1s else 0.0
    return result


COLUMNS = ["n", "accuracy"] + [f"{label} {part}" for label in LABELS for part in ("P", "R", "F1")] + ["macro-F1"]


def print_table(rows: list[tuple[str, str, dict[str, float]]]) -> None:
    header = f"{'data':<38} {'system':<22}" + "".join(f"{column:>14}" for column in COLUMNS)
    print(header)
    print("-" * len(header))
    for data, system, result in rows:
        cells = "".join(
            f"{int(result[column]):>14}" if column == "n" else f"{result[column]:>14.3f}" for column in COLUMNS
        )
        print(f"{data:<38} {system:<22}{cells}")


def run_systems(
    name: str, examples: list[Example], systems: dict[str, Callable[[list[Example]], list[str]]]
) -> list[tuple[str, str, dict[str, float]]]:
    truth = [label for _, _, label in examples]
    return [(name, system, score(truth, predict(examples))) for system, predict in systems.items()]


def model_predictor(training: list[Example]) -> Callable[[list[Example]], list[str]]:
    """Train the suggestion model on ``training``; predict with rules and model combined."""
    from core.suggest.model import train
    from core.suggest.suggestions import suggest

    model = train(training)

    def predict(examples: list[Example]) -> list[str]:
        cache: dict[int, dict[str, str]] = {}
        labels: list[str] = []
        for report, sentence, _ in examples:
            if id(report) not in cache:
                cache[id(report)] = {key: value.label for key, value in suggest(report, model).items()}
            labels.append(cache[id(report)][sentence.id])
        return labels

    return predict


def main() -> int:
    if not CORPUS.is_dir():
        print(f"The shared corpus is not at {CORPUS}; nothing to score.", file=sys.stderr)
        return 1
    systems: dict[str, Callable[[list[Example]], list[str]]] = {"naive baseline": predict_naive, "rules": predict_rules}
    rows: list[tuple[str, str, dict[str, float]]] = []
    dev = dev_sets()
    all_dev: list[Example] = []
    for name, examples in dev.items():
        rows += run_systems(f"dev {name}", examples, systems)
        all_dev += examples
    if all_dev:
        rows += run_systems("dev all", all_dev, systems)
    if GOLD.exists():
        gold = gold_set()
        rows += run_systems("GOLD weihai-2022 (held out)", gold, systems)
        if all_dev:
            started = time.perf_counter()
            predictor = model_predictor(all_dev)
            seconds = time.perf_counter() - started
            rows += run_systems("GOLD weihai-2022 (held out)", gold, {"rules+model(dev)": predictor})
            print(f"model trained on {len(all_dev)} dev sentences in {seconds:.2f} s")
    else:
        print(f"No gold file at {GOLD}; scoring the development sets only.", file=sys.stderr)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
