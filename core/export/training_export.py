"""Training data from annotations: JSONL, CSV and doccano files.

Sources are report files, annotation files or folders holding either; how
they become (report, annotator) pairs is ``core.annotations.sources``.

Files written, for ``-o OUT`` (``data.jsonl``):

- ``jsonl``: one record per sentence, keys ``RECORD_KEYS`` on every line in
  that order, missing values null; ``text == report text[start:end]``, and
  ``clean_text`` is how the sentence reads: the same text with the line
  breaks that only wrap it removed (``core.reading.wraps``), for training.
- ``csv``: the same columns, UTF-8 with a BOM (Excel shows Chinese), the
  section path joined by ``SECTION_SEPARATOR``.  A text cell that begins
  with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
  ``'`` (OWASP's advice against CSV formula injection: Excel shows the text
  instead of running it as a formula); numbers (``year``, ``start``,
  ``end``, ``confidence``, ``schema_version``) are written as they are, and
  JSONL always keeps the exact text.
- ``doccano``: one document per report and annotator, ``{"text": report text
  (exactly, wrapped lines included, so imports find the report by its hash),
  "label": [[start, end, label], ...], ...metadata}`` (doccano's
  sequence-labelling JSONL import; the extra keys become its metadata), plus
  ``data.doccano-labels.json`` in doccano's label import form.  The metadata
  key ``span_details`` keeps each confirmed span's ``start``, ``end``,
  ``label``, ``source`` and ``note``, so an import gives them back.
- always ``data.labels.json``: the label set (name, key, colour, description).

Each record carries the annotator's ``note`` (null when none).  Outputs are
checked by ``core.export.output_files.check_outputs`` before anything is
written: never over an input, an annotation file or something that is not a
regular file, and over an existing file only with ``overwrite``.

Unconfirmed suggestions: with ``include_suggestions`` every sentence without
a label gets the label suggested for it (``core.suggest.suggestions``: the rules, and a
trained model when one is given) with ``source`` ``"suggested-unconfirmed"``
and its ``confidence`` (0..1); confirmed labels keep ``source`` ``"manual"`` or
``"suggested"`` (a suggestion the annotator accepted) and ``confidence`` null.
In doccano documents the unconfirmed suggestions are spans like the others
(doccano's pre-annotation, to be reviewed there; a span has no source).
Importing a JSONL export (``core.export.training_import``) skips the unconfirmed
records.  Off by default.

With a split (``80/10/10``), ``data.train.jsonl``, ``data.dev.jsonl`` and
``data.test.jsonl`` replace ``data.jsonl``; all the records of one report
text go to one part, and the same seed gives the same parts.  Only reports
with a confirmed label are split by the ratios (train gets at least one of
them); reports without one (``include_unlabelled``) go to train.
"""

from __future__ import annotations

import csv
import io
import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from core.annotations.atomic_write import atomic_write
from core.annotations.file_format import SCHEMA_VERSION
from core.annotations.labels import LabelDef
from core.annotations.sources import Collection, LabelledReport, Progress, collect, expand_sources
from core.errors import ExportError, Notice
from core.export.output_files import check_outputs
from core.file_names import json_bytes, readable
from core.reading.model import KIND_OTHER
from core.suggest.model import SuggestionModel
from core.suggest.rules import Suggestion
from core.suggest.suggestions import suggest

FORMAT_JSONL = "jsonl"
FORMAT_CSV = "csv"
FORMAT_DOCCANO = "doccano"
FORMATS = (FORMAT_JSONL, FORMAT_CSV, FORMAT_DOCCANO)
SPLIT_NAMES = ("train", "dev", "test")
SECTION_SEPARATOR = " > "
RECORD_KEYS = (
    "id", "sentence_id", "text", "clean_text", "label", "report_id", "report_hash", "place", "year",
    "section_path", "section_kind", "start", "end", "annotator", "source", "confidence", "note",
    "schema_version",
)
MAX_LISTED_WARNINGS = 8  # warnings named in an error message; the rest are counted
SOURCE_SUGGESTED_UNCONFIRMED = "suggested-unconfirmed"  # a suggestion nobody confirmed (include_suggestions)
DOCUMENT_KEYS = ("text", "label", "report_id", "report_hash", "source_file", "place", "year", "annotator",
                 "span_details")
