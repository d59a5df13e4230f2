"""Suggested labels learned from the labels a user has confirmed.

For each label the rules can give, a logistic regression learns what the
user actually labels such sentences, from jieba words of the sentence, the
kind of its part, its place in the section tree and the rule that fired.
Every feature counts twice: once shared by all reports and once as the
feature of the report it comes from (``model_features``, at 0.3 of the value,
so that a report's own weight costs more than a shared one).  What the
reports agree on is learned in common and carries to every report; what one
report's corrections say against the others stays with that report.  So a
few corrections change what is suggested for the rest of the report being
labelled, sentences of the same kind in other reports change less (most
where the corrections agree with what their labels taught), and the rules still decide
where the user has confirmed nothing like it.  Measured on the labelled
reports (``tests/bench/bench_suggest.py``, learning while labelling): with
every feature shared (and C 10), the labels up to the 50th correction on
the 1964, 1979, 1992 and 1994 reports made 115 sentences of the other
reports right and 127 wrong (1992 alone 17 and 32, McNemar p 0.04), and
the rest of the corrected report got worse; with the reports' own copies
(and C 3), 103 right and 83 wrong (no report of the four lost more than it
won; 1992: 20 and 15), the rest of the corrected report better after the
corrections than before or less worse (1964 0.727 -> 0.735, 1992 0.633 ->
0.620, was 0.676 -> 0.639), and the leave-one-report-out scores kept
(macro-F1 0.919, F1 of other 0.858, ECE 0.026, was 0.032).  C 3 with
shared features alone won more on the other reports (115 right, 91 wrong)
but the corrected report still got worse after its corrections.
jieba is imported only when a model trains or predicts, never while
parsing.

A model is saved to a folder as ``model.joblib`` (the scikit-learn objects)
and ``manifest.json`` (format, version, labels, how many examples, library
versions); ``load`` refuses a folder of another format or version with a
clear message.  The joblib file is a pickle: load only folders this program
wrote.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core.reading.model import KIND_OTHER, Report, Sentence
from core.reading.scripts import simplified
from core.suggest.calibration import smoothed_precision
from core.suggest.rules import LABELS, Suggestion, calibration_key, prior_confidence, rule_suggestions

MODEL_FORMAT = "gwr-suggestion-model"
MODEL_VERSION = 2  # 2: rule_stats in the manifest, confidences pulled towards the rules' (calibrated)
MANIFEST = "manifest.json"
MODEL_FILE = "model.joblib"
MIN_EXAMPLES = 20  # fewer confirmed labels than this: the rules alone decide
MIN_CLASSES = 2
# Regularisation: weak enough that a few corrections move the report's own copies of the features; at 10 the
# shared weights followed one report's corrections into every other report (tests/bench/bench_suggest.py).
C_REGULARISATION = 3.0
# How many labels the rule's confidence counts for when it is weighed with what the model learned: with a
# few dozen labels the rules still weigh a good part, so the model cannot grow sure of itself too soon.
PRIOR_WEIGHT = 20.0
# What a report's own copy of each feature is worth (each feature also counts once as itself, for every report):
# below 1, a report's own weights cost more than the shared ones under the same regularisation, so what the
# reports share is learned in common and only what one report does differently stays with it.  On the labelled
# reports (C 10) 1 lowered the leave-one-report-out macro-F1 (0.916 against 0.919); with C 3, 0.5 let 50
# corrections on the 1964 report cost the others 7 sentences more than they won, 0.3 none.
REPORT_COPY_VALUE = 0.3

Example = tuple[Report, Sentence, str]

_DIGIT = re.compile(r"\d")
_TOKEN_CACHE: dict[str, list[str]] = {}
_TOKEN_CACHE_LIMIT = 50_000
_PUNCTUATION = set("，,。！!？?；;：:、“”\"'‘’（）()《》【】[]—…-·　 ")


class ModelError(Exception):
    """A saved model could not be loaded; ``str(error)`` says why, for the user."""


def _words(text: str) -> list[str]:
    """jieba words of ``text`` (punctuation dropped), cached: retraining re-reads the same sentences."""
    cached = _TOKEN_CACHE.get(text)
    if cached is not None:
        return cached
    import jieba  # late: parsing must never load jieba

    jieba.setLogLevel(60)
    words = [word for word in jieba.lcut(text) if word.strip() and word not in _PUNCTUATION]
    if len(_TOKEN_CACHE) >= _TOKEN_CACHE_LIMIT:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[text] = words
    return words


def _rule_family(reason: str) -> str:
    return reason.split(":", 1)[0].strip()


def sentence_features(report: Report, sentence: Sentence, rule: Suggestion) -> dict[str, float]:
    """The features of one sentence: words, part kind, structure and the rule suggestion."""
    features: dict[str, float] = {}
    for word in _words(simplified(sentence.clean_text)):  # 經濟 and 经济 are one word
        features[f"w={word}"] = 1.0
    features[f"kind={report.stated_kind(sentence)}"] = 1.0
    features[f"rule={rule.label}"] = 1.0
    features[f"rule_family={_rule_family(rule.reason)}"] = 1.0
    section = report.section_by_id(sentence.section)
    if section is not None and section.heading_start == sentence.start:
        features[f"opens_section_level={section.level}"] = 1.0
    length = len(sentence.clean_text)
    features[f"length<={min(length // 20 * 20 + 20, 200)}"] = 1.0
    if _DIGIT.search(sentence.clean_text):
        features["has_digits"] = 1.0
    return features


def report_tag(report: Report) -> str:
    """What names ``report``'s own copies of the features: a digest of its text, as the annotation file keeps."""
    return report.hash.removeprefix("sha256:")[:16]


