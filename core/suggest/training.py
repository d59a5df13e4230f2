"""Training the suggestion model from confirmed labels, and where the model is kept.

A *confirmed* label is any label an annotator saved: one given by hand
(``source: manual``) or a suggestion they accepted (``source: suggested``).
Suggestions never accepted are not in the annotation file and never train.

Where the model is kept
-----------------------
One model per annotator and folder of annotation files, in a folder beside
the annotation file::

    <folder of the annotation file>/gwr-model.<annotator slug>/

holding ``manifest.json`` and ``model.joblib`` (``core.suggest.model``) and
``training-folders.json``, the folders the annotator chose to train from as
well.  When the annotation file is in the per-user data folder (the report's
folder cannot be written, or it is a bundled sample; see
``core.annotations.paths``) the model goes to ``<data>/models/<annotator slug>/``.

What a model learns from
------------------------
The confirmed labels of the files open in the window, the annotator's other
annotation files that share the model's folder (so closing a file does not
make the model forget it) and every folder listed in
``training-folders.json``.  ``reset_model`` deletes the model and that list.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.annotations.annotation_set import AnnotationSet
from core.annotations.atomic_write import atomic_write
from core.annotations.paths import FILE_SUFFIX, annotator_slug, data_dir
from core.errors import AnnotationFileError, LoadError, SaveError
from core.reading.model import Report
from core.suggest.model import Example, SuggestionModel, reset, train
from core.suggest.rules import Suggestion
from core.suggest.suggestions import suggest

MODEL_FOLDER_PREFIX = "gwr-model"
TRAINING_FOLDERS_FILE = "training-folders.json"

Progress = Callable[[int, int], None]


def model_folder(annotation_file: Path, annotator: str, is_fallback: bool) -> Path:
    """Where the model of ``annotator`` lives for an annotation file (see the module docstring)."""
    slug = annotator_slug(annotator)
    if is_fallback:
        return data_dir() / "models" / slug
    return Path(os.path.abspath(annotation_file)).parent / f"{MODEL_FOLDER_PREFIX}.{slug}"


def annotator_files(annotation_file: Path, annotator: str, is_fallback: bool) -> list[Path]:
    """The annotator's annotation files that share the model of ``annotation_file`` (itself included)."""
    pattern = f"*.{annotator_slug(annotator)}{FILE_SUFFIX}"
    if is_fallback:
        folder = data_dir() / "annotations"
        return sorted(folder.glob(f"*/{pattern}")) if folder.is_dir() else []
    folder = Path(os.path.abspath(annotation_file)).parent
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def confirmed_examples(report: Report, annotations: AnnotationSet) -> list[Example]:
    """``(report, sentence, label)`` for every labelled sentence of ``report``, in text order."""
    examples: list[Example] = []
    for sentence in report.sentences:
        annotation = annotations.get(report.id, sentence.id)
        if annotation is not None:
            examples.append((report, sentence, annotation.label))
    return examples


@dataclass
class CollectedExamples:
    """Confirmed labels read from annotation files, and the files that could not be used."""

    examples: list[Example] = field(default_factory=list)
    files: int = 0  # annotation files that gave examples
    warnings: list[str] = field(default_factory=list)


def examples_from_files(sources: Iterable[Path | str], *, annotator: str | None = None,
                        skip_reports: Collection[Path] = (), progress: Progress | None = None) -> CollectedExamples:
    """Confirmed labels of annotation files, report files or folders of them.

    ``annotator`` keeps only that annotator's files (None: everybody's);
    reports whose source file is in ``skip_reports`` are left out (they are
    open, and their labels in memory are newer).  A file that cannot be read
    is skipped with a warning rather than stopping the rest.
    """
    from core.annotations.sources import annotation_files_for, collect, expand_sources
    from core.errors import ExportError

    collected = CollectedExamples()
    annotation_files: list[Path] = []
    try:
        report_files, annotation_files = expand_sources(sources)
    except ExportError as error:
        collected.warnings.append(str(error))
        return collected
    for report_file in report_files:
        annotation_files.extend(annotation_files_for(report_file))
    unique = list(dict.fromkeys(Path(os.path.abspath(path)) for path in annotation_files))
    skipped = {Path(os.path.abspath(path)) for path in skip_reports}
    for done, path in enumerate(unique):
        if progress is not None:
            progress(done, len(unique))
        try:
            items = collect([path]).items
        except (ExportError, LoadError, AnnotationFileError, OSError) as error:
            collected.warnings.append(f"Skipped {path}: {error}")
            continue
        found = False
        for item in items:
            if item.annotations is None or (annotator is not None and item.annotator != annotator):
                continue
            if Path(os.path.abspath(item.report.source)) in skipped:
                continue
            examples = confirmed_examples(item.report, item.annotations)
            collected.examples.extend(examples)
            found = found or bool(examples)
        collected.files += found
    if progress is not None:
        progress(len(unique), len(unique))
    return collected