SPAN_DETAILS_KEY = "span_details"  # doccano metadata: start, end, label, source and note of each confirmed span
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # a CSV text cell starting so gets a leading "'"


@dataclass
class PartCount:
    """What one part of a split got."""

    reports: int
    sentences: int  # records written (jsonl, csv) or spans (doccano)
    labelled: int  # of those, with a confirmed label


@dataclass
class ExportResult:
    """The files written and what went into them."""

    files: list[Path]
    records: int  # sentences (jsonl/csv) or documents (doccano) written
    labelled: int  # sentences with a confirmed label among them
    reports: int
    warnings: list[str]
    split_counts: dict[str, int] = field(default_factory=dict)  # part -> reports
    suggested: int = 0  # sentences labelled by an unconfirmed suggestion
    parts: dict[str, PartCount] = field(default_factory=dict)  # part -> what it got (with a split)


# --- finding sources -------------------------------------------------------


# --- records ---------------------------------------------------------------


def sentence_records(item: LabelledReport, include_unlabelled: bool = False,
                     suggestions: dict[str, Suggestion] | None = None) -> list[dict[str, object]]:
    """One record per labelled sentence (per sentence with ``include_unlabelled``), in text order.

    With ``suggestions`` (sentence id -> suggestion) a sentence without a label
    gets the suggested one, as an unconfirmed suggestion with its confidence.
    """
    report = item.report
    records: list[dict[str, object]] = []
    for sentence in report.sentences:
        annotation = item.annotations.get(report.id, sentence.id) if item.annotations is not None else None
        suggestion = suggestions.get(sentence.id) if suggestions is not None and annotation is None else None
        if annotation is None and suggestion is None and not include_unlabelled:
            continue
        note = annotation.note if annotation is not None else None
        label, source, confidence = (
            (annotation.label, annotation.source, None) if annotation is not None
            else (suggestion.label, SOURCE_SUGGESTED_UNCONFIRMED, round(suggestion.confidence, 3)) if suggestion
            else (None, None, None))
        path = report.section_path(sentence.section)
        records.append({
            "id": f"{item.report_id}/{sentence.id}",
            "sentence_id": sentence.id,
            "text": sentence.text,
            "clean_text": sentence.clean_text,
            "label": label,
            "report_id": item.report_id,
            "report_hash": report.hash,
            "place": report.place or None,
            "year": report.year,
            "section_path": [section.title for section in path],
            "section_kind": path[-1].kind if path else KIND_OTHER,
            "start": sentence.start,
            "end": sentence.end,
            "annotator": item.annotator,
            "source": source,
            "confidence": confidence,
            "note": note,
            "schema_version": SCHEMA_VERSION,
        })
    return records


def doccano_document(item: LabelledReport, suggestions: dict[str, Suggestion] | None = None) -> dict[str, object]:
    """The report as one doccano sequence-labelling document (unlabelled sentences get ``suggestions``)."""
    report = item.report
    spans: list[list[object]] = []
    details: list[dict[str, object]] = []
    if item.annotations is not None:
        for annotation in item.annotations.for_report(report.id):
            spans.append([annotation.start, annotation.end, annotation.label])
            details.append({"start": annotation.start, "end": annotation.end, "label": annotation.label,
                            "source": annotation.source, "note": annotation.note})
    if suggestions is not None:
        for sentence in report.sentences:
            labelled = item.annotations is not None and item.annotations.get(report.id, sentence.id) is not None
            if not labelled and sentence.id in suggestions:
                spans.append([sentence.start, sentence.end, suggestions[sentence.id].label])
        spans.sort(key=lambda span: (span[0], span[1]))
    return {
        "text": report.text,
        "label": spans,
        "report_id": item.report_id,
        "report_hash": report.hash,
        "source_file": report.source.name,
        "place": report.place or None,
        "year": report.year,
        "annotator": item.annotator,
        SPAN_DETAILS_KEY: details,
    }


def labels_json(labels: Sequence[LabelDef]) -> list[dict[str, str]]:
    """Our labels file: name, key, colour, description."""
    return [label.to_json() for label in labels]


