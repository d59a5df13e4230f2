"""Read labelled training data back into annotation files.

Two kinds of JSONL are read, line by line, each line on its own:

- doccano: ``{"text": ..., "label": [[start, end, label], ...]}`` (also the
  ``{"start_offset", "end_offset", "label"}`` objects and the ``entities``
  key of newer doccano exports, and text classification's ``"label":
  ["target"]``, which labels the whole text).  The document is matched to a
  report by the hash of its text, else by its text occurring exactly once in
  one report (an excerpt; offsets are shifted).  A span labels every sentence
  inside it; a span inside one sentence labels that sentence.
- our own export (``core.export.training_export``): records with ``report_hash``,
  ``sentence_id``, ``start``, ``end``, ``text``, ``label``; matched by the
  report hash, then by offsets (or the text, when the report moved it).

Sources and notes come back too: from the ``source`` and ``note`` keys of our
records, and from the ``span_details`` metadata of our doccano documents (a
span whose label was changed in doccano becomes ``manual``).

A sentence that gets two labels keeps the one covering more of it.  Labels
merge into the annotator's annotation file of the report's source file:
imported labels replace existing ones on the same sentences, others stay; an
imported note replaces the sentence's note, and a sentence given no note
keeps its own.

A label that neither the annotation file nor ``labels`` (a labels file, such
as the ``OUT.labels.json`` an export writes) defines is an error naming it and
where it was found (a misspelt ``targte`` must not become a new label);
nothing is saved then.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

from core.annotations.annotation_set import AnnotationSet
from core.annotations.labels import LabelDef, label_from_json
from core.annotations.opening import open_annotations
from core.annotations.record import ANNOTATION_SOURCES, SOURCE_MANUAL
from core.annotations.sources import expand_sources
from core.errors import IMPORT_MESSAGES, CodedError, LoadError, Notice
from core.export.training_export import SOURCE_SUGGESTED_UNCONFIRMED, SPAN_DETAILS_KEY
from core.reading.document import load_reports
from core.reading.model import Report, Sentence, text_hash

Progress = Callable[[int, int], None]
DEFAULT_ANNOTATOR = "import"
NEW_LABEL_COLOUR = "#bdbdbd"


class TrainingImportError(CodedError):
    """A training file could not be read; ``str(error)`` is a sentence for the user, some from ``IMPORT_MESSAGES``."""

    @classmethod
    def from_template(cls, code: str, **params: str) -> TrainingImportError:
        return cls(IMPORT_MESSAGES[code].format_map(params), code, params)


@dataclass(frozen=True)
class ImportedSpan:
    start: int
    end: int
    label: str
    source: str = SOURCE_MANUAL
    text: str | None = None  # the text the exporter saw at start:end
    sentence_id: str | None = None
    note: str | None = None
    where: str | None = None  # "file.jsonl line 3" when it differs from the document's


@dataclass
class ImportedDocument:
    """Labels for one report from one annotator, as read from a file."""

    where: str  # "file.jsonl line 3", for messages
    text: str | None = None  # doccano: the document text
    report_hash: str | None = None
    annotator: str | None = None
    spans: list[ImportedSpan] = field(default_factory=list)


@dataclass
class ImportResult:
    """What an import did; ``sets`` are the annotation files written (or to be written)."""

    sets: list[AnnotationSet] = field(default_factory=list)
    labelled: int = 0  # sentences that got a label from the import
    changed: int = 0  # of those, sentences whose label is new or different
    unmatched: list[str] = field(default_factory=list)  # documents no report matched
    unplaced: int = 0  # spans that fall on no sentence
    conflicts: int = 0  # sentences given different labels
    warnings: list[str] = field(default_factory=list)


# --- reading ---------------------------------------------------------------


def read_training_file(path: Path | str) -> list[ImportedDocument]:
    """Read a doccano or our own JSONL file; TrainingImportError when it cannot be read."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise TrainingImportError.from_template(
            "unreadable", file=str(path), detail=str(getattr(error, "strerror", None) or error)) from error
    documents: list[ImportedDocument] = []
    ours: dict[tuple[str, str | None], ImportedDocument] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name} line {number}"
        try:
            record = json.loads(line)
        except RecursionError as error:
            raise TrainingImportError(f"{where} is not valid JSON (nested too deeply).") from error
        except ValueError as error:
            raise TrainingImportError(f"{where} is not valid JSON ({error}).") from error
        if not isinstance(record, dict):
            raise TrainingImportError(f"{where} is not a JSON object.")
        if "sentence_id" in record and "report_hash" in record:
            _read_own_record(record, where, ours, documents)
        elif isinstance(record.get("text"), str):
            documents.append(_read_doccano(record, where))
        else:
            raise TrainingImportError(f"{where} is neither a doccano document (no \"text\") "
                                      "nor a record of this program's export.")
    return documents


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _read_own_record(record: dict[str, object], where: str, ours: dict[tuple[str, str | None], ImportedDocument],
                     documents: list[ImportedDocument]) -> None:
    label = record.get("label")
    if label is None or record.get("source") == SOURCE_SUGGESTED_UNCONFIRMED:
        return  # an unlabelled sentence, or a suggestion nobody confirmed (export --include-suggestions)
    start, end, text, report_hash = (record.get(key) for key in ("start", "end", "text", "report_hash"))
    if not (isinstance(label, str) and _is_offset(start) and _is_offset(end) and isinstance(text, str)
            and isinstance(report_hash, str)):
        raise TrainingImportError(f"{where}: label, start, end, text or report_hash is missing or of the wrong type.")
    annotator = _text_or_none(record.get("annotator"))
    source = record.get("source")
    if not (isinstance(source, str) and source in ANNOTATION_SOURCES):
        source = SOURCE_MANUAL
    sentence_id = _text_or_none(record.get("sentence_id"))
    note = _text_or_none(record.get("note"))
    key = (report_hash, annotator)
    if key not in ours:
        ours[key] = ImportedDocument(where=where, report_hash=report_hash, annotator=annotator)
        documents.append(ours[key])
    ours[key].spans.append(ImportedSpan(start, end, label, source, text, sentence_id, note or None, where))