def model_features(report: Report, sentence: Sentence, rule: Suggestion, tag: str) -> dict[str, float]:
    """``sentence_features`` once as they are and once more as the features of report ``tag`` alone.

    The shared features learn what holds in every report; the copies learn,
    from corrections made on one report, how that report differs, and count
    only for sentences of that same report (Daumé's feature augmentation).
    """
    features = sentence_features(report, sentence, rule)
    if REPORT_COPY_VALUE:
        features.update({f"{name}@{tag}": value * REPORT_COPY_VALUE for name, value in list(features.items())})
    return features


class _RuleCache:
    """Rule suggestions per report, computed once (rules depend on the whole report)."""

    def __init__(self) -> None:
        self._by_report: dict[int, tuple[Report, dict[str, Suggestion]]] = {}

    def get(self, report: Report, sentence: Sentence) -> Suggestion:
        entry = self._by_report.get(id(report))
        if entry is None or entry[0] is not report:
            suggestions = dict(zip((item.id for item in report.sentences), rule_suggestions(report)))
            entry = (report, suggestions)
            self._by_report[id(report)] = entry
        return entry[1][sentence.id]


class SuggestionModel:
    """What the user labels when the rules say a given label, learned per rule label.

    ``classifiers`` maps a rule label to a fitted classifier, or to a plain
    label when every confirmed sentence with that rule label got the same
    label.  Where no confirmed sentence had a rule label, the model has no
    opinion (confidence 0) and the rules decide: a model trained on review
    parts alone does not overrule the plan rules.
    """

    def __init__(
        self,
        vectorizer: Any = None,
        classifiers: dict[str, Any] | None = None,
        class_counts: dict[str, int] | None = None,
        rule_counts: dict[str, int] | None = None,
        trained_at: str = "",
        rule_stats: dict[str, tuple[int, int]] | None = None,
        unknown_kind_reports: int = 0,
    ) -> None:
        self.vectorizer = vectorizer
        self.classifiers = dict(classifiers or {})
        self.class_counts = dict(class_counts or {})
        self.rule_counts = dict(rule_counts or {})
        self.trained_at = trained_at
        self.rule_stats = dict(rule_stats or {})  # rule -> (right, suggested) on the confirmed labels
        # how many reports its labels in parts of unknown kind come from (see core.suggest.suggestions)
        self.unknown_kind_reports = unknown_kind_reports

    @property
    def labels(self) -> list[str]:
        return sorted(self.class_counts)

    @property
    def example_count(self) -> int:
        return sum(self.class_counts.values())

    @property
    def is_trained(self) -> bool:
        return self.vectorizer is not None and bool(self.classifiers)

    @property
    def is_ready(self) -> bool:
        """Enough confirmed labels of enough kinds for its suggestions to count."""
        return (
            self.is_trained
            and self.example_count >= MIN_EXAMPLES
            and sum(1 for count in self.class_counts.values() if count) >= MIN_CLASSES
        )

    def rule_confidence(self, rule: Suggestion) -> float:
        """How often the rule behind ``rule`` was right on the confirmed labels, pulled towards its prior.

        Measured apart in parts of unknown kind (``calibration_key``): there the same rule is right less often.
        """
        prior = prior_confidence(rule)
        right, total = self.rule_stats.get(calibration_key(rule), (0, 0))
        return smoothed_precision(right, total, prior, PRIOR_WEIGHT)

    def _blend(self, rule: Suggestion, learned: dict[str, float], seen: int) -> Suggestion:
        """The model's probabilities after ``seen`` labels, weighed with the rule's calibrated confidence."""
        prior = self.rule_confidence(rule)
        others = [label for label in LABELS if label != rule.label]
        blended: dict[str, float] = {}
        for label in (*LABELS, *learned):
            rule_share = prior if label == rule.label else (1 - prior) / max(len(others), 1)
            if label not in LABELS:
                rule_share = 0.0
            blended[label] = (seen * learned.get(label, 0.0) + PRIOR_WEIGHT * rule_share) / (seen + PRIOR_WEIGHT)
        best = max(blended, key=lambda label: blended[label])
        return Suggestion(best, blended[best], "model")

    def predict(self, report: Report, sentences: Iterable[Sentence] | None = None) -> list[Suggestion]:
        """One suggestion per sentence (all of the report's by default); reasons start with "model".

        The confidence weighs what the model learned from the labels confirmed
        where the rules said the same label against the rule's own
        (calibrated) confidence, by how many such labels there were.

        An untrained model raises ValueError; check ``is_trained`` or ``is_ready`` first.
        """
        if not self.is_trained:
            raise ValueError("The suggestion model has not been trained yet.")
        chosen = list(report.sentences if sentences is None else sentences)
        rules = _RuleCache()
        rule_of = [rules.get(report, sentence) for sentence in chosen]
        tag = report_tag(report)
        result: list[Suggestion | None] = [None] * len(chosen)
        for rule_label, classifier in self.classifiers.items():
            indices = [index for index, rule in enumerate(rule_of) if rule.label == rule_label]
            if not indices:
                continue
            seen = self.rule_counts.get(rule_label, 0)
            if isinstance(classifier, str):
                for index in indices:
                    result[index] = self._blend(rule_of[index], {classifier: 1.0}, seen)
                continue
            rows = [model_features(report, chosen[index], rule_of[index], tag) for index in indices]
            probabilities = classifier.predict_proba(self.vectorizer.transform(rows))
            classes = [str(name) for name in classifier.classes_]
            for index, row in zip(indices, probabilities):
                learned = {name: float(value) for name, value in zip(classes, row)}
                result[index] = self._blend(rule_of[index], learned, seen)
        return [
            suggestion
            if suggestion is not None
            else Suggestion(rule.label, 0.0, f"model (no confirmed labels where the rules said {rule.label})")
            for suggestion, rule in zip(result, rule_of)
        ]

    def save(self, folder: Path | str) -> None:
        """Write the model and its manifest into ``folder`` (created if needed)."""
        if not self.is_trained:
            raise ValueError("An untrained suggestion model cannot be saved.")
        import joblib
        import sklearn

        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / (MODEL_FILE + ".tmp")
        joblib.dump({"vectorizer": self.vectorizer, "classifiers": self.classifiers}, temporary)
        temporary.replace(folder / MODEL_FILE)
        manifest = {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "labels": self.labels,
            "class_counts": self.class_counts,
            "rule_counts": self.rule_counts,
            "rule_stats": {rule: list(stats) for rule, stats in self.rule_stats.items()},
            "trained_at": self.trained_at,
            "unknown_kind_reports": self.unknown_kind_reports,
            "scikit_learn": sklearn.__version__,
        }
        temporary = folder / (MANIFEST + ".tmp")
        temporary.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        temporary.replace(folder / MANIFEST)