def doccano_labels_json(labels: Sequence[LabelDef]) -> list[dict[str, object]]:
    """doccano's label import form."""
    return [{"text": label.name, "suffix_key": label.key or None, "background_color": label.colour,
             "text_color": "#000000"} for label in labels]


# --- splitting -------------------------------------------------------------


def parse_split(text: str) -> tuple[int, int, int]:
    """``"80/10/10"`` -> (80, 10, 10); ValueError with a readable message otherwise."""
    parts = text.replace(",", "/").replace(":", "/").split("/")
    if len(parts) != 3 or not all(part.strip().isdigit() for part in parts):
        raise ValueError(f"A split is three whole numbers like 80/10/10, not {text!r}.")
    numbers = tuple(int(part) for part in parts)
    if sum(numbers) <= 0:
        raise ValueError(f"The split {text!r} adds up to nothing.")
    if numbers[0] <= 0:
        raise ValueError(f"The split {text!r} gives train nothing; its first number is the share of train.")
    return numbers  # type: ignore[return-value]


def split_keys(keys: Iterable[str], ratios: tuple[int, int, int], seed: int) -> dict[str, str]:
    """Assign each key to train/dev/test: shuffled by ``seed``, cut by ``ratios`` (rounded).

    Train gets at least one key whenever there are keys and its ratio is not 0.
    """
    ordered = sorted(set(keys))
    random.Random(seed).shuffle(ordered)
    total = sum(ratios)
    bounds = [round(len(ordered) * sum(ratios[: index + 1]) / total) for index in range(3)]
    if ordered and ratios[0] > 0 and bounds[0] == 0:
        bounds[0] = 1
        bounds[1] = max(bounds[1], 1)
    assignment: dict[str, str] = {}
    start = 0
    for name, bound in zip(SPLIT_NAMES, bounds):
        for key in ordered[start:bound]:
            assignment[key] = name
        start = bound
    return assignment


# --- writing ---------------------------------------------------------------


def side_file(out: Path, tag: str, suffix: str | None = None) -> Path:
    """``data.jsonl`` + ``train`` -> ``data.train.jsonl``."""
    out = Path(out)
    return out.with_name(f"{out.stem}.{tag}{out.suffix if suffix is None else suffix}")


def output_files(out: Path | str, format: str = FORMAT_JSONL, split: tuple[int, int, int] | None = None,
                 ) -> list[Path]:
    """Every file an export to ``out`` writes, side files included, in the order written."""
    out = Path(out)
    files = [side_file(out, name) for name in SPLIT_NAMES] if split is not None else [out]
    files.append(side_file(out, "labels", ".json"))
    if format == FORMAT_DOCCANO:
        files.append(side_file(out, "doccano-labels", ".json"))
    return files


def collection_inputs(collection: Collection) -> list[Path]:
    """The files a collection was read from: report files and annotation files."""
    paths: list[Path] = []
    for item in collection.items:
        paths.append(item.report.source)
        if item.annotations is not None:
            paths.append(item.annotations.path)
    return paths