def read_training_folders(folder: Path) -> list[Path]:
    """The extra folders a model trains from; empty when there is no readable list."""
    try:
        data = json.loads((Path(folder) / TRAINING_FOLDERS_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):  # nested too deeply
        return []
    if not isinstance(data, dict) or not isinstance(data.get("folders"), list):
        return []
    return [Path(item) for item in data["folders"] if isinstance(item, str) and item]


def write_training_folders(folder: Path, folders: Sequence[Path]) -> None:
    """Remember the extra training folders of a model (SaveError when it cannot be written)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SaveError(folder, f"Could not create the model folder {folder}: {error.strerror or error}.") from error
    data = {"folders": [str(Path(os.path.abspath(path))) for path in dict.fromkeys(folders)]}
    atomic_write(folder / TRAINING_FOLDERS_FILE, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode())


def reset_model(folder: Path) -> None:
    """Forget the model in ``folder``: its files, the training folder list, and the folder if then empty."""
    folder = Path(folder)
    reset(folder)
    (folder / TRAINING_FOLDERS_FILE).unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty (someone else's files) or already gone


@dataclass
class TrainOutcome:
    """A newly trained model and whether it was saved."""

    model: SuggestionModel
    saved_to: Path | None = None
    error: str | None = None  # why it could not be saved (the model is still usable)


def train_and_save(examples: Sequence[Example], folder: Path | None) -> TrainOutcome:
    """Train on ``examples`` and save the model to ``folder`` when it learned something.

    A model that cannot be written is still returned, with the reason; the
    model already on disk is then unchanged.
    """
    outcome = TrainOutcome(train(examples))
    if outcome.model.is_trained and folder is not None:
        try:
            outcome.model.save(folder)
        except OSError as error:
            outcome.error = f"The suggestion model could not be saved in {folder}: {error.strerror or error}."
        else:
            outcome.saved_to = Path(folder)
    return outcome


class StoredExamples:
    """Confirmed labels read from annotation files, kept between retrainings.

    Not thread-safe: one object is used by one background job at a time.
    """

    def __init__(self) -> None:
        self.examples: list[Example] = []
        self.folders: list[Path] = []  # the extra training folders read so far

    def load(self, annotation_files: Sequence[Path], folders: Sequence[Path], annotator: str) -> list[str]:
        """Read the annotator's files (sharing the model) and every label of the training folders; warnings."""
        own = examples_from_files(annotation_files, annotator=annotator)
        self.examples = own.examples
        self.folders = []
        warnings = own.warnings
        for folder in folders:
            warnings.extend(self.add_folder(folder).warnings)
        return warnings

    def add_folder(self, folder: Path) -> CollectedExamples:
        """Add the confirmed labels of every annotator in ``folder`` (again, if it was read before)."""
        folder = Path(os.path.abspath(folder))
        if folder in self.folders:
            self.examples = [example for example in self.examples if not _inside(example[0].source, folder)]
        else:
            self.folders.append(folder)
        collected = examples_from_files([folder])
        self.examples.extend(collected.examples)
        return collected

    def without(self, open_sources: Collection[Path]) -> list[Example]:
        """The stored labels except those of reports open in the window (their labels in memory are newer)."""
        skipped = {Path(os.path.abspath(path)) for path in open_sources}
        unique: dict[tuple[Path, str, str], Example] = {}  # a file in two folders read counts once
        for example in self.examples:
            source = Path(os.path.abspath(example[0].source))
            if source not in skipped:
                unique.setdefault((source, example[0].id, example[1].id), example)
        return list(unique.values())


def _inside(path: Path, folder: Path) -> bool:
    return Path(os.path.abspath(path)).is_relative_to(folder)


def suggestions_in_order(report: Report, model: SuggestionModel | None = None) -> list[Suggestion]:
    """The suggestion of every sentence of ``report``, in sentence order."""
    by_id = suggest(report, model)
    return [by_id[sentence.id] for sentence in report.sentences]