def measure_rules(suggestions: Sequence[Suggestion], labels: Sequence[str]) -> dict[str, tuple[int, int]]:
    """(right, suggested) per rule (``calibration_key``) of rule ``suggestions`` against confirmed ``labels``."""
    right: Counter[str] = Counter(
        calibration_key(rule) for rule, label in zip(suggestions, labels) if rule.label == label)
    suggested: Counter[str] = Counter(calibration_key(rule) for rule in suggestions)
    return {rule: (right[rule], total) for rule, total in suggested.items()}


def train(examples: Sequence[Example]) -> SuggestionModel:
    """Learn from confirmed labels ``(report, sentence, label)``.

    With no examples, or only one label among them, the model is returned
    untrained; ``is_ready`` tells whether it should be used.
    """
    counts = Counter(label for _, _, label in examples)
    if len(counts) < MIN_CLASSES:
        return SuggestionModel(class_counts=dict(counts))
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rules = _RuleCache()
    rule_of = [rules.get(report, sentence) for report, sentence, _ in examples]
    rule_labels = [rule.label for rule in rule_of]
    rule_stats = measure_rules(rule_of, [label for _, _, label in examples])
    tags: dict[int, str] = {}
    for report, _, _ in examples:
        if id(report) not in tags:
            tags[id(report)] = report_tag(report)
    rows = [
        model_features(report, sentence, rules.get(report, sentence), tags[id(report)])
        for report, sentence, _ in examples
    ]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    classifiers: dict[str, Any] = {}
    rule_counts = Counter(rule_labels)
    for rule_label in rule_counts:
        indices = [index for index, label in enumerate(rule_labels) if label == rule_label]
        targets = [examples[index][2] for index in indices]
        if len(set(targets)) < 2:
            classifiers[rule_label] = targets[0]
            continue
        classifier = LogisticRegression(C=C_REGULARISATION, max_iter=2000)
        classifier.fit(matrix[indices], targets)
        classifiers[rule_label] = classifier
    return SuggestionModel(
        vectorizer,
        classifiers,
        dict(counts),
        dict(rule_counts),
        datetime.now(timezone.utc).isoformat(timespec="seconds"),
        rule_stats,
        len({tags[id(report)] for report, sentence, _ in examples if report.stated_kind(sentence) == KIND_OTHER}),
    )