def _read_doccano(record: dict[str, object], where: str) -> ImportedDocument:
    text = record["text"]
    assert isinstance(text, str)
    raw = record.get("label", record.get("entities", []))
    meta = record.get("meta")
    if not isinstance(meta, dict):
        meta = {}
    annotator = record.get("annotator", meta.get("annotator"))
    report_hash = record.get("report_hash", meta.get("report_hash"))
    document = ImportedDocument(where=where, text=text, annotator=annotator if isinstance(annotator, str) else None,
                                report_hash=report_hash if isinstance(report_hash, str) else None)
    if not isinstance(raw, list):
        raise TrainingImportError(f"{where}: \"label\" is not a list.")
    details = _span_details(record.get(SPAN_DETAILS_KEY, meta.get(SPAN_DETAILS_KEY)))
    for item in raw:
        if isinstance(item, str):  # text classification: the whole text
            document.spans.append(ImportedSpan(0, len(text), item))
            continue
        if isinstance(item, dict):
            item = [item.get("start_offset"), item.get("end_offset"), item.get("label")]
        if (not isinstance(item, list) or len(item) < 3 or not _is_offset(item[0]) or not _is_offset(item[1])
                or not isinstance(item[2], str) or not item[0] <= item[1] <= len(text)):
            raise TrainingImportError(f"{where}: a span is not [start, end, label] within the text: {item!r}.")
        label, source, note = item[2], SOURCE_MANUAL, None
        detail = details.get((item[0], item[1]))
        if detail is not None:
            exported_label, exported_source, note = detail
            if exported_label == label:  # else the label was changed in doccano: by hand
                source = exported_source
        document.spans.append(ImportedSpan(item[0], item[1], label, source, note=note))
    return document


def _span_details(value: object) -> dict[tuple[int, int], tuple[str, str, str | None]]:
    """(start, end) -> (label, source, note) from a doccano document's ``span_details`` metadata."""
    found: dict[tuple[int, int], tuple[str, str, str | None]] = {}
    for detail in value if isinstance(value, list) else []:
        if not isinstance(detail, dict):
            continue
        start, end, label, source = (detail.get(key) for key in ("start", "end", "label", "source"))
        if _is_offset(start) and _is_offset(end) and isinstance(label, str) and isinstance(source, str) \
                and source in ANNOTATION_SOURCES:
            found[(start, end)] = (label, source, _text_or_none(detail.get("note")) or None)
    return found