def jsonl_bytes(records: Iterable[dict[str, object]]) -> bytes:
    """One JSON object per line; a file name that is not UTF-8 keeps its bytes (core.file_names)."""
    return json_bytes("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))


def csv_bytes(records: Iterable[dict[str, object]]) -> bytes:
    """The records as CSV with a header and a UTF-8 BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(RECORD_KEYS)
    for record in records:
        writer.writerow([_csv_cell(record[key]) for key in RECORD_KEYS])
    return readable(buffer.getvalue()).encode("utf-8-sig")  # a name that is not UTF-8 shows as U+FFFD


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, list):
        value = SECTION_SEPARATOR.join(str(part) for part in value)
    if isinstance(value, str):
        return neutralise_formula(value)
    return value


def neutralise_formula(text: str) -> str:
    """``=HYPERLINK(...)`` -> ``'=HYPERLINK(...)``: a text cell a spreadsheet would run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def export_training(
    sources: Iterable[Path | str],
    out: Path | str,
    *,
    format: str = FORMAT_JSONL,
    include_unlabelled: bool = False,
    split: tuple[int, int, int] | None = None,
    seed: int = 0,
    progress: Progress | None = None,
    include_suggestions: bool = False,
    model: SuggestionModel | None = None,
    overwrite: bool = False,
    annotators: Sequence[str] | None = None,
) -> ExportResult:
    """Collect the sources and write the training files (see the module docstring).

    ``include_suggestions`` labels the sentences without a confirmed label by
    their suggestion (the rules, improved by ``model`` when given).  Every
    annotator's labels are written, one record per annotator and sentence,
    unless ``annotators`` names whose (a gold file apart from the raw ones).  Existing
    output files are replaced only with ``overwrite`` (OutputExistsError
    otherwise); inputs and annotation files never (UnsafeOutputError).
    """
    if format not in FORMATS:
        raise ExportError(f"Unknown format {format!r}; expected one of {', '.join(FORMATS)}.")
    sources = list(sources)
    inputs = _named_inputs(sources)
    check_outputs(output_files(out, format, split), inputs, overwrite=overwrite)  # before the slow part
    # a report nobody labelled still gets its suggestions when they are asked for
    collection = collect(sources, progress, include_unannotated=include_unlabelled or include_suggestions)
    if include_suggestions and not include_unlabelled:
        collection.warnings = [_suggested_instead(warning) for warning in collection.warnings]
    if annotators is not None:
        only_annotators(collection, annotators)
    return write_collection(collection, out, format=format, include_unlabelled=include_unlabelled,
                            split=split, seed=seed, include_suggestions=include_suggestions, model=model,
                            overwrite=overwrite, inputs=inputs)


def only_annotators(collection: Collection, annotators: Sequence[str]) -> None:
    """Keep the labels of ``annotators`` only; ExportError when none of them has a file."""
    found = {item.annotator for item in collection.items if item.annotator is not None}
    wanted = set(annotators)
    if not found & wanted:
        raise ExportError(f"No annotation file of {', '.join(annotators)} was found "
                          f"(annotators found: {', '.join(sorted(found)) or 'none'}); nothing was written.")
    missing = sorted(wanted - found)
    if missing:
        collection.warnings.append(f"No annotation file of {', '.join(missing)} was found.")
    collection.items = [item for item in collection.items if item.annotator in wanted]


def _suggested_instead(warning: str | Notice) -> str | Notice:
    """The warning on a report without annotation file, said of its suggestions rather than of no labels."""
    if isinstance(warning, Notice) and warning.code == "no-annotations-unlabelled":
        return Notice("no-annotations-suggested", warning.cause, **warning.params)
    return warning


def _named_inputs(sources: Iterable[Path | str]) -> list[Path]:
    """The source files themselves and every report and annotation file in the source folders."""
    report_files, annotation_files = expand_sources(sources)
    return [*report_files, *annotation_files]