def load(folder: Path | str) -> SuggestionModel:
    """Read a model saved by ``SuggestionModel.save``; ModelError when it cannot be used."""
    folder = Path(folder)
    manifest_path = folder / MANIFEST
    if not manifest_path.exists():
        raise ModelError(f"No suggestion model in {folder}: {MANIFEST} is missing.")
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except RecursionError as error:
        raise ModelError(f"The suggestion model manifest {manifest_path} cannot be read: "
                         "its JSON is nested too deeply.") from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(f"The suggestion model manifest {manifest_path} cannot be read: {error}.") from error
    if not isinstance(manifest, dict) or manifest.get("format") != MODEL_FORMAT:
        raise ModelError(f"{manifest_path} does not describe a suggestion model of this program.")
    version = manifest.get("version")
    if version != MODEL_VERSION:
        raise ModelError(
            f"The suggestion model in {folder} has version {version}; this program reads version "
            f"{MODEL_VERSION}. Train the model again."
        )
    import joblib
    import sklearn

    saved_with = str(manifest.get("scikit_learn", ""))
    if saved_with.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"The suggestion model in {folder} was saved with scikit-learn {saved_with or '?'}, "
            f"but {sklearn.__version__} is installed. Train the model again."
        )
    try:
        parts = joblib.load(folder / MODEL_FILE)
        vectorizer, classifiers = parts["vectorizer"], parts["classifiers"]
    except Exception as error:  # a damaged or foreign file: any unpickling error
        raise ModelError(f"The suggestion model file in {folder} cannot be read: {error}.") from error
    counts = manifest.get("class_counts") or {}
    rule_counts = manifest.get("rule_counts") or {}
    stats = manifest.get("rule_stats") or {}
    return SuggestionModel(
        vectorizer,
        classifiers,
        {str(key): int(value) for key, value in counts.items()},
        {str(key): int(value) for key, value in rule_counts.items()},
        str(manifest.get("trained_at", "")),
        {str(key): (int(value[0]), int(value[1])) for key, value in stats.items()
         if isinstance(value, list) and len(value) == 2},
        _count(manifest.get("unknown_kind_reports")),  # absent in a model saved before it was kept: 0
    )


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def reset(folder: Path | str) -> None:
    """Forget the saved model in ``folder`` (only the files this module writes)."""
    folder = Path(folder)
    for name in (MODEL_FILE, MANIFEST, MODEL_FILE + ".tmp", MANIFEST + ".tmp"):
        (folder / name).unlink(missing_ok=True)