def _is_offset(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def read_labels_file(path: Path | str) -> list[LabelDef]:
    """Label definitions from our labels file or doccano's label file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
        labels: list[LabelDef] = []
        for item in data:
            if isinstance(item, dict) and "text" in item and "name" not in item:  # doccano
                item = {"name": item["text"], "key": item.get("suffix_key") or "",
                        "colour": item.get("background_color") or NEW_LABEL_COLOUR, "description": ""}
            labels.append(label_from_json(item))
        return labels
    except RecursionError as error:
        raise TrainingImportError.from_template("labels-too-deep", file=str(path)) from error
    except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as error:
        raise TrainingImportError.from_template("not-labels", file=str(path), detail=str(error)) from error


# --- matching --------------------------------------------------------------


def match_document(document: ImportedDocument, reports: Sequence[Report]) -> tuple[Report, int] | None:
    """The report a document belongs to and the offset of its text in it, or None."""
    by_hash = {report.hash: report for report in reports}
    if document.text is not None:
        report = by_hash.get(text_hash(document.text))
        if report is not None:
            return report, 0
        found = [(report, report.text.find(document.text)) for report in reports
                 if document.text and report.text.count(document.text) == 1]
        return found[0] if len(found) == 1 else None
    if document.report_hash in by_hash:
        return by_hash[document.report_hash], 0
    for report in reports:  # the file changed: a report where every span's text still sits
        if document.spans and all(_find_span_text(report, span) is not None for span in document.spans):
            return report, 0
    return None


def _find_span_text(report: Report, span: ImportedSpan) -> int | None:
    """Where the span's text starts in the report: at its offsets, else the nearest occurrence."""
    if span.text is None or report.text[span.start:span.end] == span.text:
        return span.start
    hits: list[int] = []
    position = report.text.find(span.text)
    while position >= 0 and span.text:
        hits.append(position)
        position = report.text.find(span.text, position + 1)
    return min(hits, key=lambda hit: abs(hit - span.start)) if hits else None


def sentences_for_span(report: Report, start: int, end: int) -> list[tuple[Sentence, int]]:
    """The sentences a span labels, each with the number of its characters covered."""
    inside = [(s, s.end - s.start) for s in report.sentences if start <= s.start and s.end <= end]
    if inside:
        return inside
    overlaps = [(s, min(end, s.end) - max(start, s.start)) for s in report.sentences]
    best = max(overlaps, key=lambda pair: pair[1], default=None)
    return [best] if best is not None and best[1] > 0 else []


def _place_document(report: Report, shift: int, document: ImportedDocument,
                    result: ImportResult) -> dict[str, tuple[Sentence, ImportedSpan]]:
    """sentence id -> (sentence, the span that labels it) for one document."""
    by_id = {sentence.id: sentence for sentence in report.sentences}
    votes: dict[str, list[tuple[int, ImportedSpan]]] = defaultdict(list)
    sentences: dict[str, Sentence] = {}
    for span in document.spans:
        named = by_id.get(span.sentence_id or "")
        if named is not None and (named.start, named.end) == (span.start, span.end) and (
                span.text is None or named.text == span.text):
            placed = [(named, named.end - named.start)]
        else:
            start = _find_span_text(report, span) if document.text is None else span.start + shift
            placed = [] if start is None else sentences_for_span(report, start, start + span.end - span.start)
        if not placed:
            result.unplaced += 1
        for sentence, covered in placed:
            sentences[sentence.id] = sentence
            votes[sentence.id].append((covered, span))
    chosen: dict[str, tuple[Sentence, ImportedSpan]] = {}
    for sentence_id, candidates in votes.items():
        if len({span.label for _, span in candidates}) > 1:
            result.conflicts += 1
        _covered, span = max(candidates, key=lambda vote: vote[0])
        chosen[sentence_id] = (sentences[sentence_id], span)
    return chosen


# --- writing ---------------------------------------------------------------


def load_report_sources(sources: Iterable[Path | str], warnings: list[str] | None = None) -> dict[Path, list[Report]]:
    """Report files (or folders of them) -> their reports.

    LoadError when a named file cannot be read; one found in a folder is
    skipped with a warning instead.
    """
    found_in_folders: set[Path] = set()
    report_files, _ = expand_sources(sources, found_in_folders)
    loaded: dict[Path, list[Report]] = {}
    for path in report_files:
        try:
            loaded[path] = load_reports(path)
        except LoadError as error:
            if path not in found_in_folders:
                raise
            if warnings is not None:
                warnings.append(Notice("skipped", error, file=str(path), detail=str(error)))
    return loaded


def import_training(
    files: Iterable[Path | str],
    report_sources: Iterable[Path | str],
    *,
    annotator: str | None = None,
    labels: Sequence[LabelDef] = (),
    save: bool = True,
    progress: Progress | None = None,
) -> ImportResult:
    """Read training files and label the matching sentences of the reports.

    ``annotator`` overrides the annotator named in the files (default
    ``DEFAULT_ANNOTATOR`` where they name none).  ``labels`` gives
    definitions for labels the annotation files do not know yet; any other
    unknown label is a TrainingImportError and nothing is saved.  With
    ``save`` every changed annotation file is saved (SaveError on failure).
    """
    documents = [document for path in files for document in read_training_file(path)]
    result = ImportResult()
    loaded = load_report_sources(report_sources, result.warnings)
    reports = [report for file_reports in loaded.values() for report in file_reports]
    file_of = {id(report): path for path, file_reports in loaded.items() for report in file_reports}
    definitions = {label.name: label for label in labels}
    sets: dict[tuple[Path, str], AnnotationSet] = {}
    unknown: dict[str, str] = {}  # label -> where it was first found
    total = len(documents)
    for done, document in enumerate(documents):
        if progress is not None:
            progress(done, total)
        match = match_document(document, reports)
        if match is None:
            result.unmatched.append(document.where)
            continue
        report, shift = match
        path = file_of[id(report)]
        name = annotator or document.annotator or DEFAULT_ANNOTATOR
        if (path, name) not in sets:
            sets[(path, name)] = open_annotations(path, name, loaded[path])
        annotations = sets[(path, name)]
        for sentence, span in _place_document(report, shift, document, result).values():
            if span.label not in annotations.label_names() and span.label not in definitions:
                unknown.setdefault(span.label, span.where or document.where)
                continue
            _ensure_label(annotations, span.label, definitions)
            if span.note is not None:
                previous = annotations.set(report, sentence, span.label, source=span.source, note=span.note)
            else:
                previous = annotations.set(report, sentence, span.label, source=span.source)
            result.labelled += 1
            if previous is None or previous.label != span.label:
                result.changed += 1
    if unknown:
        listed = "; ".join(f"{label!r} ({where})" for label, where in unknown.items())
        raise TrainingImportError.from_template("unknown-labels", labels=listed)
    result.sets = list(sets.values())
    if result.unmatched:
        result.warnings.append(Notice("unmatched", count=str(len(result.unmatched)), names=", ".join(
            result.unmatched[:5]) + ("…" if len(result.unmatched) > 5 else "")))
    if result.unplaced:
        result.warnings.append(Notice("unplaced", count=str(result.unplaced)))
    if result.conflicts:
        result.warnings.append(Notice("conflicts", count=str(result.conflicts)))
    if save:
        for annotations in result.sets:
            if annotations.dirty:
                annotations.save()
    if progress is not None:
        progress(total, total)
    return result


def _ensure_label(annotations: AnnotationSet, name: str, definitions: dict[str, LabelDef]) -> None:
    if name in annotations.label_names():
        return
    used_keys = {label.key for label in annotations.labels}
    known = definitions.get(name)
    if known is None:
        known = LabelDef(name=name, key="", colour=NEW_LABEL_COLOUR, description="")
    elif known.key in used_keys:
        known = LabelDef(name=known.name, key="", colour=known.colour, description=known.description)
    try:
        annotations.set_labels([*annotations.labels, known])
    except ValueError as error:
        raise TrainingImportError.from_template("label-not-added", label=repr(name), detail=str(error)) from error


__all__ = [
    "DEFAULT_ANNOTATOR", "ImportResult", "ImportedDocument", "ImportedSpan", "TrainingImportError",
    "import_training", "load_report_sources", "match_document", "read_labels_file", "read_training_file",
    "sentences_for_span",
]