def write_collection(
    collection: Collection,
    out: Path | str,
    *,
    format: str = FORMAT_JSONL,
    include_unlabelled: bool = False,
    split: tuple[int, int, int] | None = None,
    seed: int = 0,
    include_suggestions: bool = False,
    model: SuggestionModel | None = None,
    overwrite: bool = False,
    inputs: Iterable[Path | str] = (),
) -> ExportResult:
    """Write already collected reports; nothing is written when a folder is missing or an output is refused.

    The outputs are checked against the collection's files and ``inputs``
    (``core.export.output_files.check_outputs``).
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportError.from_template("no-folder", folder=str(out.parent))
    check_outputs(output_files(out, format, split), [*collection_inputs(collection), *map(Path, inputs)],
                  overwrite=overwrite)

    def has_labels(item: LabelledReport) -> bool:
        return item.annotations is not None and bool(item.annotations.for_report(item.report.id))

    # a report nobody labelled adds nothing unless its sentences or its suggestions are asked for
    items = [item for item in collection.items if include_unlabelled or include_suggestions or has_labels(item)]
    parts = {"": items}
    split_counts: dict[str, int] = {}
    if split is not None:
        labelled_hashes = {item.report.hash for item in items if has_labels(item)}
        assignment = split_keys(labelled_hashes, split, seed)  # reports without a label go to train
        parts = {name: [item for item in items if assignment.get(item.report.hash, SPLIT_NAMES[0]) == name]
                 for name in SPLIT_NAMES}
        split_counts = {name: len({item.report.hash for item in part}) for name, part in parts.items()}
    part_counts: dict[str, PartCount] = {}
    suggested_by_report: dict[int, dict[str, Suggestion]] = {}  # a report's suggestions, for every annotator

    def suggestions_of(item: LabelledReport) -> dict[str, Suggestion] | None:
        if include_suggestions and id(item.report) not in suggested_by_report:
            suggested_by_report[id(item.report)] = suggest(item.report, model)
        return suggested_by_report.get(id(item.report))

    files: list[Path] = []
    records_written = labelled = suggested = 0
    for name, part in parts.items():
        target = side_file(out, name) if name else out
        if format == FORMAT_DOCCANO:
            documents = [doccano_document(item, suggestions_of(item)) for item in part]
            data = jsonl_bytes(documents)
            records_written += len(documents)
            confirmed = sum(len(item.annotations.for_report(item.report.id)) if item.annotations is not None else 0
                            for item in part)
            labelled += confirmed
            spans = sum(len(document["label"]) for document in documents)  # type: ignore[arg-type,misc]
            suggested += spans - confirmed
            part_counts[name] = PartCount(len({item.report.hash for item in part}), spans, confirmed)
        else:
            records = [record for item in part
                       for record in sentence_records(item, include_unlabelled, suggestions_of(item))]
            data = jsonl_bytes(records) if format == FORMAT_JSONL else csv_bytes(records)
            records_written += len(records)
            unconfirmed = sum(record["source"] == SOURCE_SUGGESTED_UNCONFIRMED for record in records)
            confirmed = sum(record["label"] is not None for record in records) - unconfirmed
            labelled += confirmed
            suggested += unconfirmed
            part_counts[name] = PartCount(len({item.report.hash for item in part}), len(records), confirmed)
        atomic_write(target, data)
        files.append(target)
    labels = collection.labels()
    labels_file = side_file(out, "labels", ".json")
    atomic_write(labels_file, (json.dumps(labels_json(labels), ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    files.append(labels_file)
    if format == FORMAT_DOCCANO:
        doccano_file = side_file(out, "doccano-labels", ".json")
        atomic_write(doccano_file, (json.dumps(doccano_labels_json(labels), ensure_ascii=False, indent=1)
                                    + "\n").encode("utf-8"))
        files.append(doccano_file)
    return ExportResult(files=files, records=records_written, labelled=labelled,
                        reports=len({item.report.hash for item in items}), warnings=list(collection.warnings),
                        split_counts=split_counts, suggested=suggested,
                        parts=part_counts if split is not None else {})



def export_labelled(sources: list[Path], out: Path, *, format: str = FORMAT_JSONL, notes: Sequence[str] = (),
                    include_unlabelled: bool = False, split: tuple[int, int, int] | None = None, seed: int = 0,
                    progress: Progress | None = None, overwrite: bool = False) -> ExportResult:
    """``export_training``, except that nothing is written (ExportError) when nothing would be exported.

    ``notes`` go before the warnings of the export.
    """
    inputs = _named_inputs(sources)
    check_outputs(output_files(out, format, split), inputs, overwrite=overwrite)
    collection = collect(sources, progress, include_unannotated=include_unlabelled)
    collection.warnings[:0] = notes
    if include_unlabelled:
        found = bool(collection.items)
    else:
        found = any(item.annotations is not None and item.annotations.for_report(item.report.id)
                    for item in collection.items)
    if not found:
        listed = collection.warnings[:MAX_LISTED_WARNINGS]
        more = len(collection.warnings) - len(listed)
        raise ExportError("No labelled sentence was found, so nothing was written."
                          + "".join(f"\n• {warning}" for warning in listed)
                          + (f"\n… and {more} more." if more else ""))
    return write_collection(collection, out, format=format, include_unlabelled=include_unlabelled, split=split,
                            seed=seed, overwrite=overwrite, inputs=inputs)


__all__ = [
    "FORMATS",
    "RECORD_KEYS",
    "SOURCE_SUGGESTED_UNCONFIRMED",
    "Collection",
    "ExportError",
    "ExportResult",
    "LabelledReport",
    "PartCount",
    "collect",
    "doccano_document",
    "export_labelled",
    "export_training",
    "output_files",
    "parse_split",
    "sentence_records",
    "split_keys",
    "write_collection",
]
